-- The hourly roster refresh and key rotation run on one node of a cluster at a time, as retention does (V14):
-- each takes its turn by locking its own row of cluster_lock.
INSERT INTO cluster_lock (name) VALUES ('roster');
INSERT INTO cluster_lock (name) VALUES ('keys');
