//! Browser sign-in: the session cookie, its CSRF token, sign-in links.

use axum::extract::State;
use axum::http::header::SET_COOKIE;
use axum::http::{HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::error::{ApiError, ErrorBody};
use super::extract::{session_secret, AppJson, Caller};
use crate::access::session::{self, Credential, SessionError};
use crate::access::{tokens, Via};
use crate::app::AppState;
use crate::users::{self, User};

impl From<SessionError> for ApiError {
    fn from(e: SessionError) -> Self {
        match e {
            SessionError::BadToken => ApiError::Unauthorized(
                "the token does not work: it is unknown, revoked or expired, or its user has left",
            ),
            SessionError::BadLink => ApiError::Unauthorized(
                "the sign-in link does not work: it was used already, has expired, or is mistyped",
            ),
            SessionError::Tokens(t) => t.into(),
            SessionError::Store(s) => s.into(),
        }
    }
}

/// Exactly one of `token` and `link`.
#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SignInRequest {
    /// An API token (`bt_…`); it stays valid.
    #[serde(default)]
    #[schema(max_length = 200)]
    token: Option<String>,
    /// A one-time sign-in link's secret (what follows `#signin=`); spent
    /// by this exchange.
    #[serde(default)]
    #[schema(max_length = 200)]
    link: Option<String>,
}

/// The signed-in user and what the page needs.
#[derive(Serialize, ToSchema)]
pub struct SessionInfo {
    pub user: User,
    /// To send in `X-CSRF-Token` with every request that changes
    /// something; absent when the caller used a bearer token, which needs
    /// none.
    pub csrf_token: Option<String>,
    /// When the session ends by itself.
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// The cookie, HttpOnly and SameSite=Strict; Secure when the request came
/// through HTTPS (as a proxy in front says).
fn cookie(secret: &str, max_age: i64, headers: &HeaderMap) -> Result<HeaderValue, ApiError> {
    let https = headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|p| p.eq_ignore_ascii_case("https"));
    let value = format!(
        "{}={secret}; Path=/; HttpOnly; SameSite=Strict; Max-Age={max_age}{}",
        session::COOKIE,
        if https { "; Secure" } else { "" }
    );
    HeaderValue::from_str(&value).map_err(ApiError::internal)
}

/// Signs a browser in: exchanges an API token or a one-time sign-in link
/// for a session, set as an HttpOnly, SameSite=Strict cookie
/// (`baton_session`) that lasts 12 hours. Requests from the page then
/// carry the cookie, and those that change something also the reply's
/// `csrf_token` in `X-CSRF-Token` (403 `csrf_failed` without it). Needs no
/// other authentication; a token or link that does not work is a 401.
#[utoipa::path(post, path = "/api/v1/session", tag = "session", request_body = SignInRequest,
    responses((status = 200, body = SessionInfo, headers(("set-cookie" = String, description = "baton_session=…; HttpOnly; SameSite=Strict"))),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn sign_in(
    State(state): State<AppState>,
    headers: HeaderMap,
    AppJson(req): AppJson<SignInRequest>,
) -> Result<Response, ApiError> {
    let credential = match (req.token.as_deref(), req.link.as_deref()) {
        (Some(token), None) => Credential::Token(token.trim()),
        (None, Some(link)) => Credential::Link(link.trim()),
        _ => {
            return Err(ApiError::Unprocessable {
                code: "validation_failed",
                message: "give exactly one of token and link".into(),
                details: None,
            })
        }
    };
    let opened = session::sign_in(&state.db, credential, state.today()).await?;
    let user = users::find(&state.db, &opened.user_id)
        .await?
        .ok_or(ApiError::Unauthorized("the user is gone"))?;
    let set = cookie(&opened.secret, session::SESSION_HOURS * 3600, &headers)?;
    let info = SessionInfo {
        user,
        csrf_token: Some(opened.csrf_token),
        expires_at: opened.expires_at,
    };
    Ok(([(SET_COOKIE, set)], Json(info)).into_response())
}

/// The signed-in user, with the CSRF token when signed in by the session
/// cookie (the page calls this on load).
#[utoipa::path(get, path = "/api/v1/session", tag = "session", security(("bearer" = []), ("session" = [])),
    responses((status = 200, body = SessionInfo), (status = 401, body = ErrorBody)))]
pub async fn current(
    State(state): State<AppState>,
    headers: HeaderMap,
    Caller(scope): Caller,
) -> Result<Json<SessionInfo>, ApiError> {
    let user = users::get_visible(&state.db, &scope, scope.user_id().as_str()).await?;
    let (csrf_token, expires_at) = match scope.via() {
        Via::Session { expires_at, .. } => (
            session_secret(&headers).map(session::csrf_token),
            *expires_at,
        ),
        Via::ApiToken { .. } | Via::Local | Via::Machine => (None, None),
    };
    Ok(Json(SessionInfo {
        user,
        csrf_token,
        expires_at,
    }))
}

/// Signs out: ends the browser's session (its token is revoked) and clears
/// the cookie. With a bearer token there is no session to end: the token
/// stays valid (revoke it at `DELETE /api/v1/tokens/{id}`).
#[utoipa::path(delete, path = "/api/v1/session", tag = "session", security(("bearer" = []), ("session" = [])),
    responses((status = 204, description = "Signed out"), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub async fn sign_out(
    State(state): State<AppState>,
    headers: HeaderMap,
    Caller(scope): Caller,
) -> Result<Response, ApiError> {
    if let Via::Session { token_id, .. } = scope.via() {
        tokens::revoke(&state.db, Some(&scope), token_id).await?;
    }
    let clear = cookie("", 0, &headers)?;
    Ok((StatusCode::NO_CONTENT, [(SET_COOKIE, clear)]).into_response())
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LinkRequest {
    user_id: String,
}

/// A one-time sign-in link.
#[derive(Serialize, ToSchema)]
pub struct SignInLink {
    pub user_id: String,
    /// The path to open (on this server): `/#signin=…`. Good for one
    /// sign-in within 15 minutes.
    pub link: String,
    pub expires_at: Option<chrono::DateTime<chrono::Utc>>,
}

/// Makes a one-time sign-in link: an admin's for anyone, anyone's for
/// themselves (to sign in on another device). It works once, within 15
/// minutes; the page asks before it signs in.
#[utoipa::path(post, path = "/api/v1/session/links", tag = "session", request_body = LinkRequest,
    security(("bearer" = []), ("session" = [])),
    responses((status = 201, body = SignInLink), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub async fn make_link(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppJson(req): AppJson<LinkRequest>,
) -> Result<(StatusCode, Json<SignInLink>), ApiError> {
    let minted = session::mint_link(&state.db, &scope, &req.user_id).await?;
    Ok((
        StatusCode::CREATED,
        Json(SignInLink {
            user_id: minted.info.user_id,
            link: format!("/#signin={}", minted.token),
            expires_at: minted.info.expires_at,
        }),
    ))
}
