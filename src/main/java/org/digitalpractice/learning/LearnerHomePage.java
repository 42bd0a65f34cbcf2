package org.digitalpractice.learning;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.catalogue.Catalogue;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * Where a social worker lands: the modules their course asks for first, then the rest of the council's catalogue,
 * each with where they are in it.
 */
@Path("/learn")
public class LearnerHomePage {

    @Inject
    CurrentSession session;
    @Inject
    Catalogue catalogue;
    @Inject
    LearnerProgress progress;
    @Inject
    Templates templates;
    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;

    public record View(Layout layout, String firstName, List<Card> placed, List<Card> others) {
    }

    /** A module as the home page lists it. */
    public record Card(String slug, String title, String summary, int minutes, String status, String tagClass,
                       String href) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        var viewer = session.require(ToolRole.LEARNER);
        var layout = session.layout("Your learning");
        var placedSlugs = new HashSet<>(placedInCourse(viewer));
        var cards = catalogue.forCouncil(viewer.deployment().id()).stream()
                .map(offered -> card(viewer, layout, offered)).toList();
        return templates.render("learning/home.jte", new View(layout, firstName(viewer.person().displayName()),
                cards.stream().filter(c -> placedSlugs.contains(c.slug())).toList(),
                cards.stream().filter(c -> !placedSlugs.contains(c.slug())).toList()));
    }

    private Card card(Viewer viewer, Layout layout, Catalogue.Offered current) {
        // The module as this learner meets it: the version they started, even if the council has since adapted it.
        var visit = progress.visit(viewer, current.slug());
        var offered = visit.offered();
        var p = visit.progress();
        String status;
        String tag;
        if (p.isEmpty()) {
            status = "Not started";
            tag = "govuk-tag--grey";
        } else if (p.get().completed()) {
            status = "Completed";
            tag = "govuk-tag--green";
        } else {
            status = "In progress";
            tag = "govuk-tag--light-blue";
        }
        var module = offered.module();
        return new Card(offered.slug(), module.title(), module.summary(), module.minutes(), status, tag,
                layout.href(ModulePages.base(offered.slug())));
    }

    private List<String> placedInCourse(Viewer viewer) {
        if (viewer.course().isEmpty()) {
            return List.of();
        }
        return em.createQuery("select p.moduleSlug from Placement p where p.courseRef = :c and p.moduleSlug is not null",
                        String.class)
                .setParameter("c", viewer.course().get().id())
                .getResultList();
    }

    static String firstName(String displayName) {
        var trimmed = Optional.ofNullable(displayName).orElse("").trim();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed;
    }
}
