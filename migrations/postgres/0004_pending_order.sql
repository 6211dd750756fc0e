-- The indexer takes pending chunks oldest first, a batch at a time: an
-- index in that order keeps each batch a short scan instead of a sort of
-- every pending chunk (quadratic over a large import).
DROP INDEX knowledge_chunks_pending_idx;
CREATE INDEX knowledge_chunks_pending_idx ON knowledge_chunks(created_at, id) WHERE NOT indexed;
