package org.digitalpractice.insight.completion;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.digitalpractice.web.BarChart;
import org.digitalpractice.insight.CouncilCourses;
import org.digitalpractice.insight.CourseGroups;
import org.digitalpractice.insight.CourseRoster;
import org.digitalpractice.insight.TeamFilter;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.people.Placement;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.SummaryRow;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A course's completion matrix for its learning lead: filters, sorting, search and summary counts on the server,
 * the CSV export, and the due date the lead sets for each placed module.
 */
@Roles(ToolRole.LEAD)
@Path("/insight/courses/{courseId}")
public class CoursePage {

    @Inject
    CurrentSession session;
    @Inject
    CouncilCourses courses;
    @Inject
    CourseRoster roster;
    @Inject
    CompletionMatrix matrices;
    @Inject
    CourseGroups groups;
    @Inject
    FailedScores failedScores;
    @Inject
    Templates templates;
    @Inject
    java.time.Clock clock;

    /** One module's counts over the people still on the course. */
    public record ColumnSummary(Column column, int notStarted, int inProgress, int completed, int overdue, int total) {
        public int percentCompleted() {
            return total == 0 ? 0 : (int) Math.round(100.0 * completed / total);
        }
    }

    public record View(Layout layout, Course course, CompletionMatrix.Matrix matrix, MatrixQuery query,
                       List<Integer> shown, List<LearnerRow> rows, int matching, int pages,
                       List<ColumnSummary> summary, BarChart chart, FailedScores.Failures failures,
                       boolean rosterOffered, OverdueReminder reminder, TeamFilter teams) {
        public String base() {
            return "/insight/courses/" + course.id();
        }

        public List<SummaryRow> peopleSummary() {
            var team = teams.chosen().map(c -> " in " + c.team().name()).orElse("");
            return List.of(new SummaryRow("People on the course" + team, String.valueOf(matrix.active().size()),
                            "active-count"),
                    new SummaryRow("People who have left", String.valueOf(matrix.left().size()), "left-count"));
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String view(@PathParam("courseId") long courseId, @QueryParam("status") String status,
                       @QueryParam("module") String module, @QueryParam("overdue") String overdue,
                       @QueryParam("q") String search, @QueryParam("sort") String sort,
                       @QueryParam("dir") String direction, @QueryParam("page") String page,
                       @QueryParam("team") String team) {
        var viewer = session.viewer();
        var course = courses.require(viewer, courseId);
        roster.current(course.id());
        var teams = groups.filter(course, team);
        // A team narrows everything on the page: the counts, the chart, the grid and the reminder.
        var matrix = teams.chosen().map(c -> matrices.matrix(course).only(c::includes))
                .orElseGet(() -> matrices.matrix(course));
        var query = MatrixQuery.of(status, module, overdue, search, sort, direction, page, team);
        var matching = query.apply(matrix.active(), matrix.columns());
        var summary = summary(matrix);
        var chart = BarChart.percentages(summary.stream().map(s -> new BarChart.Value(s.column().heading(),
                        s.percentCompleted(), s.percentCompleted() + "% (" + s.completed() + " of " + s.total() + ")"))
                .toList(), "Share of the people on the course who have completed each module.");
        return templates.render("insight/course.jte", new View(session.layout("Completion: " + course.title()),
                course, matrix, query, query.shownColumns(matrix.columns()), query.page(matching), matching.size(),
                MatrixQuery.pages(matching.size()), summary, chart, failedScores.of(course),
                course.membershipsUrl().isPresent(), OverdueReminder.of(course.title(), matrix.columns(),
                query.shownColumns(matrix.columns()), matrix.active(), viewer.person().displayName()), teams));
    }

    static List<ColumnSummary> summary(CompletionMatrix.Matrix matrix) {
        var summaries = new java.util.ArrayList<ColumnSummary>();
        for (int i = 0; i < matrix.columns().size(); i++) {
            int[] counts = new int[CompletionStatus.values().length];
            for (var row : matrix.active()) {
                counts[row.cells().get(i).status().ordinal()]++;
            }
            summaries.add(new ColumnSummary(matrix.columns().get(i), counts[CompletionStatus.NOT_STARTED.ordinal()],
                    counts[CompletionStatus.IN_PROGRESS.ordinal()], counts[CompletionStatus.COMPLETED.ordinal()],
                    counts[CompletionStatus.OVERDUE.ordinal()], matrix.active().size()));
        }
        return summaries;
    }

    /** The grid the lead sees, with the page's filters, as CSV: one row per person, a column per module. */
    @GET
    @Path("/completion.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("courseId") long courseId, @QueryParam("status") String status,
                        @QueryParam("module") String module, @QueryParam("overdue") String overdue,
                        @QueryParam("q") String search, @QueryParam("team") String team) {
        var viewer = session.viewer();
        var course = courses.require(viewer, courseId);
        var chosen = groups.choose(course, team);
        var query = MatrixQuery.of(status, module, overdue, search, null, null, null, team);
        return csv(output -> {
            var writer = writer(output);
            matrices.writeGrid(course, query, userId -> chosen.map(c -> c.includes(userId)).orElse(true), writer);
            writer.flush();
        }, "completion-" + course.id() + ".csv");
    }

    /** Every person and module, one row each, leavers included and unfiltered: the second choice, for pivot tables. */
    @GET
    @Path("/completion-by-module.csv")
    @Produces("text/csv")
    public Response longCsv(@PathParam("courseId") long courseId) {
        var viewer = session.viewer();
        var course = courses.require(viewer, courseId);
        return csv(output -> {
            var writer = writer(output);
            matrices.writeCsv(course, writer);
            writer.flush();
        }, "completion-by-module-" + course.id() + ".csv");
    }

    static BufferedWriter writer(java.io.OutputStream output) {
        return new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8), 64 * 1024);
    }

    static Response csv(StreamingOutput body, String fileName) {
        return Response.ok(body, "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * The due date form. {@code wouldBeOverdue}: the date entered has passed, and this many people who have not
     * completed the module would show as overdue at once if the lead confirms it.
     */
    public record DueDateView(Layout layout, Course course, Placement placement, Column column, DueDateForm form,
                              List<DueDateForm.FieldError> errors, java.util.OptionalInt wouldBeOverdue) {
        public String whoWouldBeOverdue() {
            int count = wouldBeOverdue.orElse(0);
            return count == 1 ? "1 person who has" : count + " people who have";
        }

        public String action() {
            return "/insight/courses/" + course.id() + "/due-dates/" + placement.id();
        }
    }

    @GET
    @Path("/due-dates/{placementId}")
    @Produces(MediaType.TEXT_HTML)
    public String dueDate(@PathParam("courseId") long courseId, @PathParam("placementId") long placementId) {
        var viewer = session.viewer();
        var course = courses.require(viewer, courseId);
        var placement = courses.placement(course, placementId);
        var column = column(course, placement);
        var form = column.due().map(DueDateForm::of).orElse(DueDateForm.empty());
        return templates.render("insight/due-date.jte", new DueDateView(session.layout("Set a due date"), course,
                placement, column, form, List.of(), java.util.OptionalInt.empty()));
    }

    @POST
    @Path("/due-dates/{placementId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response setDueDate(@PathParam("courseId") long courseId, @PathParam("placementId") long placementId,
                               @FormParam("csrf") String csrf, @FormParam("due-day") String day,
                               @FormParam("due-month") String month, @FormParam("due-year") String year,
                               @FormParam("action") String action) {
        var viewer = session.viewer();
        session.checkCsrf(csrf);
        var course = courses.require(viewer, courseId);
        var placement = courses.placement(course, placementId);
        if ("clear".equals(action)) {
            matrices.clearDue(placement.id());
            return Response.seeOther(session.redirect("/insight/courses/" + course.id())).build();
        }
        var form = DueDateForm.of(day, month, year);
        var errors = form.errors();
        if (!errors.isEmpty()) {
            return Response.status(400).type(MediaType.TEXT_HTML_TYPE).entity(templates.render("insight/due-date.jte",
                    new DueDateView(session.layout("Error: Set a due date"), course, placement,
                            column(course, placement), form, errors, java.util.OptionalInt.empty()))).build();
        }
        var today = java.time.LocalDate.now(clock.withZone(org.digitalpractice.web.Dates.UK));
        if (form.date().orElseThrow().isBefore(today) && !"set-past".equals(action)) {
            // A date that has passed makes everyone not yet finished overdue at once: say how many, then confirm.
            var column = column(course, placement);
            var matrix = matrices.matrix(course);
            int notCompleted = summary(matrix).stream().filter(s -> s.column().placementId() == placement.id())
                    .mapToInt(s -> s.total() - s.completed()).findFirst().orElse(0);
            return Response.ok(templates.render("insight/due-date.jte", new DueDateView(
                    session.layout("Check the due date"), course, placement, column, form, List.of(),
                    java.util.OptionalInt.of(notCompleted))), MediaType.TEXT_HTML_TYPE).build();
        }
        matrices.setDue(placement.id(), form.date().orElseThrow(), viewer.person().subject());
        return Response.seeOther(session.redirect("/insight/courses/" + course.id())).build();
    }

    private Column column(Course course, Placement placement) {
        return matrices.columns(course).stream().filter(c -> c.placementId() == placement.id()).findFirst()
                .orElseThrow(() -> org.digitalpractice.infrastructure.Problem.notFound(
                        "The activity " + placement.id() + " does not open a training module."));
    }
}
