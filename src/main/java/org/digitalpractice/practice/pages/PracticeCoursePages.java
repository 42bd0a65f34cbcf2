package org.digitalpractice.practice.pages;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.practice.PracticeDirectory;
import org.digitalpractice.practice.PracticeGradebook;
import org.digitalpractice.practice.PracticeLinks;
import org.digitalpractice.practice.PracticeOnly;
import org.digitalpractice.practice.PracticeProfiles;
import org.digitalpractice.practice.PracticeRoster;
import org.digitalpractice.practice.PracticeSwitch;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What a course's teacher sees on the practice platform: its gradebook, and its roster. */
@PracticeOnly
@Path("/practice/courses/{course}")
public class PracticeCoursePages {

    @Inject
    PracticeSwitch practice;
    @Inject
    PracticeGradebook gradebook;
    @Inject
    PracticeRoster roster;
    @Inject
    PracticeProfiles profiles;
    @Inject
    PracticeLinks links;
    @Inject
    Templates templates;

    /** An activity of the course: the course's own link to the tool, or one a trainer placed. */
    public record Activity(String linkId, String title, String description) {
    }

    public record CourseView(Layout layout, PracticeDirectory.Council council, PracticeDirectory.PracticeCourse course,
                             List<Activity> activities, List<PracticeDirectory.Persona> people,
                             PracticeDirectory.Persona trainer) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String course(@PathParam("course") String courseId) {
        var council = council(courseId);
        var course = council.course(courseId).orElseThrow();
        var activities = new java.util.ArrayList<Activity>();
        activities.add(new Activity("", PracticeAuthResource.DEFAULT_LINK_TITLE,
                "The course's link to Digital Practice: each person lands on their own home."));
        links.inCourse(courseId).forEach(l -> activities.add(new Activity(l.id(), l.title(), l.description())));
        var trainer = council.people().stream().filter(p -> p.kind() == PracticeDirectory.Kind.TRAINER)
                .findFirst().orElseThrow();
        return templates.render("practice/course.jte", new CourseView(Layout.practice(course.title()), council,
                course, activities, council.people(), trainer));
    }

    /** One gradebook row: a person, and their result per column (absent where nothing was sent). */
    public record Row(PracticeRoster.Member member, List<PracticeGradebook.Score> results) {
    }

    public record GradebookView(Layout layout, PracticeDirectory.Council council,
                                PracticeDirectory.PracticeCourse course, List<PracticeGradebook.LineItem> columns,
                                List<Row> rows, int scoresReceived) {
    }

    public record RosterView(Layout layout, PracticeDirectory.Council council, PracticeDirectory.PracticeCourse course,
                             List<PracticeRoster.Member> members) {
    }

    @GET
    @Path("/gradebook")
    @Produces(MediaType.TEXT_HTML)
    public String gradebook(@PathParam("course") String courseId) {
        var council = council(courseId);
        var course = council.course(courseId).orElseThrow();
        var columns = gradebook.lineItems(courseId, null, null, null);
        Map<String, Map<String, PracticeGradebook.Score>> byColumn = columns.stream().collect(Collectors.toMap(
                PracticeGradebook.LineItem::id,
                item -> gradebook.results(item, profiles.of(council).profile()).stream()
                        .map(PracticeGradebook.Grade::score)
                        .collect(Collectors.toMap(PracticeGradebook.Score::userId, s -> s))));
        int received = columns.stream().mapToInt(item -> gradebook.received(item.id()).size()).sum();
        var rows = roster.members(courseId).stream()
                .map(m -> new Row(m, columns.stream().map(c -> byColumn.get(c.id()).get(m.userId())).toList()))
                .toList();
        return templates.render("practice/gradebook.jte", new GradebookView(
                Layout.practice("Gradebook: " + course.title()), council, course, columns, rows, received));
    }

    @GET
    @Path("/roster")
    @Produces(MediaType.TEXT_HTML)
    public String roster(@PathParam("course") String courseId) {
        var council = council(courseId);
        var course = council.course(courseId).orElseThrow();
        return templates.render("practice/roster.jte", new RosterView(
                Layout.practice("Roster: " + course.title()), council, course, roster.members(courseId)));
    }

    private static PracticeDirectory.Council council(String courseId) {
        return PracticeDirectory.councilOfCourse(courseId).orElseThrow(() ->
                Problem.notFound("The practice platform has no course called '" + courseId + "'."));
    }
}
