package org.digitalpractice.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.session.LinkOpened;

import java.util.Optional;

/**
 * A module is completed once, but may be placed in several courses, or placed again. A learner who completed it
 * through one link and opens another link to it has their result carried to that link: its gradebook column must
 * not stay empty, and they should not have to take the module twice.
 */
@ApplicationScoped
public class EarlierCompletions {

    @Inject
    LearnerProgress progress;
    @Inject
    Catalogue catalogue;
    @Inject
    Event<ModuleCompleted> completions;

    void carry(@Observes LinkOpened opened) {
        var found = progress.latestOfSlug(opened.userRef(), opened.moduleSlug());
        if (found.isEmpty()) {
            return;
        }
        var latest = found.get();
        if (!latest.completed() || latest.deploymentRef() != opened.deploymentRef()
                || latest.placementRef().filter(p -> p == opened.placementRef()).isPresent()) {
            return;
        }
        var module = catalogue.offered(latest.versionRef()).module();
        completions.fire(new ModuleCompleted(latest.id(), latest.deploymentRef(), latest.userRef(),
                Optional.of(opened.placementRef()), opened.moduleSlug(), module.title(),
                latest.completionScore().orElse(0), latest.completedAt().orElseThrow(), true));
    }
}
