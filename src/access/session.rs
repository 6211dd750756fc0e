//! Browser sign-in: an HttpOnly, SameSite=Strict session cookie, set in
//! exchange for an API token or a one-time sign-in link, with a CSRF token
//! for every request that changes something.
//!
//! A session is a token of kind `session` (see [`super::tokens`]): it
//! expires after [`SESSION_HOURS`], ends at sign-out, and ends with its
//! user's other tokens on their last day. It is accepted only from the
//! cookie, never as a bearer token; an API token is accepted only as a
//! bearer token. The CSRF token is derived from the session's secret (a
//! keyed hash the page cannot compute, since script cannot read the
//! cookie): the server hands it to the page at sign-in and on
//! `GET /api/v1/session`, and the page sends it back in `X-CSRF-Token`.
//! A one-time link is a token of kind `link`, valid for [`LINK_MINUTES`]
//! and spent by its first exchange.

use chrono::{DateTime, NaiveDate, Utc};
use sha2::{Digest, Sha256};

use super::tokens::{self, MintedToken, TokenError, TokenKind};
use super::Scope;
use crate::store::Db;

/// The session cookie's name.
pub const COOKIE: &str = "baton_session";
/// The header that carries the CSRF token.
pub const CSRF_HEADER: &str = "x-csrf-token";
/// How long a browser stays signed in.
pub const SESSION_HOURS: i64 = 12;
/// How long a sign-in link waits to be used.
pub const LINK_MINUTES: i64 = 15;

/// What a browser signs in with.
#[derive(Debug, Clone, Copy)]
pub enum Credential<'a> {
    /// An API token (`bt_…`), kept by its owner; it stays valid.
    Token(&'a str),
    /// A one-time sign-in link's secret; spent by this exchange.
    Link(&'a str),
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("the token does not work: it is unknown, revoked or expired, or its user has left")]
    BadToken,
    #[error("the sign-in link does not work: it was used already, has expired, or is mistyped")]
    BadLink,
    #[error(transparent)]
    Tokens(#[from] TokenError),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

/// A session just opened: the cookie's secret (shown once), its CSRF
/// token, its user, when it ends.
#[derive(Debug)]
pub struct Opened {
    pub secret: String,
    pub csrf_token: String,
    pub user_id: String,
    pub expires_at: Option<DateTime<Utc>>,
}

/// Opens a session for whoever `credential` belongs to.
pub async fn sign_in(
    db: &Db,
    credential: Credential<'_>,
    today: NaiveDate,
) -> Result<Opened, SessionError> {
    let user_id = match credential {
        Credential::Token(secret) => tokens::authenticate(db, secret, TokenKind::Api, today)
            .await?
            .ok_or(SessionError::BadToken)?
            .user_id()
            .to_string(),
        Credential::Link(secret) => tokens::redeem_link(db, secret, today)
            .await?
            .ok_or(SessionError::BadLink)?,
    };
    let minted = tokens::insert(
        db,
        &user_id,
        Some("browser session".into()),
        Some(chrono::Duration::hours(SESSION_HOURS)),
        None,
        TokenKind::Session,
    )
    .await?;
    Ok(Opened {
        csrf_token: csrf_token(&minted.token),
        user_id,
        expires_at: minted.info.expires_at,
        secret: minted.token,
    })
}

/// A one-time sign-in link for `user_id`: an admin's for anyone, anyone's
/// for themselves.
pub async fn mint_link(db: &Db, scope: &Scope, user_id: &str) -> Result<MintedToken, TokenError> {
    if !scope.is_admin() && scope.user_id().as_str() != user_id {
        return Err(TokenError::Forbidden);
    }
    tokens::insert(
        db,
        user_id,
        Some("sign-in link".into()),
        Some(chrono::Duration::minutes(LINK_MINUTES)),
        Some(scope.user_id()),
        TokenKind::Link,
    )
    .await
}

/// The CSRF token of a session secret.
pub fn csrf_token(secret: &str) -> String {
    hex::encode(Sha256::digest(format!("baton-csrf\0{secret}").as_bytes()))
}

/// True when `given` is the CSRF token of `secret`, compared in constant
/// time.
pub fn csrf_matches(secret: &str, given: &str) -> bool {
    let expected = csrf_token(secret);
    expected.len() == given.len()
        && expected
            .bytes()
            .zip(given.bytes())
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

/// The session cookie's value in a `Cookie` header, if any.
pub fn from_cookie_header(header: &str) -> Option<&str> {
    header.split(';').find_map(|pair| {
        let (name, value) = pair.trim().split_once('=')?;
        (name == COOKIE && !value.is_empty()).then_some(value)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_csrf_token_is_bound_to_its_session() {
        let a = csrf_token("bt_a");
        assert_eq!(a.len(), 64);
        assert!(csrf_matches("bt_a", &a));
        assert!(!csrf_matches("bt_b", &a));
        assert!(!csrf_matches("bt_a", &a[..63]));
        assert!(!csrf_matches("bt_a", ""));
    }

    #[test]
    fn the_session_cookie_is_found_among_others() {
        assert_eq!(
            from_cookie_header("theme=dark; baton_session=bt_x; other=1"),
            Some("bt_x")
        );
        assert_eq!(from_cookie_header("baton_session="), None);
        assert_eq!(from_cookie_header("xbaton_session=bt_x"), None);
        assert_eq!(from_cookie_header(""), None);
    }
}
