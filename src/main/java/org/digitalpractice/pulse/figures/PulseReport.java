package org.digitalpractice.pulse.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.pulse.PulseAction;
import org.digitalpractice.web.Pdf;
import org.digitalpractice.web.Templates;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A quarter's pulse as a printable PDF for a council's workforce board: the same figures as the leads' page. */
@ApplicationScoped
public class PulseReport {

    @Inject
    Templates templates;

    /** What the report shows; {@code action} is what the council wrote about the quarter, if anything. */
    public record ReportView(String council, String scope, Figures figures, Optional<PulseAction> action,
                             Map<String, List<NeedsAndModules.ModuleLink>> modules, Instant made, int minimum,
                             int minimumCouncils) {
    }

    public byte[] pdf(ReportView view) {
        return Pdf.of(templates.render("pulse/report-pdf.jte", view));
    }
}
