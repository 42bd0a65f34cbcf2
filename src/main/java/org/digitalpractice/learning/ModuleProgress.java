package org.digitalpractice.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One learner's way through one version of a module: what they have seen, chosen and scored, where to resume, and
 * when they completed it. Kept per council, person and module version, so it follows them to any device.
 */
@Entity
@Table(name = "module_progress")
public class ModuleProgress extends NumberedEntity {

    /** Gaps longer than this are breaks, not study: they do not count as time spent. */
    static final Duration LONGEST_STUDY_GAP = Duration.ofMinutes(15);

    @Column(name = "deployment_ref")
    private Long deploymentRef;
    @Column(name = "user_ref")
    private Long userRef;
    @Column(name = "module_ref")
    private Long moduleRef;
    @Column(name = "version_ref")
    private Long versionRef;
    @Column(name = "placement_ref")
    private Long placementRef;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;
    @Column(name = "seconds_spent")
    private long secondsSpent;
    @Column(name = "resume_at")
    private String resumeAt;
    @Column(name = "lessons_seen")
    private String lessonsSeen;
    @Column(name = "scenario_step")
    private String scenarioStep;
    @Column(name = "scenario_trail")
    private String scenarioTrail;
    @Column(name = "scenario_finished")
    private boolean scenarioFinished;
    @Column(name = "check_attempts")
    private int checkAttempts;
    @Column(name = "best_check_score")
    private Integer bestCheckScore;
    @Column(name = "check_passed")
    private boolean checkPassed;
    private String reflection;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Column(name = "completion_score")
    private Integer completionScore;

    protected ModuleProgress() {
    }

    ModuleProgress(long deploymentRef, long userRef, long moduleRef, long versionRef, Long placementRef, Instant now) {
        this.deploymentRef = deploymentRef;
        this.userRef = userRef;
        this.moduleRef = moduleRef;
        this.versionRef = versionRef;
        this.placementRef = placementRef;
        this.startedAt = now;
        this.lastActivityAt = now;
        this.resumeAt = "lesson-1";
        this.lessonsSeen = "";
        this.scenarioTrail = "";
    }

    /** Counts the time since the last step as study, unless it was a break. */
    void touch(Instant now) {
        var gap = Duration.between(lastActivityAt, now);
        if (!gap.isNegative() && gap.compareTo(LONGEST_STUDY_GAP) <= 0) {
            secondsSpent += gap.toSeconds();
        }
        lastActivityAt = now;
    }

    void sawLesson(int number, int lessonCount) {
        var seen = new TreeSet<>(lessonsSeen());
        seen.add(number);
        lessonsSeen = String.join(",", seen.stream().map(String::valueOf).toList());
        if (completedAt == null) {
            resumeAt = number < lessonCount ? "lesson-" + (number + 1) : "scenario";
        }
    }

    void startScenario(String startStep) {
        if (scenarioStep == null) {
            scenarioStep = startStep;
        }
    }

    /** Records a choice; the trail keeps every step and choice, in order, for the feedback page. */
    void choose(String stepId, int choice, String next, boolean ends) {
        scenarioTrail = scenarioTrail + (scenarioTrail.isEmpty() ? "" : ";") + stepId + ":" + choice;
        if (ends) {
            scenarioFinished = true;
            scenarioStep = null;
            if (completedAt == null) {
                resumeAt = "check";
            }
        } else {
            scenarioStep = next;
        }
    }

    void restartScenario(String startStep) {
        scenarioStep = startStep;
        scenarioTrail = "";
    }

    int recordAttempt(int score, boolean passed) {
        checkAttempts++;
        bestCheckScore = bestCheckScore == null ? score : Math.max(bestCheckScore, score);
        if (passed) {
            checkPassed = true;
            if (completedAt == null) {
                resumeAt = "reflection";
            }
        }
        return checkAttempts;
    }

    void reflect(String text) {
        this.reflection = text;
    }

    /** Complete when every lesson was seen, the scenario finished and the check passed. */
    boolean completeIfDone(int lessonCount, Instant now) {
        if (completedAt == null && lessonsSeen().size() >= lessonCount && scenarioFinished && checkPassed) {
            completedAt = now;
            completionScore = bestCheckScore;
            resumeAt = "complete";
            return true;
        }
        return false;
    }

    public Long deploymentRef() {
        return deploymentRef;
    }

    public Long userRef() {
        return userRef;
    }

    public Long moduleRef() {
        return moduleRef;
    }

    public Long versionRef() {
        return versionRef;
    }

    public Optional<Long> placementRef() {
        return Optional.ofNullable(placementRef);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public long secondsSpent() {
        return secondsSpent;
    }

    public String resumeAt() {
        return resumeAt;
    }

    public List<Integer> lessonsSeen() {
        return lessonsSeen.isEmpty() ? List.of()
                : Arrays.stream(lessonsSeen.split(",")).map(Integer::valueOf).toList();
    }

    public Optional<String> scenarioStep() {
        return Optional.ofNullable(scenarioStep);
    }

    /** The choices made so far in the scenario: step id and the index of the option chosen. */
    public List<Choice> scenarioTrail() {
        return scenarioTrail.isEmpty() ? List.of() : Arrays.stream(scenarioTrail.split(";"))
                .map(entry -> entry.split(":"))
                .map(parts -> new Choice(parts[0], Integer.parseInt(parts[1])))
                .toList();
    }

    public record Choice(String stepId, int choice) {
    }

    public boolean scenarioFinished() {
        return scenarioFinished;
    }

    public int checkAttempts() {
        return checkAttempts;
    }

    public Optional<Integer> bestCheckScore() {
        return Optional.ofNullable(bestCheckScore);
    }

    public boolean checkPassed() {
        return checkPassed;
    }

    public Optional<String> reflection() {
        return Optional.ofNullable(reflection);
    }

    public Optional<Instant> completedAt() {
        return Optional.ofNullable(completedAt);
    }

    public Optional<Integer> completionScore() {
        return Optional.ofNullable(completionScore);
    }

    public boolean completed() {
        return completedAt != null;
    }
}
