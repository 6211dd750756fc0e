//! HTTP: the only module that knows axum. Handlers are thin: extract, call
//! one core function, map the result.

mod accounts;
mod audit;
mod dashboard;
mod departures;
mod document;
pub mod error;
mod extract;
mod imports;
mod interviews;
mod knowledge;
mod meta;
mod ownership;
mod session;
mod tokens;
mod ui;

use std::time::Instant;

use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::trace::TraceLayer;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::app::AppState;
pub use error::{ApiError, ErrorBody};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Baton",
        description = "Keeps the meaning of B2B accounts when their owner leaves. Every error is \
                       `{\"error\": {\"code\", \"message\"}}`; things the caller may not see answer 404."
    ),
    modifiers(&BearerAuth),
    components(schemas(ErrorBody))
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::access::session::COOKIE,
                "A browser's session (POST /api/v1/session); requests that change something \
                 also send X-CSRF-Token",
            ))),
        );
    }
}

/// The routes and the OpenAPI document generated from the same declarations.
fn api(state: &AppState) -> (Router<AppState>, utoipa::openapi::OpenApi) {
    let import_limit = usize::try_from(state.config.import_max_bytes).unwrap_or(usize::MAX);
    let body_limit = usize::try_from(state.config.body_limit_bytes).unwrap_or(usize::MAX);
    let imports = OpenApiRouter::new()
        .routes(routes!(imports::import_bundle))
        .routes(routes!(imports::import_whatsapp))
        .routes(routes!(imports::import_mail))
        .routes(routes!(imports::import_csv))
        .layer(DefaultBodyLimit::max(import_limit))
        .route_layer(middleware::from_fn(move |req, next| {
            drain_oversized(import_limit, req, next)
        }));
    let (router, mut doc) = OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(meta::healthz))
        .routes(routes!(meta::openapi_json))
        .routes(routes!(meta::metrics))
        .routes(routes!(accounts::list_accounts))
        .routes(routes!(accounts::account_detail))
        .routes(routes!(accounts::account_gaps))
        .routes(routes!(accounts::contact_patterns))
        .routes(routes!(dashboard::get_dashboard))
        .routes(routes!(audit::audit_log))
        .routes(routes!(accounts::transfer_account))
        .routes(routes!(ownership::assign_accounts))
        .routes(routes!(ownership::list_conflicts))
        .routes(routes!(ownership::resolve_conflict))
        .routes(routes!(ownership::get_team, ownership::add_member))
        .routes(routes!(ownership::remove_member))
        .routes(routes!(departures::reassign))
        .routes(routes!(
            departures::give_notice,
            departures::list_departures
        ))
        .routes(routes!(departures::get_departure))
        .routes(routes!(departures::complete_departure))
        .routes(routes!(departures::departure_health))
        .routes(routes!(interviews::get_interview))
        .routes(routes!(interviews::answer))
        .routes(routes!(knowledge::edit_answer))
        .routes(routes!(interviews::skip))
        .routes(routes!(interviews::submit))
        .routes(routes!(interviews::send_back))
        .routes(routes!(knowledge::approve))
        .routes(routes!(knowledge::ask))
        .routes(routes!(knowledge::get_brief))
        .routes(routes!(knowledge::get_handoff_plan))
        .routes(routes!(knowledge::asked_questions))
        .routes(routes!(knowledge::index_status))
        .routes(routes!(knowledge::readable_accounts))
        .routes(routes!(tokens::me))
        .routes(routes!(
            session::sign_in,
            session::current,
            session::sign_out
        ))
        .routes(routes!(session::make_link))
        .routes(routes!(tokens::list_users))
        .routes(routes!(tokens::mint_token, tokens::list_tokens))
        .routes(routes!(tokens::revoke_token))
        .route_layer(middleware::from_fn(move |req, next| {
            drain_oversized(body_limit, req, next)
        }))
        .merge(imports)
        .split_for_parts();
    document::complete(&mut doc);
    (router, doc)
}

/// The whole HTTP surface. `extra` adds routes (tests use it to mount a
/// handler that panics).
pub fn router(state: AppState, extra: Option<Router<AppState>>) -> Router {
    let (mut routes, doc) = api(&state);
    let doc_json = document::to_json(&doc);
    routes = routes.layer(axum::Extension(meta::OpenApiJson(std::sync::Arc::new(
        doc_json,
    ))));
    // The browser page is not part of the API document.
    routes = routes.route("/", axum::routing::get(ui::index));
    if let Some(extra) = extra {
        routes = routes.merge(extra);
    }
    let body_limit = usize::try_from(state.config.body_limit_bytes).unwrap_or(usize::MAX);
    let timeout = state.config.request_timeout;
    routes
        .fallback(meta::not_found)
        .layer(DefaultBodyLimit::max(body_limit))
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            timeout,
        ))
        .layer(CatchPanicLayer::custom(panic_response))
        .layer(middleware::from_fn_with_state(state.clone(), track))
        .layer(middleware::from_fn(json_errors))
        .layer(TraceLayer::new_for_http().make_span_with(|req: &Request| {
            // Method and path only: no query string, no headers, no body.
            tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
        }))
        .with_state(state)
}

/// How much of a refused body is read and thrown away so that the client,
/// still sending, reads the answer instead of a broken pipe; a client
/// sending more than this gets the connection closed on it.
const DRAIN_BEYOND_LIMIT: usize = 64 * 1024 * 1024;
/// And for how long at most.
const DRAIN_TIME: std::time::Duration = std::time::Duration::from_secs(30);

/// A body whose declared length is over the route's limit goes to the
/// handler as usual (which refuses it, after checking who asks), and what
/// the handler leaves unread is drained afterwards: a client that sends the
/// whole body before reading the reply (no `Expect: 100-continue`, as
/// Python's urllib) then reads the answer instead of a reset connection.
async fn drain_oversized(limit: usize, req: Request, next: Next) -> Response {
    use futures::StreamExt;
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_none_or(|n| n <= limit as u64) {
        return next.run(req).await;
    }
    let (parts, body) = req.into_parts();
    let (tx, mut rx) = tokio::sync::mpsc::channel(4);
    let pump = tokio::spawn(async move {
        let mut stream = body.into_data_stream();
        let deadline = tokio::time::Instant::now() + DRAIN_TIME;
        let mut forwarding = true;
        let mut drained = 0usize;
        while let Ok(Some(frame)) = tokio::time::timeout_at(deadline, stream.next()).await {
            let Ok(bytes) = frame else { break };
            if forwarding {
                // The handler stopped reading (it refused the body): from
                // here on, read and throw away.
                forwarding = tx.send(bytes).await.is_ok();
            } else {
                drained += bytes.len();
                if drained > DRAIN_BEYOND_LIMIT {
                    break;
                }
            }
        }
    });
    let forwarded =
        futures::stream::poll_fn(move |cx| rx.poll_recv(cx)).map(Ok::<_, std::convert::Infallible>);
    let req = Request::from_parts(parts, axum::body::Body::from_stream(forwarded));
    let response = next.run(req).await;
    let _ = pump.await;
    response
}

/// Records every request in the metrics, by its route template.
async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_string())
        .unwrap_or_else(|| "unmatched".to_string());
    let method = method_label(req.method());
    let started = Instant::now();
    let response = next.run(req).await;
    state.metrics.observe(
        method,
        &route,
        response.status().as_u16(),
        started.elapsed(),
    );
    response
}

/// A request method as a metrics label: the methods HTTP defines, and
/// "other" for anything a client makes up, so that no request can add a
/// label value (a series) of its own.
fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::PATCH => "PATCH",
        Method::DELETE => "DELETE",
        Method::HEAD => "HEAD",
        Method::OPTIONS => "OPTIONS",
        Method::TRACE => "TRACE",
        Method::CONNECT => "CONNECT",
        _ => "other",
    }
}

/// Turns a panic in a handler into a 500 JSON body and a log line; the
/// server goes on serving.
fn panic_response(panic: Box<dyn std::any::Any + Send + 'static>) -> Response {
    let what = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("non-string panic payload");
    tracing::error!(panic = what, "handler panicked");
    error::error_response(
        StatusCode::INTERNAL_SERVER_ERROR,
        "internal",
        "internal error",
    )
}

/// Any error response that is not JSON yet (axum's own 405, a body-limit
/// 413 from a layer) becomes our JSON error shape.
async fn json_errors(req: Request, next: Next) -> Response {
    let response = next.run(req).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| v.as_bytes().starts_with(b"application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return response;
    }
    let code = match status {
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::UNAUTHORIZED => "unauthorized",
        // The request timeout's answer (BATON_REQUEST_TIMEOUT_SECS).
        StatusCode::SERVICE_UNAVAILABLE => "request_timeout",
        s if s.is_server_error() => "internal",
        _ => "bad_request",
    };
    let message = if code == "request_timeout" {
        document::REQUEST_TIMEOUT
    } else {
        status.canonical_reason().unwrap_or("error")
    };
    let allow = response.headers().get(header::ALLOW).cloned();
    let mut fixed = error::error_response(status, code, message);
    if let Some(allow) = allow {
        fixed.headers_mut().insert(header::ALLOW, allow);
    }
    fixed
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    fixed.into_response()
}
