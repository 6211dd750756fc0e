//! The interview tables: interviews, their turns, answer versions and facts.

use chrono::{DateTime, NaiveDate, Utc};

use super::facts::{DraftFact, FactData};
use super::walk::RecordContext;
use super::{
    AnswerVersion, ExtractionStatus, Fact, InterviewError, InterviewStatus, NextPrompt, PhrasedBy,
    Turn, TurnKind,
};
use crate::access::Scope;
use crate::accounts::AccountId;
use crate::bank::{QuestionId, Tier};
use crate::store::{BeginWrite, Db, StoreError};
use crate::with_db;

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

/// An interview's own row, parsed.
#[derive(Debug, Clone)]
pub(super) struct InterviewRow {
    pub id: String,
    pub departure_id: String,
    pub account_id: AccountId,
    pub account_name: String,
    pub owner_id: String,
    pub tier: Tier,
    pub status: InterviewStatus,
    pub planned: Vec<QuestionId>,
    pub max_follow_ups: u8,
    pub due_date: NaiveDate,
    pub started_at: Option<DateTime<Utc>>,
    pub submitted_at: Option<DateTime<Utc>>,
    pub fell_back: bool,
}

#[derive(sqlx::FromRow)]
struct RawInterview {
    id: String,
    departure_id: String,
    account_id: String,
    account_name: String,
    owner_id: String,
    tier: String,
    status: String,
    planned_questions: String,
    max_follow_ups: i64,
    due_date: NaiveDate,
    started_at: Option<DateTime<Utc>>,
    submitted_at: Option<DateTime<Utc>>,
    fell_back: bool,
}

impl TryFrom<RawInterview> for InterviewRow {
    type Error = StoreError;
    fn try_from(r: RawInterview) -> Result<Self, StoreError> {
        let bad = |what: &str| corrupt(format!("interview {}: {what}", r.id));
        let planned: Vec<String> =
            serde_json::from_str(&r.planned_questions).map_err(|_| bad("planned_questions"))?;
        Ok(InterviewRow {
            account_id: AccountId::parse(&r.account_id).map_err(|_| bad("account"))?,
            tier: Tier::parse(&r.tier).ok_or_else(|| bad("tier"))?,
            status: InterviewStatus::parse(&r.status).ok_or_else(|| bad("status"))?,
            planned: planned
                .iter()
                .map(|q| QuestionId::parse(q).ok_or_else(|| bad("planned question")))
                .collect::<Result<_, _>>()?,
            max_follow_ups: u8::try_from(r.max_follow_ups).map_err(|_| bad("max_follow_ups"))?,
            id: r.id,
            departure_id: r.departure_id,
            account_name: r.account_name,
            owner_id: r.owner_id,
            due_date: r.due_date,
            started_at: r.started_at,
            submitted_at: r.submitted_at,
            fell_back: r.fell_back,
        })
    }
}

/// An interview the caller may see: one of a user they may see (the owner
/// themself, their manager chain, admins). Otherwise not found.
pub(super) async fn get_visible(
    db: &Db,
    scope: &Scope,
    id: &str,
) -> Result<InterviewRow, InterviewError> {
    let sql = format!(
        "SELECT i.id, i.departure_id, i.account_id, a.name AS account_name, i.owner_id, i.tier, \
         i.status, i.planned_questions, i.max_follow_ups, i.due_date, i.started_at, i.submitted_at, \
         i.fell_back \
         FROM interviews i JOIN accounts a ON a.id = i.account_id JOIN users u ON u.id = i.owner_id \
         WHERE i.id = $3 AND {}",
        Scope::user_visible("u")
    );
    let row: Option<RawInterview> = with_db!(db, pool => {
        scope.query_as(sql).bind(id).fetch_optional(pool).await?
    });
    Ok(row.ok_or(InterviewError::NotFound)?.try_into()?)
}

#[derive(sqlx::FromRow)]
struct TurnRow {
    id: String,
    seq: i64,
    kind: String,
    question_id: String,
    prompt_text: String,
    record_context: String,
    phrased_by: String,
    fallback_reason: Option<String>,
    created_at: DateTime<Utc>,
    answer_text: Option<String>,
    answered_by: Option<String>,
    answered_at: Option<DateTime<Utc>>,
    skipped_at: Option<DateTime<Utc>>,
    extraction: String,
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    turn_id: String,
    version: i64,
    text: String,
    written_by: Option<String>,
    written_at: DateTime<Utc>,
}

/// Every turn, in order, with the earlier versions of edited answers.
pub(super) async fn turns(db: &Db, interview_id: &str) -> Result<Vec<Turn>, InterviewError> {
    let (rows, versions): (Vec<TurnRow>, Vec<VersionRow>) = with_db!(db, pool => {
        let rows = sqlx::query_as(
            "SELECT id, seq, kind, question_id, prompt_text, record_context, phrased_by, fallback_reason, \
             created_at, answer_text, answered_by, answered_at, skipped_at, extraction \
             FROM interview_turns WHERE interview_id = $1 ORDER BY seq",
        )
        .bind(interview_id)
        .fetch_all(pool)
        .await?;
        let versions = sqlx::query_as(
            "SELECT v.turn_id, v.version, v.text, v.written_by, v.written_at FROM answer_versions v \
             JOIN interview_turns t ON t.id = v.turn_id WHERE t.interview_id = $1 ORDER BY v.version",
        )
        .bind(interview_id)
        .fetch_all(pool)
        .await?;
        (rows, versions)
    });
    rows.into_iter()
        .map(|r| {
            let bad = |what: &str| corrupt(format!("turn {}: {what}", r.id));
            Ok(Turn {
                kind: TurnKind::parse(&r.kind).ok_or_else(|| bad("kind"))?,
                question_id: QuestionId::parse(&r.question_id).ok_or_else(|| bad("question"))?,
                record_context: serde_json::from_str(&r.record_context)
                    .map_err(|_| bad("record_context"))?,
                phrased_by: PhrasedBy::parse(&r.phrased_by).ok_or_else(|| bad("phrased_by"))?,
                extraction: ExtractionStatus::parse(&r.extraction)
                    .ok_or_else(|| bad("extraction"))?,
                earlier_versions: versions
                    .iter()
                    .filter(|v| v.turn_id == r.id)
                    .map(|v| AnswerVersion {
                        version: v.version,
                        text: v.text.clone(),
                        written_by: v.written_by.clone(),
                        written_at: v.written_at,
                    })
                    .collect(),
                skipped: r.skipped_at.is_some(),
                id: r.id,
                seq: r.seq,
                prompt_text: r.prompt_text,
                fallback_reason: r.fallback_reason,
                created_at: r.created_at,
                answer_text: r.answer_text,
                answered_by: r.answered_by,
                answered_at: r.answered_at,
            })
        })
        .collect::<Result<_, StoreError>>()
        .map_err(InterviewError::from)
}

fn context_json(context: &RecordContext) -> String {
    serde_json::to_string(context)
        .unwrap_or_else(|_| "{\"items\":[],\"tokens\":0,\"truncated\":false}".into())
}

/// Stores the next prompt at `seq`. When another request stored one there
/// first, theirs stands.
pub(super) async fn insert_prompt(
    db: &Db,
    interview_id: &str,
    seq: i64,
    next: &NextPrompt,
) -> Result<(), InterviewError> {
    let id = uuid::Uuid::new_v4().to_string();
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query(
            "INSERT INTO interview_turns (id, interview_id, seq, kind, question_id, prompt_text, \
             record_context, phrased_by, fallback_reason, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (interview_id, seq) DO NOTHING",
        )
        .bind(&id)
        .bind(interview_id)
        .bind(seq)
        .bind(next.kind.as_str())
        .bind(next.question_id.as_str())
        .bind(&next.text)
        .bind(context_json(&next.context))
        .bind(next.phrased_by.as_str())
        .bind(&next.fallback_reason)
        .bind(Utc::now())
        .execute(&mut *tx)
        .await?;
        if next.phrased_by == PhrasedBy::Fallback {
            sqlx::query("UPDATE interviews SET fell_back = TRUE WHERE id = $1")
                .bind(interview_id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    });
    Ok(())
}

const START: &str =
    "UPDATE interviews SET status = 'in_progress', started_at = COALESCE(started_at, $2) \
     WHERE id = $1 AND status IN ('planned', 'in_progress')";

/// How the pending turn is closed.
pub(super) enum Closing<'a> {
    Answer { text: &'a str, by: &'a str },
    Skip,
}

/// Closes the pending turn (answered or skipped) and marks the interview
/// started, in one transaction. Fails with a conflict if the turn was
/// closed, or the interview submitted, meanwhile.
pub(super) async fn close_pending(
    db: &Db,
    interview_id: &str,
    turn_id: &str,
    closing: Closing<'_>,
) -> Result<(), InterviewError> {
    let now = Utc::now();
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let started = sqlx::query(START).bind(interview_id).bind(now).execute(&mut *tx).await?;
        let closed = match closing {
            Closing::Answer { text, by } => sqlx::query(
                "UPDATE interview_turns SET answer_text = $2, answered_by = $3, answered_at = $4, \
                 extraction = 'pending' WHERE id = $1 AND answer_text IS NULL AND skipped_at IS NULL",
            )
            .bind(turn_id)
            .bind(text)
            .bind(by)
            .bind(now),
            Closing::Skip => sqlx::query(
                "UPDATE interview_turns SET skipped_at = $2, extraction = 'none' \
                 WHERE id = $1 AND answer_text IS NULL AND skipped_at IS NULL",
            )
            .bind(turn_id)
            .bind(now),
        }
        .execute(&mut *tx)
        .await?;
        if started.rows_affected() == 0 || closed.rows_affected() == 0 {
            return Err(InterviewError::Conflict);
        }
        tx.commit().await?;
    });
    Ok(())
}

/// Stores a volunteered answer as a turn of its own; returns its id.
pub(super) async fn record_volunteered(
    db: &Db,
    interview_id: &str,
    seq: i64,
    question: QuestionId,
    question_text: &str,
    text: &str,
    by: &str,
) -> Result<String, InterviewError> {
    let id = uuid::Uuid::new_v4().to_string();
    let now = Utc::now();
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let started = sqlx::query(START).bind(interview_id).bind(now).execute(&mut *tx).await?;
        if started.rows_affected() == 0 {
            return Err(InterviewError::Conflict);
        }
        let inserted = sqlx::query(
            "INSERT INTO interview_turns (id, interview_id, seq, kind, question_id, prompt_text, \
             record_context, phrased_by, created_at, answer_text, answered_by, answered_at) \
             VALUES ($1, $2, $3, 'volunteered', $4, $5, $6, 'template', $7, $8, $9, $7) \
             ON CONFLICT (interview_id, seq) DO NOTHING",
        )
        .bind(&id)
        .bind(interview_id)
        .bind(seq)
        .bind(question.as_str())
        .bind(question_text)
        .bind(context_json(&RecordContext::default()))
        .bind(now)
        .bind(text)
        .bind(by)
        .execute(&mut *tx)
        .await?;
        if inserted.rows_affected() == 0 {
            return Err(InterviewError::Conflict);
        }
        tx.commit().await?;
    });
    Ok(id)
}

/// Replaces an answer's text, keeping the earlier one as a version.
/// Claims an interview's row inside a write transaction, provided it is in
/// the given status (`$1` id, `$2` status): locked on PostgreSQL until the
/// commit, so a second writer of the interview waits; no row, no claim.
const CLAIM_IN_STATUS: &str = "UPDATE interviews SET status = status WHERE id = $1 AND status = $2";

/// Replaces an answer, keeping the old text as a version, provided the
/// interview is still in the state the edit was allowed in: the interview's
/// row is claimed first (locked on PostgreSQL until the commit), so a
/// submission or an approval either lands before the edit (which then
/// answers 409) or waits for it, never in between.
pub(super) async fn edit_answer(
    db: &Db,
    turn: &Turn,
    text: &str,
    by: &str,
    interview: &InterviewRow,
) -> Result<(), InterviewError> {
    let old = turn
        .answer_text
        .as_deref()
        .ok_or(InterviewError::Conflict)?;

    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let still = sqlx::query(CLAIM_IN_STATUS)
            .bind(&interview.id)
            .bind(interview.status.as_str())
            .execute(&mut *tx)
            .await?;
        if still.rows_affected() == 0 {
            return Err(InterviewError::Conflict);
        }
        let now = Utc::now();
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM answer_versions WHERE turn_id = $1")
            .bind(&turn.id)
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO answer_versions (id, turn_id, version, text, written_by, written_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(&turn.id)
        .bind(count + 1)
        .bind(old)
        .bind(&turn.answered_by)
        .bind(turn.answered_at.unwrap_or(now))
        .execute(&mut *tx)
        .await?;
        let updated = sqlx::query(
            "UPDATE interview_turns SET answer_text = $2, answered_by = $3, answered_at = $4, \
             extraction = 'pending' WHERE id = $1 AND answer_text = $5",
        )
        .bind(&turn.id)
        .bind(text)
        .bind(by)
        .bind(now)
        .bind(old)
        .execute(&mut *tx)
        .await?;
        if updated.rows_affected() == 0 {
            return Err(InterviewError::Conflict);
        }
        tx.commit().await?;
    });
    Ok(())
}

/// Replaces the facts drawn from one turn and records the extraction done.
pub(super) async fn replace_facts(
    db: &Db,
    interview_id: &str,
    turn_id: &str,
    facts: &[DraftFact],
    extracted_by: &str,
) -> Result<(), InterviewError> {
    let now = Utc::now();
    let status = if facts.is_empty() {
        ExtractionStatus::None
    } else {
        ExtractionStatus::Done
    };
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query("DELETE FROM interview_facts WHERE turn_id = $1")
            .bind(turn_id)
            .execute(&mut *tx)
            .await?;
        for (pos, f) in facts.iter().enumerate() {
            sqlx::query(
                "INSERT INTO interview_facts (id, interview_id, turn_id, pos, kind, data, source_text, \
                 extracted_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(interview_id)
            .bind(turn_id)
            .bind(pos as i64)
            .bind(f.kind().as_str())
            .bind(f.fact.data_json())
            .bind(&f.source_text)
            .bind(extracted_by)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        sqlx::query("UPDATE interview_turns SET extraction = $2 WHERE id = $1")
            .bind(turn_id)
            .bind(status.as_str())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    });
    Ok(())
}

#[derive(sqlx::FromRow)]
struct FactRow {
    id: String,
    turn_id: String,
    question_id: String,
    kind: String,
    data: String,
    source_text: String,
    extracted_by: String,
}

pub(super) async fn facts(db: &Db, interview_id: &str) -> Result<Vec<Fact>, InterviewError> {
    let rows: Vec<FactRow> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT f.id, f.turn_id, t.question_id, f.kind, f.data, f.source_text, f.extracted_by \
             FROM interview_facts f JOIN interview_turns t ON t.id = f.turn_id \
             WHERE f.interview_id = $1 ORDER BY t.seq, f.pos",
        )
        .bind(interview_id)
        .fetch_all(pool)
        .await?
    });
    rows.into_iter()
        .map(|r| {
            let bad = |what: &str| corrupt(format!("fact {}: {what}", r.id));
            Ok(Fact {
                question_id: QuestionId::parse(&r.question_id).ok_or_else(|| bad("question"))?,
                fact: FactData::from_columns(&r.kind, &r.data).map_err(|_| bad("data"))?,
                id: r.id,
                turn_id: r.turn_id,
                source_text: r.source_text,
                extracted_by: r.extracted_by,
            })
        })
        .collect::<Result<_, StoreError>>()
        .map_err(InterviewError::from)
}

/// Records that the model's extraction failed the schema twice.
pub(super) async fn mark_not_extracted(db: &Db, turn_id: &str) -> Result<(), InterviewError> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        sqlx::query("DELETE FROM interview_facts WHERE turn_id = $1")
            .bind(turn_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("UPDATE interview_turns SET extraction = 'not_extracted' WHERE id = $1")
            .bind(turn_id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    });
    Ok(())
}

pub(super) async fn submit(db: &Db, interview_id: &str) -> Result<(), InterviewError> {
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        // The row first (an edit in flight finishes before), then the
        // time: submitted_at follows every write that came before it.
        let held = sqlx::query(CLAIM_IN_STATUS)
            .bind(interview_id)
            .bind(InterviewStatus::InProgress.as_str())
            .execute(&mut *tx)
            .await?;
        if held.rows_affected() == 0 {
            return Err(InterviewError::Conflict);
        }
        sqlx::query("UPDATE interviews SET status = 'submitted', submitted_at = $2 WHERE id = $1")
            .bind(interview_id)
            .bind(Utc::now())
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    });
    Ok(())
}

/// Names of the company's own people: not to be mistaken for unknown
/// people at the customer.
pub(super) async fn known_names(db: &Db) -> Result<Vec<String>, InterviewError> {
    let rows: Vec<(String,)> = with_db!(db, pool => {
        sqlx::query_as("SELECT name FROM users").fetch_all(pool).await?
    });
    Ok(rows.into_iter().map(|(n,)| n).collect())
}

/// The names of the company's people this account involves: its owner,
/// the authors of its activities, everyone in its ownership history, and
/// the successor named for its owner. What a prompt about the account may
/// name besides its contacts: never the whole company.
pub(super) async fn account_people(
    db: &Db,
    account_id: &AccountId,
) -> Result<Vec<String>, InterviewError> {
    let rows: Vec<(String,)> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT name FROM users WHERE id IN ( \
                 SELECT owner_id FROM accounts WHERE id = $1 \
                 UNION SELECT author_id FROM activities WHERE account_id = $1 \
                 UNION SELECT from_user_id FROM ownership_changes WHERE account_id = $1 \
                 UNION SELECT to_user_id FROM ownership_changes WHERE account_id = $1 \
                 UNION SELECT d.successor_id FROM departures d JOIN accounts a ON a.owner_id = d.user_id \
                       WHERE a.id = $1 AND d.status = 'open') \
             ORDER BY name",
        )
        .bind(account_id.as_str())
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(|(n,)| n).collect())
}

/// The owner of an interview, as a caller.
pub(super) async fn owner_scope(db: &Db, id: &str) -> Result<Scope, InterviewError> {
    let row: Option<(String, String, String)> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT u.id, u.role, u.name FROM interviews i JOIN users u ON u.id = i.owner_id WHERE i.id = $1",
        )
        .bind(id)
        .fetch_optional(pool)
        .await?
    });
    let (user, role, name) = row.ok_or(InterviewError::NotFound)?;
    let bad = || corrupt(format!("interview {id}: owner"));
    Ok(Scope::new(
        crate::users::UserId::parse(&user).map_err(|_| bad())?,
        crate::users::Role::parse(&role).ok_or_else(bad)?,
        name,
        "cli".into(),
    ))
}

#[derive(sqlx::FromRow)]
struct CapturedRow {
    id: String,
    question_id: String,
    version: i64,
    text: String,
    approved_at: DateTime<Utc>,
}

/// What earlier interviews of the account locked and is still current:
/// the next interview starts from it. Versions locked by `interview_id`
/// itself (an approved interview being read) do not count.
pub(super) async fn captured(
    db: &Db,
    account_id: &AccountId,
    interview_id: &str,
) -> Result<Vec<super::Captured>, InterviewError> {
    let rows: Vec<CapturedRow> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT id, question_id, version, text, approved_at FROM knowledge_versions \
             WHERE account_id = $1 AND superseded_at IS NULL \
             AND (interview_id IS NULL OR interview_id <> $2) ORDER BY question_id",
        )
        .bind(account_id.as_str())
        .bind(interview_id)
        .fetch_all(pool)
        .await?
    });
    rows.into_iter()
        .map(|r| {
            Ok(super::Captured {
                question_id: QuestionId::parse(&r.question_id)
                    .ok_or_else(|| corrupt(format!("knowledge version {}: question", r.id)))?,
                version_id: r.id,
                version: r.version,
                text: r.text,
                approved_at: r.approved_at,
            })
        })
        .collect::<Result<_, StoreError>>()
        .map_err(InterviewError::from)
}
