//! The indexer's two phases, driven by hand on a store with no server (so
//! no background loop races the test): record items searchable by their
//! words first, their dense vectors after; a question on an account gives
//! that account's items their vectors first; the state survives a restart;
//! identical texts are embedded once.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use baton::accounts::AccountId;
use baton::app::AppState;
use baton::embed::{EmbedError, Embedder};
use baton::index::{Hit, HybridQuery, SourceKind};
use baton::knowledge::store::ChunkRow;
use baton::knowledge::{Depth, Pass};
use serde_json::json;

use crate::both_backends;
use crate::support::{fresh_config, team_bundle, Backend};

const SLA: &str = "We agreed to a Brightwater SLA credit of 4% for the October outage.";

async fn import(state: &AppState, bundle: &serde_json::Value) {
    let bytes = serde_json::to_vec(bundle).unwrap();
    let source = baton::bundle::ImportSource {
        actor: None,
        label: "test",
    };
    baton::bundle::import(&state.db, &bytes, source)
        .await
        .unwrap();
}

/// The hit for activity `id` when `account` is searched for `words`.
async fn hit(state: &AppState, account: &str, words: &str, id: &str) -> Option<Hit> {
    let indexer = &state.knowledge.indexer;
    let hits = indexer
        .index()
        .search(&HybridQuery {
            account_id: AccountId::parse(account).unwrap(),
            dense: indexer.embedder().embed_query(words).await.unwrap(),
            sparse: indexer.bm25().query(words),
            per_source: 40,
            limit: 80,
        })
        .await
        .unwrap();
    hits.into_iter().find(|h| h.payload.source_id == id)
}

async fn record_items_are_searchable_by_their_words_first(backend: Backend) {
    let (config, _dir, _pg) = fresh_config(backend).await;
    let state = AppState::build(config.clone()).await.unwrap();
    let mut bundle = team_bundle();
    bundle["accounts"][4]["activities"]
        .as_array_mut()
        .unwrap()
        .push(json!({
            "id": "a-sla", "kind": "email", "at": "2026-10-02T09:00:00Z",
            "subject": "SLA credits", "body": SLA
        }));
    import(&state, &bundle).await;
    let indexer = state.knowledge.indexer.clone();

    // The first phase: everything in the index, nothing embedded.
    let mut pass = Pass::default();
    indexer.catch_up_words(&mut pass).await.unwrap();
    let status = indexer.status().await.unwrap();
    assert!(pass.indexed > 20, "{pass:?}");
    assert_eq!(status.accounts_waiting, 0);
    assert_eq!(status.pending, 0);
    assert_eq!(status.points, status.chunks as u64);
    assert_eq!(status.unembedded, pass.indexed as i64, "record items only");
    assert_eq!(status.indexed_since_start, pass.indexed as u64);
    assert_eq!(status.embedded_since_start, 0);
    let words = "Brightwater SLA credit October outage";
    let found = hit(&state, "acc-ent", words, "a-sla")
        .await
        .expect("found by its words");
    assert_eq!(found.dense, None, "no dense vector yet");
    assert!(found.sparse.is_some_and(|s| s > 0.0));

    // A question on acc-ent gives its items their vectors, and only its.
    let in_ent = indexer
        .index()
        .count(Some(&AccountId::parse("acc-ent").unwrap()))
        .await
        .unwrap() as i64;
    let guard = indexer
        .current_for(&AccountId::parse("acc-ent").unwrap())
        .await
        .unwrap();
    drop(guard);
    let after = indexer.status().await.unwrap();
    assert_eq!(after.unembedded, status.unembedded - in_ent, "{after:?}");
    assert_eq!(after.embedded_since_start, in_ent as u64);
    assert_eq!(after.indexed_since_start, status.indexed_since_start);
    assert!(after.unembedded > 0, "the other accounts wait");
    let found = hit(&state, "acc-ent", words, "a-sla").await.unwrap();
    assert!(found.dense.is_some_and(|d| d > 0.3), "{found:?}");

    // Stopped now (letting the indexer lease go, as a stop does), the
    // store remembers what waits; the second phase finishes after a restart.
    indexer.release_lease().await;
    state.db.close().await;
    drop(indexer);
    drop(state);
    let state = reopen(&config).await;
    let indexer = state.knowledge.indexer.clone();
    assert_eq!(indexer.status().await.unwrap().unembedded, after.unembedded);
    let pass = indexer.catch_up().await.unwrap();
    assert_eq!(pass.indexed, 0, "nothing indexed twice");
    assert_eq!(pass.embedded as i64, after.unembedded);
    let done = indexer.status().await.unwrap();
    assert_eq!((done.pending, done.unembedded), (0, 0));
    assert_eq!(done.points, done.chunks as u64);

    // A rebuild does both phases again, and approval-sized work (one
    // account, `Depth::Full`) embeds at once.
    let pass = indexer.rebuild().await.unwrap();
    assert_eq!(pass.indexed, done.chunks as usize);
    assert_eq!(pass.embedded, pass.indexed, "only record items here");
    assert_eq!(indexer.status().await.unwrap().unembedded, 0);
    state.db.close().await;
}

/// The store and index of `config` opened again, as after a restart (the
/// index lock of the process before is let go as its last user drops it).
async fn reopen(config: &baton::config::Config) -> AppState {
    for _ in 0..100 {
        match AppState::build(config.clone()).await {
            Ok(state) => return state,
            Err(_) => tokio::time::sleep(std::time::Duration::from_millis(100)).await,
        }
    }
    panic!("the store and index did not open again");
}

/// An embedder that counts the texts it is given (vectors along one axis
/// per text length, enough to tell texts apart).
struct Counting {
    texts: AtomicUsize,
}

#[async_trait::async_trait]
impl Embedder for Counting {
    fn identity(&self) -> String {
        "counting".into()
    }
    fn dimensions(&self) -> usize {
        8
    }
    async fn embed(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>, EmbedError> {
        self.texts.fetch_add(texts.len(), Ordering::SeqCst);
        Ok(texts
            .iter()
            .map(|t| {
                let mut v = vec![0.0; 8];
                v[t.len() % 8] = 1.0;
                v
            })
            .collect())
    }
}

fn row(n: u128, kind: SourceKind, header: &str, text: &str) -> ChunkRow {
    ChunkRow {
        id: uuid::Uuid::from_u128(n).to_string(),
        account_id: "acc-ent".into(),
        kind,
        source_id: format!("s-{n}"),
        question_id: None,
        version: 1,
        pos: 0,
        header: header.into(),
        text: text.into(),
        author_id: None,
        source_at: None,
    }
}

async fn identical_texts_are_embedded_once(backend: Backend) {
    let (config, _dir, _pg) = fresh_config(backend).await;
    let state = AppState::build(config).await.unwrap();
    let counting = Arc::new(Counting {
        texts: AtomicUsize::new(0),
    });
    let indexer = baton::knowledge::Indexer::new(
        state.db.clone(),
        state.knowledge.indexer.index().clone(),
        counting.clone(),
        Arc::new(baton::index::Bm25::new().unwrap()),
        state.bank.clone(),
        state.interviewer.tokens.clone(),
        state.knowledge.indexer.lease().clone(),
    );
    let rows = [
        row(
            1,
            SourceKind::Activity,
            "Call on 2026-10-01",
            "Left a voicemail.",
        ),
        row(
            2,
            SourceKind::Activity,
            "Call on 2026-10-01",
            "Left a voicemail.",
        ),
        row(
            3,
            SourceKind::Interview,
            "Who decides?",
            "Morgan Lake decides.",
        ),
        row(4, SourceKind::Activity, "", "the and of"),
    ];
    let full = indexer.points(&rows, Depth::Full).await.unwrap();
    assert_eq!(
        counting.texts.swap(0, Ordering::SeqCst),
        3,
        "two identical texts, one vector"
    );
    assert!(full.iter().all(|p| p.dense.is_some()));
    assert_eq!(full[0].dense, full[1].dense);

    let first = indexer.points(&rows, Depth::WordsFirst).await.unwrap();
    assert_eq!(first[0].dense, None, "a record item waits for its vector");
    assert_eq!(first[1].dense, None);
    assert!(first[2].dense.is_some(), "an interview answer never waits");
    assert!(first[3].sparse.is_empty());
    assert!(
        first[3].dense.is_some(),
        "no words to be found by: embedded at once"
    );
    assert_eq!(counting.texts.load(Ordering::SeqCst), 2);
    state.db.close().await;
}

both_backends!(
    record_items_are_searchable_by_their_words_first,
    identical_texts_are_embedded_once,
);
