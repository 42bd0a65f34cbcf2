-- The built-in practice platform's own state. Unused (and empty) when the practice platform is off.

CREATE TABLE practice_key (
    kid         VARCHAR(64)   NOT NULL PRIMARY KEY,
    jwk         VARCHAR(8000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL
);
