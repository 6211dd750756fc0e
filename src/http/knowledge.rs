//! Review and the knowledge clone: approve, ask, brief, open questions,
//! index status.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::error::{ApiError, ErrorBody};
use super::extract::{AppJson, AppQuery, Caller, OptionalJson};
use crate::app::AppState;
use crate::bank::QuestionId;
use crate::handoffs::{self, HandoffPlan};
use crate::interviews::Interview;
use crate::knowledge::ask::{AnsweredBy, AskReply};
use crate::knowledge::brief::{self, Brief};
use crate::knowledge::store::CitedSource;
use crate::knowledge::{Approval, IndexStatus, ReadableAccount};

#[derive(Deserialize, Default, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ApproveRequest {
    /// Edits to make before locking, by question id: the text that replaces
    /// the answer (the earlier text is kept as a version). Keys are bank
    /// question ids, texts are not blank (the document says so: see
    /// `document::approve_edits`).
    #[serde(default)]
    answers: BTreeMap<String, String>,
}

/// Approves a submitted interview: the reviewer's edits are applied, each
/// answered question becomes an immutable knowledge version, and the
/// answers are searchable when this returns. The owner's manager chain or
/// an admin; the body may be left out. With a model configured, the facts
/// of every answer are drawn first: approval waits for pending extraction
/// up to the turn budget (`BATON_TURN_BUDGET_SECS`), then answers 409
/// `extraction_pending` naming the questions still pending.
#[utoipa::path(post, path = "/api/v1/interviews/{id}/approve", tag = "knowledge", request_body = ApproveRequest,
    params(("id" = String, Path, description = "Interview id")), security(("bearer" = [])),
    responses((status = 200, body = Approval), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn approve(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    OptionalJson(req): OptionalJson<ApproveRequest>,
) -> Result<Json<Approval>, ApiError> {
    let edits: Vec<(String, String)> = req.answers.into_iter().collect();
    Ok(Json(
        state
            .knowledge
            .approve(&state.interviewer, &scope, &id, &edits)
            .await?,
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct EditRequest {
    /// The new text: not blank, at most 20,000 characters.
    #[schema(min_length = 1, max_length = 20000, pattern = r"\S")]
    text: String,
}

/// Replaces an answer; the earlier text is kept as a version. Before
/// submission the owner edits; in review and after approval, the owner's
/// manager chain (or an admin) does, and an approved answer becomes a new
/// knowledge version (the old one is kept and no longer searched).
#[utoipa::path(put, path = "/api/v1/interviews/{id}/answers/{question_id}", tag = "interviews", request_body = EditRequest,
    params(("id" = String, Path, description = "Interview id"), ("question_id" = QuestionId, Path, description = "Question id")),
    security(("bearer" = [])),
    responses((status = 200, body = Interview), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn edit_answer(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path((id, question_id)): Path<(String, String)>,
    AppJson(req): AppJson<EditRequest>,
) -> Result<Json<Interview>, ApiError> {
    Ok(Json(
        state
            .knowledge
            .edit(&state.interviewer, &scope, &id, &question_id, &req.text)
            .await?,
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AskRequest {
    /// Not blank, at most 2,000 characters.
    #[schema(min_length = 1, max_length = 2000, pattern = r"\S")]
    question: String,
}

/// Asks the account's knowledge clone. The answer cites its sources; when
/// nothing captured answers, `abstained` is true and the question joins the
/// account's open questions. The owner, their manager chain, admins, and
/// the designated successor from notice on; anyone else gets 404.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/ask", tag = "knowledge", request_body = AskRequest,
    params(("id" = String, Path, description = "Account id")), security(("bearer" = [])),
    responses((status = 200, body = AskReply), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn ask(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    AppJson(req): AppJson<AskRequest>,
) -> Result<Json<AskReply>, ApiError> {
    Ok(Json(state.knowledge.ask(&scope, &id, &req.question).await?))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BriefParams {
    /// `json` (default) or `md` for Markdown.
    #[param(inline)]
    format: Option<BriefFormat>,
}

/// How the brief is written: JSON, or Markdown to print or paste.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize, ToSchema)]
#[serde(rename_all = "snake_case")]
enum BriefFormat {
    Json,
    Md,
}

/// The first-call brief: people, promises, sensitivities, pricing story,
/// renewal risk, warning signs, recent activity, open questions and what
/// not to ask. JSON, or Markdown with `?format=md`.
#[utoipa::path(get, path = "/api/v1/accounts/{id}/brief", tag = "knowledge", params(("id" = String, Path, description = "Account id"), BriefParams),
    security(("bearer" = [])),
    responses((status = 200, description = "The brief: JSON, or Markdown with `?format=md`", content((Brief = "application/json"), (String = "text/markdown"))), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn get_brief(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    AppQuery(params): AppQuery<BriefParams>,
) -> Result<Response, ApiError> {
    let b = state.knowledge.brief(&scope, &id, state.now()).await?;
    Ok(written(params.format, &b, brief::markdown))
}

/// `value` as JSON, or as Markdown by `markdown` when `?format=md`.
fn written<T: Serialize>(
    format: Option<BriefFormat>,
    value: &T,
    markdown: fn(&T) -> String,
) -> Response {
    if format == Some(BriefFormat::Md) {
        (
            [(header::CONTENT_TYPE, "text/markdown; charset=utf-8")],
            markdown(value),
        )
            .into_response()
    } else {
        Json(value).into_response()
    }
}

/// The successor's handoff plan, from the owner's notice, the departure
/// that moved the account or a transfer within the last 90 days (else from
/// today): intro notes for the departing owner to send to each key contact
/// (in the channel they answer; written by the language model when one is
/// configured, `written_by: model`, else or wherever it fails by a
/// template), the joint-call agenda (promises to confirm, sensitivities,
/// open opportunities, questions only the owner can answer), ninety days of
/// touchpoints by contact (weak relationships and the most value first;
/// done once a call, meeting, email or chat with the contact falls in its
/// window, each counting once), a first win and, with the renewal within
/// 180 days, what must not surprise whom. Enterprise accounts get the full
/// plan, mid-market a shorter one, SMB a checklist. Every item cites its
/// source. Readable by whoever may read the brief; JSON, or Markdown with
/// `?format=md`.
#[utoipa::path(get, path = "/api/v1/accounts/{id}/handoff-plan", tag = "knowledge", params(("id" = String, Path, description = "Account id"), BriefParams),
    security(("bearer" = [])),
    responses((status = 200, description = "The plan: JSON, or Markdown with `?format=md`", content((HandoffPlan = "application/json"), (String = "text/markdown"))), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn get_handoff_plan(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    AppQuery(params): AppQuery<BriefParams>,
) -> Result<Response, ApiError> {
    let plan = handoffs::plan(
        &state.knowledge,
        &state.bank.raise,
        &scope,
        &id,
        state.now(),
    )
    .await?;
    Ok(written(params.format, &plan, handoffs::markdown))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct QuestionsParams {
    /// Only the open ones (default true): see `open` in the reply.
    open: Option<bool>,
}

#[derive(Serialize, ToSchema)]
pub struct AskedQuestion {
    pub id: String,
    pub question: String,
    pub asked_by: String,
    pub asked_by_name: String,
    pub asked_at: chrono::DateTime<chrono::Utc>,
    pub abstained: bool,
    pub answered_by: AnsweredBy,
    pub confidence: f64,
    pub citations: Vec<CitedSource>,
    /// Still waiting for an answer: the clone had none, the departing
    /// owner has not answered it, and nothing was approved since.
    pub open: bool,
    /// When a manager sent it back into the departing owner's interview.
    pub sent_back: Option<SentBack>,
}

/// Where an open question was sent.
#[derive(Serialize, ToSchema)]
pub struct SentBack {
    pub interview_id: String,
    pub at: chrono::DateTime<chrono::Utc>,
    pub by: String,
    /// When the owner answered it (which closed the question).
    pub answered_at: Option<chrono::DateTime<chrono::Utc>>,
}

#[derive(Serialize, ToSchema)]
pub struct AskedQuestions {
    pub account_id: String,
    pub items: Vec<AskedQuestion>,
}

/// The questions asked of the account's clone, newest first: by default
/// the open ones (nothing captured answered them), for a manager to chase
/// while the owner is still there.
#[utoipa::path(get, path = "/api/v1/accounts/{id}/questions", tag = "knowledge", params(("id" = String, Path, description = "Account id"), QuestionsParams),
    security(("bearer" = [])),
    responses((status = 200, body = AskedQuestions), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn asked_questions(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    AppQuery(params): AppQuery<QuestionsParams>,
) -> Result<Json<AskedQuestions>, ApiError> {
    let rows = state
        .knowledge
        .asked_questions(&scope, &id, params.open.unwrap_or(true))
        .await?;
    Ok(Json(AskedQuestions {
        account_id: id,
        items: rows
            .into_iter()
            .map(|r| AskedQuestion {
                citations: r.citations.0,
                id: r.id,
                question: r.question,
                asked_by: r.asked_by,
                asked_by_name: r.asked_by_name,
                asked_at: r.asked_at,
                abstained: r.abstained,
                answered_by: r.answered_by,
                confidence: r.confidence,
                open: r.open,
                sent_back: match (r.sent_back_interview_id, r.sent_back_at, r.sent_back_by) {
                    (Some(interview_id), Some(at), Some(by)) => Some(SentBack {
                        interview_id,
                        at,
                        by,
                        answered_at: r.owner_answered_at,
                    }),
                    _ => None,
                },
            })
            .collect(),
    }))
}

/// The accounts whose knowledge the caller may read (ask, brief): their
/// own, their reporting line's, and those they are named successor for.
#[utoipa::path(get, path = "/api/v1/knowledge/accounts", tag = "knowledge", security(("bearer" = [])),
    responses((status = 200, body = Vec<ReadableAccount>), (status = 401, body = ErrorBody)))]
pub async fn readable_accounts(
    State(state): State<AppState>,
    Caller(scope): Caller,
) -> Result<Json<Vec<ReadableAccount>>, ApiError> {
    Ok(Json(state.knowledge.readable_accounts(&scope).await?))
}

/// The vector index: engine, embedder, chunks searchable and waiting, the
/// background indexer's progress through its two phases (record items
/// searchable by their words first, `unembedded` until their dense vector
/// comes). Managers and admins.
#[utoipa::path(get, path = "/api/v1/index", tag = "knowledge", security(("bearer" = [])),
    responses((status = 200, body = IndexStatus), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn index_status(
    State(state): State<AppState>,
    Caller(scope): Caller,
) -> Result<Json<IndexStatus>, ApiError> {
    if scope.role() == crate::users::Role::Rep {
        return Err(ApiError::Forbidden(
            "only managers and admins see the index status".into(),
        ));
    }
    Ok(Json(state.knowledge.indexer.status().await?))
}
