//! The interview tables: interviews, their turns, answer versions and facts.

use chrono::{DateTime, NaiveDate, Utc};

use super::facts::{DraftFact, FactData};
use super::walk::RecordContext;
use super::{
    AnswerVersion, ExtractionStatus, Fact, InterviewError, InterviewStatus, NextPrompt, PhrasedBy,
    Turn, TurnKind,
};
use crate::access::{Scope, Via};
use crate::accounts::AccountId;
use crate::bank::{QuestionId, Tier};
use crate::departures::{InterviewPlan, PlannedInterview, RaiseReason};
use crate::store::{BeginWrite, Db, StoreError, Tx};
use crate::users::UserId;
use crate::{with_db, with_tx};

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

/// The columns of [`RawInterview`], from `interviews i`.
fn interview_select() -> String {
    format!(
        "SELECT i.id, i.departure_id, i.account_id, {} AS account_name, i.owner_id, i.tier, \
         i.status, i.planned_questions, i.max_follow_ups, i.due_date, i.started_at, i.submitted_at, \
         i.fell_back FROM interviews i",
        crate::accounts::name_of("i.account_id")
    )
}

/// An interview the caller may see: one of a user they may see (the owner
/// themself, their manager chain, admins). Otherwise not found.
pub(super) async fn get_visible(
    db: &Db,
    scope: &Scope,
    id: &str,
) -> Result<InterviewRow, InterviewError> {
    let sql = format!(
        "{} WHERE i.id = $3 AND {}",
        interview_select(),
        Scope::user_visible("i.owner_id")
    );
    let row: Option<RawInterview> = with_db!(db, pool => {
        scope.query_as(sql).bind(id).fetch_optional(pool).await?
    });
    Ok(row.ok_or(InterviewError::NotFound)?.try_into()?)
}

/// An interview's row, whoever asks: for the service's own work (drawing
/// the facts of an answer a crash left without them).
pub(super) async fn get(db: &Db, id: &str) -> Result<InterviewRow, InterviewError> {
    let sql = format!("{} WHERE i.id = $1", interview_select());
    let row: Option<RawInterview> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(pool).await?
    });
    Ok(row.ok_or(InterviewError::NotFound)?.try_into()?)
}

/// An answer whose facts a worker has claimed: its lease runs until the
/// `due` the claim set, renewed while the work goes on.
#[derive(Debug, Clone, sqlx::FromRow)]
pub(super) struct ExtractionJob {
    pub interview_id: String,
    pub turn_id: String,
    pub question_id: QuestionId,
    pub answer_text: String,
    /// Attempts so far, this one included.
    pub attempts: i64,
}

impl ExtractionJob {
    /// Which job this is: its turn, and the answer it draws from.
    pub fn key(&self) -> (String, String) {
        (self.turn_id.clone(), self.answer_text.clone())
    }
}

/// A due extraction is pending and unclaimed, or its lease or backoff ran out.
const DUE: &str = "extraction = 'pending' AND answer_text IS NOT NULL \
     AND (extraction_due_at IS NULL OR extraction_due_at <= $1)";

/// Claims up to `limit` due extractions for `holder`, oldest answer first,
/// until `lease_until`. Each claim is one conditional update, so of two
/// workers (two instances on one store) only one gets a job.
pub(super) async fn claim_extractions(
    db: &Db,
    holder: &str,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    limit: usize,
) -> Result<Vec<ExtractionJob>, InterviewError> {
    let select = format!(
        "SELECT interview_id, id AS turn_id, question_id, answer_text, extraction_attempts + 1 AS attempts \
         FROM interview_turns WHERE {DUE} ORDER BY answered_at, seq LIMIT $2"
    );
    let claim = format!(
        "UPDATE interview_turns SET extraction_due_at = $2, extraction_held_by = $5, \
         extraction_attempts = extraction_attempts + 1 \
         WHERE id = $3 AND answer_text = $4 AND {DUE}"
    );
    let due: Vec<ExtractionJob> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(select))
            .bind(now)
            .bind(limit as i64)
            .fetch_all(pool)
            .await?
    });
    let mut claimed = Vec::with_capacity(due.len());
    for job in due {
        let won = with_db!(db, pool => {
            sqlx::query(sqlx::AssertSqlSafe(claim.clone()))
                .bind(now)
                .bind(lease_until)
                .bind(&job.turn_id)
                .bind(&job.answer_text)
                .bind(holder)
                .execute(pool)
                .await?
                .rows_affected()
        });
        if won == 1 {
            claimed.push(job);
        }
    }
    Ok(claimed)
}

/// Who a pending extraction is for once its due time is moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Due {
    /// Still its worker's: a lease renewed while the work goes on.
    Held,
    /// Any worker's from then: a backoff after a failure that may pass,
    /// or now (a job let go at a stop).
    Free,
}

/// Moves the due time of a pending extraction that `holder` holds: a
/// renewed lease while it works, a backoff after a failure that may pass,
/// or now when it lets the job go. A job no longer this holder's (its
/// lease ran out and another worker took it), or whose answer changed,
/// is left as it is.
pub(super) async fn postpone_extraction(
    db: &Db,
    job: &ExtractionJob,
    holder: &str,
    until: DateTime<Utc>,
    due: Due,
) -> Result<(), InterviewError> {
    let set = match due {
        Due::Held => "extraction_due_at = $2",
        Due::Free => "extraction_due_at = $2, extraction_held_by = NULL",
    };
    let sql = format!(
        "UPDATE interview_turns SET {set} \
         WHERE id = $1 AND extraction = 'pending' AND answer_text = $3 AND extraction_held_by = $4"
    );
    with_db!(db, pool => {
        sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(&job.turn_id)
            .bind(until)
            .bind(&job.answer_text)
            .bind(holder)
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// Makes due now every pending extraction held by another holder than
/// `holder`: at a worker's start on a store only this process uses
/// (SQLite), where they were a dead predecessor's. Returns how many.
pub(super) async fn free_others_extractions(db: &Db, holder: &str) -> Result<u64, InterviewError> {
    let freed = with_db!(db, pool => {
        sqlx::query(
            "UPDATE interview_turns SET extraction_due_at = NULL, extraction_held_by = NULL \
             WHERE extraction = 'pending' AND extraction_held_by IS NOT NULL \
             AND extraction_held_by <> $1",
        )
        .bind(holder)
        .execute(pool)
        .await?
        .rows_affected()
    });
    Ok(freed)
}

/// What becomes of an answer's extraction once facts are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Then {
    /// It is done (or not extracted): the facts written are its own.
    Done,
    /// It stays pending: the rules' facts stand until the model's job
    /// replaces them.
    StillPending,
}

/// Stores what a job drew, unless the answer changed meanwhile (an edit
/// queued its own extraction) or another worker finished it: then nothing
/// is written. Returns whether it was.
pub(super) async fn finish_extraction(
    db: &Db,
    job: &ExtractionJob,
    drawn: &Drawn,
) -> Result<bool, InterviewError> {
    let answer = (
        job.interview_id.as_str(),
        job.turn_id.as_str(),
        job.answer_text.as_str(),
    );
    store_drawn(db, answer, drawn, Then::Done).await
}

/// Writes the facts drawn from an answer — (interview id, turn id, text)
/// — while its extraction is pending and its text unchanged; else nothing
/// (returns false). The turn's row is locked first, so a worker finishing
/// the same answer waits for this commit and then replaces the facts
/// whole: never two sets of facts for one turn.
pub(super) async fn store_drawn(
    db: &Db,
    (interview_id, turn_id, text): (&str, &str, &str),
    drawn: &Drawn,
    then: Then,
) -> Result<bool, InterviewError> {
    let mut tx = db.begin_write().await?;
    let claim = match then {
        Then::Done => {
            "UPDATE interview_turns SET extraction_due_at = NULL, extraction_held_by = NULL \
             WHERE id = $1 AND extraction = 'pending' AND answer_text = $2"
        }
        Then::StillPending => {
            "UPDATE interview_turns SET extraction_due_at = extraction_due_at \
             WHERE id = $1 AND extraction = 'pending' AND answer_text = $2"
        }
    };
    let still = with_tx!(&mut tx, conn => {
        sqlx::query(claim)
            .bind(turn_id)
            .bind(text)
            .execute(&mut **conn)
            .await?
            .rows_affected()
    });
    if still == 0 {
        return Ok(false);
    }
    match drawn {
        // The model could not: the rules' facts of this same text, written
        // with the answer or the edit, stand.
        Drawn::NotExtracted => with_tx!(&mut tx, conn => {
            sqlx::query("UPDATE interview_turns SET extraction = 'not_extracted' WHERE id = $1")
                .bind(turn_id)
                .execute(&mut **conn)
                .await?;
        }),
        Drawn::Facts(..) => write_facts(&mut tx, interview_id, turn_id, drawn).await?,
    }
    if then == Then::StillPending {
        with_tx!(&mut tx, conn => {
            sqlx::query("UPDATE interview_turns SET extraction = 'pending' WHERE id = $1")
                .bind(turn_id)
                .execute(&mut **conn)
                .await?;
        });
    }
    tx.commit().await?;
    Ok(true)
}

/// Puts an edited answer back in the queue, inside the edit's transaction:
/// the rules' facts stand until the model's replace them.
pub(super) async fn requeue_extraction(tx: &mut Tx, turn_id: &str) -> Result<(), InterviewError> {
    with_tx!(tx, conn => {
        sqlx::query(
            "UPDATE interview_turns SET extraction = 'pending', extraction_due_at = NULL, \
             extraction_held_by = NULL, extraction_attempts = 0 WHERE id = $1",
        )
        .bind(turn_id)
        .execute(&mut **conn)
        .await?;
    });
    Ok(())
}

/// [`pending_turns`] inside the caller's transaction (an approval's, after
/// it claimed the interview: an edit committed before it is seen).
pub(super) async fn pending_turns_in(
    tx: &mut Tx,
    interview_id: &str,
) -> Result<Vec<(String, QuestionId)>, InterviewError> {
    Ok(with_tx!(tx, conn => {
        sqlx::query_as(PENDING_TURNS)
            .bind(interview_id)
            .fetch_all(&mut **conn)
            .await?
    }))
}

const PENDING_TURNS: &str = "SELECT id, question_id FROM interview_turns WHERE interview_id = $1 \
     AND extraction = 'pending' AND answer_text IS NOT NULL ORDER BY seq";

/// The answered turns of an interview whose extraction is still pending:
/// (turn id, question), in the interview's order.
pub(super) async fn pending_turns(
    db: &Db,
    interview_id: &str,
) -> Result<Vec<(String, QuestionId)>, InterviewError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as(PENDING_TURNS)
            .bind(interview_id)
            .fetch_all(pool)
            .await?
    }))
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
    successor_question: Option<String>,
}

#[derive(sqlx::FromRow)]
struct VersionRow {
    turn_id: String,
    version: i64,
    text: String,
    written_by: Option<String>,
    written_at: DateTime<Utc>,
}

/// The rows of an interview's turns and of their earlier answers, read
/// through `$exec` (a pool, or a transaction's connection).
macro_rules! turn_rows {
    ($exec:expr, $interview_id:expr) => {{
        let rows: Vec<TurnRow> = sqlx::query_as(
            sqlx::AssertSqlSafe(format!(
                "SELECT t.id, t.seq, t.kind, t.question_id, t.prompt_text, t.record_context, \
                 t.phrased_by, t.fallback_reason, t.created_at, t.answer_text, t.answered_by, \
                 t.answered_at, t.skipped_at, t.extraction, {} AS successor_question \
                 FROM interview_turns t WHERE t.interview_id = $1 ORDER BY t.seq",
                crate::knowledge::store::successor_question("t.id")
            )),
        )
        .bind($interview_id)
        .fetch_all($exec)
        .await?;
        let versions: Vec<VersionRow> = sqlx::query_as(
            "SELECT v.turn_id, v.version, v.text, v.written_by, v.written_at FROM answer_versions v \
             JOIN interview_turns t ON t.id = v.turn_id WHERE t.interview_id = $1 ORDER BY v.version",
        )
        .bind($interview_id)
        .fetch_all($exec)
        .await?;
        (rows, versions)
    }};
}

/// Every turn, in order, with the earlier versions of edited answers.
pub(super) async fn turns(db: &Db, interview_id: &str) -> Result<Vec<Turn>, InterviewError> {
    let (rows, versions) = with_db!(db, pool => turn_rows!(pool, interview_id));
    Ok(build_turns(rows, versions)?)
}

/// [`turns`] inside a transaction, its own writes included.
pub(super) async fn turns_in(tx: &mut Tx, interview_id: &str) -> Result<Vec<Turn>, InterviewError> {
    let (rows, versions) = with_tx!(tx, conn => turn_rows!(&mut **conn, interview_id));
    Ok(build_turns(rows, versions)?)
}

fn build_turns(rows: Vec<TurnRow>, versions: Vec<VersionRow>) -> Result<Vec<Turn>, StoreError> {
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
                successor_question: r.successor_question,
            })
        })
        .collect()
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
        let inserted = sqlx::query(
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
        .await?
        .rows_affected();
        // A prepared phrasing is used once, by the prompt that was stored.
        if inserted == 1 && next.kind == TurnKind::Question {
            sqlx::query("DELETE FROM prepared_prompts WHERE interview_id = $1 AND question_id = $2")
                .bind(interview_id)
                .bind(next.question_id.as_str())
                .execute(&mut *tx)
                .await?;
        }
        if inserted == 1 && next.phrased_by == PhrasedBy::Fallback {
            sqlx::query("UPDATE interviews SET fell_back = TRUE WHERE id = $1")
                .bind(interview_id)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    });
    Ok(())
}

/// A question's phrasing prepared ahead: the model's text, or why it
/// failed (then the template phrases from the same excerpt).
#[derive(Debug, Clone)]
pub(super) struct Prepared {
    pub text: Option<String>,
    pub fallback_reason: Option<String>,
    pub context: RecordContext,
}

/// Keeps a prepared phrasing of `question` (replacing an older one),
/// unless the question was asked meanwhile: a phrasing that comes after
/// its prompt was stored from the template is dropped.
pub(super) async fn keep_prepared(
    db: &Db,
    interview_id: &str,
    question: QuestionId,
    prepared: &Prepared,
) -> Result<(), InterviewError> {
    with_db!(db, pool => {
        sqlx::query(
            "INSERT INTO prepared_prompts (interview_id, question_id, prompt_text, fallback_reason, \
             record_context, prepared_at) \
             SELECT $1, $2, $3, $4, $5, $6 WHERE NOT EXISTS (SELECT 1 FROM interview_turns \
             WHERE interview_id = $1 AND question_id = $2 AND kind = 'question') \
             ON CONFLICT (interview_id, question_id) DO UPDATE SET prompt_text = excluded.prompt_text, \
             fallback_reason = excluded.fallback_reason, record_context = excluded.record_context, \
             prepared_at = excluded.prepared_at",
        )
        .bind(interview_id)
        .bind(question.as_str())
        .bind(&prepared.text)
        .bind(&prepared.fallback_reason)
        .bind(context_json(&prepared.context))
        .bind(Utc::now())
        .execute(pool)
        .await?;
    });
    Ok(())
}

#[derive(sqlx::FromRow)]
struct PreparedRow {
    prompt_text: Option<String>,
    fallback_reason: Option<String>,
    record_context: String,
    prepared_at: DateTime<Utc>,
}

/// The phrasing prepared for `question` on `today`, if any: one prepared
/// on an earlier day (a notice given last week) speaks of a record and a
/// calendar that moved on, and one that cannot be read is logged and
/// ignored; either is prepared again.
pub(super) async fn prepared(
    db: &Db,
    interview_id: &str,
    question: QuestionId,
    today: NaiveDate,
) -> Result<Option<Prepared>, InterviewError> {
    let row: Option<PreparedRow> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT prompt_text, fallback_reason, record_context, prepared_at FROM prepared_prompts \
             WHERE interview_id = $1 AND question_id = $2",
        )
        .bind(interview_id)
        .bind(question.as_str())
        .fetch_optional(pool)
        .await?
    });
    let Some(PreparedRow {
        prompt_text: text,
        fallback_reason,
        record_context: context,
        prepared_at,
    }) = row
    else {
        return Ok(None);
    };
    if prepared_at.date_naive() != today {
        return Ok(None);
    }
    match serde_json::from_str(&context) {
        Ok(context) => Ok(Some(Prepared {
            text,
            fallback_reason,
            context,
        })),
        Err(e) => {
            tracing::warn!(interview_id, question = %question, error = %e, "a prepared phrasing cannot be read; it is prepared again");
            Ok(None)
        }
    }
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

/// Claims an interview's row inside a write transaction, provided it is in
/// the given status (`$1` id, `$2` status): see [`claim`].
const CLAIM_IN_STATUS: &str = "UPDATE interviews SET status = status WHERE id = $1 AND status = $2";

/// Claims the interview's row inside the caller's transaction, provided
/// it is still in `status`: locked on PostgreSQL until the commit (SQLite's
/// write transaction holds the whole store), so a submission or an approval
/// either lands before the claimer's writes (which then answer 409) or
/// waits for them, never in between.
pub(super) async fn claim(
    tx: &mut Tx,
    interview_id: &str,
    status: InterviewStatus,
) -> Result<(), InterviewError> {
    let held = with_tx!(tx, conn => {
        sqlx::query(CLAIM_IN_STATUS)
            .bind(interview_id)
            .bind(status.as_str())
            .execute(&mut **conn)
            .await?
            .rows_affected()
    });
    if held == 0 {
        return Err(InterviewError::Conflict);
    }
    Ok(())
}

/// Replaces an answer inside the caller's transaction, keeping the old text
/// as a version; a conflict when the answer changed since `turn` was read.
pub(super) async fn write_edit(
    tx: &mut Tx,
    turn: &Turn,
    text: &str,
    by: &str,
) -> Result<(), InterviewError> {
    let old = turn
        .answer_text
        .as_deref()
        .ok_or(InterviewError::Conflict)?;
    let now = Utc::now();
    let updated = with_tx!(tx, conn => {
        let (count,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM answer_versions WHERE turn_id = $1")
            .bind(&turn.id)
            .fetch_one(&mut **conn)
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
        .execute(&mut **conn)
        .await?;
        sqlx::query(
            "UPDATE interview_turns SET answer_text = $2, answered_by = $3, answered_at = $4, \
             extraction = 'pending' WHERE id = $1 AND answer_text = $5",
        )
        .bind(&turn.id)
        .bind(text)
        .bind(by)
        .bind(now)
        .bind(old)
        .execute(&mut **conn)
        .await?
        .rows_affected()
    });
    if updated == 0 {
        return Err(InterviewError::Conflict);
    }
    Ok(())
}

/// What an extraction drew from an answer.
pub(super) enum Drawn {
    /// These facts (none is an answer without any), by the rules or the model.
    Facts(Vec<DraftFact>, &'static str),
    /// The model's reply failed the schema (one attempt).
    NotExtracted,
}

/// Replaces the facts drawn from one turn inside the caller's transaction
/// and records the extraction done.
pub(super) async fn write_facts(
    tx: &mut Tx,
    interview_id: &str,
    turn_id: &str,
    drawn: &Drawn,
) -> Result<(), InterviewError> {
    let now = Utc::now();
    let (facts, extracted_by, status): (&[DraftFact], &str, ExtractionStatus) = match drawn {
        Drawn::Facts(facts, by) if facts.is_empty() => (facts, by, ExtractionStatus::None),
        Drawn::Facts(facts, by) => (facts, by, ExtractionStatus::Done),
        Drawn::NotExtracted => (&[], "", ExtractionStatus::NotExtracted),
    };
    with_tx!(tx, conn => {
        sqlx::query("DELETE FROM interview_facts WHERE turn_id = $1")
            .bind(turn_id)
            .execute(&mut **conn)
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
            .execute(&mut **conn)
            .await?;
        }
        sqlx::query("UPDATE interview_turns SET extraction = $2 WHERE id = $1")
            .bind(turn_id)
            .bind(status.as_str())
            .execute(&mut **conn)
            .await?;
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

pub(super) async fn submit(db: &Db, interview_id: &str) -> Result<(), InterviewError> {
    let mut tx = db.begin_write().await?;
    // The row first (an edit in flight finishes before), then the time:
    // submitted_at follows every write that came before it.
    claim(&mut tx, interview_id, InterviewStatus::InProgress).await?;
    with_tx!(&mut tx, conn => {
        sqlx::query("UPDATE interviews SET status = 'submitted', submitted_at = $2 WHERE id = $1")
            .bind(interview_id)
            .bind(Utc::now())
            .execute(&mut **conn)
            .await?;
    });
    tx.commit().await?;
    Ok(())
}

/// The owner of an interview, as a caller.
pub(super) async fn owner_scope(db: &Db, id: &str) -> Result<Scope, InterviewError> {
    let owner: Option<(String,)> = with_db!(db, pool => {
        sqlx::query_as("SELECT owner_id FROM interviews WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?
    });
    let (owner,) = owner.ok_or(InterviewError::NotFound)?;
    let user = crate::users::find(db, &owner)
        .await
        .map_err(|e| match e {
            crate::users::UsersError::NotFound => InterviewError::NotFound,
            crate::users::UsersError::Store(s) => InterviewError::Store(s),
        })?
        .ok_or_else(|| corrupt(format!("interview {id}: owner {owner}")))?;
    Ok(Scope::new(user.id, user.role, user.name, Via::Local))
}

/// Plans the interviews of a notice inside the departure's transaction,
/// each `planned`.
pub(crate) async fn create_planned(
    tx: &mut Tx,
    departure_id: &str,
    owner: &UserId,
    planned: &[PlannedInterview],
    now: DateTime<Utc>,
) -> Result<(), StoreError> {
    with_tx!(tx, conn => {
        for p in planned {
            sqlx::query(
                "INSERT INTO interviews (id, departure_id, account_id, owner_id, tier, segment_tier, \
                 raised_because, planned_questions, max_follow_ups, due_date, priority, status, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'planned', $12)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(departure_id)
            .bind(p.account_id.as_str())
            .bind(owner.as_str())
            .bind(p.tier.as_str())
            .bind(p.segment_tier.as_str())
            .bind(json_list(p.raised_because.iter().map(|r| r.as_str())))
            .bind(json_list(p.planned_questions.iter().map(|q| q.as_str())))
            .bind(i64::from(p.max_follow_ups))
            .bind(p.due_date)
            .bind(i64::from(p.priority))
            .bind(now)
            .execute(&mut **conn)
            .await?;
        }
    });
    Ok(())
}

fn json_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    serde_json::to_string(&items.collect::<Vec<_>>()).unwrap_or_else(|_| "[]".into())
}

fn parse_list<T>(
    raw: &str,
    parse: impl Fn(&str) -> Option<T>,
    what: &str,
) -> Result<Vec<T>, StoreError> {
    let items: Vec<String> =
        serde_json::from_str(raw).map_err(|_| corrupt(format!("interview {what}")))?;
    items
        .iter()
        .map(|s| parse(s).ok_or_else(|| corrupt(format!("interview {what}: {s}"))))
        .collect()
}

#[derive(sqlx::FromRow)]
struct PlanRow {
    id: String,
    account_id: String,
    account_name: String,
    tier: String,
    segment_tier: String,
    raised_because: String,
    planned_questions: String,
    max_follow_ups: i64,
    due_date: NaiveDate,
    priority: i64,
    status: String,
}

impl TryFrom<PlanRow> for InterviewPlan {
    type Error = StoreError;
    fn try_from(r: PlanRow) -> Result<Self, StoreError> {
        let tier =
            |s: &str| Tier::parse(s).ok_or_else(|| corrupt(format!("interview {}: tier", r.id)));
        Ok(InterviewPlan {
            tier: tier(&r.tier)?,
            segment_tier: tier(&r.segment_tier)?,
            raised_because: parse_list(&r.raised_because, RaiseReason::parse, "raised_because")?,
            planned_questions: parse_list(
                &r.planned_questions,
                QuestionId::parse,
                "planned_questions",
            )?,
            max_follow_ups: u8::try_from(r.max_follow_ups).unwrap_or(u8::MAX),
            priority: u32::try_from(r.priority).unwrap_or(u32::MAX),
            id: r.id,
            account_id: r.account_id,
            account_name: r.account_name,
            due_date: r.due_date,
            status: r.status,
        })
    }
}

/// The interviews a departure planned, in the order to do them.
pub(crate) async fn plans_of_departure(
    db: &Db,
    departure_id: &str,
) -> Result<Vec<InterviewPlan>, StoreError> {
    let sql = format!(
        "SELECT i.id, i.account_id, {} AS account_name, i.tier, i.segment_tier, i.raised_because, \
         i.planned_questions, i.max_follow_ups, i.due_date, i.priority, i.status \
         FROM interviews i WHERE i.departure_id = $1 ORDER BY i.priority",
        crate::accounts::name_of("i.account_id")
    );
    let rows: Vec<PlanRow> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(departure_id).fetch_all(pool).await?
    });
    rows.into_iter().map(InterviewPlan::try_from).collect()
}

/// Marks a submitted interview approved inside the caller's transaction
/// (the approval's, which locks its answers as knowledge in the same
/// commit). False when it was not submitted any more: another reviewer, or
/// a change of status, got there first.
pub(crate) async fn mark_approved(
    tx: &mut Tx,
    id: &str,
    by: &UserId,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let done = with_tx!(tx, conn => {
        sqlx::query(
            "UPDATE interviews SET status = 'approved', approved_at = $2, approved_by = $3 \
             WHERE id = $1 AND status = 'submitted'",
        )
        .bind(id)
        .bind(now)
        .bind(by.as_str())
        .execute(&mut **conn)
        .await?
        .rows_affected()
    });
    Ok(done > 0)
}

/// A fact drawn from an answer of one of an account's interviews.
pub(crate) struct AccountFact {
    pub interview_id: String,
    pub question_id: QuestionId,
    pub fact: FactData,
    pub source_text: String,
}

#[derive(sqlx::FromRow)]
struct AccountFactRow {
    id: String,
    interview_id: String,
    question_id: String,
    kind: String,
    data: String,
    source_text: String,
}

/// Every fact drawn from the answers of an account's interviews, in the
/// order they were given.
pub(crate) async fn account_facts(
    db: &Db,
    account_id: &str,
) -> Result<Vec<AccountFact>, StoreError> {
    let rows: Vec<AccountFactRow> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT f.id, f.interview_id, t.question_id, f.kind, f.data, f.source_text \
             FROM interview_facts f JOIN interview_turns t ON t.id = f.turn_id \
             JOIN interviews i ON i.id = f.interview_id \
             WHERE i.account_id = $1 ORDER BY t.seq, f.pos, i.id",
        )
        .bind(account_id)
        .fetch_all(pool)
        .await?
    });
    rows.into_iter()
        .map(|r| {
            let bad = |what: &str| corrupt(format!("fact {}: {what}", r.id));
            Ok(AccountFact {
                question_id: QuestionId::parse(&r.question_id).ok_or_else(|| bad("question"))?,
                fact: FactData::from_columns(&r.kind, &r.data).map_err(|_| bad("data"))?,
                interview_id: r.interview_id,
                source_text: r.source_text,
            })
        })
        .collect()
}

/// What earlier interviews of the account locked and is still current:
/// the next interview starts from it. Versions locked by `interview_id`
/// itself (an approved interview being read) do not count.
pub(super) async fn captured(
    db: &Db,
    account_id: &AccountId,
    interview_id: &str,
) -> Result<Vec<super::Captured>, InterviewError> {
    let versions = crate::knowledge::store::current_versions(db, account_id.as_str()).await?;
    Ok(versions
        .into_iter()
        .filter(|v| v.interview_id.as_deref() != Some(interview_id))
        .map(|v| super::Captured {
            question_id: v.question_id,
            version_id: v.id,
            version: v.version,
            text: v.text,
            approved_at: v.approved_at,
        })
        .collect())
}

/// The interview for `account_id` in an open departure of its owner whose
/// last day has not passed: where a question can still reach them.
pub(super) async fn in_notice(
    db: &Db,
    account_id: &str,
    today: chrono::NaiveDate,
) -> Result<Option<String>, InterviewError> {
    let row: Option<(String,)> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT i.id FROM interviews i WHERE i.account_id = $1 AND {} \
             ORDER BY i.created_at DESC LIMIT 1",
            crate::departures::in_open_notice("i.departure_id", "i.owner_id", "$2")
        )))
        .bind(account_id)
        .bind(today)
        .fetch_optional(pool)
        .await?
    });
    Ok(row.map(|(id,)| id))
}

/// Adds a successor's question to an interview as a waiting `volunteered`
/// turn, inside the caller's transaction, reopening the interview when it
/// was submitted or approved (a prompt it was submitted with unanswered
/// counts as skipped); returns the turn's id.
pub(super) async fn insert_sent_back(
    tx: &mut Tx,
    interview_id: &str,
    question: QuestionId,
    prompt: &str,
    now: DateTime<Utc>,
) -> Result<String, InterviewError> {
    let id = uuid::Uuid::new_v4().to_string();
    with_tx!(tx, conn => {
        let reopened = sqlx::query(
            "UPDATE interviews SET status = 'in_progress', submitted_at = NULL \
             WHERE id = $1 AND status IN ('submitted', 'approved')",
        )
        .bind(interview_id)
        .execute(&mut **conn)
        .await?
        .rows_affected();
        if reopened > 0 {
            // A prompt left waiting at submission stays closed: the owner
            // submitted without it; the successor's question is what waits.
            sqlx::query(
                "UPDATE interview_turns SET skipped_at = $2 \
                 WHERE interview_id = $1 AND answer_text IS NULL AND skipped_at IS NULL",
            )
            .bind(interview_id)
            .bind(now)
            .execute(&mut **conn)
            .await?;
        }
        sqlx::query(
            "INSERT INTO interview_turns (id, interview_id, seq, kind, question_id, prompt_text, \
             record_context, phrased_by, created_at) \
             SELECT $1, $2, COALESCE(MAX(seq), 0) + 1, 'volunteered', $3, $4, $5, 'template', $6 \
             FROM interview_turns WHERE interview_id = $2",
        )
        .bind(&id)
        .bind(interview_id)
        .bind(question.as_str())
        .bind(prompt)
        .bind(context_json(&RecordContext::default()))
        .bind(now)
        .execute(&mut **conn)
        .await?;
    });
    Ok(id)
}

/// SQL true when the interview turn whose id is `turn_column` is answered.
pub(crate) fn turn_answered(turn_column: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM interview_turns st WHERE st.id = {turn_column} \
         AND st.answer_text IS NOT NULL)"
    )
}

/// SQL for the interview of the turn whose id is `turn_column`.
pub(crate) fn turn_interview(turn_column: &str) -> String {
    format!("(SELECT st.interview_id FROM interview_turns st WHERE st.id = {turn_column})")
}

/// SQL for when the turn whose id is `turn_column` was answered.
pub(crate) fn turn_answered_at(turn_column: &str) -> String {
    format!("(SELECT st.answered_at FROM interview_turns st WHERE st.id = {turn_column})")
}

/// SQL selecting the accounts of the departure whose id is `departure`
/// (one interview each).
pub(crate) fn departure_accounts(departure: &str) -> String {
    format!("SELECT i.account_id FROM interviews i WHERE i.departure_id = {departure}")
}
