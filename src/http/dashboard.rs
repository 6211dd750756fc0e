//! The manager's dashboard.

use axum::extract::State;
use axum::Json;
use serde::Deserialize;
use utoipa::IntoParams;

use super::error::{ApiError, ErrorBody};
use super::extract::{AppQuery, Caller};
use crate::app::AppState;
use crate::dashboard::{self, Dashboard, AT_RISK_SHOWN, MAX_AT_RISK_SHOWN};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DashboardParams {
    /// Accounts at risk listed, 1 to 1000 (default 50), the largest ARR
    /// first; the totals count them all.
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<usize>,
}

/// Coverage and risk over the accounts the caller may see (their reporting
/// line; an admin everything; a rep their own): departures in progress with
/// their interviews by tier and status, accounts at risk with stable reason
/// codes, accounts whose owner left with no successor, and the ARR at
/// stake in all and per reason.
#[utoipa::path(get, path = "/api/v1/dashboard", tag = "dashboard", params(DashboardParams),
    security(("bearer" = [])),
    responses((status = 200, body = Dashboard), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody)))]
pub async fn get_dashboard(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppQuery(params): AppQuery<DashboardParams>,
) -> Result<Json<Dashboard>, ApiError> {
    let limit = params.limit.unwrap_or(AT_RISK_SHOWN);
    if !(1..=MAX_AT_RISK_SHOWN).contains(&limit) {
        return Err(ApiError::BadRequest {
            code: "invalid_query",
            message: format!("limit must be between 1 and {MAX_AT_RISK_SHOWN}"),
        });
    }
    Ok(Json(
        dashboard::dashboard(
            &state.db,
            &state.conflicts,
            &scope,
            &state.bank.raise,
            state.now(),
            limit,
        )
        .await?,
    ))
}
