package org.digitalpractice.catalogue.authoring.transfer;

import org.digitalpractice.catalogue.ModuleFiles;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class ModuleZipTest {

    static final ModuleFiles SHIPPED = ModuleFiles.of(Path.of("modules", "boundaries-online"));

    /** A zip with the given entries, as any zip tool might make it. */
    public static byte[] zip(Map<String, byte[]> entries) {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static ZipRejected rejected(Map<String, byte[]> entries) {
        return assertThrows(ZipRejected.class, () -> ModuleZip.read(zip(entries)));
    }

    @Test
    void writesTheModulesFolderLayout() {
        var read = ModuleZip.read(ModuleZip.write("boundaries-online", SHIPPED));
        assertEquals("boundaries-online", read.slug());
        assertEquals(SHIPPED.paths(), read.files().paths());
        for (var path : SHIPPED.paths()) {
            assertArrayEquals(SHIPPED.bytes(path), read.files().bytes(path), path);
        }
    }

    @Test
    void exportImportExportGivesTheSameBytes() {
        var first = ModuleZip.write("boundaries-online", SHIPPED);
        var read = ModuleZip.read(first);
        assertArrayEquals(first, ModuleZip.write(read.slug(), read.files()));
    }

    @Test
    void rejectsAPathThatClimbsOutOfTheFolder() {
        var error = rejected(Map.of("m/../../etc/passwd.md", text("x")));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains("'m/../../etc/passwd.md'"), error.getMessage());
    }

    @Test
    void rejectsAnAbsolutePath() {
        assertEquals(400, rejected(Map.of("/m/module.yaml", text("x"))).status());
    }

    @Test
    void rejectsABackslashPath() {
        assertEquals(400, rejected(Map.of("m\\..\\module.yaml", text("x"))).status());
    }

    @Test
    void rejectsADriveLetterPath() {
        assertEquals(400, rejected(Map.of("C:/m/module.yaml", text("x"))).status());
    }

    @Test
    void rejectsAHiddenOrOddName() {
        assertEquals(400, rejected(Map.of("m/.hidden.md", text("x"))).status());
        assertEquals(400, rejected(Map.of("m/lessons/a b.md", text("x"))).status());
    }

    @Test
    void rejectsAFileTypeModulesDoNotUse() {
        var error = rejected(Map.of("m/module.yaml", text("x"), "m/run.sh", text("rm -rf /")));
        assertEquals(415, error.status());
        assertTrue(error.getMessage().contains("run.sh"));
    }

    @Test
    void rejectsTextThatIsNotUtf8() {
        assertEquals(415, rejected(Map.of("m/module.yaml", new byte[]{(byte) 0xff, (byte) 0xfe, 0})).status());
    }

    @Test
    void rejectsMoreThanOneFolder() {
        var entries = new LinkedHashMap<String, byte[]>();
        entries.put("a/module.yaml", text("x"));
        entries.put("b/module.yaml", text("x"));
        assertEquals(400, rejected(entries).status());
    }

    @Test
    void rejectsAFileOutsideAFolder() {
        assertEquals(400, rejected(Map.of("module.yaml", text("x"))).status());
    }

    @Test
    void rejectsTooManyEntries() {
        var entries = new LinkedHashMap<String, byte[]>();
        for (int i = 0; i <= ModuleZip.MAX_ENTRIES; i++) {
            entries.put("m/lessons/" + i + ".md", text("# x"));
        }
        var error = rejected(entries);
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains("more than " + ModuleZip.MAX_ENTRIES + " entries"));
    }

    @Test
    void rejectsAnOversizedEntry() {
        var big = new byte[ModuleZip.MAX_ENTRY_BYTES + 1];
        // Varied bytes, so the ratio check does not fire first.
        var random = new java.util.Random(1);
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + random.nextInt(26));
        }
        var error = rejected(Map.of("m/lessons/01-big.md", big));
        assertEquals(413, error.status());
        assertTrue(error.getMessage().contains("larger than"), error.getMessage());
    }

    @Test
    void rejectsAZipBomb() {
        var zeros = new byte[900_000];
        Arrays.fill(zeros, (byte) 'a');
        var error = rejected(Map.of("m/lessons/01-bomb.md", zeros));
        assertEquals(400, error.status());
        assertTrue(error.getMessage().contains("zip bomb"), error.getMessage());
    }

    @Test
    void rejectsAZipCutShort() {
        var whole = ModuleZip.write("boundaries-online", SHIPPED);
        var cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        var rejected = assertThrows(ZipRejected.class, () -> ModuleZip.read(cut));
        assertEquals(400, rejected.status());
        assertTrue(rejected.getMessage().contains("damaged or cut short"), rejected.getMessage());
    }

    @Test
    void rejectsAnUploadThatIsNotAZip() {
        assertEquals(400, assertThrows(ZipRejected.class,
                () -> ModuleZip.read(text("this is not a zip"))).status());
    }

    @Test
    void rejectsAnUploadOverTheLimit() {
        assertEquals(413, assertThrows(ZipRejected.class,
                () -> ModuleZip.read(new byte[ModuleZip.MAX_UPLOAD_BYTES + 1])).status());
    }

    @Test
    void rejectsAnEmptyPathSegment() {
        assertEquals(400, rejected(Map.of("m//module.yaml", text("y"))).status());
    }
}
