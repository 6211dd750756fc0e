//! Ownership conflicts a manager should see before they become disputes
//! or lost history, each with a stable `kind`, its accounts, users and
//! evidence, and a stable `key` (kind and subjects) that a resolution
//! names:
//!
//! - `activity_by_non_owner`: activities on an account in the last 90 days
//!   by a user who is neither its owner (then), a team member, the
//!   successor named in its owner's notice, nor in the owner's manager
//!   chain;
//! - `duplicate_customer`: one customer under two accounts owned by
//!   different users (a company domain of their contacts' emails, a
//!   contact's email or phone in both; free-mail domains and our own
//!   people's domains are no company's);
//! - `unassigned`: an account nobody works, with its ARR and days.
//!
//! Computed on each read from the record (no table but the acceptances):
//! a conflict resolved by a transfer or a team seat goes away by itself;
//! one marked accepted stays accepted while its key holds.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::OwnershipError;
use crate::access::Scope;
use crate::accounts::owners::{self, HoldingRow};
use crate::accounts::TeamRole;
use crate::store::{Db, StoreError};
use crate::{string_enum, with_db};

/// How far back activities count.
pub const WINDOW_DAYS: i64 = 90;
/// A domain, email or phone shared by more accounts than this is not one
/// customer (a reseller's, a shared inbox): left out.
pub const MAX_SHARED: usize = 12;
/// Most conflicts a listing returns.
pub const MAX_LIMIT: usize = 1_000;

string_enum!(
    /// What kind of conflict: see the module's documentation.
    ConflictKind {
        ActivityByNonOwner => "activity_by_non_owner",
        DuplicateCustomer => "duplicate_customer",
        Unassigned => "unassigned",
    }
);

/// An account a conflict is about.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConflictAccount {
    pub account_id: String,
    pub name: String,
    pub owner_id: Option<String>,
    pub owner_name: Option<String>,
    pub arr: Option<f64>,
    /// False for the other account of a duplicate that lies outside the
    /// caller's view: named with its owner, its ARR left out, not opened.
    pub in_view: bool,
}

/// A person a conflict involves, and their part in it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConflictUser {
    pub user_id: String,
    pub name: String,
    /// `owner`, `author` (of the activities), `former_owner`, `holder`.
    pub part: String,
}

/// One value two accounts share.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, ToSchema)]
pub struct Shared {
    /// `domain`, `email` or `phone`.
    pub by: String,
    pub value: String,
}

/// What shows the conflict; the fields of its kind are set.
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct ConflictEvidence {
    /// `activity_by_non_owner`: how many, the first and last, and up to
    /// five of their ids (newest first).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub activities: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_at: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub activity_ids: Vec<String>,
    /// `duplicate_customer`: what the two accounts share.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shared: Vec<Shared>,
    /// `unassigned`: since when, and how many whole days.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub since: Option<DateTime<Utc>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub days_unassigned: Option<i64>,
}

/// A conflict marked accepted: by whom, when, why.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct Acceptance {
    pub reason: String,
    pub accepted_by: String,
    pub accepted_at: DateTime<Utc>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Conflict {
    /// Stable: the kind and its subjects (`kind:account[:account|user]`).
    pub key: String,
    pub kind: ConflictKind,
    pub accounts: Vec<ConflictAccount>,
    pub users: Vec<ConflictUser>,
    pub evidence: ConflictEvidence,
    /// ARR of its accounts in view.
    pub arr: f64,
    /// Set when marked accepted (listed only with `include_accepted`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accepted: Option<Acceptance>,
}

/// The conflicts in the caller's view.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Conflicts {
    pub as_of: DateTime<Utc>,
    /// Open conflicts in all (accepted ones left out), and per kind.
    pub open: usize,
    pub by_kind: BTreeMap<ConflictKind, usize>,
    /// ARR of the accounts in view that an open conflict involves, each
    /// counted once.
    pub arr: f64,
    /// The largest ARR first, at most `limit`.
    pub conflicts: Vec<Conflict>,
}

/// What the conflicts are computed from that is costly to read: every
/// account's holding, the outside activity of the window, the accounts
/// that share a customer identity. The same for every caller; kept in a
/// [`ConflictCache`] while the store's stamp holds.
struct Base {
    accounts: HashMap<String, HoldingRow>,
    outside: Vec<Outside>,
    /// Pairs of accounts (owners not compared yet) and what they share.
    shared: BTreeMap<(String, String), BTreeSet<Shared>>,
}

/// Activities on an account by someone outside it, in the window.
struct Outside {
    account: String,
    author: String,
    count: i64,
    first: DateTime<Utc>,
    last: DateTime<Utc>,
    /// The newest, up to five.
    ids: Vec<String>,
}

/// What changes the [`Base`]: the record's counts (imports, owner
/// changes), the team's changes, the departures completed (an owner who
/// left flags their accounts unassigned), and the day (the window moves).
/// Every count only grows, so a commit that lands late still moves it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    record: (i64, i64),
    team: i64,
    completed: i64,
    day: chrono::NaiveDate,
}

/// The [`Base`] of the last read, with its stamp; one per store (the app
/// state holds it). Each read checks the stamp (four counts) and rebuilds
/// when it moved, so a change made through any instance shows at the next
/// read; concurrent readers of a moved stamp wait for one rebuild.
#[derive(Default)]
pub struct ConflictCache {
    held: tokio::sync::Mutex<Option<(Stamp, Arc<Base>)>>,
}

impl ConflictCache {
    async fn base(&self, db: &Db, now: DateTime<Utc>) -> Result<Arc<Base>, StoreError> {
        let (team,): (i64,) = with_db!(db, pool => {
            sqlx::query_as("SELECT COUNT(*) FROM team_changes").fetch_one(pool).await?
        });
        let stamp = Stamp {
            record: owners::record_stamp(db).await?,
            team,
            completed: crate::departures::completed_count(db).await?,
            day: now.date_naive(),
        };
        let mut held = self.held.lock().await;
        if let Some((at, base)) = held.as_ref() {
            if *at == stamp {
                return Ok(base.clone());
            }
        }
        let base = Arc::new(build(db, now).await?);
        *held = Some((stamp, base.clone()));
        Ok(base)
    }
}

/// Reads the [`Base`] from the store.
async fn build(db: &Db, now: DateTime<Utc>) -> Result<Base, StoreError> {
    let since =
        now.date_naive().and_time(chrono::NaiveTime::MIN).and_utc() - Duration::days(WINDOW_DAYS);
    let accounts: HashMap<String, HoldingRow> = owners::holdings(db)
        .await?
        .into_iter()
        .map(|a| (a.id.clone(), a))
        .collect();
    let team = super::team::member_in("a", "x.author_id");
    let mut outside = Vec::new();
    for (account, author, count, first, last) in owners::outside_activity(db, since, &team).await? {
        let ids = owners::activities_by(db, &account, &author, since).await?;
        outside.push(Outside {
            account,
            author,
            count,
            first,
            last,
            ids,
        });
    }
    Ok(Base {
        shared: shared_identities(db).await?,
        accounts,
        outside,
    })
}

/// Everything the finder needs for one caller.
struct Record {
    base: Arc<Base>,
    in_view: HashSet<String>,
    names: HashMap<String, String>,
    managers: HashMap<String, Option<String>>,
    successors: HashMap<String, String>,
    accepted: HashMap<String, Acceptance>,
}

impl Record {
    /// The account `id` as a conflict names it: one outside the caller's
    /// view by its name and owner only (what settling the conflict needs),
    /// not its ARR.
    fn account(&self, id: &str) -> Option<ConflictAccount> {
        let a = self.base.accounts.get(id)?;
        let in_view = self.in_view.contains(id);
        Some(ConflictAccount {
            account_id: a.id.clone(),
            name: a.name.clone(),
            owner_id: a.owner_id.clone(),
            owner_name: a.owner_name.clone(),
            arr: if in_view { a.arr } else { None },
            in_view,
        })
    }

    fn user(&self, id: &str, part: &str) -> ConflictUser {
        ConflictUser {
            user_id: id.to_string(),
            name: self.names.get(id).cloned().unwrap_or_default(),
            part: part.to_string(),
        }
    }

    /// Whether `user` is above `owner` in the reporting line.
    fn above(&self, user: &str, owner: &str) -> bool {
        let mut at = self.managers.get(owner).cloned().flatten();
        let mut steps = 0;
        while let Some(m) = at {
            if m == user {
                return true;
            }
            steps += 1;
            if steps > 64 {
                return false;
            }
            at = self.managers.get(&m).cloned().flatten();
        }
        false
    }

    fn conflict(
        &self,
        key: String,
        kind: ConflictKind,
        accounts: &[&str],
        users: Vec<ConflictUser>,
        evidence: ConflictEvidence,
    ) -> Conflict {
        let accounts: Vec<ConflictAccount> =
            accounts.iter().filter_map(|id| self.account(id)).collect();
        let arr = accounts
            .iter()
            .filter(|a| a.in_view)
            .map(|a| a.arr.unwrap_or(0.0))
            .sum();
        Conflict {
            accepted: self.accepted.get(&key).cloned(),
            key,
            kind,
            accounts,
            users,
            evidence,
            arr,
        }
    }
}

/// Reads what the finder needs for the caller besides the base.
async fn read(db: &Db, scope: &Scope, base: Arc<Base>) -> Result<Record, StoreError> {
    let in_view = owners::ids_in_line(db, scope).await?;
    let lines = crate::users::lines(db).await?;
    let successors = crate::departures::named_successors(db).await?;
    let accepted: Vec<(String, String, String, DateTime<Utc>)> = with_db!(db, pool => {
        sqlx::query_as(
            "SELECT conflict_key, reason, accepted_by, accepted_at FROM conflict_acceptances",
        )
        .fetch_all(pool)
        .await?
    });
    let mut names = HashMap::new();
    let mut managers = HashMap::new();
    for (id, name, manager) in lines {
        names.insert(id.clone(), name);
        managers.insert(id, manager);
    }
    Ok(Record {
        base,
        in_view: in_view.into_iter().collect(),
        names,
        managers,
        successors: successors.into_iter().collect(),
        accepted: accepted
            .into_iter()
            .map(|(key, reason, accepted_by, accepted_at)| {
                (
                    key,
                    Acceptance {
                        reason,
                        accepted_by,
                        accepted_at,
                    },
                )
            })
            .collect(),
    })
}

/// A contact's email and phone as keys a customer is known by.
pub fn identities(email: Option<&str>, phone: Option<&str>) -> Vec<Shared> {
    let mut out = Vec::new();
    if let Some(email) = email.map(|e| e.trim().to_lowercase()) {
        if let Some((local, domain)) = email.rsplit_once('@') {
            if !local.is_empty() && domain.contains('.') {
                if !crate::accounts::is_free_mail(domain) {
                    out.push(Shared {
                        by: "domain".into(),
                        value: domain.to_string(),
                    });
                }
                out.push(Shared {
                    by: "email".into(),
                    value: email.clone(),
                });
            }
        }
    }
    if let Some(phone) = phone {
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        // Seven digits or more: a number, not an extension.
        if digits.len() >= 7 {
            out.push(Shared {
                by: "phone".into(),
                value: digits,
            });
        }
    }
    out
}

/// Pairs of accounts that share a customer identity, each with what they
/// share (whether their owners differ is for the reader to say).
async fn shared_identities(
    db: &Db,
) -> Result<BTreeMap<(String, String), BTreeSet<Shared>>, StoreError> {
    let rows = owners::contact_identities(db).await?;
    // Our own people's domains: a colleague listed as a contact is not a
    // customer two accounts share.
    let ours: HashSet<String> = crate::users::addresses(db)
        .await?
        .into_iter()
        .filter_map(|(_, _, email)| Some(email?.rsplit_once('@')?.1.trim().to_lowercase()))
        .collect();
    let mut by_key: HashMap<Shared, BTreeSet<String>> = HashMap::new();
    for (account, email, phone) in rows {
        let own = email
            .as_deref()
            .and_then(|e| e.rsplit_once('@'))
            .is_some_and(|(_, d)| ours.contains(&d.trim().to_lowercase()));
        for key in identities(email.as_deref(), phone.as_deref()) {
            if own && key.by != "phone" {
                continue;
            }
            by_key.entry(key).or_default().insert(account.clone());
        }
    }
    let mut pairs: BTreeMap<(String, String), BTreeSet<Shared>> = BTreeMap::new();
    for (key, accounts) in by_key {
        if accounts.len() < 2 || accounts.len() > MAX_SHARED {
            continue;
        }
        let accounts: Vec<&String> = accounts.iter().collect();
        for (i, a) in accounts.iter().enumerate() {
            for b in &accounts[i + 1..] {
                pairs
                    .entry(((*a).clone(), (*b).clone()))
                    .or_default()
                    .insert(key.clone());
            }
        }
    }
    Ok(pairs)
}

/// Every conflict in the caller's view (an admin: all; a manager: those
/// about accounts owned in their line; a rep: their own), open ones, and
/// accepted ones too with `include_accepted`; the largest ARR first.
pub async fn find(
    db: &Db,
    cache: &ConflictCache,
    scope: &Scope,
    now: DateTime<Utc>,
    include_accepted: bool,
) -> Result<Vec<Conflict>, OwnershipError> {
    let base = cache.base(db, now).await?;
    let record = read(db, scope, base.clone()).await?;
    let mut out = Vec::new();

    for o in &base.outside {
        if !record.in_view.contains(&o.account) {
            continue;
        }
        let Some(owner) = base
            .accounts
            .get(&o.account)
            .and_then(|a| a.owner_id.clone())
        else {
            continue;
        };
        if record.successors.get(&owner) == Some(&o.author) || record.above(&o.author, &owner) {
            continue;
        }
        let evidence = ConflictEvidence {
            activities: Some(o.count),
            first_at: Some(o.first),
            last_at: Some(o.last),
            activity_ids: o.ids.clone(),
            ..ConflictEvidence::default()
        };
        let users = vec![
            record.user(&owner, "owner"),
            record.user(&o.author, "author"),
        ];
        out.push(record.conflict(
            format!("activity_by_non_owner:{}:{}", o.account, o.author),
            ConflictKind::ActivityByNonOwner,
            &[&o.account],
            users,
            evidence,
        ));
    }

    let owner = |id: &str| base.accounts.get(id).and_then(|a| a.owner_id.as_deref());
    for ((a, b), shared) in &base.shared {
        if owner(a) == owner(b) {
            continue;
        }
        if !record.in_view.contains(a) && !record.in_view.contains(b) {
            continue;
        }
        let users = [a, b]
            .iter()
            .filter_map(|id| owner(id))
            .map(|o| record.user(o, "owner"))
            .collect();
        let evidence = ConflictEvidence {
            shared: shared.iter().cloned().collect(),
            ..ConflictEvidence::default()
        };
        out.push(record.conflict(
            format!("duplicate_customer:{a}:{b}"),
            ConflictKind::DuplicateCustomer,
            &[a, b],
            users,
            evidence,
        ));
    }

    let mut waiting: Vec<&HoldingRow> = base
        .accounts
        .values()
        .filter(|a| record.in_view.contains(&a.id))
        .filter(|a| a.owner_id.is_none() || a.unassigned_since.is_some() || a.owner_departed)
        .collect();
    waiting.sort_by(|x, y| x.id.cmp(&y.id));
    for a in waiting {
        let mut users = Vec::new();
        if let Some(from) = &a.unassigned_from {
            users.push(record.user(from, "former_owner"));
        }
        if let Some(holder) = &a.owner_id {
            if a.unassigned_from.as_ref() != Some(holder) {
                users.push(record.user(holder, "holder"));
            }
        }
        let evidence = ConflictEvidence {
            since: a.unassigned_since,
            days_unassigned: a.unassigned_since.map(|t| (now - t).num_days().max(0)),
            ..ConflictEvidence::default()
        };
        out.push(record.conflict(
            format!("unassigned:{}", a.id),
            ConflictKind::Unassigned,
            &[&a.id],
            users,
            evidence,
        ));
    }

    if !include_accepted {
        out.retain(|c| c.accepted.is_none());
    }
    out.sort_by(|x, y| {
        y.arr
            .total_cmp(&x.arr)
            .then_with(|| x.kind.cmp(&y.kind))
            .then_with(|| x.key.cmp(&y.key))
    });
    Ok(out)
}

/// The caller's conflicts in summary, and the first `limit` of them.
pub async fn list(
    db: &Db,
    cache: &ConflictCache,
    scope: &Scope,
    now: DateTime<Utc>,
    include_accepted: bool,
    limit: usize,
) -> Result<Conflicts, OwnershipError> {
    let all = find(db, cache, scope, now, include_accepted).await?;
    let mut by_kind: BTreeMap<ConflictKind, usize> = BTreeMap::new();
    let mut counted: HashSet<&str> = HashSet::new();
    let mut arr = 0.0;
    let mut open = 0;
    for c in all.iter().filter(|c| c.accepted.is_none()) {
        open += 1;
        *by_kind.entry(c.kind).or_default() += 1;
        for a in c.accounts.iter().filter(|a| a.in_view) {
            if counted.insert(&a.account_id) {
                arr += a.arr.unwrap_or(0.0);
            }
        }
    }
    Ok(Conflicts {
        as_of: now,
        open,
        by_kind,
        arr,
        conflicts: all.into_iter().take(limit.min(MAX_LIMIT)).collect(),
    })
}

/// How a conflict is resolved.
#[derive(Debug, Clone)]
pub enum Resolution {
    /// Marked accepted: it stays as it is, for a reason.
    Accepted,
    /// One of its accounts moves to another owner.
    Transfer { account_id: String, to: String },
    /// A user joins one of its accounts' team.
    TeamMember {
        account_id: String,
        user_id: String,
        role: TeamRole,
    },
}

impl Resolution {
    pub fn name(&self) -> &'static str {
        match self {
            Resolution::Accepted => "accepted",
            Resolution::Transfer { .. } => "transfer",
            Resolution::TeamMember { .. } => "team_member",
        }
    }
}

/// What a resolution did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Resolved {
    pub key: String,
    pub kind: ConflictKind,
    /// `accepted`, `transfer` or `team_member`.
    pub resolution: String,
    /// Whether the conflict is still open after it (a transfer to someone
    /// else than the one working the account leaves it open).
    pub still_open: bool,
}

/// Resolves the open conflict `key` in the caller's view by `how`, for
/// `reason`: the transfer or team seat made by their own rules (and
/// audited as such), then a `conflict_resolved` audit entry naming the
/// conflict; an acceptance by a manager or an admin.
#[tracing::instrument(skip_all, fields(key, by = %scope.user_id()))]
pub async fn resolve(
    db: &Db,
    cache: &ConflictCache,
    scope: &Scope,
    key: &str,
    how: &Resolution,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<Resolved, OwnershipError> {
    let manager_or_admin = scope.is_admin() || scope.role() == crate::users::Role::Manager;
    if matches!(how, Resolution::Accepted) && !manager_or_admin {
        return Err(OwnershipError::Forbidden(
            "only managers and admins accept a conflict",
        ));
    }
    let open = find(db, cache, scope, now, false).await?;
    let Some(conflict) = open.into_iter().find(|c| c.key == key) else {
        return Err(OwnershipError::ConflictNotFound(key.to_string()));
    };
    let concerns = |account: &str| conflict.accounts.iter().any(|a| a.account_id == account);
    match how {
        Resolution::Accepted => {}
        Resolution::Transfer { account_id, to } => {
            if !concerns(account_id) {
                return Err(OwnershipError::Invalid(format!(
                    "account {account_id} is not one of the conflict's"
                )));
            }
            let why = crate::accounts::transfer::Reason::parse(reason)
                .map_err(|e| OwnershipError::Invalid(e.to_string()))?;
            crate::accounts::transfer::transfer(db, scope, account_id, to, &why, now)
                .await
                .map_err(from_transfer)?;
        }
        Resolution::TeamMember {
            account_id,
            user_id,
            role,
        } => {
            if !concerns(account_id) {
                return Err(OwnershipError::Invalid(format!(
                    "account {account_id} is not one of the conflict's"
                )));
            }
            super::team::add(
                db,
                scope,
                account_id,
                user_id,
                *role,
                reason,
                Some(key),
                now,
            )
            .await?;
        }
    }
    let mut tx = db.begin_write().await?;
    if let Resolution::Accepted = how {
        let by = scope.user_id().as_str();
        crate::with_tx!(&mut tx, conn => {
            sqlx::query(
                "INSERT INTO conflict_acceptances (conflict_key, kind, reason, accepted_by, accepted_at) \
                 VALUES ($1, $2, $3, $4, $5) ON CONFLICT (conflict_key) DO UPDATE SET \
                 reason = excluded.reason, accepted_by = excluded.accepted_by, accepted_at = excluded.accepted_at",
            )
            .bind(key)
            .bind(conflict.kind.as_str())
            .bind(reason)
            .bind(by)
            .bind(now)
            .execute(&mut **conn)
            .await?;
        });
    }
    // The account the resolution acted on; for an acceptance, the first.
    let account = match how {
        Resolution::Transfer { account_id, .. } | Resolution::TeamMember { account_id, .. } => {
            Some(account_id.as_str())
        }
        Resolution::Accepted => conflict.accounts.first().map(|a| a.account_id.as_str()),
    };
    let entry = crate::audit::Entry {
        at: now,
        actor: scope.actor(),
        kind: crate::audit::AuditKind::ConflictResolved,
        account_id: account,
        subject: None,
        detail: serde_json::json!({
            "conflict": key,
            "kind": conflict.kind,
            "resolution": how.name(),
            "reason": reason,
            "accounts": conflict.accounts.iter().map(|a| &a.account_id).collect::<Vec<_>>(),
            "users": conflict.users.iter().map(|u| &u.user_id).collect::<Vec<_>>(),
        }),
    };
    crate::audit::record(&mut tx, &entry).await?;
    tx.commit().await?;
    let still_open = match how {
        Resolution::Accepted => false,
        _ => find(db, cache, scope, now, false)
            .await?
            .iter()
            .any(|c| c.key == key),
    };
    Ok(Resolved {
        key: key.to_string(),
        kind: conflict.kind,
        resolution: how.name().to_string(),
        still_open,
    })
}

fn from_transfer(e: crate::accounts::transfer::TransferError) -> OwnershipError {
    use crate::accounts::transfer::TransferError as T;
    match e {
        T::NotFound => OwnershipError::NotFound,
        T::Forbidden => OwnershipError::Forbidden(
            "only the owner's manager chain or an admin may transfer this account",
        ),
        T::UnknownUser(u) => OwnershipError::UnknownUser(u),
        T::UserNotActive(u) => OwnershipError::UserNotActive(u),
        T::SameOwner(u) => OwnershipError::State {
            code: "same_owner",
            message: format!("the account already belongs to {u}"),
        },
        T::InvalidReason(r) => OwnershipError::Invalid(r),
        T::OwnerChanged => OwnershipError::State {
            code: "owner_changed",
            message: "the account changed owner meanwhile; read it again".into(),
        },
        T::Store(s) => OwnershipError::Store(s),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_customer_is_known_by_its_domain_email_and_phone() {
        let keys = identities(Some(" Helga@Northwind.test "), Some("+49 (30) 123-4567"));
        let by: Vec<(&str, &str)> = keys
            .iter()
            .map(|k| (k.by.as_str(), k.value.as_str()))
            .collect();
        assert_eq!(
            by,
            [
                ("domain", "northwind.test"),
                ("email", "helga@northwind.test"),
                ("phone", "49301234567")
            ]
        );
        // A free-mail domain is nobody's company; a short number is an
        // extension.
        let keys = identities(Some("pat@gmail.com"), Some("x204"));
        assert_eq!(keys.len(), 1);
        assert_eq!(keys[0].by, "email");
        assert!(identities(Some("not an address"), None).is_empty());
    }
}
