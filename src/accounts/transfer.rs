//! An account moved to another owner by hand: by the owner's manager chain,
//! an admin, or a manager handing on an account they hold, to any active
//! user, for a stated reason, recorded in the
//! account's ownership history. A departing rep's whole portfolio moves
//! through `departures::reassign`, on the same rules.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::{get_visible, hand_over_one, AccountId, AccountsError, Handover};
use crate::access::Scope;
use crate::store::{Db, StoreError};
use crate::users::{self, Role, Standing, UserId, UsersError};

/// Longest reason kept, in characters.
pub const MAX_REASON_CHARS: usize = 500;

#[derive(Debug, thiserror::Error)]
pub enum TransferError {
    #[error("account not found")]
    NotFound,
    #[error("only the owner's manager chain or an admin may transfer this account")]
    Forbidden,
    #[error("unknown user {0}")]
    UnknownUser(String),
    #[error("user {0} is leaving or has left and cannot receive accounts")]
    UserNotActive(String),
    #[error("the account already belongs to {0}")]
    SameOwner(String),
    #[error("{0}")]
    InvalidReason(String),
    #[error("the account changed owner meanwhile; read it again")]
    OwnerChanged,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<AccountsError> for TransferError {
    fn from(e: AccountsError) -> Self {
        match e {
            AccountsError::NotFound => TransferError::NotFound,
            AccountsError::Store(s) => TransferError::Store(s),
        }
    }
}

impl From<UsersError> for TransferError {
    fn from(e: UsersError) -> Self {
        match e {
            UsersError::NotFound => TransferError::NotFound,
            UsersError::Store(s) => TransferError::Store(s),
        }
    }
}

impl From<sqlx::Error> for TransferError {
    fn from(e: sqlx::Error) -> Self {
        TransferError::Store(e.into())
    }
}

/// Why an account moves: said in words, 1 to 500 characters.
#[derive(Debug, Clone, PartialEq)]
pub struct Reason(String);

impl Reason {
    pub fn parse(raw: &str) -> Result<Reason, TransferError> {
        let text = raw.trim();
        if text.is_empty() {
            return Err(TransferError::InvalidReason(
                "reason must say why the account moves".into(),
            ));
        }
        if text.chars().count() > MAX_REASON_CHARS {
            return Err(TransferError::InvalidReason(format!(
                "reason must be at most {MAX_REASON_CHARS} characters"
            )));
        }
        Ok(Reason(text.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One move of an account, as recorded.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Move {
    pub account_id: String,
    pub account_name: String,
    /// Absent for an account nobody owned.
    pub from_user_id: Option<String>,
    pub to_user_id: String,
    pub changed_by: String,
    pub changed_at: DateTime<Utc>,
    pub reason: String,
}

/// The user `to` as a receiver of accounts from the caller.
pub async fn receiver(db: &Db, scope: &Scope, to: &str) -> Result<UserId, TransferError> {
    match users::standing(db, scope, to).await? {
        Standing::Active(id) => Ok(id),
        Standing::NotActive => Err(TransferError::UserNotActive(to.to_string())),
        Standing::Unknown => Err(TransferError::UnknownUser(to.to_string())),
    }
}

/// Checks that the caller may move the accounts of `owner`: an admin,
/// someone above them in the reporting line, or a manager handing on what
/// they hold themselves (accounts parked with them when a rep left with no
/// successor).
pub async fn may_move_from(db: &Db, scope: &Scope, owner: &UserId) -> Result<(), TransferError> {
    let manager_holding = scope.role() == Role::Manager && scope.user_id() == owner;
    if scope.is_admin() || manager_holding || users::is_above(db, scope.user_id(), owner).await? {
        Ok(())
    } else {
        Err(TransferError::Forbidden)
    }
}

impl Move {
    /// The move `h` makes of the account `id`, named `name`.
    pub fn of(h: &Handover<'_>, id: &AccountId, name: &str) -> Move {
        Move {
            account_id: id.to_string(),
            account_name: name.to_string(),
            from_user_id: Some(h.from.to_string()),
            to_user_id: h.to.to_string(),
            changed_by: h.by.map(ToString::to_string).unwrap_or_default(),
            changed_at: h.at,
            reason: h.reason.to_string(),
        }
    }
}

/// Moves the account `id` by hand inside the caller's transaction, with its
/// audit entry (`departure`: the departure it is reassigned from);
/// [`TransferError::OwnerChanged`] when `h.from` no longer owns it.
pub async fn move_one(
    tx: &mut crate::store::Tx,
    h: &Handover<'_>,
    id: &AccountId,
    departure: Option<&str>,
) -> Result<(), TransferError> {
    if !hand_over_one(tx, h, id).await? {
        return Err(TransferError::OwnerChanged);
    }
    record_move(tx, &Move::of(h, id, ""), h.by, departure).await?;
    Ok(())
}

/// Appends the audit entry of one account moved by hand.
async fn record_move(
    tx: &mut crate::store::Tx,
    m: &Move,
    by: Option<&UserId>,
    departure: Option<&str>,
) -> Result<(), StoreError> {
    let entry = crate::audit::Entry {
        at: m.changed_at,
        actor: by,
        kind: crate::audit::AuditKind::AccountTransferred,
        account_id: Some(&m.account_id),
        subject: Some(&m.to_user_id),
        detail: serde_json::json!({
            "from_user_id": m.from_user_id,
            "to_user_id": m.to_user_id,
            "reason": m.reason,
            "departure_id": departure,
        }),
    };
    crate::audit::record(tx, &entry).await
}

/// Moves the account `id` to `to`, for `reason`, as of `now`.
#[tracing::instrument(skip_all, fields(account_id = %id, by = %scope.user_id()))]
pub async fn transfer(
    db: &Db,
    scope: &Scope,
    id: &str,
    to: &str,
    reason: &Reason,
    now: DateTime<Utc>,
) -> Result<Move, TransferError> {
    let summary = get_visible(db, scope, id).await?;
    let account = summary.account;
    let Some(owner) = &account.owner_id else {
        return claim(db, scope, &account, to, reason, now).await;
    };
    may_move_from(db, scope, owner).await?;
    let to = receiver(db, scope, to).await?;
    if &to == owner {
        return Err(TransferError::SameOwner(to.to_string()));
    }
    let handover = Handover {
        from: owner,
        to: &to,
        by: Some(scope.user_id()),
        at: now,
        reason: reason.as_str(),
    };
    let mut tx = db.begin_write().await?;
    move_one(&mut tx, &handover, &account.id, None).await?;
    tx.commit().await?;
    tracing::info!(from = %owner, to = %to, "account transferred");
    Ok(Move::of(&handover, &account.id, &account.name))
}

/// Gives an account nobody owns to `to`: an admin's to do.
async fn claim(
    db: &Db,
    scope: &Scope,
    account: &super::Account,
    to: &str,
    reason: &Reason,
    now: DateTime<Utc>,
) -> Result<Move, TransferError> {
    if !scope.is_admin() {
        return Err(TransferError::Forbidden);
    }
    let to = receiver(db, scope, to).await?;
    let mut tx = db.begin_write().await?;
    let by = scope.actor();
    let give = super::owners::Give {
        account: account.id.as_str(),
        from: None,
        to: to.as_str(),
        by: by.map(UserId::as_str),
        at: now,
        rule: None,
        reason: reason.as_str(),
    };
    if !super::owners::give(&mut tx, &give).await? {
        return Err(TransferError::OwnerChanged);
    }
    let moved = Move {
        account_id: account.id.to_string(),
        account_name: account.name.clone(),
        from_user_id: None,
        to_user_id: to.to_string(),
        changed_by: scope.user_id().to_string(),
        changed_at: now,
        reason: reason.as_str().to_string(),
    };
    record_move(&mut tx, &moved, by, None).await?;
    tx.commit().await?;
    tracing::info!(to = %to, "unowned account given an owner");
    Ok(moved)
}
