package org.digitalpractice.pulse.questions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.catalogue.versions.VersionedContent;
import org.digitalpractice.infrastructure.Hashes;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The stored versions of the questions. Each distinct file content is stored once, keyed by its hash, and read back
 * parsed, with a cache: a version never changes.
 */
@ApplicationScoped
public class QuestionsVersions {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    QuestionsVersions self;

    private final Map<Long, PulseQuestions> parsed = new ConcurrentHashMap<>();

    /** A stored version with its questions read. */
    public record Loaded(QuestionsVersion version, PulseQuestions questions) {
    }

    /** The version holding this text: the existing one when the same content was stored before, else a new one. */
    public QuestionsVersion store(String text) {
        var hash = Hashes.sha256(text);
        return VersionedContent.storeOnce(hash, () -> byHash(hash),
                () -> self.insert(new QuestionsVersion(newestNumber() + 1, hash, text, clock.instant())),
                "the pulse questions");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(QuestionsVersion version) {
        em.persist(version);
        em.flush();
    }

    public Loaded version(long id) {
        var version = em.find(QuestionsVersion.class, id);
        if (version == null) {
            throw new IllegalArgumentException("There is no pulse questions version " + id);
        }
        return new Loaded(version, parsed.computeIfAbsent(id, key ->
                QuestionsReader.forStoredVersion().read(version.content())));
    }

    /** The version created last: what learners answer when the file cannot be read at start-up. */
    public Optional<QuestionsVersion> newest() {
        return em.createQuery("select v from QuestionsVersion v order by v.versionNumber desc", QuestionsVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<QuestionsVersion> byHash(String hash) {
        return em.createQuery("select v from QuestionsVersion v where v.contentHash = :h", QuestionsVersion.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    private int newestNumber() {
        return newest().map(QuestionsVersion::versionNumber).orElse(0);
    }
}
