//! Conformance of the vector index engines: the same tests for the Qdrant
//! Edge shard (always) and a Qdrant server (when `QDRANT_URL` is set; each
//! test uses a collection of its own and drops it).

use std::sync::Arc;

use baton::accounts::AccountId;
use baton::index::edge::EdgeIndex;
use baton::index::server::ServerIndex;
use baton::index::{Bm25, ChunkPayload, HybridQuery, Point, VectorIndex};

const DIMS: usize = 8;

pub enum Engine {
    Edge,
    Server,
}

/// An engine under test and what keeps it alive.
pub struct Under {
    pub index: Arc<dyn VectorIndex>,
    server: Option<Arc<ServerIndex>>,
    _dir: tempfile::TempDir,
}

impl Under {
    /// `None` for the server engine when no server is configured.
    pub async fn open(engine: Engine) -> Option<Under> {
        let dir = tempfile::tempdir().unwrap();
        match engine {
            Engine::Edge => Some(Under {
                index: Arc::new(EdgeIndex::open(&dir.path().join("index"), DIMS).unwrap()),
                server: None,
                _dir: dir,
            }),
            Engine::Server => {
                let server = crate::support::test_server(DIMS).await?;
                Some(Under {
                    index: server.clone(),
                    server: Some(server),
                    _dir: dir,
                })
            }
        }
    }

    pub async fn close(self) {
        if let Some(s) = &self.server {
            s.drop_collection().await.unwrap();
        }
    }
}

macro_rules! both_engines {
    ($($name:ident),* $(,)?) => {
        mod edge {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let under = super::Under::open(super::Engine::Edge).await.unwrap();
                    super::$name(&*under.index).await;
                    under.close().await;
                }
            )*
        }
        mod server {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let Some(under) = super::Under::open(super::Engine::Server).await else {
                        eprintln!("QDRANT_URL is not set: the server engine's run is left out");
                        return;
                    };
                    super::$name(&*under.index).await;
                    under.close().await;
                }
            )*
        }
    };
}

/// A unit vector pointing mostly along axis `axis`.
fn vector(axis: usize, tilt: f32) -> Vec<f32> {
    let mut v = vec![tilt; DIMS];
    v[axis % DIMS] = 1.0;
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    v.into_iter().map(|x| x / n).collect()
}

fn point(n: u128, account: &str, text: &str, axis: usize) -> Point {
    let bm25 = Bm25::new().unwrap();
    Point {
        id: uuid::Uuid::from_u128(n),
        dense: Some(vector(axis, 0.1)),
        sparse: bm25.document(text),
        payload: ChunkPayload {
            account_id: account.into(),
            kind: baton::index::SourceKind::Activity,
            source_id: format!("a-{n}"),
            question_id: None,
            version: 1,
            at: Some("2026-10-01T00:00:00+00:00".into()),
            author: None,
            header: "Email".into(),
            pos: 0,
            text: text.into(),
        },
    }
}

fn query(account: &str, text: &str, axis: usize) -> HybridQuery {
    HybridQuery {
        account_id: AccountId::parse(account).unwrap(),
        dense: vector(axis, 0.1),
        sparse: Bm25::new().unwrap().query(text),
        per_source: 10,
        limit: 20,
    }
}

async fn seed(index: &dyn VectorIndex) {
    index
        .upsert(vec![
            point(1, "acc-a", "The renewal is signed by Helga", 0),
            point(2, "acc-a", "Shipping delays in Rotterdam", 1),
            point(3, "acc-b", "Helga Rotterdam renewal signed", 0),
            point(4, "acc-c", "Unrelated weather talk", 2),
        ])
        .await
        .unwrap();
}

/// A search sees only its account's points, however alike the others are.
async fn search_stays_inside_its_account(index: &dyn VectorIndex) {
    seed(index).await;
    let hits = index
        .search(&query("acc-a", "Helga renewal signed", 0))
        .await
        .unwrap();
    assert_eq!(hits.len(), 2);
    assert!(hits.iter().all(|h| h.payload.account_id == "acc-a"));
    let best = &hits[0];
    assert_eq!(best.id, uuid::Uuid::from_u128(1));
    assert!(best.dense.unwrap() > 0.9, "{:?}", best.dense);
    assert!(best.sparse.unwrap() > 0.0, "BM25 found it too");
    assert_eq!(best.payload.text, "The renewal is signed by Helga");
    // An account with no points finds nothing.
    assert!(index
        .search(&query("acc-none", "Helga", 0))
        .await
        .unwrap()
        .is_empty());
}

/// BM25 finds a word the dense vector does not point at.
async fn bm25_finds_words(index: &dyn VectorIndex) {
    seed(index).await;
    let hits = index.search(&query("acc-a", "Rotterdam", 5)).await.unwrap();
    let rotterdam = hits
        .iter()
        .find(|h| h.id == uuid::Uuid::from_u128(2))
        .unwrap();
    assert!(rotterdam.sparse.is_some_and(|s| s > 0.0));
    let other = hits
        .iter()
        .find(|h| h.id == uuid::Uuid::from_u128(1))
        .unwrap();
    assert!(other.sparse.is_none(), "no shared word, no BM25 score");
}

/// Upserting an id replaces its point; deleting removes it, and unknown
/// ids are ignored; counts follow.
async fn upsert_replaces_and_delete_removes(index: &dyn VectorIndex) {
    seed(index).await;
    let a = AccountId::parse("acc-a").unwrap();
    assert_eq!(index.count(Some(&a)).await.unwrap(), 2);
    assert_eq!(index.count(None).await.unwrap(), 4);
    index
        .upsert(vec![point(1, "acc-a", "Replaced text about Oslo", 0)])
        .await
        .unwrap();
    let hits = index.search(&query("acc-a", "Oslo", 0)).await.unwrap();
    assert_eq!(hits[0].payload.text, "Replaced text about Oslo");
    assert_eq!(index.count(Some(&a)).await.unwrap(), 2);
    index
        .delete(vec![uuid::Uuid::from_u128(1), uuid::Uuid::from_u128(99)])
        .await
        .unwrap();
    assert_eq!(index.count(Some(&a)).await.unwrap(), 1);
    let hits = index.search(&query("acc-a", "Oslo", 0)).await.unwrap();
    assert!(hits.iter().all(|h| h.id != uuid::Uuid::from_u128(1)));
}

/// Clearing leaves an empty index that still takes points.
async fn clear_empties_the_index(index: &dyn VectorIndex) {
    seed(index).await;
    index.clear().await.unwrap();
    assert_eq!(index.count(None).await.unwrap(), 0);
    assert!(index
        .search(&query("acc-a", "Helga", 0))
        .await
        .unwrap()
        .is_empty());
    seed(index).await;
    assert_eq!(index.count(None).await.unwrap(), 4);
    index.optimize().await.unwrap();
    assert_eq!(index.count(None).await.unwrap(), 4);
}

/// A point written by its words only (a record item before its dense
/// vector comes) is found by BM25 and never by the dense search, and
/// counts; written again with its dense vector, the dense search finds it.
async fn words_first_then_dense(index: &dyn VectorIndex) {
    seed(index).await;
    let mut words_only = point(5, "acc-a", "Forklift battery swap in Lyon", 3);
    words_only.dense = None;
    index.upsert(vec![words_only.clone()]).await.unwrap();
    let a = AccountId::parse("acc-a").unwrap();
    assert_eq!(index.count(Some(&a)).await.unwrap(), 3);
    let five = uuid::Uuid::from_u128(5);
    let by_meaning = index.search(&query("acc-a", "zzz", 3)).await.unwrap();
    assert!(
        by_meaning.iter().all(|h| h.id != five),
        "no dense vector, no dense hit: {by_meaning:?}"
    );
    assert_eq!(by_meaning.len(), 2, "the points with dense vectors");
    let by_words = index
        .search(&query("acc-a", "forklift Lyon", 3))
        .await
        .unwrap();
    let hit = by_words.iter().find(|h| h.id == five).unwrap();
    assert_eq!(hit.dense, None);
    assert!(hit.sparse.is_some_and(|s| s > 0.0));
    index
        .upsert(vec![point(5, "acc-a", "Forklift battery swap in Lyon", 3)])
        .await
        .unwrap();
    index.optimize().await.unwrap();
    let by_meaning = index.search(&query("acc-a", "zzz", 3)).await.unwrap();
    assert_eq!(by_meaning[0].id, five);
    assert!(by_meaning[0].dense.unwrap() > 0.9);
    assert_eq!(index.count(Some(&a)).await.unwrap(), 3);
}

both_engines!(
    words_first_then_dense,
    search_stays_inside_its_account,
    bm25_finds_words,
    upsert_replaces_and_delete_removes,
    clear_empties_the_index,
);

/// Points written survive closing and opening the shard again.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn edge_points_survive_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    {
        let index = EdgeIndex::open(&path, DIMS).unwrap();
        seed(&index).await;
    }
    let index = EdgeIndex::open(&path, DIMS).unwrap();
    assert_eq!(index.count(None).await.unwrap(), 4);
    let hits = index.search(&query("acc-b", "Helga", 0)).await.unwrap();
    assert_eq!(hits[0].id, uuid::Uuid::from_u128(3));
    // A shard built for other vectors is replaced, not misread.
    drop(index);
    let other = EdgeIndex::open(&path, DIMS * 2).unwrap();
    assert_eq!(other.count(None).await.unwrap(), 0);
}

/// A write whose caller gives up runs on to its flush on the blocking pool;
/// `settle` waits for it, so a stop never lets the shard's files go (or the
/// process end) under a write. Dropping the directory right after the
/// index, as a test's teardown does, is then safe.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settle_waits_for_a_write_whose_caller_left() {
    use futures::FutureExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    let index = EdgeIndex::open(&path, DIMS).unwrap();
    let points: Vec<Point> = (0..2_000u32)
        .map(|n| {
            let text = format!("note {n} on the renewal and the Rotterdam depot");
            point(10_000 + u128::from(n), "acc-a", &text, n as usize)
        })
        .collect();
    // One poll hands the write to the blocking pool; dropping the future
    // then is what an aborted task does.
    let cancelled = index.upsert(points).now_or_never();
    assert!(
        cancelled.is_none(),
        "2,000 points are not written within one poll"
    );
    assert!(index.settle(std::time::Duration::from_secs(60)).await);
    assert_eq!(index.count(None).await.unwrap(), 2_000);
    // The index is the shard's last holder: it flushes as it drops, before
    // its directory goes.
    drop(index);
    drop(dir);
}
