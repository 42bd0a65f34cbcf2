package org.digitalpractice.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** What one link in a course sends to its gradebook when a learner submits the self-assessment, as a trainer set it. */
@Entity
@Table(name = "assessment_grading")
public class PlacementGrading {

    @Id
    @Column(name = "placement_ref")
    private Long placementRef;
    private String mode;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected PlacementGrading() {
    }

    PlacementGrading(long placementRef, GradeMode mode, Instant now, String by) {
        this.placementRef = placementRef;
        change(mode, now, by);
    }

    void change(GradeMode mode, Instant now, String by) {
        this.mode = mode.code();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public GradeMode mode() {
        return GradeMode.of(mode).orElse(GradeMode.COMPLETION);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
