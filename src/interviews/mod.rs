//! The interview: one per account of a departing owner, a conversation of
//! prompts and answers that asks for what the record does not already say.
//!
//! A persisted state machine: `planned` → `in_progress` (first answer) →
//! `submitted` → `approved`. The prompt on screen is a stored turn, written
//! before it is shown, so a restart shows the same one. An answer is stored
//! (committed) before anything slow runs: extraction and the choice of the
//! next prompt come after, and if they fail the answer is still there and the
//! next read picks up where it stopped.
//!
//! With a model, a turn keeps to its budget (`BATON_TURN_BUDGET_SECS`):
//! extraction is a durable job off the request (`extraction.rs`; the
//! rules' facts stand meanwhile), the next question's phrasing was
//! prepared ahead (`prepare.rs`; one not ready is phrased by the
//! template), and only the follow-up decision waits on the model, within
//! what is left of the budget; past it the rules decide (`budget.rs`).

mod budget;
pub mod extraction;
pub mod facts;
#[cfg(test)]
pub(crate) mod fixtures;
pub mod gaps;
mod model;
mod prepare;
pub mod relevance;
mod rules;
mod send_back;
mod store;
pub use send_back::{send_back, SendBack};
pub mod terminal;
pub mod walk;

use std::sync::Arc;
use std::time::Duration;

use tokio::time::Instant;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

pub use facts::{DraftFact, FactData, FactKind};
pub use rules::{FollowUp, FollowUpReason};
pub use walk::{RecordContext, RecordItem, RecordItemKind, TokenCounter};

use crate::access::Scope;
use crate::accounts::{self, AccountDetail, AccountsError};
use crate::bank::{Bank, QuestionId, Tier};
use crate::llm::{ChatModel, LlmError, Prompts};
use crate::store::StoreError;
use crate::string_enum;
use budget::{NOT_READY, OVER_BUDGET};

string_enum!(
    InterviewStatus { Planned => "planned", InProgress => "in_progress", Submitted => "submitted", Approved => "approved" }
);

string_enum!(
    /// A planned question, a follow-up to an answer, or an answer the owner
    /// volunteered to a question the plan left out.
    TurnKind { Question => "question", FollowUp => "follow_up", Volunteered => "volunteered" }
);

string_enum!(
    /// Who wrote a prompt: the model, the templates (no model configured), or
    /// the templates because the model failed.
    PhrasedBy { Model => "model", Template => "template", Fallback => "fallback" }
);

string_enum!(
    /// How the facts of an answer stand: `pending` until its extraction
    /// job ends (with a model configured, after the answer's reply),
    /// `done`, `not_extracted` (the model's reply did not match the
    /// schema; the rules' facts stand), `none` (nothing to draw, or a
    /// skipped prompt).
    ExtractionStatus { Pending => "pending", Done => "done", NotExtracted => "not_extracted", None => "none" }
);

/// Longest answer accepted, in characters.
pub const MAX_ANSWER_CHARS: usize = 20_000;
/// Record excerpt budget per prompt, in tokens.
pub const RECORD_BUDGET_TOKENS: usize = 700;
/// Activities the record walk reads (most recent first).
pub const WALK_ACTIVITIES: u32 = 200;

#[derive(Debug, thiserror::Error)]
pub enum InterviewError {
    #[error("interview not found")]
    NotFound,
    #[error("only the departing owner or an admin may answer this interview")]
    NotTheOwner,
    #[error("only the owner's managers or an admin may review this interview")]
    NotAReviewer,
    #[error("nobody reviews their own interview: the owner's manager or another admin does")]
    OwnInterview,
    #[error("the interview is {0}; answers can no longer change")]
    Closed(InterviewStatus),
    #[error("unknown question id {0:?}")]
    UnknownQuestion(String),
    #[error("the answer is empty")]
    EmptyAnswer,
    #[error("the answer is {0} characters; the limit is {MAX_ANSWER_CHARS}")]
    AnswerTooLong(usize),
    #[error(
        "the current question is {current}; {given} is already in the plan and comes in its turn"
    )]
    NotCurrent {
        current: QuestionId,
        given: QuestionId,
    },
    #[error("{0} is already answered; edit it instead")]
    AlreadyAnswered(QuestionId),
    #[error("nothing is waiting for an answer")]
    NothingToAnswer,
    #[error("there is no answer to {0} to edit")]
    NoAnswer(QuestionId),
    #[error("nothing has been answered yet")]
    NothingToSubmit,
    #[error("the interview changed meanwhile; read it again")]
    Conflict,
    #[error("that prompt was already answered or skipped; read the interview again")]
    PromptClosed,
    #[error("this interview has no such prompt")]
    UnknownPrompt,
    #[error("account not found")]
    AccountNotFound,
    #[error("no such question was asked of this account's clone")]
    AskedNotFound,
    #[error("that question is answered already: the clone answered it, the owner did, or knowledge was approved since")]
    QuestionNotOpen,
    #[error("that question was sent back already")]
    AlreadySentBack,
    #[error("the account's owner is not serving a notice with an interview for it; only a departing owner can be asked")]
    OwnerNotInNotice,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for InterviewError {
    fn from(e: sqlx::Error) -> Self {
        InterviewError::Store(e.into())
    }
}

impl From<AccountsError> for InterviewError {
    fn from(e: AccountsError) -> Self {
        match e {
            AccountsError::NotFound => InterviewError::NotFound,
            AccountsError::Store(s) => InterviewError::Store(s),
        }
    }
}

/// The prompt waiting for an answer.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Prompt {
    /// This prompt's own id. An answer or a skip that names it lands on
    /// this prompt or not at all (409 `prompt_closed` once it was answered
    /// or skipped), so a second click or a second tab never answers the
    /// prompt that came after.
    pub id: String,
    pub kind: TurnKind,
    pub question_id: QuestionId,
    pub text: String,
    /// What the record already says about it.
    pub record_context: RecordContext,
    /// Why the question matters (from the bank).
    pub why: String,
    pub phrased_by: PhrasedBy,
}

/// An earlier text of an edited answer.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AnswerVersion {
    pub version: i64,
    pub text: String,
    pub written_by: Option<String>,
    pub written_at: DateTime<Utc>,
}

/// One prompt and what became of it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Turn {
    pub id: String,
    pub seq: i64,
    pub kind: TurnKind,
    pub question_id: QuestionId,
    pub prompt_text: String,
    pub record_context: RecordContext,
    pub phrased_by: PhrasedBy,
    pub fallback_reason: Option<String>,
    pub created_at: DateTime<Utc>,
    pub answer_text: Option<String>,
    pub answered_by: Option<String>,
    pub answered_at: Option<DateTime<Utc>>,
    pub skipped: bool,
    /// Whether its facts were drawn; `pending` until the extraction job
    /// ends.
    pub extraction: ExtractionStatus,
    /// Earlier texts, oldest first, when the answer was edited.
    pub earlier_versions: Vec<AnswerVersion>,
    /// The successor's own words, when a manager sent their open question
    /// back into this interview (a `volunteered` turn); its answer closes
    /// the question.
    pub successor_question: Option<String>,
}

/// A structured fact drawn from an answer.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Fact {
    pub id: String,
    pub turn_id: String,
    pub question_id: QuestionId,
    /// `kind` and `data`, one shape whoever extracted it.
    #[serde(flatten)]
    pub fact: FactData,
    pub source_text: String,
    pub extracted_by: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Progress {
    pub planned: usize,
    pub answered: usize,
    pub skipped: usize,
    pub remaining: usize,
    pub follow_ups: usize,
}

/// An interview as its readers see it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Interview {
    pub id: String,
    pub departure_id: String,
    pub account_id: String,
    pub account_name: String,
    pub owner_id: String,
    pub tier: Tier,
    pub status: InterviewStatus,
    pub planned_questions: Vec<QuestionId>,
    pub max_follow_ups: u8,
    pub due_date: NaiveDate,
    pub started_at: Option<DateTime<Utc>>,
    pub submitted_at: Option<DateTime<Utc>>,
    /// True when the model failed at least once and the templates took over.
    pub fell_back: bool,
    pub progress: Progress,
    pub current_prompt: Option<Prompt>,
    pub turns: Vec<Turn>,
    pub facts: Vec<Fact>,
    /// What the account's record leaves unsaid, and whether the answers
    /// closed it (`open`, `answered`).
    pub gaps: Vec<gaps::InterviewGap>,
}

/// What the interviewer needs: the bank, a tokenizer, and, when one is
/// configured, a model with its prompts.
#[derive(Clone)]
pub struct Interviewer {
    pub bank: Arc<Bank>,
    pub tokens: TokenCounter,
    pub record_budget: usize,
    /// Picks the activities shown with a question.
    pub relevance: relevance::Relevance,
    model: Option<Arc<ChatModel>>,
    prompts: Arc<Prompts>,
    /// How long a turn may take, the model's part included.
    pub turn_budget: Duration,
    /// The extraction jobs' worker's bell.
    pub extractions: extraction::Extractions,
    /// Phrasings being prepared in this process.
    preparing: prepare::Preparing,
    /// Whether a turn waits on the model.
    patience: budget::Patience,
}

impl Interviewer {
    pub fn new(
        bank: Arc<Bank>,
        model: Option<ChatModel>,
        turn_budget: Duration,
    ) -> Result<Interviewer, crate::BoxError> {
        Ok(Interviewer {
            bank,
            tokens: TokenCounter::new()?,
            record_budget: RECORD_BUDGET_TOKENS,
            relevance: relevance::Relevance::load()?,
            model: model.map(Arc::new),
            prompts: Arc::new(Prompts::load()?),
            turn_budget,
            extractions: extraction::Extractions::default(),
            preparing: prepare::Preparing::default(),
            patience: budget::Patience::default(),
        })
    }

    /// Whether a model is configured.
    pub fn has_model(&self) -> bool {
        self.model.is_some()
    }

    fn step<'a>(&'a self, account_name: &'a str) -> Option<model::ModelStep<'a>> {
        self.model.as_deref().map(|m| model::ModelStep {
            model: m,
            prompts: &self.prompts,
            tokens: &self.tokens,
            account_name,
        })
    }
}

/// The next prompt to store, decided from the turns so far.
struct NextPrompt {
    kind: TurnKind,
    question_id: QuestionId,
    text: String,
    context: RecordContext,
    phrased_by: PhrasedBy,
    fallback_reason: Option<String>,
}

/// Who phrased a prompt given the model's result, and why it fell back.
fn phrased<T>(result: Option<Result<T, LlmError>>) -> (Option<T>, PhrasedBy, Option<String>) {
    match result {
        None => (None, PhrasedBy::Template, None),
        Some(Ok(v)) => (Some(v), PhrasedBy::Model, None),
        Some(Err(e)) => {
            tracing::warn!(error = %crate::ErrorChain(&e), "model step failed; the templates take over");
            (None, PhrasedBy::Fallback, Some(e.reason()))
        }
    }
}

/// The people a prompt about the account may name: its contacts and the
/// company's people it involves (its owner, the authors of its activities,
/// its owners before, the successor named for its owner), never the whole
/// company.
async fn prompt_people(
    db: &crate::store::Db,
    record: &AccountDetail,
) -> Result<Vec<String>, InterviewError> {
    let mut involved = accounts::involved_users(db, &record.account.id).await?;
    if let Some(owner) = &record.account.owner_id {
        if let Some(successor) = crate::departures::open_successor_of(db, owner.as_str()).await? {
            involved.push(successor);
        }
    }
    let colleagues = crate::users::names_of(db, &involved).await?;
    Ok(record
        .contacts
        .iter()
        .map(|c| c.name.clone())
        .chain(colleagues)
        .collect())
}

/// What the interviewer knows besides the turns: the record, the company's
/// people (for the rules: a colleague named in an answer is not an unknown
/// person), the people a prompt may name, and what an earlier handoff of
/// the account captured.
struct Background {
    record: AccountDetail,
    known_names: Vec<String>,
    prompt_people: Vec<String>,
    captured: Vec<Captured>,
    /// What the record leaves unsaid (`gaps.rs`).
    gaps: Vec<gaps::Gap>,
    /// The facts drawn from the answers so far.
    facts: Vec<Fact>,
}

impl Background {
    async fn load(
        db: &crate::store::Db,
        interviewer: &Interviewer,
        iv: &store::InterviewRow,
        today: NaiveDate,
    ) -> Result<Background, InterviewError> {
        let record = accounts::record(db, &iv.account_id, WALK_ACTIVITIES).await?;
        let known_names = company_names(db).await?;
        let prompt_people = match interviewer.model {
            Some(_) => prompt_people(db, &record).await?,
            None => Vec::new(),
        };
        let captured = store::captured(db, &iv.account_id, &iv.id).await?;
        let gaps = gaps::find(&record, &interviewer.bank, &known_names, today);
        let facts = store::facts(db, &iv.id).await?;
        Ok(Background {
            record,
            known_names,
            prompt_people,
            captured,
            gaps,
            facts,
        })
    }
}

/// An answer locked when the account changed hands before.
#[derive(Debug, Clone)]
pub struct Captured {
    pub version_id: String,
    pub question_id: QuestionId,
    pub version: i64,
    pub text: String,
    pub approved_at: DateTime<Utc>,
}

/// Decides what comes after the turns so far: a follow-up to the last answer
/// while the tier allows one and the answer calls for it, else the next
/// planned question not yet asked, else nothing. With a model, the model
/// decides the follow-up (within what is left of the budget, until
/// `deadline`) and the question comes as the model phrased it ahead; when
/// the model fails or is late, the rules and templates do and the prompt
/// says so.
async fn decide_next(
    db: &crate::store::Db,
    iv: &store::InterviewRow,
    turns: &[Turn],
    background: &Background,
    interviewer: &Interviewer,
    today: NaiveDate,
    deadline: Instant,
) -> Result<Option<NextPrompt>, InterviewError> {
    if let Some(follow_up) = follow_up_after(iv, turns, background, interviewer, deadline).await {
        return Ok(Some(follow_up));
    }
    let Some(next) = unasked(iv, turns) else {
        return Ok(None);
    };
    let question = interviewer.bank.question(next);
    let its_gaps = question_gaps(background, turns, next);
    // The phrasing prepared ahead, if it is ready: the turn does not wait
    // for one still under way (only the follow-up decision waits on the
    // model), and the template phrases it now.
    let prepared = match interviewer.model {
        None => None,
        Some(_) => store::prepared(db, &iv.id, next, today).await?,
    };
    let (context, text, phrased_by, fallback_reason) = match prepared {
        Some(store::Prepared {
            text: Some(text),
            context,
            ..
        }) => (context, Some(text), PhrasedBy::Model, None),
        Some(store::Prepared {
            text: None,
            fallback_reason,
            context,
        }) => (context, None, PhrasedBy::Fallback, fallback_reason),
        None => {
            let context = question_context(interviewer, background, next, &its_gaps, today).await;
            match interviewer.model {
                None => (context, None, PhrasedBy::Template, None),
                Some(_) => (context, None, PhrasedBy::Fallback, Some(NOT_READY.into())),
            }
        }
    };
    Ok(Some(NextPrompt {
        kind: TurnKind::Question,
        question_id: next,
        text: text.unwrap_or_else(|| rules::phrase_question(question, &context, &its_gaps)),
        context,
        phrased_by,
        fallback_reason,
    }))
}

/// A follow-up to the last answer, when the tier allows one and the answer
/// calls for it: a gap it left open (the rules, at once), else the model's
/// decision within the budget, else the rules'.
async fn follow_up_after(
    iv: &store::InterviewRow,
    turns: &[Turn],
    background: &Background,
    interviewer: &Interviewer,
    deadline: Instant,
) -> Option<NextPrompt> {
    let last = turns
        .iter()
        .rev()
        .find(|t| t.kind != TurnKind::Volunteered)?;
    let answer = last.answer_text.as_deref()?;
    let asked = turns
        .iter()
        .filter(|t| t.kind == TurnKind::FollowUp && t.question_id == last.question_id)
        .count();
    if asked >= usize::from(iv.max_follow_ups) {
        return None;
    }
    if let Some(text) = gap_follow_up(last.question_id, turns, &background.facts, &background.gaps)
    {
        return Some(NextPrompt {
            kind: TurnKind::FollowUp,
            question_id: last.question_id,
            text,
            context: RecordContext::default(),
            phrased_by: PhrasedBy::Template,
            fallback_reason: None,
        });
    }
    let question = interviewer.bank.question(last.question_id);
    let (decided, phrased_by, fallback_reason) = match interviewer.step(&iv.account_name) {
        None => (None, PhrasedBy::Template, None),
        Some(_) if !interviewer.patience.open(Instant::now()) => {
            (None, PhrasedBy::Fallback, Some(budget::PAUSED.to_string()))
        }
        Some(step) => {
            let deciding = step.follow_up(question, answer, &background.prompt_people, asked);
            match tokio::time::timeout_at(deadline, deciding).await {
                Ok(result) => {
                    interviewer.patience.in_time();
                    phrased(Some(result))
                }
                Err(_) => {
                    tracing::warn!(
                        "the follow-up decision ran past the turn's budget; the rules decide"
                    );
                    interviewer.patience.late(Instant::now());
                    (None, PhrasedBy::Fallback, Some(OVER_BUDGET.to_string()))
                }
            }
        }
    };
    let follow_up = match decided {
        Some(decision) => decision,
        None => rules::follow_up(
            question,
            answer,
            &background.record.contacts,
            &background.known_names,
            asked,
        ),
    }?;
    Some(NextPrompt {
        kind: TurnKind::FollowUp,
        question_id: last.question_id,
        text: follow_up.text,
        context: RecordContext::default(),
        phrased_by,
        fallback_reason,
    })
}

/// The next planned question no prompt has asked yet.
fn unasked(iv: &store::InterviewRow, turns: &[Turn]) -> Option<QuestionId> {
    iv.planned.iter().copied().find(|q| {
        !turns
            .iter()
            .any(|t| t.kind == TurnKind::Question && t.question_id == *q)
    })
}

/// The gaps `question` leads with. A gap leads one question: once a prompt
/// named it, the other questions it feeds open with something else.
fn question_gaps<'a>(
    background: &'a Background,
    turns: &[Turn],
    question: QuestionId,
) -> Vec<&'a gaps::Gap> {
    background
        .gaps
        .iter()
        .filter(|g| g.question_ids.contains(&question))
        .filter(|g| !gaps::asked_in(g, turns.iter().map(|t| t.prompt_text.as_str())))
        .collect()
}

/// The record excerpt shown with `question`: its gaps first, the record's
/// items it reads, and what an earlier handoff captured.
async fn question_context(
    interviewer: &Interviewer,
    background: &Background,
    next: QuestionId,
    its_gaps: &[&gaps::Gap],
    today: NaiveDate,
) -> RecordContext {
    let bank = &interviewer.bank;
    let question = bank.question(next);
    let record = &background.record;
    let closeness = activity_closeness(interviewer, question, record).await;
    let activities = match &closeness {
        Some(closeness) => walk::ActivityPick::Relevance {
            closeness,
            rules: bank.walk,
        },
        None => walk::ActivityPick::Keywords,
    };
    let input = walk::WalkInput {
        gaps: its_gaps,
        activities,
        stages: &bank.raise,
        today,
    };
    let mut context = walk::walk(
        record,
        question,
        input,
        &interviewer.tokens,
        interviewer.record_budget,
    );
    if let Some(c) = background.captured.iter().find(|c| c.question_id == next) {
        walk::put_captured_first(&mut context, c, &interviewer.tokens);
    }
    context
}

/// How close each activity of the record is to the question, when the
/// question reads activities; `None` when the encoder failed (logged), and
/// the walk falls back to the question's keywords.
async fn activity_closeness(
    interviewer: &Interviewer,
    question: &crate::bank::Question,
    record: &AccountDetail,
) -> Option<relevance::Closeness> {
    if !question
        .record
        .contains(&crate::bank::RecordKind::Activities)
    {
        return Some(relevance::Closeness::new());
    }
    match interviewer
        .relevance
        .closeness(&question.topics, &record.recent_activities)
        .await
    {
        Ok(closeness) => Some(closeness),
        Err(e) => {
            tracing::warn!(error = %crate::ErrorChain(&e), "record walk by keywords: the encoder failed");
            None
        }
    }
}

/// A follow-up about a gap of `question` that its answers left open, one
/// not asked about yet: the gaps come before anything else a follow-up
/// could ask.
fn gap_follow_up(
    question: QuestionId,
    turns: &[Turn],
    facts: &[Fact],
    gaps: &[gaps::Gap],
) -> Option<String> {
    let said = said(turns, facts);
    let open = gaps.iter().find(|g| {
        g.question_ids.contains(&question)
            && !gaps::closed_by(g, &said)
            && !gaps::asked_in(
                g,
                turns
                    .iter()
                    .filter(|t| t.kind == TurnKind::FollowUp)
                    .map(|t| t.prompt_text.as_str()),
            )
    })?;
    Some(format!(
        "{} What can you tell your successor about that?",
        open.text
    ))
}

/// When the caller named the prompt they answer or skip, it must be the
/// one waiting; a named prompt that is gone was answered or skipped.
fn check_prompt(turns: &[Turn], prompt_id: Option<&str>) -> Result<(), InterviewError> {
    match prompt_id {
        Some(named) if pending(turns).map(|p| p.id.as_str()) != Some(named) => {
            if turns.iter().any(|t| t.id == named) {
                Err(InterviewError::PromptClosed)
            } else {
                Err(InterviewError::UnknownPrompt)
            }
        }
        _ => Ok(()),
    }
}

/// The prompt waiting for an answer: the first turn neither answered nor
/// skipped (a volunteered turn waits only when it is a successor's question
/// sent back; the owner's own come answered).
fn pending(turns: &[Turn]) -> Option<&Turn> {
    turns.iter().find(|t| t.answer_text.is_none() && !t.skipped)
}

/// Makes sure the interview has its next prompt stored, unless it is closed
/// or finished, and returns its turns as stored. Safe to call again: a
/// concurrent writer's prompt wins. What waits on the model waits until
/// `deadline` at most.
async fn ensure_prompt(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    iv: &mut store::InterviewRow,
    today: NaiveDate,
    deadline: Instant,
) -> Result<Vec<Turn>, InterviewError> {
    let mut turns = store::turns(db, &iv.id).await?;
    let open = matches!(
        iv.status,
        InterviewStatus::Planned | InterviewStatus::InProgress
    );
    if !open {
        return Ok(turns);
    }
    if pending(&turns).is_none() {
        let background = Background::load(db, interviewer, iv, today).await?;
        if let Some(next) =
            decide_next(db, iv, &turns, &background, interviewer, today, deadline).await?
        {
            let seq = turns.iter().map(|t| t.seq).max().unwrap_or(0) + 1;
            store::insert_prompt(db, &iv.id, seq, &next).await?;
            iv.fell_back |= next.phrased_by == PhrasedBy::Fallback;
            // Re-read: when another request stored its prompt first, theirs stands.
            turns = store::turns(db, &iv.id).await?;
        }
    }
    // The question after the one on screen is phrased while this one is
    // answered.
    if let Some(following) = unasked(iv, &turns) {
        interviewer.prepare(db, &iv.id, following, today);
    }
    Ok(turns)
}

/// The gaps in the record of an account the caller may see (its owner,
/// their manager chain, admins): what its handoff interview should ask
/// about first.
pub async fn account_gaps(
    db: &crate::store::Db,
    bank: &Bank,
    scope: &Scope,
    account_id: &str,
    today: NaiveDate,
) -> Result<Vec<gaps::Gap>, AccountsError> {
    let record = accounts::detail(db, scope, account_id, WALK_ACTIVITIES).await?;
    Ok(record_gaps(db, bank, &record, today).await?)
}

/// The gaps of a record, as of `today`.
async fn record_gaps(
    db: &crate::store::Db,
    bank: &Bank,
    record: &AccountDetail,
    today: NaiveDate,
) -> Result<Vec<gaps::Gap>, StoreError> {
    let known = company_names(db).await?;
    Ok(gaps::find(record, bank, &known, today))
}

/// The gaps of accounts the caller was already allowed to act on (their
/// owner's notice), by account id.
pub async fn gaps_of(
    db: &crate::store::Db,
    bank: &Bank,
    ids: &[crate::accounts::AccountId],
    today: NaiveDate,
) -> Result<std::collections::HashMap<String, Vec<gaps::Gap>>, AccountsError> {
    let known = company_names(db).await?;
    let mut out = std::collections::HashMap::new();
    for id in ids {
        let record = accounts::record(db, id, WALK_ACTIVITIES).await?;
        out.insert(id.to_string(), gaps::find(&record, bank, &known, today));
    }
    Ok(out)
}

/// The names of the company's own people: never mistaken for people at a
/// customer who are missing from its record.
async fn company_names(db: &crate::store::Db) -> Result<Vec<String>, StoreError> {
    Ok(crate::users::names(db)
        .await?
        .into_iter()
        .map(|(_, name)| name)
        .collect())
}

/// The scope of an interview's owner, for the terminal interview run on the
/// server by the rep (`baton interview ID`).
pub async fn owner_scope(db: &crate::store::Db, id: &str) -> Result<Scope, InterviewError> {
    store::owner_scope(db, id).await
}

/// Reads an interview the caller may see (the owner, their manager chain,
/// admins), storing its next prompt first when none is waiting.
#[tracing::instrument(skip_all, fields(interview_id = %id))]
pub async fn get(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    scope: &Scope,
    id: &str,
    today: NaiveDate,
) -> Result<Interview, InterviewError> {
    let deadline = Instant::now() + interviewer.turn_budget;
    read(db, interviewer, scope, id, today, deadline).await
}

/// [`get`] within a turn that ends at `deadline`.
async fn read(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    scope: &Scope,
    id: &str,
    today: NaiveDate,
    deadline: Instant,
) -> Result<Interview, InterviewError> {
    let mut iv = store::get_visible(db, scope, id).await?;
    let turns = ensure_prompt(db, interviewer, &mut iv, today, deadline).await?;
    view(db, &interviewer.bank, iv, turns).await
}

/// The interview as its readers see it, from its row and its turns.
async fn view(
    db: &crate::store::Db,
    bank: &Bank,
    iv: store::InterviewRow,
    turns: Vec<Turn>,
) -> Result<Interview, InterviewError> {
    let facts = store::facts(db, &iv.id).await?;
    let record = accounts::record(db, &iv.account_id, WALK_ACTIVITIES).await?;
    let found = record_gaps(db, bank, &record, chrono::Utc::now().date_naive()).await?;
    let gaps = gaps::with_status(found, &said(&turns, &facts));
    let open = matches!(
        iv.status,
        InterviewStatus::Planned | InterviewStatus::InProgress
    );
    let current_prompt = pending(&turns).filter(|_| open).map(|t| Prompt {
        id: t.id.clone(),
        kind: t.kind,
        question_id: t.question_id,
        text: t.prompt_text.clone(),
        record_context: t.record_context.clone(),
        why: match t.successor_question {
            Some(_) => format!(
                "Your successor asked this and nothing captured answers it. Your answer joins \
                 what the account's knowledge says under \"{}\".",
                bank.question(t.question_id).text
            ),
            None => bank.question(t.question_id).why.clone(),
        },
        phrased_by: t.phrased_by,
    });
    let main: Vec<&Turn> = turns
        .iter()
        .filter(|t| t.kind == TurnKind::Question)
        .collect();
    let answered = main.iter().filter(|t| t.answer_text.is_some()).count();
    let skipped = main.iter().filter(|t| t.skipped).count();
    let progress = Progress {
        planned: iv.planned.len(),
        answered,
        skipped,
        remaining: iv.planned.len().saturating_sub(answered + skipped),
        follow_ups: turns
            .iter()
            .filter(|t| t.kind == TurnKind::FollowUp && t.answer_text.is_some())
            .count(),
    };
    Ok(Interview {
        id: iv.id,
        departure_id: iv.departure_id,
        account_id: iv.account_id.to_string(),
        account_name: iv.account_name,
        owner_id: iv.owner_id,
        tier: iv.tier,
        status: iv.status,
        planned_questions: iv.planned,
        max_follow_ups: iv.max_follow_ups,
        due_date: iv.due_date,
        started_at: iv.started_at,
        submitted_at: iv.submitted_at,
        fell_back: iv.fell_back,
        progress,
        current_prompt,
        turns,
        facts,
        gaps,
    })
}

/// What the interview's answers said, for closing gaps.
fn said<'a>(turns: &'a [Turn], facts: &'a [Fact]) -> Vec<gaps::Said<'a>> {
    turns
        .iter()
        .filter_map(|t| {
            Some(gaps::Said {
                question: t.question_id,
                text: t.answer_text.as_deref()?,
                facts: facts
                    .iter()
                    .filter(|f| f.turn_id == t.id)
                    .map(|f| &f.fact)
                    .collect(),
            })
        })
        .collect()
}

/// The interview the caller may write to: its owner or an admin, while it
/// is open.
async fn writable(
    db: &crate::store::Db,
    scope: &Scope,
    id: &str,
) -> Result<store::InterviewRow, InterviewError> {
    let iv = store::get_visible(db, scope, id).await?;
    if !(scope.is_admin() || scope.user_id().as_str() == iv.owner_id) {
        return Err(InterviewError::NotTheOwner);
    }
    if !matches!(
        iv.status,
        InterviewStatus::Planned | InterviewStatus::InProgress
    ) {
        return Err(InterviewError::Closed(iv.status));
    }
    Ok(iv)
}

/// An interview the caller may edit: before submission its owner (or an
/// admin) edits; after, in review and once approved, the owner's manager
/// chain (or an admin) does.
async fn editable(
    db: &crate::store::Db,
    scope: &Scope,
    id: &str,
) -> Result<store::InterviewRow, InterviewError> {
    let iv = store::get_visible(db, scope, id).await?;
    match iv.status {
        InterviewStatus::Planned | InterviewStatus::InProgress => writable(db, scope, id).await,
        InterviewStatus::Submitted | InterviewStatus::Approved => {
            check_reviewer(db, scope, &iv).await?;
            Ok(iv)
        }
    }
}

/// Admins and the owner's manager chain review; the owner does not.
async fn check_reviewer(
    db: &crate::store::Db,
    scope: &Scope,
    iv: &store::InterviewRow,
) -> Result<(), InterviewError> {
    // Review is a second pair of eyes, an admin's own answers included.
    if iv.owner_id == scope.user_id().as_str() {
        return Err(InterviewError::OwnInterview);
    }
    if scope.is_admin() {
        return Ok(());
    }
    let owner = crate::users::UserId::parse(&iv.owner_id)
        .map_err(|_| StoreError::Corrupt(format!("interview {}: owner", iv.id)))?;
    let above = crate::users::is_above(db, scope.user_id(), &owner)
        .await
        .map_err(|e| match e {
            crate::users::UsersError::NotFound => InterviewError::NotFound,
            crate::users::UsersError::Store(s) => InterviewError::Store(s),
        })?;
    if above {
        Ok(())
    } else {
        Err(InterviewError::NotAReviewer)
    }
}

/// One bank question's answer as review locks it: the answer and its
/// follow-ups' answers, in the order given.
#[derive(Debug, Clone)]
pub struct ReviewedAnswer {
    pub question_id: QuestionId,
    pub text: String,
    /// Who wrote the latest part of it.
    pub author_id: Option<String>,
}

/// An interview as its reviewer sees it, ready to lock.
#[derive(Debug, Clone)]
pub struct Reviewed {
    pub id: String,
    pub account_id: crate::accounts::AccountId,
    pub owner_id: String,
    pub status: InterviewStatus,
    pub answers: Vec<ReviewedAnswer>,
}

/// The interview for review by `scope` (the owner's manager chain or an
/// admin), with its answers composed by question.
pub async fn reviewed(
    db: &crate::store::Db,
    scope: &Scope,
    id: &str,
) -> Result<Reviewed, InterviewError> {
    let iv = store::get_visible(db, scope, id).await?;
    check_reviewer(db, scope, &iv).await?;
    let turns = store::turns(db, &iv.id).await?;
    Ok(Reviewed {
        answers: compose_answers(&turns),
        id: iv.id,
        account_id: iv.account_id,
        owner_id: iv.owner_id,
        status: iv.status,
    })
}

/// Each question's answers, in the order they were given, joined.
pub fn compose_answers(turns: &[Turn]) -> Vec<ReviewedAnswer> {
    let mut out: Vec<ReviewedAnswer> = Vec::new();
    for t in turns {
        let Some(text) = t.answer_text.as_deref() else {
            continue;
        };
        // A successor's question goes with its answer, which may not
        // make sense alone ("Dana, after finance signs").
        let text = match &t.successor_question {
            Some(asked) => format!("{} {}", asked.trim(), text.trim()),
            None => text.to_string(),
        };
        let text = text.as_str();
        match out.iter_mut().find(|a| a.question_id == t.question_id) {
            Some(a) => {
                a.text.push('\n');
                a.text.push_str(text.trim());
                a.author_id = t.answered_by.clone().or(a.author_id.take());
            }
            None => out.push(ReviewedAnswer {
                question_id: t.question_id,
                text: text.trim().to_string(),
                author_id: t.answered_by.clone(),
            }),
        }
    }
    out
}

fn clean_answer(text: &str) -> Result<String, InterviewError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(InterviewError::EmptyAnswer);
    }
    let chars = trimmed.chars().count();
    if chars > MAX_ANSWER_CHARS {
        return Err(InterviewError::AnswerTooLong(chars));
    }
    Ok(trimmed.to_string())
}

fn parse_question(raw: &str) -> Result<QuestionId, InterviewError> {
    QuestionId::parse(raw).ok_or_else(|| InterviewError::UnknownQuestion(raw.to_string()))
}

/// An answer as given: to the current prompt's question (the prompt named
/// when `prompt_id` is), or to a bank question the plan left out.
#[derive(Debug, Clone, Copy)]
pub struct Answer<'a> {
    pub question_id: &'a str,
    pub text: &'a str,
    pub prompt_id: Option<&'a str>,
}

/// Answers the current prompt, or volunteers an answer to a bank question
/// the plan left out. The answer is committed first, its extraction queued
/// with it; the next prompt follows within the turn's budget.
#[tracing::instrument(skip_all, fields(interview_id = %id, question_id = %given.question_id, by = %scope.user_id()))]
pub async fn answer(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    scope: &Scope,
    id: &str,
    given: &Answer<'_>,
    today: NaiveDate,
) -> Result<Interview, InterviewError> {
    let deadline = Instant::now() + interviewer.turn_budget;
    let question = parse_question(given.question_id)?;
    let text = clean_answer(given.text)?;
    let mut iv = writable(db, scope, id).await?;
    let turns = ensure_prompt(db, interviewer, &mut iv, today, deadline).await?;
    check_prompt(&turns, given.prompt_id)?;
    let already = turns.iter().any(|t| {
        t.question_id == question && t.kind != TurnKind::FollowUp && t.answer_text.is_some()
    });
    let current = pending(&turns);
    let turn_id = match current {
        Some(p) if p.question_id == question => {
            let by = scope.user_id().as_str();
            let closing = store::Closing::Answer { text: &text, by };
            store::close_pending(db, &iv.id, &p.id, closing).await?;
            p.id.clone()
        }
        _ if already => return Err(InterviewError::AlreadyAnswered(question)),
        _ if !iv.planned.contains(&question) => {
            let seq = turns.iter().map(|t| t.seq).max().unwrap_or(0) + 1;
            let wording = &interviewer.bank.question(question).text;
            let by = scope.user_id().as_str();
            store::record_volunteered(db, &iv.id, seq, question, wording, &text, by).await?
        }
        Some(p) => {
            return Err(InterviewError::NotCurrent {
                current: p.question_id,
                given: question,
            })
        }
        None => return Err(InterviewError::NothingToAnswer),
    };
    tracing::info!(turn_id, "answer stored");
    // Durable from here on, its extraction pending with it. What follows
    // may fail without losing either.
    // The rules take no time: their facts come with the reply (a gap the
    // answer closed is not asked about again), and with a model they stand
    // until the extraction job replaces them.
    let drawn = rules_facts(db, &iv, &text).await?;
    let then = match interviewer.has_model() {
        true => store::Then::StillPending,
        false => store::Then::Done,
    };
    store::store_drawn(db, (&iv.id, &turn_id, &text), &drawn, then).await?;
    if interviewer.has_model() {
        interviewer.extractions.wake();
    }
    read(db, interviewer, scope, id, today, deadline).await
}

/// The rules' facts of an answer: instant.
async fn rules_facts(
    db: &crate::store::Db,
    iv: &store::InterviewRow,
    text: &str,
) -> Result<store::Drawn, InterviewError> {
    let record = accounts::record(db, &iv.account_id, 0).await?;
    Ok(store::Drawn::Facts(
        rules::extract(text, &record.contacts),
        "rules",
    ))
}

/// One model attempt at an answer's facts, storing nothing: the model's
/// facts; `NotExtracted` when its reply fails the schema (no second try: a
/// model that never writes valid JSON costs one bounded request); the
/// rules' facts when no model is configured or it failed in a way that
/// will not pass (a 4xx). A failure that may pass (timed out,
/// unreachable, 429, 5xx) is returned, for the caller to retry or not.
async fn model_facts(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    iv: &store::InterviewRow,
    question: QuestionId,
    text: &str,
) -> Result<Result<store::Drawn, LlmError>, InterviewError> {
    let Some(step) = interviewer.step(&iv.account_name) else {
        return Ok(Ok(rules_facts(db, iv, text).await?));
    };
    let record = accounts::record(db, &iv.account_id, 0).await?;
    let known = prompt_people(db, &record).await?;
    let q = interviewer.bank.question(question);
    Ok(match step.extract(q, text, &known).await {
        Ok(facts) => Ok(store::Drawn::Facts(facts, "model")),
        Err(LlmError::Malformed(e)) => {
            tracing::warn!(error = %e, "extraction did not match the schema");
            Ok(store::Drawn::NotExtracted)
        }
        Err(e) if e.may_pass() => Err(e),
        Err(e) => {
            tracing::warn!(error = %crate::ErrorChain(&e), "extraction by model failed; rules take over");
            Ok(rules_facts(db, iv, text).await?)
        }
    })
}

/// Who draws the facts of an edited answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Drawer {
    /// The model once when one is configured, else (or when it fails but
    /// for the schema) the rules: for a reviewer's edits, whose facts
    /// commit with the approval.
    ModelOrRules,
    /// The rules: instant, for a write that must not wait on a model (the
    /// model's facts follow as a job).
    Rules,
}

/// Draws facts from an edited answer, storing nothing.
async fn draw_facts(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    iv: &store::InterviewRow,
    question: QuestionId,
    text: &str,
    drawer: Drawer,
) -> Result<store::Drawn, InterviewError> {
    if drawer == Drawer::ModelOrRules {
        if let Ok(drawn) = model_facts(db, interviewer, iv, question, text).await? {
            return Ok(drawn);
        }
    }
    rules_facts(db, iv, text).await
}

/// The questions of an interview whose answers' extraction is still
/// pending, read inside the caller's transaction.
pub async fn pending_extractions_in(
    tx: &mut crate::store::Tx,
    interview_id: &str,
) -> Result<Vec<QuestionId>, InterviewError> {
    let mut questions: Vec<QuestionId> = store::pending_turns_in(tx, interview_id)
        .await?
        .into_iter()
        .map(|(_, q)| q)
        .collect();
    questions.dedup();
    Ok(questions)
}

/// The answered turns of an interview whose extraction is still pending,
/// waited for until `deadline`: empty once there are none.
pub async fn await_extractions(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    interview_id: &str,
    deadline: Instant,
) -> Result<Vec<(String, QuestionId)>, InterviewError> {
    loop {
        let pending = store::pending_turns(db, interview_id).await?;
        let now = Instant::now();
        if pending.is_empty() || now >= deadline {
            return Ok(pending);
        }
        interviewer.extractions.wake();
        // A job finishing here rings at once; one finished by another
        // instance is seen at the next look.
        let look = (deadline - now).min(Duration::from_millis(250));
        interviewer.extractions.finished_or(look).await;
    }
}

/// Skips the current prompt: a skipped question is left unanswered, a
/// skipped follow-up moves on.
#[tracing::instrument(skip_all, fields(interview_id = %id, by = %scope.user_id()))]
pub async fn skip(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    scope: &Scope,
    id: &str,
    prompt_id: Option<&str>,
    today: NaiveDate,
) -> Result<Interview, InterviewError> {
    let deadline = Instant::now() + interviewer.turn_budget;
    let mut iv = writable(db, scope, id).await?;
    let turns = ensure_prompt(db, interviewer, &mut iv, today, deadline).await?;
    check_prompt(&turns, prompt_id)?;
    let p = pending(&turns).ok_or(InterviewError::NothingToAnswer)?;
    store::close_pending(db, &iv.id, &p.id, store::Closing::Skip).await?;
    read(db, interviewer, scope, id, today, deadline).await
}

/// What edits are for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditFor {
    /// An edit of its own: before submission by the owner (or an admin),
    /// after it by the owner's manager chain (or an admin). Its facts are
    /// drawn by the rules inside its transaction and, when a model is
    /// configured, by an extraction job queued with it.
    Edit,
    /// A reviewer's edits landing with the approval of a submitted
    /// interview: their facts, drawn before, commit with them and the lock.
    Approval,
}

/// Edits of an interview's answers, checked and their facts drawn, nothing
/// written yet: [`write_edits`] writes them inside the caller's transaction.
pub struct EditPlan {
    pub interview_id: String,
    pub account_id: crate::accounts::AccountId,
    /// The interview's status when the edits were allowed: the write
    /// claims the interview in it, or fails with a conflict.
    pub status: InterviewStatus,
    /// Whether the model draws the edits' facts again after the commit.
    requeue: bool,
    edits: Vec<PlannedEdit>,
}

struct PlannedEdit {
    turn: Turn,
    text: String,
    drawn: store::Drawn,
}

/// Checks edits (`(question id, text)`) against an interview the caller may
/// edit, and draws their facts. Edits the question's own answer, not its
/// follow-ups; the earlier text is kept as a version.
#[tracing::instrument(skip_all, fields(interview_id = %id, by = %scope.user_id()))]
pub async fn plan_edits(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    scope: &Scope,
    id: &str,
    edits: &[(String, String)],
    for_what: EditFor,
) -> Result<EditPlan, InterviewError> {
    let iv = match for_what {
        EditFor::Edit => editable(db, scope, id).await?,
        EditFor::Approval => {
            let iv = store::get_visible(db, scope, id).await?;
            check_reviewer(db, scope, &iv).await?;
            iv
        }
    };
    let turns = store::turns(db, &iv.id).await?;
    let drawer = match for_what {
        EditFor::Edit => Drawer::Rules,
        EditFor::Approval => Drawer::ModelOrRules,
    };
    let mut planned = Vec::with_capacity(edits.len());
    for (question_id, text) in edits {
        let question = parse_question(question_id)?;
        let text = clean_answer(text)?;
        let turn = turns
            .iter()
            .find(|t| {
                t.question_id == question && t.kind != TurnKind::FollowUp && t.answer_text.is_some()
            })
            .ok_or(InterviewError::NoAnswer(question))?;
        let drawn = draw_facts(db, interviewer, &iv, question, &text, drawer).await?;
        planned.push(PlannedEdit {
            turn: turn.clone(),
            text,
            drawn,
        });
    }
    Ok(EditPlan {
        interview_id: iv.id,
        account_id: iv.account_id,
        status: iv.status,
        requeue: for_what == EditFor::Edit && interviewer.has_model(),
        edits: planned,
    })
}

/// Writes planned edits and their facts inside the caller's transaction,
/// the interview claimed first in the status they were allowed in.
pub async fn write_edits(
    tx: &mut crate::store::Tx,
    plan: &EditPlan,
    by: &crate::users::UserId,
) -> Result<(), InterviewError> {
    store::claim(tx, &plan.interview_id, plan.status).await?;
    for e in &plan.edits {
        store::write_edit(tx, &e.turn, &e.text, by.as_str()).await?;
        store::write_facts(tx, &plan.interview_id, &e.turn.id, &e.drawn).await?;
        if plan.requeue {
            store::requeue_extraction(tx, &e.turn.id).await?;
        }
    }
    Ok(())
}

/// After the commit of edits: the interview as it stands, and the worker
/// woken for the extraction jobs they queued.
pub async fn after_edits(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    scope: &Scope,
    plan: &EditPlan,
) -> Result<Interview, InterviewError> {
    if plan.requeue {
        interviewer.extractions.wake();
    }
    let iv = store::get_visible(db, scope, &plan.interview_id).await?;
    let turns = store::turns(db, &iv.id).await?;
    view(db, &interviewer.bank, iv, turns).await
}

/// The interview's answers composed by question, read inside the caller's
/// transaction (its own edits included).
pub async fn answers_in(
    tx: &mut crate::store::Tx,
    interview_id: &str,
) -> Result<Vec<ReviewedAnswer>, InterviewError> {
    Ok(compose_answers(&store::turns_in(tx, interview_id).await?))
}

pub(crate) use store::{
    account_facts, create_planned, departure_accounts, mark_approved, plans_of_departure,
    turn_answered, turn_answered_at, turn_interview,
};

/// Submits the interview for review: answers can no longer change here.
#[tracing::instrument(skip_all, fields(interview_id = %id, by = %scope.user_id()))]
pub async fn submit(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    scope: &Scope,
    id: &str,
) -> Result<Interview, InterviewError> {
    let iv = writable(db, scope, id).await?;
    let turns = store::turns(db, &iv.id).await?;
    if !turns.iter().any(|t| t.answer_text.is_some()) {
        return Err(InterviewError::NothingToSubmit);
    }
    store::submit(db, &iv.id).await?;
    let entry = crate::audit::Entry {
        at: chrono::Utc::now(),
        actor: Some(scope.user_id()),
        kind: crate::audit::AuditKind::InterviewSubmitted,
        account_id: Some(iv.account_id.as_str()),
        subject: Some(&iv.owner_id),
        detail: serde_json::json!({
            "interview_id": iv.id,
            "answers": turns.iter().filter(|t| t.answer_text.is_some()).count(),
        }),
    };
    crate::audit::record_now(db, &entry).await?;
    // Submission changes the interview's row, not its turns.
    let iv = store::get_visible(db, scope, id).await?;
    view(db, &interviewer.bank, iv, turns).await
}
