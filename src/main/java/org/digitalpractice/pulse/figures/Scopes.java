package org.digitalpractice.pulse.figures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.Viewer;

import java.util.List;
import java.util.Optional;

/**
 * Which responses a lead's figures cover: the whole council, or the people who answered from one of its courses.
 * A course of another council is answered exactly as one that does not exist, so nothing leaks across councils.
 */
@ApplicationScoped
public class Scopes {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;

    /** The course named by {@code ?course=id}; empty, meaning the whole council, when none is named. */
    public Optional<Course> course(Viewer viewer, String courseParam) {
        if (courseParam == null || courseParam.isBlank()) {
            return Optional.empty();
        }
        Course course = null;
        try {
            course = em.find(Course.class, Long.parseLong(courseParam.strip()));
        } catch (NumberFormatException notANumber) {
            // answered below as a course that does not exist
        }
        if (course == null || !course.deploymentRef().equals(viewer.deployment().id())) {
            throw Problem.notFound("There is no course '" + courseParam.strip() + "' in " + viewer.councilName() + ".");
        }
        return Optional.of(course);
    }

    /** Every course of the viewer's council, by title. */
    public List<Course> courses(Viewer viewer) {
        return em.createQuery("select c from Course c where c.deploymentRef = :d order by c.title, c.id", Course.class)
                .setParameter("d", viewer.deployment().id()).getResultList();
    }

    /** The name of a scope, for headings: the course's title or "the whole council". */
    public static String name(Optional<Course> course, String councilName) {
        return course.map(Course::title).orElse(councilName);
    }
}
