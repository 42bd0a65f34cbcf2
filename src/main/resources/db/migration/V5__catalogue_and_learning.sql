-- Training modules with their versions, and each learner's way through them.

-- A module of the shared library (owner 'library') or of one council (owner 'deployment:<id>').
CREATE TABLE training_module (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    owner                VARCHAR(64)  NOT NULL,
    slug                 VARCHAR(100) NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    current_version_ref  BIGINT,
    updated_at           TIMESTAMP    NOT NULL,
    updated_by           VARCHAR(255) NOT NULL,
    CONSTRAINT uq_training_module UNIQUE (owner, slug)
);

-- Each distinct content of a module is a version; a learner keeps the version they started.
CREATE TABLE module_version (
    id              BIGINT       NOT NULL PRIMARY KEY,
    module_ref      BIGINT       NOT NULL REFERENCES training_module (id),
    version_number  INTEGER      NOT NULL,
    content_hash    VARCHAR(64)  NOT NULL,
    title           VARCHAR(255) NOT NULL,
    source          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    CONSTRAINT uq_module_version_number UNIQUE (module_ref, version_number),
    CONSTRAINT uq_module_version_hash UNIQUE (module_ref, content_hash)
);

-- The files of a version, exactly as in modules/<slug>/: text as UTF-8, anything else as base64.
CREATE TABLE module_file (
    version_ref  BIGINT          NOT NULL REFERENCES module_version (id),
    path         VARCHAR(255)    NOT NULL,
    encoding     VARCHAR(8)      NOT NULL,
    content      VARCHAR(400000) NOT NULL,
    PRIMARY KEY (version_ref, path)
);

-- The module a link in a course opens, when it names one (custom parameter module=<slug>, or its target).
ALTER TABLE placement ADD COLUMN module_slug VARCHAR(100);

CREATE TABLE module_progress (
    id                 BIGINT         NOT NULL PRIMARY KEY,
    deployment_ref     BIGINT         NOT NULL REFERENCES deployment (id),
    user_ref           BIGINT         NOT NULL REFERENCES app_user (id),
    module_ref         BIGINT         NOT NULL REFERENCES training_module (id),
    version_ref        BIGINT         NOT NULL REFERENCES module_version (id),
    placement_ref      BIGINT         REFERENCES placement (id),
    started_at         TIMESTAMP      NOT NULL,
    last_activity_at   TIMESTAMP      NOT NULL,
    seconds_spent      BIGINT         NOT NULL,
    resume_at          VARCHAR(32)    NOT NULL,
    lessons_seen       VARCHAR(100)   NOT NULL,
    scenario_step      VARCHAR(100),
    scenario_trail     VARCHAR(4000)  NOT NULL,
    scenario_finished  BOOLEAN        NOT NULL,
    check_attempts     INTEGER        NOT NULL,
    best_check_score   INTEGER,
    check_passed       BOOLEAN        NOT NULL,
    reflection         VARCHAR(10000),
    completed_at       TIMESTAMP,
    completion_score   INTEGER,
    CONSTRAINT uq_module_progress UNIQUE (user_ref, version_ref)
);
CREATE INDEX ix_module_progress_user ON module_progress (user_ref, module_ref);

CREATE TABLE check_attempt (
    id             BIGINT        NOT NULL PRIMARY KEY,
    progress_ref   BIGINT        NOT NULL REFERENCES module_progress (id),
    attempt_number INTEGER       NOT NULL,
    submitted_at   TIMESTAMP     NOT NULL,
    score          INTEGER       NOT NULL,
    passed         BOOLEAN       NOT NULL,
    answers        VARCHAR(4000) NOT NULL,
    CONSTRAINT uq_check_attempt UNIQUE (progress_ref, attempt_number)
);
