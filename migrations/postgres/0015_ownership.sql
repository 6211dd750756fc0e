-- Ownership by rule, account teams and conflicts (PostgreSQL; issue 18).
-- Keep in step with migrations/sqlite/0015_ownership.sql.
--
-- An account may have no owner: imported without one (or with one who is
-- not a Baton user), until `baton assign` or a transfer gives it one. It is
-- unassigned while owner_id is NULL or unassigned_since is set (parked with
-- a manager, or kept by a departed owner nobody succeeded).
ALTER TABLE accounts ALTER COLUMN owner_id DROP NOT NULL;
ALTER TABLE accounts ADD COLUMN source TEXT;
-- The owner the CRM named at the last import (taken to be the owner for
-- accounts imported before). An import moves an account only when the
-- CRM's owner changed since: a transfer, a handover or an assignment made
-- in Baton stands against an export that still names the old owner.
ALTER TABLE accounts ADD COLUMN crm_owner_id TEXT;
UPDATE accounts SET crm_owner_id = owner_id;
CREATE INDEX accounts_unassigned_idx ON accounts(unassigned_since) WHERE unassigned_since IS NOT NULL;

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
    added_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (account_id, user_id)
);
CREATE INDEX account_team_user_idx ON account_team(user_id, account_id);

-- The team's history, beside the owners' in ownership_changes.
CREATE TABLE team_changes (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    user_id    TEXT NOT NULL REFERENCES users(id),
    change     TEXT NOT NULL CHECK (change IN ('added', 'removed')),
    role       TEXT NOT NULL CHECK (role IN ('co_owner', 'support', 'executive_sponsor')),
    changed_by TEXT REFERENCES users(id),
    changed_at TIMESTAMPTZ NOT NULL,
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
    accepted_at  TIMESTAMPTZ NOT NULL
);

-- Activities by time, for the conflicts' 90-day look at who works an account.
CREATE INDEX activities_at_idx ON activities(at);
