package org.digitalpractice.catalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files of one module, by relative path ("module.yaml", "lessons/01-why.md"). Read from a folder of
 * {@code modules/}, from the database (a stored version), or from an imported zip: the reader does not care where.
 */
public record ModuleFiles(SortedMap<String, byte[]> contents) {

    public ModuleFiles {
        contents = new TreeMap<>(contents);
    }

    public static ModuleFiles of(Path folder) {
        try (var walk = Files.walk(folder)) {
            var contents = new TreeMap<String, byte[]>();
            for (var file : walk.filter(Files::isRegularFile).toList()) {
                contents.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
            return new ModuleFiles(contents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ModuleFiles ofText(Map<String, String> texts) {
        var contents = new TreeMap<String, byte[]>();
        texts.forEach((path, text) -> contents.put(path, text.getBytes(StandardCharsets.UTF_8)));
        return new ModuleFiles(contents);
    }

    public List<String> paths() {
        return List.copyOf(contents.keySet());
    }

    public boolean has(String path) {
        return contents.containsKey(path);
    }

    /** The paths directly inside a folder, such as "lessons". */
    public List<String> inFolder(String folder) {
        var prefix = folder + "/";
        return contents.keySet().stream()
                .filter(p -> p.startsWith(prefix) && p.indexOf('/', prefix.length()) < 0)
                .toList();
    }

    public boolean hasFolder(String folder) {
        return contents.keySet().stream().anyMatch(p -> p.startsWith(folder + "/"));
    }

    /** A file as UTF-8 text; {@code name} is how a problem names it. */
    public String text(String path, String name) {
        var bytes = Optional.ofNullable(contents.get(path))
                .orElseThrow(() -> ModuleProblem.inFile(name, "the file is missing"));
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ModuleProblem.inFile(name, "the file is not UTF-8 text");
        }
    }

    public byte[] bytes(String path) {
        return contents.get(path).clone();
    }

    /** SHA-256 over every file's relative path and bytes, in path order, so that any edit makes a new version. */
    public String contentHash() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (var entry : contents.entrySet()) {
                var bytes = entry.getValue();
                // Path and length delimit each file, so moving bytes between files changes the hash.
                digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
                digest.update(ByteBuffer.allocate(9).put((byte) 0).putLong(bytes.length).array());
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
