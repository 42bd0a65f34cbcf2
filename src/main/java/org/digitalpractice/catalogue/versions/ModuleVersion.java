package org.digitalpractice.catalogue.versions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/** One content of a module, numbered 1, 2, 3... Its files are kept, so it can be shown exactly as it was. */
@Entity
@Table(name = "module_version")
public class ModuleVersion extends NumberedEntity {

    @Column(name = "module_ref")
    private Long moduleRef;
    @Column(name = "version_number")
    private int versionNumber;
    @Column(name = "content_hash")
    private String contentHash;
    private String title;
    private String source;
    @Column(name = "created_at")
    private Instant createdAt;

    protected ModuleVersion() {
    }

    ModuleVersion(long moduleRef, int versionNumber, String contentHash, String title, String source, Instant now) {
        this.moduleRef = moduleRef;
        this.versionNumber = versionNumber;
        this.contentHash = contentHash;
        this.title = title;
        this.source = source;
        this.createdAt = now;
    }

    public Long moduleRef() {
        return moduleRef;
    }

    public int versionNumber() {
        return versionNumber;
    }

    public String contentHash() {
        return contentHash;
    }

    public String title() {
        return title;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
