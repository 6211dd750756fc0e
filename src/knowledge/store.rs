//! The knowledge tables: versions, chunks, index removals, state, and the
//! log of questions asked.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};

use super::ask::AnsweredBy;
use super::sources::{Draft, SourceKind};
use super::KnowledgeError;
use crate::accounts::portfolio::{FigureKey, Figures};
use crate::bank::QuestionId;
use crate::store::{builder, BeginWrite, Db, StoreError, Tx};
use crate::{with_db, with_tx};

/// Rows written per statement in batched inserts.
const BATCH: usize = 400;

/// Inserts `(digest, draft)` pairs as chunks of `$account`, waiting to be
/// indexed, in batches, through the executor `$exec` of the pool or
/// transaction `$on` (written for either engine).
macro_rules! insert_chunks {
    ($on:expr, $exec:expr, $account:expr, $rows:expr, $now:expr) => {
        for part in $rows.chunks(BATCH) {
            let mut q = builder(
                $on,
                "INSERT INTO knowledge_chunks (id, account_id, kind, source_id, question_id, version, \
                 pos, header, text, author_id, source_at, digest, indexed, created_at) ",
            );
            q.push_values(part, |mut b, (digest, d): &(String, &Draft)| {
                b.push_bind(uuid::Uuid::new_v4().to_string())
                    .push_bind($account)
                    .push_bind(d.kind.as_str())
                    .push_bind(&d.source_id)
                    .push_bind(d.question_id.map(|q| q.as_str()))
                    .push_bind(d.version)
                    .push_bind(d.pos)
                    .push_bind(&d.header)
                    .push_bind(&d.text)
                    .push_bind(&d.author_id)
                    .push_bind(d.at)
                    .push_bind(digest.as_str())
                    .push_bind(false)
                    .push_bind($now);
            });
            q.build().execute($exec).await?;
        }
    };
}

/// A stored chunk, as the indexer and the brief read it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ChunkRow {
    pub id: String,
    pub account_id: String,
    pub kind: SourceKind,
    pub source_id: String,
    pub question_id: Option<QuestionId>,
    pub version: i64,
    pub pos: i64,
    pub header: String,
    pub text: String,
    pub author_id: Option<String>,
    pub source_at: Option<DateTime<Utc>>,
}

const CHUNK_COLUMNS: &str =
    "id, account_id, kind, source_id, question_id, version, pos, header, text, author_id, source_at";

/// Moves an account's knowledge stamp (`$1`: the account), in the
/// transaction that changes its chunks.
const BUMP_STAMP: &str = "INSERT INTO knowledge_stamps (account_id, seq) VALUES ($1, 1) \
     ON CONFLICT (account_id) DO UPDATE SET seq = knowledge_stamps.seq + 1";

/// What an account's derived data (its vocabulary) is built from, as the
/// store says now: its knowledge stamp, which every change to its chunks
/// moves, and the roster's (`users::ROSTER_STAMP`), which every change to
/// the company's people moves (every vocabulary holds their names). Equal
/// stamps, same inputs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, sqlx::FromRow)]
pub struct Stamp {
    pub knowledge: i64,
    pub people: i64,
}

/// The stamp of one account's derived data: one statement, on every ask.
pub async fn stamp(db: &Db, account_id: &str) -> Result<Stamp, StoreError> {
    let sql = format!(
        "SELECT COALESCE((SELECT seq FROM knowledge_stamps WHERE account_id = $1), 0) AS knowledge, \
         {} ",
        crate::users::ROSTER_STAMP
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).fetch_one(pool).await?
    }))
}

/// Every account's knowledge stamp, as one read for the background
/// warm-up: the roster's stamp (with knowledge 0) and each account's
/// knowledge sequence; an account missing from the map has 0.
pub async fn stamps(db: &Db) -> Result<(Stamp, HashMap<String, i64>), StoreError> {
    let roster = format!(
        "SELECT CAST(0 AS BIGINT) AS knowledge, {}",
        crate::users::ROSTER_STAMP
    );
    Ok(with_db!(db, pool => {
        let roster: Stamp = sqlx::query_as(sqlx::AssertSqlSafe(roster)).fetch_one(pool).await?;
        let seqs: Vec<(String, i64)> = sqlx::query_as("SELECT account_id, seq FROM knowledge_stamps")
            .fetch_all(pool)
            .await?;
        (roster, seqs.into_iter().collect())
    }))
}

/// A knowledge version as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VersionRow {
    pub id: String,
    pub account_id: String,
    pub question_id: QuestionId,
    pub version: i64,
    pub interview_id: Option<String>,
    pub text: String,
    pub author_id: Option<String>,
    pub approved_by: Option<String>,
    pub approved_at: DateTime<Utc>,
    pub superseded_at: Option<DateTime<Utc>>,
}

const VERSION_COLUMNS: &str =
    "id, account_id, question_id, version, interview_id, text, author_id, \
     approved_by, approved_at, superseded_at";

/// The current (not superseded) versions of an account, by question.
pub async fn current_versions(db: &Db, account_id: &str) -> Result<Vec<VersionRow>, StoreError> {
    let sql = format!(
        "SELECT {VERSION_COLUMNS} FROM knowledge_versions \
         WHERE account_id = $1 AND superseded_at IS NULL ORDER BY question_id"
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).fetch_all(pool).await?
    }))
}

/// Every version of an account, oldest first: the record of what was said.
pub async fn all_versions(db: &Db, account_id: &str) -> Result<Vec<VersionRow>, StoreError> {
    let sql = format!(
        "SELECT {VERSION_COLUMNS} FROM knowledge_versions \
         WHERE account_id = $1 ORDER BY question_id, version"
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).fetch_all(pool).await?
    }))
}

/// A new version to lock, with its chunks.
pub struct NewVersion {
    pub id: String,
    pub question_id: QuestionId,
    pub text: String,
    pub author_id: Option<String>,
    pub drafts: Vec<Draft>,
}

/// Locks versions for an account in one transaction: each question's
/// current version is superseded (its chunks leave the index), the new one
/// becomes current with its chunks waiting to be indexed, and, when
/// `approve` names an interview in `expected_status`, that interview
/// becomes approved. An answer whose text is word for word the version in
/// force locks nothing new (its number is returned). Returns the version
/// numbers given.
pub async fn lock_versions(
    tx: &mut Tx,
    account_id: &str,
    interview_id: Option<&str>,
    approved_by: &str,
    versions: &[NewVersion],
) -> Result<Vec<i64>, KnowledgeError> {
    let now = Utc::now();
    let mut numbers = Vec::new();
    let mut locked = false;
    with_tx!(tx, conn => {
        for v in versions {
            let old: Vec<(String, String, i64)> = sqlx::query_as(
                "SELECT id, text, version FROM knowledge_versions \
                 WHERE account_id = $1 AND question_id = $2 AND superseded_at IS NULL",
            )
            .bind(account_id)
            .bind(v.question_id.as_str())
            .fetch_all(&mut **conn)
            .await?;
            // Approving a reopened interview again does not lock again
            // what is in force already, word for word.
            if let Some((_, _, same)) = old.iter().find(|(_, text, _)| *text == v.text) {
                numbers.push(*same);
                continue;
            }
            for (old_id, _, _) in &old {
                sqlx::query(
                    "INSERT INTO index_removals (point_id, queued_at) \
                     SELECT id, $2 FROM knowledge_chunks WHERE kind = 'interview' AND source_id = $1 \
                     ON CONFLICT (point_id) DO NOTHING",
                )
                .bind(old_id)
                .bind(now)
                .execute(&mut **conn)
                .await?;
                sqlx::query("DELETE FROM knowledge_chunks WHERE kind = 'interview' AND source_id = $1")
                    .bind(old_id)
                    .execute(&mut **conn)
                    .await?;
                sqlx::query("UPDATE knowledge_versions SET superseded_at = $2 WHERE id = $1")
                    .bind(old_id)
                    .bind(now)
                    .execute(&mut **conn)
                    .await?;
            }
            let (max,): (Option<i64>,) = sqlx::query_as(
                "SELECT MAX(version) FROM knowledge_versions WHERE account_id = $1 AND question_id = $2",
            )
            .bind(account_id)
            .bind(v.question_id.as_str())
            .fetch_one(&mut **conn)
            .await?;
            let number = max.unwrap_or(0) + 1;
            sqlx::query(
                "INSERT INTO knowledge_versions (id, account_id, question_id, version, interview_id, \
                 text, author_id, approved_by, approved_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(&v.id)
            .bind(account_id)
            .bind(v.question_id.as_str())
            .bind(number)
            .bind(interview_id)
            .bind(&v.text)
            .bind(&v.author_id)
            .bind(approved_by)
            .bind(now)
            .execute(&mut **conn)
            .await?;
            let drafts: Vec<Draft> = v
                .drafts
                .iter()
                .cloned()
                .map(|mut d| {
                    d.version = number;
                    d
                })
                .collect();
            let rows: Vec<(String, &Draft)> = drafts.iter().map(|d| (d.digest(), d)).collect();
            insert_chunks!(&*conn, &mut **conn, account_id, rows, now);
            numbers.push(number);
            locked = true;
        }
        if locked {
            sqlx::query(BUMP_STAMP).bind(account_id).execute(&mut **conn).await?;
        }
    });
    Ok(numbers)
}

/// How many bank questions each account has a current version for.
pub async fn captured_counts(db: &Db) -> Result<HashMap<String, i64>, StoreError> {
    let rows: Vec<(String, i64)> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT account_id, COUNT(*) FROM knowledge_versions WHERE superseded_at IS NULL \
             GROUP BY account_id",
        )
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().collect())
}

/// Makes an account's record chunks match `drafts`: chunks no longer drawn
/// from the record are deleted and queued for removal from the index, new
/// ones inserted to be indexed; unchanged ones stay as they are. Returns
/// (added, removed).
pub async fn sync_record_chunks(
    db: &Db,
    account_id: &str,
    drafts: &[Draft],
) -> Result<(usize, usize), StoreError> {
    let now = Utc::now();
    // Two instances drawing one account at once (a lease taken over while
    // its holder was stalled) take turns: on PostgreSQL the account's row
    // is locked first; SQLite's write transactions take turns already.
    let lock = crate::accounts::taking_turns(db.engine());
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query(lock).bind(account_id).execute(&mut *tx).await?;
        let existing: Vec<(String, String)> = sqlx::query_as(
            "SELECT id, digest FROM knowledge_chunks WHERE account_id = $1 AND kind <> 'interview'",
        )
        .bind(account_id)
        .fetch_all(&mut *tx)
        .await?;
        let wanted: HashMap<String, &Draft> = drafts.iter().map(|d| (d.digest(), d)).collect();
        let have: HashSet<&str> = existing.iter().map(|(_, d)| d.as_str()).collect();
        let stale: Vec<&str> = existing
            .iter()
            .filter(|(_, digest)| !wanted.contains_key(digest))
            .map(|(id, _)| id.as_str())
            .collect();
        let fresh: Vec<(&String, &&Draft)> =
            wanted.iter().filter(|(digest, _)| !have.contains(digest.as_str())).collect();
        for part in stale.chunks(BATCH) {
            let mut q = builder(pool, "INSERT INTO index_removals (point_id, queued_at) ");
            q.push_values(part, |mut b, id| {
                b.push_bind(*id).push_bind(now);
            });
            q.push(" ON CONFLICT (point_id) DO NOTHING");
            q.build().execute(&mut *tx).await?;
            let mut q = builder(pool, "DELETE FROM knowledge_chunks WHERE id IN (");
            let mut ids = q.separated(", ");
            for id in part {
                ids.push_bind(*id);
            }
            q.push(")");
            q.build().execute(&mut *tx).await?;
        }
        let rows: Vec<(String, &Draft)> = fresh.iter().map(|(digest, d)| ((*digest).clone(), **d)).collect();
        insert_chunks!(pool, &mut *tx, account_id, rows, now);
        if !stale.is_empty() || !fresh.is_empty() {
            sqlx::query(BUMP_STAMP).bind(account_id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok((fresh.len(), stale.len()))
    })
}

/// Which chunks the indexer takes next: those not yet in the index, or
/// those in it by their words only, waiting for their dense vector.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Waiting {
    /// Not yet indexed.
    Index,
    /// Indexed, not yet embedded.
    Embed,
}

impl Waiting {
    fn predicate(self) -> &'static str {
        match self {
            Waiting::Index => "NOT indexed",
            Waiting::Embed => "indexed AND NOT embedded",
        }
    }
}

/// A batch's claim on chunks: its token (`"{holder}/{batch}"`: the
/// instance's lease holder id, then the batch's own) and until when.
pub struct Claim<'a> {
    pub token: &'a str,
    pub now: DateTime<Utc>,
    pub until: DateTime<Utc>,
}

/// Claims up to `limit` chunks waiting for `what` that nobody has claimed
/// (or whose claim ran out before `claim.now`), oldest first, within
/// `account` when given; returns them. Of two instances claiming at once
/// each chunk goes to one: the claim is one conditional UPDATE, which
/// re-reads a row another claimer changed meanwhile and leaves it. On
/// PostgreSQL the rows are locked as they are chosen, skipping those
/// another claim holds: two claims that locked rows in different orders
/// deadlocked, and one of them failed (SQLite's writers take turns).
pub async fn claim_waiting(
    db: &Db,
    what: Waiting,
    account: Option<&str>,
    limit: usize,
    claim: &Claim<'_>,
) -> Result<Vec<ChunkRow>, StoreError> {
    let free = "(claimed_until IS NULL OR claimed_until < $2)";
    let pred = what.predicate();
    let lock = match db.engine() {
        crate::store::Engine::Postgres => " FOR UPDATE SKIP LOCKED",
        crate::store::Engine::Sqlite => "",
    };
    let sql = format!(
        "UPDATE knowledge_chunks SET claimed_until = $1, claimed_by = $5 WHERE id IN (\
         SELECT id FROM knowledge_chunks WHERE {pred} AND {free} \
         AND (CAST($3 AS TEXT) IS NULL OR account_id = $3) ORDER BY created_at, id LIMIT $4{lock}) \
         AND {pred} AND {free} RETURNING id"
    );
    let won: Vec<(String,)> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(claim.until)
            .bind(claim.now)
            .bind(account)
            .bind(limit as i64)
            .bind(claim.token)
            .fetch_all(pool)
            .await?
    });
    if won.is_empty() {
        return Ok(Vec::new());
    }
    Ok(with_db!(db, pool => {
        let mut q = builder(pool, &format!("SELECT {CHUNK_COLUMNS} FROM knowledge_chunks WHERE id IN ("));
        let mut list = q.separated(", ");
        for (id,) in &won {
            list.push_bind(id);
        }
        q.push(") ORDER BY created_at, id");
        q.build_query_as().fetch_all(pool).await?
    }))
}

/// Lets claims go, for anyone to take: those whose token starts with
/// `prefix` (one batch's token whose indexing failed; `"{holder}/"`, every
/// claim of an instance that stopped or died).
pub async fn release_claims(db: &Db, prefix: &str) -> Result<(), StoreError> {
    let pattern = format!("{}%", prefix.replace(['%', '_', '\\'], ""));
    with_db!(db, pool => {
        sqlx::query(
            "UPDATE knowledge_chunks SET claimed_until = NULL, claimed_by = NULL \
             WHERE claimed_by LIKE $1",
        )
        .bind(pattern)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Of `ids`, those a batch still holds by its `token` (its claim neither
/// ran out and was taken by another, nor was the chunk deleted).
pub async fn still_claimed(
    db: &Db,
    ids: &[String],
    token: &str,
) -> Result<HashSet<String>, StoreError> {
    chunks_among(db, ids, Some(token)).await
}

/// Whether an account has chunks waiting for `what`.
pub async fn has_waiting(db: &Db, what: Waiting, account_id: &str) -> Result<bool, StoreError> {
    let sql = format!(
        "SELECT id FROM knowledge_chunks WHERE account_id = $1 AND {} LIMIT 1",
        what.predicate()
    );
    let row: Option<(String,)> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(account_id)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.is_some())
}

/// Runs `{head} WHERE [{guard column} = guard value AND] {column} IN
/// (ids…)` over `ids`, in batches.
async fn for_ids(
    db: &Db,
    head: &str,
    guard: Option<(&str, &str)>,
    column: &str,
    ids: &[String],
) -> Result<(), StoreError> {
    with_db!(db, pool => {
        for part in ids.chunks(BATCH) {
            let mut q = builder(pool, head);
            q.push(" WHERE ");
            if let Some((guard, value)) = guard {
                q.push(guard).push(" = ").push_bind(value).push(" AND ");
            }
            q.push(column).push(" IN (");
            let mut list = q.separated(", ");
            for id in part {
                list.push_bind(id);
            }
            q.push(")");
            q.build().execute(pool).await?;
        }
    });
    Ok(())
}

/// Marks chunks as indexed (flushed to the index), with their dense
/// vector (`embedded`) or by their words only, and lets their claim go;
/// only those the batch `token` still holds.
pub async fn mark_indexed(
    db: &Db,
    ids: &[String],
    embedded: bool,
    token: &str,
) -> Result<(), StoreError> {
    let set = if embedded {
        "UPDATE knowledge_chunks SET indexed = TRUE, embedded = TRUE, claimed_until = NULL, \
         claimed_by = NULL"
    } else {
        "UPDATE knowledge_chunks SET indexed = TRUE, claimed_until = NULL, claimed_by = NULL"
    };
    for_ids(db, set, Some(("claimed_by", token)), "id", ids).await
}

/// Point ids waiting to leave the index.
pub async fn removals(db: &Db, limit: usize) -> Result<Vec<String>, StoreError> {
    let rows: Vec<(String,)> = with_db!(db, pool => {
        sqlx::query_as("SELECT point_id FROM index_removals ORDER BY queued_at LIMIT $1")
            .bind(limit as i64)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

pub async fn clear_removals(db: &Db, ids: &[String]) -> Result<(), StoreError> {
    for_ids(db, "DELETE FROM index_removals", None, "point_id", ids).await
}

/// Of `ids`, the chunks that still exist: a point the index returns but
/// the store no longer holds is stale and is never cited.
pub async fn live_chunks(db: &Db, ids: &[String]) -> Result<HashSet<String>, StoreError> {
    chunks_among(db, ids, None).await
}

/// Of `ids`, the chunks the store holds (and, given a token, that it
/// claims).
async fn chunks_among(
    db: &Db,
    ids: &[String],
    claimed_by: Option<&str>,
) -> Result<HashSet<String>, StoreError> {
    if ids.is_empty() {
        return Ok(HashSet::new());
    }
    let rows: Vec<(String,)> = with_db!(db, pool => {
        let mut q = builder(pool, "SELECT id FROM knowledge_chunks WHERE ");
        if let Some(token) = claimed_by {
            q.push("claimed_by = ").push_bind(token).push(" AND ");
        }
        q.push("id IN (");
        let mut list = q.separated(", ");
        for id in ids {
            list.push_bind(id);
        }
        q.push(")");
        q.build_query_as().fetch_all(pool).await?
    });
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// A chunk of a source, as an excerpt is cut from it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SourceChunk {
    pub id: String,
    pub kind: SourceKind,
    pub source_id: String,
    pub pos: i64,
    pub text: String,
}

/// Every chunk the store holds of the given sources of one account, in
/// each source's order: what tells a retrieved point live, and what an
/// excerpt is cut from.
pub async fn source_chunks(
    db: &Db,
    account_id: &str,
    source_ids: &[&str],
) -> Result<Vec<SourceChunk>, StoreError> {
    if source_ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(with_db!(db, pool => {
        let mut q = builder(
            pool,
            "SELECT id, kind, source_id, pos, text FROM knowledge_chunks WHERE account_id = ",
        );
        q.push_bind(account_id);
        q.push(" AND source_id IN (");
        let mut list = q.separated(", ");
        for id in source_ids {
            list.push_bind(*id);
        }
        q.push(") ORDER BY kind, source_id, pos");
        q.build_query_as().fetch_all(pool).await?
    }))
}

/// Accounts that have chunks.
pub async fn accounts_with_chunks(db: &Db) -> Result<Vec<String>, StoreError> {
    let rows: Vec<(String,)> = with_db!(db, pool => {
        sqlx::query_as("SELECT DISTINCT account_id FROM knowledge_chunks ORDER BY account_id")
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The header and text of every chunk of an account (its vocabulary).
pub async fn account_texts(db: &Db, account_id: &str) -> Result<Vec<(String, String)>, StoreError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as("SELECT header, text FROM knowledge_chunks WHERE account_id = $1")
            .bind(account_id)
            .fetch_all(pool)
            .await?
    }))
}

/// Every chunk of an account (the brief reads the record through them).
pub async fn account_chunks(db: &Db, account_id: &str) -> Result<Vec<ChunkRow>, StoreError> {
    let sql = format!(
        "SELECT {CHUNK_COLUMNS} FROM knowledge_chunks WHERE account_id = $1 ORDER BY kind, source_id, pos"
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account_id).fetch_all(pool).await?
    }))
}

/// Counts for the index status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub chunks: i64,
    /// Not yet indexed.
    pub pending: i64,
    /// Indexed by their words, waiting for their dense vector.
    pub unembedded: i64,
    /// Points waiting to leave the index.
    pub removals: i64,
}

pub async fn counts(db: &Db) -> Result<Counts, StoreError> {
    Ok(with_db!(db, pool => {
        let (chunks, pending, unembedded): (i64, i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), \
                    COALESCE(SUM(CASE WHEN indexed THEN 0 ELSE 1 END), 0), \
                    COALESCE(SUM(CASE WHEN indexed AND NOT embedded THEN 1 ELSE 0 END), 0) \
             FROM knowledge_chunks",
        )
        .fetch_one(pool)
        .await?;
        let (removals,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM index_removals").fetch_one(pool).await?;
        Counts { chunks, pending, unembedded, removals }
    }))
}

pub async fn state(db: &Db, key: &str) -> Result<Option<String>, StoreError> {
    let row: Option<(String,)> = with_db!(db, pool => {
        sqlx::query_as("SELECT value FROM knowledge_state WHERE key = $1")
            .bind(key)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(|(v,)| v))
}

pub async fn set_state(db: &Db, key: &str, value: &str) -> Result<(), StoreError> {
    with_db!(db, pool => {
        sqlx::query(
            "INSERT INTO knowledge_state (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Every chunk back to "not indexed", removals forgotten: the index is
/// about to be rebuilt from scratch.
pub async fn reset_index_state(db: &Db) -> Result<(), StoreError> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query("UPDATE knowledge_chunks SET indexed = FALSE, embedded = FALSE, claimed_until = NULL, claimed_by = NULL")
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM index_removals").execute(&mut *tx).await?;
        tx.commit().await?;
    });
    Ok(())
}

/// A source an answer cited, as the ask log keeps it.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
pub struct CitedSource {
    pub n: usize,
    pub kind: SourceKind,
    /// The record item's id, or the knowledge version's id.
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub question_id: Option<QuestionId>,
}

impl From<&super::ask::Citation> for CitedSource {
    fn from(c: &super::ask::Citation) -> Self {
        CitedSource {
            n: c.n,
            kind: c.kind,
            id: c.id.clone(),
            question_id: c.question_id,
        }
    }
}

/// The sources an answer cited, stored as JSON text and read back through
/// `TryFrom` at the row.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Citations(pub Vec<CitedSource>);

impl TryFrom<String> for Citations {
    type Error = serde_json::Error;
    fn try_from(raw: String) -> Result<Self, Self::Error> {
        serde_json::from_str(&raw).map(Citations)
    }
}

/// One logged question.
pub struct AskedRow<'a> {
    pub account_id: &'a str,
    pub asked_by: &'a str,
    pub question: &'a str,
    pub abstained: bool,
    pub answered_by: AnsweredBy,
    pub citations: Vec<CitedSource>,
    pub confidence: f32,
}

pub async fn log_question(db: &Db, row: AskedRow<'_>) -> Result<String, StoreError> {
    let id = uuid::Uuid::new_v4().to_string();
    with_db!(db, pool => {
        sqlx::query(
            "INSERT INTO asked_questions (id, account_id, asked_by, asked_at, question, abstained, \
             answered_by, citations, confidence) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(&id)
        .bind(row.account_id)
        .bind(row.asked_by)
        .bind(Utc::now())
        .bind(row.question)
        .bind(row.abstained)
        .bind(row.answered_by.as_str())
        .bind(serde_json::to_string(&row.citations).map_err(|e| StoreError::Corrupt(e.to_string()))?)
        .bind(f64::from(row.confidence))
        .execute(pool)
        .await?;
    });
    let asker = crate::users::UserId::parse(row.asked_by).ok();
    let entry = crate::audit::Entry {
        at: Utc::now(),
        actor: asker.as_ref(),
        kind: crate::audit::AuditKind::QuestionAsked,
        account_id: Some(row.account_id),
        subject: None,
        detail: serde_json::json!({
            "asked_question_id": id,
            "abstained": row.abstained,
            "answered_by": row.answered_by.as_str(),
        }),
    };
    crate::audit::record_now(db, &entry).await?;
    Ok(id)
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AskedQuestionRow {
    pub id: String,
    pub asked_by: String,
    pub asked_by_name: String,
    pub asked_at: DateTime<Utc>,
    pub question: String,
    pub abstained: bool,
    pub answered_by: AnsweredBy,
    #[sqlx(try_from = "String")]
    pub citations: Citations,
    pub confidence: f64,
    /// Still waiting: see [`still_open`].
    pub open: bool,
    pub sent_back_at: Option<DateTime<Utc>>,
    pub sent_back_by: Option<String>,
    /// The interview it was sent back into, and when the owner answered.
    pub sent_back_interview_id: Option<String>,
    pub owner_answered_at: Option<DateTime<Utc>>,
}

/// SQL true while the question asked (`asked_questions` aliased `q`) is
/// open: the clone could not answer it, its owner has not answered it in
/// the interview it was sent back into, and no knowledge was approved for
/// the account since it was asked.
pub(crate) fn still_open(q: &str) -> String {
    format!(
        "({q}.abstained AND NOT {answered} \
         AND NOT EXISTS (SELECT 1 FROM knowledge_versions kv \
         WHERE kv.account_id = {q}.account_id AND kv.approved_at > {q}.asked_at))",
        answered = crate::interviews::turn_answered(&format!("{q}.sent_back_turn_id"))
    )
}

/// SQL selecting, as events (account_id, who, at, abstained, open), the
/// questions asked of the clones of the accounts `accounts` selects at or
/// after `since`, by who asked.
pub(crate) fn question_events(accounts: &str, since: &str) -> String {
    format!(
        "SELECT q.account_id, q.asked_by AS who, q.asked_at AS at, q.abstained, {} AS open \
         FROM asked_questions q WHERE q.account_id IN ({accounts}) AND q.asked_at >= {since}",
        still_open("q")
    )
}

/// SQL for the successor's words sent back as the interview turn whose id
/// is `turn_column` (NULL for any other turn).
pub(crate) fn successor_question(turn_column: &str) -> String {
    format!(
        "(SELECT sq.question FROM asked_questions sq WHERE sq.sent_back_turn_id = {turn_column})"
    )
}

/// The questions asked of an account, newest first; only the open ones
/// (see [`still_open`]) when `open_only`.
pub async fn asked_questions(
    db: &Db,
    account_id: &str,
    open_only: bool,
    limit: usize,
) -> Result<Vec<AskedQuestionRow>, StoreError> {
    let sql = format!(
        "SELECT q.id, q.asked_by, {name} AS asked_by_name, q.asked_at, q.question, q.abstained, \
         q.answered_by, q.citations, q.confidence, {open} AS open, q.sent_back_at, q.sent_back_by, \
         {interview} AS sent_back_interview_id, {answered_at} AS owner_answered_at \
         FROM asked_questions q \
         WHERE q.account_id = $1 AND ({open} OR NOT $2) \
         ORDER BY q.asked_at DESC, q.id LIMIT $3",
        name = crate::users::name_of("q.asked_by"),
        open = still_open("q"),
        interview = crate::interviews::turn_interview("q.sent_back_turn_id"),
        answered_at = crate::interviews::turn_answered_at("q.sent_back_turn_id"),
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(account_id)
        .bind(open_only)
        .bind(limit as i64)
        .fetch_all(pool)
        .await?
    }))
}

/// Knowledge figures per account: `captured` (1 when approved knowledge
/// is in force) and `open_questions` (questions asked of its clone that are
/// still open, see [`still_open`]: what its successor still waits to
/// learn).
pub(crate) fn figures() -> [Figures; 2] {
    [
        Figures {
            by: FigureKey::Account,
            sql: "SELECT kv.account_id AS key_id, 1 AS captured FROM knowledge_versions kv \
                  WHERE kv.superseded_at IS NULL GROUP BY kv.account_id"
                .to_string(),
            columns: &["captured"],
        },
        Figures {
            by: FigureKey::Account,
            sql: format!(
                "SELECT q.account_id AS key_id, COUNT(*) AS open_questions FROM asked_questions q \
                 WHERE {} GROUP BY q.account_id",
                still_open("q")
            ),
            columns: &["open_questions"],
        },
    ]
}

/// An asked question as sending it back needs it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AskedForSendBack {
    pub question: String,
    pub asked_by_name: String,
    pub open: bool,
    pub sent_back: bool,
}

/// The question `id` asked of the clone of `account_id`, if there is one.
pub async fn asked_question(
    db: &Db,
    account_id: &str,
    id: &str,
) -> Result<Option<AskedForSendBack>, StoreError> {
    let sql = format!(
        "SELECT q.question, {} AS asked_by_name, {} AS open, \
         q.sent_back_turn_id IS NOT NULL AS sent_back \
         FROM asked_questions q WHERE q.account_id = $1 AND q.id = $2",
        crate::users::name_of("q.asked_by"),
        still_open("q")
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(account_id)
            .bind(id)
            .fetch_optional(pool)
            .await?
    }))
}

/// Links an asked question to the turn that sends it back, inside the
/// caller's transaction; false when it was sent back meanwhile.
pub(crate) async fn mark_sent_back(
    tx: &mut Tx,
    id: &str,
    turn_id: &str,
    by: &str,
    at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let changed = with_tx!(tx, conn => {
        sqlx::query(
            "UPDATE asked_questions SET sent_back_turn_id = $2, sent_back_by = $3, sent_back_at = $4 \
             WHERE id = $1 AND sent_back_turn_id IS NULL",
        )
        .bind(id)
        .bind(turn_id)
        .bind(by)
        .bind(at)
        .execute(&mut **conn)
        .await?
        .rows_affected()
    });
    Ok(changed == 1)
}
