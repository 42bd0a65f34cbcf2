package org.digitalpractice.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.digitalpractice.infrastructure.Hashes;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;

/** Seals a {@link LoginState} into the state parameter (an HMAC-signed JWT) and opens it again, checking it. */
public final class LoginStates {

    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final byte[] key;
    private final Clock clock;

    public LoginStates(byte[] key, Clock clock) {
        this.key = key.clone();
        this.clock = clock;
    }

    public String seal(LoginState state) {
        var claims = new JWTClaimsSet.Builder()
                .jwtID(state.id())
                .claim("iss", state.issuer())
                .claim("cid", state.clientId())
                .claim("nonce", state.nonce())
                .claim("dep", state.loginDeploymentId().orElse(null))
                .claim("tlu", state.targetLinkUri())
                .claim("lh", state.loginHint())
                .claim("lmh", state.messageHint().orElse(null))
                .claim("st", state.storageTarget().orElse(null))
                .claim("bh", state.bindingHash())
                .expirationTime(Date.from(state.expiresAt()))
                .build();
        try {
            var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the login state", e);
        }
    }

    public LoginState open(String state) {
        if (state == null || state.isBlank()) {
            throw new LaunchRejected("the launch has no state parameter: it did not come from a login that this tool started");
        }
        try {
            var jwt = SignedJWT.parse(state);
            if (!jwt.verify(new MACVerifier(key))) {
                throw new LaunchRejected("the state parameter was not issued by this tool (its signature does not verify)");
            }
            var claims = jwt.getJWTClaimsSet();
            var expires = claims.getExpirationTime().toInstant();
            if (expires.isBefore(clock.instant())) {
                throw new LaunchRejected("the state parameter expired at " + expires
                        + ": the login took longer than " + LIFETIME.toMinutes() + " minutes");
            }
            return new LoginState(claims.getJWTID(),
                    claims.getStringClaim("iss"),
                    claims.getStringClaim("cid"),
                    claims.getStringClaim("nonce"),
                    Optional.ofNullable(claims.getStringClaim("dep")),
                    claims.getStringClaim("tlu"),
                    claims.getStringClaim("lh"),
                    Optional.ofNullable(claims.getStringClaim("lmh")),
                    Optional.ofNullable(claims.getStringClaim("st")),
                    claims.getStringClaim("bh"),
                    expires);
        } catch (ParseException | JOSEException e) {
            throw new LaunchRejected("the state parameter is not one this tool issued (" + e.getMessage() + ")");
        }
    }

    /** Rejects a launch whose browser cannot prove it started the login. */
    public static void checkBinding(LoginState state, String presentedBinding) {
        if (presentedBinding == null || !Hashes.sameHash(presentedBinding, state.bindingHash())) {
            throw new LaunchRejected("the state was issued to another browser: this browser did not start the login");
        }
    }
}
