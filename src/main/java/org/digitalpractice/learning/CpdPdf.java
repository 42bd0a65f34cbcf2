package org.digitalpractice.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.web.Pdf;
import org.digitalpractice.web.Templates;

/**
 * A module's certificate and the whole CPD record as PDF, for a social worker's own files and their CPD evidence.
 * It is made from HTML templates, in the service's own look, by {@link Pdf}.
 */
@ApplicationScoped
public class CpdPdf {

    @Inject
    Templates templates;

    /** What a certificate shows: whose, which module, and from which council. */
    public record CertificateView(CpdRecord record, CpdRecord.Entry entry) {
    }

    public byte[] certificate(CpdRecord record, CpdRecord.Entry entry) {
        return Pdf.of(templates.render("learning/certificate-pdf.jte", new CertificateView(record, entry)));
    }

    public byte[] record(CpdRecord record) {
        return Pdf.of(templates.render("learning/record-pdf.jte", record));
    }
}
