//! Ownership conflicts: each kind planted and found, none on a clean team;
//! resolved by a transfer, by a team seat, or accepted with a reason, each
//! in the audit log; counted on the dashboard.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account, account_mut, days_ago, in_days, spawn, team_bundle, Backend};

fn keys(listing: &Value) -> Vec<String> {
    let mut out: Vec<String> = listing["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["key"].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

fn conflict<'a>(listing: &'a Value, key: &str) -> &'a Value {
    listing["conflicts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["key"] == key)
        .unwrap_or_else(|| panic!("no conflict {key} in {listing}"))
}

fn activity(id: &str, author: &str, days: u64) -> Value {
    json!({"id": id, "kind": "email", "at": days_ago(days, "09:00:00"), "author_id": author,
           "subject": "Checking in", "body": "Wanted to follow up."})
}

/// The standard team with conflicts planted: u-rep-b1 wrote to acc-ent's
/// customer (u-rep-a1's) last week; u-mgr-a (the owner's manager) did
/// too, and u-rep-b1 did 120 days ago on acc-mid-120 (both fine); acc-a2
/// (u-rep-a2) and acc-b1 (u-rep-b1) have contacts at globex.test; an
/// account came without an owner.
fn planted() -> Value {
    let mut bundle = team_bundle();
    let ent = account_mut(&mut bundle, "acc-ent");
    let acts = ent["activities"].as_array_mut().unwrap();
    acts.push(activity("a-ent-b1", "u-rep-b1", 7));
    acts.push(activity("a-ent-b1-2", "u-rep-b1", 3));
    acts.push(activity("a-ent-mgr", "u-mgr-a", 5));
    account_mut(&mut bundle, "acc-mid-120")["activities"]
        .as_array_mut()
        .unwrap()
        .push(activity("a-mid-old", "u-rep-b1", 120));
    account_mut(&mut bundle, "acc-a2")["contacts"][0]["email"] = json!("cfo@globex.test");
    account_mut(&mut bundle, "acc-b1")["contacts"][0]["email"] = json!("buyer@Globex.test");
    let mut loose = account("acc-loose", "u-rep-a1", 15_000.0, Some("smb"), &in_days(90));
    loose.as_object_mut().unwrap().remove("owner_id");
    loose["contacts"][0]["email"] = json!("ops@loose.test");
    loose["activities"] = json!([]);
    bundle["accounts"].as_array_mut().unwrap().push(loose);
    bundle
}

async fn each_kind_is_found_and_none_on_a_clean_team(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let clean = app.get("/api/v1/conflicts", &admin).await;
    assert_eq!(clean.assert_ok()["open"], 0, "{}", clean.body);
    assert!(keys(&clean.body).is_empty());

    app.import(&planted()).await;
    let all = app.get("/api/v1/conflicts", &admin).await;
    assert_eq!(
        keys(all.assert_ok()),
        [
            "activity_by_non_owner:acc-ent:u-rep-b1",
            "duplicate_customer:acc-a2:acc-b1",
            "unassigned:acc-loose",
        ]
    );
    assert_eq!(all.body["open"], 3);
    assert_eq!(all.body["by_kind"]["duplicate_customer"], 1);
    // Largest ARR first; the ARR counts each account once.
    assert_eq!(all.body["conflicts"][0]["kind"], "activity_by_non_owner");
    assert_eq!(all.body["arr"], 900_000.0 + 60_000.0 + 10_000.0 + 15_000.0);

    let outside = conflict(&all.body, "activity_by_non_owner:acc-ent:u-rep-b1");
    assert_eq!(outside["evidence"]["activities"], 2);
    assert_eq!(
        outside["evidence"]["activity_ids"],
        json!(["a-ent-b1-2", "a-ent-b1"])
    );
    let parts: Vec<(&str, &str)> = outside["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| (u["user_id"].as_str().unwrap(), u["part"].as_str().unwrap()))
        .collect();
    assert_eq!(parts, [("u-rep-a1", "owner"), ("u-rep-b1", "author")]);
    let twin = conflict(&all.body, "duplicate_customer:acc-a2:acc-b1");
    assert_eq!(
        twin["evidence"]["shared"],
        json!([{"by": "domain", "value": "globex.test"}])
    );
    let loose = conflict(&all.body, "unassigned:acc-loose");
    assert_eq!(loose["evidence"]["days_unassigned"], 0);
    assert_eq!(loose["accounts"][0]["owner_id"], Value::Null);

    // Scoped like the dashboard: u-mgr-a's line holds acc-ent and acc-a2;
    // the other account of the duplicate is named, not in view.
    let manager = app.token("u-mgr-a").await;
    let theirs = app.get("/api/v1/conflicts", &manager).await;
    assert_eq!(
        keys(theirs.assert_ok()),
        [
            "activity_by_non_owner:acc-ent:u-rep-b1",
            "duplicate_customer:acc-a2:acc-b1"
        ]
    );
    let twin = conflict(&theirs.body, "duplicate_customer:acc-a2:acc-b1");
    let in_view: Vec<bool> = twin["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["in_view"].as_bool().unwrap())
        .collect();
    assert_eq!(in_view, [true, false]);
    // The account outside the view is named with its owner, not its ARR.
    assert_eq!(twin["accounts"][1]["owner_id"], "u-rep-b1");
    assert_eq!(twin["accounts"][1]["arr"], Value::Null);
    assert_eq!(twin["arr"], 60_000.0);
    let rep = app.token("u-rep-a2").await;
    let own = app.get("/api/v1/conflicts", &rep).await;
    assert_eq!(keys(own.assert_ok()), ["duplicate_customer:acc-a2:acc-b1"]);

    // The dashboard counts them.
    let dash = app.get("/api/v1/dashboard", &admin).await;
    assert_eq!(dash.assert_ok()["conflicts"]["open"], 3);
    assert_eq!(dash.body["conflicts"]["arr"], all.body["arr"]);

    // The designated successor working the account is no conflict.
    app.notice_rep_a1(Some("u-rep-a2")).await;
    let mut bundle = planted();
    account_mut(&mut bundle, "acc-ent")["activities"]
        .as_array_mut()
        .unwrap()
        .push(activity("a-ent-successor", "u-rep-a2", 1));
    app.import(&bundle).await;
    let all = app.get("/api/v1/conflicts", &admin).await;
    assert_eq!(all.assert_ok()["open"], 3, "{}", all.body);
}

async fn conflicts_are_resolved_by_each_path_and_audited(backend: Backend) {
    let app = spawn(backend).await;
    app.import(&planted()).await;
    let admin = app.token("u-admin").await;
    let manager = app.token("u-mgr-a").await;
    let rep = app.token("u-rep-a1").await;
    let resolve = |body: Value, token: String| {
        let app = &app;
        async move { app.post("/api/v1/conflicts/resolve", &token, &body).await }
    };

    // A team seat: the author of the outside activity joins acc-ent's team.
    let seat = json!({"resolution": "team_member", "conflict": "activity_by_non_owner:acc-ent:u-rep-b1",
        "account_id": "acc-ent", "user_id": "u-rep-b1", "role": "support",
        "reason": "covers support for them"});
    let done = resolve(seat.clone(), manager.clone()).await;
    assert_eq!(done.assert_ok()["still_open"], false, "{}", done.body);
    assert_eq!(done.body["resolution"], "team_member");
    resolve(seat, manager.clone())
        .await
        .assert_error(404, "not_found");

    // A transfer: acc-b1 moves to acc-a2's owner; one owner, no conflict.
    // The account must be one of the conflict's.
    let wrong = json!({"resolution": "transfer", "conflict": "duplicate_customer:acc-a2:acc-b1",
        "account_id": "acc-ent", "to_user_id": "u-rep-a2", "reason": "same customer"});
    resolve(wrong, admin.clone())
        .await
        .assert_error(422, "invalid_request");
    let moved = json!({"resolution": "transfer", "conflict": "duplicate_customer:acc-a2:acc-b1",
        "account_id": "acc-b1", "to_user_id": "u-rep-a2", "reason": "same customer as acc-a2"});
    let done = resolve(moved, admin.clone()).await;
    assert_eq!(done.assert_ok()["still_open"], false, "{}", done.body);
    let b1 = app.get("/api/v1/accounts/acc-b1", &admin).await;
    assert_eq!(b1.assert_ok()["owner_id"], "u-rep-a2");

    // Accepted with a reason: managers and admins, not reps.
    let accept = json!({"resolution": "accepted", "conflict": "unassigned:acc-loose",
        "reason": "winding down; no owner needed"});
    resolve(accept.clone(), rep.clone())
        .await
        .assert_error(403, "forbidden");
    resolve(
        json!({"resolution": "accepted", "conflict": "unassigned:acc-loose", "reason": "  "}),
        admin.clone(),
    )
    .await
    .assert_error(422, "invalid_request");
    let done = resolve(accept, admin.clone()).await;
    assert_eq!(done.assert_ok()["still_open"], false);

    let open = app.get("/api/v1/conflicts", &admin).await;
    assert_eq!(open.assert_ok()["open"], 0, "{}", open.body);
    let all = app
        .get("/api/v1/conflicts?include_accepted=true", &admin)
        .await;
    assert_eq!(keys(all.assert_ok()), ["unassigned:acc-loose"]);
    let accepted = &all.body["conflicts"][0]["accepted"];
    assert_eq!(accepted["reason"], "winding down; no owner needed");
    assert_eq!(accepted["accepted_by"], "u-admin");
    assert_eq!(all.body["open"], 0);

    // Each resolution is in the audit log, naming its conflict.
    let audit = app
        .get("/api/v1/audit?kind=conflict_resolved", &admin)
        .await;
    let mut said: Vec<(String, String)> = audit
        .assert_ok()
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["detail"]["conflict"].as_str().unwrap().to_string(),
                e["detail"]["resolution"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    // Each names the account it acted on: the transfer, the one it moved.
    let moved = audit
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["detail"]["resolution"] == "transfer")
        .unwrap();
    assert_eq!(moved["account_id"], "acc-b1");
    said.sort();
    let s = |k: &str, r: &str| (k.to_string(), r.to_string());
    assert_eq!(
        said,
        [
            s("activity_by_non_owner:acc-ent:u-rep-b1", "team_member"),
            s("duplicate_customer:acc-a2:acc-b1", "transfer"),
            s("unassigned:acc-loose", "accepted"),
        ]
    );
    let seat = app
        .get("/api/v1/audit?kind=team_changed&account_id=acc-ent", &admin)
        .await;
    assert_eq!(
        seat.assert_ok()[0]["detail"]["conflict"],
        "activity_by_non_owner:acc-ent:u-rep-b1"
    );
    // An accepted conflict whose subjects change is a new one: a second
    // outside author on acc-ent is open.
    let mut bundle = planted();
    account_mut(&mut bundle, "acc-b1")["owner_id"] = json!("u-rep-a2");
    account_mut(&mut bundle, "acc-ent")["activities"]
        .as_array_mut()
        .unwrap()
        .push(activity("a-ent-a2", "u-rep-a2", 2));
    app.import(&bundle).await;
    let open = app.get("/api/v1/conflicts", &admin).await;
    assert_eq!(
        keys(open.assert_ok()),
        ["activity_by_non_owner:acc-ent:u-rep-a2"]
    );
}

both_backends!(
    each_kind_is_found_and_none_on_a_clean_team,
    conflicts_are_resolved_by_each_path_and_audited
);
