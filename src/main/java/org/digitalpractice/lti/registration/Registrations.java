package org.digitalpractice.lti.registration;

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

    /** One deployment of a registration, read alone: a registration may serve every council (Blackboard). */
    public Optional<Deployment> deployment(Registration registration, String deploymentId) {
        return em.createQuery("select d from Deployment d join fetch d.registration "
                        + "where d.registration.id = :r and d.deploymentId = :d", Deployment.class)
                .setParameter("r", registration.id())
                .setParameter("d", deploymentId)
                .getResultStream().findFirst();
    }

    /** Every deployment of every registration, with its registration, for the administrator's pages. */
    public List<Deployment> deployments() {
        return em.createQuery("select d from Deployment d join fetch d.registration order by d.id", Deployment.class)
                .getResultList();
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

    /** A platform registered by itself with an issuer and client id the tool already has: the first one stays. */
    public static class AlreadyRegistered extends RuntimeException {
        public AlreadyRegistered(String issuer, String clientId) {
            super("a registration with issuer '" + issuer + "' and client_id '" + clientId + "' already exists");
        }
    }

    /**
     * Stores what a platform registered by itself. An issuer and client id the tool already knows is refused:
     * files win for their issuer and client id, and a platform cannot overwrite a registration by registering again.
     */
    @Transactional
    public Registration add(ProposedRegistration proposed, RegistrationStatus status, Instant now) {
        if (find(proposed.issuer(), proposed.clientId()).isPresent()) {
            throw new AlreadyRegistered(proposed.issuer(), proposed.clientId());
        }
        var created = new Registration(proposed, status, now);
        em.persist(created);
        // A twin racing in at the same moment breaks the unique key here, inside the caller's transaction.
        em.flush();
        return created;
    }

    /** Approves or switches off a registration; empty if there is none with this id. */
    @Transactional
    public Optional<Registration> changeStatus(long id, RegistrationStatus status, Instant now) {
        var registration = Optional.ofNullable(em.find(Registration.class, id));
        registration.ifPresent(r -> r.changeStatus(status, now));
        return registration;
    }

    /** The longest council name a deployment keeps (its column's size). */
    public static final int LONGEST_COUNCIL_NAME = 255;

    /**
     * Gives a deployment the council name people see; empty if there is no such deployment. A registration file
     * that names the deployment sets its name again at the next start: files win.
     */
    @Transactional
    public Optional<Deployment> renameDeployment(long deploymentRef, String councilName) {
        if (councilName == null || councilName.isBlank() || councilName.length() > LONGEST_COUNCIL_NAME) {
            throw new IllegalArgumentException("a council name is 1 to " + LONGEST_COUNCIL_NAME + " characters");
        }
        var deployment = Optional.ofNullable(em.find(Deployment.class, deploymentRef));
        deployment.ifPresent(d -> d.rename(councilName.strip()));
        return deployment;
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
