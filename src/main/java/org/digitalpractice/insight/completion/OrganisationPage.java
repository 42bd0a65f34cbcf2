package org.digitalpractice.insight.completion;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.infrastructure.Csv;
import org.digitalpractice.web.BarChart;
import org.digitalpractice.insight.CouncilCourses;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The whole council: every course, completion per module and per course, and completions month by month. */
@Roles(ToolRole.LEAD)
@Path("/insight/organisation")
public class OrganisationPage {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    @Inject
    CurrentSession session;
    @Inject
    CouncilCourses courses;
    @Inject
    CouncilProgress progress;
    @Inject
    Clock clock;
    @Inject
    Templates templates;
    @Inject
    org.digitalpractice.catalogue.versions.Catalogue catalogue;

    /** A rate: so many of so many, and the percentage. */
    public record Rate(String label, int completed, int required) {
        public int percent() {
            return required == 0 ? 0 : (int) Math.round(100.0 * completed / required);
        }

        public String text() {
            return required == 0 ? "No learners" : percent() + "% (" + completed + " of " + required + ")";
        }
    }

    public record CourseRates(Course course, Rate overall, List<CouncilProgress.Cell> modules) {
    }

    public record View(Layout layout, List<CourseRates> courses, List<Rate> modules, BarChart moduleChart,
                       List<CouncilProgress.Month> trend, BarChart trendChart) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String view() {
        var viewer = session.viewer();
        var cells = progress.cells(viewer.deployment().id());
        var perCourse = new ArrayList<CourseRates>();
        for (var course : courses.all(viewer)) {
            var mine = cells.stream().filter(c -> c.courseRef() == course.id()).toList();
            perCourse.add(new CourseRates(course, new Rate(course.title(),
                    mine.stream().mapToInt(CouncilProgress.Cell::completed).sum(),
                    mine.stream().mapToInt(CouncilProgress.Cell::learners).sum()), mine));
        }
        var modules = CouncilProgress.byModule(cells).entrySet().stream()
                .map(e -> new Rate(title(viewer.deployment().id(), e.getKey()), e.getValue()[1], e.getValue()[0]))
                .toList();
        var moduleChart = BarChart.percentages(modules.stream()
                .map(r -> new BarChart.Value(r.label(), r.percent(), r.text())).toList(),
                "Share of learners on the courses that place each module who have completed it.");
        var trend = progress.trend(viewer.deployment().id(), YearMonth.now(clock));
        int most = Math.max(1, trend.stream().mapToInt(CouncilProgress.Month::completions).max().orElse(1));
        var trendChart = BarChart.of(trend.stream().map(m -> new BarChart.Value(MONTH.format(m.month()),
                        m.completions(), String.valueOf(m.completions()))).toList(), most,
                List.of("0", String.valueOf(most)), "Modules completed in the council each month.");
        return templates.render("insight/organisation.jte", new View(session.layout("Your council"), perCourse,
                modules, moduleChart, trend, trendChart));
    }

    /** Leads know modules by their titles, not by the folder names they are stored under. */
    private String title(long deploymentRef, String slug) {
        return catalogue.forCouncil(deploymentRef, slug).map(offered -> offered.module().title()).orElse(slug);
    }

    /** Completion by course and module, as on the page, as CSV: one row per module placed in each course. */
    @GET
    @Path("/completion.csv")
    @Produces("text/csv")
    public jakarta.ws.rs.core.Response csv() {
        var viewer = session.viewer();
        var cells = progress.cells(viewer.deployment().id());
        var out = new StringBuilder(Csv.row(List.of("Course", "Activity", "Module", "People on the course",
                "Completed", "Completed (%)")));
        for (var course : courses.all(viewer)) {
            var mine = cells.stream().filter(c -> c.courseRef() == course.id()).toList();
            if (mine.isEmpty()) {
                out.append(Csv.row(List.of(course.title(), "", "No modules placed", "", "", "")));
            }
            for (var cell : mine) {
                var rate = new Rate(cell.activity(), cell.completed(), cell.learners());
                out.append(Csv.row(List.of(course.title(), cell.activity(), title(viewer.deployment().id(), cell.slug()),
                        String.valueOf(cell.learners()), String.valueOf(cell.completed()),
                        cell.learners() == 0 ? "" : String.valueOf(rate.percent()))));
            }
        }
        return jakarta.ws.rs.core.Response.ok(out.toString(), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"completion-by-course.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }
}
