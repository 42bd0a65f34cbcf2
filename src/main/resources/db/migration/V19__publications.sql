-- Every time a council published one of its modules, or rolled it back to an earlier publication, in order. Numbers
-- are what trainers call versions; each names the stored content (module_version) learners were offered from then.
-- Content put back as it was is the same module_version, so a rollback is a new publication of an old version.
CREATE TABLE publication (
    id              BIGINT       NOT NULL PRIMARY KEY,
    module_ref      BIGINT       NOT NULL REFERENCES training_module (id),
    number          INTEGER      NOT NULL,
    version_ref     BIGINT       NOT NULL REFERENCES module_version (id),
    published_at    TIMESTAMP    NOT NULL,
    published_by    VARCHAR(255) NOT NULL,
    restored_from   INTEGER,
    CONSTRAINT uq_publication UNIQUE (module_ref, number)
);

-- Councils' modules published before this table: their current version is publication 1. Negative ids never meet
-- the sequence's, which are positive.
INSERT INTO publication (id, module_ref, number, version_ref, published_at, published_by, restored_from)
SELECT -m.id, m.id, 1, m.current_version_ref, m.updated_at, m.updated_by, NULL
FROM training_module m
WHERE m.owner <> 'library' AND m.current_version_ref IS NOT NULL;
