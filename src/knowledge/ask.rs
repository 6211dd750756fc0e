//! Asking the knowledge clone of one account.
//!
//! 1. Read the question against the account's vocabulary
//!    (`question.rs`): its content words, its names, which words the
//!    account never uses and which of those are only paraphrases.
//! 2. Retrieve: the question's dense embedding and BM25 vector (with the
//!    paraphrases' terms) search the account's chunks (the account is in
//!    the index query's filter), and the two rankings are fused.
//! 3. Check: a point the store no longer holds is stale and dropped.
//! 4. Rank: each candidate is scored by how close it is in meaning (dense
//!    cosine), how much of the question's wording it covers (weighted by
//!    how rare each word is in this account), whether it names what the
//!    question names, and the topic of the answer it belongs to.
//! 5. Decide: the abstention classifier (`abstain.rs`) reads the
//!    question's and the candidates' features and answers or abstains.
//! 6. Cite: each cited source's excerpt is the part of it that answers
//!    (`excerpt.rs`), cut from the whole source.
//! 7. Answer: with a model, a grounded answer whose every sentence cites a
//!    given excerpt and says only what it holds (checked; the rest is
//!    dropped); without, the best sentences of the best excerpts, each with
//!    its citation.
//! 8. Log: who asked what, when, whether it was answered, what was cited.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::abstain::{Classifier, Features};
use super::chunk::sentences;
use super::grounded::ModelAnswer;
use super::question::{self, Asked};
use super::rank::{self, Ranking, Signals};
use super::sources::{self, SourceKind};
use super::store;
use super::terms;
use super::{excerpt, Knowledge, KnowledgeError, MAX_QUESTION_CHARS};
use crate::access::Scope;
use crate::accounts::AccountId;
use crate::bank::QuestionId;
use crate::index::{Hit, HybridQuery};
use crate::string_enum;

/// Candidates taken from each of the dense and BM25 searches.
const PER_SOURCE: usize = 40;
/// Citations returned at most.
pub const MAX_CITATIONS: usize = 5;
/// Sentences in an extractive answer at most.
const ANSWER_SENTENCES: usize = 3;

string_enum!(
    /// Who wrote the answer: the extractive answerer (no model), the model,
    /// or the extractive answerer because the model failed.
    AnsweredBy { Extractive => "extractive", Model => "model", Fallback => "fallback" }
);

#[derive(Debug, Clone, Serialize, Deserialize, ToSchema)]
pub struct Citation {
    /// The number the answer's `[n]` refers to.
    pub n: usize,
    pub account_id: String,
    /// `interview` or a record kind: `activity`, `contact`, `opportunity`, `account`.
    pub kind: SourceKind,
    /// The record item's id, or the knowledge version's id for an interview answer.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question_id: Option<QuestionId>,
    /// The knowledge version, for interview answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// What the chunk is: "Email on 2026-09-14 with …", or the bank question.
    pub label: String,
    /// The part of the source that answers: the whole source when it is
    /// short, else the sentences around its most relevant one ("…" where
    /// the source goes on).
    pub excerpt: String,
    /// The retrieval ranking's score. Citations come best first, except
    /// that for a figure, date or reference question a record item holding
    /// one may take the last place from a better-scored interview answer.
    pub score: f32,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AskReply {
    pub answer: String,
    pub abstained: bool,
    pub citations: Vec<Citation>,
    pub answered_by: AnsweredBy,
    /// The abstention classifier's probability that the knowledge answers
    /// the question (0-1).
    pub confidence: f32,
    /// Names in the question that this account's knowledge never mentions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_captured: Vec<String>,
    /// What the decision saw: the classifier's features, probability and
    /// threshold, and the best candidate's signals.
    pub evidence: Evidence,
    /// The logged question's id.
    pub question_log_id: String,
}

#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Evidence {
    /// The best candidate's cosine similarity to the question.
    pub dense: f32,
    /// The share of the question's wording the best candidate covers.
    pub coverage: f32,
    /// Summed specificity of the question's words the account never uses.
    pub missing: f32,
    /// Those words.
    pub unknown_words: Vec<String>,
    /// Words of the question the account says otherwise, with how it says them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub paraphrased: Vec<Paraphrased>,
    /// The closest answered bank question's similarity to the question.
    pub topic: f32,
    pub score: f32,
    /// The kind of fact the question asks for (`anything`, `person`,
    /// `figure`, `date`, `phone`, `email`, `reaction`, `outcome`, `name`,
    /// `reference`):
    /// `features.answer_type` says whether the best sources hold one.
    pub wants: question::Wants,
    /// What the abstention classifier read.
    pub features: Features,
    /// Its probability that the knowledge answers the question.
    pub p_answerable: f32,
    /// The probability at which it answers.
    pub threshold: f32,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Paraphrased {
    pub word: String,
    /// The account's terms for it.
    #[serde(rename = "as")]
    pub as_: Vec<String>,
}

/// The reply when nothing captured answers the question.
pub const NOT_CAPTURED: &str = "Not captured for this account: nothing in its interview answers or its record answers this. It has been added to the account's open questions.";

/// What retrieval found for a question.
#[derive(Debug, Clone)]
pub struct Retrieved {
    /// Candidates, best first, one per source, excerpts cut for the first
    /// [`MAX_CITATIONS`].
    pub scored: Vec<Scored>,
    /// The question as read against the account.
    pub asked: Asked,
    /// What the abstention classifier reads.
    pub features: Features,
}

/// A candidate chunk with its scores.
#[derive(Debug, Clone)]
pub struct Scored {
    pub hit: Hit,
    /// Cosine similarity (0 when only BM25 found it).
    pub dense: f32,
    /// Weighted share of the question's content words it contains.
    pub coverage: f32,
    /// The content words it contains (see [`Asked::covered`]); for a
    /// source, those of all its retrieved chunks.
    pub covered: u64,
    /// Names of the question it contains.
    pub names: usize,
    /// For an interview answer: how close the question is to the bank
    /// question it answers (0 for record items).
    pub topic: f32,
    pub score: f32,
}

fn clean_question(text: &str) -> Result<&str, KnowledgeError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(KnowledgeError::EmptyQuestion);
    }
    let n = t.chars().count();
    if n > MAX_QUESTION_CHARS {
        return Err(KnowledgeError::QuestionTooLong(n));
    }
    Ok(t)
}

/// Words that ask how to reach someone.
const REACH_WORDS: &[&str] = &[
    "phone", "email", "e-mail", "mobile", "cell", "reach", "dial", "whatsapp",
];

fn asks_how_to_reach(question: &str) -> bool {
    let lower = question.to_lowercase();
    terms::says_any(&lower, REACH_WORDS)
        || lower.contains("number to call")
        || lower.contains("call him on")
        || lower.contains("call her on")
        || lower.contains("contact details")
}

/// Words that ask for a figure: an amount, a count, a reference, a date.
const FIGURE_WORDS: &[&str] = &[
    "number",
    "amount",
    "much",
    "many",
    "cost",
    "costs",
    "paid",
    "pay",
    "price",
    "invoice",
    "invoiced",
    "ref",
    "reference",
    "ticket",
    "po",
    "id",
    "code",
    "figure",
    "total",
    "percent",
    "percentage",
    "date",
    "when",
    "version",
    "size",
    "volume",
];

fn asks_for_a_figure(question: &str) -> bool {
    terms::says_any(question, FIGURE_WORDS)
}

/// A text holds a figure: a token with two digits or more.
fn has_figure(text: &str) -> bool {
    text.split_whitespace()
        .any(|t| t.chars().filter(char::is_ascii_digit).count() >= 2)
}

/// Scores `hits` by `ranking`; `text_words` are the words of each hit's
/// text, read once by the caller.
#[allow(clippy::too_many_arguments)]
fn score_hits(
    asked: &Asked,
    question: &str,
    hits: Vec<Hit>,
    text_words: Vec<Vec<String>>,
    vocab: &terms::Vocab,
    topics: &HashMap<QuestionId, f32>,
    ranking: &Ranking,
    mut trace: Option<&mut Vec<(Hit, Signals)>>,
) -> Vec<Scored> {
    let min_dense = hits
        .iter()
        .filter_map(|h| h.dense)
        .fold(f32::INFINITY, f32::min);
    let floor = if min_dense.is_finite() {
        min_dense - 0.02
    } else {
        0.0
    };
    let reach = asks_how_to_reach(question);
    let figure = asks_for_a_figure(question);
    // Whether a chunk holds the kind of fact asked for is read only when
    // it counts or is traced: it costs a pass over every chunk's words.
    let typed = asked.wants != question::Wants::Anything
        && (ranking.weight("wanted") != 0.0 || trace.is_some());
    let max_sparse = hits.iter().filter_map(|h| h.sparse).fold(0.0f32, f32::max);
    let max_fused = hits.iter().map(|h| h.fused).fold(0.0f32, f32::max);
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let mut scored: Vec<Scored> = hits
        .into_iter()
        .zip(text_words)
        .map(|(hit, text_words)| {
            let mut words: Vec<String> = terms::words(&hit.payload.header);
            words.extend(text_words);
            words.extend(vocab.implicit.iter().cloned());
            if let Some(author) = hit
                .payload
                .author
                .as_ref()
                .and_then(|a| vocab.authors.get(a))
            {
                words.extend(author.iter().cloned());
            }
            let words = terms::WordSet::new(words);
            let covered = asked.covered(&words);
            let coverage = asked.share(covered);
            let names = asked.names_in(&words);
            let dense = hit.dense.unwrap_or(floor).max(0.0);
            let topic = hit
                .payload
                .question_id
                .as_ref()
                .and_then(|qid| topics.get(qid))
                .copied()
                .unwrap_or(0.0);
            let kind = hit.payload.kind;
            let signals = Signals {
                dense,
                coverage,
                names: names as f32,
                topic: rank::topic_signal(topic),
                interview: flag(kind == SourceKind::Interview),
                contact: flag(kind == SourceKind::Contact),
                opportunity: flag(kind == SourceKind::Opportunity),
                account: flag(kind == SourceKind::Account),
                bm25: match (hit.sparse, max_sparse > 0.0) {
                    (Some(v), true) => v / max_sparse,
                    _ => 0.0,
                },
                fused: if max_fused > 0.0 {
                    hit.fused / max_fused
                } else {
                    0.0
                },
                reach: flag(reach && kind == SourceKind::Contact),
                figure: flag(figure && has_figure(&hit.payload.text)),
                wanted: flag(typed && asked.holds_wanted(&hit.payload.text)),
            };
            if let Some(trace) = trace.as_deref_mut() {
                trace.push((hit.clone(), signals));
            }
            Scored {
                score: ranking.score(&signals),
                hit,
                dense,
                coverage,
                covered,
                names,
                topic,
            }
        })
        .collect();
    scored.sort_by(|a, b| b.score.total_cmp(&a.score));
    scored
}

/// One candidate per source, best first: the source's best chunk, knowing
/// every content word any of the source's retrieved chunks covers.
fn distinct_sources(scored: Vec<Scored>) -> Vec<Scored> {
    let mut out: Vec<Scored> = Vec::new();
    for s in scored {
        let key = (&s.hit.payload.kind, &s.hit.payload.source_id);
        match out
            .iter_mut()
            .find(|o| (&o.hit.payload.kind, &o.hit.payload.source_id) == key)
        {
            Some(o) => o.covered |= s.covered,
            None => out.push(s),
        }
    }
    out
}

/// A record item (an activity, an opportunity, a contact, the account)
/// that holds the kind of fact a figure, date or reference question asks
/// for, to be shown as the last citation when none of the citations is
/// such an item: its place in `scored`, past the citations. Interview
/// answers rank high on any question near their topic, and five of them
/// can hide the call note or email that says what the credit came to,
/// when the money landed or what the ticket's number was. Only the best such item among those sharing a word with the
/// question; what ranked first stays first.
fn record_fact(asked: &Asked, scored: &[Scored]) -> Option<usize> {
    if !matches!(
        asked.wants,
        question::Wants::Figure | question::Wants::Date | question::Wants::Reference
    ) || scored.len() <= MAX_CITATIONS
    {
        return None;
    }
    let holds = |s: &Scored| {
        s.hit.payload.kind != SourceKind::Interview
            && s.covered != 0
            && asked.holds_wanted(&s.hit.payload.text)
    };
    if scored[..MAX_CITATIONS].iter().any(holds) {
        return None;
    }
    scored[MAX_CITATIONS..]
        .iter()
        .position(holds)
        .map(|j| MAX_CITATIONS + j)
}

/// What the abstention classifier reads of a question and its candidates
/// (one per source, best first).
pub fn features(asked: &Asked, sources: &[Scored]) -> Features {
    let names = asked.name_mask();
    let others = !names;
    let cooc = sources
        .iter()
        .map(|s| asked.share(s.covered))
        .fold(0.0, f32::max);
    let name_cooc = if names == 0 {
        cooc
    } else {
        // Among the sources that name them, the best share of the rest.
        let rest_total = asked.share(others);
        sources
            .iter()
            .filter(|s| s.covered & names == names)
            .map(|s| {
                if rest_total > 0.0 {
                    asked.share(s.covered & others) / rest_total
                } else {
                    1.0
                }
            })
            .fold(0.0, f32::max)
    };
    Features {
        unknown: asked.unknown_specificity,
        unknown_max: asked.unknown_max,
        unknown_share: if asked.total_specificity > 0.0 {
            asked.unknown_specificity / asked.total_specificity
        } else {
            0.0
        },
        unknown_lead: (asked.unknown_max - asked.known_max).max(-4.0),
        names_missing: asked.missing_names().len() as f32,
        dense: sources.iter().map(|s| s.dense).fold(0.0, f32::max),
        coverage: sources.first().map(|s| s.coverage).unwrap_or(0.0),
        cooc,
        focus: sources
            .iter()
            .map(|s| asked.focus_share(s.covered))
            .fold(0.0, f32::max),
        name_cooc,
        // Filled by `sentence_features` once the sources are read whole.
        sentence_cooc: 0.0,
        answer_type: 0.0,
        typed_cooc: 0.0,
        hedged: 0.0,
        asks_kind: if asked.wants.read_by_abstention() {
            1.0
        } else {
            0.0
        },
    }
}

/// Sentences of each cited source checked for the kind of fact the
/// question wants. Every cited source is checked, not only the first
/// ones: the answer cites up to [`MAX_CITATIONS`], and the fact may be in
/// any of them ("what was their click rate last quarter?" is answered by
/// an activity that ranks fourth behind interview answers about phishing).
const TYPED_SENTENCES: usize = 2;

/// The least share of an outcome question's words that a sentence telling
/// the thing as planned must hold to say that its outcome was not
/// captured ("Next step: pilot readout with the M&A group on November 19"
/// for "how did the November 19 readout with the M&A group go"): a plan
/// mentioned in passing ("two more co-ops next year") says nothing of it.
/// Chosen on the tuning sets (0, 0.3 and 0.5 tried; eval/README.md).
const PLAN_FLOOR: f32 = 0.5;

/// What the sentences of the best sources say about a question.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceFeatures {
    /// The largest share of the question's words one sentence holds.
    pub cooc: f32,
    /// Whether a cited source holds the kind of fact the question asks
    /// for in one of its most relevant sentences about what it asks (one
    /// holding a word of its focus): 1 or 0; 1 when it asks for no kind.
    pub typed: f32,
    /// The largest share of the question's words held by a sentence of
    /// the cited sources that also holds the kind of fact asked for (a
    /// short source counts as one sentence): the fact and what it is about
    /// told together. The largest share of any sentence when the question
    /// asks for no kind.
    pub typed_cooc: f32,
    /// Whether one of the most relevant sentences about what the question
    /// asks (of the cited sources) says that it is not known ("Josh did
    /// not know whether Ironclad is bidding"): 1 or 0.
    pub hedged: f32,
}

/// The sentence features of the cited sources (each given as its
/// sentences with the content words each covers, [`Asked::read_sentence`],
/// best source first).
pub fn sentence_features(asked: &Asked, sources: &[Vec<ReadSentence<'_>>]) -> SentenceFeatures {
    let mut cooc = 0.0f32;
    let anything = !asked.wants.read_by_abstention();
    let mut typed = anything;
    let mut typed_cooc = 0.0f32;
    let mut hedged = false;
    // For a question about how something turned out: how closely the
    // sentences that tell it as planned or pending are about it, and how
    // closely those that tell a result are.
    let outcome = asked.wants == question::Wants::Outcome;
    let mut planned = 0.0f32;
    let mut resulted = 0.0f32;
    for read in sources {
        let sentences: Vec<&str> = read.iter().map(|r| r.sentence.text).collect();
        let masks: Vec<u64> = read.iter().map(|r| r.mask).collect();
        let shares: Vec<f32> = masks.iter().map(|&m| asked.share(m)).collect();
        cooc = shares.iter().copied().fold(cooc, f32::max);
        let about = |j: usize| {
            (shares[j] > 0.0 && asked.focus_share(masks[j]) > 0.0) || read[j].asked_field
        };
        let mut order: Vec<usize> = (0..sentences.len()).collect();
        order.sort_by(|&a, &b| shares[b].total_cmp(&shares[a]));
        hedged |= order
            .iter()
            .take(TYPED_SENTENCES)
            .any(|&j| about(j) && question::says_unknown(&terms::words(sentences[j])));
        if anything {
            continue;
        }
        if outcome {
            for j in (0..sentences.len()).filter(|&j| about(j)) {
                if asked.tells_plan(sentences[j]) {
                    planned = planned.max(shares[j]);
                } else if read[j].sentence.holds {
                    resulted = resulted.max(shares[j]);
                }
            }
        }
        // A reaction is often told over two sentences ("Linda saw the
        // demo. She loved it."): the sentence is read with the next one.
        let spans = asked.wants.spans_sentences();
        let holds = |j: usize| match sentences.get(j + 1) {
            Some(next) if spans => asked.holds_wanted(&format!("{} {next}", sentences[j])),
            _ if spans => asked.holds_wanted(sentences[j]),
            _ => read[j].sentence.holds,
        };
        // A short source (a contact, an activity) is read whole: its
        // phone number is not in the sentence that names the person. Not
        // the account record: a list of separate facts (its profile, ARR,
        // renewal, each clause of the contract notes), where a figure in
        // one clause says nothing of what another is about.
        let words: usize = sentences.iter().map(|s| s.split_whitespace().count()).sum();
        let whole = read.first().is_some_and(|r| r.kind != SourceKind::Account);
        if whole && words <= excerpt::WHOLE_WORDS {
            let any_holds = if spans {
                sentences.iter().any(|s| asked.holds_wanted(s))
            } else {
                read.iter().any(|r| r.sentence.holds)
            };
            if order.iter().any(|&j| about(j)) && any_holds {
                typed = true;
                let all = masks.iter().fold(0u64, |a, &m| a | m);
                typed_cooc = typed_cooc.max(asked.share(all));
            }
        } else {
            let holding: Vec<usize> = order
                .iter()
                .copied()
                .filter(|&j| about(j) && holds(j))
                .collect();
            typed |= holding
                .iter()
                .any(|&j| order[..TYPED_SENTENCES.min(order.len())].contains(&j));
            if let Some(&j) = holding.first() {
                typed_cooc = typed_cooc.max(shares[j]);
            }
        }
    }
    // "Next step: pilot readout on November 19" is closer to the readout
    // asked about than any sentence telling a result: what came of it
    // was not captured.
    if outcome && planned > resulted && planned >= PLAN_FLOOR {
        typed = false;
        typed_cooc = 0.0;
    }
    SentenceFeatures {
        cooc,
        typed: if typed { 1.0 } else { 0.0 },
        typed_cooc: if anything { cooc } else { typed_cooc },
        hedged: if hedged { 1.0 } else { 0.0 },
    }
}

/// How much more a relevant sentence counts for the excerpt when it holds
/// the kind of fact the question asks for.
const TYPED_BOOST: f32 = 1.5;

/// A sentence of a cited source, read once against the question: its
/// place, relevance and whether it holds the kind of fact asked for, alone
/// (`sentence.holds`: false when the question asks for no kind, or for one
/// told over two sentences, which [`sentence_features`] reads with the
/// next), for the excerpt; and the question's content words it covers
/// ([`Asked::covered`]) for the sentence features.
pub struct ReadSentence<'a> {
    pub sentence: excerpt::Sentence<'a>,
    pub mask: u64,
    /// What the source is.
    pub kind: SourceKind,
    /// Whether the sentence is an account field the question asks about
    /// ([`sources::FactText::asked_field`]): about the question.
    pub asked_field: bool,
}

impl<'a> ReadSentence<'a> {
    /// `kind`: what the source is. A record item's field holds a fact
    /// only for a question about it ([`sources::fact_text`]).
    pub fn new(asked: &Asked, kind: SourceKind, part: usize, text: &'a str) -> ReadSentence<'a> {
        let (mask, mut score) = asked.read_sentence(text);
        let fact = sources::fact_text(kind, text, &asked.said);
        let holds = asked.wants != question::Wants::Anything
            && !asked.wants.spans_sentences()
            && asked.holds_wanted(&fact.text);
        // Of the sentences about what is asked, one that holds the kind of
        // fact asked for (the number, the name, the date) is the one the
        // excerpt should show.
        if holds && score > 0.0 {
            score *= TYPED_BOOST;
        }
        ReadSentence {
            sentence: excerpt::Sentence {
                text,
                part,
                score,
                holds,
            },
            mask,
            kind,
            asked_field: fact.asked_field,
        }
    }
}

impl<'a> AsRef<excerpt::Sentence<'a>> for ReadSentence<'a> {
    fn as_ref(&self) -> &excerpt::Sentence<'a> {
        &self.sentence
    }
}

/// The retrieval's verdict on whether the knowledge answers the question.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub answerable: bool,
    /// The classifier's probability that it does.
    pub confidence: f32,
}

pub fn decide(found: &Retrieved, classifier: &Classifier) -> Verdict {
    if found.scored.is_empty() {
        return Verdict {
            answerable: false,
            confidence: 0.0,
        };
    }
    let p = classifier.p_answerable(&found.features);
    Verdict {
        answerable: p >= classifier.threshold,
        confidence: p,
    }
}

/// The extractive answer: from each of the best excerpts, the sentence
/// most relevant to the question, with its citation number. A question in
/// an excerpt (a successor's, sent back with its answer; an owner's
/// rhetorical one) answers nothing: a statement is taken before it. Of
/// equally relevant sentences the first is taken: an owner leads with the
/// fact and tells more about it after.
pub fn extractive_answer(relevance: impl Fn(&str) -> f32, citations: &[Citation]) -> String {
    let mut parts = Vec::new();
    for c in citations.iter().take(ANSWER_SENTENCES) {
        let all = sentences(&c.excerpt.replace('…', " "));
        let statements: Vec<String> = all
            .iter()
            .filter(|s| !s.trim_end().ends_with('?'))
            .cloned()
            .collect();
        let pool = if statements.is_empty() {
            all
        } else {
            statements
        };
        // `max_by` keeps the last of equals: read from the end.
        let best = pool
            .into_iter()
            .map(|s| (relevance(&s), s))
            .rev()
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((r, s)) = best {
            if r <= 0.0 && !parts.is_empty() {
                continue;
            }
            parts.push(format!("{} [{}]", s.trim_end(), c.n));
        }
    }
    parts.join(" ")
}

/// The closeness (cosine, bundled encoder) at which one of the ways a
/// successor asks about a bank question (`asked_as`) routes a question to
/// it. Under 0.6 the encoder relates colloquial questions to the wrong
/// topic about as often as to the right one; between 0.6 and 0.65 it
/// still sends "can they get out of the contract early?" to how the
/// price was set (eval/README.md).
const ASKED_AS_FLOOR: f32 = 0.65;

impl Knowledge {
    /// How close a question is to each bank question: the best cosine
    /// similarity to its wording or one of its probes, or to one of the
    /// ways a successor asks about it (`asked_as`) where that is at least
    /// [`ASKED_AS_FLOOR`].
    async fn topic_scores(
        &self,
        query: &[f32],
    ) -> Result<HashMap<QuestionId, f32>, KnowledgeError> {
        let topics = self
            .topics
            .get_or_try_init(|| async {
                let bank = self.indexer.bank();
                let mut labels = Vec::new();
                let mut texts = Vec::new();
                for id in crate::bank::QuestionId::ALL {
                    let q = bank.question(*id);
                    for t in std::iter::once(&q.text).chain(q.probes.iter()) {
                        labels.push((*id, f32::MIN));
                        texts.push(t.clone());
                    }
                    for t in &q.asked_as {
                        labels.push((*id, ASKED_AS_FLOOR));
                        texts.push(t.clone());
                    }
                }
                let vectors = self.indexer.embedder().embed(texts).await?;
                Ok::<_, KnowledgeError>(labels.into_iter().zip(vectors).collect::<Vec<_>>())
            })
            .await?;
        let mut best: HashMap<QuestionId, f32> = HashMap::new();
        for ((label, floor), v) in topics {
            let cos: f32 = v.iter().zip(query).map(|(a, b)| a * b).sum();
            let e = best.entry(*label).or_insert(f32::MIN);
            if cos >= *floor {
                *e = e.max(cos);
            }
        }
        Ok(best)
    }

    /// Candidates for a question in one account (`dense`: the question's
    /// embedding), scored, stale ones dropped, one per source, the first
    /// ones' excerpts cut.
    pub async fn retrieve(
        &self,
        account: &AccountId,
        question: &str,
        dense: Vec<f32>,
    ) -> Result<Retrieved, KnowledgeError> {
        let vocab = self.indexer.vocab().get(account.as_str()).await?;
        let paraphrases = &self.indexer.bank().paraphrases;
        let mut asked = question::read(question, &vocab, paraphrases, &self.bank_stems);
        let topics = self.topic_scores(&dense).await?;
        // BM25 also looks for the account's own terms for the question's
        // paraphrased words.
        let sparse = self.indexer.bm25().query(&asked.expanded(question));
        let current = self.indexer.current_for(account).await?;
        let hits = self
            .indexer
            .index()
            .search(&HybridQuery {
                account_id: account.clone(),
                dense,
                sparse,
                per_source: PER_SOURCE,
                limit: PER_SOURCE * 2,
            })
            .await?;
        drop(current);
        let hits: Vec<Hit> = hits
            .into_iter()
            .filter(|h| h.payload.account_id == account.as_str())
            .collect();
        let mut source_ids: Vec<&str> = hits.iter().map(|h| h.payload.source_id.as_str()).collect();
        source_ids.sort_unstable();
        source_ids.dedup();
        let chunks = store::source_chunks(&self.db, account.as_str(), &source_ids).await?;
        let live: std::collections::HashSet<&str> = chunks.iter().map(|c| c.id.as_str()).collect();
        let hits: Vec<Hit> = hits
            .into_iter()
            .filter(|h| live.contains(h.id.to_string().as_str()))
            .collect();
        // Each hit's words, read once: abbreviations the account spells out
        // in what was found, then ranking.
        let text_words: Vec<Vec<String>> =
            hits.iter().map(|h| terms::words(&h.payload.text)).collect();
        asked.expand_abbreviations(&text_words, &vocab, &self.bank_stems);
        let mut traced = self.trace.as_ref().map(|_| Vec::new());
        let mut scored = distinct_sources(score_hits(
            &asked,
            question,
            hits,
            text_words,
            &vocab,
            &topics,
            &self.ranking,
            traced.as_mut(),
        ));
        if let (Some(trace), Some(traced)) = (&self.trace, &traced) {
            trace.write(account.as_str(), question, traced);
        }
        let mut features = features(&asked, &scored);
        // The first sources read whole, each sentence once: for the
        // excerpt and for the sentence features. Per source: the chunk
        // retrieval ranked first, and the sentences with the chunk each
        // comes from. A record fact to be cited last is read too, after
        // them.
        let record = record_fact(&asked, &scored);
        let picked: Vec<usize> = (0..scored.len().min(MAX_CITATIONS)).chain(record).collect();
        let texts: Vec<(usize, Vec<(usize, String)>)> = picked
            .iter()
            .map(|&i| {
                let p = &scored[i].hit.payload;
                let parts: Vec<&store::SourceChunk> = chunks
                    .iter()
                    .filter(|c| c.kind == p.kind && c.source_id == p.source_id)
                    .collect();
                let preferred = parts.iter().position(|c| c.pos == p.pos).unwrap_or(0);
                let sentences = parts
                    .iter()
                    .enumerate()
                    .flat_map(|(part, c)| sentences(&c.text).into_iter().map(move |t| (part, t)))
                    .collect();
                (preferred, sentences)
            })
            .collect();
        let read: Vec<Vec<ReadSentence>> = texts
            .iter()
            .zip(&picked)
            .map(|((_, source), &i)| {
                let kind = scored[i].hit.payload.kind;
                source
                    .iter()
                    .map(|(part, text)| ReadSentence::new(&asked, kind, *part, text))
                    .collect()
            })
            .collect();
        // Whether the account answers is read from the sources retrieval
        // ranked first; the record fact changes what is shown, not that.
        let said = sentence_features(&asked, &read[..read.len().min(MAX_CITATIONS)]);
        for ((&i, source), (preferred, _)) in picked.iter().zip(&read).zip(&texts) {
            let cut = excerpt::cut(source, *preferred);
            if !cut.is_empty() {
                scored[i].hit.payload.text = cut;
            }
        }
        if let Some(j) = record {
            let s = scored.remove(j);
            scored.insert(MAX_CITATIONS - 1, s);
        }
        features.sentence_cooc = said.cooc;
        features.answer_type = said.typed;
        features.typed_cooc = said.typed_cooc;
        features.hedged = said.hedged;
        Ok(Retrieved {
            scored,
            asked,
            features,
        })
    }

    /// Answers a question from one account's knowledge, or abstains.
    #[tracing::instrument(skip_all, fields(account_id = %account_id, by = %scope.user_id()))]
    pub async fn ask(
        &self,
        scope: &Scope,
        account_id: &str,
        question: &str,
    ) -> Result<AskReply, KnowledgeError> {
        let question = clean_question(question)?;
        // The encoder runs on the blocking pool: the question is embedded
        // while the store says whether the caller may read the account.
        // What it costs for a caller who may not is the same as a question
        // the caller may ask.
        let ((account, account_name), dense) =
            tokio::try_join!(self.readable_account(scope, account_id), async {
                Ok::<_, KnowledgeError>(self.indexer.embedder().embed_query(question).await?)
            })?;
        let found = self.retrieve(&account, question, dense).await?;
        let scored = &found.scored;
        let verdict = decide(&found, &self.classifier);
        let citations: Vec<Citation> = if verdict.answerable {
            scored
                .iter()
                .take(MAX_CITATIONS)
                .enumerate()
                .map(|(i, s)| citation(i + 1, s))
                .collect()
        } else {
            Vec::new()
        };
        let relevance = |s: &str| found.asked.relevance(s);
        let (answer, answered_by, abstained) = if !verdict.answerable {
            (NOT_CAPTURED.to_string(), AnsweredBy::Extractive, true)
        } else {
            match self.model_answer(&account_name, question, &citations).await {
                ModelAnswer::NoModel => (
                    extractive_answer(relevance, &citations),
                    AnsweredBy::Extractive,
                    false,
                ),
                ModelAnswer::Answered(text) => (text, AnsweredBy::Model, false),
                ModelAnswer::NotAnswered => (NOT_CAPTURED.to_string(), AnsweredBy::Model, true),
                ModelAnswer::Failed(e) => {
                    tracing::warn!(
                        error = %crate::ErrorChain(&e),
                        "model answer failed; answering extractively"
                    );
                    (
                        extractive_answer(relevance, &citations),
                        AnsweredBy::Fallback,
                        false,
                    )
                }
            }
        };
        let citations = if abstained { Vec::new() } else { citations };
        let log_id = store::log_question(
            &self.db,
            store::AskedRow {
                account_id: account.as_str(),
                asked_by: scope.user_id().as_str(),
                question,
                abstained,
                answered_by,
                citations: citations.iter().map(store::CitedSource::from).collect(),
                confidence: verdict.confidence,
            },
        )
        .await?;
        let best = scored.first();
        Ok(AskReply {
            answer,
            abstained,
            citations,
            answered_by,
            confidence: verdict.confidence,
            not_captured: found.asked.missing_names(),
            evidence: Evidence {
                dense: best.map(|s| s.dense).unwrap_or(0.0),
                coverage: best.map(|s| s.coverage).unwrap_or(0.0),
                missing: found.asked.unknown_specificity,
                unknown_words: found.asked.unknown.clone(),
                paraphrased: found
                    .asked
                    .words
                    .iter()
                    .filter(|w| !w.known && !w.alternatives.is_empty())
                    .map(|w| Paraphrased {
                        word: w.word.clone(),
                        as_: w
                            .alternatives
                            .iter()
                            .map(|t| {
                                t.iter()
                                    .map(|(x, _)| x.as_str())
                                    .collect::<Vec<_>>()
                                    .join(" ")
                            })
                            .collect(),
                    })
                    .collect(),
                topic: scored.iter().map(|s| s.topic).fold(0.0, f32::max),
                score: best.map(|s| s.score).unwrap_or(0.0),
                wants: found.asked.wants,
                features: found.features,
                p_answerable: verdict.confidence,
                threshold: self.classifier.threshold,
            },
            question_log_id: log_id,
        })
    }
}

fn citation(n: usize, s: &Scored) -> Citation {
    let p = &s.hit.payload;
    let interview = p.kind == SourceKind::Interview;
    Citation {
        n,
        account_id: p.account_id.clone(),
        kind: p.kind,
        id: p.source_id.clone(),
        question_id: p.question_id,
        version: interview.then_some(p.version),
        label: p.header.clone(),
        excerpt: p.text.clone(),
        score: (s.score * 1000.0).round() / 1000.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::Paraphrases;
    use std::collections::HashSet;

    fn cite(n: usize, excerpt: &str) -> Citation {
        Citation {
            n,
            account_id: "a".into(),
            kind: SourceKind::Activity,
            id: format!("x{n}"),
            question_id: None,
            version: None,
            label: String::new(),
            excerpt: excerpt.into(),
            score: 1.0,
        }
    }

    fn read(question: &str, texts: &[&str]) -> Asked {
        let vocab = terms::Vocab::build(texts.iter(), &[]);
        question::read(question, &vocab, &Paraphrases::default(), &HashSet::new())
    }

    #[test]
    fn the_extractive_answer_takes_the_matching_sentence_and_cites_it() {
        let texts = [
            "The weather was fine. Helga signs the renewal.",
            "Nothing relevant here.",
            "The renewal is in February.",
        ];
        let asked = read("Who signs the renewal?", &texts);
        let a = extractive_answer(
            |s| asked.relevance(s),
            &[cite(1, texts[0]), cite(2, texts[1]), cite(3, texts[2])],
        );
        assert_eq!(
            a,
            "Helga signs the renewal. [1] The renewal is in February. [3]"
        );
    }

    #[test]
    fn of_equally_relevant_sentences_the_answer_takes_the_first() {
        // Not one word in common: the owner's answer leads with the fact,
        // and the sentences after it tell more about it.
        let text = "Pat Doe signs, but Morgan Lake in procurement decides. \
                    Morgan cares about the uplift cap and hates surprises.";
        let asked = read("Whose arm do I have to twist?", &[text]);
        assert_eq!(asked.relevance("Morgan cares about the uplift cap."), 0.0);
        assert_eq!(
            extractive_answer(|s| asked.relevance(s), &[cite(1, text)]),
            "Pat Doe signs, but Morgan Lake in procurement decides. [1]"
        );
        // A tie further in still goes to the first of the tied ones.
        let texts = ["Nothing here. Helga signs the renewal. Ops sign the renewal."];
        let asked = read("Who signs the renewal?", &texts);
        assert_eq!(
            asked.relevance("Helga signs the renewal."),
            asked.relevance("Ops sign the renewal.")
        );
        assert_eq!(
            extractive_answer(|s| asked.relevance(s), &[cite(1, texts[0])]),
            "Helga signs the renewal. [1]"
        );
    }

    #[test]
    fn a_question_in_an_excerpt_is_not_its_answer() {
        let texts = [
            "Who signs the renewal at Acme? Helga does, after finance.",
            "Who signs the renewal?",
        ];
        let asked = read("Who signs the renewal?", &texts);
        let a = extractive_answer(
            |s| asked.relevance(s),
            &[cite(1, texts[0]), cite(2, texts[1])],
        );
        assert!(a.starts_with("Helga does, after finance. [1]"), "{a}");
    }

    /// Sentences with the content words each covers, as retrieval reads them.
    fn read_all<'a>(asked: &Asked, sentences: &'a [String]) -> Vec<ReadSentence<'a>> {
        read_as(asked, SourceKind::Interview, sentences)
    }

    /// The same, of a source of another kind.
    fn read_as<'a>(
        asked: &Asked,
        kind: SourceKind,
        sentences: &'a [String],
    ) -> Vec<ReadSentence<'a>> {
        sentences
            .iter()
            .map(|s| ReadSentence::new(asked, kind, 0, s))
            .collect()
    }

    /// One candidate per text, as retrieval would score them.
    fn sources(asked: &Asked, texts: &[&str]) -> Vec<Scored> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let covered = asked.covered(&terms::WordSet::new(terms::words(t)));
                Scored {
                    hit: Hit {
                        id: uuid::Uuid::nil(),
                        fused: 0.0,
                        dense: Some(0.5),
                        sparse: None,
                        payload: crate::index::ChunkPayload {
                            account_id: "a".into(),
                            kind: SourceKind::Activity,
                            source_id: format!("x{i}"),
                            question_id: None,
                            version: 1,
                            at: None,
                            author: None,
                            header: String::new(),
                            pos: 0,
                            text: t.to_string(),
                        },
                    },
                    dense: 0.5,
                    coverage: asked.share(covered),
                    covered,
                    names: 0,
                    topic: 0.0,
                    score: 0.5,
                }
            })
            .collect()
    }

    #[test]
    fn a_record_that_holds_the_figure_or_reference_asked_for_is_cited_past_five_interview_answers()
    {
        let mut texts = vec!["The outage in March hurt; they were angry for weeks."; MAX_CITATIONS];
        texts.push("Notes on the outage call: nobody took minutes.");
        texts.push("Outage credit: we knocked $4,200 off the March invoice.");
        texts.push("Another credit of $900 went out in June.");
        let question = "How much did we knock off their bill for the outage?";
        let asked = read(question, &texts);
        let mut scored = sources(&asked, &texts);
        for s in &mut scored[..MAX_CITATIONS] {
            s.hit.payload.kind = SourceKind::Interview;
        }
        // The best record item past the citations that shares a word with
        // the question and holds an amount; not the one without a figure.
        assert_eq!(record_fact(&asked, &scored), Some(MAX_CITATIONS + 1));
        // A record item holding a figure among the citations already: none.
        scored[MAX_CITATIONS - 1].hit.payload.kind = SourceKind::Activity;
        scored[MAX_CITATIONS - 1].hit.payload.text = "The March credit was $4,200.".into();
        assert_eq!(record_fact(&asked, &scored), None);
        // An open question asks for no figure: the ranking stands.
        let open = read("What happened with the outage?", &texts);
        let mut scored = sources(&open, &texts);
        for s in &mut scored[..MAX_CITATIONS] {
            s.hit.payload.kind = SourceKind::Interview;
        }
        assert_eq!(record_fact(&open, &scored), None);
        // Nor does a record item that shares no word with the question
        // come forward for holding a figure.
        let far = read("How much did they pay for the kiosks?", &texts);
        let mut scored = sources(&far, &texts);
        for s in &mut scored[..MAX_CITATIONS] {
            s.hit.payload.kind = SourceKind::Interview;
        }
        assert_eq!(record_fact(&far, &scored), None);
        // A reference, as a figure: the ticket's number in a record item.
        let mut texts = vec!["The outage in March hurt; they were angry for weeks."; MAX_CITATIONS];
        texts.push("Outage follow-up: the credit was $4,200.");
        texts.push("Outage in March: logged as SUP-4471 with support.");
        let ticket = read("What's the ticket number for the outage?", &texts);
        let mut scored = sources(&ticket, &texts);
        for s in &mut scored[..MAX_CITATIONS] {
            s.hit.payload.kind = SourceKind::Interview;
        }
        assert_eq!(record_fact(&ticket, &scored), Some(MAX_CITATIONS + 1));
    }

    #[test]
    fn words_that_never_meet_in_one_source_do_not_make_an_answer() {
        let apart = [
            "Callum runs their warehouse in Leeds.",
            "The API documentation is out of date.",
        ];
        let question = "What does Callum think of our API documentation?";
        let asked = read(question, &apart);
        let f = features(&asked, &sources(&asked, &apart));
        assert_eq!(f.name_cooc, 0.0, "{f:?}");
        assert!(f.cooc < 1.0, "{f:?}");
        let together = ["Callum thinks the API documentation is the worst he has seen."];
        let asked = read(question, &together);
        let g = features(&asked, &sources(&asked, &together));
        assert_eq!(g.name_cooc, 1.0, "{g:?}");
        assert!(g.cooc > f.cooc && g.focus >= f.focus, "{g:?} {f:?}");
        assert_eq!(g.names_missing, 0.0);
        let asked = read("Does Laredo get the quarry discount?", &together);
        let h = features(&asked, &sources(&asked, &together));
        assert_eq!(h.names_missing, 1.0);
        assert!(h.unknown > 2.0, "{h:?}");
    }

    #[test]
    fn sentences_must_hold_the_words_together_and_the_kind_of_fact_asked_for() {
        let filler = "They were busy that week with the audit and nothing else. ".repeat(12);
        let texts = [
            format!("{filler}Ken runs their books. He prefers the phone before nine. {filler}"),
            "Ken's phone: +1 414 555 0199.".to_string(),
        ];
        let texts = [texts[0].as_str(), texts[1].as_str()];
        let asked = read("Got a phone number for Ken the bookkeeper?", &texts);
        let (s0, s1) = (sentences(texts[0]), sentences(texts[1]));
        let first = vec![read_all(&asked, &s0)];
        let said = sentence_features(&asked, &first);
        assert_eq!(said.typed, 0.0);
        assert_eq!(said.typed_cooc, 0.0, "no sentence holds a phone number");
        assert!(said.cooc > 0.0 && said.cooc < 1.0, "{said:?}");
        let both = vec![read_all(&asked, &s0), read_all(&asked, &s1)];
        let said = sentence_features(&asked, &both);
        assert_eq!(said.typed, 1.0);
        assert!(said.typed_cooc > 0.0, "{said:?}");
        // Every cited source is checked: the number counts in the last one.
        let mut cited: Vec<Vec<ReadSentence>> =
            (1..MAX_CITATIONS).map(|_| read_all(&asked, &s0)).collect();
        assert_eq!(sentence_features(&asked, &cited).typed, 0.0);
        cited.push(read_all(&asked, &s1));
        let said = sentence_features(&asked, &cited);
        assert_eq!(said.typed, 1.0);
        assert!(said.typed_cooc > 0.0, "{said:?}");
        let asked = read("Why is Ken unhappy?", &texts);
        let said = sentence_features(&asked, &first);
        assert_eq!(said.typed, 1.0, "no kind asked for");
        assert_eq!(said.typed_cooc, said.cooc);
        assert_eq!(said.hedged, 0.0);
        assert_eq!(features(&asked, &[]).asks_kind, 0.0);
        assert_eq!(
            features(&read("Got a phone number for Ken?", &texts), &[]).asks_kind,
            1.0
        );
    }

    #[test]
    fn an_account_record_is_read_fact_by_fact_and_its_fields_only_when_asked() {
        // An account record as `accounts::text` renders it: its profile,
        // ARR, renewal, then the contract notes' clauses.
        let record = "Harrowden College is a mid-market account, in Education, territory UK \
                      East Midlands. ARR 64,500. The contract renews on 2027-06-30. Contract \
                      notes: Boarding module priced per pupil. 5% loyalty discount.";
        let sentences = sentences(record);
        let typed = |question: &str, kind: SourceKind| {
            let asked = read(question, &[record]);
            sentence_features(&asked, &[read_as(&asked, kind, &sentences)]).typed
        };
        let cases: &[(&str, SourceKind, f32)] = &[
            // The boarding module's clause holds no amount, and the
            // discount's clause is not about boarding fees.
            (
                "What's the boarding fee per term at Harrowden?",
                SourceKind::Account,
                0.0,
            ),
            // The same text as a short activity is read whole.
            (
                "What's the boarding fee per term at Harrowden?",
                SourceKind::Activity,
                1.0,
            ),
            // The ARR answers what they pay, by its label alone.
            ("What do they pay us a year?", SourceKind::Account, 1.0),
            (
                "When is Harrowden up for renewal?",
                SourceKind::Account,
                1.0,
            ),
            // Not what a competitor charges, nor when something went live.
            (
                "How much is FarmPulse charging Harrowden?",
                SourceKind::Account,
                0.0,
            ),
            (
                "When did Harrowden go live on the boarding module?",
                SourceKind::Account,
                0.0,
            ),
            // Nor which party runs the place: the profile's names are a
            // field, read only for its sector or territory.
            (
                "Which party is running Harrowden at the moment?",
                SourceKind::Account,
                0.0,
            ),
            ("Which sector is Harrowden in?", SourceKind::Account, 1.0),
        ];
        for (question, kind, expected) in cases {
            assert_eq!(typed(question, *kind), *expected, "{question} ({kind:?})");
        }
    }

    #[test]
    fn a_sentence_about_the_question_that_says_it_is_not_known_is_a_hedge() {
        let texts = [
            "Josh did not know whether Ironclad is bidding on the renewal. The renewal is in May.",
            "Ironclad is bidding on the renewal at $40,000. The renewal is in May.",
        ];
        let asked = read("Is Ironclad bidding on the renewal?", &texts);
        let (s0, s1) = (sentences(texts[0]), sentences(texts[1]));
        let hedge = vec![read_all(&asked, &s0)];
        assert_eq!(sentence_features(&asked, &hedge).hedged, 1.0);
        let told = vec![read_all(&asked, &s1)];
        assert_eq!(sentence_features(&asked, &told).hedged, 0.0);
    }

    #[test]
    fn the_excerpt_shows_the_sentence_that_holds_the_fact_asked_for() {
        let filler =
            "The depot team was busy that week with the move and nothing else. ".repeat(12);
        let text = format!(
            "Ken runs their books and hates surprises. {filler}Ken is on +1 414 555 0199 most mornings."
        );
        let all = sentences(&text);
        let score = |read: &[ReadSentence], needle: &str| {
            read.iter()
                .find(|r| r.sentence.text.contains(needle))
                .map(|r| r.sentence.score)
                .unwrap()
        };
        let asked = read("What's Ken's phone?", &[text.as_str()]);
        let said = read_all(&asked, &all);
        // Both sentences name Ken; the one with his number counts more,
        // so the excerpt is cut around it.
        assert!(score(&said, "555 0199") > score(&said, "hates surprises"));
        let excerpt = excerpt::cut(&said, 0);
        assert!(excerpt.contains("555 0199"), "{excerpt}");
        // Asked for no kind of fact, the two weigh the same, and the
        // excerpt starts at the first.
        let asked = read("Tell me about Ken", &[text.as_str()]);
        let said = read_all(&asked, &all);
        assert_eq!(score(&said, "555 0199"), score(&said, "hates surprises"));
        let excerpt = excerpt::cut(&said, 0);
        assert!(excerpt.starts_with("Ken runs their books"), "{excerpt}");
    }

    #[test]
    fn a_reaction_is_read_over_two_sentences_and_only_about_what_was_asked() {
        let filler =
            "The depot team was busy that week with the move and nothing else. ".repeat(12);
        let seen = format!("{filler}Marta saw the routing demo in May. She loved it. {filler}");
        let planned = format!("{filler}Marta will see the routing demo in May. {filler}");
        let elsewhere = format!(
            "{filler}Marta saw the routing demo in May. {filler}Marta loved the new invoices."
        );
        let texts = [seen.as_str(), planned.as_str(), elsewhere.as_str()];
        let asked = read("What did Marta think of the routing demo?", &texts);
        assert_eq!(asked.wants, question::Wants::Reaction);
        let typed = |t: &str| sentence_features(&asked, &[read_all(&asked, &sentences(t))]).typed;
        assert_eq!(typed(&seen), 1.0, "the next sentence tells her reaction");
        assert_eq!(typed(&planned), 0.0, "not seen yet");
        assert_eq!(
            typed(&elsewhere),
            0.0,
            "her stance on something else is not her reaction to the demo"
        );
    }

    #[test]
    fn an_outcome_told_only_as_planned_was_not_captured() {
        let question = "How did the pilot readout with the M&A group go?";
        let planned = [
            "Next step: pilot readout with the M&A group on November 19.".to_string(),
            "The M&A group agreed a precision bar of 90%.".to_string(),
        ];
        let told = [
            "Next step: pilot readout with the M&A group on November 19.".to_string(),
            "At the pilot readout the M&A group approved the paid roll-out.".to_string(),
        ];
        let passing = [
            "The M&A group approved it.".to_string(),
            "We hope to run another readout next year.".to_string(),
        ];
        let all: Vec<&str> = planned
            .iter()
            .chain(&told)
            .chain(&passing)
            .map(String::as_str)
            .collect();
        let asked = read(question, &all);
        assert_eq!(asked.wants, question::Wants::Outcome);
        assert!(asked.tells_plan(&planned[0]));
        assert!(!asked.tells_plan(&told[1]));
        let typed = |s: &[String]| sentence_features(&asked, &[read_all(&asked, s)]).typed;
        // "Agreed" tells a result, but the readout itself is told closer
        // as still to come.
        assert!(asked.holds_wanted(&planned[1]));
        assert_eq!(typed(&planned), 0.0, "only its date is known");
        assert_eq!(typed(&told), 1.0, "the readout's result is told");
        // A plan in passing, holding less than half of the question, says
        // nothing of whether the outcome was captured, though it holds
        // more of it than the result does.
        let shares: Vec<f32> = read_all(&asked, &passing)
            .iter()
            .map(|r| asked.share(r.mask))
            .collect();
        assert!(shares[0] > 0.0 && shares[0] < shares[1], "{shares:?}");
        assert!(shares[1] < PLAN_FLOOR, "{shares:?}");
        assert_eq!(typed(&passing), 1.0);
    }

    #[test]
    fn the_classifier_decides_and_says_how_sure_it_is() {
        let c = Classifier::builtin().unwrap();
        let texts = ["Helga signs the renewal; she cares about uptime."];
        let asked = read("Who signs the renewal?", &texts);
        let scored = sources(&asked, &texts);
        let mut features = features(&asked, &scored);
        let said = sentence_features(&asked, &[read_all(&asked, &sentences(texts[0]))]);
        features.sentence_cooc = said.cooc;
        features.answer_type = said.typed;
        features.typed_cooc = said.typed_cooc;
        features.hedged = said.hedged;
        let found = Retrieved {
            features,
            scored,
            asked,
        };
        let v = decide(&found, &c);
        assert!(v.answerable, "{:?}", found.features);
        assert!(v.confidence >= c.threshold);
        let nothing = Retrieved {
            scored: Vec::new(),
            ..found
        };
        assert!(!decide(&nothing, &c).answerable);
    }

    #[test]
    fn reaching_someone_is_told_from_other_numbers() {
        assert!(asks_how_to_reach("What's the best number to call Raj on?"));
        assert!(asks_how_to_reach("Do we have Helga's email?"));
        assert!(!asks_how_to_reach(
            "What number does Maureen need to see from us?"
        ));
    }

    #[test]
    fn questions_asking_for_a_figure_favour_texts_that_hold_one() {
        assert!(asks_for_a_figure("What was the PO number for the pilot?"));
        assert!(asks_for_a_figure("How much did they pay last year?"));
        assert!(!asks_for_a_figure("Who is our champion there?"));
        assert!(has_figure("PO 4471-B raised"));
        assert!(!has_figure("raised in May"));
    }
}
