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
import org.digitalpractice.catalogue.ScenarioChoice;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The practice scenario edited in forms: its title, introduction, start step and conclusion with the list of steps,
 * and a form for one step with its choices. Choices are added and removed by the server re-showing the form, so it
 * works without JavaScript. Each save rewrites the draft's {@code scenario.yaml} and is checked by the module reader,
 * as the YAML text box is.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/{slug}/scenario")
@Produces(MediaType.TEXT_HTML)
public class ScenarioPage {

    static final String FILE = "scenario.yaml";
    private static final Set<String> OVERVIEW = Set.of("title", "introduction", "start", "conclusion");
    private static final Map<String, String> LABELS = Map.of("title", "The title", "introduction",
            "The introduction", "start", "The start step", "conclusion", "The conclusion", "id", "The step id",
            "situation", "The situation", "choices", "The choices");

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Templates templates;

    /** A value of a select: a step id, or the end of the scenario. */
    public record Target(String value, String label) {
    }

    public record OverviewView(ListPage page, ScenarioForm scenario) {
    }

    public record StepView(ItemPage page, StepForm step, List<Target> targets, List<Target> sources, String from) {

        /** The steps a choice may lead to, keeping a value typed elsewhere (in the YAML) that is not one of them. */
        public List<Target> targets(StepForm.Choice choice) {
            if (choice.next().isEmpty() || targets.stream().anyMatch(t -> t.value().equals(choice.next()))) {
                return targets;
            }
            var kept = new ArrayList<>(targets);
            kept.add(new Target(choice.next(), choice.next()));
            return kept;
        }
    }

    @GET
    public String overview(@PathParam("slug") String slug, @QueryParam("done") String done) {
        var notice = Optional.ofNullable(done).map(ScenarioPage::notice);
        return overview(slug, ScenarioForm.of(text(slug)), List.of(), notice);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveOverview(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        var edit = PartEdit.open(session, drafts, slug, form, FILE);
        var scenario = ScenarioForm.of(edit.text()).withOverview(FormText.field(form, "title"),
                FormText.field(form, "introduction"), FormText.field(form, "start"), FormText.field(form, "conclusion"));
        try {
            scenario.overviewErrors().stopIfAny();
            return edit.save(scenario.toYaml(), problem -> overviewError(slug, problem), "/scenario", "saved");
        } catch (DraftCheck.Invalid invalid) {
            return Authoring.invalid(overview(slug, scenario, invalid.errors(), Optional.empty()));
        }
    }

    @GET
    @Path("steps/{number}")
    public String step(@PathParam("slug") String slug, @PathParam("number") String number) {
        var scenario = ScenarioForm.of(text(slug));
        var index = index(scenario, number);
        var step = index < scenario.steps().size() ? scenario.steps().get(index) : StepForm.EMPTY;
        return render(slug, number, scenario, index, step, "", List.of());
    }

    @POST
    @Path("steps/{number}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveStep(@PathParam("slug") String slug, @PathParam("number") String number,
                             MultivaluedMap<String, String> form) {
        var edit = PartEdit.open(session, drafts, slug, form, FILE);
        var scenario = ScenarioForm.of(edit.text());
        var index = index(scenario, number);
        var step = StepForm.of(form);
        var from = FormText.field(form, "from");
        if (form.containsKey("add-choice")) {
            return Response.ok(render(slug, number, scenario, index, step.withChoice(), from, List.of())).build();
        }
        var removed = FormText.removed(form, "remove-choice", step.choices().size());
        if (removed.isPresent()) {
            return Response.ok(render(slug, number, scenario, index, step.withoutChoice(removed.get()), from,
                    List.of())).build();
        }
        try {
            var errors = step.errors(otherIds(scenario, index));
            if (index == scenario.steps().size() && from.isBlank()) {
                errors.add("from", "Choose which choice leads to this step");
            }
            errors.stopIfAny();
            return edit.save(scenario.with(index, step, Optional.of(from)).toYaml(),
                    problem -> stepError(slug, problem, index), "/scenario", "saved");
        } catch (DraftCheck.Invalid invalid) {
            return Authoring.invalid(render(slug, number, scenario, index, step, from, invalid.errors()));
        }
    }

    @POST
    @Path("steps/{number}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeStep(@PathParam("slug") String slug, @PathParam("number") String number,
                               MultivaluedMap<String, String> form) {
        var edit = PartEdit.open(session, drafts, slug, form, FILE);
        var scenario = ScenarioForm.of(edit.text());
        var index = FormText.existing(scenario.steps().size(), number, "scenario step");
        return edit.remove(scenario.without(index).toYaml(), "steps", "Step " + number, "/scenario",
                errors -> overview(slug, scenario, errors, Optional.empty()));
    }

    private String overview(String slug, ScenarioForm scenario, List<DraftCheck.FieldError> errors,
                            Optional<String> notice) {
        return templates.render("authoring/scenario.jte", new OverviewView(new ListPage(
                session.layout("Practice scenario"), slug, "/scenario", FILE, errors, notice), scenario));
    }

    private String text(String slug) {
        return PartEdit.read(session, drafts, slug, FILE);
    }

    private String render(String slug, String number, ScenarioForm scenario, int index, StepForm step, String from,
                          List<DraftCheck.FieldError> errors) {
        var targets = new ArrayList<Target>();
        var sources = new ArrayList<Target>();
        for (int i = 0; i < scenario.steps().size(); i++) {
            var other = scenario.steps().get(i);
            if (i != index) {
                targets.add(new Target(other.id(), "Step " + (i + 1) + ": " + other.id()));
            }
            for (int c = 0; c < other.choices().size(); c++) {
                sources.add(new Target(i + "-" + c, "Step " + (i + 1) + " (" + other.id() + "), choice " + (c + 1)
                        + ": " + other.choices().get(c).text()));
            }
        }
        targets.add(new Target(ScenarioChoice.END, "Ends the scenario"));
        var title = "new".equals(number) ? "Add a step" : "Step " + number;
        return templates.render("authoring/step.jte", new StepView(new ItemPage(session.layout(title), slug,
                "/scenario", "steps", number, errors), step, targets, sources, from));
    }

    private static List<String> otherIds(ScenarioForm scenario, int index) {
        var ids = new ArrayList<>(scenario.ids());
        if (index < ids.size()) {
            ids.remove(index);
        }
        return ids;
    }

    private static int index(ScenarioForm scenario, String number) {
        return FormText.index(scenario.steps().size(), number, "scenario step");
    }

    static DraftCheck.FieldError overviewError(String slug, ModuleProblem problem) {
        var field = problem.field().filter(OVERVIEW::contains).orElse("start");
        var message = problem.field().filter(OVERVIEW::contains).isPresent()
                ? LABELS.get(field) + " " + problem.problem()
                : PlainWords.of(slug, problem);
        return new DraftCheck.FieldError(field, message);
    }

    static DraftCheck.FieldError stepError(String slug, ModuleProblem problem, int index) {
        return DraftCheck.fieldIn(slug, problem, FILE, "steps[" + index + "]")
                .map(field -> new DraftCheck.FieldError(field, PlainWords.find(problem)
                        .orElse(DraftCheck.label(field, LABELS) + " " + problem.problem())))
                .orElseGet(() -> new DraftCheck.FieldError("choices", PlainWords.of(slug, problem)));
    }

    private static String notice(String done) {
        return switch (done) {
            case "saved" -> "Saved to the draft. Learners do not see it until you publish.";
            case "removed" -> "The step was removed from the draft.";
            default -> null;
        };
    }
}
