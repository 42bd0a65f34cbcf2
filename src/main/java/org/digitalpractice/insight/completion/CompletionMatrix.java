package org.digitalpractice.insight.completion;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.catalogue.versions.CatalogueEntry;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.insight.CouncilCourses;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.people.FirstLaunchRecords;
import org.digitalpractice.session.people.People;
import org.digitalpractice.web.Dates;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * The completion matrix of a course: everyone the platform's roster lists as a learner (so people who never opened
 * the tool are there too) against each module placed in the course. The page and the grid CSV read it in one
 * set-based query, the long CSV one column at a time; never a query per person.
 */
@ApplicationScoped
public class CompletionMatrix {

    /** NRPS roles are full URIs (…membership#Learner) or short names; trainers and leads are not rows. */
    static final String LEARNER_ROLE = "%Learner%";
    static final int FETCH_SIZE = 500;

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    CouncilCourses courses;
    @Inject
    Clock clock;

    /** Everyone on the course, as columns and rows; those who left are kept apart. */
    public record Matrix(List<Column> columns, List<LearnerRow> active, List<LearnerRow> left) {
        /** The same matrix with only the people {@code kept} (a team): its counts and charts are theirs alone. */
        public Matrix only(java.util.function.Predicate<String> kept) {
            return new Matrix(columns, active.stream().filter(r -> kept.test(r.userId())).toList(),
                    left.stream().filter(r -> kept.test(r.userId())).toList());
        }
    }

    /** What one query row says: who, and their latest progress in the column's module (if any). */
    public record Entry(String userId, Optional<String> name, Optional<String> email, Optional<Instant> leftAt,
                        Cell cell) {
    }

    @FunctionalInterface
    public interface EntrySink {
        void accept(Entry entry) throws java.io.IOException;
    }

    /** Today in the UK, the day overdue is judged against. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Dates.UK);
    }

    /** The modules placed in the course, in the order their links were first launched, with their due dates. */
    @Transactional
    public List<Column> columns(Course course) {
        var placements = courses.modulePlacements(course.id());
        if (placements.isEmpty()) {
            return List.of();
        }
        var overrides = new HashMap<Long, LocalDate>();
        em.createQuery("select d.placementRef, d.dueOn from PlacementDueDate d where d.placementRef in :p", Object[].class)
                .setParameter("p", placements.stream().map(p -> p.id()).toList())
                .getResultList().forEach(row -> overrides.put((Long) row[0], (LocalDate) row[1]));
        var modules = new HashMap<String, List<Long>>();
        em.createQuery("select m.slug, m.id from CatalogueEntry m where m.slug in :s and (m.owner = :library "
                        + "or m.owner = :council)", Object[].class)
                .setParameter("s", placements.stream().map(p -> p.moduleSlug().orElseThrow()).distinct().toList())
                .setParameter("library", CatalogueEntry.LIBRARY)
                .setParameter("council", CatalogueEntry.ownerOf(course.deploymentRef()))
                .getResultList().forEach(row -> modules.computeIfAbsent((String) row[0], k -> new ArrayList<>())
                        .add((Long) row[1]));
        return placements.stream().map(p -> {
            var slug = p.moduleSlug().orElseThrow();
            var lead = Optional.ofNullable(overrides.get(p.id()));
            return new Column(p.id(), p.title(), slug, lead.or(p::dueOn), lead.isPresent(),
                    List.copyOf(modules.getOrDefault(slug, List.of())),
                    !p.resourceLinkId().startsWith(FirstLaunchRecords.ANNOUNCED));
        }).toList();
    }

    /**
     * The whole matrix, for the course page: the grid query below, leavers included and kept apart. (A query per
     * column, each joining the roster again, cost the page nearly twice as much on H2: docs/benchmarks.md.)
     */
    public Matrix matrix(Course course) {
        var columns = columns(course);
        var active = new ArrayList<LearnerRow>();
        var left = new ArrayList<LearnerRow>();
        try {
            readGrid(course, columns, true, row -> (row.leftAt().isPresent() ? left : active).add(row));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return new Matrix(columns, active, left);
    }

    /**
     * Every roster learner's cell in one column, in name order, read from a forward-only cursor so that a caller
     * may write each out as it arrives. PostgreSQL honours the fetch size only with autocommit off. A person's rows
     * arrive together (one per progress record in the module, usually one); the latest started counts, as in
     * {@code LearnerProgress.latest}. Picking it here rather than with a correlated
     * subquery made the course view about twice as fast on H2 (docs/benchmarks.md).
     */
    public void read(Connection connection, Course course, Column column, LocalDate today, EntrySink sink)
            throws SQLException, java.io.IOException {
        var modules = column.moduleRefs().isEmpty() ? List.of(-1L) : column.moduleRefs();
        var sql = "select rm.user_id, rm.display_name, rm.email, rm.left_at, "
                + "mp.started_at, mp.last_activity_at, mp.completed_at, mp.completion_score, mp.id "
                + "from roster_member rm "
                + "left join app_user u on u.deployment_ref = ? and u.subject = rm.user_id "
                + "left join module_progress mp on mp.user_ref = u.id and mp.module_ref in ("
                + String.join(", ", Collections.nCopies(modules.size(), "?")) + ") "
                + "where rm.course_ref = ? and rm.roles like ? "
                + "order by coalesce(rm.display_name, rm.user_id), rm.user_id, mp.started_at, mp.id";
        try (var query = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            int p = 1;
            query.setLong(p++, course.deploymentRef());
            for (var module : modules) {
                query.setLong(p++, module);
            }
            query.setLong(p++, course.id());
            query.setString(p, LEARNER_ROLE);
            query.setFetchSize(FETCH_SIZE);
            try (var rows = query.executeQuery()) {
                Entry pending = null;
                while (rows.next()) {
                    var score = rows.getInt(8);
                    var cell = Cell.of(instant(rows, 5), instant(rows, 6), instant(rows, 7),
                            rows.wasNull() ? Optional.empty() : Optional.of(score), column.due(), today);
                    var entry = new Entry(rows.getString(1), Optional.ofNullable(rows.getString(2)),
                            Optional.ofNullable(rows.getString(3)), instant(rows, 4), cell);
                    // Ordered by start, so a later row of the same person is their later progress.
                    if (pending != null && !pending.userId().equals(entry.userId())) {
                        sink.accept(pending);
                    }
                    pending = entry;
                }
                if (pending != null) {
                    sink.accept(pending);
                }
            }
        }
    }

    /**
     * Streams the grid the lead sees as CSV: one row per person on the course who passes the query's filters, in
     * name order, with a column for each module the query shows and one for the self-assessment. It is one query,
     * so that every column comes from one reading of the roster; a person's progress rows arrive together, oldest
     * start first, so the latest started in each column counts, as on the page. Only one person is held at a time.
     */
    public void writeGrid(Course course, MatrixQuery query, java.io.Writer out) throws java.io.IOException {
        writeGrid(course, query, userId -> true, out);
    }

    /** As above, with only the people {@code kept} (the chosen team). */
    public void writeGrid(Course course, MatrixQuery query, java.util.function.Predicate<String> kept,
                          java.io.Writer out) throws java.io.IOException {
        var columns = columns(course);
        var shown = query.shownColumns(columns);
        out.write(CompletionCsv.gridHeader(shown.stream().map(columns::get).toList()));
        readGrid(course, columns, false, row -> {
            if (kept.test(row.userId())) {
                writeIfKept(row, query, shown, out);
            }
        });
    }

    @FunctionalInterface
    interface RowSink {
        void accept(LearnerRow row) throws java.io.IOException;
    }

    /**
     * The grid in one query: the roster, each learner's latest self-assessment, and their progress in every placed
     * module, in name order on a forward-only cursor (PostgreSQL honours the fetch size only with autocommit off).
     * A person's rows arrive together, so each row is handed on as soon as the next person's begins.
     */
    private void readGrid(Course course, List<Column> columns, boolean leaversToo, RowSink sink)
            throws java.io.IOException {
        var today = today();
        var modules = columns.stream().flatMap(c -> c.moduleRefs().stream()).distinct().toList();
        var sql = "select rm.user_id, rm.display_name, rm.email, sa.submitted_at, mp.module_ref, mp.started_at, "
                + "mp.last_activity_at, mp.completed_at, mp.completion_score, rm.left_at "
                + "from roster_member rm "
                + "left join app_user u on u.deployment_ref = ? and u.subject = rm.user_id "
                + "left join (select user_ref, max(submitted_at) as submitted_at from assessment_attempt "
                + "where deployment_ref = ? and status = 'SUBMITTED' group by user_ref) sa on sa.user_ref = u.id "
                + "left join module_progress mp on mp.user_ref = u.id and mp.module_ref in ("
                + String.join(", ", Collections.nCopies(Math.max(1, modules.size()), "?")) + ") "
                + "where rm.course_ref = ? and rm.roles like ?" + (leaversToo ? "" : " and rm.left_at is null")
                + " order by coalesce(rm.display_name, rm.user_id), rm.user_id, mp.started_at, mp.id";
        try (var connection = dataSource.getConnection()) {
            var autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (var statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY,
                    ResultSet.CONCUR_READ_ONLY)) {
                int p = 1;
                statement.setLong(p++, course.deploymentRef());
                statement.setLong(p++, course.deploymentRef());
                for (var module : modules.isEmpty() ? List.of(-1L) : modules) {
                    statement.setLong(p++, module);
                }
                statement.setLong(p++, course.id());
                statement.setString(p, LEARNER_ROLE);
                statement.setFetchSize(FETCH_SIZE);
                try (var rows = statement.executeQuery()) {
                    GridPerson person = null;
                    while (rows.next()) {
                        var userId = rows.getString(1);
                        if (person == null || !person.userId.equals(userId)) {
                            if (person != null) {
                                sink.accept(person.row(columns, today));
                            }
                            person = new GridPerson(userId, Optional.ofNullable(rows.getString(2)),
                                    Optional.ofNullable(rows.getString(3)), instant(rows, 10), instant(rows, 4),
                                    columns.size());
                        }
                        var module = rows.getLong(5);
                        if (!rows.wasNull()) {
                            var score = rows.getInt(9);
                            person.progress(columns, module, instant(rows, 6), instant(rows, 7), instant(rows, 8),
                                    rows.wasNull() ? Optional.empty() : Optional.of(score));
                        }
                    }
                    if (person != null) {
                        sink.accept(person.row(columns, today));
                    }
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new java.io.IOException("Cannot read the completion grid of course " + course.id(), e);
        }
    }

    private static void writeIfKept(LearnerRow row, MatrixQuery query, List<Integer> shown, java.io.Writer out)
            throws java.io.IOException {
        if (query.keeps(row, shown)) {
            out.write(CompletionCsv.gridRow(row, shown));
        }
    }

    private record Progress(Optional<Instant> started, Optional<Instant> last, Optional<Instant> completed,
                            Optional<Integer> score) {
    }

    /** One person of the grid while their rows arrive: the latest started progress for each column so far. */
    private static final class GridPerson {
        final String userId;
        final Optional<String> name;
        final Optional<String> email;
        final Optional<Instant> leftAt;
        final Optional<Instant> selfAssessed;
        final Progress[] progress;

        GridPerson(String userId, Optional<String> name, Optional<String> email, Optional<Instant> leftAt,
                   Optional<Instant> selfAssessed, int columns) {
            this.userId = userId;
            this.name = name;
            this.email = email;
            this.leftAt = leftAt;
            this.selfAssessed = selfAssessed;
            this.progress = new Progress[columns];
        }

        /** A module placed twice is two columns, and its progress counts in both, as the page shows it. */
        void progress(List<Column> columns, long module, Optional<Instant> started, Optional<Instant> last,
                      Optional<Instant> completed, Optional<Integer> score) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).moduleRefs().contains(module)) {
                    progress[i] = new Progress(started, last, completed, score);
                }
            }
        }

        LearnerRow row(List<Column> columns, LocalDate today) {
            var cells = new ArrayList<Cell>();
            for (int i = 0; i < columns.size(); i++) {
                var p = progress[i];
                cells.add(p == null
                        ? Cell.of(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        columns.get(i).due(), today)
                        : Cell.of(p.started(), p.last(), p.completed(), p.score(), columns.get(i).due(), today));
            }
            return new LearnerRow(userId, name, email, leftAt, List.copyOf(cells), selfAssessed);
        }
    }

    /**
     * Streams the matrix in its long form, one row per person and module, leavers included and no filter applied,
     * column by column, holding no more than one fetch of rows at a time.
     */
    public void writeCsv(Course course, java.io.Writer out) throws java.io.IOException {
        var columns = columns(course);
        var today = today();
        out.write(CompletionCsv.header());
        try (var connection = dataSource.getConnection()) {
            var autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                for (var column : columns) {
                    read(connection, course, column, today, entry -> out.write(CompletionCsv.row(entry, column)));
                }
                connection.commit();
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new java.io.IOException("Cannot read the completion matrix of course " + course.id(), e);
        }
    }

    /** Sets the lead's own due date for a link, replacing any they set before. */
    @Transactional
    public void setDue(long placementRef, LocalDate due, String setBy) {
        var existing = em.find(PlacementDueDate.class, placementRef);
        if (existing == null) {
            em.persist(new PlacementDueDate(placementRef, due, setBy, clock.instant()));
        } else {
            existing.change(due, setBy, clock.instant());
        }
    }

    /** Goes back to the date the link carries, if any. */
    @Transactional
    public void clearDue(long placementRef) {
        var existing = em.find(PlacementDueDate.class, placementRef);
        if (existing != null) {
            em.remove(existing);
        }
    }

    /**
     * Takes an erased person's name off the due dates they set in their council; the dates stay. Names are stored
     * as text, so every due date set under the same name in the council goes too.
     */
    @Transactional
    public int forgetName(long deploymentRef, String name) {
        return em.createNativeQuery("update placement_due_date set set_by = ? where set_by = ? and placement_ref in "
                        + "(select p.id from placement p join course c on c.id = p.course_ref where c.deployment_ref = ?)")
                .setParameter(1, People.NAME_REMOVED).setParameter(2, name).setParameter(3, deploymentRef)
                .executeUpdate();
    }

    private static Optional<Instant> instant(ResultSet rows, int column) throws SQLException {
        return Optional.ofNullable(rows.getTimestamp(column)).map(Timestamp::toInstant);
    }
}
