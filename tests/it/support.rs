//! Spawning the real app on a random port against a fresh store, on either
//! backend, and talking to it over HTTP.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::Arc;

use axum::Router;
use baton::app::{AppState, Application};
use baton::config::{Config, DatabaseConfig};
use baton::index::edge::EdgeIndex;
use baton::index::server::ServerIndex;
use baton::index::VectorIndex;
use chrono::{Days, NaiveDate, Utc};
use reqwest::StatusCode;
use serde_json::{json, Value};
use sqlx::Connection;
use tempfile::TempDir;
use tokio::sync::oneshot;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Generates one test per backend from an `async fn name(backend: Backend)`.
/// The Postgres variants need the local server (`BATON_TEST_POSTGRES_URL`,
/// default `postgres://postgres@127.0.0.1:5432/test`); they fail, never skip,
/// when it is not there.
#[macro_export]
macro_rules! both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::support::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::support::Backend::Postgres).await
                }
            )*
        }
    };
}

/// The server the Postgres tests use; each test gets its own database on it.
pub fn postgres_admin_url() -> String {
    std::env::var("BATON_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string())
}

/// A database created for one test and dropped after it.
pub struct PgDatabase {
    admin_url: String,
    name: String,
    pub url: String,
}

static NEXT_DB: AtomicU32 = AtomicU32::new(0);

impl PgDatabase {
    pub async fn create() -> PgDatabase {
        let admin_url = postgres_admin_url();
        let name = format!(
            "baton_test_{}_{}_{}",
            std::process::id(),
            NEXT_DB.fetch_add(1, Ordering::Relaxed),
            uuid::Uuid::new_v4().simple()
        );
        let mut conn = sqlx::PgConnection::connect(&admin_url)
            .await
            .unwrap_or_else(|e| {
                panic!("Postgres tests need a server at {admin_url} (BATON_TEST_POSTGRES_URL): {e}")
            });
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&mut conn)
            .await
            .expect("create test database");
        let _ = conn.close().await;
        let base = admin_url
            .rsplit_once('/')
            .map(|(b, _)| b.to_string())
            .unwrap_or(admin_url.clone());
        PgDatabase {
            url: format!("{base}/{name}"),
            admin_url,
            name,
        }
    }
}

impl Drop for PgDatabase {
    fn drop(&mut self) {
        let admin_url = self.admin_url.clone();
        let name = self.name.clone();
        // Drop runs inside the test's runtime; do the async work on a thread
        // of its own.
        let done = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            rt.block_on(async {
                if let Ok(mut conn) = sqlx::PgConnection::connect(&admin_url).await {
                    let _ = sqlx::query(sqlx::AssertSqlSafe(format!(
                        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                    )))
                    .execute(&mut conn)
                    .await;
                    let _ = conn.close().await;
                }
            });
        });
        let _ = done.join();
    }
}

/// A running Baton and a client for it.
pub struct TestApp {
    pub base: String,
    pub client: reqwest::Client,
    state: Option<AppState>,
    config: Config,
    shutdown: Option<oneshot::Sender<()>>,
    server: Option<tokio::task::JoinHandle<()>>,
    // Dropped last: the store outlives the server (shared by the
    // instances of one store).
    _dir: Arc<TempDir>,
    _pg: Option<Arc<PgDatabase>>,
}

/// A fresh store for `backend`, configured under a temporary data directory.
pub async fn fresh_config(backend: Backend) -> (Config, TempDir, Option<PgDatabase>) {
    baton::init_tls();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut config = Config::for_data_dir(dir.path());
    let pg = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => {
            let db = PgDatabase::create().await;
            config.database = DatabaseConfig::Postgres(db.url.clone());
            Some(db)
        }
    };
    (config, dir, pg)
}

pub async fn spawn(backend: Backend) -> TestApp {
    spawn_with(backend, |_| {}, None).await
}

/// Spawns with a tweaked configuration and extra routes.
pub async fn spawn_with(
    backend: Backend,
    tweak: impl FnOnce(&mut Config),
    extra: Option<Router<AppState>>,
) -> TestApp {
    let (mut config, dir, pg) = fresh_config(backend).await;
    tweak(&mut config);
    let app = Application::build_with(config.clone(), extra)
        .await
        .expect("app starts");
    TestApp::serving(app, config, Arc::new(dir), pg.map(Arc::new))
}

/// A collection of its own, of `dims`-dimension vectors, on the Qdrant
/// server at `QDRANT_URL`; `None` when that is not set. Dropped by whoever
/// holds it (`drop_collection`).
pub async fn test_server(dims: usize) -> Option<Arc<ServerIndex>> {
    let url = std::env::var("QDRANT_URL").ok()?;
    let key = std::env::var("QDRANT_API_KEY").ok();
    let name = format!("baton_test_{}", uuid::Uuid::new_v4().simple());
    Some(Arc::new(
        ServerIndex::connect(&url, key.as_deref(), &name, dims)
            .await
            .expect("the Qdrant server at QDRANT_URL answers"),
    ))
}

/// The vector index several instances share in a test: a Qdrant Edge
/// shard standing in for a Qdrant server, or a collection of its own on
/// the server at `QDRANT_URL` when that is set (dropped by `close`).
pub struct SharedIndex {
    pub index: Arc<dyn VectorIndex>,
    server: Option<Arc<ServerIndex>>,
    _dir: TempDir,
}

impl SharedIndex {
    pub async fn open() -> SharedIndex {
        let dir = tempfile::tempdir().expect("temp dir");
        let dims = 384;
        match test_server(dims).await {
            Some(server) => SharedIndex {
                index: server.clone(),
                server: Some(server),
                _dir: dir,
            },
            None => SharedIndex {
                index: Arc::new(
                    EdgeIndex::open(&dir.path().join("index"), dims).expect("index opens"),
                ),
                server: None,
                _dir: dir,
            },
        }
    }

    /// The same index seen through `index` (a wrapper of this one's).
    pub fn wrapped(&self, index: Arc<dyn VectorIndex>) -> SharedIndex {
        SharedIndex {
            index,
            server: None,
            _dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub async fn close(self) {
        if let Some(s) = &self.server {
            s.drop_collection().await.expect("collection dropped");
        }
    }
}

/// Instances of Baton over one store (`config`'s) and one index, built at
/// the same moment; the first keeps the store alive for the others.
pub async fn spawn_instances(
    backend: Backend,
    n: usize,
    tweak: impl FnOnce(&mut Config),
    index: &SharedIndex,
) -> Vec<TestApp> {
    let (mut config, dir, pg) = fresh_config(backend).await;
    tweak(&mut config);
    let dir = Arc::new(dir);
    let pg = pg.map(Arc::new);
    let builds = (0..n).map(|_| Application::build_sharing(config.clone(), index.index.clone()));
    let apps = futures::future::join_all(builds).await;
    apps.into_iter()
        .map(|app| {
            let app = app.expect("instance starts");
            TestApp::serving(app, config.clone(), dir.clone(), pg.clone())
        })
        .collect()
}

type Running = (
    String,
    AppState,
    oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
);

/// Serves `app` until the returned sender fires.
fn serve(app: Application) -> Running {
    let base = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    let (tx, rx) = oneshot::channel::<()>();
    let server = tokio::spawn(async move {
        app.run_until(async {
            let _ = rx.await;
        })
        .await
        .expect("server runs");
    });
    (base, state, tx, server)
}

impl TestApp {
    /// Serves `app`, built from `config` on the store `dir` and `pg` keep.
    fn serving(
        app: Application,
        config: Config,
        dir: Arc<TempDir>,
        pg: Option<Arc<PgDatabase>>,
    ) -> TestApp {
        let (base, state, tx, server) = serve(app);
        TestApp {
            base,
            client: reqwest::Client::new(),
            state: Some(state),
            config,
            shutdown: Some(tx),
            server: Some(server),
            _dir: dir,
            _pg: pg,
        }
    }

    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The configuration the next `start` uses.
    pub fn config_mut(&mut self) -> &mut Config {
        &mut self.config
    }

    /// The app's store, opened apart from the app: readable while it is
    /// stopped.
    pub async fn open_store(&self) -> baton::store::Db {
        baton::app::open_store(&self.config)
            .await
            .expect("the store opens")
    }

    /// The running app's state.
    pub fn state(&self) -> &AppState {
        self.state.as_ref().expect("the app is running")
    }

    /// Stops the server and waits for it to finish; the store and the data
    /// directory stay, the index is closed.
    pub async fn stop(mut self) -> TestApp {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            let _ = server.await;
        }
        self.state = None;
        self
    }

    /// Another instance on this one's store and `index` (which this one
    /// must use too), started now.
    pub async fn another(&self, index: &SharedIndex) -> TestApp {
        let app = Application::build_sharing(self.config.clone(), index.index.clone())
            .await
            .expect("second instance starts");
        TestApp::serving(
            app,
            self.config.clone(),
            self._dir.clone(),
            self._pg.clone(),
        )
    }

    /// What a killed process does: the server and its background tasks
    /// end at once, without a graceful stop (nothing let go, no lease
    /// released).
    pub async fn kill(mut self) -> TestApp {
        if let Some(server) = self.server.take() {
            server.abort();
            let _ = server.await;
        }
        // Only now: a dropped sender would have asked for a graceful stop.
        self.shutdown = None;
        self.state = None;
        self
    }

    /// Starts a new server on the stopped app's store.
    pub async fn start(mut self) -> TestApp {
        let app = Application::build(self.config.clone())
            .await
            .expect("app restarts");
        let (base, state, tx, server) = serve(app);
        self.base = base;
        self.state = Some(state);
        self.shutdown = Some(tx);
        self.server = Some(server);
        self
    }

    /// What a restart of the process does: stop, then start on the same store.
    pub async fn restart(self) -> TestApp {
        self.stop().await.start().await
    }

    /// Brings the vector index up to date now (the background indexer
    /// would, within half a minute of an import). A pass of the background
    /// loop may be running too, holding claims on chunks this pass then
    /// leaves to it: so this goes on (up to half a minute) until nothing
    /// is left to draw or to index, whoever writes it.
    pub async fn index_now(&self) {
        let indexer = &self.state().knowledge.indexer;
        let until = std::time::Instant::now() + std::time::Duration::from_secs(30);
        loop {
            indexer.catch_up().await.expect("index catches up");
            let s = indexer.status().await.expect("index status");
            if (s.pending == 0 && s.accounts_waiting == 0) || std::time::Instant::now() >= until {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }
}

impl Drop for TestApp {
    /// Stops the server and waits for it, so the index is closed (and
    /// flushed) before the data directory is removed.
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(server) = self.server.take() {
            let waited = tokio::task::block_in_place(|| {
                tokio::runtime::Handle::current().block_on(async {
                    tokio::time::timeout(std::time::Duration::from_secs(10), server).await
                })
            });
            if waited.is_err() {
                eprintln!("the test server did not stop within 10 s");
            }
        }
        self.state = None;
    }
}

/// A reply: status and JSON body (`Value::Null` when the body is not JSON).
#[derive(Debug)]
pub struct Reply {
    pub status: StatusCode,
    pub content_type: String,
    pub body: Value,
    /// The body as text.
    pub text: String,
}

impl Reply {
    /// Asserts the error shape and returns the code.
    pub fn error_code(&self) -> &str {
        assert!(
            self.content_type.starts_with("application/json"),
            "error replies are JSON, got {:?} for {}",
            self.content_type,
            self.status
        );
        let message = self.body["error"]["message"].as_str();
        assert!(
            message.is_some_and(|m| !m.is_empty()),
            "error has a message: {}",
            self.body
        );
        self.body["error"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("error has a code: {}", self.body))
    }

    /// Asserts status and error code together.
    pub fn assert_error(&self, status: u16, code: &str) {
        assert_eq!(self.status.as_u16(), status, "status of {}", self.body);
        assert_eq!(self.error_code(), code, "code of {}", self.body);
    }

    pub fn assert_ok(&self) -> &Value {
        assert!(self.status.is_success(), "{} {}", self.status, self.body);
        &self.body
    }
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    pub async fn send(&self, req: reqwest::RequestBuilder) -> Reply {
        self.send_response(req.send().await.expect("request is sent"))
            .await
    }

    /// The reply of a response already received.
    pub async fn send_response(&self, resp: reqwest::Response) -> Reply {
        let status = resp.status();
        let content_type = resp
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string();
        let bytes = resp.bytes().await.expect("body");
        let body = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        Reply {
            status,
            content_type,
            body,
            text: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&self, path: &str, token: &str) -> Reply {
        self.send(self.client.get(self.url(path)).bearer_auth(token))
            .await
    }

    pub async fn post(&self, path: &str, token: &str, body: &Value) -> Reply {
        self.send(
            self.client
                .post(self.url(path))
                .bearer_auth(token)
                .json(body),
        )
        .await
    }

    /// The Prometheus text of `/metrics`.
    pub async fn metrics(&self) -> String {
        let reply = self.client.get(self.url("/metrics")).send().await;
        reply
            .expect("/metrics answers")
            .text()
            .await
            .expect("a text")
    }

    pub async fn put(&self, path: &str, token: &str, body: &Value) -> Reply {
        self.send(
            self.client
                .put(self.url(path))
                .bearer_auth(token)
                .json(body),
        )
        .await
    }

    /// A POST with a raw body and, when given, a content type.
    pub async fn post_raw(
        &self,
        path: &str,
        token: &str,
        content_type: Option<&str>,
        body: &'static str,
    ) -> Reply {
        let mut req = self.client.post(self.url(path)).bearer_auth(token);
        if let Some(ct) = content_type {
            req = req.header("content-type", ct);
        }
        self.send(req.body(body)).await
    }

    /// A multipart upload of `parts`: each a part name, a file name (or
    /// none) and bytes.
    pub async fn post_parts(
        &self,
        path: &str,
        token: &str,
        parts: &[(&str, Option<&str>, &[u8])],
    ) -> Reply {
        let boundary = "baton-test-boundary-7d1f";
        let mut body = Vec::new();
        for (part, file, bytes) in parts {
            let file = file.map_or(String::new(), |f| format!("; filename=\"{f}\""));
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"{part}\"{file}\r\n\
                     Content-Type: application/octet-stream\r\n\r\n"
                )
                .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        self.send(
            self.client
                .post(self.url(path))
                .bearer_auth(token)
                .header(
                    "content-type",
                    format!("multipart/form-data; boundary={boundary}"),
                )
                .body(body),
        )
        .await
    }

    /// A multipart upload of `bytes` as the `file` part, its only part.
    pub async fn post_file(&self, path: &str, token: &str, name: &str, bytes: &[u8]) -> Reply {
        self.post_parts(path, token, &[("file", Some(name), bytes)])
            .await
    }

    pub async fn delete(&self, path: &str, token: &str) -> Reply {
        self.send(self.client.delete(self.url(path)).bearer_auth(token))
            .await
    }

    /// u-mgr-a gives notice for u-rep-a1 (last day in 20 days); the planned
    /// interview ids by account id.
    pub async fn notice_rep_a1(&self, successor: Option<&str>) -> HashMap<String, String> {
        let mgr = self.token("u-mgr-a").await;
        let mut body = json!({"user_id": "u-rep-a1", "last_day": in_days(20)});
        if let Some(s) = successor {
            body["successor_id"] = json!(s);
        }
        let reply = self.post("/api/v1/departures", &mgr, &body).await;
        assert_eq!(reply.status.as_u16(), 201, "{}", reply.body);
        reply.body["interviews"]
            .as_array()
            .expect("interviews planned")
            .iter()
            .map(|i| {
                let field = |k: &str| i[k].as_str().expect("string").to_string();
                (field("account_id"), field("id"))
            })
            .collect()
    }

    /// Reads an interview that must be readable.
    pub async fn interview(&self, token: &str, interview: &str) -> Value {
        let reply = self
            .get(&format!("/api/v1/interviews/{interview}"), token)
            .await;
        reply.assert_ok().clone()
    }

    /// The interview once no answer's extraction is pending (the worker
    /// draws facts after the answer's reply); fails after 20 s.
    pub async fn settled(&self, token: &str, interview: &str) -> Value {
        let give_up = std::time::Instant::now() + std::time::Duration::from_secs(20);
        loop {
            let iv = self.interview(token, interview).await;
            let pending = iv["turns"]
                .as_array()
                .expect("turns")
                .iter()
                .any(|t| t["answer_text"].is_string() && t["extraction"] == "pending");
            if !pending {
                return iv;
            }
            assert!(
                std::time::Instant::now() < give_up,
                "extraction still pending after 20 s: {iv}"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
    }

    /// Waits until no question's phrasing is being prepared (a notice
    /// prepares every interview's first one); fails after 30 s.
    pub async fn prepared(&self) {
        let give_up = std::time::Instant::now() + std::time::Duration::from_secs(30);
        while self.state().interviewer.preparations_under_way() > 0 {
            assert!(
                std::time::Instant::now() < give_up,
                "still preparing after 30 s"
            );
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
    }

    /// Answers the prompt waiting in `interview` with `text`; returns the
    /// question it belonged to.
    pub async fn answer_current(&self, token: &str, interview: &str, text: &str) -> String {
        let waiting = self.interview(token, interview).await;
        let question = waiting["current_prompt"]["question_id"]
            .as_str()
            .expect("a prompt is waiting")
            .to_string();
        self.answer(token, interview, &question, text).await;
        question
    }

    pub async fn answer(&self, token: &str, interview: &str, question: &str, text: &str) -> Value {
        let reply = self
            .post(
                &format!("/api/v1/interviews/{interview}/answers"),
                token,
                &json!({"question_id": question, "text": text}),
            )
            .await;
        reply.assert_ok().clone()
    }

    /// Approves an interview as `token`, which must be allowed to.
    pub async fn approve(&self, token: &str, interview: &str) -> Value {
        self.post(
            &format!("/api/v1/interviews/{interview}/approve"),
            token,
            &json!({}),
        )
        .await
        .assert_ok()
        .clone()
    }

    /// Imports a bundle through the library (as `baton import` does).
    pub async fn import(&self, bundle: &Value) -> baton::bundle::ImportSummary {
        let bytes = serde_json::to_vec(bundle).expect("bundle serializes");
        baton::bundle::import(
            &self.state().db,
            &bytes,
            baton::bundle::ImportSource {
                actor: None,
                label: "test",
            },
        )
        .await
        .expect("bundle imports")
    }

    /// Mints a token for a user, as `baton token create` does.
    pub async fn token(&self, user_id: &str) -> String {
        baton::access::tokens::mint(&self.state().db, user_id, Some("test"), None, None)
            .await
            .expect("token minted")
            .token
    }

    /// Imports the standard team and returns the app with tokens at hand.
    /// The id of the first departure `token` sees (the newest).
    pub async fn departure_id(&self, token: &str) -> String {
        let listed = self.get("/api/v1/departures", token).await;
        listed.assert_ok()[0]["id"].as_str().unwrap().to_string()
    }

    /// Completes the departure `id` as `token`, which must succeed.
    pub async fn complete_departure(&self, token: &str, id: &str) -> Value {
        self.post(
            &format!("/api/v1/departures/{id}/complete"),
            token,
            &json!({}),
        )
        .await
        .assert_ok()
        .clone()
    }

    pub async fn with_team(self) -> Self {
        self.import(&team_bundle()).await;
        self
    }
}

pub fn today() -> NaiveDate {
    Utc::now().date_naive()
}

/// `today + days` as `YYYY-MM-DD`.
pub fn in_days(days: u64) -> String {
    today()
        .checked_add_days(Days::new(days))
        .expect("date")
        .to_string()
}

pub fn user(id: &str, role: &str, manager: Option<&str>) -> Value {
    let mut u = json!({
        "id": id, "name": format!("Name of {id}"), "email": format!("{id}@example.test"),
        "role": role, "team": "Test"
    });
    if let Some(m) = manager {
        u["manager_id"] = json!(m);
    }
    u
}

/// `today - days` at `time` (UTC), RFC 3339.
pub fn days_ago(days: u64, time: &str) -> String {
    let date = today().checked_sub_days(Days::new(days)).expect("date");
    format!("{date}T{time}Z")
}

/// An account whose record leaves nothing unsaid (no gaps): both buying
/// roles held at strength 3, both met within the last 30 days, the
/// renewal talked about.
pub fn account(id: &str, owner: &str, arr: f64, segment: Option<&str>, renewal: &str) -> Value {
    let mut a = json!({
        "id": id, "name": format!("Company {id}"), "owner_id": owner, "arr": arr,
        "industry": "Manufacturing", "territory": "EMEA", "renewal_date": renewal,
        "contract_notes": "Two-year term.",
        "contacts": [
            {"id": format!("c-{id}-1"), "name": "Pat Doe", "title": "CFO", "email": "pat@example.test",
             "role": "economic_buyer", "preferred_channel": "email", "relationship_strength": 3,
             "notes": "Likes numbers."},
            {"id": format!("c-{id}-2"), "name": "Sam Roe", "title": "Ops lead",
             "role": "champion", "preferred_channel": "phone", "relationship_strength": 3}
        ],
        "opportunities": [],
        "activities": [
            {"id": format!("a-{id}-1"), "kind": "email", "at": days_ago(30, "10:00:00"),
             "author_id": owner, "contact_ids": [format!("c-{id}-1")],
             "subject": "Renewal prep", "body": "Sent the renewal timeline."},
            {"id": format!("a-{id}-2"), "kind": "call", "at": days_ago(20, "15:30:00"),
             "author_id": owner, "contact_ids": [format!("c-{id}-1"), format!("c-{id}-2")],
             "subject": "QBR", "body": "Walked through usage."}
        ]
    });
    if let Some(s) = segment {
        a["segment"] = json!(s);
    }
    a
}

pub fn opportunity(id: &str, stage: &str, amount: f64, close: &str) -> Value {
    json!({"id": id, "name": format!("Deal {id}"), "stage": stage, "amount": amount,
           "close_date": close, "next_step": "Call back"})
}

/// The standard team:
///
/// ```text
/// u-admin (admin)
/// u-vp (manager)
/// ├── u-mgr-a (manager) ── u-rep-a1, u-rep-a2
/// └── u-mgr-b (manager) ── u-rep-b1
/// ```
///
/// u-rep-a1 owns the accounts whose tiers sit at every threshold's edge;
/// u-rep-a2 and u-rep-b1 own one each.
/// The account `id` of a bundle, to plant something in its record.
pub fn account_mut<'a>(bundle: &'a mut Value, id: &str) -> &'a mut Value {
    bundle["accounts"]
        .as_array_mut()
        .expect("a bundle's accounts")
        .iter_mut()
        .find(|a| a["id"] == id)
        .unwrap_or_else(|| panic!("no account {id} in the bundle"))
}

pub fn team_bundle() -> Value {
    let mut mid_120 = account(
        "acc-mid-120",
        "u-rep-a1",
        200_000.0,
        Some("mid_market"),
        &in_days(120),
    );
    mid_120["name"] = json!("Mid renewing in 120 days");
    let mid_121 = account(
        "acc-mid-121",
        "u-rep-a1",
        200_000.0,
        Some("mid_market"),
        &in_days(121),
    );
    let mut smb_opp = account(
        "acc-smb-opp",
        "u-rep-a1",
        30_000.0,
        Some("smb"),
        &in_days(300),
    );
    smb_opp["opportunities"] = json!([opportunity(
        "o-smb-opp-big",
        "proposal",
        250_000.0,
        &in_days(120)
    ),]);
    let mut smb_opp_small = account("acc-smb-small", "u-rep-a1", 30_000.0, None, &in_days(300));
    smb_opp_small["opportunities"] = json!([
        opportunity("o-smb-small", "negotiation", 249_999.99, &in_days(30)),
        opportunity("o-smb-late", "proposal", 900_000.0, &in_days(121)),
        opportunity("o-smb-won", "Closed Won", 900_000.0, &in_days(10)),
    ]);
    let ent = account("acc-ent", "u-rep-a1", 900_000.0, None, &in_days(400));
    json!({
        "format": "baton-bundle/v1",
        "users": [
            user("u-admin", "admin", None),
            user("u-vp", "manager", None),
            user("u-mgr-a", "manager", Some("u-vp")),
            user("u-mgr-b", "manager", Some("u-vp")),
            user("u-rep-a1", "rep", Some("u-mgr-a")),
            user("u-rep-a2", "rep", Some("u-mgr-a")),
            user("u-rep-b1", "rep", Some("u-mgr-b")),
        ],
        "accounts": [
            mid_120, mid_121, smb_opp, smb_opp_small, ent,
            account("acc-a2", "u-rep-a2", 60_000.0, Some("mid_market"), &in_days(200)),
            account("acc-b1", "u-rep-b1", 10_000.0, Some("smb"), &in_days(200)),
        ]
    })
}

/// The item of the JSON array `list` whose `key` is `id`; panics, showing
/// the list, when there is none.
pub fn item<'a>(list: &'a Value, key: &str, id: &str) -> &'a Value {
    list.as_array()
        .unwrap_or_else(|| panic!("a list: {list}"))
        .iter()
        .find(|x| x[key] == id)
        .unwrap_or_else(|| panic!("{key} {id} in {list}"))
}

/// Ids of the accounts in a list reply, sorted.
pub fn account_ids(page: &Value) -> Vec<String> {
    let mut ids: Vec<String> = page["items"]
        .as_array()
        .unwrap_or_else(|| panic!("a page has items: {page}"))
        .iter()
        .map(|a| a["id"].as_str().expect("id").to_string())
        .collect();
    ids.sort();
    ids
}

/// Polls `check` every 20 ms until it holds or `limit` passes.
pub async fn eventually<F, Fut>(limit: std::time::Duration, mut check: F) -> bool
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let started = std::time::Instant::now();
    while started.elapsed() < limit {
        if check().await {
            return true;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    false
}
