package org.digitalpractice.lti;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The platforms this tool trusts, as stored in the database. */
@ApplicationScoped
public class Registrations {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;

    public Optional<Registration> find(String issuer, String clientId) {
        return em.createQuery("select r from Registration r where r.issuer = :issuer and r.clientId = :clientId",
                        Registration.class)
                .setParameter("issuer", issuer)
                .setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    /** A login request need not name the client_id; that is unambiguous only when the issuer has one registration. */
    public List<Registration> findByIssuer(String issuer) {
        return em.createQuery("select r from Registration r where r.issuer = :issuer", Registration.class)
                .setParameter("issuer", issuer)
                .getResultList();
    }

    public List<Registration> all() {
        return em.createQuery("select r from Registration r order by r.platformName", Registration.class)
                .getResultList();
    }

    public Optional<Deployment> deployment(long deploymentRef) {
        return Optional.ofNullable(em.find(Deployment.class, deploymentRef));
    }

    /** The origins of every registered platform: the only pages allowed to frame the tool. */
    public Set<String> platformOrigins() {
        var origins = new LinkedHashSet<String>();
        for (var registration : all()) {
            origins.add(origin(URI.create(registration.issuer())));
            origins.add(origin(registration.authUrl()));
        }
        origins.remove(null);
        return origins;
    }

    /** Creates or updates a registration from its file. Deployments are added, never removed: data hangs off them. */
    @Transactional
    public Registration save(RegistrationFile file, Instant now) {
        var existing = find(file.issuer(), file.clientId());
        if (existing.isPresent()) {
            existing.get().update(file, now);
            return existing.get();
        }
        var created = new Registration(file, now);
        em.persist(created);
        return created;
    }

    /** Under the "accept new deployments" policy, a first launch from an unknown deployment registers it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void addDeployment(String issuer, String clientId, String deploymentId, String councilName) {
        var registration = find(issuer, clientId).orElseThrow();
        if (registration.deployment(deploymentId).isEmpty()) {
            em.persist(new Deployment(registration, deploymentId, councilName));
        }
    }

    public static String origin(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return null;
        }
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}
