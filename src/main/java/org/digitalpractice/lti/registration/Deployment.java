package org.digitalpractice.lti.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.digitalpractice.infrastructure.NumberedEntity;

/** One install of the tool in a platform: for us, one council, and the unit of tenant isolation. */
@Entity
@Table(name = "deployment")
public class Deployment extends NumberedEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    @Column(name = "deployment_id")
    private String deploymentId;

    @Column(name = "council_name")
    private String councilName;

    protected Deployment() {
    }

    Deployment(Registration registration, String deploymentId, String councilName) {
        this.registration = registration;
        this.deploymentId = deploymentId;
        this.councilName = councilName;
    }

    void rename(String councilName) {
        this.councilName = councilName;
    }

    public Registration registration() {
        return registration;
    }

    public String deploymentId() {
        return deploymentId;
    }

    public String councilName() {
        return councilName;
    }
}
