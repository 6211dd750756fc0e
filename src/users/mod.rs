//! People: reps, managers and admins, their reporting line and status.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::access::Scope;
use crate::store::{Db, StoreError};
use crate::{define_id, string_enum, with_db};

define_id!(
    /// A user's id, as the CRM names them (`u-ana`).
    UserId
);

string_enum!(
    /// What a user may do: reps own accounts, managers see their reporting
    /// line, admins see everything and run the service.
    Role { Rep => "rep", Manager => "manager", Admin => "admin" }
);

string_enum!(
    /// `departing` from notice to the last day; `departed` after it, when the
    /// user's tokens stop working and their history stays.
    UserStatus { Active => "active", Departing => "departing", Departed => "departed" }
);

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct User {
    pub id: UserId,
    pub name: String,
    pub email: Option<String>,
    pub role: Role,
    pub manager_id: Option<UserId>,
    pub team: Option<String>,
    pub status: UserStatus,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, thiserror::Error)]
pub enum UsersError {
    #[error("user not found")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for UsersError {
    fn from(e: sqlx::Error) -> Self {
        UsersError::Store(e.into())
    }
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: String,
    name: String,
    email: Option<String>,
    role: String,
    manager_id: Option<String>,
    team: Option<String>,
    status: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl TryFrom<UserRow> for User {
    type Error = StoreError;
    fn try_from(r: UserRow) -> Result<Self, StoreError> {
        let corrupt = |what: &str| StoreError::Corrupt(format!("user {}: {what}", r.id));
        Ok(User {
            role: Role::parse(&r.role).ok_or_else(|| corrupt("role"))?,
            status: UserStatus::parse(&r.status).ok_or_else(|| corrupt("status"))?,
            manager_id: r
                .manager_id
                .as_deref()
                .map(UserId::parse)
                .transpose()
                .map_err(|_| corrupt("manager_id"))?,
            id: UserId::parse(&r.id).map_err(|_| corrupt("id"))?,
            name: r.name,
            email: r.email,
            team: r.team,
            created_at: r.created_at,
            updated_at: r.updated_at,
        })
    }
}

const USER_COLUMNS: &str =
    "u.id, u.name, u.email, u.role, u.manager_id, u.team, u.status, u.created_at, u.updated_at";

/// Any user by id, regardless of who asks: for the core's own checks.
pub async fn find(db: &Db, id: &str) -> Result<Option<User>, UsersError> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users u WHERE u.id = $1");
    let row: Option<UserRow> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id).fetch_optional(pool).await?
    });
    Ok(row.map(User::try_from).transpose()?)
}

/// A user the caller may see (see [`Scope::user_visible`]).
pub async fn get_visible(db: &Db, scope: &Scope, id: &str) -> Result<User, UsersError> {
    let sql = format!(
        "SELECT {USER_COLUMNS} FROM users u WHERE u.id = $3 AND {}",
        Scope::user_visible("u")
    );
    let row: Option<UserRow> = with_db!(db, pool => {
        scope.query_as(sql).bind(id).fetch_optional(pool)
            .await?
    });
    row.map(User::try_from)
        .transpose()?
        .ok_or(UsersError::NotFound)
}

/// Every user the caller may see, by name.
pub async fn list_visible(db: &Db, scope: &Scope) -> Result<Vec<User>, UsersError> {
    let sql = format!(
        "SELECT {USER_COLUMNS} FROM users u WHERE {} ORDER BY u.name, u.id",
        Scope::user_visible("u")
    );
    let rows: Vec<UserRow> = with_db!(db, pool => {
        scope.query_as(sql).fetch_all(pool)
            .await?
    });
    Ok(rows
        .into_iter()
        .map(User::try_from)
        .collect::<Result<_, _>>()?)
}

/// True when `manager` stands above `user` in the reporting line, at any
/// distance.
pub async fn is_above(db: &Db, manager: &UserId, user: &UserId) -> Result<bool, UsersError> {
    let found: Option<(String,)> = with_db!(db, pool => {
        sqlx::query_as(
            "WITH RECURSIVE chain(id, manager_id) AS ( \
                 SELECT id, manager_id FROM users WHERE id = $1 \
                 UNION SELECT u.id, u.manager_id FROM users u JOIN chain c ON u.id = c.manager_id) \
             SELECT id FROM chain WHERE manager_id = $2 LIMIT 1",
        )
        .bind(user.as_str())
        .bind(manager.as_str())
        .fetch_optional(pool)
        .await?
    });
    Ok(found.is_some())
}

/// Every user id with its manager, for validating a bundle's reporting line.
pub async fn reporting_lines(db: &Db) -> Result<Vec<(String, Option<String>)>, UsersError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as("SELECT id, manager_id FROM users").fetch_all(pool).await?
    }))
}
