package org.digitalpractice.assessment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.FrameworkLoader;
import org.digitalpractice.assessment.framework.Rating;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A learner's way through the self-assessment: the introduction, then one page per area ({@link YourPracticePage}
 * and {@link CheckAnswersPage} follow). Every form posts a CSRF token and redirects after success; answers are
 * saved page by page, so a learner can stop at any point and carry on later, on any device.
 */
@Roles(ToolRole.LEARNER)
@Path("/assess")
@Produces(MediaType.TEXT_HTML)
public class AssessmentPages {

    static final String BASE = "/assess";

    @Inject
    CurrentSession session;
    @Inject
    SelfAssessments assessments;
    @Inject
    FrameworkLoader loader;
    @Inject
    Templates templates;

    /** What every page of an attempt shows around its questions. */
    public record Frame(Layout layout, SelfAssessments.Taking taking) {
        public Framework framework() {
            return taking.framework();
        }

        public Answers answers() {
            return taking.answers();
        }

        public String href(String path) {
            return layout.href(BASE + path);
        }

        /** A link to one answer on its page; the fragment must follow the session token, not precede it. */
        public String href(String path, String fragment) {
            return href(path) + "#" + fragment;
        }
    }

    /** One row of the introduction's task list. */
    public record Task(String id, String name, String href, String status, boolean done) {
    }

    public record IntroView(Layout layout, Framework framework, List<Rating> scale, Optional<Frame> inProgress,
                            List<Task> tasks, int answered, int questions, boolean submittedBefore, boolean saved) {
    }

    /** An answer missing or refused: its message for the error summary and the question, and a link to it. */
    public record AnswerError(String id, String message, String href) implements org.digitalpractice.web.ErrorLink {
    }

    public record AreaView(Frame frame, Framework.Domain area, int number, boolean returnToCheck,
                           List<AnswerError> missing) {
        public boolean rated(Framework.Statement statement, Rating rating) {
            return frame.answers().rating(statement.code()).filter(r -> r == rating).isPresent();
        }

        public boolean chosen(Framework.Scenario scenario, int option) {
            return frame.answers().choice(scenario.id()).filter(c -> c == option).isPresent();
        }

        public Optional<AnswerError> missing(String id) {
            return missing.stream().filter(m -> m.id().equals(id)).findFirst();
        }

        public String continueLabel() {
            return returnToCheck ? "Save and check your answers"
                    : number < frame.framework().domains().size() ? "Save and continue"
                    : "Save and continue to your practice";
        }
    }

    @GET
    public String introduction(@QueryParam("saved") String saved) {
        var viewer = learner();
        var layout = session.layout("Self-assessment");
        var inProgress = assessments.inProgress(viewer);
        var framework = inProgress.map(SelfAssessments.Taking::framework)
                .or(() -> loader.current().map(loaded -> loaded.framework()))
                .orElseThrow(SelfAssessments::unavailable);
        var frame = inProgress.map(taking -> new Frame(layout, taking));
        var tasks = frame.map(AssessmentPages::tasks).orElse(List.of());
        var answers = inProgress.map(SelfAssessments.Taking::answers).orElse(Answers.none());
        int answered = answers.ratings().size() + answers.scenarioChoices().size();
        return templates.render("assessment/intro.jte", new IntroView(layout, framework, List.of(Rating.values()),
                frame, tasks, answered, framework.statementCount() + framework.scenarioCount(),
                assessments.attempts(viewer).stream().anyMatch(AssessmentAttempt::submitted), saved != null));
    }

    private static List<Task> tasks(Frame frame) {
        var tasks = new ArrayList<Task>();
        var answers = frame.answers();
        var areas = frame.framework().domains();
        for (var area : areas) {
            var missing = answers.missingIn(area).size();
            var all = area.statements().size() + area.scenarios().size();
            tasks.add(new Task("area-" + area.code(), area.code() + ". " + area.title(),
                    frame.href("/areas/" + area.code()),
                    missing == 0 ? "Completed" : missing == all ? "Not started" : "In progress", missing == 0));
        }
        var practiceSeen = !answers.practice().isEmpty();
        tasks.add(new Task("your-practice", "Your practice (optional)", frame.href("/your-practice"),
                practiceSeen ? "Completed" : "Not started", practiceSeen));
        var complete = answers.firstIncompleteArea(frame.framework()).isEmpty();
        tasks.add(new Task("check", "Check your answers and submit", frame.href("/check"),
                complete ? "Not started" : "Cannot start yet", false));
        return tasks;
    }

    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@FormParam("csrf") String csrf) {
        session.checkCsrf(csrf);
        var taking = assessments.start(learner());
        return Response.seeOther(session.redirect(BASE + page(taking.attempt().resumeAt()))).build();
    }

    @GET
    @Path("/continue")
    public Response resume() {
        var taking = assessments.inProgress(learner());
        return Response.seeOther(session.redirect(BASE + taking.map(t -> page(t.attempt().resumeAt())).orElse("")))
                .build();
    }

    /** The path of a resume point: "area-B" is /areas/B. */
    static String page(String resumeAt) {
        return resumeAt.startsWith("area-") ? "/areas/" + resumeAt.substring("area-".length()) : "/" + resumeAt;
    }

    @GET
    @Path("/areas/{code}")
    public Response area(@PathParam("code") String code, @QueryParam("return") String returnTo) {
        var taking = assessments.inProgress(learner());
        if (taking.isEmpty()) {
            return Response.seeOther(session.redirect(BASE)).build();
        }
        var framework = taking.get().framework();
        var area = area(framework, code);
        return Response.ok(areaPage(frame(taking.get(), title(framework, area)), area, "check".equals(returnTo),
                List.of())).build();
    }

    @POST
    @Path("/areas/{code}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveArea(@PathParam("code") String code, Form form) {
        var fields = form.asMap();
        session.checkCsrf(first(fields.get("csrf")));
        var taking = assessments.inProgress(learner());
        if (taking.isEmpty()) {
            throw SelfAssessments.alreadySubmitted();
        }
        var framework = taking.get().framework();
        var area = area(framework, code);
        var given = given(area, fields);
        var answers = taking.get().answers().and(given);
        var missing = answers.missingIn(area);
        var returnToCheck = "check".equals(first(fields.get("return")));
        var later = "save".equals(first(fields.get("action")));
        var next = later ? resumePoint(framework, answers)
                : !missing.isEmpty() ? SelfAssessments.areaPage(area)
                : returnToCheck ? AssessmentAttempt.CHECK : after(framework, area);
        assessments.save(taking.get().attempt().id(), given, next);
        if (later) {
            return Response.seeOther(session.redirect(BASE + "?saved=true")).build();
        }
        if (!missing.isEmpty()) {
            var saved = new SelfAssessments.Taking(taking.get().attempt(), framework, answers);
            var frame = frame(saved, title(framework, area));
            return Response.status(400).entity(areaPage(frame, area, returnToCheck,
                    missing.stream().map(id -> missing(frame, area, id)).toList())).build();
        }
        return Response.seeOther(session.redirect(BASE + page(next))).build();
    }

    /** Where someone who stops now carries on: the first area with a gap, else "your practice" once, else the check. */
    static String resumePoint(Framework framework, Answers answers) {
        return answers.firstIncompleteArea(framework).map(SelfAssessments::areaPage)
                .orElse(answers.practice().isEmpty() && !framework.yourPractice().isEmpty()
                        ? AssessmentAttempt.YOUR_PRACTICE : AssessmentAttempt.CHECK);
    }

    /** The answers this page sent; a value that is not on the scale or not an option counts as no answer. */
    private static Answers given(Framework.Domain area, Map<String, List<String>> fields) {
        var ratings = new HashMap<String, Rating>();
        for (var statement : area.statements()) {
            Rating.of(first(fields.get("rating-" + statement.code()))).ifPresent(r -> ratings.put(statement.code(), r));
        }
        var choices = new HashMap<String, Integer>();
        for (var scenario : area.scenarios()) {
            try {
                var option = Integer.parseInt(String.valueOf(first(fields.get("scenario-" + scenario.id()))));
                if (option >= 0 && option < scenario.options().size()) {
                    choices.put(scenario.id(), option);
                }
            } catch (NumberFormatException ignored) {
                // no choice made: reported as missing
            }
        }
        return new Answers(ratings, choices, Map.of());
    }

    private static String after(Framework framework, Framework.Domain area) {
        var areas = framework.domains();
        var index = areas.indexOf(area);
        return index + 1 < areas.size() ? SelfAssessments.areaPage(areas.get(index + 1))
                : AssessmentAttempt.YOUR_PRACTICE;
    }

    /** The error for one unanswered statement or scenario, linking to its first radio. */
    static AnswerError missing(Frame frame, Framework.Domain area, String id) {
        var scenarios = area.scenarios().stream().map(Framework.Scenario::id).toList();
        if (scenarios.contains(id)) {
            return new AnswerError(id, "Select what you would do in scenario " + (scenarios.indexOf(id) + 1)
                    + " of area " + area.code(), frame.href("/areas/" + area.code(), "scenario-" + id));
        }
        return new AnswerError(id, "Select a level for statement " + id,
                frame.href("/areas/" + area.code(), "rating-" + id));
    }

    private String areaPage(Frame frame, Framework.Domain area, boolean returnToCheck, List<AnswerError> missing) {
        return templates.render("assessment/area.jte", new AreaView(frame, area,
                frame.framework().domains().indexOf(area) + 1, returnToCheck, missing));
    }

    private Viewer learner() {
        return session.viewer();
    }

    private Frame frame(SelfAssessments.Taking taking, String title) {
        return frame(session, taking, title);
    }

    static Frame frame(CurrentSession session, SelfAssessments.Taking taking, String title) {
        return new Frame(session.layout(title + " – Self-assessment"), taking);
    }

    private static String title(Framework framework, Framework.Domain area) {
        return "Area " + (framework.domains().indexOf(area) + 1) + " of " + framework.domains().size() + ": "
                + area.title();
    }

    private static Framework.Domain area(Framework framework, String code) {
        return framework.domain(code).orElseThrow(() ->
                Problem.notFound("The self-assessment has no area '" + code + "'."));
    }

    static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
