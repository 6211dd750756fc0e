-- A successor's open question a manager sent back into the departing
-- owner's interview: the turn that asks it, who sent it, when. The turn's
-- answer closes the question. Keep in step with migrations/postgres/.
ALTER TABLE asked_questions ADD COLUMN sent_back_turn_id TEXT REFERENCES interview_turns(id) ON DELETE SET NULL;
ALTER TABLE asked_questions ADD COLUMN sent_back_by TEXT REFERENCES users(id);
ALTER TABLE asked_questions ADD COLUMN sent_back_at TEXT;
CREATE UNIQUE INDEX asked_questions_sent_back_idx ON asked_questions(sent_back_turn_id) WHERE sent_back_turn_id IS NOT NULL;
