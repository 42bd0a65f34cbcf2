package org.digitalpractice.catalogue.authoring;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class UploadFormTest {

    static byte[] body(String boundary, byte[] file) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\ntoken-1\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"module\"; filename=\"m.zip\"\r\n"
                + "Content-Type: application/zip\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void readsTheFieldsAndTheFileBytesExactly() {
        var file = new byte[]{'P', 'K', 3, 4, '\r', '\n', '-', '-', 0, (byte) 0xff};
        var form = UploadForm.parse("multipart/form-data; boundary=----abc", body("----abc", file));
        assertEquals("token-1", form.field("csrf").orElseThrow().text());
        var module = form.field("module").orElseThrow();
        assertEquals("m.zip", module.fileName().orElseThrow());
        assertArrayEquals(file, module.content());
    }

    @Test
    void acceptsAQuotedBoundary() {
        var form = UploadForm.parse("multipart/form-data; boundary=\"x y\"", body("x y", new byte[]{1}));
        assertEquals("token-1", form.field("csrf").orElseThrow().text());
    }

    @Test
    void rejectsAFormThatIsNotMultipart() {
        assertEquals(400, assertThrows(ZipRejected.class,
                () -> UploadForm.parse("application/x-www-form-urlencoded", new byte[0])).status());
    }

    @Test
    void rejectsABodyCutShort() {
        var whole = body("b", new byte[]{1, 2, 3});
        var cut = java.util.Arrays.copyOf(whole, whole.length - 10);
        assertEquals(400, assertThrows(ZipRejected.class,
                () -> UploadForm.parse("multipart/form-data; boundary=b", cut)).status());
    }
}
