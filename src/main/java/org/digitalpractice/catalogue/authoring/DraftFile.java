package org.digitalpractice.catalogue.authoring;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One file of a draft, by its path inside the module folder ("module.yaml", "lessons/01-why.md"). */
@Entity
@Table(name = "draft_file")
public class DraftFile {

    @Id
    @SequenceGenerator(name = "dp_id", sequenceName = "dp_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dp_id")
    private Long id;
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
