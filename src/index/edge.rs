//! The embedded engine: a Qdrant Edge shard in the data directory.
//!
//! Edge's calls are blocking, so each runs on tokio's blocking pool. Edge
//! does not replay its WAL on open and panics when `flush` meets a
//! concurrent `update`, so every write (update, flush, optimize) holds one
//! writer lock and is flushed before it returns; reads run in parallel.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use qdrant_edge::{
    Condition, CountRequest, CreateIndex, Distance, EdgeConfig, EdgeShard, EdgeSparseVectorParams,
    EdgeVectorParams, FieldCondition, FieldIndexOperations, Filter, KeywordIndexParams, Match,
    Modifier, NamedQuery, PayloadFieldSchema, PayloadSchemaParams, PointId, PointInsertOperations,
    PointOperations, PointStruct, QueryEnum, QueryRequest, ScoredPoint, ScoringQuery, SparseVector,
    UpdateOperation, ValueVariants, VectorInternal, Vectors, WithPayloadInterface, WithVector,
};

use super::{
    fuse, payload_from_json, HybridQuery, IndexError, Point, Ranked, VectorIndex, ACCOUNT_FIELD,
    DENSE, SPARSE,
};
use crate::accounts::AccountId;

/// A Qdrant Edge shard, opened or created at a path.
/// The qdrant-edge release Baton is built with (`Cargo.toml` pins it
/// exactly; a test holds the two together).
pub const EDGE_VERSION: &str = "0.7.2";

pub struct EdgeIndex {
    shard: Arc<Open>,
    writer: Arc<Mutex<()>>,
    path: PathBuf,
}

/// The open shard and the lock file that keeps other processes out. The
/// shard drops (and flushes) before the lock is released, whichever task
/// lets go of it last.
struct Open {
    shard: EdgeShard,
    _lock: std::fs::File,
}

/// How long opening waits for another holder of the index to let go (a
/// process that is shutting down).
const LOCK_WAIT: std::time::Duration = std::time::Duration::from_secs(10);

fn engine_err(e: impl Into<crate::BoxError>) -> IndexError {
    IndexError::engine(e)
}

/// The collection layout: the same as the server engine's.
fn layout(dimensions: usize) -> EdgeConfig {
    EdgeConfig {
        vectors: HashMap::from([(
            DENSE.to_string(),
            EdgeVectorParams {
                size: dimensions,
                distance: Distance::Cosine,
                on_disk: None,
                multivector_config: None,
                datatype: None,
                quantization_config: None,
                hnsw_config: None,
            },
        )]),
        sparse_vectors: HashMap::from([(
            SPARSE.to_string(),
            EdgeSparseVectorParams {
                modifier: Some(Modifier::Idf),
                ..Default::default()
            },
        )]),
        ..Default::default()
    }
}

fn account_filter(account: &AccountId) -> Filter {
    Filter::new_must(Condition::Field(FieldCondition::new_match(
        ACCOUNT_FIELD
            .try_into()
            .expect("a plain field name is a JSON path"),
        Match::new_value(ValueVariants::String(account.as_str().to_string())),
    )))
}

fn point_uuid(id: &PointId) -> Result<uuid::Uuid, IndexError> {
    match id {
        PointId::Uuid(u) => Ok(*u),
        PointId::NumId(n) => Err(IndexError::Corrupt(format!("numeric point id {n}"))),
    }
}

fn ranked(points: Vec<ScoredPoint>) -> Result<Vec<Ranked>, IndexError> {
    points
        .into_iter()
        .map(|p| {
            let payload = p
                .payload
                .ok_or_else(|| IndexError::Corrupt("point without payload".into()))?;
            Ok(Ranked {
                id: point_uuid(&p.id)?,
                score: p.score,
                payload: payload_from_json(serde_json::Value::Object(payload.0))?,
            })
        })
        .collect()
}

impl EdgeIndex {
    /// Opens the shard at `path`, creating it (with its tenant index on
    /// `account_id`) when there is none. A shard whose dense vectors have
    /// another size than the embedder's was built by another model: it is
    /// dropped and created anew (the store rebuilds it). One process at a
    /// time: a lock file refuses a second.
    pub fn open(path: &Path, dimensions: usize) -> Result<EdgeIndex, IndexError> {
        let cannot_open = |source| IndexError::Open {
            path: path.display().to_string(),
            source,
        };
        std::fs::create_dir_all(path).map_err(cannot_open)?;
        let lock = std::fs::OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(path.join("baton.lock"))
            .map_err(cannot_open)?;
        let waiting = std::time::Instant::now();
        while lock.try_lock().is_err() {
            if waiting.elapsed() > LOCK_WAIT {
                return Err(IndexError::Busy(path.display().to_string()));
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        let shard_dir = path.join("shard");
        if shard_dir.join("edge_config.json").exists() {
            let shard = EdgeShard::load(&shard_dir, None).map_err(engine_err)?;
            let found = shard.config().vectors.get(DENSE).map(|v| v.size);
            if found == Some(dimensions) {
                return Ok(EdgeIndex::wrap(shard, path, lock));
            }
            tracing::warn!(
                ?found,
                dimensions,
                "index built for other vectors; recreating it"
            );
            drop(shard);
            std::fs::remove_dir_all(&shard_dir).map_err(engine_err)?;
        }
        std::fs::create_dir_all(&shard_dir).map_err(engine_err)?;
        let shard = EdgeShard::new(&shard_dir, layout(dimensions)).map_err(engine_err)?;
        shard
            .update(UpdateOperation::FieldIndexOperation(
                FieldIndexOperations::CreateIndex(CreateIndex {
                    field_name: ACCOUNT_FIELD
                        .try_into()
                        .map_err(|()| IndexError::engine("account_id is not a JSON path"))?,
                    field_schema: Some(PayloadFieldSchema::FieldParams(
                        PayloadSchemaParams::Keyword(KeywordIndexParams {
                            is_tenant: Some(true),
                            ..Default::default()
                        }),
                    )),
                }),
            ))
            .map_err(engine_err)?;
        shard.flush();
        Ok(EdgeIndex::wrap(shard, path, lock))
    }

    fn wrap(shard: EdgeShard, path: &Path, lock: std::fs::File) -> EdgeIndex {
        EdgeIndex {
            shard: Arc::new(Open { shard, _lock: lock }),
            writer: Arc::new(Mutex::new(())),
            path: path.to_path_buf(),
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs a write under the writer lock, then flushes, on the blocking pool.
    async fn write<F>(&self, op: F) -> Result<(), IndexError>
    where
        F: FnOnce(&EdgeShard) -> Result<(), IndexError> + Send + 'static,
    {
        let shard = self.shard.clone();
        let writer = self.writer.clone();
        tokio::task::spawn_blocking(move || {
            let _guard = writer.lock().unwrap_or_else(|p| p.into_inner());
            op(&shard.shard)?;
            shard.shard.flush();
            Ok(())
        })
        .await
        .map_err(engine_err)?
    }

    async fn read<T, F>(&self, op: F) -> Result<T, IndexError>
    where
        T: Send + 'static,
        F: FnOnce(&EdgeShard) -> Result<T, IndexError> + Send + 'static,
    {
        let shard = self.shard.clone();
        tokio::task::spawn_blocking(move || op(&shard.shard))
            .await
            .map_err(engine_err)?
    }
}

fn nearest(
    shard: &EdgeShard,
    using: &str,
    vector: VectorInternal,
    filter: Filter,
    limit: usize,
) -> Result<Vec<Ranked>, IndexError> {
    let points = shard
        .query(QueryRequest {
            prefetches: vec![],
            query: Some(ScoringQuery::Vector(QueryEnum::Nearest(NamedQuery {
                query: vector,
                using: Some(using.to_string()),
            }))),
            filter: Some(filter),
            score_threshold: None,
            limit,
            offset: 0,
            params: None,
            with_vector: WithVector::Bool(false),
            with_payload: WithPayloadInterface::Bool(true),
        })
        .map_err(engine_err)?;
    ranked(points)
}

#[async_trait::async_trait]
impl VectorIndex for EdgeIndex {
    fn engine(&self) -> &'static str {
        "qdrant-edge"
    }

    fn version(&self) -> String {
        EDGE_VERSION.to_string()
    }

    async fn upsert(&self, points: Vec<Point>) -> Result<(), IndexError> {
        if points.is_empty() {
            return Ok(());
        }
        let mut list = Vec::with_capacity(points.len());
        for p in points {
            let payload = serde_json::to_value(&p.payload).map_err(engine_err)?;
            let mut vectors = Vec::with_capacity(2);
            if let Some(dense) = p.dense {
                vectors.push((DENSE, VectorInternal::from(dense)));
            }
            if !p.sparse.is_empty() {
                let sparse =
                    SparseVector::new(p.sparse.indices, p.sparse.values).map_err(engine_err)?;
                vectors.push((SPARSE, VectorInternal::from(sparse)));
            }
            list.push(
                PointStruct::new(PointId::Uuid(p.id), Vectors::new_named(vectors), payload).into(),
            );
        }
        self.write(move |shard| {
            shard
                .update(UpdateOperation::PointOperation(
                    PointOperations::UpsertPoints(PointInsertOperations::PointsList(list)),
                ))
                .map_err(engine_err)
        })
        .await
    }

    async fn delete(&self, ids: Vec<uuid::Uuid>) -> Result<(), IndexError> {
        if ids.is_empty() {
            return Ok(());
        }
        let ids = ids.into_iter().map(PointId::Uuid).collect();
        self.write(move |shard| {
            shard
                .update(UpdateOperation::PointOperation(
                    PointOperations::DeletePoints { ids },
                ))
                .map_err(engine_err)
        })
        .await
    }

    async fn search(&self, query: &HybridQuery) -> Result<Vec<super::Hit>, IndexError> {
        let q = query.clone();
        self.read(move |shard| {
            let filter = account_filter(&q.account_id);
            let dense = nearest(
                shard,
                DENSE,
                VectorInternal::from(q.dense),
                filter.clone(),
                q.per_source,
            )?;
            let sparse = if q.sparse.is_empty() {
                Vec::new()
            } else {
                let v = SparseVector::new(q.sparse.indices, q.sparse.values).map_err(engine_err)?;
                nearest(shard, SPARSE, VectorInternal::from(v), filter, q.per_source)?
            };
            Ok(fuse(dense, sparse, q.limit))
        })
        .await
    }

    async fn count(&self, account: Option<&AccountId>) -> Result<u64, IndexError> {
        let filter = account.map(account_filter);
        self.read(move |shard| {
            shard
                .count(CountRequest {
                    filter,
                    exact: true,
                })
                .map(|n| n as u64)
                .map_err(engine_err)
        })
        .await
    }

    async fn clear(&self) -> Result<(), IndexError> {
        self.write(|shard| {
            shard
                .update(UpdateOperation::PointOperation(
                    PointOperations::DeletePointsByFilter(Filter::default()),
                ))
                .map_err(engine_err)
        })
        .await
    }

    async fn optimize(&self) -> Result<(), IndexError> {
        self.write(|shard| shard.optimize().map(|_| ()).map_err(engine_err))
            .await
    }

    /// Each engine call on the blocking pool holds a clone of the shard
    /// until it returns, so the calls still running are the clones beyond
    /// this index's own.
    async fn settle(&self, limit: std::time::Duration) -> bool {
        let since = std::time::Instant::now();
        while Arc::strong_count(&self.shard) > 1 {
            if since.elapsed() > limit {
                tracing::warn!(
                    running = Arc::strong_count(&self.shard) - 1,
                    "index calls still running at shutdown"
                );
                return false;
            }
            tokio::time::sleep(std::time::Duration::from_millis(5)).await;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_stated_version_is_the_pinned_one() {
        let manifest = include_str!("../../Cargo.toml");
        let pin = format!("qdrant-edge = \"={}\"", super::EDGE_VERSION);
        assert!(manifest.contains(&pin), "Cargo.toml does not pin {pin}");
    }
}
