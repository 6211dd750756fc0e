//! Notice: a departing owner, their last day, a successor, and the interview
//! plan for every account they own.

pub mod plan;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

pub use plan::{plan_interviews, tier_for, PlannedInterview, RaiseReason};

use crate::access::Scope;
use crate::accounts::{self, AccountsError};
use crate::bank::{Bank, QuestionId, Tier};
use crate::store::{BeginWrite, Db, StoreError};
use crate::users::{self, User, UserId, UserStatus, UsersError};
use crate::{string_enum, with_db};

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
    let unknown = || DepartureError::UnknownSuccessor(successor.to_string());
    let found = users::find(db, successor).await?.ok_or_else(unknown)?;
    if found.status == UserStatus::Active {
        return Ok(found.id);
    }
    match users::get_visible(db, scope, successor).await {
        Ok(_) => Err(DepartureError::SuccessorNotActive(successor.to_string())),
        Err(users::UsersError::NotFound) => Err(unknown()),
        Err(users::UsersError::Store(e)) => Err(e.into()),
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
    let planned = plan_interviews(&owned, bank, today, last_day.date());
    let departure_id = uuid::Uuid::new_v4().to_string();
    let now = Utc::now();
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        // The status flip is the lock: of two notices racing, one changes it.
        let flipped = sqlx::query("UPDATE users SET status = 'departing', updated_at = $2 WHERE id = $1 AND status = 'active'")
            .bind(user.id.as_str())
            .bind(now)
            .execute(&mut *tx)
            .await?;
        if flipped.rows_affected() == 0 {
            return Err(DepartureError::AlreadyGiven(user.id.to_string()));
        }
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
        .execute(&mut *tx)
        .await?;
        for p in &planned {
            sqlx::query(
                "INSERT INTO interviews (id, departure_id, account_id, owner_id, tier, segment_tier, \
                 raised_because, planned_questions, max_follow_ups, due_date, priority, status, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'planned', $12)",
            )
            .bind(uuid::Uuid::new_v4().to_string())
            .bind(&departure_id)
            .bind(p.account_id.as_str())
            .bind(user.id.as_str())
            .bind(p.tier.as_str())
            .bind(p.segment_tier.as_str())
            .bind(json_list(p.raised_because.iter().map(|r| r.as_str())))
            .bind(json_list(p.planned_questions.iter().map(|q| q.as_str())))
            .bind(i64::from(p.max_follow_ups))
            .bind(p.due_date)
            .bind(i64::from(p.priority))
            .bind(now)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
    });
    tracing::info!(departure_id, interviews = planned.len(), "notice given");
    load(db, &departure_id).await
}

fn json_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    serde_json::to_string(&items.collect::<Vec<_>>()).unwrap_or_else(|_| "[]".into())
}

fn parse_list<T>(
    raw: &str,
    parse: impl Fn(&str) -> Option<T>,
    what: &str,
) -> Result<Vec<T>, StoreError> {
    let items: Vec<String> =
        serde_json::from_str(raw).map_err(|_| StoreError::Corrupt(format!("interview {what}")))?;
    items
        .iter()
        .map(|s| parse(s).ok_or_else(|| StoreError::Corrupt(format!("interview {what}: {s}"))))
        .collect()
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

#[derive(sqlx::FromRow)]
struct InterviewRow {
    id: String,
    account_id: String,
    account_name: String,
    tier: String,
    segment_tier: String,
    raised_because: String,
    planned_questions: String,
    max_follow_ups: i64,
    due_date: NaiveDate,
    priority: i64,
    status: String,
}

impl TryFrom<InterviewRow> for InterviewPlan {
    type Error = StoreError;
    fn try_from(r: InterviewRow) -> Result<Self, StoreError> {
        let tier = |s: &str| {
            Tier::parse(s).ok_or_else(|| StoreError::Corrupt(format!("interview {}: tier", r.id)))
        };
        Ok(InterviewPlan {
            tier: tier(&r.tier)?,
            segment_tier: tier(&r.segment_tier)?,
            raised_because: parse_list(&r.raised_because, RaiseReason::parse, "raised_because")?,
            planned_questions: parse_list(
                &r.planned_questions,
                QuestionId::parse,
                "planned_questions",
            )?,
            max_follow_ups: u8::try_from(r.max_follow_ups).unwrap_or(u8::MAX),
            priority: u32::try_from(r.priority).unwrap_or(u32::MAX),
            id: r.id,
            account_id: r.account_id,
            account_name: r.account_name,
            due_date: r.due_date,
            status: r.status,
        })
    }
}

const DEPARTURE_SELECT: &str =
    "SELECT d.id, d.user_id, u.name AS user_name, d.last_day, d.successor_id, d.status, \
     d.created_by, d.created_at, d.completed_at FROM departures d JOIN users u ON u.id = d.user_id";

async fn load_rows(db: &Db, rows: Vec<DepartureRow>) -> Result<Vec<Departure>, DepartureError> {
    let mut out = Vec::with_capacity(rows.len());
    for d in rows {
        let interviews: Vec<InterviewRow> = with_db!(db, pool => {
            sqlx::query_as(
                "SELECT i.id, i.account_id, a.name AS account_name, i.tier, i.segment_tier, i.raised_because, \
                 i.planned_questions, i.max_follow_ups, i.due_date, i.priority, i.status \
                 FROM interviews i JOIN accounts a ON a.id = i.account_id \
                 WHERE i.departure_id = $1 ORDER BY i.priority",
            )
            .bind(&d.id)
            .fetch_all(pool)
            .await?
        });
        out.push(Departure {
            status: DepartureStatus::parse(&d.status)
                .ok_or_else(|| StoreError::Corrupt(format!("departure {}: status", d.id)))?,
            interviews: interviews
                .into_iter()
                .map(InterviewPlan::try_from)
                .collect::<Result<_, _>>()?,
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
    let sql = format!("{DEPARTURE_SELECT} WHERE d.id = $1");
    let row: Option<DepartureRow> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(pool).await?
    });
    let row = row.ok_or(DepartureError::NotFound)?;
    Ok(load_rows(db, vec![row]).await?.remove(0))
}

/// A departure the caller may see: that of a user they may see.
pub async fn get(db: &Db, scope: &Scope, id: &str) -> Result<Departure, DepartureError> {
    let sql = format!(
        "{DEPARTURE_SELECT} WHERE d.id = $3 AND {}",
        Scope::user_visible("u")
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
        "{DEPARTURE_SELECT} WHERE {} ORDER BY d.created_at DESC, d.id",
        Scope::user_visible("u")
    );
    let rows: Vec<DepartureRow> = with_db!(db, pool => {
        scope.query_as(sql).fetch_all(pool)
            .await?
    });
    load_rows(db, rows).await
}

/// Completes a departure: the user becomes `departed` (their tokens stop
/// working, their history stays) and, when a successor was named, the
/// accounts they still own pass to the successor, each change recorded.
#[tracing::instrument(skip_all, fields(departure_id = %id, by = %scope.user_id()))]
pub async fn complete(db: &Db, scope: &Scope, id: &str) -> Result<Departure, DepartureError> {
    let departure = get(db, scope, id).await?;
    authorize_for_user(db, scope, &departure.user_id).await?;
    if departure.status == DepartureStatus::Completed {
        return Err(DepartureError::AlreadyCompleted(departure.id));
    }
    let now = Utc::now();
    let reason = format!("handoff on departure of {}", departure.user_name);
    with_db!(db, pool => {
        let mut tx = pool.begin_write().await?;
        let done = sqlx::query("UPDATE departures SET status = 'completed', completed_at = $2 WHERE id = $1 AND status = 'open'")
            .bind(&departure.id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(DepartureError::AlreadyCompleted(departure.id.clone()));
        }
        sqlx::query("UPDATE users SET status = 'departed', updated_at = $2 WHERE id = $1")
            .bind(&departure.user_id)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        if let Some(successor) = &departure.successor_id {
            sqlx::query(
                "INSERT INTO ownership_changes (account_id, from_user_id, to_user_id, changed_by, changed_at, reason) \
                 SELECT id, owner_id, $2, $3, $4, $5 FROM accounts WHERE owner_id = $1",
            )
            .bind(&departure.user_id)
            .bind(successor)
            .bind(scope.user_id().as_str())
            .bind(now)
            .bind(&reason)
            .execute(&mut *tx)
            .await?;
            sqlx::query("UPDATE accounts SET owner_id = $2, updated_at = $3 WHERE owner_id = $1")
                .bind(&departure.user_id)
                .bind(successor)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    });
    load(db, id).await
}
