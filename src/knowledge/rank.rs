//! How a retrieved chunk's signals add up to its rank: a linear score
//! over named features, with its weights as data (`ranking.toml`,
//! written by `scripts/fit_ranking.py` from the evaluation sets' traces;
//! see `eval/README.md`).
//!
//! The features of one chunk, all in one place ([`Signals`]):
//! - `dense`: cosine similarity to the question (the weakest found when
//!   only BM25 found it);
//! - `coverage`: the weighted share of the question's content words the
//!   chunk holds (with its header, its author's name and the account's
//!   own name);
//! - `names`: how many of the question's names it holds;
//! - `topic`: for an interview answer, how much closer the question is to
//!   the bank question it answers than [`TOPIC_FLOOR`] (negative when less
//!   close, so a weak topic match costs; 0 when not close at all, and for
//!   record items);
//! - `interview`, `contact`, `opportunity`, `account`: what kind of
//!   source it is (an activity is none of them);
//! - `bm25`: its BM25 score as a share of the best candidate's;
//! - `fused`: its reciprocal-rank fusion of the two searches, as a share
//!   of the best candidate's;
//! - `reach`: a contact record when the question asks how to reach
//!   someone;
//! - `figure`: the chunk holds a figure and the question asks for one;
//! - `wanted`: the chunk holds the kind of fact the question asks for (a
//!   person, a figure, a date, a phone, an email…; 0 when it asks for no
//!   kind; read only while its weight is not 0 or the trace is on).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::sources::SourceKind;
use crate::index::Hit;

/// The signals of one candidate chunk.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct Signals {
    pub dense: f32,
    pub coverage: f32,
    pub names: f32,
    pub topic: f32,
    pub interview: f32,
    pub contact: f32,
    pub opportunity: f32,
    pub account: f32,
    pub bm25: f32,
    pub fused: f32,
    pub reach: f32,
    pub figure: f32,
    pub wanted: f32,
}

/// The closeness to a bank question (cosine) under which an interview
/// answer's topic counts against it.
pub const TOPIC_FLOOR: f32 = 0.45;

/// The `topic` signal of a chunk whose source answers a bank question the
/// question is `closeness` (cosine) close to.
pub fn topic_signal(closeness: f32) -> f32 {
    if closeness > 0.0 {
        closeness - TOPIC_FLOOR
    } else {
        0.0
    }
}

/// How many signals there are.
pub const N: usize = 13;

/// The signals' names, in the order of [`Signals::values`].
pub const NAMES: [&str; N] = [
    "dense",
    "coverage",
    "names",
    "topic",
    "interview",
    "contact",
    "opportunity",
    "account",
    "bm25",
    "fused",
    "reach",
    "figure",
    "wanted",
];

impl Signals {
    pub fn values(&self) -> [f32; N] {
        [
            self.dense,
            self.coverage,
            self.names,
            self.topic,
            self.interview,
            self.contact,
            self.opportunity,
            self.account,
            self.bm25,
            self.fused,
            self.reach,
            self.figure,
            self.wanted,
        ]
    }
}

/// The ranking: `score = Σ weight·signal`.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranking {
    pub weights: [f32; N],
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRanking {
    weights: BTreeMap<String, f32>,
}

impl Ranking {
    /// The ranking shipped in the binary.
    pub fn builtin() -> Ranking {
        Ranking::parse(include_str!("ranking.toml"))
            .expect("src/knowledge/ranking.toml is valid (a unit test reads it)")
    }

    /// Reads a ranking; every signal must have exactly one finite weight.
    pub fn parse(text: &str) -> Result<Ranking, String> {
        let raw: RawRanking = toml::from_str(text).map_err(|e| e.message().to_string())?;
        let weights = crate::tomlfile::named_weights(&raw.weights, &NAMES, &[], "signal")?;
        Ok(Ranking { weights })
    }

    /// The weight of the signal `name` (0 for a name that is none).
    pub fn weight(&self, name: &str) -> f32 {
        NAMES
            .iter()
            .position(|n| *n == name)
            .map_or(0.0, |i| self.weights[i])
    }

    pub fn score(&self, s: &Signals) -> f32 {
        self.weights
            .iter()
            .zip(s.values())
            .map(|(w, x)| w * x)
            .sum()
    }
}

/// Where every question's candidates and their signals are written, one
/// JSON line per question (`BATON_ASK_TRACE`), so the ranking can be
/// fitted again on evaluation sets (`scripts/fit_ranking.py`). A write
/// that fails is logged; the question is answered all the same. The
/// write blocks (a small append under a lock): a tool for evaluation runs,
/// not for serving under load.
#[derive(Debug)]
pub struct Trace {
    file: std::sync::Mutex<std::fs::File>,
}

#[derive(Serialize)]
struct TraceLine<'a> {
    account_id: &'a str,
    question: &'a str,
    candidates: Vec<TracedCandidate<'a>>,
}

#[derive(Serialize)]
struct TracedCandidate<'a> {
    kind: SourceKind,
    id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    question_id: Option<crate::bank::QuestionId>,
    pos: i64,
    signals: Signals,
}

impl Trace {
    /// Opens `path` for appending, creating it when absent.
    pub fn open(path: &std::path::Path) -> std::io::Result<Trace> {
        let file = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)?;
        Ok(Trace {
            file: std::sync::Mutex::new(file),
        })
    }

    pub fn write(&self, account_id: &str, question: &str, candidates: &[(Hit, Signals)]) {
        use std::io::Write;
        let line = TraceLine {
            account_id,
            question,
            candidates: candidates
                .iter()
                .map(|(h, signals)| TracedCandidate {
                    kind: h.payload.kind,
                    id: &h.payload.source_id,
                    question_id: h.payload.question_id,
                    pos: h.payload.pos,
                    signals: *signals,
                })
                .collect(),
        };
        let mut text = serde_json::to_string(&line).expect("a trace line serializes");
        text.push('\n');
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        if let Err(e) = file.write_all(text.as_bytes()) {
            tracing::warn!(error = %e, "could not write the ask trace");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_ranking_loads_and_prefers_what_matches() {
        let r = Ranking::builtin();
        let weak = Signals {
            dense: 0.3,
            coverage: 0.2,
            bm25: 0.2,
            fused: 0.3,
            ..Signals::default()
        };
        let strong = Signals {
            dense: 0.6,
            coverage: 0.9,
            names: 1.0,
            bm25: 1.0,
            fused: 1.0,
            ..weak
        };
        assert!(r.score(&strong) > r.score(&weak), "{r:?}");
        // An interview answer on the topic asked beats one off it.
        let on_topic = Signals {
            interview: 1.0,
            topic: topic_signal(0.8),
            ..weak
        };
        let off_topic = Signals {
            topic: topic_signal(0.2),
            ..on_topic
        };
        assert_eq!(topic_signal(-0.1), 0.0);
        assert_eq!(topic_signal(f32::NAN), 0.0);
        assert!(r.score(&on_topic) > r.score(&off_topic));
    }

    #[test]
    fn a_ranking_file_names_every_signal_once() {
        let ok = "[weights]\n".to_string() + &NAMES.map(|n| format!("{n} = 0.1\n")).concat();
        assert_eq!(Ranking::parse(&ok).unwrap().weights, [0.1; N]);
        assert_eq!(Ranking::parse(&ok).unwrap().weight("fused"), 0.1);
        assert_eq!(Ranking::parse(&ok).unwrap().weight("colour"), 0.0);
        let missing = ok.replace("fused = 0.1\n", "");
        assert_eq!(
            Ranking::parse(&missing).unwrap_err(),
            "no weight for signal \"fused\""
        );
        let extra = ok.clone() + "colour = 1.0\n";
        assert!(Ranking::parse(&extra)
            .unwrap_err()
            .starts_with("unknown signal \"colour\""));
        assert!(Ranking::parse(&ok.replace("bm25 = 0.1", "bm25 = nan")).is_err());
    }
}
