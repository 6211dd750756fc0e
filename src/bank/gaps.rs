//! `gaps.toml`: the thresholds and words by which the record's gaps are
//! found (`interviews::gaps`), and the bank questions each kind feeds.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::{BankError, BankFile, QuestionId};
use crate::string_enum;

string_enum!(
    /// What the record leaves unsaid that a handoff interview should ask.
    GapKind {
        NoEconomicBuyer => "no_economic_buyer",
        NoChampion => "no_champion",
        WeakKeyContact => "weak_key_contact",
        StaleContact => "stale_contact",
        UnrecordedPerson => "unrecorded_person",
        PromiseInActivity => "promise_in_activity",
        UnexplainedDiscount => "unexplained_discount",
        OpportunityWithoutNextStep => "opportunity_without_next_step",
        OverdueCloseDate => "overdue_close_date",
        RenewalWithoutPlan => "renewal_without_plan",
    }
);

/// The gap rules, checked.
#[derive(Debug, Clone)]
pub struct GapRules {
    /// A key contact below this strength (or with none) is weak.
    pub weak_strength_below: u8,
    pub stale_contact_days: i64,
    pub renewal_within_days: i64,
    pub renewal_quiet_days: i64,
    pub promise_words: Vec<String>,
    pub concession_words: Vec<String>,
    pub reason_words: Vec<String>,
    /// Words that make a sentence about a concession say it ends or is
    /// absent, not that it was given.
    pub no_concession_words: Vec<String>,
    pub renewal_words: Vec<String>,
    pub filler_words: Vec<String>,
    feeds: BTreeMap<GapKind, Vec<QuestionId>>,
    weights: BTreeMap<GapKind, u8>,
    essential_kinds: Vec<GapKind>,
    /// Whether a weak or quiet economic buyer is essential too.
    pub essential_economic_buyer: bool,
}

impl GapRules {
    /// How much a kind of gap weighs when questions are ordered.
    pub fn weight(&self, kind: GapKind) -> u8 {
        self.weights.get(&kind).copied().unwrap_or(1)
    }

    /// Whether a kind of gap is always asked about, whatever the tier.
    pub fn is_essential(&self, kind: GapKind) -> bool {
        self.essential_kinds.contains(&kind)
    }

    /// The bank questions a kind of gap feeds (loading guarantees one at
    /// least for every kind).
    pub fn feeds(&self, kind: GapKind) -> &[QuestionId] {
        self.feeds.get(&kind).map(Vec::as_slice).unwrap_or(&[])
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGaps {
    weak_strength_below: toml::Spanned<i64>,
    stale_contact_days: toml::Spanned<i64>,
    renewal_within_days: toml::Spanned<i64>,
    renewal_quiet_days: toml::Spanned<i64>,
    promise_words: Vec<String>,
    concession_words: Vec<String>,
    reason_words: Vec<String>,
    no_concession_words: Vec<String>,
    renewal_words: Vec<String>,
    filler_words: Vec<String>,
    weights: toml::Spanned<BTreeMap<String, toml::Spanned<i64>>>,
    essential: RawEssential,
    feeds: toml::Spanned<BTreeMap<String, Vec<toml::Spanned<String>>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEssential {
    kinds: Vec<toml::Spanned<String>>,
    economic_buyer: bool,
}

pub(super) fn parse_gaps(path: &Path, text: &str) -> Result<GapRules, BankError> {
    let file = BankFile { path, text };
    let raw: RawGaps = file.parse()?;
    let within = |v: &toml::Spanned<i64>, name: &str, max: i64| {
        if (1..=max).contains(v.get_ref()) {
            Ok(*v.get_ref())
        } else {
            Err(file.invalid(
                v.span().start,
                format!("{name} must be between 1 and {max}"),
            ))
        }
    };
    let kind_at = |name: &str, at: usize| {
        GapKind::parse(name).ok_or_else(|| {
            file.invalid(
                at,
                format!(
                    "unknown gap {name:?}; expected one of {}",
                    GapKind::expected()
                ),
            )
        })
    };
    let mut weights = BTreeMap::new();
    for (name, w) in raw.weights.get_ref() {
        let kind = kind_at(name, raw.weights.span().start)?;
        let weight = u8::try_from(*w.get_ref())
            .ok()
            .filter(|w| (1..=10).contains(w))
            .ok_or_else(|| file.invalid(w.span().start, "a weight is 1 to 10".into()))?;
        weights.insert(kind, weight);
    }
    let essential_kinds = raw
        .essential
        .kinds
        .iter()
        .map(|k| kind_at(k.get_ref(), k.span().start))
        .collect::<Result<Vec<_>, _>>()?;
    let mut feeds = BTreeMap::new();
    for (name, questions) in raw.feeds.get_ref() {
        let kind = kind_at(name, raw.feeds.span().start)?;
        let ids = questions
            .iter()
            .map(|q| {
                QuestionId::parse(q.get_ref()).ok_or_else(|| {
                    file.invalid(
                        q.span().start,
                        format!(
                            "unknown question {:?}; expected one of {}",
                            q.get_ref(),
                            QuestionId::expected()
                        ),
                    )
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        feeds.insert(kind, ids);
    }
    if let Some(kind) = GapKind::ALL
        .iter()
        .find(|k| feeds.get(*k).is_none_or(Vec::is_empty))
    {
        return Err(file.invalid(
            raw.feeds.span().start,
            format!("[feeds] names no question for {kind}"),
        ));
    }
    let lower = |words: Vec<String>| words.into_iter().map(|w| w.to_lowercase()).collect();
    Ok(GapRules {
        weak_strength_below: within(&raw.weak_strength_below, "weak_strength_below", 6)? as u8,
        stale_contact_days: within(&raw.stale_contact_days, "stale_contact_days", 3650)?,
        renewal_within_days: within(&raw.renewal_within_days, "renewal_within_days", 3650)?,
        renewal_quiet_days: within(&raw.renewal_quiet_days, "renewal_quiet_days", 3650)?,
        promise_words: lower(raw.promise_words),
        concession_words: lower(raw.concession_words),
        reason_words: lower(raw.reason_words),
        no_concession_words: lower(raw.no_concession_words),
        renewal_words: lower(raw.renewal_words),
        filler_words: lower(raw.filler_words),
        feeds,
        weights,
        essential_kinds,
        essential_economic_buyer: raw.essential.economic_buyer,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUILTIN: &str = include_str!("../../question_bank/gaps.toml");

    #[test]
    fn the_shipped_rules_load_and_feed_every_kind() {
        let rules = parse_gaps(Path::new("gaps.toml"), BUILTIN).unwrap();
        for kind in GapKind::ALL {
            assert!(!rules.feeds(*kind).is_empty(), "{kind}");
        }
        assert_eq!(rules.weak_strength_below, 3);
        assert_eq!(rules.feeds(GapKind::NoChampion), [QuestionId::Champion]);
    }

    #[test]
    fn bad_rules_name_their_line() {
        let bad = BUILTIN.replace("stale_contact_days = 60", "stale_contact_days = 0");
        let err = parse_gaps(Path::new("gaps.toml"), &bad)
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("gaps.toml:") && err.contains("stale_contact_days"),
            "{err}"
        );
        let bad = BUILTIN.replace(
            "no_champion = [\"champion\"]",
            "no_champion = [\"cheerleader\"]",
        );
        let err = parse_gaps(Path::new("gaps.toml"), &bad)
            .unwrap_err()
            .to_string();
        assert!(err.contains("cheerleader"), "{err}");
        let bad = BUILTIN.replace("no_champion = [\"champion\"]\n", "");
        let err = parse_gaps(Path::new("gaps.toml"), &bad)
            .unwrap_err()
            .to_string();
        assert!(err.contains("no_champion"), "{err}");
    }
}
