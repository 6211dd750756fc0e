-- Each account's contacts in summary (SQLite). Keep in step with
-- migrations/postgres/0011_contact_summary.sql.
--
-- What the manager's dashboard reads per account, kept beside the account
-- so that 10,000 accounts need no pass over their contacts: how many
-- contacts, how many at relationship strength 3 or more
-- (accounts::STRONG), and the strongest relationship held by an economic
-- buyer and by a champion (NULL: nobody holds the role with a known
-- strength). Only an import writes contacts; it recomputes these for the
-- accounts it touched (accounts::import).
ALTER TABLE accounts ADD COLUMN contact_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN strong_contact_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN economic_buyer_strength INTEGER;
ALTER TABLE accounts ADD COLUMN champion_strength INTEGER;

UPDATE accounts SET
    contact_count = (SELECT COUNT(*) FROM contacts c WHERE c.account_id = accounts.id),
    strong_contact_count = (SELECT COUNT(*) FROM contacts c WHERE c.account_id = accounts.id
                            AND c.relationship_strength >= 3),
    economic_buyer_strength = (SELECT MAX(c.relationship_strength) FROM contacts c
                               WHERE c.account_id = accounts.id AND c.role = 'economic_buyer'),
    champion_strength = (SELECT MAX(c.relationship_strength) FROM contacts c
                         WHERE c.account_id = accounts.id AND c.role = 'champion');
