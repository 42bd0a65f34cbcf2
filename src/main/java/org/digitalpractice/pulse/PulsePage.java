package org.digitalpractice.pulse;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.pulse.questions.PulseQuestions;
import org.digitalpractice.pulse.questions.QuestionsLoader;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A learner's practice pulse: the start page (why it is asked, who sees what, and what the council is doing about
 * the last round), and the questions on one page, answered once a quarter and changed until the quarter ends. The
 * form posts a CSRF token and redirects after success; refused answers store nothing.
 */
@Roles(ToolRole.LEARNER)
@Path("/pulse")
@Produces(MediaType.TEXT_HTML)
public class PulsePage {

    static final String BASE = "/pulse";

    @Inject
    CurrentSession session;
    @Inject
    QuestionsLoader loader;
    @Inject
    PulseResponses responses;
    @Inject
    PulseActions actions;
    @Inject
    Templates templates;
    @Inject
    Clock clock;

    /**
     * @param mine      the learner's own response this quarter, if they gave one
     * @param lastRound what the council wrote about the newest quarter it has written about
     */
    public record StartView(Layout layout, PulseQuestions questions, Quarter quarter,
                            Optional<PulseResponse> mine, Optional<PulseAction> lastRound, boolean saved,
                            int minimum) {
    }

    public record FormView(Layout layout, PulseQuestions questions, Quarter quarter, AnswerForm form,
                           List<AnswerForm.AnswerError> errors, boolean answeredBefore, int limit) {
        public Optional<AnswerForm.AnswerError> error(String field) {
            return errors.stream().filter(e -> e.id().equals(field)).findFirst();
        }
    }

    @GET
    public String start(@QueryParam("saved") String saved) {
        var viewer = session.viewer();
        var quarter = Quarter.current(clock);
        return templates.render("pulse/start.jte", new StartView(session.layout("Practice pulse"), current(),
                quarter, responses.mine(viewer, quarter).map(PulseResponses.Mine::response),
                actions.latest(viewer.deployment().id(), quarter), saved != null, Threshold.MINIMUM_PEOPLE));
    }

    @GET
    @Path("/answers")
    public String form() {
        var viewer = session.viewer();
        var quarter = Quarter.current(clock);
        var mine = responses.mine(viewer, quarter);
        return templates.render("pulse/answers.jte", new FormView(session.layout("Practice pulse questions"),
                current(), quarter, mine.map(m -> AnswerForm.of(m.answers())).orElse(AnswerForm.empty()), List.of(),
                mine.isPresent(), PulseQuestions.FREE_TEXT_LIMIT));
    }

    @POST
    @Path("/answers")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(Form form) {
        var fields = form.asMap();
        session.checkCsrf(fields.getOrDefault("csrf", List.of()).stream().findFirst().orElse(null));
        var viewer = session.viewer();
        var loaded = loader.require();
        var questions = loaded.questions();
        // The quarter of the moment the answers arrive: a form opened on 31 March and sent on 1 April counts in Q2.
        var quarter = Quarter.current(clock);
        var answers = AnswerForm.read(questions, fields);
        var errors = answers.errors(questions);
        if (!errors.isEmpty()) {
            return Response.status(400).entity(templates.render("pulse/answers.jte", new FormView(
                    session.layout("Error: Practice pulse questions"), questions, quarter, answers, errors,
                    responses.mine(viewer, quarter).isPresent(), PulseQuestions.FREE_TEXT_LIMIT))).build();
        }
        responses.save(viewer, quarter, loaded.version().id(), questions, answers.answers(questions));
        return Response.seeOther(session.redirect(BASE + "?saved=true")).build();
    }

    private PulseQuestions current() {
        return loader.require().questions();
    }
}
