package org.digitalpractice.assessment;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Form;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.digitalpractice.assessment.AssessmentPages.BASE;
import static org.digitalpractice.assessment.AssessmentPages.first;

/**
 * "Your practice", the optional page after the areas: what the learner does in their work, ticked, with a few words
 * of their own where a question asks for them. It leads to the check of all answers.
 */
@Roles(ToolRole.LEARNER)
@Path("/assess/your-practice")
@Produces(MediaType.TEXT_HTML)
public class YourPracticePage {

    static final int PRACTICE_TEXT_LIMIT = 1000;

    @Inject
    CurrentSession session;
    @Inject
    SelfAssessments assessments;
    @Inject
    Templates templates;

    public record PracticeView(Frame frame, Map<String, List<String>> ticked, Map<String, String> texts,
                               List<AnswerError> errors, int limit) {
        public boolean ticked(Framework.PracticeQuestion question, Framework.PracticeOption option) {
            return ticked.getOrDefault(question.id(), List.of()).contains(option.id());
        }

        public String text(Framework.PracticeQuestion question) {
            return texts.getOrDefault(question.id(), "");
        }

        public Optional<AnswerError> error(Framework.PracticeQuestion question) {
            return errors.stream().filter(m -> m.id().equals("other-" + question.id())).findFirst();
        }
    }

    @GET
    public Response yourPractice() {
        var taking = assessments.inProgress(learner());
        if (taking.isEmpty()) {
            return Response.seeOther(session.redirect(BASE)).build();
        }
        var ticked = new HashMap<String, List<String>>();
        var texts = new HashMap<String, String>();
        taking.get().answers().practice().forEach((id, choice) -> {
            ticked.put(id, choice.optionIds());
            choice.other().ifPresent(text -> texts.put(id, text));
        });
        return Response.ok(templates.render("assessment/your-practice.jte", new PracticeView(
                frame(taking.get(), "Your practice"), ticked, texts, List.of(), PRACTICE_TEXT_LIMIT))).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveYourPractice(Form form) {
        var fields = form.asMap();
        session.checkCsrf(first(fields.get("csrf")));
        var taking = assessments.inProgress(learner());
        if (taking.isEmpty()) {
            throw SelfAssessments.alreadySubmitted();
        }
        var frame = frame(taking.get(), "Your practice");
        var ticked = new LinkedHashMap<String, List<String>>();
        var texts = new LinkedHashMap<String, String>();
        var errors = new ArrayList<AnswerError>();
        var practice = new LinkedHashMap<String, Answers.PracticeChoice>();
        for (var question : frame.framework().yourPractice()) {
            // Kept in the framework's order, whatever order the browser sent them in; unknown ids are dropped.
            var sent = fields.getOrDefault("practice-" + question.id(), List.of());
            var ids = question.options().stream().map(Framework.PracticeOption::id).filter(sent::contains).toList();
            var text = Optional.ofNullable(first(fields.get("other-" + question.id()))).map(String::strip).orElse("");
            ticked.put(question.id(), ids);
            texts.put(question.id(), text);
            if (text.length() > PRACTICE_TEXT_LIMIT) {
                errors.add(new AnswerError("other-" + question.id(), "Your answer to ‘" + question.question()
                        + "’ must be " + PRACTICE_TEXT_LIMIT + " characters or fewer",
                        frame.href("/your-practice", "other-" + question.id())));
            }
            practice.put(question.id(), new Answers.PracticeChoice(ids,
                    text.isEmpty() || question.otherPrompt().isEmpty() ? Optional.empty() : Optional.of(text)));
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(templates.render("assessment/your-practice.jte",
                    new PracticeView(frame, ticked, texts, errors, PRACTICE_TEXT_LIMIT))).build();
        }
        assessments.save(taking.get().attempt().id(), new Answers(Map.of(), Map.of(), practice),
                AssessmentAttempt.CHECK);
        return Response.seeOther(session.redirect(BASE + "/check")).build();
    }

    private Viewer learner() {
        return session.viewer();
    }

    private Frame frame(SelfAssessments.Taking taking, String title) {
        return AssessmentPages.frame(session, taking, title);
    }
}
