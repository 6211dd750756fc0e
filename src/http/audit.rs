//! The audit log.

use axum::extract::State;
use axum::Json;
use chrono::{DateTime, Utc};
use serde::Deserialize;
use utoipa::IntoParams;

use super::error::{ApiError, ErrorBody};
use super::extract::{AppQuery, Caller};
use crate::app::AppState;
use crate::audit::{self, AuditEntry, AuditFilter, AuditKind};

/// Entries returned by default, and at most.
const DEFAULT_LIMIT: u32 = 100;
const MAX_LIMIT: u32 = 1000;

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditParams {
    /// Only entries about this account.
    account_id: Option<String>,
    /// Only entries by this user.
    actor_id: Option<String>,
    /// Only entries of this kind.
    #[param(inline)]
    kind: Option<AuditKind>,
    /// Only entries at or after this time (RFC 3339).
    since: Option<DateTime<Utc>>,
    /// Entries returned, newest first, 1 to 1000 (default 100).
    #[param(minimum = 1, maximum = 1000)]
    limit: Option<u32>,
}

/// Who did what, when, on which account: notices, completions (by hand or
/// on the last day), transfers and reassignments, tokens created and
/// revoked (sessions and sign-in links included), imports, interviews
/// submitted, approvals, answer edits, questions asked of a clone and sent
/// back to a departing owner, briefs opened. Newest first. Admins read all of it; managers the
/// entries whose actor, user or account's owner is in their line; reps are
/// refused (403). Append-only: no endpoint or command changes or deletes
/// an entry, and the store refuses it.
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditParams),
    security(("bearer" = [])),
    responses((status = 200, body = Vec<AuditEntry>), (status = 400, body = ErrorBody),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn audit_log(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppQuery(params): AppQuery<AuditParams>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let limit = params.limit.unwrap_or(DEFAULT_LIMIT);
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(ApiError::BadRequest {
            code: "invalid_query",
            message: format!("limit must be between 1 and {MAX_LIMIT}"),
        });
    }
    let filter = AuditFilter {
        account_id: params.account_id,
        actor_id: params.actor_id,
        kind: params.kind,
        since: params.since,
        limit,
    };
    Ok(Json(audit::list(&state.db, &scope, &filter).await?))
}
