//! Ownership: assignment by rule, the account team, conflicts.

use axum::extract::{Path, State};
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::error::{ApiError, ErrorBody};
use super::extract::{AppJson, AppQuery, Caller};
use crate::accounts::TeamRole;
use crate::app::AppState;
use crate::ownership::assign::{self, AssignReport};
use crate::ownership::conflicts::{self, Conflicts, Resolution, Resolved};
use crate::ownership::team::{self, TeamChange, TeamMember, TeamUpdate};

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AssignParams {
    /// List what would change and change nothing.
    dry_run: Option<bool>,
}

/// Applies the ownership rules (`BATON_OWNERSHIP_RULES`) to the unassigned
/// accounts the caller may act on: accounts that came without an owner
/// (admins), and accounts whose owner left without a successor (admins;
/// managers over their line). The first rule that matches an account
/// gives it its owner; each assignment lands in the ownership history with
/// its rule and in the audit log. With `dry_run=true` it lists what would
/// change and changes nothing. Reps: 403. 409 `no_ownership_rules` when no
/// rules file is configured.
#[utoipa::path(post, path = "/api/v1/assign", tag = "ownership", params(AssignParams),
    security(("bearer" = [])),
    responses((status = 200, body = AssignReport), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub async fn assign_accounts(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppQuery(params): AppQuery<AssignParams>,
) -> Result<Json<AssignReport>, ApiError> {
    let report = assign::assign(
        &state.db,
        &scope,
        state.rules.as_deref(),
        params.dry_run.unwrap_or(false),
        state.now(),
    )
    .await?;
    Ok(Json(report))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ConflictParams {
    /// Also list conflicts marked accepted, with their acceptance.
    include_accepted: Option<bool>,
    /// How many conflicts to list, 1 to 1,000 (default 200); the counts
    /// cover them all.
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u32>,
}

/// The ownership conflicts in the caller's view (scoped like the
/// dashboard): `activity_by_non_owner` (activities in the last 90 days by
/// someone who is neither the owner, a team member, the designated
/// successor nor in the owner's manager chain), `duplicate_customer` (one
/// customer under two accounts of different owners: a company domain, a
/// contact's email or phone in both) and `unassigned` (nobody works it),
/// each with a stable `key`, its accounts, users and evidence; the largest
/// ARR first.
#[utoipa::path(get, path = "/api/v1/conflicts", tag = "ownership", params(ConflictParams),
    security(("bearer" = [])),
    responses((status = 200, body = Conflicts), (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody)))]
pub async fn list_conflicts(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppQuery(params): AppQuery<ConflictParams>,
) -> Result<Json<Conflicts>, ApiError> {
    let limit = params.limit.unwrap_or(200);
    if !(1..=conflicts::MAX_LIMIT as u32).contains(&limit) {
        return Err(ApiError::BadRequest {
            code: "invalid_query",
            message: format!("limit must be between 1 and {}", conflicts::MAX_LIMIT),
        });
    }
    Ok(Json(
        conflicts::list(
            &state.db,
            &state.conflicts,
            &scope,
            state.now(),
            params.include_accepted.unwrap_or(false),
            limit as usize,
        )
        .await?,
    ))
}

/// How to resolve a conflict.
#[derive(Deserialize, ToSchema)]
#[serde(rename_all = "snake_case", tag = "resolution", deny_unknown_fields)]
pub enum ResolutionRequest {
    /// Leave it as it is, for a reason (managers and admins).
    Accepted {
        /// The conflict's `key`, as listed.
        #[schema(min_length = 1, max_length = 400)]
        conflict: String,
        #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
        reason: String,
    },
    /// Move one of its accounts to another owner (the transfer's rules).
    Transfer {
        #[schema(min_length = 1, max_length = 400)]
        conflict: String,
        account_id: String,
        to_user_id: String,
        #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
        reason: String,
    },
    /// Put a user in one of its accounts' team (the team's rules).
    TeamMember {
        #[schema(min_length = 1, max_length = 400)]
        conflict: String,
        account_id: String,
        user_id: String,
        role: TeamRole,
        #[schema(min_length = 1, max_length = 500, pattern = r"\S")]
        reason: String,
    },
}

/// Resolves an open conflict: marked `accepted` with a reason (managers
/// and admins; reps 403), or by a `transfer` or a `team_member` seat,
/// each made on its own rules (403/422/409 as those say). The resolution
/// is in the audit log (`conflict_resolved`, naming the conflict), and
/// `still_open` says whether the conflict remains. 404 when no open
/// conflict in the caller's view has that key; 422 `invalid_request`
/// for an account the conflict is not about or a reason that is blank or
/// too long, `invalid_user` for a user who does not exist or is not
/// active.
#[utoipa::path(post, path = "/api/v1/conflicts/resolve", tag = "ownership",
    request_body = ResolutionRequest, security(("bearer" = [])),
    responses((status = 200, body = Resolved), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn resolve_conflict(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppJson(req): AppJson<ResolutionRequest>,
) -> Result<Json<Resolved>, ApiError> {
    let (key, how, reason) = match req {
        ResolutionRequest::Accepted { conflict, reason } => {
            (conflict, Resolution::Accepted, reason)
        }
        ResolutionRequest::Transfer {
            conflict,
            account_id,
            to_user_id,
            reason,
        } => (
            conflict,
            Resolution::Transfer {
                account_id,
                to: to_user_id,
            },
            reason,
        ),
        ResolutionRequest::TeamMember {
            conflict,
            account_id,
            user_id,
            role,
            reason,
        } => (
            conflict,
            Resolution::TeamMember {
                account_id,
                user_id,
                role,
            },
            reason,
        ),
    };
    let reason = team::reason(Some(&reason), None)?;
    Ok(Json(
        conflicts::resolve(
            &state.db,
            &state.conflicts,
            &scope,
            &key,
            &how,
            &reason,
            state.now(),
        )
        .await?,
    ))
}

/// An account's team and its history.
#[derive(serde::Serialize, ToSchema)]
pub struct TeamView {
    pub account_id: String,
    pub team: Vec<TeamMember>,
    /// Every change, oldest first.
    pub history: Vec<TeamChange>,
}

/// The account's team besides its owner (`co_owner`, `support`,
/// `executive_sponsor`), and every change to it. Whoever may read the
/// account.
#[utoipa::path(get, path = "/api/v1/accounts/{id}/team", tag = "ownership",
    params(("id" = String, Path, description = "Account id")),
    security(("bearer" = [])),
    responses((status = 200, body = TeamView), (status = 401, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn get_team(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<TeamView>, ApiError> {
    let account = crate::accounts::get_visible(&state.db, &scope, &id).await?;
    let id = account.account.id.as_str();
    Ok(Json(TeamView {
        account_id: id.to_string(),
        team: team::members(&state.db, id).await?,
        history: team::history(&state.db, id).await?,
    }))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SeatRequest {
    /// Any active user but the owner.
    user_id: String,
    role: TeamRole,
    /// Why, up to 500 characters (absent or blank: "added by hand").
    #[schema(max_length = 500)]
    reason: Option<String>,
}

/// Puts a user in the account's team, or changes their role: the owner's
/// manager chain and admins (an account nobody owns: admins); 403 for
/// others who see the account. 422 `invalid_user` for a user who does
/// not exist or is not active, 409 `team_unchanged` when they already hold
/// that role or own the account. In the team's history and the audit log.
#[utoipa::path(post, path = "/api/v1/accounts/{id}/team", tag = "ownership",
    params(("id" = String, Path, description = "Account id")), request_body = SeatRequest,
    security(("bearer" = [])),
    responses((status = 200, body = TeamUpdate), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_member(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
    AppJson(req): AppJson<SeatRequest>,
) -> Result<Json<TeamUpdate>, ApiError> {
    let reason = team::reason(req.reason.as_deref(), Some("added by hand"))?;
    Ok(Json(
        team::add(
            &state.db,
            &scope,
            &id,
            &req.user_id,
            req.role,
            &reason,
            None,
            state.now(),
        )
        .await?,
    ))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct RemoveParams {
    /// Why, up to 500 characters (absent or blank: "removed by hand");
    /// longer: 422 `invalid_request`.
    reason: Option<String>,
}

/// Takes a user out of the account's team: as adding. 409 `team_unchanged`
/// when they are not in it.
#[utoipa::path(delete, path = "/api/v1/accounts/{id}/team/{user_id}", tag = "ownership",
    params(("id" = String, Path, description = "Account id"),
        ("user_id" = String, Path, description = "The member"), RemoveParams),
    security(("bearer" = [])),
    responses((status = 200, body = TeamUpdate), (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn remove_member(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path((id, user_id)): Path<(String, String)>,
    AppQuery(params): AppQuery<RemoveParams>,
) -> Result<Json<TeamUpdate>, ApiError> {
    let reason = team::reason(params.reason.as_deref(), Some("removed by hand"))?;
    Ok(Json(
        team::remove(&state.db, &scope, &id, &user_id, &reason, state.now()).await?,
    ))
}
