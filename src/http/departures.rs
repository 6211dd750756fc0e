//! Notice and interview plans.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::error::{ApiError, ErrorBody};
use super::extract::{AppJson, AppQuery, Caller};
use crate::app::AppState;
use crate::departures::health::DepartureHealth;
use crate::departures::{self, Departure, DepartureError, Notice, Reassigned, Reassignment};

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
    // With a model, each interview's first question is phrased now, so
    // that the rep's first read finds it ready.
    state.interviewer.prepare_first_questions(
        &state.db,
        departure
            .interviews
            .iter()
            .map(|i| (i.id.as_str(), i.planned_questions.first().copied())),
        state.today(),
    );
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

/// The handoff health of a departure: for each account, who holds it since
/// the handover, days to their first logged activity and to reading the
/// brief, questions asked of the clone and abstained, contacts added, 30,
/// 60 and 90 days after the handover (cumulative; `complete` once the days
/// have passed), each opportunity open at notice against its stage and
/// amount then, the touchpoints of its handoff plan (planned, done, due,
/// overdue), and a `status` (`pending`, `on_track`, `attention`,
/// `unassigned`) with its `reasons`. For the departing user's manager
/// chain and admins.
#[utoipa::path(get, path = "/api/v1/departures/{id}/health", tag = "departures",
    params(("id" = String, Path, description = "Departure id")), security(("bearer" = [])),
    responses((status = 200, body = DepartureHealth), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn departure_health(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<DepartureHealth>, ApiError> {
    Ok(Json(
        crate::handoffs::departure_health(
            &state.knowledge,
            &state.bank.raise,
            &scope,
            &id,
            state.now(),
        )
        .await?,
    ))
}

/// Completes a departure (it also ends by itself once its last day has
/// passed): the user becomes `departed`, their tokens are revoked (listed
/// as revoked; what they wrote stays, attributed), and the accounts they
/// still own pass to the successor or, with none named, to their manager,
/// flagged unassigned on the dashboard until transferred.
#[utoipa::path(post, path = "/api/v1/departures/{id}/complete", tag = "departures",
    params(("id" = String, Path, description = "Departure id")), security(("bearer" = [])),
    responses((status = 200, body = Departure), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn complete_departure(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<Departure>, ApiError> {
    Ok(Json(
        departures::complete(&state.db, &scope, &id, state.now()).await?,
    ))
}

/// One account and where it goes.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AccountMove {
    account_id: String,
    to_user_id: String,
}

/// Exactly one of `to_user_id` (every account the departing user still
/// owns) and `accounts` (each named account to its own receiver).
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReassignRequest {
    to_user_id: Option<String>,
    accounts: Option<Vec<AccountMove>>,
    /// Why, 1 to 500 characters, not only blanks (422 `invalid_reason`);
    /// by default "reassigned from NAME's departure".
    #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
    reason: Option<String>,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ReassignParams {
    /// Say what would move and change nothing.
    preview: Option<bool>,
}

/// Moves a departing user's accounts while the departure is open, by
/// their manager chain or an admin: all to one user, or each to its own;
/// every move lands in the account's ownership history, all or none. With
/// `?preview=true`, the same answer and nothing changed. 422
/// `invalid_reassignment` for an account the departing user does not own,
/// one named twice, or a body naming both or neither of `to_user_id` and
/// `accounts`; 422 `invalid_receiver`; 409 `departure_completed`.
#[utoipa::path(post, path = "/api/v1/departures/{id}/reassign", tag = "departures",
    params(("id" = String, Path, description = "Departure id"), ReassignParams), request_body = ReassignRequest,
    security(("bearer" = [])),
    responses((status = 200, body = Reassigned),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn reassign(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    AppQuery(params): AppQuery<ReassignParams>,
    AppJson(req): AppJson<ReassignRequest>,
) -> Result<Json<Reassigned>, ApiError> {
    let plan = match (req.to_user_id, req.accounts) {
        (Some(to), None) => Reassignment::AllTo(to),
        (None, Some(each)) => Reassignment::Each(
            each.into_iter()
                .map(|m| (m.account_id, m.to_user_id))
                .collect(),
        ),
        _ => {
            return Err(DepartureError::InvalidReassignment(
                "name exactly one of to_user_id and accounts".into(),
            )
            .into())
        }
    };
    let done = departures::reassign(
        &state.db,
        &scope,
        &id,
        &plan,
        req.reason.as_deref(),
        params.preview.unwrap_or(false),
        state.now(),
    )
    .await?;
    Ok(Json(done))
}
