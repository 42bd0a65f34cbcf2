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
    Templates templates;

    public record View(Layout layout, Optional<Course> course, List<Course> courses, Optional<TeamPicture> picture,
                       Optional<BarChart> chart, List<Rating> levels, int minimum) {
        public String scopeName() {
            return course.map(Course::title).orElse("the whole council");
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String view(@QueryParam("course") String courseParam) {
        var viewer = session.viewer();
        var course = courses.scope(viewer, courseParam);
        var picture = pictures.of(viewer.deployment().id(), course);
        var chart = picture.filter(TeamPicture::shown).map(p -> BarChart.of(p.areas().stream()
                        .filter(TeamPicture.Area::shown)
                        .map(a -> new BarChart.Value(a.code() + ". " + a.title(), a.mean().getAsDouble(), a.meanShown()))
                        .toList(), Rating.MAXIMUM, List.of("0 Not yet", "1 Aware", "2 Practising", "3 Leading"),
                "The team's mean rating in each area, from 0 (Not yet) to 3 (Leading)."));
        return templates.render("insight/capability.jte", new View(session.layout("Capability picture"), course,
                courses.all(viewer), picture, chart,
                List.of(Rating.NOT_YET, Rating.AWARE, Rating.PRACTISING, Rating.LEADING), Threshold.MINIMUM_PEOPLE));
    }

    /**
     * The table of areas as CSV, for the same scope and under the same threshold as the page: a picture with too
     * few people gives no figure, and an area with too few gives only the reason.
     */
    @GET
    @Path("/areas.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("course") String courseParam) {
        var viewer = session.viewer();
        var course = courses.scope(viewer, courseParam);
        var picture = pictures.of(viewer.deployment().id(), course)
                .orElseThrow(() -> org.digitalpractice.infrastructure.Problem.notFound(
                        "The self-assessment has not been set up yet, so there is nothing to export."));
        return Response.ok(CapabilityCsv.of(picture), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"capability-"
                        + course.map(c -> "course-" + c.id()).orElse("council") + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /** The CSV link of this page's scope. */
    public static String csvHref(Optional<Course> course) {
        return "/insight/capability/areas.csv" + course.map(c -> "?course=" + c.id()).orElse("");
    }
}
