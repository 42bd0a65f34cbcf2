package org.digitalpractice.catalogue.authoring.library;

import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Drafts;
import org.digitalpractice.catalogue.authoring.Limits;
import org.digitalpractice.catalogue.authoring.ModuleName;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.catalogue.versions.ModuleVersion;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Starting a module of the council's own, such as its social media policy: a draft under a title of its own (its
 * short name made from the title), from a library module as a worked example of every part.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/new")
@Produces(MediaType.TEXT_HTML)
public class NewModulePage {


    @Inject
    CurrentSession session;
    @Inject
    Drafts drafts;
    @Inject
    Templates templates;
    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;

    /** A library module to start from. */
    public record Choice(String slug, String title) {
    }

    public record NewModuleView(Layout layout, String title, String from, List<Choice> library,
                                List<DraftCheck.FieldError> errors) {
        public String error(String field) {
            return DraftCheck.FieldError.on(errors, field);
        }

        public String action() {
            return layout.href(Authoring.BASE + "new");
        }

        public String back() {
            return layout.href("/author/modules");
        }
    }

    @GET
    public String newModule() {
        return render("", "", libraryModules(session.viewer()), List.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startModule(MultivaluedMap<String, String> form) {
        var viewer = session.viewer();
        session.checkCsrf(form.getFirst("csrf"));
        var title = Objects.requireNonNullElse(form.getFirst("title"), "").strip();
        var from = Objects.requireNonNullElse(form.getFirst("from"), "");
        var library = libraryModules(viewer);
        var titles = drafts.titles(viewer);
        var errors = new ArrayList<DraftCheck.FieldError>();
        if (title.isEmpty()) {
            errors.add(new DraftCheck.FieldError("title", "Enter the title of the new module"));
        } else if (title.length() > Limits.TITLE) {
            errors.add(new DraftCheck.FieldError("title", "Title must be " + Limits.TITLE + " characters or fewer"));
        } else if (titles.values().stream().anyMatch(t -> t.strip().equalsIgnoreCase(title))) {
            errors.add(new DraftCheck.FieldError("title", "Your council already has a module called \"" + title
                    + "\": give the new module a title of its own"));
        }
        var start = library.stream().filter(m -> m.slug().equals(from)).findFirst();
        if (start.isEmpty()) {
            errors.add(new DraftCheck.FieldError("from" + (library.isEmpty() ? "" : "-" + library.get(0).slug()),
                    "Select the library module to start from"));
        }
        if (!errors.isEmpty()) {
            return Authoring.invalid(render(title, from, library, errors));
        }
        var slug = ModuleName.from(title, titles.keySet());
        drafts.start(viewer, slug, title, drafts.locate(viewer, start.get().slug()).library().orElseThrow());
        return Authoring.toModule(session, slug, "started");
    }

    private String render(String title, String from, List<Choice> library, List<DraftCheck.FieldError> errors) {
        return templates.render("authoring/new.jte", new NewModuleView(session.layout("Start a new module"), title,
                from, library, errors));
    }

    private List<Choice> libraryModules(Viewer viewer) {
        return drafts.all(viewer).stream().filter(m -> m.library().isPresent())
                .map(m -> new Choice(m.slug(), em.find(ModuleVersion.class, m.library().get().currentVersionRef()).title()))
                .toList();
    }
}
