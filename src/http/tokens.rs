//! The caller, the users they may see, and API tokens.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::Json;
use serde::Deserialize;
use utoipa::ToSchema;

use super::error::{ApiError, ErrorBody};
use super::extract::{AppJson, Caller};
use crate::access::tokens::{self, MintedToken, TokenInfo};
use crate::app::AppState;
use crate::users::{self, User};

/// The caller's own user record.
#[utoipa::path(get, path = "/api/v1/me", tag = "users", security(("bearer" = [])),
    responses((status = 200, body = User), (status = 401, body = ErrorBody)))]
pub async fn me(
    State(state): State<AppState>,
    Caller(scope): Caller,
) -> Result<Json<User>, ApiError> {
    Ok(Json(
        users::get_visible(&state.db, &scope, scope.user_id().as_str()).await?,
    ))
}

/// The users the caller may see: everyone for an admin, the reporting line
/// for a manager, themself for a rep.
#[utoipa::path(get, path = "/api/v1/users", tag = "users", security(("bearer" = [])),
    responses((status = 200, body = Vec<User>), (status = 401, body = ErrorBody)))]
pub async fn list_users(
    State(state): State<AppState>,
    Caller(scope): Caller,
) -> Result<Json<Vec<User>>, ApiError> {
    Ok(Json(users::list_visible(&state.db, &scope).await?))
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MintRequest {
    user_id: String,
    /// What the token is for; 1 to 100 characters, not blank, no control
    /// characters.
    #[schema(
        min_length = 1,
        max_length = 100,
        pattern = r"^[^\u0000-\u001f\u007f-\u009f]*[^\s\u0000-\u001f\u007f-\u009f][^\u0000-\u001f\u007f-\u009f]*$"
    )]
    label: Option<String>,
    /// Days until the token stops working by itself, 1 to 3650; never when
    /// absent.
    #[schema(minimum = 1, maximum = 3650)]
    expires_in_days: Option<u32>,
}

/// Mints a token: admins for anyone, others for themselves. The secret is in
/// the reply once and never again.
#[utoipa::path(post, path = "/api/v1/tokens", tag = "tokens", request_body = MintRequest,
    security(("bearer" = [])),
    responses((status = 201, body = MintedToken), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, description = "the label is blank, longer than 100 characters or holds control characters (invalid_label); the expiry is outside 1 to 3650 days (invalid_expiry)", body = ErrorBody)))]
pub async fn mint_token(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppJson(req): AppJson<MintRequest>,
) -> Result<(StatusCode, Json<MintedToken>), ApiError> {
    let minted = tokens::mint_as(
        &state.db,
        &scope,
        &req.user_id,
        req.label.as_deref(),
        req.expires_in_days,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(minted)))
}

/// Tokens the caller may manage: all for an admin, their own otherwise.
#[utoipa::path(get, path = "/api/v1/tokens", tag = "tokens", security(("bearer" = [])),
    responses((status = 200, body = Vec<TokenInfo>), (status = 401, body = ErrorBody)))]
pub async fn list_tokens(
    State(state): State<AppState>,
    Caller(scope): Caller,
) -> Result<Json<Vec<TokenInfo>>, ApiError> {
    Ok(Json(tokens::list(&state.db, &scope).await?))
}

/// Revokes a token; it stops working at once.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "tokens",
    params(("id" = String, Path, description = "Token id (not the secret)")), security(("bearer" = [])),
    responses((status = 200, body = TokenInfo), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn revoke_token(
    State(state): State<AppState>,
    Caller(scope): Caller,
    Path(id): Path<String>,
) -> Result<Json<TokenInfo>, ApiError> {
    Ok(Json(tokens::revoke(&state.db, Some(&scope), &id).await?))
}
