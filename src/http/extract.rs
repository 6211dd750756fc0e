//! Extractors that answer with our JSON errors instead of axum's text ones.

use axum::extract::rejection::{JsonRejection, QueryRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use super::error::ApiError;
use crate::access::{tokens, Scope};
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

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        let header = parts
            .headers
            .get(AUTHORIZATION)
            .ok_or(ApiError::Unauthorized(
                "missing Authorization: Bearer token",
            ))?;
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
        let scope = tokens::authenticate(&state.db, secret.trim(), state.today())
            .await?
            .ok_or(ApiError::Unauthorized(
                "unknown or revoked token, or the user has departed",
            ))?;
        Ok(Caller(scope))
    }
}
