//! The account team: imported from a bundle, managed by the owner's
//! manager chain, in the account's history and the audit log; members read
//! the account and its knowledge and change nothing of it.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account_mut, spawn, team_bundle, Backend};

fn members(view: &Value) -> Vec<(String, String)> {
    view["team"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            (
                m["user_id"].as_str().unwrap().to_string(),
                m["role"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn seat(user: &str, role: &str) -> (String, String) {
    (user.to_string(), role.to_string())
}

async fn a_team_is_imported_managed_and_read_by_its_members(backend: Backend) {
    let app = spawn(backend).await;
    let mut bundle = team_bundle();
    account_mut(&mut bundle, "acc-ent")["team"] =
        json!([{"user_id": "u-rep-b1", "role": "executive_sponsor"}]);
    let summary = app.import(&bundle).await;
    assert_eq!(summary.team_changes, 1);
    let manager = app.token("u-mgr-a").await;
    let owner = app.token("u-rep-a1").await;
    let member = app.token("u-rep-b1").await;
    let other = app.token("u-mgr-b").await;

    let team = app.get("/api/v1/accounts/acc-ent/team", &manager).await;
    assert_eq!(
        members(team.assert_ok()),
        [seat("u-rep-b1", "executive_sponsor")]
    );
    assert_eq!(team.body["history"][0]["change"], "added");
    assert_eq!(team.body["history"][0]["reason"], "imported");

    // The member reads the account and asks its clone; changes nothing.
    app.get("/api/v1/accounts/acc-ent", &member)
        .await
        .assert_ok();
    app.post(
        "/api/v1/accounts/acc-ent/ask",
        &member,
        &json!({"question": "Who signs the renewal?"}),
    )
    .await
    .assert_ok();
    let listed = app.get("/api/v1/accounts", &member).await;
    let ids: Vec<&str> = listed.assert_ok()["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"acc-ent"), "{ids:?}");
    app.post(
        "/api/v1/accounts/acc-ent/transfer",
        &member,
        &json!({"to_user_id": "u-rep-b1", "reason": "mine now"}),
    )
    .await
    .assert_error(403, "forbidden");
    app.post(
        "/api/v1/accounts/acc-ent/team",
        &member,
        &json!({"user_id": "u-rep-a2", "role": "support"}),
    )
    .await
    .assert_error(403, "forbidden");
    // Nor does the owner manage their own team; another line sees nothing.
    app.post(
        "/api/v1/accounts/acc-ent/team",
        &owner,
        &json!({"user_id": "u-rep-a2", "role": "support"}),
    )
    .await
    .assert_error(403, "forbidden");
    app.get("/api/v1/accounts/acc-ent/team", &other)
        .await
        .assert_error(404, "not_found");

    // The manager chain adds, changes a role, removes; each in the
    // history and the audit log.
    let added = app
        .post(
            "/api/v1/accounts/acc-ent/team",
            &manager,
            &json!({"user_id": "u-rep-a2", "role": "co_owner", "reason": "shares the renewal"}),
        )
        .await;
    assert_eq!(
        members(added.assert_ok()),
        [
            seat("u-rep-a2", "co_owner"),
            seat("u-rep-b1", "executive_sponsor")
        ]
    );
    app.post(
        "/api/v1/accounts/acc-ent/team",
        &manager,
        &json!({"user_id": "u-rep-a2", "role": "co_owner"}),
    )
    .await
    .assert_error(409, "team_unchanged");
    app.post(
        "/api/v1/accounts/acc-ent/team",
        &manager,
        &json!({"user_id": "u-rep-a1", "role": "support"}),
    )
    .await
    .assert_error(409, "team_unchanged");
    app.post(
        "/api/v1/accounts/acc-ent/team",
        &manager,
        &json!({"user_id": "u-nobody", "role": "support"}),
    )
    .await
    .assert_error(422, "invalid_user");
    app.post(
        "/api/v1/accounts/acc-ent/team",
        &manager,
        &json!({"user_id": "u-rep-a2", "role": "boss"}),
    )
    .await
    .assert_error(422, "validation_failed");
    let changed = app
        .post(
            "/api/v1/accounts/acc-ent/team",
            &manager,
            &json!({"user_id": "u-rep-a2", "role": "support"}),
        )
        .await;
    assert!(members(changed.assert_ok()).contains(&seat("u-rep-a2", "support")));
    let removed = app
        .delete(
            "/api/v1/accounts/acc-ent/team/u-rep-b1?reason=moved%20on",
            &manager,
        )
        .await;
    assert_eq!(members(removed.assert_ok()), [seat("u-rep-a2", "support")]);
    app.delete("/api/v1/accounts/acc-ent/team/u-rep-b1", &manager)
        .await
        .assert_error(409, "team_unchanged");
    // Out of the team, out of sight.
    app.get("/api/v1/accounts/acc-ent", &member)
        .await
        .assert_error(404, "not_found");

    let team = app.get("/api/v1/accounts/acc-ent/team", &manager).await;
    let history: Vec<(String, String, String)> = team.assert_ok()["history"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["user_id"].as_str().unwrap().to_string(),
                h["change"].as_str().unwrap().to_string(),
                h["role"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let h = |u: &str, c: &str, r: &str| (u.to_string(), c.to_string(), r.to_string());
    assert_eq!(
        history,
        [
            h("u-rep-b1", "added", "executive_sponsor"),
            h("u-rep-a2", "added", "co_owner"),
            h("u-rep-a2", "removed", "co_owner"),
            h("u-rep-a2", "added", "support"),
            h("u-rep-b1", "removed", "executive_sponsor"),
        ]
    );
    assert_eq!(team.body["history"][4]["reason"], "moved on");
    let admin = app.token("u-admin").await;
    let audit = app
        .get("/api/v1/audit?kind=team_changed&account_id=acc-ent", &admin)
        .await;
    let entries = audit.assert_ok().as_array().unwrap();
    assert_eq!(entries.len(), 3);
    // Newest first: the removal, the role change (with the role before),
    // the addition.
    assert_eq!(entries[1]["detail"]["role"], "support");
    assert_eq!(entries[1]["detail"]["previous_role"], "co_owner");
    assert_eq!(entries[2]["detail"]["previous_role"], Value::Null);

    // A re-import keeps the seats made here and updates the roles it lists.
    account_mut(&mut bundle, "acc-ent")["team"] =
        json!([{"user_id": "u-rep-a2", "role": "co_owner"}]);
    let summary = app.import(&bundle).await;
    assert_eq!(summary.team_changes, 1);
    let team = app.get("/api/v1/accounts/acc-ent/team", &manager).await;
    assert_eq!(members(team.assert_ok()), [seat("u-rep-a2", "co_owner")]);
}

/// A bundle's team is checked with the rest: unknown users, the owner, a
/// member twice, a role outside the set.
async fn a_bad_team_is_refused_with_its_path(backend: Backend) {
    let app = spawn(backend).await;
    let admin_bundle = team_bundle();
    app.import(&admin_bundle).await;
    let admin = app.token("u-admin").await;
    let mut bundle = team_bundle();
    account_mut(&mut bundle, "acc-ent")["team"] = json!([
        {"user_id": "u-nobody", "role": "support"},
        {"user_id": "u-rep-a1", "role": "support"},
        {"user_id": "u-rep-b1", "role": "support"},
        {"user_id": "u-rep-b1", "role": "co_owner"},
        {"user_id": "u-rep-a2", "role": "boss"},
    ]);
    let reply = app.post("/api/v1/import", &admin, &bundle).await;
    reply.assert_error(422, "bundle_invalid");
    let paths: Vec<&str> = reply.body["error"]["details"]["problems"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["path"].as_str().unwrap())
        .collect();
    let ent = admin_bundle["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .position(|a| a["id"] == "acc-ent")
        .unwrap();
    for k in [0, 1, 3] {
        let want = format!("$.accounts[{ent}].team[{k}].user_id");
        assert!(paths.contains(&want.as_str()), "{want} in {paths:?}");
    }
    let want = format!("$.accounts[{ent}].team[4].role");
    assert!(paths.contains(&want.as_str()), "{want} in {paths:?}");
    let team = app.get("/api/v1/accounts/acc-ent/team", &admin).await;
    assert!(team.assert_ok()["team"].as_array().unwrap().is_empty());
}

both_backends!(
    a_team_is_imported_managed_and_read_by_its_members,
    a_bad_team_is_refused_with_its_path
);
