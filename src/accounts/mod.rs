//! The account record: accounts, contacts, opportunities, activities and the
//! history of who owned each account. Reads always go through a [`Scope`].

pub mod import;
pub mod model;
pub mod owners;
pub mod patterns;
pub mod portfolio;
pub mod text;
pub mod transfer;

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};

pub use model::*;

use crate::access::Scope;
use crate::store::{Db, StoreError, Tx};
use crate::users::UserId;
use crate::{with_db, with_tx};

#[derive(Debug, thiserror::Error)]
pub enum AccountsError {
    #[error("account not found")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for AccountsError {
    fn from(e: sqlx::Error) -> Self {
        AccountsError::Store(e.into())
    }
}

fn corrupt(what: impl std::fmt::Display) -> StoreError {
    StoreError::Corrupt(what.to_string())
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    id: String,
    name: String,
    owner_id: Option<String>,
    owner_name: Option<String>,
    arr: Option<f64>,
    currency: Option<String>,
    segment: String,
    segment_derived: bool,
    industry: Option<String>,
    territory: Option<String>,
    renewal_date: Option<NaiveDate>,
    contract_notes: Option<String>,
    source: Option<String>,
}

impl AccountRow {
    fn into_summary(self) -> Result<AccountSummary, StoreError> {
        let id =
            AccountId::parse(&self.id).map_err(|_| corrupt(format!("account id {}", self.id)))?;
        Ok(AccountSummary {
            account: Account {
                owner_id: self
                    .owner_id
                    .as_deref()
                    .map(UserId::parse)
                    .transpose()
                    .map_err(|_| corrupt(format!("account {id}: owner")))?,
                arr: self
                    .arr
                    .map(Money::try_from)
                    .transpose()
                    .map_err(|_| corrupt(format!("account {id}: arr")))?,
                segment: Segment::parse(&self.segment)
                    .ok_or_else(|| corrupt(format!("account {id}: segment")))?,
                id,
                name: self.name,
                currency: self.currency,
                segment_derived: self.segment_derived,
                industry: self.industry,
                territory: self.territory,
                renewal_date: self.renewal_date,
                contract_notes: self.contract_notes,
                source: self.source,
            },
            owner_name: self.owner_name,
        })
    }
}

/// The columns of [`AccountRow`], for an account aliased `a`.
fn account_columns() -> String {
    format!(
        "a.id, a.name, a.owner_id, {} AS owner_name, a.arr, a.currency, \
         a.segment, a.segment_derived, a.industry, a.territory, a.renewal_date, a.contract_notes, \
         a.source",
        crate::users::name_of("a.owner_id")
    )
}

/// Filters and page of an account listing.
#[derive(Debug, Clone, Default)]
pub struct AccountFilter {
    pub owner_id: Option<String>,
    pub segment: Option<Segment>,
    /// 1-based.
    pub page: u32,
    pub per_page: u32,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct AccountPage {
    pub items: Vec<AccountSummary>,
    pub page: u32,
    pub per_page: u32,
    /// Matching accounts across all pages.
    pub total: i64,
}

/// The caller's accounts, by name, one page at a time.
pub async fn list(
    db: &Db,
    scope: &Scope,
    filter: &AccountFilter,
) -> Result<AccountPage, AccountsError> {
    let visible = Scope::account_visible("a");
    let conditions =
        format!("{visible} AND ($3 IS NULL OR a.owner_id = $3) AND ($4 IS NULL OR a.segment = $4)");
    let count_sql = format!("SELECT COUNT(*) FROM accounts a WHERE {conditions}");
    let page_sql = format!(
        "SELECT {} FROM accounts a WHERE {conditions} ORDER BY a.name, a.id LIMIT $5 OFFSET $6",
        account_columns()
    );
    let per_page = i64::from(filter.per_page.max(1));
    let offset = i64::from(filter.page.max(1) - 1) * per_page;
    let segment = filter.segment.map(|s| s.as_str());
    let (total, rows): (i64, Vec<AccountRow>) = with_db!(db, pool => {
        let total: (i64,) = scope
            .query_as(count_sql)
            .bind(filter.owner_id.as_deref())
            .bind(segment)
            .fetch_one(pool)
            .await?;
        let rows = scope
            .query_as(page_sql)
            .bind(filter.owner_id.as_deref())
            .bind(segment)
            .bind(per_page)
            .bind(offset)
            .fetch_all(pool)
            .await?;
        (total.0, rows)
    });
    Ok(AccountPage {
        items: rows
            .into_iter()
            .map(AccountRow::into_summary)
            .collect::<Result<_, _>>()?,
        page: filter.page.max(1),
        per_page: filter.per_page.max(1),
        total,
    })
}

/// One account the caller may see, or [`AccountsError::NotFound`] — the same
/// answer whether it does not exist or is not theirs to see.
pub async fn get_visible(
    db: &Db,
    scope: &Scope,
    id: &str,
) -> Result<AccountSummary, AccountsError> {
    let sql = format!(
        "SELECT {} FROM accounts a WHERE a.id = $3 AND {}",
        account_columns(),
        Scope::account_visible("a")
    );
    let row: Option<AccountRow> = with_db!(db, pool => {
        scope.query_as(sql).bind(id).fetch_optional(pool)
            .await?
    });
    Ok(row.ok_or(AccountsError::NotFound)?.into_summary()?)
}

#[derive(sqlx::FromRow)]
struct ContactRow {
    id: String,
    name: String,
    title: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    role: String,
    preferred_channel: Option<String>,
    relationship_strength: Option<i64>,
    notes: Option<String>,
}

impl TryFrom<ContactRow> for Contact {
    type Error = StoreError;
    fn try_from(r: ContactRow) -> Result<Contact, StoreError> {
        Ok(Contact {
            role: ContactRole::parse(&r.role)
                .ok_or_else(|| corrupt(format!("contact {}: role", r.id)))?,
            relationship_strength: r
                .relationship_strength
                .map(RelationshipStrength::try_from)
                .transpose()
                .map_err(|_| corrupt(format!("contact {}: strength", r.id)))?,
            id: ContactId::parse(&r.id).map_err(|_| corrupt(format!("contact id {}", r.id)))?,
            name: r.name,
            title: r.title,
            email: r.email,
            phone: r.phone,
            preferred_channel: r.preferred_channel,
            notes: r.notes,
        })
    }
}

#[derive(sqlx::FromRow)]
struct OpportunityRow {
    id: String,
    account_id: String,
    name: String,
    stage: Option<String>,
    amount: Option<f64>,
    close_date: Option<NaiveDate>,
    next_step: Option<String>,
}

impl TryFrom<OpportunityRow> for Opportunity {
    type Error = StoreError;
    fn try_from(r: OpportunityRow) -> Result<Opportunity, StoreError> {
        Ok(Opportunity {
            amount: r
                .amount
                .map(Money::try_from)
                .transpose()
                .map_err(|_| corrupt(format!("opportunity {}: amount", r.id)))?,
            id: OpportunityId::parse(&r.id)
                .map_err(|_| corrupt(format!("opportunity id {}", r.id)))?,
            name: r.name,
            stage: r.stage,
            close_date: r.close_date,
            next_step: r.next_step,
        })
    }
}

#[derive(sqlx::FromRow)]
struct ActivityRow {
    id: String,
    kind: String,
    at: DateTime<Utc>,
    author_id: Option<String>,
    subject: Option<String>,
    body: Option<String>,
    direction: Option<String>,
}

#[derive(sqlx::FromRow)]
struct HistoryRow {
    from_user_id: Option<String>,
    from_name: Option<String>,
    to_user_id: String,
    to_name: Option<String>,
    changed_by: Option<String>,
    changed_at: DateTime<Utc>,
    reason: String,
    rule: Option<String>,
}

/// Everything `detail` reads besides the account row, in one round of queries.
type DetailRows = (
    Vec<ContactRow>,
    Vec<OpportunityRow>,
    Vec<ActivityRow>,
    Vec<(String, String)>,
    (i64,),
    Vec<HistoryRow>,
);

const CONTACT_COLUMNS: &str = "id, name, title, email, phone, role, preferred_channel, \
     relationship_strength, notes";
const OPPORTUNITY_COLUMNS: &str = "id, account_id, name, stage, amount, close_date, next_step";

/// The full record of one visible account, with its `activity_limit` most
/// recent activities.
pub async fn detail(
    db: &Db,
    scope: &Scope,
    id: &str,
    activity_limit: u32,
) -> Result<AccountDetail, AccountsError> {
    let summary = get_visible(db, scope, id).await?;
    load_detail(db, summary, activity_limit).await
}

/// The full record of one account, whoever may see it. Not scoped: for
/// callers that have already checked access to something that points at the
/// account (the interview engine reading its interview's account).
pub(crate) async fn record(
    db: &Db,
    id: &AccountId,
    activity_limit: u32,
) -> Result<AccountDetail, AccountsError> {
    let sql = format!(
        "SELECT {} FROM accounts a WHERE a.id = $1",
        account_columns()
    );
    let row: Option<AccountRow> = with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql)).bind(id.as_str()).fetch_optional(pool).await?
    });
    let summary = row.ok_or(AccountsError::NotFound)?.into_summary()?;
    load_detail(db, summary, activity_limit).await
}

async fn load_detail(
    db: &Db,
    summary: AccountSummary,
    activity_limit: u32,
) -> Result<AccountDetail, AccountsError> {
    let account_id = summary.account.id.as_str();
    let contacts_sql =
        format!("SELECT {CONTACT_COLUMNS} FROM contacts WHERE account_id = $1 ORDER BY name, id");
    let opps_sql =
        format!("SELECT {OPPORTUNITY_COLUMNS} FROM opportunities WHERE account_id = $1 ORDER BY close_date, id");
    let history_sql = format!(
        "SELECT from_user_id, {from} AS from_name, to_user_id, {to} AS to_name, changed_by, \
         changed_at, reason, rule FROM ownership_changes WHERE account_id = $1 ORDER BY id",
        from = crate::users::name_of("from_user_id"),
        to = crate::users::name_of("to_user_id"),
    );
    let (contacts, opps, activities, links, count, history): DetailRows = with_db!(db, pool => {
        let contacts = sqlx::query_as(sqlx::AssertSqlSafe(contacts_sql)).bind(account_id).fetch_all(pool).await?;
        let opps = sqlx::query_as(sqlx::AssertSqlSafe(opps_sql)).bind(account_id).fetch_all(pool).await?;
        let activities = sqlx::query_as(
            "SELECT id, kind, at, author_id, subject, body, direction FROM activities \
             WHERE account_id = $1 ORDER BY at DESC, id LIMIT $2",
        )
        .bind(account_id)
        .bind(i64::from(activity_limit))
        .fetch_all(pool)
        .await?;
        let links = sqlx::query_as(
            "SELECT ac.activity_id, ac.contact_id FROM activity_contacts ac \
             JOIN activities x ON x.id = ac.activity_id \
             WHERE x.account_id = $1 AND x.id IN \
               (SELECT id FROM activities WHERE account_id = $1 ORDER BY at DESC, id LIMIT $2) \
             ORDER BY ac.contact_id",
        )
        .bind(account_id)
        .bind(i64::from(activity_limit))
        .fetch_all(pool)
        .await?;
        let count = sqlx::query_as("SELECT COUNT(*) FROM activities WHERE account_id = $1")
            .bind(account_id)
            .fetch_one(pool)
            .await?;
        let history = sqlx::query_as(sqlx::AssertSqlSafe(history_sql))
        .bind(account_id)
        .fetch_all(pool)
        .await?;
        (contacts, opps, activities, links, count, history)
    });

    let mut contacts_of: HashMap<String, Vec<ContactId>> = HashMap::new();
    for (activity, contact) in links {
        let contact = ContactId::parse(&contact)
            .map_err(|_| corrupt(format!("activity {activity}: contact")))?;
        contacts_of.entry(activity).or_default().push(contact);
    }
    let recent_activities = activities
        .into_iter()
        .map(|r| {
            Ok(Activity {
                kind: ActivityKind::parse(&r.kind)
                    .ok_or_else(|| corrupt(format!("activity {}: kind", r.id)))?,
                author_id: r
                    .author_id
                    .as_deref()
                    .map(UserId::parse)
                    .transpose()
                    .map_err(|_| corrupt(format!("activity {}: author", r.id)))?,
                contact_ids: contacts_of.remove(&r.id).unwrap_or_default(),
                id: ActivityId::parse(&r.id)
                    .map_err(|_| corrupt(format!("activity id {}", r.id)))?,
                direction: r
                    .direction
                    .as_deref()
                    .map(|d| {
                        Direction::parse(d)
                            .ok_or_else(|| corrupt(format!("activity {}: direction", r.id)))
                    })
                    .transpose()?,
                at: r.at,
                subject: r.subject,
                body: r.body,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let user = |raw: &str| {
        UserId::parse(raw).map_err(|_| corrupt(format!("ownership history: user {raw}")))
    };
    let ownership_history = history
        .into_iter()
        .map(|h| {
            Ok(OwnershipChange {
                from_user_id: h.from_user_id.as_deref().map(user).transpose()?,
                from_name: h.from_name,
                to_user_id: user(&h.to_user_id)?,
                to_name: h.to_name,
                changed_by: h.changed_by.as_deref().map(user).transpose()?,
                changed_at: h.changed_at,
                reason: h.reason,
                rule: h.rule,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;

    Ok(AccountDetail {
        account: summary.account,
        owner_name: summary.owner_name,
        contacts: contacts
            .into_iter()
            .map(Contact::try_from)
            .collect::<Result<_, _>>()?,
        opportunities: opps
            .into_iter()
            .map(Opportunity::try_from)
            .collect::<Result<_, _>>()?,
        recent_activities,
        activity_count: count.0,
        ownership_history,
    })
}

/// An account with its opportunities: what interview planning looks at.
#[derive(Debug, Clone)]
pub struct AccountWithOpportunities {
    pub account: Account,
    pub opportunities: Vec<Opportunity>,
}

/// Every account `owner` owns, with its opportunities, for planning and
/// reassignment. Not scoped: callers have already checked the caller may
/// act on the owner.
pub async fn owned_by(
    db: &Db,
    owner: &UserId,
) -> Result<Vec<AccountWithOpportunities>, AccountsError> {
    let accounts_sql = format!(
        "SELECT {} FROM accounts a WHERE a.owner_id = $1 ORDER BY a.id",
        account_columns()
    );
    let opps_sql = format!(
        "SELECT {OPPORTUNITY_COLUMNS} FROM opportunities \
         WHERE account_id IN (SELECT id FROM accounts WHERE owner_id = $1) ORDER BY account_id, id"
    );
    let (accounts, opps): (Vec<AccountRow>, Vec<OpportunityRow>) = with_db!(db, pool => {
        let accounts = sqlx::query_as(sqlx::AssertSqlSafe(accounts_sql)).bind(owner.as_str()).fetch_all(pool).await?;
        let opps = sqlx::query_as(sqlx::AssertSqlSafe(opps_sql)).bind(owner.as_str()).fetch_all(pool).await?;
        (accounts, opps)
    });
    let mut by_account: HashMap<String, Vec<Opportunity>> = HashMap::new();
    for row in opps {
        let account_id = row.account_id.clone();
        by_account
            .entry(account_id)
            .or_default()
            .push(Opportunity::try_from(row)?);
    }
    accounts
        .into_iter()
        .map(|row| {
            let summary = row.into_summary()?;
            Ok(AccountWithOpportunities {
                opportunities: by_account
                    .remove(summary.account.id.as_str())
                    .unwrap_or_default(),
                account: summary.account,
            })
        })
        .collect()
}

/// SQL for the owner of the account whose id is the column `id_column`.
pub(crate) fn owner_of(id_column: &str) -> String {
    format!("(SELECT owner_id FROM accounts WHERE id = {id_column})")
}

/// SQL for the name of the account whose id is the column `id_column`, for
/// a query of another module that shows an account's name beside its id.
pub(crate) fn name_of(id_column: &str) -> String {
    format!("(SELECT name FROM accounts WHERE id = {id_column})")
}

/// An account handed from one owner to another, and why.
pub struct Handover<'a> {
    pub from: &'a UserId,
    pub to: &'a UserId,
    /// `None` when no person did it (a notice ending on its last day).
    pub by: Option<&'a UserId>,
    pub at: DateTime<Utc>,
    pub reason: &'a str,
}

/// Hands every account `from` owns to `to` inside the caller's
/// transaction, each change recorded in its ownership history. Returns how
/// many moved.
pub async fn hand_over_all(tx: &mut Tx, h: &Handover<'_>) -> Result<u64, StoreError> {
    hand_over(tx, h, None, false).await
}

/// As [`hand_over_all`], for an owner who left with no successor: the
/// accounts go to `h.to` (their manager) flagged unassigned, whose they
/// were and since when, until they move again.
pub async fn park_all(tx: &mut Tx, h: &Handover<'_>) -> Result<u64, StoreError> {
    hand_over(tx, h, None, true).await
}

/// For an owner who left with neither successor nor manager: their
/// accounts stay theirs, flagged unassigned since `at`, until someone
/// transfers or assigns them. Returns how many.
pub async fn flag_unassigned(
    tx: &mut Tx,
    owner: &UserId,
    at: DateTime<Utc>,
) -> Result<u64, StoreError> {
    Ok(with_tx!(tx, conn => {
        sqlx::query(
            "UPDATE accounts SET unassigned_since = $2, unassigned_from = owner_id \
             WHERE owner_id = $1 AND unassigned_since IS NULL",
        )
        .bind(owner.as_str())
        .bind(at)
        .execute(&mut **conn)
        .await?
        .rows_affected()
    }))
}

/// Hands the account `id` to `h.to` if `h.from` still owns it, inside the
/// caller's transaction, the change recorded in its ownership history.
/// Returns whether it moved.
pub async fn hand_over_one(
    tx: &mut Tx,
    h: &Handover<'_>,
    id: &AccountId,
) -> Result<bool, StoreError> {
    Ok(hand_over(tx, h, Some(id), false).await? == 1)
}

async fn hand_over(
    tx: &mut Tx,
    h: &Handover<'_>,
    only: Option<&AccountId>,
    park: bool,
) -> Result<u64, StoreError> {
    let only = only.map(AccountId::as_str);
    let by = h.by.map(UserId::as_str);
    let unassigned_since = park.then_some(h.at);
    let unassigned_from = park.then_some(h.from.as_str());
    Ok(with_tx!(tx, conn => {
        sqlx::query(
            "INSERT INTO ownership_changes (account_id, from_user_id, to_user_id, changed_by, changed_at, reason) \
             SELECT id, owner_id, $2, $3, $4, $5 FROM accounts WHERE owner_id = $1 AND ($6 IS NULL OR id = $6)",
        )
        .bind(h.from.as_str())
        .bind(h.to.as_str())
        .bind(by)
        .bind(h.at)
        .bind(h.reason)
        .bind(only)
        .execute(&mut **conn)
        .await?;
        sqlx::query(
            "UPDATE accounts SET owner_id = $2, updated_at = $3, unassigned_since = $5, unassigned_from = $6 \
             WHERE owner_id = $1 AND ($4 IS NULL OR id = $4)",
        )
        .bind(h.from.as_str())
        .bind(h.to.as_str())
        .bind(h.at)
        .bind(only)
        .bind(unassigned_since)
        .bind(unassigned_from)
        .execute(&mut **conn)
        .await?
        .rows_affected()
    }))
}

/// Accounts whose record changed in an import after `seq`, with the
/// latest import seen.
pub async fn imported_after(db: &Db, seq: i64) -> Result<(Vec<String>, Option<i64>), StoreError> {
    let rows: Vec<(String, i64)> = with_db!(db, pool => {
        sqlx::query_as("SELECT id, import_seq FROM accounts WHERE import_seq > $1 ORDER BY id")
            .bind(seq)
            .fetch_all(pool)
            .await?
    });
    let max = rows.iter().map(|(_, s)| *s).max();
    Ok((rows.into_iter().map(|(id, _)| id).collect(), max))
}

/// An account's name and its contacts' names, if it exists.
pub async fn names(db: &Db, id: &str) -> Result<Option<(String, Vec<String>)>, StoreError> {
    type Rows = (Option<(String,)>, Vec<(String,)>);
    let (name, contacts): Rows = with_db!(db, pool => {
        let name = sqlx::query_as("SELECT name FROM accounts WHERE id = $1")
            .bind(id)
            .fetch_optional(pool)
            .await?;
        let contacts = sqlx::query_as("SELECT name FROM contacts WHERE account_id = $1 ORDER BY name")
            .bind(id)
            .fetch_all(pool)
            .await?;
        (name, contacts)
    });
    Ok(name.map(|(n,)| (n, contacts.into_iter().map(|(c,)| c).collect())))
}

/// The ids of the company's people this account involves: its owner, the
/// authors of its activities and everyone in its ownership history.
pub async fn involved_users(db: &Db, id: &AccountId) -> Result<Vec<String>, StoreError> {
    let rows: Vec<(String,)> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT owner_id FROM accounts WHERE id = $1 \
             UNION SELECT author_id FROM activities WHERE account_id = $1 AND author_id IS NOT NULL \
             UNION SELECT from_user_id FROM ownership_changes WHERE account_id = $1 AND from_user_id IS NOT NULL \
             UNION SELECT to_user_id FROM ownership_changes WHERE account_id = $1",
        )
        .bind(id.as_str())
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(|(u,)| u).collect())
}

/// An account whose knowledge the caller may read (see
/// [`Scope::knowledge_visible`]), as a listing shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct KnowledgeAccount {
    pub id: String,
    pub name: String,
    pub owner_id: Option<String>,
    pub owner_name: Option<String>,
    pub renewal_date: Option<NaiveDate>,
}

/// The accounts whose knowledge the caller may read, by name; only `id`
/// when given.
pub async fn knowledge_readable(
    db: &Db,
    scope: &Scope,
    id: Option<&str>,
) -> Result<Vec<KnowledgeAccount>, StoreError> {
    let sql = format!(
        "SELECT a.id, a.name, a.owner_id, {} AS owner_name, a.renewal_date FROM accounts a \
         WHERE ($3 IS NULL OR a.id = $3) AND {} ORDER BY a.name, a.id",
        crate::users::name_of("a.owner_id"),
        Scope::knowledge_visible("a")
    );
    Ok(with_db!(db, pool => {
        scope.query_as(sql).bind(id).fetch_all(pool).await?
    }))
}

/// A contact as importers see it, to attach what they read (a chat's
/// senders, a mail's addresses) to contacts and accounts.
#[derive(Debug, Clone)]
pub struct DirectoryEntry {
    pub id: ContactId,
    pub account_id: AccountId,
    pub name: String,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// A contact row: id, account, name, email, phone.
type DirectoryRow = (String, String, String, Option<String>, Option<String>);

/// Every contact of every account.
pub async fn contact_directory(db: &Db) -> Result<Vec<DirectoryEntry>, StoreError> {
    let rows: Vec<DirectoryRow> = with_db!(db, pool => {
        sqlx::query_as("SELECT id, account_id, name, email, phone FROM contacts ORDER BY account_id, id")
            .fetch_all(pool)
            .await?
    });
    rows.into_iter()
        .map(|(id, account, name, email, phone)| {
            Ok(DirectoryEntry {
                id: ContactId::parse(&id).map_err(|_| corrupt(format!("contact id {id}")))?,
                account_id: AccountId::parse(&account)
                    .map_err(|_| corrupt(format!("contact {id}: account")))?,
                name,
                email,
                phone,
            })
        })
        .collect()
}

/// The statement (`$1`: an account id) that, first in a write transaction,
/// makes writers of one account's rows take turns: the account's row
/// locked on PostgreSQL; SQLite's write transactions take turns already.
pub fn taking_turns(engine: crate::store::Engine) -> &'static str {
    match engine {
        crate::store::Engine::Postgres => "SELECT id FROM accounts WHERE id = $1 FOR UPDATE",
        crate::store::Engine::Sqlite => "SELECT id FROM accounts WHERE id = $1",
    }
}
