package org.digitalpractice.assessment.framework;

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
 * The stored versions of the framework. Each distinct file content is stored once, keyed by its hash, and read back
 * parsed, with a cache: a version never changes.
 */
@ApplicationScoped
public class Frameworks {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Frameworks self;

    private final Map<Long, Framework> parsed = new ConcurrentHashMap<>();

    /** A stored version with its content read. */
    public record Loaded(FrameworkVersion version, Framework framework) {
    }

    /** The version holding this text: the existing one when the same content was stored before, else a new one. */
    public FrameworkVersion store(String text, Framework framework) {
        var hash = Hashes.sha256(text);
        return VersionedContent.storeOnce(hash, () -> byHash(hash), () -> self.insert(
                new FrameworkVersion(newestNumber() + 1, hash, framework.title(), text, clock.instant())),
                "the framework version");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(FrameworkVersion version) {
        em.persist(version);
        em.flush();
    }

    public Loaded version(long id) {
        var version = em.find(FrameworkVersion.class, id);
        if (version == null) {
            throw new IllegalArgumentException("There is no framework version " + id);
        }
        return new Loaded(version, parsed.computeIfAbsent(id, key ->
                FrameworkReader.forStoredVersion().read(version.content())));
    }

    /** The version created last: what learners start when the file cannot be read at start-up. */
    public Optional<FrameworkVersion> newest() {
        return em.createQuery("select v from FrameworkVersion v order by v.versionNumber desc", FrameworkVersion.class)
                .setMaxResults(1).getResultStream().findFirst();
    }

    private Optional<FrameworkVersion> byHash(String hash) {
        return em.createQuery("select v from FrameworkVersion v where v.contentHash = :h", FrameworkVersion.class)
                .setParameter("h", hash).getResultStream().findFirst();
    }

    private int newestNumber() {
        return newest().map(FrameworkVersion::versionNumber).orElse(0);
    }
}
