-- Foundation: LTI registrations and keys, tenants, people, courses, placements and launch sessions.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

-- EclipseLink takes each value as the END of a block of 50, so the first value must be at least 50.
CREATE SEQUENCE dp_id_seq START WITH 50 INCREMENT BY 50;

CREATE TABLE platform_registration (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    issuer                  VARCHAR(255)  NOT NULL,
    client_id               VARCHAR(255)  NOT NULL,
    platform_name           VARCHAR(255)  NOT NULL,
    auth_url                VARCHAR(1000) NOT NULL,
    jwks_url                VARCHAR(1000) NOT NULL,
    token_url               VARCHAR(1000) NOT NULL,
    token_audience          VARCHAR(1000),
    accept_new_deployments  BOOLEAN       NOT NULL,
    role_overrides          VARCHAR(4000),
    source_file             VARCHAR(255),
    updated_at              TIMESTAMP     NOT NULL,
    CONSTRAINT uq_platform_registration UNIQUE (issuer, client_id)
);

-- One council is one deployment of one registration: the tenant.
CREATE TABLE deployment (
    id               BIGINT       NOT NULL PRIMARY KEY,
    registration_id  BIGINT       NOT NULL REFERENCES platform_registration (id),
    deployment_id    VARCHAR(255) NOT NULL,
    council_name     VARCHAR(255) NOT NULL,
    CONSTRAINT uq_deployment UNIQUE (registration_id, deployment_id)
);

CREATE TABLE tool_key (
    kid             VARCHAR(64)   NOT NULL PRIMARY KEY,
    jwk             VARCHAR(8000) NOT NULL,
    created_at      TIMESTAMP     NOT NULL,
    signs_from      TIMESTAMP     NOT NULL,
    retired_at      TIMESTAMP,
    published_until TIMESTAMP
);

-- Secrets shared by every node: the HMAC keys for login state and launch tokens.
CREATE TABLE tool_secret (
    name        VARCHAR(64)  NOT NULL PRIMARY KEY,
    secret      VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP    NOT NULL
);

-- Single-use values (login state, id_token nonce): a second insert of the same hash is a replay.
CREATE TABLE used_once (
    value_hash  VARCHAR(64) NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP   NOT NULL
);
CREATE INDEX ix_used_once_expires ON used_once (expires_at);

CREATE TABLE app_user (
    id             BIGINT       NOT NULL PRIMARY KEY,
    deployment_ref BIGINT       NOT NULL REFERENCES deployment (id),
    subject        VARCHAR(255) NOT NULL,
    display_name   VARCHAR(255),
    email          VARCHAR(320),
    first_seen     TIMESTAMP    NOT NULL,
    last_seen      TIMESTAMP    NOT NULL,
    CONSTRAINT uq_app_user UNIQUE (deployment_ref, subject)
);

CREATE TABLE course (
    id             BIGINT       NOT NULL PRIMARY KEY,
    deployment_ref BIGINT       NOT NULL REFERENCES deployment (id),
    context_id     VARCHAR(255) NOT NULL,
    title          VARCHAR(255),
    label          VARCHAR(255),
    first_seen     TIMESTAMP    NOT NULL,
    CONSTRAINT uq_course UNIQUE (deployment_ref, context_id)
);

CREATE TABLE placement (
    id               BIGINT        NOT NULL PRIMARY KEY,
    course_ref       BIGINT        NOT NULL REFERENCES course (id),
    resource_link_id VARCHAR(255)  NOT NULL,
    title            VARCHAR(255),
    first_seen       TIMESTAMP     NOT NULL,
    CONSTRAINT uq_placement UNIQUE (course_ref, resource_link_id)
);

CREATE TABLE launch_session (
    id             VARCHAR(64)    NOT NULL PRIMARY KEY,
    user_ref       BIGINT         NOT NULL REFERENCES app_user (id),
    course_ref     BIGINT         REFERENCES course (id),
    placement_ref  BIGINT         REFERENCES placement (id),
    role           VARCHAR(16)    NOT NULL,
    message_type   VARCHAR(64)    NOT NULL,
    target         VARCHAR(1000)  NOT NULL,
    launch_claims  VARCHAR(20000) NOT NULL,
    created_at     TIMESTAMP      NOT NULL,
    expires_at     TIMESTAMP      NOT NULL
);
CREATE INDEX ix_launch_session_expires ON launch_session (expires_at);
