//! Handoff health: how a departing owner's accounts fare with whoever took
//! them over, 30, 60 and 90 days after the handover. Per account: days to
//! the new owner's first logged activity, the brief opened, questions
//! asked of the clone and how many it could not answer, contacts added,
//! and each opportunity open at notice against its stage and amount then
//! (kept by [`snapshot_opportunities`] in the notice's transaction).
//!
//! Windows are cumulative and start at the handover (the account's first
//! move away from the departing owner after notice); a window is
//! `complete` once its days have passed. What the new owner did during the
//! notice (reading the brief, asking) is counted apart, as preparation.

use std::collections::HashMap;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::{authorize_for_user, get, Departure, DepartureError, DepartureStatus};
use crate::access::Scope;
use crate::store::{Db, StoreError, Tx};
use crate::users::UserId;
use crate::{string_enum, with_db, with_tx};

/// The windows measured, in days after the handover.
pub const WINDOWS: [i64; 3] = [30, 60, 90];
/// No activity by the new owner this many days after the handover needs
/// attention.
pub const FIRST_ACTIVITY_DAYS: i64 = 30;
/// The brief unread this many days after the handover needs attention.
pub const BRIEF_DAYS: i64 = 7;

string_enum!(
    /// `pending`: not handed over yet. `unassigned`: parked with the
    /// departing owner's manager, nobody took it. `attention`: see the
    /// reasons. `on_track`: none of them.
    HealthStatus { Pending => "pending", OnTrack => "on_track", Attention => "attention", Unassigned => "unassigned" }
);

string_enum!(
    /// Why a handed-over account needs attention.
    /// `no_first_activity`: the new owner logged nothing in the first 30
    /// days. `brief_not_opened`: a week in, the new owner has not read the
    /// brief (during the notice or since). `open_questions`: the clone
    /// could not answer a question and nothing answered it since.
    /// `opportunity_lost`: an opportunity open at notice is lost or gone.
    /// `opportunity_shrank`: one is worth less than at notice.
    HealthReason {
        NoFirstActivity => "no_first_activity",
        BriefNotOpened => "brief_not_opened",
        OpenQuestions => "open_questions",
        OpportunityLost => "opportunity_lost",
        OpportunityShrank => "opportunity_shrank",
    }
);

string_enum!(
    /// An opportunity open at notice, now: still `open`, `won`, `lost`
    /// (another closed stage counts as lost), or `removed` from the record.
    OpportunityOutcome { Open => "open", Won => "won", Lost => "lost", Removed => "removed" }
);

/// What the new owner did up to the end of one window.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct Window {
    /// 30, 60 or 90.
    pub days: i64,
    /// True once the window's days have passed.
    pub complete: bool,
    /// Activities the new owner logged on the account.
    pub activities: u32,
    pub brief_opened: u32,
    pub questions_asked: u32,
    /// Of those, the ones the clone could not answer.
    pub questions_abstained: u32,
    /// Contacts new to the record since the handover.
    pub contacts_added: u32,
}

/// The new owner's preparation during the notice.
#[derive(Debug, Clone, Default, PartialEq, Serialize, ToSchema)]
pub struct Preparation {
    pub brief_opened: u32,
    pub questions_asked: u32,
    pub questions_abstained: u32,
}

/// An opportunity open at notice, then and now.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OpportunityHealth {
    pub opportunity_id: String,
    pub name: String,
    pub stage_at_notice: Option<String>,
    pub amount_at_notice: Option<f64>,
    pub stage_now: Option<String>,
    pub amount_now: Option<f64>,
    pub outcome: OpportunityOutcome,
    /// Now minus at notice, when both are known.
    pub amount_change: Option<f64>,
}

/// The account's handoff plan (`GET /api/v1/accounts/{id}/handoff-plan`)
/// as of now: its touchpoints planned, done, due by today, and due but not
/// done.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, ToSchema)]
pub struct TouchpointProgress {
    pub planned: usize,
    pub done: usize,
    pub due: usize,
    pub overdue: usize,
}

/// One account of the departure.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AccountHealth {
    pub account_id: String,
    pub account_name: String,
    pub arr: Option<f64>,
    /// Who holds it since the handover (the departing owner's manager
    /// when it was parked).
    pub new_owner_id: Option<String>,
    pub new_owner_name: Option<String>,
    pub handed_over_at: Option<DateTime<Utc>>,
    pub days_since_handover: Option<i64>,
    /// Days from the handover to the new owner's first logged activity.
    pub first_activity_days: Option<i64>,
    /// Days from the handover to the new owner's first reading of the
    /// brief after it; 0 when they read it during the notice.
    pub brief_opened_days: Option<i64>,
    pub preparation: Preparation,
    /// 30, 60 and 90 days, each counting from the handover.
    pub windows: Vec<Window>,
    pub opportunities: Vec<OpportunityHealth>,
    /// The handoff plan's touchpoints against what was done, counted by
    /// the departure's health endpoint (the dashboard's lines leave it out).
    pub touchpoints: Option<TouchpointProgress>,
    pub status: HealthStatus,
    pub reasons: Vec<HealthReason>,
}

/// A departure's handoff health.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DepartureHealth {
    pub departure_id: String,
    pub user_id: String,
    pub user_name: String,
    pub status: DepartureStatus,
    /// When the notice was given: where the handoff plans start.
    pub notice_given_at: DateTime<Utc>,
    pub last_day: NaiveDate,
    pub completed_at: Option<DateTime<Utc>>,
    /// The moment the figures are for.
    pub as_of: DateTime<Utc>,
    pub accounts: Vec<AccountHealth>,
}

/// Keeps the departing owner's opportunities as they stand, inside the
/// notice's transaction.
pub(crate) async fn snapshot_opportunities(
    tx: &mut Tx,
    departure_id: &str,
    owner: &UserId,
) -> Result<(), StoreError> {
    let sql = format!(
        "INSERT INTO notice_opportunities (departure_id, opportunity_id, account_id, name, stage, \
         amount, close_date) SELECT $1, o.id, o.account_id, o.name, o.stage, o.amount, o.close_date \
         FROM ({}) o",
        crate::accounts::portfolio::opportunities_owned_by("$2")
    );
    with_tx!(tx, conn => {
        sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(departure_id)
        .bind(owner.as_str())
        .execute(&mut **conn)
        .await?;
    });
    Ok(())
}

/// The handoff health of a departure, for the departing user's manager
/// chain and admins.
pub async fn of_departure(
    db: &Db,
    scope: &Scope,
    id: &str,
    stages: &crate::bank::RaiseRules,
    now: DateTime<Utc>,
) -> Result<DepartureHealth, DepartureError> {
    let departure = get(db, scope, id).await?;
    authorize_for_user(db, scope, &departure.user_id).await?;
    measure(db, &departure, stages, now).await
}

/// The health of a departure the caller was allowed to see.
pub(crate) async fn measure(
    db: &Db,
    departure: &Departure,
    stages: &crate::bank::RaiseRules,
    now: DateTime<Utc>,
) -> Result<DepartureHealth, DepartureError> {
    let accounts = accounts_of(db, departure).await?;
    let since = departure.created_at;
    // Nothing handed over yet (a notice still running): nothing to read.
    let moved = accounts
        .iter()
        .any(|a| a.handed_over_at.is_some() || a.unassigned);
    let (mut events, opportunities) = if moved {
        (
            Events::load(db, &departure.id, since).await?,
            opportunities_of(db, &departure.id).await?,
        )
    } else {
        (HashMap::new(), Vec::new())
    };
    let mut opportunities_by_account: HashMap<String, Vec<OpportunityHealth>> = HashMap::new();
    for o in opportunities
        .iter()
        .filter(|o| stages.is_open_stage(o.stage.as_deref()))
    {
        opportunities_by_account
            .entry(o.account_id.clone())
            .or_default()
            .push(o.health(stages));
    }
    let measured = accounts
        .into_iter()
        .map(|a| {
            let opps = opportunities_by_account
                .remove(&a.account_id)
                .unwrap_or_default();
            let theirs = events.remove(&a.account_id).unwrap_or_default();
            account_health(a, &theirs, opps, since, now)
        })
        .collect();
    Ok(DepartureHealth {
        departure_id: departure.id.clone(),
        user_id: departure.user_id.clone(),
        user_name: departure.user_name.clone(),
        status: departure.status,
        notice_given_at: departure.created_at,
        last_day: departure.last_day,
        completed_at: departure.completed_at,
        as_of: now,
        accounts: measured,
    })
}

#[derive(sqlx::FromRow)]
struct AccountRow {
    account_id: String,
    account_name: String,
    arr: Option<f64>,
    /// Parked with a manager, from the departing owner.
    unassigned: bool,
    new_owner_id: Option<String>,
    new_owner_name: Option<String>,
    handed_over_at: Option<DateTime<Utc>>,
}

/// The departure's accounts (one interview each), with their handover:
/// the first move away from the departing owner since the notice.
async fn accounts_of(db: &Db, departure: &Departure) -> Result<Vec<AccountRow>, StoreError> {
    let sql = crate::accounts::portfolio::handovers(
        &crate::interviews::departure_accounts("$1"),
        "$2",
        "$3",
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(&departure.id)
            .bind(&departure.user_id)
            .bind(departure.created_at)
            .fetch_all(pool)
            .await?
    }))
}

/// Something someone did on an account of the departure.
#[derive(sqlx::FromRow)]
struct Event {
    account_id: String,
    who: Option<String>,
    at: DateTime<Utc>,
    /// A question the clone could not answer.
    abstained: bool,
    /// Such a question, still open.
    open: bool,
}

/// Where an event of one kind goes in [`Events`].
type Slot = fn(&mut Events) -> &mut Vec<Event>;

/// What happened on one account of the departure since the notice.
#[derive(Default)]
struct Events {
    activities: Vec<Event>,
    briefs: Vec<Event>,
    questions: Vec<Event>,
    contacts: Vec<Event>,
}

impl Events {
    /// What happened on each account of the departure since the notice,
    /// by account id.
    async fn load(
        db: &Db,
        departure_id: &str,
        since: DateTime<Utc>,
    ) -> Result<HashMap<String, Events>, StoreError> {
        let accounts = crate::interviews::departure_accounts("$1");
        let kinds: [(String, Slot); 4] = [
            (
                crate::accounts::portfolio::activity_events(&accounts, "$2"),
                |e| &mut e.activities,
            ),
            (
                crate::audit::events_of_kind(crate::audit::AuditKind::BriefOpened, &accounts, "$2"),
                |e| &mut e.briefs,
            ),
            (
                crate::knowledge::store::question_events(&accounts, "$2"),
                |e| &mut e.questions,
            ),
            (
                crate::accounts::portfolio::new_contact_events(&accounts, "$2"),
                |e| &mut e.contacts,
            ),
        ];
        let mut out: HashMap<String, Events> = HashMap::new();
        for (sql, list) in kinds {
            let rows: Vec<Event> = with_db!(db, pool => {
                sqlx::query_as(sqlx::AssertSqlSafe(sql))
                    .bind(departure_id)
                    .bind(since)
                    .fetch_all(pool)
                    .await?
            });
            for row in rows {
                list(out.entry(row.account_id.clone()).or_default()).push(row);
            }
        }
        Ok(out)
    }
}

#[derive(sqlx::FromRow)]
struct NoticeOpportunity {
    account_id: String,
    opportunity_id: String,
    name: String,
    stage: Option<String>,
    amount: Option<f64>,
    stage_now: Option<String>,
    amount_now: Option<f64>,
    present: bool,
}

impl NoticeOpportunity {
    fn health(&self, stages: &crate::bank::RaiseRules) -> OpportunityHealth {
        let outcome = if !self.present {
            OpportunityOutcome::Removed
        } else if stages.is_open_stage(self.stage_now.as_deref()) {
            OpportunityOutcome::Open
        } else if self
            .stage_now
            .as_deref()
            .is_some_and(|s| s.to_lowercase().contains("won"))
        {
            OpportunityOutcome::Won
        } else {
            OpportunityOutcome::Lost
        };
        OpportunityHealth {
            opportunity_id: self.opportunity_id.clone(),
            name: self.name.clone(),
            stage_at_notice: self.stage.clone(),
            amount_at_notice: self.amount,
            stage_now: self.stage_now.clone(),
            amount_now: self.amount_now,
            outcome,
            amount_change: self
                .amount
                .zip(self.amount_now)
                .map(|(then, now)| now - then),
        }
    }
}

async fn opportunities_of(
    db: &Db,
    departure_id: &str,
) -> Result<Vec<NoticeOpportunity>, StoreError> {
    let sql = format!(
        "SELECT n.account_id, n.opportunity_id, n.name, n.stage, n.amount, o.stage AS stage_now, \
         o.amount AS amount_now, o.id IS NOT NULL AS present \
         FROM notice_opportunities n {} \
         WHERE n.departure_id = $1 ORDER BY n.account_id, n.opportunity_id",
        crate::accounts::portfolio::join_opportunity_now("o", "n.opportunity_id")
    );
    Ok(with_db!(db, pool => {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
        .bind(departure_id)
        .fetch_all(pool)
        .await?
    }))
}

/// The health of account `a`, from what happened on it (`events`).
fn account_health(
    a: AccountRow,
    events: &Events,
    opportunities: Vec<OpportunityHealth>,
    notice: DateTime<Utc>,
    now: DateTime<Utc>,
) -> AccountHealth {
    let days_after = |from: DateTime<Utc>, at: DateTime<Utc>| (at - from).num_days();
    let mut out = AccountHealth {
        account_id: a.account_id.clone(),
        account_name: a.account_name,
        arr: a.arr,
        new_owner_id: a.new_owner_id.clone(),
        new_owner_name: a.new_owner_name,
        handed_over_at: a.handed_over_at,
        days_since_handover: a.handed_over_at.map(|h| days_after(h, now)),
        first_activity_days: None,
        brief_opened_days: None,
        preparation: Preparation::default(),
        windows: Vec::new(),
        opportunities,
        touchpoints: None,
        status: HealthStatus::Pending,
        reasons: Vec::new(),
    };
    let still_open = events.questions.iter().any(|q| q.open);
    let (Some(owner), Some(handover)) = (a.new_owner_id, a.handed_over_at) else {
        if a.unassigned {
            out.status = HealthStatus::Unassigned;
        }
        return out;
    };
    // The new owner's doings on this account, and the contacts new to it.
    let theirs = |list: &'_ [Event]| -> Vec<(DateTime<Utc>, bool)> {
        list.iter()
            .filter(|e| e.who.as_deref() == Some(owner.as_str()))
            .map(|e| (e.at, e.abstained))
            .collect()
    };
    let activities = theirs(&events.activities);
    let briefs = theirs(&events.briefs);
    let questions = theirs(&events.questions);
    let contacts: Vec<DateTime<Utc>> = events.contacts.iter().map(|e| e.at).collect();
    let during_notice = |at: &DateTime<Utc>| *at >= notice && *at < handover;
    out.preparation = Preparation {
        brief_opened: count(briefs.iter().filter(|(at, _)| during_notice(at))),
        questions_asked: count(questions.iter().filter(|(at, _)| during_notice(at))),
        questions_abstained: count(questions.iter().filter(|(at, ab)| *ab && during_notice(at))),
    };
    let after = |list: &[(DateTime<Utc>, bool)]| {
        list.iter()
            .filter(|(at, _)| *at >= handover)
            .map(|(at, _)| days_after(handover, *at))
            .min()
    };
    out.first_activity_days = after(&activities);
    out.brief_opened_days = if out.preparation.brief_opened > 0 {
        Some(0)
    } else {
        after(&briefs)
    };
    let days = days_after(handover, now);
    for window in WINDOWS {
        let end = handover + chrono::Duration::days(window);
        let inside = |at: &DateTime<Utc>| *at >= handover && *at < end;
        out.windows.push(Window {
            days: window,
            complete: now >= end,
            activities: count(activities.iter().filter(|(at, _)| inside(at))),
            brief_opened: count(briefs.iter().filter(|(at, _)| inside(at))),
            questions_asked: count(questions.iter().filter(|(at, _)| inside(at))),
            questions_abstained: count(questions.iter().filter(|(at, ab)| *ab && inside(at))),
            contacts_added: count(contacts.iter().filter(|at| inside(at))),
        });
    }
    let late = |first: Option<i64>, limit: i64| days >= limit && first.is_none_or(|d| d > limit);
    if late(out.first_activity_days, FIRST_ACTIVITY_DAYS) {
        out.reasons.push(HealthReason::NoFirstActivity);
    }
    if late(out.brief_opened_days, BRIEF_DAYS) {
        out.reasons.push(HealthReason::BriefNotOpened);
    }
    if still_open {
        out.reasons.push(HealthReason::OpenQuestions);
    }
    if out.opportunities.iter().any(|o| {
        matches!(
            o.outcome,
            OpportunityOutcome::Lost | OpportunityOutcome::Removed
        )
    }) {
        out.reasons.push(HealthReason::OpportunityLost);
    }
    if out
        .opportunities
        .iter()
        .any(|o| o.outcome == OpportunityOutcome::Open && o.amount_change.is_some_and(|c| c < 0.0))
    {
        out.reasons.push(HealthReason::OpportunityShrank);
    }
    out.status = if a.unassigned {
        HealthStatus::Unassigned
    } else if out.reasons.is_empty() {
        HealthStatus::OnTrack
    } else {
        HealthStatus::Attention
    };
    out
}

fn count<T>(items: impl Iterator<Item = T>) -> u32 {
    u32::try_from(items.count()).unwrap_or(u32::MAX)
}

/// Handovers still being measured, as the dashboard lists them: of
/// `departures` (those the caller may see), the ones open or ended within
/// the last 90 days, each with its health.
pub async fn recent<'d>(
    db: &Db,
    departures: &'d [Departure],
    stages: &crate::bank::RaiseRules,
    now: DateTime<Utc>,
) -> Result<Vec<(&'d Departure, DepartureHealth)>, DepartureError> {
    let horizon = now - chrono::Duration::days(WINDOWS[WINDOWS.len() - 1]);
    let mut out = Vec::new();
    for d in departures {
        let recent =
            d.status == DepartureStatus::Open || d.completed_at.is_some_and(|c| c >= horizon);
        if recent {
            out.push((d, measure(db, d, stages, now).await?));
        }
    }
    Ok(out)
}
