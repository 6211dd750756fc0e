//! Extractors that answer with our JSON errors instead of axum's text ones.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::{AUTHORIZATION, COOKIE};
use axum::http::request::Parts;
use axum::http::HeaderMap;
use serde::de::DeserializeOwned;

use super::error::ApiError;
use crate::access::tokens::TokenKind;
use crate::access::{session, tokens, Scope};
use crate::app::AppState;

/// A JSON body; a malformed one is a 400 `invalid_json`, a well-formed one of
/// the wrong shape a 422 `validation_failed`, an oversized one a 413.
pub struct AppJson<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequest<S> for AppJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(AppJson(v)),
            Err(rejection) => Err(json_rejection(rejection)),
        }
    }
}

/// A JSON body that may be left out: no body at all is `T::default()`;
/// a body is held to the rules of [`AppJson`].
pub struct OptionalJson<T>(pub T);

impl<T: DeserializeOwned + Default, S: Send + Sync> FromRequest<S> for OptionalJson<T> {
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, ApiError> {
        let bytes = axum::body::Bytes::from_request(req, state)
            .await
            .map_err(|e| {
                let message = e.body_text();
                if rejection_is_too_large(&message) {
                    ApiError::PayloadTooLarge(
                        "the request body is over the size limit (BATON_BODY_LIMIT_BYTES)".into(),
                    )
                } else {
                    ApiError::BadRequest {
                        code: "bad_request",
                        message,
                    }
                }
            })?;
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return Ok(OptionalJson(T::default()));
        }
        axum::Json::<T>::from_bytes(&bytes)
            .map(|axum::Json(v)| OptionalJson(v))
            .map_err(json_rejection)
    }
}

fn json_rejection(rejection: JsonRejection) -> ApiError {
    let message = rejection.body_text();
    match rejection {
        JsonRejection::JsonDataError(_) => ApiError::Unprocessable {
            code: "validation_failed",
            message,
            details: None,
        },
        JsonRejection::JsonSyntaxError(_) => ApiError::BadRequest {
            code: "invalid_json",
            message,
        },
        JsonRejection::MissingJsonContentType(_) => ApiError::UnsupportedMediaType(
            "expected a request body with Content-Type: application/json".into(),
        ),
        JsonRejection::BytesRejection(_) if rejection_is_too_large(&message) => {
            ApiError::PayloadTooLarge(
                "the request body is over the size limit (BATON_BODY_LIMIT_BYTES)".into(),
            )
        }
        _ => ApiError::BadRequest {
            code: "bad_request",
            message,
        },
    }
}

fn rejection_is_too_large(message: &str) -> bool {
    message.to_ascii_lowercase().contains("length limit")
}

/// Query-string parameters; a bad one is a 400 `invalid_query`.
pub struct AppQuery<T>(pub T);

impl<T: DeserializeOwned, S: Send + Sync> FromRequestParts<S> for AppQuery<T> {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        match axum::extract::Query::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Query(v)) => Ok(AppQuery(v)),
            Err(rejection) => Err(query_rejection(rejection)),
        }
    }
}

fn query_rejection(rejection: QueryRejection) -> ApiError {
    ApiError::BadRequest {
        code: "invalid_query",
        message: rejection.body_text(),
    }
}

/// The authenticated caller. Missing, unknown or revoked tokens, and tokens
/// of departed users, are all a 401.
pub struct Caller(pub Scope);

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    /// A bearer token (an API token), or else the session cookie (a
    /// browser's sign-in), which must bring the CSRF token on anything but
    /// a read.
    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let Some(header) = parts.headers.get(AUTHORIZATION) else {
            return from_session(parts, state).await.map(Caller);
        };
        let value = header
            .to_str()
            .map_err(|_| ApiError::Unauthorized("malformed Authorization header"))?;
        let (scheme, secret) = value.split_once(' ').ok_or(ApiError::Unauthorized(
            "expected Authorization: Bearer TOKEN",
        ))?;
        if !scheme.eq_ignore_ascii_case("bearer") {
            return Err(ApiError::Unauthorized(
                "expected Authorization: Bearer TOKEN",
            ));
        }
        let scope = tokens::authenticate(&state.db, secret.trim(), TokenKind::Api, state.today())
            .await?
            .ok_or(ApiError::Unauthorized(
                "unknown or revoked token, or the user has departed",
            ))?;
        Ok(Caller(scope))
    }
}

/// The session cookie's secret, if the request carries one.
pub fn session_secret(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(session::from_cookie_header)
}

/// The caller signed in by the session cookie.
async fn from_session(parts: &Parts, state: &AppState) -> Result<Scope, ApiError> {
    let secret = session_secret(&parts.headers).ok_or(ApiError::Unauthorized(
        "missing Authorization: Bearer token (or a browser session)",
    ))?;
    let scope = tokens::authenticate(&state.db, secret, TokenKind::Session, state.today())
        .await?
        .ok_or(ApiError::Unauthorized(
            "the session has ended (signed out, expired, or the user has left); sign in again",
        ))?;
    if !parts.method.is_safe() {
        let given = parts
            .headers
            .get(session::CSRF_HEADER)
            .and_then(|v| v.to_str().ok());
        if !given.is_some_and(|g| session::csrf_matches(secret, g)) {
            return Err(ApiError::CsrfFailed);
        }
    }
    Ok(scope)
}
