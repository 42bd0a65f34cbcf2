package org.digitalpractice.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.digitalpractice.admin.audit.AuditLog;
import org.digitalpractice.admin.signin.throttle.SignInThrottle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a username and password. Every refusal looks the same, whether the name has no account, the password is
 * wrong or the account is locked, and takes as long: nobody learns which names have accounts. Failures in a row
 * lock the account ({@link Lockout}), and every failure counts towards the throttle by client address and for
 * everyone ({@link SignInThrottle}); the audit log records them under the account's name, never the name typed
 * when there is no such account (it could be a password typed into the wrong box). What an attempt changes and
 * its audit entry commit together.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    Administrators administrators;
    @Inject
    Passwords passwords;
    @Inject
    ConsoleSessions sessions;
    @Inject
    AuditLog audit;
    @Inject
    SignInThrottle throttle;
    @Inject
    SignIn self;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "dp.admin.lockout-attempts", defaultValue = "5")
    int lockoutAttempts;
    @Inject
    @ConfigProperty(name = "dp.admin.lockout-minutes", defaultValue = "15")
    long lockoutMinutes;

    public Lockout lockout() {
        return new Lockout(lockoutAttempts, Duration.ofMinutes(lockoutMinutes));
    }

    /** A session's cookie value for the right username and password of an unlocked account; empty otherwise. */
    public Optional<String> attempt(String username, String password, String clientAddress) {
        var name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        var typed = password == null ? "" : password;
        if (name.length() > NewAdministratorForm.LONGEST_USERNAME || typed.length() > 4 * PasswordPolicy.LONGEST) {
            passwords.matchNobody("");
            throttle.failed(clientAddress);
            return Optional.empty();
        }
        return Optional.ofNullable(self.check(name, typed, clientAddress).token());
    }

    public enum Kind { NO_ACCOUNT, STILL_LOCKED, WRONG, LOCKED_NOW, SIGNED_IN }

    /** How one attempt ended, and for whom (null when the name has no account). */
    public record Outcome(Kind kind, String who, String token) {
    }

    /**
     * The account's row stays locked meanwhile, so that failures at the same moment all count; the attempt's
     * counts, its session and its audit entry commit together.
     */
    @Transactional
    public Outcome check(String username, String password, String clientAddress) {
        var outcome = judge(username, password);
        switch (outcome.kind()) {
            case NO_ACCOUNT -> audit.record("(nobody)", "A sign-in with a username that has no account was refused");
            case WRONG -> audit.record(outcome.who(), "Sign-in refused: the password was not right");
            case LOCKED_NOW -> audit.record(outcome.who(), "Account locked for " + lockoutMinutes + " minutes after "
                    + lockoutAttempts + " sign-ins in a row that were not right");
            case SIGNED_IN -> audit.record(outcome.who(), "Signed in to the console");
            case STILL_LOCKED -> {
                // Not recorded: someone hammering a locked account would flood the log.
            }
        }
        if (outcome.kind() != Kind.SIGNED_IN) {
            throttle.failed(clientAddress);
        }
        return outcome;
    }

    private Outcome judge(String username, String password) {
        var now = clock.instant();
        var found = administrators.lockByUsername(username);
        if (found.isEmpty()) {
            passwords.matchNobody(password);
            return new Outcome(Kind.NO_ACCOUNT, null, null);
        }
        var administrator = found.get();
        var who = administrator.fullName() + " (" + administrator.username() + ")";
        if (administrator.lockedAt(now)) {
            passwords.matchNobody(password);
            return new Outcome(Kind.STILL_LOCKED, who, null);
        }
        if (!passwords.matches(password, administrator.passwordHash())) {
            return new Outcome(administrator.failedSignIn(now, lockout()) ? Kind.LOCKED_NOW : Kind.WRONG, who, null);
        }
        administrator.signedIn(now);
        return new Outcome(Kind.SIGNED_IN, who, sessions.open(administrator));
    }
}
