package org.digitalpractice.gradebook;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.LinkedHashMap;
import java.util.List;

/** Where a learner's results are: sent to their platform, waiting to be sent, or stuck and why. */
@Roles(ToolRole.LEARNER)
@Path("/learn/results")
public class ResultsPage {

    @Inject
    CurrentSession session;
    @Inject
    ScoreOutbox outbox;
    @Inject
    Templates templates;

    /** The newest result per activity, in words. */
    public record Line(String activity, String state, String detail, String tagClass) {
    }

    public record View(Layout layout, String platformName, List<Line> lines) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String results() {
        var viewer = session.viewer();
        var platform = viewer.platformName();
        var newest = new LinkedHashMap<String, QueuedScore>();
        // A superseded score was never sent and never will be: the learner's result is the one that replaced it.
        outbox.of(viewer.person().id()).stream().filter(row -> row.status() != QueuedScore.Status.SUPERSEDED)
                .forEach(row -> newest.putIfAbsent(row.source() + ":" + row.sourceKey(), row));
        var lines = newest.values().stream().map(row -> line(row, platform)).toList();
        return templates.render("gradebook/results.jte", new View(session.layout("Your results"), platform, lines));
    }

    static Line line(QueuedScore row, String platform) {
        var what = switch (row.activityProgress()) {
            case COMPLETED, SUBMITTED -> "Completed";
            case IN_PROGRESS -> row.comment().orElse("In progress");
            default -> "Started";
        };
        return switch (row.status()) {
            case SENT -> new Line(row.label(), "Sent to " + platform,
                    what + ", sent on " + org.digitalpractice.web.Dates.day(row.sentAt().orElseThrow()),
                    "govuk-tag--green");
            case PENDING -> new Line(row.label(), "Waiting to send, will retry",
                    row.attempts() == 0 ? what + ". Sending shortly."
                            : what + ". " + platform + " did not answer; Digital Practice will keep trying.",
                    "govuk-tag--yellow");
            case FAILED -> new Line(row.label(), "Not sent",
                    what + ". " + row.lastError().orElse("") + " Your learning lead can see this too.",
                    "govuk-tag--red");
            case SUPERSEDED -> throw new IllegalArgumentException("a superseded score is not a result to show");
        };
    }
}
