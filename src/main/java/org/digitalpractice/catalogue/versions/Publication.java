package org.digitalpractice.catalogue.versions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;
import java.util.Optional;

/**
 * One time a council published its module, numbered 1, 2, 3... as trainers count versions: which stored content new
 * learners were offered from then, and, for a rollback, which earlier publication it put back.
 */
@Entity
@Table(name = "publication")
public class Publication extends NumberedEntity {

    @Column(name = "module_ref")
    private Long moduleRef;
    private int number;
    @Column(name = "version_ref")
    private Long versionRef;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "restored_from")
    private Integer restoredFrom;

    protected Publication() {
    }

    Publication(long moduleRef, int number, long versionRef, Instant at, String by, Integer restoredFrom) {
        this.moduleRef = moduleRef;
        this.number = number;
        this.versionRef = versionRef;
        this.publishedAt = at;
        this.publishedBy = by;
        this.restoredFrom = restoredFrom;
    }

    public int number() {
        return number;
    }

    public Long versionRef() {
        return versionRef;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Optional<Integer> restoredFrom() {
        return Optional.ofNullable(restoredFrom);
    }
}
