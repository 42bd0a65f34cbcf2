package org.digitalpractice.learning;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.assessment.SelfAssessments;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.ArrayList;

/** "Your CPD record": a printable page with the latest self-assessment, and downloads as PDF, CSV and Markdown. */
@Roles(ToolRole.LEARNER)
@Path("/learn/record")
public class CpdRecordPage {

    @Inject
    CurrentSession session;
    @Inject
    LearnerProgress progress;
    @Inject
    Catalogue catalogue;
    @Inject
    Templates templates;
    @Inject
    CpdPdf pdf;
    @Inject
    SelfAssessments assessments;

    public record View(Layout layout, CpdRecord record) {
    }

    @GET
    @Produces("text/html")
    public String page() {
        var viewer = session.viewer();
        return templates.render("learning/record.jte", new View(session.layout("Your CPD record"), record(viewer)));
    }

    @GET
    @Path("/cpd-record.csv")
    @Produces("text/csv")
    public Response csv() {
        var record = record(session.viewer());
        return download(record.csv(), "text/csv; charset=utf-8", "cpd-record.csv");
    }

    @GET
    @Path("/cpd-record.md")
    @Produces("text/markdown")
    public Response markdown() {
        var record = record(session.viewer());
        return download(record.markdown(), "text/markdown; charset=utf-8", "cpd-record.md");
    }

    @GET
    @Path("/cpd-record.pdf")
    @Produces("application/pdf")
    public Response recordPdf() {
        return download(pdf.record(record(session.viewer())), "application/pdf", "cpd-record.pdf");
    }

    /** A certificate for a module the learner has completed; any other module has none. */
    @GET
    @Path("/certificates/{slug}.pdf")
    @Produces("application/pdf")
    public Response certificate(@PathParam("slug") String slug) {
        var record = record(session.viewer());
        var entry = record.completed().stream().filter(e -> e.slug().equals(slug)).findFirst().orElseThrow(() ->
                Problem.notFound("You have no certificate for '" + slug + "': a certificate is made when you "
                        + "complete a module. Your CPD record lists the modules you have completed."));
        return download(pdf.certificate(record, entry), "application/pdf", "certificate-" + slug + ".pdf");
    }

    private static Response download(Object body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    CpdRecord record(Viewer viewer) {
        var completed = new ArrayList<CpdRecord.Entry>();
        var inProgress = new ArrayList<CpdRecord.Entry>();
        for (var p : progress.of(viewer)) {
            var offered = catalogue.offered(p.versionRef());
            var entry = new CpdRecord.Entry(offered.slug(), offered.module(), p.startedAt(), p.completedAt(),
                    p.secondsSpent(), p.completionScore(), p.reflection());
            (p.completed() ? completed : inProgress).add(entry);
        }
        return new CpdRecord(viewer.person().displayName(), viewer.councilName(), completed, inProgress,
                assessments.forCpdRecord(viewer));
    }
}
