//! Interview planning: one interview per owned account, its tier and its due
//! date. Pure functions of the record, the bank and today's date.

use chrono::NaiveDate;
use serde::Serialize;
use utoipa::ToSchema;

use std::collections::HashMap;

use crate::accounts::{AccountId, AccountWithOpportunities};
use crate::bank::{Bank, QuestionId, Tier};
use crate::interviews::gaps::Gap;
use crate::string_enum;

string_enum!(
    /// Why an interview was raised above the account's segment tier.
    RaiseReason { RenewalSoon => "renewal_soon", LargeOpportunityClosing => "large_opportunity_closing" }
);

/// What the plan says for one account.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct PlannedInterview {
    pub account_id: AccountId,
    pub account_name: String,
    pub segment_tier: Tier,
    pub tier: Tier,
    pub raised_because: Vec<RaiseReason>,
    pub planned_questions: Vec<QuestionId>,
    pub max_follow_ups: u8,
    pub due_date: NaiveDate,
    /// 1 is the interview to do first.
    pub priority: u32,
}

/// The interview tier of one account on `today`, with the reasons it was
/// raised. Renewal and close dates count when they fall between today and the
/// configured number of days ahead, both ends included.
pub fn tier_for(
    item: &AccountWithOpportunities,
    bank: &Bank,
    today: NaiveDate,
) -> (Tier, Vec<RaiseReason>) {
    let rules = &bank.raise;
    let within = |date: NaiveDate, days: i64| {
        let ahead = (date - today).num_days();
        (0..=days).contains(&ahead)
    };
    let segment_tier = Tier::from(item.account.segment);
    let mut reasons = Vec::new();
    if item
        .account
        .renewal_date
        .is_some_and(|d| within(d, rules.renewal_within_days))
    {
        reasons.push(RaiseReason::RenewalSoon);
    }
    if item.opportunities.iter().any(|o| {
        rules.is_open_stage(o.stage.as_deref())
            && o.amount
                .is_some_and(|a| a.value() >= rules.large_opportunity_amount)
            && o.close_date
                .is_some_and(|d| within(d, rules.opportunity_close_within_days))
    }) {
        reasons.push(RaiseReason::LargeOpportunityClosing);
    }
    let tier = if reasons.is_empty() {
        segment_tier
    } else {
        segment_tier.raised()
    };
    (tier, reasons)
}

/// A tier's questions in the order to ask them: first those the account's
/// gaps feed, the heaviest gaps first, then the rest in the tier's order;
/// a question an essential gap feeds (the economic buyer, a promise, the
/// renewal) is asked even when the tier leaves it out.
pub fn order_questions(tier: &[QuestionId], gaps: &[Gap]) -> Vec<QuestionId> {
    let mut questions = tier.to_vec();
    for g in gaps.iter().filter(|g| g.essential) {
        for q in &g.question_ids {
            if !questions.contains(q) {
                questions.push(*q);
            }
        }
    }
    let weight = |q: &QuestionId| -> u32 {
        gaps.iter()
            .filter(|g| g.question_ids.contains(q))
            .map(|g| u32::from(g.weight))
            .sum()
    };
    // Stable: questions of equal weight keep the tier's order.
    questions.sort_by_key(|q| std::cmp::Reverse(weight(q)));
    questions
}

/// Plans every account's interview between `today` and `last_day`; each
/// account's questions are ordered by its gaps (`gaps`, by account id).
///
/// The deepest, most urgent interviews come first (tier, then renewal date,
/// then ARR) and due dates are spread evenly over the days before the last
/// day, so the owner is not asked for everything at once and the riskiest
/// knowledge is captured while there is still time to chase gaps. The last
/// day itself is left for review.
pub fn plan_interviews(
    accounts: &[AccountWithOpportunities],
    gaps: &HashMap<String, Vec<Gap>>,
    bank: &Bank,
    today: NaiveDate,
    last_day: NaiveDate,
) -> Vec<PlannedInterview> {
    let mut planned: Vec<PlannedInterview> = accounts
        .iter()
        .map(|item| {
            let (tier, raised_because) = tier_for(item, bank, today);
            let tier_plan = bank.tier(tier);
            PlannedInterview {
                account_id: item.account.id.clone(),
                account_name: item.account.name.clone(),
                segment_tier: Tier::from(item.account.segment),
                tier,
                raised_because,
                planned_questions: order_questions(
                    &tier_plan.questions,
                    gaps.get(item.account.id.as_str())
                        .map(Vec::as_slice)
                        .unwrap_or(&[]),
                ),
                max_follow_ups: tier_plan.max_follow_ups,
                due_date: last_day,
                priority: 0,
            }
        })
        .collect();

    let renewal = |id: &AccountId| {
        accounts
            .iter()
            .find(|a| &a.account.id == id)
            .and_then(|a| a.account.renewal_date)
            .unwrap_or(NaiveDate::MAX)
    };
    let arr = |id: &AccountId| {
        accounts
            .iter()
            .find(|a| &a.account.id == id)
            .and_then(|a| a.account.arr)
            .map(|m| m.value())
            .unwrap_or(0.0)
    };
    planned.sort_by(|a, b| {
        b.tier
            .cmp_depth(a.tier)
            .then_with(|| renewal(&a.account_id).cmp(&renewal(&b.account_id)))
            .then_with(|| arr(&b.account_id).total_cmp(&arr(&a.account_id)))
            .then_with(|| a.account_id.cmp(&b.account_id))
    });

    let review_day = last_day.pred_opt().unwrap_or(last_day).max(today);
    let span = (review_day - today).num_days();
    let n = planned.len() as i64;
    for (i, p) in planned.iter_mut().enumerate() {
        let i = i as i64;
        p.priority = (i + 1) as u32;
        // Interview i of n is due after (i + 1) / n of the available days.
        let offset = if n == 0 {
            0
        } else {
            (span * (i + 1) + n - 1) / n
        };
        p.due_date = today + chrono::Duration::days(offset.min(span));
    }
    planned
}

impl Tier {
    fn depth(self) -> u8 {
        match self {
            Tier::Smb => 0,
            Tier::MidMarket => 1,
            Tier::Enterprise => 2,
        }
    }

    /// Orders tiers from shallow to deep.
    pub fn cmp_depth(self, other: Tier) -> std::cmp::Ordering {
        self.depth().cmp(&other.depth())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{Account, Money, Opportunity, OpportunityId, Segment};
    use crate::users::UserId;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn account(id: &str, segment: Segment, renewal: Option<NaiveDate>) -> AccountWithOpportunities {
        AccountWithOpportunities {
            account: Account {
                id: AccountId::parse(id).unwrap(),
                name: id.to_uppercase(),
                owner_id: Some(UserId::parse("u-rep").unwrap()),
                source: None,
                arr: Some(Money::try_from(100_000.0).unwrap()),
                currency: None,
                segment,
                segment_derived: false,
                industry: None,
                territory: None,
                renewal_date: renewal,
                contract_notes: None,
            },
            opportunities: vec![],
        }
    }

    fn opportunity(amount: f64, close: NaiveDate, stage: &str) -> Opportunity {
        Opportunity {
            id: OpportunityId::parse("o-1").unwrap(),
            name: "Expansion".into(),
            stage: Some(stage.into()),
            amount: Some(Money::try_from(amount).unwrap()),
            close_date: Some(close),
            next_step: None,
        }
    }

    const TODAY: &str = "2026-11-24";

    #[test]
    fn segment_sets_the_tier_when_nothing_is_close() {
        let bank = Bank::builtin().unwrap();
        let today = day(TODAY);
        for (segment, tier) in [
            (Segment::Enterprise, Tier::Enterprise),
            (Segment::MidMarket, Tier::MidMarket),
            (Segment::Smb, Tier::Smb),
        ] {
            let (t, reasons) = tier_for(&account("a", segment, None), &bank, today);
            assert_eq!((t, reasons.is_empty()), (tier, true));
        }
    }

    #[test]
    fn renewal_raises_at_120_days_and_not_at_121() {
        let bank = Bank::builtin().unwrap();
        let today = day(TODAY);
        let at = |days: i64| {
            tier_for(
                &account(
                    "a",
                    Segment::Smb,
                    Some(today + chrono::Duration::days(days)),
                ),
                &bank,
                today,
            )
        };
        assert_eq!(at(120), (Tier::MidMarket, vec![RaiseReason::RenewalSoon]));
        assert_eq!(at(0), (Tier::MidMarket, vec![RaiseReason::RenewalSoon]));
        assert_eq!(at(121), (Tier::Smb, vec![]));
        // A renewal date already past is stale data, not an imminent renewal.
        assert_eq!(at(-1), (Tier::Smb, vec![]));
    }

    #[test]
    fn large_open_opportunity_raises_at_its_edges() {
        let bank = Bank::builtin().unwrap();
        let today = day(TODAY);
        let with = |amount: f64, days: i64, stage: &str| {
            let mut a = account("a", Segment::MidMarket, None);
            a.opportunities.push(opportunity(
                amount,
                today + chrono::Duration::days(days),
                stage,
            ));
            tier_for(&a, &bank, today).0
        };
        assert_eq!(with(250_000.0, 120, "negotiation"), Tier::Enterprise);
        assert_eq!(with(249_999.99, 120, "negotiation"), Tier::MidMarket);
        assert_eq!(with(250_000.0, 121, "negotiation"), Tier::MidMarket);
        assert_eq!(with(900_000.0, 30, "Closed Won"), Tier::MidMarket);
    }

    #[test]
    fn enterprise_stays_enterprise_when_raised() {
        let bank = Bank::builtin().unwrap();
        let today = day(TODAY);
        let a = account(
            "a",
            Segment::Enterprise,
            Some(today + chrono::Duration::days(10)),
        );
        assert_eq!(tier_for(&a, &bank, today).0, Tier::Enterprise);
    }

    #[test]
    fn plan_orders_by_depth_then_renewal_and_spreads_due_dates() {
        let bank = Bank::builtin().unwrap();
        let today = day(TODAY);
        let last_day = today + chrono::Duration::days(14);
        let accounts = vec![
            account("smb", Segment::Smb, None),
            account("ent-late", Segment::Enterprise, Some(day("2027-09-01"))),
            account("ent-soon", Segment::Enterprise, Some(day("2027-01-15"))),
            account("mid", Segment::MidMarket, None),
        ];
        let plan = plan_interviews(&accounts, &HashMap::new(), &bank, today, last_day);
        let order: Vec<&str> = plan.iter().map(|p| p.account_id.as_str()).collect();
        assert_eq!(order, ["ent-soon", "ent-late", "mid", "smb"]);
        let dues: Vec<NaiveDate> = plan.iter().map(|p| p.due_date).collect();
        assert!(dues.windows(2).all(|w| w[0] <= w[1]), "{dues:?}");
        assert!(dues.iter().all(|d| *d > today && *d < last_day), "{dues:?}");
        assert_eq!(plan[3].due_date, last_day - chrono::Duration::days(1));
        assert_eq!(plan[0].planned_questions.len(), 10);
        assert_eq!(plan[3].planned_questions.len(), 3);
        assert_eq!(
            plan.iter().map(|p| p.priority).collect::<Vec<_>>(),
            [1, 2, 3, 4]
        );
    }

    #[test]
    fn notice_with_last_day_today_is_all_due_today() {
        let bank = Bank::builtin().unwrap();
        let today = day(TODAY);
        let plan = plan_interviews(
            &[account("a", Segment::Smb, None)],
            &HashMap::new(),
            &bank,
            today,
            today,
        );
        assert_eq!(plan[0].due_date, today);
    }

    fn gap(
        kind: crate::bank::GapKind,
        questions: &[QuestionId],
        weight: u8,
        essential: bool,
    ) -> Gap {
        Gap {
            kind,
            item: None,
            text: String::new(),
            question_ids: questions.to_vec(),
            essential,
            weight,
            about: None,
        }
    }

    #[test]
    fn questions_with_the_heaviest_gaps_come_first() {
        use crate::bank::GapKind as K;
        use QuestionId as Q;
        let tier = [
            Q::DecisionMaker,
            Q::Champion,
            Q::HiddenCommitments,
            Q::RenewalRisk,
        ];
        assert_eq!(
            order_questions(&tier, &[]),
            tier,
            "no gaps: the tier's order"
        );
        let gaps = [
            gap(K::WeakKeyContact, &[Q::Champion], 2, false),
            gap(K::RenewalWithoutPlan, &[Q::RenewalRisk], 3, true),
            gap(K::StaleContact, &[Q::Champion], 2, false),
        ];
        assert_eq!(
            order_questions(&tier, &gaps),
            [
                Q::Champion,
                Q::RenewalRisk,
                Q::DecisionMaker,
                Q::HiddenCommitments
            ],
            "champion weighs 4, the renewal 3; the rest keep their order"
        );
    }

    #[test]
    fn an_essential_gap_is_asked_whatever_the_tier() {
        use crate::bank::GapKind as K;
        use QuestionId as Q;
        let tier = [Q::DecisionMaker];
        let promise = gap(K::PromiseInActivity, &[Q::HiddenCommitments], 3, true);
        assert_eq!(
            order_questions(&tier, &[promise]),
            [Q::HiddenCommitments, Q::DecisionMaker]
        );
        // A gap that is not essential does not add its question.
        let discount = gap(K::UnexplainedDiscount, &[Q::PricingStory], 2, false);
        assert_eq!(order_questions(&tier, &[discount]), [Q::DecisionMaker]);
    }
}
