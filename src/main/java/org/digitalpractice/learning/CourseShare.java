package org.digitalpractice.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.session.people.Placements;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much of a course's training one learner has completed: the result of a link that opens the tool's home page
 * and has a gradebook column of its own. The course's modules are those placed in it by Deep Linking or, where
 * none is placed, every module the council offers. A module counts once completed, whichever link it was taken
 * through.
 */
@ApplicationScoped
public class CourseShare {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Catalogue catalogue;
    @Inject
    Placements placements;

    /** {@code completed} of the course's {@code of} modules. */
    public record Share(int completed, int of) {
        public boolean all() {
            return of > 0 && completed == of;
        }
    }

    public Share of(long userRef, long deploymentRef, long courseRef) {
        Set<String> modules = placements.moduleLinks(courseRef).stream().map(p -> p.moduleSlug().orElseThrow())
                .collect(Collectors.toCollection(HashSet::new));
        if (modules.isEmpty()) {
            modules = catalogue.forCouncil(deploymentRef).stream().map(Catalogue.Offered::slug)
                    .collect(Collectors.toSet());
        }
        var completed = new HashSet<>(em.createQuery("select distinct e.slug from ModuleProgress p, CatalogueEntry e "
                        + "where e.id = p.moduleRef and p.userRef = :u and p.completedAt is not null", String.class)
                .setParameter("u", userRef).getResultList());
        completed.retainAll(modules);
        return new Share(completed.size(), modules.size());
    }
}
