-- The interview off the model's critical path (PostgreSQL). Keep in step with
-- migrations/sqlite/0016_turn_budget.sql.

-- Extraction is a durable job: a turn answered while a model is configured
-- stays `pending` until a worker draws its facts. A worker claims it by
-- moving `extraction_due_at` forward (a lease); a failure that may pass
-- moves it further (backoff) and counts the attempt.
ALTER TABLE interview_turns ADD COLUMN extraction_attempts BIGINT NOT NULL DEFAULT 0;
ALTER TABLE interview_turns ADD COLUMN extraction_due_at TIMESTAMPTZ;
CREATE INDEX interview_turns_extraction_idx ON interview_turns(extraction_due_at)
    WHERE extraction = 'pending';

-- A question's phrasing by the model, prepared before the question is
-- shown (at notice for the first, while the one before is answered for
-- the rest), with the record excerpt it was phrased from; or, when the
-- model failed, why (the template phrases it then). Used once: the
-- prompt stored from it never changes.
CREATE TABLE prepared_prompts (
    interview_id   TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    question_id    TEXT NOT NULL,
    prompt_text    TEXT,
    fallback_reason TEXT,
    record_context TEXT NOT NULL,
    prepared_at    TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (interview_id, question_id)
);
