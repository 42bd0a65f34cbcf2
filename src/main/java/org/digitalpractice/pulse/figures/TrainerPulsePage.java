package org.digitalpractice.pulse.figures;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.pulse.Quarter;
import org.digitalpractice.pulse.Threshold;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.Roles;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.web.BarChart;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "What are learners asking for?": the support question of a quarter's pulse across the trainer's council, in
 * aggregate only, with the modules that meet each need, to plan what to place and adapt.
 */
@Roles(ToolRole.TRAINER)
@Path("/author/pulse")
public class TrainerPulsePage {

    @Inject
    CurrentSession session;
    @Inject
    PulseTotals totals;
    @Inject
    NeedsAndModules needs;
    @Inject
    Templates templates;
    @Inject
    Clock clock;

    public record View(Layout layout, String council, List<Quarter> quarters, Figures figures,
                       Figures.QuestionFigures support, Optional<BarChart> chart,
                       Map<String, List<NeedsAndModules.ModuleLink>> modules, int minimum) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page(@QueryParam("quarter") String quarterParam) {
        var viewer = session.viewer();
        var quarter = Quarter.fromParameter(quarterParam, Quarter.current(clock));
        var deployment = viewer.deployment().id();
        var figures = totals.figures(deployment, quarter, Optional.empty());
        var support = figures.support();
        return templates.render("pulse/trainer.jte", new View(session.layout("What learners asked for"),
                viewer.councilName(), totals.quarters(deployment, Quarter.current(clock), quarter), figures, support,
                support.council().shown() ? Optional.of(PulseCharts.chart(support)) : Optional.empty(),
                needs.of(deployment, figures.questions()), Threshold.MINIMUM_PEOPLE));
    }
}
