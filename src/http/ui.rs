//! The browser page: one HTML file, a client of the same JSON API (it holds
//! no rules of its own; the API decides what each token may see and do).

use std::sync::LazyLock;

use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::audit::AuditKind;

const INDEX: &str = include_str!("ui/index.html");
/// Where the page's list of audit kinds goes.
const AUDIT_KINDS: &str = "/*audit-kinds*/[]";

/// The page, with what it must not repeat by hand written in: the audit
/// log's kinds.
static PAGE: LazyLock<String> = LazyLock::new(|| {
    let kinds: Vec<&str> = AuditKind::ALL.iter().map(|k| k.as_str()).collect();
    let list = serde_json::to_string(&kinds).unwrap_or_else(|_| "[]".into());
    INDEX.replacen(AUDIT_KINDS, &list, 1)
});

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
        PAGE.as_str(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_lists_every_audit_kind() {
        assert_eq!(INDEX.matches(AUDIT_KINDS).count(), 1);
        assert!(!PAGE.contains(AUDIT_KINDS));
        for kind in AuditKind::ALL {
            assert!(PAGE.contains(&format!("\"{}\"", kind.as_str())), "{kind:?}");
        }
    }
}
