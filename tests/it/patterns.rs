//! How each contact is reached, over HTTP: messages imported with their
//! direction, the patterns read from them, and who may read them (the
//! brief's readers).

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account_mut, days_ago, item, spawn, team_bundle, Backend};

fn pattern<'a>(patterns: &'a Value, contact: &str) -> &'a Value {
    item(patterns, "contact_id", contact)
}

async fn contact_patterns_follow_the_record(backend: Backend) {
    // On acc-a2: Pat (prefers email) was emailed 30 days ago and called 20
    // days ago with Sam; Pat wrote back by email 12 days ago, and we wrote
    // Sam on chat 5 days ago (no answer yet).
    let mut bundle = team_bundle();
    let account = account_mut(&mut bundle, "acc-a2");
    account["activities"][0]["direction"] = json!("outbound");
    let activities = account["activities"].as_array_mut().unwrap();
    activities.push(
        json!({"id": "a-pat-reply", "kind": "email", "at": days_ago(12, "09:00:00"),
        "author_id": "u-rep-a2", "contact_ids": ["c-acc-a2-1"], "direction": "inbound",
        "subject": "Re: Renewal prep", "body": "Thanks, looks fine."}),
    );
    activities.push(
        json!({"id": "a-sam-chat", "kind": "chat", "at": days_ago(5, "17:00:00"),
        "author_id": "u-rep-a2", "contact_ids": ["c-acc-a2-2"], "direction": "outbound",
        "body": "Quick question about the rollout."}),
    );
    let app = spawn(backend).await.with_team().await;

    // A direction that is neither way is refused, with where, and nothing
    // is written.
    let admin = app.token("u-admin").await;
    let mut bad = bundle.clone();
    account_mut(&mut bad, "acc-a2")["activities"][0]["direction"] = json!("sideways");
    let reply = app.post("/api/v1/import", &admin, &bad).await;
    reply.assert_error(422, "bundle_invalid");
    let problem = &reply.body["error"]["details"]["problems"][0];
    assert!(
        problem["path"]
            .as_str()
            .unwrap()
            .ends_with(".activities[0].direction"),
        "{problem}"
    );
    assert!(problem["message"].as_str().unwrap().contains("inbound"));

    app.import(&bundle).await;
    let owner = app.token("u-rep-a2").await;
    let url = "/api/v1/accounts/acc-a2/contacts/patterns";
    let reply = app.get(url, &owner).await;
    let patterns = reply.assert_ok();
    assert_eq!(patterns.as_array().unwrap().len(), 2, "{patterns}");

    let pat = pattern(patterns, "c-acc-a2-1");
    assert_eq!(pat["touches"], 3);
    // Days 30, 20, 12: gaps of 10 and 8 (and a few hours): median ~9.
    let cadence = pat["cadence_days"].as_f64().unwrap();
    assert!((8.5..=9.5).contains(&cadence), "{pat}");
    assert_eq!(pat["last_contact"], json!(days_ago(12, "09:00:00")));
    assert_eq!(pat["last_reply"], json!(days_ago(12, "09:00:00")));
    assert_eq!(pat["preferred_channel"], "email");
    // One reply by phone (the call), one by email (the later one).
    assert_eq!(pat["channel_that_answers"], "email");
    assert_eq!(pat["channels_differ"], false);
    assert_eq!(pat["silent"], false);
    assert_eq!(
        pat["talks_to"],
        json!([{"user_id": "u-rep-a2", "touches": 3}])
    );

    let sam = pattern(patterns, "c-acc-a2-2");
    assert_eq!(sam["touches"], 2);
    assert_eq!(sam["last_contact"], json!(days_ago(5, "17:00:00")));
    // The chat went out and nothing came back: the call is his last reply.
    assert_eq!(sam["last_reply"], json!(days_ago(20, "15:30:00")));
    assert_eq!(sam["channel_that_answers"], "phone");
    assert_eq!(sam["preferred_channel"], "phone");
    // Whole days since the call, as of now.
    let call: chrono::DateTime<chrono::Utc> = days_ago(20, "15:30:00").parse().unwrap();
    assert_eq!(sam["silent_days"], (chrono::Utc::now() - call).num_days());
    // About 20 days quiet against a cadence of 15: not yet twice.
    assert_eq!(sam["silent"], false);

    // The record shows each message's direction.
    let detail = app.get("/api/v1/accounts/acc-a2", &owner).await;
    let shown = &detail.assert_ok()["recent_activities"];
    assert_eq!(item(shown, "id", "a-pat-reply")["direction"], "inbound");

    // The brief's readers read them: the owner's manager; not another
    // rep nor another line's manager.
    app.get(url, &app.token("u-mgr-a").await).await.assert_ok();
    for outsider in ["u-rep-b1", "u-mgr-b"] {
        app.get(url, &app.token(outsider).await)
            .await
            .assert_error(404, "not_found");
    }
    app.get("/api/v1/accounts/acc-nope/contacts/patterns", &owner)
        .await
        .assert_error(404, "not_found");
}

/// A successor named at notice reads the patterns of the accounts they
/// take over, as they read the brief.
async fn the_successor_reads_the_patterns(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let url = "/api/v1/accounts/acc-ent/contacts/patterns";
    let successor = app.token("u-rep-b1").await;
    app.get(url, &successor)
        .await
        .assert_error(404, "not_found");
    app.notice_rep_a1(Some("u-rep-b1")).await;
    let reply = app.get(url, &successor).await;
    assert_eq!(reply.assert_ok().as_array().unwrap().len(), 2);
}

both_backends!(
    contact_patterns_follow_the_record,
    the_successor_reads_the_patterns
);
