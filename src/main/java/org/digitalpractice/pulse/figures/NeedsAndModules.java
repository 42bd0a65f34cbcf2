package org.digitalpractice.pulse.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.pulse.questions.PulseQuestions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The modules that meet each need of the support question, as the council offers them: its own adapted copy's
 * title where it has one, and nothing for a module it has archived.
 */
@ApplicationScoped
public class NeedsAndModules {

    @Inject
    Catalogue catalogue;

    /** A module that meets a need, by its slug and the title the council's learners see. */
    public record ModuleLink(String slug, String title) {
    }

    /** Each option id of the support question, with the modules the council offers for it (often none). */
    public Map<String, List<ModuleLink>> of(long deploymentRef, PulseQuestions questions) {
        var modules = new HashMap<String, List<ModuleLink>>();
        for (var option : questions.support().options()) {
            modules.put(option.id(), option.modules().stream()
                    .flatMap(slug -> catalogue.forCouncil(deploymentRef, slug).stream())
                    .map(offered -> new ModuleLink(offered.slug(), offered.module().title())).toList());
        }
        return modules;
    }
}
