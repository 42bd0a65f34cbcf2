package org.digitalpractice.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.session.people.People;

import java.time.Clock;
import java.util.Optional;

/**
 * Subject access: everything held about one person as a {@link SubjectAccessExport}, for an administrator answering
 * a request (logged, and including what names them only as text), or for a learner downloading their own.
 */
@ApplicationScoped
public class SubjectAccess {

    @Inject
    PersonalRecords records;
    @Inject
    PrivacyLog log;
    @Inject
    Clock clock;

    /** Empty when there is no person with this id. The export is logged, without saying whose it was. */
    public Optional<SubjectAccessExport> forAdministrator(long personId) {
        return records.person(personId).map(person -> {
            var export = new SubjectAccessExport(aboutForAdministrator(person), clock.instant(),
                    records.sections(person, true));
            log.record(PrivacyLogEntry.Action.SUBJECT_ACCESS, person.deploymentRef());
            return export;
        });
    }

    /**
     * Everything held about someone a roster lists who never opened the tool: their roster rows. Empty when no
     * roster in that council lists them (or they have opened the tool, so have a record to export instead).
     */
    public Optional<SubjectAccessExport> forAdministrator(long deploymentRef, String subject) {
        return records.onRosterOnly(deploymentRef, subject).map(person -> {
            var export = new SubjectAccessExport("This is everything Digital Practice holds about you"
                    + person.name().filter(n -> !n.isBlank()).map(n -> ", " + n).orElse("") + " (user id '"
                    + person.subject() + "' in the learning platform of " + person.council() + "). You have never "
                    + "opened Digital Practice there, so all it holds is what the platform's course rosters list "
                    + "about you, which learning leads see. An administrator of Digital Practice exported it to "
                    + "answer your request for your data (a subject access request).",
                    clock.instant(), records.sections(person));
            log.record(PrivacyLogEntry.Action.SUBJECT_ACCESS, person.deploymentRef());
            return export;
        });
    }

    /**
     * The signed-in person's own data. What names them only by their name as text is left out: a name alone could
     * be a colleague's, and this download reaches nobody but them.
     */
    public SubjectAccessExport forThemselves(long personId) {
        var person = records.person(personId).orElseThrow(() -> new IllegalStateException(
                "The signed-in person " + personId + " has no record"));
        return new SubjectAccessExport("This is everything Digital Practice holds about you" + named(person)
                + ", from your use of it through " + person.council() + "'s learning platform. You downloaded it "
                + "yourself from your CPD record. It leaves out records that name you only by your name written as "
                + "text (changes you made as a trainer or learning lead, if you ever were one), because a name alone "
                + "could be someone else's: your council's data protection officer can ask for those.",
                clock.instant(), records.sections(person, false));
    }

    static String aboutForAdministrator(PersonalRecords.PersonRecord person) {
        if (person.subject().startsWith(People.ERASED)) {
            return "This export is about record " + person.id() + " in " + person.council() + ", which was erased "
                    + "or de-identified: it no longer says who it was. What is left is kept only because the "
                    + "council's totals count it.";
        }
        return "This is everything Digital Practice holds about you" + named(person) + " (user id '"
                + person.subject() + "' in the learning platform of " + person.council() + "). An administrator of "
                + "Digital Practice exported it to answer your request for your data (a subject access request). "
                + "Digital Practice knows a person separately in each council whose platform they use: if you use it "
                + "through more than one council, each has its own export.";
    }

    /** ", Lou Learner" after "about you", or nothing when the platform never sent a name. */
    private static String named(PersonalRecords.PersonRecord person) {
        return person.name().filter(n -> !n.isBlank()).map(n -> ", " + n).orElse("");
    }
}
