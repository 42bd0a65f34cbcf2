package org.digitalpractice.session;

import org.digitalpractice.lti.registration.Deployment;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.people.Person;
import org.digitalpractice.session.people.Placement;

import java.util.Optional;

/** The person behind the current request, in their council, course and role. */
public record Viewer(LaunchSession session, String sessionSecret, Person person, Deployment deployment,
                     Optional<Course> course, Optional<Placement> placement) {

    public ToolRole role() {
        return session.role();
    }

    public String councilName() {
        return deployment.councilName();
    }

    public String courseTitle() {
        return course.map(Course::title).orElse("No course");
    }

    public String platformName() {
        return deployment.registration().platformName();
    }
}
