-- Handoff health (PostgreSQL). Keep in step with migrations/sqlite/0009_handoff_health.sql.

-- When a contact first came into the record: a successor's new contacts
-- are those first seen after the handover. NULL for contacts imported
-- before this column existed (older than any handover measured).
ALTER TABLE contacts ADD COLUMN first_seen_at TIMESTAMPTZ;

-- The departing owner's opportunities as they stood at notice, to hold
-- each open one's stage and amount against later.
CREATE TABLE notice_opportunities (
    departure_id   TEXT NOT NULL REFERENCES departures(id) ON DELETE CASCADE,
    opportunity_id TEXT NOT NULL,
    account_id     TEXT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    name           TEXT NOT NULL,
    stage          TEXT,
    amount         DOUBLE PRECISION,
    close_date     DATE,
    PRIMARY KEY (departure_id, opportunity_id)
);
