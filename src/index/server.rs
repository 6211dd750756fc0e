//! The scale-out engine: a Qdrant server or cluster through `qdrant-client`
//! (`QDRANT_URL`), with the same collection layout as the embedded shard.

use std::time::Duration;

use qdrant_client::qdrant::{
    point_id::PointIdOptions, Condition, CountPointsBuilder, CreateCollectionBuilder,
    CreateFieldIndexCollectionBuilder, DeleteCollectionBuilder, DeletePointsBuilder, Distance,
    FieldType, Filter, KeywordIndexParamsBuilder, Modifier, NamedVectors, PointId, PointStruct,
    PointsIdsList, Query, QueryPointsBuilder, ScoredPoint, SparseVectorParamsBuilder,
    SparseVectorsConfigBuilder, UpsertPointsBuilder, Vector, VectorInput, VectorParamsBuilder,
    VectorsConfigBuilder,
};
use qdrant_client::{Payload, Qdrant};

use super::{
    fuse, payload_from_json, HybridQuery, IndexError, Point, Ranked, VectorIndex, ACCOUNT_FIELD,
    DENSE, SPARSE,
};
use crate::accounts::AccountId;

/// The oldest Qdrant server release Baton works with. qdrant-client 1.20
/// sends dense vectors in the layout newer servers read; a 1.11.5 server
/// takes them for empty ("expected dim 8, got 0"), 1.14.1 passes the
/// server engine's tests and gives the embedded engine's eval figures.
/// Releases in between were not tried, so they are refused.
pub const MIN_SERVER: (u64, u64, u64) = (1, 14, 0);

/// Whether a server's version string ("1.14.1", "v1.15.0-dev") is
/// `MIN_SERVER` or later; `None` when it is not a version at all.
pub fn supported(version: &str) -> Option<bool> {
    let digits = version.trim().trim_start_matches('v');
    let core = digits.split(['-', '+']).next().unwrap_or("");
    let mut parts = core.split('.').map(|p| p.parse::<u64>().ok());
    let major = parts.next()??;
    let minor = parts.next().flatten().unwrap_or(0);
    let patch = parts.next().flatten().unwrap_or(0);
    Some((major, minor, patch) >= MIN_SERVER)
}

/// `MIN_SERVER` as people write it.
pub fn minimum() -> String {
    let (a, b, c) = MIN_SERVER;
    format!("{a}.{b}.{c}")
}

/// A collection on a Qdrant server.
pub struct ServerIndex {
    client: Qdrant,
    collection: String,
    dimensions: usize,
    /// What the server said it is, at connection.
    version: String,
}

fn engine_err(e: impl Into<crate::BoxError>) -> IndexError {
    IndexError::engine(e)
}

fn account_filter(account: &AccountId) -> Filter {
    Filter::must([Condition::matches(
        ACCOUNT_FIELD,
        account.as_str().to_string(),
    )])
}

fn point_uuid(id: Option<PointId>) -> Result<uuid::Uuid, IndexError> {
    match id.and_then(|p| p.point_id_options) {
        Some(PointIdOptions::Uuid(s)) => {
            uuid::Uuid::parse_str(&s).map_err(|e| IndexError::Corrupt(e.to_string()))
        }
        other => Err(IndexError::Corrupt(format!("point id {other:?}"))),
    }
}

fn ranked(points: Vec<ScoredPoint>) -> Result<Vec<Ranked>, IndexError> {
    points
        .into_iter()
        .map(|p| {
            let map: serde_json::Map<String, serde_json::Value> = p
                .payload
                .into_iter()
                .map(|(k, v)| (k, serde_json::Value::from(v)))
                .collect();
            Ok(Ranked {
                id: point_uuid(p.id)?,
                score: p.score,
                payload: payload_from_json(serde_json::Value::Object(map))?,
            })
        })
        .collect()
}

impl ServerIndex {
    /// Connects and makes sure the collection exists with our layout.
    pub async fn connect(
        url: &str,
        api_key: Option<&str>,
        collection: &str,
        dimensions: usize,
    ) -> Result<ServerIndex, IndexError> {
        let mut builder = Qdrant::from_url(url)
            .timeout(Duration::from_secs(30))
            .skip_compatibility_check();
        if let Some(key) = api_key {
            builder = builder.api_key(key.to_string());
        }
        let client = builder.build().map_err(engine_err)?;
        let version = client.health_check().await.map_err(engine_err)?.version;
        match supported(&version) {
            Some(true) => {}
            Some(false) => {
                return Err(IndexError::ServerTooOld {
                    found: version,
                    minimum: minimum(),
                })
            }
            None => return Err(IndexError::ServerVersion(version)),
        }
        let index = ServerIndex {
            client,
            collection: collection.to_string(),
            dimensions,
            version,
        };
        index.ensure_collection().await?;
        Ok(index)
    }

    /// Makes sure the collection exists with our layout and its payload
    /// index, whoever creates them: several instances starting at once
    /// each try, and a create that lost the race (the collection or the
    /// index exists by then) is no failure.
    async fn ensure_collection(&self) -> Result<(), IndexError> {
        let mut lost_race = false;
        loop {
            let exists = self
                .client
                .collection_exists(&self.collection)
                .await
                .map_err(engine_err)?;
            if exists {
                let found = self.dense_size().await?;
                if found == Some(self.dimensions) {
                    break;
                }
                tracing::warn!(
                    ?found,
                    dimensions = self.dimensions,
                    "collection built for other vectors; recreating it"
                );
                self.client
                    .delete_collection(DeleteCollectionBuilder::new(&self.collection))
                    .await
                    .map_err(engine_err)?;
            }
            match self.create_collection().await {
                Ok(()) => break,
                // Another instance created it between our look and our
                // create: look again, once.
                Err(e) if !lost_race => {
                    tracing::info!(error = %crate::ErrorChain(&e), "creating the collection failed; looking again");
                    lost_race = true;
                }
                Err(e) => return Err(e),
            }
        }
        self.ensure_payload_index().await
    }

    /// What the server says of the collection.
    async fn info(&self) -> Result<Option<qdrant_client::qdrant::CollectionInfo>, IndexError> {
        let reply = self
            .client
            .collection_info(&self.collection)
            .await
            .map_err(engine_err)?;
        Ok(reply.result)
    }

    /// The size of the collection's dense vector, if it has ours.
    async fn dense_size(&self) -> Result<Option<usize>, IndexError> {
        Ok(self
            .info()
            .await?
            .and_then(|r| r.config)
            .and_then(|c| c.params)
            .and_then(|p| p.vectors_config)
            .and_then(|v| v.config)
            .and_then(|c| match c {
                qdrant_client::qdrant::vectors_config::Config::ParamsMap(m) => {
                    m.map.get(DENSE).map(|p| p.size as usize)
                }
                qdrant_client::qdrant::vectors_config::Config::Params(_) => None,
            }))
    }

    /// The tenant keyword index on the account field: created when missing;
    /// one another instance created meanwhile is as good.
    async fn ensure_payload_index(&self) -> Result<(), IndexError> {
        if self.has_payload_index().await? {
            return Ok(());
        }
        let created = self
            .client
            .create_field_index(
                CreateFieldIndexCollectionBuilder::new(
                    &self.collection,
                    ACCOUNT_FIELD,
                    FieldType::Keyword,
                )
                .field_index_params(KeywordIndexParamsBuilder::default().is_tenant(true))
                .wait(true),
            )
            .await;
        match created {
            Ok(_) => Ok(()),
            Err(_) if self.has_payload_index().await? => Ok(()),
            Err(e) => Err(engine_err(e)),
        }
    }

    async fn has_payload_index(&self) -> Result<bool, IndexError> {
        Ok(self
            .info()
            .await?
            .is_some_and(|r| r.payload_schema.contains_key(ACCOUNT_FIELD)))
    }

    async fn create_collection(&self) -> Result<(), IndexError> {
        let mut vectors = VectorsConfigBuilder::default();
        vectors.add_named_vector_params(
            DENSE,
            VectorParamsBuilder::new(self.dimensions as u64, Distance::Cosine),
        );
        let mut sparse = SparseVectorsConfigBuilder::default();
        sparse.add_named_vector_params(
            SPARSE,
            SparseVectorParamsBuilder::default().modifier(Modifier::Idf),
        );
        self.client
            .create_collection(
                CreateCollectionBuilder::new(&self.collection)
                    .vectors_config(vectors)
                    .sparse_vectors_config(sparse),
            )
            .await
            .map_err(engine_err)?;
        Ok(())
    }

    /// Drops the collection (tests clean up with it).
    pub async fn drop_collection(&self) -> Result<(), IndexError> {
        self.client
            .delete_collection(DeleteCollectionBuilder::new(&self.collection))
            .await
            .map_err(engine_err)?;
        Ok(())
    }

    async fn nearest(
        &self,
        using: &str,
        vector: VectorInput,
        filter: Filter,
        limit: usize,
    ) -> Result<Vec<Ranked>, IndexError> {
        let reply = self
            .client
            .query(
                QueryPointsBuilder::new(&self.collection)
                    .query(Query::new_nearest(vector))
                    .using(using)
                    .filter(filter)
                    .limit(limit as u64)
                    .with_payload(true),
            )
            .await
            .map_err(engine_err)?;
        ranked(reply.result)
    }
}

#[async_trait::async_trait]
impl VectorIndex for ServerIndex {
    fn engine(&self) -> &'static str {
        "qdrant-server"
    }

    fn version(&self) -> String {
        self.version.clone()
    }

    async fn upsert(&self, points: Vec<Point>) -> Result<(), IndexError> {
        if points.is_empty() {
            return Ok(());
        }
        let mut list = Vec::with_capacity(points.len());
        for p in points {
            let payload = Payload::try_from(serde_json::to_value(&p.payload).map_err(engine_err)?)
                .map_err(engine_err)?;
            let mut vectors = NamedVectors::default();
            if let Some(dense) = p.dense {
                vectors = vectors.add_vector(DENSE, Vector::new_dense(dense));
            }
            if !p.sparse.is_empty() {
                vectors = vectors.add_vector(
                    SPARSE,
                    Vector::new_sparse(p.sparse.indices, p.sparse.values),
                );
            }
            list.push(PointStruct::new(p.id.to_string(), vectors, payload));
        }
        self.client
            .upsert_points(UpsertPointsBuilder::new(&self.collection, list).wait(true))
            .await
            .map_err(engine_err)?;
        Ok(())
    }

    async fn delete(&self, ids: Vec<uuid::Uuid>) -> Result<(), IndexError> {
        if ids.is_empty() {
            return Ok(());
        }
        let ids: Vec<PointId> = ids
            .into_iter()
            .map(|u| PointId::from(u.to_string()))
            .collect();
        self.client
            .delete_points(
                DeletePointsBuilder::new(&self.collection)
                    .points(PointsIdsList { ids })
                    .wait(true),
            )
            .await
            .map_err(engine_err)?;
        Ok(())
    }

    async fn search(&self, query: &HybridQuery) -> Result<Vec<super::Hit>, IndexError> {
        let filter = account_filter(&query.account_id);
        let dense = self.nearest(
            DENSE,
            VectorInput::new_dense(query.dense.clone()),
            filter.clone(),
            query.per_source,
        );
        let sparse = async {
            if query.sparse.is_empty() {
                return Ok(Vec::new());
            }
            self.nearest(
                SPARSE,
                VectorInput::new_sparse(query.sparse.indices.clone(), query.sparse.values.clone()),
                filter.clone(),
                query.per_source,
            )
            .await
        };
        let (dense, sparse) = tokio::try_join!(dense, sparse)?;
        Ok(fuse(dense, sparse, query.limit))
    }

    async fn count(&self, account: Option<&AccountId>) -> Result<u64, IndexError> {
        let mut request = CountPointsBuilder::new(&self.collection).exact(true);
        if let Some(a) = account {
            request = request.filter(account_filter(a));
        }
        let reply = self.client.count(request).await.map_err(engine_err)?;
        Ok(reply.result.map(|r| r.count).unwrap_or(0))
    }

    async fn clear(&self) -> Result<(), IndexError> {
        self.client
            .delete_collection(DeleteCollectionBuilder::new(&self.collection))
            .await
            .map_err(engine_err)?;
        self.create_collection().await?;
        self.ensure_payload_index().await
    }

    async fn settle(&self, _limit: std::time::Duration) -> bool {
        // Requests to the server end with their callers.
        true
    }

    async fn optimize(&self) -> Result<(), IndexError> {
        // The server optimizes on its own.
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_below_the_minimum_are_refused() {
        assert_eq!(supported("1.11.5"), Some(false));
        assert_eq!(supported("1.13.6"), Some(false));
        assert_eq!(supported("0.99.0"), Some(false));
        assert_eq!(supported("1.14.0"), Some(true));
        assert_eq!(supported("1.14.1"), Some(true));
        assert_eq!(supported("v1.16.3-dev"), Some(true));
        assert_eq!(supported("2.0"), Some(true));
        assert_eq!(supported(""), None);
        assert_eq!(supported("dev"), None);
        assert_eq!(minimum(), "1.14.0");
    }
}
