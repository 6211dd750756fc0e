//! Notice and interview plans.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::ToSchema;

use super::error::{ApiError, ErrorBody};
use super::extract::{AppJson, Caller};
use crate::app::AppState;
use crate::departures::{self, Departure, Notice};

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NoticeRequest {
    /// The departing user.
    user_id: String,
    /// Their last day (YYYY-MM-DD), today or later.
    last_day: NaiveDate,
    /// Who takes over: any active user other than the departing one. A
    /// user outside the caller's line who is not active is refused (422
    /// `invalid_successor`) exactly like a user that does not exist.
    successor_id: Option<String>,
}

/// Gives notice for a user: they become `departing` and one interview is
/// planned per account they own. By their manager chain or an admin,
/// never by the departing user themselves.
#[utoipa::path(post, path = "/api/v1/departures", tag = "departures", request_body = NoticeRequest,
    security(("bearer" = [])),
    responses(
        (status = 201, body = Departure, description = "The departure and its interview plan"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody, description = "Notice already given"),
        (status = 422, body = ErrorBody)))]
pub async fn give_notice(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppJson(req): AppJson<NoticeRequest>,
) -> Result<(StatusCode, Json<Departure>), ApiError> {
    let notice = Notice {
        user_id: req.user_id,
        last_day: req.last_day,
        successor_id: req.successor_id,
    };
    let departure =
        departures::give_notice(&state.db, &state.bank, &scope, &notice, state.today()).await?;
    Ok((StatusCode::CREATED, Json(departure)))
}

/// Departures of the users the caller may see, newest first.
#[utoipa::path(get, path = "/api/v1/departures", tag = "departures", security(("bearer" = [])),
    responses((status = 200, body = Vec<Departure>), (status = 401, body = ErrorBody)))]
pub async fn list_departures(
    State(state): State<AppState>,
    Caller(scope): Caller,
) -> Result<Json<Vec<Departure>>, ApiError> {
    Ok(Json(departures::list(&state.db, &scope).await?))
}

/// One departure with its interview plan.
#[utoipa::path(get, path = "/api/v1/departures/{id}", tag = "departures",
    params(("id" = String, Path, description = "Departure id")), security(("bearer" = [])),
    responses((status = 200, body = Departure), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn get_departure(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<Departure>, ApiError> {
    Ok(Json(departures::get(&state.db, &scope, &id).await?))
}

/// Completes a departure: the user becomes `departed` (their tokens stop
/// working) and the accounts they still own pass to the successor, if any.
#[utoipa::path(post, path = "/api/v1/departures/{id}/complete", tag = "departures",
    params(("id" = String, Path, description = "Departure id")), security(("bearer" = [])),
    responses((status = 200, body = Departure), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn complete_departure(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<Departure>, ApiError> {
    Ok(Json(departures::complete(&state.db, &scope, &id).await?))
}
