//! `baton bench handoff`: how long the successor's handoff plan takes for
//! an enterprise account with a long record (500 activities over ten
//! contacts, by default), and a departure's handoff health, which builds
//! the plan of each of the departing rep's accounts (50 by default, twenty
//! activities each), on a throwaway SQLite store. Medians of repeated runs
//! after two warm-up runs, never assertions.

use std::time::Duration;

use serde_json::{json, Value};

use super::{ms, percentile, timed, BenchResult, WORDS};
use crate::access::{Scope, Via};
use crate::app::AppState;
use crate::users::{Role, UserId};

/// What to measure on.
pub struct Plan {
    /// Activities on the account whose plan is timed.
    pub activities: usize,
    /// Accounts of the departing rep.
    pub accounts: usize,
    pub runs: usize,
}

const KINDS: [&str; 5] = ["email", "call", "meeting", "chat", "note"];
const ROLES: [&str; 6] = [
    "economic_buyer",
    "champion",
    "influencer",
    "user",
    "blocker",
    "decision_maker",
];

/// One account of the leaving rep: `contacts` contacts of varied roles and
/// strengths, `activities` activities over the last 180 days naming one or
/// two of them, half of the emails and chats from the customer.
fn account(n: usize, contacts: usize, activities: usize) -> Value {
    let now = chrono::Utc::now();
    let people: Vec<Value> = (0..contacts)
        .map(|c| {
            let channel = ["email", "phone", "WhatsApp"][c % 3];
            json!({"id": format!("c-{n}-{c}"), "name": format!("Person{c} Contact{n}"),
                   "role": ROLES[c % ROLES.len()], "relationship_strength": 1 + c % 5,
                   "preferred_channel": channel})
        })
        .collect();
    let history: Vec<Value> = (0..activities)
        .map(|i| {
            let kind = KINDS[i % KINDS.len()];
            let at = now - chrono::Duration::minutes((i * 180 * 24 * 60 / activities.max(1)) as i64);
            let first = i * 7 % contacts.max(1);
            let mut named = vec![format!("c-{n}-{first}")];
            if i % 3 == 0 {
                named.push(format!("c-{n}-{}", (first + 1) % contacts.max(1)));
            }
            let mut a = json!({"id": format!("a-{n}-{i}"), "kind": kind, "at": at.to_rfc3339(),
                "author_id": "u-leaving", "contact_ids": named,
                "subject": format!("{} {}", WORDS[i % WORDS.len()], WORDS[(i * 5) % WORDS.len()]),
                "body": format!("Talked about the {} and the {}.", WORDS[(i * 3) % WORDS.len()], WORDS[(i * 11) % WORDS.len()])});
            if matches!(kind, "email" | "chat") {
                a["direction"] = json!(if i % 2 == 0 { "inbound" } else { "outbound" });
            }
            a
        })
        .collect();
    let today = now.date_naive();
    let segment = ["enterprise", "mid_market", "smb"][n % 3];
    json!({"id": format!("acc-{n}"), "name": format!("Account {n}"), "owner_id": "u-leaving",
           "arr": 900_000 - n * 1000, "segment": segment,
           "renewal_date": (today + chrono::Duration::days(120 + n as i64)).to_string(),
           "contract_notes": "Three-year term; uplift capped at 4%.",
           "contacts": people, "activities": history})
}

/// Runs the benchmark and prints one JSON object.
pub async fn run(plan: Plan) -> BenchResult {
    let (dir, config) = super::scratch("handoff");
    let state = AppState::build(config).await?;
    let mut accounts = vec![account(0, 10, plan.activities)];
    accounts.extend((1..plan.accounts.max(1)).map(|n| account(n, 3, 20)));
    let bundle = json!({"format": "baton-bundle/v1", "users": [
            {"id": "u-admin", "name": "Bench Admin", "role": "admin"},
            {"id": "u-mgr", "name": "Bench Manager", "role": "manager"},
            {"id": "u-leaving", "name": "Leaving Rep", "role": "rep", "manager_id": "u-mgr"},
            {"id": "u-next", "name": "Next Rep", "role": "rep", "manager_id": "u-mgr"}],
        "accounts": accounts});
    let source = crate::bundle::ImportSource {
        actor: None,
        label: "bench",
    };
    crate::bundle::import(&state.db, &serde_json::to_vec(&bundle)?, source).await?;
    let admin = Scope::new(
        UserId::parse("u-admin").expect("a bench user id"),
        Role::Admin,
        "u-admin".into(),
        Via::Local,
    );
    let today = chrono::Utc::now().date_naive();
    let notice = crate::departures::Notice {
        user_id: "u-leaving".into(),
        last_day: today + chrono::Duration::days(20),
        successor_id: Some("u-next".into()),
    };
    let departure =
        crate::departures::give_notice(&state.db, &state.bank, &admin, &notice, today).await?;
    let stages = &state.bank.raise;

    let (plan_times, touchpoints) = timed(plan.runs, || async {
        let p = crate::handoffs::plan(
            &state.knowledge,
            stages,
            &admin,
            "acc-0",
            chrono::Utc::now(),
        )
        .await?;
        Ok::<_, crate::knowledge::KnowledgeError>(p.touchpoints.len())
    })
    .await?;
    let (health_times, measured) = timed(plan.runs, || async {
        let h = crate::handoffs::departure_health(
            &state.knowledge,
            stages,
            &admin,
            &departure.id,
            chrono::Utc::now(),
        )
        .await?;
        Ok::<_, crate::handoffs::HandoffError>(h.accounts.len())
    })
    .await?;
    let summary = |times: Vec<Duration>| {
        json!({"runs": times.len(), "median_ms": ms(percentile(&times, 0.5)),
               "p90_ms": ms(percentile(&times, 0.9))})
    };
    println!(
        "{}",
        serde_json::to_string_pretty(&json!({
            "plan": {"activities": plan.activities, "contacts": 10, "touchpoints": touchpoints,
                     "time": summary(plan_times)},
            "departure_health": {"accounts": measured, "time": summary(health_times)},
        }))?
    );
    state.db.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
