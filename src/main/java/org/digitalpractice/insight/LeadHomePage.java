package org.digitalpractice.insight;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.List;
import java.util.Optional;

/**
 * Where a learning lead lands: the course's roster from the platform, with who joined and who left, and the way to
 * the completion matrix, the council's view and the capability picture.
 */
@Roles(ToolRole.LEAD)
@Path("/insight")
public class LeadHomePage {

    @Inject
    CurrentSession session;
    @Inject
    CourseRoster roster;
    @Inject
    Templates templates;

    public record View(Layout layout, String courseTitle, String councilName, String platformName,
                       Optional<RosterSnapshot> snapshot, List<CourseRoster.Entry> members,
                       List<CourseRoster.Entry> leavers, boolean rosterOffered, Optional<Long> courseId) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String home() {
        var viewer = session.viewer();
        var course = viewer.course();
        var snapshot = course.flatMap(c -> roster.current(c.id()));
        // Learners only, as on the course's completion page: the trainer and the lead are not counted.
        var entries = course.map(c -> roster.entries(c.id())).orElse(List.of()).stream()
                .filter(CourseRoster.Entry::learner).toList();
        return templates.render("insight/home.jte", new View(session.layout("Team overview"),
                viewer.courseTitle(), viewer.councilName(), viewer.platformName(), snapshot,
                entries.stream().filter(e -> e.leftAt().isEmpty()).toList(),
                entries.stream().filter(e -> e.leftAt().isPresent()).toList(),
                course.flatMap(c -> c.membershipsUrl()).isPresent(), course.map(c -> c.id())));
    }
}
