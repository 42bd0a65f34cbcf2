package org.digitalpractice.insight.capability;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.assessment.framework.Rating;
import org.digitalpractice.web.BarChart;
import org.digitalpractice.insight.CouncilCourses;
import org.digitalpractice.insight.CourseGroups;
import org.digitalpractice.insight.TeamFilter;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.List;
import java.util.Optional;

/**
 * "Where is my team's practice weak?": the capability picture of one course ({@code ?course=id}) or of the whole
 * council, in aggregate only.
 */
@Roles(ToolRole.LEAD)
@Path("/insight/capability")
public class CapabilityPage {

    @Inject
    CurrentSession session;
    @Inject
    CouncilCourses courses;
    @Inject
    CapabilityPicture pictures;
    @Inject
    CourseGroups groups;
    @Inject
    Templates templates;

    public record View(Layout layout, Optional<Course> course, List<Course> courses, Optional<TeamPicture> picture,
                       Optional<BarChart> chart, List<Rating> levels, int minimum, TeamFilter teams) {
        public String scopeName() {
            return teams.chosen().map(c -> c.team().name() + " (" + course.map(Course::title).orElse("") + ")")
                    .orElseGet(() -> course.map(Course::title).orElse("the whole council"));
        }

        public String csvHref() {
            return CapabilityPage.csvHref(course, teams.chosenId());
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String view(@QueryParam("course") String courseParam, @QueryParam("team") String team) {
        var viewer = session.viewer();
        var course = courses.scope(viewer, courseParam);
        var teams = teams(course, team);
        var picture = pictures.of(viewer.deployment().id(), course, teams.chosenId());
        var chart = picture.filter(TeamPicture::shown).map(p -> BarChart.of(p.areas().stream()
                        .filter(TeamPicture.Area::shown)
                        .map(a -> new BarChart.Value(a.code() + ". " + a.title(), a.mean().getAsDouble(), a.meanShown()))
                        .toList(), Rating.MAXIMUM, List.of("0 Not yet", "1 Aware", "2 Practising", "3 Leading"),
                "The team's mean rating in each area, from 0 (Not yet) to 3 (Leading)."));
        return templates.render("insight/capability.jte", new View(session.layout("Capability picture"), course,
                courses.all(viewer), picture, chart,
                List.of(Rating.NOT_YET, Rating.AWARE, Rating.PRACTISING, Rating.LEADING), Threshold.MINIMUM_PEOPLE,
                teams));
    }

    /** Teams belong to a course: a team with no course chosen is refused, since it could be any course's. */
    private TeamFilter teams(Optional<Course> course, String team) {
        if (course.isEmpty()) {
            if (team != null && !team.isBlank()) {
                throw org.digitalpractice.infrastructure.Problem.badRequest("A team was chosen without its course, "
                        + "and teams belong to one course.", "Choose a course first, then one of its teams.");
            }
            return TeamFilter.none();
        }
        return groups.filter(course.get(), team);
    }

    /**
     * The table of areas as CSV, for the same scope and under the same threshold as the page: a picture with too
     * few people gives no figure, and an area with too few gives only the reason.
     */
    @GET
    @Path("/areas.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("course") String courseParam, @QueryParam("team") String team) {
        var viewer = session.viewer();
        var course = courses.scope(viewer, courseParam);
        var teams = teams(course, team);
        var picture = pictures.of(viewer.deployment().id(), course, teams.chosenId())
                .orElseThrow(() -> org.digitalpractice.infrastructure.Problem.notFound(
                        "The self-assessment has not been set up yet, so there is nothing to export."));
        return Response.ok(CapabilityCsv.of(picture), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"capability-"
                        + course.map(c -> "course-" + c.id()).orElse("council")
                        + (teams.chosen().isPresent() ? "-team" : "") + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The CSV link of this page's scope. */
    public static String csvHref(Optional<Course> course) {
        return csvHref(course, Optional.empty());
    }

    static String csvHref(Optional<Course> course, Optional<String> team) {
        return "/insight/capability/areas.csv" + course.map(c -> "?course=" + c.id()
                + team.map(t -> "&team=" + java.net.URLEncoder.encode(t, java.nio.charset.StandardCharsets.UTF_8))
                .orElse("")).orElse("");
    }
}
