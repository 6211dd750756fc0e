//! Keeps the vector index in step with the store.
//!
//! The store says what should be indexed (`knowledge_chunks`) and what must
//! leave (`index_removals`); the indexer makes it so, in batches: removals
//! first, then pending chunks (embedded outside any lock, written under
//! one). A chunk is marked indexed only after the index has flushed it, so
//! after a crash the indexer simply picks up what is still pending.
//!
//! Two phases, because the bundled encoder embeds about 200 texts a second
//! and a large import brings tens of thousands of record items: first every
//! pending chunk goes in searchable by its words (BM25, no encoder: record
//! items only; interview answers always come with their dense vector), then
//! the second phase gives the record items their dense vectors, a batch at
//! a time, going back to the first whenever new work arrives. A question
//! on an account gives that account's items their dense vectors first (up
//! to [`ASK_EMBED`]), so the successor asking after an import does not wait
//! for the rest of the team's.
//!
//! Several instances may share one store and one index. One of them runs
//! the background loop's work at a time: it holds the store's `indexer`
//! lease ([`crate::store::lease`]), renewed while it works; another takes
//! over when it stops or dies. The work a request does itself (an
//! approval's own chunks, a question's account) runs on any instance, and
//! every batch *claims* its chunks in the store first, so no chunk is
//! embedded by two instances (or two tasks) at once.
//!
//! Record chunks follow imports: each account's import number
//! (`accounts.import_seq`) is compared with the last one synced, and the
//! accounts imported since are re-drawn and diffed against their chunks.
//! Approval does not wait for the background loop: it indexes its own
//! account's chunks before it returns.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde::Serialize;
use tokio::sync::Notify;
use utoipa::ToSchema;

use super::sources;
use super::store::{self, ChunkRow, Waiting};
use super::KnowledgeError;
use crate::accounts::{self, AccountId};
use crate::embed::Embedder;
use crate::index::{Bm25, ChunkPayload, Point, SourceKind, VectorIndex};
use crate::interviews::TokenCounter;
use crate::store::lease::Lease;
use crate::store::Db;

/// Chunks embedded and written per batch.
const BATCH: usize = 128;
/// Record chunks a question gives their dense vectors, at most, before it
/// searches their account (about a second of the bundled encoder); the
/// rest keep being found by their words until the second phase reaches
/// them.
pub const ASK_EMBED: usize = 256;
/// Removals applied per batch.
const REMOVAL_BATCH: usize = 1000;
/// Points written since the last optimization that make another worthwhile.
const OPTIMIZE_AFTER: u64 = 20_000;
/// The state key of the last import whose record is chunked.
const RECORD_SEQ: &str = "record_import_seq";
/// The state key of the embedder the index was built with.
const EMBEDDER: &str = "index_embedder";
/// The name of the background indexer's lease.
pub const LEASE: &str = "indexer";
/// How long a batch's claim on its chunks lasts: far longer than a batch
/// takes; a claimer that died lets its chunks go this long after.
const CLAIM: Duration = Duration::from_secs(60);
/// How long a request waits for chunks of its account that another
/// instance (or task) is indexing, before it goes on without them.
const WAIT_FOR_CLAIMED: Duration = Duration::from_secs(10);

/// What the indexer is doing, for the status endpoint and the CLI.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct IndexStatus {
    pub engine: String,
    /// The engine's version: the embedded library's, or what the Qdrant
    /// server said at start.
    pub engine_version: String,
    pub embedder: String,
    /// Whether this instance runs the background indexing now (it holds
    /// the store's indexer lease; with several instances, one does).
    pub indexing_here: bool,
    /// Chunks the store holds.
    pub chunks: i64,
    /// Accounts imported whose record is not yet drawn into chunks.
    pub accounts_waiting: i64,
    /// Chunks not yet searchable.
    pub pending: i64,
    /// Record chunks searchable by their words, waiting for their dense
    /// vector (the indexer's second phase).
    pub unembedded: i64,
    /// Points waiting to leave the index.
    pub removals: i64,
    /// Points the index holds.
    pub points: u64,
    pub running: bool,
    /// Background passes (catch up, then warm vocabularies) finished since
    /// the service started.
    pub passes: u64,
    /// Chunks indexed since the service started.
    pub indexed_since_start: u64,
    /// Record chunks given their dense vector since the service started
    /// (the second phase).
    pub embedded_since_start: u64,
    /// Account vocabularies built since the service started (kept warm
    /// in the background for ranking and abstention).
    pub vocabularies_built: u64,
    /// Chunks per second over the last batch.
    pub last_batch_rate: Option<f64>,
    /// What failed in the last pass, by kind ("the embedding endpoint
    /// failed"); the details are in the server's log.
    pub last_error: Option<String>,
}

/// The index writer and its background loop.
pub struct Indexer {
    db: Db,
    index: Arc<dyn VectorIndex>,
    embedder: Arc<dyn Embedder>,
    bm25: Arc<Bm25>,
    bank: Arc<crate::bank::Bank>,
    tokens: TokenCounter,
    wake: Notify,
    /// Held while writing to the index and marking chunks.
    write: tokio::sync::Mutex<()>,
    /// Read-held by a question while it searches an account (see
    /// [`Indexer::current_for`]); write-held by a rebuild while it empties
    /// the index. Taken before `write`, never after.
    serving: tokio::sync::RwLock<()>,
    running: AtomicBool,
    /// Background passes finished since the service started.
    passes: AtomicU64,
    indexed: AtomicU64,
    embedded: AtomicU64,
    since_optimize: AtomicU64,
    last_rate: Mutex<Option<f64>>,
    last_error: Mutex<Option<String>>,
    /// Account vocabularies for ranking and abstention, kept warm.
    vocab: super::vocab::Vocabularies,
    /// The store's lease on background indexing.
    lease: Arc<Lease>,
    /// Whether [`Indexer::prepare`] ran, under the lease, in this process.
    prepared: AtomicBool,
}

/// What one catch-up pass did.
#[derive(Debug, Default, Clone, Copy)]
pub struct Pass {
    pub accounts_synced: usize,
    pub chunks_added: usize,
    pub chunks_removed: usize,
    /// Points written for chunks not yet in the index.
    pub indexed: usize,
    /// Points given their dense vector (the second phase).
    pub embedded: usize,
    pub removed: usize,
    /// How long after the pass started its first phase was done: what was
    /// waiting then had become searchable.
    pub searchable_after: Option<Duration>,
}

/// How chunks not yet in the index are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Depth {
    /// Record items by their words only, their dense vector left to the
    /// second phase; interview answers, and items with no words BM25
    /// keeps, with their dense vector.
    WordsFirst,
    /// Every chunk with its dense vector.
    Full,
}

impl Indexer {
    pub fn new(
        db: Db,
        index: Arc<dyn VectorIndex>,
        embedder: Arc<dyn Embedder>,
        bm25: Arc<Bm25>,
        bank: Arc<crate::bank::Bank>,
        tokens: TokenCounter,
        lease: Arc<Lease>,
    ) -> Indexer {
        Indexer {
            vocab: super::vocab::Vocabularies::new(db.clone(), super::terms::VOCAB_BUDGET),
            db,
            index,
            embedder,
            bm25,
            bank,
            tokens,
            wake: Notify::new(),
            write: tokio::sync::Mutex::new(()),
            serving: tokio::sync::RwLock::new(()),
            running: AtomicBool::new(false),
            passes: AtomicU64::new(0),
            indexed: AtomicU64::new(0),
            embedded: AtomicU64::new(0),
            since_optimize: AtomicU64::new(0),
            last_rate: Mutex::new(None),
            last_error: Mutex::new(None),
            lease,
            prepared: AtomicBool::new(false),
        }
    }

    /// The lease this indexer runs the background work under (an indexer
    /// over the same store in the same process may share it).
    pub fn lease(&self) -> &Arc<Lease> {
        &self.lease
    }

    /// Takes (or renews) the background indexer's lease; on taking it,
    /// lets go the claims of a holder it took over from (its time ran out:
    /// it died) and checks the index against the store
    /// ([`Indexer::prepare`]), since nobody else may now change it. False
    /// when another instance holds it.
    pub async fn take_lease(&self) -> Result<bool, KnowledgeError> {
        let was_held = self.lease.held();
        let before = if was_held {
            None
        } else {
            self.lease.recorded(&self.db).await?
        };
        if !self.lease.acquire(&self.db).await? {
            return Ok(false);
        }
        if !was_held {
            tracing::info!(
                holder = self.lease.holder(),
                "this instance runs the indexer"
            );
            let sqlite = self.db.engine() == crate::store::Engine::Sqlite;
            if let Some((previous, ran_out)) = before {
                // On SQLite the lease always goes to the asker, and a holder
                // before us in this one process's store is a dead one.
                if previous != self.lease.holder() && (ran_out || sqlite) {
                    store::release_claims(&self.db, &format!("{previous}/")).await?;
                }
            }
        }
        if !self.prepared.load(Ordering::Relaxed) {
            self.prepare().await?;
            self.prepared.store(true, Ordering::Relaxed);
        }
        Ok(true)
    }

    /// Lets the lease and this instance's claims go (at a stop): another
    /// instance takes over now.
    pub async fn release_lease(&self) {
        let own = format!("{}/", self.lease.holder());
        if let Err(e) = store::release_claims(&self.db, &own).await {
            tracing::warn!(error = %crate::ErrorChain(&e), "could not let this instance's claims go");
        }
        if let Err(e) = self.lease.release(&self.db).await {
            tracing::warn!(error = %crate::ErrorChain(&e), "could not let the indexer lease go");
        }
    }

    /// A new batch's claim: its token (this instance's lease holder id,
    /// then the batch's own), until [`CLAIM`] from now.
    fn new_claim(
        &self,
    ) -> (
        String,
        chrono::DateTime<chrono::Utc>,
        chrono::DateTime<chrono::Utc>,
    ) {
        let now = chrono::Utc::now();
        (
            format!("{}/{}", self.lease.holder(), uuid::Uuid::new_v4().simple()),
            now,
            now + chrono::Duration::from_std(CLAIM).unwrap_or_default(),
        )
    }

    pub fn index(&self) -> &Arc<dyn VectorIndex> {
        &self.index
    }

    pub fn embedder(&self) -> &Arc<dyn Embedder> {
        &self.embedder
    }

    pub fn bm25(&self) -> &Bm25 {
        &self.bm25
    }

    pub fn bank(&self) -> &crate::bank::Bank {
        &self.bank
    }

    pub fn tokens(&self) -> &TokenCounter {
        &self.tokens
    }

    pub fn vocab(&self) -> &super::vocab::Vocabularies {
        &self.vocab
    }

    /// Asks the background loop to look for work now.
    pub fn wake(&self) {
        self.wake.notify_one();
    }

    /// Prepares the index (by the lease's holder, when it takes it): when it was built with another embedder,
    /// or holds nothing while the store says chunks were indexed (a deleted
    /// index directory), every chunk goes back to pending.
    pub async fn prepare(&self) -> Result<(), KnowledgeError> {
        let identity = self.embedder.identity();
        let built_with = store::state(&self.db, EMBEDDER).await?;
        let counts = store::counts(&self.db).await?;
        let points = self.index.count(None).await?;
        let lost = points == 0 && counts.chunks > counts.pending;
        if built_with.as_deref() != Some(identity.as_str()) || lost {
            if built_with.is_some() || lost {
                tracing::warn!(
                    embedder = %identity,
                    "index is missing or was built otherwise; rebuilding it from the store"
                );
            }
            self.index.clear().await?;
            store::reset_index_state(&self.db).await?;
            store::set_state(&self.db, EMBEDDER, &identity).await?;
        }
        Ok(())
    }

    /// Work waiting, in chunks (an account to re-draw counts as the chunks
    /// it has, or 20 when it has none yet; a chunk waiting for its dense
    /// vector counts as one).
    pub async fn backlog(&self) -> Result<u64, KnowledgeError> {
        let accounts = self.accounts_waiting().await?;
        let c = store::counts(&self.db).await?;
        Ok(accounts.len() as u64 * 20
            + c.pending.max(0) as u64
            + c.unembedded.max(0) as u64
            + c.removals.max(0) as u64 / 100)
    }

    /// Accounts imported since their record was last drawn into chunks.
    async fn accounts_waiting(&self) -> Result<Vec<String>, KnowledgeError> {
        let since: i64 = store::state(&self.db, RECORD_SEQ)
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        Ok(crate::accounts::imported_after(&self.db, since).await?.0)
    }

    /// Drops the index and rebuilds it from the store: record chunks drawn
    /// again from every account, every current version re-chunked.
    pub async fn rebuild(&self) -> Result<Pass, KnowledgeError> {
        if !self.take_lease().await? {
            let holder = self.lease.current_holder(&self.db).await?;
            return Err(KnowledgeError::IndexerBusy(holder.unwrap_or_default()));
        }
        {
            // Questions searching now finish first; those that come while
            // the index refills index their own account first.
            let _serving = self.serving.write().await;
            let _w = self.write.lock().await;
            self.index.clear().await?;
            store::reset_index_state(&self.db).await?;
            store::set_state(&self.db, RECORD_SEQ, "0").await?;
            store::set_state(&self.db, EMBEDDER, &self.embedder.identity()).await?;
        }
        self.catch_up().await
    }

    /// Brings the index up to date, both phases: everything searchable by
    /// its words ([`Indexer::catch_up_words`]), then the record items'
    /// dense vectors a batch at a time, the first phase running again
    /// between batches so that new work is never queued behind old. Runs
    /// until nothing is left, under the indexer lease: while another
    /// instance holds it this does nothing, and it stops between batches
    /// if the lease was lost (taken over after a stall).
    pub async fn catch_up(&self) -> Result<Pass, KnowledgeError> {
        let started = Instant::now();
        let mut pass = Pass::default();
        if !self.take_lease().await? {
            return Ok(pass);
        }
        loop {
            self.catch_up_words(&mut pass).await?;
            pass.searchable_after
                .get_or_insert_with(|| started.elapsed());
            if !self.lease.keep(&self.db).await? {
                tracing::warn!("the indexer lease was lost; another instance goes on");
                return Ok(pass);
            }
            let n = self.embed_batch(None, BATCH).await?;
            if n == 0 {
                return Ok(pass);
            }
            pass.embedded += n;
            self.optimize_if_due().await;
        }
    }

    /// The first phase: record chunks of accounts imported since the last
    /// pass, removals, and every chunk not yet in the index written
    /// [`Depth::WordsFirst`]. Adds what it did to `pass`.
    pub async fn catch_up_words(&self, pass: &mut Pass) -> Result<(), KnowledgeError> {
        let (added, removed, synced) = self.sync_record().await?;
        pass.accounts_synced += synced.len();
        pass.chunks_added += added;
        pass.chunks_removed += removed;
        pass.removed += self.apply_removals().await?;
        loop {
            let n = self.index_batch(None, Depth::WordsFirst).await?;
            if n == 0 || !self.lease.keep(&self.db).await? {
                break;
            }
            pass.indexed += n;
            // Inserts into the engine's appendable segment slow down as it
            // grows (quadratically, for its sparse posting lists): a large
            // import is optimized as it goes, not only at the end.
            self.optimize_if_due().await;
        }
        pass.removed += self.apply_removals().await?;
        // What an import changed here; other instances see the accounts'
        // stamps move.
        for id in &synced {
            self.vocab.forget(id);
        }
        Ok(())
    }

    /// Builds the vocabularies of accounts not yet cached, as far as the
    /// cache's budget goes, so that asks find them ready.
    pub async fn warm_vocabularies(&self) -> Result<usize, KnowledgeError> {
        let accounts = store::accounts_with_chunks(&self.db).await?;
        Ok(self.vocab.warm(&accounts).await?)
    }

    /// Optimizes the index once enough points were written since the last
    /// time. A failure is logged, not returned: the index still answers.
    async fn optimize_if_due(&self) {
        if self.since_optimize.load(Ordering::Relaxed) < OPTIMIZE_AFTER {
            return;
        }
        self.since_optimize.store(0, Ordering::Relaxed);
        let _w = self.write.lock().await;
        let started = Instant::now();
        match self.index.optimize().await {
            Ok(()) => tracing::info!(ms = started.elapsed().as_millis() as u64, "index optimized"),
            Err(e) => tracing::warn!(error = %crate::ErrorChain(&e), "index optimization failed"),
        }
    }

    /// Makes an account's index current for a question and keeps it so
    /// while the returned guard is held: chunks the store holds but the
    /// index does not yet (an import the background loop has not reached,
    /// a rebuild refilling the index, an approval through another
    /// instance) are indexed first, by the question itself, and up to
    /// [`ASK_EMBED`] of its record items waiting for their dense vector
    /// get it. A rebuild does not empty the index under a question that
    /// holds the guard.
    pub async fn current_for(
        &self,
        account: &AccountId,
    ) -> Result<tokio::sync::RwLockReadGuard<'_, ()>, KnowledgeError> {
        let guard = self.serving.read().await;
        let id = account.as_str();
        // One wait for what others are writing, for both phases.
        let deadline = Instant::now() + WAIT_FOR_CLAIMED;
        self.write_own(id, Waiting::Index, Depth::WordsFirst, usize::MAX, deadline)
            .await?;
        self.write_own(id, Waiting::Embed, Depth::Full, ASK_EMBED, deadline)
            .await?;
        Ok(guard)
    }

    /// Makes one account's pending chunks and removals searchable now,
    /// dense vectors included, and its vocabulary current.
    pub async fn index_account(&self, account: &AccountId) -> Result<(), KnowledgeError> {
        self.apply_removals().await?;
        let deadline = Instant::now() + WAIT_FOR_CLAIMED;
        self.write_own(
            account.as_str(),
            Waiting::Index,
            Depth::Full,
            usize::MAX,
            deadline,
        )
        .await?;
        self.vocab.forget(account.as_str());
        self.vocab.warm(&[account.as_str().to_string()]).await?;
        Ok(())
    }

    /// Writes up to `limit` of an account's chunks waiting for `what`, for
    /// a request about it: those it can claim itself, then, while others
    /// claimed the rest (the background indexer's batch, another
    /// instance's question), waits for them, until `deadline`. Returns how
    /// many it wrote.
    async fn write_own(
        &self,
        id: &str,
        what: Waiting,
        depth: Depth,
        limit: usize,
        deadline: Instant,
    ) -> Result<usize, KnowledgeError> {
        let mut done = 0;
        // Read first, claim only when something waits: a claim is a write
        // (on SQLite it takes the store's write lock), and most questions
        // find nothing waiting.
        while done < limit && store::has_waiting(&self.db, what, id).await? {
            let n = match what {
                Waiting::Index => self.index_batch(Some(id), depth).await?,
                Waiting::Embed => self.embed_batch(Some(id), limit - done).await?,
            };
            if n > 0 {
                done += n;
                continue;
            }
            // What still waits is being written elsewhere.
            if Instant::now() >= deadline {
                tracing::warn!(
                    account = id,
                    "chunks claimed elsewhere are still not written; going on"
                );
                break;
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        Ok(done)
    }

    /// Re-draws the record chunks of accounts imported since the last sync;
    /// returns the chunks added and removed and the accounts re-drawn.
    async fn sync_record(&self) -> Result<(usize, usize, Vec<String>), KnowledgeError> {
        let since: i64 = store::state(&self.db, RECORD_SEQ)
            .await?
            .and_then(|v| v.parse().ok())
            .unwrap_or(0);
        let (ids, max) = crate::accounts::imported_after(&self.db, since).await?;
        let (mut added, mut removed) = (0, 0);
        for id in &ids {
            // Lost to another instance (a stall past the lease): it draws
            // them again from the same mark.
            if !self.lease.keep(&self.db).await? {
                return Ok((added, removed, Vec::new()));
            }
            let Ok(account) = AccountId::parse(id) else {
                continue;
            };
            let record = match accounts::record(&self.db, &account, u32::MAX).await {
                Ok(r) => r,
                Err(accounts::AccountsError::NotFound) => continue,
                Err(accounts::AccountsError::Store(e)) => return Err(e.into()),
            };
            let drafts = sources::record_drafts(&record, &self.tokens);
            let (a, r) = store::sync_record_chunks(&self.db, id, &drafts).await?;
            added += a;
            removed += r;
        }
        if let Some(max) = max {
            store::set_state(&self.db, RECORD_SEQ, &max.to_string()).await?;
        }
        Ok((added, removed, ids))
    }

    async fn apply_removals(&self) -> Result<usize, KnowledgeError> {
        let mut total = 0;
        loop {
            let _w = self.write.lock().await;
            let ids = store::removals(&self.db, REMOVAL_BATCH).await?;
            if ids.is_empty() {
                return Ok(total);
            }
            let points = ids
                .iter()
                .filter_map(|id| uuid::Uuid::parse_str(id).ok())
                .collect();
            self.index.delete(points).await?;
            store::clear_removals(&self.db, &ids).await?;
            total += ids.len();
        }
    }

    /// Writes one batch of chunks not yet in the index, as deep as `depth`
    /// says; returns how many.
    async fn index_batch(
        &self,
        account: Option<&str>,
        depth: Depth,
    ) -> Result<usize, KnowledgeError> {
        let (token, now, until) = self.new_claim();
        let claim = store::Claim {
            token: &token,
            now,
            until,
        };
        let rows = store::claim_waiting(&self.db, Waiting::Index, account, BATCH, &claim).await?;
        let n = self.write_batch(&rows, depth, &token).await?;
        self.indexed.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }

    /// Gives at most `limit` (and at most one batch of) chunks searchable
    /// by their words their dense vector; returns how many.
    async fn embed_batch(
        &self,
        account: Option<&str>,
        limit: usize,
    ) -> Result<usize, KnowledgeError> {
        let (token, now, until) = self.new_claim();
        let claim = store::Claim {
            token: &token,
            now,
            until,
        };
        let rows =
            store::claim_waiting(&self.db, Waiting::Embed, account, limit.min(BATCH), &claim)
                .await?;
        let n = self.write_batch(&rows, Depth::Full, &token).await?;
        self.embedded.fetch_add(n as u64, Ordering::Relaxed);
        Ok(n)
    }

    /// Makes the points of `rows`, claimed by `token` (outside any lock),
    /// writes them and marks their chunks (under the write lock); returns
    /// how many. On a failure the claims are let go, for the next try.
    async fn write_batch(
        &self,
        rows: &[ChunkRow],
        depth: Depth,
        token: &str,
    ) -> Result<usize, KnowledgeError> {
        if rows.is_empty() {
            return Ok(0);
        }
        let written = self.write_claimed(rows, depth, token).await;
        if written.is_err() {
            if let Err(e) = store::release_claims(&self.db, token).await {
                tracing::warn!(error = %crate::ErrorChain(&e), "could not let claimed chunks go");
            }
        }
        written
    }

    async fn write_claimed(
        &self,
        rows: &[ChunkRow],
        depth: Depth,
        token: &str,
    ) -> Result<usize, KnowledgeError> {
        let started = Instant::now();
        let points = self.points(rows, depth).await?;
        let _w = self.write.lock().await;
        // Only chunks the store still holds, and this batch still holds by
        // its claim, are written: one deleted while it was embedded (an edit
        // superseding its version) has its removal queued and perhaps
        // applied already; one whose claim ran out meanwhile may have been
        // written by another batch since, perhaps more fully.
        let ids: Vec<String> = rows.iter().map(|r| r.id.clone()).collect();
        let held = store::still_claimed(&self.db, &ids, token).await?;
        let points: Vec<Point> = points
            .into_iter()
            .filter(|p| held.contains(&p.id.to_string()))
            .collect();
        let (mut embedded, mut words) = (Vec::new(), Vec::new());
        for p in &points {
            match p.dense {
                Some(_) => embedded.push(p.id.to_string()),
                None => words.push(p.id.to_string()),
            }
        }
        let written: Vec<uuid::Uuid> = points.iter().map(|p| p.id).collect();
        self.index.upsert(points).await?;
        store::mark_indexed(&self.db, &embedded, true, token).await?;
        store::mark_indexed(&self.db, &words, false, token).await?;
        // A chunk deleted since the check above (by another instance, whose
        // removal of its point may have run before our write: this
        // process's write lock does not reach it) leaves no point behind.
        let written_ids: Vec<String> = written.iter().map(|u| u.to_string()).collect();
        let live = store::live_chunks(&self.db, &written_ids).await?;
        let gone: Vec<uuid::Uuid> = written
            .into_iter()
            .filter(|u| !live.contains(&u.to_string()))
            .collect();
        if !gone.is_empty() {
            self.index.delete(gone).await?;
        }
        let n = rows.len();
        self.since_optimize.fetch_add(n as u64, Ordering::Relaxed);
        let secs = started.elapsed().as_secs_f64();
        if secs > 0.0 {
            *self.last_rate.lock().unwrap_or_else(|p| p.into_inner()) = Some(n as f64 / secs);
        }
        Ok(n)
    }

    /// The points for stored chunks: BM25 vector and payload always, the
    /// dense vector as `depth` says. Identical texts are embedded once.
    pub async fn points(
        &self,
        rows: &[ChunkRow],
        depth: Depth,
    ) -> Result<Vec<Point>, KnowledgeError> {
        let sparse: Vec<_> = rows
            .iter()
            .map(|r| {
                self.bm25
                    .document(&sources::sparse_text(r.kind, &r.header, &r.text))
            })
            .collect();
        // Which distinct text each row's dense vector is, if it gets one now.
        let mut texts: Vec<String> = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        let slots: Vec<Option<usize>> = rows
            .iter()
            .zip(&sparse)
            .map(|(r, words)| {
                let now =
                    depth == Depth::Full || r.kind == SourceKind::Interview || words.is_empty();
                now.then(|| {
                    let text = sources::dense_text(&r.header, &r.text);
                    *seen.entry(text.clone()).or_insert_with(|| {
                        texts.push(text);
                        texts.len() - 1
                    })
                })
            })
            .collect();
        let sent = texts.len();
        let dense = if texts.is_empty() {
            Vec::new()
        } else {
            self.embedder.embed(texts).await?
        };
        if dense.len() != sent {
            return Err(crate::embed::EmbedError::Count {
                sent,
                got: dense.len(),
            }
            .into());
        }
        rows.iter()
            .zip(sparse)
            .zip(slots)
            .map(|((r, sparse), slot)| {
                let id = uuid::Uuid::parse_str(&r.id)
                    .map_err(|_| crate::store::StoreError::Corrupt(format!("chunk id {}", r.id)))?;
                Ok(Point {
                    id,
                    dense: slot.map(|i| dense[i].clone()),
                    sparse,
                    payload: payload_of(r),
                })
            })
            .collect()
    }

    /// The loop that runs while the service runs: catch up when woken (an
    /// import, a startup) or every half minute, optimize after large writes.
    pub fn spawn(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let me = self.clone();
        tokio::spawn(async move {
            // Renews the lease while it is held, also through long work (a
            // large import's record drawn, an optimization); ends with
            // this task.
            let _keeper = {
                let (lease, db) = (me.lease.clone(), me.db.clone());
                crate::AbortOnDrop::new(tokio::spawn(async move {
                    loop {
                        tokio::time::sleep(lease.length() / 4).await;
                        if let Err(e) = lease.keep(&db).await {
                            tracing::warn!(error = %crate::ErrorChain(&e), "could not renew the indexer lease");
                        }
                    }
                }))
            };
            loop {
                me.running.store(true, Ordering::Relaxed);
                // Only the lease's holder catches up (`catch_up` does
                // nothing otherwise); every instance keeps its own
                // vocabularies warm.
                let work = async {
                    let pass = me.catch_up().await?;
                    let warmed = me.warm_vocabularies().await?;
                    Ok::<_, KnowledgeError>((pass, warmed))
                };
                match work.await {
                    Ok((pass, warmed)) => {
                        if pass.indexed > 0 || pass.removed > 0 || warmed > 0 {
                            tracing::info!(
                                accounts = pass.accounts_synced,
                                indexed = pass.indexed,
                                removed = pass.removed,
                                vocabularies = warmed,
                                "index caught up"
                            );
                        }
                        *me.last_error.lock().unwrap_or_else(|p| p.into_inner()) = None;
                    }
                    Err(e) => {
                        tracing::error!(error = %crate::ErrorChain(&e), "indexing failed; will retry");
                        *me.last_error.lock().unwrap_or_else(|p| p.into_inner()) =
                            Some(e.public_reason().to_string());
                    }
                }
                me.running.store(false, Ordering::Relaxed);
                me.passes.fetch_add(1, Ordering::Relaxed);
                // Often enough to renew the lease while idle, or to take it
                // over soon after its holder stopped.
                let period = Duration::from_secs(30).min(me.lease.length() / 3);
                let _ = tokio::time::timeout(period, me.wake.notified()).await;
            }
        })
    }

    pub async fn status(&self) -> Result<IndexStatus, KnowledgeError> {
        let counts = store::counts(&self.db).await?;
        Ok(IndexStatus {
            engine: self.index.engine().to_string(),
            engine_version: self.index.version(),
            embedder: self.embedder.identity(),
            indexing_here: self.lease.held(),
            accounts_waiting: self.accounts_waiting().await?.len() as i64,
            chunks: counts.chunks,
            pending: counts.pending,
            unembedded: counts.unembedded,
            removals: counts.removals,
            points: self.index.count(None).await?,
            running: self.running.load(Ordering::Relaxed),
            passes: self.passes.load(Ordering::Relaxed),
            indexed_since_start: self.indexed.load(Ordering::Relaxed),
            embedded_since_start: self.embedded.load(Ordering::Relaxed),
            vocabularies_built: self.vocab.built(),
            last_batch_rate: *self.last_rate.lock().unwrap_or_else(|p| p.into_inner()),
            last_error: self
                .last_error
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clone(),
        })
    }
}

fn payload_of(r: &ChunkRow) -> ChunkPayload {
    ChunkPayload {
        account_id: r.account_id.clone(),
        kind: r.kind,
        source_id: r.source_id.clone(),
        question_id: r.question_id,
        version: r.version,
        at: r.source_at.map(|t| t.to_rfc3339()),
        author: r.author_id.clone(),
        header: r.header.clone(),
        pos: r.pos,
        text: r.text.clone(),
    }
}
