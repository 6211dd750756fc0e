//! Answers written by the language model, held to the excerpts.
//!
//! The model sees the question and the numbered excerpts as delimited
//! data, and must end every sentence with the numbers of the excerpts it
//! relies on. Its reply is checked before anyone sees it: a sentence that
//! cites nothing, or cites a number that was not given, is dropped; a reply
//! with nothing left is rejected, and the extractive answer stands in.

use serde::{Deserialize, Serialize};

use super::ask::Citation;
use super::chunk::sentences;
use super::sources::SourceKind;
use super::terms;
use super::Knowledge;
use crate::llm::{parse_json, LlmError, PromptKind};

#[derive(Serialize)]
struct Excerpt<'a> {
    n: usize,
    kind: SourceKind,
    label: &'a str,
    text: &'a str,
}

#[derive(Deserialize)]
struct ModelReply {
    #[serde(default)]
    answer: String,
    #[serde(default)]
    abstain: bool,
}

#[derive(Deserialize)]
struct SummaryReply {
    summary: String,
}

/// The citation numbers in a sentence: every `[n]`.
pub fn cited(sentence: &str) -> Vec<usize> {
    let mut out = Vec::new();
    let mut rest = sentence;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        match after.find(']') {
            Some(close) => {
                if let Ok(n) = after[..close].trim().parse::<usize>() {
                    out.push(n);
                }
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    out
}

/// Share of a sentence's content words its cited excerpts must hold.
const SUPPORTED_SHARE: f32 = 0.5;

/// Whether the excerpts a sentence cites say what it says: every figure
/// and name in it occurs in them, and most of its other content words do
/// (in some form). The citation marks themselves are not content.
pub fn supported(sentence: &str, cited_texts: &[&str]) -> bool {
    static MARKS: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"\[\s*\d+\s*\]").expect("a valid pattern"));
    let sentence = MARKS.replace_all(sentence, " ");
    let cited_words: Vec<String> = cited_texts.iter().flat_map(|t| terms::words(t)).collect();
    let exact: std::collections::HashSet<String> = cited_words.iter().cloned().collect();
    let source = terms::WordSet::new(cited_words);
    // Figures and names must be there as written. A sentence's first word
    // is capitalized anyway: it counts as a name only when it is not an
    // everyday word.
    let first = sentence.split_whitespace().next().unwrap_or("");
    for n in terms::names(&sentence) {
        let everyday = first.starts_with(n.text.as_str()) && terms::zipf(&n.lower) >= 4.0;
        if !everyday && !terms::words(&n.lower).iter().all(|w| exact.contains(w)) {
            return false;
        }
    }
    if terms::words(&sentence)
        .iter()
        .any(|w| w.chars().any(|c| c.is_ascii_digit()) && !exact.contains(w))
    {
        return false;
    }
    let content = terms::content_words(&sentence);
    if content.is_empty() {
        return true;
    }
    let held = content
        .iter()
        .filter(|w| source.has(w, &terms::stem(w)))
        .count();
    held as f32 >= SUPPORTED_SHARE * content.len() as f32
}

/// Keeps the sentences that cite at least one excerpt, cite only excerpts
/// that were given (`excerpts`: number and text), and say what those
/// excerpts hold ([`supported`]); `None` when nothing is left.
pub fn keep_grounded(text: &str, excerpts: &[(usize, &str)]) -> Option<String> {
    // "Claim. [1] Next" → "Claim [1]. Next": a citation placed after the
    // full stop belongs to the sentence before it.
    static TRAILING: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"([.!?])\s*((?:\[\s*\d+\s*\]\s*)+)").expect("a valid pattern")
    });
    let text = TRAILING.replace_all(text, |c: &regex::Captures<'_>| {
        format!(" {}{} ", c[2].trim(), &c[1])
    });
    let kept: Vec<String> = sentences(&text)
        .into_iter()
        .filter(|s| {
            let numbers = cited(s);
            let texts: Option<Vec<&str>> = numbers
                .iter()
                .map(|n| excerpts.iter().find(|(m, _)| m == n).map(|(_, t)| *t))
                .collect();
            match texts {
                Some(texts) if !texts.is_empty() => supported(s, &texts),
                _ => false,
            }
        })
        .map(|s| s.replace(" ]", "]"))
        .collect();
    if kept.is_empty() {
        None
    } else {
        Some(kept.join(" "))
    }
}

/// What the model made of a question and its excerpts.
#[derive(Debug)]
pub(super) enum ModelAnswer {
    /// No model is configured: the answer is extractive.
    NoModel,
    /// The model's answer, every sentence citing an excerpt that supports it.
    Answered(String),
    /// The model says the excerpts do not answer the question.
    NotAnswered,
    /// The model failed or its reply did not hold up (one attempt).
    Failed(LlmError),
}

impl Knowledge {
    fn excerpts<'a>(citations: &'a [Citation]) -> Vec<Excerpt<'a>> {
        citations
            .iter()
            .map(|c| Excerpt {
                n: c.n,
                kind: c.kind,
                label: &c.label,
                text: &c.excerpt,
            })
            .collect()
    }

    /// The model's grounded answer to `question` from the cited excerpts.
    pub(super) async fn model_answer(
        &self,
        account_name: &str,
        question: &str,
        citations: &[Citation],
    ) -> ModelAnswer {
        let Some(model) = self.model.as_ref() else {
            return ModelAnswer::NoModel;
        };
        let attempt = async {
            let system = self.prompts.render(
                "answer_system.j2",
                serde_json::json!({ "account_name": account_name }),
            )?;
            let user = self.prompts.render(
                "answer.j2",
                serde_json::json!({ "question": question, "excerpts": Self::excerpts(citations) }),
            )?;
            let given: Vec<(usize, &str)> = citations
                .iter()
                .map(|c| (c.n, c.excerpt.as_str()))
                .collect();
            // One bounded attempt: a model that cannot write the reply's
            // JSON, or cite what supports it, costs one request, and the
            // extractive answer stands in.
            let raw = model
                .complete(PromptKind::Answer, &system, &user, true)
                .await?;
            let reply: ModelReply = parse_json(&raw)?;
            if reply.abstain {
                return Ok(ModelAnswer::NotAnswered);
            }
            keep_grounded(&reply.answer, &given)
                .map(ModelAnswer::Answered)
                .ok_or_else(|| {
                    LlmError::Malformed("no sentence cites a given excerpt that supports it".into())
                })
        };
        attempt.await.unwrap_or_else(ModelAnswer::Failed)
    }

    /// The model's situation summary for the brief, held to its excerpts.
    pub(super) async fn model_summary(
        &self,
        account_name: &str,
        citations: &[Citation],
    ) -> Option<Result<String, LlmError>> {
        let model = self.model.as_ref()?;
        Some(
            async {
                let system = self.prompts.render(
                    "brief_system.j2",
                    serde_json::json!({ "account_name": account_name }),
                )?;
                let user = self.prompts.render(
                    "brief.j2",
                    serde_json::json!({ "excerpts": Self::excerpts(citations) }),
                )?;
                let given: Vec<(usize, &str)> = citations
                    .iter()
                    .map(|c| (c.n, c.excerpt.as_str()))
                    .collect();
                let raw = model
                    .complete(PromptKind::Brief, &system, &user, true)
                    .await?;
                let reply: SummaryReply = parse_json(&raw)?;
                keep_grounded(&reply.summary, &given).ok_or_else(|| {
                    LlmError::Malformed("no sentence cites a given excerpt that supports it".into())
                })
            }
            .await,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const E: [(usize, &str); 3] = [
        (1, "Helga signs the renewal, full stop."),
        (2, "The uplift is capped at 5% for three years."),
        (3, "Paul countersigns anything over $500k."),
    ];

    #[test]
    fn sentences_citing_unknown_excerpts_or_nothing_are_dropped() {
        let text = "Helga signs the renewal [1]. She hates surprises [7]. The weather is nice. The uplift is capped at 5% [2][3].";
        assert_eq!(
            keep_grounded(text, &E).as_deref(),
            Some("Helga signs the renewal [1]. The uplift is capped at 5% [2][3].")
        );
        assert_eq!(keep_grounded("Nothing cited here.", &E), None);
        assert_eq!(keep_grounded("Made up [9].", &E), None);
    }

    #[test]
    fn a_citation_after_the_full_stop_counts_for_its_sentence() {
        assert_eq!(
            keep_grounded("Helga signs the renewal. [1] Unsupported claim.", &E).as_deref(),
            Some("Helga signs the renewal [1].")
        );
    }

    #[test]
    fn a_sentence_its_excerpt_does_not_support_is_dropped() {
        // A name, a figure, or most of the words not in the excerpt cited.
        let text = "Helga signs the renewal [1]. Brent signs the renewal [1]. \
                    The uplift is capped at 7% [2]. Marketing loves our roadmap and pricing [3].";
        assert_eq!(
            keep_grounded(text, &E).as_deref(),
            Some("Helga signs the renewal [1].")
        );
        // The right excerpt, cited next to a wrong one, still supports it.
        assert_eq!(
            keep_grounded("Paul countersigns anything over $500k [1][3].", &E).as_deref(),
            Some("Paul countersigns anything over $500k [1][3].")
        );
        assert!(supported(
            "She signs it herself.",
            &["Helga signs the renewal."]
        ));
    }
}
