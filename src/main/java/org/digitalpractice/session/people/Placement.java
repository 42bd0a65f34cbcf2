package org.digitalpractice.session.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/** A link to the tool inside a course (an LTI resource link). */
@Entity
@Table(name = "placement")
@NamedQuery(name = Placement.BY_LINK,
        query = "select p from Placement p where p.courseRef = :c and p.resourceLinkId = :r")
@NamedQuery(name = Placement.ACTIVITY_LINKS,
        query = "select p from Placement p where p.courseRef = :c and p.moduleSlug is not null")
@NamedQuery(name = Placement.MODULE_LINKS,
        query = "select p from Placement p where p.courseRef = :c and p.moduleSlug is not null "
                + "and p.moduleSlug <> :assessment order by p.firstSeen, p.id")
@NamedQuery(name = Placement.HOME_LINKS_WITH_COLUMN,
        query = "select p from Placement p where p.courseRef = :c and p.moduleSlug is null and p.agsLineItem is not null")
@NamedQuery(name = Placement.ANNOUNCED,
        query = "select p from Placement p where p.courseRef = :c and p.moduleSlug = :m "
                + "and p.resourceLinkId like :announced order by p.firstSeen, p.id")
public class Placement extends NumberedEntity {

    static final String BY_LINK = "Placement.byLink";
    static final String ACTIVITY_LINKS = "Placement.activityLinks";
    static final String MODULE_LINKS = "Placement.moduleLinks";
    static final String HOME_LINKS_WITH_COLUMN = "Placement.homeLinksWithColumn";
    static final String ANNOUNCED = "Placement.announced";

    /** The activity key of a link that opens the self-assessment; other keys are module slugs. */
    public static final String SELF_ASSESSMENT = "self-assessment";

    @Column(name = "course_ref")
    private Long courseRef;
    @Column(name = "resource_link_id")
    private String resourceLinkId;
    private String title;
    @Column(name = "module_slug")
    private String moduleSlug;
    @Column(name = "first_seen")
    private Instant firstSeen;
    @Column(name = "ags_line_items")
    private String agsLineItems;
    @Column(name = "ags_line_item")
    private String agsLineItem;
    @Column(name = "ags_scopes")
    private String agsScopes;
    @Column(name = "gradebook_mode")
    private String gradebookMode;
    @Column(name = "due_on")
    private java.time.LocalDate dueOn;
    @Column(name = "progress_scores")
    private boolean progressScores;

    protected Placement() {
    }

    Placement(long courseRef, String resourceLinkId, Instant now) {
        this.courseRef = courseRef;
        this.resourceLinkId = resourceLinkId;
        this.firstSeen = now;
    }

    public void describe(String title, String moduleSlug) {
        if (title != null) {
            this.title = title;
        }
        if (moduleSlug != null) {
            this.moduleSlug = moduleSlug;
        }
    }

    /**
     * Records what the latest launch said about the link's gradebook: its AGS endpoint, result mode, and whether it
     * wants "Started" scores (custom parameter {@code progress_scores=yes}; off unless asked, because a platform
     * shows nothing for them and Moodle stamps them with their arrival, which can make it refuse the completion).
     */
    public void connect(java.util.Optional<org.digitalpractice.lti.launch.LaunchContext.Ags> ags, String mode, String progress) {
        progressScores = "yes".equalsIgnoreCase(progress) || "true".equalsIgnoreCase(progress);
        agsLineItems = ags.flatMap(org.digitalpractice.lti.launch.LaunchContext.Ags::lineItemsUrl).orElse(null);
        agsLineItem = ags.flatMap(org.digitalpractice.lti.launch.LaunchContext.Ags::lineItemUrl).orElse(null);
        agsScopes = ags.map(a -> String.join(" ", a.scopes())).orElse(null);
        if (mode != null) {
            gradebookMode = mode;
        }
    }

    public java.util.Optional<String> agsLineItems() {
        return java.util.Optional.ofNullable(agsLineItems);
    }

    public java.util.Optional<String> agsLineItem() {
        return java.util.Optional.ofNullable(agsLineItem);
    }

    public java.util.Set<String> agsScopes() {
        return agsScopes == null || agsScopes.isBlank() ? java.util.Set.of()
                : java.util.Set.of(agsScopes.split(" "));
    }

    /**
     * Keeps the due date the link carries (custom parameter {@code due_date}, an ISO date or date-time, as set when
     * the trainer placed it). A link that no longer carries one has no due date; one that is unreadable changes
     * nothing.
     */
    public void due(String dueDate) {
        if (dueDate == null || dueDate.isBlank()) {
            dueOn = null;
            return;
        }
        DueDates.parse(dueDate).ifPresent(date -> dueOn = date);
    }

    public java.util.Optional<java.time.LocalDate> dueOn() {
        return java.util.Optional.ofNullable(dueOn);
    }

    /** "score" sends the knowledge-check score; "completion", the default, sends 1 of 1. */
    public String gradebookMode() {
        return "score".equals(gradebookMode) ? "score" : "completion";
    }

    /** Whether the link's gradebook also hears when a learner starts, not only their results. */
    public boolean progressScores() {
        return progressScores;
    }

    /** The module this link opens, when it names one. */
    public java.util.Optional<String> moduleSlug() {
        return java.util.Optional.ofNullable(moduleSlug);
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
