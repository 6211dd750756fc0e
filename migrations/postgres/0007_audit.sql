-- Who did what, when, on which account: appended, never changed. The
-- triggers refuse any update, delete or truncate, whoever asks.
CREATE TABLE audit_log (
    id              BIGSERIAL PRIMARY KEY,
    at              TIMESTAMPTZ NOT NULL,
    actor_id        TEXT,
    kind            TEXT NOT NULL,
    account_id      TEXT,
    subject_user_id TEXT,
    detail          TEXT NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log(at, id);
CREATE INDEX audit_log_account_idx ON audit_log(account_id, at);
CREATE FUNCTION audit_log_refuse() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END
$$ LANGUAGE plpgsql;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse();
