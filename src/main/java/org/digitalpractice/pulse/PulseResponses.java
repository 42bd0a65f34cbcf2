package org.digitalpractice.pulse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.digitalpractice.pulse.questions.PulseQuestions;
import org.digitalpractice.session.people.Course;
import org.digitalpractice.session.Viewer;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * People's pulse responses: one per person and quarter, saved whole and changed whole. A response is only ever read
 * back for its own person (to change it); the totals are {@link PulseCounts}', which never read a response alone.
 */
@ApplicationScoped
public class PulseResponses {

    @PersistenceContext(unitName = "digital-practice")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    PulseResponses self;

    /** The viewer's own response in a quarter, with what they chose. */
    public record Mine(PulseResponse response, Answers answers) {
    }

    public Optional<Mine> mine(Viewer viewer, Quarter quarter) {
        return find(viewer.person().id(), quarter).map(response -> new Mine(response, answers(response.id())));
    }

    /**
     * Stores the viewer's answers for the quarter, over their earlier ones if they answered already. The first save
     * inserts the response with its answers in one transaction, so that a response is never counted without them.
     */
    public void save(Viewer viewer, Quarter quarter, long versionRef, PulseQuestions questions, Answers answers) {
        long person = viewer.person().id();
        var course = viewer.course().map(Course::id).orElse(null);
        if (find(person, quarter).isEmpty()) {
            try {
                self.insert(new PulseResponse(viewer.deployment().id(), person, course, versionRef, quarter,
                        clock.instant()), questions, answers);
                return;
            } catch (RuntimeException sameMomentInAnotherTab) {
                // the unique key (person, quarter) kept the other tab's response: change it below
            }
        }
        self.replace(person, quarter, versionRef, course, questions, answers);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void insert(PulseResponse response, PulseQuestions questions, Answers answers) {
        em.persist(response);
        em.flush();
        rows(response.id(), questions, answers).forEach(em::persist);
    }

    /** Replaces a response's answers; its row is locked first, so two tabs saving at once take turns. */
    @Transactional
    public void replace(long person, Quarter quarter, long versionRef, Long courseRef, PulseQuestions questions,
                        Answers answers) {
        var response = em.createQuery("select r from PulseResponse r where r.userRef = :u and r.quarter = :q",
                        PulseResponse.class)
                .setParameter("u", person).setParameter("q", quarter.code())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        em.createQuery("delete from PulseAnswer a where a.responseRef = :r").setParameter("r", response.id())
                .executeUpdate();
        rows(response.id(), questions, answers).forEach(em::persist);
        response.changed(versionRef, courseRef, clock.instant());
    }

    /** One row per chosen option, in the questions' order; the words go on the option that takes them. */
    static List<PulseAnswer> rows(long responseRef, PulseQuestions questions, Answers answers) {
        var rows = new ArrayList<PulseAnswer>();
        for (var question : questions.questions()) {
            for (var optionId : answers.chosen(question.id())) {
                var option = question.option(optionId).orElseThrow(() -> new IllegalArgumentException(
                        "Question " + question.id() + " has no option " + optionId));
                var words = option.freeText().isPresent() ? answers.freeText(question.id()).orElse(null) : null;
                rows.add(new PulseAnswer(responseRef, question.id(), optionId, words));
            }
        }
        return rows;
    }

    private Optional<PulseResponse> find(long person, Quarter quarter) {
        return em.createQuery("select r from PulseResponse r where r.userRef = :u and r.quarter = :q",
                        PulseResponse.class)
                .setParameter("u", person).setParameter("q", quarter.code()).getResultStream().findFirst();
    }

    private Answers answers(long responseRef) {
        var chosen = new LinkedHashMap<String, List<String>>();
        var words = new HashMap<String, String>();
        em.createQuery("select a from PulseAnswer a where a.responseRef = :r order by a.id", PulseAnswer.class)
                .setParameter("r", responseRef).getResultList().forEach(answer -> {
                    chosen.computeIfAbsent(answer.questionId(), q -> new ArrayList<>()).add(answer.optionId());
                    answer.freeText().ifPresent(text -> words.put(answer.questionId(), text));
                });
        return new Answers(chosen, words);
    }

    /**
     * What stays of someone who left or was erased: their responses' chosen options, which the council's totals
     * count, linked to a record that no longer says who they were. Their own words go. Returns how many were removed.
     */
    @Transactional
    public int deIdentify(long userRef) {
        return em.createNativeQuery("update pulse_answer set free_text = null where free_text is not null and "
                        + "response_ref in (select id from pulse_response where user_ref = ?)")
                .setParameter(1, userRef).executeUpdate();
    }

    /**
     * Removes everyone's own words from quarters that have ended: they were kept only so that their writer could
     * see and change them while the quarter was open, and nobody else ever reads them. Returns how many.
     */
    @Transactional
    public int forgetFreeTextBefore(Quarter quarter) {
        // Quarter codes are "yyyy-Qn", so their text order is their time order.
        return em.createNativeQuery("update pulse_answer set free_text = null where free_text is not null and "
                        + "response_ref in (select id from pulse_response where quarter < ?)")
                .setParameter(1, quarter.code()).executeUpdate();
    }

    /**
     * Deletes every practice pulse response of a person with its answers, for an erasure that keeps nothing for the
     * council's totals; answers how many quarters' responses went.
     */
    @Transactional
    public int forgetEverything(long userRef) {
        em.createNativeQuery("delete from pulse_answer where response_ref in "
                + "(select id from pulse_response where user_ref = ?)").setParameter(1, userRef).executeUpdate();
        return em.createNativeQuery("delete from pulse_response where user_ref = ?").setParameter(1, userRef)
                .executeUpdate();
    }
}
