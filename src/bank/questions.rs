//! `question_bank/questions.toml`: the wording of the ten questions, why each
//! matters, what a good answer holds, its probes, and which parts of the
//! record may already speak to it.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{BankError, BankFile, QuestionId};
use crate::string_enum;

string_enum!(
    /// What a complete answer must name; the deterministic interviewer asks
    /// a follow-up when it is missing.
    Expect { Person => "person", Amount => "amount", Date => "date" }
);

string_enum!(
    /// The parts of an account's record a question may draw on.
    RecordKind {
        Contacts => "contacts",
        Opportunities => "opportunities",
        Activities => "activities",
        ContractNotes => "contract_notes",
        Renewal => "renewal",
    }
);

/// One question of the bank, checked.
#[derive(Debug, Clone)]
pub struct Question {
    pub id: QuestionId,
    pub text: String,
    pub why: String,
    pub good_answer: String,
    /// 2 to 4 follow-ups, in the order to ask them.
    pub probes: Vec<String>,
    pub expects: Vec<Expect>,
    pub record: Vec<RecordKind>,
    /// Lower-case words that make a record item relevant (the walk by
    /// keywords, measured against the walk by relevance).
    pub keywords: Vec<String>,
    /// What an activity that bears on the question is about, in short
    /// sentences: the walk shows the activities closest to one of them.
    /// Empty only for a question that reads no activities.
    pub topics: Vec<String>,
    /// How a successor asks about the topic in their own words ("whose
    /// arm do I twist?", "any side deals?"): the knowledge clone routes a
    /// question to the topic by these as by its text and probes. May be
    /// empty.
    pub asked_as: Vec<String>,
    /// Opens the question when the record says something; holds `{fact}`.
    pub lead: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    walk: Option<RawWalk>,
    questions: BTreeMap<String, toml::Spanned<RawQuestion>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWalk {
    relevance_floor: toml::Spanned<f32>,
    keyword_weight: toml::Spanned<f32>,
}

/// How the record walk picks the activities shown with a question: by
/// relevance, the closeness (cosine, bundled encoder) of the activity to
/// the nearest of the question's topics plus `keyword_weight` for each of
/// its keywords the activity holds (four at most); shown at or above
/// `relevance_floor`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct WalkRules {
    pub relevance_floor: f32,
    pub keyword_weight: f32,
}

impl WalkRules {
    /// Keywords counted at most.
    pub const MAX_KEYWORDS: usize = 4;

    /// An activity's relevance from its closeness and its keyword hits.
    pub fn relevance(&self, closeness: f32, keyword_hits: usize) -> f32 {
        closeness + self.keyword_weight * keyword_hits.min(WalkRules::MAX_KEYWORDS) as f32
    }
}

impl Default for WalkRules {
    /// For a bank whose questions file sets none: the built-in file's.
    fn default() -> WalkRules {
        WalkRules {
            relevance_floor: 0.6,
            keyword_weight: 0.15,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawQuestion {
    text: toml::Spanned<String>,
    why: toml::Spanned<String>,
    good_answer: toml::Spanned<String>,
    probes: toml::Spanned<Vec<String>>,
    expects: Vec<toml::Spanned<String>>,
    record: Vec<toml::Spanned<String>>,
    keywords: toml::Spanned<Vec<String>>,
    #[serde(default)]
    topics: Option<toml::Spanned<Vec<String>>>,
    #[serde(default)]
    asked_as: Option<toml::Spanned<Vec<String>>>,
    lead: toml::Spanned<String>,
}

/// Parses and checks the questions file: every one of the ten ids present
/// once, nothing unknown, every field filled.
pub(super) fn parse_questions(
    path: &Path,
    text: &str,
) -> Result<(BTreeMap<QuestionId, Question>, WalkRules), BankError> {
    let file = BankFile { path, text };
    let invalid = |offset: usize, message: String| file.invalid(offset, message);
    let raw: RawFile = file.parse()?;
    let walk = match &raw.walk {
        None => WalkRules::default(),
        Some(w) => {
            let between = |v: &toml::Spanned<f32>, what: &str| {
                let value = *v.get_ref();
                if value > 0.0 && value < 1.0 {
                    Ok(value)
                } else {
                    Err(invalid(
                        v.span().start,
                        format!("walk: {what} must be between 0 and 1, not {value}"),
                    ))
                }
            };
            WalkRules {
                relevance_floor: between(&w.relevance_floor, "relevance_floor")?,
                keyword_weight: between(&w.keyword_weight, "keyword_weight")?,
            }
        }
    };
    let filled = |v: &toml::Spanned<String>, what: &str| {
        let s = v.get_ref().trim();
        if s.is_empty() {
            Err(invalid(v.span().start, format!("{what} must not be empty")))
        } else {
            Ok(s.to_string())
        }
    };

    let mut out = BTreeMap::new();
    for (name, spanned) in &raw.questions {
        let start = spanned.span().start;
        let id = QuestionId::parse(name).ok_or_else(|| {
            invalid(
                start,
                format!(
                    "unknown question id {name:?}; expected one of {}",
                    QuestionId::expected()
                ),
            )
        })?;
        let q = spanned.get_ref();
        let probes: Vec<String> = q
            .probes
            .get_ref()
            .iter()
            .map(|p| p.trim().to_string())
            .collect();
        if !(2..=4).contains(&probes.len()) || probes.iter().any(String::is_empty) {
            return Err(invalid(
                q.probes.span().start,
                format!("{name}: probes must be 2 to 4 non-empty follow-up questions"),
            ));
        }
        let expects = q
            .expects
            .iter()
            .map(|e| {
                Expect::parse(e.get_ref()).ok_or_else(|| {
                    invalid(
                        e.span().start,
                        format!(
                            "unknown expectation {:?}; expected one of {}",
                            e.get_ref(),
                            Expect::expected()
                        ),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let record = q
            .record
            .iter()
            .map(|r| {
                RecordKind::parse(r.get_ref()).ok_or_else(|| {
                    invalid(
                        r.span().start,
                        format!(
                            "unknown record kind {:?}; expected one of {}",
                            r.get_ref(),
                            RecordKind::expected()
                        ),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        if record.is_empty() {
            return Err(invalid(
                start,
                format!("{name}: record must name at least one record kind"),
            ));
        }
        let keywords: Vec<String> = q
            .keywords
            .get_ref()
            .iter()
            .map(|k| k.trim().to_lowercase())
            .filter(|k| !k.is_empty())
            .collect();
        if keywords.is_empty() {
            return Err(invalid(
                q.keywords.span().start,
                format!("{name}: keywords must not be empty"),
            ));
        }
        // An optional list of sentences, trimmed, and where it starts.
        let sentences = |list: &Option<toml::Spanned<Vec<String>>>| {
            let at = list.as_ref().map_or(start, |t| t.span().start);
            let items: Vec<String> = list
                .as_ref()
                .map(|t| t.get_ref().iter().map(|s| s.trim().to_string()).collect())
                .unwrap_or_default();
            (items, at)
        };
        let (topics, at) = sentences(&q.topics);
        if topics.iter().any(String::is_empty)
            || (topics.is_empty() && record.contains(&RecordKind::Activities))
        {
            return Err(invalid(
                at,
                format!("{name}: topics must be non-empty sentences, at least one for a question that reads activities"),
            ));
        }
        let (asked_as, at) = sentences(&q.asked_as);
        if asked_as.iter().any(String::is_empty) {
            return Err(invalid(
                at,
                format!("{name}: asked_as must be non-empty questions"),
            ));
        }
        let lead = filled(&q.lead, "lead")?;
        if !lead.contains("{fact}") {
            return Err(invalid(
                q.lead.span().start,
                format!("{name}: lead must contain {{fact}}"),
            ));
        }
        out.insert(
            id,
            Question {
                id,
                text: filled(&q.text, "text")?,
                why: filled(&q.why, "why")?,
                good_answer: filled(&q.good_answer, "good_answer")?,
                probes,
                expects,
                record,
                keywords,
                topics,
                asked_as,
                lead,
            },
        );
    }
    if let Some(missing) = QuestionId::ALL.iter().find(|id| !out.contains_key(*id)) {
        return Err(invalid(
            text.len(),
            format!("question {missing} is missing"),
        ));
    }
    Ok((out, walk))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = include_str!("../../question_bank/questions.toml");

    fn parse(text: &str) -> Result<BTreeMap<QuestionId, Question>, String> {
        parse_questions(Path::new("question_bank/questions.toml"), text)
            .map(|(questions, _)| questions)
            .map_err(|e| e.to_string())
    }

    fn line_containing(text: &str, needle: &str) -> usize {
        text.lines().position(|l| l.contains(needle)).unwrap() + 1
    }

    #[test]
    fn every_question_has_wording_probes_and_record_hints() {
        let questions = parse(FILE).unwrap();
        assert_eq!(questions.len(), 10);
        for q in questions.values() {
            assert!((2..=4).contains(&q.probes.len()), "{}", q.id);
            assert!(q.text.ends_with('?'), "{}", q.id);
            assert!(q.probes.iter().all(|p| p.ends_with('?')), "{}", q.id);
            assert!(!q.record.is_empty() && !q.keywords.is_empty(), "{}", q.id);
        }
        assert_eq!(
            questions[&QuestionId::DecisionMaker].expects,
            vec![Expect::Person]
        );
    }

    #[test]
    fn unknown_id_names_file_and_line() {
        let text = FILE.replace("[questions.org_changes]", "[questions.org_chart]");
        let err = parse(&text).unwrap_err();
        let line = line_containing(&text, "[questions.org_chart]");
        assert!(
            err.starts_with(&format!("question_bank/questions.toml:{line}:")),
            "{err}"
        );
        assert!(err.contains("org_chart"), "{err}");
    }

    #[test]
    fn missing_field_or_question_is_refused() {
        let text = FILE.replacen("why = ", "# why = ", 1);
        let err = parse(&text).unwrap_err();
        assert!(err.contains("missing field `why`"), "{err}");

        let cut = FILE.find("[questions.renewal_risk]").unwrap();
        let err = parse(&FILE[..cut]).unwrap_err();
        assert!(err.contains("question renewal_risk is missing"), "{err}");
    }

    #[test]
    fn bad_values_name_their_line() {
        let text = FILE.replacen("expects = [\"person\"]", "expects = [\"persona\"]", 1);
        let err = parse(&text).unwrap_err();
        let line = line_containing(&text, "\"persona\"");
        assert!(
            err.contains(&format!(":{line}:")) && err.contains("persona"),
            "{err}"
        );

        let text = FILE.replacen(
            "lead = \"From the record: {fact}.\"",
            "lead = \"The record.\"",
            1,
        );
        assert!(parse(&text).unwrap_err().contains("{fact}"));
    }

    /// A question that reads activities needs topics to pick them by; a
    /// blank topic, a blank way of asking and a floor outside (0, 1) are
    /// refused with their line.
    #[test]
    fn topics_and_the_relevance_floor_are_checked() {
        let (questions, walk) =
            parse_questions(Path::new("questions.toml"), FILE).expect("the built-in file");
        assert_eq!(walk, WalkRules::default());

        let start = FILE.find("[questions.champion]").unwrap();
        let topics = start + FILE[start..].find("topics = [").unwrap();
        let end = topics + FILE[topics..].find("]\n").unwrap() + 2;
        let text = format!("{}{}", &FILE[..topics], &FILE[end..]);
        let err = parse(&text).unwrap_err();
        assert!(err.contains("champion: topics must"), "{err}");

        let text = FILE.replacen("topics = [\n", "topics = [\n  \"  \",\n", 1);
        let err = parse(&text).unwrap_err();
        let line = line_containing(&text, "topics = [");
        assert!(err.contains(&format!(":{line}:")), "{err}");

        // Every question can be asked about in a successor's words; a
        // blank way of asking is refused with its line.
        assert!(questions.values().all(|q| q.asked_as.len() >= 10));
        let text = FILE.replacen("asked_as = [\n", "asked_as = [\n  \"\",\n", 1);
        let err = parse(&text).unwrap_err();
        let line = line_containing(&text, "asked_as = [");
        assert!(err.contains(&format!(":{line}:")), "{err}");
        assert!(err.contains("asked_as must be"), "{err}");

        for (field, bad) in [
            ("relevance_floor", "0.0"),
            ("relevance_floor", "1.5"),
            ("keyword_weight", "-0.2"),
        ] {
            let text = FILE.replacen(
                &format!("{field} = "),
                &format!("{field} = {bad} # was "),
                1,
            );
            let err = parse(&text).unwrap_err();
            let line = line_containing(&text, &format!("{field} = "));
            assert!(
                err.contains(&format!("{field} must be between 0 and 1"))
                    && err.contains(&format!(":{line}:")),
                "{err}"
            );
        }
    }
}
