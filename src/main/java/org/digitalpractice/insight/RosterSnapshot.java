package org.digitalpractice.insight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;
import java.util.Optional;

/** One fetch of a course's roster: when, how many, what changed, or why it could not be fetched. */
@Entity
@Table(name = "roster_snapshot")
public class RosterSnapshot extends NumberedEntity {

    @Column(name = "course_ref")
    private Long courseRef;
    @Column(name = "fetched_at")
    private Instant fetchedAt;
    private int members;
    private int joined;
    private int departed;
    private int changed;
    private int pages;
    private String problem;

    protected RosterSnapshot() {
    }

    RosterSnapshot(long courseRef, Instant fetchedAt, int members, int joined, int departed, int changed, int pages,
                   String problem) {
        this.courseRef = courseRef;
        this.fetchedAt = fetchedAt;
        this.members = members;
        this.joined = joined;
        this.departed = departed;
        this.changed = changed;
        this.pages = pages;
        this.problem = problem;
    }

    public Instant fetchedAt() {
        return fetchedAt;
    }

    public int members() {
        return members;
    }

    public int joined() {
        return joined;
    }

    public int departed() {
        return departed;
    }

    public int changed() {
        return changed;
    }

    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }
}
