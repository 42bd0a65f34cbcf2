-- What the administrators did with one person's data: each subject access export and erasure, when, by whom and in
-- which council. Never whom it was about, nor what was exported or removed: the log must not undo an erasure.
CREATE TABLE privacy_log (
    id              BIGINT       NOT NULL PRIMARY KEY,
    happened_at     TIMESTAMP    NOT NULL,
    action          VARCHAR(16)  NOT NULL,
    requested_by    VARCHAR(64)  NOT NULL,
    deployment_ref  BIGINT       NOT NULL REFERENCES deployment (id),
    CONSTRAINT ck_privacy_log_action CHECK (action IN ('SUBJECT_ACCESS', 'ERASURE'))
);
CREATE INDEX ix_privacy_log_happened ON privacy_log (happened_at);
