//! Accounts moved by hand over HTTP: one account by its owner's manager
//! chain or an admin, a departing rep's portfolio all at once or account by
//! account, with a preview that changes nothing; every move in the
//! ownership history, every refusal leaving everything as it was.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{spawn, Backend, TestApp};

/// The ownership history of `account`, as an admin reads it.
async fn history(app: &TestApp, account: &str) -> Vec<Value> {
    let admin = app.token("u-admin").await;
    app.get(&format!("/api/v1/accounts/{account}"), &admin)
        .await
        .assert_ok()["ownership_history"]
        .as_array()
        .unwrap()
        .clone()
}

async fn owner_of(app: &TestApp, account: &str) -> String {
    let admin = app.token("u-admin").await;
    app.get(&format!("/api/v1/accounts/{account}"), &admin)
        .await
        .assert_ok()["owner_id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn one_account_moves_by_the_chain_for_a_reason(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let url = "/api/v1/accounts/acc-a2/transfer";
    let mgr = app.token("u-mgr-a").await;
    let before = history(&app, "acc-a2").await;

    // Refused, and nothing moves: the owner themself, another line, an
    // unknown or inactive receiver, the same owner, no reason.
    let body = |to: &str, reason: &str| json!({"to_user_id": to, "reason": reason});
    let rep = app.token("u-rep-a2").await;
    app.post(url, &rep, &body("u-rep-a1", "Rebalancing"))
        .await
        .assert_error(403, "forbidden");
    app.post(
        url,
        &app.token("u-mgr-b").await,
        &body("u-rep-b1", "Mine now"),
    )
    .await
    .assert_error(404, "not_found");
    app.post(
        "/api/v1/accounts/acc-nope/transfer",
        &mgr,
        &body("u-rep-a1", "x"),
    )
    .await
    .assert_error(404, "not_found");
    app.post(url, &mgr, &body("u-nobody", "Rebalancing"))
        .await
        .assert_error(422, "invalid_receiver");
    app.post(url, &mgr, &body("u-rep-a2", "Rebalancing"))
        .await
        .assert_error(409, "same_owner");
    for reason in ["   ", &"x".repeat(501)] {
        app.post(url, &mgr, &body("u-rep-a1", reason))
            .await
            .assert_error(422, "invalid_reason");
    }
    app.post(url, &mgr, &json!({"to_user_id": "u-rep-a1"}))
        .await
        .assert_error(422, "validation_failed");
    app.notice_rep_a1(None).await;
    app.post(url, &mgr, &body("u-rep-a1", "Rebalancing"))
        .await
        .assert_error(422, "invalid_receiver");
    assert_eq!(history(&app, "acc-a2").await, before);
    assert_eq!(owner_of(&app, "acc-a2").await, "u-rep-a2");

    // The manager moves it, even out of their line; the move is recorded
    // and the account follows its new owner.
    let moved = app
        .post(
            url,
            &mgr,
            &body("u-rep-b1", "  Territory change: B covers the north.  "),
        )
        .await;
    let moved = moved.assert_ok();
    assert_eq!(moved["from_user_id"], "u-rep-a2");
    assert_eq!(moved["to_user_id"], "u-rep-b1");
    assert_eq!(moved["changed_by"], "u-mgr-a");
    assert_eq!(moved["reason"], "Territory change: B covers the north.");
    let after = history(&app, "acc-a2").await;
    assert_eq!(after.len(), before.len() + 1);
    let last = after.last().unwrap();
    assert_eq!(
        (
            &last["from_user_id"],
            &last["to_user_id"],
            &last["changed_by"],
            &last["reason"]
        ),
        (
            &json!("u-rep-a2"),
            &json!("u-rep-b1"),
            &json!("u-mgr-a"),
            &json!("Territory change: B covers the north.")
        )
    );
    app.get("/api/v1/accounts/acc-a2", &rep)
        .await
        .assert_error(404, "not_found");
    app.get("/api/v1/accounts/acc-a2", &app.token("u-rep-b1").await)
        .await
        .assert_ok();
    // An admin moves it back.
    app.post(
        url,
        &app.token("u-admin").await,
        &body("u-rep-a2", "Back to A"),
    )
    .await
    .assert_ok();
    assert_eq!(owner_of(&app, "acc-a2").await, "u-rep-a2");
}

async fn a_departing_portfolio_is_reassigned_with_a_preview(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.notice_rep_a1(None).await;
    let mgr = app.token("u-mgr-a").await;
    let departures = app.get("/api/v1/departures", &mgr).await;
    let id = departures.assert_ok()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let url = format!("/api/v1/departures/{id}/reassign");
    let portfolio = [
        "acc-ent",
        "acc-mid-120",
        "acc-mid-121",
        "acc-smb-opp",
        "acc-smb-small",
    ];
    let before: Vec<Vec<Value>> = {
        let mut out = Vec::new();
        for a in portfolio {
            out.push(history(&app, a).await);
        }
        out
    };

    // The preview says what would move, and nothing moves.
    let preview = app
        .post(
            &format!("{url}?preview=true"),
            &mgr,
            &json!({"to_user_id": "u-rep-a2"}),
        )
        .await;
    let preview = preview.assert_ok();
    assert_eq!(preview["preview"], true);
    let moves = preview["moves"].as_array().unwrap();
    let mut named: Vec<&str> = moves
        .iter()
        .map(|m| m["account_id"].as_str().unwrap())
        .collect();
    named.sort();
    assert_eq!(named, portfolio);
    assert!(moves.iter().all(|m| m["from_user_id"] == "u-rep-a1"
        && m["to_user_id"] == "u-rep-a2"
        && m["reason"].as_str().unwrap().contains("departure")));
    for (a, h) in portfolio.iter().zip(&before) {
        assert_eq!(&history(&app, a).await, h, "{a}");
        assert_eq!(owner_of(&app, a).await, "u-rep-a1");
    }

    // Refused, all or nothing: an account they do not own, one named twice,
    // both or neither kind of body, the departing user as receiver, the
    // departing user themself asking.
    let each = |pairs: &[(&str, &str)]| json!({"accounts": pairs.iter().map(|(a, t)| json!({"account_id": a, "to_user_id": t})).collect::<Vec<_>>()});
    for body in [
        each(&[("acc-ent", "u-rep-a2"), ("acc-a2", "u-rep-a2")]),
        each(&[("acc-ent", "u-rep-a2"), ("acc-ent", "u-rep-b1")]),
        each(&[]),
        json!({"to_user_id": "u-rep-a2", "accounts": []}),
        json!({}),
    ] {
        app.post(&url, &mgr, &body)
            .await
            .assert_error(422, "invalid_reassignment");
    }
    app.post(
        &url,
        &mgr,
        &each(&[("acc-ent", "u-rep-a2"), ("acc-mid-120", "u-nobody")]),
    )
    .await
    .assert_error(422, "invalid_receiver");
    app.post(&url, &mgr, &json!({"to_user_id": "u-rep-a1"}))
        .await
        .assert_error(422, "invalid_receiver");
    app.post(
        &url,
        &app.token("u-rep-a1").await,
        &json!({"to_user_id": "u-rep-a2"}),
    )
    .await
    .assert_error(403, "forbidden");
    app.post(
        &url,
        &app.token("u-mgr-b").await,
        &json!({"to_user_id": "u-rep-b1"}),
    )
    .await
    .assert_error(404, "not_found");
    assert_eq!(owner_of(&app, "acc-ent").await, "u-rep-a1");

    // Account by account, with a reason; the rest stays.
    let done = app
        .post(
            &url,
            &mgr,
            &json!({"accounts": [
                {"account_id": "acc-ent", "to_user_id": "u-rep-b1"},
                {"account_id": "acc-mid-120", "to_user_id": "u-rep-a2"}],
                "reason": "Split before the last day"}),
        )
        .await;
    assert_eq!(done.assert_ok()["preview"], false);
    assert_eq!(done.body["moves"].as_array().unwrap().len(), 2);
    assert_eq!(owner_of(&app, "acc-ent").await, "u-rep-b1");
    assert_eq!(owner_of(&app, "acc-mid-120").await, "u-rep-a2");
    assert_eq!(owner_of(&app, "acc-mid-121").await, "u-rep-a1");
    let last = history(&app, "acc-ent").await.last().unwrap().clone();
    assert_eq!(last["reason"], "Split before the last day");
    assert_eq!(last["changed_by"], "u-mgr-a");
    // An account that moved is no longer theirs to reassign.
    app.post(&url, &mgr, &each(&[("acc-ent", "u-rep-a2")]))
        .await
        .assert_error(422, "invalid_reassignment");

    // The rest all at once; then the departure completes and is closed to it.
    let rest = app
        .post(&url, &mgr, &json!({"to_user_id": "u-rep-a2"}))
        .await;
    assert_eq!(rest.assert_ok()["moves"].as_array().unwrap().len(), 3);
    app.complete_departure(&mgr, &id).await;
    app.post(&url, &mgr, &json!({"to_user_id": "u-rep-a2"}))
        .await
        .assert_error(409, "departure_completed");
    let board = app.get("/api/v1/dashboard", &mgr).await;
    assert_eq!(board.assert_ok()["unassigned"], json!([]));
}

/// The last day passes (the clock moves; nobody sleeps): the notice ends
/// by itself, the rep's tokens are revoked and listed so, what they wrote
/// stays theirs, and their accounts, with no successor named, go to their
/// manager flagged unassigned until someone transfers them.
async fn the_last_day_ends_access_and_no_account_is_orphaned(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let rep = app.token("u-rep-a1").await;
    let ids = app.notice_rep_a1(None).await;
    let iv = ids["acc-ent"].clone();
    app.answer_current(&rep, &iv, "Pat Doe signs; the board only sees it after.")
        .await;
    let state = app.state();
    // The day before the last: nothing ends.
    state.clock.advance(chrono::Duration::days(19));
    assert_eq!(
        baton::departures::end_notices(&state.db, state.now())
            .await
            .unwrap(),
        0
    );
    app.get("/api/v1/me", &rep).await.assert_ok();
    // The day after the last.
    state.clock.advance(chrono::Duration::days(2));
    assert_eq!(
        baton::departures::end_notices(&state.db, state.now())
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        baton::departures::end_notices(&state.db, state.now())
            .await
            .unwrap(),
        0,
        "ended once"
    );
    app.get("/api/v1/me", &rep)
        .await
        .assert_error(401, "unauthorized");
    let admin = app.token("u-admin").await;
    let tokens = app.get("/api/v1/tokens", &admin).await.assert_ok().clone();
    let theirs: Vec<&Value> = tokens
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["user_id"] == "u-rep-a1")
        .collect();
    assert!(!theirs.is_empty());
    assert!(
        theirs
            .iter()
            .all(|t| t["revoked_at"].is_string() && t["active"] == false),
        "{tokens}"
    );
    let mgr = app.token("u-mgr-a").await;
    let departures = app.get("/api/v1/departures", &mgr).await;
    assert_eq!(departures.assert_ok()[0]["status"], "completed");
    // What they wrote stays, attributed.
    let kept = app.get(&format!("/api/v1/interviews/{iv}"), &mgr).await;
    assert_eq!(kept.assert_ok()["owner_id"], "u-rep-a1");
    assert_eq!(
        kept.body["turns"][0]["answer_text"],
        "Pat Doe signs; the board only sees it after."
    );
    // No account is orphaned: each is the manager's, flagged.
    for account in [
        "acc-ent",
        "acc-mid-120",
        "acc-mid-121",
        "acc-smb-opp",
        "acc-smb-small",
    ] {
        assert_eq!(owner_of(&app, account).await, "u-mgr-a", "{account}");
        let last = history(&app, account).await.last().unwrap().clone();
        assert_eq!(last["from_user_id"], "u-rep-a1");
        assert_eq!(
            last["changed_by"],
            Value::Null,
            "nobody did it: the clock did"
        );
        assert!(
            last["reason"].as_str().unwrap().contains("no successor"),
            "{last}"
        );
    }
    let board = app.get("/api/v1/dashboard", &mgr).await.assert_ok().clone();
    let unassigned = board["unassigned"].as_array().unwrap();
    assert_eq!(unassigned.len(), 5, "{board}");
    assert!(unassigned.iter().all(|u| u["former_owner_id"] == "u-rep-a1"
        && u["owner_id"] == "u-mgr-a"
        && u["since"].is_string()));
    // A transfer gives one an owner again.
    app.post(
        "/api/v1/accounts/acc-ent/transfer",
        &mgr,
        &json!({"to_user_id": "u-rep-a2", "reason": "Ana takes Halvard"}),
    )
    .await
    .assert_ok();
    let board = app.get("/api/v1/dashboard", &mgr).await.assert_ok().clone();
    assert_eq!(board["unassigned"].as_array().unwrap().len(), 4);
    assert!(!board["unassigned"]
        .as_array()
        .unwrap()
        .iter()
        .any(|u| u["account_id"] == "acc-ent"));
}

both_backends!(
    one_account_moves_by_the_chain_for_a_reason,
    the_last_day_ends_access_and_no_account_is_orphaned,
    a_departing_portfolio_is_reassigned_with_a_preview,
);
