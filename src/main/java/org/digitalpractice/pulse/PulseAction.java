package org.digitalpractice.pulse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/**
 * "What we are doing about it": a council's answer to one quarter's pulse, written by its learning leads for its
 * learners. It speaks for the council, so no name is kept with it.
 */
@Entity
@Table(name = "pulse_action")
public class PulseAction extends NumberedEntity {

    @Column(name = "deployment_ref")
    private Long deploymentRef;
    private String quarter;
    @Column(name = "action_text")
    private String text;
    @Column(name = "changed_at")
    private Instant changedAt;

    protected PulseAction() {
    }

    PulseAction(long deploymentRef, Quarter quarter, String text, Instant now) {
        this.deploymentRef = deploymentRef;
        this.quarter = quarter.code();
        change(text, now);
    }

    void change(String text, Instant now) {
        this.text = text;
        this.changedAt = now;
    }

    public Quarter quarter() {
        return Quarter.parse(quarter).orElseThrow();
    }

    public String text() {
        return text;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
