package org.digitalpractice.catalogue.authoring.library;

import org.digitalpractice.catalogue.authoring.Authoring;
import org.digitalpractice.catalogue.authoring.DraftCheck;
import org.digitalpractice.catalogue.authoring.Drafts;
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
import org.digitalpractice.catalogue.versions.CatalogueEntry;
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
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Starting a module of the council's own, such as its social media policy: a draft under a new name, made from a
 * library module as a worked example of every part.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/modules/new")
@Produces(MediaType.TEXT_HTML)
public class NewModulePage {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    /** Names of pages under /author/modules, which a module's name would hide. */
    static final Set<String> RESERVED = org.digitalpractice.catalogue.authoring.ModuleName.RESERVED;

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

    public record NewModuleView(Layout layout, String slug, String from, List<Choice> library,
                                List<DraftCheck.FieldError> errors) {
        public String error(String field) {
            return errors.stream().filter(e -> e.field().equals(field)).map(DraftCheck.FieldError::message)
                    .findFirst().orElse(null);
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
        var viewer = session.viewer();
        return templates.render("authoring/new.jte", new NewModuleView(session.layout("Start a new module"), "", "",
                libraryModules(viewer), List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startModule(MultivaluedMap<String, String> form) {
        var viewer = session.viewer();
        session.checkCsrf(form.getFirst("csrf"));
        var slug = Objects.requireNonNullElse(form.getFirst("slug"), "").strip();
        var from = Objects.requireNonNullElse(form.getFirst("from"), "");
        var library = libraryModules(viewer);
        var errors = new ArrayList<DraftCheck.FieldError>();
        if (!SLUG.matcher(slug).matches() || RESERVED.contains(slug)) {
            errors.add(new DraftCheck.FieldError("slug", "Enter a name of lower-case letters, digits and hyphens, "
                    + "such as social-media-policy"));
        } else if (drafts.all(viewer).stream().anyMatch(m -> m.slug().equals(slug))) {
            errors.add(new DraftCheck.FieldError("slug", "'" + slug + "' is already used by a module your "
                    + "learners can see; choose another name, or open that module to copy or edit it"));
        }
        var start = library.stream().filter(m -> m.slug().equals(from)).findFirst();
        if (start.isEmpty()) {
            errors.add(new DraftCheck.FieldError("from-" + (library.isEmpty() ? "" : library.get(0).slug()),
                    "Choose the library module to start from"));
        }
        if (!errors.isEmpty()) {
            return Authoring.invalid(templates.render("authoring/new.jte",
                    new NewModuleView(session.layout("Start a new module"), slug, from, library, errors)));
        }
        drafts.start(viewer, slug, libraryEntry(viewer, start.get().slug()));
        return Authoring.toModule(session, slug, "started");
    }

    private List<Choice> libraryModules(Viewer viewer) {
        return drafts.all(viewer).stream().filter(m -> m.library().isPresent())
                .map(m -> new Choice(m.slug(), em.find(ModuleVersion.class, m.library().get().currentVersionRef()).title()))
                .toList();
    }

    private CatalogueEntry libraryEntry(Viewer viewer, String slug) {
        return drafts.locate(viewer, slug).library().orElseThrow();
    }
}
