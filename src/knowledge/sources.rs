//! What gets indexed: the account record's items and the current knowledge
//! versions, rendered as text and cut into chunks. Pure: no store, no index.
//!
//! Each chunk has a header (what it is: "Email on 2026-09-14 with Helga
//! Brandt, CFO", or the bank question an answer replies to) and its text,
//! the excerpt a citation shows. The dense embedding reads both, so a short
//! answer still carries its topic; BM25 reads the text and, for record
//! items, the header (names and subjects are real content there).

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::chunk::{chunk, CHUNK_TOKENS};
use crate::accounts::{text, AccountDetail};
use crate::bank::{Bank, QuestionId};
use crate::interviews::TokenCounter;

/// Where a chunk comes from; the index's payload carries it.
pub use crate::index::SourceKind;

/// A chunk before it is stored: everything but its id and index state.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: SourceKind,
    /// The record item's id, or the knowledge version's id.
    pub source_id: String,
    pub question_id: Option<QuestionId>,
    pub version: i64,
    pub pos: i64,
    pub header: String,
    pub text: String,
    pub author_id: Option<String>,
    pub at: Option<DateTime<Utc>>,
}

impl Draft {
    /// What the dense embedding reads.
    pub fn dense_text(&self) -> String {
        dense_text(&self.header, &self.text)
    }

    /// What BM25 reads.
    pub fn sparse_text(&self) -> String {
        sparse_text(self.kind, &self.header, &self.text)
    }

    /// Changes when anything indexed about the chunk changes.
    pub fn digest(&self) -> String {
        let mut h = Sha256::new();
        for part in [
            self.kind.as_str(),
            &self.source_id,
            self.question_id.map(|q| q.as_str()).unwrap_or(""),
            &self.version.to_string(),
            &self.pos.to_string(),
            &self.header,
            &self.text,
            self.author_id.as_deref().unwrap_or(""),
            &self.at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        ] {
            h.update(part.as_bytes());
            h.update([0u8]);
        }
        hex::encode(h.finalize())
    }
}

pub fn dense_text(header: &str, text: &str) -> String {
    format!("{header}: {text}")
}

pub fn sparse_text(kind: SourceKind, header: &str, text: &str) -> String {
    match kind {
        SourceKind::Interview => text.to_string(),
        _ => format!("{header}. {text}"),
    }
}

/// Cuts one item's text into drafts that share everything but position.
#[allow(clippy::too_many_arguments)]
fn drafts_of(
    tokens: &TokenCounter,
    kind: SourceKind,
    source_id: &str,
    question_id: Option<QuestionId>,
    version: i64,
    header: String,
    text: &str,
    author_id: Option<String>,
    at: Option<DateTime<Utc>>,
) -> Vec<Draft> {
    let budget = CHUNK_TOKENS.saturating_sub(tokens.count(&header)).max(30);
    chunk(text, tokens, budget)
        .into_iter()
        .enumerate()
        .map(|(pos, text)| Draft {
            kind,
            source_id: source_id.to_string(),
            question_id,
            version,
            pos: pos as i64,
            header: header.clone(),
            text,
            author_id: author_id.clone(),
            at,
        })
        .collect()
}

/// Every record item of an account as drafts: the account itself (its
/// facts and contract notes), each contact, opportunity and activity.
pub fn record_drafts(record: &AccountDetail, tokens: &TokenCounter) -> Vec<Draft> {
    let a = &record.account;
    let mut out = Vec::new();
    out.extend(drafts_of(
        tokens,
        SourceKind::Account,
        a.id.as_str(),
        None,
        1,
        format!("Account record of {}", a.name),
        &text::account_text(a),
        None,
        None,
    ));
    for c in &record.contacts {
        out.extend(drafts_of(
            tokens,
            SourceKind::Contact,
            c.id.as_str(),
            None,
            1,
            format!("Contact at {}", a.name),
            &text::contact_text(c),
            None,
            None,
        ));
    }
    for o in &record.opportunities {
        out.extend(drafts_of(
            tokens,
            SourceKind::Opportunity,
            o.id.as_str(),
            None,
            1,
            format!("Opportunity at {}", a.name),
            &text::opportunity_text(o),
            None,
            None,
        ));
    }
    for act in &record.recent_activities {
        let Some(said) = text::activity_text(act) else {
            continue;
        };
        out.extend(drafts_of(
            tokens,
            SourceKind::Activity,
            act.id.as_str(),
            None,
            1,
            text::activity_line(act, &record.contacts),
            &said,
            act.author_id.as_ref().map(|u| u.as_str().to_string()),
            Some(act.at),
        ));
    }
    out
}

/// A current knowledge version as drafts. The header is the bank's
/// question, so the embedding of a two-word answer still knows its topic.
pub struct VersionSource<'a> {
    pub id: &'a str,
    pub question_id: QuestionId,
    pub version: i64,
    pub text: &'a str,
    pub author_id: Option<&'a str>,
    pub approved_at: DateTime<Utc>,
}

pub fn version_drafts(v: &VersionSource<'_>, bank: &Bank, tokens: &TokenCounter) -> Vec<Draft> {
    drafts_of(
        tokens,
        SourceKind::Interview,
        v.id,
        Some(v.question_id),
        v.version,
        bank.question(v.question_id).text.clone(),
        v.text,
        v.author_id.map(str::to_string),
        Some(v.approved_at),
    )
}

/// A field of a record item that holds a typed value (an amount, a date,
/// a count, names) for any question that touches the item: the account's
/// ARR is a figure and its renewal a date whether the question asks "what
/// do they pay us" or "what's the boarding fee per term". Such a value
/// answers a question only when the question asks about the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordField {
    /// The account's profile: "Harrowden College is a mid-market account,
    /// in Education, territory UK East Midlands."
    Profile,
    /// "ARR 64,500."
    Arr,
    /// "The contract renews on 2027-06-30."
    Renewal,
    /// An opportunity's ", amount 8,000".
    Amount,
    /// An opportunity's ", closes 2027-05-31".
    CloseDate,
    /// A contact's "; relationship strength 2 of 5".
    Strength,
}

impl RecordField {
    const ALL: &'static [RecordField] = &[
        RecordField::Profile,
        RecordField::Arr,
        RecordField::Renewal,
        RecordField::Amount,
        RecordField::CloseDate,
        RecordField::Strength,
    ];

    /// The kind of record item that carries the field.
    fn kind(self) -> SourceKind {
        match self {
            RecordField::Profile | RecordField::Arr | RecordField::Renewal => SourceKind::Account,
            RecordField::Amount | RecordField::CloseDate => SourceKind::Opportunity,
            RecordField::Strength => SourceKind::Contact,
        }
    }

    /// Whether the field is a sentence of its own ("ARR 64,500."), which
    /// says what it is about only by its label: the account's fields.
    fn stands_alone(self) -> bool {
        self.kind() == SourceKind::Account
    }

    /// The field as `accounts::text` renders it (the module's test renders
    /// a record and finds every field, so the two cannot drift apart).
    fn pattern(self) -> &'static regex::Regex {
        use std::sync::LazyLock;
        fn re(p: &str) -> regex::Regex {
            regex::Regex::new(p).expect("a valid pattern")
        }
        static PROFILE: LazyLock<regex::Regex> =
            LazyLock::new(|| re(r"^.+ is an? [a-z-]+ account(, in .+?)?(, territory .+?)?\.$"));
        static ARR: LazyLock<regex::Regex> = LazyLock::new(|| re(r"\bARR \d{1,3}(,\d{3})*\.?"));
        static RENEWAL: LazyLock<regex::Regex> =
            LazyLock::new(|| re(r"\bThe contract renews on \d{4}-\d{2}-\d{2}\.?"));
        static AMOUNT: LazyLock<regex::Regex> = LazyLock::new(|| re(r", amount \d{1,3}(,\d{3})*"));
        static CLOSES: LazyLock<regex::Regex> = LazyLock::new(|| re(r", closes \d{4}-\d{2}-\d{2}"));
        static STRENGTH: LazyLock<regex::Regex> =
            LazyLock::new(|| re(r"; relationship strength \d+ of 5"));
        match self {
            RecordField::Profile => &PROFILE,
            RecordField::Arr => &ARR,
            RecordField::Renewal => &RENEWAL,
            RecordField::Amount => &AMOUNT,
            RecordField::CloseDate => &CLOSES,
            RecordField::Strength => &STRENGTH,
        }
    }

    /// Words by which a question asks about the field (lower case, as
    /// `terms::words` reads the question).
    fn cues(self) -> &'static [&'static str] {
        match self {
            RecordField::Profile => &[
                "industry",
                "sector",
                "vertical",
                "segment",
                "territory",
                "region",
                "market",
                "tier",
            ],
            RecordField::Arr => &[
                "arr",
                "revenue",
                "worth",
                "value",
                "spend",
                "spends",
                "spending",
                "pay",
                "pays",
                "paying",
                "paid",
                "contract",
                "annual",
                "annually",
                "yearly",
                "size",
                "big",
                "acv",
                "tcv",
                "subscription",
                "licence",
                "license",
                "bill",
                "billed",
                "billing",
            ],
            RecordField::Renewal => &[
                "renew",
                "renews",
                "renewed",
                "renewal",
                "renewals",
                "renewing",
                "contract",
                "contracts",
                "expire",
                "expires",
                "expiry",
                "expiration",
                "end",
                "ends",
                "term",
                "deal",
                "lapse",
                "lapses",
                "roll",
                "rolls",
                "rollover",
                "run",
                "runs",
            ],
            RecordField::Amount => &[
                "amount",
                "worth",
                "value",
                "size",
                "big",
                "deal",
                "deals",
                "opportunity",
                "opportunities",
                "opp",
                "opps",
                "pipeline",
                "forecast",
                "quote",
                "quoted",
                "quoting",
                "price",
                "priced",
                "pricing",
                "proposal",
                "proposed",
                "renewal",
                "expansion",
                "upsell",
                "arr",
                "acv",
                "tcv",
                "total",
                "order",
            ],
            RecordField::CloseDate => &[
                "close",
                "closes",
                "closing",
                "closed",
                "sign",
                "signs",
                "signed",
                "signing",
                "signature",
                "deal",
                "deals",
                "opportunity",
                "opp",
                "land",
                "lands",
                "book",
                "booked",
                "decision",
                "decide",
                "renewal",
                "renew",
                "expected",
                "target",
            ],
            RecordField::Strength => &["relationship", "relationships", "strength", "strong"],
        }
    }
}

/// What of a sentence of a record item may hold the kind of fact a
/// question asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct FactText<'a> {
    /// The sentence without the values of the record fields the question
    /// does not ask about.
    pub text: std::borrow::Cow<'a, str>,
    /// Whether the sentence is an account field the question asks about
    /// ("ARR 64,500." for "what do they pay us?"): such a sentence names
    /// what it is about only by its label, so it is about the question
    /// although it shares no word with it.
    pub asked_field: bool,
}

/// Reads a sentence of a `kind` item against a question (`said`: its
/// words, lower case). An interview answer or an activity is returned as
/// it is.
pub fn fact_text<'a>(
    kind: SourceKind,
    sentence: &'a str,
    said: &std::collections::HashSet<String>,
) -> FactText<'a> {
    let mut text = std::borrow::Cow::Borrowed(sentence);
    let mut asked_field = false;
    for field in RecordField::ALL.iter().filter(|f| f.kind() == kind) {
        if field.cues().iter().any(|c| said.contains(*c)) {
            asked_field |= field.stands_alone() && field.pattern().is_match(&text);
            continue;
        }
        if let std::borrow::Cow::Owned(cut) = field.pattern().replace_all(&text, "") {
            text = std::borrow::Cow::Owned(cut);
        }
    }
    FactText { text, asked_field }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interview_bm25_text_is_the_answer_alone() {
        assert_eq!(
            sparse_text(SourceKind::Interview, "Who signs?", "Helga signs."),
            "Helga signs."
        );
        assert_eq!(
            sparse_text(SourceKind::Activity, "Email on 2026-09-14", "SLA draft"),
            "Email on 2026-09-14. SLA draft"
        );
    }

    /// A record rendered as `accounts::text` renders it, cut into
    /// sentences as retrieval reads them, each with its kind.
    fn record_sentences() -> Vec<(SourceKind, String)> {
        use crate::accounts::{
            Account, AccountId, Contact, ContactId, ContactRole, Money, Opportunity, OpportunityId,
            RelationshipStrength, Segment,
        };
        let account = Account {
            id: AccountId::parse("acc-harrowden").unwrap(),
            name: "Harrowden College".into(),
            owner_id: None,
            arr: Some(Money::try_from(64_500.0).unwrap()),
            currency: None,
            segment: Segment::MidMarket,
            segment_derived: false,
            industry: Some("Education - independent senior school".into()),
            territory: Some("UK East Midlands".into()),
            renewal_date: Some("2027-06-30".parse().unwrap()),
            contract_notes: Some("Per pupil pricing, capped at 800 pupils".into()),
            source: None,
        };
        let contact = Contact {
            id: ContactId::parse("c-1").unwrap(),
            name: "Pat Doe".into(),
            title: Some("Bursar".into()),
            email: None,
            phone: None,
            role: ContactRole::EconomicBuyer,
            preferred_channel: Some("email".into()),
            relationship_strength: Some(RelationshipStrength::try_from(2).unwrap()),
            notes: None,
        };
        let opportunity = Opportunity {
            id: OpportunityId::parse("o-1").unwrap(),
            name: "Sixth form expansion".into(),
            stage: Some("negotiation".into()),
            amount: Some(Money::try_from(8_000.0).unwrap()),
            close_date: Some("2027-05-31".parse().unwrap()),
            next_step: Some("Send the order form".into()),
        };
        [
            (SourceKind::Account, text::account_text(&account)),
            (SourceKind::Contact, text::contact_text(&contact)),
            (
                SourceKind::Opportunity,
                text::opportunity_text(&opportunity),
            ),
        ]
        .into_iter()
        .flat_map(|(kind, t)| {
            crate::knowledge::chunk::sentences(&t)
                .into_iter()
                .map(move |s| (kind, s))
        })
        .collect()
    }

    #[test]
    fn a_record_field_s_value_holds_a_fact_only_for_a_question_about_it() {
        let sentences = record_sentences();
        let said = |q: &str| -> std::collections::HashSet<String> {
            crate::knowledge::terms::words(q).into_iter().collect()
        };
        // What each question leaves of the record's sentences that carry
        // a field, and what it leaves of the rest.
        let facts = |q: &str| -> Vec<String> {
            sentences
                .iter()
                .map(|(kind, s)| fact_text(*kind, s, &said(q)).text.trim().to_string())
                .filter(|s| !s.is_empty())
                .collect()
        };
        // Every field is found where `accounts::text` puts it: a question
        // about nothing in particular keeps none of their values.
        let bare = facts("What's the boarding fee?");
        assert_eq!(
            bare,
            [
                "Contract notes: Per pupil pricing, capped at 800 pupils.",
                "Pat Doe, Bursar, is the economic buyer; prefers email.",
                "Opportunity Sixth form expansion, stage negotiation.",
                "Next step: Send the order form.",
            ],
            "{bare:?}"
        );
        // A question about a field keeps its value; the values of the
        // fields it does not ask about stay out. (Some words ask about
        // several fields: what a deal is worth is its amount or the ARR.)
        let values = [
            "ARR 64,500",
            "2027-06-30",
            "Education",
            "8,000",
            "2027-05-31",
            "2 of 5",
        ];
        let cases: &[(&str, &[&str])] = &[
            ("What do they pay us a year?", &["ARR 64,500"]),
            (
                "When is Harrowden up for renewal?",
                &["2027-06-30", "8,000", "2027-05-31"],
            ),
            ("Which sector are they in?", &["Education"]),
            (
                "What's the sixth form expansion worth?",
                &["ARR 64,500", "8,000"],
            ),
            (
                "When's the sixth form opp supposed to close?",
                &["8,000", "2027-05-31"],
            ),
            ("How strong is our relationship with Pat?", &["2 of 5"]),
        ];
        for (question, kept) in cases {
            let got = facts(question).join(" ");
            for value in values {
                assert_eq!(
                    got.contains(value),
                    kept.contains(&value),
                    "{question}: {value} in {got}"
                );
            }
        }
        // An account field a question asks about is about the question by
        // its label alone; an opportunity's amount shares its sentence
        // with the opportunity's name, which says what it is about.
        let asked_fields = |q: &str| -> Vec<&str> {
            sentences
                .iter()
                .filter(|(kind, s)| fact_text(*kind, s, &said(q)).asked_field)
                .map(|(_, s)| s.as_str())
                .collect()
        };
        assert_eq!(asked_fields("What do they pay us a year?"), ["ARR 64,500."]);
        assert_eq!(
            asked_fields("When is Harrowden up for renewal?"),
            ["The contract renews on 2027-06-30."]
        );
        assert_eq!(
            asked_fields("What's the sixth form expansion worth?"),
            ["ARR 64,500."]
        );
        assert!(asked_fields("What's the boarding fee?").is_empty());
        // Interview answers and activities are read as they are.
        let said_nothing = said("What's the fee?");
        for kind in [SourceKind::Interview, SourceKind::Activity] {
            let s = "ARR 64,500. The contract renews on 2027-06-30.";
            let read = fact_text(kind, s, &said_nothing);
            assert_eq!((read.text.as_ref(), read.asked_field), (s, false));
        }
    }
}
