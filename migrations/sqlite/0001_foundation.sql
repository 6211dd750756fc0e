-- Foundation schema (SQLite). Keep in step with migrations/postgres/0001_foundation.sql.
CREATE TABLE users (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    email       TEXT,
    role        TEXT NOT NULL CHECK (role IN ('rep', 'manager', 'admin')),
    manager_id  TEXT REFERENCES users(id),
    team        TEXT,
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'departing', 'departed')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX users_manager_idx ON users(manager_id);

CREATE TABLE import_runs (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    by_user_id  TEXT REFERENCES users(id),
    source      TEXT NOT NULL,
    summary     TEXT
);

CREATE TABLE accounts (
    id              TEXT PRIMARY KEY,
    name            TEXT NOT NULL,
    owner_id        TEXT NOT NULL REFERENCES users(id),
    arr             REAL,
    currency        TEXT,
    segment         TEXT NOT NULL CHECK (segment IN ('enterprise', 'mid_market', 'smb')),
    segment_derived BOOLEAN NOT NULL,
    industry        TEXT,
    territory       TEXT,
    renewal_date    TEXT,
    contract_notes  TEXT,
    import_seq      INTEGER NOT NULL,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX accounts_owner_idx ON accounts(owner_id);
CREATE INDEX accounts_segment_idx ON accounts(segment);
CREATE INDEX accounts_import_idx ON accounts(import_seq);

CREATE TABLE contacts (
    id                    TEXT PRIMARY KEY,
    account_id            TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name                  TEXT NOT NULL,
    title                 TEXT,
    email                 TEXT,
    phone                 TEXT,
    role                  TEXT NOT NULL,
    preferred_channel     TEXT,
    relationship_strength INTEGER CHECK (relationship_strength BETWEEN 1 AND 5),
    notes                 TEXT,
    import_seq            INTEGER NOT NULL
);
CREATE INDEX contacts_account_idx ON contacts(account_id);

CREATE TABLE opportunities (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name        TEXT NOT NULL,
    stage       TEXT,
    amount      REAL,
    close_date  TEXT,
    next_step   TEXT,
    import_seq  INTEGER NOT NULL
);
CREATE INDEX opportunities_account_idx ON opportunities(account_id);

CREATE TABLE activities (
    id          TEXT PRIMARY KEY,
    account_id  TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('email', 'call', 'meeting', 'note', 'chat')),
    at          TEXT NOT NULL,
    author_id   TEXT REFERENCES users(id),
    subject     TEXT,
    body        TEXT,
    import_seq  INTEGER NOT NULL
);
CREATE INDEX activities_account_at_idx ON activities(account_id, at);

CREATE TABLE activity_contacts (
    activity_id TEXT NOT NULL REFERENCES activities(id) ON DELETE CASCADE,
    contact_id  TEXT NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, contact_id)
);
CREATE INDEX activity_contacts_contact_idx ON activity_contacts(contact_id);

CREATE TABLE ownership_changes (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id    TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    from_user_id  TEXT REFERENCES users(id),
    to_user_id    TEXT NOT NULL REFERENCES users(id),
    changed_by    TEXT REFERENCES users(id),
    changed_at    TEXT NOT NULL,
    reason        TEXT NOT NULL
);
CREATE INDEX ownership_changes_account_idx ON ownership_changes(account_id, id);

CREATE TABLE api_tokens (
    id           TEXT PRIMARY KEY,
    user_id      TEXT NOT NULL REFERENCES users(id),
    token_hash   TEXT NOT NULL UNIQUE,
    label        TEXT,
    created_by   TEXT REFERENCES users(id),
    created_at   TEXT NOT NULL,
    revoked_at   TEXT
);
CREATE INDEX api_tokens_user_idx ON api_tokens(user_id);

CREATE TABLE departures (
    id            TEXT PRIMARY KEY,
    user_id       TEXT NOT NULL REFERENCES users(id),
    last_day      TEXT NOT NULL,
    successor_id  TEXT REFERENCES users(id),
    status        TEXT NOT NULL CHECK (status IN ('open', 'completed')),
    created_by    TEXT NOT NULL REFERENCES users(id),
    created_at    TEXT NOT NULL,
    completed_at  TEXT
);
CREATE UNIQUE INDEX departures_one_open_per_user ON departures(user_id) WHERE status = 'open';

CREATE TABLE interviews (
    id                TEXT PRIMARY KEY,
    departure_id      TEXT NOT NULL REFERENCES departures(id) ON DELETE CASCADE,
    account_id        TEXT NOT NULL REFERENCES accounts(id),
    owner_id          TEXT NOT NULL REFERENCES users(id),
    tier              TEXT NOT NULL CHECK (tier IN ('enterprise', 'mid_market', 'smb')),
    segment_tier      TEXT NOT NULL CHECK (segment_tier IN ('enterprise', 'mid_market', 'smb')),
    raised_because    TEXT NOT NULL,
    planned_questions TEXT NOT NULL,
    max_follow_ups    INTEGER NOT NULL,
    due_date          TEXT NOT NULL,
    priority          INTEGER NOT NULL,
    status            TEXT NOT NULL,
    created_at        TEXT NOT NULL
);
CREATE INDEX interviews_departure_idx ON interviews(departure_id, priority);
CREATE INDEX interviews_account_idx ON interviews(account_id);
