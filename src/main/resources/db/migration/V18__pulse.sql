-- The practice pulse: versions of its questions, each person's response per calendar quarter, and what a council's
-- leads say they are doing about a quarter's answers.

-- Each distinct content of modules/pulse/questions.yaml; a response keeps the version it was given on.
CREATE TABLE pulse_questions_version (
    id              BIGINT          NOT NULL PRIMARY KEY,
    version_number  INTEGER         NOT NULL,
    content_hash    VARCHAR(64)     NOT NULL,
    content         VARCHAR(100000) NOT NULL,
    created_at      TIMESTAMP       NOT NULL,
    CONSTRAINT uq_pulse_questions_version_number UNIQUE (version_number),
    CONSTRAINT uq_pulse_questions_version_hash UNIQUE (content_hash)
);

-- One person's answers in one calendar quarter (UK time, such as '2026-Q2'): one row per person and quarter, which
-- they may change until the quarter ends. course_ref is the course they answered from, for the leads' course view.
CREATE TABLE pulse_response (
    id              BIGINT       NOT NULL PRIMARY KEY,
    deployment_ref  BIGINT       NOT NULL REFERENCES deployment (id),
    user_ref        BIGINT       NOT NULL REFERENCES app_user (id),
    course_ref      BIGINT       REFERENCES course (id),
    version_ref     BIGINT       NOT NULL REFERENCES pulse_questions_version (id),
    quarter         VARCHAR(7)   NOT NULL,
    answered_at     TIMESTAMP    NOT NULL,
    changed_at      TIMESTAMP    NOT NULL,
    CONSTRAINT uq_pulse_response UNIQUE (user_ref, quarter)
);
CREATE INDEX ix_pulse_response_quarter ON pulse_response (quarter, deployment_ref);

-- One option chosen in one question, and the person's own words when the option has a box for them.
CREATE TABLE pulse_answer (
    id            BIGINT       NOT NULL PRIMARY KEY,
    response_ref  BIGINT       NOT NULL REFERENCES pulse_response (id),
    question_id   VARCHAR(40)  NOT NULL,
    option_id     VARCHAR(40)  NOT NULL,
    free_text     VARCHAR(500),
    CONSTRAINT uq_pulse_answer UNIQUE (response_ref, question_id, option_id)
);

-- "What we are doing about it": a council's leads' words on one quarter's answers, which learners see. No name is
-- kept with it: it speaks for the council.
CREATE TABLE pulse_action (
    id              BIGINT        NOT NULL PRIMARY KEY,
    deployment_ref  BIGINT        NOT NULL REFERENCES deployment (id),
    quarter         VARCHAR(7)    NOT NULL,
    action_text     VARCHAR(2000) NOT NULL,
    changed_at      TIMESTAMP     NOT NULL,
    CONSTRAINT uq_pulse_action UNIQUE (deployment_ref, quarter)
);
