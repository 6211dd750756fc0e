//! The interview: read it, answer, skip, edit, submit.

use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;

use super::error::{ApiError, ErrorBody};
use super::extract::{AppJson, Caller, OptionalJson};
use crate::app::AppState;
use crate::bank::QuestionId;
use crate::interviews::{self, Interview};

/// The interview with its current prompt (`null` when nothing is left to
/// ask), its turns and the facts drawn from answers. The owner, their
/// manager chain and admins may read it.
#[utoipa::path(get, path = "/api/v1/interviews/{id}", tag = "interviews",
    params(("id" = String, Path, description = "Interview id")), security(("bearer" = [])),
    responses((status = 200, body = Interview), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_interview(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<Interview>, ApiError> {
    Ok(Json(
        interviews::get(&state.db, &state.interviewer, &scope, &id, state.today()).await?,
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerRequest {
    /// The current prompt's question, or a bank question the plan left out.
    #[schema(value_type = QuestionId)]
    question_id: String,
    /// Not blank, at most 20,000 characters.
    #[schema(min_length = 1, max_length = 20000, pattern = r"\S")]
    text: String,
    /// The `id` of the prompt answered (`current_prompt.id`). When given,
    /// the answer lands on that prompt or not at all: 409 `prompt_closed`
    /// once it was answered or skipped, 422 `unknown_prompt` when the
    /// interview has no such prompt.
    #[serde(default)]
    prompt_id: Option<String>,
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct SkipRequest {
    /// The `id` of the prompt skipped (`current_prompt.id`). When given,
    /// the skip lands on that prompt or not at all: 409 `prompt_closed`
    /// once it was answered or skipped, 422 `unknown_prompt` when the
    /// interview has no such prompt.
    #[serde(default)]
    prompt_id: Option<String>,
}

/// Answers the current prompt, or volunteers an answer to a question the
/// plan left out. The answer is stored before anything else happens; the
/// reply carries the next prompt. By the interview's owner, or an admin
/// (entering answers given by phone, say); the owner's manager chain reads
/// the interview but may not write it (403).
#[utoipa::path(post, path = "/api/v1/interviews/{id}/answers", tag = "interviews", request_body = AnswerRequest,
    params(("id" = String, Path, description = "Interview id")), security(("bearer" = [])),
    responses((status = 200, body = Interview), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn answer(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    AppJson(req): AppJson<AnswerRequest>,
) -> Result<Json<Interview>, ApiError> {
    let today = state.today();
    let given = interviews::Answer {
        question_id: &req.question_id,
        text: &req.text,
        prompt_id: req.prompt_id.as_deref(),
    };
    let iv = interviews::answer(&state.db, &state.interviewer, &scope, &id, &given, today).await?;
    Ok(Json(iv))
}

/// Skips the current prompt: a skipped question is left unanswered, a
/// skipped follow-up moves on. The body may be left out. By the owner or
/// an admin, as for answers.
#[utoipa::path(post, path = "/api/v1/interviews/{id}/skip", tag = "interviews", request_body = SkipRequest,
    params(("id" = String, Path, description = "Interview id")), security(("bearer" = [])),
    responses((status = 200, body = Interview), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn skip(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    OptionalJson(req): OptionalJson<SkipRequest>,
) -> Result<Json<Interview>, ApiError> {
    Ok(Json(
        interviews::skip(
            &state.db,
            &state.interviewer,
            &scope,
            &id,
            req.prompt_id.as_deref(),
            state.today(),
        )
        .await?,
    ))
}

/// Submits the interview for review; answers can no longer change. By
/// the owner or an admin, as for answers.
#[utoipa::path(post, path = "/api/v1/interviews/{id}/submit", tag = "interviews",
    params(("id" = String, Path, description = "Interview id")), security(("bearer" = [])),
    responses((status = 200, body = Interview), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn submit(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<Interview>, ApiError> {
    Ok(Json(
        interviews::submit(&state.db, &state.interviewer, &scope, &id).await?,
    ))
}

#[derive(Deserialize, ToSchema, Default)]
#[serde(deny_unknown_fields)]
pub struct SendBackRequest {
    /// The bank question the owner's answer is filed under; by default
    /// the one closest to the successor's words.
    #[serde(default)]
    #[schema(value_type = Option<QuestionId>)]
    question_id: Option<String>,
}

/// Sends a successor's open question back to the departing owner: it
/// becomes a waiting prompt of the owner's interview for the account
/// (reopened if it was submitted or approved), and the owner's answer
/// closes it. By the owner's manager chain or an admin, while the owner
/// serves their notice (409 `owner_not_in_notice` otherwise); 409
/// `question_not_open` when the question is answered already, 409
/// `already_sent_back` the second time. The body may be left out.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/questions/{asked_id}/send-back", tag = "interviews",
    request_body = SendBackRequest,
    params(("id" = String, Path, description = "Account id"),
        ("asked_id" = String, Path, description = "The asked question's id (from `/accounts/{id}/questions`)")),
    security(("bearer" = [])),
    responses((status = 200, body = Interview, description = "The interview the question now waits in"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn send_back(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path((id, asked)): Path<(String, String)>,
    OptionalJson(req): OptionalJson<SendBackRequest>,
) -> Result<Json<Interview>, ApiError> {
    let given = interviews::SendBack {
        account_id: &id,
        asked_question_id: &asked,
        question_id: req.question_id.as_deref(),
    };
    Ok(Json(
        interviews::send_back(&state.db, &state.interviewer, &scope, &given, state.today()).await?,
    ))
}
