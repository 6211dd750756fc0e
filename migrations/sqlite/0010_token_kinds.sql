-- What a token is for (SQLite; keep in step with migrations/postgres/):
-- `api`, a bearer token for the API; `session`, a browser's sign-in, sent
-- only as the HttpOnly session cookie; `link`, a one-time sign-in link,
-- good for one exchange into a session and nothing else.
ALTER TABLE api_tokens ADD COLUMN kind TEXT NOT NULL DEFAULT 'api' CHECK (kind IN ('api', 'session', 'link'));
