//! Who holds which account: the record's side of what the ownership module
//! decides (assignment by rule, conflicts). Reads of owners, ARR owned,
//! outside activity and contacts' identities; the write of an assignment.

use chrono::{DateTime, Utc};

use crate::access::Scope;
use crate::store::{builder, Db, StoreError, Tx};
use crate::users::UserId;
use crate::{with_db, with_tx};

/// SQL true when the account aliased `alias` has no owner that works it:
/// none at all, or parked (with a manager, or kept by a departed owner
/// nobody succeeded).
pub(crate) fn unassigned(alias: &str) -> String {
    format!("({alias}.owner_id IS NULL OR {alias}.unassigned_since IS NOT NULL)")
}

/// An unassigned account as the rules read it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct UnassignedRow {
    pub id: String,
    pub name: String,
    pub arr: Option<f64>,
    pub territory: Option<String>,
    pub segment: String,
    pub industry: Option<String>,
    pub source: Option<String>,
    pub owner_id: Option<String>,
}

/// The unassigned accounts held in the caller's line (an admin: all, those
/// nobody owns among them; a team seat does not count), largest ARR first.
pub async fn unassigned_in_line(db: &Db, scope: &Scope) -> Result<Vec<UnassignedRow>, StoreError> {
    let sql = format!(
        "SELECT a.id, a.name, a.arr, a.territory, a.segment, a.industry, a.source, a.owner_id \
         FROM accounts a WHERE {} AND {} ORDER BY COALESCE(a.arr, 0) DESC, a.id",
        unassigned("a"),
        Scope::user_visible("a.owner_id"),
    );
    Ok(with_db!(db, pool => {
        scope.query_as(sql).fetch_all(pool).await?
    }))
}

/// The ARR each of `users` owns and works (parked accounts left out).
pub async fn arr_owned_by(db: &Db, users: &[&UserId]) -> Result<Vec<(String, f64)>, StoreError> {
    if users.is_empty() {
        return Ok(Vec::new());
    }
    Ok(with_db!(db, pool => {
        let mut q = builder(
            pool,
            "SELECT owner_id, CAST(SUM(COALESCE(arr, 0)) AS DOUBLE PRECISION) FROM accounts \
             WHERE unassigned_since IS NULL AND owner_id IN (",
        );
        let mut list = q.separated(", ");
        for u in users {
            list.push_bind(u.as_str());
        }
        q.push(") GROUP BY owner_id");
        q.build_query_as().fetch_all(pool).await?
    }))
}

/// The user each ownership rule last gave an account to: (rule, user).
pub async fn last_of_each_rule(db: &Db) -> Result<Vec<(String, String)>, StoreError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as(
            "SELECT rule, to_user_id FROM ownership_changes WHERE id IN \
             (SELECT MAX(id) FROM ownership_changes WHERE rule IS NOT NULL GROUP BY rule)",
        )
        .fetch_all(pool)
        .await?
    }))
}

/// An unassigned account given its owner: by a rule, or by hand (an
/// admin transferring an account nobody owns).
pub struct Give<'a> {
    pub account: &'a str,
    /// Who held it (a manager it was parked with), if anyone.
    pub from: Option<&'a str>,
    pub to: &'a str,
    pub by: Option<&'a str>,
    pub at: DateTime<Utc>,
    /// The ownership rule that chose the owner, if one did.
    pub rule: Option<&'a str>,
    pub reason: &'a str,
}

/// Gives the account its owner inside the caller's transaction, if it is
/// still unassigned and held by `a.from`, the move in its ownership
/// history (with its rule). Returns whether it moved.
pub async fn give(tx: &mut Tx, a: &Give<'_>) -> Result<bool, StoreError> {
    Ok(with_tx!(tx, conn => {
        let moved = sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE accounts SET owner_id = $2, unassigned_since = NULL, unassigned_from = NULL, \
             updated_at = $3 WHERE id = $1 AND {} AND COALESCE(owner_id, '') = COALESCE($4, '')",
            unassigned("accounts")
        )))
        .bind(a.account)
        .bind(a.to)
        .bind(a.at)
        .bind(a.from)
        .execute(&mut **conn)
        .await?
        .rows_affected()
            == 1;
        if moved {
            sqlx::query(
                "INSERT INTO ownership_changes (account_id, from_user_id, to_user_id, changed_by, \
                 changed_at, reason, rule) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            )
            .bind(a.account)
            .bind(a.from)
            .bind(a.to)
            .bind(a.by)
            .bind(a.at)
            .bind(a.reason)
            .bind(a.rule)
            .execute(&mut **conn)
            .await?;
        }
        moved
    }))
}

/// The owner of the account `id` inside the caller's transaction (outer
/// `None`: no such account).
pub async fn owner_in(tx: &mut Tx, id: &str) -> Result<Option<Option<String>>, StoreError> {
    let row: Option<(Option<String>,)> = with_tx!(tx, conn => {
        sqlx::query_as("SELECT owner_id FROM accounts WHERE id = $1")
            .bind(id)
            .fetch_optional(&mut **conn)
            .await?
    });
    Ok(row.map(|(o,)| o))
}

/// Every account with its owner and whether it waits for one, for the
/// conflicts' look across lines.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct HoldingRow {
    pub id: String,
    pub name: String,
    pub owner_id: Option<String>,
    pub owner_name: Option<String>,
    pub arr: Option<f64>,
    pub unassigned_since: Option<DateTime<Utc>>,
    pub unassigned_from: Option<String>,
    pub owner_departed: bool,
}

/// Every account's holding.
pub async fn holdings(db: &Db) -> Result<Vec<HoldingRow>, StoreError> {
    let sql = format!(
        "SELECT a.id, a.name, a.owner_id, {} AS owner_name, a.arr, a.unassigned_since, \
         a.unassigned_from, COALESCE({}, FALSE) AS owner_departed FROM accounts a LEFT {}",
        crate::users::name_in("ou"),
        crate::users::departed_in("ou"),
        crate::users::join("ou", "a.owner_id"),
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).fetch_all(pool).await?
    }))
}

/// The ids of the accounts owned in the caller's line (the dashboard's
/// scope: an admin sees all).
pub async fn ids_in_line(db: &Db, scope: &Scope) -> Result<Vec<String>, StoreError> {
    let sql = format!(
        "SELECT a.id FROM accounts a WHERE {}",
        Scope::user_visible("a.owner_id")
    );
    let rows: Vec<(String,)> = with_db!(db, pool => {
        scope.query_as(sql).fetch_all(pool).await?
    });
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// Activities since `since` on owned accounts by someone other than the
/// owner, not in `team` (SQL true when the author, in `x.author_id`, is in
/// the team of the account aliased `a`), and not by a former owner before
/// the account left them: (account, author, count, first, last).
pub async fn outside_activity(
    db: &Db,
    since: DateTime<Utc>,
    team: &str,
) -> Result<Vec<(String, String, i64, DateTime<Utc>, DateTime<Utc>)>, StoreError> {
    let sql = format!(
        "SELECT x.account_id, x.author_id, COUNT(*), MIN(x.at), MAX(x.at) \
         FROM activities x JOIN accounts a ON a.id = x.account_id \
         WHERE x.at >= $1 AND x.author_id IS NOT NULL AND a.owner_id IS NOT NULL \
           AND x.author_id <> a.owner_id AND NOT {team} \
           AND NOT EXISTS (SELECT 1 FROM ownership_changes oc WHERE oc.account_id = a.id \
                           AND oc.from_user_id = x.author_id AND oc.changed_at >= x.at) \
         GROUP BY x.account_id, x.author_id"
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(since).fetch_all(pool).await?
    }))
}

/// How much the record has changed, as two counts that only grow: import
/// runs (every import, chat and mail ones too, adds one, and a streamed
/// one another at its end) and ownership changes (rows are never updated
/// or deleted). Derived data stamped with them is current while they hold.
pub async fn record_stamp(db: &Db) -> Result<(i64, i64), StoreError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as(
            "SELECT (SELECT COUNT(*) FROM import_runs), (SELECT COUNT(*) FROM ownership_changes)",
        )
        .fetch_one(pool)
        .await?
    }))
}

/// The newest (up to five) activities of `author` on `account` since
/// `since`.
pub async fn activities_by(
    db: &Db,
    account: &str,
    author: &str,
    since: DateTime<Utc>,
) -> Result<Vec<String>, StoreError> {
    let rows: Vec<(String,)> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT id FROM activities WHERE account_id = $1 AND author_id = $2 AND at >= $3 \
             ORDER BY at DESC, id LIMIT 5",
        )
        .bind(account)
        .bind(author)
        .bind(since)
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(|(id,)| id).collect())
}

/// The email and phone of every contact of an owned account: (account,
/// email, phone).
pub async fn contact_identities(
    db: &Db,
) -> Result<Vec<(String, Option<String>, Option<String>)>, StoreError> {
    Ok(with_db!(db, pool => {
        sqlx::query_as(
            "SELECT c.account_id, c.email, c.phone FROM contacts c JOIN accounts a ON a.id = c.account_id \
             WHERE a.owner_id IS NOT NULL AND (c.email IS NOT NULL OR c.phone IS NOT NULL)",
        )
        .fetch_all(pool)
        .await?
    }))
}
