package org.digitalpractice.insight;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.digitalpractice.infrastructure.Database;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When each course's roster was last fetched, and whether the latest try failed and why: for the people who run
 * the tool. Counts and course names only, never who is on a roster. Read only; {@link CourseRoster} writes.
 */
@ApplicationScoped
public class RosterRefreshes {

    static final int MOST_COURSES = 500;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /**
     * One course whose launches offered the roster service.
     *
     * @param registrationActive false while its registration waits for approval or is switched off: no fetches
     * @param failure            the latest try's problem, when it failed after the last complete fetch
     */
    public record Course(long id, String title, String council, boolean registrationActive,
                         Optional<Instant> lastFetched, Optional<Integer> members, Optional<Instant> failedAt,
                         Optional<String> failure) {
    }

    public List<Course> courses() {
        var courses = new ArrayList<Course>();
        try (var connection = dataSource.getConnection();
             var query = connection.prepareStatement("select c.id, coalesce(c.title, c.context_id), d.council_name, "
                     + "r.status, ok.fetched_at, ok.members, bad.fetched_at, bad.problem from course c "
                     + "join deployment d on d.id = c.deployment_ref "
                     + "join platform_registration r on r.id = d.registration_id "
                     + "left join roster_snapshot ok on ok.id = (select max(s.id) from roster_snapshot s "
                     + "where s.course_ref = c.id and s.problem is null) "
                     + "left join roster_snapshot bad on bad.id = (select max(s.id) from roster_snapshot s "
                     + "where s.course_ref = c.id and s.problem is not null) "
                     + "where c.memberships_url is not null order by d.council_name, 2, c.id "
                     + "fetch first " + MOST_COURSES + " rows only");
             var rows = query.executeQuery()) {
            while (rows.next()) {
                var fetched = instant(rows.getTimestamp(5));
                var failedAt = instant(rows.getTimestamp(7));
                var stillFailing = failedAt.isPresent()
                        && (fetched.isEmpty() || failedAt.get().isAfter(fetched.get()));
                courses.add(new Course(rows.getLong(1), rows.getString(2), rows.getString(3),
                        "ACTIVE".equals(rows.getString(4)), fetched,
                        fetched.isPresent() ? Optional.of(rows.getInt(6)) : Optional.empty(),
                        stillFailing ? failedAt : Optional.empty(),
                        stillFailing ? Optional.ofNullable(rows.getString(8)) : Optional.empty()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read when rosters were fetched", e);
        }
        return courses;
    }

    private static Optional<Instant> instant(Timestamp at) {
        return Optional.ofNullable(at).map(Timestamp::toInstant);
    }
}
