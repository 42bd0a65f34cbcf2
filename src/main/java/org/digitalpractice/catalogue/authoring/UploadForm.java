package org.digitalpractice.catalogue.authoring;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fields of a small {@code multipart/form-data} upload (RFC 7578), already read into memory with a size limit.
 * Jersey's multipart feature is in Payara but not on the compile path, and the import form has just two fields: a
 * CSRF token and one file.
 */
public final class UploadForm {

    private static final Pattern BOUNDARY = Pattern.compile("(?i)boundary=(\"([^\"]+)\"|([^;\\s]+))");
    private static final Pattern NAME = Pattern.compile("(?i)[;\\s]name=\"([^\"]*)\"");
    private static final Pattern FILE_NAME = Pattern.compile("(?i)filename=\"([^\"]*)\"");

    /** One field: its value, and the file name the browser sent when it is a file. */
    public record Field(String name, Optional<String> fileName, byte[] content) {
        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    private final Map<String, Field> fields;

    private UploadForm(Map<String, Field> fields) {
        this.fields = fields;
    }

    public Optional<Field> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public static UploadForm parse(String contentType, byte[] body) {
        var boundaryMatch = contentType == null ? null : BOUNDARY.matcher(contentType);
        if (boundaryMatch == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")
                || !boundaryMatch.find()) {
            throw new ZipRejected(400, "The form was not sent as a file upload. Use the Import form's button.");
        }
        var boundary = boundaryMatch.group(2) != null ? boundaryMatch.group(2) : boundaryMatch.group(3);
        var delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        var fields = new HashMap<String, Field>();
        int at = indexOf(body, delimiter, 0);
        while (at >= 0) {
            int after = at + delimiter.length;
            if (after + 1 < body.length && body[after] == '-' && body[after + 1] == '-') {
                return new UploadForm(fields);
            }
            int headersStart = after + 2;
            int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), headersStart);
            if (headersEnd < 0) {
                break;
            }
            var headers = new String(body, headersStart, headersEnd - headersStart, StandardCharsets.UTF_8);
            int contentStart = headersEnd + 4;
            int next = indexOf(body, ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1), contentStart);
            if (next < 0) {
                break;
            }
            var name = NAME.matcher(headers);
            if (name.find()) {
                var fileName = FILE_NAME.matcher(headers);
                var content = java.util.Arrays.copyOfRange(body, contentStart, next);
                fields.put(name.group(1), new Field(name.group(1),
                        fileName.find() ? Optional.of(fileName.group(1)) : Optional.empty(), content));
            }
            at = next + 2;
        }
        throw new ZipRejected(400, "The upload was cut short or is not a valid form. Try the upload again.");
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = Math.max(from, 0); i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
