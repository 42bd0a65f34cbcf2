package org.digitalpractice.learning;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.catalogue.versions.Catalogue;
import org.digitalpractice.infrastructure.Problem;
import org.digitalpractice.session.Viewer;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where each learner is in each module. A learner part-way through keeps the version they started; one who
 * finished sees the version they completed; anyone else starts the current version.
 */
@ApplicationScoped
public class LearnerProgress {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Catalogue catalogue;
    @Inject
    Clock clock;
    @Inject
    LearnerProgress self;
    @Inject
    Event<ModuleCompleted> completions;
    @Inject
    Event<ModuleStarted> starts;

    /** A learner in a module: the content they see, and their progress through it, if they have started. */
    public record Visit(Viewer viewer, Catalogue.Offered offered, Optional<ModuleProgress> progress) {
        public ModuleProgress started() {
            return progress.orElseThrow();
        }
    }

    /** The module as this learner should see it now, without starting it. */
    public Visit visit(Viewer viewer, String slug) {
        var current = catalogue.forCouncil(viewer.deployment().id(), slug);
        // Learners part-way through keep their version: also when the council has since archived the module, or
        // adapted the library module of this slug into its own.
        var progress = catalogue.entriesFor(viewer.deployment().id(), slug).stream()
                .map(entry -> latest(viewer.person().id(), entry.id()))
                .flatMap(Optional::stream)
                .max(java.util.Comparator.comparing(ModuleProgress::startedAt).thenComparing(ModuleProgress::id));
        if (current.isEmpty() && progress.isEmpty()) {
            throw Problem.notFound("There is no module called '" + slug + "' for " + viewer.councilName() + ".");
        }
        return new Visit(viewer, progress.map(p -> catalogue.offered(p.versionRef())).orElseGet(current::get),
                progress);
    }

    /** The module with the learner's progress, starting it now if they had not. */
    public Visit start(Viewer viewer, String slug) {
        var visit = visit(viewer, slug);
        if (visit.progress().isPresent()) {
            return visit;
        }
        var version = visit.offered().version();
        try {
            self.insert(new ModuleProgress(viewer.deployment().id(), viewer.person().id(), version.moduleRef(),
                    version.id(), viewer.placement().map(p -> p.id()).orElse(null), clock.instant()),
                    visit.offered().module());
        } catch (RuntimeException sameMomentInAnotherTab) {
            // the unique key (person, version) let the other request start it
        }
        return visit(viewer, slug);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(ModuleProgress progress, org.digitalpractice.catalogue.TrainingModule module) {
        em.persist(progress);
        em.flush();
        starts.fire(new ModuleStarted(progress.id(), progress.deploymentRef(), progress.userRef(),
                progress.placementRef(), module.slug(), module.title(), progress.startedAt()));
    }

    /**
     * Applies a change to a learner's progress, counts the time, and completes the module when it is done. The row
     * is locked meanwhile: two tabs submitting at once take turns, so each attempt gets its own number and the
     * completion is recorded once.
     */
    @Transactional
    public ModuleProgress update(Visit visit, Consumer<ModuleProgress> change) {
        var progress = em.find(ModuleProgress.class, visit.started().id(),
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        progress.touch(clock.instant());
        change.accept(progress);
        completeIfDone(visit, progress);
        return progress;
    }

    private void completeIfDone(Visit visit, ModuleProgress progress) {
        var module = visit.offered().module();
        if (progress.completeIfDone(module.lessons().size(), clock.instant())) {
            completions.fire(new ModuleCompleted(progress.id(), progress.deploymentRef(), progress.userRef(),
                    progress.placementRef(), module.slug(), module.title(), progress.completionScore().orElse(0),
                    progress.completedAt().orElseThrow(), false));
        }
    }

    @Transactional
    public CheckAttempt recordAttempt(Visit visit, CheckMarking.Marked marked) {
        var progress = update(visit, p -> p.recordAttempt(marked.score(), marked.passed()));
        var attempt = new CheckAttempt(progress.id(), progress.checkAttempts(), clock.instant(), marked);
        em.persist(attempt);
        return attempt;
    }

    public List<CheckAttempt> attempts(ModuleProgress progress) {
        return em.createQuery("select a from CheckAttempt a where a.progressRef = :p order by a.attemptNumber",
                        CheckAttempt.class)
                .setParameter("p", progress.id()).getResultList();
    }

    public Optional<ModuleProgress> latest(long userRef, long moduleRef) {
        return em.createQuery("select p from ModuleProgress p where p.userRef = :u and p.moduleRef = :m "
                        + "order by p.startedAt desc, p.id desc", ModuleProgress.class)
                .setParameter("u", userRef).setParameter("m", moduleRef)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Each module's latest progress for one learner, by slug, in one query (the home page lists every module). A
     * slug may have been the library's module and later the council's adaptation: the newest start counts, as in
     * {@link #visit}.
     */
    public java.util.Map<String, ModuleProgress> latestBySlug(long userRef) {
        var latest = new java.util.HashMap<String, ModuleProgress>();
        em.createQuery("select p, e.slug from ModuleProgress p, CatalogueEntry e where e.id = p.moduleRef "
                        + "and p.userRef = :u order by p.startedAt desc, p.id desc", Object[].class)
                .setParameter("u", userRef)
                .getResultStream().forEach(row -> latest.putIfAbsent((String) row[1], (ModuleProgress) row[0]));
        return latest;
    }

    /** As {@link #latestBySlug} for one module: what a launch needs, without reading the learner's whole history. */
    public Optional<ModuleProgress> latestOfSlug(long userRef, String slug) {
        return em.createQuery("select p from ModuleProgress p, CatalogueEntry e where e.id = p.moduleRef "
                        + "and p.userRef = :u and e.slug = :s order by p.startedAt desc, p.id desc", ModuleProgress.class)
                .setParameter("u", userRef).setParameter("s", slug)
                .setMaxResults(1)
                .getResultStream().findFirst();
    }

    /** Everything a learner has started in their council, newest first: the source of their CPD record. */
    public List<ModuleProgress> of(Viewer viewer) {
        return em.createQuery("select p from ModuleProgress p where p.userRef = :u and p.deploymentRef = :d "
                        + "order by p.startedAt desc", ModuleProgress.class)
                .setParameter("u", viewer.person().id()).setParameter("d", viewer.deployment().id())
                .getResultList();
    }

    /** What {@link #deIdentify} removed and kept, in counts. */
    public record DeIdentified(int checkAttempts, int reflections, int modulesKept) {
    }

    /**
     * What stays of a learner who left: each module's dates, time spent and scores, with no link to the person
     * (their record is de-identified in {@code session}), so the council's completion counts still hold. What only
     * the learner ever saw goes: the reflection (free text that may name anyone), scenario choices and the answers
     * of each knowledge-check attempt.
     */
    @Transactional
    public DeIdentified deIdentify(long userRef) {
        int attempts = em.createNativeQuery("delete from check_attempt where progress_ref in "
                + "(select id from module_progress where user_ref = ?)").setParameter(1, userRef).executeUpdate();
        int reflections = em.createNativeQuery("update module_progress set reflection = null "
                + "where user_ref = ? and reflection is not null").setParameter(1, userRef).executeUpdate();
        int kept = em.createNativeQuery("update module_progress set scenario_trail = '', scenario_step = null "
                + "where user_ref = ?").setParameter(1, userRef).executeUpdate();
        return new DeIdentified(attempts, reflections, kept);
    }

    /**
     * Deletes every progress row of a person (after {@link #deIdentify}), for an erasure that keeps nothing for the
     * council's totals; answers how many modules' progress went.
     */
    @Transactional
    public int forgetEverything(long userRef) {
        em.createNativeQuery("delete from check_attempt where progress_ref in "
                + "(select id from module_progress where user_ref = ?)").setParameter(1, userRef).executeUpdate();
        return em.createNativeQuery("delete from module_progress where user_ref = ?").setParameter(1, userRef)
                .executeUpdate();
    }
}
