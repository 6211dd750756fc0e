//! The manager's view over the accounts the caller may see (their
//! reporting line; admins everything): departures in progress, accounts at
//! risk with the reasons why, accounts nobody owns any more, and the ARR at
//! stake. Owns no table: the rows come from `accounts::portfolio`, each
//! reason's SQL from the module that owns what it reads.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::access::Scope;
use crate::accounts::portfolio::{self, Figures, Portfolio, PortfolioRow};
use crate::accounts::AccountsError;
use crate::bank::{RaiseRules, Tier};
use crate::departures::health::{self, HealthReason, HealthStatus};
use crate::departures::{self, Departure, DepartureError};
use crate::interviews::InterviewStatus;
use crate::store::Db;
use crate::string_enum;
use crate::users::UserId;

/// A renewal this close with nothing captured is at risk.
pub const RENEWAL_SOON_DAYS: i64 = 90;
/// A key contact below this relationship strength is weak.
pub const STRONG: u8 = portfolio::STRONG;
/// One owner holding more than this share of the ARR in view.
pub const CONCENTRATION: f64 = 0.6;
/// Accounts at risk listed by default, and at most.
pub const AT_RISK_SHOWN: usize = 50;
pub const MAX_AT_RISK_SHOWN: usize = 1000;

string_enum!(
    /// Why an account is at risk.
    /// `renewal_soon_uncaptured`: renews within 90 days and no knowledge is
    /// approved. `weak_economic_buyer`, `weak_champion`: nobody holds the
    /// role at relationship strength 3 or more (missing, weak or unknown).
    /// `no_successor`: its owner is leaving and no successor is named.
    /// `open_questions`: its successor asked what the clone could not
    /// answer, with no approval since. `single_threaded`: one contact holds
    /// the relationship (the only contact, or the only one at strength 3 or
    /// more). `owner_concentration`: its owner holds more than 60% of the
    /// ARR in view (only when more than one owner is in view).
    RiskReason {
        RenewalSoonUncaptured => "renewal_soon_uncaptured",
        WeakEconomicBuyer => "weak_economic_buyer",
        WeakChampion => "weak_champion",
        NoSuccessor => "no_successor",
        OpenQuestions => "open_questions",
        SingleThreaded => "single_threaded",
        OwnerConcentration => "owner_concentration",
    }
);

/// Interviews of one tier of a departure, by status.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct TierCounts {
    pub planned: usize,
    pub in_progress: usize,
    pub submitted: usize,
    pub approved: usize,
}

/// A departure in progress.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DepartureProgress {
    pub id: String,
    pub user_id: String,
    pub user_name: String,
    pub last_day: NaiveDate,
    /// Days from today to the last day; negative once it has passed.
    pub days_left: i64,
    pub successor_id: Option<String>,
    /// By tier (`enterprise`, `mid_market`, `smb`); tiers without an
    /// interview are left out.
    pub tiers: BTreeMap<Tier, TierCounts>,
}

/// An account at risk.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AtRisk {
    pub account_id: String,
    pub name: String,
    pub owner_id: String,
    pub owner_name: String,
    pub arr: Option<f64>,
    pub renewal_date: Option<NaiveDate>,
    /// At least one, in the order of [`RiskReason`].
    pub reasons: Vec<RiskReason>,
}

/// An account nobody works: its owner left with nobody named to take it
/// (it went to their manager, `owner_id`, or stayed with them when they
/// had none), or it came without an owner. Until a transfer or `baton
/// assign` gives it one.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Unassigned {
    pub account_id: String,
    pub name: String,
    /// The owner who left (absent for an account that came without one).
    pub former_owner_id: Option<String>,
    /// Who holds it meanwhile (their manager; the owner who left when they
    /// had none); absent when nobody does.
    pub owner_id: Option<String>,
    /// Since when.
    pub since: Option<chrono::DateTime<chrono::Utc>>,
    /// Whole days since then.
    pub days_unassigned: Option<i64>,
    pub arr: Option<f64>,
    pub renewal_date: Option<NaiveDate>,
}

/// ARR of the accounts at risk: in all, and per reason (an account counts
/// under each of its reasons).
#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct ArrAtRisk {
    pub total: f64,
    /// Every reason, zero included.
    pub by_reason: BTreeMap<RiskReason, f64>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Dashboard {
    /// The day the figures are for.
    pub as_of: NaiveDate,
    /// Accounts in view and their ARR.
    pub accounts: usize,
    pub arr: f64,
    /// Open departures in view, the nearest last day first.
    pub departures: Vec<DepartureProgress>,
    /// Accounts at risk, the largest ARR first, at most `limit` of them.
    pub at_risk: Vec<AtRisk>,
    /// How many accounts are at risk in all.
    pub at_risk_count: usize,
    pub arr_at_risk: ArrAtRisk,
    /// Accounts whose owner left with no successor, the largest ARR first;
    /// not counted at risk.
    pub unassigned: Vec<Unassigned>,
    /// Accounts handed over in the last 90 days (or parked unassigned),
    /// one line each from their departure's handoff health
    /// (`GET /api/v1/departures/{id}/health`); those needing attention
    /// first. Managers and admins; empty for a rep.
    pub handoffs: Vec<HandoffLine>,
    /// Open ownership conflicts in view (`GET /api/v1/conflicts`): how
    /// many, per kind, and the ARR of the accounts they involve.
    pub conflicts: ConflictCounts,
}

/// Open ownership conflicts in summary.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ConflictCounts {
    pub open: usize,
    pub by_kind: BTreeMap<crate::ownership::conflicts::ConflictKind, usize>,
    pub arr: f64,
}

/// One handed-over account's health, as the dashboard lists it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HandoffLine {
    pub departure_id: String,
    /// The owner who left.
    pub former_owner_name: String,
    pub account_id: String,
    pub account_name: String,
    pub arr: Option<f64>,
    pub new_owner_id: Option<String>,
    pub new_owner_name: Option<String>,
    pub days_since_handover: Option<i64>,
    pub first_activity_days: Option<i64>,
    pub status: HealthStatus,
    pub reasons: Vec<HealthReason>,
}

#[derive(Debug, thiserror::Error)]
pub enum DashboardError {
    #[error(transparent)]
    Accounts(#[from] AccountsError),
    #[error(transparent)]
    Ownership(#[from] crate::ownership::OwnershipError),
    #[error(transparent)]
    Departures(#[from] DepartureError),
}

/// The figures each account row carries besides its own.
fn figures() -> Vec<Figures> {
    let mut out = Vec::from(crate::knowledge::store::figures());
    out.push(departures::owner_figures());
    out
}

/// What one account row says.
struct Signals {
    economic_buyer: bool,
    champion: bool,
    strong_contacts: i64,
    contacts: i64,
    captured: bool,
    open_questions: i64,
    no_successor: bool,
}

/// Where each figure sits in a row.
struct Columns {
    captured: Option<usize>,
    open_questions: Option<usize>,
    no_successor: Option<usize>,
}

impl Columns {
    fn of(portfolio: &Portfolio) -> Columns {
        Columns {
            captured: portfolio.column("captured"),
            open_questions: portfolio.column("open_questions"),
            no_successor: portfolio.column("leaving_without_successor"),
        }
    }
}

impl Signals {
    fn of(row: &PortfolioRow, at: &Columns) -> Signals {
        let figure = |i: Option<usize>| i.and_then(|i| row.figures.get(i)).copied().unwrap_or(0);
        let strong = |strength: Option<i64>| strength.is_some_and(|s| s >= i64::from(STRONG));
        Signals {
            economic_buyer: strong(row.contacts.economic_buyer_strength),
            champion: strong(row.contacts.champion_strength),
            strong_contacts: row.contacts.strong,
            contacts: row.contacts.contacts,
            captured: figure(at.captured) > 0,
            open_questions: figure(at.open_questions),
            no_successor: figure(at.no_successor) > 0,
        }
    }
}

/// The ARR in view: in all, and per owner.
struct ArrShares {
    total: f64,
    by_owner: HashMap<UserId, f64>,
}

impl ArrShares {
    fn of(rows: &[PortfolioRow]) -> ArrShares {
        let mut out = ArrShares {
            total: 0.0,
            by_owner: HashMap::new(),
        };
        for row in rows {
            let value = row.arr.unwrap_or(0.0);
            out.total += value;
            if let Some(owner) = &row.owner_id {
                *out.by_owner.entry(owner.clone()).or_default() += value;
            }
        }
        out
    }

    /// True when more than one owner is in view and `owner` holds more
    /// than [`CONCENTRATION`] of the ARR.
    fn concentrated(&self, owner: &UserId) -> bool {
        self.by_owner.len() > 1
            && self.total > 0.0
            && self.by_owner.get(owner).copied().unwrap_or(0.0) / self.total > CONCENTRATION
    }
}

/// Why `row` is at risk, as of `today`.
fn reasons(
    row: &PortfolioRow,
    owner: &UserId,
    at: &Columns,
    shares: &ArrShares,
    today: NaiveDate,
) -> Vec<RiskReason> {
    let s = Signals::of(row, at);
    let mut out = Vec::new();
    let renews_soon = row.renewal_date.is_some_and(|d| {
        let days = (d - today).num_days();
        (0..=RENEWAL_SOON_DAYS).contains(&days)
    });
    if renews_soon && !s.captured {
        out.push(RiskReason::RenewalSoonUncaptured);
    }
    if !s.economic_buyer {
        out.push(RiskReason::WeakEconomicBuyer);
    }
    if !s.champion {
        out.push(RiskReason::WeakChampion);
    }
    if s.no_successor {
        out.push(RiskReason::NoSuccessor);
    }
    if s.open_questions > 0 {
        out.push(RiskReason::OpenQuestions);
    }
    if s.contacts == 1 || s.strong_contacts == 1 {
        out.push(RiskReason::SingleThreaded);
    }
    if shares.concentrated(owner) {
        out.push(RiskReason::OwnerConcentration);
    }
    out
}

/// The dashboard of the caller, as of `today`, listing at most `limit`
/// accounts at risk; the conflicts counted through `conflicts`.
pub async fn dashboard(
    db: &Db,
    conflicts: &crate::ownership::conflicts::ConflictCache,
    scope: &Scope,
    stages: &RaiseRules,
    now: DateTime<Utc>,
    limit: usize,
) -> Result<Dashboard, DashboardError> {
    let today = now.date_naive();
    let portfolio = portfolio::portfolio(db, scope, &figures()).await?;
    let departures = departures::list(db, scope).await?;
    let at = Columns::of(&portfolio);
    let rows = &portfolio.rows;
    let shares = ArrShares::of(rows);
    let mut arr_at_risk = ArrAtRisk {
        total: 0.0,
        by_reason: RiskReason::ALL.iter().map(|r| (*r, 0.0)).collect(),
    };
    let mut at_risk = Vec::new();
    let mut at_risk_count = 0;
    let mut unassigned = Vec::new();
    for row in rows {
        let value = row.arr.unwrap_or(0.0);
        let owner = match &row.owner_id {
            Some(owner) if row.unassigned_since.is_none() && !row.owner_departed => owner,
            _ => {
                let former = row
                    .unassigned_from
                    .as_ref()
                    .or(row.owner_id.as_ref().filter(|_| row.owner_departed));
                unassigned.push(Unassigned {
                    account_id: row.id.to_string(),
                    name: row.name.clone(),
                    former_owner_id: former.map(ToString::to_string),
                    owner_id: row.owner_id.as_ref().map(ToString::to_string),
                    since: row.unassigned_since,
                    days_unassigned: row.unassigned_since.map(|t| (now - t).num_days().max(0)),
                    arr: row.arr,
                    renewal_date: row.renewal_date,
                });
                continue;
            }
        };
        let why = reasons(row, owner, &at, &shares, today);
        if why.is_empty() {
            continue;
        }
        at_risk_count += 1;
        arr_at_risk.total += value;
        for reason in &why {
            *arr_at_risk.by_reason.entry(*reason).or_default() += value;
        }
        // Rows come largest ARR first: the first `limit` are the ones shown.
        if at_risk.len() < limit {
            at_risk.push(AtRisk {
                account_id: row.id.to_string(),
                name: row.name.clone(),
                owner_id: owner.to_string(),
                owner_name: row.owner_name.clone().unwrap_or_default(),
                arr: row.arr,
                renewal_date: row.renewal_date,
                reasons: why,
            });
        }
    }
    let handoffs = handoffs(db, scope, &departures, stages, now).await?;
    let conflicts = crate::ownership::conflicts::list(db, conflicts, scope, now, false, 0).await?;
    Ok(Dashboard {
        conflicts: ConflictCounts {
            open: conflicts.open,
            by_kind: conflicts.by_kind,
            arr: conflicts.arr,
        },
        as_of: today,
        accounts: rows.len(),
        arr: shares.total,
        at_risk,
        at_risk_count,
        arr_at_risk,
        unassigned,
        departures: in_progress(&departures, today),
        handoffs,
    })
}

/// The handed-over accounts of recent departures in view, those needing
/// attention first, then the largest ARR.
async fn handoffs(
    db: &Db,
    scope: &Scope,
    departures: &[Departure],
    stages: &RaiseRules,
    now: DateTime<Utc>,
) -> Result<Vec<HandoffLine>, DepartureError> {
    if scope.role() == crate::users::Role::Rep {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for (d, h) in health::recent(db, departures, stages, now).await? {
        for a in h.accounts {
            if a.status == HealthStatus::Pending {
                continue;
            }
            out.push(HandoffLine {
                departure_id: d.id.clone(),
                former_owner_name: d.user_name.clone(),
                account_id: a.account_id,
                account_name: a.account_name,
                arr: a.arr,
                new_owner_id: a.new_owner_id,
                new_owner_name: a.new_owner_name,
                days_since_handover: a.days_since_handover,
                first_activity_days: a.first_activity_days,
                status: a.status,
                reasons: a.reasons,
            });
        }
    }
    let attention = |l: &HandoffLine| l.status != HealthStatus::Attention;
    out.sort_by(|a, b| {
        attention(a)
            .cmp(&attention(b))
            .then(b.arr.unwrap_or(0.0).total_cmp(&a.arr.unwrap_or(0.0)))
            .then(a.account_id.cmp(&b.account_id))
    });
    Ok(out)
}

/// The open ones of the departures in view with their interviews counted
/// by tier and status, the nearest last day first.
fn in_progress(departures: &[Departure], today: NaiveDate) -> Vec<DepartureProgress> {
    let mut out: Vec<DepartureProgress> = departures
        .iter()
        .filter(|d| d.status == departures::DepartureStatus::Open)
        .map(|d| {
            let mut tiers: BTreeMap<Tier, TierCounts> = BTreeMap::new();
            for iv in &d.interviews {
                let counts = tiers.entry(iv.tier).or_default();
                match InterviewStatus::parse(&iv.status) {
                    Some(InterviewStatus::Planned) => counts.planned += 1,
                    Some(InterviewStatus::InProgress) => counts.in_progress += 1,
                    Some(InterviewStatus::Submitted) => counts.submitted += 1,
                    Some(InterviewStatus::Approved) => counts.approved += 1,
                    None => {}
                }
            }
            DepartureProgress {
                days_left: (d.last_day - today).num_days(),
                id: d.id.clone(),
                user_id: d.user_id.clone(),
                user_name: d.user_name.clone(),
                last_day: d.last_day,
                successor_id: d.successor_id.clone(),
                tiers,
            }
        })
        .collect();
    out.sort_by(|a, b| a.last_day.cmp(&b.last_day).then(a.id.cmp(&b.id)));
    out
}
