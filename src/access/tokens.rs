//! API tokens: 256 random bits shown once, stored as a SHA-256 hash.

use chrono::{DateTime, NaiveDate, Utc};
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use super::{Scope, Via};
use crate::store::{Db, StoreError};
use crate::users::{UserId, UserStatus};
use crate::{string_enum, with_db};

string_enum!(
    /// What a token is for: `api`, a bearer token; `session`, a browser's
    /// sign-in, accepted only as the session cookie; `link`, a one-time
    /// sign-in link, accepted only in exchange for a session.
    TokenKind { Api => "api", Session => "session", Link => "link" }
);

/// Every token starts with this, so a leaked one is recognisable.
pub const TOKEN_PREFIX: &str = "bt_";
/// The longest label a token may carry ("laptop", "CI for the CRM sync").
pub const MAX_LABEL_CHARS: usize = 100;
/// The longest expiry a token may be given, in days (ten years).
pub const MAX_EXPIRY_DAYS: u32 = 3650;

/// A token's label, checked: trimmed, not blank, at most
/// [`MAX_LABEL_CHARS`] characters, no control characters.
fn checked_label(label: Option<&str>) -> Result<Option<String>, TokenError> {
    let Some(label) = label else {
        return Ok(None);
    };
    let label = label.trim();
    if label.is_empty()
        || label.chars().count() > MAX_LABEL_CHARS
        || label.chars().any(char::is_control)
    {
        return Err(TokenError::InvalidLabel);
    }
    Ok(Some(label.to_string()))
}

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("user not found")]
    UserNotFound,
    #[error("user {0} has departed; no token can be minted for them")]
    UserDeparted(String),
    #[error("token not found")]
    NotFound,
    #[error("only admins may mint tokens for other users")]
    Forbidden,
    #[error(
        "a token's label is 1 to {MAX_LABEL_CHARS} characters of text, without control characters"
    )]
    InvalidLabel,
    #[error("a token expires in 1 to {MAX_EXPIRY_DAYS} days")]
    InvalidExpiry,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for TokenError {
    fn from(e: sqlx::Error) -> Self {
        TokenError::Store(e.into())
    }
}

/// A token's public record; the secret itself is never stored.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct TokenInfo {
    pub id: String,
    pub user_id: String,
    pub label: Option<String>,
    pub created_by: Option<String>,
    pub created_at: DateTime<Utc>,
    pub revoked_at: Option<DateTime<Utc>>,
    /// When it stops working by itself; never when absent.
    pub expires_at: Option<DateTime<Utc>>,
    #[sqlx(try_from = "String")]
    pub kind: TokenKind,
    /// Whether it works now: not revoked, not expired, and its user has
    /// not departed (nor passed the last day of their notice).
    pub active: bool,
}

/// A freshly minted token: the only time its secret exists in clear.
#[derive(Debug, Serialize, ToSchema)]
pub struct MintedToken {
    #[serde(flatten)]
    pub info: TokenInfo,
    /// The bearer secret. Shown once; Baton keeps only its hash.
    pub token: String,
}

fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("{TOKEN_PREFIX}{}", hex::encode(bytes))
}

/// Mints a token for `user_id`. `created_by` is `None` from the CLI.
pub async fn mint(
    db: &Db,
    user_id: &str,
    label: Option<&str>,
    expires_in_days: Option<u32>,
    created_by: Option<&UserId>,
) -> Result<MintedToken, TokenError> {
    let label = checked_label(label)?;
    if expires_in_days.is_some_and(|d| d == 0 || d > MAX_EXPIRY_DAYS) {
        return Err(TokenError::InvalidExpiry);
    }
    let lifetime = expires_in_days.map(|d| chrono::Duration::days(i64::from(d)));
    insert(db, user_id, label, lifetime, created_by, TokenKind::Api).await
}

/// Stores a new token of `kind` for `user_id`, valid for `lifetime` (for
/// ever when `None`), and records its creation.
pub(super) async fn insert(
    db: &Db,
    user_id: &str,
    label: Option<String>,
    lifetime: Option<chrono::Duration>,
    created_by: Option<&UserId>,
    kind: TokenKind,
) -> Result<MintedToken, TokenError> {
    let created_at = Utc::now();
    let expires_at = lifetime.map(|l| created_at + l);
    let user = crate::users::find(db, user_id)
        .await
        .map_err(|e| match e {
            crate::users::UsersError::NotFound => TokenError::UserNotFound,
            crate::users::UsersError::Store(s) => TokenError::Store(s),
        })?
        .ok_or(TokenError::UserNotFound)?;
    if user.status == UserStatus::Departed {
        return Err(TokenError::UserDeparted(user.id.to_string()));
    }
    let secret = new_secret();
    let info = TokenInfo {
        id: uuid::Uuid::new_v4().to_string(),
        user_id: user.id.to_string(),
        label,
        created_by: created_by.map(ToString::to_string),
        created_at,
        revoked_at: None,
        expires_at,
        kind,
        active: true,
    };
    with_db!(db, pool => {
        sqlx::query(
            "INSERT INTO api_tokens (id, user_id, token_hash, label, created_by, created_at, expires_at, kind) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&info.id)
        .bind(&info.user_id)
        .bind(hash(&secret))
        .bind(&info.label)
        .bind(&info.created_by)
        .bind(info.created_at)
        .bind(info.expires_at)
        .bind(kind.as_str())
        .execute(pool)
        .await?;
    });
    let entry = crate::audit::Entry {
        at: created_at,
        actor: created_by,
        kind: crate::audit::AuditKind::TokenCreated,
        account_id: None,
        subject: Some(&info.user_id),
        detail: serde_json::json!({"token_id": info.id, "label": info.label, "expires_at": info.expires_at,
            "kind": kind.as_str()}),
    };
    crate::audit::record_now(db, &entry).await?;
    Ok(MintedToken {
        info,
        token: secret,
    })
}

/// Mints a token on behalf of a caller: admins for anyone, others only for
/// themselves.
pub async fn mint_as(
    db: &Db,
    scope: &Scope,
    user_id: &str,
    label: Option<&str>,
    expires_in_days: Option<u32>,
) -> Result<MintedToken, TokenError> {
    if !scope.is_admin() && scope.user_id().as_str() != user_id {
        return Err(TokenError::Forbidden);
    }
    mint(db, user_id, label, expires_in_days, Some(scope.user_id())).await
}

/// The scope of a secret of `kind`, or `None` when the token is unknown,
/// of another kind, revoked or expired, or its user has departed (status
/// `departed`, or past the last day of their notice). A sign-in link
/// authenticates nothing: it is spent by [`redeem_link`].
pub async fn authenticate(
    db: &Db,
    secret: &str,
    kind: TokenKind,
    today: NaiveDate,
) -> Result<Option<Scope>, StoreError> {
    if kind == TokenKind::Link || !secret.starts_with(TOKEN_PREFIX) || secret.len() > 200 {
        return Ok(None);
    }
    let row: Option<(String, String, Option<DateTime<Utc>>)> = with_db!(db, pool => {
        sqlx::query_as(
            sqlx::AssertSqlSafe(format!(
                "SELECT t.id, t.user_id, t.expires_at FROM api_tokens t WHERE t.token_hash = $3 AND t.kind = $4 AND {}",
                works_now()
            )),
        )
        .bind(Utc::now())
        .bind(today)
        .bind(hash(secret))
        .bind(kind.as_str())
        .fetch_optional(pool)
        .await?
    });
    let Some((token_id, user_id, expires_at)) = row else {
        return Ok(None);
    };
    let user = crate::users::find(db, &user_id)
        .await
        .map_err(|e| match e {
            crate::users::UsersError::Store(s) => s,
            crate::users::UsersError::NotFound => {
                StoreError::Corrupt(format!("token {token_id}: user {user_id}"))
            }
        })?
        .ok_or_else(|| StoreError::Corrupt(format!("token {token_id}: user {user_id}")))?;
    let via = match kind {
        TokenKind::Session => Via::Session {
            token_id,
            expires_at,
        },
        TokenKind::Api | TokenKind::Link => Via::ApiToken { token_id },
    };
    Ok(Some(Scope::new(user.id, user.role, user.name, via)))
}

/// SQL true when the token aliased `t` works now (`$1`: now, `$2`: today):
/// not revoked, not expired, its user not departed nor past the last day
/// of their notice. [`authenticate`] and the listings' `active` share it.
fn works_now() -> String {
    format!(
        "(t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $1) \
         AND NOT {} AND NOT {})",
        crate::users::departed("t.user_id"),
        crate::departures::past_last_day("t.user_id", "$2")
    )
}

/// A token's columns and whether it works now (bound as [`works_now`]).
fn token_columns() -> String {
    format!(
        "t.id, t.user_id, t.label, t.created_by, t.created_at, t.revoked_at, t.expires_at, \
         t.kind, {} AS active",
        works_now()
    )
}

/// Tokens the caller may manage: all for an admin, their own otherwise.
pub async fn list(db: &Db, scope: &Scope) -> Result<Vec<TokenInfo>, TokenError> {
    let sql = format!(
        "SELECT {} FROM api_tokens t \
         WHERE ($3 = 'admin' OR t.user_id = $4) ORDER BY t.created_at DESC, t.id",
        token_columns()
    );
    let now = Utc::now();
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(now)
            .bind(now.date_naive())
            .bind(scope.role().as_str())
            .bind(scope.user_id().as_str())
            .fetch_all(pool)
            .await?
    }))
}

/// Spends a one-time sign-in link: revokes it and returns its user's id,
/// or `None` when the secret is no working link (unknown, spent, expired,
/// its user gone). Of two exchanges racing, one wins.
pub(super) async fn redeem_link(
    db: &Db,
    secret: &str,
    today: NaiveDate,
) -> Result<Option<String>, StoreError> {
    if !secret.starts_with(TOKEN_PREFIX) || secret.len() > 200 {
        return Ok(None);
    }
    let now = Utc::now();
    let sql = format!(
        "UPDATE api_tokens SET revoked_at = $1 WHERE token_hash = $3 AND kind = 'link' AND id IN \
         (SELECT t.id FROM api_tokens t WHERE t.token_hash = $3 AND {}) RETURNING user_id",
        works_now()
    );
    Ok(with_db!(db, pool => {
        sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
            .bind(now)
            .bind(today)
            .bind(hash(secret))
            .fetch_optional(pool)
            .await?
    }))
}

/// Revokes every token of `user` inside the caller's transaction (a
/// departure ending): they are listed as revoked from `now` on.
pub async fn revoke_all_of(
    tx: &mut crate::store::Tx,
    user: &crate::users::UserId,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    Ok(crate::with_tx!(tx, conn => {
        sqlx::query("UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $2) WHERE user_id = $1")
            .bind(user.as_str())
            .bind(now)
            .execute(&mut **conn)
            .await?
            .rows_affected()
    }))
}

/// Revokes a token the caller may manage. Revoking twice is harmless.
pub async fn revoke(db: &Db, scope: Option<&Scope>, id: &str) -> Result<TokenInfo, TokenError> {
    let (role, user) = match scope {
        Some(s) => (s.role().as_str(), s.user_id().as_str()),
        None => ("admin", ""),
    };
    let now = Utc::now();
    let revoked: Option<String> = with_db!(db, pool => {
        sqlx::query_scalar(
            "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) \
             WHERE id = $2 AND ($3 = 'admin' OR user_id = $4) RETURNING id",
        )
        .bind(now)
        .bind(id)
        .bind(role)
        .bind(user)
        .fetch_optional(pool)
        .await?
    });
    let id = revoked.ok_or(TokenError::NotFound)?;
    let sql = format!(
        "SELECT {} FROM api_tokens t WHERE t.id = $3",
        token_columns()
    );
    let row: Option<TokenInfo> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(now)
            .bind(now.date_naive())
            .bind(&id)
            .fetch_optional(pool)
            .await?
    });
    let info = row.ok_or(TokenError::NotFound)?;
    let entry = crate::audit::Entry {
        at: now,
        actor: scope.map(Scope::user_id),
        kind: crate::audit::AuditKind::TokenRevoked,
        account_id: None,
        subject: Some(&info.user_id),
        detail: serde_json::json!({"token_id": info.id}),
    };
    crate::audit::record_now(db, &entry).await?;
    Ok(info)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_long_random_and_prefixed() {
        let a = new_secret();
        let b = new_secret();
        assert_ne!(a, b);
        assert!(a.starts_with(TOKEN_PREFIX));
        // 32 random bytes, hex: 256 bits.
        assert_eq!(a.len(), TOKEN_PREFIX.len() + 64);
    }

    #[test]
    fn the_stored_form_is_sha256_in_hex() {
        // FIPS 180-2's test vector for "abc".
        assert_eq!(
            hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
