-- Who holds an answer's extraction job (PostgreSQL). Keep in step with
-- migrations/sqlite/0018_extraction_holder.sql.

-- The worker that claimed a pending extraction (its process's holder id)
-- while its lease (`extraction_due_at`) runs; NULL when the due time is a
-- backoff or the job is free. A SQLite store is one process's, so a job
-- held by another holder there was its dead predecessor's: the next start
-- takes it at once instead of waiting out the lease. On PostgreSQL the
-- holder may be another live instance, and the lease runs out as before.
ALTER TABLE interview_turns ADD COLUMN extraction_held_by TEXT;
