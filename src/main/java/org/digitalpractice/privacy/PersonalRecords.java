package org.digitalpractice.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import org.digitalpractice.catalogue.versions.CatalogueEntry;
import org.digitalpractice.infrastructure.Database;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the tool holds about one person, read straight from every feature's tables. This is the privacy
 * package's read model (as {@code insight} has one): a subject access export must show each table as it is, and one
 * place that names every table holding personal data ({@link AboutThem} and {@link NamingThem}) is easier to check
 * against docs/privacy.md than a reader in each feature. It only reads; what is removed is removed by each
 * feature's own store ({@link Erasure}).
 */
@ApplicationScoped
public class PersonalRecords {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    /** Someone a search found. */
    public record Found(long id, long deploymentRef, String council, String subject, Optional<String> name,
                        Optional<String> email, Instant lastSeen, List<String> matchedBy) {
    }

    /** A person's record with their council, as an export starts from it. */
    public record PersonRecord(long id, long deploymentRef, String council, String subject, Optional<String> name) {
    }

    /** Everyone known by this platform id or email (the email in any case), in one council or all, by council. */
    public List<Found> find(PeopleSearch search) {
        var conditions = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        matching(search, "u.subject", "u.email", conditions, parameters);
        var sql = "select u.id, u.deployment_ref, d.council_name, u.subject, u.display_name, u.email, u.last_seen "
                + "from app_user u join deployment d on d.id = u.deployment_ref where (" + String.join(" or ", conditions)
                + ")" + (search.deployment().isPresent() ? " and u.deployment_ref = ?" : "")
                + " order by d.council_name, u.id";
        search.deployment().ifPresent(parameters::add);
        var found = new ArrayList<Found>();
        for (var row : read(sql, parameters.toArray())) {
            var subject = (String) row.get(3);
            var email = Optional.ofNullable((String) row.get(5));
            var matchedBy = new ArrayList<String>();
            if (search.subject().filter(subject::equals).isPresent()) {
                matchedBy.add("subject");
            }
            if (search.email().filter(e -> email.filter(e::equalsIgnoreCase).isPresent()).isPresent()) {
                matchedBy.add("email");
            }
            found.add(new Found(((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue(),
                    (String) row.get(2), subject, Optional.ofNullable((String) row.get(4)), email,
                    (Instant) row.get(6), matchedBy));
        }
        return found;
    }

    /**
     * Someone a course roster lists who never opened the tool, so has no record of their own: the roster rows are
     * all that is held about them, one per course.
     */
    public record OnRosterOnly(long deploymentRef, String council, String subject, Optional<String> name,
                               Optional<String> email, int courses) {
    }

    /** Everyone on a roster, found by platform user id or email, who never opened the tool in that council. */
    public List<OnRosterOnly> findOnRosterOnly(PeopleSearch search) {
        var conditions = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        matching(search, "m.user_id", "m.email", conditions, parameters);
        search.deployment().ifPresent(parameters::add);
        var sql = "select c.deployment_ref, d.council_name, m.user_id, m.display_name, m.email from roster_member m "
                + "join course c on c.id = m.course_ref join deployment d on d.id = c.deployment_ref where ("
                + String.join(" or ", conditions) + ")" + (search.deployment().isPresent() ? " and c.deployment_ref = ?"
                : "") + " and not exists (select 1 from app_user u where u.deployment_ref = c.deployment_ref "
                + "and u.subject = m.user_id) order by d.council_name, m.user_id, m.last_seen desc";
        var found = new java.util.LinkedHashMap<String, OnRosterOnly>();
        for (var row : read(sql, parameters.toArray())) {
            long council = ((Number) row.get(0)).longValue();
            var subject = (String) row.get(2);
            // The newest roster row names them; the count says how many courses list them.
            found.merge(council + " " + subject, new OnRosterOnly(council, (String) row.get(1), subject,
                    Optional.ofNullable((String) row.get(3)), Optional.ofNullable((String) row.get(4)), 1),
                    (first, next) -> new OnRosterOnly(first.deploymentRef(), first.council(), first.subject(),
                            first.name(), first.email(), first.courses() + 1));
        }
        return List.copyOf(found.values());
    }

    /** The roster-only person with this platform user id in this council, if a roster lists them. */
    public Optional<OnRosterOnly> onRosterOnly(long deploymentRef, String subject) {
        return findOnRosterOnly(PeopleSearch.of(subject, null, Long.toString(deploymentRef))).stream().findFirst();
    }

    /** The search's "platform id or email (in any case)" as SQL conditions on these columns, with their values. */
    private static void matching(PeopleSearch search, String subjectColumn, String emailColumn, List<String> conditions,
                                 List<Object> parameters) {
        search.subject().ifPresent(subject -> {
            conditions.add(subjectColumn + " = ?");
            parameters.add(subject);
        });
        search.email().ifPresent(email -> {
            conditions.add("lower(" + emailColumn + ") = ?");
            parameters.add(email.toLowerCase(java.util.Locale.ROOT));
        });
    }

    /** The council's name, if there is one with this id: a search in an unknown one says so instead of finding no one. */
    public Optional<String> council(long deploymentRef) {
        return read("select council_name from deployment where id = ?", deploymentRef).stream().findFirst()
                .map(row -> (String) row.get(0));
    }

    public Optional<PersonRecord> person(long id) {
        return read("select u.id, u.deployment_ref, d.council_name, u.subject, u.display_name from app_user u "
                + "join deployment d on d.id = u.deployment_ref where u.id = ?", id).stream().findFirst()
                .map(row -> new PersonRecord(((Number) row.get(0)).longValue(), ((Number) row.get(1)).longValue(),
                        (String) row.get(2), (String) row.get(3), Optional.ofNullable((String) row.get(4))));
    }

    /**
     * Every section held about the person, in the order of the export's README. With {@code byName}, also the
     * rows that name them only by their name as text (what they did as a trainer or lead), which a name shared
     * with someone else in the council would also find: for an administrator, who checks them, never for the
     * person's own download.
     */
    public List<Section> sections(PersonRecord person, boolean byName) {
        var sources = new ArrayList<>(AboutThem.SOURCES);
        if (byName) {
            sources.addAll(NamingThem.SOURCES);
        }
        var name = person.name().filter(n -> !n.isBlank());
        return read(sources, "person " + person.id(), key -> switch (key) {
            case PERSON -> List.of(person.id());
            case SUBJECT_IN_COUNCIL -> List.of(person.subject(), person.deploymentRef());
            case NAME_IN_COUNCIL -> name.<List<Object>>map(n -> List.of(person.deploymentRef(), n)).orElse(null);
            case NAME_IN_CATALOGUE -> name.<List<Object>>map(n -> List.of(CatalogueEntry.ownerOf(person.deploymentRef()),
                    n)).orElse(null);
        });
    }

    /** What the rosters hold about someone who is on them but never opened the tool: the only rows about them. */
    public List<Section> sections(OnRosterOnly person) {
        var sources = AboutThem.SOURCES.stream().filter(s -> s.key() == Source.Key.SUBJECT_IN_COUNCIL).toList();
        return read(sources, "roster member '" + person.subject() + "'",
                key -> List.of(person.subject(), person.deploymentRef()));
    }

    /** Reads each source with the parameters its key is given; a source given null has nothing to find. */
    private List<Section> read(List<Source> sources, String whom,
                               java.util.function.Function<Source.Key, List<Object>> parameters) {
        var sections = new ArrayList<Section>();
        try (var connection = dataSource.getConnection()) {
            for (var source : sources) {
                var given = parameters.apply(source.key());
                sections.add(given == null ? source.section()
                        : source.section().with(rows(connection, source.sql(), given.toArray())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the data held about " + whom, e);
        }
        return sections;
    }

    private List<List<Object>> read(String sql, Object... parameters) {
        try (var connection = dataSource.getConnection()) {
            return rows(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot search the people the tool knows", e);
        }
    }

    private static List<List<Object>> rows(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setObject(i + 1, parameters[i]);
            }
            try (var result = query.executeQuery()) {
                var meta = result.getMetaData();
                var rows = new ArrayList<List<Object>>();
                while (result.next()) {
                    var row = new ArrayList<Object>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.add(switch (meta.getColumnType(c)) {
                            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                                    Optional.ofNullable(result.getTimestamp(c)).map(Timestamp::toInstant).orElse(null);
                            case Types.DATE -> Optional.ofNullable(result.getDate(c)).map(java.sql.Date::toLocalDate)
                                    .orElse(null);
                            case Types.CLOB -> result.getString(c);
                            default -> result.getObject(c);
                        });
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }
}
