-- What learning leads see: their own due dates for placed activities, and indexes for the completion matrix.

-- A due date a lead set for one link in a course. It wins over the date the link carries (placement.due_on).
CREATE TABLE placement_due_date (
    placement_ref  BIGINT        NOT NULL PRIMARY KEY REFERENCES placement (id),
    due_on         DATE          NOT NULL,
    set_by         VARCHAR(255)  NOT NULL,
    set_at         TIMESTAMP     NOT NULL
);

-- The matrix reads each learner's latest progress in a module; the capability picture, each person's attempts.
CREATE INDEX ix_module_progress_latest ON module_progress (user_ref, module_ref, started_at);
CREATE INDEX ix_module_progress_completed ON module_progress (deployment_ref, completed_at);
CREATE INDEX ix_assessment_attempt_person ON assessment_attempt (deployment_ref, user_ref, status, submitted_at);
CREATE INDEX ix_training_module_slug ON training_module (slug);
CREATE INDEX ix_score_outbox_placement ON score_outbox (placement_ref, status);
