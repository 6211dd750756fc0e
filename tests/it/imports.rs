//! Bundle import: valid, invalid and re-imported bundles, over HTTP and the
//! library, with owner changes in the history.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account, spawn, team_bundle, user, Backend, TestApp};

async fn post_bundle(app: &TestApp, token: &str, bundle: &Value) -> crate::support::Reply {
    app.post("/api/v1/import", token, bundle).await
}

/// An admin imports the team over HTTP; every record lands once.
async fn valid_bundle_imports_everything(backend: Backend) {
    let app = spawn(backend).await;
    // Only a user who exists can hold a token: bootstrap an admin.
    app.import(&json!({"format": "baton-bundle/v1", "users": [user("u-admin", "admin", None)], "accounts": []}))
        .await;
    let admin = app.token("u-admin").await;
    let reply = post_bundle(&app, &admin, &team_bundle()).await;
    let summary = reply.assert_ok();
    assert_eq!(summary["users"]["created"], 6, "{summary}");
    assert_eq!(summary["users"]["updated"], 1, "{summary}");
    assert_eq!(summary["accounts"]["created"], 7, "{summary}");
    assert_eq!(summary["contacts"], 14);
    assert_eq!(summary["activities"], 14);
    assert_eq!(summary["opportunities"], 4);

    let page = app.get("/api/v1/accounts?per_page=200", &admin).await;
    assert_eq!(page.assert_ok()["total"], 7);
    let detail = app.get("/api/v1/accounts/acc-smb-small", &admin).await;
    let d = detail.assert_ok();
    // No segment in the file: derived from ARR (30,000 → smb).
    assert_eq!(d["segment"], "smb");
    assert_eq!(d["segment_derived"], true);
    assert_eq!(d["contacts"].as_array().unwrap().len(), 2);
    assert_eq!(d["opportunities"].as_array().unwrap().len(), 3);
    assert_eq!(d["activity_count"], 2);
    let newest = &d["recent_activities"][0];
    assert_eq!(newest["id"], "a-acc-smb-small-2", "newest first");
    assert_eq!(
        newest["contact_ids"],
        json!(["c-acc-smb-small-1", "c-acc-smb-small-2"])
    );
    let strength = &d["contacts"][0]["relationship_strength"];
    assert_eq!(*strength, 3);
    // The first owner is history too.
    let history = d["ownership_history"].as_array().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0]["from_user_id"], Value::Null);
    assert_eq!(history[0]["to_user_id"], "u-rep-a1");
    assert_eq!(history[0]["changed_by"], "u-admin");
}

/// Every problem is reported with its JSON path and nothing is written.
async fn invalid_bundle_reports_every_problem_and_imports_nothing(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let mut bad = team_bundle();
    bad["accounts"][0]["contacts"][0]["relationship_strength"] = json!(7);
    bad["accounts"][1]["owner_id"] = json!("u-nobody");
    bad["accounts"][1]["renewal_date"] = json!("2027-02-30");
    bad["accounts"][2]["id"] = json!("acc-mid-120");
    // A contact of another account.
    bad["accounts"][3]["activities"][0]["contact_ids"] = json!(["c-acc-ent-1"]);
    bad["accounts"][4]["activities"][0]["at"] = json!("yesterday");
    bad["users"][6]["role"] = json!("intern");
    bad["users"][5]["manager_id"] = json!("u-ghost");
    // A change that would be written if anything were.
    bad["accounts"][5]["name"] = json!("Renamed");

    let reply = post_bundle(&app, &admin, &bad).await;
    reply.assert_error(422, "bundle_invalid");
    let problems = reply.body["error"]["details"]["problems"]
        .as_array()
        .expect("problems listed")
        .clone();
    let paths: Vec<&str> = problems
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    for expected in [
        "$.accounts[0].contacts[0].relationship_strength",
        "$.accounts[1].owner_id",
        "$.accounts[1].renewal_date",
        "$.accounts[2].id",
        "$.accounts[3].activities[0].contact_ids[0]",
        "$.accounts[4].activities[0].at",
        "$.users[6].role",
        "$.users[5].manager_id",
    ] {
        assert!(
            paths.contains(&expected),
            "{expected} missing from {paths:?}"
        );
    }
    assert_eq!(
        reply.body["error"]["details"]["total"].as_u64(),
        Some(problems.len() as u64)
    );
    for p in &problems {
        assert!(!p["message"].as_str().unwrap().is_empty());
    }
    let detail = app.get("/api/v1/accounts/acc-a2", &admin).await;
    assert_eq!(
        detail.assert_ok()["name"],
        "Company acc-a2",
        "nothing written"
    );
}

/// A structurally broken file (an object where a list belongs) names where.
async fn structurally_broken_bundle_names_the_place(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let mut bad = team_bundle();
    bad["accounts"][2]["contacts"] = json!({"id": "c-1"});
    let reply = post_bundle(&app, &admin, &bad).await;
    reply.assert_error(422, "bundle_invalid");
    assert_eq!(
        reply.body["error"]["details"]["problems"][0]["path"],
        "$.accounts[2].contacts"
    );
    let wrong_format = json!({"format": "crm-dump/v9", "users": [], "accounts": []});
    let reply = post_bundle(&app, &admin, &wrong_format).await;
    reply.assert_error(422, "bundle_invalid");
    assert_eq!(
        reply.body["error"]["details"]["problems"][0]["path"],
        "$.format"
    );
}

/// Re-importing updates in place, removes what the CRM dropped, and records
/// the owner change.
async fn reimport_updates_in_place_and_records_owner_changes(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let mut next = team_bundle();
    next["accounts"][5]["owner_id"] = json!("u-rep-b1");
    next["accounts"][5]["arr"] = json!(75_000);
    next["accounts"][5]["contacts"][1]["relationship_strength"] = json!(5);
    // The CRM deleted one activity.
    next["accounts"][5]["activities"]
        .as_array_mut()
        .unwrap()
        .pop();
    // Extra fields may appear and are ignored.
    next["accounts"][5]["crm_score"] = json!(99);
    next["users"][0]["favourite_colour"] = json!("teal");

    let reply = post_bundle(&app, &admin, &next).await;
    let summary = reply.assert_ok();
    assert_eq!(summary["accounts"]["created"], 0, "{summary}");
    assert_eq!(summary["accounts"]["updated"], 7);
    assert_eq!(summary["users"]["created"], 0);
    assert_eq!(summary["owner_changes"], 1);
    assert_eq!(summary["removed"]["activities"], 1);

    // Same bundle again: nothing new, nothing removed, no owner change.
    let again = post_bundle(&app, &admin, &next).await;
    let again = again.assert_ok();
    assert_eq!(again["owner_changes"], 0);
    assert_eq!(again["removed"]["activities"], 0);

    let page = app.get("/api/v1/accounts?per_page=200", &admin).await;
    assert_eq!(page.assert_ok()["total"], 7, "no duplicates");
    let d = app.get("/api/v1/accounts/acc-a2", &admin).await;
    let d = d.assert_ok();
    assert_eq!(d["owner_id"], "u-rep-b1");
    assert_eq!(d["arr"], 75_000.0);
    assert_eq!(d["activity_count"], 1);
    assert_eq!(d["contacts"].as_array().unwrap().len(), 2);
    let history = d["ownership_history"].as_array().unwrap();
    assert_eq!(history.len(), 2, "{history:?}");
    assert_eq!(history[1]["from_user_id"], "u-rep-a2");
    assert_eq!(history[1]["to_user_id"], "u-rep-b1");
    assert_eq!(history[1]["changed_by"], "u-admin");
    assert!(history[1]["reason"].as_str().unwrap().contains("import"));
    assert!(history[1]["changed_at"].as_str().is_some());

    // The new owner sees it; the old one no longer does.
    let b1 = app.token("u-rep-b1").await;
    let a2 = app.token("u-rep-a2").await;
    assert!(app
        .get("/api/v1/accounts/acc-a2", &b1)
        .await
        .status
        .is_success());
    app.get("/api/v1/accounts/acc-a2", &a2)
        .await
        .assert_error(404, "not_found");

    // A move made in Baton stands against an export that still names the
    // owner the CRM had: the same export again moves nothing back.
    let moved = app
        .post(
            "/api/v1/accounts/acc-a2/transfer",
            &admin,
            &json!({"to_user_id": "u-rep-a1", "reason": "covers the region now"}),
        )
        .await;
    moved.assert_ok();
    let again = post_bundle(&app, &admin, &next).await;
    assert_eq!(again.assert_ok()["owner_changes"], 0, "{}", again.body);
    let d = app.get("/api/v1/accounts/acc-a2", &admin).await;
    assert_eq!(d.assert_ok()["owner_id"], "u-rep-a1");
    // The CRM naming someone else is a change, and moves it.
    next["accounts"][5]["owner_id"] = json!("u-rep-a2");
    let changed = post_bundle(&app, &admin, &next).await;
    assert_eq!(changed.assert_ok()["owner_changes"], 1);
    let d = app.get("/api/v1/accounts/acc-a2", &admin).await;
    assert_eq!(d.assert_ok()["owner_id"], "u-rep-a2");
    let history = d.body["ownership_history"].as_array().unwrap();
    assert_eq!(history.last().unwrap()["from_user_id"], "u-rep-a1");
}

/// Only admins import; a bundle over the limit is refused without reading it.
async fn import_is_for_admins_and_limited_in_size(backend: Backend) {
    let app = crate::support::spawn_with(backend, |c| c.import_max_bytes = 4096, None)
        .await
        .with_team()
        .await;
    let manager = app.token("u-vp").await;
    post_bundle(&app, &manager, &team_bundle())
        .await
        .assert_error(403, "forbidden");
    let admin = app.token("u-admin").await;
    // The team bundle is well over 4 KiB.
    let reply = post_bundle(&app, &admin, &team_bundle()).await;
    reply.assert_error(413, "payload_too_large");
    assert!(reply.body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("BATON_IMPORT_MAX_BYTES"));
    let reply = app
        .post_raw("/api/v1/import", &admin, Some("text/csv"), "id,name")
        .await;
    reply.assert_error(415, "unsupported_media_type");
    // Not JSON at all.
    let reply = app
        .post_raw(
            "/api/v1/import",
            &admin,
            Some("application/json"),
            "{\"format\": ",
        )
        .await;
    reply.assert_error(422, "bundle_invalid");
}

/// A large valid bundle goes through the batched path in one transaction.
async fn many_accounts_import_in_batches(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let mut bundle = team_bundle();
    let accounts: Vec<Value> = (0..1_203)
        .map(|i| {
            account(
                &format!("acc-bulk-{i:04}"),
                "u-rep-b1",
                1_000.0 * f64::from(i),
                None,
                "2027-06-30",
            )
        })
        .collect();
    bundle["accounts"] = Value::Array(accounts);
    let summary = app.import(&bundle).await;
    assert_eq!(summary.accounts.created, 1_203);
    assert_eq!(summary.activities, 2_406);
    let b1 = app.token("u-rep-b1").await;
    let page = app.get("/api/v1/accounts?per_page=200&page=7", &b1).await;
    let page = page.assert_ok();
    // acc-b1 and the 1,203 bulk accounts: page 7 of 200 holds the last 4.
    assert_eq!(page["total"], 1_204);
    assert_eq!(page["items"].as_array().unwrap().len(), 4);
}

both_backends!(
    valid_bundle_imports_everything,
    invalid_bundle_reports_every_problem_and_imports_nothing,
    structurally_broken_bundle_names_the_place,
    reimport_updates_in_place_and_records_owner_changes,
    import_is_for_admins_and_limited_in_size,
    many_accounts_import_in_batches,
);
