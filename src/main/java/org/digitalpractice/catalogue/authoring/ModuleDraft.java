package org.digitalpractice.catalogue.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/**
 * A council's working copy of one module. Its files live in {@code draft_file}; it is always a module the
 * {@link org.digitalpractice.catalogue.ModuleReader} accepts, because every save is checked first.
 */
@Entity
@Table(name = "module_draft")
public class ModuleDraft extends NumberedEntity {

    @Column(name = "deployment_ref")
    private Long deploymentRef;
    private String slug;
    @Column(name = "based_on")
    private String basedOn;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "updated_by")
    private String updatedBy;

    protected ModuleDraft() {
    }

    ModuleDraft(long deploymentRef, String slug, String basedOn, Instant now, String by) {
        this.deploymentRef = deploymentRef;
        this.slug = slug;
        this.basedOn = basedOn;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    void changed(Instant now, String by) {
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public String slug() {
        return slug;
    }

    /** Where the draft came from, in words: "library version 3", "import", "version 2". */
    public String basedOn() {
        return basedOn;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }
}
