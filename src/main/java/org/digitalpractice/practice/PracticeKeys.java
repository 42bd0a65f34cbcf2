package org.digitalpractice.practice;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.digitalpractice.infrastructure.Database;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.util.UUID;

/** The practice platform's own RSA key, kept across restarts so the tool's cached copy stays right. */
@ApplicationScoped
public class PracticeKeys {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Clock clock;

    private volatile RSAKey key;

    public RSAKey signingKey() {
        if (key == null) {
            synchronized (this) {
                if (key == null) {
                    key = loadOrCreate();
                }
            }
        }
        return key;
    }

    public JWKSet publicKeys() {
        return new JWKSet(signingKey().toPublicJWK());
    }

    private RSAKey loadOrCreate() {
        try (var connection = dataSource.getConnection()) {
            try (var query = connection.prepareStatement("select jwk from practice_key order by created_at desc");
                 var rows = query.executeQuery()) {
                if (rows.next()) {
                    return RSAKey.parse(rows.getString(1));
                }
            }
            var created = new RSAKeyGenerator(2048).keyID("practice-" + UUID.randomUUID())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate();
            try (var insert = connection.prepareStatement(
                    "insert into practice_key (kid, jwk, created_at) values (?, ?, ?)")) {
                insert.setString(1, created.getKeyID());
                insert.setString(2, created.toJSONString());
                insert.setTimestamp(3, Timestamp.from(clock.instant()));
                insert.executeUpdate();
            }
            return created;
        } catch (SQLException | ParseException | JOSEException e) {
            throw new IllegalStateException("The practice platform cannot load or create its key", e);
        }
    }
}
