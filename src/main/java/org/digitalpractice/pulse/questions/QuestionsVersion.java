package org.digitalpractice.pulse.questions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/**
 * One distinct content of the questions file, numbered 1, 2, 3... The YAML text is kept, so that a response is read
 * against the questions it was given on after the file changes.
 */
@Entity
@Table(name = "pulse_questions_version")
public class QuestionsVersion extends NumberedEntity {

    @Column(name = "version_number")
    private int versionNumber;
    @Column(name = "content_hash")
    private String contentHash;
    private String content;
    @Column(name = "created_at")
    private Instant createdAt;

    protected QuestionsVersion() {
    }

    QuestionsVersion(int versionNumber, String contentHash, String content, Instant now) {
        this.versionNumber = versionNumber;
        this.contentHash = contentHash;
        this.content = content;
        this.createdAt = now;
    }

    public int versionNumber() {
        return versionNumber;
    }

    /** The YAML text, exactly as the file held it. */
    public String content() {
        return content;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
