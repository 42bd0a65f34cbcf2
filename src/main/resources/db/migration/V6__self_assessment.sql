-- The capability self-assessment: framework versions, learners' attempts and answers, and the gradebook setting.

-- Each distinct content of modules/self-assessment/framework.yaml; an attempt keeps the version it started.
CREATE TABLE framework_version (
    id              BIGINT          NOT NULL PRIMARY KEY,
    version_number  INTEGER         NOT NULL,
    content_hash    VARCHAR(64)     NOT NULL,
    title           VARCHAR(255)    NOT NULL,
    content         VARCHAR(400000) NOT NULL,
    created_at      TIMESTAMP       NOT NULL,
    CONSTRAINT uq_framework_version_number UNIQUE (version_number),
    CONSTRAINT uq_framework_version_hash UNIQUE (content_hash)
);

-- One go at the self-assessment. Retakes are new attempts, numbered per person; all are kept as their history.
CREATE TABLE assessment_attempt (
    id              BIGINT       NOT NULL PRIMARY KEY,
    deployment_ref  BIGINT       NOT NULL REFERENCES deployment (id),
    user_ref        BIGINT       NOT NULL REFERENCES app_user (id),
    framework_ref   BIGINT       NOT NULL REFERENCES framework_version (id),
    placement_ref   BIGINT       REFERENCES placement (id),
    attempt_number  INTEGER      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    resume_at       VARCHAR(32)  NOT NULL,
    started_at      TIMESTAMP    NOT NULL,
    updated_at      TIMESTAMP    NOT NULL,
    submitted_at    TIMESTAMP,
    grade_mode      VARCHAR(16),
    score_given     INTEGER,
    score_maximum   INTEGER,
    CONSTRAINT uq_assessment_attempt UNIQUE (deployment_ref, user_ref, attempt_number),
    CONSTRAINT ck_assessment_attempt_status CHECK (status IN ('IN_PROGRESS', 'SUBMITTED'))
);

-- A rating of one statement: 0 Not yet, 1 Aware, 2 Practising, 3 Leading, or na (Not applicable).
CREATE TABLE assessment_rating (
    id              BIGINT      NOT NULL PRIMARY KEY,
    attempt_ref     BIGINT      NOT NULL REFERENCES assessment_attempt (id),
    statement_code  VARCHAR(8)  NOT NULL,
    rating          VARCHAR(2)  NOT NULL,
    CONSTRAINT uq_assessment_rating UNIQUE (attempt_ref, statement_code),
    CONSTRAINT ck_assessment_rating CHECK (rating IN ('0', '1', '2', '3', 'na'))
);

-- The option chosen in one scenario question, by its position in the framework version of the attempt.
CREATE TABLE assessment_scenario_answer (
    id            BIGINT       NOT NULL PRIMARY KEY,
    attempt_ref   BIGINT       NOT NULL REFERENCES assessment_attempt (id),
    scenario_id   VARCHAR(16)  NOT NULL,
    option_index  INTEGER      NOT NULL,
    CONSTRAINT uq_assessment_scenario_answer UNIQUE (attempt_ref, scenario_id)
);

-- "Your practice": the option ids ticked (comma-separated) and any free text.
CREATE TABLE assessment_practice_answer (
    id           BIGINT        NOT NULL PRIMARY KEY,
    attempt_ref  BIGINT        NOT NULL REFERENCES assessment_attempt (id),
    question_id  VARCHAR(64)   NOT NULL,
    option_ids   VARCHAR(2000) NOT NULL,
    other_text   VARCHAR(1000),
    CONSTRAINT uq_assessment_practice_answer UNIQUE (attempt_ref, question_id)
);

-- What the gradebook of one link in a course receives on submit: 'completion' (the default, 1 of 1) or 'score'.
CREATE TABLE assessment_grading (
    placement_ref  BIGINT       NOT NULL PRIMARY KEY REFERENCES placement (id),
    mode           VARCHAR(16)  NOT NULL,
    updated_at     TIMESTAMP    NOT NULL,
    updated_by     VARCHAR(255) NOT NULL,
    CONSTRAINT ck_assessment_grading_mode CHECK (mode IN ('completion', 'score'))
);
