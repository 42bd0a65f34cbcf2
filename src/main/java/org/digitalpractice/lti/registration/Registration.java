package org.digitalpractice.lti.registration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A learning platform the tool trusts, keyed by (issuer, client_id): Canvas uses one issuer for every customer. */
@Entity
@Table(name = "platform_registration")
public class Registration extends NumberedEntity {

    private String issuer;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "platform_name")
    private String platformName;
    @Column(name = "auth_url")
    private String authUrl;
    @Column(name = "jwks_url")
    private String jwksUrl;
    @Column(name = "token_url")
    private String tokenUrl;
    @Column(name = "token_audience")
    private String tokenAudience;
    @Column(name = "accept_new_deployments")
    private boolean acceptNewDeployments;
    @Column(name = "role_overrides")
    private String roleOverrides;
    @Column(name = "source_file")
    private String sourceFile;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private RegistrationStatus status = RegistrationStatus.ACTIVE;
    @Column(name = "openid_configuration")
    private String openidConfiguration;

    // Lazy: Blackboard serves every council from one client id, and a page needs only its own deployment.
    @OneToMany(mappedBy = "registration", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    private List<Deployment> deployments = new ArrayList<>();

    protected Registration() {
    }

    Registration(RegistrationFile file, Instant now) {
        this.issuer = file.issuer();
        this.clientId = file.clientId();
        update(file, now);
    }

    Registration(ProposedRegistration proposed, RegistrationStatus status, Instant now) {
        this.issuer = proposed.issuer();
        this.clientId = proposed.clientId();
        this.platformName = proposed.platformName();
        this.authUrl = proposed.authUrl().toString();
        this.jwksUrl = proposed.jwksUrl().toString();
        this.tokenUrl = proposed.tokenUrl().toString();
        this.tokenAudience = proposed.tokenAudience().orElse(null);
        this.acceptNewDeployments = proposed.deploymentId().isEmpty();
        this.openidConfiguration = proposed.openidConfiguration().toString();
        this.status = status;
        this.updatedAt = now;
        proposed.deploymentId().ifPresent(id -> deployments.add(new Deployment(this, id, "Deployment " + id)));
    }

    /**
     * Files win: a file naming this issuer and client id replaces what the platform registered by itself, and
     * counts as approval. A registration switched off stays off until it is approved again.
     */
    final void update(RegistrationFile file, Instant now) {
        if (status == RegistrationStatus.PENDING) {
            status = RegistrationStatus.ACTIVE;
        }
        this.platformName = file.platformName();
        this.authUrl = file.authUrl().toString();
        this.jwksUrl = file.jwksUrl().toString();
        this.tokenUrl = file.tokenUrl().toString();
        this.tokenAudience = file.tokenAudience().orElse(null);
        this.acceptNewDeployments = file.acceptNewDeployments();
        this.roleOverrides = RoleOverrides.toJson(file.roleOverrides());
        this.sourceFile = file.sourceFile();
        this.updatedAt = now;
        for (var declared : file.deployments()) {
            var existing = deployment(declared.deploymentId());
            if (existing.isPresent()) {
                existing.get().rename(declared.councilName());
            } else {
                deployments.add(new Deployment(this, declared.deploymentId(), declared.councilName()));
            }
        }
    }

    public RegistrationStatus status() {
        return status;
    }

    void changeStatus(RegistrationStatus status, Instant now) {
        this.status = status;
        this.updatedAt = now;
    }

    /** Logins and launches go through an active registration only; the others get a page saying why not. */
    public void requireActive() {
        if (status != RegistrationStatus.ACTIVE) {
            throw new RegistrationNotActive(this);
        }
    }

    /** The file it was loaded from, if it was; empty for a platform that registered itself. */
    public Optional<String> sourceFile() {
        return Optional.ofNullable(sourceFile);
    }

    /** Where a platform that registered itself published its OpenID configuration. */
    public Optional<String> openidConfiguration() {
        return Optional.ofNullable(openidConfiguration);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String platformName() {
        return platformName;
    }

    public URI authUrl() {
        return URI.create(authUrl);
    }

    public URI jwksUrl() {
        return URI.create(jwksUrl);
    }

    public URI tokenUrl() {
        return URI.create(tokenUrl);
    }

    /** The audience of our client assertion: the token URL unless the platform names another (Brightspace). */
    public String tokenAudience() {
        return tokenAudience == null ? tokenUrl : tokenAudience;
    }

    public boolean acceptsNewDeployments() {
        return acceptNewDeployments;
    }

    public java.util.Map<String, String> roleOverrides() {
        return RoleOverrides.fromJson(roleOverrides);
    }

    public List<Deployment> deployments() {
        return List.copyOf(deployments);
    }

    /** Reads every deployment of the registration: pages use {@link Registrations#deployment(Registration, String)}. */
    Optional<Deployment> deployment(String deploymentId) {
        return deployments.stream().filter(d -> d.deploymentId().equals(deploymentId)).findFirst();
    }
}
