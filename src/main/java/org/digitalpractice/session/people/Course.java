package org.digitalpractice.session.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.time.Instant;

/** A course (LTI context) of one council's platform. */
@Entity
@Table(name = "course")
public class Course extends NumberedEntity {

    @Column(name = "deployment_ref")
    private Long deploymentRef;
    @Column(name = "context_id")
    private String contextId;
    private String title;
    private String label;
    @Column(name = "first_seen")
    private Instant firstSeen;
    @Column(name = "memberships_url")
    private String membershipsUrl;
    /** The Course Groups Service of the latest launch that offered it: its URLs and scopes, nothing else. */
    @Column(name = "groups_url")
    private String groupsUrl;
    @Column(name = "group_sets_url")
    private String groupSetsUrl;
    @Column(name = "groups_scopes")
    private String groupsScopes;

    protected Course() {
    }

    Course(long deploymentRef, String contextId, Instant now) {
        this.deploymentRef = deploymentRef;
        this.contextId = contextId;
        this.firstSeen = now;
    }

    public void describe(String title, String label) {
        if (title != null) {
            this.title = title;
        }
        if (label != null) {
            this.label = label;
        }
    }

    public void offersRoster(String url) {
        if (url != null) {
            this.membershipsUrl = url;
        }
    }

    public void offersGroups(java.util.Optional<org.digitalpractice.lti.launch.LaunchContext.GroupsService> service) {
        service.ifPresent(groups -> {
            this.groupsUrl = groups.groupsUrl();
            this.groupSetsUrl = groups.groupSetsUrl().orElse(null);
            var scopes = String.join(" ", groups.scopes());
            this.groupsScopes = scopes.length() > 1000 ? scopes.substring(0, 1000) : scopes;
        });
    }

    /** The course's groups service (LTI Course Groups), when a launch offered it. */
    public java.util.Optional<String> groupsUrl() {
        return java.util.Optional.ofNullable(groupsUrl);
    }

    /** The course's roster service (NRPS), when a launch offered it. */
    public java.util.Optional<String> membershipsUrl() {
        return java.util.Optional.ofNullable(membershipsUrl);
    }

    public String label() {
        return label;
    }

    public Long deploymentRef() {
        return deploymentRef;
    }

    public String contextId() {
        return contextId;
    }

    public String title() {
        return title != null ? title : label != null ? label : contextId;
    }
}
