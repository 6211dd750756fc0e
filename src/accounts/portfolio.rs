//! The accounts a caller may see, one row each, with what the manager's
//! dashboard reads: the account's own figures, the summary of its contacts
//! kept beside it (see [`contact_summary`]), its owner, and integer figures
//! that other modules compute per account or per owner from the tables
//! they own (knowledge captured, a notice without a successor). Each
//! figure set is one grouped pass over its table, left-joined to the
//! accounts in view: one query, whatever the size of the team, and no
//! per-account subquery.

use chrono::{DateTime, NaiveDate, Utc};
use sqlx::Row;

use super::{corrupt, AccountId, AccountsError, ContactRole};
use crate::access::Scope;
use crate::store::Db;
use crate::users::UserId;
use crate::with_db;

/// A contact at this relationship strength or more holds the relationship
/// (1 cold to 5 strong).
pub const STRONG: u8 = 3;

/// SQL assignments recomputing the contact summary of the row of
/// `accounts` being updated: `contact_count`, `strong_contact_count` (at
/// [`STRONG`] or more), and the strongest relationship of an economic
/// buyer and of a champion (`economic_buyer_strength`,
/// `champion_strength`; NULL when nobody holds the role with a known
/// strength). Migration 0011 filled them once the same way.
pub(crate) fn contact_summary() -> String {
    let strongest = |role: ContactRole| {
        format!(
            "(SELECT MAX(c.relationship_strength) FROM contacts c \
             WHERE c.account_id = accounts.id AND c.role = '{}')",
            role.as_str()
        )
    };
    format!(
        "contact_count = (SELECT COUNT(*) FROM contacts c WHERE c.account_id = accounts.id), \
         strong_contact_count = (SELECT COUNT(*) FROM contacts c WHERE c.account_id = accounts.id \
         AND c.relationship_strength >= {STRONG}), \
         economic_buyer_strength = {}, champion_strength = {}",
        strongest(ContactRole::EconomicBuyer),
        strongest(ContactRole::Champion)
    )
}

/// What a figure set is keyed by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FigureKey {
    /// The account's id.
    Account,
    /// The id of the account's owner.
    Owner,
}

/// Integer figures per account (or per owner), written by the module that
/// owns what they read: `sql` selects at most one row per key, the key as
/// `key_id`, then one integer column per name in `columns`. A key with no
/// row reads 0 in every column.
#[derive(Debug, Clone)]
pub struct Figures {
    pub by: FigureKey,
    pub sql: String,
    pub columns: &'static [&'static str],
}

/// An account's contacts in summary.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ContactSummary {
    pub contacts: i64,
    /// Contacts at relationship strength [`STRONG`] or more.
    pub strong: i64,
    /// The strongest relationship held by an economic buyer, by a champion.
    pub economic_buyer_strength: Option<i64>,
    pub champion_strength: Option<i64>,
}

/// One account in view.
#[derive(Debug, Clone)]
pub struct PortfolioRow {
    pub id: AccountId,
    pub name: String,
    /// `None`: nobody owns it (imported without an owner).
    pub owner_id: Option<UserId>,
    pub owner_name: Option<String>,
    /// Its owner has left for good.
    pub owner_departed: bool,
    pub arr: Option<f64>,
    pub renewal_date: Option<NaiveDate>,
    pub contacts: ContactSummary,
    /// Set while it is unassigned (its owner left with no successor and it
    /// went to their manager or stayed with them; or it came without an
    /// owner): whose it was (if anyone's), and since when.
    pub unassigned_from: Option<UserId>,
    pub unassigned_since: Option<DateTime<Utc>>,
    /// The figures asked for, in the order of [`Portfolio::columns`].
    pub figures: Vec<i64>,
}

/// The accounts in view, and the names of their figures.
#[derive(Debug, Clone)]
pub struct Portfolio {
    pub columns: Vec<&'static str>,
    pub rows: Vec<PortfolioRow>,
}

impl Portfolio {
    /// Where the figure named `column` sits in each row's `figures`.
    pub fn column(&self, column: &str) -> Option<usize> {
        self.columns.iter().position(|c| *c == column)
    }
}

/// Every account in the caller's ownership line (an admin: all, those
/// nobody owns among them; a team seat does not count), by ARR (largest
/// first) then name, with the `figures` asked for (column names unique
/// across them).
pub async fn portfolio(
    db: &Db,
    scope: &Scope,
    figures: &[Figures],
) -> Result<Portfolio, AccountsError> {
    let mut columns = format!(
        "a.id, a.name, a.owner_id, {} AS owner_name, COALESCE({}, FALSE) AS owner_departed, a.arr, a.renewal_date, \
         a.contact_count, a.strong_contact_count, a.economic_buyer_strength, a.champion_strength, \
         a.unassigned_from, a.unassigned_since",
        crate::users::name_in("ou"),
        crate::users::departed_in("ou"),
    );
    let mut joins = format!("LEFT {}", crate::users::join("ou", "a.owner_id"));
    let mut names = Vec::new();
    for (i, set) in figures.iter().enumerate() {
        let key = match set.by {
            FigureKey::Account => "a.id",
            FigureKey::Owner => "a.owner_id",
        };
        joins.push_str(&format!(
            " LEFT JOIN ({}) f{i} ON f{i}.key_id = {key}",
            set.sql
        ));
        for column in set.columns {
            columns.push_str(&format!(", CAST(COALESCE(f{i}.{column}, 0) AS BIGINT)"));
            names.push(*column);
        }
    }
    let sql = format!(
        "SELECT {columns} FROM accounts a {joins} WHERE {} \
         ORDER BY COALESCE(a.arr, 0.0) DESC, a.name, a.id",
        Scope::user_visible("a.owner_id")
    );
    const FIXED: usize = 13;
    let rows = with_db!(db, pool => {
        let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(scope.user_id().as_str())
            .bind(scope.role().as_str())
            .fetch_all(pool)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for row in rows {
            let id: String = row.try_get(0)?;
            let owner_id: Option<String> = row.try_get(2)?;
            let from: Option<String> = row.try_get(11)?;
            let mut values = Vec::with_capacity(names.len());
            for i in 0..names.len() {
                values.push(row.try_get::<i64, _>(FIXED + i)?);
            }
            out.push(PortfolioRow {
                owner_id: owner_id
                    .as_deref()
                    .map(UserId::parse)
                    .transpose()
                    .map_err(|_| corrupt(format!("account {id}: owner")))?,
                unassigned_from: from
                    .map(|f| UserId::parse(&f))
                    .transpose()
                    .map_err(|_| corrupt(format!("account {id}: unassigned_from")))?,
                name: row.try_get(1)?,
                owner_name: row.try_get(3)?,
                owner_departed: row.try_get(4)?,
                arr: row.try_get(5)?,
                renewal_date: row.try_get(6)?,
                contacts: ContactSummary {
                    contacts: row.try_get(7)?,
                    strong: row.try_get(8)?,
                    economic_buyer_strength: row.try_get(9)?,
                    champion_strength: row.try_get(10)?,
                },
                unassigned_since: row.try_get(12)?,
                figures: values,
                id: AccountId::parse(&id).map_err(|_| corrupt(format!("account id {id}")))?,
            });
        }
        out
    });
    Ok(Portfolio {
        columns: names,
        rows,
    })
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

/// SQL for the owner of the account whose id is `account` (a parameter or
/// column).
pub(crate) fn owner_of(account: &str) -> String {
    format!("(SELECT oa.owner_id FROM accounts oa WHERE oa.id = {account})")
}

/// SQL for the id of the latest move of the account `account` from the
/// user in `from` to the account's current owner at or after `since`
/// (NULL when there is none): how a departure handed it over.
pub(crate) fn latest_move_to_owner(account: &str, from: &str, since: &str) -> String {
    format!(
        "(SELECT MAX(oc.id) FROM ownership_changes oc JOIN accounts oa \
         ON oa.id = oc.account_id AND oa.owner_id = oc.to_user_id \
         WHERE oc.account_id = {account} AND oc.from_user_id = {from} AND oc.changed_at >= {since})"
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
