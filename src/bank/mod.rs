//! The question bank as data: the ten handoff questions, the interview tiers
//! and the rules that raise a tier. Loaded from `question_bank/` and checked
//! once at start; a bad file stops start-up naming the file and line.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::string_enum;

mod gaps;
mod paraphrases;
mod questions;

pub use gaps::{GapKind, GapRules};
pub use paraphrases::{Occurrence, Paraphrases, Term};
pub use questions::{Expect, Question, RecordKind, WalkRules};

string_enum!(
    /// The ten account handoff questions (ids from FORMATS.md).
    QuestionId {
        DecisionMaker => "decision_maker",
        Champion => "champion",
        HiddenCommitments => "hidden_commitments",
        HistorySensitivities => "history_sensitivities",
        PricingStory => "pricing_story",
        UnexpectedUse => "unexpected_use",
        ChannelsSurprises => "channels_surprises",
        OrgChanges => "org_changes",
        WarningSigns => "warning_signs",
        RenewalRisk => "renewal_risk",
    }
);

string_enum!(
    /// How deep an interview goes. Ordered from shallow to deep.
    Tier { Smb => "smb", MidMarket => "mid_market", Enterprise => "enterprise" }
);

impl Tier {
    /// One step deeper; enterprise is the deepest.
    pub fn raised(self) -> Tier {
        match self {
            Tier::Smb => Tier::MidMarket,
            Tier::MidMarket | Tier::Enterprise => Tier::Enterprise,
        }
    }
}

impl From<crate::accounts::Segment> for Tier {
    fn from(s: crate::accounts::Segment) -> Tier {
        use crate::accounts::Segment;
        match s {
            Segment::Enterprise => Tier::Enterprise,
            Segment::MidMarket => Tier::MidMarket,
            Segment::Smb => Tier::Smb,
        }
    }
}

string_enum!(
    /// A conversation asks follow-ups; a written pass is a short form.
    InterviewMode { Conversation => "conversation", Written => "written" }
);

/// One tier's interview.
#[derive(Debug, Clone)]
pub struct TierPlan {
    pub mode: InterviewMode,
    pub max_follow_ups: u8,
    pub questions: Vec<QuestionId>,
}

/// When a tier is raised one step.
#[derive(Debug, Clone)]
pub struct RaiseRules {
    pub renewal_within_days: i64,
    pub large_opportunity_amount: f64,
    pub opportunity_close_within_days: i64,
    closed_stages: Vec<String>,
}

impl RaiseRules {
    /// True unless `stage` is one of the configured closed stages.
    pub fn is_open_stage(&self, stage: Option<&str>) -> bool {
        let Some(stage) = stage else { return true };
        let normal = normalize_stage(stage);
        !self.closed_stages.contains(&normal)
    }
}

fn normalize_stage(stage: &str) -> String {
    stage
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect()
}

/// The paraphrase groups shipped inside the binary.
const BUILTIN_PARAPHRASES: (&str, &str) = (
    "question_bank/paraphrases.toml",
    include_str!("../../question_bank/paraphrases.toml"),
);

/// The gap rules shipped inside the binary.
const BUILTIN_GAPS: (&str, &str) = (
    "question_bank/gaps.toml",
    include_str!("../../question_bank/gaps.toml"),
);

/// The loaded, checked question bank.
#[derive(Debug, Clone)]
pub struct Bank {
    pub raise: RaiseRules,
    tiers: BTreeMap<&'static str, TierPlan>,
    questions: BTreeMap<QuestionId, Question>,
    /// Words that stand for one another in account talk.
    pub paraphrases: Paraphrases,
    /// How the record's gaps are found, and what each feeds.
    pub gaps: GapRules,
    /// How the record walk picks the activities shown with a question.
    pub walk: WalkRules,
}

impl Bank {
    pub fn tier(&self, tier: Tier) -> &TierPlan {
        // Loading guarantees every tier is present.
        &self.tiers[tier.as_str()]
    }

    /// Every one of the ten questions (loading guarantees all are there).
    pub fn question(&self, id: QuestionId) -> &Question {
        &self.questions[&id]
    }

    /// The bank shipped inside the binary (`question_bank/` at build time).
    pub fn builtin() -> Result<Bank, BankError> {
        Bank::parse(
            (
                Path::new("question_bank/tiers.toml"),
                include_str!("../../question_bank/tiers.toml"),
            ),
            (
                Path::new("question_bank/questions.toml"),
                include_str!("../../question_bank/questions.toml"),
            ),
            (Path::new(BUILTIN_PARAPHRASES.0), BUILTIN_PARAPHRASES.1),
            (Path::new(BUILTIN_GAPS.0), BUILTIN_GAPS.1),
        )
    }

    /// The bank in `dir`, for deployments that edit their own; without a
    /// `paraphrases.toml` or a `gaps.toml` there, the built-in one.
    pub fn load_dir(dir: &Path) -> Result<Bank, BankError> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path)
                .map(|text| (path.clone(), text))
                .map_err(|source| BankError::Read { path, source })
        };
        let (tiers_path, tiers) = read("tiers.toml")?;
        let (questions_path, questions) = read("questions.toml")?;
        let optional = |(name, builtin): (&str, &str)| {
            let file = name.rsplit('/').next().unwrap_or(name);
            if dir.join(file).exists() {
                read(file)
            } else {
                Ok((PathBuf::from(name), builtin.to_string()))
            }
        };
        let (paraphrases_path, paraphrases) = optional(BUILTIN_PARAPHRASES)?;
        let (gaps_path, gaps) = optional(BUILTIN_GAPS)?;
        Bank::parse(
            (&tiers_path, &tiers),
            (&questions_path, &questions),
            (&paraphrases_path, &paraphrases),
            (&gaps_path, &gaps),
        )
    }

    fn parse(
        tiers: (&Path, &str),
        questions: (&Path, &str),
        paraphrases: (&Path, &str),
        gaps: (&Path, &str),
    ) -> Result<Bank, BankError> {
        let (raise, tiers) = parse_tiers(tiers.0, tiers.1)?;
        let (questions, walk) = questions::parse_questions(questions.0, questions.1)?;
        let paraphrases = Paraphrases::parse(paraphrases.0, paraphrases.1)?;
        let gaps = gaps::parse_gaps(gaps.0, gaps.1)?;
        Ok(Bank {
            raise,
            tiers,
            questions,
            paraphrases,
            gaps,
            walk,
        })
    }
}

#[derive(Debug, thiserror::Error)]
pub enum BankError {
    #[error("cannot read {path}")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}:{line}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTiers {
    raise: RawRaise,
    tiers: BTreeMap<String, toml::Spanned<RawTier>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRaise {
    renewal_within_days: toml::Spanned<i64>,
    large_opportunity_amount: toml::Spanned<f64>,
    opportunity_close_within_days: toml::Spanned<i64>,
    closed_stages: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTier {
    mode: toml::Spanned<String>,
    max_follow_ups: toml::Spanned<i64>,
    questions: Vec<toml::Spanned<String>>,
}

/// A bank file being read: every error names its path and line.
struct BankFile<'a> {
    path: &'a Path,
    text: &'a str,
}

impl BankFile<'_> {
    /// An error at byte `offset` of the file.
    fn invalid(&self, offset: usize, message: String) -> BankError {
        self.at_line(crate::tomlfile::line_at(self.text, offset), message)
    }

    fn at_line(&self, line: usize, message: String) -> BankError {
        BankError::Invalid {
            path: self.path.to_path_buf(),
            line,
            message,
        }
    }

    /// The file's TOML as `T`; a syntax or shape error names its line.
    fn parse<T: serde::de::DeserializeOwned>(&self) -> Result<T, BankError> {
        crate::tomlfile::parse(self.text).map_err(|(line, message)| self.at_line(line, message))
    }
}

type Tiers = BTreeMap<&'static str, TierPlan>;

fn parse_tiers(path: &Path, text: &str) -> Result<(RaiseRules, Tiers), BankError> {
    let file = BankFile { path, text };
    let invalid = |offset: usize, message: String| file.invalid(offset, message);
    let raw: RawTiers = file.parse()?;

    let days = |v: &toml::Spanned<i64>, name: &str| {
        if (0..=3650).contains(v.get_ref()) {
            Ok(*v.get_ref())
        } else {
            Err(invalid(
                v.span().start,
                format!("{name} must be between 0 and 3650 days"),
            ))
        }
    };
    let amount = &raw.raise.large_opportunity_amount;
    if !amount.get_ref().is_finite() || *amount.get_ref() < 0.0 {
        return Err(invalid(
            amount.span().start,
            "large_opportunity_amount must be at least 0".into(),
        ));
    }
    let raise = RaiseRules {
        renewal_within_days: days(&raw.raise.renewal_within_days, "renewal_within_days")?,
        opportunity_close_within_days: days(
            &raw.raise.opportunity_close_within_days,
            "opportunity_close_within_days",
        )?,
        large_opportunity_amount: *amount.get_ref(),
        closed_stages: raw
            .raise
            .closed_stages
            .iter()
            .map(|s| normalize_stage(s))
            .collect(),
    };

    let mut tiers = BTreeMap::new();
    for (name, spanned) in &raw.tiers {
        let start = spanned.span().start;
        let tier = Tier::parse(name).ok_or_else(|| {
            invalid(
                start,
                format!(
                    "unknown tier {name:?}; expected one of {}",
                    Tier::expected()
                ),
            )
        })?;
        let t = spanned.get_ref();
        let mode = InterviewMode::parse(t.mode.get_ref()).ok_or_else(|| {
            invalid(
                t.mode.span().start,
                format!(
                    "unknown mode {:?}; expected one of {}",
                    t.mode.get_ref(),
                    InterviewMode::expected()
                ),
            )
        })?;
        let max_follow_ups = u8::try_from(*t.max_follow_ups.get_ref())
            .ok()
            .filter(|n| *n <= 5)
            .ok_or_else(|| {
                invalid(
                    t.max_follow_ups.span().start,
                    "max_follow_ups must be between 0 and 5".into(),
                )
            })?;
        let mut questions = Vec::new();
        for q in &t.questions {
            let id = QuestionId::parse(q.get_ref()).ok_or_else(|| {
                invalid(
                    q.span().start,
                    format!(
                        "unknown question id {:?}; expected one of {}",
                        q.get_ref(),
                        QuestionId::expected()
                    ),
                )
            })?;
            if questions.contains(&id) {
                return Err(invalid(
                    q.span().start,
                    format!("question {id} is listed twice"),
                ));
            }
            questions.push(id);
        }
        if questions.is_empty() {
            return Err(invalid(start, format!("tier {name} asks no question")));
        }
        tiers.insert(
            tier.as_str(),
            TierPlan {
                mode,
                max_follow_ups,
                questions,
            },
        );
    }
    for tier in Tier::ALL {
        if !tiers.contains_key(tier.as_str()) {
            return Err(invalid(text.len(), format!("tier {tier} is missing")));
        }
    }
    Ok((raise, tiers))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_bank_loads_with_the_documented_tiers() {
        let bank = Bank::builtin().unwrap();
        assert_eq!(bank.tier(Tier::Enterprise).questions.len(), 10);
        assert_eq!(bank.tier(Tier::Enterprise).max_follow_ups, 2);
        assert_eq!(bank.tier(Tier::MidMarket).questions.len(), 6);
        assert_eq!(bank.tier(Tier::MidMarket).max_follow_ups, 1);
        let smb = bank.tier(Tier::Smb);
        assert_eq!(smb.mode, InterviewMode::Written);
        assert_eq!(smb.max_follow_ups, 0);
        assert_eq!(
            smb.questions,
            vec![
                QuestionId::DecisionMaker,
                QuestionId::HiddenCommitments,
                QuestionId::RenewalRisk
            ]
        );
        assert_eq!(bank.raise.renewal_within_days, 120);
    }

    #[test]
    fn unknown_question_id_names_file_and_line() {
        let text = include_str!("../../question_bank/tiers.toml")
            .replace("\"pricing_story\"", "\"pricing_storyy\"");
        let err = parse_tiers(Path::new("question_bank/tiers.toml"), &text)
            .unwrap_err()
            .to_string();
        let line = text
            .lines()
            .position(|l| l.contains("pricing_storyy"))
            .unwrap()
            + 1;
        assert!(
            err.starts_with(&format!("question_bank/tiers.toml:{line}:")),
            "{err}"
        );
        assert!(err.contains("pricing_storyy"), "{err}");
    }

    #[test]
    fn missing_field_names_file_and_line() {
        let text =
            include_str!("../../question_bank/tiers.toml").replace("max_follow_ups = 1\n", "");
        let err = parse_tiers(Path::new("t.toml"), &text)
            .unwrap_err()
            .to_string();
        assert!(err.contains("max_follow_ups"), "{err}");
        assert!(err.starts_with("t.toml:"), "{err}");
    }

    #[test]
    fn closed_stages_are_matched_loosely() {
        let bank = Bank::builtin().unwrap();
        assert!(!bank.raise.is_open_stage(Some("Closed Won")));
        assert!(!bank.raise.is_open_stage(Some("closed-lost")));
        assert!(bank.raise.is_open_stage(Some("negotiation")));
        assert!(bank.raise.is_open_stage(None));
    }
}
