-- The date by which learners should have finished a placed activity (custom parameter due_date, set when placed).
ALTER TABLE placement ADD COLUMN due_on DATE;
