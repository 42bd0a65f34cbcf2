package org.digitalpractice.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The invented councils, courses and people of the practice platform. Nobody here is a real person. */
public final class PracticeDirectory {

    public enum Kind { LEARNER, TRAINER, LEAD }

    public record Council(String id, String name, String emailDomain, List<PracticeCourse> courses,
                          List<Persona> people) {
        public Optional<PracticeCourse> course(String id) {
            return courses.stream().filter(c -> c.id().equals(id)).findFirst();
        }

        public Optional<Persona> person(String id) {
            return people.stream().filter(p -> p.id().equals(id)).findFirst();
        }
    }

    public record PracticeCourse(String id, String title, String label) {
    }

    public record Persona(String id, String givenName, String familyName, String email, Kind kind, String team) {
        public String name() {
            return givenName + " " + familyName;
        }

        /** LIS v2 roles, as a platform sends them: context roles plus, for leads, an institution role. */
        public List<String> ltiRoles() {
            return switch (kind) {
                case LEARNER -> List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner");
                case TRAINER -> List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");
                case LEAD -> List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor",
                        "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator");
            };
        }
    }

    private static final String[] GIVEN = {
            "Amara", "Ben", "Chloe", "Dev", "Ellie", "Farid", "Grace", "Harvey", "Isla", "Jamal",
            "Kasia", "Liam", "Maya", "Niall", "Olu", "Priya", "Quinn", "Rosa", "Sam", "Tariq",
            "Uma", "Vince", "Wren", "Xander", "Yasmin", "Zac", "Bethan", "Callum", "Dana", "Eitan"};
    private static final String[] FAMILY = {
            "Okafor", "Hughes", "Patel", "Nowak", "Campbell", "Rahman", "O'Neill", "Fletcher", "Khan", "Bennett",
            "Dlamini", "Walsh", "Iqbal", "Morgan", "Adeyemi", "Shah", "Reid", "Costa", "Lloyd", "Ahmed",
            "Doyle", "Mensah", "Price", "Kowalski", "Hussain", "Turner", "Evans", "Murray", "Ferreira", "Levi"};
    private static final String[] TEAMS = {
            "Children in care", "Adults: learning disability", "Assessment and intervention", "Fostering",
            "Adults: older people", "Leaving care"};

    /**
     * One council for each platform profile, and a second Blackboard one: Blackboard tells them apart by deployment.
     * Riverside (a Moodle) has no registration file: it installs the tool by URL (Dynamic Registration).
     */
    private static final List<Council> COUNCILS = List.of(
            council("northmoor", "Northmoor Council", "northmoor.example", 0,
                    new Staff("Helen", "Ashworth"), new Staff("Gillian", "Park")),
            council("eastbrook", "Eastbrook Borough Council", "eastbrook.example", 7,
                    new Staff("Marcus", "Obi"), new Staff("Ravi", "Sandhu")),
            council("westfold", "Westfold County Council", "westfold.example", 13,
                    new Staff("Sinead", "Gallagher"), new Staff("Tom", "Whitaker")),
            council("southvale", "Southvale Council", "southvale.example", 19,
                    new Staff("Adaeze", "Nwosu"), new Staff("Martin", "Hale")),
            council("ashby", "Ashby and Wyre Council", "ashby.example", 23,
                    new Staff("Joanna", "Pritchard"), new Staff("Kwame", "Asante")),
            council("riverside", "Riverside Council", "riverside.example", 27,
                    new Staff("Nadia", "Karim"), new Staff("Owen", "Pryce")));

    private record Staff(String givenName, String familyName) {
    }

    private PracticeDirectory() {
    }

    public static List<Council> councils() {
        return COUNCILS;
    }

    /** The council that runs a course. */
    public static Optional<Council> councilOfCourse(String courseId) {
        return COUNCILS.stream().filter(c -> c.course(courseId).isPresent()).findFirst();
    }

    public static Optional<Council> council(String id) {
        return COUNCILS.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    private static Council council(String id, String name, String domain, int shift, Staff trainer, Staff lead) {
        var courses = List.of(
                new PracticeCourse(id + "-children", "Children's social care: digital safeguarding 2026", "CSC-DIG-26"),
                new PracticeCourse(id + "-adults", "Adult social care: digital practice 2026", "ASC-DIG-26"),
                new PracticeCourse(id + "-asye", "ASYE: digital practice for newly qualified social workers",
                        "ASYE-DIG-26"));
        var people = new ArrayList<Persona>();
        for (int i = 0; i < 30; i++) {
            var given = GIVEN[(i + shift) % GIVEN.length];
            var family = FAMILY[(i * 7 + shift) % FAMILY.length];
            people.add(new Persona(id + "-learner-" + String.format("%02d", i + 1), given, family,
                    email(given, family, domain), Kind.LEARNER, TEAMS[i % TEAMS.length]));
        }
        people.add(new Persona(id + "-trainer", trainer.givenName(), trainer.familyName(),
                email(trainer.givenName(), trainer.familyName(), domain), Kind.TRAINER, "Workforce development"));
        people.add(new Persona(id + "-lead", lead.givenName(), lead.familyName(),
                email(lead.givenName(), lead.familyName(), domain), Kind.LEAD, "Principal social worker"));
        return new Council(id, name, domain, courses, List.copyOf(people));
    }

    private static String email(String given, String family, String domain) {
        return (given + "." + family).toLowerCase().replace("'", "") + "@" + domain;
    }
}
