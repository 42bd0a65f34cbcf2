package org.digitalpractice.insight.completion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;

/** The due date a lead set for one link in their course; it wins over the date the link itself carries. */
@Entity
@Table(name = "placement_due_date")
public class PlacementDueDate {

    @Id
    @Column(name = "placement_ref")
    private Long placementRef;
    @Column(name = "due_on")
    private LocalDate dueOn;
    @Column(name = "set_by")
    private String setBy;
    @Column(name = "set_at")
    private Instant setAt;

    protected PlacementDueDate() {
    }

    PlacementDueDate(long placementRef, LocalDate dueOn, String setBy, Instant setAt) {
        this.placementRef = placementRef;
        this.dueOn = dueOn;
        this.setBy = setBy;
        this.setAt = setAt;
    }

    void change(LocalDate dueOn, String setBy, Instant setAt) {
        this.dueOn = dueOn;
        this.setBy = setBy;
        this.setAt = setAt;
    }
}
