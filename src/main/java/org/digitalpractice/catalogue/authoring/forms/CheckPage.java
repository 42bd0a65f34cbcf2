package org.digitalpractice.catalogue.authoring.forms;

import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Drafts;
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
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The knowledge check edited question by question: the list of questions, and a form for one question with its
 * options. Options are added and removed by the server re-showing the form, so it works without JavaScript. Each
 * save rewrites the draft's {@code check.yaml} and is checked by the module reader, as the YAML text box is.
 */
@Roles(ToolRole.TRAINER)
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

    public record QuestionsView(ListPage page, CheckForm check) {
    }

    public record QuestionView(ItemPage page, QuestionForm question) {
    }

    @GET
    public String questions(@PathParam("slug") String slug, @QueryParam("done") String done) {
        return list(slug, CheckForm.of(text(slug)), List.of(), Optional.ofNullable(done).map(CheckPage::notice));
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
        var edit = PartEdit.open(session, drafts, slug, form, FILE);
        var check = CheckForm.of(edit.text());
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
        try {
            question.errors().stopIfAny();
            return edit.save(check.with(index, question).toYaml(), problem -> error(slug, problem, index),
                    "/check", "saved");
        } catch (DraftCheck.Invalid invalid) {
            return Authoring.invalid(render(slug, number, question, invalid.errors()));
        }
    }

    @POST
    @Path("questions/{number}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("slug") String slug, @PathParam("number") String number,
                           MultivaluedMap<String, String> form) {
        var edit = PartEdit.open(session, drafts, slug, form, FILE);
        var check = CheckForm.of(edit.text());
        var index = FormText.existing(check.questions().size(), number, "knowledge-check question");
        return edit.remove(check.without(index).toYaml(), "questions", "Question " + number, "/check",
                errors -> list(slug, check, errors, Optional.empty()));
    }

    private String list(String slug, CheckForm check, List<DraftCheck.FieldError> errors, Optional<String> notice) {
        return templates.render("authoring/check.jte", new QuestionsView(new ListPage(session.layout("Knowledge check"),
                slug, "/check", FILE, errors, notice), check));
    }

    private String text(String slug) {
        return PartEdit.read(session, drafts, slug, FILE);
    }

    private String render(String slug, String number, QuestionForm question, List<DraftCheck.FieldError> errors) {
        var title = "new".equals(number) ? "Add a question" : "Question " + number;
        return templates.render("authoring/question.jte", new QuestionView(new ItemPage(session.layout(title), slug,
                "/check", "questions", number, errors), question));
    }

    private static int index(CheckForm check, String number) {
        return FormText.index(check.questions().size(), number, "knowledge-check question");
    }

    static DraftCheck.FieldError error(String slug, ModuleProblem problem, int index) {
        return DraftCheck.fieldIn(slug, problem, FILE, "questions[" + index + "]")
                .filter(field -> !field.equals("id"))
                .map(field -> new DraftCheck.FieldError(field, PlainWords.find(problem)
                        .orElse(DraftCheck.label(field, LABELS) + " " + problem.problem())))
                .orElseGet(() -> new DraftCheck.FieldError("text", PlainWords.of(slug, problem)));
    }

    private static String notice(String done) {
        return switch (done) {
            case "saved" -> "Saved to the draft. Learners do not see it until you publish.";
            case "removed" -> "The question was removed from the draft.";
            default -> null;
        };
    }
}
