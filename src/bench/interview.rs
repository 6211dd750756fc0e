//! `baton bench`: how long a rep waits between sending an answer and seeing
//! the next prompt, on the deterministic path, through the whole HTTP stack
//! against a throwaway SQLite store. Reports medians, not single timings.

use std::time::Instant;

use serde_json::{json, Value};

use crate::app::Application;
use crate::config::Config;

use super::{ms, percentile, BenchResult};

/// A rep with `accounts` enterprise accounts of `activities` activities each.
fn bundle(accounts: usize, activities: usize) -> Value {
    let words = &super::WORDS[..15];
    let accounts: Vec<Value> = (0..accounts)
        .map(|a| {
            let contacts: Vec<Value> = (0..6)
                .map(|c| {
                    let role = ["economic_buyer", "champion", "influencer", "user", "blocker", "other"][c];
                    json!({"id": format!("c-{a}-{c}"), "name": format!("Contact{c} Person{a}"),
                           "title": "Director", "role": role,
                           "preferred_channel": "email", "relationship_strength": 1 + c % 5,
                           "notes": "Prefers short summaries before meetings."})
                })
                .collect();
            let activities: Vec<Value> = (0..activities)
                .map(|x| {
                    let body: Vec<&str> = (0..40).map(|w| words[(w * 7 + x * 3 + a) % words.len()]).collect();
                    json!({"id": format!("a-{a}-{x}"), "kind": "email",
                           "at": format!("2026-{:02}-{:02}T10:00:00Z", 1 + x % 10, 1 + x % 27),
                           "author_id": "u-bench-rep", "contact_ids": [format!("c-{a}-{}", x % 6)],
                           "subject": format!("Update {x}"), "body": body.join(" ")})
                })
                .collect();
            json!({"id": format!("acc-bench-{a}"), "name": format!("Bench Account {a}"),
                   "owner_id": "u-bench-rep", "arr": 900000, "segment": "enterprise",
                   "renewal_date": "2027-09-30",
                   "contract_notes": "Three-year term, 10% multi-year discount, uplift capped at 4%.",
                   "contacts": contacts,
                   "opportunities": [{"id": format!("o-{a}"), "name": "Renewal", "stage": "proposal",
                                      "amount": 950000, "close_date": "2027-09-30", "next_step": "Send proposal"}],
                   "activities": activities})
        })
        .collect();
    json!({"format": "baton-bundle/v1",
           "users": [{"id": "u-bench-mgr", "name": "Bench Manager", "role": "manager"},
                     {"id": "u-bench-rep", "name": "Bench Rep", "role": "rep", "manager_id": "u-bench-mgr"}],
           "accounts": accounts})
}

/// Runs the benchmark and prints one JSON line of results.
pub async fn run(answers: usize, activities: usize) -> BenchResult {
    let dir = std::env::temp_dir().join(format!("baton-bench-{}", uuid::Uuid::new_v4().simple()));
    let mut config = Config::for_data_dir(&dir);
    config.chat_model = None;
    let app = Application::build(config).await?;
    let base = format!("http://127.0.0.1:{}", app.port());
    let state = app.state().clone();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(app.run_until(async {
        let _ = stopped.await;
    }));

    // Enough enterprise interviews (10 questions each) for the answers.
    let accounts = answers.div_ceil(10) + 1;
    let bytes = serde_json::to_vec(&bundle(accounts, activities))?;
    let source = crate::bundle::ImportSource {
        actor: None,
        label: "bench",
    };
    crate::bundle::import(&state.db, &bytes, source).await?;
    let manager = crate::access::tokens::mint(&state.db, "u-bench-mgr", Some("bench"), None, None)
        .await?
        .token;
    let rep = crate::access::tokens::mint(&state.db, "u-bench-rep", Some("bench"), None, None)
        .await?
        .token;
    let http = reqwest::Client::new();
    let last_day = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
    let departure: Value = http
        .post(format!("{base}/api/v1/departures"))
        .bearer_auth(&manager)
        .json(&json!({"user_id": "u-bench-rep", "last_day": last_day}))
        .send()
        .await?
        .json()
        .await?;
    let ids: Vec<String> = departure["interviews"]
        .as_array()
        .ok_or("no interviews planned")?
        .iter()
        .filter_map(|i| i["id"].as_str().map(str::to_string))
        .collect();

    let complete = "Contact0 Person0 decides with the CFO; we promised a quarterly report by March and a 10% cap on the uplift, which is not in the contract.";
    let mut waits = Vec::with_capacity(answers);
    let mut follow_ups = 0;
    'interviews: for id in &ids {
        let url = format!("{base}/api/v1/interviews/{id}");
        let mut iv: Value = http
            .get(&url)
            .bearer_auth(&rep)
            .send()
            .await?
            .json()
            .await?;
        let mut n = 0;
        while let Some(prompt) = iv["current_prompt"].as_object() {
            if waits.len() >= answers {
                break 'interviews;
            }
            // Every third answer is thin, so follow-ups are part of the mix.
            let text = if n % 3 == 0 { "Not sure." } else { complete };
            n += 1;
            let started = Instant::now();
            let reply = http
                .post(format!("{url}/answers"))
                .bearer_auth(&rep)
                .json(&json!({"question_id": prompt["question_id"], "text": text}))
                .send()
                .await?;
            let status = reply.status();
            iv = reply.json().await?;
            waits.push(started.elapsed());
            if !status.is_success() {
                return Err(format!("answer failed: {status} {iv}").into());
            }
            if iv["current_prompt"]["kind"] == "follow_up" {
                follow_ups += 1;
            }
        }
    }
    drop(http);
    let _ = stop.send(());
    let _ = server.await;
    // The index closes with the last holder of the state, before its files go.
    drop(state);
    let _ = std::fs::remove_dir_all(&dir);

    waits.sort();
    println!(
        "{}",
        json!({
            "bench": "answer_to_next_prompt",
            "path": "deterministic",
            "store": "sqlite",
            "answers": waits.len(),
            "follow_ups": follow_ups,
            "activities_per_account": activities,
            "median_ms": ms(percentile(&waits, 0.5)),
            "p90_ms": ms(percentile(&waits, 0.9)),
            "min_ms": ms(waits[0]),
            "max_ms": ms(*waits.last().ok_or("no answers")?),
        })
    );
    Ok(())
}
