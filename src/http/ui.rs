//! The browser page: one HTML file, a client of the same JSON API (it holds
//! no rules of its own; the API decides what each token may see and do).

use axum::http::header;
use axum::response::{IntoResponse, Response};

const INDEX: &str = include_str!("ui/index.html");

/// Baton in the browser.
pub async fn index() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CACHE_CONTROL, "no-cache"),
            (
                header::CONTENT_SECURITY_POLICY,
                "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; \
                 connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; \
                 frame-ancestors 'none'",
            ),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        INDEX,
    )
        .into_response()
}
