//! Account list, detail and the gaps in the record.

use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::error::{ApiError, ErrorBody};
use super::extract::{AppJson, AppQuery, Caller};
use crate::accounts::patterns::{self, ContactPattern};
use crate::accounts::transfer::{self, Move};
use crate::accounts::{self, AccountDetail, AccountFilter, AccountPage, Segment};
use crate::app::AppState;
use crate::interviews::{self, gaps::Gap};

const MAX_PER_PAGE: u32 = 200;
/// The last page number asked for: far past any team's accounts.
const MAX_PAGE: u32 = 1_000_000;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// Only accounts owned by this user.
    owner_id: Option<String>,
    /// Only accounts of this segment.
    segment: Option<Segment>,
    /// 1-based page number (default 1), at most 1,000,000.
    #[param(minimum = 1, maximum = 1000000)]
    page: Option<u32>,
    /// Page size, 1 to 200 (default 50).
    #[param(minimum = 1, maximum = 200)]
    per_page: Option<u32>,
}

/// The accounts the caller may see, by name.
#[utoipa::path(get, path = "/api/v1/accounts", tag = "accounts", params(ListParams),
    security(("bearer" = [])),
    responses((status = 200, body = AccountPage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody)))]
pub async fn list_accounts(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppQuery(params): AppQuery<ListParams>,
) -> Result<Json<AccountPage>, ApiError> {
    let per_page = params.per_page.unwrap_or(50);
    if !(1..=MAX_PER_PAGE).contains(&per_page) {
        return Err(ApiError::BadRequest {
            code: "invalid_query",
            message: format!("per_page must be between 1 and {MAX_PER_PAGE}"),
        });
    }
    let page = params.page.unwrap_or(1);
    if !(1..=MAX_PAGE).contains(&page) {
        return Err(ApiError::BadRequest {
            code: "invalid_query",
            message: format!("page must be between 1 and {MAX_PAGE}"),
        });
    }
    let filter = AccountFilter {
        owner_id: params.owner_id,
        segment: params.segment,
        page,
        per_page,
    };
    Ok(Json(accounts::list(&state.db, &scope, &filter).await?))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DetailParams {
    /// How many recent activities to include, 0 to 200 (default 20).
    #[param(minimum = 0, maximum = 200)]
    activities: Option<u32>,
}

/// One account's record: contacts, opportunities, recent activities and
/// ownership history. 404 when it does not exist or is not the caller's to see.
#[utoipa::path(get, path = "/api/v1/accounts/{id}", tag = "accounts",
    params(("id" = String, Path, description = "Account id"), DetailParams),
    security(("bearer" = [])),
    responses((status = 200, body = AccountDetail), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn account_detail(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    AppQuery(params): AppQuery<DetailParams>,
) -> Result<Json<AccountDetail>, ApiError> {
    let limit = params.activities.unwrap_or(20);
    if limit > MAX_PER_PAGE {
        return Err(ApiError::BadRequest {
            code: "invalid_query",
            message: format!("activities must be between 0 and {MAX_PER_PAGE}"),
        });
    }
    Ok(Json(accounts::detail(&state.db, &scope, &id, limit).await?))
}

/// The gaps in the account's record: what it leaves unsaid that the
/// handoff interview should ask first (a buying role nobody holds, a weak
/// or quiet key contact, a person the activities name who is not a
/// contact, a promise the contract notes do not carry, a concession
/// without a reason, an open opportunity without a next step or past its
/// date, a renewal nobody works on). Whoever may read the account: the
/// owner, their manager chain, its team, admins.
#[utoipa::path(get, path = "/api/v1/accounts/{id}/gaps", tag = "accounts",
    params(("id" = String, Path, description = "Account id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<Gap>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn account_gaps(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<Vec<Gap>>, ApiError> {
    Ok(Json(
        interviews::account_gaps(&state.db, &state.bank, &scope, &id, state.today()).await?,
    ))
}

/// How each contact of the account is really reached, from the last 90
/// days of its activities: touches, cadence (the median gap, in days),
/// last contact and last reply, the channel that gets answers beside the
/// stated preference (`channels_differ`), a silence longer than twice the
/// cadence, and who on our side they talk to. A reply is an inbound email
/// or chat, or a call or meeting; an internal note is no touch. Readable
/// by whoever may read the account's brief.
#[utoipa::path(get, path = "/api/v1/accounts/{id}/contacts/patterns", tag = "accounts",
    params(("id" = String, Path, description = "Account id")),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<ContactPattern>), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn contact_patterns(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<Vec<ContactPattern>>, ApiError> {
    Ok(Json(
        patterns::of_account(&state.db, &scope, &id, state.now()).await?,
    ))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferRequest {
    /// Who receives the account: any active user. A user outside the
    /// caller's line who is not active is refused (422 `invalid_receiver`)
    /// exactly like a user that does not exist.
    to_user_id: String,
    /// Why the account moves, 1 to 500 characters, not only blanks (422
    /// `invalid_reason`).
    #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
    reason: String,
}

/// Moves an account to another owner, by the owner's manager chain, an
/// admin, or a manager handing on an account they hold (a rep owner may
/// not: 403). The move lands in the
/// account's ownership history. 409 `same_owner` when it already belongs
/// to that user, 409 `owner_changed` when it changed owner meanwhile.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/transfer", tag = "accounts",
    params(("id" = String, Path, description = "Account id")), request_body = TransferRequest,
    security(("bearer" = [])),
    responses((status = 200, body = Move, description = "The move, as recorded"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn transfer_account(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    AppJson(req): AppJson<TransferRequest>,
) -> Result<Json<Move>, ApiError> {
    let reason = transfer::Reason::parse(&req.reason)?;
    let moved = transfer::transfer(
        &state.db,
        &scope,
        &id,
        &req.to_user_id,
        &reason,
        state.now(),
    )
    .await?;
    Ok(Json(moved))
}
