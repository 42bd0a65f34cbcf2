package org.digitalpractice.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A link to the tool inside a course (an LTI resource link). */
@Entity
@Table(name = "placement")
public class Placement {

    @Id
    @SequenceGenerator(name = "dp_id", sequenceName = "dp_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dp_id")
    private Long id;
    @Column(name = "course_ref")
    private Long courseRef;
    @Column(name = "resource_link_id")
    private String resourceLinkId;
    private String title;
    @Column(name = "module_slug")
    private String moduleSlug;
    @Column(name = "first_seen")
    private Instant firstSeen;

    protected Placement() {
    }

    Placement(long courseRef, String resourceLinkId, Instant now) {
        this.courseRef = courseRef;
        this.resourceLinkId = resourceLinkId;
        this.firstSeen = now;
    }

    void describe(String title, String moduleSlug) {
        if (title != null) {
            this.title = title;
        }
        if (moduleSlug != null) {
            this.moduleSlug = moduleSlug;
        }
    }

    /** The module this link opens, when it names one. */
    public java.util.Optional<String> moduleSlug() {
        return java.util.Optional.ofNullable(moduleSlug);
    }

    public Long id() {
        return id;
    }

    public Long courseRef() {
        return courseRef;
    }

    public String resourceLinkId() {
        return resourceLinkId;
    }

    public String title() {
        return title;
    }
}
