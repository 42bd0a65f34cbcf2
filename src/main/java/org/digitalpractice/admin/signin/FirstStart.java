package org.digitalpractice.admin.signin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

/** At each start, once the database is migrated: a setup token, if the console has no administrator yet. */
@Startup
@Singleton
@DependsOn("Database")
public class FirstStart {

    @Inject
    SetupTokens setupTokens;

    @PostConstruct
    void atStart() {
        setupTokens.issueIfNoAdministrator();
    }
}
