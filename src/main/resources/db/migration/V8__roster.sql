-- Course rosters from the platform (NRPS): who is on each course now, and what changed at each fetch.

CREATE TABLE roster_member (
    course_ref   BIGINT        NOT NULL REFERENCES course (id),
    user_id      VARCHAR(255)  NOT NULL,
    display_name VARCHAR(255),
    email        VARCHAR(320),
    roles        VARCHAR(2000) NOT NULL,
    status       VARCHAR(16)   NOT NULL,
    first_seen   TIMESTAMP     NOT NULL,
    last_seen    TIMESTAMP     NOT NULL,
    left_at      TIMESTAMP,
    PRIMARY KEY (course_ref, user_id)
);

CREATE TABLE roster_snapshot (
    id           BIGINT        NOT NULL PRIMARY KEY,
    course_ref   BIGINT        NOT NULL REFERENCES course (id),
    fetched_at   TIMESTAMP     NOT NULL,
    members      INTEGER       NOT NULL,
    joined       INTEGER       NOT NULL,
    departed     INTEGER       NOT NULL,
    changed      INTEGER       NOT NULL,
    pages        INTEGER       NOT NULL,
    problem      VARCHAR(2000)
);
CREATE INDEX ix_roster_snapshot_course ON roster_snapshot (course_ref, fetched_at);

CREATE TABLE roster_change (
    snapshot_ref BIGINT        NOT NULL REFERENCES roster_snapshot (id),
    user_id      VARCHAR(255)  NOT NULL,
    kind         VARCHAR(16)   NOT NULL,
    detail       VARCHAR(1000),
    PRIMARY KEY (snapshot_ref, user_id)
);
