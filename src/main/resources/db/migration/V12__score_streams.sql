-- Scores go out in order per learner and gradebook column, and the tool records what it did besides a plain send.

ALTER TABLE score_outbox ADD COLUMN sent_timestamp TIMESTAMP;
ALTER TABLE score_outbox ADD COLUMN note VARCHAR(2000);
CREATE INDEX ix_score_outbox_stream ON score_outbox (placement_ref, source_key, user_ref, status);

-- A placement sends "Started" scores only when its link asks for them (custom parameter progress_scores).
ALTER TABLE placement ADD COLUMN progress_scores BOOLEAN DEFAULT FALSE NOT NULL;

-- Rows that nodes lock to take turns at work that must not run twice at once (claiming scores, scheduled jobs).
CREATE TABLE cluster_lock (
    name  VARCHAR(64) NOT NULL PRIMARY KEY
);
INSERT INTO cluster_lock (name) VALUES ('score-outbox');

-- The practice platform's line items the tool created itself: Moodle stamps their grades differently.
ALTER TABLE practice_line_item ADD COLUMN made_by_tool BOOLEAN DEFAULT FALSE NOT NULL;
