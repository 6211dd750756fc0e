//! The accounts a caller may see, one row each, with what the manager's
//! dashboard reads: the account's own figures, its owner's share of the ARR
//! in view, and integer signals that other modules correlate to the
//! account through SQL over the alias `a` (a role held, knowledge
//! captured, a notice without a successor). One query, whatever the size
//! of the team.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

use super::{corrupt, AccountId, AccountsError, ContactRole};
use crate::access::Scope;
use crate::store::Db;
use crate::users::UserId;
use crate::with_db;

/// One account in view.
#[derive(Debug, Clone)]
pub struct PortfolioRow {
    pub id: AccountId,
    pub name: String,
    pub owner_id: UserId,
    pub owner_name: String,
    pub arr: Option<f64>,
    pub renewal_date: Option<NaiveDate>,
    /// The ARR of the accounts in view that the owner holds.
    pub owner_arr: f64,
    /// The ARR of every account in view.
    pub arr_in_view: f64,
    /// Set when its owner left with no successor and it went to their
    /// manager: whose it was, and since when.
    pub unassigned_from: Option<UserId>,
    pub unassigned_since: Option<DateTime<Utc>>,
    /// The signals asked for, in their order.
    pub signals: Vec<i64>,
}

/// SQL true when a contact of the account aliased `alias` holds `role` at
/// relationship strength `strength` or more.
pub(crate) fn holds_role(alias: &str, role: ContactRole, strength: u8) -> String {
    format!(
        "EXISTS (SELECT 1 FROM contacts c WHERE c.account_id = {alias}.id \
         AND c.role = '{}' AND c.relationship_strength >= {strength})",
        role.as_str()
    )
}

/// SQL for the number of contacts of the account aliased `alias` at
/// relationship strength `strength` or more (an integer).
pub(crate) fn contacts_at_least(alias: &str, strength: u8) -> String {
    format!(
        "(SELECT COUNT(*) FROM contacts c WHERE c.account_id = {alias}.id \
         AND c.relationship_strength >= {strength})"
    )
}

/// SQL for the number of contacts of the account aliased `alias`.
pub(crate) fn contact_count(alias: &str) -> String {
    format!("(SELECT COUNT(*) FROM contacts c WHERE c.account_id = {alias}.id)")
}

/// Every account the caller may see, by ARR (largest first) then name, with
/// `signals`: SQL expressions over the account aliased `a`, each an
/// integer (`BIGINT`), written by the modules that own what they read.
pub async fn portfolio(
    db: &Db,
    scope: &Scope,
    signals: &[String],
) -> Result<Vec<PortfolioRow>, AccountsError> {
    let mut columns = format!(
        "a.id, a.name, a.owner_id, {} AS owner_name, a.arr, a.renewal_date, \
         SUM(COALESCE(a.arr, 0.0)) OVER (PARTITION BY a.owner_id) AS owner_arr, \
         SUM(COALESCE(a.arr, 0.0)) OVER () AS arr_in_view, a.unassigned_from, a.unassigned_since",
        crate::users::name_of("a.owner_id")
    );
    for (i, signal) in signals.iter().enumerate() {
        columns.push_str(&format!(", {signal} AS signal_{i}"));
    }
    let sql = format!(
        "SELECT {columns} FROM accounts a WHERE {} \
         ORDER BY COALESCE(a.arr, 0.0) DESC, a.name, a.id",
        Scope::account_visible("a")
    );
    type Fixed = (
        String,
        String,
        String,
        String,
        Option<f64>,
        Option<NaiveDate>,
        f64,
        f64,
        Option<String>,
        Option<DateTime<Utc>>,
    );
    let rows: Vec<(Fixed, Vec<i64>)> = with_db!(db, pool => {
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(scope.user_id().as_str())
            .bind(scope.role().as_str())
            .fetch_all(pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let fixed: Fixed = (
                row.try_get(0)?,
                row.try_get(1)?,
                row.try_get(2)?,
                row.try_get(3)?,
                row.try_get(4)?,
                row.try_get(5)?,
                row.try_get(6)?,
                row.try_get(7)?,
                row.try_get(8)?,
                row.try_get(9)?,
            );
            let mut values = Vec::with_capacity(signals.len());
            for i in 0..signals.len() {
                values.push(row.try_get::<i64, _>(10 + i)?);
            }
            out.push((fixed, values));
        }
        out
    });
    rows.into_iter()
        .map(|(fixed, signals)| {
            let (
                id,
                name,
                owner_id,
                owner_name,
                arr,
                renewal_date,
                owner_arr,
                arr_in_view,
                from,
                since,
            ) = fixed;
            Ok(PortfolioRow {
                id: AccountId::parse(&id).map_err(|_| corrupt(format!("account id {id}")))?,
                owner_id: UserId::parse(&owner_id)
                    .map_err(|_| corrupt(format!("account {id}: owner")))?,
                unassigned_from: from
                    .map(|f| UserId::parse(&f))
                    .transpose()
                    .map_err(|_| corrupt(format!("account {id}: unassigned_from")))?,
                unassigned_since: since,
                name,
                owner_name,
                arr,
                renewal_date,
                owner_arr,
                arr_in_view,
                signals,
            })
        })
        .collect()
}

/// SQL selecting the opportunities of the accounts owned by the user in
/// `owner` (a parameter or column): id, account_id, name, stage, amount,
/// close_date.
pub(crate) fn opportunities_owned_by(owner: &str) -> String {
    format!(
        "SELECT o.id, o.account_id, o.name, o.stage, o.amount, o.close_date \
         FROM opportunities o JOIN accounts a ON a.id = o.account_id WHERE a.owner_id = {owner}"
    )
}

/// SQL joining an opportunity as it is now, as `alias`, to the rows whose
/// `id_column` names it (a left join: a removed one joins nothing).
pub(crate) fn join_opportunity_now(alias: &str, id_column: &str) -> String {
    format!("LEFT JOIN opportunities {alias} ON {alias}.id = {id_column}")
}

/// SQL selecting the accounts whose ids `accounts` selects, each with its
/// first move away from the user in `from` at or after `since` (the
/// handover): account_id, account_name, arr, unassigned (parked with a
/// manager, from that user), new_owner_id, new_owner_name, handed_over_at;
/// the largest ARR first.
pub(crate) fn handovers(accounts: &str, from: &str, since: &str) -> String {
    format!(
        "SELECT a.id AS account_id, a.name AS account_name, a.arr, \
         (a.unassigned_since IS NOT NULL AND a.unassigned_from = {from}) AS unassigned, \
         h.to_user_id AS new_owner_id, {name} AS new_owner_name, h.changed_at AS handed_over_at \
         FROM accounts a LEFT JOIN ownership_changes h ON h.id = \
         (SELECT MIN(oc.id) FROM ownership_changes oc WHERE oc.account_id = a.id \
         AND oc.from_user_id = {from} AND oc.changed_at >= {since}) \
         WHERE a.id IN ({accounts}) ORDER BY a.arr DESC, a.id",
        name = crate::users::name_of("h.to_user_id")
    )
}

/// SQL selecting, as events (account_id, who, at, abstained, open), the
/// activities logged on the accounts `accounts` selects at or after
/// `since`, by their author.
pub(crate) fn activity_events(accounts: &str, since: &str) -> String {
    format!(
        "SELECT account_id, author_id AS who, at, FALSE AS abstained, FALSE AS open \
         FROM activities WHERE account_id IN ({accounts}) AND at >= {since}"
    )
}

/// SQL selecting, as events, the contacts first seen on the accounts
/// `accounts` selects at or after `since` (nobody's doing).
pub(crate) fn new_contact_events(accounts: &str, since: &str) -> String {
    format!(
        "SELECT account_id, NULL AS who, first_seen_at AS at, FALSE AS abstained, FALSE AS open \
         FROM contacts WHERE account_id IN ({accounts}) AND first_seen_at >= {since}"
    )
}
