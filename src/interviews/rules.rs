//! The deterministic interviewer: phrasing from the bank and the record
//! excerpt, follow-up rules, and the facts rules can honestly find. Used
//! when no model is configured, and as the fallback when a model fails.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;
use utoipa::ToSchema;

use super::facts::{DraftFact, FactData};
use super::gaps::Gap;
use super::walk::{RecordContext, RecordItemKind};
use crate::accounts::Contact;
use crate::bank::{Expect, Question, QuestionId};
use crate::string_enum;

/// Answers shorter than this many words get a follow-up.
pub const THIN_ANSWER_WORDS: usize = 12;

/// Closings of a question led by a record fact, in turn by question, so
/// no sentence is appended to every prompt.
const AFTER_A_FACT: &[&str] = &[
    "What is the story behind it?",
    "What does that leave out?",
    "",
    "What would your successor not guess from that?",
];

/// Phrases a planned question. When the record leaves something unsaid
/// that the question should close (its gaps), the question opens with the
/// gap in plain words; when the record already says something, it opens
/// with that and asks for what is behind it; when an earlier handoff
/// captured an answer, it asks what changed.
pub fn phrase_question(question: &Question, context: &RecordContext, gaps: &[&Gap]) -> String {
    let turn = QuestionId::ALL
        .iter()
        .position(|q| *q == question.id)
        .unwrap_or(0);
    match context.items.first() {
        Some(first) if first.kind == RecordItemKind::Captured => format!(
            "When this account last changed hands, this was captured: “{}” What has changed since, and what is still true? ({})",
            first.headline, question.text
        ),
        _ if !gaps.is_empty() => {
            let said: Vec<&str> = gaps.iter().take(2).map(|g| g.text.as_str()).collect();
            format!("{} {}", said.join(" "), question.text)
        }
        None => question.text.clone(),
        Some(first) => {
            let lead = question
                .lead
                .replace("{fact}", first.headline.trim_end_matches('.'));
            let closing = AFTER_A_FACT[turn % AFTER_A_FACT.len()];
            if closing.is_empty() {
                format!("{lead} {}", question.text)
            } else {
                format!("{lead} {closing} {}", question.text)
            }
        }
    }
}

string_enum!(
    /// Why a follow-up was asked.
    FollowUpReason {
        Thin => "thin",
        Vague => "vague",
        NoPerson => "no_person",
        UnknownPerson => "unknown_person",
        NoNumber => "no_number",
        NoDate => "no_date",
        Contradiction => "contradiction",
    }
);

/// A follow-up to ask, and why.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct FollowUp {
    pub text: String,
    pub reason: FollowUpReason,
}

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}][\p{L}\p{N}'’-]*").expect("regex"));
static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|k\b|m\b|million|thousand|percent|eur|usd|gbp)|\b\d{2,}[\d,.]*)")
        .expect("regex")
});
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,?\s+\d{4})?|q[1-4](?:\s+\d{4})?|(?:next|this|last)\s+(?:week|month|quarter|year)|end of (?:the )?(?:month|quarter|year)|\d{1,2}/\d{1,2}(?:/\d{2,4})?|within \d+ (?:days|weeks|months)|by (?:monday|tuesday|wednesday|thursday|friday))\b",
    )
    .expect("regex")
});
/// A run of capitalised words: a candidate name.
static NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(\p{Lu}[\p{Ll}’'-]+(?:\s+\p{Lu}[\p{Ll}’'-]+)?)").expect("regex")
});
static SENTENCE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[^.!?\n]+[.!?]?").expect("regex"));

const VAGUE: &[&str] = &[
    "not sure",
    "i think",
    "maybe",
    "probably",
    "somebody",
    "someone",
    "some people",
    "stuff",
    "things like that",
    "etc",
    "i guess",
    "kind of",
    "sort of",
    "don't know",
    "dont know",
    "no idea",
];

/// Capitalised words that are not names.
const NOT_NAMES: &[&str] = &[
    "I",
    "The",
    "They",
    "We",
    "He",
    "She",
    "It",
    "Our",
    "Their",
    "His",
    "Her",
    "This",
    "That",
    "There",
    "Then",
    "When",
    "What",
    "Who",
    "Why",
    "How",
    "If",
    "But",
    "And",
    "Or",
    "So",
    "Also",
    "Yes",
    "No",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "CFO",
    "CEO",
    "CTO",
    "COO",
    "CRO",
    "VP",
    "IT",
    "HR",
    "Q1",
    "Q2",
    "Q3",
    "Q4",
    "Slack",
    "Teams",
    "Zoom",
    "Email",
    "Phone",
    "WhatsApp",
    "After",
    "Before",
    "Since",
    "Until",
    "Every",
    "Each",
    "Most",
    "Some",
    "Any",
    "All",
    "None",
    "One",
    "Two",
    "Three",
    "Not",
    "Never",
    "Always",
    "Only",
    "Just",
    "Head",
    "Director",
    "Manager",
    "President",
    "Chief",
    "Finance",
    "Operations",
    "Procurement",
    "Legal",
    "Security",
    "Sales",
    "Support",
    "Product",
    "Engineering",
    "Marketing",
    "Board",
    "Renewal",
];

pub fn word_count(text: &str) -> usize {
    WORD.find_iter(text).count()
}

/// People named in `text` that are not among the account's contacts, the
/// company's own people, or the account's name. Names at the start of a
/// sentence count too; common capitalised words do not.
pub fn unknown_people(text: &str, contacts: &[Contact], known_names: &[String]) -> Vec<String> {
    let known: Vec<String> = contacts
        .iter()
        .map(|c| c.name.to_lowercase())
        .chain(known_names.iter().map(|n| n.to_lowercase()))
        .collect();
    let is_known = |candidate: &str| {
        let lower = candidate.to_lowercase();
        known.iter().any(|k| {
            k == &lower
                || k.split_whitespace()
                    .any(|part| part.len() > 2 && lower.split_whitespace().any(|w| w == part))
        })
    };
    let mut out: Vec<String> = Vec::new();
    for m in NAME.captures_iter(text) {
        let whole = m.get(1).expect("group 1");
        let candidate = whole.as_str().to_string();
        let first = candidate.split_whitespace().next().unwrap_or("");
        if NOT_NAMES.contains(&first) || first.len() < 3 {
            continue;
        }
        // A single capitalised word is a name only mid-sentence, not after
        // a preposition of place ("in Bergen"), and not an -ing word.
        if !candidate.contains(' ') {
            let before = text[..whole.start()].trim_end();
            let sentence_start =
                before.is_empty() || before.ends_with(['.', '!', '?', ':', ';', '\n', '(', '"']);
            let after_place = before
                .rsplit(|c: char| !c.is_alphanumeric())
                .next()
                .is_some_and(|w| PLACE_WORDS.contains(&w.to_lowercase().as_str()));
            if sentence_start || after_place || first.ends_with("ing") {
                continue;
            }
        }
        if is_known(&candidate) || out.contains(&candidate) {
            continue;
        }
        out.push(candidate);
    }
    out
}

/// Words after which a capitalised word is a place or an organisation.
const PLACE_WORDS: &[&str] = &[
    "in", "at", "from", "to", "near", "of", "the", "via", "into", "across", "outside",
];

/// Contacts of the account named in `text`, by full name or first name.
pub fn named_contacts<'c>(text: &str, contacts: &'c [Contact]) -> Vec<&'c Contact> {
    let lower = text.to_lowercase();
    contacts
        .iter()
        .filter(|c| {
            let name = c.name.to_lowercase();
            lower.contains(&name)
                || name
                    .split_whitespace()
                    .filter(|p| p.len() > 2 && !p.ends_with('.'))
                    .any(|p| WORD.find_iter(&lower).any(|w| w.as_str() == p))
        })
        .collect()
}

/// Decides on a follow-up for an answer by rules: thin, vague, no person
/// where one is expected, a person the record does not know, no number or
/// no date where one is expected. `asked` is how many follow-ups this
/// question has had; the probe asked is the next unused one.
pub fn follow_up(
    question: &Question,
    answer: &str,
    contacts: &[Contact],
    known_names: &[String],
    asked: usize,
) -> Option<FollowUp> {
    let probe = |i: usize| question.probes[i.min(question.probes.len() - 1)].clone();
    let unknown = unknown_people(answer, contacts, known_names);
    if let Some(name) = unknown.first() {
        return Some(FollowUp {
            text: format!(
                "Who is {name}, and what is their role? The record does not list them — should they be added as a contact?"
            ),
            reason: FollowUpReason::UnknownPerson,
        });
    }
    let words = word_count(answer);
    if words < THIN_ANSWER_WORDS {
        return Some(FollowUp {
            text: format!("Could you say a little more? {}", probe(asked)),
            reason: FollowUpReason::Thin,
        });
    }
    let named = !named_contacts(answer, contacts).is_empty() || has_name(answer);
    if question.expects.contains(&Expect::Person) && !named {
        return Some(FollowUp {
            text: format!("Who is that, by name? {}", probe(asked)),
            reason: FollowUpReason::NoPerson,
        });
    }
    if question.expects.contains(&Expect::Amount) && !NUMBER.is_match(answer) {
        return Some(FollowUp {
            text: format!(
                "Can you put a number on it — an amount or a percentage? {}",
                probe(asked)
            ),
            reason: FollowUpReason::NoNumber,
        });
    }
    if question.expects.contains(&Expect::Date) && !DATE.is_match(answer) {
        return Some(FollowUp {
            text: format!("By when? {}", probe(asked)),
            reason: FollowUpReason::NoDate,
        });
    }
    let lower = answer.to_lowercase();
    if VAGUE.iter().any(|v| lower.contains(v)) {
        return Some(FollowUp {
            text: format!(
                "You sound unsure — what would make it certain? {}",
                probe(asked)
            ),
            reason: FollowUpReason::Vague,
        });
    }
    None
}

/// True when `text` holds a capitalised word that is not a common word.
fn has_name(text: &str) -> bool {
    NAME.captures_iter(text).any(|m| {
        let first = m[1].split_whitespace().next().unwrap_or("");
        !NOT_NAMES.contains(&first) && first.len() >= 3
    })
}

const COMMITMENT_WORDS: &[&str] = &[
    "promised",
    "promise",
    "committed",
    "commit to",
    "agreed",
    "we will",
    "we'll",
    "guaranteed",
    "owe them",
    "owe her",
    "owe him",
];
const SENSITIVE_WORDS: &[&str] = &[
    "sensitive",
    "sore",
    "avoid",
    "don't mention",
    "do not mention",
    "never bring up",
    "touchy",
    "still hurts",
    "angry",
    "upset",
];
const SURPRISE_WORDS: &[&str] = &[
    "never be surprised",
    "never surprise",
    "must hear first",
    "hear it first",
    "heads-up",
    "heads up",
    "before anyone else",
];
const WARNING_WORDS: &[&str] = &[
    "went quiet",
    "goes quiet",
    "stopped replying",
    "slow to reply",
    "usage dropped",
    "usage drop",
    "cancelled",
    "canceled",
    "postponed",
    "competitor",
    "rfp",
    "evaluating",
    "warning sign",
];

fn sentences(text: &str) -> impl Iterator<Item = &str> {
    SENTENCE
        .find_iter(text)
        .map(|m| m.as_str().trim())
        .filter(|s| !s.is_empty())
}

fn contains_any(sentence: &str, words: &[&str]) -> bool {
    let lower = sentence.to_lowercase();
    words.iter().any(|w| lower.contains(w))
}

/// What rules can honestly find in an answer: contacts it names (with what
/// the record says of them), amounts, dates, and sentences that state a
/// commitment, a sensitivity, a "never surprise" or a warning sign. Nothing
/// is invented: every fact quotes the sentence it came from.
pub fn extract(answer: &str, contacts: &[Contact]) -> Vec<DraftFact> {
    let mut facts = Vec::new();
    let mut seen_contacts = BTreeSet::new();
    for sentence in sentences(answer) {
        for c in named_contacts(sentence, contacts) {
            if !seen_contacts.insert(c.id.to_string()) {
                continue;
            }
            facts.push(DraftFact {
                fact: FactData::Stakeholder {
                    name: c.name.clone(),
                    contact_id: Some(c.id.clone()),
                    role: Some(c.role),
                    strength: c.relationship_strength,
                    channel: c.preferred_channel.clone(),
                    never_surprise: contains_any(sentence, SURPRISE_WORDS),
                },
                source_text: sentence.to_string(),
            });
        }
        for m in NUMBER.find_iter(sentence) {
            facts.push(DraftFact {
                fact: FactData::Amount {
                    text: m.as_str().trim().to_string(),
                },
                source_text: sentence.to_string(),
            });
        }
        for m in DATE.find_iter(sentence) {
            facts.push(DraftFact {
                fact: FactData::Date {
                    text: m.as_str().trim().to_string(),
                },
                source_text: sentence.to_string(),
            });
        }
        if contains_any(sentence, COMMITMENT_WORDS) {
            let to_whom = named_contacts(sentence, contacts)
                .iter()
                .map(|c| c.name.clone())
                .collect();
            let off_contract = [
                "not in the contract",
                "verbal",
                "never written",
                "off the record",
                "handshake",
            ];
            facts.push(DraftFact {
                fact: FactData::Commitment {
                    what: sentence.to_string(),
                    to_whom,
                    by_when: DATE.find(sentence).map(|m| m.as_str().trim().to_string()),
                    in_contract: contains_any(sentence, &off_contract).then_some(false),
                },
                source_text: sentence.to_string(),
            });
        }
        if contains_any(sentence, SENSITIVE_WORDS) {
            facts.push(DraftFact {
                fact: FactData::SensitiveTopic {
                    topic: sentence.to_string(),
                },
                source_text: sentence.to_string(),
            });
        }
        if contains_any(sentence, WARNING_WORDS) {
            facts.push(DraftFact {
                fact: FactData::WarningSign {
                    sign: sentence.to_string(),
                    preceded: None,
                },
                source_text: sentence.to_string(),
            });
        }
    }
    facts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::ContactRole;
    use crate::bank::{Bank, QuestionId};
    use crate::interviews::facts::FactKind;
    use crate::interviews::fixtures;
    use crate::interviews::walk::RecordItem;

    fn contact(id: &str, name: &str, role: ContactRole) -> Contact {
        Contact {
            preferred_channel: Some("email".into()),
            ..fixtures::contact(id, name, role, Some(4))
        }
    }

    fn contacts() -> Vec<Contact> {
        vec![
            contact("c-1", "Helen Moss", ContactRole::EconomicBuyer),
            contact("c-2", "Raj Patel", ContactRole::Champion),
        ]
    }

    fn reason(q: QuestionId, answer: &str) -> Option<FollowUpReason> {
        let bank = Bank::builtin().unwrap();
        follow_up(
            bank.question(q),
            answer,
            &contacts(),
            &["Dana Seller".into()],
            0,
        )
        .map(|f| f.reason)
    }

    #[test]
    fn thin_answers_get_a_follow_up() {
        assert_eq!(
            reason(QuestionId::OrgChanges, "A reorg."),
            Some(FollowUpReason::Thin)
        );
        assert_eq!(word_count("one two, three-four five’s"), 4);
    }

    #[test]
    fn who_questions_need_a_person() {
        let long = "the finance side decides in the end because they hold the budget and nobody else wants the risk of it";
        assert_eq!(
            reason(QuestionId::DecisionMaker, long),
            Some(FollowUpReason::NoPerson)
        );
        let named = format!("Helen Moss decides: {long}");
        assert_eq!(reason(QuestionId::DecisionMaker, &named), None);
    }

    #[test]
    fn people_the_record_does_not_know_are_asked_about() {
        let answer = "Helen Moss signs, but Marta Quinn from procurement has a veto on anything above the budget line.";
        let bank = Bank::builtin().unwrap();
        let f = follow_up(
            bank.question(QuestionId::DecisionMaker),
            answer,
            &contacts(),
            &[],
            0,
        )
        .unwrap();
        assert_eq!(f.reason, FollowUpReason::UnknownPerson);
        assert!(
            f.text.contains("Marta Quinn") && f.text.contains("contact"),
            "{}",
            f.text
        );
        // Our own people, first names of contacts and common words are known.
        let ours = "Dana Seller and Raj agreed in March that Helen decides; the CFO trusts her judgement on every vendor.";
        assert_eq!(reason(QuestionId::DecisionMaker, ours), None);
        // Places and sentence-initial words are not people; a lone name
        // mid-sentence is.
        let places = "Helen Moss decides. Offering a training day in Bergen would help; she flies from Oslo monthly.";
        assert!(unknown_people(places, &contacts(), &[]).is_empty());
        let lone = "Helen signs, but only after Marta has checked the numbers twice.";
        assert_eq!(
            unknown_people(lone, &contacts(), &[]),
            vec!["Marta".to_string()]
        );
    }

    #[test]
    fn money_questions_need_a_number_and_commitments_a_date() {
        let vague_price = "the discount was given because they moved off a competitor in the middle of their contract year";
        assert_eq!(
            reason(QuestionId::PricingStory, vague_price),
            Some(FollowUpReason::NoNumber)
        );
        let priced = "a 15% discount was given because they moved off a competitor in the middle of their contract year";
        assert_eq!(reason(QuestionId::PricingStory, priced), None);
        let undated = "we promised a free training day for the new team and a custom report for the finance people there";
        assert_eq!(
            reason(QuestionId::HiddenCommitments, undated),
            Some(FollowUpReason::NoDate)
        );
        let dated = format!("{undated}, both by end of quarter");
        assert_eq!(reason(QuestionId::HiddenCommitments, &dated), None);
    }

    #[test]
    fn hedged_answers_are_probed() {
        let hedged = "maybe the budget freeze, I think, but the real reason could be the new platform team wanting control";
        assert_eq!(
            reason(QuestionId::RenewalRisk, hedged),
            Some(FollowUpReason::Vague)
        );
    }

    #[test]
    fn later_follow_ups_use_later_probes() {
        let bank = Bank::builtin().unwrap();
        let q = bank.question(QuestionId::OrgChanges);
        let first = follow_up(q, "A reorg.", &[], &[], 0).unwrap();
        let second = follow_up(q, "A reorg.", &[], &[], 1).unwrap();
        assert!(first.text.contains(&q.probes[0]) && second.text.contains(&q.probes[1]));
    }

    #[test]
    fn questions_open_with_what_the_record_says() {
        let bank = Bank::builtin().unwrap();
        let q = bank.question(QuestionId::PricingStory);
        assert_eq!(phrase_question(q, &RecordContext::default(), &[]), q.text);
        let context = RecordContext {
            items: vec![RecordItem {
                kind: RecordItemKind::Account,
                id: "acc-1".into(),
                headline: "12% multi-year discount.".into(),
                text: "Contract notes: 12% multi-year discount.".into(),
            }],
            tokens: 10,
            truncated: false,
        };
        let text = phrase_question(q, &context, &[]);
        assert!(
            text.starts_with("The contract notes say 12% multi-year discount"),
            "{text}"
        );
        assert!(
            text.contains(&q.text) && text.contains("story behind"),
            "{text}"
        );
    }

    #[test]
    fn a_question_with_gaps_opens_with_them() {
        let bank = Bank::builtin().unwrap();
        let q = bank.question(QuestionId::Champion);
        let gap = |text: &str| Gap {
            kind: crate::bank::GapKind::NoChampion,
            item: None,
            text: text.into(),
            question_ids: vec![QuestionId::Champion],
            essential: false,
            weight: 2,
            about: None,
        };
        let (a, b, c) = (
            gap("The record names no champion at Halvard."),
            gap("Pieter Vos has gone quiet."),
            gap("Third."),
        );
        let text = phrase_question(q, &RecordContext::default(), &[&a, &b, &c]);
        assert_eq!(
            text,
            format!(
                "The record names no champion at Halvard. Pieter Vos has gone quiet. {}",
                q.text
            )
        );
    }

    #[test]
    fn questions_led_by_the_record_do_not_all_end_alike() {
        let bank = Bank::builtin().unwrap();
        let context = RecordContext {
            items: vec![RecordItem {
                kind: RecordItemKind::Contact,
                id: "c-1".into(),
                headline: "Pat Doe, CFO, is the economic buyer.".into(),
                text: "Pat Doe, CFO, is the economic buyer.".into(),
            }],
            tokens: 10,
            truncated: false,
        };
        let texts: Vec<String> = [
            QuestionId::DecisionMaker,
            QuestionId::Champion,
            QuestionId::HiddenCommitments,
        ]
        .iter()
        .map(|q| phrase_question(bank.question(*q), &context, &[]))
        .collect();
        assert!(
            texts[0].starts_with("From the record: Pat Doe, CFO, is the economic buyer. "),
            "{}",
            texts[0]
        );
        let endings: std::collections::BTreeSet<&str> = texts
            .iter()
            .map(|t| t.split(". ").nth(1).unwrap_or(""))
            .collect();
        assert_eq!(endings.len(), texts.len(), "{texts:#?}");
        assert!(texts
            .iter()
            .all(|t| !t.contains("Tell me what the record does not say")));
    }

    #[test]
    fn extraction_finds_only_what_is_there() {
        let answer = "We promised Raj a custom export by March 15, not in the contract. \
                      The outage in May is still a sore topic with Helen. Usage dropped before last year's escalation. \
                      The price is 40k.";
        let facts = extract(answer, &contacts());
        let kinds: Vec<FactKind> = facts.iter().map(DraftFact::kind).collect();
        for k in [
            FactKind::Commitment,
            FactKind::Stakeholder,
            FactKind::SensitiveTopic,
            FactKind::WarningSign,
            FactKind::Amount,
            FactKind::Date,
        ] {
            assert!(kinds.contains(&k), "{k} in {kinds:?}");
        }
        let commitment = facts
            .iter()
            .find_map(|f| match &f.fact {
                FactData::Commitment {
                    to_whom,
                    by_when,
                    in_contract,
                    ..
                } => Some((to_whom.clone(), by_when.clone(), *in_contract)),
                _ => None,
            })
            .unwrap();
        assert_eq!(
            commitment,
            (
                vec!["Raj Patel".to_string()],
                Some("March 15".to_string()),
                Some(false)
            )
        );
        for f in &facts {
            assert!(
                answer.contains(&f.source_text),
                "{} quotes the answer",
                f.source_text
            );
        }
        assert!(extract("Nothing to add here.", &contacts()).is_empty());
    }
}
