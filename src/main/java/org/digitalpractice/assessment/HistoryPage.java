package org.digitalpractice.assessment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Dates;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Every self-assessment a learner has submitted, newest first, each linking to its profile. Retakes add rows. */
@Roles(ToolRole.LEARNER)
@Path("/assess/history")
public class HistoryPage {

    @Inject
    CurrentSession session;
    @Inject
    SelfAssessments assessments;
    @Inject
    Templates templates;

    public record Row(int number, String submittedOn, String mean, String href) {
    }

    public record View(Layout layout, List<Row> rows, Optional<AssessmentAttempt> inProgress) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page() {
        var viewer = session.viewer();
        var layout = session.layout("Your self-assessments");
        var entries = new ArrayList<>(assessments.history(viewer).entries());
        Collections.reverse(entries);
        var rows = entries.stream().map(e -> new Row(e.attemptNumber(), Dates.day(e.submittedAt()),
                e.profile().meanShown().map(m -> m + " out of 3").orElse("Not assessed"),
                layout.href(ReportPage.BASE + "/" + e.attemptNumber()))).toList();
        return templates.render("assessment/history.jte", new View(layout, rows,
                assessments.inProgress(viewer).map(SelfAssessments.Taking::attempt)));
    }
}
