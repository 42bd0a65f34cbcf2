-- The practice platform's services: OAuth2 tokens, AGS line items and scores, NRPS roster changes.

CREATE TABLE practice_token (
    token       VARCHAR(64)   NOT NULL PRIMARY KEY,
    scopes      VARCHAR(1000) NOT NULL,
    expires_at  TIMESTAMP     NOT NULL
);

-- Client assertion ids already used: a replayed assertion is refused.
CREATE TABLE practice_used_jti (
    jti         VARCHAR(255) NOT NULL PRIMARY KEY,
    expires_at  TIMESTAMP    NOT NULL
);

CREATE TABLE practice_line_item (
    id                VARCHAR(36)      NOT NULL PRIMARY KEY,
    course_id         VARCHAR(255)     NOT NULL,
    label             VARCHAR(255)     NOT NULL,
    score_maximum     DOUBLE PRECISION NOT NULL,
    resource_link_id  VARCHAR(255),
    resource_id       VARCHAR(255),
    tag               VARCHAR(255),
    created_at        TIMESTAMP        NOT NULL
);
CREATE INDEX ix_practice_line_item_course ON practice_line_item (course_id);

-- Every score the tool sent, as received; the gradebook shows the newest by timestamp per person.
CREATE TABLE practice_score (
    id                 VARCHAR(36)      NOT NULL PRIMARY KEY,
    line_item_id       VARCHAR(36)      NOT NULL REFERENCES practice_line_item (id) ON DELETE CASCADE,
    user_id            VARCHAR(255)     NOT NULL,
    score_given        DOUBLE PRECISION,
    score_maximum      DOUBLE PRECISION,
    activity_progress  VARCHAR(32)      NOT NULL,
    grading_progress   VARCHAR(32)      NOT NULL,
    score_comment      VARCHAR(4000),
    score_timestamp    TIMESTAMP        NOT NULL,
    received_at        TIMESTAMP        NOT NULL
);
CREATE INDEX ix_practice_score_item_user ON practice_score (line_item_id, user_id);

-- Changes to a course's roster beyond the invented people of each council: extra members, and status changes.
CREATE TABLE practice_roster_entry (
    course_id    VARCHAR(255) NOT NULL,
    user_id      VARCHAR(255) NOT NULL,
    given_name   VARCHAR(255),
    family_name  VARCHAR(255),
    email        VARCHAR(320),
    role         VARCHAR(32)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    PRIMARY KEY (course_id, user_id)
);
