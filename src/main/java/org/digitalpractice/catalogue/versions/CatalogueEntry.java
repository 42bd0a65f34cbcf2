package org.digitalpractice.catalogue.versions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/** A module in the catalogue: whose it is, whether learners can see it, and which version they start now. */
@Entity
@Table(name = "training_module")
public class CatalogueEntry extends NumberedEntity {

    /** The owner of the shared modules that ship with the tool: read-only for councils. */
    public static final String LIBRARY = "library";

    public enum Status { DRAFT, PUBLISHED, ARCHIVED }

    private String owner;
    private String slug;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "current_version_ref")
    private Long currentVersionRef;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected CatalogueEntry() {
    }

    CatalogueEntry(String owner, String slug, Status status, Instant now, String by) {
        this.owner = owner;
        this.slug = slug;
        this.status = status;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** The owner string of one council's own modules. */
    public static String ownerOf(long deploymentRef) {
        return "deployment:" + deploymentRef;
    }

    void publish(ModuleVersion version, Instant now, String by) {
        this.currentVersionRef = version.id();
        this.status = Status.PUBLISHED;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** New learners no longer see it; learners who started it keep their version and their records. */
    public void archive(Instant now, String by) {
        this.status = Status.ARCHIVED;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String owner() {
        return owner;
    }

    public String slug() {
        return slug;
    }

    public Status status() {
        return status;
    }

    public Long currentVersionRef() {
        return currentVersionRef;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public boolean isLibrary() {
        return LIBRARY.equals(owner);
    }
}
