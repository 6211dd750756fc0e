-- Several Baton instances on one store (PostgreSQL). Keep in step with
-- migrations/sqlite/0017_instances.sql.

-- What each account's knowledge stands at: moved by every change to its
-- chunks (an approval, an edit, the record drawn again after an import),
-- in the transaction of the change. An instance keeps derived data (the
-- account's vocabulary) with the stamp it was built from and builds it
-- again when the stamp has moved, whichever instance changed it.
CREATE TABLE knowledge_stamps (
    account_id TEXT PRIMARY KEY,
    seq        BIGINT NOT NULL
);

-- A chunk being indexed: whoever claims it (a batch of the background
-- indexer, an approval, a question) holds it until then, by its token
-- ("{instance}/{batch}"), so that two instances never embed the same chunk;
-- a claim whose holder died runs out, or is let go by the instance that
-- takes the indexer over from it.
ALTER TABLE knowledge_chunks ADD COLUMN claimed_by TEXT;
ALTER TABLE knowledge_chunks ADD COLUMN claimed_until TIMESTAMPTZ;

-- Named leases on work only one instance may do at a time (the background
-- indexer): held until `expires_at`, renewed by the holder while it works,
-- taken over by another once it has run out.
CREATE TABLE leases (
    name       TEXT PRIMARY KEY,
    holder     TEXT NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);

-- The roster's stamp: moved by every import that adds a user or changes
-- one (every vocabulary holds the users' names). One row.
CREATE TABLE roster_stamp (
    one INTEGER PRIMARY KEY CHECK (one = 1),
    seq BIGINT NOT NULL
);
