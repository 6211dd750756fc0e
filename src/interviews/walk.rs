//! Record walk and gap detection: before a question is asked, what does the
//! account's record already say that bears on it? The answer is an excerpt of
//! record items within a token budget, each with a reference, so the
//! question can ask for the story behind the facts instead of the facts.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::gaps::Gap;
use super::relevance::Closeness;
use crate::accounts::{text, AccountDetail, Activity, Contact, ContactRole, Opportunity};
use crate::bank::{Question, QuestionId, RaiseRules, RecordKind, WalkRules};
use crate::string_enum;

string_enum!(
    /// Which part of the record an excerpt comes from.
    /// `captured`: what an earlier handoff of the account locked for this
    /// question (a knowledge version), shown first.
    RecordItemKind { Account => "account", Contact => "contact", Opportunity => "opportunity", Activity => "activity", Captured => "captured" }
);

/// One record item shown with a question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RecordItem {
    pub kind: RecordItemKind,
    /// The record's id (the account id for account fields).
    pub id: String,
    /// The item in one line, as a question may quote it ("Pat Doe, CFO,
    /// is the economic buyer; relationship strength 2 of 5.").
    #[serde(default)]
    pub headline: String,
    /// The item with its details (notes, next step, what an activity
    /// said), clipped to 400 characters.
    pub text: String,
}

/// What the record already says about a question.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, ToSchema)]
pub struct RecordContext {
    pub items: Vec<RecordItem>,
    /// Tokens the items take (cl100k_base).
    pub tokens: usize,
    /// True when relevant items were left out to stay within the budget.
    pub truncated: bool,
}

impl RecordContext {
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}

/// Counts tokens the way the model will (cl100k_base).
#[derive(Clone)]
pub struct TokenCounter(Arc<tiktoken_rs::CoreBPE>);

impl TokenCounter {
    /// Builds the tokenizer (bundled data, no network).
    pub fn new() -> Result<TokenCounter, crate::BoxError> {
        tiktoken_rs::cl100k_base()
            .map(|bpe| TokenCounter(Arc::new(bpe)))
            .map_err(Into::into)
    }

    pub fn count(&self, text: &str) -> usize {
        self.0.encode_ordinary(text).len()
    }
}

impl std::fmt::Debug for TokenCounter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TokenCounter(cl100k_base)")
    }
}

/// Longest single item, in characters, before it is cut with an ellipsis.
const ITEM_CHARS: usize = 400;

fn clip(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= ITEM_CHARS {
        text
    } else {
        let cut: String = text.chars().take(ITEM_CHARS).collect();
        format!("{}…", cut.trim_end())
    }
}

/// The score of an item a gap of the question concerns: above any other.
const GAP_SCORE: f32 = 100.0;

/// How the walk picks the activities shown with a question.
#[derive(Debug, Clone, Copy)]
pub enum ActivityPick<'a> {
    /// By relevance: closeness in meaning to the nearest of the question's
    /// topics, with a little for each keyword (`WalkRules`); at or above
    /// the floor, most relevant first.
    Relevance {
        closeness: &'a Closeness,
        rules: WalkRules,
    },
    /// The activities that hold the question's keywords, most hits first:
    /// when the encoder failed, and as the measure relevance is held to.
    Keywords,
}

impl ActivityPick<'_> {
    /// The activity's score among the question's record items (20 to 40),
    /// or `None` when it is not shown.
    fn score(&self, question: &Question, activity: &Activity) -> Option<f32> {
        let said = text::activity_text(activity)?;
        let hits = keyword_hits(&question.keywords, &said);
        match self {
            ActivityPick::Relevance { closeness, rules } => {
                let near = *closeness.get(activity.id.as_str())?;
                let relevance = rules.relevance(near, hits);
                (relevance >= rules.relevance_floor)
                    .then(|| 20.0 + 20.0 * relevance.clamp(0.0, 1.0))
            }
            ActivityPick::Keywords => {
                (hits > 0).then(|| 20.0 + 5.0 * hits.min(WalkRules::MAX_KEYWORDS) as f32)
            }
        }
    }
}

/// The record item `kind`/`id` as the walk shows it, if the record has it.
fn item_of(record: &AccountDetail, kind: RecordItemKind, id: &str) -> Option<RecordItem> {
    let account = &record.account;
    match kind {
        RecordItemKind::Account => Some(item(
            kind,
            account.id.as_str(),
            text::account_line(account),
            text::contract_notes(account),
        )),
        RecordItemKind::Contact => record
            .contacts
            .iter()
            .find(|c| c.id.as_str() == id)
            .map(contact_item),
        RecordItemKind::Opportunity => record
            .opportunities
            .iter()
            .find(|o| o.id.as_str() == id)
            .map(opportunity_item),
        RecordItemKind::Activity => record
            .recent_activities
            .iter()
            .find(|a| a.id.as_str() == id)
            .map(|a| activity_item(a, record)),
        RecordItemKind::Captured => None,
    }
}

fn contact_item(c: &Contact) -> RecordItem {
    let notes = c.notes.as_deref().map(text::stop);
    item(
        RecordItemKind::Contact,
        c.id.as_str(),
        text::contact_line(c),
        notes,
    )
}

fn opportunity_item(o: &Opportunity) -> RecordItem {
    let line = text::opportunity_line(o);
    item(
        RecordItemKind::Opportunity,
        o.id.as_str(),
        line,
        text::next_step(o),
    )
}

fn activity_item(a: &Activity, record: &AccountDetail) -> RecordItem {
    let line = text::activity_line(a, &record.contacts);
    item(
        RecordItemKind::Activity,
        a.id.as_str(),
        line,
        text::activity_text(a),
    )
}

/// A record item: its line, and the line with `details` after it, clipped.
fn item(kind: RecordItemKind, id: &str, headline: String, details: Option<String>) -> RecordItem {
    let full = match details {
        Some(d) if !d.trim().is_empty() => match kind {
            RecordItemKind::Activity => format!("{headline}: {d}"),
            _ => format!("{headline} {d}"),
        },
        _ => headline.clone(),
    };
    RecordItem {
        kind,
        id: id.to_string(),
        headline: clip(&headline),
        text: clip(&full),
    }
}

/// How much a contact's role matters to a question: higher first.
fn contact_rank(question: QuestionId, role: ContactRole) -> u8 {
    use ContactRole as R;
    match (question, role) {
        (QuestionId::DecisionMaker, R::EconomicBuyer | R::DecisionMaker) => 3,
        (QuestionId::Champion, R::Champion) => 3,
        (QuestionId::RenewalRisk, R::Blocker | R::EconomicBuyer) => 2,
        (QuestionId::ChannelsSurprises, _) => 2,
        (_, R::EconomicBuyer | R::DecisionMaker | R::Champion) => 1,
        (_, R::Blocker) => 1,
        _ => 0,
    }
}

fn keyword_hits(keywords: &[String], text: &str) -> usize {
    let lower = text.to_lowercase();
    keywords
        .iter()
        .filter(|k| lower.contains(k.as_str()))
        .count()
}

/// Puts what an earlier handoff captured for the question at the head of
/// the context: the interview asks what changed rather than starting over.
pub fn put_captured_first(
    context: &mut RecordContext,
    captured: &super::Captured,
    counter: &TokenCounter,
) {
    let headline = clip(&captured.text);
    let text = format!(
        "captured {} (version {}): {headline}",
        captured.approved_at.date_naive(),
        captured.version,
    );
    context.tokens += counter.count(&text);
    context.items.insert(
        0,
        RecordItem {
            kind: RecordItemKind::Captured,
            id: captured.version_id.clone(),
            headline,
            text,
        },
    );
}

/// What the walk is given besides the record and the question.
#[derive(Debug, Clone, Copy)]
pub struct WalkInput<'a> {
    /// The question's gaps not yet named by a prompt.
    pub gaps: &'a [&'a Gap],
    pub activities: ActivityPick<'a>,
    pub stages: &'a RaiseRules,
    pub today: NaiveDate,
}

/// Gathers what the record says about `question`, within `budget` tokens:
/// the items its gaps concern first, then the others by how much they bear
/// on it.
pub fn walk(
    record: &AccountDetail,
    question: &Question,
    input: WalkInput<'_>,
    counter: &TokenCounter,
    budget: usize,
) -> RecordContext {
    let WalkInput {
        gaps,
        activities,
        stages,
        today,
    } = input;
    // (score, item): higher scores first; ties keep record order.
    let mut candidates: Vec<(f32, RecordItem)> = Vec::new();
    let account = &record.account;
    for kind in &question.record {
        match kind {
            RecordKind::Renewal => {
                if let Some(line) = text::renewal_line(account, Some(today)) {
                    candidates.push((
                        40.0,
                        item(RecordItemKind::Account, account.id.as_str(), line, None),
                    ));
                }
            }
            RecordKind::ContractNotes => {
                if let Some(notes) = text::contract_notes(account) {
                    // The notes themselves head the item: a question's lead
                    // says where they come from ("The contract notes say …").
                    let said = account.contract_notes.as_deref().unwrap_or("").trim();
                    candidates.push((
                        50.0,
                        RecordItem {
                            kind: RecordItemKind::Account,
                            id: account.id.to_string(),
                            headline: clip(said),
                            text: clip(&notes),
                        },
                    ));
                }
            }
            RecordKind::Contacts => {
                for c in &record.contacts {
                    let rank = contact_rank(question.id, c.role);
                    candidates.push((30.0 + 5.0 * f32::from(rank), contact_item(c)));
                }
            }
            RecordKind::Opportunities => {
                for o in &record.opportunities {
                    let open = stages.is_open_stage(o.stage.as_deref());
                    candidates.push((if open { 35.0 } else { 10.0 }, opportunity_item(o)));
                }
            }
            RecordKind::Activities => {
                for x in &record.recent_activities {
                    if let Some(score) = activities.score(question, x) {
                        candidates.push((score, activity_item(x, record)));
                    }
                }
            }
        }
    }
    // The items the question's gaps concern come first, whatever kinds of
    // item the question usually reads: the gap is what it should close.
    for gap in gaps {
        let Some(about) = &gap.item else { continue };
        let boost = GAP_SCORE + f32::from(gap.weight);
        match candidates
            .iter_mut()
            .find(|(_, i)| i.kind == about.kind && i.id == about.id)
        {
            Some(found) => found.0 = found.0.max(boost),
            None => {
                if let Some(item) = item_of(record, about.kind, &about.id) {
                    candidates.push((boost, item));
                }
            }
        }
    }
    // Stable: equal scores keep record order (activities newest first).
    candidates.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut context = RecordContext::default();
    for (_, item) in candidates {
        let cost = counter.count(&item.text) + 4;
        if context.tokens + cost > budget {
            context.truncated = true;
            continue;
        }
        context.tokens += cost;
        context.items.push(item);
    }
    context
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Bank;
    use crate::interviews::fixtures::{activity, complete, today};
    use crate::interviews::relevance::Relevance;

    /// The activities the walk of `question` shows, in order.
    fn shown(record: &AccountDetail, question: &Question, pick: ActivityPick<'_>) -> Vec<String> {
        let bank = Bank::builtin().unwrap();
        let input = WalkInput {
            gaps: &[],
            activities: pick,
            stages: &bank.raise,
            today: today(),
        };
        let counter = TokenCounter::new().unwrap();
        walk(record, question, input, &counter, 700)
            .items
            .into_iter()
            .filter(|i| i.kind == RecordItemKind::Activity)
            .map(|i| i.id)
            .collect()
    }

    /// Two activities each hold one of the question's keywords: the walk
    /// by relevance shows the one about the question and leaves out the
    /// other, which the walk by keywords shows first (it is newer).
    #[tokio::test]
    async fn activities_are_picked_by_meaning_not_words() {
        let mut record = complete();
        record.recent_activities = vec![
            activity(
                "a-words",
                5,
                &["c-eb"],
                "No problem moving the quarterly review to Tuesday; I will send Helen a new invite.",
            ),
            activity(
                "a-meaning",
                20,
                &["c-eb"],
                "Their finance team complained loudly about the billing mistake in March; it is still a sore issue.",
            ),
        ];
        let bank = Bank::builtin().unwrap();
        let question = bank.question(QuestionId::HistorySensitivities);
        let closeness = Relevance::load()
            .unwrap()
            .closeness(&question.topics, &record.recent_activities)
            .await
            .unwrap();
        let by_meaning = ActivityPick::Relevance {
            closeness: &closeness,
            rules: bank.walk,
        };
        assert_eq!(
            shown(&record, question, by_meaning),
            ["a-meaning"],
            "{closeness:?}"
        );
        assert_eq!(
            shown(&record, question, ActivityPick::Keywords),
            ["a-words", "a-meaning"]
        );
    }

    /// More relevant activities come first, a keyword adding its weight to
    /// the closeness; below the floor none is shown, and the question opens
    /// without a record item rather than with an unrelated one.
    #[test]
    fn relevance_orders_and_the_floor_cuts() {
        let mut record = complete();
        record.recent_activities = vec![
            activity("a-1", 5, &[], "One."),
            activity("a-2", 6, &[], "Two."),
            activity("a-3", 7, &[], "Three."),
            // Two of warning_signs' keywords.
            activity("a-4", 8, &[], "They went quiet, then cancelled."),
        ];
        let bank = Bank::builtin().unwrap();
        let question = bank.question(QuestionId::WarningSigns);
        let closeness: Closeness = [("a-1", 0.52), ("a-2", 0.81), ("a-3", 0.2), ("a-4", 0.3)]
            .into_iter()
            .map(|(id, c)| (id.to_string(), c))
            .collect();
        let pick = |floor| ActivityPick::Relevance {
            closeness: &closeness,
            rules: WalkRules {
                relevance_floor: floor,
                keyword_weight: 0.15,
            },
        };
        // a-4: 0.3 + 2 × 0.15 = 0.6.
        assert_eq!(shown(&record, question, pick(0.5)), ["a-2", "a-4", "a-1"]);
        assert_eq!(shown(&record, question, pick(0.59)), ["a-2", "a-4"]);
        assert_eq!(shown(&record, question, pick(0.65)), ["a-2"]);
        assert_eq!(shown(&record, question, pick(0.9)), Vec::<String>::new());
        let input = WalkInput {
            gaps: &[],
            activities: pick(0.9),
            stages: &bank.raise,
            today: today(),
        };
        let context = walk(&record, question, input, &TokenCounter::new().unwrap(), 700);
        assert!(context.is_empty(), "{context:?}");
    }

    #[test]
    fn long_items_are_clipped() {
        let long = "word ".repeat(200);
        let clipped = clip(&long);
        assert!(clipped.ends_with('…'));
        assert!(clipped.chars().count() <= ITEM_CHARS + 1);
    }
}
