-- Knowledge clone (PostgreSQL). Keep in step with migrations/sqlite/0003_knowledge.sql.

-- Locked knowledge: what an approved interview says about one bank question
-- of one account (the answer with its follow-ups). Rows are never changed
-- but for superseded_at: a later edit or a later interview adds a version
-- and marks the earlier one superseded; only current versions are indexed.
CREATE TABLE knowledge_versions (
    id            TEXT PRIMARY KEY,
    account_id    TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    question_id   TEXT NOT NULL,
    version       BIGINT NOT NULL,
    interview_id  TEXT REFERENCES interviews(id) ON DELETE SET NULL,
    text          TEXT NOT NULL,
    author_id     TEXT REFERENCES users(id),
    approved_by   TEXT REFERENCES users(id),
    approved_at   TIMESTAMPTZ NOT NULL,
    superseded_at TIMESTAMPTZ,
    UNIQUE (account_id, question_id, version)
);
CREATE INDEX knowledge_versions_current_idx ON knowledge_versions(account_id, question_id) WHERE superseded_at IS NULL;

-- What the vector index holds (or is about to): one row per chunk of a
-- current knowledge version or record item. The id is the index point id.
-- The index is rebuilt from this table; indexed is false until the point is
-- flushed to the index.
CREATE TABLE knowledge_chunks (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('interview', 'activity', 'contact', 'opportunity', 'account')),
    source_id   TEXT NOT NULL,
    question_id TEXT,
    version     BIGINT NOT NULL,
    pos         BIGINT NOT NULL,
    header      TEXT NOT NULL,
    text        TEXT NOT NULL,
    author_id   TEXT,
    source_at   TIMESTAMPTZ,
    digest      TEXT NOT NULL,
    indexed     BOOLEAN NOT NULL DEFAULT FALSE,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX knowledge_chunks_source_idx ON knowledge_chunks(account_id, kind, source_id);
CREATE INDEX knowledge_chunks_pending_idx ON knowledge_chunks(indexed) WHERE NOT indexed;

-- Points to take out of the index: written in the same transaction that
-- deletes their chunk, removed once the index no longer holds them.
CREATE TABLE index_removals (
    point_id   TEXT PRIMARY KEY,
    queued_at  TIMESTAMPTZ NOT NULL
);

-- Small facts about the derived state: which import the record chunks
-- reflect, which embedder the index was built with.
CREATE TABLE knowledge_state (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL
);

-- Every question asked of a knowledge clone, answered or not.
CREATE TABLE asked_questions (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    asked_by    TEXT NOT NULL REFERENCES users(id),
    asked_at    TIMESTAMPTZ NOT NULL,
    question    TEXT NOT NULL,
    abstained   BOOLEAN NOT NULL,
    answered_by TEXT NOT NULL CHECK (answered_by IN ('extractive', 'model', 'fallback')),
    citations   TEXT NOT NULL,
    confidence  DOUBLE PRECISION NOT NULL
);
CREATE INDEX asked_questions_account_idx ON asked_questions(account_id, asked_at);
