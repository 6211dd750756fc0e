//! The record's gaps: what an account's record leaves unsaid that its
//! handoff interview should ask about first — a buying role nobody holds,
//! a key relationship that is weak or gone quiet, a person the activities
//! name who is not a contact, a promise made in an activity that the
//! contract notes do not carry, a concession without a reason, an open
//! opportunity without a next step or past its close date, a renewal
//! nobody is working on. A pure function of the record, the company's
//! people and today's date; the thresholds and words are data
//! (`question_bank/gaps.toml`).

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::facts::FactData;
use super::rules;
use super::walk::RecordItemKind;
use crate::accounts::{text, AccountDetail, Activity, Contact, ContactRole};
use crate::bank::{Bank, GapRules, QuestionId, RaiseRules};
use crate::string_enum;

pub use crate::bank::GapKind;

/// The record item a gap concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct GapItem {
    pub kind: RecordItemKind,
    pub id: String,
}

/// One gap in the record.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Gap {
    pub kind: GapKind,
    /// The record item it concerns; none when it is about something the
    /// record lacks altogether (no champion).
    pub item: Option<GapItem>,
    /// The gap in one plain sentence.
    pub text: String,
    /// The bank questions it feeds.
    pub question_ids: Vec<QuestionId>,
    /// Who or what it is about, by name (a contact, a person the
    /// activities name, an opportunity), when it is about one.
    pub about: Option<String>,
    /// Asked about whatever the tier: the economic buyer, a promise, the
    /// renewal (`question_bank/gaps.toml`).
    pub essential: bool,
    /// How much it weighs when the interview's questions are ordered.
    pub weight: u8,
}

/// Longest quotation of the record inside a gap's text, in characters.
const QUOTE_CHARS: usize = 200;

/// Every gap in `record`, in a stable order: roles, relationships, people,
/// promises, concessions, opportunities, renewal. `known_names` are the
/// company's own people (not unrecorded contacts).
pub fn find(
    record: &AccountDetail,
    bank: &Bank,
    known_names: &[String],
    today: NaiveDate,
) -> Vec<Gap> {
    let mut found = Finder {
        record,
        rules: &bank.gaps,
        today,
        out: Vec::new(),
    };
    found.roles();
    found.key_contacts();
    found.unrecorded_people(known_names);
    found.promises();
    found.concessions();
    found.opportunities(&bank.raise);
    found.renewal();
    found.out
}

struct Finder<'a> {
    record: &'a AccountDetail,
    rules: &'a GapRules,
    today: NaiveDate,
    out: Vec<Gap>,
}

impl Finder<'_> {
    fn push(&mut self, kind: GapKind, item: Option<(RecordItemKind, &str)>, text: String) {
        self.push_about(kind, item, text, None);
    }

    fn push_about(
        &mut self,
        kind: GapKind,
        item: Option<(RecordItemKind, &str)>,
        text: String,
        about: Option<String>,
    ) {
        let about = about.or_else(|| {
            let (k, id) = item?;
            match k {
                RecordItemKind::Contact => self
                    .record
                    .contacts
                    .iter()
                    .find(|c| c.id.as_str() == id)
                    .map(|c| c.name.clone()),
                RecordItemKind::Opportunity => self
                    .record
                    .opportunities
                    .iter()
                    .find(|o| o.id.as_str() == id)
                    .map(|o| o.name.clone()),
                _ => None,
            }
        });
        let economic_buyer = item.is_some_and(|(k, id)| {
            k == RecordItemKind::Contact
                && self
                    .record
                    .contacts
                    .iter()
                    .any(|c| c.id.as_str() == id && c.role == ContactRole::EconomicBuyer)
        });
        let essential = self.rules.is_essential(kind)
            || (self.rules.essential_economic_buyer
                && economic_buyer
                && matches!(kind, GapKind::WeakKeyContact | GapKind::StaleContact));
        let role = item.and_then(|(k, id)| {
            (k == RecordItemKind::Contact)
                .then(|| self.record.contacts.iter().find(|c| c.id.as_str() == id))
                .flatten()
                .map(|c| c.role)
        });
        // A gap about one key contact feeds the question about their role.
        let question_ids = self
            .rules
            .feeds(kind)
            .iter()
            .copied()
            .filter(|q| match role {
                Some(ContactRole::EconomicBuyer) => *q != QuestionId::Champion,
                Some(ContactRole::Champion) => *q != QuestionId::DecisionMaker,
                _ => true,
            })
            .collect();
        self.out.push(Gap {
            essential,
            weight: self.rules.weight(kind),
            kind,
            item: item.map(|(kind, id)| GapItem {
                kind,
                id: id.to_string(),
            }),
            text,
            question_ids,
            about,
        });
    }

    fn account_name(&self) -> &str {
        &self.record.account.name
    }

    fn roles(&mut self) {
        for (role, kind) in [
            (ContactRole::EconomicBuyer, GapKind::NoEconomicBuyer),
            (ContactRole::Champion, GapKind::NoChampion),
        ] {
            if !self.record.contacts.iter().any(|c| c.role == role) {
                let text = text::stop(&format!(
                    "The record names no {} at {}",
                    text::role_words(role),
                    self.account_name()
                ));
                self.push(kind, None, text);
            }
        }
    }

    /// The economic buyers and champions: weak, or not touched lately.
    fn key_contacts(&mut self) {
        let key: Vec<&Contact> = self
            .record
            .contacts
            .iter()
            .filter(|c| matches!(c.role, ContactRole::EconomicBuyer | ContactRole::Champion))
            .collect();
        for c in &key {
            let who = format!("{}, the {}", c.name, text::role_words(c.role));
            let item = Some((RecordItemKind::Contact, c.id.as_str()));
            match c.relationship_strength {
                None => self.push(
                    GapKind::WeakKeyContact,
                    item,
                    format!("The record has no relationship strength for {who}."),
                ),
                Some(s) if s.get() < self.rules.weak_strength_below => self.push(
                    GapKind::WeakKeyContact,
                    item,
                    format!("{who}, is at relationship strength {} of 5.", s.get()),
                ),
                Some(_) => {}
            }
        }
        for c in &key {
            let who = format!("{}, the {}", c.name, text::role_words(c.role));
            let item = Some((RecordItemKind::Contact, c.id.as_str()));
            let last = self
                .record
                .recent_activities
                .iter()
                .filter(|a| a.contact_ids.contains(&c.id))
                .map(|a| a.at)
                .max();
            match last {
                None => self.push(
                    GapKind::StaleContact,
                    item,
                    format!("No activity in the record involves {who}."),
                ),
                Some(at) => {
                    let since = self.days_since(at);
                    if since > self.rules.stale_contact_days {
                        self.push(
                            GapKind::StaleContact,
                            item,
                            format!(
                                "{who}, has not been in an activity since {} ({}).",
                                at.date_naive(),
                                days(since)
                            ),
                        );
                    }
                }
            }
        }
    }

    fn days_since(&self, at: DateTime<Utc>) -> i64 {
        (self.today - at.date_naive()).num_days()
    }

    /// People the activities name by first and last name who are neither
    /// contacts nor the company's own people.
    fn unrecorded_people(&mut self, known_names: &[String]) {
        // (name, times named, last activity naming them)
        let mut named: Vec<(String, usize, &Activity)> = Vec::new();
        // Oldest first, so the last one seen is the latest.
        for a in self.record.recent_activities.iter().rev() {
            let Some(said) = text::activity_text(a) else {
                continue;
            };
            let people = rules::unknown_people(&said, &self.record.contacts, known_names);
            for name in people.into_iter().filter(|n| n.contains(' ')) {
                match named.iter_mut().find(|(n, _, _)| *n == name) {
                    Some(entry) => {
                        entry.1 += 1;
                        entry.2 = a;
                    }
                    None => named.push((name, 1, a)),
                }
            }
        }
        for (name, times, last) in named {
            let text = format!(
                "{name} is named in {} (last on {}) but is not a contact of {}.",
                if times == 1 {
                    "one activity".to_string()
                } else {
                    format!("{times} activities")
                },
                last.at.date_naive(),
                self.account_name()
            );
            self.push_about(
                GapKind::UnrecordedPerson,
                Some((RecordItemKind::Activity, last.id.as_str())),
                text,
                Some(name),
            );
        }
    }

    /// Sentences of activities that promise something the contract notes
    /// do not carry.
    fn promises(&mut self) {
        let notes = self
            .record
            .account
            .contract_notes
            .as_deref()
            .unwrap_or("")
            .to_lowercase();
        let mut gaps = Vec::new();
        for a in &self.record.recent_activities {
            let Some(said) = text::activity_text(a) else {
                continue;
            };
            for sentence in sentences(&said) {
                let lower = sentence.to_lowercase();
                if !has_any(&lower, &self.rules.promise_words) {
                    continue;
                }
                if self.notes_carry(&notes, &lower) {
                    continue;
                }
                gaps.push((
                    a.id.as_str(),
                    format!(
                        "An activity on {} promises “{}”; the contract notes do not mention it.",
                        a.at.date_naive(),
                        quote(sentence)
                    ),
                ));
            }
        }
        for (id, text) in gaps {
            self.push(
                GapKind::PromiseInActivity,
                Some((RecordItemKind::Activity, id)),
                text,
            );
        }
    }

    /// Whether the contract notes mention what a promise is about: one of
    /// its telling words (five letters or more, not a promise word nor a
    /// filler) in the notes.
    fn notes_carry(&self, notes: &str, promise: &str) -> bool {
        if notes.is_empty() {
            return false;
        }
        promise
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= 5)
            .filter(|w| !self.rules.filler_words.iter().any(|f| f == w))
            .filter(|w| !self.rules.promise_words.iter().any(|p| p == w))
            .any(|w| has_term(notes, w))
    }

    /// Concessions (a discount, a cap, a credit) stated with no reason:
    /// in the contract notes, an opportunity's name or its next step.
    fn concessions(&mut self) {
        let account = &self.record.account;
        let mut gaps = Vec::new();
        if let Some(notes) = account.contract_notes.as_deref() {
            for sentence in self.unexplained(notes) {
                gaps.push((
                    RecordItemKind::Account,
                    account.id.as_str(),
                    format!(
                        "The contract notes state “{}” with no reason given.",
                        quote(sentence)
                    ),
                ));
            }
        }
        for o in &self.record.opportunities {
            let said = format!("{}. {}", o.name, o.next_step.as_deref().unwrap_or(""));
            for sentence in self.unexplained(&said) {
                gaps.push((
                    RecordItemKind::Opportunity,
                    o.id.as_str(),
                    format!(
                        "Opportunity {} states “{}” with no reason given.",
                        o.name,
                        quote(sentence)
                    ),
                ));
            }
        }
        for (kind, id, text) in gaps {
            self.push(GapKind::UnexplainedDiscount, Some((kind, id)), text);
        }
    }

    fn unexplained<'t>(&self, said: &'t str) -> Vec<&'t str> {
        sentences(said)
            .into_iter()
            .filter(|s| {
                let lower = s.to_lowercase();
                has_any(&lower, &self.rules.concession_words)
                    && !has_any(&lower, &self.rules.reason_words)
                    && !has_any(&lower, &self.rules.no_concession_words)
            })
            .collect()
    }

    fn opportunities(&mut self, stages: &RaiseRules) {
        let mut gaps = Vec::new();
        for o in &self.record.opportunities {
            if !stages.is_open_stage(o.stage.as_deref()) {
                continue;
            }
            let item = (RecordItemKind::Opportunity, o.id.as_str());
            if text::next_step(o).is_none() {
                gaps.push((
                    GapKind::OpportunityWithoutNextStep,
                    item,
                    format!("Opportunity {} is open with no next step.", o.name),
                ));
            }
            if let Some(d) = o.close_date.filter(|d| *d < self.today) {
                gaps.push((
                    GapKind::OverdueCloseDate,
                    item,
                    format!(
                        "Opportunity {} was to close on {d} ({} ago) and is still open.",
                        o.name,
                        days((self.today - d).num_days())
                    ),
                ));
            }
        }
        for (kind, item, text) in gaps {
            self.push(kind, Some(item), text);
        }
    }

    /// A renewal within the window that no recent activity is about.
    fn renewal(&mut self) {
        let account = &self.record.account;
        let Some(date) = account.renewal_date else {
            return;
        };
        let until = (date - self.today).num_days();
        if !(0..=self.rules.renewal_within_days).contains(&until) {
            return;
        }
        let quiet = self.rules.renewal_quiet_days;
        let worked_on = self.record.recent_activities.iter().any(|a| {
            self.days_since(a.at) <= quiet
                && text::activity_text(a)
                    .is_some_and(|t| has_any(&t.to_lowercase(), &self.rules.renewal_words))
        });
        if !worked_on {
            let text = format!(
                "The contract renews on {date}, in {}, and no activity of the last {} is about the renewal.",
                days(until),
                days(quiet)
            );
            self.push(
                GapKind::RenewalWithoutPlan,
                Some((RecordItemKind::Account, account.id.as_str())),
                text,
            );
        }
    }
}

string_enum!(
    /// Whether the interview's answers closed a gap.
    GapStatus { Open => "open", Answered => "answered" }
);

/// A gap of the interview's account, and whether its answers closed it.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct InterviewGap {
    #[serde(flatten)]
    pub gap: Gap,
    pub status: GapStatus,
}

/// One answer of an interview, as gaps are closed by it: its question,
/// its text and the facts drawn from it.
pub struct Said<'a> {
    pub question: QuestionId,
    pub text: &'a str,
    pub facts: Vec<&'a FactData>,
}

/// Whether a prompt of the interview (`prompts`, their texts) already named
/// the gap: a gap leads one question and gets one follow-up.
pub fn asked_in<'p>(gap: &Gap, mut prompts: impl Iterator<Item = &'p str>) -> bool {
    prompts.any(|p| p.contains(&gap.text))
}

/// Whether what the interview's answers said closes a gap: a stakeholder
/// fact in the buying role a gap says nobody holds; an answer to a
/// question the gap feeds that names the person or opportunity it is
/// about; a commitment drawn from an answer about promises; for the rest
/// (a concession, the renewal), an answer to a question it feeds.
pub fn closed_by(gap: &Gap, said: &[Said<'_>]) -> bool {
    let fed: Vec<&Said<'_>> = said
        .iter()
        .filter(|s| gap.question_ids.contains(&s.question))
        .collect();
    let holds_role = |role: ContactRole| {
        said.iter()
            .flat_map(|s| &s.facts)
            .any(|f| matches!(f, FactData::Stakeholder { role: Some(r), .. } if *r == role))
    };
    let names_it = || {
        gap.about
            .as_deref()
            .is_some_and(|about| fed.iter().any(|s| names(s.text, about)))
    };
    match gap.kind {
        GapKind::NoEconomicBuyer => holds_role(ContactRole::EconomicBuyer),
        GapKind::NoChampion => holds_role(ContactRole::Champion),
        GapKind::WeakKeyContact | GapKind::StaleContact | GapKind::UnrecordedPerson => names_it(),
        GapKind::PromiseInActivity => fed.iter().any(|s| {
            s.facts
                .iter()
                .any(|f| matches!(f, FactData::Commitment { .. }))
        }),
        GapKind::OpportunityWithoutNextStep | GapKind::OverdueCloseDate => {
            names_it()
                || fed
                    .iter()
                    .any(|s| s.facts.iter().any(|f| matches!(f, FactData::Date { .. })))
        }
        // The story behind a concession or the renewal plan: an answer to
        // its question that says something (a thin "not sure" leaves it
        // open).
        GapKind::UnexplainedDiscount | GapKind::RenewalWithoutPlan => fed
            .iter()
            .any(|s| rules::word_count(s.text) >= rules::THIN_ANSWER_WORDS),
    }
}

/// Whether `text` names `who`: the whole name, or a part of it of three
/// letters or more as a word.
fn names(text: &str, who: &str) -> bool {
    let text = text.to_lowercase();
    let who = who.to_lowercase();
    text.contains(&who)
        || who
            .split_whitespace()
            .filter(|p| p.chars().count() >= 3)
            .any(|p| has_term(&text, p))
}

/// The account's gaps with whether the interview's answers closed them.
pub fn with_status(gaps: Vec<Gap>, said: &[Said<'_>]) -> Vec<InterviewGap> {
    gaps.into_iter()
        .map(|gap| {
            let status = if closed_by(&gap, said) {
                GapStatus::Answered
            } else {
                GapStatus::Open
            };
            InterviewGap { gap, status }
        })
        .collect()
}

/// "1 day", "61 days".
fn days(n: i64) -> String {
    if n == 1 {
        "1 day".into()
    } else {
        format!("{n} days")
    }
}

/// The sentences of a text, trimmed, blank ones left out.
fn sentences(text: &str) -> Vec<&str> {
    text.split_inclusive(['.', '!', '?', '\n', ';'])
        .map(str::trim)
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .collect()
}

fn quote(sentence: &str) -> String {
    let s = sentence.trim().trim_end_matches(['.', ';']);
    if s.chars().count() <= QUOTE_CHARS {
        s.to_string()
    } else {
        let cut: String = s.chars().take(QUOTE_CHARS).collect();
        format!("{}…", cut.trim_end())
    }
}

/// Whether `term` occurs in `text` (both lower-case) as whole words.
fn has_term(text: &str, term: &str) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    text.match_indices(term).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + term.len()..].chars().next();
        (!word(term.chars().next()) || !word(before))
            && (!word(term.chars().next_back()) || !word(after))
    })
}

fn has_any(text: &str, terms: &[String]) -> bool {
    terms.iter().any(|t| has_term(text, t))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::RelationshipStrength;
    use crate::interviews::fixtures::{activity, complete, contact, opportunity, today};

    fn kinds(record: &AccountDetail) -> Vec<GapKind> {
        gaps(record).into_iter().map(|g| g.kind).collect()
    }

    /// The one gap of the complete record with these activities (id, days
    /// ago, what it says) added, each with both key contacts.
    fn gap_with_activities(added: &[(&str, i64, &str)]) -> Gap {
        let mut r = complete();
        for (id, days, body) in added {
            r.recent_activities
                .push(activity(id, *days, &["c-eb", "c-ch"], body));
        }
        only_gap(&r)
    }

    /// The one gap `record` has.
    fn only_gap(record: &AccountDetail) -> Gap {
        let found = gaps(record);
        assert_eq!(found.len(), 1, "{found:?}");
        found.into_iter().next().unwrap()
    }

    fn gaps(record: &AccountDetail) -> Vec<Gap> {
        let bank = Bank::builtin().unwrap();
        find(record, &bank, &["Ana Lind".into()], today())
    }

    #[test]
    fn a_complete_record_has_no_gaps() {
        assert_eq!(gaps(&complete()), Vec::new());
    }

    #[test]
    fn a_role_nobody_holds() {
        let mut r = complete();
        r.contacts.retain(|c| c.role != ContactRole::Champion);
        let found = [only_gap(&r)];
        assert_eq!(found[0].kind, GapKind::NoChampion);
        assert_eq!(found[0].item, None);
        assert_eq!(found[0].text, "The record names no champion at Halvard.");
        assert_eq!(found[0].question_ids, [QuestionId::Champion]);
        r.account.name = "Halvard Co.".into();
        assert_eq!(
            gaps(&r)[0].text,
            "The record names no champion at Halvard Co."
        );
        r.contacts.clear();
        let k = kinds(&r);
        assert!(
            k.contains(&GapKind::NoEconomicBuyer) && k.contains(&GapKind::NoChampion),
            "{k:?}"
        );
    }

    #[test]
    fn weak_key_contacts_at_the_threshold() {
        let mut r = complete();
        // 3 is the threshold: 3 is not weak, 2 is, none is.
        r.contacts[1].relationship_strength = Some(RelationshipStrength::try_from(2i64).unwrap());
        let found = [only_gap(&r)];
        assert_eq!(found[0].kind, GapKind::WeakKeyContact);
        assert_eq!(
            found[0].item,
            Some(GapItem {
                kind: RecordItemKind::Contact,
                id: "c-ch".into()
            })
        );
        assert!(
            found[0].text.contains("Pieter Vos, the champion"),
            "{}",
            found[0].text
        );
        r.contacts[1].relationship_strength = None;
        assert_eq!(kinds(&r), [GapKind::WeakKeyContact]);
        // Other roles are not key contacts.
        let mut r = complete();
        r.contacts
            .push(contact("c-u", "Ola Berg", ContactRole::User, Some(1)));
        assert_eq!(kinds(&r), []);
    }

    #[test]
    fn stale_key_contacts_at_the_threshold() {
        let mut r = complete();
        r.recent_activities = vec![
            activity("a-1", 60, &["c-eb"], "Renewal kickoff."),
            activity("a-2", 61, &["c-ch"], "Workshop."),
        ];
        // 60 days is not stale yet, 61 is; the renewal is still worked on
        // (nothing about it in 30 days, so that gap shows too).
        let found = gaps(&r);
        let stale: Vec<&Gap> = found
            .iter()
            .filter(|g| g.kind == GapKind::StaleContact)
            .collect();
        assert_eq!(stale.len(), 1, "{found:?}");
        assert_eq!(stale[0].item.as_ref().unwrap().id, "c-ch");
        assert!(stale[0].text.contains("61 days"), "{}", stale[0].text);
        r.recent_activities.clear();
        assert_eq!(
            kinds(&r)
                .iter()
                .filter(|k| **k == GapKind::StaleContact)
                .count(),
            2
        );
    }

    #[test]
    fn people_named_in_activities_who_are_not_contacts() {
        let found = [gap_with_activities(&[
            (
                "a-2",
                20,
                "Helen brought Marta Lund from finance. Ana Lind joined.",
            ),
            ("a-3", 40, "Marta Lund asked for the SLA report."),
        ])];
        assert_eq!(found[0].kind, GapKind::UnrecordedPerson);
        assert_eq!(found[0].item.as_ref().unwrap().id, "a-2");
        assert!(
            found[0]
                .text
                .starts_with("Marta Lund is named in 2 activities (last on 2026-11-11)"),
            "{}",
            found[0].text
        );
    }

    #[test]
    fn promises_the_contract_notes_do_not_carry() {
        let found = [gap_with_activities(&[
            (
                "a-2",
                15,
                "Good call. We will run a free onboarding workshop in March.",
            ),
            // Already in the notes: not a gap.
            ("a-3", 16, "We agreed to the three-year discount."),
        ])];
        assert_eq!(found[0].kind, GapKind::PromiseInActivity);
        assert_eq!(found[0].item.as_ref().unwrap().id, "a-2");
        assert!(
            found[0]
                .text
                .contains("“We will run a free onboarding workshop in March”"),
            "{}",
            found[0].text
        );
        assert_eq!(found[0].question_ids, [QuestionId::HiddenCommitments]);
    }

    #[test]
    fn concessions_without_a_reason() {
        let mut r = complete();
        r.account.contract_notes = Some("Uplift capped at 3%. Net 45 terms.".into());
        r.opportunities[0].next_step = Some("Offer a 10% discount.".into());
        let found = gaps(&r);
        let k: Vec<GapKind> = found.iter().map(|g| g.kind).collect();
        assert_eq!(
            k,
            [GapKind::UnexplainedDiscount, GapKind::UnexplainedDiscount]
        );
        assert!(
            found[0].text.contains("“Uplift capped at 3%”"),
            "{}",
            found[0].text
        );
        assert_eq!(
            found[1].item.as_ref().unwrap().kind,
            RecordItemKind::Opportunity
        );
        // With a reason, no gap: the complete record's notes say why.
        assert_eq!(kinds(&complete()), []);
        // A concession that ends, or is absent, was not given.
        r.account.contract_notes = Some("The discount expires at the 2027 renewal.".into());
        r.opportunities[0].next_step = Some("Renewal proposal without the discount.".into());
        assert_eq!(kinds(&r), []);
    }

    #[test]
    fn open_opportunities_without_a_next_step_or_past_their_date() {
        let mut r = complete();
        r.opportunities = vec![
            opportunity("o-1", "negotiation", -1, Some("Chase the PO.")),
            opportunity("o-2", "discovery", 0, None),
            // Closed ones are history, not gaps.
            opportunity("o-3", "Closed Won", -30, None),
        ];
        let found = gaps(&r);
        let k: Vec<(GapKind, &str)> = found
            .iter()
            .map(|g| (g.kind, g.item.as_ref().unwrap().id.as_str()))
            .collect();
        assert_eq!(
            k,
            [
                (GapKind::OverdueCloseDate, "o-1"),
                (GapKind::OpportunityWithoutNextStep, "o-2"),
            ]
        );
        assert!(found[0].text.contains("(1 day ago)"), "{}", found[0].text);
    }

    #[test]
    fn a_renewal_nobody_works_on_at_the_window_edges() {
        let mut r = complete();
        // Activity about the renewal 31 days ago is too old.
        r.recent_activities = vec![
            activity("a-1", 5, &["c-eb", "c-ch"], "Usage review."),
            activity("a-2", 31, &["c-eb"], "Renewal kickoff."),
        ];
        r.account.renewal_date = Some(today() + chrono::Duration::days(120));
        assert_eq!(kinds(&r), [GapKind::RenewalWithoutPlan]);
        // 121 days out is outside the window; a renewal past is not a plan gap.
        r.account.renewal_date = Some(today() + chrono::Duration::days(121));
        assert_eq!(kinds(&r), []);
        r.account.renewal_date = Some(today() - chrono::Duration::days(1));
        assert_eq!(kinds(&r), []);
        // Talked about 30 days ago: worked on.
        r.account.renewal_date = Some(today() + chrono::Duration::days(10));
        r.recent_activities[1] = activity("a-2", 30, &["c-eb"], "Renewal kickoff.");
        assert_eq!(kinds(&r), []);
    }

    #[test]
    fn answers_close_the_gaps_they_speak_to() {
        let mut r = complete();
        r.contacts.retain(|c| c.role != ContactRole::Champion);
        r.contacts[0].relationship_strength = None;
        let found = gaps(&r);
        let gap = |kind: GapKind| found.iter().find(|g| g.kind == kind).unwrap().clone();
        let (no_champion, weak) = (gap(GapKind::NoChampion), gap(GapKind::WeakKeyContact));
        assert_eq!(weak.about.as_deref(), Some("Helen Moss"));
        assert_eq!(
            weak.question_ids,
            [QuestionId::DecisionMaker],
            "the buyer's question only"
        );
        let champion = FactData::Stakeholder {
            name: "Ola Berg".into(),
            contact_id: None,
            role: Some(ContactRole::Champion),
            strength: None,
            channel: None,
            never_surprise: false,
        };
        let said = |q: QuestionId, text: &'static str, facts: Vec<&'static FactData>| Said {
            question: q,
            text,
            facts,
        };
        let champion: &'static FactData = Box::leak(Box::new(champion));
        assert!(closed_by(
            &no_champion,
            &[said(QuestionId::Champion, "Ola Berg.", vec![champion])]
        ));
        assert!(!closed_by(
            &no_champion,
            &[said(QuestionId::Champion, "Nobody really.", vec![])]
        ));
        // Naming Helen closes her gap only in an answer to a question it feeds.
        assert!(closed_by(
            &weak,
            &[said(QuestionId::DecisionMaker, "Helen signs; a 3.", vec![])]
        ));
        assert!(!closed_by(
            &weak,
            &[said(QuestionId::OrgChanges, "Helen moved.", vec![])]
        ));
        assert!(!closed_by(
            &weak,
            &[said(QuestionId::DecisionMaker, "The CFO signs.", vec![])]
        ));
        let statuses = with_status(
            found,
            &[said(QuestionId::Champion, "Ola Berg.", vec![champion])],
        );
        let of = |kind: GapKind| statuses.iter().find(|g| g.gap.kind == kind).unwrap().status;
        assert_eq!(of(GapKind::NoChampion), GapStatus::Answered);
        assert_eq!(of(GapKind::WeakKeyContact), GapStatus::Open);
    }

    /// A concession's story and a renewal plan are closed by an answer to
    /// their question that says something; "not sure" leaves them open.
    #[test]
    fn thin_answers_leave_a_story_gap_open() {
        let mut r = complete();
        r.account.contract_notes = Some("Renewal uplift capped at 4%.".into());
        let discount = only_gap(&r);
        assert_eq!(discount.kind, GapKind::UnexplainedDiscount);
        let said = |text: &'static str| Said {
            question: QuestionId::PricingStory,
            text,
            facts: Vec::new(),
        };
        for thin in ["Not sure.", "Nothing more to add."] {
            assert!(!closed_by(&discount, &[said(thin)]), "{thin}");
        }
        assert!(closed_by(
            &discount,
            &[
                said("Not sure."),
                said("The cap was the price of the three-year term: procurement would not sign without it.")
            ]
        ));
    }

    #[test]
    fn terms_match_whole_words() {
        assert!(has_term("we will send it", "we will"));
        assert!(!has_term("freedom of choice", "free"));
        assert!(has_term("a 10% off deal", "% off"));
        assert!(!has_term("capital", "cap"));
    }
}
