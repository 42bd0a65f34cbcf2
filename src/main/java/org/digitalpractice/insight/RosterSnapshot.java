package org.digitalpractice.insight;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Optional;

/** One fetch of a course's roster: when, how many, what changed, or why it could not be fetched. */
@Entity
@Table(name = "roster_snapshot")
public class RosterSnapshot {

    @Id
    @SequenceGenerator(name = "dp_id", sequenceName = "dp_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dp_id")
    private Long id;
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

    public Long id() {
        return id;
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
