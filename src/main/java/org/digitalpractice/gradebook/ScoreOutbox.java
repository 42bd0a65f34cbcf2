package org.digitalpractice.gradebook;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.lti.services.AccessTokens;
import org.digitalpractice.lti.services.AgsClient;
import org.digitalpractice.lti.registration.Registrations;
import org.digitalpractice.session.people.Placements;
import org.digitalpractice.lti.services.PlatformCall;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The durable queue of scores. Rows are claimed under a row lock with a lease, so several nodes can share the
 * work and a row whose worker died is taken up again when its lease runs out.
 */
@ApplicationScoped
public class ScoreOutbox {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Inject
    Clock clock;
    @Inject
    Registrations registrations;
    @Inject
    Placements placements;
    /** Scores by what became of them on this node, for the operators' metrics; the outbox holds the totals. */
    @Inject
    org.digitalpractice.infrastructure.Counters counters;

    /** Called inside the transaction that records what the score reports. */
    public QueuedScore enqueue(long deploymentRef, long userRef, long placementRef, QueuedScore.Content content) {
        var row = new QueuedScore(deploymentRef, userRef, placementRef, content, clock.instant());
        em.persist(row);
        count("queued");
        return row;
    }

    /**
     * Leases up to {@code limit} due scores to {@code owner}, at most one per stream (learner and gradebook column),
     * and only from streams with no score in flight, so that each stream goes out in order. Before a stream's
     * newest pending score is leased, its older pending scores are superseded (the platform would only replace
     * them), and so is a newest score that is older than one already sent. Nodes take turns through a row lock on
     * {@code cluster_lock}, which makes these checks safe across a cluster; sending happens outside it.
     */
    @Transactional
    public List<Long> claim(String owner, Duration lease, int limit) {
        var now = clock.instant();
        var claimed = new ArrayList<Long>();
        try (var connection = dataSource.getConnection()) {
            try (var turn = connection.prepareStatement("select name from cluster_lock where name = ? for update")) {
                turn.setString(1, CLAIM_LOCK);
                turn.executeQuery().close();
            }
            var streams = new java.util.LinkedHashSet<Stream>();
            try (var select = connection.prepareStatement("select placement_ref, source_key, user_ref from score_outbox "
                    + "where status = 'PENDING' and next_attempt_at <= ? and (lease_until is null or lease_until < ?) "
                    + "and deployment_ref in (" + ACTIVE_DEPLOYMENTS + ") "
                    + "order by id fetch first " + (limit * 4) + " rows only")) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setTimestamp(2, Timestamp.from(now));
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        streams.add(new Stream(rows.getLong(1), rows.getString(2), rows.getLong(3)));
                    }
                }
            }
            for (var stream : streams) {
                if (claimed.size() == limit) {
                    break;
                }
                headOf(connection, stream, now).ifPresent(head -> {
                    lease(connection, head, owner, now.plus(lease));
                    claimed.add(head);
                });
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim queued scores", e);
        }
        return claimed;
    }

    /** Whether this link's column already has this result queued or sent, so that it is never queued twice. */
    public boolean holdsResult(long placementRef, long userRef, String source, String key, long sourceRef) {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("select count(*) from score_outbox where placement_ref = ? and "
                     + "user_ref = ? and source = ? and source_key = ? and source_ref = ? and activity_progress = "
                     + "'Completed' and status in ('PENDING', 'SENT')")) {
            select.setLong(1, placementRef);
            select.setLong(2, userRef);
            select.setString(3, source);
            select.setString(4, key);
            select.setLong(5, sourceRef);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot tell whether link " + placementRef + " holds a result", e);
        }
    }

    /**
     * When the stream's last delivered score reached the platform, if one did. Moodle stamps an activity's grade
     * with the moment a score arrives, so a later score must carry a timestamp after it.
     */
    public Optional<Instant> lastDelivery(QueuedScore row) {
        try (var connection = dataSource.getConnection();
             var select = connection.prepareStatement("select max(sent_at) from score_outbox where placement_ref = ? "
                     + "and source_key = ? and user_ref = ? and status = 'SENT' and id <> ?")) {
            select.setLong(1, row.placementRef());
            select.setString(2, row.sourceKey());
            select.setLong(3, row.userRef());
            select.setLong(4, row.id());
            try (var rows = select.executeQuery()) {
                var at = rows.next() ? rows.getTimestamp(1) : null;
                return Optional.ofNullable(at).map(Timestamp::toInstant);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read when score " + row.id() + "'s stream was last delivered", e);
        }
    }

    static final String CLAIM_LOCK = "score-outbox";

    /**
     * The deployments whose registration is active. A registration that waits for approval or was switched off
     * gets no score: its scores wait, neither sent nor failed, until it is approved again.
     */
    static final String ACTIVE_DEPLOYMENTS = "select d.id from deployment d join platform_registration r "
            + "on r.id = d.registration_id where r.status = 'ACTIVE'";

    /** One learner's scores in one gradebook column of one link. */
    record Stream(long placementRef, String sourceKey, long userRef) {
    }

    private record StreamRow(long id, String status, Instant timestamp, Instant leaseUntil, Instant due) {
    }

    /** The stream's score to send now, if any, after superseding what it makes pointless. */
    private Optional<Long> headOf(java.sql.Connection connection, Stream stream, Instant now) throws SQLException {
        var rows = new ArrayList<StreamRow>();
        try (var select = connection.prepareStatement("select id, status, score_timestamp, lease_until, "
                + "next_attempt_at from score_outbox where placement_ref = ? and source_key = ? and user_ref = ? "
                + "and status in ('PENDING', 'SENT') order by score_timestamp, id")) {
            select.setLong(1, stream.placementRef());
            select.setString(2, stream.sourceKey());
            select.setLong(3, stream.userRef());
            try (var result = select.executeQuery()) {
                while (result.next()) {
                    var lease = result.getTimestamp(4);
                    rows.add(new StreamRow(result.getLong(1), result.getString(2),
                            result.getTimestamp(3).toInstant(), lease == null ? null : lease.toInstant(),
                            result.getTimestamp(5).toInstant()));
                }
            }
        }
        var pending = rows.stream().filter(r -> r.status().equals("PENDING")).toList();
        if (pending.isEmpty() || pending.stream().anyMatch(r -> r.leaseUntil() != null && !r.leaseUntil().isBefore(now))) {
            return Optional.empty();
        }
        var head = pending.get(pending.size() - 1);
        for (var older : pending.subList(0, pending.size() - 1)) {
            supersede(connection, older.id(), "A newer result for this activity replaced it before it was sent.");
        }
        var newestSent = rows.stream().filter(r -> r.status().equals("SENT")).map(StreamRow::timestamp)
                .max(Instant::compareTo);
        if (newestSent.isPresent() && head.timestamp().isBefore(newestSent.get())) {
            supersede(connection, head.id(), "A newer result for this activity was already sent.");
            return Optional.empty();
        }
        return head.due().isAfter(now) ? Optional.empty() : Optional.of(head.id());
    }

    private static void supersede(java.sql.Connection connection, long id, String why) throws SQLException {
        try (var update = connection.prepareStatement("update score_outbox set status = 'SUPERSEDED', note = ?, "
                + "lease_owner = null, lease_until = null where id = ? and status = 'PENDING'")) {
            update.setString(1, why);
            update.setLong(2, id);
            update.executeUpdate();
        }
    }

    private static void lease(java.sql.Connection connection, long id, String owner, Instant until) {
        try (var update = connection.prepareStatement("update score_outbox set lease_owner = ?, lease_until = ? "
                + "where id = ?")) {
            update.setString(1, owner);
            update.setTimestamp(2, Timestamp.from(until));
            update.setLong(3, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lease queued score " + id, e);
        }
    }

    /** Read in a transaction: the worker's threads have none, and the persistence context needs one. */
    @Transactional
    public QueuedScore find(long id) {
        return em.find(QueuedScore.class, id);
    }

    /**
     * Where a score goes: the link, what its launch offered, and the platform's token endpoint; {@code active} is
     * false when the registration was switched off after the score was claimed.
     */
    public record Destination(long placementRef, String resourceLinkId, Optional<String> lineItems,
                              java.util.Set<String> scopes, AccessTokens.Client client, boolean active) {
    }

    @Transactional
    public Destination destination(QueuedScore row) {
        var placement = placements.find(row.placementRef()).orElseThrow();
        var registration = registrations.deployment(row.deploymentRef()).orElseThrow().registration();
        return new Destination(placement.id(), placement.resourceLinkId(), placement.agsLineItems(),
                placement.agsScopes(), AccessTokens.Client.of(registration),
                registration.status() == org.digitalpractice.lti.registration.RegistrationStatus.ACTIVE);
    }

    // The four outcomes below find no row when an erasure deleted the score while it was being sent: nothing is
    // left to record.

    @Transactional
    public void sent(long id, String lineItemUrl, Instant stampedAs, String note) {
        row(id).ifPresent(row -> row.sent(lineItemUrl, clock.instant(), stampedAs, note));
        count("sent");
    }

    @Transactional
    public void superseded(long id, String why) {
        row(id).ifPresent(row -> row.superseded(why));
        count("superseded");
    }

    @Transactional
    public void retryLater(long id, Duration after, String reason) {
        row(id).ifPresent(row -> row.retryAt(clock.instant().plus(after), reason));
        count("retry");
    }

    @Transactional
    public void failed(long id, String reason) {
        row(id).ifPresent(row -> row.failed(reason));
        count("failed");
    }

    private void count(String outcome) {
        counters.increment("dp_scores", "outcome", outcome);
    }

    private Optional<QueuedScore> row(long id) {
        return Optional.ofNullable(em.find(QueuedScore.class, id));
    }

    @Transactional
    public boolean requeue(long id) {
        var row = em.find(QueuedScore.class, id);
        if (row == null || row.status() != QueuedScore.Status.FAILED) {
            return false;
        }
        row.requeue(clock.instant());
        return true;
    }

    /** Sends every failed score again; answers how many. */
    @Transactional
    public int requeueAllFailed() {
        var failed = em.createQuery("select q from QueuedScore q where q.status = :failed", QueuedScore.class)
                .setParameter("failed", QueuedScore.Status.FAILED).getResultList();
        failed.forEach(row -> row.requeue(clock.instant()));
        return failed.size();
    }

    /**
     * The line item for a tag under a link, found or created once. The link's row stays locked meanwhile, so two
     * nodes never create the same gradebook column twice.
     */
    @Transactional
    public AgsClient.Result lineItem(long placementRef, String tag, Supplier<AgsClient.Result> findOrCreate) {
        try (var connection = dataSource.getConnection()) {
            try (var lock = connection.prepareStatement("select id from placement where id = ? for update")) {
                lock.setLong(1, placementRef);
                lock.executeQuery().close();
            }
            try (var known = connection.prepareStatement(
                    "select line_item_url from placement_line_item where placement_ref = ? and tag = ?")) {
                known.setLong(1, placementRef);
                known.setString(2, tag);
                try (var rows = known.executeQuery()) {
                    if (rows.next()) {
                        return new AgsClient.Result(Optional.of(rows.getString(1)), new PlatformCall.Done(200, ""));
                    }
                }
            }
            var result = findOrCreate.get();
            var url = result.lineItemUrl();
            if (url.isPresent()) {
                try (var insert = connection.prepareStatement(
                        "insert into placement_line_item (placement_ref, tag, line_item_url) values (?, ?, ?)")) {
                    insert.setLong(1, placementRef);
                    insert.setString(2, tag);
                    insert.setString(3, url.get());
                    insert.executeUpdate();
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the line item of placement " + placementRef, e);
        }
    }

    /** A learner's scores, newest first. */
    @Transactional
    public List<QueuedScore> of(long userRef) {
        return em.createQuery("select q from QueuedScore q where q.userRef = :u order by q.createdAt desc, q.id desc",
                QueuedScore.class).setParameter("u", userRef).getResultList();
    }

    @Transactional
    public List<QueuedScore> failed() {
        return em.createQuery("select q from QueuedScore q where q.status = :failed order by q.id", QueuedScore.class)
                .setParameter("failed", QueuedScore.Status.FAILED).setMaxResults(1000).getResultList();
    }

    /**
     * Forgets scores done with before {@code before}: superseded ones, and sent ones, except the newest sent score
     * of each stream. That one stays whatever its age: {@link #claim} compares a stream's pending score with it, so
     * that a score older than what the platform holds is superseded, never sent (a failed score sent again later
     * could otherwise overwrite a newer grade). Pending and failed scores are never forgotten here.
     */
    @Transactional
    public int forgetDelivered(Instant before) {
        return em.createNativeQuery("delete from score_outbox s where (s.status = 'SUPERSEDED' and s.created_at < ?) "
                        + "or (s.status = 'SENT' and s.sent_at < ? and exists (select 1 from score_outbox n "
                        + "where n.placement_ref = s.placement_ref and n.source_key = s.source_key "
                        + "and n.user_ref = s.user_ref and n.status = 'SENT' and (n.score_timestamp > s.score_timestamp "
                        + "or (n.score_timestamp = s.score_timestamp and n.id > s.id))))")
                .setParameter(1, Timestamp.from(before))
                .setParameter(2, Timestamp.from(before))
                .executeUpdate();
    }

    /** Whether a person still has a score to send, which needs their platform id. */
    @Transactional
    public boolean hasPending(long userRef) {
        return !em.createQuery("select q.id from QueuedScore q where q.userRef = :u and q.status = :pending", Long.class)
                .setParameter("u", userRef).setParameter("pending", QueuedScore.Status.PENDING)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /** Every score of a person but those still to send: for de-identifying someone who left ({@link #hasPending}). */
    @Transactional
    public int forgetPerson(long userRef) {
        return em.createQuery("delete from QueuedScore q where q.userRef = :u and q.status <> :pending")
                .setParameter("u", userRef).setParameter("pending", QueuedScore.Status.PENDING)
                .executeUpdate();
    }

    /** What {@link #forgetEverything} deleted: scores still to send, and all the others. */
    public record Forgotten(int unsent, int others) {
    }

    /**
     * Every score of a person, those still to send too: for an erasure, which does not wait for them as retention
     * does ({@link #hasPending}). A score being sent at this moment may still reach the platform; its outcome then
     * finds no row to record.
     */
    @Transactional
    public Forgotten forgetEverything(long userRef) {
        int unsent = em.createQuery("delete from QueuedScore q where q.userRef = :u and q.status = :pending")
                .setParameter("u", userRef).setParameter("pending", QueuedScore.Status.PENDING)
                .executeUpdate();
        return new Forgotten(unsent, forgetPerson(userRef));
    }
}
