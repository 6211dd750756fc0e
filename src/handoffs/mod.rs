//! The successor's handoff plan for one account: a note for the departing
//! owner to send to each key contact while still there, an agenda for the
//! joint call, ninety days of touchpoints (weakest relationships and the
//! most value first, each in the channel that answers), a first small win
//! and what must not surprise whom before the renewal. Built from the
//! brief (which cites the knowledge and the record), the contacts'
//! patterns and the handoff the account is in; computed on each read, so it
//! follows approvals, imports and transfers. A touchpoint is done once an
//! activity names its contact inside its window.
//!
//! `build` is pure; [`plan`] reads what it needs for a caller who may read
//! the account's brief.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::access::Scope;
use crate::accounts::patterns::{self, Channel};
use crate::accounts::{AccountDetail, ContactRole, Segment};
use crate::bank::RaiseRules;
use crate::departures::AccountHandoff;
use crate::knowledge::brief::{Brief, Line, OpenBecause, Person, SourceRef};
use crate::knowledge::{Knowledge, KnowledgeError};
use crate::string_enum;

/// A renewal this close puts its guard in the plan.
pub const RENEWAL_GUARD_DAYS: i64 = 180;
/// Below this relationship strength a contact comes first.
pub const WEAK_BELOW: u8 = 3;

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
    /// An activity named the contact inside the touchpoint's window (from
    /// the previous touchpoint's due day, or the plan's start).
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
    /// The day of the notice (today when there is none).
    pub started: NaiveDate,
    /// The departing owner's last day, when under notice.
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
    let handoff = crate::departures::handoff_of_account(&knowledge.db, account_id).await?;
    Ok(build(&brief, &record, handoff.as_ref(), stages, now))
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
        let mut window_start = started;
        for (i, d) in days.iter().enumerate() {
            let due = started + Duration::days(*d);
            let done = touched_since(record, &p.pattern.contact_id, window_start);
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
            window_start = due;
        }
    }

    let successor = handoff
        .and_then(|h| h.to_name.clone())
        .unwrap_or_else(|| "your new account manager".into());
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
        last_day: handoff.map(|h| h.last_day),
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

/// True when a touch (see [`patterns::is_touch`]) named `contact` on or
/// after `since`.
fn touched_since(record: &AccountDetail, contact: &str, since: NaiveDate) -> bool {
    record.recent_activities.iter().any(|a| {
        patterns::is_touch(a)
            && a.at.date_naive() >= since
            && a.contact_ids.iter().any(|c| c.as_str() == contact)
    })
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
    let last_day = handoff.map(|h| h.last_day);
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
    let handover = match last_day {
        Some(day) => format!("from {day}"),
        None => "in the coming weeks".into(),
    };
    let text = format!(
        "Hi {greeting}, I wanted you to hear it from me first: as planned, {successor} takes over {account} {handover}. \
         I have walked {successor} through {matters}, so nothing needs repeating. \
         {successor} will reach out by {channel} before {by} {next}. Thank you for everything. {owner}",
        account = brief.account_name,
        channel = channel_word(channel),
        owner = owner,
    );
    IntroNote {
        contact_id: p.pattern.contact_id.clone(),
        name: p.name.clone(),
        channel,
        text,
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
            "### {} — by {}\n\n{}\n\n_Sources: {}_\n\n",
            n.name,
            n.channel.as_str(),
            n.text,
            n.sources.iter().map(source).collect::<Vec<_>>().join(", ")
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
}
