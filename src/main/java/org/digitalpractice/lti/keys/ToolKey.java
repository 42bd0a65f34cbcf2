package org.digitalpractice.lti.keys;

import com.nimbusds.jose.jwk.RSAKey;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.text.ParseException;
import java.time.Instant;

/** One of the tool's RSA signing keys, with the moment it may start signing. */
@Entity
@Table(name = "tool_key")
public class ToolKey {

    @Id
    private String kid;
    private String jwk;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "signs_from")
    private Instant signsFrom;
    @Column(name = "retired_at")
    private Instant retiredAt;
    @Column(name = "published_until")
    private Instant publishedUntil;

    protected ToolKey() {
    }

    ToolKey(RSAKey key, Instant createdAt, Instant signsFrom) {
        this.kid = key.getKeyID();
        this.jwk = key.toJSONString();
        this.createdAt = createdAt;
        this.signsFrom = signsFrom;
    }

    public String kid() {
        return kid;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant signsFrom() {
        return signsFrom;
    }

    public Instant publishedUntil() {
        return publishedUntil;
    }

    void retire(Instant at, Instant publishedUntil) {
        this.retiredAt = at;
        this.publishedUntil = publishedUntil;
    }

    boolean retired() {
        return retiredAt != null;
    }

    RSAKey rsaKey() {
        try {
            return RSAKey.parse(jwk);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored tool key " + kid + " is not a valid JWK", e);
        }
    }
}
