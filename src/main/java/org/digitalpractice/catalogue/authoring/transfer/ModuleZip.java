package org.digitalpractice.catalogue.authoring.transfer;

import org.digitalpractice.catalogue.ModuleFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A module as a zip in the {@code modules/<slug>/} layout, and back. Writing is deterministic (entries in path
 * order, one fixed timestamp), so export, import and export again give the same bytes. Reading never touches the
 * disk and refuses anything that is not plainly a module: paths that climb out or look odd, unexpected file types,
 * too many or too large entries, and archives that expand far more than text does (zip bombs).
 */
public final class ModuleZip {

    public static final int MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
    public static final int MAX_ENTRIES = 200;
    /** Within the 400,000 characters a stored file's column holds. */
    public static final int MAX_ENTRY_BYTES = 400_000;
    public static final int MAX_TOTAL_BYTES = 10 * 1024 * 1024;
    /** Module text compresses about 3 to 8 times; a hundredfold expansion is not a module. */
    public static final int MAX_RATIO = 100;
    public static final Set<String> FILE_TYPES = Set.of("yaml", "yml", "md");

    // Fixed, inside the DOS date range, so no extended timestamp field is written.
    private static final LocalDateTime STAMP = LocalDateTime.of(2000, 1, 1, 0, 0);
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private ModuleZip() {
    }

    /** A module read from a zip: the folder name is its slug. */
    public record Read(String slug, ModuleFiles files) {
    }

    public static byte[] write(String slug, ModuleFiles files) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var path : files.paths()) {
                var entry = new ZipEntry(slug + "/" + path);
                entry.setTimeLocal(STAMP);
                zip.putNextEntry(entry);
                zip.write(files.bytes(path));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Read read(byte[] upload) {
        if (upload.length > MAX_UPLOAD_BYTES) {
            throw tooLarge();
        }
        var contents = new TreeMap<String, byte[]>();
        String slug = null;
        long total = 0;
        int entries = 0;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(upload), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ENTRIES) {
                    throw new ZipRejected(400, "The zip has more than " + MAX_ENTRIES
                            + " entries. A module has a few files: module.yaml, scenario.yaml, check.yaml and its lessons.");
                }
                var name = entry.getName();
                checkName(name);
                var top = name.substring(0, name.indexOf('/') < 0 ? name.length() : name.indexOf('/'));
                if (slug == null) {
                    slug = top;
                } else if (!slug.equals(top)) {
                    throw new ZipRejected(400, "The zip holds more than one folder ('" + slug + "' and '" + top
                            + "'). Put one module's folder in the zip, as an export does.");
                }
                if (entry.isDirectory()) {
                    continue;
                }
                if (name.indexOf('/') < 0) {
                    throw new ZipRejected(400, "'" + name + "' is not inside a module folder. The zip must hold "
                            + "one folder named after the module, such as social-media-policy/module.yaml.");
                }
                var path = name.substring(top.length() + 1);
                checkType(name);
                var bytes = readLimited(zip, name, total, upload.length);
                total += bytes.length;
                if (contents.put(path, bytes) != null) {
                    throw new ZipRejected(400, "The zip holds '" + name + "' twice. Export the module again.");
                }
                text(name, bytes);
            }
        } catch (ZipException e) {
            throw new ZipRejected(400, "The file is not a zip Digital Practice can read (" + e.getMessage()
                    + "). Upload a zip made by Export, or zip a module folder without encryption.");
        } catch (IOException e) {
            // The upload is in memory: a read fails only when the zip itself is broken, such as cut short.
            throw new ZipRejected(400, "The zip is damaged or cut short (" + e.getClass().getSimpleName()
                    + "), so nothing was imported. Download or export the module again and upload the whole file.");
        }
        if (slug == null || contents.isEmpty()) {
            throw new ZipRejected(400, "The zip is empty or is not a zip. Upload a zip made by Export.");
        }
        return new Read(slug, new ModuleFiles(contents));
    }

    private static void checkName(String name) {
        if (name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            throw unsafe(name);
        }
        var segments = (name.endsWith("/") ? name.substring(0, name.length() - 1) : name).split("/", -1);
        for (var segment : segments) {
            if (segment.equals("..") || segment.equals(".") || !SEGMENT.matcher(segment).matches()) {
                throw unsafe(name);
            }
        }
    }

    private static void checkType(String name) {
        var dot = name.lastIndexOf('.');
        var type = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (!FILE_TYPES.contains(type)) {
            throw new ZipRejected(415, "'" + name + "' is not a file type a module uses. A module holds only "
                    + ".yaml, .yml and .md files; remove the others and try again.");
        }
    }

    private static byte[] readLimited(ZipInputStream zip, String name, long totalSoFar, int uploadSize)
            throws IOException {
        var out = new ByteArrayOutputStream();
        var buffer = new byte[8192];
        int n;
        while ((n = zip.read(buffer)) > 0) {
            out.write(buffer, 0, n);
            // Counted as it expands: the sizes a zip declares for itself can lie.
            if (out.size() > MAX_ENTRY_BYTES) {
                throw new ZipRejected(413, "'" + name + "' is larger than " + MAX_ENTRY_BYTES / 1000
                        + " KB when unzipped. Split long lessons into shorter ones.");
            }
            var total = totalSoFar + out.size();
            if (total > MAX_TOTAL_BYTES) {
                throw new ZipRejected(413, "The zip unpacks to more than " + MAX_TOTAL_BYTES / (1024 * 1024)
                        + " MB. A module is far smaller: check that you zipped the right folder.");
            }
            if (total > 64 * 1024 && total > (long) MAX_RATIO * uploadSize) {
                throw new ZipRejected(400, "The zip expands more than " + MAX_RATIO + " times its size, which "
                        + "module files never do, so it was refused as a possible zip bomb. Upload a zip made by Export.");
            }
        }
        return out.toByteArray();
    }

    private static void text(String name, byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw new ZipRejected(415, "'" + name + "' is not UTF-8 text. Save it as UTF-8 and zip it again.");
        }
    }

    private static ZipRejected unsafe(String name) {
        return new ZipRejected(400, "The zip entry '" + name + "' has a path that is not allowed: names must be "
                + "plain folder and file names (letters, digits, '.', '-', '_'), with no '..', '/' at the start, "
                + "'\\' or ':'. Nothing was imported.");
    }

    static ZipRejected tooLarge() {
        return new ZipRejected(413, "The upload is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024)
                + " MB. A module zip is usually under 100 KB: check that you chose the right file.");
    }
}
