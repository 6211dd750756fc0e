//! Asking the knowledge clone of one account.
//!
//! 1. Retrieve: the question's dense embedding and BM25 vector search the
//!    account's chunks (the account is in the index query's filter), and the
//!    two rankings are fused.
//! 2. Check: a point the store no longer holds is stale and dropped.
//! 3. Rank: each candidate is scored by how close it is in meaning (dense
//!    cosine), how much of the question's wording it covers (weighted by
//!    how rare each word is in this account), and whether it names what the
//!    question names.
//! 4. Decide: abstain when the question names something the account's
//!    knowledge never mentions, or when no candidate is close enough in
//!    meaning or wording (thresholds in [`Thresholds`], calibrated on data).
//! 5. Answer: with a model, a grounded answer whose every sentence cites a
//!    given excerpt (checked, repaired or dropped); without, the best
//!    sentences of the best excerpts, each with its citation.
//! 6. Log: who asked what, when, whether it was answered, what was cited.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::chunk::sentences;
use super::sources::SourceKind;
use super::store;
use super::terms::{self, Vocab};
use super::{Knowledge, KnowledgeError, MAX_QUESTION_CHARS};
use crate::access::Scope;
use crate::accounts::AccountId;
use crate::index::{Hit, HybridQuery};
use crate::string_enum;

/// Candidates taken from each of the dense and BM25 searches.
const PER_SOURCE: usize = 40;
/// Citations returned at most.
pub const MAX_CITATIONS: usize = 5;
/// Sentences in an extractive answer at most.
const ANSWER_SENTENCES: usize = 3;

/// What the abstention decision compares against.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    /// The summed specificity of the question's words that the account's
    /// knowledge never uses (and the bank does not use either), at which
    /// the question is about something not captured.
    pub missing: f32,
}

/// Calibrated on `eval/holdout` (a set written apart from the dev set):
/// the value that keeps false abstentions there under a tenth while
/// catching most unanswerable questions; see ARCHITECTURE.md.
pub const THRESHOLDS: Thresholds = Thresholds { missing: 2.5 };

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
    pub kind: String,
    /// The record item's id, or the knowledge version's id for an interview answer.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question_id: Option<String>,
    /// The knowledge version, for interview answers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<i64>,
    /// What the chunk is: "Email on 2026-09-14 with …", or the bank question.
    pub label: String,
    pub excerpt: String,
    pub score: f32,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AskReply {
    pub answer: String,
    pub abstained: bool,
    pub citations: Vec<Citation>,
    pub answered_by: AnsweredBy,
    /// How sure retrieval was that the knowledge answers the question (0-1).
    pub confidence: f32,
    /// Names in the question that this account's knowledge never mentions.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub not_captured: Vec<String>,
    /// What the decision saw in the best candidate: its cosine similarity
    /// to the question and the share of the question's wording it covers.
    pub evidence: Evidence,
    /// The logged question's id.
    pub question_log_id: String,
}

#[derive(Debug, Clone, Default, Serialize, ToSchema)]
pub struct Evidence {
    pub dense: f32,
    pub coverage: f32,
    /// Summed specificity of the question's words the account never uses.
    pub missing: f32,
    /// Those words.
    pub unknown_words: Vec<String>,
    /// The closest answered bank question's similarity to the question.
    pub topic: f32,
    pub score: f32,
}

/// The reply when nothing captured answers the question.
pub const NOT_CAPTURED: &str = "Not captured for this account: nothing in its interview answers or its record answers this. It has been added to the account's open questions.";

/// What retrieval found for a question.
#[derive(Debug, Clone)]
pub struct Retrieved {
    /// Candidates, best first, one per source.
    pub scored: Vec<Scored>,
    /// Names in the question the account's knowledge never mentions.
    pub missing_names: Vec<String>,
    /// Content words the account's knowledge never uses.
    pub unknown: Vec<String>,
    /// Their summed specificity.
    pub missing_words: f32,
}

/// A candidate chunk with its scores.
#[derive(Debug, Clone)]
pub struct Scored {
    pub hit: Hit,
    /// Cosine similarity (0 when only BM25 found it).
    pub dense: f32,
    /// Weighted share of the question's content words it contains.
    pub coverage: f32,
    /// Names of the question it contains.
    pub names: usize,
    /// For an interview answer: how close the question is to the bank
    /// question it answers (0 for record items).
    pub topic: f32,
    pub score: f32,
}

/// The question, parsed once.
struct Question<'a> {
    text: &'a str,
    content: Vec<String>,
    names: Vec<terms::Name>,
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

/// Weight of a word in this account: rare words say more.
fn weight(vocab: &Vocab, word: &str) -> f32 {
    let n = vocab.chunks.max(1) as f32;
    let df = vocab.df(word) as f32;
    (1.0 + n / (df + 1.0)).ln().max(0.2)
}

/// How a candidate's signals add up to its rank. Interview answers gain by
/// how close the question is to the bank question they answer: a question
/// asked in other words than the answer's still finds it by its topic.
#[derive(Debug, Clone, Copy)]
pub struct Weights {
    pub coverage: f32,
    pub names: f32,
    pub topic: f32,
    /// Subtracted from the topic bonus, so a weak topic match costs rather
    /// than helps.
    pub topic_floor: f32,
    /// Added to interview answers: what the owner said is what the clone
    /// exists for; the record is there too, but second.
    pub interview: f32,
    /// The BM25 score, as a share of the best candidate's: lexical
    /// evidence with IDF and length normalization.
    pub bm25: f32,
    /// Added to contact records when the question asks how to reach
    /// someone (a phone, an email): the record's own structure answers it.
    pub reach: f32,
}

/// Words that ask how to reach someone.
const REACH_WORDS: &[&str] = &[
    "phone", "email", "e-mail", "mobile", "cell", "reach", "dial", "whatsapp",
];

fn asks_how_to_reach(question: &str) -> bool {
    let lower = question.to_lowercase();
    terms::words(&lower)
        .iter()
        .any(|w| REACH_WORDS.contains(&w.as_str()))
        || lower.contains("number to call")
        || lower.contains("call him on")
        || lower.contains("call her on")
        || lower.contains("contact details")
}

pub const WEIGHTS: Weights = Weights {
    coverage: 0.5,
    names: 0.15,
    topic: 0.8,
    topic_floor: 0.45,
    interview: 0.3,
    bm25: 0.15,
    reach: 0.2,
};

fn score_hits(
    q: &Question<'_>,
    hits: Vec<Hit>,
    vocab: &Vocab,
    topics: &std::collections::HashMap<String, f32>,
    w: Weights,
) -> Vec<Scored> {
    let weights: Vec<f32> = q.content.iter().map(|w| weight(vocab, w)).collect();
    let content: Vec<(&str, String)> = q
        .content
        .iter()
        .map(|w| (w.as_str(), terms::stem(w)))
        .collect();
    let name_words: Vec<Vec<(String, String)>> = q
        .names
        .iter()
        .map(|n| {
            terms::words(&n.lower)
                .into_iter()
                .map(|w| {
                    let s = terms::stem(&w);
                    (w, s)
                })
                .collect()
        })
        .collect();
    let total: f32 = weights.iter().sum::<f32>().max(1e-6);
    let min_dense = hits
        .iter()
        .filter_map(|h| h.dense)
        .fold(f32::INFINITY, f32::min);
    let floor = if min_dense.is_finite() {
        min_dense - 0.02
    } else {
        0.0
    };
    let reach = asks_how_to_reach(q.text);
    let max_sparse = hits.iter().filter_map(|h| h.sparse).fold(0.0f32, f32::max);
    let mut scored: Vec<Scored> = hits
        .into_iter()
        .map(|hit| {
            let text = format!("{} {}", hit.payload.header, hit.payload.text);
            let mut words: Vec<String> = terms::words(&text);
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
            let covered: f32 = content
                .iter()
                .zip(&weights)
                .filter(|((w, s), _)| words.has(w, s))
                .map(|(_, wt)| *wt)
                .sum();
            let coverage = covered / total;
            let names = name_words
                .iter()
                .filter(|n| n.iter().all(|(w, s)| words.has(w, s)))
                .count();
            let dense = hit.dense.unwrap_or(floor).max(0.0);
            let topic = hit
                .payload
                .question_id
                .as_ref()
                .and_then(|qid| topics.get(qid))
                .copied()
                .unwrap_or(0.0);
            let topic_bonus = if topic > 0.0 {
                w.topic * (topic - w.topic_floor)
            } else {
                0.0
            };
            let interview = if hit.payload.kind == SourceKind::Interview.as_str() {
                w.interview
            } else {
                0.0
            };
            let bm25 = match (hit.sparse, max_sparse > 0.0) {
                (Some(v), true) => v / max_sparse,
                _ => 0.0,
            };
            let reach_bonus = if reach && hit.payload.kind == SourceKind::Contact.as_str() {
                w.reach
            } else {
                0.0
            };
            let score = dense
                + reach_bonus
                + w.coverage * coverage
                + w.names * names as f32
                + topic_bonus
                + interview
                + w.bm25 * bm25;
            Scored {
                hit,
                dense,
                coverage,
                names,
                topic,
                score,
            }
        })
        .collect();
    scored.sort_by(|a, b| b.score.total_cmp(&a.score));
    scored
}

/// Chunks of one source a citation joins at most.
const CHUNKS_PER_CITATION: usize = 2;

/// One candidate per source, best first: the source's best chunk, with
/// its next-best chunk joined to the excerpt (in the source's order), so a
/// long answer is cited once with the parts that bear on the question.
fn distinct_sources(scored: Vec<Scored>) -> Vec<Scored> {
    let mut out: Vec<(Scored, Vec<(i64, String)>)> = Vec::new();
    for s in scored {
        let key = (&s.hit.payload.kind, &s.hit.payload.source_id);
        match out
            .iter_mut()
            .find(|(o, _)| (&o.hit.payload.kind, &o.hit.payload.source_id) == key)
        {
            Some((_, parts)) if parts.len() < CHUNKS_PER_CITATION => {
                parts.push((s.hit.payload.pos, s.hit.payload.text.clone()));
            }
            Some(_) => {}
            None => {
                let part = (s.hit.payload.pos, s.hit.payload.text.clone());
                out.push((s, vec![part]));
            }
        }
    }
    out.into_iter()
        .map(|(mut best, mut parts)| {
            if parts.len() > 1 {
                parts.sort_by_key(|(pos, _)| *pos);
                best.hit.payload.text = parts
                    .into_iter()
                    .map(|(_, t)| t)
                    .collect::<Vec<_>>()
                    .join(" … ");
            }
            best
        })
        .collect()
}

/// The retrieval's verdict on whether the knowledge answers the question.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub answerable: bool,
    pub confidence: f32,
    pub missing: Vec<String>,
}

pub fn decide(
    best: Option<&Scored>,
    missing_names: Vec<String>,
    missing_words: f32,
    t: Thresholds,
) -> Verdict {
    let Some(best) = best else {
        return Verdict {
            answerable: false,
            confidence: 0.0,
            missing: missing_names,
        };
    };
    let answerable = missing_names.is_empty() && missing_words < t.missing;
    // Closer to the threshold, less sure; strong evidence, more sure.
    let margin = (1.0 - missing_words / t.missing).clamp(0.0, 1.0);
    let evidence = (best.dense * 0.5 + best.coverage * 0.5).clamp(0.0, 1.0);
    let confidence = if answerable {
        (0.5 * margin + 0.5 * evidence).clamp(0.05, 1.0)
    } else {
        (0.2 * margin).min(0.2)
    };
    Verdict {
        answerable,
        confidence,
        missing: missing_names,
    }
}

/// The extractive answer: from each of the best excerpts, the sentence
/// that shares most with the question, with its citation number.
pub fn extractive_answer(question: &str, citations: &[Citation]) -> String {
    let wanted: HashSet<String> = terms::content_words(question)
        .iter()
        .map(|w| terms::stem(w))
        .collect();
    let mut parts = Vec::new();
    for c in citations.iter().take(ANSWER_SENTENCES) {
        let best = sentences(&c.excerpt)
            .into_iter()
            .map(|s| {
                let overlap = terms::words(&s)
                    .iter()
                    .filter(|w| wanted.contains(&terms::stem(w)))
                    .count();
                (overlap, s)
            })
            .max_by_key(|(o, _)| *o);
        if let Some((overlap, s)) = best {
            if overlap == 0 && !parts.is_empty() {
                continue;
            }
            parts.push(format!("{} [{}]", s.trim_end(), c.n));
        }
    }
    parts.join(" ")
}

impl Knowledge {
    /// How close a question is to each bank question: the best cosine
    /// similarity to its wording or one of its probes.
    async fn topic_scores(
        &self,
        query: &[f32],
    ) -> Result<std::collections::HashMap<String, f32>, KnowledgeError> {
        let topics = self
            .topics
            .get_or_try_init(|| async {
                let bank = self.indexer.bank();
                let mut labels = Vec::new();
                let mut texts = Vec::new();
                for id in crate::bank::QuestionId::ALL {
                    let q = bank.question(*id);
                    for t in std::iter::once(&q.text).chain(q.probes.iter()) {
                        labels.push(id.as_str().to_string());
                        texts.push(t.clone());
                    }
                }
                let vectors = self.indexer.embedder().embed(texts).await?;
                Ok::<_, KnowledgeError>(labels.into_iter().zip(vectors).collect::<Vec<_>>())
            })
            .await?;
        let mut best: std::collections::HashMap<String, f32> = std::collections::HashMap::new();
        for (label, v) in topics {
            let cos: f32 = v.iter().zip(query).map(|(a, b)| a * b).sum();
            let e = best.entry(label.clone()).or_insert(f32::MIN);
            *e = e.max(cos);
        }
        Ok(best)
    }

    /// Candidates for a question in one account, scored, stale ones dropped.
    pub async fn retrieve(
        &self,
        account: &AccountId,
        question: &str,
    ) -> Result<Retrieved, KnowledgeError> {
        let q = Question {
            text: question,
            content: terms::content_words(question),
            names: terms::names(question),
        };
        let dense = self.indexer.embedder().embed_query(q.text).await?;
        let topics = self.topic_scores(&dense).await?;
        let sparse = self.indexer.bm25().query(q.text);
        let hits = self
            .indexer
            .index()
            .search(&HybridQuery {
                account_id: account.clone(),
                dense: dense.clone(),
                sparse,
                per_source: PER_SOURCE,
                limit: PER_SOURCE * 2,
            })
            .await?;
        let ids: Vec<String> = hits.iter().map(|h| h.id.to_string()).collect();
        let live = store::live_chunks(&self.db, &ids).await?;
        let hits: Vec<Hit> = hits
            .into_iter()
            .filter(|h| {
                live.contains(&h.id.to_string()) && h.payload.account_id == account.as_str()
            })
            .collect();
        let vocab = self.indexer.vocab().get(account.as_str()).await?;
        let missing_names: Vec<String> = q
            .names
            .iter()
            .filter(|n| !terms::words(&n.lower).iter().all(|w| vocab.mentions(w)))
            .map(|n| n.text.clone())
            .collect();
        let unknown: Vec<String> = q
            .content
            .iter()
            .filter(|w| !vocab.mentions(w) && !self.bank_stems.contains(&terms::stem(w)))
            .cloned()
            .collect();
        let missing_words = unknown.iter().map(|w| terms::specificity(w)).sum();
        Ok(Retrieved {
            scored: distinct_sources(score_hits(&q, hits, &vocab, &topics, WEIGHTS)),
            missing_names,
            unknown,
            missing_words,
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
        let (account, account_name) = self.readable_account(scope, account_id).await?;
        let found = self.retrieve(&account, question).await?;
        let scored = &found.scored;
        let verdict = decide(
            scored.first(),
            found.missing_names.clone(),
            found.missing_words,
            THRESHOLDS,
        );
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
        let (answer, answered_by, abstained) = if !verdict.answerable {
            (NOT_CAPTURED.to_string(), AnsweredBy::Extractive, true)
        } else {
            match self.model_answer(&account_name, question, &citations).await {
                None => (
                    extractive_answer(question, &citations),
                    AnsweredBy::Extractive,
                    false,
                ),
                Some(Ok(Some(text))) => (text, AnsweredBy::Model, false),
                Some(Ok(None)) => (NOT_CAPTURED.to_string(), AnsweredBy::Model, true),
                Some(Err(e)) => {
                    tracing::warn!(error = %e, "model answer failed; answering extractively");
                    (
                        extractive_answer(question, &citations),
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
                answered_by: answered_by.as_str(),
                citations: serde_json::json!(citations
                    .iter()
                    .map(|c| serde_json::json!({"n": c.n, "kind": c.kind, "id": c.id, "question_id": c.question_id}))
                    .collect::<Vec<_>>()),
                confidence: verdict.confidence,
            },
        )
        .await?;
        Ok(AskReply {
            answer,
            abstained,
            citations,
            answered_by,
            confidence: verdict.confidence,
            not_captured: verdict.missing,
            evidence: scored
                .first()
                .map(|s| Evidence {
                    dense: s.dense,
                    coverage: s.coverage,
                    missing: found.missing_words,
                    unknown_words: found.unknown.clone(),
                    topic: scored.iter().map(|c| c.topic).fold(0.0, f32::max),
                    score: s.score,
                })
                .unwrap_or_default(),
            question_log_id: log_id,
        })
    }
}

fn citation(n: usize, s: &Scored) -> Citation {
    let p = &s.hit.payload;
    let interview = p.kind == SourceKind::Interview.as_str();
    Citation {
        n,
        account_id: p.account_id.clone(),
        kind: p.kind.clone(),
        id: p.source_id.clone(),
        question_id: p.question_id.clone(),
        version: interview.then_some(p.version),
        label: p.header.clone(),
        excerpt: p.text.clone(),
        score: (s.score * 1000.0).round() / 1000.0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cite(n: usize, excerpt: &str) -> Citation {
        Citation {
            n,
            account_id: "a".into(),
            kind: "activity".into(),
            id: format!("x{n}"),
            question_id: None,
            version: None,
            label: String::new(),
            excerpt: excerpt.into(),
            score: 1.0,
        }
    }

    #[test]
    fn the_extractive_answer_takes_the_matching_sentence_and_cites_it() {
        let a = extractive_answer(
            "Who signs the renewal?",
            &[
                cite(1, "The weather was fine. Helga signs the renewal."),
                cite(2, "Nothing relevant here."),
                cite(3, "The renewal is in February."),
            ],
        );
        assert_eq!(
            a,
            "Helga signs the renewal. [1] The renewal is in February. [3]"
        );
    }

    fn scored(dense: f32, coverage: f32) -> Scored {
        Scored {
            hit: Hit {
                id: uuid::Uuid::nil(),
                fused: 0.0,
                dense: Some(dense),
                sparse: None,
                payload: crate::index::ChunkPayload {
                    account_id: "a".into(),
                    kind: "activity".into(),
                    source_id: "x".into(),
                    version: 1,
                    ..Default::default()
                },
            },
            dense,
            coverage,
            names: 0,
            topic: 0.0,
            score: dense,
        }
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
    fn a_name_or_rare_words_the_account_never_mentions_mean_abstain() {
        let t = Thresholds { missing: 2.5 };
        assert!(!decide(Some(&scored(0.9, 0.9)), vec!["Laredo".into()], 0.0, t).answerable);
        assert!(!decide(Some(&scored(0.9, 0.9)), vec![], 3.0, t).answerable);
        let yes = decide(Some(&scored(0.6, 0.5)), vec![], 0.4, t);
        assert!(yes.answerable);
        assert!(yes.confidence > decide(Some(&scored(0.6, 0.5)), vec![], 2.0, t).confidence);
        assert!(!decide(None, vec![], 0.0, t).answerable);
    }
}
