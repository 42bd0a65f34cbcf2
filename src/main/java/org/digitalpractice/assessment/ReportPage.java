package org.digitalpractice.assessment;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.digitalpractice.assessment.framework.Framework;
import org.digitalpractice.assessment.framework.Rating;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.catalogue.PcfDomain;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.CurrentSession;
import org.digitalpractice.session.ToolRole;
import org.digitalpractice.session.Viewer;
import org.digitalpractice.web.BarChart;
import org.digitalpractice.web.Layout;
import org.digitalpractice.web.Templates;
import org.digitalpractice.session.Roles;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A learner's profile from one submitted attempt: the chart with its table, strengths, priority areas with the
 * modules that build them, self-rating beside the scenarios, change since the attempt before, and every rating with
 * its PCF domains, for a CPD record. Printable.
 */
@Roles(ToolRole.LEARNER)
@Path("/assess/report")
@Produces(MediaType.TEXT_HTML)
public class ReportPage {

    static final String BASE = "/assess/report";

    @Inject
    CurrentSession session;
    @Inject
    SelfAssessments assessments;
    @Inject
    Catalogue catalogue;
    @Inject
    Templates templates;

    /** A module that builds a priority area, as the council offers it. */
    public record ModuleLink(String title, String href) {
    }

    public record Priority(Profile.AreaResult result, List<ModuleLink> modules) {
    }

    /** A scenario with the option the learner chose, for its feedback. */
    public record ScenarioFeedback(Framework.Domain area, int number, Framework.Scenario scenario, int chosen) {
        public boolean right() {
            return chosen == scenario.correctOption();
        }

        public Framework.ScenarioOption chosenOption() {
            return scenario.options().get(chosen);
        }

        public Framework.ScenarioOption bestOption() {
            return scenario.options().get(scenario.correctOption());
        }
    }

    public record View(Layout layout, Framework framework, History.Entry entry, boolean latest,
                       Optional<History.Entry> previous, BarChart chart, List<Profile.AreaResult> strengths,
                       List<Priority> priorities, List<Profile.Change> changes, List<ScenarioFeedback> scenarios,
                       Answers answers) {
        public Profile profile() {
            return entry.profile();
        }

        /** As the PCF names them: "1 Professionalism, 2 Values and ethics". */
        public String pcf(List<PcfDomain> domains) {
            return domains.stream().map(PcfDomain::label).collect(Collectors.joining(", "));
        }

        public String rating(Framework.Statement statement) {
            return answers.rating(statement.code()).map(Rating::label).orElse("Not answered");
        }
    }

    @GET
    public Response latest() {
        var viewer = learner();
        var latest = assessments.history(viewer).latest();
        if (latest.isEmpty()) {
            return Response.seeOther(session.redirect(AssessmentPages.BASE)).build();
        }
        return Response.ok(report(viewer, latest.get().attemptNumber())).build();
    }

    @GET
    @Path("/{number}")
    public String attempt(@PathParam("number") int number) {
        return report(learner(), number);
    }

    private String report(Viewer viewer, int number) {
        var history = assessments.history(viewer);
        var entry = history.entry(number).orElseThrow(() ->
                Problem.notFound("You have no submitted self-assessment number " + number + "."));
        var attempt = assessments.attempts(viewer).stream().filter(a -> a.attemptNumber() == number)
                .findFirst().orElseThrow();
        var taking = assessments.taking(attempt);
        var profile = entry.profile();
        var offered = catalogue.forCouncil(viewer.deployment().id());
        var layout = session.layout("Your self-assessment profile");
        var priorities = profile.priorities().stream().map(result -> new Priority(result,
                result.area().modules().stream()
                        .flatMap(slug -> offered.stream().filter(o -> o.slug().equals(slug)))
                        .map(o -> new ModuleLink(o.module().title(), layout.href("/learn/modules/" + o.slug())))
                        .toList()))
                .toList();
        var scenarios = new ArrayList<ScenarioFeedback>();
        for (var area : taking.framework().domains()) {
            for (int i = 0; i < area.scenarios().size(); i++) {
                var scenario = area.scenarios().get(i);
                var chosen = taking.answers().choice(scenario.id()).orElseThrow();
                scenarios.add(new ScenarioFeedback(area, i + 1, scenario, chosen));
            }
        }
        return templates.render("assessment/report.jte", new View(layout, taking.framework(), entry,
                history.latest().filter(l -> l.attemptNumber() == number).isPresent(), history.before(number),
                chart(profile), profile.strengths(), priorities, history.changeAt(number), scenarios,
                taking.answers()));
    }

    private Viewer learner() {
        return session.viewer();
    }

    /** The profile's chart: each area's mean as the table shows it (rounded), from 0 (Not yet) to 3 (Leading). */
    static BarChart chart(Profile profile) {
        var values = profile.areas().stream().map(result -> {
            var area = result.area();
            var label = area.code() + ". " + area.title();
            return result.meanShown()
                    .map(shown -> new BarChart.Value(area.code(), label, Double.parseDouble(shown), shown))
                    .orElse(BarChart.Value.absent(area.code(), label, "Not assessed"));
        }).toList();
        var ticks = java.util.Arrays.stream(Rating.values()).limit(Rating.MAXIMUM + 1L)
                .map(rating -> rating.ordinal() + " " + rating.label()).toList();
        return BarChart.of(values, Rating.MAXIMUM, ticks,
                "Your mean rating in each area, from 0 (Not yet) to 3 (Leading).");
    }
}
