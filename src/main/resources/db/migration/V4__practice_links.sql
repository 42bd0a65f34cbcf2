-- Links to the tool that trainers placed in practice courses through Deep Linking.
CREATE TABLE practice_link (
    id            VARCHAR(36)   NOT NULL PRIMARY KEY,
    course_id     VARCHAR(255)  NOT NULL,
    title         VARCHAR(255)  NOT NULL,
    description   VARCHAR(2000),
    url           VARCHAR(1000) NOT NULL,
    custom        VARCHAR(4000),
    line_item_id  VARCHAR(36),
    created_at    TIMESTAMP     NOT NULL
);
CREATE INDEX ix_practice_link_course ON practice_link (course_id);
