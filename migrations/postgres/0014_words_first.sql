-- Record chunks are searchable by their words before their dense vector
-- comes (PostgreSQL). Keep in step with migrations/sqlite/0014_words_first.sql.
--
-- indexed: the index holds the chunk's point (found by BM25 at least);
-- embedded: that point carries its dense vector too. An interview answer
-- is indexed and embedded at once; a record item may be indexed first and
-- embedded later by the indexer's second phase (knowledge::indexer).
ALTER TABLE knowledge_chunks ADD COLUMN embedded BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE knowledge_chunks SET embedded = indexed;
CREATE INDEX knowledge_chunks_unembedded_idx ON knowledge_chunks(created_at, id)
    WHERE indexed AND NOT embedded;
