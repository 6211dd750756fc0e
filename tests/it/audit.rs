//! The audit log over HTTP: what is recorded, who may read it, its filters,
//! and that the store refuses to change or delete an entry.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{spawn, Backend};

fn kinds(entries: &Value) -> Vec<&str> {
    entries
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect()
}

async fn the_audit_log_records_and_never_changes(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let mgr = app.token("u-mgr-a").await;
    let ids = app.notice_rep_a1(None).await;
    app.post(
        "/api/v1/accounts/acc-mid-120/transfer",
        &mgr,
        &json!({"to_user_id": "u-rep-a2", "reason": "Ana knows them"}),
    )
    .await
    .assert_ok();
    // The owner answers, edits and submits; the manager approves and asks.
    let rep = app.token("u-rep-a1").await;
    let iv = ids["acc-ent"].clone();
    let question = app
        .answer_current(
            &rep,
            &iv,
            "Pat Doe signs; she wants the audit findings down before renewal.",
        )
        .await;
    app.send(
        app.client
            .put(app.url(&format!("/api/v1/interviews/{iv}/answers/{question}")))
            .bearer_auth(&rep)
            .json(&json!({"text": "Pat Doe signs; she wants the audit findings halved before the renewal."})),
    )
    .await
    .assert_ok();
    app.post(&format!("/api/v1/interviews/{iv}/submit"), &rep, &json!({}))
        .await
        .assert_ok();
    app.approve(&mgr, &iv).await;
    app.post(
        "/api/v1/accounts/acc-ent/ask",
        &mgr,
        &json!({"question": "Who signs the renewal?"}),
    )
    .await
    .assert_ok();
    let minted = app
        .post(
            "/api/v1/tokens",
            &admin,
            &json!({"user_id": "u-rep-a2", "label": "audit test"}),
        )
        .await;
    let token_id = minted.assert_ok()["id"].as_str().unwrap().to_string();
    app.send(
        app.client
            .delete(app.url(&format!("/api/v1/tokens/{token_id}")))
            .bearer_auth(&admin),
    )
    .await
    .assert_ok();
    let id = app.departure_id(&mgr).await;
    app.complete_departure(&mgr, &id).await;

    // Newest first, each with who, what and on what.
    let all = app.get("/api/v1/audit", &admin).await.assert_ok().clone();
    let seen = kinds(&all);
    let order = [
        "departure_completed",
        "token_revoked",
        "token_created",
        "question_asked",
        "knowledge_approved",
        "interview_submitted",
        "answer_edited",
        "account_transferred",
        "notice_given",
        "import",
    ];
    let positions: Vec<usize> = order
        .iter()
        .map(|k| {
            seen.iter()
                .position(|s| s == k)
                .unwrap_or_else(|| panic!("no {k}: {all}"))
        })
        .collect();
    assert!(positions.windows(2).all(|w| w[0] < w[1]), "{seen:?}");
    let entry = |kind: &str| {
        all.as_array()
            .unwrap()
            .iter()
            .find(|e| e["kind"] == kind)
            .unwrap()
            .clone()
    };
    let notice = entry("notice_given");
    assert_eq!(notice["actor_id"], "u-mgr-a");
    assert_eq!(notice["subject_user_id"], "u-rep-a1");
    assert_eq!(notice["detail"]["interviews"], 5);
    let moved = entry("account_transferred");
    assert_eq!(moved["account_id"], "acc-mid-120");
    assert_eq!(moved["detail"]["from_user_id"], "u-rep-a1");
    assert_eq!(moved["detail"]["reason"], "Ana knows them");
    let done = entry("departure_completed");
    assert_eq!(done["detail"]["ended_by_last_day"], false);
    assert_eq!(done["detail"]["accounts_to"], "u-mgr-a");
    assert_eq!(
        entry("token_created")["detail"]["token_id"],
        json!(token_id)
    );
    let approved = entry("knowledge_approved");
    assert_eq!(
        (&approved["actor_id"], &approved["account_id"]),
        (&json!("u-mgr-a"), &json!("acc-ent"))
    );
    assert_eq!(approved["detail"]["interview_id"], json!(iv));
    assert_eq!(entry("interview_submitted")["actor_id"], "u-rep-a1");
    assert_eq!(
        entry("answer_edited")["detail"]["question_id"],
        json!(question)
    );
    assert_eq!(entry("question_asked")["account_id"], "acc-ent");

    // Filters.
    let only = app
        .get("/api/v1/audit?kind=account_transferred", &admin)
        .await
        .assert_ok()
        .clone();
    assert_eq!(kinds(&only), ["account_transferred"]);
    let on = app
        .get("/api/v1/audit?account_id=acc-mid-120", &admin)
        .await
        .assert_ok()
        .clone();
    assert_eq!(kinds(&on), ["account_transferred"]);
    let by = app
        .get("/api/v1/audit?actor_id=u-mgr-a", &admin)
        .await
        .assert_ok()
        .clone();
    // Notice, transfer, approval, the question and the completion.
    assert_eq!(by.as_array().unwrap().len(), 5, "{by}");
    let later = app
        .get("/api/v1/audit?since=2999-01-01T00:00:00Z", &admin)
        .await;
    assert_eq!(later.assert_ok(), &json!([]));
    let one = app.get("/api/v1/audit?limit=1", &admin).await;
    assert_eq!(kinds(one.assert_ok()), ["departure_completed"]);
    for bad in ["limit=0", "limit=1001", "kind=nonsense", "since=yesterday"] {
        app.get(&format!("/api/v1/audit?{bad}"), &admin)
            .await
            .assert_error(400, "invalid_query");
    }

    // Readers: the manager sees their line's entries; another line's
    // manager none of them; reps are refused.
    let line = app.get("/api/v1/audit", &mgr).await.assert_ok().clone();
    assert!(kinds(&line).contains(&"notice_given") && !kinds(&line).contains(&"import"));
    let other = app
        .get("/api/v1/audit", &app.token("u-mgr-b").await)
        .await
        .assert_ok()
        .clone();
    assert!(
        !other.to_string().contains("u-rep-a1"),
        "another line sees nothing of line A: {other}"
    );
    app.get("/api/v1/audit", &app.token("u-rep-a2").await)
        .await
        .assert_error(403, "forbidden");

    // Append-only: the store itself refuses to change or delete an entry.
    let db = &app.state().db;
    let updated: Result<_, sqlx::Error> = baton::with_db!(db, pool => {
        sqlx::query("UPDATE audit_log SET kind = 'nothing'").execute(pool).await.map(|_| ())
    });
    assert!(updated.is_err(), "an update is refused");
    let deleted: Result<_, sqlx::Error> = baton::with_db!(db, pool => {
        sqlx::query("DELETE FROM audit_log").execute(pool).await.map(|_| ())
    });
    assert!(deleted.is_err(), "a delete is refused");
    // Every entry read before is still there, unchanged (tokens minted
    // for the readers since have added their own).
    let after = app.get("/api/v1/audit", &admin).await.assert_ok().clone();
    let last = all[0]["id"].as_i64().unwrap();
    let kept: Vec<&Value> = after
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["id"].as_i64().unwrap() <= last)
        .collect();
    assert_eq!(kept, all.as_array().unwrap().iter().collect::<Vec<_>>());
}

both_backends!(the_audit_log_records_and_never_changes);
