//! What a question asks, read against one account's vocabulary.
//!
//! A question's content words are what an excerpt must speak of. Some of
//! them the account's knowledge never uses; that may mean the thing asked
//! about was never captured, or only that the successor says it in other
//! words than the owner did. Before a word counts as unknown it is given
//! three chances to be a paraphrase:
//! - a term of one of its groups in `question_bank/paraphrases.toml`
//!   ("freebies" / "waived") occurs in the account;
//! - it is an abbreviation whose words occur in the account, or the
//!   reverse ("QBR" / "quarterly business review"); two letters count
//!   only when the question writes them as capitals ("PS hours") and two
//!   of the texts found spell them out the same way;
//! - it is a name the successor clipped: three letters, capital first,
//!   rare in English, that start exactly one word of the account ("Kal" /
//!   "Kalgoorlie").
//!
//! The alternatives found stand in for the word when excerpts are scored.

use std::collections::HashSet;

use super::terms::{self, Vocab, WordSet};
use crate::bank::Paraphrases;

/// Words skipped when reading initials: "statement of work" is SOW.
const INITIALS_SKIP: &[&str] = &["of", "and", "the", "for", "to", "in", "on"];

/// One content word of a question.
#[derive(Debug, Clone)]
pub struct Word {
    pub word: String,
    pub stem: String,
    /// How much it says in this account: rare in the account, more.
    pub weight: f32,
    /// Other ways the account says it (each a term's content words with
    /// their stems); used only when the account does not use the word.
    pub alternatives: Vec<Vec<(String, String)>>,
    /// The account uses the word itself.
    pub known: bool,
}

/// A question, read against an account.
#[derive(Debug, Clone)]
pub struct Asked {
    pub words: Vec<Word>,
    /// Names in the question (capitalized words, acronyms, numbers), each
    /// as its words and stems, with whether the account mentions it.
    pub names: Vec<AskedName>,
    /// Content words that are neither the account's, nor paraphrases of
    /// its words, nor the question bank's framing.
    pub unknown: Vec<String>,
    /// Their summed specificity (how rare they are in English).
    pub unknown_specificity: f32,
    /// The most specific of them.
    pub unknown_max: f32,
    /// The most specific content word the account does use (or says
    /// otherwise).
    pub known_max: f32,
    /// The specificity of all content words together.
    pub total_specificity: f32,
    /// Indexes into `words` of the question's focus: its most specific
    /// words the account does use (what an answer must be about).
    pub focus: Vec<usize>,
    /// The kind of fact the question asks for.
    pub wants: Wants,
    /// For a figure, what it is counted in: an amount (money, or a share
    /// of it), a share, or anything.
    pub measure: Measure,
    /// Every word of the question, lower case: a fact an answer gives is
    /// not one of them.
    pub said: HashSet<String>,
    /// For a reaction: whose ("what did *Linda* think"), as words and
    /// stems; empty when the question does not say or says "they".
    pub subject: Vec<(String, String)>,
    /// The words of the account's own name: the account is not the
    /// person nor the thing a question asks it about.
    pub account: HashSet<String>,
    /// The post the question asks who fills ("who's the *new CAO*", "who
    /// did they hire as *CNIO*"), read when it asks for a person.
    pub post: Option<Post>,
    /// Whose surname the question asks for, when it names them ("what's
    /// Craig's surname?"): only the word after their name says it.
    pub surname: Option<String>,
}

/// A post a question asks who fills: its words, and whether it is a new
/// one. A sentence names who fills it only with a name within
/// [`NEAR`] words of the post ("the new Chair of Governors, Rosalind
/// Achterberg"), and a new post only where the sentence says it is new
/// ("the CAO, Rick Sauvé, is retiring, and the new CAO will land" names
/// the old one).
#[derive(Debug, Clone, PartialEq)]
pub struct Post {
    pub words: Vec<String>,
    pub new: bool,
}

/// The post a question asks who fills: the words after "who's the new",
/// "the name of the incoming", "hired as (the new)", "appointed as"; up
/// to three, to the first function word or, after the first, verb form
/// ("the new processing manager they're bringing in", "the new head
/// merchant starting in May").
pub fn asked_post(question: &str) -> Option<Post> {
    static POST: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"\b(?:(?:who(?:'s|’s|s| is| was| will be| are)|name of)\s+(?:the|their|its)\s+(new|incoming)|(?:hire|hired|hiring|appoint|appointed|appointing)\s+as\s+(?:(?:the|a|an)\s+)?(new\s+|incoming\s+)?)\s*(.*)",
        )
        .expect("a valid pattern")
    });
    let lower = question.to_lowercase();
    let c = POST.captures(&lower)?;
    let new = c.get(1).is_some() || c.get(2).is_some();
    let words: Vec<String> = terms::words(c.get(3).map_or("", |m| m.as_str()))
        .into_iter()
        .enumerate()
        .take_while(|(i, x)| !terms::is_stopword(x) && (*i == 0 || !x.ends_with("ing")))
        .take(3)
        .map(|(_, x)| x)
        .collect();
    (!words.is_empty()).then_some(Post { words, new })
}

/// Whose surname a question asks for, as the word for them it says:
/// "Craig" in "what's craig's surname?", "what's the last name of Craig?".
/// Not a post ("the GM's full name"): any name after it may answer that.
fn whose_surname(words: &[String]) -> Option<String> {
    let asks = |i: usize| {
        words.get(i).is_some_and(|w| w == "surname")
            || (words
                .get(i)
                .is_some_and(|w| matches!(w.as_str(), "last" | "family" | "full" | "second"))
                && words.get(i + 1).is_some_and(|w| w == "name"))
    };
    let name = |w: &String| {
        !terms::is_stopword(w)
            && !PERSON_NOUNS.contains(&w.as_str())
            && !ROLE_WORDS.contains(&w.as_str())
            && w.chars().all(char::is_alphabetic)
    };
    (0..words.len()).find_map(|i| {
        // "craig's surname": the words are "craig", "s", "surname".
        if i >= 2 && asks(i) && words[i - 1] == "s" && name(&words[i - 2]) {
            return Some(words[i - 2].clone());
        }
        // "the surname of craig", "last name of craig".
        let of = if words[i] == "surname" { i + 1 } else { i + 2 };
        (asks(i) && words.get(of).is_some_and(|w| w == "of"))
            .then(|| words.get(of + 1))
            .flatten()
            .filter(|w| name(w))
            .cloned()
    })
}

/// Words for a post rather than a person's name, besides
/// [`PERSON_NOUNS`]: "the GM's surname" may be answered by any name
/// beside the post.
const ROLE_WORDS: &[&str] = &[
    "gm",
    "ceo",
    "cfo",
    "coo",
    "cto",
    "cio",
    "md",
    "boss",
    "head",
    "chair",
    "owner",
    "lead",
    "chief",
    "officer",
    "president",
    "founder",
    "assistant",
    "buyer",
    "champion",
];

crate::string_enum!(
    /// The kind of fact a question asks for, when it names one: a person
    /// ("who", "the name of"), a figure ("how much", "cost"), a date or
    /// time ("when"), a phone number, an email address, someone's reaction
    /// ("what did Linda think of the demo"), how something turned out
    /// ("what came out of the review"), the name of a thing: a product,
    /// a vendor, a place ("which CMMS do they run", "a good steakhouse in
    /// Boise"), or a reference: a ticket, PO or case number ("what's the
    /// ticket # for the outage?").
    Wants {
        Anything => "anything",
        Person => "person",
        Figure => "figure",
        Date => "date",
        Phone => "phone",
        Email => "email",
        Reaction => "reaction",
        Outcome => "outcome",
        Name => "name",
        Reference => "reference",
    }
);

/// Words that ask for an amount of money, or a share of one: a figure.
const MONEY_WORDS: &[&str] = &[
    "cost", "costs", "costing", "price", "priced", "charge", "charging", "charged", "paid",
    "budget", "worth", "spend", "spent", "fee", "fees", "quote", "quoting", "quoted", "bid",
    "bidding", "payout", "salary", "revenue", "uplift", "margin",
];

/// Other words that ask for a figure.
const FIGURE_WORDS: &[&str] = &[
    "amount",
    "percent",
    "percentage",
    "accuracy",
    "rate",
    "ratio",
    "headcount",
    "figure",
    "total",
    "volume",
    "score",
    "estimate",
];

/// What a figure a question asks for is counted in: an amount, of money
/// or a share ("how much is FarmPulse charging", "how much did the price
/// go up": $9 a pump, 5%), a share only ("the click rate", "forecast
/// accuracy"), or anything else (a count, a score, a volume).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Measure {
    #[default]
    Any,
    Amount,
    Share,
}

/// Words that say the figure a question asks for is an amount, besides
/// [`MONEY_WORDS`], though they do not ask for one themselves ("did we
/// give a discount?" asks whether).
const AMOUNT_WORDS: &[&str] = &[
    "pay",
    "paying",
    "invoice",
    "invoiced",
    "dollars",
    "euros",
    "pounds",
    "arr",
    "acv",
    "mrr",
    "credited",
    "refund",
    "refunded",
    "fine",
    "fined",
    "penalty",
    "discount",
    "increase",
    "rise",
    "raise",
    "premium",
    "markup",
    "escalator",
];

/// Words by which a question asks for a share.
const SHARE_WORDS: &[&str] = &[
    "percent",
    "percentage",
    "accuracy",
    "ratio",
    "churn",
    "utilisation",
    "utilization",
    "occupancy",
    "rate",
];

/// What a question that asks for a figure counts it in ([`Measure`]).
/// A rate is a share unless money is said ("the hourly rate": an amount).
/// A question that asks two things ("what did the repair cost, and
/// what's the ticket?") may be told its other figure: anything.
pub fn measure(question: &str) -> Measure {
    let w = terms::words(&question.to_lowercase());
    let has = |list: &[&str]| w.iter().any(|x| list.contains(&x.as_str()));
    let asks = w
        .iter()
        .filter(|x| QUESTION_WORDS.contains(&x.as_str()))
        .count();
    if asks > 1 {
        Measure::Any
    } else if has(MONEY_WORDS)
        || has(AMOUNT_WORDS)
        || has(&["hourly", "daily", "monthly", "annual", "card"])
    {
        Measure::Amount
    } else if has(SHARE_WORDS) {
        Measure::Share
    } else {
        Measure::Any
    }
}

/// Whether a sentence tells an amount of money: a currency sign or code
/// beside a number ("$48,500", "EUR 40k", "54,000 dollars"), thousands
/// or millions in short ("40k", "1.2M"), or a record's amount ("ARR
/// 265,000", "amount 4,800").
fn tells_money(sentence: &str) -> bool {
    static MONEY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?ix)
            [$€£¥₹]\s?\d
            | \b\d[\d,.]*\s?(?:k|m|mm|bn)\b
            | \b\d[\d,.]*\s*(?:dollars?|euros?|pounds?|quid|grand|bucks|cents?|pence|usd|eur|gbp|cad|aud|nzd|chf|sek|nok|dkk|zar)\b
            | \b(?:thousand|million|billion)\s+(?:dollars|euros|pounds|a\s+year|a\s+month|per|annually)\b
            | \b(?:usd|eur|gbp|cad|aud|nzd|chf|sek|nok|dkk|zar|arr|acv|mrr|amount)\s*[$€£]?\d
            | \bgrand\b",
        )
        .expect("a valid pattern")
    });
    MONEY.is_match(sentence)
}

/// Whether a sentence tells a share: a percentage, or points.
fn tells_share(sentence: &str) -> bool {
    static SHARE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\d\s?%|\bper\s?cent\b|\b\d[\d.]*\s?(?:points|pts|bps|pp)\b|\bhalf\b",
        )
        .expect("a valid pattern")
    });
    SHARE.is_match(sentence)
}

/// Phrases that ask for a figure besides [`FIGURE_WORDS`] and
/// [`MONEY_WORDS`].
const FIGURE_PHRASES: &[&str] = &[
    "how much",
    "how many",
    "how big",
    "how large",
    "how steep",
    "number of",
    "come to",
    "came to",
    "pay out",
    "paying out",
];

/// Nouns for a kind of thing that goes by a name: "what *software* do
/// they run" asks for the product's name.
const NAMED_KINDS: &[&str] = &[
    "software",
    "system",
    "tool",
    "vendor",
    "provider",
    "platform",
    "supplier",
    "competitor",
    "product",
    "brand",
    "erp",
    "crm",
    "app",
    "bank",
    "insurer",
    "carrier",
    "partner",
    "consultancy",
    "agency",
    "firm",
    "package",
    "service",
    "restaurant",
    "pub",
    "bar",
    "hotel",
    "spot",
    "spots",
    "place",
    "union",
    "party",
];

/// The words that ask an open question.
const QUESTION_WORDS: &[&str] = &[
    "what", "whats", "who", "whom", "whose", "when", "where", "which", "how", "why",
];

/// Words that open a yes/no question.
const AUXILIARIES: &[&str] = &[
    "did", "do", "does", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will",
    "would", "should", "any",
];

/// Words that place something in time, besides month and day names
/// (`terms::is_time_word`): a date in words.
const PERIOD_WORDS: &[&str] = &[
    "week",
    "weeks",
    "month",
    "months",
    "quarter",
    "q1",
    "q2",
    "q3",
    "q4",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
    "year",
    "years",
    "days",
    "tomorrow",
    "yesterday",
    "today",
];

// `string_enum!` takes no `#[default]` on a variant, so this cannot be derived.
#[allow(clippy::derivable_impls)]
impl Default for Wants {
    fn default() -> Self {
        Wants::Anything
    }
}

impl Wants {
    /// Whether the fact is often told over two sentences (a person, then
    /// what they thought of it: "Linda saw the demo. She loved it.").
    pub fn spans_sentences(self) -> bool {
        matches!(self, Wants::Reaction)
    }

    /// Whether the abstention classifier reads this kind (`answer_type`,
    /// `typed_cooc`, `asks_kind`). Not a reference: the tuning sets have
    /// no unanswerable question asking for one to fit it on, and a ticket
    /// number is often in the body of the email, not in the sentence about
    /// what the question asks; so a reference question is decided as an
    /// open one, and the kind only chooses what is shown (the sentence
    /// with the code, a record item holding one).
    pub fn read_by_abstention(self) -> bool {
        !matches!(self, Wants::Anything | Wants::Reference)
    }
}

/// Phrases that ask for someone's reaction, view or position.
const REACTION_PHRASES: &[&str] = &[
    "think of",
    "think about",
    "thought of",
    "thought about",
    "thinks of",
    "thinks about",
    "make of",
    "made of",
    "reckon",
    "feel about",
    "felt about",
    "feels about",
    "react",
    "take on",
    "view on",
    "views on",
    "view of",
    "opinion",
    "position on",
    "stance",
    "feedback on",
    "verdict on",
    "like the",
    "happy with",
    "impressed",
    "stand on",
    "stands on",
    "say about",
    "said about",
    "reaction to",
];

/// Words that say where someone stands: a view, a feeling, a position,
/// reported speech. A reaction is captured only in a sentence that has one.
const STANCE_WORDS: &[&str] = &[
    "think",
    "thinks",
    "thought",
    "reckons",
    "reckoned",
    "feels",
    "felt",
    "like",
    "likes",
    "liked",
    "love",
    "loves",
    "loved",
    "hate",
    "hates",
    "hated",
    "dislike",
    "dislikes",
    "disliked",
    "keen",
    "sceptical",
    "skeptical",
    "happy",
    "unhappy",
    "pleased",
    "impressed",
    "unimpressed",
    "excited",
    "enthusiastic",
    "lukewarm",
    "cautious",
    "nervous",
    "hesitant",
    "worried",
    "concerned",
    "frustrated",
    "annoyed",
    "angry",
    "upset",
    "fan",
    "against",
    "favour",
    "favor",
    "support",
    "supports",
    "supported",
    "supportive",
    "oppose",
    "opposes",
    "opposed",
    "resist",
    "resists",
    "resisted",
    "resistant",
    "push",
    "pushed",
    "pushing",
    "pushback",
    "objected",
    "objects",
    "agreed",
    "agrees",
    "disagreed",
    "disagrees",
    "prefers",
    "preferred",
    "wants",
    "wanted",
    "said",
    "says",
    "told",
    "tells",
    "views",
    "opinion",
    "stance",
    "approved",
    "rejected",
    "blocked",
    "positive",
    "negative",
    "warm",
    "cold",
    "convinced",
    "unconvinced",
    "championed",
    "champion",
    "doubts",
    "doubted",
    "questioned",
    "believes",
    "believed",
    "sees",
    "considers",
    "considered",
    "called",
    "calls",
    "complained",
    "complains",
    "complaint",
    "praised",
    "praises",
    "trusts",
    "trusted",
    "distrusts",
    "rates",
    "rated",
    "wary",
    "irritated",
    "delighted",
    "thrilled",
    "disappointed",
    "worry",
    "worries",
    "concern",
    "concerns",
    "reaction",
    "reacted",
    "responded",
    "feedback",
    "verdict",
];

/// Phrases that ask how something turned out.
const OUTCOME_PHRASES: &[&str] = &[
    "come out of",
    "came out of",
    "outcome",
    "result",
    "turn up",
    "turned up",
    "root cause",
    "conclusion",
    "decide",
    "decision",
    "go through",
    "went through",
    "pan out",
    "panned out",
    "what did it find",
    "did it find",
    "find?",
    "found?",
    "where do things stand",
    "where things stand",
    "status of",
];

/// Things written down whose content a question may ask for ("what did
/// the procurement decision note say?"), not findings.
const WRITINGS: &[&str] = &[
    "note", "notes", "email", "emails", "mail", "memo", "letter", "message", "text", "minutes",
    "thread", "document", "doc", "deck",
];

/// Things whose findings a question asks for when it asks what they said
/// ("what did the SOC 2 report say").
const FINDING_KINDS: &[&str] = &[
    "report",
    "audit",
    "review",
    "survey",
    "test",
    "inspection",
    "assessment",
    "study",
    "analysis",
    "readout",
    "evaluation",
];

/// Whose reaction a question asks for: the words between the auxiliary
/// and the verb ("what did *Linda* think of", "how did *the CFO* react")
/// or before a possessive view ("*Oskar's* take on"), function words and
/// pronouns out.
pub fn reaction_subject(question: &str) -> Vec<String> {
    static VERB: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"\b(?:did|does|do|has|have|is|was|would|will)\s+((?:[\w.'’-]+\s+){1,3}?)(?:think|thought|make|made|reckon|reckoned|feel|felt|react|reacted|like|liked|say|said)\b",
        )
        .expect("a valid pattern")
    });
    static POSSESSIVE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"([\w.-]+)(?:'s|’s)\s+(?:take|view|views|position|stance|opinion|feedback|verdict|reaction)\b",
        )
        .expect("a valid pattern")
    });
    const PRONOUNS: &[&str] = &[
        "they", "he", "she", "we", "you", "i", "them", "their", "team",
    ];
    let lower = question.to_lowercase();
    let said = VERB
        .captures(&lower)
        .or_else(|| POSSESSIVE.captures(&lower))
        .and_then(|c| c.get(1))
        .map(|m| m.as_str().to_string())
        .unwrap_or_default();
    terms::words(&said)
        .into_iter()
        .filter(|w| !terms::is_stopword(w) && !PRONOUNS.contains(&w.as_str()))
        .collect()
}

/// Words that tell how something turned out: a finding, a decision, a
/// result.
const RESULT_WORDS: &[&str] = &[
    "found",
    "finds",
    "showed",
    "shown",
    "shows",
    "revealed",
    "concluded",
    "conclusion",
    "decided",
    "decision",
    "agreed",
    "approved",
    "rejected",
    "passed",
    "failed",
    "chose",
    "picked",
    "selected",
    "went",
    "turned",
    "ended",
    "came",
    "result",
    "results",
    "resulted",
    "outcome",
    "verdict",
    "flagged",
    "identified",
    "recommended",
    "discovered",
    "uncovered",
    "caused",
    "cause",
    "fixed",
    "resolved",
    "settled",
    "signed",
    "awarded",
    "won",
    "lost",
    "cleared",
    "completed",
    "finished",
    "closed",
    "dropped",
    "cancelled",
    "canceled",
    "hired",
    "appointed",
];

/// Whether a sentence, as its words (`terms::words`), tells how something
/// turned out, in a word the question does not say itself (`said`: "what
/// was the root cause" is not told by "the root cause call"). "Won't" is not "won" (`terms::words`
/// splits it at the apostrophe); "the decision maker" is a person, not a
/// decision.
fn tells_result(words: &[String], said: &HashSet<String>) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).map(String::as_str);
        let no_result = said.contains(w)
            || (w == "won" && next == Some("t"))
            || (w == "decision" && next.is_some_and(|n| n.starts_with("maker")));
        RESULT_WORDS.contains(&w.as_str()) && !no_result
    })
}

/// Words that put a sentence in the future: what is planned has no
/// outcome yet.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "ll",
    "gonna",
    "scheduled",
    "planned",
    "planning",
    "booked",
    "upcoming",
    "next",
    "pending",
    "awaiting",
    "tbc",
    "tbd",
    "expected",
    "expects",
    "hoping",
    "intend",
    "intends",
    "confirming",
];

/// Phrases that put a sentence in the future or leave it pending, as
/// words (`terms::words` splits "hasn't" into "hasn" and "t").
const FUTURE_PHRASES: &[&str] = &[
    "going to",
    "yet to",
    "not yet",
    "due to",
    "due in",
    "due on",
    "is due",
    "are due",
    "still being",
    "wait for",
    "hasn t",
    "haven t",
    "has not",
    "have not",
];

/// Whether a sentence, as its words, is about what is planned, booked or
/// still pending ("Tasha will present the results", "confirming the workshop on 14
/// October", "pricing hasn't approved it"), in whole words.
fn is_future(words: &[String]) -> bool {
    words.iter().any(|w| FUTURE_WORDS.contains(&w.as_str()))
        || FUTURE_PHRASES.iter().any(|p| terms::says_phrase(words, p))
}

fn is_date_word(w: &str) -> bool {
    terms::tells_time(w) || PERIOD_WORDS.contains(&w)
}

/// Phrases by which the owner says that a fact is not known or not yet
/// settled ("whose name I don't have", "that person hasn't been named",
/// "whoever lands the job", "find out who"), as words (`terms::words`
/// splits "don't" into "don" and "t").
const UNKNOWN_PHRASES: &[&str] = &[
    "i don t have",
    "i do not have",
    "i don t know",
    "i do not know",
    "we don t know",
    "we do not know",
    "no idea",
    "not been named",
    "hasn t been named",
    "haven t been named",
    "not named",
    "not yet named",
    "whoever",
    "find out",
    "tbc",
    "tbd",
    "to be confirmed",
    "unknown",
    "undisclosed",
    "not disclosed",
    "wouldn t say",
    "won t say",
    "didn t say",
    "never said",
    "did not know",
    "didn t know",
    "does not know",
    "doesn t know",
    "don t know who",
    "don t know what",
    "don t know how",
    "not known",
    "not sure",
    "unclear",
    "no word",
    "haven t heard",
    "have not heard",
    "hasn t said",
    "has not said",
    "not confirmed",
    "can t say",
    "cannot say",
    "never found out",
    "never told",
];

/// Whether a sentence, as its words, says that something is not known or
/// not yet settled ([`UNKNOWN_PHRASES`]).
pub fn says_unknown(words: &[String]) -> bool {
    UNKNOWN_PHRASES.iter().any(|p| terms::says_phrase(words, p))
}

/// A year as a sentence writes it: four digits from 1950 to 2049, written
/// as such ("1,900 hours" is a figure, though `terms::words` reads it
/// "1900").
fn is_year(w: &str, sentence: &str) -> bool {
    w.len() == 4
        && w.parse::<u32>().is_ok_and(|y| (1950..=2049).contains(&y))
        && sentence.contains(w)
}

/// Whether a token of a sentence (as split at spaces) is a reference: a
/// code in capitals with two digits or more ("SUP-4471", "HC-PO-11873",
/// "INC0012345"), digits joined by a hyphen or a slash that are no date
/// ("118-20455"), a number after "#" ("#88213"), or four digits or more
/// on their own that are no year ("PO 4500123"). Not a date
/// ("2026-02-26", "11/03"), a period ("Q2", "FY25"), an amount
/// ("$47,300", "2,600"), a time, a count with its unit ("12-month",
/// "40k"), nor a model with one digit ("KX3").
fn is_reference(token: &str) -> bool {
    let t = token.trim_matches(|c: char| !c.is_alphanumeric() && c != '#');
    let digits = t.chars().filter(char::is_ascii_digit).count();
    if digits == 0 || t.contains([',', '$', '£', '€', '%', ':']) {
        return false;
    }
    if let Some(n) = t.strip_prefix('#') {
        return !n.is_empty() && n.chars().all(|c| c.is_ascii_digit());
    }
    let joined = t.contains(['-', '/']);
    if !t.chars().any(|c| c.is_ascii_alphabetic()) {
        // Parts of one or two digits, or four (a year): a date.
        let parts: Vec<usize> = t.split(['-', '/']).map(str::len).collect();
        let date = parts.iter().all(|&n| n <= 2 || n == 4);
        return if joined {
            !date
        } else {
            digits >= 4 && !is_year(t, t)
        };
    }
    let upper = !t.chars().any(|c| c.is_ascii_lowercase());
    let period = (t.starts_with(['Q', 'H']) && t.len() <= 2)
        || (t.starts_with("FY") && t[2..].chars().all(|c| c.is_ascii_digit()));
    upper && !period && digits >= 2 && t.chars().count() >= 3
}

/// Whether the `i`th of a sentence's words belongs to a date rather than
/// telling a figure: a year, a period ("Q2"), a day beside a month ("1
/// November", "Nov 18th"), or the month and day after a year
/// ("2026-02-26").
fn part_of_date(words: &[String], i: usize, sentence: &str) -> bool {
    let w = words[i].as_str();
    if is_year(w, sentence) || is_date_word(w) {
        return true;
    }
    let day = |x: &str| {
        ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| x.strip_suffix(s))
            .unwrap_or(x)
            .parse::<u32>()
            .is_ok_and(|d| (1..=31).contains(&d))
    };
    if !day(w) {
        return false;
    }
    // The month's day, unless the month has one on its other side ("on 1
    // November 14 nurses").
    let beside_month = [(i.wrapping_sub(1), i.wrapping_sub(2)), (i + 1, i + 2)]
        .iter()
        .any(|&(m, other)| {
            words.get(m).is_some_and(|x| terms::is_time_word(x))
                && !words.get(other).is_some_and(|x| day(x))
        });
    let after_year = (i.saturating_sub(2)..i)
        .any(|j| is_year(&words[j], sentence) && sentence.contains(&format!("{}-", words[j])));
    beside_month || after_year
}

/// How many words apart a fact and what it is about may stand in a
/// sentence for the sentence to tell the one of the other: "Their CMMS is
/// Maximo", "FarmPulse quoted them $9 a pump", not a name or a number
/// further along that belongs to something else.
const NEAR: usize = 4;

/// Whether the word at `i` stands within [`NEAR`] words of one of
/// `positions`.
/// Where a post stands among a sentence's words: its words (the same
/// word in another form: "merchant", "merchandising"), and for a new post
/// only where "new" or "incoming" comes within three words before.
fn post_positions(post: &Post, words: &[String]) -> Vec<usize> {
    words
        .iter()
        .enumerate()
        .filter(|(i, x)| {
            post.words.iter().any(|w| terms::same_word(w, x))
                && (!post.new
                    || words[i.saturating_sub(3)..*i]
                        .iter()
                        .any(|y| y == "new" || y == "incoming"))
        })
        .map(|(i, _)| i)
        .collect()
}

fn near(positions: &[usize], i: usize) -> bool {
    positions.iter().any(|&q| q != i && q.abs_diff(i) <= NEAR)
}

/// Number words: a figure in words.
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "dozen",
    "half", "double", "twice", "triple",
];

/// Whether a question asks for an email address ("got an email for
/// Brad?", "the broker's email", "her email address", "how do I email
/// him?"), not about email ("the fake paycheck email fiasco", "will an
/// email do?", "does he do email?").
fn asks_an_address(lower: &str) -> bool {
    static ADDRESS: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r"(?x)
            \be-?mails?\s+(addr(ess(es)?)?|for|of)\b
            | (\w['’]s|\b(his|her|their|your|my))\s+e-?mails?\b
            | \bhow\s+(do|can|should)\s+(i|we)\s+e-?mail\b
            | \bwhat(['’]?s|\s+is)\s+the\s+e-?mail\b",
        )
        .expect("a valid pattern")
    });
    ADDRESS.is_match(lower)
}

/// Prepositions that open what a question is about ("what did we settle
/// *about* the accuracy check", "his hang-up *with* our rate"): a figure
/// word after one names the topic, not the figure asked for.
const TOPIC_PREPOSITIONS: &[&str] = &["about", "with", "over", "regarding", "re", "around"];

/// Whether the `i`th word stands within four words after a topic
/// preposition.
fn in_topic_phrase(w: &[String], i: usize) -> bool {
    w[i.saturating_sub(4)..i]
        .iter()
        .any(|x| TOPIC_PREPOSITIONS.contains(&x.as_str()))
}

/// Nouns for a person: "which *stakeholder*", "which of their
/// *execs*" asks who.
const PERSON_NOUNS: &[&str] = &[
    "person",
    "people",
    "stakeholder",
    "stakeholders",
    "contact",
    "contacts",
    "exec",
    "execs",
    "executive",
    "executives",
    "manager",
    "managers",
    "director",
    "directors",
    "guy",
    "lady",
    "engineer",
    "rep",
];

/// Whether "which" leads to a person ("which stakeholder", "which of
/// their execs"): the question asks who.
fn asks_which_person(w: &[String]) -> bool {
    w.iter().position(|y| y == "which").is_some_and(|i| {
        w[i + 1..]
            .iter()
            .take(3)
            .any(|x| PERSON_NOUNS.contains(&x.as_str()))
    })
}

/// What kind of fact `question` asks for.
pub fn wants(question: &str) -> Wants {
    let lower = question.to_lowercase();
    let w = terms::words(&lower);
    let has = |x: &str| w.iter().any(|y| y == x);
    let phrase = |x: &str| lower.contains(x);
    // A question about reasons wants the story, whatever it names.
    if ["why", "reason", "reasons", "driving", "motive"]
        .iter()
        .any(|x| has(x))
    {
        return Wants::Anything;
    }
    let yes_no = w.first().is_some_and(|x| AUXILIARIES.contains(&x.as_str()));
    // The question word that leads: "what's the dress code when visiting"
    // asks what, not when.
    let wh = w
        .iter()
        .map(String::as_str)
        .find(|x| QUESTION_WORDS.contains(x));
    // Someone's view of a price is a view, not a figure.
    if REACTION_PHRASES.iter().any(|p| phrase(p)) && !has("who") {
        return Wants::Reaction;
    }
    if asks_an_address(&lower) {
        return Wants::Email;
    }
    // "mobile" is a phone unless it is the app ("the mobile app").
    let mobile = has("mobile")
        && ![
            "app",
            "apps",
            "application",
            "device",
            "devices",
            "version",
            "site",
        ]
        .iter()
        .any(|x| phrase(&format!("mobile {x}")));
    if has("phone") || mobile || has("cell") || has("telephone") || phrase("direct line") {
        return Wants::Phone;
    }
    // "What's their cost-cutting push called?" asks for its name.
    if matches!(wh, Some("what" | "whats"))
        && w.last().is_some_and(|x| x == "called" || x == "named")
    {
        return Wants::Name;
    }
    // "Did we promise a price freeze?" asks whether, not how much. "Who
    // got upset when a quote went to Linda?" asks for a person, "when did
    // the invoice get paid?" for a date.
    let asks_whom = ["who", "whom", "whose"].iter().any(|x| has(x));
    if FIGURE_PHRASES.iter().any(|p| phrase(p))
        || (!yes_no
            && !asks_whom
            && wh != Some("when")
            && w.iter().enumerate().any(|(i, x)| {
                FIGURE_WORDS.iter().chain(MONEY_WORDS).any(|f| f == x) && !in_topic_phrase(&w, i)
            }))
    {
        return Wants::Figure;
    }
    // "Did we waive anything when they signed?": "when" is not the question.
    // "When", or "when" joined to the leading question word ("where and
    // when"); not "when" in a clause ("who do I call when it breaks").
    if (!yes_no && (wh == Some("when") || phrase("and when") || phrase("or when")))
        || phrase("by when")
        || phrase("what date")
        || phrase("which date")
        || phrase("what day")
        || w.windows(2).any(|p| p[0] == "what" && p[1] == "time")
        || phrase("how long")
    {
        return Wants::Date;
    }
    if has("who")
        || has("whom")
        || has("whose")
        || asks_which_person(&w)
        || phrase("name of")
        || phrase("surname")
        || phrase("whats the name")
        || phrase("what's the name")
        || phrase("what is the name")
    {
        return Wants::Person;
    }
    if !yes_no && asks_a_reference(&w, &lower) {
        return Wants::Reference;
    }
    // "What did the comparison show?", "what did the SOC 2 report say?"
    let says = ["say", "says", "said"].iter().any(|x| has(x));
    let finding = FINDING_KINDS.iter().any(|x| has(x));
    let shown = wh == Some("what")
        && (["show", "shows", "showed"].iter().any(|x| has(x)) || (says && finding));
    // "What could make June decide to leave?" asks what might happen,
    // not how something turned out.
    let hypothetical = ["could", "would", "might"].iter().any(|x| has(x));
    // "What did the procurement decision note say?" asks what a note
    // says: "decision" names the note, and no outcome is asked for.
    let quoted = says && !finding && WRITINGS.iter().any(|x| has(x));
    if !hypothetical
        && !quoted
        && ((has("how") && (has("go") || has("went")))
            || shown
            || OUTCOME_PHRASES.iter().any(|p| phrase(p)))
    {
        return Wants::Outcome;
    }
    if asks_a_name(&w, wh, yes_no) {
        return Wants::Name;
    }
    Wants::Anything
}

/// Things known by a number: "the ticket #", "their PO number", "the
/// credit memo number", "which claim number".
const NUMBERED_THINGS: &[&str] = &[
    "ticket",
    "case",
    "claim",
    "po",
    "invoice",
    "order",
    "incident",
    "sow",
    "quote",
    "cert",
    "certificate",
    "memo",
    "note",
    "file",
    "request",
    "supplier",
    "vendor",
    "policy",
    "tracking",
    "confirmation",
    "booking",
    "rma",
    "job",
];

/// Words after a numbered thing that ask for its number.
const NUMBER_MARKERS: &[&str] = &["number", "no", "num", "id", "ref", "reference", "code"];

/// Whether a question (its words, and the question lower case) asks for a
/// reference: "the ref", "which reference", a numbered thing's number
/// ("ticket #", "PO number", "credit memo no."), or a ticket or a PO
/// itself ("what was the ticket", "what PO did they raise"). Not a
/// reference customer, nor a reference call ("would they be a
/// reference?").
fn asks_a_reference(w: &[String], lower: &str) -> bool {
    let referee = |i: usize| {
        w.get(i + 1).is_some_and(|n| {
            [
                "customer",
                "customers",
                "call",
                "calls",
                "site",
                "account",
                "check",
                "checks",
            ]
            .contains(&n.as_str())
        }) || (i > 0 && matches!(w[i - 1].as_str(), "a" | "with"))
    };
    let reference = w
        .iter()
        .enumerate()
        .any(|(i, x)| (x == "ref" || x == "refs" || x == "reference") && !referee(i));
    let numbered = w.iter().enumerate().any(|(i, x)| {
        NUMBERED_THINGS.contains(&x.as_str())
            && (w
                .get(i + 1)
                .is_some_and(|n| NUMBER_MARKERS.contains(&n.as_str()))
                || lower.contains(&format!("{x} #"))
                || lower.contains(&format!("{x}#")))
    });
    // "What was the ticket?", "what PO did they raise?": the ticket or
    // the PO is what the question asks, not its status.
    let filler = |n: &String| terms::is_stopword(n) || AUXILIARIES.contains(&n.as_str());
    let itself = w.iter().enumerate().any(|(i, x)| {
        let skipped = w[i + 1..].iter().take_while(|n| filler(n)).count();
        matches!(x.as_str(), "what" | "whats" | "which")
            && skipped < 3
            && w.get(i + 1 + skipped)
                .is_some_and(|n| n == "ticket" || n == "po")
    });
    reference || numbered || itself
}

/// Whether a question (as its words, and its leading question word) asks
/// for the name of a thing: "which" before a noun ("which ACO", "which
/// competitor is he going to"), "what" a few words before a kind of thing
/// that goes by a name ("what accounting software"), a recommendation ("a
/// good steakhouse"), or a choice left open ("QuickBooks or something
/// else"; these two also in a yes/no question: "any good spots near the
/// yard?").
fn asks_a_name(w: &[String], wh: Option<&str>, yes_no: bool) -> bool {
    let at = |x: &str| w.iter().position(|y| y == x);
    let which = at("which").is_some_and(|i| {
        w.get(i + 1)
            .is_some_and(|n| !terms::is_stopword(n) && !AUXILIARIES.contains(&n.as_str()))
    });
    let kind = matches!(wh, Some("what" | "whats"))
        && w.iter()
            .position(|y| y == "what" || y == "whats")
            .is_some_and(|i| {
                w[i + 1..]
                    .iter()
                    .take(4)
                    .any(|x| NAMED_KINDS.contains(&x.as_str()))
            });
    let open = w.windows(3).any(|p| {
        p[0] == "or"
            && matches!(p[1].as_str(), "something" | "someone" | "somewhere")
            && p[2] == "else"
    });
    let recommend = [
        "recommend",
        "recommendation",
        "recommendations",
        "good",
        "best",
        "go",
    ]
    .iter()
    .any(|x| {
        at(x).is_some_and(|i| {
            w[i + 1..]
                .iter()
                .take(2)
                .any(|n| NAMED_KINDS.contains(&n.as_str()))
        })
    });
    open || recommend || (!yes_no && (which || kind))
}

#[derive(Debug, Clone)]
pub struct AskedName {
    pub text: String,
    /// Written in capitals.
    pub acronym: bool,
    pub words: Vec<(String, String)>,
    pub known: bool,
}

/// Weight of a word in an account: rare words say more.
pub fn weight(vocab: &Vocab, word: &str) -> f32 {
    let n = vocab.chunks.max(1) as f32;
    let df = vocab.df(word) as f32;
    (1.0 + n / (df + 1.0)).ln().max(0.2)
}

fn with_stems(words: &[String]) -> Vec<(String, String)> {
    words
        .iter()
        .filter(|w| !terms::is_stopword(w))
        .map(|w| (w.clone(), terms::stem(w)))
        .collect()
}

/// The initials `words` may be abbreviated to: of every word, and of all
/// but the small joining words inside ("statement of work" is SOW, "Bank
/// of America" BA). Empty when the run starts or ends with a joining word.
fn initials(words: &[String]) -> Vec<String> {
    let skip = |w: &String| INITIALS_SKIP.contains(&w.as_str());
    if words.len() < 2 || skip(&words[0]) || skip(&words[words.len() - 1]) {
        return Vec::new();
    }
    let every: String = words.iter().filter_map(|w| w.chars().next()).collect();
    let content: String = words
        .iter()
        .filter(|w| !skip(w))
        .filter_map(|w| w.chars().next())
        .collect();
    let mut out = vec![every];
    if content.chars().count() >= 2 && !out.contains(&content) {
        out.push(content);
    }
    out
}

/// Where `acronym` (two letters or more) is spelled by the initials of
/// consecutive content words of `text_words` (small joining words inside
/// may or may not count): the words, or `None`.
pub fn expansion_in(acronym: &str, text_words: &[String]) -> Option<Vec<String>> {
    fn spell(letters: &[char], words: &[String], k: usize, j: usize) -> Option<usize> {
        if k == letters.len() {
            return Some(j);
        }
        let w = words.get(j)?;
        let joining = k > 0 && INITIALS_SKIP.contains(&w.as_str());
        // A counted word is a content word of three letters or more, or a
        // joining word before the last letter ("of" in SOW; not "in" for
        // the I of UI, "used in").
        let counts = if joining {
            k + 1 < letters.len()
        } else {
            w.chars().count() >= 3 && !terms::is_stopword(w)
        };
        if counts && w.starts_with(letters[k]) {
            if let Some(end) = spell(letters, words, k + 1, j + 1) {
                return Some(end);
            }
        }
        if joining {
            return spell(letters, words, k, j + 1);
        }
        None
    }
    let letters: Vec<char> = acronym.chars().collect();
    if letters.len() < 2 {
        return None;
    }
    (0..text_words.len()).find_map(|start| {
        spell(&letters, text_words, 0, start)
            .filter(|end| end - start >= 2)
            .map(|end| text_words[start..end].to_vec())
    })
}

/// Reads `question` against an account: its words, their paraphrases in
/// the account's terms, its names, what stays unknown.
pub fn read(
    question: &str,
    vocab: &Vocab,
    paraphrases: &Paraphrases,
    bank_stems: &HashSet<String>,
) -> Asked {
    let all = terms::words(question);
    let occurrences = paraphrases.occurrences(&all);
    let mentioned =
        |term: &[(String, String)]| !term.is_empty() && term.iter().all(|(w, _)| vocab.mentions(w));
    // Runs of the question's words whose initials the account uses as a
    // word ("purchase order" where the account says "PO").
    let mut abbreviated: Vec<(String, String)> = Vec::new();
    for len in 2..=5 {
        for start in 0..all.len().saturating_sub(len - 1) {
            let run = &all[start..start + len];
            for acronym in initials(run) {
                if !terms::is_stopword(&acronym)
                    && terms::zipf(&acronym) < 4.5
                    && vocab.has_form(&acronym)
                {
                    for w in run {
                        abbreviated.push((w.clone(), acronym.clone()));
                    }
                }
            }
        }
    }
    // A holiday in a question places a thing in time ("after Christmas").
    let names: Vec<terms::Name> = terms::names(question)
        .into_iter()
        .filter(|n| !terms::is_holiday(&n.lower))
        .collect();
    // A place or a firm the successor clips ("Kal" for Kalgoorlie): a
    // capitalized word too short to share a prefix (`terms::mentions`),
    // not an acronym, and rare in English ("Ben" and "Sam" are names of
    // their own, not the start of "benchmark" or "sample").
    let clipped: Vec<&str> = names
        .iter()
        .filter(|n| {
            !n.acronym
                && n.lower.chars().count() < terms::PREFIX_LETTERS
                && n.lower.chars().all(char::is_alphabetic)
                && terms::zipf(&n.lower) < CLIPPED_ZIPF
        })
        .map(|n| n.lower.as_str())
        .collect();
    let words: Vec<Word> = terms::content_words(question)
        .into_iter()
        .map(|w| {
            let known = vocab.mentions(&w);
            let mut alternatives: Vec<Vec<(String, String)>> = Vec::new();
            if !known {
                let at = all.iter().position(|x| x == &w).unwrap_or(0);
                for o in occurrences.iter().filter(|o| o.start <= at && at < o.end) {
                    for t in paraphrases.group(o.group) {
                        let term = with_stems(&t.words);
                        if !term.iter().any(|(x, _)| x == &w) && mentioned(&term) {
                            alternatives.push(term);
                        }
                    }
                }
                for (x, acronym) in &abbreviated {
                    if x == &w {
                        alternatives.push(with_stems(std::slice::from_ref(acronym)));
                    }
                }
                if alternatives.is_empty() && clipped.contains(&w.as_str()) {
                    if let Some(full) = vocab.completion(&w) {
                        alternatives.push(with_stems(&[full.to_string()]));
                    }
                }
                // A slip of the keyboard for a word the account uses.
                if alternatives.is_empty() {
                    if let Some(meant) = vocab.misspelled(&w) {
                        alternatives.push(with_stems(&[meant.to_string()]));
                    }
                }
                alternatives.sort();
                alternatives.dedup();
                alternatives.truncate(MAX_ALTERNATIVES);
            }
            Word {
                weight: weight(vocab, &w),
                stem: terms::stem(&w),
                word: w,
                alternatives,
                known,
            }
        })
        .collect();
    let names = names
        .into_iter()
        .map(|n| AskedName {
            text: n.text,
            acronym: n.acronym,
            // All of the name's words: "IT" is a name, though "it" is a
            // function word.
            words: terms::words(&n.lower)
                .into_iter()
                .map(|w| {
                    let s = terms::stem(&w);
                    (w, s)
                })
                .collect(),
            known: false,
        })
        .collect();
    let mut asked = Asked {
        words,
        names,
        unknown: Vec::new(),
        unknown_specificity: 0.0,
        unknown_max: 0.0,
        known_max: 0.0,
        total_specificity: 0.0,
        focus: Vec::new(),
        wants: wants(question),
        measure: measure(question),
        said: all.iter().cloned().collect(),
        subject: with_stems(&reaction_subject(question)),
        account: vocab.implicit.iter().cloned().collect(),
        post: asked_post(question),
        surname: whose_surname(&all),
    };
    asked.settle(vocab, bank_stems);
    asked
}

/// Alternatives kept for one word at most.
const MAX_ALTERNATIVES: usize = 8;

/// A clipped name is read as the start of an account's word only when it
/// is rarer than this in English (Zipf scale): "kal" is, "ben" is not.
const CLIPPED_ZIPF: f32 = 3.5;

impl Asked {
    /// Abbreviations of the question that texts (what retrieval found,
    /// given as their words) spell out: "SOW" where a text says
    /// "statement of work". Their words become the abbreviation's
    /// alternatives.
    pub fn expand_abbreviations(
        &mut self,
        text_words: &[Vec<String>],
        vocab: &Vocab,
        bank_stems: &HashSet<String>,
    ) {
        // Two letters spell out too much by chance: only an acronym the
        // question writes in capitals ("PS hours"), spelled out the same
        // way by two of the texts.
        let acronym = |w: &str| {
            self.names
                .iter()
                .any(|n| n.acronym && n.words.len() == 1 && n.words[0].0 == w)
        };
        let wanted: Vec<(usize, usize)> = (0..self.words.len())
            .filter_map(|i| {
                let w = &self.words[i];
                let letters = w.word.chars().count();
                let fits = (3..=6).contains(&letters) || (letters == 2 && acronym(&w.word));
                (!w.known && w.alternatives.is_empty() && fits)
                    .then_some((i, if letters == 2 { 2 } else { 1 }))
            })
            .collect();
        if wanted.is_empty() {
            return;
        }
        for (i, texts_needed) in wanted {
            let w = &mut self.words[i];
            let mut found = text_words.iter().filter_map(|t| expansion_in(&w.word, t));
            let expansion = if texts_needed == 1 {
                found.next()
            } else {
                let found: Vec<Vec<String>> = found.collect();
                found
                    .iter()
                    .find(|e| found.iter().filter(|x| x == e).count() >= texts_needed)
                    .cloned()
            };
            if let Some(exp) = expansion {
                w.alternatives.push(with_stems(&exp));
            }
        }
        self.settle(vocab, bank_stems);
    }

    /// The question's words with the account's terms for its paraphrased
    /// words: what the lexical search looks for.
    pub fn expanded(&self, question: &str) -> String {
        let mut out = question.to_string();
        for w in &self.words {
            for t in &w.alternatives {
                for (x, _) in t {
                    out.push(' ');
                    out.push_str(x);
                }
            }
        }
        out
    }

    /// Works out what is unknown, the names the account knows, and the focus.
    fn settle(&mut self, vocab: &Vocab, bank_stems: &HashSet<String>) {
        let paraphrased = |x: &str| {
            self.words
                .iter()
                .any(|w| w.word == x && !w.alternatives.is_empty())
        };
        let known: Vec<bool> = self
            .names
            .iter()
            .map(|n| {
                !n.words.is_empty()
                    && n.words
                        .iter()
                        .all(|(x, _)| vocab.mentions(x) || paraphrased(x))
            })
            .collect();
        for (n, k) in self.names.iter_mut().zip(known) {
            n.known = k;
        }
        self.unknown = self
            .words
            .iter()
            .filter(|w| {
                !w.known
                    && w.alternatives.is_empty()
                    && !bank_stems.contains(&w.stem)
                    && !terms::tells_time(&w.word)
            })
            .map(|w| w.word.clone())
            .collect();
        let specificities: Vec<f32> = self.unknown.iter().map(|w| terms::specificity(w)).collect();
        self.unknown_specificity = specificities.iter().sum();
        self.unknown_max = specificities.iter().copied().fold(0.0, f32::max);
        self.known_max = self
            .words
            .iter()
            .filter(|w| !self.unknown.contains(&w.word))
            .map(|w| terms::specificity(&w.word))
            .fold(0.0, f32::max);
        self.total_specificity = self.words.iter().map(|w| terms::specificity(&w.word)).sum();
        // The focus: the two known words that say most, by how rare they
        // are in English and in the account.
        let mut ranked: Vec<(usize, f32)> = self
            .words
            .iter()
            .enumerate()
            .filter(|(_, w)| w.known || !w.alternatives.is_empty())
            .map(|(i, w)| (i, terms::specificity(&w.word).max(0.1) * w.weight))
            .collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1));
        self.focus = ranked.iter().take(2).map(|(i, _)| *i).collect();
    }
    /// Which content words a text covers, as a bit set (word `i` is bit
    /// `i`; questions have far fewer than 64 content words, the rest are
    /// never covered).
    pub fn covered(&self, text: &WordSet) -> u64 {
        let mut mask = 0u64;
        for (i, w) in self.words.iter().enumerate().take(64) {
            let has = text.has(&w.word, &w.stem)
                || w.alternatives
                    .iter()
                    .any(|t| !t.is_empty() && t.iter().all(|(x, s)| text.has(x, s)));
            if has {
                mask |= 1 << i;
            }
        }
        mask
    }

    /// The weighted share of the content words in `mask`.
    pub fn share(&self, mask: u64) -> f32 {
        let total: f32 = self.words.iter().take(64).map(|w| w.weight).sum();
        if total <= 0.0 {
            return 0.0;
        }
        let covered: f32 = self
            .words
            .iter()
            .take(64)
            .enumerate()
            .filter(|(i, _)| mask & (1 << i) != 0)
            .map(|(_, w)| w.weight)
            .sum();
        covered / total
    }

    /// The share of the focus words in `mask` (1 when there is no focus).
    pub fn focus_share(&self, mask: u64) -> f32 {
        let focus: Vec<usize> = self.focus.iter().copied().filter(|&i| i < 64).collect();
        if focus.is_empty() {
            return 1.0;
        }
        focus.iter().filter(|&&i| mask & (1 << i) != 0).count() as f32 / focus.len() as f32
    }

    /// The bits of the words that make up the question's known names.
    pub fn name_mask(&self) -> u64 {
        let mut mask = 0u64;
        for n in self.names.iter().filter(|n| n.known) {
            for (w, _) in &n.words {
                if let Some(i) = self.words.iter().position(|x| &x.word == w) {
                    if i < 64 {
                        mask |= 1 << i;
                    }
                }
            }
        }
        mask
    }

    /// Names the account never mentions.
    pub fn missing_names(&self) -> Vec<String> {
        self.names
            .iter()
            .filter(|n| !n.known)
            .map(|n| n.text.clone())
            .collect()
    }

    /// How many of the question's names a text has.
    pub fn names_in(&self, text: &WordSet) -> usize {
        self.names
            .iter()
            .filter(|n| !n.words.is_empty() && n.words.iter().all(|(w, s)| text.has(w, s)))
            .count()
    }

    /// Whether a sentence tells something as planned, booked or pending,
    /// and no result besides ("Next step: pilot readout on November 19";
    /// not "the pilot showed a 9% saving and we will roll it out").
    pub fn tells_plan(&self, sentence: &str) -> bool {
        let words = terms::words(sentence);
        is_future(&words) && !tells_result(&words, &self.said)
    }

    /// Whether a sentence holds the kind of fact the question asks for,
    /// beyond what the question itself says (always, when it asks for no
    /// kind in particular).
    pub fn holds_wanted(&self, sentence: &str) -> bool {
        static PHONE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"\+?\(?\d[\d\s().-]{5,}\d").expect("a valid pattern")
        });
        let new = |w: &String| !self.said.contains(w);
        if self.wants == Wants::Anything {
            return true;
        }
        let words = terms::words(sentence);
        // "Their group CFO, whose name I don't have": the owner says the
        // fact is not known, so the sentence does not hold it. A code
        // written out is the reference, whatever else is not known yet
        // ("ticket TKT-48213 opened; root cause not known yet").
        if !matches!(self.wants, Wants::Reaction | Wants::Reference) && says_unknown(&words) {
            return false;
        }
        match self.wants {
            Wants::Anything => true,
            Wants::Email => sentence.contains('@'),
            Wants::Phone => PHONE.is_match(sentence),
            // A number, but not the day or the year of a date ("the
            // meeting on 1 November" tells no amount), unless the question
            // counts years.
            Wants::Figure => {
                let years = ["year", "years", "since"]
                    .iter()
                    .any(|x| self.said.contains(*x));
                let figure = words.iter().enumerate().any(|(i, w)| {
                    new(w)
                        && (NUMBER_WORDS.contains(&w.as_str())
                            || (w.chars().any(|c| c.is_ascii_digit())
                                && (years || !part_of_date(&words, i, sentence))))
                });
                // Counted in what the question asks for: "how much is
                // FarmPulse charging" is not told by "40 sensors".
                figure
                    && match self.measure {
                        Measure::Any => true,
                        Measure::Amount => tells_money(sentence) || tells_share(sentence),
                        Measure::Share => tells_share(sentence),
                    }
            }
            Wants::Date => words
                .iter()
                .filter(|w| new(w))
                .any(|w| w.chars().any(|c| c.is_ascii_digit()) || is_date_word(w)),
            Wants::Person => self.names_something(sentence, &words, false),
            Wants::Name => self.names_something(sentence, &words, true),
            // Where someone stands: a word of stance, next to the person
            // asked about.
            Wants::Reaction => {
                let set = WordSet::new(words.clone());
                // What the reaction is to: a word of the question besides
                // its subject and its verb of stance.
                let topic = self.words.iter().any(|w| {
                    !self.subject.iter().any(|(x, _)| x == &w.word)
                        && !STANCE_WORDS.contains(&w.word.as_str())
                        && !["think", "make", "feel", "reckon", "take", "react"]
                            .contains(&w.word.as_str())
                        && set.has(&w.word, &w.stem)
                });
                topic
                    && self.subject.iter().all(|(w, s)| set.has(w, s))
                    && words.iter().any(|w| STANCE_WORDS.contains(&w.as_str()))
            }
            // How it turned out: a finding, a decision, a result, and not
            // something still planned.
            Wants::Outcome => tells_result(&words, &self.said) && !is_future(&words),
            Wants::Reference => sentence
                .split_whitespace()
                .any(|t| is_reference(t) && terms::words(t).iter().any(new)),
        }
    }

    /// Whether a sentence names someone (or, with `things`, something)
    /// the question does not: a capitalized word, or with `things` also an
    /// acronym or a word in mixed case ("UKG", "QuickBooks"). A sentence's
    /// first word counts only when it is not an everyday word ("Helga
    /// signs", not "They signed").
    fn names_something(&self, sentence: &str, words: &[String], things: bool) -> bool {
        // Where the question's words stand matters for a thing's name, and
        // where the post stands for who fills it.
        let post = self.post.as_ref().filter(|_| !things);
        let about = if things {
            self.question_positions(words)
        } else if let Some(post) = post {
            post_positions(post, words)
        } else {
            Vec::new()
        };
        let mut at = 0;
        let tokens: Vec<(usize, &str)> = sentence
            .split_whitespace()
            .map(|t| {
                // Where the token's first word stands among the sentence's.
                let first = at;
                at += terms::words(t).len();
                (first, t.trim_matches(|c: char| !c.is_alphanumeric()))
            })
            .collect();
        // A capitalized word the question says: "Whitfield" in "Dana
        // Whitfield" is the person the question names, not another one,
        // unless the question asks for their surname.
        let said_name = |j: usize| {
            tokens.get(j).is_some_and(|(_, t)| {
                t.chars().next().is_some_and(char::is_uppercase)
                    && self.said.contains(&t.to_lowercase())
            })
        };
        let surname = self.surname.as_ref().filter(|_| !things);
        tokens.iter().enumerate().any(|(i, &(first, t))| {
            let mut c = t.chars();
            let lower = t.to_lowercase();
            let capital = c.next().is_some_and(char::is_uppercase);
            let rest_lower = c.clone().all(char::is_lowercase);
            let rest_mixed = c.clone().any(char::is_uppercase) && c.any(char::is_alphabetic);
            let named = if things {
                capital && (t.chars().count() >= 3 || rest_mixed) && (rest_lower || rest_mixed)
            } else {
                capital && rest_lower && t.chars().count() >= 3
            };
            let whose = if things {
                true
            } else if let Some(person) = surname {
                // Their surname follows their name.
                i > 0 && tokens[i - 1].1.to_lowercase() == *person
            } else {
                let before = i.checked_sub(1).is_some_and(said_name);
                !(before || said_name(i + 1))
            };
            named
                && whose
                && !self.said.contains(&lower)
                && !self.account.contains(&lower)
                && !is_date_word(&lower)
                && (i > 0 || (!terms::is_stopword(&lower) && terms::zipf(&lower) < 4.5))
                && (!(things || post.is_some()) || near(&about, first))
        })
    }

    /// Where the question's content words (or the account's words for
    /// them) stand among a sentence's words.
    fn question_positions(&self, words: &[String]) -> Vec<usize> {
        words
            .iter()
            .enumerate()
            .filter(|(_, x)| {
                let stem = terms::stem(x);
                self.words.iter().any(|w| {
                    w.word == **x
                        || w.stem == stem
                        || w.alternatives
                            .iter()
                            .any(|alt| alt.iter().any(|(a, s)| a == *x || *s == stem))
                })
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// How relevant a sentence is to the question: the weighted share of
    /// the content words it covers, and a little for each name it has.
    pub fn relevance(&self, sentence: &str) -> f32 {
        self.read_sentence(sentence).1
    }

    /// A sentence read once for everything later checks ask of it: the
    /// content words it covers ([`Asked::covered`]) and its relevance.
    pub fn read_sentence(&self, sentence: &str) -> (u64, f32) {
        let set = WordSet::new(terms::words(sentence));
        let mask = self.covered(&set);
        (mask, self.share(mask) + 0.1 * self.names_in(&set) as f32)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn paraphrases() -> Paraphrases {
        Paraphrases::parse(
            Path::new("question_bank/paraphrases.toml"),
            include_str!("../../question_bank/paraphrases.toml"),
        )
        .unwrap()
    }

    fn words(s: &str) -> Vec<String> {
        terms::words(s)
    }

    #[test]
    fn initials_skip_joining_words_inside_only() {
        assert_eq!(initials(&words("statement of work")), ["sow", "sw"]);
        assert_eq!(initials(&words("quarterly business review")), ["qbr"]);
        assert!(initials(&words("of work")).is_empty());
        // (acronym, text, what spells it out). A joining word may be
        // skipped, or spell a letter inside, but spells no letter at the
        // end ("acquisition in" is not AI).
        let cases = [
            ("boa", "at Bank of America", Some("Bank of America")),
            (
                "sow",
                "we owe them a statement of work by May",
                Some("statement of work"),
            ),
            (
                "qbr",
                "at the Quarterly Business Review they said",
                Some("Quarterly Business Review"),
            ),
            ("qbr", "quiet but rude", None),
            ("po", "a purchase order", Some("purchase order")),
            ("p", "a purchase order", None),
            ("ba", "at Bank of America", Some("Bank of America")),
            (
                "tco",
                "the total cost of ownership",
                Some("total cost of ownership"),
            ),
            ("ai", "the acquisition in May", None),
            ("ui", "used in the UK", None),
        ];
        for (acronym, text, spelled) in cases {
            assert_eq!(
                expansion_in(acronym, &words(text)),
                spelled.map(words),
                "{acronym} in {text:?}"
            );
        }
    }

    #[test]
    fn a_misspelled_word_is_not_unknown_and_covers_like_the_owners_word() {
        let text = "We countered with a liability cap of twelve months' fees.";
        let vocab = Vocab::build([text], &[]);
        let asked = read(
            "what did we counter with on the liabilty cap",
            &vocab,
            &Paraphrases::default(),
            &HashSet::new(),
        );
        assert!(asked.unknown.is_empty(), "{:?}", asked.unknown);
        let slip = asked
            .words
            .iter()
            .position(|w| w.word == "liabilty")
            .unwrap();
        assert!(asked.covered(&WordSet::new(words(text))) & (1 << slip) != 0);
        // A word the account never uses, misspelled or not, stays unknown.
        let asked = read(
            "what was the indemnety cap?",
            &vocab,
            &Paraphrases::default(),
            &HashSet::new(),
        );
        assert_eq!(asked.unknown, vec!["indemnety".to_string()]);
    }

    #[test]
    fn a_paraphrase_is_not_unknown_and_covers_like_the_owners_word() {
        let vocab = Vocab::build(
            [
                "I waived the setup fee on the call with their CFO.",
                "Their quarterly business review is in March.",
            ],
            &[],
        );
        let asked = read(
            "Did we throw in freebies for the money guy before the QBR?",
            &vocab,
            &paraphrases(),
            &HashSet::new(),
        );
        assert!(asked.unknown.is_empty(), "{:?}", asked.unknown);
        assert!(asked.missing_names().is_empty(), "{:?}", asked.names);
        let set = WordSet::new(words("I waived the setup fee on the call with their CFO."));
        let mask = asked.covered(&set);
        let freebies = asked
            .words
            .iter()
            .position(|w| w.word == "freebies")
            .unwrap();
        assert!(mask & (1 << freebies) != 0);

        // Colloquial talk, places by their codes, roads abbreviated.
        let vocab = Vocab::build(
            [
                "We do the hand-holding on their ATMs; the Nebraska retrofit closes in May.",
                "The firewall at the Route 9 branch, and the French interface defects.",
            ],
            &[],
        );
        for q in [
            "Are we babysitting their ATMs?",
            "When's the NE retrofit supposed to close?",
            "What firewall is at the Rt 9 branch?",
            "How many French UI defects?",
        ] {
            let asked = read(q, &vocab, &paraphrases(), &HashSet::new());
            assert!(asked.missing_names().is_empty(), "{q}: {:?}", asked.names);
            assert!(
                !asked
                    .unknown
                    .iter()
                    .any(|w| ["babysitting", "ne", "rt", "ui"].contains(&w.as_str())),
                "{q}: {:?}",
                asked.unknown
            );
        }
        // A code that is also a word names no place: "in" is not Indiana.
        let vocab = Vocab::build(["They sit in a meeting."], &[]);
        let asked = read(
            "Any sites in Indiana?",
            &vocab,
            &paraphrases(),
            &HashSet::new(),
        );
        assert_eq!(asked.missing_names(), vec!["Indiana".to_string()]);
    }

    #[test]
    fn a_word_the_account_never_uses_stays_unknown() {
        let vocab = Vocab::build(["We talked about the renewal and the discount."], &[]);
        let asked = read(
            "Do they run ransomware drills in Laredo?",
            &vocab,
            &paraphrases(),
            &HashSet::new(),
        );
        assert!(asked.unknown.contains(&"ransomware".to_string()));
        assert_eq!(asked.missing_names(), vec!["Laredo".to_string()]);
        assert!(asked.unknown_specificity > 2.0 && asked.unknown_max > 2.0);
    }

    #[test]
    fn an_abbreviation_is_expanded_from_what_was_found() {
        let vocab = Vocab::build(["We owe them a statement of work by May."], &[]);
        let mut asked = read(
            "When is the SOW due?",
            &vocab,
            &Paraphrases::default(),
            &HashSet::new(),
        );
        assert_eq!(asked.missing_names(), vec!["SOW".to_string()]);
        asked.expand_abbreviations(
            &[words("We owe them a statement of work by May.")],
            &vocab,
            &HashSet::new(),
        );
        assert!(asked.missing_names().is_empty());
        assert!(
            !asked.unknown.contains(&"sow".to_string()),
            "{:?}",
            asked.unknown
        );
        assert!(asked
            .expanded("When is the SOW due?")
            .contains("statement work"));
        // And the reverse: the question spells out what the account abbreviates.
        let vocab = Vocab::build(["PO 4471 was raised in May."], &[]);
        let asked = read(
            "Which purchase order covers the pilot?",
            &vocab,
            &Paraphrases::default(),
            &HashSet::new(),
        );
        assert!(
            !asked.unknown.contains(&"purchase".to_string()),
            "{:?}",
            asked.unknown
        );
    }

    #[test]
    fn clipped_names_two_letter_acronyms_and_holidays_are_not_missing() {
        let texts = [
            "Drive out to Kalgoorlie. They get 40 hours of professional services.",
            "Priya mentioned the professional services hours.",
        ];
        let vocab = Vocab::build(texts, &[]);
        let found: Vec<Vec<String>> = texts.iter().map(|t| words(t)).collect();
        let read_in = |q: &str, found: &[Vec<String>]| {
            let mut asked = read(q, &vocab, &Paraphrases::default(), &HashSet::new());
            asked.expand_abbreviations(found, &vocab, &HashSet::new());
            asked
        };
        // "Kal" is the start of one word of the account only.
        let asked = read_in("Do I need to go up to Kal?", &found);
        assert!(asked.missing_names().is_empty(), "{:?}", asked.names);
        assert!(asked.expanded("Kal").contains("kalgoorlie"));
        // Two capitals spelled out the same way by two texts are the
        // account's words; by one text only, or written in lower case,
        // they stay unknown ("PM" is not "Priya mentioned").
        let asked = read_in("How many PS hours are left?", &found);
        assert!(asked.missing_names().is_empty(), "{:?}", asked.names);
        assert!(!asked.unknown.contains(&"ps".to_string()));
        let asked = read_in("How many PS hours are left?", &found[..1]);
        assert!(asked.unknown.contains(&"ps".to_string()));
        let asked = read_in("how many ps hours are left?", &found);
        assert!(asked.unknown.contains(&"ps".to_string()));
        let asked = read_in("Who is the PM?", &found);
        assert_eq!(asked.missing_names(), vec!["PM".to_string()]);
        // A clipped name that starts two words of the account, or none,
        // stays missing; so does one that is common in English.
        let vocab = Vocab::build(["Kalgoorlie and Kalbarri sites, benchmarks."], &[]);
        let missing =
            |q: &str| read(q, &vocab, &Paraphrases::default(), &HashSet::new()).missing_names();
        assert_eq!(missing("Is Kal done?"), vec!["Kal".to_string()]);
        assert_eq!(missing("Is Zed done?"), vec!["Zed".to_string()]);
        assert_eq!(missing("Is Ben done?"), vec!["Ben".to_string()]);
        // A holiday places a thing in time; it is not a name to look for.
        let asked = read(
            "Who starts after Christmas?",
            &vocab,
            &Paraphrases::default(),
            &HashSet::new(),
        );
        assert!(asked.missing_names().is_empty());
        assert!(
            !asked.unknown.contains(&"christmas".to_string()),
            "{:?}",
            asked.unknown
        );
    }

    #[test]
    fn what_a_question_wants_and_whether_a_sentence_holds_it() {
        assert_eq!(wants("got an email for Brad?"), Wants::Email);
        assert_eq!(wants("Got a direct phone number for Fiona?"), Wants::Phone);
        assert_eq!(wants("How many staff are coming over?"), Wants::Figure);
        assert_eq!(
            wants("What did we promise Priya on the report, and by when?"),
            Wants::Date
        );
        assert_eq!(
            wants("What did the bearing change end up costing?"),
            Wants::Figure
        );
        assert_eq!(wants("When does the pilot start?"), Wants::Date);
        assert_eq!(wants("who'd they end up hiring as CNIO"), Wants::Person);
        assert_eq!(wants("What's the name of their CEO?"), Wants::Person);
        assert_eq!(
            wants("Why is the account priced this way?"),
            Wants::Anything
        );
        assert_eq!(
            wants("What is really driving the push on price?"),
            Wants::Anything
        );
        assert_eq!(
            wants("did we promise them a price freeze?"),
            Wants::Anything
        );
        assert_eq!(wants("did we say how much it costs?"), Wants::Figure);
        assert_eq!(
            wants("What timeline was Travis given for the mobile app?"),
            Wants::Anything
        );
        assert_eq!(wants("got a mobile for Ken?"), Wants::Phone);
        assert_eq!(
            wants("did we waive anything when they signed?"),
            Wants::Anything
        );
        // "When" asks for a date when it leads, not inside a clause.
        assert_eq!(
            wants("What's the dress code when visiting their office?"),
            Wants::Anything
        );
        assert_eq!(wants("Where and when is the pilot?"), Wants::Date);
        assert_eq!(wants("Who do I call when the feed breaks?"), Wants::Person);
        assert_eq!(
            wants("What was the forecast accuracy at Easter?"),
            Wants::Figure
        );
        let vocab = Vocab::build(["x"], &[]);
        let read = |q: &str| read(q, &vocab, &Paraphrases::default(), &HashSet::new());
        let q = read("How many staff came over with the Houma center?");
        assert!(q.holds_wanted("About 40 staff came over with Houma."));
        assert!(q.holds_wanted("Twenty staff came over."));
        assert!(!q.holds_wanted("Staff came over with the Houma center in spring."));
        // A date is not a figure; an amount that looks like a year is.
        assert!(!q.holds_wanted("Staff came over with Houma on 1 November."));
        assert!(!q.holds_wanted("Staff came over with Houma on Nov 18th."));
        assert!(!q.holds_wanted("Staff came over with Houma on 2026-02-26."));
        assert!(!q.holds_wanted("Staff came over with Houma in Q3 2027."));
        assert!(q.holds_wanted("Staff came over with Houma: 1,900 hours of shifts."));
        assert!(q.holds_wanted("Staff came over with Houma on 1 November: 14 nurses."));
        let years = read("How many years have the Houma staff been with them?");
        assert!(years.holds_wanted("Houma staff have been with them since 2019."));
        // The owner says the figure is not known: the number in the
        // sentence is not it.
        assert!(!q.holds_wanted("I don't know how many of the 40 nurses come over."));
        assert!(!q.holds_wanted("Houma staff numbers TBC, maybe 12."));
        let q = read("When is Josh's January board meeting?");
        assert!(!q.holds_wanted("Josh has a board meeting in January."));
        assert!(q.holds_wanted("Josh's board meets on January 14."));
        let q = read("Who did they hire as CNIO?");
        assert!(q.holds_wanted("They hired Dana Price as CNIO."));
        assert!(!q.holds_wanted("They are still hiring a CNIO."));
        assert!(!q.holds_wanted("Whoever lands the CNIO job will work with David."));
        assert!(!q.holds_wanted("Their CNIO hasn't been named; ask Dana."));
        assert!(!q.holds_wanted("Dana says the CNIO is her call, whose name I don't have."));
        assert!(q.holds_wanted("Dana starts as CNIO in May."));
        let q = read("Got a phone number for Ken?");
        assert!(q.holds_wanted("Ken: +1 (414) 555-0199, mornings."));
        assert!(!q.holds_wanted("Ken prefers the phone in the morning."));
        let q = read("Got an email for Ken?");
        assert!(q.holds_wanted("Email ken@example.test."));
        assert!(!q.holds_wanted("Ken reads email at night."));
    }

    /// Each question asks for its kind of fact.
    fn assert_wants(cases: &[(&str, Wants)]) {
        for &(question, kind) in cases {
            assert_eq!(wants(question), kind, "{question}");
        }
    }

    #[test]
    fn a_kind_of_fact_is_asked_for_by_what_the_question_asks_not_by_its_topic() {
        assert_wants(&[
            // An email address, not email as a topic or a channel.
            ("What's Priya's email?", Wants::Email),
            ("got an email address for the finance lead?", Wants::Email),
            ("whats the email for their IT guy", Wants::Email),
            ("How do I email Tom?", Wants::Email),
            ("got their emails?", Wants::Email),
            ("Tell me about the invoice email mix-up", Wants::Anything),
            ("Does Gordon read email at all?", Wants::Anything),
            // "Which" before a person asks who.
            ("Which stakeholder has to sign off first?", Wants::Person),
            ("which of their execs sponsors the pilot", Wants::Person),
            // A figure word asks for the figure unless it names the topic.
            ("What rate are we charging for storage?", Wants::Figure),
            ("What's the click rate this quarter?", Wants::Figure),
        ]);
        for topic in [
            "What did we agree with Marta about the uptime rate?",
            "What's his problem with our day rate?",
        ] {
            assert_ne!(wants(topic), Wants::Figure, "{topic}");
        }
    }

    #[test]
    fn a_thing_s_name_is_asked_for_and_found_beside_what_it_names() {
        assert_wants(&[
            ("Which CMMS are they running?", Wants::Name),
            ("which competitor is he going to", Wants::Name),
            ("What accounting software do they use?", Wants::Name),
            ("whats the billing system they use", Wants::Name),
            (
                "Do they pay by card, Stripe or something else?",
                Wants::Name,
            ),
            (
                "any good place for a client dinner near the plant",
                Wants::Name,
            ),
            // "Which" before a function word, a yes/no question, a date: not a
            // name.
            ("Which of them signs?", Wants::Anything),
            ("Do they use our billing system?", Wants::Anything),
            ("Which date is the go-live?", Wants::Date),
            // More ways of asking for a figure, a view, a finding.
            ("What's the boarding fee per term?", Wants::Figure),
            ("What's the rival bidding?", Wants::Figure),
            ("what did the insurer pay out", Wants::Figure),
            ("What did the invoice come to?", Wants::Figure),
            ("Where does Wade stand on renewing?", Wants::Reaction),
            ("What did Obi say about the outage?", Wants::Reaction),
            ("what did the pen test report say", Wants::Outcome),
            (
                "Where do things stand with the acquisition?",
                Wants::Outcome,
            ),
        ]);
        let vocab = Vocab::build(["x"], &[]);
        let read = |q: &str| read(q, &vocab, &Paraphrases::default(), &HashSet::new());
        let q = read("Which CMMS are they running?");
        assert!(q.holds_wanted("Their CMMS is Maximo, since 2021."));
        assert!(q.holds_wanted("They run UKG as their CMMS."));
        assert!(q.holds_wanted("They moved the CMMS to QuickBooks last year."));
        assert!(!q.holds_wanted("They are looking at a new CMMS."));
        // A name that belongs to something else further along.
        assert!(!q.holds_wanted(
            "The CMMS came up at the review, and later that afternoon Pete Sandoval called about invoices."
        ));
        // The owner says it is not known.
        let q = read("How much is the rival bidding?");
        assert!(q.holds_wanted("The rival is bidding $41,000 a year."));
        assert!(!q.holds_wanted("Josh did not know whether the rival is bidding 3 sites."));
        // The account's own name is not the name asked for.
        let mut vocab = Vocab::build(["Redgum runs Maximo."], &[]);
        vocab.implicit = vec!["redgum".into()];
        let read = |q: &str| super::read(q, &vocab, &Paraphrases::default(), &HashSet::new());
        let q = read("Which CMMS are they running?");
        assert!(!q.holds_wanted("The CMMS at Redgum is due for review."));
        assert!(q.holds_wanted("The CMMS at Redgum is Maximo."));
        let q = read("Who runs the mill?");
        assert!(!q.holds_wanted("The mill is run by Redgum itself."));
        assert!(q.holds_wanted("The mill is run by Shaz Kelly."));
    }

    #[test]
    fn a_person_the_question_names_is_not_another_and_their_surname_follows_their_name() {
        let vocab = Vocab::build(["x"], &[]);
        let read = |q: &str| read(q, &vocab, &Paraphrases::default(), &HashSet::new());
        // "Whitfield" beside "Dana" is Dana, not the analysts asked for.
        let q = read("Who are the analysts going onto Dana's pod?");
        assert_eq!(q.wants, Wants::Person);
        assert!(!q.holds_wanted("I told Dana Whitfield we would assign a pod of analysts."));
        assert!(q.holds_wanted("Dana's pod will be run by Priya Raman and three analysts."));
        // Whose surname is asked for, in the ways a successor asks it.
        let w = |q: &str| whose_surname(&terms::words(q));
        assert_eq!(
            w("whats craig's surname - the GM at the drovers rest"),
            Some("craig".into())
        );
        assert_eq!(w("What is the last name of Craig?"), Some("craig".into()));
        assert_eq!(w("Craig's full name?"), Some("craig".into()));
        assert_eq!(w("What's the GM's surname?"), None);
        assert_eq!(w("What's the surname of the GM?"), None);
        assert_eq!(w("Who is Craig?"), None);
        let q = read("whats craig's surname - the GM at the drovers rest");
        assert!(q.holds_wanted("The GM there is Craig Dunmore, since 2024."));
        assert!(!q.holds_wanted("Craig, the GM, rang Priya Raman about the tips."));
        // A post's holder is still any name beside it.
        let q = read("What's the GM's surname at the Drover's Rest?");
        assert!(q.holds_wanted("The GM, Craig Dunmore, rang about the tips."));
    }

    #[test]
    fn who_fills_a_post_is_named_beside_it_and_a_new_post_where_it_is_new() {
        let post = |q: &str| asked_post(q).map(|p| (p.words, p.new));
        let w = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(
            post("who's the new plant director they're bringing in?"),
            Some((w(&["plant", "director"]), true))
        );
        assert_eq!(
            post("Who did the county end up hiring as the new treasurer?"),
            Some((w(&["treasurer"]), true))
        );
        assert_eq!(
            post("who'd they appoint as CISO"),
            Some((w(&["ciso"]), false))
        );
        assert_eq!(
            post("What's the name of the incoming head chef starting in May?"),
            Some((w(&["head", "chef"]), true))
        );
        // A new post said in passing is not the one asked about.
        assert_eq!(post("who signs now that the new CFO has landed?"), None);
        assert_eq!(post("Who runs the plant?"), None);

        let vocab = Vocab::build(["x"], &[]);
        let read = |q: &str| read(q, &vocab, &Paraphrases::default(), &HashSet::new());
        let q = read("Who's the new treasurer at the county?");
        assert_eq!(q.wants, Wants::Person);
        assert!(q.holds_wanted("The new Treasurer, Marisol Vega, starts in March."));
        assert!(q.holds_wanted("They hired a new treasurer in June, Omar Kapoor."));
        // The old holder, and a post still open.
        assert!(!q.holds_wanted(
            "The treasurer, Dale Pruitt, retires in June, and the new treasurer will start after."
        ));
        assert!(!q.holds_wanted(
            "They are hiring a new treasurer to replace him next year, says Anita Shore."
        ));
        // Another form of the post's word.
        let q = read("Who's the new head merchant?");
        assert!(
            q.holds_wanted("New Chief Merchandising Officer, Gemma Kinsella, joins in January.")
        );
        let q = read("who did they hire as CISO");
        assert!(q.holds_wanted("Priya Raman joined as CISO last month."));
        assert!(!q.holds_wanted(
            "They are still recruiting a CISO for the security team, and Tom Ellis sits on the panel."
        ));
    }

    #[test]
    fn a_contraction_s_remains_and_chat_shorthand_are_not_unknown_words() {
        let vocab = Vocab::build(["Extra trackers at the branch are not charged."], &[]);
        let read = |q: &str| read(q, &vocab, &Paraphrases::default(), &HashSet::new());
        let q = read("r there extra trackers w/ the branch that aren't charged or smth? gonna");
        assert!(q.unknown.is_empty(), "{:?}", q.unknown);
        let q = read("Are the trackers at the branch unionized?");
        assert_eq!(q.unknown, vec!["unionized".to_string()]);
    }

    #[test]
    fn a_figure_is_told_in_what_the_question_counts_it_in() {
        for (question, counted) in [
            ("How much is FarmPulse charging?", Measure::Amount),
            ("how much did the price go up", Measure::Amount),
            ("What's the hourly rate?", Measure::Amount),
            ("What was the click rate?", Measure::Share),
            ("How many units does the branch have?", Measure::Any),
            // Two things asked: the figure may be the other one's.
            (
                "What did the repair cost, and what's the ticket?",
                Measure::Any,
            ),
        ] {
            assert_eq!(measure(question), counted, "{question}");
        }
        // A date, a person, a name, not a figure, though a figure's word
        // is said.
        assert_wants(&[
            ("When did the add-on invoice get paid?", Wants::Date),
            (
                "who got upset when a quote went straight to Linda",
                Wants::Person,
            ),
            ("What's their cost-cutting push called?", Wants::Name),
        ]);
        let vocab = Vocab::build(["x"], &[]);
        let read = |q: &str| read(q, &vocab, &Paraphrases::default(), &HashSet::new());
        let q = read("How much is FarmPulse charging for pump monitoring?");
        for told in [
            "FarmPulse quoted them $9 a pump.",
            "FarmPulse wants NZ$23,000 a year.",
            "They pay FarmPulse 40k.",
            "FarmPulse charges EUR 2,240 for the lot.",
            "FarmPulse is 12% under us.",
            "Opportunity Pump monitoring, amount 4,800.",
        ] {
            assert!(q.holds_wanted(told), "{told}");
        }
        // A count is not an amount.
        assert!(!q.holds_wanted("FarmPulse monitors 40 pumps at 3 farms."));
        let q = read("What was the click rate on the phishing campaign?");
        assert!(q.holds_wanted("The campaign's click rate was 4.2%."));
        assert!(!q.holds_wanted("The campaign went to 312 staff at 6 branches."));
        assert!(!q.holds_wanted("The campaign cost $3,000."));
        // A count is told by any number.
        let q = read("How many units does the Muncie branch have?");
        assert!(q.holds_wanted("Muncie runs 140 units."));
    }

    #[test]
    fn a_reference_is_asked_by_its_number_and_told_by_a_code() {
        assert_wants(&[
            (
                "whats the ticket # for the till data outage?",
                Wants::Reference,
            ),
            (
                "What's the incident ref for the April outage?",
                Wants::Reference,
            ),
            ("PIA ref #?", Wants::Reference),
            (
                "what PO number am I supposed to put on invoices",
                Wants::Reference,
            ),
            (
                "What PO did Hollins Bank raise for the bolt-on?",
                Wants::Reference,
            ),
            (
                "Under which reference did we upload the answers?",
                Wants::Reference,
            ),
            (
                "RCMP file number for the stolen skid steer?",
                Wants::Reference,
            ),
            (
                "the credit memo number for the February credit",
                Wants::Reference,
            ),
            ("What was the ticket, and what caused it?", Wants::Reference),
            // A figure, a date or a phone asked beside it goes first.
            (
                "What did the repair cost, and what's the ticket?",
                Wants::Figure,
            ),
            ("ticket # and when did the fix ship?", Wants::Date),
            ("nina's cell #?", Wants::Phone),
        ]);
        // Not a reference: the PO's status, a reference customer, a
        // yes/no question, a number that is a figure.
        for question in [
            "What's the status of the PO?",
            "Where is the PO sitting with their finance team?",
            "Would they be a reference customer?",
            "Are they happy to act as a reference?",
            "Could we use them as a reference for the pitch?",
            "Did they ever raise a ticket about it?",
            "What number is their CFO obsessed with?",
        ] {
            assert_ne!(wants(question), Wants::Reference, "{question}");
        }
        for (token, code) in [
            ("SUP-4471", true),
            ("(HC-PO-11873),", true),
            ("INC0012345.", true),
            ("#88213", true),
            ("4500123", true),
            ("118-20455", true),
            ("CO-117:", true),
            // Dates, periods, amounts, counts, a year, a model's one digit.
            ("2026-02-26", false),
            ("11/03", false),
            ("2027", false),
            ("Q2", false),
            ("FY25", false),
            ("$47,300", false),
            ("2,600", false),
            ("91.2%", false),
            ("12-month", false),
            ("40k", false),
            ("14:35", false),
            ("KX3", false),
            ("Sabine", false),
        ] {
            assert_eq!(is_reference(token), code, "{token}");
        }
        let vocab = Vocab::build(["x"], &[]);
        let read = |q: &str| read(q, &vocab, &Paraphrases::default(), &HashSet::new());
        let q = read("What's the ticket number for the POS export outage?");
        assert!(q.holds_wanted("Stale data - POS export stopped (SUP-4471): Sabine called."));
        assert!(q.holds_wanted("Logged as ticket 88213 on the 4th."));
        assert!(!q.holds_wanted("The POS export stopped on 2026-03-14 for 19 hours."));
        assert!(!q.holds_wanted("It cost them $4,200 across 12 stores in Q1."));
        // A code the question already says is not the answer.
        let q = read("What caused ticket SUP-4471, and what's its reference?");
        assert!(!q.holds_wanted("SUP-4471 was the POS export."));
    }

    #[test]
    fn a_reaction_needs_the_person_and_a_stance_an_outcome_needs_a_result() {
        assert_eq!(
            wants("what did Marta make of the routing demo"),
            Wants::Reaction
        );
        assert_eq!(
            wants("Oskar's position on the price rise?"),
            Wants::Reaction
        );
        assert_eq!(wants("who liked the demo?"), Wants::Person);
        assert_eq!(wants("What came out of the depot review?"), Wants::Outcome);
        assert_eq!(wants("how did the trial go"), Wants::Outcome);
        assert_eq!(wants("What did the safety audit find?"), Wants::Outcome);
        assert_eq!(
            wants("What did the holdout comparison show?"),
            Wants::Outcome
        );
        assert_eq!(wants("What does the depot review cover?"), Wants::Anything);
        assert_eq!(
            wants("What could make Marta decide to leave us?"),
            Wants::Anything
        );
        // What a note says, though "decision" names it; a report's
        // finding is still an outcome.
        assert_eq!(
            wants("What did the procurement decision note say?"),
            Wants::Anything
        );
        assert_eq!(
            wants("What did the outcome email from Pat say?"),
            Wants::Anything
        );
        assert_eq!(
            wants("What did the decision memo's review say?"),
            Wants::Outcome
        );
        assert_eq!(wants("What was the decision on the note?"), Wants::Outcome);
        assert_eq!(
            reaction_subject("what did Marta make of the routing demo"),
            ["marta"]
        );
        assert_eq!(
            reaction_subject("How did the ops director react?"),
            ["ops", "director"]
        );
        assert_eq!(reaction_subject("Oskar's take on the rise?"), ["oskar"]);
        assert!(reaction_subject("what did they think of it").is_empty());

        let vocab = Vocab::build(
            ["Marta runs the depots. The routing demo is booked for May."],
            &[],
        );
        let read = |q: &str| read(q, &vocab, &Paraphrases::default(), &HashSet::new());
        let q = read("What did Marta make of the routing demo?");
        assert!(q.holds_wanted("Marta loved the routing demo."));
        assert!(q.holds_wanted("Marta said the demo ran long."));
        assert!(!q.holds_wanted("Marta will see the routing demo in May."));
        assert!(!q.holds_wanted("Oskar was sceptical of the routing demo."));
        let q = read("What came out of the routing demo?");
        assert!(q.holds_wanted("The routing demo showed a 9% saving."));
        assert!(!q.holds_wanted("The routing demo is booked for May."));
        assert!(!q.holds_wanted("We'll run the routing demo next month."));
        // Not a result: a reason, a refusal ("won't" is not "won"), what
        // is due or still being worked out.
        let not_results = [
            "We ran the routing demo because Marta asked for it.",
            "Until the routing demo is done Marta won't change a thing.",
            "The depot is due a routing demo this term.",
            "The routing demo results are still being pulled together.",
        ];
        for s in not_results {
            assert!(!q.holds_wanted(s), "{s}");
        }
        assert!(q.holds_wanted("The routing demo won Marta over."));
        // Still pending, or only booked: no outcome yet.
        for s in [
            "Confirming the routing demo on 14 October, as agreed with Marta.",
            "Pricing hasn't approved the routing demo's saving.",
            "Marta says wait for the routing demo: it decided nothing yet.",
        ] {
            assert!(!q.holds_wanted(s), "{s}");
        }
        // Whole words: "has nothing" is not "has not".
        assert!(q.holds_wanted("The routing demo showed a saving; Marta has nothing against it."));
        // "The decision maker" is a person, not a decision.
        assert!(!q.holds_wanted("Marta is the decision maker on the routing demo."));
        assert!(q.holds_wanted("Marta made the decision after the routing demo."));
        // A result word the question says itself tells nothing new.
        let q = read("What was the root cause of the routing outage?");
        assert!(!q.holds_wanted("We held the root cause call on the routing outage."));
        assert!(q.holds_wanted("The routing outage was caused by a bad config push."));
        let q = read("What were the results of the routing demo?");
        assert!(!q.holds_wanted("The routing demo results: see the deck."));
        assert!(q.holds_wanted("The routing demo showed a 9% saving."));
    }

    #[test]
    fn the_focus_is_the_known_words_that_say_most() {
        let vocab = Vocab::build(
            [
                "The audit is planned for June with Callum.",
                "Callum owns the API documentation.",
                "We discussed the renewal.",
            ],
            &[],
        );
        let asked = read(
            "What did the audit find?",
            &vocab,
            &paraphrases(),
            &HashSet::new(),
        );
        let focus: Vec<&str> = asked
            .focus
            .iter()
            .map(|&i| asked.words[i].word.as_str())
            .collect();
        assert_eq!(focus[0], "audit");
    }
}
