//! Several Baton instances on one PostgreSQL store and one vector index
//! (issue 20): they start together, agree on what they know, and one
//! indexes at a time. The index is one object shared by the instances of
//! a test, standing in for a Qdrant server (the server itself when
//! `QDRANT_URL` is set). PostgreSQL only: SQLite is one process's store.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use baton::accounts::AccountId;
use baton::index::{HybridQuery, IndexError, Point, VectorIndex};
use serde_json::json;

use crate::knowledge::{approved_enterprise, ask};
use crate::support::{
    account, eventually, spawn_instances, team_bundle, Backend, SharedIndex, TestApp,
};

async fn indexing_here(app: &TestApp) -> bool {
    app.state()
        .knowledge
        .indexer
        .status()
        .await
        .unwrap()
        .indexing_here
}

/// Asserts that `app` runs the indexer within `limit`, and prints how long
/// after `since` (when its holder `what`) it took over.
async fn takes_over(app: &TestApp, since: Instant, limit: Duration, what: &str) {
    assert!(
        eventually(limit, || indexing_here(app)).await,
        "no take-over after the holder {what}"
    );
    eprintln!(
        "lease taken over {} ms after its holder {what}",
        since.elapsed().as_millis()
    );
}

/// Two instances started at the same moment on a fresh store: both come
/// up (migrations applied once, under their lock; the collection and its
/// index created once), exactly one runs the indexer, and both serve.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_start_together() {
    let index = SharedIndex::open().await;
    let apps = spawn_instances(Backend::Postgres, 3, |_| {}, &index).await;
    let mut holders = 0;
    for app in &apps {
        app.get("/healthz", "").await.assert_ok();
        if indexing_here(app).await {
            holders += 1;
        }
    }
    assert_eq!(holders, 1, "one instance runs the indexer");
    let db = apps[0].state().db.clone();
    let baton::store::Db::Postgres(pool) = &db else {
        unreachable!()
    };
    let (applied, failed): (i64, i64) = sqlx::query_as(
        "SELECT COUNT(*), COUNT(*) FILTER (WHERE NOT success) FROM _sqlx_migrations",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    let files = std::fs::read_dir("migrations/postgres").unwrap().count() as i64;
    assert_eq!(
        (applied, failed),
        (files, 0),
        "every migration, applied cleanly"
    );
    drop(apps);
    index.close().await;
}

/// An approval through one instance is answered through the other at the
/// next question: the other's vocabulary of the account, built before,
/// follows the store's stamp.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_approval_through_one_instance_is_answered_by_the_other() {
    let index = SharedIndex::open().await;
    let a = spawn_instances(Backend::Postgres, 1, |_| {}, &index)
        .await
        .remove(0)
        .with_team()
        .await;
    a.index_now().await;
    let b = a.another(&index).await;
    let admin = b.token("u-admin").await;
    let q = "What does Morgan Lake care about?";
    // B reads the account (and builds its vocabulary) before the approval:
    // nobody named Morgan is captured yet.
    let before = ask(&b, &admin, "acc-ent", q).await;
    assert_eq!(before["abstained"], true, "{before}");
    assert!(b.state().knowledge.indexer.vocab().is_warm("acc-ent"));

    approved_enterprise(&a).await;
    let approved = Instant::now();
    let after = ask(&b, &admin, "acc-ent", q).await;
    let took = approved.elapsed();
    assert_eq!(after["abstained"], false, "{after}");
    let cited = after["citations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["kind"] == "interview" && c["question_id"] == "decision_maker");
    assert!(cited, "{after}");
    eprintln!(
        "approval through A answered through B {} ms later (first question)",
        took.as_millis()
    );

    // A colleague renamed through A (as many people as before): B's
    // vocabularies learn the new name at the next question.
    let q = "Has Quentin Zabrowski met Pat Doe yet?";
    let before = ask(&b, &admin, "acc-ent", q).await;
    assert!(
        before["not_captured"].to_string().contains("Quentin"),
        "{before}"
    );
    let mut renamed = team_bundle();
    for u in renamed["users"].as_array_mut().unwrap() {
        if u["id"] == "u-rep-b1" {
            u["name"] = json!("Quentin Zabrowski");
        }
    }
    a.import(&renamed).await;
    let after = ask(&b, &admin, "acc-ent", q).await;
    assert!(
        !after["not_captured"].to_string().contains("Quentin"),
        "{after}"
    );
    drop(b);
    drop(a);
    index.close().await;
}

/// The indexer lease moves: from a holder killed mid-flight (it never let
/// go) once its lease runs out, and at once from one that stopped; the new
/// holder indexes an import with nobody asking.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_indexer_lease_moves_when_its_holder_stops() {
    let index = SharedIndex::open().await;
    let short = |c: &mut baton::config::Config| c.indexer_lease = Duration::from_secs(1);
    let mut apps = spawn_instances(Backend::Postgres, 2, short, &index).await;
    let first = if indexing_here(&apps[0]).await { 0 } else { 1 };
    let killed = apps.remove(first);
    let other = apps.remove(0);
    assert!(!indexing_here(&other).await);
    let lease = killed.state().knowledge.indexer.lease().clone();
    let died = Instant::now();
    drop(killed.kill().await);
    takes_over(
        &other,
        died,
        Duration::from_secs(10),
        "was killed (lease 1 s)",
    )
    .await;
    assert!(!lease.held(), "the killed holder's lease ran out");

    let third = other.another(&index).await;
    assert!(!indexing_here(&third).await);
    let holder = other.state().knowledge.indexer.lease().clone();
    let db = third.state().db.clone();
    let stopped = Instant::now();
    drop(other.stop().await);
    // Let go at the stop, not left to run out (its 1 s was not over).
    let recorded = holder.recorded(&db).await.unwrap();
    assert!(
        recorded.as_ref().is_none_or(|(h, _)| h != holder.holder()),
        "{recorded:?}"
    );
    takes_over(&third, stopped, Duration::from_secs(5), "stopped").await;
    third.import(&team_bundle()).await;
    third.state().knowledge.indexer.wake();
    let indexer = third.state().knowledge.indexer.clone();
    assert!(
        eventually(Duration::from_secs(30), || async {
            let s = indexer.status().await.unwrap();
            s.accounts_waiting == 0 && s.pending == 0 && s.unembedded == 0 && s.chunks > 0
        })
        .await,
        "the new holder indexed the import in the background"
    );
    drop(indexer);
    drop(third);
    index.close().await;
}

/// Every upsert of a point, by whether it carried a dense vector. Each
/// write takes longer ([`SLOW_WRITE`]), so that the holder's background
/// loop cannot index a whole import before the other instance's
/// questions start, however loaded the machine (the test failed so under
/// the full suite, B's questions finding nothing left: once with writes
/// as they are, once again in CI with each held 200 ms; a second each
/// gives the questions some eight seconds).
struct Counting {
    inner: Arc<dyn VectorIndex>,
    writes: Mutex<HashMap<uuid::Uuid, (u32, u32)>>,
}

#[async_trait::async_trait]
impl VectorIndex for Counting {
    fn engine(&self) -> &'static str {
        self.inner.engine()
    }
    fn version(&self) -> String {
        self.inner.version()
    }
    async fn upsert(&self, points: Vec<Point>) -> Result<(), IndexError> {
        {
            let mut writes = self.writes.lock().unwrap();
            for p in &points {
                let w = writes.entry(p.id).or_default();
                if p.dense.is_some() {
                    w.0 += 1;
                } else {
                    w.1 += 1;
                }
            }
        }
        tokio::time::sleep(SLOW_WRITE).await;
        self.inner.upsert(points).await
    }
    async fn delete(&self, ids: Vec<uuid::Uuid>) -> Result<(), IndexError> {
        self.inner.delete(ids).await
    }
    async fn search(&self, q: &HybridQuery) -> Result<Vec<baton::index::Hit>, IndexError> {
        self.inner.search(q).await
    }
    async fn count(&self, account: Option<&AccountId>) -> Result<u64, IndexError> {
        self.inner.count(account).await
    }
    async fn clear(&self) -> Result<(), IndexError> {
        self.inner.clear().await
    }
    async fn optimize(&self) -> Result<(), IndexError> {
        self.inner.optimize().await
    }
    async fn settle(&self, limit: Duration) -> bool {
        self.inner.settle(limit).await
    }
}

/// How long [`Counting`] holds each write.
const SLOW_WRITE: Duration = Duration::from_millis(1000);

/// An import indexed by the holder's background loop while questions on
/// the other instance index their own accounts: no chunk is embedded
/// twice, nor written twice by its words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_chunk_is_embedded_twice() {
    let shared = SharedIndex::open().await;
    let counting = Arc::new(Counting {
        inner: shared.index.clone(),
        writes: Mutex::new(HashMap::new()),
    });
    let index = shared.wrapped(counting.clone());
    let a = spawn_instances(Backend::Postgres, 1, |_| {}, &index)
        .await
        .remove(0);
    let b = a.another(&index).await;
    assert!(indexing_here(&a).await && !indexing_here(&b).await);
    let mut bundle = team_bundle();
    let ids: Vec<String> = (0..24).map(|i| format!("acc-x{i:02}")).collect();
    for id in &ids {
        let mut acc = account(
            id,
            "u-rep-a1",
            40_000.0,
            None,
            &crate::support::in_days(200),
        );
        acc["activities"] = json!((0..14)
            .map(|n| json!({
                "id": format!("{id}-act{n}"), "kind": "email",
                "at": crate::support::days_ago(n + 1, "09:00:00"),
                "subject": format!("Pilot review {n}"),
                "body": format!("Discussed the rollout of site {n} with the operations lead; they asked for a revised timeline and a training plan for {id}."),
            }))
            .collect::<Vec<_>>());
        bundle["accounts"].as_array_mut().unwrap().push(acc);
    }
    a.import(&bundle).await;
    a.state().knowledge.indexer.wake();
    let admin = b.token("u-admin").await;
    // The questions start once the holder has drawn the import's chunks
    // (before, there is nothing waiting for them to take: CI once saw all
    // 24 answered before the holder's pass began), and go round again
    // while B has written nothing and work is left. The holder's writes
    // take a second each, so there is: the check below cannot pass
    // vacuously, and a round never finds the work all claimed unless the
    // holder has written it all.
    let on_b = b.state().knowledge.indexer.clone();
    assert!(
        eventually(Duration::from_secs(60), || async {
            on_b.status().await.unwrap().accounts_waiting == 0
        })
        .await,
        "the holder drew the import's chunks"
    );
    for _round in 0..5 {
        let asks = ids.iter().map(|id| {
            let (b, admin) = (&b, &admin);
            async move {
                ask(
                    b,
                    admin,
                    id,
                    "What did they ask for about the rollout timeline?",
                )
                .await
            }
        });
        for reply in futures::future::join_all(asks).await {
            assert!(reply["citations"].as_array().is_some(), "{reply}");
        }
        let s = on_b.status().await.unwrap();
        if s.indexed_since_start + s.embedded_since_start > 0 || s.pending + s.unembedded == 0 {
            break;
        }
    }
    drop(on_b);
    let indexer = a.state().knowledge.indexer.clone();
    assert!(
        eventually(Duration::from_secs(120), || async {
            let s = indexer.status().await.unwrap();
            s.accounts_waiting == 0 && s.pending == 0 && s.unembedded == 0
        })
        .await,
        "everything indexed"
    );
    let chunks = indexer.status().await.unwrap().chunks as usize;
    let writes = counting.writes.lock().unwrap().clone();
    let twice: Vec<_> = writes
        .iter()
        .filter(|(_, (dense, words))| *dense > 1 || *words > 1)
        .collect();
    assert!(
        twice.is_empty(),
        "{} points written twice, e.g. {:?}",
        twice.len(),
        &twice[..twice.len().min(3)]
    );
    let embedded = writes.values().filter(|(dense, _)| *dense == 1).count();
    assert_eq!(embedded, chunks, "every chunk embedded once");
    let by_b = b.state().knowledge.indexer.status().await.unwrap();
    eprintln!(
        "{chunks} chunks; written by the questions on B: {} by words, {} embedded",
        by_b.indexed_since_start, by_b.embedded_since_start
    );
    assert!(
        by_b.indexed_since_start + by_b.embedded_since_start > 0,
        "the questions on B indexed their own accounts"
    );
    drop(indexer);
    drop(b);
    drop(a);
    // The index closes (and flushes) before its directory goes.
    drop(index);
    drop(counting);
    shared.close().await;
}

/// A Qdrant server older than the supported minimum is refused at start,
/// with both versions named (a stand-in server answers the health check).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_old_qdrant_server_is_refused_at_start() {
    use qdrant_client::qdrant::qdrant_server::{Qdrant, QdrantServer};
    use qdrant_client::qdrant::{HealthCheckReply, HealthCheckRequest};

    struct Old;
    #[tonic::async_trait]
    impl Qdrant for Old {
        async fn health_check(
            &self,
            _: tonic::Request<HealthCheckRequest>,
        ) -> Result<tonic::Response<HealthCheckReply>, tonic::Status> {
            Ok(tonic::Response::new(HealthCheckReply {
                title: "qdrant - vector search engine".into(),
                version: "1.11.5".into(),
                commit: None,
            }))
        }
    }
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let server = tokio::spawn(
        tonic::transport::Server::builder()
            .add_service(QdrantServer::new(Old))
            .serve_with_incoming(tonic::transport::server::TcpIncoming::from(listener)),
    );
    let (mut config, _dir, _pg) = crate::support::fresh_config(Backend::Sqlite).await;
    config.qdrant_url = Some(format!("http://127.0.0.1:{port}"));
    let err = match baton::app::Application::build(config).await {
        Ok(_) => panic!("an old server was accepted"),
        Err(e) => baton::ErrorChain(&e).to_string(),
    };
    assert!(
        err.contains("1.11.5") && err.contains("1.14.0"),
        "the message names both versions: {err}"
    );
    server.abort();
}

/// A lease goes to one holder at a time on PostgreSQL, to another once let
/// go or run out; on SQLite (one process's store) to whoever asks.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lease_goes_to_one_holder_at_a_time() {
    use baton::store::lease::Lease;
    for backend in [Backend::Postgres, Backend::Sqlite] {
        let (config, _dir, _pg) = crate::support::fresh_config(backend).await;
        let db = baton::app::open_store(&config).await.unwrap();
        let length = Duration::from_millis(400);
        let (one, two) = (Lease::new("test", length), Lease::new("test", length));
        assert!(one.acquire(&db).await.unwrap());
        assert!(one.held());
        if backend == Backend::Sqlite {
            assert!(two.acquire(&db).await.unwrap(), "SQLite: the asker gets it");
            db.close().await;
            continue;
        }
        assert!(!two.acquire(&db).await.unwrap(), "held by one");
        assert!(!two.held());
        assert_eq!(
            two.current_holder(&db).await.unwrap().as_deref(),
            Some(one.holder())
        );
        assert!(one.acquire(&db).await.unwrap(), "the holder renews");
        one.release(&db).await.unwrap();
        assert!(!one.held());
        assert!(
            two.acquire(&db).await.unwrap(),
            "let go: the other takes it"
        );
        tokio::time::sleep(length + Duration::from_millis(100)).await;
        assert!(!two.held(), "run out by its holder's clock too");
        assert!(one.acquire(&db).await.unwrap(), "run out: taken over");
        // Racing for a free lease: exactly one wins.
        one.release(&db).await.unwrap();
        let racers: Vec<Lease> = (0..8).map(|_| Lease::new("test", length)).collect();
        let won = futures::future::join_all(racers.iter().map(|l| l.acquire(&db))).await;
        assert_eq!(won.into_iter().filter(|w| *w.as_ref().unwrap()).count(), 1);
        db.close().await;
    }
}

/// Instances starting at the same moment on a Qdrant server each make sure
/// of the collection and its payload index: none fails because another
/// created them first. Runs only when `QDRANT_URL` is set.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_create_one_collection_together() {
    use baton::index::server::ServerIndex;
    let Ok(url) = std::env::var("QDRANT_URL") else {
        eprintln!("QDRANT_URL is not set: the server's concurrent start is left out");
        return;
    };
    let key = std::env::var("QDRANT_API_KEY").ok();
    let name = format!("baton_test_{}", uuid::Uuid::new_v4().simple());
    let starts = (0..4).map(|_| ServerIndex::connect(&url, key.as_deref(), &name, 8));
    let opened = futures::future::join_all(starts).await;
    let mut indexes = Vec::new();
    for o in opened {
        indexes.push(o.expect("every instance starts"));
    }
    assert!(baton::index::server::supported(&indexes[0].version()).unwrap());
    assert_eq!(indexes[0].count(None).await.unwrap(), 0);
    indexes[0].drop_collection().await.unwrap();
}
