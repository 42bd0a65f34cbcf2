package org.digitalpractice.pulse.figures;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.pulse.PulseAction;
import org.digitalpractice.pulse.PulseActions;
import org.digitalpractice.pulse.Quarter;
import org.digitalpractice.pulse.Threshold;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.BarChart;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "What are our practitioners telling us?": a quarter's pulse for the lead's council or one of its courses
 * ({@code ?quarter=2026-Q2&course=id}), beside the other councils', in aggregate only; its CSV and PDF; and the
 * council's "what we are doing about it", which learners read on the pulse's start page.
 */
@Roles(ToolRole.LEAD)
@Path("/insight/pulse")
public class LeadPulsePage {

    static final String BASE = "/insight/pulse";

    @Inject
    CurrentSession session;
    @Inject
    Scopes scopes;
    @Inject
    PulseTotals totals;
    @Inject
    PulseActions actions;
    @Inject
    NeedsAndModules needs;
    @Inject
    PulseReport report;
    @Inject
    Templates templates;
    @Inject
    Clock clock;

    /**
     * @param actionText what the form shows: the council's words for the quarter, or what the lead typed
     * @param actionError why the words were refused, if they were
     */
    public record View(Layout layout, String council, Optional<Course> course, List<Course> courses,
                       List<Quarter> quarters, Figures figures, Map<String, BarChart> charts,
                       Map<String, List<NeedsAndModules.ModuleLink>> modules, String actionText,
                       Optional<String> actionError, boolean saved, int minimum, int minimumCouncils, int limit) {

        public String scopeName() {
            return course.map(Course::title).orElse("the whole council");
        }

        /** The page's parameters, for its downloads and its form: the same quarter and course. */
        public String query() {
            return "?quarter=" + figures.quarter().code() + course.map(c -> "&course=" + c.id()).orElse("");
        }

        public String href(String path) {
            return layout.href(BASE + path + query());
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page(@QueryParam("quarter") String quarterParam, @QueryParam("course") String courseParam,
                       @QueryParam("saved") String saved) {
        var viewer = session.viewer();
        var quarter = Quarter.fromParameter(quarterParam, Quarter.current(clock));
        var course = scopes.course(viewer, courseParam);
        var text = actions.of(viewer.deployment().id(), quarter).map(PulseAction::text).orElse("");
        return render(viewer, "Practice pulse", quarter, course, text, Optional.empty(), saved != null);
    }

    @GET
    @Path("/figures.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("quarter") String quarterParam, @QueryParam("course") String courseParam) {
        var viewer = session.viewer();
        var quarter = Quarter.fromParameter(quarterParam, Quarter.current(clock));
        var course = scopes.course(viewer, courseParam);
        var figures = totals.figures(viewer.deployment().id(), quarter, course);
        return download(PulseCsv.of(figures, Scopes.name(course, viewer.councilName())),
                "text/csv; charset=utf-8", "practice-pulse-" + quarter.code() + ".csv");
    }

    @GET
    @Path("/report.pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("quarter") String quarterParam, @QueryParam("course") String courseParam) {
        var viewer = session.viewer();
        var quarter = Quarter.fromParameter(quarterParam, Quarter.current(clock));
        var course = scopes.course(viewer, courseParam);
        var figures = totals.figures(viewer.deployment().id(), quarter, course);
        var view = new PulseReport.ReportView(viewer.councilName(), Scopes.name(course, viewer.councilName()),
                figures, actions.of(viewer.deployment().id(), quarter),
                needs.of(viewer.deployment().id(), figures.questions()), clock.instant(), Threshold.MINIMUM_PEOPLE,
                Threshold.MINIMUM_OTHER_COUNCILS);
        return download(report.pdf(view), "application/pdf", "practice-pulse-" + quarter.code() + ".pdf");
    }

    /** Sets the council's "what we are doing about it" for the quarter; empty words remove it. */
    @POST
    @Path("/action")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response action(Form form) {
        var fields = form.asMap();
        session.checkCsrf(first(fields.get("csrf")));
        var viewer = session.viewer();
        var quarter = Quarter.fromParameter(first(fields.get("quarter")), Quarter.current(clock));
        var course = scopes.course(viewer, first(fields.get("course")));
        // The character count counts a line break as one character; browsers send two.
        var text = Optional.ofNullable(first(fields.get("action"))).orElse("").replace("\r\n", "\n").strip();
        if (text.length() > PulseActions.LIMIT) {
            return Response.status(400).entity(render(viewer, "Error: Practice pulse", quarter, course, text,
                    Optional.of("What you are doing about it must be " + PulseActions.LIMIT
                            + " characters or fewer"), false)).build();
        }
        actions.save(viewer.deployment().id(), quarter, text);
        return Response.seeOther(session.redirect(BASE + "?quarter=" + quarter.code()
                + course.map(c -> "&course=" + c.id()).orElse("") + "&saved=true")).build();
    }

    private String render(Viewer viewer, String title, Quarter quarter, Optional<Course> course, String actionText,
                          Optional<String> actionError, boolean saved) {
        var deployment = viewer.deployment().id();
        var figures = totals.figures(deployment, quarter, course);
        return templates.render("pulse/lead.jte", new View(session.layout(title), viewer.councilName(), course,
                scopes.courses(viewer), totals.quarters(deployment, Quarter.current(clock), quarter), figures,
                PulseCharts.of(figures), needs.of(deployment, figures.questions()), actionText, actionError, saved,
                Threshold.MINIMUM_PEOPLE, Threshold.MINIMUM_OTHER_COUNCILS, PulseActions.LIMIT));
    }

    static Response download(Object body, String type, String fileName) {
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    static String first(List<String> values) {
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
