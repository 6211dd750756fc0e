//! The vector index: one trait, two engines, one schema.
//!
//! Every point is one chunk of an account's knowledge (an approved interview
//! answer or a record item) with a dense vector, a BM25 sparse vector and a
//! payload. The collection layout is the same in both engines: a named dense
//! vector [`DENSE`] (cosine), a named sparse vector [`SPARSE`] with the IDF
//! modifier, and a keyword payload index on `account_id` marked as tenant.
//!
//! [`edge::EdgeIndex`] is a Qdrant Edge shard in the data directory, in
//! process (the default); [`server::ServerIndex`] is a Qdrant server or
//! cluster through `qdrant-client` (`QDRANT_URL`). The relational store is
//! the source of truth: the index can be deleted and rebuilt from it.
//!
//! Architecture Invariant: a search takes an [`AccountId`] and the engines
//! put it in the index query's filter. There is no search without one.

pub mod edge;
pub mod server;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::accounts::AccountId;

/// Name of the dense vector in the collection.
pub const DENSE: &str = "dense";
/// Name of the BM25 sparse vector in the collection.
pub const SPARSE: &str = "bm25";
/// The payload field every search filters on.
pub const ACCOUNT_FIELD: &str = "account_id";
/// Reciprocal rank fusion constant (Qdrant's default is 2; 60 is the usual).
pub const RRF_K: f32 = 60.0;

#[derive(Debug, thiserror::Error)]
pub enum IndexError {
    #[error("vector index engine failed")]
    Engine(#[source] crate::BoxError),
    #[error("cannot open the vector index at {path}")]
    Open {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the index at {0} is open in another Baton process; stop it first")]
    Busy(String),
    #[error(
        "the Qdrant server is version {found}; Baton needs {minimum} or later (upgrade the server)"
    )]
    ServerTooOld { found: String, minimum: String },
    #[error(
        "the Qdrant server gave no version Baton can read ({0:?}); Baton needs a Qdrant server"
    )]
    ServerVersion(String),
    #[error("vector index: a stored point is not valid: {0}")]
    Corrupt(String),
}

impl IndexError {
    pub fn engine(e: impl Into<crate::BoxError>) -> IndexError {
        IndexError::Engine(e.into())
    }
}

/// A BM25 sparse vector: term ids and weights, as Qdrant computes them.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Sparse {
    pub indices: Vec<u32>,
    pub values: Vec<f32>,
}

impl Sparse {
    pub fn is_empty(&self) -> bool {
        self.indices.is_empty()
    }
}

crate::string_enum!(
    /// Where a chunk comes from: an approved interview answer, or a record item.
    SourceKind {
        Interview => "interview",
        Activity => "activity",
        Contact => "contact",
        Opportunity => "opportunity",
        Account => "account",
    }
);

/// What every point carries besides its vectors. Mirrors a row of
/// `knowledge_chunks`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChunkPayload {
    pub account_id: String,
    pub kind: SourceKind,
    /// The knowledge version or record item the chunk comes from.
    pub source_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_id: Option<crate::bank::QuestionId>,
    pub version: i64,
    /// When the source was written (RFC 3339), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub author: Option<String>,
    /// What the chunk is ("Email on 2026-09-14 with …", the bank question).
    #[serde(default)]
    pub header: String,
    /// Position of the chunk within its source.
    #[serde(default)]
    pub pos: i64,
    /// The excerpt shown in citations.
    pub text: String,
}

/// A chunk ready to index.
#[derive(Debug, Clone)]
pub struct Point {
    pub id: uuid::Uuid,
    /// `None` for a point searchable by its words only, until its dense
    /// vector comes (a record item indexed words first): the dense search
    /// does not see it, the BM25 search does.
    pub dense: Option<Vec<f32>>,
    pub sparse: Sparse,
    pub payload: ChunkPayload,
}

/// A hybrid search inside one account.
#[derive(Debug, Clone)]
pub struct HybridQuery {
    pub account_id: AccountId,
    pub dense: Vec<f32>,
    pub sparse: Sparse,
    /// Candidates taken from each of the dense and sparse searches.
    pub per_source: usize,
    /// Results after fusion.
    pub limit: usize,
}

/// One fused result, with the scores it had in each search.
#[derive(Debug, Clone)]
pub struct Hit {
    pub id: uuid::Uuid,
    /// Reciprocal rank fusion of the two rankings.
    pub fused: f32,
    /// Cosine similarity to the query, when the dense search found it.
    pub dense: Option<f32>,
    /// BM25 score (with IDF), when the sparse search found it.
    pub sparse: Option<f32>,
    pub payload: ChunkPayload,
}

/// One ranked list from one search, best first.
#[derive(Debug, Clone)]
pub struct Ranked {
    pub id: uuid::Uuid,
    pub score: f32,
    pub payload: ChunkPayload,
}

/// Fuses a dense and a sparse ranking by reciprocal rank (k = [`RRF_K`]),
/// keeping each point's raw scores. Ties keep the dense order first.
pub fn fuse(dense: Vec<Ranked>, sparse: Vec<Ranked>, limit: usize) -> Vec<Hit> {
    let mut by_id: HashMap<uuid::Uuid, Hit> = HashMap::new();
    let mut order: Vec<uuid::Uuid> = Vec::new();
    for (rank, r) in dense.into_iter().enumerate() {
        order.push(r.id);
        by_id.insert(
            r.id,
            Hit {
                id: r.id,
                fused: 1.0 / (RRF_K + rank as f32 + 1.0),
                dense: Some(r.score),
                sparse: None,
                payload: r.payload,
            },
        );
    }
    for (rank, r) in sparse.into_iter().enumerate() {
        let add = 1.0 / (RRF_K + rank as f32 + 1.0);
        match by_id.get_mut(&r.id) {
            Some(hit) => {
                hit.fused += add;
                hit.sparse = Some(r.score);
            }
            None => {
                order.push(r.id);
                by_id.insert(
                    r.id,
                    Hit {
                        id: r.id,
                        fused: add,
                        dense: None,
                        sparse: Some(r.score),
                        payload: r.payload,
                    },
                );
            }
        }
    }
    let mut hits: Vec<Hit> = order.iter().filter_map(|id| by_id.remove(id)).collect();
    hits.sort_by(|a, b| b.fused.total_cmp(&a.fused));
    hits.truncate(limit);
    hits
}

/// The vector index, whichever engine holds it.
#[async_trait::async_trait]
pub trait VectorIndex: Send + Sync {
    /// Which engine, for logs and status.
    fn engine(&self) -> &'static str;
    /// The engine's version: the embedded library's, or the server's.
    fn version(&self) -> String;
    /// Inserts or replaces points, durably: when this returns, the points
    /// survive a restart. A point replaced keeps none of its old vectors.
    async fn upsert(&self, points: Vec<Point>) -> Result<(), IndexError>;
    /// Removes points; ids that are not there are ignored.
    async fn delete(&self, ids: Vec<uuid::Uuid>) -> Result<(), IndexError>;
    /// Dense and BM25 searches inside `query.account_id`, fused.
    async fn search(&self, query: &HybridQuery) -> Result<Vec<Hit>, IndexError>;
    /// Points in the index, in one account or in all.
    async fn count(&self, account: Option<&AccountId>) -> Result<u64, IndexError>;
    /// Removes every point (for a rebuild).
    async fn clear(&self) -> Result<(), IndexError>;
    /// Background housekeeping after large writes; never called in a request.
    async fn optimize(&self) -> Result<(), IndexError>;
    /// Waits, up to `limit`, for engine calls still running on their own
    /// threads (a write whose caller was cancelled goes on to its flush) to
    /// finish; true when none is left. Called at shutdown, so the index is
    /// flushed and let go before the process ends or its files go.
    async fn settle(&self, limit: std::time::Duration) -> bool;
}

/// BM25 sparse vectors as Qdrant computes them (its own tokenizer, English
/// stopwords and stemmer), for both engines: documents are weighted by term
/// frequency, queries by presence; the IDF modifier of the collection's
/// sparse vector supplies the rest at query time.
pub struct Bm25(qdrant_edge::bm25_embed::EdgeBm25);

/// Average chunk length in BM25 terms (after stopwords), for length
/// normalization: chunks are at most ~90 cl100k tokens.
const BM25_AVG_LEN: f64 = 40.0;

impl Bm25 {
    pub fn new() -> Result<Bm25, IndexError> {
        use qdrant_edge::bm25_embed::{EdgeBm25, EdgeBm25Config};
        let config = EdgeBm25Config {
            avg_len: qdrant_edge::external::ordered_float::NotNan::new(BM25_AVG_LEN)
                .map_err(IndexError::engine)?,
            language: Some("english".to_string()),
            ..Default::default()
        };
        EdgeBm25::new(config).map(Bm25).map_err(IndexError::engine)
    }

    pub fn document(&self, text: &str) -> Sparse {
        let v = self.0.embed_document(text);
        Sparse {
            indices: v.indices,
            values: v.values,
        }
    }

    pub fn query(&self, text: &str) -> Sparse {
        let v = self.0.embed_query(text);
        Sparse {
            indices: v.indices,
            values: v.values,
        }
    }
}

/// Turns a payload map into a [`ChunkPayload`].
pub(crate) fn payload_from_json(value: serde_json::Value) -> Result<ChunkPayload, IndexError> {
    serde_json::from_value(value).map_err(|e| IndexError::Corrupt(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ranked(n: u128, score: f32) -> Ranked {
        Ranked {
            id: uuid::Uuid::from_u128(n),
            score,
            payload: ChunkPayload {
                account_id: "a".into(),
                kind: SourceKind::Activity,
                source_id: format!("s{n}"),
                question_id: None,
                version: 1,
                at: None,
                author: None,
                header: String::new(),
                pos: 0,
                text: String::new(),
            },
        }
    }

    #[test]
    fn fusion_rewards_points_found_by_both_searches() {
        let dense = vec![ranked(1, 0.9), ranked(2, 0.8), ranked(3, 0.7)];
        let sparse = vec![ranked(3, 12.0), ranked(4, 9.0)];
        let hits = fuse(dense, sparse, 10);
        assert_eq!(hits[0].id, uuid::Uuid::from_u128(3));
        assert_eq!(hits[0].dense, Some(0.7));
        assert_eq!(hits[0].sparse, Some(12.0));
        assert_eq!(hits.len(), 4);
        let four = hits
            .iter()
            .find(|h| h.id == uuid::Uuid::from_u128(4))
            .unwrap();
        assert_eq!(four.dense, None);
    }

    #[test]
    fn fusion_respects_the_limit() {
        let dense = (0..10).map(|i| ranked(i, 1.0 - i as f32 / 10.0)).collect();
        assert_eq!(fuse(dense, vec![], 3).len(), 3);
    }
}
