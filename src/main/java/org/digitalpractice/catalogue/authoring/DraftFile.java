package org.digitalpractice.catalogue.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

/** One file of a draft, by its path inside the module folder ("module.yaml", "lessons/01-why.md"). */
@Entity
@Table(name = "draft_file")
public class DraftFile extends NumberedEntity {

    @Column(name = "draft_ref")
    private Long draftRef;
    private String path;
    private String content;

    protected DraftFile() {
    }

    DraftFile(long draftRef, String path, String content) {
        this.draftRef = draftRef;
        this.path = path;
        this.content = content;
    }

    public String path() {
        return path;
    }

    public String content() {
        return content;
    }
}
