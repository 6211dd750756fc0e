//! People: reps, managers and admins, their reporting line and status.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::access::Scope;
use crate::store::{builder, Db, StoreError, Tx};
use crate::{define_id, string_enum, with_db, with_tx};

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
        Scope::user_visible("u.id")
    );
    let row: Option<UserRow> = with_db!(db, pool => {
        scope.query_as(sql).bind(id).fetch_optional(pool)
            .await?
    });
    row.map(User::try_from)
        .transpose()?
        .ok_or(UsersError::NotFound)
}

/// Whether a user named by the caller may receive accounts, as far as the
/// caller may learn it.
#[derive(Debug, Clone, PartialEq)]
pub enum Standing {
    Active(UserId),
    /// Exists and is visible to the caller, but departing or departed.
    NotActive,
    /// Does not exist, or is not active and outside the caller's view:
    /// whether such a user exists is not the caller's to learn.
    Unknown,
}

/// The standing of `id` to receive accounts from the caller: any active
/// user of the company (accounts may move to another team); one who is
/// not active is told apart from one that does not exist only when the
/// caller may see them.
pub async fn standing(db: &Db, scope: &Scope, id: &str) -> Result<Standing, UsersError> {
    let Some(found) = find(db, id).await? else {
        return Ok(Standing::Unknown);
    };
    if found.status == UserStatus::Active {
        return Ok(Standing::Active(found.id));
    }
    match get_visible(db, scope, id).await {
        Ok(_) => Ok(Standing::NotActive),
        Err(UsersError::NotFound) => Ok(Standing::Unknown),
        Err(e) => Err(e),
    }
}

/// Every user the caller may see, by name.
pub async fn list_visible(db: &Db, scope: &Scope) -> Result<Vec<User>, UsersError> {
    let sql = format!(
        "SELECT {USER_COLUMNS} FROM users u WHERE {} ORDER BY u.name, u.id",
        Scope::user_visible("u.id")
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

/// Everyone below the caller (`$1`), at any depth: SQL for the visibility
/// predicates of [`Scope`].
pub(crate) const REPORTS: &str = "WITH RECURSIVE reports(id) AS ( \
     SELECT id FROM users WHERE manager_id = $1 \
     UNION SELECT x.id FROM users x JOIN reports r ON x.manager_id = r.id) \
     SELECT id FROM reports";

/// SQL for the name of the user whose id is the column `id_column`, for a
/// query of another module that shows a person's name beside an id.
pub(crate) fn name_of(id_column: &str) -> String {
    format!("(SELECT name FROM users WHERE id = {id_column})")
}

/// SQL true when the user whose id is `id_column` has left for good: what
/// ends their tokens.
pub(crate) fn departed(id_column: &str) -> String {
    format!("EXISTS (SELECT 1 FROM users WHERE id = {id_column} AND status = 'departed')")
}

/// SQL joining the user whose id is `id_column` as `alias`, for a query
/// of another module that reads [`name_in`] or [`departed_in`] of many
/// rows at once.
pub(crate) fn join(alias: &str, id_column: &str) -> String {
    format!("JOIN users {alias} ON {alias}.id = {id_column}")
}

/// SQL for the name of the user joined as `alias` (see [`join`]).
pub(crate) fn name_in(alias: &str) -> String {
    format!("{alias}.name")
}

/// SQL true when the user joined as `alias` (see [`join`]) has left for
/// good.
pub(crate) fn departed_in(alias: &str) -> String {
    format!("({alias}.status = 'departed')")
}

/// Every user's id and name.
pub async fn names(db: &Db) -> Result<Vec<(String, String)>, StoreError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as("SELECT id, name FROM users ORDER BY name, id").fetch_all(pool).await?
    }))
}

/// Every user's id, name and manager: the reporting lines, for readers
/// that walk them many times (the conflicts).
pub async fn lines(db: &Db) -> Result<Vec<(String, String, Option<String>)>, StoreError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as("SELECT id, name, manager_id FROM users ORDER BY id").fetch_all(pool).await?
    }))
}

/// The name and status of each of `ids` that exists.
pub async fn statuses(
    db: &Db,
    ids: &[&UserId],
) -> Result<Vec<(String, String, UserStatus)>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    Ok(with_db!(db, pool => {
        let mut q = crate::store::builder(pool, "SELECT id, name, status FROM users WHERE id IN (");
        let mut list = q.separated(", ");
        for id in ids {
            list.push_bind(id.as_str());
        }
        q.push(")");
        q.build_query_as().fetch_all(pool).await?
    }))
}

/// Every user's id, name and email address, for importers that match
/// senders to the team.
pub async fn addresses(db: &Db) -> Result<Vec<(String, String, Option<String>)>, StoreError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as("SELECT id, name, email FROM users ORDER BY id").fetch_all(pool).await?
    }))
}

/// The names of the users `ids`, sorted; ids nobody holds are left out.
pub async fn names_of(db: &Db, ids: &[String]) -> Result<Vec<String>, StoreError> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(String,)> = with_db!(db, pool => {
        let mut q = crate::store::builder(pool, "SELECT name FROM users WHERE id IN (");
        let mut list = q.separated(", ");
        for id in ids {
            list.push_bind(id.as_str());
        }
        q.push(") ORDER BY name");
        q.build_query_as().fetch_all(pool).await?
    });
    Ok(rows.into_iter().map(|(n,)| n).collect())
}

/// Moves a user from status `from` to `to` inside the caller's
/// transaction; false when they were not in `from` (another writer got
/// there first). The flip is the lock of whatever the caller does with it.
pub async fn change_status(
    tx: &mut Tx,
    id: &UserId,
    from: UserStatus,
    to: UserStatus,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let changed = with_tx!(tx, conn => {
        sqlx::query("UPDATE users SET status = $3, updated_at = $4 WHERE id = $1 AND status = $2")
            .bind(id.as_str())
            .bind(from.as_str())
            .bind(to.as_str())
            .bind(now)
            .execute(&mut **conn)
            .await?
            .rows_affected()
    });
    Ok(changed > 0)
}

/// Writes a bundle's users inside the import's transaction: created or
/// updated without managers first, then their managers, so the order in
/// the file does not matter to the foreign key. Returns (created, updated).
pub(crate) async fn import(
    tx: &mut Tx,
    users: &[crate::bundle::BundleUser],
    now: DateTime<Utc>,
) -> Result<(u64, u64), StoreError> {
    if users.is_empty() {
        return Ok((0, 0));
    }
    let ids: Vec<&str> = users.iter().map(|u| u.id.as_str()).collect();
    let existing: Vec<(String,)> = with_tx!(&mut *tx, conn => {
        let mut found = Vec::new();
        for part in ids.chunks(500) {
            let mut q = builder(&*conn, "SELECT id FROM users WHERE id IN (");
            let mut list = q.separated(", ");
            for id in part {
                list.push_bind(*id);
            }
            q.push(")");
            found.extend(q.build_query_as::<(String,)>().fetch_all(&mut **conn).await?);
        }
        found
    });
    let existing: std::collections::HashSet<String> =
        existing.into_iter().map(|(id,)| id).collect();
    with_tx!(&mut *tx, conn => {
        let mut changed = 0;
        for u in users {
            changed += sqlx::query(
                "INSERT INTO users (id, name, email, role, team, status, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, 'active', $6, $6) \
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, \
                 role = excluded.role, team = excluded.team, updated_at = excluded.updated_at \
                 WHERE users.name IS DISTINCT FROM excluded.name \
                 OR users.email IS DISTINCT FROM excluded.email \
                 OR users.role IS DISTINCT FROM excluded.role \
                 OR users.team IS DISTINCT FROM excluded.team",
            )
            .bind(u.id.as_str())
            .bind(&u.name)
            .bind(&u.email)
            .bind(u.role.as_str())
            .bind(&u.team)
            .bind(now)
            .execute(&mut **conn)
            .await?
            .rows_affected();
        }
        if changed > 0 {
            sqlx::query(
                "INSERT INTO roster_stamp (one, seq) VALUES (1, 1) \
                 ON CONFLICT (one) DO UPDATE SET seq = roster_stamp.seq + 1",
            )
            .execute(&mut **conn)
            .await?;
        }
        for u in users {
            sqlx::query("UPDATE users SET manager_id = $2 WHERE id = $1")
                .bind(u.id.as_str())
                .bind(u.manager_id.as_ref().map(|m| m.as_str()))
                .execute(&mut **conn)
                .await?;
        }
    });
    let updated = users
        .iter()
        .filter(|u| existing.contains(u.id.as_str()))
        .count() as u64;
    Ok((users.len() as u64 - updated, updated))
}

/// The roster's stamp, as an SQL select item `people`: a sequence moved
/// in the transaction of every import that adds a user or changes one's
/// name, email, role or team, so derived data holding users' names (the
/// accounts' vocabularies) knows when to be built again, on any instance.
pub const ROSTER_STAMP: &str =
    "COALESCE((SELECT seq FROM roster_stamp WHERE one = 1), 0) AS people";

/// Every user id with its manager, for validating a bundle's reporting line.
pub async fn reporting_lines(db: &Db) -> Result<Vec<(String, Option<String>)>, UsersError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as("SELECT id, manager_id FROM users").fetch_all(pool).await?
    }))
}
