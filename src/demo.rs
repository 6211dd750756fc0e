//! `baton demo`: the demo team imported, a token per user printed, serving.

use chrono::{Duration, NaiveDate, Utc};
use serde_json::Value;

use crate::access::tokens;
use crate::app::Application;
use crate::bundle::{self, ImportSource, ImportSummary};
use crate::config::Config;
use crate::store::Db;
use crate::users::Role;

/// The demo team, shipped in the binary.
const DEMO_BUNDLE: &str = include_str!("../demo/bundle.json");
/// The demo team's ownership rules, used unless BATON_OWNERSHIP_RULES names
/// others.
pub const DEMO_RULES: &str = include_str!("../demo/ownership_rules.toml");

/// The day the demo's story was written. Dates in it are moved forward by
/// the days since, so renewals stay close and activity stays recent.
const DEMO_ANCHOR: (i32, u32, u32) = (2026, 11, 24);

type DemoResult = Result<(), Box<dyn std::error::Error + Send + Sync>>;

/// A demo user and the token just minted for them.
#[derive(Debug, Clone)]
pub struct DemoUser {
    pub id: String,
    pub name: String,
    pub role: Role,
    pub manager_id: Option<String>,
    pub token: String,
}

/// What seeding the demo did.
#[derive(Debug)]
pub struct DemoSeed {
    pub summary: ImportSummary,
    /// In the bundle's order; a user who departed in an earlier run has no
    /// new token and is left out.
    pub users: Vec<DemoUser>,
    /// Each account's id and owner, in the bundle's order.
    pub accounts: Vec<(String, String)>,
}

/// Imports the demo team with its dates moved to `today` and mints a token
/// for every user still active. Safe to run again: the import updates in
/// place.
pub async fn seed(
    db: &Db,
    today: NaiveDate,
) -> Result<DemoSeed, Box<dyn std::error::Error + Send + Sync>> {
    let anchor = NaiveDate::from_ymd_opt(DEMO_ANCHOR.0, DEMO_ANCHOR.1, DEMO_ANCHOR.2)
        .ok_or("bad demo anchor")?;
    let mut doc: Value = serde_json::from_str(DEMO_BUNDLE)?;
    shift_dates(&mut doc, today - anchor);
    let bundle_bytes = serde_json::to_vec(&doc)?;
    let summary = bundle::import(
        db,
        &bundle_bytes,
        ImportSource {
            actor: None,
            label: "demo",
        },
    )
    .await?;
    let mut users = Vec::new();
    for u in doc["users"].as_array().into_iter().flatten() {
        let (Some(id), Some(name)) = (u["id"].as_str(), u["name"].as_str()) else {
            continue;
        };
        let role = u["role"]
            .as_str()
            .and_then(Role::parse)
            .unwrap_or(Role::Rep);
        let minted = match tokens::mint(db, id, Some("demo"), None, None).await {
            Ok(m) => m,
            Err(tokens::TokenError::UserDeparted(_)) => continue,
            Err(e) => return Err(e.into()),
        };
        users.push(DemoUser {
            id: id.to_string(),
            name: name.to_string(),
            role,
            manager_id: u["manager_id"].as_str().map(str::to_string),
            token: minted.token,
        });
    }
    let accounts = doc["accounts"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|a| {
            Some((
                a["id"].as_str()?.to_string(),
                a["owner_id"].as_str()?.to_string(),
            ))
        })
        .collect();
    Ok(DemoSeed {
        summary,
        users,
        accounts,
    })
}

/// `baton demo`: seed, print tokens and examples, serve.
pub async fn run(mut config: Config) -> DemoResult {
    if config.ownership_rules.is_none() {
        std::fs::create_dir_all(&config.data_dir)?;
        let file = config.data_dir.join("demo-ownership-rules.toml");
        std::fs::write(&file, DEMO_RULES)?;
        config.ownership_rules = Some(file);
    }
    let app = Application::build(config.clone()).await?;
    let seeded = seed(&app.state().db, Utc::now().date_naive()).await?;
    // The demo team is small (about eighty chunks, under a second): index
    // it before serving, so the first question already sees the record.
    let indexer = &app.state().knowledge.indexer;
    indexer.catch_up().await?;
    indexer.warm_vocabularies().await?;
    let base = format!("http://{}", config.addr.ip()).replace("0.0.0.0", "127.0.0.1")
        + &format!(":{}", app.port());
    print_guide(&config, &seeded, &base);
    println!("Serving on {base} — Ctrl-C to stop.");
    app.run_until_stopped().await?;
    Ok(())
}

fn print_guide(config: &Config, seeded: &DemoSeed, base: &str) {
    let s = &seeded.summary;
    println!();
    println!("Baton demo — data in {}", config.data_dir.display());
    println!(
        "Imported {} accounts ({} new), {} contacts, {} activities.",
        s.accounts.created + s.accounts.updated,
        s.accounts.created,
        s.contacts,
        s.activities
    );
    println!();
    println!("Tokens (each shown once, stored hashed):");
    for u in &seeded.users {
        println!(
            "  {:<12} {:<8} {:<22} {}",
            u.id,
            u.role.as_str(),
            u.name,
            u.token
        );
    }
    let first = |role: Role| seeded.users.iter().find(|u| u.role == role);
    // The story the examples tell: the first rep with a manager leaves,
    // their manager gives notice, another rep of the team takes over.
    let rep = seeded
        .users
        .iter()
        .find(|u| u.role == Role::Rep && u.manager_id.is_some());
    let manager = rep.and_then(|r| {
        seeded
            .users
            .iter()
            .find(|u| Some(&u.id) == r.manager_id.as_ref())
    });
    println!();
    println!(
        "In a browser (the token rides in the link's #fragment, which never reaches a server; the page asks before it signs in):"
    );
    for role in [Role::Admin, Role::Manager, Role::Rep] {
        let shown = match role {
            Role::Manager => manager.or_else(|| first(role)),
            Role::Rep => rep.or_else(|| first(role)),
            _ => first(role),
        };
        if let Some(u) = shown {
            println!(
                "  {:<8} {:<12} {base}/#token={}",
                role.as_str(),
                u.id,
                u.token
            );
        }
    }
    println!();
    println!("Try (copy-paste):");
    if let Some(admin) = first(Role::Admin) {
        println!("  export ADMIN={}", admin.token);
        println!("  curl -s -H \"Authorization: Bearer $ADMIN\" {base}/api/v1/accounts | python3 -m json.tool");
    }
    if let Some(rep) = rep {
        let successor = seeded
            .users
            .iter()
            .find(|u| u.role == Role::Rep && u.id != rep.id && u.manager_id == rep.manager_id);
        if let Some(manager) = manager {
            let last_day = Utc::now().date_naive() + Duration::days(14);
            let successor = successor
                .map(|u| format!(", \"successor_id\": \"{}\"", u.id))
                .unwrap_or_default();
            println!("  export MANAGER={}", manager.token);
            println!(
                "  curl -s -H \"Authorization: Bearer $MANAGER\" \"{base}/api/v1/accounts?owner_id={}\"",
                rep.id
            );
            println!(
                "  curl -s -X POST -H \"Authorization: Bearer $MANAGER\" -H 'Content-Type: application/json' \\\n    \
                 -d '{{\"user_id\": \"{}\", \"last_day\": \"{last_day}\"{successor}}}' {base}/api/v1/departures",
                rep.id
            );
        }
    }
    println!("  curl -s {base}/api/v1/openapi.json   # the whole API");
    println!();
    println!("The handover, in the browser: as the manager, read the Dashboard, give notice (Departures) and name a");
    println!("successor; as the rep, answer the interviews and submit; as the manager, approve;");
    println!("as the successor, open Handover to read the first-call brief and ask the clone.");
    println!("From the terminal, the manager asks it too (the successor can, once named):");
    // One of the departing rep's accounts, which the manager may ask about.
    let account = rep
        .and_then(|r| seeded.accounts.iter().find(|(_, owner)| *owner == r.id))
        .map(|(id, _)| id.as_str())
        .unwrap_or("ACCOUNT_ID");
    println!("  curl -s -X POST -H \"Authorization: Bearer $MANAGER\" -H 'Content-Type: application/json' \\");
    println!("    -d '{{\"question\": \"Who signs the renewal?\"}}' {base}/api/v1/accounts/{account}/ask");
    println!();
    if let Some(rules) = &config.ownership_rules {
        println!("Ownership: the Ownership page lists conflicts and previews assignment by rule; from the terminal:");
        println!("  curl -s -H \"Authorization: Bearer $ADMIN\" {base}/api/v1/conflicts | python3 -m json.tool");
        println!(
            "  BATON_DATA_DIR={} BATON_OWNERSHIP_RULES={} baton assign --dry-run",
            config.data_dir.display(),
            rules.display()
        );
        println!();
    }
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

    /// The demo's rules read, and name only the demo's people.
    #[test]
    fn the_demo_rules_name_demo_users() {
        let rules = crate::ownership::rules::Rules::parse(
            std::path::Path::new("demo/ownership_rules.toml"),
            DEMO_RULES,
        )
        .expect("the demo rules read");
        let doc: Value = serde_json::from_str(DEMO_BUNDLE).unwrap();
        let ids: Vec<&str> = doc["users"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|u| u["id"].as_str())
            .collect();
        for user in rules.users() {
            assert!(ids.contains(&user.as_str()), "{user}");
        }
    }

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
}
