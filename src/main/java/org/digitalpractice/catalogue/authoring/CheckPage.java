package org.digitalpractice.catalogue.authoring;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge check edited question by question: the list of questions, and a form for one question with its
 * options. Options are added and removed by the server re-showing the form, so it works without JavaScript. Each
 * save rewrites the draft's {@code check.yaml} and is checked by the module reader, as the YAML text box is.
 */
@Path("/author/modules/{slug}/check")
@Produces(MediaType.TEXT_HTML)
public class CheckPage {

    static final String FILE = "check.yaml";
    private static final Map<String, String> LABELS = Map.of("text", "The question", "type", "The type",
            "options", "The options");

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Templates templates;

    public record QuestionsView(Layout layout, String slug, CheckForm check, List<DraftCheck.FieldError> errors,
                                Optional<String> notice) {
        public String href(String path) {
            return layout.href(AuthoringPages.BASE + slug + "/check" + path);
        }

        public String asYaml() {
            return layout.href(AuthoringPages.BASE + slug + "/edit?file=" + FILE);
        }

        public String back() {
            return layout.href(AuthoringPages.BASE + slug);
        }
    }

    public record QuestionView(Layout layout, String slug, String number, QuestionForm question,
                               List<DraftCheck.FieldError> errors) {
        public String error(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(DraftCheck.FieldError::message)
                    .findFirst().orElse(null);
        }

        public String action() {
            return layout.href(AuthoringPages.BASE + slug + "/check/questions/" + number);
        }

        public String back() {
            return layout.href(AuthoringPages.BASE + slug + "/check");
        }

        public boolean isNew() {
            return "new".equals(number);
        }
    }

    @GET
    public String questions(@PathParam("slug") String slug, @QueryParam("done") String done) {
        var check = CheckForm.of(text(slug));
        return templates.render("authoring/check.jte", new QuestionsView(session.layout("Knowledge check"), slug,
                check, List.of(), Optional.ofNullable(done).map(CheckPage::notice)));
    }

    @GET
    @Path("questions/{number}")
    public String question(@PathParam("slug") String slug, @PathParam("number") String number) {
        var check = CheckForm.of(text(slug));
        var index = index(check, number);
        var question = index < check.questions().size() ? check.questions().get(index)
                : QuestionForm.empty(check.newId());
        return render(slug, number, question, List.of());
    }

    @POST
    @Path("questions/{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, @PathParam("number") String number,
                         MultivaluedMap<String, String> form) {
        var change = AuthoringPages.change(session, drafts, slug, form);
        var files = drafts.files(change.draft());
        var check = CheckForm.of(files.text(FILE, FILE));
        var index = index(check, number);
        var id = index < check.questions().size() ? check.questions().get(index).id() : check.newId();
        var question = QuestionForm.of(id, form);
        if (form.containsKey("add-option")) {
            return Response.ok(render(slug, number, question.withOption(), List.of())).build();
        }
        var removed = FormText.removed(form, "remove-option", question.options().size());
        if (removed.isPresent()) {
            return Response.ok(render(slug, number, question.withoutOption(removed.get()), List.of())).build();
        }
        var yaml = check.with(index, question).toYaml();
        try {
            DraftCheck.check(slug, AuthoringPages.with(files, FILE, yaml), problem -> error(slug, problem, index));
        } catch (DraftCheck.Invalid invalid) {
            return AuthoringPages.invalid(render(slug, number, question, invalid.errors()));
        }
        drafts.save(change.viewer(), change.draft(), FILE, Optional.of(yaml));
        return Response.seeOther(session.redirect(AuthoringPages.BASE + slug + "/check?done=saved")).build();
    }

    @POST
    @Path("questions/{number}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("slug") String slug, @PathParam("number") String number,
                           MultivaluedMap<String, String> form) {
        var change = AuthoringPages.change(session, drafts, slug, form);
        var files = drafts.files(change.draft());
        var check = CheckForm.of(files.text(FILE, FILE));
        var index = index(check, number);
        if (index == check.questions().size()) {
            throw Problem.notFound("There is no question " + number + " to remove.");
        }
        var yaml = check.without(index).toYaml();
        try {
            DraftCheck.check(slug, AuthoringPages.with(files, FILE, yaml), problem ->
                    new DraftCheck.FieldError("questions", "Question " + number + " was not removed: "
                            + DraftCheck.error(slug, problem, FILE).message()));
        } catch (DraftCheck.Invalid invalid) {
            return AuthoringPages.invalid(templates.render("authoring/check.jte", new QuestionsView(
                    session.layout("Knowledge check"), slug, check, invalid.errors(), Optional.empty())));
        }
        drafts.save(change.viewer(), change.draft(), FILE, Optional.of(yaml));
        return Response.seeOther(session.redirect(AuthoringPages.BASE + slug + "/check?done=removed")).build();
    }

    private String text(String slug) {
        var viewer = session.require(ToolRole.TRAINER);
        return drafts.files(drafts.locate(viewer, slug).editable()).text(FILE, FILE);
    }

    private String render(String slug, String number, QuestionForm question, List<DraftCheck.FieldError> errors) {
        var title = "new".equals(number) ? "Add a question" : "Question " + number;
        return templates.render("authoring/question.jte", new QuestionView(session.layout(title), slug, number,
                question, errors));
    }

    private static int index(CheckForm check, String number) {
        return FormText.index(check.questions().size(), number, "knowledge-check question");
    }

    static DraftCheck.FieldError error(String slug, ModuleProblem problem, int index) {
        return DraftCheck.fieldIn(slug, problem, FILE, "questions[" + index + "]")
                .filter(field -> !field.equals("id"))
                .map(field -> new DraftCheck.FieldError(field, DraftCheck.label(field, LABELS) + " " + problem.problem()))
                .orElseGet(() -> new DraftCheck.FieldError("text", "This change makes the module invalid: "
                        + DraftCheck.error(slug, problem, FILE).message()));
    }

    private static String notice(String done) {
        return switch (done) {
            case "saved" -> "Saved to the draft. Learners do not see it until you publish.";
            case "removed" -> "The question was removed from the draft.";
            default -> null;
        };
    }
}
