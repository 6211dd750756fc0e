-- Where an activity came from (SQLite). Keep in step with
-- migrations/postgres/0013_activity_origin.sql.
--
-- bundle: a baton-bundle/v1 import (the CRM's record; a re-import replaces
-- these); whatsapp: a chat export (one activity per chat and day); mail
-- and crm are kept for the mail and CRM CSV importers (issue 17). A bundle
-- re-import takes away only bundle activities. Values: accounts::Origin.
ALTER TABLE activities ADD COLUMN origin TEXT NOT NULL DEFAULT 'bundle'
    CHECK (origin IN ('bundle', 'whatsapp', 'mail', 'crm'));
