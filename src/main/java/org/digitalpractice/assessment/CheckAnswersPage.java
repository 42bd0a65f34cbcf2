package org.digitalpractice.assessment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.assessment.AssessmentPages.AnswerError;
import org.digitalpractice.assessment.AssessmentPages.Frame;
import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.Templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.digitalpractice.assessment.AssessmentPages.BASE;

/**
 * Check your answers, then submit: every answer on one page, each with a link back to change it, and the
 * submission, which is refused while an area has a gap and shows what was submitted if it was submitted already.
 */
@Roles(ToolRole.LEARNER)
@Path("/assess")
@Produces(MediaType.TEXT_HTML)
public class CheckAnswersPage {

    @Inject
    CurrentSession session;
    @Inject
    SelfAssessments assessments;
    @Inject
    Templates templates;

    public record CheckView(Frame frame, List<AnswerError> missing, boolean refused) {
        public Optional<AnswerError> missing(String id) {
            return missing.stream().filter(m -> m.id().equals(id)).findFirst();
        }

        public String scenarioAnswer(Framework.Scenario scenario) {
            return frame.answers().choice(scenario.id()).map(i -> scenario.options().get(i).text()).orElse("");
        }

        public List<String> practiceAnswer(Framework.PracticeQuestion question) {
            var answer = frame.answers().practice(question.id());
            var lines = new ArrayList<String>();
            answer.ifPresent(a -> a.optionIds().forEach(id -> question.option(id).ifPresent(o -> lines.add(o.text()))));
            answer.flatMap(Answers.PracticeChoice::other).ifPresent(lines::add);
            return lines;
        }
    }

    @GET
    @Path("/check")
    public Response check() {
        var taking = assessments.inProgress(learner());
        if (taking.isEmpty()) {
            return Response.seeOther(session.redirect(BASE)).build();
        }
        var frame = frame(taking.get(), "Check your answers");
        return Response.ok(templates.render("assessment/check.jte",
                new CheckView(frame, allMissing(frame), false))).build();
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@FormParam("csrf") String csrf) {
        session.checkCsrf(csrf);
        var viewer = learner();
        var taking = assessments.inProgress(viewer);
        if (taking.isEmpty()) {
            // Submitted already, from another tab or by a double click: show what was submitted.
            return Response.seeOther(session.redirect(ReportPage.BASE)).build();
        }
        var frame = frame(taking.get(), "Check your answers");
        var missing = allMissing(frame);
        if (!missing.isEmpty()) {
            return Response.status(400).entity(templates.render("assessment/check.jte",
                    new CheckView(frame, missing, true))).build();
        }
        assessments.submit(viewer, taking.get().attempt().id());
        return Response.seeOther(session.redirect(ReportPage.BASE)).build();
    }

    private static List<AnswerError> allMissing(Frame frame) {
        var missing = new ArrayList<AnswerError>();
        for (var area : frame.framework().domains()) {
            frame.answers().missingIn(area).forEach(id -> missing.add(AssessmentPages.missing(frame, area, id)));
        }
        return missing;
    }

    private Viewer learner() {
        return session.viewer();
    }

    private Frame frame(SelfAssessments.Taking taking, String title) {
        return AssessmentPages.frame(session, taking, title);
    }
}
