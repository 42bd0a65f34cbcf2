package org.digitalpractice.assessment.framework;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/**
 * One distinct content of the framework file, numbered 1, 2, 3... The YAML text is kept, so an attempt shows the
 * statements it was started with after the file changes.
 */
@Entity
@Table(name = "framework_version")
public class FrameworkVersion extends NumberedEntity {

    @Column(name = "version_number")
    private int versionNumber;
    @Column(name = "content_hash")
    private String contentHash;
    private String title;
    private String content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected FrameworkVersion() {
    }

    FrameworkVersion(int versionNumber, String contentHash, String title, String content, Instant now) {
        this.versionNumber = versionNumber;
        this.contentHash = contentHash;
        this.title = title;
        this.content = content;
        this.createdAt = now;
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

    /** The YAML text, exactly as the file held it. */
    public String content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
