-- no-transaction
-- Ownership by rule, account teams and conflicts (SQLite; issue 18). Keep in
-- step with migrations/postgres/0015_ownership.sql.
--
-- An account may have no owner: imported without one (or with one who is
-- not a Baton user), until `baton assign` or a transfer gives it one. It is
-- unassigned while owner_id is NULL or unassigned_since is set (parked with
-- a manager, or kept by a departed owner nobody succeeded). SQLite cannot
-- drop a NOT NULL in place: the table is rebuilt, with foreign keys off so
-- that dropping the old table takes no child row with it (hence
-- no-transaction: the pragma has no effect inside one; the rebuild itself
-- is one transaction).
PRAGMA foreign_keys = OFF;
BEGIN IMMEDIATE;
CREATE TABLE accounts_rebuilt (
    id                      TEXT PRIMARY KEY,
    name                    TEXT NOT NULL,
    owner_id                TEXT REFERENCES users(id),
    arr                     REAL,
    currency                TEXT,
    segment                 TEXT NOT NULL CHECK (segment IN ('enterprise', 'mid_market', 'smb')),
    segment_derived         BOOLEAN NOT NULL,
    industry                TEXT,
    territory               TEXT,
    renewal_date            TEXT,
    contract_notes          TEXT,
    import_seq              INTEGER NOT NULL,
    created_at              TEXT NOT NULL,
    updated_at              TEXT NOT NULL,
    unassigned_since        TEXT,
    unassigned_from         TEXT REFERENCES users(id),
    contact_count           INTEGER NOT NULL DEFAULT 0,
    strong_contact_count    INTEGER NOT NULL DEFAULT 0,
    economic_buyer_strength INTEGER,
    champion_strength       INTEGER,
    source                  TEXT,
    crm_owner_id            TEXT
);
INSERT INTO accounts_rebuilt (id, name, owner_id, arr, currency, segment, segment_derived, industry,
    territory, renewal_date, contract_notes, import_seq, created_at, updated_at, unassigned_since,
    unassigned_from, contact_count, strong_contact_count, economic_buyer_strength, champion_strength,
    crm_owner_id)
SELECT id, name, owner_id, arr, currency, segment, segment_derived, industry,
    territory, renewal_date, contract_notes, import_seq, created_at, updated_at, unassigned_since,
    unassigned_from, contact_count, strong_contact_count, economic_buyer_strength, champion_strength,
    owner_id
FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_rebuilt RENAME TO accounts;
CREATE INDEX accounts_owner_idx ON accounts(owner_id);
CREATE INDEX accounts_segment_idx ON accounts(segment);
CREATE INDEX accounts_import_idx ON accounts(import_seq);
CREATE INDEX accounts_unassigned_idx ON accounts(unassigned_since) WHERE unassigned_since IS NOT NULL;

-- crm_owner_id: the owner the CRM named at the last import (taken to be
-- the owner for accounts imported before). An import moves an account
-- only when the CRM's owner changed since: a transfer, a handover or an
-- assignment made in Baton stands against an export that still names the
-- old owner.

-- A departed owner who had neither successor nor manager kept their
-- accounts; from now on such accounts are flagged like parked ones.
UPDATE accounts SET unassigned_since = (
        SELECT MAX(d.completed_at) FROM departures d WHERE d.user_id = accounts.owner_id
    ), unassigned_from = owner_id
WHERE unassigned_since IS NULL
  AND owner_id IN (SELECT id FROM users WHERE status = 'departed');
UPDATE accounts SET unassigned_since = updated_at
WHERE unassigned_from IS NOT NULL AND unassigned_since IS NULL;

-- The ownership rule that made an assignment (NULL: a person or an import).
ALTER TABLE ownership_changes ADD COLUMN rule TEXT;
CREATE INDEX ownership_changes_rule_idx ON ownership_changes(rule, id) WHERE rule IS NOT NULL;

-- An account's team besides its owner: who else may read it and its
-- knowledge, in which role.
CREATE TABLE account_team (
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users(id),
    role       TEXT NOT NULL CHECK (role IN ('co_owner', 'support', 'executive_sponsor')),
    added_by   TEXT REFERENCES users(id),
    added_at   TEXT NOT NULL,
    PRIMARY KEY (account_id, user_id)
);
CREATE INDEX account_team_user_idx ON account_team(user_id, account_id);

-- The team's history, beside the owners' in ownership_changes.
CREATE TABLE team_changes (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users(id),
    change     TEXT NOT NULL CHECK (change IN ('added', 'removed')),
    role       TEXT NOT NULL CHECK (role IN ('co_owner', 'support', 'executive_sponsor')),
    changed_by TEXT REFERENCES users(id),
    changed_at TEXT NOT NULL,
    reason     TEXT NOT NULL
);
CREATE INDEX team_changes_account_idx ON team_changes(account_id, id);

-- Conflicts marked accepted, by their stable key (kind and subjects): the
-- conflict is no longer listed as open while its key holds.
CREATE TABLE conflict_acceptances (
    conflict_key TEXT PRIMARY KEY,
    kind         TEXT NOT NULL,
    reason       TEXT NOT NULL,
    accepted_by  TEXT NOT NULL REFERENCES users(id),
    accepted_at  TEXT NOT NULL
);

-- Activities by time, for the conflicts' 90-day look at who works an account.
CREATE INDEX activities_at_idx ON activities(at);
COMMIT;
PRAGMA foreign_keys = ON;
