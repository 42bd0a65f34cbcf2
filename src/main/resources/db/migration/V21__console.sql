-- The console for the people who run the tool (issue 17): named administrators who sign in with a password, their
-- sessions, the one-time setup tokens that make the first administrator, and the audit log of what they did.

-- An administrator: the name they sign in with (kept in lower case), their own name as the audit log shows it, and
-- an Argon2id hash of their password (never the password). Failed sign-ins since the last success count towards a
-- lockout that ends at locked_until.
CREATE TABLE administrator (
    id               BIGINT        NOT NULL PRIMARY KEY,
    username         VARCHAR(64)   NOT NULL,
    full_name        VARCHAR(100)  NOT NULL,
    password_hash    VARCHAR(200)  NOT NULL,
    created_at       TIMESTAMP     NOT NULL,
    created_by       VARCHAR(64)   NOT NULL,
    failed_sign_ins  INTEGER       DEFAULT 0 NOT NULL,
    locked_until     TIMESTAMP,
    last_sign_in_at  TIMESTAMP,
    CONSTRAINT uq_administrator_username UNIQUE (username)
);

-- A signed-in browser: only the hash of its cookie's value is kept. It ends when idle too long or too old, at sign
-- out, and with its administrator.
CREATE TABLE administrator_session (
    token_hash         VARCHAR(64)  NOT NULL PRIMARY KEY,
    administrator_ref  BIGINT       NOT NULL REFERENCES administrator (id) ON DELETE CASCADE,
    created_at         TIMESTAMP    NOT NULL,
    last_seen_at       TIMESTAMP    NOT NULL
);
CREATE INDEX ix_administrator_session_admin ON administrator_session (administrator_ref);

-- Setup tokens, printed to the log by a node that starts while no administrator exists. Any of them makes the
-- first administrator, once; then all are deleted.
CREATE TABLE administrator_setup (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP    NOT NULL
);

-- What administrators did, through the console or the administration API: who, what and when. It names the
-- administrator and what they acted on (a registration, a deployment, a score by its number), never a learner.
CREATE TABLE audit_log (
    id           BIGINT        NOT NULL PRIMARY KEY,
    happened_at  TIMESTAMP     NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    action       VARCHAR(500)  NOT NULL
);
CREATE INDEX ix_audit_log_happened ON audit_log (happened_at);

-- Two nodes creating the first administrator at once take turns on this row.
INSERT INTO cluster_lock (name) VALUES ('administrator-setup');
