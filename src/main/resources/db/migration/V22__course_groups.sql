-- Teams, from the platform's LTI Course Groups Service: where a course's groups are (only the URLs and scopes of
-- the launch's groupsservice claim), the groups, and who is in each at the latest complete fetch.

ALTER TABLE course ADD COLUMN groups_url VARCHAR(1000);
ALTER TABLE course ADD COLUMN group_sets_url VARCHAR(1000);
ALTER TABLE course ADD COLUMN groups_scopes VARCHAR(1000);

CREATE TABLE course_group (
    course_ref   BIGINT        NOT NULL REFERENCES course (id),
    group_id     VARCHAR(255)  NOT NULL,
    name         VARCHAR(255)  NOT NULL,
    tag          VARCHAR(255),
    fetched_at   TIMESTAMP     NOT NULL,
    PRIMARY KEY (course_ref, group_id)
);

CREATE TABLE course_group_member (
    course_ref   BIGINT        NOT NULL,
    group_id     VARCHAR(255)  NOT NULL,
    user_id      VARCHAR(255)  NOT NULL,
    PRIMARY KEY (course_ref, group_id, user_id),
    FOREIGN KEY (course_ref, group_id) REFERENCES course_group (course_ref, group_id)
);
CREATE INDEX ix_course_group_member_user ON course_group_member (user_id);

-- The practice platform: a person moved to another team (or to none) by a test or a curious lead.
CREATE TABLE practice_group_move (
    course_id    VARCHAR(255)  NOT NULL,
    user_id      VARCHAR(255)  NOT NULL,
    group_id     VARCHAR(255),
    PRIMARY KEY (course_id, user_id)
);
