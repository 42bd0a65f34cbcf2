package org.digitalpractice.insight;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.people.Placement;
import org.digitalpractice.session.Viewer;
import jakarta.inject.Inject;
import org.digitalpractice.session.people.Placements;

import java.util.List;
import java.util.Optional;

/**
 * The courses a lead may look at: those of their own council (deployment). A course id from a URL or a parameter
 * that belongs to another council is answered exactly as one that does not exist, so nothing leaks across councils.
 */
@ApplicationScoped
public class CouncilCourses {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Placements placements;

    /** The course, if it is the viewer's council's; 404 otherwise. */
    public Course require(Viewer viewer, long courseId) {
        var course = em.find(Course.class, courseId);
        if (course == null || !course.deploymentRef().equals(viewer.deployment().id())) {
            throw Problem.notFound("There is no course " + courseId + " in " + viewer.councilName() + ".");
        }
        return course;
    }

    /** The course named by a parameter ({@code ?course=id}); empty, meaning the whole council, when none is named. */
    public Optional<Course> scope(Viewer viewer, String courseParam) {
        if (courseParam == null || courseParam.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(require(viewer, Long.parseLong(courseParam.strip())));
        } catch (NumberFormatException e) {
            throw Problem.notFound("There is no course '" + courseParam + "' in " + viewer.councilName() + ".");
        }
    }

    /** A link of the course, or 404 when it is another course's. */
    public Placement placement(Course course, long placementId) {
        return placements.find(placementId).filter(p -> p.courseRef().equals(course.id())).orElseThrow(() ->
                Problem.notFound("There is no activity " + placementId + " in " + course.title() + "."));
    }

    /** Every course of the viewer's council, by title. */
    public List<Course> all(Viewer viewer) {
        return em.createQuery("select c from Course c where c.deploymentRef = :d order by c.title, c.id", Course.class)
                .setParameter("d", viewer.deployment().id()).getResultList();
    }

    /** The links of a course that open a training module, in the order they were first launched. */
    public List<Placement> modulePlacements(long courseRef) {
        return placements.moduleLinks(courseRef);
    }
}
