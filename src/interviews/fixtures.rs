//! Records for the unit tests of the interview engine: one account whose
//! record leaves nothing unsaid, and the parts to plant gaps or activities
//! in it.

use chrono::{DateTime, NaiveDate, Utc};

use crate::accounts::{
    Account, AccountDetail, AccountId, Activity, ActivityId, ActivityKind, Contact, ContactId,
    ContactRole, Money, Opportunity, OpportunityId, RelationshipStrength, Segment,
};
use crate::users::UserId;

/// The day the fixtures are judged on.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

pub fn at(days_ago: i64) -> DateTime<Utc> {
    (today() - chrono::Duration::days(days_ago))
        .and_hms_opt(10, 0, 0)
        .unwrap()
        .and_utc()
}

pub fn contact(id: &str, name: &str, role: ContactRole, strength: Option<i64>) -> Contact {
    Contact {
        id: ContactId::parse(id).unwrap(),
        name: name.into(),
        title: None,
        email: None,
        phone: None,
        role,
        preferred_channel: None,
        relationship_strength: strength.map(|s| RelationshipStrength::try_from(s).unwrap()),
        notes: None,
    }
}

pub fn activity(id: &str, days_ago: i64, with: &[&str], body: &str) -> Activity {
    Activity {
        id: ActivityId::parse(id).unwrap(),
        kind: ActivityKind::parse("meeting").unwrap(),
        at: at(days_ago),
        author_id: None,
        contact_ids: with.iter().map(|c| ContactId::parse(c).unwrap()).collect(),
        subject: None,
        body: Some(body.into()),
        direction: None,
    }
}

pub fn opportunity(id: &str, stage: &str, close_in: i64, next: Option<&str>) -> Opportunity {
    Opportunity {
        id: OpportunityId::parse(id).unwrap(),
        name: format!("Deal {id}"),
        stage: Some(stage.into()),
        amount: Some(Money::try_from(10_000.0).unwrap()),
        close_date: Some(today() + chrono::Duration::days(close_in)),
        next_step: next.map(String::from),
    }
}

/// An account whose record leaves nothing unsaid: both roles held,
/// strong and recently met, the renewal being worked on.
pub fn complete() -> AccountDetail {
    AccountDetail {
        account: Account {
            id: AccountId::parse("acc-1").unwrap(),
            name: "Halvard".into(),
            owner_id: Some(UserId::parse("u-1").unwrap()),
            source: None,
            arr: Some(Money::try_from(120_000.0).unwrap()),
            currency: None,
            segment: Segment::MidMarket,
            segment_derived: false,
            industry: None,
            territory: None,
            renewal_date: Some(today() + chrono::Duration::days(90)),
            contract_notes: Some("12% discount in exchange for a three-year term.".into()),
        },
        owner_name: Some("Ana".into()),
        contacts: vec![
            contact("c-eb", "Helen Moss", ContactRole::EconomicBuyer, Some(4)),
            contact("c-ch", "Pieter Vos", ContactRole::Champion, Some(3)),
        ],
        opportunities: vec![opportunity(
            "o-1",
            "negotiation",
            30,
            Some("Send the quote."),
        )],
        recent_activities: vec![activity(
            "a-1",
            10,
            &["c-eb", "c-ch"],
            "Renewal kickoff with Helen and Pieter.",
        )],
        activity_count: 1,
        ownership_history: Vec::new(),
    }
}
