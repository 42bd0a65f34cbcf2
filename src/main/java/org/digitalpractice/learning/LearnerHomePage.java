package org.digitalpractice.learning;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.Dates;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.people.Placements;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a social worker lands: the modules their course asks for first, then the rest of the council's catalogue,
 * each with where they are in it.
 */
@Roles(ToolRole.LEARNER)
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
    @Inject
    Clock clock;
    @Inject
    Placements placements;

    public record View(Layout layout, String firstName, List<Card> placed, List<Card> others) {
    }

    /** A module as the home page lists it. */
    /** A module as the home page lists it; {@code partsDone}, for one in progress, says how far the learner is. */
    public record Card(String slug, String title, String summary, int minutes, String status, String tagClass,
                       String href, Optional<String> due, Optional<String> partsDone) {
    }

    /** The parts a module needs for completion: its lessons, the practice scenario and the knowledge check. */
    static String partsDone(ModuleProgress progress, int lessons) {
        int done = (progress.lessonsSeen().size() >= lessons ? 1 : 0) + (progress.scenarioFinished() ? 1 : 0)
                + (progress.checkPassed() ? 1 : 0);
        return done + " of 3 parts done";
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        var viewer = session.viewer();
        var layout = session.layout("Your learning");
        var placed = placedInCourse(viewer);
        var placedSlugs = placed.keySet();
        var latest = progress.latestBySlug(viewer.person().id());
        var today = LocalDate.now(clock.withZone(Dates.UK));
        var cards = catalogue.forCouncil(viewer.deployment().id()).stream()
                .map(offered -> card(Optional.ofNullable(latest.get(offered.slug())), layout, offered,
                        Optional.ofNullable(placed.get(offered.slug())).flatMap(d -> d), today))
                .toList();
        return templates.render("learning/home.jte", new View(layout, firstName(viewer.person().displayName()),
                cards.stream().filter(c -> placedSlugs.contains(c.slug())).toList(),
                cards.stream().filter(c -> !placedSlugs.contains(c.slug())).toList()));
    }

    private Card card(Optional<ModuleProgress> p, Layout layout, Catalogue.Offered current,
                      Optional<LocalDate> dueOn, LocalDate today) {
        // The module as this learner meets it: the version they started, even if the council has since adapted it.
        var offered = p.filter(started -> !started.versionRef().equals(current.version().id()))
                .map(started -> catalogue.offered(started.versionRef())).orElse(current);
        boolean completed = p.isPresent() && p.get().completed();
        String status;
        String tag;
        if (p.isEmpty()) {
            status = "Not started";
            tag = "govuk-tag--grey";
        } else if (completed) {
            status = "Completed";
            tag = "govuk-tag--green";
        } else {
            status = "In progress";
            tag = "govuk-tag--light-blue";
        }
        var module = offered.module();
        // A due date matters until the module is done; after that it is history.
        var due = dueOn.filter(d -> !completed).map(d -> (d.isBefore(today) ? "Overdue: it was due by " : "Due by ")
                + Dates.day(d));
        if (due.isPresent() && dueOn.get().isBefore(today)) {
            status = "Overdue";
            tag = "govuk-tag--red";
        }
        var parts = p.filter(started -> !completed).map(started -> partsDone(started, module.lessons().size()));
        return new Card(offered.slug(), module.title(), module.summary(), module.minutes(), status, tag,
                layout.href(ModulePages.base(offered.slug())), due, parts);
    }

    /** The modules placed in the viewer's course, each with its earliest due date if any link sets one. */
    private Map<String, Optional<LocalDate>> placedInCourse(Viewer viewer) {
        var placed = new HashMap<String, Optional<LocalDate>>();
        if (viewer.course().isEmpty()) {
            return placed;
        }
        placements.activityLinks(viewer.course().get().id())
                .forEach(p -> placed.merge(p.moduleSlug().orElseThrow(), p.dueOn(), LearnerHomePage::earlier));
        return placed;
    }

    private static Optional<LocalDate> earlier(Optional<LocalDate> a, Optional<LocalDate> b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : Optional.of(a.get().isBefore(b.get()) ? a.get() : b.get());
    }

    static String firstName(String displayName) {
        var trimmed = Optional.ofNullable(displayName).orElse("").trim();
        int space = trimmed.indexOf(' ');
        return space > 0 ? trimmed.substring(0, space) : trimmed;
    }
}
