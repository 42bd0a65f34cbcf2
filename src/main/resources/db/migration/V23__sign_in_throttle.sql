-- The console's sign-in throttle (issue 17): every sign-in that was not right, by the client address it came from,
-- so that the nodes of a cluster count the same failures. It names no account, since unknown usernames count too.
-- Rows older than the throttle's windows are deleted as new failures arrive.
CREATE TABLE sign_in_failure (
    id              BIGINT       NOT NULL PRIMARY KEY,
    failed_at       TIMESTAMP    NOT NULL,
    client_address  VARCHAR(64)  NOT NULL
);
CREATE INDEX ix_sign_in_failure_at ON sign_in_failure (failed_at);
CREATE INDEX ix_sign_in_failure_address ON sign_in_failure (client_address, failed_at);
