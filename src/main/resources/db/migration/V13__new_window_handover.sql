-- The new-window handover: a launch validated inside an iframe that could keep no cookie is handed to a new
-- window by a single-use code; its session is unusable until the person there confirms who they are.
ALTER TABLE launch_session ADD COLUMN awaiting_handover BOOLEAN DEFAULT FALSE NOT NULL;
CREATE TABLE launch_handover (
    code_hash   VARCHAR(64) NOT NULL PRIMARY KEY,
    session_id  VARCHAR(64) NOT NULL,
    expires_at  TIMESTAMP   NOT NULL
);
CREATE INDEX ix_launch_handover_expires ON launch_handover (expires_at);
