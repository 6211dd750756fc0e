//! Dense embeddings: the model bundled in the binary by default
//! (`baton-minilm`, paraphrase-MiniLM-L3-v2, 384 dimensions, CPU), or any
//! OpenAI-compatible embeddings endpoint when `BATON_EMBED_MODEL` is set.
//!
//! Every embedder names its coordinate space ([`Embedder::identity`]); the
//! index records it and is rebuilt when it changes, because vectors of two
//! models are never comparable, even at equal dimensions.

use async_openai::config::OpenAIConfig;
use async_openai::types::embeddings::CreateEmbeddingRequestArgs;

use crate::config::Config;

#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    #[error("the bundled embedding model failed")]
    Model(#[source] crate::BoxError),
    #[error("the embedding endpoint failed")]
    Remote(#[source] crate::BoxError),
    #[error("embedding endpoint returned {got} vectors for {sent} texts")]
    Count { sent: usize, got: usize },
}

/// Turns texts into unit-length dense vectors.
#[async_trait::async_trait]
pub trait Embedder: Send + Sync {
    /// The coordinate space: model and preprocessing.
    fn identity(&self) -> String;
    fn dimensions(&self) -> usize;
    /// Embeds documents, in order.
    async fn embed(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>, EmbedError>;
    /// Embeds one search query.
    async fn embed_query(&self, text: &str) -> Result<Vec<f32>, EmbedError> {
        let mut v = self.embed(vec![text.to_string()]).await?;
        v.pop().ok_or(EmbedError::Count { sent: 1, got: 0 })
    }
}

/// The bundled encoder: no download, no key, deterministic on one machine.
#[derive(Clone)]
pub struct Bundled {
    encoder: baton_minilm::Encoder,
    /// Query embeddings recently computed: successors ask the same things.
    cache: std::sync::Arc<QueryCache>,
}

/// Texts embedded per blocking task: a task's texts share each layer's
/// matrix products, and the tasks of a large batch spread over the cores.
const TASK_BATCH: usize = 32;

impl Bundled {
    pub fn load() -> Result<Bundled, EmbedError> {
        Bundled::with_cache(2048)
    }

    /// The encoder with a cache of `capacity` recent texts (the weights are
    /// loaded once per process and shared).
    pub fn with_cache(capacity: usize) -> Result<Bundled, EmbedError> {
        let encoder = baton_minilm::Encoder::load().map_err(|e| EmbedError::Model(e.into()))?;
        Ok(Bundled {
            encoder,
            cache: std::sync::Arc::new(QueryCache::new(capacity)),
        })
    }

    /// Embeds `texts` in order, reusing the vectors of texts embedded
    /// recently and embedding the others in one batch.
    pub async fn embed_cached(&self, texts: &[String]) -> Result<Vec<Vec<f32>>, EmbedError> {
        let mut out: Vec<Option<Vec<f32>>> = texts.iter().map(|t| self.cache.get(t)).collect();
        let missing: Vec<String> = texts
            .iter()
            .zip(&out)
            .filter(|(_, v)| v.is_none())
            .map(|(t, _)| t.clone())
            .collect();
        if !missing.is_empty() {
            let mut fresh = self.embed(missing.clone()).await?.into_iter();
            for (slot, text) in out.iter_mut().zip(texts) {
                if slot.is_none() {
                    let v = fresh.next().ok_or(EmbedError::Count {
                        sent: missing.len(),
                        got: 0,
                    })?;
                    self.cache.put(text, v.clone());
                    *slot = Some(v);
                }
            }
        }
        Ok(out.into_iter().flatten().collect())
    }

    fn embed_blocking(&self, texts: &[String]) -> Result<Vec<Vec<f32>>, EmbedError> {
        // A blank query embeds as a neutral word, as it always has (the
        // vectors of blank text and of "none" differ).
        let cleaned: Vec<&str> = texts
            .iter()
            .map(|t| {
                if t.trim().is_empty() {
                    "none"
                } else {
                    t.as_str()
                }
            })
            .collect();
        self.encoder
            .embed(&cleaned)
            .map_err(|e| EmbedError::Model(e.into()))
    }
}

#[async_trait::async_trait]
impl Embedder for Bundled {
    fn identity(&self) -> String {
        baton_minilm::identity()
    }

    fn dimensions(&self) -> usize {
        baton_minilm::DIMENSIONS
    }

    async fn embed(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>, EmbedError> {
        let tasks: Vec<_> = texts
            .chunks(TASK_BATCH)
            .map(|part| {
                let me = self.clone();
                let part = part.to_vec();
                tokio::task::spawn_blocking(move || me.embed_blocking(&part))
            })
            .collect();
        let mut out = Vec::with_capacity(texts.len());
        for t in tasks {
            out.extend(t.await.map_err(|e| EmbedError::Model(e.into()))??);
        }
        Ok(out)
    }

    async fn embed_query(&self, text: &str) -> Result<Vec<f32>, EmbedError> {
        if let Some(v) = self.cache.get(text) {
            return Ok(v);
        }
        let me = self.clone();
        let owned = vec![text.to_string()];
        let mut v = tokio::task::spawn_blocking(move || me.embed_blocking(&owned))
            .await
            .map_err(|e| EmbedError::Model(e.into()))??;
        let v = v.pop().ok_or(EmbedError::Count { sent: 1, got: 0 })?;
        self.cache.put(text, v.clone());
        Ok(v)
    }
}

/// Recent query embeddings, at most `capacity` of them.
pub struct QueryCache(crate::cache::Lru<Vec<f32>>);

impl QueryCache {
    pub fn new(capacity: usize) -> QueryCache {
        QueryCache(crate::cache::Lru::new(capacity, |_| 1))
    }

    pub fn get(&self, key: &str) -> Option<Vec<f32>> {
        self.0.get(key)
    }

    pub fn put(&self, key: &str, value: Vec<f32>) {
        self.0.put(key, value)
    }
}

/// An OpenAI-compatible embeddings endpoint.
pub struct Remote {
    client: async_openai::Client<OpenAIConfig>,
    model: String,
    dimensions: usize,
}

/// Texts sent per request to a remote endpoint.
const REMOTE_BATCH: usize = 128;

impl Remote {
    /// Connects to the configured endpoint and learns the model's
    /// dimensions from one probe embedding.
    pub async fn connect(config: &Config, model: &str) -> Result<Remote, EmbedError> {
        let client = crate::llm::openai_client(config).map_err(|e| EmbedError::Remote(e.into()))?;
        let mut remote = Remote {
            client,
            model: model.to_string(),
            dimensions: 0,
        };
        let probe = remote.request(vec!["dimension probe".to_string()]).await?;
        remote.dimensions = probe.first().map(Vec::len).unwrap_or(0);
        if remote.dimensions == 0 {
            return Err(EmbedError::Remote("the probe embedding was empty".into()));
        }
        Ok(remote)
    }

    async fn request(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>, EmbedError> {
        let sent = texts.len();
        let request = CreateEmbeddingRequestArgs::default()
            .model(&self.model)
            .input(texts)
            .build()
            .map_err(|e| EmbedError::Remote(e.into()))?;
        let reply = self
            .client
            .embeddings()
            .create(request)
            .await
            .map_err(|e| EmbedError::Remote(e.into()))?;
        let mut data = reply.data;
        data.sort_by_key(|d| d.index);
        if data.len() != sent {
            return Err(EmbedError::Count {
                sent,
                got: data.len(),
            });
        }
        Ok(data.into_iter().map(|d| normalized(d.embedding)).collect())
    }
}

/// Scales a vector to unit length (endpoints do not all normalize).
fn normalized(mut v: Vec<f32>) -> Vec<f32> {
    let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|x| *x /= norm);
    }
    v
}

#[async_trait::async_trait]
impl Embedder for Remote {
    fn identity(&self) -> String {
        format!("openai-compatible/{}/{}", self.model, self.dimensions)
    }

    fn dimensions(&self) -> usize {
        self.dimensions
    }

    async fn embed(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>, EmbedError> {
        let mut out = Vec::with_capacity(texts.len());
        for part in texts.chunks(REMOTE_BATCH) {
            let got = self.request(part.to_vec()).await?;
            if got.iter().any(|v| v.len() != self.dimensions) {
                return Err(EmbedError::Remote("vectors of varying dimensions".into()));
            }
            out.extend(got);
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalizing_gives_unit_length() {
        let v = normalized(vec![3.0, 4.0]);
        assert!((v[0] - 0.6).abs() < 1e-6 && (v[1] - 0.8).abs() < 1e-6);
        assert_eq!(normalized(vec![0.0, 0.0]), vec![0.0, 0.0]);
    }

    #[test]
    fn the_query_cache_stays_bounded() {
        let c = QueryCache::new(2);
        c.put("a", vec![1.0]);
        c.put("b", vec![2.0]);
        c.put("c", vec![3.0]);
        assert!(c.get("a").is_none());
        assert_eq!(c.get("c"), Some(vec![3.0]));
    }
}
