//! The successor's handoff plan for one account: a note for the departing
//! owner to send to each key contact while still there, an agenda for the
//! joint call, ninety days of touchpoints (weakest relationships and the
//! most value first, each in the channel that answers), a first small win
//! and what must not surprise whom before the renewal. Built from the
//! brief (which cites the knowledge and the record), the contacts'
//! patterns and the handoff the account is in (a notice, a departure that
//! moved the account, or a transfer); computed on each read, so it follows
//! approvals, imports and transfers. A touchpoint is done once a touch of
//! its contact falls in its window (see [`done_flags`]).
//!
//! `build` is pure and writes the intro notes from a template; [`plan`]
//! reads what it needs for a caller who may read the account's brief and,
//! with a language model configured, has the model rewrite the notes from
//! the same facts (`notes::rewrite`), keeping the template's note wherever the
//! model fails or strays. [`departure_health`] counts each account's
//! touchpoints done against its plan for the manager's view.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use futures::{stream, StreamExt, TryStreamExt};
use serde::Serialize;
use utoipa::ToSchema;

use crate::access::Scope;
use crate::accounts::patterns::{self, Channel};
use crate::accounts::{AccountDetail, AccountId, ContactRole, Segment};
use crate::bank::RaiseRules;
use crate::departures::health::{DepartureHealth, TouchpointProgress};
use crate::departures::{AccountHandoff, DepartureError};
use crate::knowledge::brief::{Brief, Line, OpenBecause, Person, SourceRef};
use crate::knowledge::{Knowledge, KnowledgeError};
use crate::store::StoreError;
use crate::string_enum;

mod notes;

/// A renewal this close puts its guard in the plan.
pub const RENEWAL_GUARD_DAYS: i64 = 180;
/// Below this relationship strength a contact comes first.
pub const WEAK_BELOW: u8 = 3;
/// A plan runs this many days from its start; a handoff older than that
/// (and no longer under notice) no longer anchors one.
pub const PLAN_DAYS: i64 = 90;
/// Plans a departure's health builds at once (each reads its account's
/// record and knowledge).
const PLANS_IN_FLIGHT: usize = 4;
/// Who the notes name when no successor is.
const NO_SUCCESSOR: &str = "your new account manager";

/// What reading a plan can fail with.
#[derive(Debug, thiserror::Error)]
pub enum HandoffError {
    #[error(transparent)]
    Knowledge(#[from] KnowledgeError),
    #[error(transparent)]
    Departure(#[from] DepartureError),
}

impl From<StoreError> for HandoffError {
    fn from(e: StoreError) -> Self {
        HandoffError::Knowledge(KnowledgeError::Store(e))
    }
}

string_enum!(
    /// Who wrote an intro note: the language `model` (from the same facts
    /// as the template, checked before it is kept) or the `template`.
    NoteAuthor { Model => "model", Template => "template" }
);

string_enum!(
    /// What a joint-call agenda item is for: `confirm_promise` (a promise
    /// outstanding, to confirm together), `avoid` (a sensitivity),
    /// `opportunity` (an open one to walk through), `owner_only` (a
    /// question only the departing owner can answer).
    AgendaKind {
        ConfirmPromise => "confirm_promise",
        Avoid => "avoid",
        Opportunity => "opportunity",
        OwnerOnly => "owner_only",
    }
);

string_enum!(
    /// How much plan an account gets, by segment: `full` (enterprise),
    /// `short` (mid-market), `checklist` (SMB).
    PlanDepth { Full => "full", Short => "short", Checklist => "checklist" }
);

/// A note for the departing owner to send to one contact.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct IntroNote {
    pub contact_id: String,
    pub name: String,
    /// The channel they answer (else the one they prefer, else email).
    pub channel: Channel,
    pub text: String,
    /// The day the successor will have reached out by: the note's
    /// concrete next step.
    pub reach_out_by: NaiveDate,
    pub written_by: NoteAuthor,
    /// The contact, and the opportunity whose next step it proposes.
    pub sources: Vec<SourceRef>,
}

/// One item of the joint call's agenda.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AgendaItem {
    pub kind: AgendaKind,
    pub text: String,
    /// The knowledge version or record item it comes from; absent for a
    /// question nothing captured answers (`owner_only`).
    pub source: Option<SourceRef>,
}

/// One planned touch of one contact.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Touchpoint {
    pub contact_id: String,
    pub name: String,
    pub due: NaiveDate,
    pub channel: Channel,
    pub why: String,
    pub source: SourceRef,
    /// A touch of the contact fell in the touchpoint's window (from the
    /// previous touchpoint's due day, or the plan's start), each touch
    /// counting for one touchpoint.
    pub done: bool,
}

/// The successor's plan for one account.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct HandoffPlan {
    pub account_id: String,
    pub account_name: String,
    pub owner_name: String,
    pub successor_name: Option<String>,
    pub depth: PlanDepth,
    /// The day of the notice or the transfer (today when the account is
    /// in no handoff of the last 90 days).
    pub started: NaiveDate,
    /// The departing owner's last day, for a departure.
    pub last_day: Option<NaiveDate>,
    pub intro_notes: Vec<IntroNote>,
    pub joint_call: Vec<AgendaItem>,
    /// By contact (weak relationships first, then the value they
    /// influence), then by due day.
    pub touchpoints: Vec<Touchpoint>,
    /// A small win to deliver early: a captured commitment, or an open
    /// opportunity's next step.
    pub first_win: Option<Line>,
    /// With the renewal within 180 days: what must not surprise whom.
    pub renewal_guard: Vec<Line>,
    /// Touchpoints done, of all planned.
    pub touchpoints_done: usize,
}

/// The plan of an account the caller may read the brief of, as of `now`.
pub async fn plan(
    knowledge: &Knowledge,
    stages: &RaiseRules,
    scope: &Scope,
    account_id: &str,
    now: DateTime<Utc>,
) -> Result<HandoffPlan, KnowledgeError> {
    let (brief, record) = knowledge.brief_with_record(scope, account_id, now).await?;
    let handoff = handoff_of(knowledge, &record, now).await?;
    let mut plan = build(&brief, &record, handoff.as_ref(), stages, now);
    if let Some((model, prompts)) = knowledge.model() {
        notes::rewrite(model, prompts, &brief, &mut plan).await;
    }
    Ok(plan)
}

/// The handoff a plan is anchored to: the owner's notice or the departure
/// that moved the account to its owner, else the latest move to its owner
/// from another user (a transfer, or an import that changed the owner);
/// none once that handoff's 90 days are over.
async fn handoff_of(
    knowledge: &Knowledge,
    record: &AccountDetail,
    now: DateTime<Utc>,
) -> Result<Option<AccountHandoff>, StoreError> {
    let departure =
        crate::departures::handoff_of_account(&knowledge.db, record.account.id.as_str()).await?;
    let handoff = departure.or_else(|| {
        let last = record.ownership_history.last()?;
        let from = last.from_user_id.as_ref()?;
        Some(AccountHandoff {
            given: last.changed_at,
            last_day: None,
            from_name: last.from_name.clone().unwrap_or_else(|| from.to_string()),
            to_name: last.to_name.clone(),
        })
    });
    let today = now.date_naive();
    Ok(handoff.filter(|h| {
        let running = h.given.date_naive() + Duration::days(PLAN_DAYS) >= today;
        running || h.last_day.is_some_and(|d| d >= today)
    }))
}

/// A departure's handoff health (see [`crate::departures::health`]) with
/// each account's touchpoints counted against its plan, anchored to the
/// departure.
pub async fn departure_health(
    knowledge: &Knowledge,
    stages: &RaiseRules,
    scope: &Scope,
    departure_id: &str,
    now: DateTime<Utc>,
) -> Result<DepartureHealth, HandoffError> {
    let mut health =
        crate::departures::health::of_departure(&knowledge.db, scope, departure_id, stages, now)
            .await?;
    let accounts: Vec<(String, Option<String>)> = health
        .accounts
        .iter()
        .map(|a| (a.account_id.clone(), a.new_owner_name.clone()))
        .collect();
    let progress: Vec<TouchpointProgress> = stream::iter(accounts)
        .map(|(id, to_name)| {
            let handoff = AccountHandoff {
                given: health.notice_given_at,
                last_day: Some(health.last_day),
                from_name: health.user_name.clone(),
                to_name,
            };
            async move {
                let account = AccountId::parse(&id)
                    .map_err(|_| StoreError::Corrupt(format!("account id {id}")))?;
                let (brief, record) = knowledge
                    .brief_with_record_authorized(&account, now)
                    .await?;
                let plan = build(&brief, &record, Some(&handoff), stages, now);
                Ok::<_, HandoffError>(plan.progress(now.date_naive()))
            }
        })
        .buffered(PLANS_IN_FLIGHT)
        .try_collect()
        .await?;
    for (a, p) in health.accounts.iter_mut().zip(progress) {
        a.touchpoints = Some(p);
    }
    Ok(health)
}

impl HandoffPlan {
    /// Touchpoints planned, done, due by `today`, and due but not done.
    pub fn progress(&self, today: NaiveDate) -> TouchpointProgress {
        let due = |t: &&Touchpoint| t.due <= today;
        TouchpointProgress {
            planned: self.touchpoints.len(),
            done: self.touchpoints_done,
            due: self.touchpoints.iter().filter(due).count(),
            overdue: self
                .touchpoints
                .iter()
                .filter(due)
                .filter(|t| !t.done)
                .count(),
        }
    }
}

/// How much of each part a plan of `depth` holds.
struct Shape {
    /// Days from the start to the first touch of a weak or key contact, of
    /// the others.
    first_weak: i64,
    first_other: i64,
    /// Follow-ups of key contacts, in days from the start.
    follow_ups: &'static [i64],
    /// Agenda items of each kind, at most.
    agenda_per_kind: usize,
    /// Intro notes, at most.
    notes: usize,
    guard: usize,
}

fn shape(depth: PlanDepth) -> Shape {
    match depth {
        PlanDepth::Full => Shape {
            first_weak: 7,
            first_other: 14,
            follow_ups: &[30, 60, 90],
            agenda_per_kind: usize::MAX,
            notes: usize::MAX,
            guard: usize::MAX,
        },
        PlanDepth::Short => Shape {
            first_weak: 14,
            first_other: 21,
            follow_ups: &[45],
            agenda_per_kind: 2,
            notes: 2,
            guard: 4,
        },
        PlanDepth::Checklist => Shape {
            first_weak: 30,
            first_other: 30,
            follow_ups: &[],
            agenda_per_kind: 1,
            notes: 1,
            guard: 2,
        },
    }
}

/// The share of the account's value a contact of `role` sways.
fn weight(role: Option<ContactRole>) -> f64 {
    match role {
        Some(ContactRole::EconomicBuyer | ContactRole::DecisionMaker) => 1.0,
        Some(ContactRole::Champion) => 0.8,
        Some(ContactRole::Blocker) => 0.6,
        Some(ContactRole::Influencer) => 0.4,
        Some(ContactRole::User) => 0.2,
        Some(ContactRole::Other) | None => 0.1,
    }
}

/// A key contact: one who signs, decides or champions, or must never be
/// surprised.
fn is_key(p: &Person) -> bool {
    p.never_surprise
        || matches!(
            p.role,
            Some(ContactRole::EconomicBuyer | ContactRole::DecisionMaker | ContactRole::Champion)
        )
}

fn is_weak(p: &Person) -> bool {
    p.strength.is_none_or(|s| s < WEAK_BELOW)
}

/// The channel to reach them by: the one that answers, else the one they
/// prefer, else email.
fn channel_of(p: &Person) -> Channel {
    p.pattern
        .channel_that_answers
        .or_else(|| p.channel.as_deref().and_then(Channel::from_stated))
        .unwrap_or(Channel::Email)
}

/// The plan, from the brief and the record, as of `now`.
pub fn build(
    brief: &Brief,
    record: &AccountDetail,
    handoff: Option<&AccountHandoff>,
    stages: &RaiseRules,
    now: DateTime<Utc>,
) -> HandoffPlan {
    let today = now.date_naive();
    let depth = match record.account.segment {
        Segment::Enterprise => PlanDepth::Full,
        Segment::MidMarket => PlanDepth::Short,
        Segment::Smb => PlanDepth::Checklist,
    };
    let shape = shape(depth);
    let started = handoff.map_or(today, |h| h.given.date_naive());
    let owner = handoff.map_or(&brief.owner_name, |h| &h.from_name).clone();
    // The account's value: its ARR, and the open opportunities beyond the
    // renewal (one closing by the renewal is taken for the renewal itself).
    let renewal = record.account.renewal_date;
    let beyond: f64 = record
        .opportunities
        .iter()
        .filter(|o| stages.is_open_stage(o.stage.as_deref()))
        .filter(|o| renewal.zip(o.close_date).is_none_or(|(r, c)| c > r))
        .filter_map(|o| o.amount.map(|a| a.value()))
        .sum();
    let value = record.account.arr.map_or(0.0, |a| a.value()) + beyond;

    // Weak relationships first, then the value each contact sways.
    let mut people: Vec<&Person> = brief.people.iter().collect();
    people.sort_by(|a, b| {
        is_weak(b)
            .cmp(&is_weak(a))
            .then(weight(b.role).total_cmp(&weight(a.role)))
            .then(a.name.cmp(&b.name))
    });

    let mut touchpoints = Vec::new();
    for p in &people {
        let channel = channel_of(p);
        let weak = is_weak(p);
        let key = is_key(p);
        let first = if weak || key {
            shape.first_weak
        } else {
            shape.first_other
        };
        let mut days: Vec<i64> = vec![first];
        if key {
            days.extend(shape.follow_ups.iter().copied().filter(|d| *d > first));
        }
        let reasons = why(p, value);
        let dues: Vec<NaiveDate> = days.iter().map(|d| started + Duration::days(*d)).collect();
        let done = done_flags(&touches(record, &p.pattern.contact_id, now), started, &dues);
        for (i, ((d, due), done)) in days.iter().zip(dues).zip(done).enumerate() {
            touchpoints.push(Touchpoint {
                contact_id: p.pattern.contact_id.clone(),
                name: p.name.clone(),
                due,
                channel,
                why: if i == 0 {
                    format!("first touch: {reasons}")
                } else {
                    format!("follow-up at day {d}: {reasons}")
                },
                source: p.source.clone(),
                done,
            });
        }
    }

    let successor = handoff
        .and_then(|h| h.to_name.clone())
        .unwrap_or_else(|| NO_SUCCESSOR.into());
    let intro_notes = people
        .iter()
        .filter(|p| is_key(p))
        .take(shape.notes)
        .map(|p| intro_note(p, brief, record, stages, &successor, handoff, today))
        .collect();

    let mut joint_call = Vec::new();
    let mut agenda = |kind: AgendaKind, items: Vec<(String, Option<SourceRef>)>| {
        for (text, source) in items.into_iter().take(shape.agenda_per_kind) {
            joint_call.push(AgendaItem { kind, text, source });
        }
    };
    let cited = |lines: &[Line], lead: &str| -> Vec<(String, Option<SourceRef>)> {
        lines
            .iter()
            .map(|l| (format!("{lead}{}", l.text), Some(l.source.clone())))
            .collect()
    };
    agenda(
        AgendaKind::ConfirmPromise,
        cited(&brief.promises_outstanding, "Confirm together: "),
    );
    agenda(
        AgendaKind::Avoid,
        cited(&brief.sensitivities, "Handle with care: "),
    );
    agenda(
        AgendaKind::Opportunity,
        cited(&brief.renewal_risk.open_opportunities, "Walk through: "),
    );
    agenda(
        AgendaKind::OwnerOnly,
        brief
            .open_questions
            .iter()
            .map(|q| {
                let why = match q.why {
                    OpenBecause::Asked => "asked by the successor, not captured",
                    OpenBecause::NotCaptured => "not captured in the interview",
                };
                (
                    format!("Only {} can answer: {} ({why})", owner, q.question),
                    None,
                )
            })
            .collect(),
    );

    let first_win = brief.promises_outstanding.first().map(|l| Line {
        text: format!("Deliver early: {}", l.text),
        source: l.source.clone(),
    });

    let mut renewal_guard = Vec::new();
    if let (Some(date), Some(days)) = (
        brief.renewal_risk.renewal_date,
        brief.renewal_risk.days_to_renewal,
    ) {
        if (0..=RENEWAL_GUARD_DAYS).contains(&days) {
            for p in brief.people.iter().filter(|p| p.never_surprise) {
                renewal_guard.push(Line {
                    text: format!(
                        "{} must never be surprised: tell them first of any change before the renewal on {date}.",
                        p.name
                    ),
                    source: p.source.clone(),
                });
            }
            for l in brief.pricing_story.iter().chain(&brief.sensitivities) {
                renewal_guard.push(Line {
                    text: format!("Before the renewal on {date}: {}", l.text),
                    source: l.source.clone(),
                });
            }
            renewal_guard.truncate(shape.guard);
        }
    }

    HandoffPlan {
        account_id: brief.account_id.clone(),
        account_name: brief.account_name.clone(),
        owner_name: owner.clone(),
        successor_name: handoff.and_then(|h| h.to_name.clone()),
        depth,
        started,
        last_day: handoff.and_then(|h| h.last_day),
        intro_notes,
        joint_call,
        touchpoints_done: touchpoints.iter().filter(|t| t.done).count(),
        touchpoints,
        first_win,
        renewal_guard,
    }
}

/// Why a contact is in the plan, in a few words.
fn why(p: &Person, value: f64) -> String {
    let mut parts = Vec::new();
    if let Some(role) = p.role {
        parts.push(role.as_str().replace('_', " "));
    }
    match p.strength {
        Some(s) if s < WEAK_BELOW => parts.push(format!("weak relationship ({s}/5)")),
        Some(s) => parts.push(format!("relationship {s}/5")),
        None => parts.push("relationship strength unknown".into()),
    }
    if p.never_surprise {
        parts.push("must never be surprised".into());
    }
    let swayed = weight(p.role) * value;
    if swayed > 0.0 {
        parts.push(format!(
            "sways about {}",
            crate::accounts::Money::try_from(swayed.round())
                .map(|m| m.to_string())
                .unwrap_or_default()
        ));
    }
    parts.push(p.pattern.summary.clone());
    parts.join("; ")
}

/// The days `contact` was touched (see [`patterns::is_touch`]) up to
/// `now` (a meeting the record schedules later is not done yet).
fn touches(record: &AccountDetail, contact: &str, now: DateTime<Utc>) -> Vec<NaiveDate> {
    record
        .recent_activities
        .iter()
        .filter(|a| a.at <= now && patterns::is_touch(a))
        .filter(|a| a.contact_ids.iter().any(|c| c.as_str() == contact))
        .map(|a| a.at.date_naive())
        .collect()
}

/// Which of one contact's touchpoints (due on `dues`, in order) are done,
/// given the days they were touched: each touch on or after `started`
/// counts once, for the earliest touchpoint still open whose window it
/// falls in. A touchpoint's window opens at the previous one's due day (the
/// first's at the start) and does not close: a late touch still does it.
fn done_flags(touched: &[NaiveDate], started: NaiveDate, dues: &[NaiveDate]) -> Vec<bool> {
    let mut days: Vec<NaiveDate> = touched.iter().copied().filter(|d| *d >= started).collect();
    days.sort_unstable();
    let mut used = vec![false; days.len()];
    let mut opens = started;
    dues.iter()
        .map(|due| {
            let hit = (0..days.len()).find(|i| !used[*i] && days[*i] >= opens);
            if let Some(i) = hit {
                used[i] = true;
            }
            opens = *due;
            hit.is_some()
        })
        .collect()
}

/// The departing owner's note to `p`, from a template: the change framed
/// as planned, the successor as briefed on what matters to this contact, a
/// concrete next step with a date.
fn intro_note(
    p: &Person,
    brief: &Brief,
    record: &AccountDetail,
    stages: &RaiseRules,
    successor: &str,
    handoff: Option<&AccountHandoff>,
    today: NaiveDate,
) -> IntroNote {
    let owner = handoff.map_or(&brief.owner_name, |h| &h.from_name);
    let last_day = handoff.and_then(|h| h.last_day);
    let greeting = greeting_name(&p.name);
    let matters = match p.role {
        Some(ContactRole::EconomicBuyer) => "the renewal and the terms we agreed",
        Some(ContactRole::DecisionMaker) => "your priorities for the coming year",
        Some(ContactRole::Champion) => "your rollout and what your team needs from us",
        _ => "how you work with us",
    };
    let channel = channel_of(p);
    let by = (today + Duration::days(7)).max(last_day.unwrap_or(today));
    let mut sources = vec![p.source.clone()];
    let step = record
        .opportunities
        .iter()
        .filter(|o| stages.is_open_stage(o.stage.as_deref()))
        .find_map(|o| {
            let next = o.next_step.as_deref()?.trim();
            (!next.is_empty()).then_some((o, next))
        });
    let next = match step {
        Some((o, next)) => {
            sources.push(SourceRef {
                kind: crate::knowledge::sources::SourceKind::Opportunity,
                id: o.id.to_string(),
                question_id: None,
            });
            format!(
                "to pick up the next step on {}: {}",
                o.name,
                lowercase_first(next)
            )
        }
        None => "to set up a short call with the three of us".to_string(),
    };
    let handover = match (last_day, handoff) {
        (Some(day), _) => format!("from {day}"),
        (None, Some(_)) => "from now on".into(),
        (None, None) => "in the coming weeks".into(),
    };
    let text = format!(
        "Hi {greeting}, I wanted you to hear it from me first: as planned, {successor} takes over {account} {handover}. \
         I have walked {successor} through {matters}, so nothing needs repeating. \
         {opening} will reach out by {channel} before {by} {next}. Thank you for everything. {owner}",
        opening = uppercase_first(successor),
        account = brief.account_name,
        channel = channel_word(channel),
        owner = owner,
    );
    IntroNote {
        contact_id: p.pattern.contact_id.clone(),
        name: p.name.clone(),
        channel,
        text,
        reach_out_by: by,
        written_by: NoteAuthor::Template,
        sources,
    }
}

/// How to greet someone: their first name, or a title with their last
/// name ("Dr. Ortiz").
fn greeting_name(name: &str) -> String {
    const TITLES: &[&str] = &["dr", "mr", "mrs", "ms", "mx", "prof", "sir", "dame"];
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.as_slice() {
        [] => name.to_string(),
        [first, .., last]
            if TITLES.contains(&first.trim_end_matches('.').to_lowercase().as_str()) =>
        {
            format!("{first} {last}")
        }
        [first, ..] => (*first).to_string(),
    }
}

fn channel_word(c: Channel) -> &'static str {
    match c {
        Channel::Email => "email",
        Channel::Phone => "phone",
        Channel::Chat => "message",
        Channel::Meeting => "asking for a meeting",
    }
}

fn uppercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn lowercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The plan as Markdown.
pub fn markdown(plan: &HandoffPlan) -> String {
    let mut out = format!("# Handoff plan: {}\n\n", plan.account_name);
    out.push_str(&format!(
        "From {} to {} · {} plan · started {}",
        plan.owner_name,
        plan.successor_name
            .as_deref()
            .unwrap_or("(no successor named)"),
        plan.depth.as_str(),
        plan.started
    ));
    if let Some(day) = plan.last_day {
        out.push_str(&format!(" · last day {day}"));
    }
    out.push_str(&format!(
        " · touchpoints done {}/{}\n",
        plan.touchpoints_done,
        plan.touchpoints.len()
    ));
    out.push_str("\n## Intro notes (for the departing owner to send)\n\n");
    if plan.intro_notes.is_empty() {
        out.push_str("_No key contact on record._\n");
    }
    for n in &plan.intro_notes {
        out.push_str(&format!(
            "### {} — by {}, reach out by {}\n\n{}\n\n_Sources: {} · written by the {}_\n\n",
            n.name,
            n.channel.as_str(),
            n.reach_out_by,
            n.text,
            n.sources.iter().map(source).collect::<Vec<_>>().join(", "),
            n.written_by.as_str()
        ));
    }
    out.push_str("## Joint call\n\n");
    if plan.joint_call.is_empty() {
        out.push_str("_Nothing captured to go through._\n");
    }
    for a in &plan.joint_call {
        let from = a
            .source
            .as_ref()
            .map(source)
            .unwrap_or_else(|| "open question".into());
        out.push_str(&format!("- {} _({from})_\n", a.text));
    }
    out.push_str(
        "\n## Touchpoints\n\n| due | who | channel | why | done |\n|---|---|---|---|---|\n",
    );
    for t in &plan.touchpoints {
        out.push_str(&format!(
            "| {} | {} | {} | {} | {} |\n",
            t.due,
            t.name,
            t.channel.as_str(),
            t.why.replace('|', "/"),
            if t.done { "yes" } else { "" }
        ));
    }
    out.push_str("\n## First win\n\n");
    match &plan.first_win {
        Some(l) => out.push_str(&format!("{} _({})_\n", l.text, source(&l.source))),
        None => out.push_str("_Nothing captured yet._\n"),
    }
    if !plan.renewal_guard.is_empty() {
        out.push_str("\n## Renewal guard\n\n");
        for l in &plan.renewal_guard {
            out.push_str(&format!("- {} _({})_\n", l.text, source(&l.source)));
        }
    }
    out
}

fn source(s: &SourceRef) -> String {
    match s.question_id {
        Some(q) => format!("{} {}", s.kind.as_str(), q.as_str()),
        None => format!("{} {}", s.kind.as_str(), s.id),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greetings_use_the_first_name_or_a_title_and_last_name() {
        for (name, greeting) in [
            ("Pat Doe", "Pat"),
            ("Dr. Samuel Ortiz", "Dr. Ortiz"),
            ("Prof Anna Berg", "Prof Berg"),
            ("Madonna", "Madonna"),
            ("Dr.", "Dr."),
        ] {
            assert_eq!(greeting_name(name), greeting, "{name}");
        }
    }

    fn day(n: i64) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(n)
    }

    #[test]
    fn each_touch_does_one_touchpoint_in_its_window() {
        // A key contact: first touch due at day 7, follow-ups at 30, 60, 90.
        let dues = [day(7), day(30), day(60), day(90)];
        let flags = |touched: &[i64]| {
            let touched: Vec<NaiveDate> = touched.iter().map(|d| day(*d)).collect();
            done_flags(&touched, day(0), &dues)
        };
        assert_eq!(flags(&[]), [false; 4]);
        // Before the start counts for nothing.
        assert_eq!(flags(&[-1]), [false; 4]);
        // One touch does the first touchpoint only, however late.
        assert_eq!(flags(&[3]), [true, false, false, false]);
        assert_eq!(flags(&[40]), [true, false, false, false]);
        // Two touches before day 7: the second cannot do the follow-up,
        // whose window opens on the first touchpoint's due day.
        assert_eq!(flags(&[2, 5]), [true, false, false, false]);
        assert_eq!(flags(&[2, 8]), [true, true, false, false]);
        // In any order, on the due days themselves.
        assert_eq!(flags(&[90, 7, 60, 30]), [true, true, true, true]);
        // A gap: the 60-day follow-up waits for a touch from day 30 on.
        assert_eq!(flags(&[1, 10, 20]), [true, true, false, false]);
    }
}
