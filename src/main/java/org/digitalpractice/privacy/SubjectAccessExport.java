package org.digitalpractice.privacy;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import org.digitalpractice.infrastructure.Csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Everything held about one person as the files of a zip: a README.txt in plain English first, then each
 * {@link Section} twice, as JSON for a computer and as CSV for a spreadsheet. A section with no rows still has its
 * files, so that the person can see the tool holds nothing of that kind rather than wonder whether it was left out.
 *
 * @param about  who the export is about and where their data came from, the first paragraph of the README
 * @param madeAt when the data was read
 */
public record SubjectAccessExport(String about, Instant madeAt, List<Section> sections) {

    static final int README_WIDTH = 100;

    public SubjectAccessExport {
        sections = List.copyOf(sections);
    }

    /** The files of the zip, by name, in the order they are written. */
    public Map<String, byte[]> files() {
        var files = new LinkedHashMap<String, byte[]>();
        files.put("README.txt", readme().getBytes(StandardCharsets.UTF_8));
        for (var section : sections) {
            files.put(section.file() + ".json", json(section).getBytes(StandardCharsets.UTF_8));
            files.put(section.file() + ".csv", csv(section).getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    public byte[] zip() {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (var file : files().entrySet()) {
                var entry = new ZipEntry(file.getKey());
                entry.setTimeLocal(madeAt.atOffset(ZoneOffset.UTC).toLocalDateTime());
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    String readme() {
        var out = new StringBuilder();
        line(out, "Digital Practice: the data it holds about one person");
        line(out, "=".repeat(52));
        out.append('\n');
        paragraph(out, about);
        paragraph(out, "This export was made on " + madeAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS) + " (UTC). It holds what Digital Practice stored at that "
                + "moment. Your learning platform (for example Moodle or Canvas) holds its own records about you; "
                + "ask your council for those.");
        line(out, "How to read these files");
        line(out, "-".repeat(23));
        out.append('\n');
        paragraph(out, "Each kind of record is in two files with the same name: a .json file, for computers, and a "
                + ".csv file, which opens in a spreadsheet program such as Excel. Both hold the same rows. A file "
                + "with no rows means that Digital Practice holds nothing of that kind.");
        paragraph(out, "Times are in UTC, written as in 2026-12-02T09:30:00Z. Dates are written as 2026-12-02. An "
                + "empty cell (null in JSON) means nothing is stored there. In the CSV files, a value that begins "
                + "with =, +, - or @ has an apostrophe put before it, so that a spreadsheet shows it instead of "
                + "running it as a formula; the JSON files hold every value exactly as stored.");
        line(out, "The files");
        line(out, "-".repeat(9));
        out.append('\n');
        for (var section : sections) {
            line(out, section.file() + ".json and " + section.file() + ".csv: " + section.title() + " ("
                    + rows(section.rows().size()) + ")");
            out.append('\n');
            paragraph(out, section.explanation());
            for (var column : section.columns()) {
                wrap(out, "- " + column.name() + ": " + column.meaning(), "  ");
            }
            out.append('\n');
        }
        return out.toString();
    }

    static String json(Section section) {
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (var row : section.rows()) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            for (int i = 0; i < row.size(); i++) {
                add(object, section.columns().get(i).name(), row.get(i));
            }
            rows.add(object);
        }
        var text = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.writeArray(rows.build());
        }
        return text.toString().strip() + "\n";
    }

    static String csv(Section section) {
        var out = new StringBuilder(Csv.row(section.columns().stream().map(Section.Column::name).toList()));
        for (var row : section.rows()) {
            out.append(Csv.row(row.stream().map(SubjectAccessExport::text).toList()));
        }
        return out.toString();
    }

    private static void add(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else if (value instanceof Boolean bool) {
            object.add(name, bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            object.add(name, ((Number) value).longValue());
        } else if (value instanceof java.math.BigDecimal decimal) {
            object.add(name, decimal);
        } else if (value instanceof Number number) {
            object.add(name, number.doubleValue());
        } else {
            object.add(name, text(value));
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant || value instanceof LocalDate || value instanceof String
                || value instanceof Boolean || value instanceof Number) {
            return value.toString();
        }
        throw new IllegalArgumentException("A section holds a " + value.getClass().getName() + ": only text, numbers, "
                + "true or false, instants and dates can be exported");
    }

    private static String rows(int count) {
        return count == 1 ? "1 row" : count + " rows";
    }

    private static void line(StringBuilder out, String text) {
        out.append(text).append('\n');
    }

    private static void paragraph(StringBuilder out, String text) {
        wrap(out, text, "");
        out.append('\n');
    }

    /** Wraps at word breaks, for reading in any text editor; a word longer than a line stays whole. */
    private static void wrap(StringBuilder out, String text, String indent) {
        var line = new StringBuilder();
        for (var word : text.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > README_WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(indent);
            }
            if (!line.isEmpty() && !line.toString().equals(indent)) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }
}
