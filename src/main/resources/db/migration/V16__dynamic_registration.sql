-- LTI Dynamic Registration 1.0. A platform registers itself through a one-time link made by the people who run the
-- tool; what it registers waits for their approval (PENDING) unless its origin is approved in advance. A
-- registration loaded from a file is ACTIVE. DISABLED stops launches through it.
ALTER TABLE platform_registration ADD COLUMN status VARCHAR(16) DEFAULT 'ACTIVE' NOT NULL;
-- Where a dynamically registered platform's OpenID configuration was read; empty for a file's registration.
ALTER TABLE platform_registration ADD COLUMN openid_configuration VARCHAR(1000);

-- The one-time registration links: only the hash of the token in the link is kept. A used link names the
-- registration it made.
CREATE TABLE registration_link (
    token_hash        VARCHAR(64) NOT NULL PRIMARY KEY,
    created_at        TIMESTAMP   NOT NULL,
    expires_at        TIMESTAMP   NOT NULL,
    used_at           TIMESTAMP,
    registration_ref  BIGINT      REFERENCES platform_registration (id)
);

-- The practice platform's side of Dynamic Registration (unused when the practice platform is off): the
-- registration tokens it hands to the tool, each good for one registration within an hour, and the clients the
-- tool registered with it.
CREATE TABLE practice_registration_token (
    token_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP   NOT NULL,
    used_at     TIMESTAMP
);

CREATE TABLE practice_dynamic_client (
    client_id      VARCHAR(64)    NOT NULL PRIMARY KEY,
    deployment_id  VARCHAR(64)    NOT NULL,
    registration   VARCHAR(20000) NOT NULL,
    created_at     TIMESTAMP      NOT NULL
);
