//! `baton demo`: the demo team imported, a token per user printed, serving.

use chrono::{Duration, NaiveDate, Utc};
use serde_json::Value;

use crate::access::tokens;
use crate::app::Application;
use crate::bundle::{self, ImportSource};
use crate::config::Config;
use crate::users::Role;

/// The demo team, shipped in the binary.
const DEMO_BUNDLE: &str = include_str!("../demo/bundle.json");

/// The day the demo's story was written. Dates in it are moved forward by
/// the days since, so renewals stay close and activity stays recent.
const DEMO_ANCHOR: (i32, u32, u32) = (2026, 11, 24);

type DemoResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

pub async fn run(config: Config) -> DemoResult {
    let anchor = NaiveDate::from_ymd_opt(DEMO_ANCHOR.0, DEMO_ANCHOR.1, DEMO_ANCHOR.2)
        .ok_or("bad demo anchor")?;
    let shift = Utc::now().date_naive() - anchor;
    let bundle_bytes = shifted_bundle(shift)?;

    let app = Application::build(config.clone()).await?;
    let db = app.state().db.clone();
    let summary = bundle::import(
        &db,
        &bundle_bytes,
        ImportSource {
            actor: None,
            label: "demo",
        },
    )
    .await?;
    let users = crate::users::reporting_lines(&db).await?;
    let doc: Value = serde_json::from_str(DEMO_BUNDLE)?;

    let base = format!("http://{}", config.addr.ip()).replace("0.0.0.0", "127.0.0.1")
        + &format!(":{}", app.port());
    println!();
    println!("Baton demo — data in {}", config.data_dir.display());
    println!(
        "Imported {} accounts ({} new), {} contacts, {} activities.",
        summary.accounts.created + summary.accounts.updated,
        summary.accounts.created,
        summary.contacts,
        summary.activities
    );
    println!();
    println!("Tokens (each shown once, stored hashed):");
    let mut by_role: Vec<(Role, String, String)> = Vec::new();
    for u in doc["users"].as_array().into_iter().flatten() {
        let (Some(id), Some(name)) = (u["id"].as_str(), u["name"].as_str()) else {
            continue;
        };
        let role = u["role"]
            .as_str()
            .and_then(Role::parse)
            .unwrap_or(Role::Rep);
        let minted = match tokens::mint(&db, id, Some("demo"), None).await {
            Ok(m) => m,
            // A demo user who departed in an earlier run has no new token.
            Err(tokens::TokenError::UserDeparted(_)) => continue,
            Err(e) => return Err(e.into()),
        };
        println!(
            "  {:<10} {:<8} {:<22} {}",
            id,
            role.as_str(),
            name,
            minted.token
        );
        by_role.push((role, id.to_string(), minted.token));
    }
    let token_of = |role: Role| by_role.iter().find(|(r, _, _)| *r == role);
    // A rep with a manager, the manager, and another rep as successor.
    let rep = users.iter().find(|(id, manager)| {
        manager.is_some() && by_role.iter().any(|(r, i, _)| *r == Role::Rep && i == id)
    });
    println!();
    println!(
        "In a browser (the token rides in the link's #fragment, which never reaches a server):"
    );
    for role in [Role::Admin, Role::Manager, Role::Rep] {
        if let Some((_, id, token)) = token_of(role) {
            println!("  {:<8} {id:<10} {base}/#token={token}", role.as_str());
        }
    }
    println!();
    println!("Try (copy-paste):");
    if let Some((_, _, admin)) = token_of(Role::Admin) {
        println!("  export ADMIN={admin}");
        println!("  curl -s -H \"Authorization: Bearer $ADMIN\" {base}/api/v1/accounts | python3 -m json.tool");
    }
    if let Some((rep_id, Some(manager_id))) = rep {
        let manager = by_role.iter().find(|(_, i, _)| i == manager_id);
        let successor = by_role
            .iter()
            .find(|(r, i, _)| *r == Role::Rep && i != rep_id);
        if let Some((_, _, manager_token)) = manager {
            let last_day = Utc::now().date_naive() + Duration::days(14);
            let successor = successor
                .map(|(_, i, _)| format!(", \"successor_id\": \"{i}\""))
                .unwrap_or_default();
            println!("  export MANAGER={manager_token}");
            println!("  curl -s -H \"Authorization: Bearer $MANAGER\" \"{base}/api/v1/accounts?owner_id={rep_id}\"");
            println!(
                "  curl -s -X POST -H \"Authorization: Bearer $MANAGER\" -H 'Content-Type: application/json' \\\n    \
                 -d '{{\"user_id\": \"{rep_id}\", \"last_day\": \"{last_day}\"{successor}}}' {base}/api/v1/departures"
            );
        }
    }
    println!("  curl -s {base}/api/v1/openapi.json   # the whole API");
    println!();
    println!("Serving on {base} — Ctrl-C to stop.");
    app.run_until_stopped().await?;
    Ok(())
}

/// The demo bundle with every date and timestamp moved by `shift`.
fn shifted_bundle(shift: Duration) -> Result<Vec<u8>, serde_json::Error> {
    let mut doc: Value = serde_json::from_str(DEMO_BUNDLE)?;
    shift_dates(&mut doc, shift);
    serde_json::to_vec(&doc)
}

fn shift_dates(v: &mut Value, shift: Duration) {
    match v {
        Value::Object(map) => {
            for (key, value) in map.iter_mut() {
                match (key.as_str(), value.as_str()) {
                    ("renewal_date" | "close_date", Some(s)) => {
                        if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
                            *value = Value::String((d + shift).format("%Y-%m-%d").to_string());
                        }
                    }
                    ("at", Some(s)) => {
                        if let Ok(t) = chrono::DateTime::parse_from_rfc3339(s) {
                            *value = Value::String((t + shift).to_rfc3339());
                        }
                    }
                    _ => shift_dates(value, shift),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| shift_dates(i, shift)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shifting_moves_dates_and_timestamps_only() {
        let mut doc = serde_json::json!({"accounts": [{"renewal_date": "2027-01-31", "name": "2027-01-31",
            "activities": [{"at": "2026-11-01T10:00:00Z"}], "opportunities": [{"close_date": "2026-12-31"}]}]});
        shift_dates(&mut doc, Duration::days(1));
        assert_eq!(doc["accounts"][0]["renewal_date"], "2027-02-01");
        assert_eq!(doc["accounts"][0]["name"], "2027-01-31");
        assert_eq!(
            doc["accounts"][0]["opportunities"][0]["close_date"],
            "2027-01-01"
        );
        assert!(doc["accounts"][0]["activities"][0]["at"]
            .as_str()
            .unwrap()
            .starts_with("2026-11-02T10:00:00"));
    }

    #[test]
    fn demo_bundle_is_valid_json_with_users() {
        let doc: Value = serde_json::from_str(DEMO_BUNDLE).unwrap();
        assert!(doc["users"].as_array().is_some_and(|u| u.len() >= 5));
    }
}
