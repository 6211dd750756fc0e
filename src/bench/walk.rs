//! `baton bench walk`: which activities the record walk shows with each
//! question, held to relevance labels written by people who saw neither the
//! walk nor its topics (`eval/walk/*.json`: for each activity of a set's
//! bundle, the questions it bears on). Measures the walk by keywords and
//! the walk by relevance (the bundled encoder, with or without the
//! question's keywords) at several floors on the same records, and the time
//! the encoder takes per account.
//!
//! The walk runs without gaps here: the items a gap concerns come first
//! whichever way activities are picked, and would hide the difference.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::{json, Value};

use super::BenchResult;
use crate::accounts::{AccountDetail, AccountId};
use crate::app::Core;
use crate::bank::{Question, QuestionId, RecordKind, WalkRules};
use crate::interviews::relevance::Closeness;
use crate::interviews::walk::{self, ActivityPick, RecordItemKind, WalkInput};

/// Floors the encoder's walk is measured at, besides the bank's own.
const FLOORS: &[f32] = &[0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65];

/// Labels: activity id → the questions it bears on.
type Labels = HashMap<String, Vec<String>>;

#[derive(Deserialize)]
struct LabelFile {
    /// The bundle, relative to the directory `baton bench walk` runs in.
    bundle: PathBuf,
    /// `tune`: read and fitted on; `report`: figures only.
    role: String,
    labels: Labels,
    #[serde(default)]
    second_opinion: Option<SecondOpinion>,
}

#[derive(Deserialize)]
struct SecondOpinion {
    labels: Labels,
}

/// What one way of picking showed, summed over a set's accounts and
/// questions.
#[derive(Default, Clone, Copy)]
struct Tally {
    pairs: usize,
    /// The prompt's first record item is an activity not about the question.
    led_by_unrelated: usize,
    /// Pairs that showed an activity, and those whose first one is about it.
    showed: usize,
    first_relevant: usize,
    shown: usize,
    shown_relevant: usize,
    relevant: usize,
    /// Pairs with no activity about the question, and those that showed none.
    none_relevant: usize,
    none_shown: usize,
}

impl Tally {
    fn add(&mut self, context: &walk::RecordContext, relevant: &HashSet<&str>) {
        let shown: Vec<&str> = context
            .items
            .iter()
            .filter(|i| i.kind == RecordItemKind::Activity)
            .map(|i| i.id.as_str())
            .collect();
        self.pairs += 1;
        if let Some(first) = context.items.first() {
            if first.kind == RecordItemKind::Activity && !relevant.contains(first.id.as_str()) {
                self.led_by_unrelated += 1;
            }
        }
        if let Some(first) = shown.first() {
            self.showed += 1;
            self.first_relevant += usize::from(relevant.contains(first));
        }
        self.shown += shown.len();
        self.shown_relevant += shown.iter().filter(|id| relevant.contains(*id)).count();
        self.relevant += relevant.len();
        if relevant.is_empty() {
            self.none_relevant += 1;
            self.none_shown += usize::from(shown.is_empty());
        }
    }

    fn merge(&mut self, other: &Tally) {
        self.pairs += other.pairs;
        self.led_by_unrelated += other.led_by_unrelated;
        self.showed += other.showed;
        self.first_relevant += other.first_relevant;
        self.shown += other.shown;
        self.shown_relevant += other.shown_relevant;
        self.relevant += other.relevant;
        self.none_relevant += other.none_relevant;
        self.none_shown += other.none_shown;
    }

    fn report(&self) -> Value {
        let ratio = |a: usize, b: usize| {
            if b == 0 {
                Value::Null
            } else {
                json!(((a as f64 / b as f64) * 1000.0).round() / 1000.0)
            }
        };
        json!({
            "pairs": self.pairs,
            "led_by_unrelated": self.led_by_unrelated,
            "first_activity_relevant": ratio(self.first_relevant, self.showed),
            "precision": ratio(self.shown_relevant, self.shown),
            "recall": ratio(self.shown_relevant, self.relevant),
            "silent_when_none_relevant": ratio(self.none_shown, self.none_relevant),
            "activities_shown": self.shown,
        })
    }
}

/// The ways of picking activities that are measured, by name: by
/// keywords (`None`), by the bank's rules, and by the encoder alone and with
/// the bank's keyword weight at several floors.
fn strategies(bank: WalkRules) -> Vec<(String, Option<WalkRules>)> {
    let mut out = vec![
        ("keywords".to_string(), None),
        (
            format!(
                "relevance, the bank's (floor {}, keyword weight {})",
                bank.relevance_floor, bank.keyword_weight
            ),
            Some(bank),
        ),
    ];
    for weight in [0.0, bank.keyword_weight] {
        let name = if weight == 0.0 {
            "encoder only"
        } else {
            "encoder + keywords"
        };
        out.extend(FLOORS.iter().map(|floor| {
            let rules = WalkRules {
                relevance_floor: *floor,
                keyword_weight: weight,
            };
            (format!("{name} @{floor}"), Some(rules))
        }));
    }
    out
}

/// The label files of `dir`, by set name, in name order.
fn label_files(
    dir: &Path,
) -> Result<BTreeMap<String, LabelFile>, Box<dyn std::error::Error + Send + Sync>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let name = path
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_string();
        let text = std::fs::read_to_string(&path)?;
        let file: LabelFile =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
        out.insert(name, file);
    }
    if out.is_empty() {
        return Err(format!("no label files (*.json) in {}", dir.display()).into());
    }
    Ok(out)
}

/// The activities of `record` labelled as bearing on `question`.
fn relevant_to<'a>(
    labels: &Labels,
    record: &'a AccountDetail,
    question: QuestionId,
) -> HashSet<&'a str> {
    record
        .recent_activities
        .iter()
        .map(|a| a.id.as_str())
        .filter(|id| {
            labels
                .get(*id)
                .is_some_and(|qs| qs.iter().any(|q| q == question.as_str()))
        })
        .collect()
}

/// Agreement of two labellers over every (activity, question) pair:
/// observed, and Cohen's kappa.
fn agreement(a: &Labels, b: &Labels, questions: &[&Question]) -> Value {
    let (mut both, mut neither, mut only_a, mut only_b) = (0usize, 0usize, 0usize, 0usize);
    for (id, qa) in a {
        let qb = b.get(id).cloned().unwrap_or_default();
        for q in questions {
            let q = q.id.as_str();
            match (qa.iter().any(|x| x == q), qb.iter().any(|x| x == q)) {
                (true, true) => both += 1,
                (false, false) => neither += 1,
                (true, false) => only_a += 1,
                (false, true) => only_b += 1,
            }
        }
    }
    let n = (both + neither + only_a + only_b).max(1) as f64;
    let observed = (both + neither) as f64 / n;
    let pa = (both + only_a) as f64 / n;
    let pb = (both + only_b) as f64 / n;
    let chance = pa * pb + (1.0 - pa) * (1.0 - pb);
    let kappa = (observed - chance) / (1.0 - chance).max(1e-9);
    json!({
        "pairs": n as usize,
        "observed": (observed * 1000.0).round() / 1000.0,
        "kappa": (kappa * 1000.0).round() / 1000.0,
    })
}

/// Runs the measurement over the label files in `dir` and prints one JSON
/// object: per set and overall (tuning sets, report sets), per way of
/// picking.
pub async fn run(dir: &Path) -> BenchResult {
    let files = label_files(dir)?;
    let mut per_set = serde_json::Map::new();
    let mut by_role: BTreeMap<String, BTreeMap<String, Tally>> = BTreeMap::new();
    let mut cold = Vec::new();
    let mut warm = Vec::new();
    for (name, file) in &files {
        let (data, config) = super::scratch("walk");
        let core = Core::build(config).await?;
        let bytes =
            std::fs::read(&file.bundle).map_err(|e| format!("{}: {e}", file.bundle.display()))?;
        let source = crate::bundle::ImportSource {
            actor: None,
            label: "bench",
        };
        crate::bundle::import(&core.db, &bytes, source).await?;
        let bundle: Value = serde_json::from_slice(&bytes)?;
        let questions: Vec<&Question> = crate::bank::QuestionId::ALL
            .iter()
            .map(|id| core.bank.question(*id))
            .filter(|q| q.record.contains(&RecordKind::Activities))
            .collect();
        let names = strategies(core.bank.walk);
        let mut tallies: Vec<Tally> = vec![Tally::default(); names.len()];
        let mut second: Vec<Tally> = vec![Tally::default(); names.len()];
        let today = chrono::Utc::now().date_naive();
        for account in bundle["accounts"].as_array().into_iter().flatten() {
            let Some(id) = account["id"]
                .as_str()
                .and_then(|s| AccountId::parse(s).ok())
            else {
                continue;
            };
            let record =
                crate::accounts::record(&core.db, &id, crate::interviews::WALK_ACTIVITIES).await?;
            for (i, question) in questions.iter().enumerate() {
                let started = Instant::now();
                let closeness = core
                    .interviewer
                    .relevance
                    .closeness(&question.topics, &record.recent_activities)
                    .await?;
                // The first question of an account embeds its sentences;
                // the others find them cached.
                if i == 0 { &mut cold } else { &mut warm }.push(started.elapsed());
                let relevant = relevant_to(&file.labels, &record, question.id);
                let relevant_second = file
                    .second_opinion
                    .as_ref()
                    .map(|s| relevant_to(&s.labels, &record, question.id));
                for (k, (_, rules)) in names.iter().enumerate() {
                    let context = walk_with(&core, &record, question, &closeness, *rules, today);
                    tallies[k].add(&context, &relevant);
                    if let Some(r) = &relevant_second {
                        second[k].add(&context, r);
                    }
                }
            }
        }
        let mut set = serde_json::Map::new();
        set.insert("role".into(), json!(file.role));
        let mut results = serde_json::Map::new();
        for (k, (label, _)) in names.iter().enumerate() {
            results.insert(label.clone(), tallies[k].report());
            by_role
                .entry(file.role.clone())
                .or_default()
                .entry(label.clone())
                .or_default()
                .merge(&tallies[k]);
        }
        set.insert("labels".into(), Value::Object(results));
        if let Some(s) = &file.second_opinion {
            let mut results = serde_json::Map::new();
            for (k, (label, _)) in names.iter().enumerate() {
                results.insert(label.clone(), second[k].report());
            }
            set.insert("second_opinion".into(), Value::Object(results));
            set.insert(
                "labeller_agreement".into(),
                agreement(&file.labels, &s.labels, &questions),
            );
        }
        per_set.insert(name.clone(), Value::Object(set));
        core.db.close().await;
        let _ = std::fs::remove_dir_all(&data);
    }
    let overall: serde_json::Map<String, Value> = by_role
        .into_iter()
        .map(|(role, tallies)| {
            let results: serde_json::Map<String, Value> = tallies
                .into_iter()
                .map(|(label, t)| (label, t.report()))
                .collect();
            (role, Value::Object(results))
        })
        .collect();
    cold.sort();
    warm.sort();
    println!(
        "{}",
        serde_json::to_string_pretty(&json!({
            "overall": overall,
            "sets": per_set,
            "encoder_ms_per_account_question": {
                "first_question_of_account_p50": super::ms(super::percentile(&cold, 0.5)),
                "first_question_of_account_max": super::ms(cold.last().copied().unwrap_or(Duration::ZERO)),
                "later_questions_p50": super::ms(super::percentile(&warm, 0.5)),
            },
        }))?
    );
    Ok(())
}

/// The walk of `question` without gaps, activities picked by keywords
/// (`rules` `None`) or by relevance under `rules`.
fn walk_with(
    core: &Core,
    record: &AccountDetail,
    question: &Question,
    closeness: &Closeness,
    rules: Option<WalkRules>,
    today: chrono::NaiveDate,
) -> walk::RecordContext {
    let activities = match rules {
        Some(rules) => ActivityPick::Relevance { closeness, rules },
        None => ActivityPick::Keywords,
    };
    let input = WalkInput {
        gaps: &[],
        activities,
        stages: &core.bank.raise,
        today,
    };
    walk::walk(
        record,
        question,
        input,
        &core.interviewer.tokens,
        core.interviewer.record_budget,
    )
}
