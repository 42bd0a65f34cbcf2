package org.digitalpractice.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubjectAccessExportTest {

    static final Instant MADE = Instant.parse("2026-12-02T09:30:00Z");
    static final String REFLECTION = "I thought of one child, \"A\", and their phone.\nThen I spoke to my manager.";

    static final Section PROGRESS = new Section("module_progress", "your way through each module",
            "One row for each module you started.",
            List.of(new Section.Column("module", "the module's short name"),
                    new Section.Column("seconds_spent", "time spent"),
                    new Section.Column("check_passed", "whether you passed"),
                    new Section.Column("completed", "when you completed it"),
                    new Section.Column("due", "a date"),
                    new Section.Column("reflection", "your reflection, exactly as you wrote it")),
            List.of());

    static SubjectAccessExport export(List<Section> sections) {
        return new SubjectAccessExport("This is everything Digital Practice holds about Lou.", MADE, sections);
    }

    static Section progress(List<Object> row) {
        return PROGRESS.with(List.of(row));
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theReadmeComesFirstThenEachSectionAsJsonAndCsv() throws IOException {
        var other = new Section("sessions", "times you are signed in now", "Sessions.",
                List.of(new Section.Column("started", "when")), List.of());

        var files = unzip(export(List.of(PROGRESS, other)).zip());

        assertEquals(List.of("README.txt", "module_progress.json", "module_progress.csv", "sessions.json",
                "sessions.csv"), new ArrayList<>(files.keySet()));
    }

    @Test
    void theReadmeExplainsEveryFileAndColumnAndHowManyRowsItHas() {
        var readme = export(List.of(progress(Arrays.asList("online-harm", 600L, true, MADE, null, REFLECTION))))
                .readme();

        assertTrue(readme.startsWith("Digital Practice: the data it holds about one person\n"), readme);
        assertTrue(readme.contains("This is everything Digital Practice holds about Lou."), readme);
        assertTrue(readme.contains("2026-12-02T09:30:00Z"), "says when it was made: " + readme);
        assertTrue(readme.contains("module_progress.json and module_progress.csv: your way through each module (1 row)"),
                readme);
        assertTrue(readme.contains("One row for each module you started."), readme);
        for (var column : PROGRESS.columns()) {
            assertTrue(readme.contains("- " + column.name() + ": " + column.meaning()), column.name() + " in " + readme);
        }
        assertTrue(readme.lines().allMatch(line -> line.length() <= SubjectAccessExport.README_WIDTH),
                "wrapped for a text editor");
    }

    @Test
    void aSectionWithNothingHeldStillHasItsFilesSayingSo() throws IOException {
        var files = unzip(export(List.of(PROGRESS)).zip());

        assertEquals("[]", files.get("module_progress.json").replaceAll("\\s", ""));
        assertEquals("module,seconds_spent,check_passed,completed,due,reflection\r\n", files.get("module_progress.csv"));
        assertTrue(files.get("README.txt").contains("your way through each module (0 rows)"));
    }

    @Test
    void jsonKeepsEachValueItsTypeAndFreeTextExactly() {
        var json = Json.createReader(new StringReader(SubjectAccessExport.json(progress(Arrays.asList("online-harm",
                600L, true, MADE, LocalDate.of(2027, 1, 31), REFLECTION))))).readArray();

        var row = json.getJsonObject(0);
        assertEquals("online-harm", row.getString("module"));
        assertEquals(600, row.getJsonNumber("seconds_spent").longValue());
        assertEquals(JsonValue.TRUE, row.get("check_passed"));
        assertEquals("2026-12-02T09:30:00Z", row.getString("completed"));
        assertEquals("2027-01-31", row.getString("due"));
        assertEquals(REFLECTION, row.getString("reflection"));
    }

    @Test
    void jsonWritesNothingStoredAsNull() {
        JsonArray json = Json.createReader(new StringReader(SubjectAccessExport.json(progress(Arrays.asList("m", 0, false,
                null, null, null))))).readArray();

        assertEquals(JsonValue.NULL, json.getJsonObject(0).get("reflection"));
        assertEquals(JsonValue.NULL, json.getJsonObject(0).get("completed"));
    }

    @Test
    void csvQuotesFreeTextAndLeavesEmptyCellsForNothingStored() {
        var csv = SubjectAccessExport.csv(progress(Arrays.asList("online-harm", 600L, true, MADE, null, REFLECTION)));

        assertEquals("module,seconds_spent,check_passed,completed,due,reflection\r\n"
                + "online-harm,600,true,2026-12-02T09:30:00Z,,\"I thought of one child, \"\"A\"\", and their phone.\n"
                + "Then I spoke to my manager.\"\r\n", csv);
    }

    @Test
    void csvDefusesAFormulaTypedAsFreeTextButJsonKeepsItAsTyped() {
        var formula = "=HYPERLINK(\"http://evil.example\",\"click\")";
        var section = progress(Arrays.asList("m", 1, false, null, null, formula));

        assertTrue(SubjectAccessExport.csv(section).contains("\"'=HYPERLINK("), SubjectAccessExport.csv(section));
        assertEquals(formula, Json.createReader(new StringReader(SubjectAccessExport.json(section))).readArray()
                .getJsonObject(0).getString("reflection"));
    }

    @Test
    void theZipHoldsTheSameBytesAsTheFiles() throws IOException {
        var export = export(List.of(progress(Arrays.asList("m", 1, false, null, null, "Só ‘quoted’ — ünïcode"))));

        var files = unzip(export.zip());

        export.files().forEach((name, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8), files.get(name),
                name));
        assertTrue(files.get("module_progress.json").contains("Só ‘quoted’ — ünïcode"));
    }

    @Test
    void aRowMustHaveOneValuePerColumn() {
        var thrown = assertThrows(IllegalArgumentException.class, () -> progress(List.of("only one value")));

        assertTrue(thrown.getMessage().contains("module_progress"), thrown.getMessage());
    }

    @Test
    void aValueThatCannotBeWrittenPlainlyIsRefused() {
        var section = progress(Arrays.asList("m", 1, false, null, null, new Object()));

        assertThrows(IllegalArgumentException.class, () -> SubjectAccessExport.csv(section));
    }

    @Test
    void theReadmeSaysHowToReadTimesEmptyCellsAndDefusedFormulas() {
        var readme = export(List.of()).readme().replaceAll("\\s+", " ");

        assertTrue(readme.contains("Times are in UTC"), readme);
        assertTrue(readme.contains("An empty cell (null in JSON) means nothing is stored there"), readme);
        assertTrue(readme.contains("has an apostrophe put before it"), readme);
    }
}
