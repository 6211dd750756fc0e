//! Notice: who may give it, what it checks, and the interview plan with each
//! tier threshold at its edge.

use std::collections::HashMap;

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{in_days, spawn, today, Backend};

const ALL_TEN: [&str; 10] = [
    "decision_maker",
    "champion",
    "hidden_commitments",
    "history_sensitivities",
    "pricing_story",
    "unexpected_use",
    "channels_surprises",
    "org_changes",
    "warning_signs",
    "renewal_risk",
];

fn by_account(departure: &Value) -> HashMap<String, Value> {
    departure["interviews"]
        .as_array()
        .unwrap_or_else(|| panic!("interviews listed: {departure}"))
        .iter()
        .map(|i| (i["account_id"].as_str().unwrap().to_string(), i.clone()))
        .collect()
}

/// One interview per owned account; the segment's tier, raised one step by a
/// renewal within 120 days or an open opportunity of at least 250,000
/// closing within 120 days — each edge on both sides.
async fn notice_plans_one_interview_per_account_with_tiers_at_the_edges(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let mgr = app.token("u-mgr-a").await;
    let last_day = in_days(21);
    let reply = app
        .post(
            "/api/v1/departures",
            &mgr,
            &json!({"user_id": "u-rep-a1", "last_day": last_day, "successor_id": "u-rep-a2"}),
        )
        .await;
    assert_eq!(reply.status.as_u16(), 201, "{}", reply.body);
    let d = &reply.body;
    assert_eq!(d["user_id"], "u-rep-a1");
    assert_eq!(d["status"], "open");
    assert_eq!(d["successor_id"], "u-rep-a2");
    assert_eq!(d["created_by"], "u-mgr-a");
    let plan = by_account(d);
    assert_eq!(plan.len(), 5, "one per owned account: {d}");

    let tier = |id: &str| {
        (
            plan[id]["segment_tier"].clone(),
            plan[id]["tier"].clone(),
            plan[id]["raised_because"].clone(),
        )
    };
    // Renewal in exactly 120 days raises; 121 does not.
    assert_eq!(
        tier("acc-mid-120"),
        (
            json!("mid_market"),
            json!("enterprise"),
            json!(["renewal_soon"])
        )
    );
    assert_eq!(
        tier("acc-mid-121"),
        (json!("mid_market"), json!("mid_market"), json!([]))
    );
    // An open 250,000 opportunity closing in 120 days raises...
    assert_eq!(
        tier("acc-smb-opp"),
        (
            json!("smb"),
            json!("mid_market"),
            json!(["large_opportunity_closing"])
        )
    );
    // ...but not 249,999.99, nor a bigger one closing in 121 days, nor a won one.
    assert_eq!(
        tier("acc-smb-small"),
        (json!("smb"), json!("smb"), json!([]))
    );
    // Enterprise by derived segment; nothing is deeper.
    assert_eq!(
        tier("acc-ent"),
        (json!("enterprise"), json!("enterprise"), json!([]))
    );

    // Planned questions come from question_bank/tiers.toml.
    assert_eq!(plan["acc-ent"]["planned_questions"], json!(ALL_TEN));
    assert_eq!(
        plan["acc-mid-120"]["planned_questions"],
        json!(ALL_TEN),
        "raised to enterprise"
    );
    assert_eq!(
        plan["acc-smb-small"]["planned_questions"],
        json!(["decision_maker", "hidden_commitments", "renewal_risk"])
    );
    assert_eq!(
        plan["acc-smb-opp"]["planned_questions"]
            .as_array()
            .unwrap()
            .len(),
        6
    );
    assert_eq!(plan["acc-smb-small"]["max_follow_ups"], 0);
    assert_eq!(plan["acc-ent"]["max_follow_ups"], 2);

    // In priority order: deepest first, due dates within the notice period.
    let interviews = d["interviews"].as_array().unwrap();
    let priorities: Vec<u64> = interviews
        .iter()
        .map(|i| i["priority"].as_u64().unwrap())
        .collect();
    assert_eq!(priorities, [1, 2, 3, 4, 5]);
    assert_eq!(
        interviews[4]["account_id"], "acc-smb-small",
        "the shallowest goes last"
    );
    let firsts: Vec<&str> = interviews[..2]
        .iter()
        .map(|i| i["account_id"].as_str().unwrap())
        .collect();
    assert!(
        firsts.contains(&"acc-mid-120") && firsts.contains(&"acc-ent"),
        "{firsts:?}"
    );
    let mut due_dates = Vec::new();
    for i in interviews {
        let due = i["due_date"].as_str().unwrap().to_string();
        assert!(
            due.as_str() >= today().to_string().as_str() && due <= last_day,
            "{due}"
        );
        assert_eq!(i["status"], "planned");
        due_dates.push(due);
    }
    let mut sorted = due_dates.clone();
    sorted.sort();
    assert_eq!(due_dates, sorted, "earlier priority, earlier due date");

    // The user is departing, the departure readable by id and in the list.
    let id = d["id"].as_str().unwrap();
    let got = app.get(&format!("/api/v1/departures/{id}"), &mgr).await;
    assert_eq!(got.assert_ok()["interviews"], d["interviews"]);
    let user = app.get("/api/v1/users", &mgr).await;
    let rep = user
        .assert_ok()
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["id"] == "u-rep-a1")
        .unwrap()
        .clone();
    assert_eq!(rep["status"], "departing");
}

/// Last day today is allowed; yesterday is not. The successor must be an
/// active user other than the departing one.
async fn notice_checks_last_day_and_successor(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let yesterday = today().pred_opt().unwrap().to_string();
    let post = |body: Value| {
        let app = &app;
        let admin = admin.clone();
        async move { app.post("/api/v1/departures", &admin, &body).await }
    };
    post(json!({"user_id": "u-rep-a2", "last_day": yesterday}))
        .await
        .assert_error(422, "last_day_in_past");
    post(json!({"user_id": "u-rep-a2", "last_day": in_days(5), "successor_id": "u-rep-a2"}))
        .await
        .assert_error(422, "invalid_successor");
    post(json!({"user_id": "u-rep-a2", "last_day": in_days(5), "successor_id": "u-ghost"}))
        .await
        .assert_error(422, "invalid_successor");
    post(json!({"user_id": "u-ghost", "last_day": in_days(5)}))
        .await
        .assert_error(404, "not_found");
    post(json!({"user_id": "u-rep-a2", "last_day": "next tuesday"}))
        .await
        .assert_error(422, "validation_failed");
    post(json!({"user_id": "u-rep-a2"}))
        .await
        .assert_error(422, "validation_failed");
    post(json!({"user_id": "u-rep-a2", "last_day": in_days(5), "sucessor_id": "u-rep-a1"}))
        .await
        .assert_error(422, "validation_failed");
    // Nothing above changed the user.
    let me = app.get("/api/v1/me", &app.token("u-rep-a2").await).await;
    assert_eq!(me.assert_ok()["status"], "active");

    // Today is a valid last day.
    let ok = post(json!({"user_id": "u-rep-a2", "last_day": today().to_string()})).await;
    assert_eq!(ok.status.as_u16(), 201, "{}", ok.body);
    assert_eq!(ok.body["interviews"].as_array().unwrap().len(), 1);
    assert_eq!(ok.body["interviews"][0]["due_date"], today().to_string());
    // Twice → 409.
    post(json!({"user_id": "u-rep-a2", "last_day": in_days(9)}))
        .await
        .assert_error(409, "notice_already_given");
    // A departing user cannot be a successor.
    post(json!({"user_id": "u-rep-b1", "last_day": in_days(9), "successor_id": "u-rep-a2"}))
        .await
        .assert_error(422, "invalid_successor");

    // A successor may come from another team; but whether someone outside
    // the caller's line exists or is leaving is not the caller's to learn:
    // a departing user there is answered exactly like a made-up one.
    let mgr_b = app.token("u-mgr-b").await;
    let mut messages = Vec::new();
    for someone in ["u-rep-a2", "u-ghost"] {
        let reply = app
            .post(
                "/api/v1/departures",
                &mgr_b,
                &json!({"user_id": "u-rep-b1", "last_day": in_days(9), "successor_id": someone}),
            )
            .await;
        reply.assert_error(422, "invalid_successor");
        messages.push(
            reply.body["error"]["message"]
                .as_str()
                .unwrap()
                .replace(someone, "X"),
        );
    }
    assert_eq!(messages[0], messages[1]);
    let me = app.get("/api/v1/me", &app.token("u-rep-b1").await).await;
    assert_eq!(me.assert_ok()["status"], "active", "nothing was given");
    let ok = app
        .post(
            "/api/v1/departures",
            &mgr_b,
            &json!({"user_id": "u-rep-b1", "last_day": in_days(9), "successor_id": "u-rep-a1"}),
        )
        .await;
    assert_eq!(ok.status.as_u16(), 201, "{}", ok.body);
}

/// Notice is for the user's manager chain or an admin; the rule for what the
/// caller may not see is 404, for what they see but may not do 403.
async fn notice_follows_the_manager_chain(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let body = json!({"user_id": "u-rep-a2", "last_day": in_days(10)});
    // The rep sees themself but may not give their own notice.
    let rep = app.token("u-rep-a2").await;
    app.post("/api/v1/departures", &rep, &body)
        .await
        .assert_error(403, "forbidden");
    // Another rep cannot see them at all.
    let other = app.token("u-rep-a1").await;
    app.post("/api/v1/departures", &other, &body)
        .await
        .assert_error(404, "not_found");
    // A manager of another line neither.
    let mgr_b = app.token("u-mgr-b").await;
    app.post("/api/v1/departures", &mgr_b, &body)
        .await
        .assert_error(404, "not_found");
    // Nobody gives their own notice, an admin neither.
    let admin = app.token("u-admin").await;
    let own = app
        .post(
            "/api/v1/departures",
            &admin,
            &json!({"user_id": "u-admin", "last_day": in_days(10)}),
        )
        .await;
    own.assert_error(403, "forbidden");
    assert!(own.body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("own notice"));
    assert_eq!(
        app.get("/api/v1/me", &admin).await.assert_ok()["status"],
        "active"
    );
    // Two levels up is the chain.
    let vp = app.token("u-vp").await;
    let created = app.post("/api/v1/departures", &vp, &body).await;
    assert_eq!(created.status.as_u16(), 201, "{}", created.body);
    let id = created.body["id"].as_str().unwrap().to_string();

    // Reading follows the same scope.
    app.get(&format!("/api/v1/departures/{id}"), &mgr_b)
        .await
        .assert_error(404, "not_found");
    assert!(app
        .get(&format!("/api/v1/departures/{id}"), &rep)
        .await
        .status
        .is_success());
    let list_b = app.get("/api/v1/departures", &mgr_b).await;
    assert_eq!(list_b.assert_ok().as_array().unwrap().len(), 0);
    let list_a = app
        .get("/api/v1/departures", &app.token("u-mgr-a").await)
        .await;
    assert_eq!(list_a.assert_ok().as_array().unwrap().len(), 1);
    app.get("/api/v1/departures/not-a-departure", &vp)
        .await
        .assert_error(404, "not_found");

    // Completing: the departing rep may not; the chain may, once.
    app.post(
        &format!("/api/v1/departures/{id}/complete"),
        &rep,
        &json!({}),
    )
    .await
    .assert_error(403, "forbidden");
    let done = app
        .post(
            &format!("/api/v1/departures/{id}/complete"),
            &vp,
            &json!({}),
        )
        .await;
    assert_eq!(done.assert_ok()["status"], "completed");
    assert!(done.body["completed_at"].is_string());
    app.post(
        &format!("/api/v1/departures/{id}/complete"),
        &vp,
        &json!({}),
    )
    .await
    .assert_error(409, "departure_completed");
    app.post("/api/v1/departures", &vp, &body)
        .await
        .assert_error(409, "user_departed");
}

/// Two notices racing for the same user: exactly one wins.
async fn concurrent_notices_yield_one_departure(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let body = json!({"user_id": "u-rep-a1", "last_day": in_days(30)});
    let replies =
        futures::future::join_all((0..6).map(|_| app.post("/api/v1/departures", &admin, &body)))
            .await;
    let created = replies.iter().filter(|r| r.status.as_u16() == 201).count();
    assert_eq!(created, 1, "{replies:?}");
    for r in replies.iter().filter(|r| r.status.as_u16() != 201) {
        r.assert_error(409, "notice_already_given");
    }
    let list = app.get("/api/v1/departures", &admin).await;
    assert_eq!(list.assert_ok().as_array().unwrap().len(), 1);
}

both_backends!(
    notice_plans_one_interview_per_account_with_tiers_at_the_edges,
    notice_checks_last_day_and_successor,
    notice_follows_the_manager_chain,
    concurrent_notices_yield_one_departure,
);
