//! Bundle import over HTTP, for admins.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::Json;

use super::error::{ApiError, ErrorBody};
use super::extract::Caller;
use crate::app::AppState;
use crate::bundle::{self, ImportSource, ImportSummary};

/// Imports a `baton-bundle/v1` document. The whole bundle is checked first;
/// an invalid one imports nothing and every problem is listed with its JSON
/// path in `error.details.problems`.
#[utoipa::path(post, path = "/api/v1/import", tag = "import", security(("bearer" = [])),
    request_body(content = serde_json::Value, content_type = "application/json", description = "A baton-bundle/v1 document"),
    responses((status = 200, body = ImportSummary), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "bundle_invalid: details.problems lists every problem")))]
pub async fn import_bundle(
    State(state): State<AppState>,
    Caller(scope): Caller,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<ImportSummary>, ApiError> {
    if !scope.is_admin() {
        return Err(ApiError::Forbidden("only admins may import".into()));
    }
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !is_json {
        return Err(ApiError::UnsupportedMediaType(
            "expected a request body with Content-Type: application/json".into(),
        ));
    }
    let body = body.map_err(|_| {
        ApiError::PayloadTooLarge(format!(
            "the bundle is over the limit of {} bytes (BATON_IMPORT_MAX_BYTES)",
            state.config.import_max_bytes
        ))
    })?;
    let source = ImportSource {
        actor: Some(scope.user_id()),
        label: "api",
    };
    let summary = bundle::import(&state.db, &body, source).await?;
    // The record changed: the background indexer picks it up now.
    state.knowledge.indexer.wake();
    Ok(Json(summary))
}
