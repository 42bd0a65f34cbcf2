package org.digitalpractice.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;
import org.digitalpractice.infrastructure.Secrets;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Password hashes: Argon2id, as OWASP's password storage guidance recommends first, with at least its minimum cost
 * (19 MiB of memory, 2 iterations, 1 lane). The encoder salts each hash and compares in constant time.
 */
@ApplicationScoped
public class Passwords {

    private final Argon2PasswordEncoder encoder = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
    /** A hash of nothing anyone knows, checked for a name with no account so that it takes as long as a real one. */
    private final String nobody = encoder.encode(Secrets.randomToken());

    public String hash(String password) {
        return encoder.encode(password);
    }

    public boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Spends the time a real check takes, and is never right. */
    public void matchNobody(String password) {
        encoder.matches(password, nobody);
    }
}
