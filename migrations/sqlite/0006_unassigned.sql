-- An account whose owner left with no successor goes to their manager and
-- is flagged: since when, and whose it was. Cleared when it moves again.
ALTER TABLE accounts ADD COLUMN unassigned_since TEXT;
ALTER TABLE accounts ADD COLUMN unassigned_from TEXT REFERENCES users(id);
