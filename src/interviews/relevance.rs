//! How close a record activity is to a question, by the bundled encoder:
//! the best cosine between one of the question's topics (`topics` in
//! `question_bank/questions.toml`) and one part of the activity (its
//! subject, each sentence of its body). The record walk shows the
//! activities at or above the bank's floor, closest first, so a question
//! leads with an activity about its topic or with none.
//!
//! The bundled encoder is used whatever embedder the knowledge clone is
//! configured with: it is local, deterministic and quick on short texts,
//! and the walk runs while the rep waits for the next question.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::accounts::Activity;
use crate::embed::{Bundled, EmbedError};

/// An activity's closeness to a question (cosine, -1 to 1), by activity id.
pub type Closeness = HashMap<String, f32>;

/// Texts whose vectors are kept: the sentences of a few hundred activities
/// and the topics, so every question of an interview after the first
/// embeds little or nothing.
const CACHED_TEXTS: usize = 8192;

/// The bundled encoder, with its own cache of recent texts.
#[derive(Clone)]
pub struct Relevance {
    encoder: Bundled,
}

static SENTENCE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[^.!?\n]+(?:[.!?]+|$)").expect("regex"));

/// The parts of an activity compared with the topics: its subject, and each
/// sentence of its body of three words or more.
fn parts(activity: &Activity) -> Vec<String> {
    let mut out = Vec::new();
    if let Some(subject) = activity.subject.as_deref().map(str::trim) {
        if !subject.is_empty() {
            out.push(subject.to_string());
        }
    }
    let body = activity.body.as_deref().unwrap_or("");
    for m in SENTENCE.find_iter(body) {
        let sentence = m.as_str().trim();
        if sentence.split_whitespace().count() >= 3 {
            out.push(sentence.to_string());
        }
    }
    out
}

fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

impl Relevance {
    /// Loads the bundled encoder (once per process).
    pub fn load() -> Result<Relevance, EmbedError> {
        Ok(Relevance {
            encoder: Bundled::with_cache(CACHED_TEXTS)?,
        })
    }

    /// The closeness of each of `activities` to the nearest of `topics`.
    /// An activity with neither subject nor body has none.
    pub async fn closeness(
        &self,
        topics: &[String],
        activities: &[Activity],
    ) -> Result<Closeness, EmbedError> {
        let owned: Vec<(&str, Vec<String>)> = activities
            .iter()
            .map(|a| (a.id.as_str(), parts(a)))
            .collect();
        Ok(self
            .best(topics, &owned)
            .await?
            .into_iter()
            .map(|(id, score)| (id.to_string(), score))
            .collect())
    }

    /// The key among `candidates` one of whose texts is closest to `text`
    /// (the first on a tie); `None` when there are none.
    pub async fn nearest<K: Copy>(
        &self,
        text: &str,
        candidates: &[(K, Vec<String>)],
    ) -> Result<Option<K>, EmbedError> {
        let scored = self.best(&[text.to_string()], candidates).await?;
        Ok(scored
            .into_iter()
            .fold(None, |best: Option<(K, f32)>, (key, score)| match best {
                Some((_, b)) if score <= b => best,
                _ => Some((key, score)),
            })
            .map(|(key, _)| key))
    }

    /// Each of `owned` that has a text, with the closeness of its closest
    /// text to the nearest of `topics`, in order; nothing when there are
    /// no topics.
    async fn best<K: Copy>(
        &self,
        topics: &[String],
        owned: &[(K, Vec<String>)],
    ) -> Result<Vec<(K, f32)>, EmbedError> {
        if topics.is_empty() {
            return Ok(Vec::new());
        }
        let mut texts: Vec<String> = topics.to_vec();
        for (_, theirs) in owned {
            texts.extend(theirs.iter().cloned());
        }
        if texts.len() == topics.len() {
            return Ok(Vec::new());
        }
        let vectors = self.encoder.embed_cached(&texts).await?;
        let (topic_vectors, rest) = vectors.split_at(topics.len());
        let mut rest = rest.iter();
        let mut out = Vec::new();
        for (key, theirs) in owned {
            let best = rest
                .by_ref()
                .take(theirs.len())
                .flat_map(|v| topic_vectors.iter().map(move |t| dot(t, v)))
                .fold(None, |held: Option<f32>, score| {
                    Some(held.map_or(score, |h| h.max(score)))
                });
            if let Some(best) = best {
                out.push((*key, best));
            }
        }
        Ok(out)
    }
}

impl std::fmt::Debug for Relevance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Relevance(bundled encoder)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn activity(subject: Option<&str>, body: Option<&str>) -> Activity {
        use crate::accounts::{ActivityId, ActivityKind};
        Activity {
            id: ActivityId::parse("a-1").unwrap(),
            kind: ActivityKind::parse("note").unwrap(),
            at: chrono::Utc::now(),
            author_id: None,
            contact_ids: Vec::new(),
            subject: subject.map(str::to_string),
            body: body.map(str::to_string),
            direction: None,
        }
    }

    #[test]
    fn parts_are_the_subject_and_each_sentence_of_three_words_or_more() {
        let a = activity(
            Some(" Depot visit "),
            Some("Walked the depot with Pieter. Ok. They export the plan to a spreadsheet!\nUnion reps sign it"),
        );
        assert_eq!(
            parts(&a),
            vec![
                "Depot visit",
                "Walked the depot with Pieter.",
                "They export the plan to a spreadsheet!",
                "Union reps sign it",
            ]
        );
        assert!(parts(&activity(None, Some("   "))).is_empty());
    }
}
