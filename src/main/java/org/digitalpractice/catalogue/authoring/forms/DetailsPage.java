package org.digitalpractice.catalogue.authoring.forms;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Drafts;
import org.digitalpractice.catalogue.authoring.ModuleChange;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A module's details ({@code module.yaml}) in a form: title, summary, outcomes, references and the rest. */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/{slug}/details")
@Produces(MediaType.TEXT_HTML)
public class DetailsPage {

    static final String FILE = "module.yaml";

    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Templates templates;

    public record DetailsView(Layout layout, String slug, ModuleDetails details, List<DraftCheck.FieldError> errors) {
        public String error(String field) {
            return DraftCheck.FieldError.on(errors, field);
        }

        public String action() {
            return layout.href(Authoring.BASE + slug + "/details");
        }

        public String back() {
            return layout.href(Authoring.BASE + slug);
        }
    }

    @GET
    public String form(@PathParam("slug") String slug) {
        var files = drafts.files(drafts.locate(session.viewer(), slug).editable());
        return render(slug, ModuleDetails.of(files.text(FILE, FILE)), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        var change = ModuleChange.open(session, drafts, slug, form);
        var draft = change.draft();
        var details = ModuleDetails.of(form);
        if (form.containsKey("add-reference")) {
            return Response.ok(render(slug, details.withReference(), List.of())).build();
        }
        var removed = FormText.removed(form, "remove-reference", details.references().size());
        if (removed.isPresent()) {
            return Response.ok(render(slug, details.withoutReference(removed.get()), List.of())).build();
        }
        try {
            details.errors().stopIfAny();
            var yaml = details.toYaml();
            DraftCheck.check(slug, Authoring.with(drafts.files(draft), FILE, yaml), problem -> error(slug, problem));
            drafts.save(change.viewer(), draft, FILE, Optional.of(yaml));
            return Authoring.toModule(session, slug, "saved");
        } catch (DraftCheck.Invalid invalid) {
            return Authoring.invalid(render(slug, details, invalid.errors()));
        }
    }

    private String render(String slug, ModuleDetails details, List<DraftCheck.FieldError> errors) {
        return templates.render("authoring/details.jte", new DetailsView(session.layout("Details"), slug, details,
                errors));
    }

    /** A problem in the details on the field it names; one elsewhere (a lesson citing a reference) in plain words. */
    static DraftCheck.FieldError error(String slug, ModuleProblem problem) {
        var file = problem.file().startsWith(slug + "/") ? problem.file().substring(slug.length() + 1) : problem.file();
        if (file.equals(FILE) && problem.field().isPresent()) {
            var path = problem.field().get();
            var field = path.replaceAll("^outcomes\\[(\\d+)]$", "outcome-$1")
                    .replaceAll("^references\\[(\\d+)]\\.(\\w+)$", "reference-$1-$2")
                    .replaceAll("^pcf_domains\\[\\d+]$", "pcf_domains");
            var name = path.split("[.\\[]", 2)[0];
            var label = field.startsWith("outcome-") || field.startsWith("reference-")
                    ? DraftCheck.label(field, Map.of()) : ModuleDetails.LABELS.getOrDefault(name, "This field");
            return new DraftCheck.FieldError(field.equals(path) && !ModuleDetails.LABELS.containsKey(field) ? "title"
                    : field, label + " " + problem.problem());
        }
        return new DraftCheck.FieldError(file.equals(FILE) ? "title" : "references", PlainWords.of(slug, problem));
    }
}
