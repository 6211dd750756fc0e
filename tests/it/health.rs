//! Handoff health after a departure: the new owner's first activity, the
//! brief read, questions asked and abstained, contacts added, 30, 60 and 90
//! days after the handover, and the opportunities open at notice against
//! their stage and amount then; one line per account on the dashboard.
//! The clock moves through the windows without sleeping.

use chrono::{Duration, Utc};
use serde_json::{json, Value};

use crate::both_backends;
use crate::knowledge::ask;
use crate::support::{account_mut, item, spawn, team_bundle, Backend};

fn by_account<'a>(health: &'a Value, id: &str) -> &'a Value {
    item(&health["accounts"], "account_id", id)
}

async fn health_follows_the_new_owner_through_ninety_days(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    app.notice_rep_a1(Some("u-rep-a2")).await;
    let mgr = app.token("u-mgr-a").await;
    let successor = app.token("u-rep-a2").await;
    let departure = app.departure_id(&mgr).await;
    let url = format!("/api/v1/departures/{departure}/health");

    // Who may read it: the manager chain and admins.
    app.get(&url, &app.token("u-rep-a1").await)
        .await
        .assert_error(403, "forbidden");
    app.get(&url, &successor)
        .await
        .assert_error(404, "not_found");
    app.get(&url, &app.token("u-mgr-b").await)
        .await
        .assert_error(404, "not_found");
    app.get("/api/v1/departures/nope/health", &mgr)
        .await
        .assert_error(404, "not_found");

    // During the notice nothing is handed over; the successor prepares.
    let before = app.get(&url, &mgr).await.assert_ok().clone();
    assert_eq!(before["accounts"].as_array().unwrap().len(), 5, "{before}");
    for a in before["accounts"].as_array().unwrap() {
        assert_eq!(a["status"], "pending", "{a}");
        assert!(a["windows"].as_array().unwrap().is_empty());
    }
    // The plan runs from the notice: acc-ent's two key contacts get a
    // first touch and three follow-ups each, none due yet.
    assert_eq!(
        by_account(&before, "acc-ent")["touchpoints"],
        json!({"planned": 8, "done": 0, "due": 0, "overdue": 0})
    );
    app.get("/api/v1/accounts/acc-ent/brief", &successor)
        .await
        .assert_ok();
    let asked = ask(
        &app,
        &successor,
        "acc-ent",
        "Which hotel does their CFO book in Lisbon?",
    )
    .await;
    assert_eq!(asked["abstained"], true, "{asked}");
    app.complete_departure(&mgr, &departure).await;
    let handed_over = Utc::now();

    // After the handover the record moves on: the successor logs work on
    // acc-ent (day 3 and day 40), a contact joins it, one deal is lost and
    // another shrinks.
    let at = |days: i64| (handed_over + Duration::days(days)).to_rfc3339();
    let mut bundle = team_bundle();
    for id in [
        "acc-mid-120",
        "acc-mid-121",
        "acc-smb-opp",
        "acc-smb-small",
        "acc-ent",
    ] {
        account_mut(&mut bundle, id)["owner_id"] = json!("u-rep-a2");
    }
    let ent = account_mut(&mut bundle, "acc-ent");
    for (n, days) in [(1, 3), (2, 40)] {
        ent["activities"].as_array_mut().unwrap().push(json!({
            "id": format!("a-new-{n}"), "kind": "call", "at": at(days), "author_id": "u-rep-a2",
            "contact_ids": ["c-acc-ent-1"], "subject": "Intro call", "body": "Met Pat as the new owner."
        }));
    }
    ent["contacts"].as_array_mut().unwrap().push(json!({
        "id": "c-ent-new", "name": "Lee Park", "title": "Procurement", "role": "influencer"
    }));
    account_mut(&mut bundle, "acc-smb-small")["opportunities"][0]["stage"] = json!("Closed Lost");
    account_mut(&mut bundle, "acc-smb-opp")["opportunities"][0]["amount"] = json!(200_000.0);
    app.import(&bundle).await;

    // Ten days in: the first window is under way.
    app.state().clock.advance(Duration::days(10));
    let early = app.get(&url, &mgr).await.assert_ok().clone();
    let ent = by_account(&early, "acc-ent");
    assert_eq!(ent["new_owner_id"], "u-rep-a2");
    assert_eq!(ent["days_since_handover"], 10);
    assert_eq!(ent["first_activity_days"], 3);
    assert_eq!(ent["brief_opened_days"], 0, "read during the notice");
    assert_eq!(ent["preparation"]["brief_opened"], 1);
    assert_eq!(ent["preparation"]["questions_asked"], 1);
    assert_eq!(ent["preparation"]["questions_abstained"], 1);
    let w30 = &ent["windows"][0];
    assert_eq!(w30["days"], 30);
    assert_eq!(w30["complete"], false);
    assert_eq!(w30["activities"], 1);
    assert_eq!(w30["contacts_added"], 1);
    assert_eq!(ent["reasons"], json!(["open_questions"]), "{ent}");
    assert_eq!(ent["status"], "attention");
    // Lee Park (no strength known: a weak relationship) joins the plan
    // with a first touch at day 7. Of the three touchpoints due by day 10,
    // the call on day 3 did Pat's; the one on day 40 is not done yet.
    assert_eq!(
        ent["touchpoints"],
        json!({"planned": 9, "done": 1, "due": 3, "overdue": 2})
    );

    // The dashboard lists each handed-over account, attention first, while
    // its ninety days run.
    let board = app.get("/api/v1/dashboard", &mgr).await.assert_ok().clone();
    let lines = board["handoffs"].as_array().unwrap();
    assert_eq!(lines.len(), 5, "{board}");
    assert!(lines
        .iter()
        .all(|l| l["departure_id"] == departure.as_str()));
    assert_eq!(lines[0]["account_id"], "acc-ent", "the largest ARR first");
    let line = lines.iter().find(|l| l["account_id"] == "acc-ent").unwrap();
    assert_eq!(line["first_activity_days"], 3);
    assert_eq!(line["new_owner_name"], "Name of u-rep-a2");
    let rep_board = app
        .get("/api/v1/dashboard", &successor)
        .await
        .assert_ok()
        .clone();
    assert!(rep_board["handoffs"].as_array().unwrap().is_empty());

    // Ninety-five days in: every window complete and counted.
    app.state().clock.advance(Duration::days(85));
    let late = app.get(&url, &mgr).await.assert_ok().clone();
    let ent = by_account(&late, "acc-ent");
    let windows = ent["windows"].as_array().unwrap();
    let counts: Vec<(i64, bool, i64)> = windows
        .iter()
        .map(|w| {
            (
                w["days"].as_i64().unwrap(),
                w["complete"].as_bool().unwrap(),
                w["activities"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(counts, vec![(30, true, 1), (60, true, 2), (90, true, 2)]);
    // The call on day 40 did Pat's 30-day follow-up; all nine are due.
    assert_eq!(
        ent["touchpoints"],
        json!({"planned": 9, "done": 2, "due": 9, "overdue": 7})
    );
    // The others saw nothing from their new owner in thirty days.
    let mid = by_account(&late, "acc-mid-121");
    assert!(mid["first_activity_days"].is_null());
    assert_eq!(
        mid["reasons"],
        json!(["no_first_activity", "brief_not_opened"])
    );
    let small = by_account(&late, "acc-smb-small");
    assert!(
        small["reasons"].to_string().contains("opportunity_lost"),
        "{small}"
    );
    let lost = small["opportunities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["opportunity_id"] == "o-smb-small")
        .unwrap();
    assert_eq!(lost["outcome"], "lost");
    assert_eq!(lost["stage_at_notice"], "negotiation");
    assert!(
        !small["opportunities"].to_string().contains("o-smb-won"),
        "closed at notice, not measured"
    );
    let shrank = by_account(&late, "acc-smb-opp");
    assert!(shrank["reasons"].to_string().contains("opportunity_shrank"));
    assert_eq!(shrank["opportunities"][0]["amount_change"], -50_000.0);
    let board = app.get("/api/v1/dashboard", &mgr).await.assert_ok().clone();
    assert!(
        board["handoffs"].as_array().unwrap().is_empty(),
        "ninety days are over"
    );
}

both_backends!(health_follows_the_new_owner_through_ninety_days);
