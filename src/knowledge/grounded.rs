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
use super::Knowledge;
use crate::llm::LlmError;

#[derive(Serialize)]
struct Excerpt<'a> {
    n: usize,
    kind: &'a str,
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

/// Keeps the sentences whose citations are all among `given` and that
/// cite at least one; `None` when nothing is left.
pub fn keep_grounded(text: &str, given: &[usize]) -> Option<String> {
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
            !numbers.is_empty() && numbers.iter().all(|n| given.contains(n))
        })
        .map(|s| s.replace(" ]", "]"))
        .collect();
    if kept.is_empty() {
        None
    } else {
        Some(kept.join(" "))
    }
}

fn parse_json<T: for<'de> Deserialize<'de>>(raw: &str) -> Result<T, LlmError> {
    let start = raw.find('{');
    let end = raw.rfind('}');
    let body = match (start, end) {
        (Some(s), Some(e)) if e > s => &raw[s..=e],
        _ => raw,
    };
    serde_json::from_str(body).map_err(|e| LlmError::Malformed(e.to_string()))
}

impl Knowledge {
    fn excerpts<'a>(citations: &'a [Citation]) -> Vec<Excerpt<'a>> {
        citations
            .iter()
            .map(|c| Excerpt {
                n: c.n,
                kind: &c.kind,
                label: &c.label,
                text: &c.excerpt,
            })
            .collect()
    }

    /// The model's grounded answer: `None` with no model configured;
    /// `Ok(None)` when the model says the excerpts do not answer.
    pub(super) async fn model_answer(
        &self,
        account_name: &str,
        question: &str,
        citations: &[Citation],
    ) -> Option<Result<Option<String>, LlmError>> {
        let model = self.model.as_ref()?;
        Some(
            async {
                let system = self.prompts.render(
                    "answer_system.j2",
                    serde_json::json!({ "account_name": account_name }),
                )?;
                let user = self.prompts.render(
                    "answer.j2",
                    serde_json::json!({ "question": question, "excerpts": Self::excerpts(citations) }),
                )?;
                let given: Vec<usize> = citations.iter().map(|c| c.n).collect();
                // One retry on a reply that does not hold up.
                let mut last = LlmError::Malformed("no reply".into());
                for _ in 0..2 {
                    let raw = model.complete(&system, &user, true).await?;
                    match parse_json::<ModelReply>(&raw) {
                        Ok(r) if r.abstain => return Ok(None),
                        Ok(r) => match keep_grounded(&r.answer, &given) {
                            Some(text) => return Ok(Some(text)),
                            None => {
                                last = LlmError::Malformed("no sentence cites a given excerpt".into())
                            }
                        },
                        Err(e) => last = e,
                    }
                }
                Err(last)
            }
            .await,
        )
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
                let given: Vec<usize> = citations.iter().map(|c| c.n).collect();
                let raw = model.complete(&system, &user, true).await?;
                let reply: SummaryReply = parse_json(&raw)?;
                keep_grounded(&reply.summary, &given)
                    .ok_or_else(|| LlmError::Malformed("no sentence cites a given excerpt".into()))
            }
            .await,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_citing_unknown_excerpts_or_nothing_are_dropped() {
        let text = "Helga signs [1]. She hates surprises [7]. The weather is nice. Price is capped [2][3].";
        assert_eq!(
            keep_grounded(text, &[1, 2, 3]).as_deref(),
            Some("Helga signs [1]. Price is capped [2][3].")
        );
        assert_eq!(keep_grounded("Nothing cited here.", &[1]), None);
        assert_eq!(keep_grounded("Made up [9].", &[1, 2]), None);
    }

    #[test]
    fn a_citation_after_the_full_stop_counts_for_its_sentence() {
        assert_eq!(
            keep_grounded("Helga signs. [1] Unsupported claim.", &[1]).as_deref(),
            Some("Helga signs [1].")
        );
    }

    #[test]
    fn json_is_found_inside_chatter() {
        let r: ModelReply =
            parse_json("Sure! {\"answer\": \"x [1].\", \"abstain\": false} done").unwrap();
        assert_eq!(r.answer, "x [1].");
        assert!(parse_json::<ModelReply>("not json").is_err());
    }
}
