package org.digitalpractice.gradebook;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.infrastructure.Database;
import org.digitalpractice.lti.AccessTokens;
import org.digitalpractice.lti.AgsClient;
import org.digitalpractice.lti.Registrations;
import org.digitalpractice.session.Placement;
import org.digitalpractice.lti.PlatformCall;

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

    /** Called inside the transaction that records what the score reports. */
    public QueuedScore enqueue(long deploymentRef, long userRef, long placementRef, QueuedScore.Content content) {
        var row = new QueuedScore(deploymentRef, userRef, placementRef, content, clock.instant());
        em.persist(row);
        return row;
    }

    /**
     * Leases up to {@code limit} due rows to {@code owner}. PostgreSQL skips rows another node has locked; on H2
     * the lock waits, and the lease condition in the update still lets only one node take each row.
     */
    @Transactional
    public List<Long> claim(String owner, Duration lease, int limit) {
        var now = clock.instant();
        var claimed = new ArrayList<Long>();
        try (var connection = dataSource.getConnection()) {
            var postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            var candidates = new ArrayList<Long>();
            try (var select = connection.prepareStatement("select id from score_outbox where status = 'PENDING' "
                    + "and next_attempt_at <= ? and (lease_until is null or lease_until < ?) order by id "
                    + "fetch first " + limit + " rows only for update" + (postgres ? " skip locked" : ""))) {
                select.setTimestamp(1, Timestamp.from(now));
                select.setTimestamp(2, Timestamp.from(now));
                try (var rows = select.executeQuery()) {
                    while (rows.next()) {
                        candidates.add(rows.getLong(1));
                    }
                }
            }
            try (var update = connection.prepareStatement("update score_outbox set lease_owner = ?, lease_until = ? "
                    + "where id = ? and status = 'PENDING' and (lease_until is null or lease_until < ?)")) {
                for (var id : candidates) {
                    update.setString(1, owner);
                    update.setTimestamp(2, Timestamp.from(now.plus(lease)));
                    update.setLong(3, id);
                    update.setTimestamp(4, Timestamp.from(now));
                    if (update.executeUpdate() == 1) {
                        claimed.add(id);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot claim queued scores", e);
        }
        return claimed;
    }

    /** Read in a transaction: the worker's threads have none, and the persistence context needs one. */
    @Transactional
    public QueuedScore find(long id) {
        return em.find(QueuedScore.class, id);
    }

    /** Where a score goes: the link, what its launch offered, and the platform's token endpoint. */
    public record Destination(long placementRef, String resourceLinkId, Optional<String> lineItems,
                              java.util.Set<String> scopes, AccessTokens.Client client) {
    }

    @Transactional
    public Destination destination(QueuedScore row) {
        var placement = em.find(Placement.class, row.placementRef());
        var registration = registrations.deployment(row.deploymentRef()).orElseThrow().registration();
        return new Destination(placement.id(), placement.resourceLinkId(), placement.agsLineItems(),
                placement.agsScopes(), AccessTokens.Client.of(registration));
    }

    @Transactional
    public void sent(long id, String lineItemUrl) {
        em.find(QueuedScore.class, id).sent(lineItemUrl, clock.instant());
    }

    @Transactional
    public void retryLater(long id, Duration after, String reason) {
        em.find(QueuedScore.class, id).retryAt(clock.instant().plus(after), reason);
    }

    @Transactional
    public void failed(long id, String reason) {
        em.find(QueuedScore.class, id).failed(reason);
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
    public List<QueuedScore> failedIn(long deploymentRef) {
        return em.createQuery("select q from QueuedScore q where q.deploymentRef = :d and q.status = :failed "
                        + "order by q.id", QueuedScore.class)
                .setParameter("d", deploymentRef).setParameter("failed", QueuedScore.Status.FAILED).getResultList();
    }

    @Transactional
    public List<QueuedScore> failed() {
        return em.createQuery("select q from QueuedScore q where q.status = :failed order by q.id", QueuedScore.class)
                .setParameter("failed", QueuedScore.Status.FAILED).setMaxResults(1000).getResultList();
    }
}
