//! Whether an account's knowledge answers a question: a logistic
//! classifier over named features of the question and of what retrieval
//! found, with its weights and threshold as data
//! (`abstention.toml`, written by `scripts/calibrate_abstention.py`).
//!
//! The features, all in one place ([`Features`]):
//! - `unknown`, `unknown_max`: summed and largest specificity of the
//!   question's words the account never uses (paraphrases excepted);
//! - `unknown_share`: their share of the specificity of all the
//!   question's content words (a long question has more framing words);
//! - `unknown_lead`: how much more specific the most specific unknown word
//!   is than the most specific known one (is the question's subject the
//!   unknown word?);
//! - `names_missing`: names (capitalized words, acronyms, numbers) the
//!   account never mentions;
//! - `dense`: the best cosine similarity of a candidate to the question;
//! - `coverage`: the weighted share of the question's words the top
//!   candidate holds;
//! - `cooc`: the largest share any one source holds, so that words met
//!   only in different places do not add up to an answer;
//! - `focus`: whether the question's most specific words meet in one
//!   source;
//! - `name_cooc`: where the question names someone or something the
//!   account knows, the largest share of its other words found in a
//!   source that names them too (a person's view on a topic discussed
//!   only with someone else is not captured);
//! - `sentence_cooc`: the largest share of the question's words one
//!   sentence of the best sources holds;
//! - `answer_type`: when the question asks for a kind of fact (a person,
//!   a figure, a date, a phone number, an email address), whether the
//!   most relevant sentences of the best sources hold one that the
//!   question does not already say (1 when it asks for no kind);
//! - `typed_cooc`: the largest share of the question's words held by one
//!   sentence of the best sources that also holds the kind of fact asked
//!   for (the fact told together with what it is about; `sentence_cooc`
//!   when it asks for no kind);
//! - `hedged`: whether one of the most relevant sentences about what the
//!   question asks says that it is not known ("did not know whether",
//!   "whose name I don't have");
//! - `asks_kind`: whether the question asks for a kind of fact at all (1)
//!   or for anything (0): with `answer_type`, a question that asks for a
//!   figure, a name or a view needs one found, where an open question
//!   does not.
//!
//! Every ask reports its features, the probability and the threshold in
//! `evidence`, so each decision can be read and the classifier refitted.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// The features of one question, as the classifier reads them.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, ToSchema, PartialEq)]
pub struct Features {
    pub unknown: f32,
    pub unknown_max: f32,
    pub unknown_share: f32,
    pub unknown_lead: f32,
    pub names_missing: f32,
    pub dense: f32,
    pub coverage: f32,
    pub cooc: f32,
    pub focus: f32,
    pub name_cooc: f32,
    pub sentence_cooc: f32,
    pub answer_type: f32,
    pub typed_cooc: f32,
    pub hedged: f32,
    pub asks_kind: f32,
}

/// The features' names, in the order of [`Features::values`].
pub const NAMES: [&str; N] = [
    "unknown",
    "unknown_max",
    "unknown_share",
    "unknown_lead",
    "names_missing",
    "dense",
    "coverage",
    "cooc",
    "focus",
    "name_cooc",
    "sentence_cooc",
    "answer_type",
    "typed_cooc",
    "hedged",
    "asks_kind",
];

/// How many features there are.
pub const N: usize = 15;

/// Features added after the first classifier files were fitted: a file
/// without one reads it as weighing 0, which is how it decided.
pub const ADDED: &[&str] = &["typed_cooc", "hedged", "asks_kind"];

impl Features {
    pub fn values(&self) -> [f32; N] {
        [
            self.unknown,
            self.unknown_max,
            self.unknown_share,
            self.unknown_lead,
            self.names_missing,
            self.dense,
            self.coverage,
            self.cooc,
            self.focus,
            self.name_cooc,
            self.sentence_cooc,
            self.answer_type,
            self.typed_cooc,
            self.hedged,
            self.asks_kind,
        ]
    }
}

/// The classifier: `p = σ(bias + Σ weight·feature)`, answer when
/// `p ≥ threshold`.
#[derive(Debug, Clone, PartialEq)]
pub struct Classifier {
    pub bias: f32,
    pub weights: [f32; N],
    pub threshold: f32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClassifier {
    bias: f32,
    threshold: f32,
    weights: BTreeMap<String, f32>,
}

impl Classifier {
    /// The classifier shipped in the binary.
    pub fn builtin() -> Result<Classifier, String> {
        Classifier::parse(include_str!("abstention.toml"))
            .map_err(|e| format!("src/knowledge/abstention.toml: {e}"))
    }

    /// Reads a classifier; every feature must have exactly one weight,
    /// except those added since teams may have fitted their own files
    /// ([`ADDED`]), which weigh 0 when absent.
    pub fn parse(text: &str) -> Result<Classifier, String> {
        let raw: RawClassifier = toml::from_str(text).map_err(|e| e.message().to_string())?;
        let weights = crate::tomlfile::named_weights(&raw.weights, &NAMES, ADDED, "feature")?;
        if !(0.0..=1.0).contains(&raw.threshold) || !raw.bias.is_finite() {
            return Err("threshold must be within 0-1 and bias finite".into());
        }
        Ok(Classifier {
            bias: raw.bias,
            weights,
            threshold: raw.threshold,
        })
    }

    /// The probability that the knowledge answers the question.
    pub fn p_answerable(&self, f: &Features) -> f32 {
        let z: f32 = self.bias
            + self
                .weights
                .iter()
                .zip(f.values())
                .map(|(w, x)| w * x)
                .sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }

    pub fn answers(&self, f: &Features) -> bool {
        self.p_answerable(f) >= self.threshold
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_classifier_loads_and_reads_its_features_the_right_way() {
        let c = Classifier::builtin().unwrap();
        let answerable = Features {
            dense: 0.6,
            coverage: 0.8,
            cooc: 0.8,
            focus: 1.0,
            name_cooc: 0.8,
            sentence_cooc: 0.8,
            answer_type: 1.0,
            typed_cooc: 0.8,
            ..Features::default()
        };
        assert!(c.answers(&answerable), "{c:?}");
        // A rare word never captured, and a name never mentioned.
        let never_captured = Features {
            unknown: 4.0,
            unknown_max: 3.5,
            unknown_share: 0.8,
            unknown_lead: 2.0,
            names_missing: 1.0,
            ..answerable
        };
        assert!(!c.answers(&never_captured));
        // Known words that never meet in one place.
        let scattered = Features {
            coverage: 0.3,
            cooc: 0.3,
            focus: 0.5,
            name_cooc: 0.1,
            dense: 0.3,
            sentence_cooc: 0.2,
            answer_type: 0.0,
            typed_cooc: 0.0,
            ..Features::default()
        };
        assert!(c.p_answerable(&scattered) < c.p_answerable(&answerable));
    }

    #[test]
    fn a_classifier_file_names_every_feature_once() {
        let ok = "bias = 1.0\nthreshold = 0.5\n[weights]\n".to_string()
            + &NAMES.map(|n| format!("{n} = 0.1\n")).concat();
        assert!(Classifier::parse(&ok).is_ok());
        let missing = ok.replace("focus = 0.1\n", "");
        assert_eq!(
            Classifier::parse(&missing).unwrap_err(),
            "no weight for feature \"focus\""
        );
        // A file fitted before `typed_cooc` existed decides as it did.
        let older = Classifier::parse(&ok.replace("typed_cooc = 0.1\n", "")).unwrap();
        assert_eq!(older.weights[N - 3], 0.0);
        assert!(Classifier::parse(&ok.replace("dense = 0.1", "dense = inf")).is_err());
        let extra = ok.clone() + "colour = 1.0\n";
        assert!(Classifier::parse(&extra)
            .unwrap_err()
            .starts_with("unknown feature \"colour\""));
        assert!(Classifier::parse(&ok.replace("threshold = 0.5", "threshold = 2")).is_err());
    }
}
