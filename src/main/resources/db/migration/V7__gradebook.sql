-- Results to the platform's gradebook through a durable outbox, and what each link and course offers.

-- What the latest launch through a link said about its gradebook (AGS endpoint claim, custom parameters).
ALTER TABLE placement ADD COLUMN ags_line_items VARCHAR(1000);
ALTER TABLE placement ADD COLUMN ags_line_item VARCHAR(1000);
ALTER TABLE placement ADD COLUMN ags_scopes VARCHAR(1000);
ALTER TABLE placement ADD COLUMN gradebook_mode VARCHAR(16);

-- The roster service of a course (NRPS claim), for learning leads.
ALTER TABLE course ADD COLUMN memberships_url VARCHAR(1000);

-- Line items the tool found or created under a link, one per tag (module), so none is ever made twice.
CREATE TABLE placement_line_item (
    placement_ref  BIGINT        NOT NULL REFERENCES placement (id),
    tag            VARCHAR(100)  NOT NULL,
    line_item_url  VARCHAR(1000) NOT NULL,
    PRIMARY KEY (placement_ref, tag)
);

CREATE TABLE score_outbox (
    id                 BIGINT           NOT NULL PRIMARY KEY,
    deployment_ref     BIGINT           NOT NULL REFERENCES deployment (id),
    user_ref           BIGINT           NOT NULL REFERENCES app_user (id),
    placement_ref      BIGINT           NOT NULL REFERENCES placement (id),
    source             VARCHAR(32)      NOT NULL,
    source_key         VARCHAR(100)     NOT NULL,
    source_ref         BIGINT           NOT NULL,
    label              VARCHAR(255)     NOT NULL,
    line_item_url      VARCHAR(1000),
    user_id            VARCHAR(255)     NOT NULL,
    score_given        DOUBLE PRECISION,
    score_maximum      DOUBLE PRECISION,
    activity_progress  VARCHAR(32)      NOT NULL,
    grading_progress   VARCHAR(32)      NOT NULL,
    score_timestamp    TIMESTAMP        NOT NULL,
    score_comment      VARCHAR(1000),
    status             VARCHAR(16)      NOT NULL,
    attempts           INTEGER          NOT NULL,
    next_attempt_at    TIMESTAMP        NOT NULL,
    lease_owner        VARCHAR(64),
    lease_until        TIMESTAMP,
    last_error         VARCHAR(2000),
    created_at         TIMESTAMP        NOT NULL,
    sent_at            TIMESTAMP
);
CREATE INDEX ix_score_outbox_due ON score_outbox (status, next_attempt_at);
CREATE INDEX ix_score_outbox_user ON score_outbox (user_ref);
