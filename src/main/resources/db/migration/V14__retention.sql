-- The retention job runs on one node per hour: it takes its turn by locking its row of cluster_lock, and the row
-- records when the last run started, so that a node arriving later in the same hour skips.
ALTER TABLE cluster_lock ADD COLUMN last_run TIMESTAMP;
INSERT INTO cluster_lock (name) VALUES ('retention');
