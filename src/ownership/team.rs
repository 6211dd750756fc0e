//! The account team: besides the owner, members with a role (`co_owner`,
//! `support`, `executive_sponsor`) who may read the account and its
//! knowledge ([`member_of`] is part of the one access rule). Managed by
//! the owner's manager chain and admins; imported from a bundle's
//! `team`; every change in `team_changes` (the account's history shows
//! it beside its owners) and in the audit log.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::OwnershipError;
use crate::access::Scope;
use crate::accounts::transfer::TransferError;
use crate::accounts::{self, AccountId, TeamRole, TeamSeat};
use crate::store::{Db, StoreError, Tx};
use crate::users::{self, Standing, UserId};
use crate::{with_db, with_tx};

/// Longest reason kept, in characters: a transfer's.
pub use crate::accounts::transfer::MAX_REASON_CHARS;

/// SQL true when the caller (`$1`, as bound by [`Scope::query_as`]) is in
/// the team of the account aliased `alias`.
pub(crate) fn member_of(alias: &str) -> String {
    member_in(alias, "$1")
}

/// SQL true when the user in `user_column` is in the team of the account
/// aliased `alias`.
pub(crate) fn member_in(alias: &str, user_column: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM account_team t WHERE t.account_id = {alias}.id AND t.user_id = {user_column})"
    )
}

/// A member of an account's team.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct TeamMember {
    pub user_id: String,
    pub name: String,
    pub role: TeamRole,
    pub added_by: Option<String>,
    pub added_at: DateTime<Utc>,
}

/// One change of an account's team, as its history shows it.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct TeamChange {
    pub user_id: String,
    pub name: String,
    /// `added` or `removed`.
    pub change: String,
    pub role: TeamRole,
    /// `None` when it came from the command line.
    pub changed_by: Option<String>,
    pub changed_at: DateTime<Utc>,
    pub reason: String,
}

/// An account's team, by role then name.
pub async fn members(db: &Db, account: &str) -> Result<Vec<TeamMember>, StoreError> {
    let sql = format!(
        "SELECT t.user_id, {} AS name, t.role, t.added_by, t.added_at FROM account_team t \
         WHERE t.account_id = $1 ORDER BY t.role, name, t.user_id",
        users::name_of("t.user_id")
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account).fetch_all(pool).await?
    }))
}

/// Every change of an account's team, oldest first.
pub async fn history(db: &Db, account: &str) -> Result<Vec<TeamChange>, StoreError> {
    let sql = format!(
        "SELECT c.user_id, {} AS name, c.change, c.role, c.changed_by, c.changed_at, c.reason \
         FROM team_changes c WHERE c.account_id = $1 ORDER BY c.id",
        users::name_of("c.user_id")
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(account).fetch_all(pool).await?
    }))
}

/// One change to write.
struct Change<'a> {
    account: &'a str,
    user: &'a str,
    change: &'static str,
    role: TeamRole,
    by: Option<&'a str>,
    at: DateTime<Utc>,
    reason: &'a str,
}

async fn log(tx: &mut Tx, c: &Change<'_>) -> Result<(), StoreError> {
    with_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO team_changes (account_id, user_id, change, role, changed_by, changed_at, reason) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(c.account)
        .bind(c.user)
        .bind(c.change)
        .bind(c.role.as_str())
        .bind(c.by)
        .bind(c.at)
        .bind(c.reason)
        .execute(&mut **conn)
        .await?;
    });
    Ok(())
}

/// What a seat did: nothing (they held that role), added them, or changed
/// their role from the one given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Seated {
    Unchanged,
    Added,
    RoleChanged(TeamRole),
}

/// Puts `user` in the team of `account` as `role` inside the caller's
/// transaction: added, or their role changed (the old role recorded as
/// removed).
async fn seat(
    tx: &mut Tx,
    account: &str,
    user: &str,
    role: TeamRole,
    by: Option<&str>,
    at: DateTime<Utc>,
    reason: &str,
) -> Result<Seated, StoreError> {
    let held: Option<(TeamRole,)> = with_tx!(&mut *tx, conn => {
        sqlx::query_as("SELECT role FROM account_team WHERE account_id = $1 AND user_id = $2")
            .bind(account)
            .bind(user)
            .fetch_optional(&mut **conn)
            .await?
    });
    let seated = match held {
        Some((old,)) if old == role => return Ok(Seated::Unchanged),
        Some((old,)) => {
            let why = format!("role changed to {role}: {reason}");
            let change = Change {
                account,
                user,
                change: "removed",
                role: old,
                by,
                at,
                reason: &why,
            };
            log(tx, &change).await?;
            Seated::RoleChanged(old)
        }
        None => Seated::Added,
    };
    with_tx!(&mut *tx, conn => {
        sqlx::query(
            "INSERT INTO account_team (account_id, user_id, role, added_by, added_at) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (account_id, user_id) DO UPDATE SET role = excluded.role, \
             added_by = excluded.added_by, added_at = excluded.added_at",
        )
        .bind(account)
        .bind(user)
        .bind(role.as_str())
        .bind(by)
        .bind(at)
        .execute(&mut **conn)
        .await?;
    });
    let change = Change {
        account,
        user,
        change: "added",
        role,
        by,
        at,
        reason,
    };
    log(tx, &change).await?;
    Ok(seated)
}

/// Writes a bundle's teams inside the import's transaction: each member
/// listed is added, or given the role listed; members the bundle does not
/// list stay (a removal is a person's decision, with its reason). Returns
/// how many seats changed.
pub(crate) async fn import_seats(
    tx: &mut Tx,
    seats: &[(&AccountId, &TeamSeat)],
    by: Option<&UserId>,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let by = by.map(UserId::as_str);
    let mut changed = 0;
    for (account, s) in seats {
        // The owner is not a member of their own team: a bundle that makes
        // a member the owner leaves the seat alone.
        let owner = crate::accounts::owners::owner_in(tx, account.as_str()).await?;
        if owner.flatten().as_deref() == Some(s.user_id.as_str()) {
            continue;
        }
        let seated = seat(
            tx,
            account.as_str(),
            s.user_id.as_str(),
            s.role,
            by,
            now,
            "imported",
        )
        .await?;
        if seated != Seated::Unchanged {
            changed += 1;
        }
    }
    Ok(changed)
}

/// Checks the caller may manage the team of an account owned by `owner`:
/// an admin, or someone above the owner in the reporting line (a manager
/// holding a parked account counts as its owner's manager).
async fn may_manage(db: &Db, scope: &Scope, owner: Option<&UserId>) -> Result<(), OwnershipError> {
    if scope.is_admin() {
        return Ok(());
    }
    let Some(owner) = owner else {
        return Err(OwnershipError::Forbidden(
            "only an admin manages the team of an account nobody owns",
        ));
    };
    // Whoever may move the owner's accounts manages their teams.
    crate::accounts::transfer::may_move_from(db, scope, owner)
        .await
        .map_err(|e| match e {
            TransferError::Store(s) => OwnershipError::Store(s),
            TransferError::NotFound => OwnershipError::NotFound,
            _ => OwnershipError::Forbidden(
                "only the owner's manager chain or an admin manages the account's team",
            ),
        })
}

/// The reason given for a change, 1 to 500 characters; a blank or absent
/// one is `default`, when there is one.
pub fn reason(raw: Option<&str>, default: Option<&str>) -> Result<String, OwnershipError> {
    let text = raw.map(str::trim).filter(|t| !t.is_empty()).or(default);
    let Some(text) = text else {
        return Err(OwnershipError::Invalid("reason must say why".into()));
    };
    if text.chars().count() > MAX_REASON_CHARS {
        return Err(OwnershipError::Invalid(format!(
            "reason must be at most {MAX_REASON_CHARS} characters"
        )));
    }
    Ok(text.to_string())
}

/// What a team change did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TeamUpdate {
    pub account_id: String,
    pub team: Vec<TeamMember>,
}

/// Adds `user` to the team of the account `id` as `role` (or changes their
/// role), for `reason`; `conflict` is the conflict this resolves, for the
/// audit entry.
#[tracing::instrument(skip_all, fields(account_id = %id, by = %scope.user_id()))]
#[allow(clippy::too_many_arguments)]
pub async fn add(
    db: &Db,
    scope: &Scope,
    id: &str,
    user: &str,
    role: TeamRole,
    why: &str,
    conflict: Option<&str>,
    now: DateTime<Utc>,
) -> Result<TeamUpdate, OwnershipError> {
    let account = visible(db, scope, id).await?;
    may_manage(db, scope, account.owner_id.as_ref()).await?;
    let member = match users::standing(db, scope, user).await? {
        Standing::Active(u) => u,
        Standing::NotActive => return Err(OwnershipError::UserNotActive(user.to_string())),
        Standing::Unknown => return Err(OwnershipError::UnknownUser(user.to_string())),
    };
    if account.owner_id.as_ref() == Some(&member) {
        return Err(OwnershipError::State {
            code: "team_unchanged",
            message: format!("{member} owns the account; the team is everyone else who works it"),
        });
    }
    let mut tx = db.begin_write().await?;
    let by = scope.actor().map(UserId::as_str);
    let seated = seat(
        &mut tx,
        account.id.as_str(),
        member.as_str(),
        role,
        by,
        now,
        why,
    )
    .await?;
    if seated == Seated::Unchanged {
        return Err(OwnershipError::State {
            code: "team_unchanged",
            message: format!("{member} is already in the team as {role}"),
        });
    }
    let edit = Edit {
        account: &account.id,
        member: &member,
        change: "added",
        role,
        previous: match seated {
            Seated::RoleChanged(old) => Some(old),
            _ => None,
        },
        why,
        conflict,
        at: now,
    };
    finish(db, tx, scope, &edit).await
}

/// Takes `user` out of the team of the account `id`, for `reason`.
#[tracing::instrument(skip_all, fields(account_id = %id, by = %scope.user_id()))]
pub async fn remove(
    db: &Db,
    scope: &Scope,
    id: &str,
    user: &str,
    why: &str,
    now: DateTime<Utc>,
) -> Result<TeamUpdate, OwnershipError> {
    let account = visible(db, scope, id).await?;
    may_manage(db, scope, account.owner_id.as_ref()).await?;
    let mut tx = db.begin_write().await?;
    let held: Option<(TeamRole,)> = with_tx!(&mut tx, conn => {
        sqlx::query_as("DELETE FROM account_team WHERE account_id = $1 AND user_id = $2 RETURNING role")
            .bind(account.id.as_str())
            .bind(user)
            .fetch_optional(&mut **conn)
            .await?
    });
    let Some((role,)) = held else {
        return Err(OwnershipError::State {
            code: "team_unchanged",
            message: format!("{user} is not in the account's team"),
        });
    };
    let member = UserId::parse(user).map_err(|_| OwnershipError::UnknownUser(user.into()))?;
    let by = scope.actor().map(UserId::as_str);
    log(
        &mut tx,
        &Change {
            account: account.id.as_str(),
            user,
            change: "removed",
            role,
            by,
            at: now,
            reason: why,
        },
    )
    .await?;
    let edit = Edit {
        account: &account.id,
        member: &member,
        change: "removed",
        role,
        previous: None,
        why,
        conflict: None,
        at: now,
    };
    finish(db, tx, scope, &edit).await
}

/// One change of the team by a person, as the audit log records it.
struct Edit<'a> {
    account: &'a AccountId,
    member: &'a UserId,
    change: &'static str,
    role: TeamRole,
    /// The role they held before, when this changed it.
    previous: Option<TeamRole>,
    why: &'a str,
    /// The conflict it settles, if any.
    conflict: Option<&'a str>,
    at: DateTime<Utc>,
}

/// Appends `e`'s audit entry, commits, and reads the team as it is now.
async fn finish(
    db: &Db,
    mut tx: Tx,
    scope: &Scope,
    e: &Edit<'_>,
) -> Result<TeamUpdate, OwnershipError> {
    let entry = crate::audit::Entry {
        at: e.at,
        actor: scope.actor(),
        kind: crate::audit::AuditKind::TeamChanged,
        account_id: Some(e.account.as_str()),
        subject: Some(e.member.as_str()),
        detail: serde_json::json!({
            "change": e.change,
            "role": e.role,
            "previous_role": e.previous,
            "reason": e.why,
            "conflict": e.conflict,
        }),
    };
    crate::audit::record(&mut tx, &entry).await?;
    tx.commit().await?;
    Ok(TeamUpdate {
        account_id: e.account.to_string(),
        team: members(db, e.account.as_str()).await?,
    })
}

/// The account `id` if the caller sees it.
async fn visible(db: &Db, scope: &Scope, id: &str) -> Result<accounts::Account, OwnershipError> {
    Ok(accounts::get_visible(db, scope, id).await?.account)
}
