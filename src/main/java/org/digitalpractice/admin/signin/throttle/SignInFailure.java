package org.digitalpractice.admin.signin.throttle;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One sign-in that was not right, from one client address: what the throttle counts. It names no account. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure {

    static final int LONGEST_ADDRESS = 64;

    @Id
    @SequenceGenerator(name = "dp_id", sequenceName = "dp_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dp_id")
    private Long id;
    @Column(name = "failed_at")
    private Instant failedAt;
    @Column(name = "client_address")
    private String clientAddress;

    protected SignInFailure() {
    }

    SignInFailure(Instant failedAt, String clientAddress) {
        this.failedAt = failedAt;
        this.clientAddress = clientAddress;
    }
}
