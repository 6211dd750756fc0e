-- Which way a message went (SQLite). Keep in step with
-- migrations/postgres/0012_activity_direction.sql.
--
-- inbound: from the customer; outbound: from us; NULL: the source did not
-- say (calls and meetings are two-way). Read by accounts::patterns.
ALTER TABLE activities ADD COLUMN direction TEXT CHECK (direction IN ('inbound', 'outbound'));
