package org.digitalpractice.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.digitalpractice.admin.signin.Console;
import org.digitalpractice.admin.signin.ConsoleLayout;
import org.digitalpractice.admin.signin.SignedIn;
import org.digitalpractice.assessment.framework.FrameworkLoader;
import org.digitalpractice.catalogue.versions.ModuleLoader;
import org.digitalpractice.catalogue.ModuleProblem;
import org.digitalpractice.infrastructure.Audited;
import org.digitalpractice.infrastructure.DatabaseReadiness;
import org.digitalpractice.pulse.questions.QuestionsLoader;
import org.digitalpractice.web.Templates;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import java.util.List;
import java.util.Optional;

/**
 * Loading content again after new files were deployed, without a restart (the training modules, the
 * self-assessment framework, the practice pulse's questions), and whether the database answers.
 */
@SignedIn
@Path("/admin/console/content")
@Produces(MediaType.TEXT_HTML)
public class ContentPage {

    @Inject
    Console console;
    @Inject
    ModuleLoader modules;
    @Inject
    FrameworkLoader framework;
    @Inject
    QuestionsLoader questions;
    /** The readiness check's own test of the database; @Readiness is its qualifier. */
    @Inject
    @Readiness
    DatabaseReadiness database;
    @Inject
    Templates templates;

    /** What one reload found: what it loaded, in words, and the problems in the files. */
    public record Reloaded(String what, String loaded, List<String> problems) {
    }

    public record ContentView(ConsoleLayout layout, boolean databaseUp, String databaseDetail,
                              Optional<Reloaded> reloaded) {
    }

    @GET
    public String show() {
        return page(Optional.empty());
    }

    @POST
    @Path("/modules")
    @Audited("Reloaded the training modules")
    public String reloadModules() {
        var outcome = modules.load();
        return page(Optional.of(new Reloaded("Training modules", outcome.versions().isEmpty() ? "No modules"
                : outcome.versions().size() + " modules: " + String.join(", ", outcome.versions().entrySet().stream()
                .map(e -> e.getKey() + " version " + e.getValue()).toList()), messages(outcome.problems()))));
    }

    @POST
    @Path("/framework")
    @Audited("Reloaded the self-assessment framework")
    public String reloadFramework() {
        var outcome = framework.load();
        return page(Optional.of(new Reloaded("Self-assessment framework", outcome.version()
                .map(v -> "Version " + v).orElse("No framework"), messages(outcome.problems()))));
    }

    @POST
    @Path("/pulse")
    @Audited("Reloaded the practice pulse's questions")
    public String reloadPulse() {
        var outcome = questions.load();
        return page(Optional.of(new Reloaded("Practice pulse questions", outcome.version()
                .map(v -> "Version " + v).orElse("No questions"), messages(outcome.problems()))));
    }

    private String page(Optional<Reloaded> reloaded) {
        var health = database.call();
        var detail = health.getData().map(data -> String.valueOf(data.getOrDefault("product",
                data.getOrDefault("error", "")))).orElse("");
        return templates.render("admin/content.jte", new ContentView(console.layout(
                reloaded.map(r -> r.what() + " reloaded").orElse("Content and database"), "content"),
                health.getStatus() == HealthCheckResponse.Status.UP, detail, reloaded));
    }

    private static List<String> messages(List<ModuleProblem> problems) {
        return problems.stream().map(ModuleProblem::getMessage).toList();
    }
}
