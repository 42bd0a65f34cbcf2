package org.digitalpractice.learning;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.web.Templates;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A module's certificate and the whole CPD record as PDF, for a social worker's own files and their CPD evidence.
 * The PDF is tagged (PDF/UA), so a screen reader reads it in order, and carries its fonts, so it prints the same
 * anywhere. It is made from HTML templates, in the service's own look.
 */
@ApplicationScoped
public class CpdPdf {

    @Inject
    Templates templates;

    /** What a certificate shows: whose, which module, and from which council. */
    public record CertificateView(CpdRecord record, CpdRecord.Entry entry) {
    }

    public byte[] certificate(CpdRecord record, CpdRecord.Entry entry) {
        return pdf(templates.render("learning/certificate-pdf.jte", new CertificateView(record, entry)));
    }

    public byte[] record(CpdRecord record) {
        return pdf(templates.render("learning/record-pdf.jte", record));
    }

    static byte[] pdf(String html) {
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
        return () -> CpdPdf.class.getResourceAsStream("/fonts/" + file);
    }
}
