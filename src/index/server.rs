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

/// A collection on a Qdrant server.
pub struct ServerIndex {
    client: Qdrant,
    collection: String,
    dimensions: usize,
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
        let index = ServerIndex {
            client,
            collection: collection.to_string(),
            dimensions,
        };
        index.ensure_collection().await?;
        Ok(index)
    }

    async fn ensure_collection(&self) -> Result<(), IndexError> {
        let exists = self
            .client
            .collection_exists(&self.collection)
            .await
            .map_err(engine_err)?;
        if exists {
            let info = self
                .client
                .collection_info(&self.collection)
                .await
                .map_err(engine_err)?;
            let found = info
                .result
                .and_then(|r| r.config)
                .and_then(|c| c.params)
                .and_then(|p| p.vectors_config)
                .and_then(|v| v.config)
                .and_then(|c| match c {
                    qdrant_client::qdrant::vectors_config::Config::ParamsMap(m) => {
                        m.map.get(DENSE).map(|p| p.size as usize)
                    }
                    qdrant_client::qdrant::vectors_config::Config::Params(_) => None,
                });
            if found == Some(self.dimensions) {
                return Ok(());
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
        self.create_collection().await
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
        self.client
            .create_field_index(
                CreateFieldIndexCollectionBuilder::new(
                    &self.collection,
                    ACCOUNT_FIELD,
                    FieldType::Keyword,
                )
                .field_index_params(KeywordIndexParamsBuilder::default().is_tenant(true))
                .wait(true),
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
        self.create_collection().await
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
