-- A token may carry an expiry (optional); past it, it stops working.
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMPTZ;
