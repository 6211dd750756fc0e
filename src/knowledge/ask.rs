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
use std::sync::Arc;

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
use crate::with_db;

/// Candidates taken from each of the dense and BM25 searches.
const PER_SOURCE: usize = 40;
/// Citations returned at most.
pub const MAX_CITATIONS: usize = 5;
/// Sentences in an extractive answer at most.
const ANSWER_SENTENCES: usize = 3;

/// What the abstention decision compares against.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    /// The best candidate's cosine similarity below which meaning alone
    /// does not make it an answer.
    pub dense: f32,
    /// The share of the question's (weighted) wording the best candidate
    /// must cover when meaning alone does not suffice.
    pub coverage: f32,
}

/// Calibrated on held-out data (`eval/holdout` and the demo set, see
/// ARCHITECTURE.md): the values that best separate answerable from
/// unanswerable questions there, rounded toward answering.
pub const THRESHOLDS: Thresholds = Thresholds {
    dense: 0.55,
    coverage: 0.34,
};

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

#[derive(Debug, Clone, Copy, Default, Serialize, ToSchema)]
pub struct Evidence {
    pub dense: f32,
    pub coverage: f32,
}

/// The reply when nothing captured answers the question.
pub const NOT_CAPTURED: &str = "Not captured for this account: nothing in its interview answers or its record answers this. It has been added to the account's open questions.";

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

fn score_hits(q: &Question<'_>, hits: Vec<Hit>, vocab: &Vocab) -> Vec<Scored> {
    let weights: Vec<f32> = q.content.iter().map(|w| weight(vocab, w)).collect();
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
    let mut scored: Vec<Scored> = hits
        .into_iter()
        .map(|hit| {
            let text = format!("{} {}", hit.payload.header, hit.payload.text);
            let words: HashSet<String> =
                terms::words(&text).iter().map(|w| terms::stem(w)).collect();
            let covered: f32 = q
                .content
                .iter()
                .zip(&weights)
                .filter(|(w, _)| words.contains(&terms::stem(w)))
                .map(|(_, wt)| *wt)
                .sum();
            let coverage = covered / total;
            let names = q
                .names
                .iter()
                .filter(|n| {
                    terms::words(&n.lower)
                        .iter()
                        .all(|w| words.contains(&terms::stem(w)))
                })
                .count();
            let dense = hit.dense.unwrap_or(floor).max(0.0);
            let score = dense + 0.5 * coverage + 0.05 * names as f32;
            Scored {
                hit,
                dense,
                coverage,
                names,
                score,
            }
        })
        .collect();
    scored.sort_by(|a, b| b.score.total_cmp(&a.score));
    scored
}

/// Keeps the best chunk of each source, best first.
fn distinct_sources(scored: Vec<Scored>) -> Vec<Scored> {
    let mut seen = HashSet::new();
    scored
        .into_iter()
        .filter(|s| seen.insert((s.hit.payload.kind.clone(), s.hit.payload.source_id.clone())))
        .collect()
}

/// The retrieval's verdict on whether the knowledge answers the question.
#[derive(Debug, Clone, PartialEq)]
pub struct Verdict {
    pub answerable: bool,
    pub confidence: f32,
    pub missing: Vec<String>,
}

pub fn decide(best: Option<&Scored>, missing: Vec<String>, t: Thresholds) -> Verdict {
    let Some(best) = best else {
        return Verdict {
            answerable: false,
            confidence: 0.0,
            missing,
        };
    };
    let by_meaning = best.dense >= t.dense;
    let by_wording = best.coverage >= t.coverage;
    let confidence = ((best.dense / t.dense).min(1.0) * 0.5
        + (best.coverage / t.coverage).min(1.0) * 0.5)
        .clamp(0.0, 1.0);
    Verdict {
        answerable: missing.is_empty() && (by_meaning || by_wording),
        confidence: if missing.is_empty() {
            confidence
        } else {
            confidence.min(0.2)
        },
        missing,
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
    /// The vocabulary of an account's knowledge, with the names of its
    /// contacts and of the company's own people.
    async fn vocab(&self, account: &AccountId) -> Result<Arc<Vocab>, KnowledgeError> {
        if let Some(v) = self.indexer.vocab().get(account.as_str()) {
            return Ok(v);
        }
        let chunks = store::account_chunks(&self.db, account.as_str()).await?;
        let people: Vec<(String,)> = with_db!(&self.db, pool => {
            sqlx::query_as(
                "SELECT name FROM contacts WHERE account_id = $1 UNION SELECT name FROM users",
            )
            .bind(account.as_str())
            .fetch_all(pool)
            .await?
        });
        let people: Vec<String> = people.into_iter().map(|(n,)| n).collect();
        let texts: Vec<String> = chunks
            .iter()
            .map(|c| format!("{} {}", c.header, c.text))
            .collect();
        let vocab = Arc::new(Vocab::build(texts.iter().map(String::as_str), &people));
        self.indexer.vocab().put(account.as_str(), vocab.clone());
        Ok(vocab)
    }

    /// Candidates for a question in one account, scored, stale ones dropped.
    pub async fn retrieve(
        &self,
        account: &AccountId,
        question: &str,
    ) -> Result<(Vec<Scored>, Vec<String>), KnowledgeError> {
        let q = Question {
            text: question,
            content: terms::content_words(question),
            names: terms::names(question),
        };
        let dense = self.indexer.embedder().embed_query(q.text).await?;
        let sparse = self.indexer.bm25().query(q.text);
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
        let ids: Vec<String> = hits.iter().map(|h| h.id.to_string()).collect();
        let live = store::live_chunks(&self.db, &ids).await?;
        let hits: Vec<Hit> = hits
            .into_iter()
            .filter(|h| {
                live.contains(&h.id.to_string()) && h.payload.account_id == account.as_str()
            })
            .collect();
        let vocab = self.vocab(account).await?;
        let missing: Vec<String> = q
            .names
            .iter()
            .filter(|n| !terms::words(&n.lower).iter().all(|w| vocab.mentions(w)))
            .map(|n| n.text.clone())
            .collect();
        Ok((distinct_sources(score_hits(&q, hits, &vocab)), missing))
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
        let (scored, missing) = self.retrieve(&account, question).await?;
        let verdict = decide(scored.first(), missing, THRESHOLDS);
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
                    question_id: None,
                    version: 1,
                    at: None,
                    author: None,
                    header: String::new(),
                    pos: 0,
                    text: String::new(),
                },
            },
            dense,
            coverage,
            names: 0,
            score: dense,
        }
    }

    #[test]
    fn a_name_the_account_never_mentions_means_abstain() {
        let t = Thresholds {
            dense: 0.5,
            coverage: 0.4,
        };
        let v = decide(Some(&scored(0.9, 0.9)), vec!["Laredo".into()], t);
        assert!(!v.answerable);
        assert!(decide(Some(&scored(0.9, 0.0)), vec![], t).answerable);
        assert!(decide(Some(&scored(0.1, 0.5)), vec![], t).answerable);
        assert!(!decide(Some(&scored(0.3, 0.2)), vec![], t).answerable);
        assert!(!decide(None, vec![], t).answerable);
    }
}
