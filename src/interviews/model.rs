//! The interviewer's steps through a language model: phrasing a question
//! from the record excerpt, deciding a follow-up, extracting facts. Each
//! returns an error instead of guessing; the caller falls back to the rules.

use serde::{Deserialize, Serialize};

use super::facts::{role_named, DraftFact, FactData};
use super::rules::{FollowUp, FollowUpReason};
use super::walk::{RecordContext, TokenCounter};
use crate::accounts::RelationshipStrength;
use crate::bank::Question;
use crate::llm::{parse_json, ChatModel, LlmError, PromptKind, Prompts};

/// Most tokens of an answer placed in a prompt.
const ANSWER_BUDGET_TOKENS: usize = 3_000;
/// Longest question accepted from the model, in characters.
const MAX_QUESTION_CHARS: usize = 800;

/// Whether a model's text can be shown to the rep as a question: a few
/// words with a question mark, not too long, no JSON and none of the
/// prompts' own markers (a small base model echoes `<<SYS>>` or the data
/// delimiters instead of asking anything).
fn is_question(text: &str) -> bool {
    text.contains('?')
        && text.split_whitespace().count() >= 3
        && text.chars().count() <= MAX_QUESTION_CHARS
        && !text.starts_with('{')
        && !text.contains("<<")
        && !text.contains(">>")
}

/// What every prompt about one account shares.
pub struct ModelStep<'a> {
    pub model: &'a ChatModel,
    pub prompts: &'a Prompts,
    pub tokens: &'a TokenCounter,
    pub account_name: &'a str,
}

#[derive(Serialize)]
struct SystemContext<'a> {
    account_name: &'a str,
}

/// `text` cut to at most `max` tokens.
fn within_budget(tokens: &TokenCounter, text: &str, max: usize) -> String {
    if tokens.count(text) <= max {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(max * 3).collect();
    while tokens.count(&cut) > max && !cut.is_empty() {
        let keep = cut.chars().count() * 9 / 10;
        cut = cut.chars().take(keep).collect();
    }
    format!("{cut} […]")
}

impl ModelStep<'_> {
    fn system(&self) -> Result<String, LlmError> {
        self.prompts.render(
            "system.j2",
            SystemContext {
                account_name: self.account_name,
            },
        )
    }

    /// The question, phrased by the model from the record excerpt.
    pub async fn phrase(
        &self,
        question: &Question,
        context: &RecordContext,
        gaps: &[&super::gaps::Gap],
    ) -> Result<String, LlmError> {
        let gaps: Vec<&str> = gaps.iter().map(|g| g.text.as_str()).collect();
        let user = self.prompts.render(
            "question.j2",
            serde_json::json!({
                "question_id": question.id,
                "question_text": question.text,
                "why": question.why,
                "good_answer": question.good_answer,
                "record_items": context.items,
                "gaps": gaps,
            }),
        )?;
        let reply = self
            .model
            .complete(PromptKind::Phrasing, &self.system()?, &user, false)
            .await?;
        let text = reply.trim().trim_matches('"').trim().to_string();
        if !is_question(&text) {
            return Err(LlmError::Malformed("not a question".into()));
        }
        Ok(text)
    }

    /// Whether the answer needs a follow-up, decided by the model.
    pub async fn follow_up(
        &self,
        question: &Question,
        answer: &str,
        known_people: &[String],
        asked: usize,
    ) -> Result<Option<FollowUp>, LlmError> {
        let user = self.prompts.render(
            "follow_up.j2",
            serde_json::json!({
                "question_id": question.id,
                "question_text": question.text,
                "good_answer": question.good_answer,
                "probes": question.probes,
                "known_people": known_people,
                "answer": within_budget(self.tokens, answer, ANSWER_BUDGET_TOKENS),
                "asked": asked,
            }),
        )?;
        let reply = self
            .model
            .complete(PromptKind::FollowUp, &self.system()?, &user, true)
            .await?;
        let decision: FollowUpDecision = parse_json(&reply)?;
        if !decision.follow_up {
            return Ok(None);
        }
        let text = decision.question.unwrap_or_default().trim().to_string();
        if !is_question(&text) {
            return Err(LlmError::Malformed("follow_up without a question".into()));
        }
        let reason = match decision.reason.as_deref() {
            Some("thin") => FollowUpReason::Thin,
            Some("unknown_person") => FollowUpReason::UnknownPerson,
            Some("contradiction") => FollowUpReason::Contradiction,
            _ => FollowUpReason::Vague,
        };
        Ok(Some(FollowUp { text, reason }))
    }

    /// Facts the model finds; only those quoting the answer are kept.
    pub async fn extract(
        &self,
        question: &Question,
        answer: &str,
        known_people: &[String],
    ) -> Result<Vec<DraftFact>, LlmError> {
        let user = self.prompts.render(
            "extract.j2",
            serde_json::json!({
                "question_id": question.id,
                "question_text": question.text,
                "known_people": known_people,
                "answer": within_budget(self.tokens, answer, ANSWER_BUDGET_TOKENS),
            }),
        )?;
        let reply = self
            .model
            .complete(PromptKind::Extraction, &self.system()?, &user, true)
            .await?;
        let extracted: Extracted = parse_json(&reply)?;
        Ok(extracted.into_facts(answer))
    }
}

#[derive(Deserialize)]
struct FollowUpDecision {
    follow_up: bool,
    reason: Option<String>,
    question: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Extracted {
    commitments: Vec<Commitment>,
    sensitive_topics: Vec<Sensitive>,
    stakeholders: Vec<Stakeholder>,
    warning_signs: Vec<Warning>,
}

/// The model's commitment as its schema asks for it.
#[derive(Deserialize)]
struct Commitment {
    what: String,
    to_whom: Option<String>,
    by_when: Option<String>,
    in_contract: Option<bool>,
    source: String,
}

#[derive(Deserialize)]
struct Sensitive {
    topic: String,
    source: String,
}

#[derive(Deserialize)]
struct Stakeholder {
    name: String,
    role: Option<String>,
    /// 1 to 5; anything else fails the schema.
    strength: Option<RelationshipStrength>,
    channel: Option<String>,
    #[serde(default)]
    never_surprise: bool,
    source: String,
}

#[derive(Deserialize)]
struct Warning {
    sign: String,
    preceded: Option<String>,
    source: String,
}

fn normalize(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

impl Extracted {
    /// The same facts the rules make, keeping only those that quote the
    /// answer: a fact whose source is not in the answer was invented and
    /// is dropped.
    fn into_facts(self, answer: &str) -> Vec<DraftFact> {
        let answer_n = normalize(answer);
        let mut out = Vec::new();
        let mut push = |source: &str, fact: FactData| {
            let source = source.trim_matches('"');
            let s = normalize(source);
            if !s.is_empty() && answer_n.contains(&s) {
                out.push(DraftFact {
                    fact,
                    source_text: source.to_string(),
                });
            }
        };
        for c in self.commitments {
            let fact = FactData::Commitment {
                what: c.what,
                to_whom: c
                    .to_whom
                    .into_iter()
                    .filter(|w| !w.trim().is_empty())
                    .collect(),
                by_when: c.by_when,
                in_contract: c.in_contract,
            };
            push(&c.source, fact);
        }
        for t in self.sensitive_topics {
            push(&t.source, FactData::SensitiveTopic { topic: t.topic });
        }
        for p in self.stakeholders {
            let fact = FactData::Stakeholder {
                name: p.name,
                contact_id: None,
                role: p.role.as_deref().and_then(role_named),
                strength: p.strength,
                channel: p.channel,
                never_surprise: p.never_surprise,
            };
            push(&p.source, fact);
        }
        for w in self.warning_signs {
            let fact = FactData::WarningSign {
                sign: w.sign,
                preceded: w.preceded,
            };
            push(&w.source, fact);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interviews::facts::FactKind;

    #[test]
    fn extraction_schema_is_strict_and_invented_facts_are_dropped() {
        let answer = "We promised Lee a pilot by May. The 2024 outage is still sore.";
        let good = r#"{"commitments": [{"what": "pilot", "to_whom": "Lee", "by_when": "May", "in_contract": false, "source": "We promised Lee a pilot by May."}],
            "sensitive_topics": [{"topic": "2024 outage", "source": "The 2024 outage is still sore."}],
            "stakeholders": [{"name": "Kim", "role": null, "strength": 3, "channel": null, "never_surprise": false, "source": "Kim is the real boss."}],
            "warning_signs": []}"#;
        let facts = parse_json::<Extracted>(good).unwrap().into_facts(answer);
        let kinds: Vec<FactKind> = facts.iter().map(DraftFact::kind).collect();
        assert_eq!(
            kinds,
            vec![FactKind::Commitment, FactKind::SensitiveTopic],
            "Kim was invented"
        );
        assert!(
            parse_json::<Extracted>(&good.replace("\"strength\": 3", "\"strength\": 7")).is_err()
        );
        assert!(
            parse_json::<Extracted>(r#"{"commitments": []}"#).is_err(),
            "missing keys"
        );
        assert!(parse_json::<Extracted>("Sure! Here are the facts:").is_err());
        let fenced = format!("```json\n{good}\n```");
        assert!(parse_json::<Extracted>(&fenced).is_ok());
    }

    #[test]
    fn only_questions_are_shown_as_questions() {
        assert!(is_question("Who signs the renewal at Acme?"));
        for bad in [
            "<<SYS>>",
            "<<SYS>> Who signs the renewal?",
            "Who signs?>>>",
            "Tell me about the renewal.",
            "Who?",
            "{\"question\": \"Who signs?\"}",
            "",
        ] {
            assert!(!is_question(bad), "{bad:?}");
        }
        assert!(!is_question(&format!("Who {}?", "signs ".repeat(200))));
    }

    #[test]
    fn long_answers_are_cut_to_the_budget() {
        let tokens = TokenCounter::new().unwrap();
        let long = "renewal budget pricing ".repeat(2_000);
        let cut = within_budget(&tokens, &long, 100);
        assert!(tokens.count(&cut) <= 105);
        assert!(cut.ends_with("[…]"));
        assert_eq!(within_budget(&tokens, "short", 100), "short");
    }
}
