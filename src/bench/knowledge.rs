//! `baton bench knowledge`: the knowledge clone at scale, on the embedded
//! defaults (SQLite, Qdrant Edge, the bundled embedder, no model), through
//! HTTP against a throwaway data directory.
//!
//! 1. A synthetic team: `accounts` accounts of about `chunks` record chunks
//!    each, imported as a bundle and indexed by the real indexer. Embedding
//!    200,000 chunks with the bundled encoder takes over half an hour on two
//!    cores, so the bulk load embeds a pool of distinct texts for real and
//!    gives each chunk the embedding of its pool text (same model, same
//!    coordinate space); everything else (chunking, BM25, upserts, the
//!    store's bookkeeping) is the real path.
//! 2. Indexing throughput of the real path, bundled embedder included, on a
//!    fresh import of a few accounts: until searchable (the first phase,
//!    record items by their words) and until every item has its dense
//!    vector (the second).
//! 3. Asks one at a time (p50, p99), then from concurrent clients (asks per
//!    second), every question different so no cache helps.
//! 4. A generated Salesforce export (`crm_accounts` × `crm_activities`)
//!    through the CSV importer while the service runs: import time, then
//!    the service's own background indexer until the record is searchable
//!    and until it is embedded; meanwhile the approval of a ten-answer
//!    interview until it is searchable, and a first question on an
//!    imported account.
//! 5. Where an ask's time goes: query embedding, index search, the rest.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

use super::{ms, percentile, sentence, BenchResult, WORDS};
use crate::accounts::AccountId;
use crate::app::Application;
use crate::config::Config;
use crate::embed::{Bundled, EmbedError, Embedder};
use crate::index::HybridQuery;
use crate::knowledge::Indexer;

/// What the benchmark is asked to do.
#[derive(Debug, Clone)]
pub struct Plan {
    pub accounts: usize,
    pub chunks: usize,
    pub asks: usize,
    pub clients: usize,
    pub seconds: u64,
    /// The generated CRM export: accounts, activities each (0: none).
    pub crm_accounts: usize,
    pub crm_activities: usize,
    /// Where the generated export is written and kept (to import it with
    /// another build); a throwaway directory when `None`.
    pub crm_export: Option<std::path::PathBuf>,
}

/// `accounts` accounts owned by two reps under one manager, about
/// `chunks` record chunks each (one account item, six contacts, one
/// opportunity, the rest activities), plus one account with a rep of its
/// own for the approval timing.
fn bundle(first: usize, accounts: usize, chunks: usize) -> Value {
    let activities = chunks.saturating_sub(8).max(1);
    let accounts: Vec<Value> = (first..first + accounts)
        .map(|a| {
            let contacts: Vec<Value> = (0..6)
                .map(|c| {
                    let role = ["economic_buyer", "champion", "influencer", "user", "blocker", "other"][c];
                    json!({"id": format!("c-{a}-{c}"), "name": format!("Contact{c} Person{a}"),
                           "title": "Director", "role": role,
                           "phone": format!("+1 555 {a:04} {c:03}"), "preferred_channel": "email",
                           "relationship_strength": 1 + c % 5, "notes": sentence(a * 7 + c, 8)})
                })
                .collect();
            let acts: Vec<Value> = (0..activities)
                .map(|x| {
                    let body = format!("{} {} Account {a} item {x}.", sentence(a * 1000 + x, 14), sentence(a * 31 + x * 17, 12));
                    let kind = ["email", "call", "meeting", "note"][x % 4];
                    json!({"id": format!("a-{a}-{x}"), "kind": kind,
                           "at": format!("2026-{:02}-{:02}T10:00:00Z", 1 + x % 10, 1 + x % 27),
                           "author_id": "u-bench-rep", "contact_ids": [format!("c-{a}-{}", x % 6)],
                           "subject": sentence(x + a, 4), "body": body})
                })
                .collect();
            json!({"id": format!("acc-{a}"), "name": format!("Bench Account {a}"),
                   "owner_id": if a % 2 == 0 { "u-bench-rep" } else { "u-bench-rep2" },
                   "arr": 900000, "segment": "enterprise", "renewal_date": "2027-09-30",
                   "contract_notes": "Three-year term, 10% multi-year discount, uplift capped at 4%.",
                   "contacts": contacts,
                   "opportunities": [{"id": format!("o-{a}"), "name": "Renewal", "stage": "proposal",
                                      "amount": 950000, "close_date": "2027-09-30", "next_step": sentence(a, 6)}],
                   "activities": acts})
        })
        .collect();
    let mut all = accounts;
    all.push(json!({"id": "acc-approve", "name": "Approval Account", "owner_id": "u-bench-leaver",
                    "arr": 900000, "segment": "enterprise", "renewal_date": "2027-09-30",
                    "contacts": [{"id": "c-approve", "name": "Morgan Lake", "title": "CFO", "role": "economic_buyer"}]}));
    json!({"format": "baton-bundle/v1",
           "users": [{"id": "u-bench-admin", "name": "Bench Admin", "role": "admin"},
                     {"id": "u-bench-mgr", "name": "Bench Manager", "role": "manager"},
                     {"id": "u-bench-rep", "name": "Bench Rep", "role": "rep", "manager_id": "u-bench-mgr",
                      "email": super::crm_export::OWNERS[0].1},
                     {"id": "u-bench-rep2", "name": "Bench Rep Two", "role": "rep", "manager_id": "u-bench-mgr",
                      "email": super::crm_export::OWNERS[1].1},
                     {"id": "u-bench-leaver", "name": "Bench Leaver", "role": "rep", "manager_id": "u-bench-mgr"}],
           "accounts": all})
}

/// The bundled encoder's embedding of one of a pool of texts, picked by
/// the text's hash: real vectors of the same model at pool cost.
struct PoolEmbedder {
    identity: String,
    vectors: Vec<Vec<f32>>,
}

#[async_trait::async_trait]
impl Embedder for PoolEmbedder {
    fn identity(&self) -> String {
        self.identity.clone()
    }
    fn dimensions(&self) -> usize {
        self.vectors.first().map(Vec::len).unwrap_or(0)
    }
    async fn embed(&self, texts: Vec<String>) -> Result<Vec<Vec<f32>>, EmbedError> {
        use std::hash::{Hash, Hasher};
        Ok(texts
            .iter()
            .map(|t| {
                let mut h = std::collections::hash_map::DefaultHasher::new();
                t.hash(&mut h);
                self.vectors[(h.finish() as usize) % self.vectors.len()].clone()
            })
            .collect())
    }
}

fn question(i: usize) -> String {
    let forms = [
        "What did we promise about the {a} and the {b}?",
        "Who signs off on the {a} {n}?",
        "Why is the {a} priced this way, given the {b}?",
        "What went wrong with the {a} last {n} weeks?",
        "Is there a risk around the {a} or the {b}?",
        "What is the next step on the {a} for {b} number {n}?",
    ];
    // Distinct (form, a, b) for the first 6 × 48 × 48 = 13,824 values of i,
    // so the query-embedding cache never answers for the encoder.
    let (form, rest) = (i % forms.len(), i / forms.len());
    forms[form]
        .replace("{a}", WORDS[rest % WORDS.len()])
        .replace("{b}", WORDS[(rest / WORDS.len() + rest) % WORDS.len()])
        .replace("{n}", &(i % 97).to_string())
}

struct Client {
    http: reqwest::Client,
    base: String,
    token: String,
}

impl Client {
    async fn ask(
        &self,
        account: usize,
        q: &str,
    ) -> Result<Duration, Box<dyn std::error::Error + Send + Sync>> {
        let started = Instant::now();
        let reply = self
            .http
            .post(format!("{}/api/v1/accounts/acc-{account}/ask", self.base))
            .bearer_auth(&self.token)
            .json(&json!({ "question": q }))
            .send()
            .await?;
        let status = reply.status();
        let body = reply.bytes().await?;
        let took = started.elapsed();
        if !status.is_success() {
            return Err(format!("ask failed: {status} {}", String::from_utf8_lossy(&body)).into());
        }
        Ok(took)
    }
}

/// Runs the benchmark and prints one JSON report.
pub async fn run(plan: Plan) -> BenchResult {
    let dir = std::env::temp_dir().join(format!("baton-bench-{}", uuid::Uuid::new_v4().simple()));
    let result = run_in(&dir, plan).await;
    match &result {
        Ok(()) => {
            let _ = std::fs::remove_dir_all(&dir);
        }
        // Kept for a look, and because the server of a run that stopped
        // early may still be letting go of its index.
        Err(_) => eprintln!("bench: the data directory is kept at {}", dir.display()),
    }
    result
}

async fn run_in(dir: &std::path::Path, plan: Plan) -> BenchResult {
    let mut config = Config::for_data_dir(dir);
    config.chat_model = None;
    config.embed_model = None;
    config.import_max_bytes = 4 << 30;
    let app = Application::build(config).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    let indexer = state.knowledge.indexer.clone();
    let mut report = serde_json::Map::new();
    report.insert("bench".into(), json!("knowledge"));
    report.insert("store".into(), json!("sqlite"));
    report.insert("index".into(), json!(indexer.index().engine()));
    report.insert("accounts".into(), json!(plan.accounts));
    report.insert("chunks_per_account".into(), json!(plan.chunks));

    // 1. The bulk load.
    eprintln!("bench: importing {} accounts…", plan.accounts);
    let started = Instant::now();
    let bytes = serde_json::to_vec(&bundle(0, plan.accounts, plan.chunks))?;
    let source = crate::bundle::ImportSource {
        actor: None,
        label: "bench",
    };
    crate::bundle::import(&state.db, &bytes, source).await?;
    drop(bytes);
    report.insert("import_s".into(), json!(started.elapsed().as_secs_f64()));

    eprintln!("bench: embedding the pool…");
    let bundled = Bundled::load()?;
    let pool_size = (plan.accounts * plan.chunks / 4).clamp(50, 1000);
    let pool_texts: Vec<String> = (0..pool_size)
        .map(|i| {
            format!(
                "Email on 2026-0{}-12: {} {}",
                1 + i % 9,
                sentence(i, 14),
                sentence(i * 3 + 1, 12)
            )
        })
        .collect();
    let started = Instant::now();
    let vectors = bundled.embed(pool_texts.clone()).await?;
    let embed_rate = pool_texts.len() as f64 / started.elapsed().as_secs_f64();
    report.insert(
        "bundled_embedder_chunks_per_s".into(),
        json!(embed_rate.round()),
    );
    let pool = Arc::new(PoolEmbedder {
        identity: bundled.identity(),
        vectors,
    });
    let bulk = Indexer::new(
        state.db.clone(),
        indexer.index().clone(),
        pool,
        Arc::new(crate::index::Bm25::new()?),
        state.bank.clone(),
        state.interviewer.tokens.clone(),
        // The same holder as the app's: it may index while the app does not.
        indexer.lease().clone(),
    );
    eprintln!("bench: indexing the bulk load…");
    let started = Instant::now();
    let pass = bulk.catch_up().await?;
    let secs = started.elapsed().as_secs_f64();
    report.insert("bulk_chunks".into(), json!(pass.indexed));
    report.insert("bulk_index_s".into(), json!(secs));
    report.insert(
        "bulk_chunks_per_s_without_embedding".into(),
        json!((pass.indexed as f64 / secs).round()),
    );
    eprintln!("bench: optimizing…");
    let started = Instant::now();
    indexer.index().optimize().await?;
    report.insert("optimize_s".into(), json!(started.elapsed().as_secs_f64()));

    // 2. The real path, bundled embedder included.
    let sample = 10.min(plan.accounts.max(1));
    let bytes = serde_json::to_vec(&bundle(plan.accounts, sample, plan.chunks))?;
    let source = crate::bundle::ImportSource {
        actor: None,
        label: "bench-sample",
    };
    crate::bundle::import(&state.db, &bytes, source).await?;
    let started = Instant::now();
    let mut pass = crate::knowledge::Pass::default();
    indexer.catch_up_words(&mut pass).await?;
    let words = started.elapsed().as_secs_f64();
    let rest = indexer.catch_up().await?;
    let all = started.elapsed().as_secs_f64();
    report.insert("real_path_chunks".into(), json!(pass.indexed));
    report.insert(
        "real_path_searchable_chunks_per_s".into(),
        json!((pass.indexed as f64 / words).round()),
    );
    report.insert(
        "real_path_embedded_chunks_per_s".into(),
        json!(((pass.indexed + rest.indexed) as f64 / all).round()),
    );
    report.insert("real_path_embedded".into(), json!(rest.embedded));

    // The service keeps account vocabularies warm in the background once it
    // runs; the benchmark waits for that pass, as a successor asking after
    // the service has been up a few seconds would, and times it.
    eprintln!("bench: building account vocabularies…");
    let started = Instant::now();
    let warmed = indexer.warm_vocabularies().await?;
    report.insert("vocabularies".into(), json!(warmed));
    report.insert(
        "vocabulary_warm_s".into(),
        json!(started.elapsed().as_secs_f64()),
    );

    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async {
        let _ = stopped.await;
    }));
    let token = crate::access::tokens::mint(&state.db, "u-bench-admin", Some("bench"), None, None)
        .await?
        .token;
    let client = Arc::new(Client {
        http: reqwest::Client::new(),
        base: base.clone(),
        token,
    });
    // Warm-up: the first ask loads the bank's topic embeddings.
    client.ask(0, "Who signs the renewal?").await?;

    // 3a. One at a time.
    eprintln!("bench: {} asks one at a time…", plan.asks);
    let mut lat = Vec::with_capacity(plan.asks);
    for i in 0..plan.asks {
        lat.push(client.ask((i * 7919) % plan.accounts, &question(i)).await?);
    }
    lat.sort();
    report.insert("ask_p50_ms".into(), json!(ms(percentile(&lat, 0.5))));
    report.insert("ask_p99_ms".into(), json!(ms(percentile(&lat, 0.99))));
    report.insert(
        "ask_max_ms".into(),
        json!(ms(*lat.last().unwrap_or(&Duration::ZERO))),
    );

    // 3b. Concurrent clients.
    eprintln!("bench: {} clients for {} s…", plan.clients, plan.seconds);
    let deadline = Instant::now() + Duration::from_secs(plan.seconds);
    let started = Instant::now();
    // One counter for all clients: every question of the run is different.
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(plan.asks));
    let tasks: Vec<_> = (0..plan.clients)
        .map(|_| {
            let client = client.clone();
            let next = next.clone();
            let accounts = plan.accounts;
            tokio::spawn(async move {
                let mut lat = Vec::new();
                while Instant::now() < deadline {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    lat.push(client.ask((i * 104_729) % accounts, &question(i)).await?);
                }
                Ok::<_, Box<dyn std::error::Error + Send + Sync>>(lat)
            })
        })
        .collect();
    let mut all = Vec::new();
    for t in tasks {
        all.extend(t.await??);
    }
    let secs = started.elapsed().as_secs_f64();
    all.sort();
    report.insert("concurrent_clients".into(), json!(plan.clients));
    report.insert(
        "concurrent_asks_per_s".into(),
        json!((all.len() as f64 / secs).round()),
    );
    report.insert("concurrent_p50_ms".into(), json!(ms(percentile(&all, 0.5))));
    report.insert(
        "concurrent_p99_ms".into(),
        json!(ms(percentile(&all, 0.99))),
    );

    // 4. A CRM export, indexed by the service while it serves.
    if plan.crm_accounts > 0 {
        let crm = crm_import(&state, &base, dir, &plan).await?;
        report.insert("crm".into(), crm);
    } else {
        let approve_ms = approval(&state, &base).await?;
        report.insert("approve_to_searchable_ms".into(), json!(approve_ms));
    }

    // 5. Where the time goes.
    let mut embed = Vec::new();
    let mut search = Vec::new();
    let index = indexer.index().clone();
    for i in 0..200 {
        let q = format!("{} breakdown {i}", question(i + 7));
        let t = Instant::now();
        let dense = indexer.embedder().embed_query(&q).await?;
        embed.push(t.elapsed());
        let sparse = indexer.bm25().query(&q);
        let t = Instant::now();
        index
            .search(&HybridQuery {
                account_id: AccountId::parse(&format!("acc-{}", (i * 31) % plan.accounts))?,
                dense,
                sparse,
                per_source: 40,
                limit: 80,
            })
            .await?;
        search.push(t.elapsed());
    }
    embed.sort();
    search.sort();
    let mut parts = HashMap::new();
    parts.insert("query_embedding_p50_ms", ms(percentile(&embed, 0.5)));
    parts.insert("index_search_p50_ms", ms(percentile(&search, 0.5)));
    parts.insert(
        "rest_of_ask_p50_ms",
        (ms(percentile(&lat, 0.5)) - ms(percentile(&embed, 0.5)) - ms(percentile(&search, 0.5)))
            .max(0.0),
    );
    report.insert("ask_breakdown".into(), json!(parts));

    drop(client);
    drop(bulk);
    let _ = stop.send(());
    let _ = server.await;
    println!("{}", serde_json::to_string_pretty(&Value::Object(report))?);
    Ok(())
}

/// Imports a generated Salesforce export through the CSV importer and
/// follows the service's background indexer (polling its status) until
/// the record is searchable, then until it is embedded; approves an
/// interview and asks about an imported account in between.
async fn crm_import(
    state: &crate::app::AppState,
    base: &str,
    dir: &std::path::Path,
    plan: &Plan,
) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
    use crate::imports::crm::{ExportFiles, Mapping};
    let indexer = &state.knowledge.indexer;
    let export = plan
        .crm_export
        .clone()
        .unwrap_or_else(|| dir.join("crm-export"));
    let activities = super::crm_export::write(&export, plan.crm_accounts, plan.crm_activities)?;
    eprintln!(
        "bench: importing a CRM export of {} accounts, {activities} activities…",
        plan.crm_accounts
    );
    let before = indexer.status().await?;
    let started = Instant::now();
    let imported = crate::imports::crm::import(
        &state.db,
        ExportFiles::Dir(export),
        "salesforce",
        Mapping::salesforce(),
        false,
        None,
        Box::new(|_| {}),
    )
    .await?;
    let import_s = started.elapsed().as_secs_f64();
    if !imported.unmatched_owners.is_empty() {
        return Err(format!("owners unmatched: {:?}", imported.unmatched_owners).into());
    }
    let started = Instant::now();
    indexer.wake();
    let poll = Duration::from_millis(20);
    let status = loop {
        let s = indexer.status().await?;
        if s.accounts_waiting == 0 && s.pending == 0 && s.chunks > before.chunks {
            break s;
        }
        tokio::time::sleep(poll).await;
    };
    let searchable_s = started.elapsed().as_secs_f64();
    let chunks = status.chunks - before.chunks;
    eprintln!("bench: {chunks} chunks searchable in {searchable_s:.1} s; approving meanwhile…");
    let approve_ms = approval(state, base).await?;
    let http = reqwest::Client::new();
    let admin = crate::access::tokens::mint(&state.db, "u-bench-admin", Some("bench"), None, None)
        .await?
        .token;
    let asked = Instant::now();
    let reply: Value = http
        .post(format!(
            "{base}/api/v1/accounts/{}/ask",
            super::crm_export::account_id(plan.crm_accounts - 1)
        ))
        .bearer_auth(&admin)
        .json(&json!({"question": "What did we last discuss about the renewal budget?"}))
        .send()
        .await?
        .json()
        .await?;
    let first_ask_ms = ms(asked.elapsed());
    if reply["abstained"].as_bool().is_none() {
        return Err(format!("the question on an imported account failed: {reply}").into());
    }
    let unembedded_at_ask = indexer.status().await?.unembedded;
    let status = loop {
        let s = indexer.status().await?;
        if s.unembedded == 0 && s.pending == 0 {
            break s;
        }
        tokio::time::sleep(poll).await;
    };
    let embedded_s = started.elapsed().as_secs_f64();
    Ok(json!({
        "accounts": plan.crm_accounts,
        "activities": activities,
        "import_s": import_s,
        "activities_imported_per_s": (activities as f64 / import_s).round(),
        "chunks": chunks,
        "searchable_s": searchable_s,
        "searchable_chunks_per_s": (chunks as f64 / searchable_s).round(),
        "embedded_s": embedded_s,
        "embedded_chunks_per_s": (chunks as f64 / embedded_s).round(),
        "approve_to_searchable_ms_during_embedding": approve_ms,
        "first_ask_on_an_imported_account_ms": first_ask_ms,
        "unembedded_when_asked": unembedded_at_ask,
        "points": status.points,
    }))
}

/// Notice for the leaver, ten answers, submit; the time of the approve
/// call, after which the answers are searchable (checked).
async fn approval(
    state: &crate::app::AppState,
    base: &str,
) -> Result<f64, Box<dyn std::error::Error + Send + Sync>> {
    let http = reqwest::Client::new();
    let mint = |user: &'static str| async move {
        crate::access::tokens::mint(&state.db, user, Some("bench"), None, None)
            .await
            .map(|m| m.token)
    };
    let mgr = mint("u-bench-mgr").await?;
    let rep = mint("u-bench-leaver").await?;
    let last_day = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
    let dep: Value = http
        .post(format!("{base}/api/v1/departures"))
        .bearer_auth(&mgr)
        .json(&json!({"user_id": "u-bench-leaver", "last_day": last_day, "successor_id": "u-bench-rep"}))
        .send()
        .await?
        .json()
        .await?;
    let id = dep["interviews"][0]["id"]
        .as_str()
        .ok_or("no interview planned")?
        .to_string();
    let url = format!("{base}/api/v1/interviews/{id}");
    for _ in 0..40 {
        let iv: Value = http
            .get(&url)
            .bearer_auth(&rep)
            .send()
            .await?
            .json()
            .await?;
        let prompt = &iv["current_prompt"];
        if prompt.is_null() {
            break;
        }
        if prompt["kind"] == "question" {
            let q = prompt["question_id"]
                .as_str()
                .unwrap_or("")
                .replace('_', " ");
            let text = format!(
                "Morgan Lake, the CFO, is central here: on {q} we promised a quarterly review by March and a cap of 4% on the uplift. \
                 She hates surprises and prefers email. The real risk is the new COO's vendor review in spring."
            );
            http.post(format!("{url}/answers"))
                .bearer_auth(&rep)
                .json(&json!({"question_id": prompt["question_id"], "text": text}))
                .send()
                .await?;
        } else {
            http.post(format!("{url}/skip"))
                .bearer_auth(&rep)
                .send()
                .await?;
        }
    }
    http.post(format!("{url}/submit"))
        .bearer_auth(&rep)
        .send()
        .await?;
    let started = Instant::now();
    let approved = http
        .post(format!("{url}/approve"))
        .bearer_auth(&mgr)
        .json(&json!({}))
        .send()
        .await?;
    let took = started.elapsed();
    if !approved.status().is_success() {
        return Err(format!("approve failed: {}", approved.text().await?).into());
    }
    let reply: Value = http
        .post(format!("{base}/api/v1/accounts/acc-approve/ask"))
        .bearer_auth(&mgr)
        .json(&json!({"question": "Who decides the renewal?"}))
        .send()
        .await?
        .json()
        .await?;
    let searchable = reply["citations"]
        .as_array()
        .is_some_and(|c| c.iter().any(|c| c["kind"] == "interview"));
    if !searchable {
        return Err(format!("approved answers are not searchable: {reply}").into());
    }
    Ok(ms(took))
}
