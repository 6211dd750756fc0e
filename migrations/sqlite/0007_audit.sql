-- Who did what, when, on which account: appended, never changed. The
-- triggers refuse any update or delete, whoever asks.
CREATE TABLE audit_log (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    at              TEXT NOT NULL,
    actor_id        TEXT,
    kind            TEXT NOT NULL,
    account_id      TEXT,
    subject_user_id TEXT,
    detail          TEXT NOT NULL
);
CREATE INDEX audit_log_at_idx ON audit_log(at, id);
CREATE INDEX audit_log_account_idx ON audit_log(account_id, at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
