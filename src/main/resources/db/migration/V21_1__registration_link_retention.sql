-- Retention purges registration links that were used or expired a while ago (DP_RETENTION_REGISTRATION_LINKS_DAYS).
CREATE INDEX ix_registration_link_expires ON registration_link (expires_at);
CREATE INDEX ix_registration_link_used ON registration_link (used_at);
