-- Interview engine (PostgreSQL). Keep in step with migrations/sqlite/0002_interviews.sql.
ALTER TABLE interviews ADD COLUMN started_at TIMESTAMPTZ;
ALTER TABLE interviews ADD COLUMN submitted_at TIMESTAMPTZ;
ALTER TABLE interviews ADD COLUMN approved_at TIMESTAMPTZ;
ALTER TABLE interviews ADD COLUMN approved_by TEXT REFERENCES users(id);
-- True once any prompt was phrased by the deterministic interviewer because
-- the model failed; shown to the rep.
ALTER TABLE interviews ADD COLUMN fell_back BOOLEAN NOT NULL DEFAULT FALSE;

-- One prompt and its answer. The pending prompt is the turn with no answer
-- and not skipped; it is stored before it is shown, so a restart shows the
-- same one.
CREATE TABLE interview_turns (
    id              TEXT PRIMARY KEY,
    interview_id    TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    seq             BIGINT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('question', 'follow_up', 'volunteered')),
    question_id     TEXT NOT NULL,
    prompt_text     TEXT NOT NULL,
    record_context  TEXT NOT NULL,
    phrased_by      TEXT NOT NULL CHECK (phrased_by IN ('model', 'template', 'fallback')),
    fallback_reason TEXT,
    created_at      TIMESTAMPTZ NOT NULL,
    answer_text     TEXT,
    answered_by     TEXT REFERENCES users(id),
    answered_at     TIMESTAMPTZ,
    skipped_at      TIMESTAMPTZ,
    extraction      TEXT NOT NULL DEFAULT 'pending' CHECK (extraction IN ('pending', 'done', 'not_extracted', 'none')),
    UNIQUE (interview_id, seq)
);
CREATE INDEX interview_turns_question_idx ON interview_turns(interview_id, question_id);

-- Earlier texts of an edited answer, oldest first.
CREATE TABLE answer_versions (
    id          TEXT PRIMARY KEY,
    turn_id     TEXT NOT NULL REFERENCES interview_turns(id) ON DELETE CASCADE,
    version     BIGINT NOT NULL,
    text        TEXT NOT NULL,
    written_by  TEXT REFERENCES users(id),
    written_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (turn_id, version)
);

-- Structured facts drawn from an answer, each pointing at its source text.
CREATE TABLE interview_facts (
    id           TEXT PRIMARY KEY,
    interview_id TEXT NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
    turn_id      TEXT NOT NULL REFERENCES interview_turns(id) ON DELETE CASCADE,
    pos          BIGINT NOT NULL,
    kind         TEXT NOT NULL CHECK (kind IN ('commitment', 'sensitive_topic', 'stakeholder', 'warning_sign', 'amount', 'date')),
    data         TEXT NOT NULL,
    source_text  TEXT NOT NULL,
    extracted_by TEXT NOT NULL CHECK (extracted_by IN ('model', 'rules')),
    created_at   TIMESTAMPTZ NOT NULL
);
CREATE INDEX interview_facts_interview_idx ON interview_facts(interview_id);
CREATE INDEX interview_facts_turn_idx ON interview_facts(turn_id);
