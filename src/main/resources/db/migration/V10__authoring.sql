-- Trainer authoring: a council's working copy of a module, and the audit trail of what trainers did.

-- A draft is one council's working copy of one module (by slug), edited part by part; learners never see it.
CREATE TABLE module_draft (
    id              BIGINT       NOT NULL PRIMARY KEY,
    deployment_ref  BIGINT       NOT NULL REFERENCES deployment (id),
    slug            VARCHAR(100) NOT NULL,
    based_on        VARCHAR(120) NOT NULL,
    updated_at      TIMESTAMP    NOT NULL,
    updated_by      VARCHAR(255) NOT NULL,
    CONSTRAINT uq_module_draft UNIQUE (deployment_ref, slug)
);

-- The files of a draft, exactly as in modules/<slug>/: text as UTF-8 (every accepted type is text).
CREATE TABLE draft_file (
    id         BIGINT          NOT NULL PRIMARY KEY,
    draft_ref  BIGINT          NOT NULL REFERENCES module_draft (id),
    path       VARCHAR(255)    NOT NULL,
    content    VARCHAR(400000) NOT NULL,
    CONSTRAINT uq_draft_file UNIQUE (draft_ref, path)
);

-- Who published, archived, imported or copied which module, and when: written with the action itself.
CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL PRIMARY KEY,
    deployment_ref  BIGINT        NOT NULL REFERENCES deployment (id),
    happened_at     TIMESTAMP     NOT NULL,
    person          VARCHAR(255)  NOT NULL,
    action          VARCHAR(16)   NOT NULL,
    slug            VARCHAR(100)  NOT NULL,
    version_number  INTEGER,
    detail          VARCHAR(1000) NOT NULL
);
CREATE INDEX ix_audit_entry_deployment ON audit_entry (deployment_ref, happened_at);
