//! Notice: a departing owner, their last day, a successor, and the interview
//! plan for every account they own.

pub mod health;
pub mod plan;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

pub use plan::{plan_interviews, tier_for, PlannedInterview, RaiseReason};

use crate::access::Scope;
use crate::accounts::portfolio::{FigureKey, Figures};
use crate::accounts::transfer::{self, TransferError};
use crate::accounts::{self, AccountId, AccountsError};
use crate::audit::{self, AuditKind};
use crate::bank::{Bank, QuestionId, Tier};
use crate::interviews;
use crate::store::{Db, StoreError};
use crate::users::{self, User, UserId, UserStatus, UsersError};
use crate::{string_enum, with_db, with_tx};

string_enum!(DepartureStatus { Open => "open", Completed => "completed" });

/// A last day that is not in the past.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LastDay(NaiveDate);

impl LastDay {
    pub fn parse(date: NaiveDate, today: NaiveDate) -> Result<LastDay, DepartureError> {
        if date < today {
            Err(DepartureError::LastDayInPast {
                last_day: date,
                today,
            })
        } else {
            Ok(LastDay(date))
        }
    }

    pub fn date(self) -> NaiveDate {
        self.0
    }
}

/// What a caller asks for when giving notice.
#[derive(Debug, Clone)]
pub struct Notice {
    pub user_id: String,
    pub last_day: NaiveDate,
    pub successor_id: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum DepartureError {
    #[error("user not found")]
    UserNotFound,
    #[error("departure not found")]
    NotFound,
    #[error("only the user's manager chain or an admin may do this")]
    Forbidden,
    #[error("nobody gives or completes their own notice: their manager or another admin does")]
    OwnDeparture,
    #[error("last day {last_day} is in the past (today is {today})")]
    LastDayInPast {
        last_day: NaiveDate,
        today: NaiveDate,
    },
    #[error("successor {0} is not an active user you may name")]
    UnknownSuccessor(String),
    #[error("successor {0} is not an active user")]
    SuccessorNotActive(String),
    #[error("the successor must be someone other than the departing user")]
    SuccessorIsDeparting,
    #[error("notice was already given for user {0}")]
    AlreadyGiven(String),
    #[error("user {0} has already departed")]
    AlreadyDeparted(String),
    #[error("departure {0} is already completed")]
    AlreadyCompleted(String),
    #[error("{0}")]
    InvalidReassignment(String),
    #[error(transparent)]
    Transfer(#[from] TransferError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for DepartureError {
    fn from(e: sqlx::Error) -> Self {
        DepartureError::Store(e.into())
    }
}

impl From<UsersError> for DepartureError {
    fn from(e: UsersError) -> Self {
        match e {
            UsersError::NotFound => DepartureError::UserNotFound,
            UsersError::Store(s) => DepartureError::Store(s),
        }
    }
}

impl From<AccountsError> for DepartureError {
    fn from(e: AccountsError) -> Self {
        match e {
            // Planning reads accounts without a scope; there is no not-found.
            AccountsError::NotFound => DepartureError::NotFound,
            AccountsError::Store(s) => DepartureError::Store(s),
        }
    }
}

/// One planned interview as stored.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct InterviewPlan {
    pub id: String,
    pub account_id: String,
    pub account_name: String,
    pub tier: Tier,
    pub segment_tier: Tier,
    pub raised_because: Vec<RaiseReason>,
    pub planned_questions: Vec<QuestionId>,
    pub max_follow_ups: u8,
    pub due_date: NaiveDate,
    pub priority: u32,
    pub status: String,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Departure {
    pub id: String,
    pub user_id: String,
    pub user_name: String,
    pub last_day: NaiveDate,
    pub successor_id: Option<String>,
    pub status: DepartureStatus,
    pub created_by: String,
    pub created_at: DateTime<Utc>,
    pub completed_at: Option<DateTime<Utc>>,
    /// In the order to do them.
    pub interviews: Vec<InterviewPlan>,
}

/// Checks that the caller may act for `user`: an admin, or someone above
/// them in the reporting line, and never for themselves (an admin's own
/// departure is another admin's to handle). A user the caller cannot see
/// is not found.
async fn authorize_for_user(db: &Db, scope: &Scope, user_id: &str) -> Result<User, DepartureError> {
    let user = users::get_visible(db, scope, user_id).await?;
    if user.id == *scope.user_id() {
        return Err(DepartureError::OwnDeparture);
    }
    if scope.is_admin() || users::is_above(db, scope.user_id(), &user.id).await? {
        Ok(user)
    } else {
        Err(DepartureError::Forbidden)
    }
}

/// The successor named in a notice: any active user of the company other
/// than the one leaving (accounts may move to another team). Whether a
/// user the caller may not see exists, or is leaving, is not the caller's
/// to learn: such a user who is not active is answered exactly like one
/// that does not exist.
async fn check_successor(
    db: &Db,
    scope: &Scope,
    departing: &UserId,
    successor: &str,
) -> Result<UserId, DepartureError> {
    if successor == departing.as_str() {
        return Err(DepartureError::SuccessorIsDeparting);
    }
    match users::standing(db, scope, successor).await? {
        users::Standing::Active(id) => Ok(id),
        users::Standing::NotActive => {
            Err(DepartureError::SuccessorNotActive(successor.to_string()))
        }
        users::Standing::Unknown => Err(DepartureError::UnknownSuccessor(successor.to_string())),
    }
}

/// Gives notice for a user and plans one interview per account they own.
#[tracing::instrument(skip_all, fields(user_id = %notice.user_id, by = %scope.user_id()))]
pub async fn give_notice(
    db: &Db,
    bank: &Bank,
    scope: &Scope,
    notice: &Notice,
    today: NaiveDate,
) -> Result<Departure, DepartureError> {
    let user = authorize_for_user(db, scope, &notice.user_id).await?;
    let last_day = LastDay::parse(notice.last_day, today)?;
    let successor = match &notice.successor_id {
        Some(s) => Some(check_successor(db, scope, &user.id, s).await?),
        None => None,
    };
    match user.status {
        UserStatus::Active => {}
        UserStatus::Departing => return Err(DepartureError::AlreadyGiven(user.id.to_string())),
        UserStatus::Departed => return Err(DepartureError::AlreadyDeparted(user.id.to_string())),
    }

    let owned = accounts::owned_by(db, &user.id).await?;
    let ids: Vec<_> = owned.iter().map(|a| a.account.id.clone()).collect();
    let gaps = interviews::gaps_of(db, bank, &ids, today).await?;
    let planned = plan_interviews(&owned, &gaps, bank, today, last_day.date());
    let departure_id = uuid::Uuid::new_v4().to_string();
    let now = Utc::now();
    let mut tx = db.begin_write().await?;
    // The status flip is the lock: of two notices racing, one changes it.
    if !users::change_status(
        &mut tx,
        &user.id,
        UserStatus::Active,
        UserStatus::Departing,
        now,
    )
    .await?
    {
        return Err(DepartureError::AlreadyGiven(user.id.to_string()));
    }
    with_tx!(&mut tx, conn => {
        sqlx::query(
            "INSERT INTO departures (id, user_id, last_day, successor_id, status, created_by, created_at) \
             VALUES ($1, $2, $3, $4, 'open', $5, $6)",
        )
        .bind(&departure_id)
        .bind(user.id.as_str())
        .bind(last_day.date())
        .bind(successor.as_ref().map(UserId::as_str))
        .bind(scope.user_id().as_str())
        .bind(now)
        .execute(&mut **conn)
        .await?;
    });
    interviews::create_planned(&mut tx, &departure_id, &user.id, &planned, now).await?;
    health::snapshot_opportunities(&mut tx, &departure_id, &user.id).await?;
    let entry = audit::Entry {
        at: now,
        actor: Some(scope.user_id()),
        kind: AuditKind::NoticeGiven,
        account_id: None,
        subject: Some(user.id.as_str()),
        detail: serde_json::json!({
            "departure_id": departure_id,
            "last_day": last_day.date(),
            "successor_id": successor.as_ref().map(UserId::as_str),
            "interviews": planned.len(),
        }),
    };
    audit::record(&mut tx, &entry).await?;
    tx.commit().await?;
    tracing::info!(departure_id, interviews = planned.len(), "notice given");
    load(db, &departure_id).await
}

#[derive(sqlx::FromRow)]
struct DepartureRow {
    id: String,
    user_id: String,
    user_name: String,
    last_day: NaiveDate,
    successor_id: Option<String>,
    status: String,
    created_by: String,
    created_at: DateTime<Utc>,
    completed_at: Option<DateTime<Utc>>,
}

fn departure_select() -> String {
    format!(
        "SELECT d.id, d.user_id, {} AS user_name, d.last_day, d.successor_id, d.status, \
         d.created_by, d.created_at, d.completed_at FROM departures d",
        users::name_of("d.user_id")
    )
}

/// SQL true when the caller (`$1`) is the successor named in an open
/// departure of the user whose id is the column `owner_column`: what lets a
/// successor read the knowledge of the accounts they will take over.
/// How many departures have completed: a count that only grows, for data
/// derived from who has left.
pub async fn completed_count(db: &Db) -> Result<i64, StoreError> {
    let (n,): (i64,) = with_db!(db, pool => {
        sqlx::query_as("SELECT COUNT(*) FROM departures WHERE status = 'completed'")
            .fetch_one(pool)
            .await?
    });
    Ok(n)
}

/// The successor named in each open notice: (departing user, successor).
pub async fn named_successors(db: &Db) -> Result<Vec<(String, String)>, StoreError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as(
            "SELECT user_id, successor_id FROM departures WHERE status = 'open' AND successor_id IS NOT NULL",
        )
        .fetch_all(pool)
        .await?
    }))
}

pub(crate) fn caller_succeeds(owner_column: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM departures d WHERE d.successor_id = $1 AND d.status = 'open' \
         AND d.user_id = {owner_column})"
    )
}

/// SQL true when the departure whose id is `departure_column` is open, is
/// the notice of the user in `user_column`, and its last day is not before
/// `today` (a parameter): that user is still there to ask.
pub(crate) fn in_open_notice(departure_column: &str, user_column: &str, today: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM departures d WHERE d.id = {departure_column} AND d.status = 'open' \
         AND d.user_id = {user_column} AND d.last_day >= {today})"
    )
}

/// Figures per owner: `leaving_without_successor` (1 when under an open
/// notice that names no successor).
pub(crate) fn owner_figures() -> Figures {
    Figures {
        by: FigureKey::Owner,
        sql: "SELECT d.user_id AS key_id, 1 AS leaving_without_successor FROM departures d \
              WHERE d.status = 'open' AND d.successor_id IS NULL GROUP BY d.user_id"
            .to_string(),
        columns: &["leaving_without_successor"],
    }
}

/// SQL true when the user whose id is `user_column` is past the last day
/// of an open notice (`today` names the parameter holding today's date).
pub(crate) fn past_last_day(user_column: &str, today: &str) -> String {
    format!(
        "EXISTS (SELECT 1 FROM departures d WHERE d.user_id = {user_column} AND d.status = 'open' \
         AND d.last_day < {today})"
    )
}

/// The handoff an account is in: the open notice of its owner, else the
/// completed departure that last moved it to its owner (see
/// [`handoff_of_account`]), or a transfer (the handoff plan's own reading of
/// the ownership history).
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct AccountHandoff {
    pub given: DateTime<Utc>,
    /// The departing owner's last day; none for a transfer.
    pub last_day: Option<NaiveDate>,
    /// The owner leaving (or who left).
    pub from_name: String,
    /// The successor named, or who holds the account since.
    pub to_name: Option<String>,
}

/// The handoff account `account_id` is in, if any.
pub async fn handoff_of_account(
    db: &Db,
    account_id: &str,
) -> Result<Option<AccountHandoff>, StoreError> {
    let owner = crate::accounts::portfolio::owner_of("$1");
    let moved = crate::accounts::portfolio::latest_move_to_owner("$1", "d.user_id", "d.created_at");
    let open = format!(
        "SELECT d.created_at AS given, d.last_day, {from} AS from_name, {to} AS to_name \
         FROM departures d WHERE d.user_id = {owner} AND d.status = 'open'",
        from = users::name_of("d.user_id"),
        to = users::name_of("d.successor_id"),
    );
    let done = format!(
        "SELECT d.created_at AS given, d.last_day, {from} AS from_name, {to} AS to_name \
         FROM departures d WHERE d.status = 'completed' AND {moved} IS NOT NULL \
         ORDER BY {moved} DESC LIMIT 1",
        from = users::name_of("d.user_id"),
        to = users::name_of(&owner),
    );
    for sql in [open, done] {
        let found: Option<AccountHandoff> = with_db!(db, pool => {
            sqlx::query_as(sqlx::AssertSqlSafe(sql))
                .bind(account_id)
                .fetch_optional(pool)
                .await?
        });
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

/// The successor named in the open departure of `user_id`, if any.
pub async fn open_successor_of(db: &Db, user_id: &str) -> Result<Option<String>, StoreError> {
    let row: Option<(Option<String>,)> = with_db!(db, pool => {
        sqlx::query_as("SELECT successor_id FROM departures WHERE user_id = $1 AND status = 'open'")
            .bind(user_id)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.and_then(|(s,)| s))
}

async fn load_rows(db: &Db, rows: Vec<DepartureRow>) -> Result<Vec<Departure>, DepartureError> {
    let mut out = Vec::with_capacity(rows.len());
    for d in rows {
        let interviews = interviews::plans_of_departure(db, &d.id).await?;
        out.push(Departure {
            status: DepartureStatus::parse(&d.status)
                .ok_or_else(|| StoreError::Corrupt(format!("departure {}: status", d.id)))?,
            interviews,
            id: d.id,
            user_id: d.user_id,
            user_name: d.user_name,
            last_day: d.last_day,
            successor_id: d.successor_id,
            created_by: d.created_by,
            created_at: d.created_at,
            completed_at: d.completed_at,
        });
    }
    Ok(out)
}

async fn load(db: &Db, id: &str) -> Result<Departure, DepartureError> {
    let sql = format!("{} WHERE d.id = $1", departure_select());
    let row: Option<DepartureRow> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(pool).await?
    });
    let row = row.ok_or(DepartureError::NotFound)?;
    Ok(load_rows(db, vec![row]).await?.remove(0))
}

/// A departure the caller may see: that of a user they may see.
pub async fn get(db: &Db, scope: &Scope, id: &str) -> Result<Departure, DepartureError> {
    let sql = format!(
        "{} WHERE d.id = $3 AND {}",
        departure_select(),
        Scope::user_visible("d.user_id")
    );
    let row: Option<DepartureRow> = with_db!(db, pool => {
        scope.query_as(sql).bind(id).fetch_optional(pool)
            .await?
    });
    let row = row.ok_or(DepartureError::NotFound)?;
    Ok(load_rows(db, vec![row]).await?.remove(0))
}

/// Every departure the caller may see, newest first.
pub async fn list(db: &Db, scope: &Scope) -> Result<Vec<Departure>, DepartureError> {
    let sql = format!(
        "{} WHERE {} ORDER BY d.created_at DESC, d.id",
        departure_select(),
        Scope::user_visible("d.user_id")
    );
    let rows: Vec<DepartureRow> = with_db!(db, pool => {
        scope.query_as(sql).fetch_all(pool)
            .await?
    });
    load_rows(db, rows).await
}

/// Completes a departure by hand, before or after the last day: see
/// [`finish`].
#[tracing::instrument(skip_all, fields(departure_id = %id, by = %scope.user_id()))]
pub async fn complete(
    db: &Db,
    scope: &Scope,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Departure, DepartureError> {
    let departure = get(db, scope, id).await?;
    authorize_for_user(db, scope, &departure.user_id).await?;
    if departure.status == DepartureStatus::Completed {
        return Err(DepartureError::AlreadyCompleted(departure.id));
    }
    finish(db, &departure, Some(scope.user_id()), now).await?;
    load(db, id).await
}

/// Ends the notices whose last day has passed, as of `now`: each as
/// [`complete`] would, by nobody. Returns how many ended.
pub async fn end_notices(db: &Db, now: DateTime<Utc>) -> Result<usize, DepartureError> {
    let sql = format!(
        "{} WHERE d.status = 'open' AND d.last_day < $1 ORDER BY d.last_day, d.id",
        departure_select()
    );
    let rows: Vec<DepartureRow> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(now.date_naive()).fetch_all(pool).await?
    });
    let mut ended = 0;
    for departure in load_rows(db, rows).await? {
        match finish(db, &departure, None, now).await {
            Ok(()) => ended += 1,
            // Completed by hand meanwhile.
            Err(DepartureError::AlreadyCompleted(_)) => {}
            Err(e) => return Err(e),
        }
        tracing::info!(departure_id = %departure.id, user_id = %departure.user_id, "notice ended on its last day");
    }
    Ok(ended)
}

/// In one transaction: the departure completes, the user becomes
/// `departed` and their tokens are revoked (listed as revoked; everything
/// they wrote stays, attributed), and the accounts they still own pass to
/// the successor or, with none named, to their manager flagged unassigned,
/// each change in the ownership history. A user with no manager and no
/// successor keeps their accounts, flagged unassigned (the dashboard lists
/// them; `baton assign` gives them owners).
async fn finish(
    db: &Db,
    departure: &Departure,
    by: Option<&UserId>,
    now: DateTime<Utc>,
) -> Result<(), DepartureError> {
    let corrupt = |what: &str| StoreError::Corrupt(format!("departure {}: {what}", departure.id));
    let user = UserId::parse(&departure.user_id).map_err(|_| corrupt("user"))?;
    let manager = users::find(db, user.as_str())
        .await?
        .and_then(|u| u.manager_id);
    let mut tx = db.begin_write().await?;
    let done = with_tx!(&mut tx, conn => {
        sqlx::query("UPDATE departures SET status = 'completed', completed_at = $2 WHERE id = $1 AND status = 'open'")
            .bind(&departure.id)
            .bind(now)
            .execute(&mut **conn)
            .await?
            .rows_affected()
    });
    if done == 0 {
        return Err(DepartureError::AlreadyCompleted(departure.id.clone()));
    }
    users::change_status(
        &mut tx,
        &user,
        UserStatus::Departing,
        UserStatus::Departed,
        now,
    )
    .await?;
    let revoked = crate::access::tokens::revoke_all_of(&mut tx, &user, now).await?;
    let entry = audit::Entry {
        at: now,
        actor: by,
        kind: AuditKind::DepartureCompleted,
        account_id: None,
        subject: Some(user.as_str()),
        detail: serde_json::json!({
            "departure_id": departure.id,
            "last_day": departure.last_day,
            "ended_by_last_day": by.is_none(),
            "tokens_revoked": revoked,
            "accounts_to": departure.successor_id.as_deref().or(manager.as_ref().map(UserId::as_str)),
            "unassigned": departure.successor_id.is_none() && manager.is_some(),
        }),
    };
    audit::record(&mut tx, &entry).await?;
    match (&departure.successor_id, &manager) {
        (Some(successor), _) => {
            let successor = UserId::parse(successor).map_err(|_| corrupt("successor"))?;
            let reason = format!("handoff on departure of {}", departure.user_name);
            let handover = accounts::Handover {
                from: &user,
                to: &successor,
                by,
                at: now,
                reason: &reason,
            };
            accounts::hand_over_all(&mut tx, &handover).await?;
        }
        (None, Some(manager)) => {
            let reason = format!(
                "{} left with no successor named: with their manager until reassigned",
                departure.user_name
            );
            let handover = accounts::Handover {
                from: &user,
                to: manager,
                by,
                at: now,
                reason: &reason,
            };
            accounts::park_all(&mut tx, &handover).await?;
        }
        (None, None) => {
            accounts::flag_unassigned(&mut tx, &user, now).await?;
        }
    }
    tx.commit().await?;
    Ok(())
}

/// Where a departing user's accounts go: all to one user, or each to its
/// own; the accounts not named stay where they are.
#[derive(Debug, Clone)]
pub enum Reassignment {
    AllTo(String),
    Each(Vec<(String, String)>),
}

/// What a reassignment moved, or would move.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Reassigned {
    pub departure_id: String,
    /// True when nothing was changed: the moves are what would happen.
    pub preview: bool,
    pub moves: Vec<accounts::transfer::Move>,
}

/// Moves the accounts a departing user still owns, by their manager chain
/// or an admin, while the departure is open; each move lands in the
/// account's ownership history, all in one transaction. With `preview`,
/// says what would move and changes nothing.
#[tracing::instrument(skip_all, fields(departure_id = %id, by = %scope.user_id(), preview))]
pub async fn reassign(
    db: &Db,
    scope: &Scope,
    id: &str,
    plan: &Reassignment,
    reason: Option<&str>,
    preview: bool,
    now: DateTime<Utc>,
) -> Result<Reassigned, DepartureError> {
    let departure = get(db, scope, id).await?;
    authorize_for_user(db, scope, &departure.user_id).await?;
    if departure.status == DepartureStatus::Completed {
        return Err(DepartureError::AlreadyCompleted(departure.id));
    }
    let from = UserId::parse(&departure.user_id)
        .map_err(|_| StoreError::Corrupt(format!("departure {}: user", departure.id)))?;
    let reason = match reason {
        Some(r) => transfer::Reason::parse(r)?,
        None => transfer::Reason::parse(&format!(
            "reassigned from {}'s departure",
            departure.user_name
        ))?,
    };
    let owned: Vec<(AccountId, String)> = accounts::owned_by(db, &from)
        .await?
        .into_iter()
        .map(|a| (a.account.id, a.account.name))
        .collect();
    let mut wanted: Vec<(AccountId, String, String)> = Vec::new();
    match plan {
        Reassignment::AllTo(to) => {
            for (account, name) in owned {
                wanted.push((account, name, to.clone()));
            }
        }
        Reassignment::Each(pairs) => {
            if pairs.is_empty() {
                return Err(DepartureError::InvalidReassignment(
                    "accounts must name at least one account".into(),
                ));
            }
            for (account, to) in pairs {
                let Some((id, name)) = owned.iter().find(|(a, _)| a.as_str() == account) else {
                    return Err(DepartureError::InvalidReassignment(format!(
                        "account {account} is not one {} still owns",
                        departure.user_name
                    )));
                };
                if wanted.iter().any(|(w, _, _)| w == id) {
                    return Err(DepartureError::InvalidReassignment(format!(
                        "account {account} is named twice"
                    )));
                }
                wanted.push((id.clone(), name.clone(), to.clone()));
            }
        }
    }
    let mut moves = Vec::with_capacity(wanted.len());
    let mut receivers: Vec<(String, UserId)> = Vec::new();
    for (account, name, to) in &wanted {
        let receiver = match receivers.iter().find(|(raw, _)| raw == to) {
            Some((_, id)) => id.clone(),
            None => {
                // The departing user is not active: never a receiver.
                let id = transfer::receiver(db, scope, to).await?;
                receivers.push((to.clone(), id.clone()));
                id
            }
        };
        moves.push((account.clone(), name.clone(), receiver));
    }
    let handover = |to| accounts::Handover {
        from: &from,
        to,
        by: Some(scope.user_id()),
        at: now,
        reason: reason.as_str(),
    };
    if !preview {
        let mut tx = db.begin_write().await?;
        for (account, _, to) in &moves {
            transfer::move_one(&mut tx, &handover(to), account, Some(&departure.id)).await?;
        }
        tx.commit().await?;
        tracing::info!(moved = moves.len(), "portfolio reassigned");
    }
    let moves = moves
        .iter()
        .map(|(account, name, to)| transfer::Move::of(&handover(to), account, name))
        .collect();
    Ok(Reassigned {
        departure_id: departure.id,
        preview,
        moves,
    })
}
