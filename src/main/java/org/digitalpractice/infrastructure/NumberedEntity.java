package org.digitalpractice.infrastructure;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.SequenceGenerator;

/**
 * An entity numbered from the tool's one shared sequence: a {@code BIGINT} column {@code id}, the table's primary key,
 * taken from {@code dp_id_seq} 50 at a time (IDENTITY fails on the H2 that Payara bundles). Most tables are numbered
 * this way, and each entity used to repeat the same four lines and accessor; a mistake in one copy (another
 * generator name, another allocation size) would have clashed with the sequence's step of 50 in V1.
 *
 * <p>The entities keyed otherwise stay as they are, with their own {@code @Id}: {@code lti.keys.ToolKey} (the key's
 * {@code kid}), {@code session.LaunchSession} (a random string the tool makes), and two that share their placement's
 * number, {@code assessment.PlacementGrading} and {@code insight.completion.PlacementDueDate}
 * ({@code placement_ref}). Entities compare by identity, as they did before: none defined equals by id.
 */
@MappedSuperclass
public abstract class NumberedEntity {

    @Id
    @SequenceGenerator(name = "dp_id", sequenceName = "dp_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dp_id")
    private Long id;

    /** The number the database gave this row, or null before it is first stored. */
    public Long id() {
        return id;
    }
}
