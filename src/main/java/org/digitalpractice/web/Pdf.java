package org.digitalpractice.web;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * PDF from an HTML template ({@code web/pdf-style.jte} gives the look), for documents people keep or print: CPD
 * records and certificates, and the pulse report for a workforce board. The PDF is tagged (PDF/UA), so a screen
 * reader reads it in order, and carries its fonts, so it prints the same anywhere.
 */
public final class Pdf {

    private Pdf() {
    }

    public static byte[] of(String html) {
        var out = new ByteArrayOutputStream();
        try {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.withProducer("Digital Practice");
            builder.useFont(font("DejaVuSans.ttf"), "DejaVu Sans", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
            builder.useFont(font("DejaVuSans-Bold.ttf"), "DejaVu Sans", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
            // The templates write HTML; the renderer wants a well-formed document.
            builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "/");
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make the PDF", e);
        }
        return out.toByteArray();
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> Pdf.class.getResourceAsStream("/fonts/" + file);
    }
}
