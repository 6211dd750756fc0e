//! Health, metrics, the OpenAPI document and the JSON 404.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde::Serialize;
use utoipa::ToSchema;

use super::error::{error_response, ErrorBody};
use crate::app::AppState;

#[derive(Serialize, ToSchema)]
pub struct Health {
    status: &'static str,
    database: &'static str,
    version: &'static str,
}

/// 200 when the service and its database answer.
#[utoipa::path(get, path = "/healthz", tag = "meta",
    responses((status = 200, body = Health), (status = 503, body = ErrorBody)))]
pub async fn healthz(State(state): State<AppState>) -> Response {
    match state.db.ping().await {
        Ok(()) => Json(Health {
            status: "ok",
            database: match state.db.engine() {
                crate::store::Engine::Sqlite => "sqlite",
                crate::store::Engine::Postgres => "postgres",
            },
            version: env!("CARGO_PKG_VERSION"),
        })
        .into_response(),
        Err(e) => {
            tracing::error!(error = %crate::ErrorChain(&e), "health check: database unreachable");
            error_response(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "database unreachable",
            )
        }
    }
}

/// The OpenAPI document, generated from the code.
#[derive(Clone)]
pub struct OpenApiJson(pub Arc<String>);

/// This API's OpenAPI 3 document.
#[utoipa::path(get, path = "/api/v1/openapi.json", tag = "meta",
    responses((status = 200, description = "OpenAPI 3 document", content_type = "application/json")))]
pub async fn openapi_json(Extension(doc): Extension<OpenApiJson>) -> Response {
    (
        [(header::CONTENT_TYPE, "application/json")],
        doc.0.as_str().to_string(),
    )
        .into_response()
}

/// Prometheus metrics: requests, latency and errors by route.
#[utoipa::path(get, path = "/metrics", tag = "meta",
    responses((status = 200, description = "Prometheus text format", content_type = "text/plain")))]
pub async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; version=0.0.4")],
        state.metrics.render(),
    )
        .into_response()
}

pub async fn not_found() -> Response {
    error_response(StatusCode::NOT_FOUND, "not_found", "no such route")
}
