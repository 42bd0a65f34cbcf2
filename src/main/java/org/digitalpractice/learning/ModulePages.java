package org.digitalpractice.learning;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.Lesson;
import org.digitalpractice.catalogue.Question;
import org.digitalpractice.catalogue.ScenarioStep;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A learner's way through one module: overview, lessons, the branching scenario, the knowledge check, the
 * reflection and the completion page. Every form posts a CSRF token and redirects after success.
 */
@Roles(ToolRole.LEARNER)
@Path("/learn/modules/{slug}")
@Produces(MediaType.TEXT_HTML)
public class ModulePages {

    static final int REFLECTION_LIMIT = 10_000;

    @Inject
    CurrentSession session;
    @Inject
    LearnerProgress progress;
    @Inject
    Templates templates;

    /** What every module page shows around its content. */
    public record Frame(Layout layout, LearnerProgress.Visit visit, String base) {
        public String title() {
            return visit.offered().module().title();
        }

        public String href(String path) {
            return layout.href(base + path);
        }
    }

    public record Overview(Frame frame, List<Task> tasks, String nextStep, boolean started) {
    }

    /** One row of the module's task list. */
    public record Task(String name, String href, String status, boolean done) {
    }

    /** {@code read} is where the lesson's "Next" button posts: reading a lesson is recorded on leaving it. */
    public record LessonView(Frame frame, Lesson lesson, int count, Optional<String> previous, String read,
                             String nextLabel) {
        public int percent() {
            return 100 * lesson.number() / count;
        }
    }

    public record StepView(Frame frame, ScenarioStep step, boolean first, int stepNumber, Optional<String> error) {
        /** The choices' numbers in the order shown. */
        public List<Integer> order() {
            return OptionOrder.of(OptionOrder.step(frame.visit(), step.id()), step.choices().size());
        }
    }

    public record FeedbackView(Frame frame, ScenarioStep step, int chosen, boolean finished) {
    }

    public record ConclusionView(Frame frame) {
    }

    public record CheckView(Frame frame, Map<String, Set<Integer>> answers, List<String> unanswered) {
        public boolean chosen(Question question, int option) {
            return answers.getOrDefault(question.id(), Set.of()).contains(option);
        }

        /** The options' numbers in the order shown. */
        public List<Integer> order(Question question) {
            return OptionOrder.of(OptionOrder.check(frame.visit(), question.id()), question.options().size());
        }
    }

    public record ResultView(Frame frame, CheckAttempt attempt, Map<String, Set<Integer>> answers) {
        public boolean chosen(Question question, int option) {
            return answers.getOrDefault(question.id(), Set.of()).contains(option);
        }

        public boolean right(Question question) {
            var correct = new TreeSet<Integer>();
            for (int i = 0; i < question.options().size(); i++) {
                if (question.options().get(i).correct()) {
                    correct.add(i);
                }
            }
            return correct.equals(new TreeSet<>(answers.getOrDefault(question.id(), Set.of())));
        }
    }

    public record ReflectionView(Frame frame, String text, Optional<String> error, int limit) {
    }

    public record CompleteView(Frame frame) {
    }

    @GET
    public String overview(@PathParam("slug") String slug) {
        var visit = progress.visit(learner(), slug);
        var frame = frame(visit, "Overview");
        var module = visit.offered().module();
        var p = visit.progress();
        var lessonsSeen = p.map(ModuleProgress::lessonsSeen).orElse(List.of()).size();
        var tasks = List.of(
                new Task("Lessons", frame.href("/lessons/1"), lessonsSeen == 0 ? "Not started"
                        : lessonsSeen >= module.lessons().size() ? "Completed"
                        : lessonsSeen + " of " + module.lessons().size() + " read", lessonsSeen >= module.lessons().size()),
                new Task("Practice scenario", frame.href("/scenario"),
                        p.filter(ModuleProgress::scenarioFinished).isPresent() ? "Completed"
                                : p.flatMap(ModuleProgress::scenarioStep).isPresent() ? "In progress" : "Not started",
                        p.filter(ModuleProgress::scenarioFinished).isPresent()),
                new Task("Knowledge check", frame.href("/check"),
                        p.filter(ModuleProgress::checkPassed).isPresent() ? "Passed"
                                : p.map(ModuleProgress::checkAttempts).orElse(0) > 0 ? "Not passed yet" : "Not started",
                        p.filter(ModuleProgress::checkPassed).isPresent()),
                new Task("Reflection", frame.href("/reflection"),
                        p.flatMap(ModuleProgress::reflection).isPresent() ? "Saved" : "Optional",
                        p.flatMap(ModuleProgress::reflection).isPresent()));
        return templates.render("learning/overview.jte",
                new Overview(frame, tasks, frame.href(p.isPresent() ? "/continue" : "/start"), p.isPresent()));
    }

    /** Starting is a choice the learner makes: it tells the gradebook, so it is never done by a GET. */
    @POST
    @Path("/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("slug") String slug, @FormParam("csrf") String csrf) {
        session.checkCsrf(csrf);
        return resumeAt(progress.start(learner(), slug));
    }

    @GET
    @Path("/continue")
    public Response resume(@PathParam("slug") String slug) {
        var visit = progress.visit(learner(), slug);
        if (visit.progress().isEmpty()) {
            return Response.seeOther(session.redirect(base(slug))).build();
        }
        return resumeAt(visit);
    }

    private Response resumeAt(LearnerProgress.Visit visit) {
        var at = visit.started().resumeAt();
        var path = at.startsWith("lesson-") ? "/lessons/" + at.substring("lesson-".length()) : "/" + at;
        return Response.seeOther(session.redirect(base(visit.offered().slug()) + path)).build();
    }

    @GET
    @Path("/lessons/{number}")
    public String lesson(@PathParam("slug") String slug, @PathParam("number") int number) {
        var visit = progress.visit(learner(), slug);
        var lessons = visit.offered().module().lessons();
        var lesson = lesson(visit, number);
        var frame = frame(visit, lesson.title());
        int index = lessons.indexOf(lesson);
        var previous = index > 0 ? Optional.of(frame.href("/lessons/" + lessons.get(index - 1).number()))
                : Optional.<String>empty();
        var nextLabel = index == lessons.size() - 1 ? "Practice scenario" : lessons.get(index + 1).title();
        return templates.render("learning/lesson.jte", new LessonView(frame, lesson, lessons.size(), previous,
                frame.href("/lessons/" + number + "/read"), nextLabel));
    }

    /** The lesson's "Next": records it as read (starting the module if this is its first step), then moves on. */
    @POST
    @Path("/lessons/{number}/read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response read(@PathParam("slug") String slug, @PathParam("number") int number,
                         @FormParam("csrf") String csrf) {
        session.checkCsrf(csrf);
        var visit = progress.start(learner(), slug);
        var lessons = visit.offered().module().lessons();
        var lesson = lesson(visit, number);
        progress.update(visit, p -> p.sawLesson(number, lessons.size()));
        int index = lessons.indexOf(lesson);
        var next = index == lessons.size() - 1 ? "/scenario" : "/lessons/" + lessons.get(index + 1).number();
        return Response.seeOther(session.redirect(base(slug) + next)).build();
    }

    private static Lesson lesson(LearnerProgress.Visit visit, int number) {
        return visit.offered().module().lessons().stream().filter(l -> l.number() == number).findFirst()
                .orElseThrow(() -> Problem.notFound("This module has no lesson " + number + "."));
    }

    @GET
    @Path("/scenario")
    public String scenario(@PathParam("slug") String slug) {
        var visit = progress.visit(learner(), slug);
        if (currentStep(visit).isEmpty()) {
            return templates.render("learning/conclusion.jte",
                    new ConclusionView(frame(visit, visit.offered().module().scenario().title())));
        }
        return stepPage(visit, Optional.empty());
    }

    /** The step the learner is at: the first until they choose, none once they have finished. */
    private static Optional<String> currentStep(LearnerProgress.Visit visit) {
        var start = visit.offered().module().scenario().start();
        return visit.progress().map(p -> p.scenarioStep().or(() -> p.scenarioFinished()
                ? Optional.empty() : Optional.of(start))).orElse(Optional.of(start));
    }

    private String stepPage(LearnerProgress.Visit visit, Optional<String> error) {
        var scenario = visit.offered().module().scenario();
        var step = scenario.step(currentStep(visit).orElse(scenario.start())).orElseThrow();
        var trail = visit.progress().map(p -> p.scenarioTrail().size()).orElse(0);
        return templates.render("learning/scenario-step.jte", new StepView(frame(visit, scenario.title()), step,
                step.id().equals(scenario.start()), trail + 1, error));
    }

    @POST
    @Path("/scenario")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@PathParam("slug") String slug, @FormParam("csrf") String csrf,
                           @FormParam("step") String stepId, @FormParam("choice") String choice) {
        session.checkCsrf(csrf);
        var visit = progress.start(learner(), slug);
        var scenario = visit.offered().module().scenario();
        var current = currentStep(visit).orElse(null);
        if (current == null || !current.equals(stepId)) {
            // A second tab, or the back button: the scenario has moved on since this page was shown.
            return Response.seeOther(session.redirect(base(slug) + "/scenario")).build();
        }
        var step = scenario.step(current).orElseThrow();
        int index;
        try {
            index = Integer.parseInt(String.valueOf(choice));
        } catch (NumberFormatException e) {
            index = -1;
        }
        if (index < 0 || index >= step.choices().size()) {
            return Response.status(400).entity(stepPage(visit, Optional.of("Choose what you would do"))).build();
        }
        var picked = step.choices().get(index);
        int chosen = index;
        progress.update(visit, p -> p.choose(step.id(), chosen, picked.next(), picked.ends()));
        return Response.seeOther(session.redirect(base(slug) + "/scenario/feedback")).build();
    }

    @GET
    @Path("/scenario/feedback")
    public Response feedback(@PathParam("slug") String slug) {
        var visit = progress.visit(learner(), slug);
        var trail = visit.progress().map(ModuleProgress::scenarioTrail).orElse(List.of());
        if (trail.isEmpty()) {
            return Response.seeOther(session.redirect(base(slug) + "/scenario")).build();
        }
        var last = trail.get(trail.size() - 1);
        var scenario = visit.offered().module().scenario();
        var step = scenario.step(last.stepId()).orElseThrow();
        return Response.ok(templates.render("learning/scenario-feedback.jte", new FeedbackView(
                frame(visit, scenario.title()), step, last.choice(), visit.started().scenarioStep().isEmpty())))
                .build();
    }

    @POST
    @Path("/scenario/restart")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restartScenario(@PathParam("slug") String slug, @FormParam("csrf") String csrf) {
        session.checkCsrf(csrf);
        var visit = progress.start(learner(), slug);
        progress.update(visit, p -> p.restartScenario(visit.offered().module().scenario().start()));
        return Response.seeOther(session.redirect(base(slug) + "/scenario")).build();
    }

    @GET
    @Path("/check")
    public String check(@PathParam("slug") String slug) {
        var visit = progress.visit(learner(), slug);
        return templates.render("learning/check.jte",
                new CheckView(frame(visit, "Knowledge check"), Map.of(), List.of()));
    }

    @POST
    @Path("/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitCheck(@PathParam("slug") String slug, Form form) {
        var fields = form.asMap();
        session.checkCsrf(first(fields.get("csrf")));
        var visit = progress.start(learner(), slug);
        var check = visit.offered().module().check();
        var answers = new LinkedHashMap<String, Set<Integer>>();
        for (var question : check.questions()) {
            var chosen = new TreeSet<Integer>();
            for (var value : fields.getOrDefault("answer-" + question.id(), List.of())) {
                try {
                    var option = Integer.parseInt(value);
                    if (option >= 0 && option < question.options().size()) {
                        chosen.add(option);
                    }
                } catch (NumberFormatException ignored) {
                    // not an option of this question: treated as no answer
                }
            }
            if (question.type() == Question.Type.SINGLE && chosen.size() > 1) {
                chosen.clear();
            }
            answers.put(question.id(), chosen);
        }
        var unanswered = CheckMarking.unanswered(check, answers);
        if (!unanswered.isEmpty()) {
            return Response.status(400).entity(templates.render("learning/check.jte",
                    new CheckView(frame(visit, "Knowledge check"), answers, unanswered))).build();
        }
        var marked = CheckMarking.mark(check, visit.offered().module().passMark(), answers);
        var attempt = progress.recordAttempt(visit, marked);
        return Response.seeOther(session.redirect(base(slug) + "/check/attempts/" + attempt.attemptNumber())).build();
    }

    @GET
    @Path("/check/attempts/{number}")
    public String attempt(@PathParam("slug") String slug, @PathParam("number") int number) {
        var visit = progress.visit(learner(), slug);
        var attempt = visit.progress().stream().flatMap(p -> progress.attempts(p).stream())
                .filter(a -> a.attemptNumber() == number)
                .findFirst().orElseThrow(() -> Problem.notFound("There is no attempt " + number + " at this check."));
        return templates.render("learning/check-result.jte", new ResultView(frame(visit, "Your result"), attempt,
                CheckMarking.decode(attempt.answers())));
    }

    @GET
    @Path("/reflection")
    public String reflection(@PathParam("slug") String slug) {
        var visit = progress.visit(learner(), slug);
        return templates.render("learning/reflection.jte", new ReflectionView(frame(visit, "Reflection"),
                visit.progress().flatMap(ModuleProgress::reflection).orElse(""), Optional.empty(), REFLECTION_LIMIT));
    }

    @POST
    @Path("/reflection")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveReflection(@PathParam("slug") String slug, @FormParam("csrf") String csrf,
                                   @FormParam("reflection") String text) {
        session.checkCsrf(csrf);
        var visit = progress.start(learner(), slug);
        var reflection = text == null ? "" : text.strip();
        Optional<String> error = reflection.isEmpty() ? Optional.of("Write your reflection before saving it")
                : reflection.length() > REFLECTION_LIMIT
                ? Optional.of("Your reflection must be " + REFLECTION_LIMIT + " characters or fewer") : Optional.empty();
        if (error.isPresent()) {
            return Response.status(400).entity(templates.render("learning/reflection.jte",
                    new ReflectionView(frame(visit, "Reflection"), text == null ? "" : text, error, REFLECTION_LIMIT)))
                    .build();
        }
        var saved = progress.update(visit, p -> p.reflect(reflection));
        var next = saved.completed() ? "/complete" : "?saved=reflection";
        return Response.seeOther(session.redirect(base(slug) + next)).build();
    }

    @GET
    @Path("/complete")
    public Response complete(@PathParam("slug") String slug) {
        var visit = progress.visit(learner(), slug);
        if (visit.progress().filter(ModuleProgress::completed).isEmpty()) {
            return Response.seeOther(session.redirect(base(slug))).build();
        }
        return Response.ok(templates.render("learning/complete.jte",
                new CompleteView(frame(visit, "Module complete")))).build();
    }

    private org.digitalpractice.session.Viewer learner() {
        return session.viewer();
    }

    private Frame frame(LearnerProgress.Visit visit, String title) {
        return new Frame(session.layout(title + " – " + visit.offered().module().title()), visit,
                base(visit.offered().slug()));
    }

    static String base(String slug) {
        return "/learn/modules/" + slug;
    }

    private static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
