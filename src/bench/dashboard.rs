//! `baton bench dashboard`: how long the manager's dashboard takes on a
//! team of 50 reps under 5 managers with 10,000 accounts (by default), two
//! reps of manager 0 under notice and a third gone (the dashboard lists the
//! handoff health of their accounts), for an admin (every account), a manager (a fifth)
//! and a rep (their own), and the ownership conflicts (`GET
//! /api/v1/conflicts`: three activities per account, one in 23 worked by
//! another rep, one customer in 97 under two reps), on SQLite or on the
//! PostgreSQL database named by
//! `--database-url` (an empty one: the bench imports into it). Medians of
//! repeated runs, after warm-up, never assertions.

use std::time::Instant;

use serde_json::{json, Value};

use super::{ms, percentile, timed, BenchResult};
use crate::access::{Scope, Via};
use crate::app::Core;
use crate::users::{Role, UserId};

/// What to measure on.
pub struct Plan {
    pub reps: usize,
    pub accounts: usize,
    pub runs: usize,
    pub database_url: Option<String>,
}

const MANAGERS: usize = 5;

/// The synthetic team: an admin, a VP, `MANAGERS` managers under the VP,
/// `reps` reps spread over them, `accounts` accounts spread over the reps,
/// each with three contacts of varied roles and strengths and a renewal
/// somewhere in the next 400 days.
fn bundle(reps: usize, accounts: usize) -> Value {
    let mut users = vec![
        json!({"id": "u-admin", "name": "Bench Admin", "role": "admin"}),
        json!({"id": "u-vp", "name": "Bench VP", "role": "manager"}),
    ];
    for m in 0..MANAGERS {
        users.push(
            json!({"id": format!("u-mgr-{m}"), "name": format!("Manager {m}"),
                          "role": "manager", "manager_id": "u-vp"}),
        );
    }
    for r in 0..reps {
        users.push(
            json!({"id": format!("u-rep-{r}"), "name": format!("Rep {r}"), "role": "rep",
                          "manager_id": format!("u-mgr-{}", r % MANAGERS)}),
        );
    }
    let today = chrono::Utc::now().date_naive();
    let roles = [
        "economic_buyer",
        "champion",
        "influencer",
        "user",
        "blocker",
    ];
    let accounts: Vec<Value> = (0..accounts)
        .map(|a| {
            let contacts: Vec<Value> = (0..3)
                .map(|c| {
                    // One account in 97 shares its customer's domain with
                    // the one before (another rep's): a duplicate to find.
                    let domain = if a % 97 == 1 { a - 1 } else { a };
                    let mut contact = json!({"id": format!("c-{a}-{c}"), "name": format!("Person{c} Contact{a}"),
                        "role": roles[(a + c) % roles.len()],
                        "email": format!("person{c}@customer{domain}.test")});
                    if (a + c) % 4 != 0 {
                        contact["relationship_strength"] = json!(1 + (a * 3 + c) % 5);
                    }
                    contact
                })
                .collect();
            let renewal = today + chrono::Duration::days((a * 37 % 400) as i64);
            let owner = a % reps;
            // Three recent activities by the owner; on one account in 23
            // one by another rep (an outside activity to find).
            let mut activities: Vec<Value> = (0..3)
                .map(|k| {
                    let at = chrono::Utc::now() - chrono::Duration::days((k * 20 + a % 15) as i64);
                    json!({"id": format!("x-{a}-{k}"), "kind": "email", "at": at.to_rfc3339(),
                           "author_id": format!("u-rep-{owner}"), "subject": "Follow-up", "body": "Checked in."})
                })
                .collect();
            if a % 23 == 0 {
                let at = chrono::Utc::now() - chrono::Duration::days(5);
                activities.push(json!({"id": format!("x-{a}-out"), "kind": "call", "at": at.to_rfc3339(),
                    "author_id": format!("u-rep-{}", (owner + 1) % reps), "subject": "Intro", "body": "Called them."}));
            }
            let segment = ["enterprise", "mid_market", "smb"][a % 3];
            json!({"id": format!("acc-{a}"), "name": format!("Account {a}"),
                   "owner_id": format!("u-rep-{owner}"), "arr": 10_000 + (a * 7919 % 500) * 1000,
                   "segment": segment,
                   "renewal_date": renewal.to_string(), "contacts": contacts,
                   "activities": activities})
        })
        .collect();
    json!({"format": "baton-bundle/v1", "users": users, "accounts": accounts})
}

/// Runs the benchmark and prints one JSON object.
pub async fn run(plan: Plan) -> BenchResult {
    let (dir, mut config) = super::scratch("dashboard");
    if let Some(url) = &plan.database_url {
        config.database = crate::config::DatabaseConfig::Postgres(url.clone());
    }
    let core = Core::build(config).await?;
    let reps = plan.reps.max(1);
    let bytes = serde_json::to_vec(&bundle(reps, plan.accounts))?;
    let source = crate::bundle::ImportSource {
        actor: None,
        label: "bench",
    };
    let started = Instant::now();
    crate::bundle::import(&core.db, &bytes, source).await?;
    let imported = started.elapsed();
    let today = chrono::Utc::now().date_naive();
    let scope = |id: &str, role: Role| {
        Scope::new(
            UserId::parse(id).expect("a bench user id"),
            role,
            id.to_string(),
            Via::Local,
        )
    };
    let admin = scope("u-admin", Role::Admin);
    // Two reps of manager 0 under notice, one with a successor; a third
    // gone already, whose accounts' handoff health the dashboard lists.
    let leaving = [
        ("u-rep-0", None),
        ("u-rep-5", Some("u-rep-10")),
        ("u-rep-15", Some("u-rep-20")),
    ];
    for (rep, successor) in leaving
        .into_iter()
        .filter(|(_, s)| reps > 20 || s.is_none())
    {
        let notice = crate::departures::Notice {
            user_id: rep.to_string(),
            last_day: today + chrono::Duration::days(20),
            successor_id: successor.map(str::to_string),
        };
        let given =
            crate::departures::give_notice(&core.db, &core.bank, &admin, &notice, today).await?;
        if rep == "u-rep-15" {
            crate::departures::complete(&core.db, &admin, &given.id, chrono::Utc::now()).await?;
        }
    }
    let callers = [
        ("admin", admin.clone()),
        ("manager", scope("u-mgr-0", Role::Manager)),
        ("rep", scope("u-rep-1", Role::Rep)),
    ];
    let mut results = serde_json::Map::new();
    let mut conflicts = serde_json::Map::new();
    // The conflicts' base, kept while the store does not change (warm), and
    // read afresh (cold: the first read after an import, a transfer…).
    let cache = crate::ownership::conflicts::ConflictCache::default();
    for (name, caller) in &callers {
        let (times, (open, by_kind)) = timed(plan.runs, || async {
            let list = crate::ownership::conflicts::list(
                &core.db,
                &cache,
                caller,
                chrono::Utc::now(),
                false,
                200,
            )
            .await?;
            Ok::<_, crate::ownership::OwnershipError>((list.open, list.by_kind))
        })
        .await?;
        let (cold, _) = timed(plan.runs.min(5), || async {
            let fresh = crate::ownership::conflicts::ConflictCache::default();
            crate::ownership::conflicts::list(
                &core.db,
                &fresh,
                caller,
                chrono::Utc::now(),
                false,
                200,
            )
            .await
            .map(|l| l.open)
        })
        .await?;
        conflicts.insert(
            (*name).into(),
            json!({
                "open": open,
                "by_kind": by_kind,
                "runs": times.len(),
                "median_ms": ms(percentile(&times, 0.5)),
                "p90_ms": ms(percentile(&times, 0.9)),
                "min_ms": ms(times.first().copied().unwrap_or_default()),
                "cold_median_ms": ms(percentile(&cold, 0.5)),
            }),
        );
        let (times, (accounts, at_risk, handoffs)) = timed(plan.runs, || async {
            let board = crate::dashboard::dashboard(
                &core.db,
                &cache,
                caller,
                &core.bank.raise,
                chrono::Utc::now(),
                crate::dashboard::AT_RISK_SHOWN,
            )
            .await?;
            Ok::<_, crate::dashboard::DashboardError>((
                board.accounts,
                board.at_risk_count,
                board.handoffs.len(),
            ))
        })
        .await?;
        results.insert(
            (*name).into(),
            json!({
                "accounts_in_view": accounts,
                "at_risk": at_risk,
                "handoffs": handoffs,
                "runs": times.len(),
                "median_ms": ms(percentile(&times, 0.5)),
                "p90_ms": ms(percentile(&times, 0.9)),
                "min_ms": ms(times.first().copied().unwrap_or_default()),
            }),
        );
    }
    println!(
        "{}",
        serde_json::to_string_pretty(&json!({
            "engine": if plan.database_url.is_some() { "postgres" } else { "sqlite" },
            "reps": reps,
            "accounts": plan.accounts,
            "import_s": (imported.as_secs_f64() * 10.0).round() / 10.0,
            "dashboard": results,
            "conflicts": conflicts,
        }))?
    );
    core.db.close().await;
    let _ = std::fs::remove_dir_all(&dir);
    Ok(())
}
