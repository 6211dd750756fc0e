//! Tokens and visibility: who sees what, and which tokens stop working.

use serde_json::json;

use crate::both_backends;
use crate::support::{account_ids, spawn, Backend};

const ALL: [&str; 7] = [
    "acc-a2",
    "acc-b1",
    "acc-ent",
    "acc-mid-120",
    "acc-mid-121",
    "acc-smb-opp",
    "acc-smb-small",
];

/// Admin everything, a manager their reporting line (transitively), a rep
/// their own accounts — on the list, the detail and the users.
async fn visibility_follows_role_and_reporting_line(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let list = |token: String| {
        let app = &app;
        async move {
            account_ids(
                app.get("/api/v1/accounts?per_page=200", &token)
                    .await
                    .assert_ok(),
            )
        }
    };
    assert_eq!(list(app.token("u-admin").await).await, ALL);
    assert_eq!(
        list(app.token("u-vp").await).await,
        ALL,
        "VP sees two levels down"
    );
    assert_eq!(
        list(app.token("u-mgr-a").await).await,
        [
            "acc-a2",
            "acc-ent",
            "acc-mid-120",
            "acc-mid-121",
            "acc-smb-opp",
            "acc-smb-small"
        ]
    );
    assert_eq!(list(app.token("u-mgr-b").await).await, ["acc-b1"]);
    assert_eq!(list(app.token("u-rep-a2").await).await, ["acc-a2"]);

    // Detail outside the scope is indistinguishable from absent.
    let rep = app.token("u-rep-a2").await;
    app.get("/api/v1/accounts/acc-b1", &rep)
        .await
        .assert_error(404, "not_found");
    app.get("/api/v1/accounts/acc-nope", &rep)
        .await
        .assert_error(404, "not_found");
    let mgr_b = app.token("u-mgr-b").await;
    app.get("/api/v1/accounts/acc-a2", &mgr_b)
        .await
        .assert_error(404, "not_found");
    assert!(app
        .get("/api/v1/accounts/acc-b1", &mgr_b)
        .await
        .status
        .is_success());

    // A filter cannot widen the scope.
    let filtered = app.get("/api/v1/accounts?owner_id=u-rep-a1", &mgr_b).await;
    assert_eq!(filtered.assert_ok()["total"], 0);

    // Users follow the same line.
    let users = app.get("/api/v1/users", &mgr_b).await;
    let mut ids: Vec<&str> = users
        .assert_ok()
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["id"].as_str().unwrap())
        .collect();
    ids.sort();
    assert_eq!(ids, ["u-mgr-b", "u-rep-b1"]);
    let me = app.get("/api/v1/me", &rep).await;
    assert_eq!(me.assert_ok()["id"], "u-rep-a2");
    assert_eq!(me.body["role"], "rep");
}

/// Filters by owner and segment, and paging.
async fn accounts_filter_and_page(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let smb = app.get("/api/v1/accounts?segment=smb", &admin).await;
    assert_eq!(
        account_ids(smb.assert_ok()),
        ["acc-b1", "acc-smb-opp", "acc-smb-small"]
    );
    let owner = app
        .get(
            "/api/v1/accounts?owner_id=u-rep-a1&segment=mid_market",
            &admin,
        )
        .await;
    assert_eq!(
        account_ids(owner.assert_ok()),
        ["acc-mid-120", "acc-mid-121"]
    );
    let p1 = app.get("/api/v1/accounts?per_page=3&page=1", &admin).await;
    let p3 = app.get("/api/v1/accounts?per_page=3&page=3", &admin).await;
    assert_eq!(p1.assert_ok()["items"].as_array().unwrap().len(), 3);
    assert_eq!(p1.body["total"], 7);
    assert_eq!(p3.assert_ok()["items"].as_array().unwrap().len(), 1);
    let mut seen = account_ids(&p1.body);
    seen.extend(account_ids(
        app.get("/api/v1/accounts?per_page=3&page=2", &admin)
            .await
            .assert_ok(),
    ));
    seen.extend(account_ids(&p3.body));
    seen.sort();
    assert_eq!(seen, ALL, "pages cover every account once");
    app.get("/api/v1/accounts?segment=huge", &admin)
        .await
        .assert_error(400, "invalid_query");
    app.get("/api/v1/accounts?per_page=0", &admin)
        .await
        .assert_error(400, "invalid_query");
    app.get("/api/v1/accounts?page=0", &admin)
        .await
        .assert_error(400, "invalid_query");
}

/// Missing, malformed, unknown and revoked tokens all answer 401 JSON.
async fn bad_and_revoked_tokens_are_refused(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let no_auth = app.send(app.client.get(app.url("/api/v1/accounts"))).await;
    no_auth.assert_error(401, "unauthorized");
    let basic = app
        .send(
            app.client
                .get(app.url("/api/v1/accounts"))
                .basic_auth("u-admin", Some("x")),
        )
        .await;
    basic.assert_error(401, "unauthorized");
    let unknown = format!("bt_{}", "0".repeat(64));
    app.get("/api/v1/accounts", &unknown)
        .await
        .assert_error(401, "unauthorized");
    app.get("/api/v1/accounts", "garbage")
        .await
        .assert_error(401, "unauthorized");

    // Minted over HTTP: the secret is shown once, stored hashed.
    let rep = app.token("u-rep-a2").await;
    let minted = app
        .post(
            "/api/v1/tokens",
            &rep,
            &json!({"user_id": "u-rep-a2", "label": "laptop"}),
        )
        .await;
    assert_eq!(minted.status.as_u16(), 201, "{}", minted.body);
    let secret = minted.body["token"].as_str().unwrap().to_string();
    let id = minted.body["id"].as_str().unwrap().to_string();
    assert!(
        secret.starts_with("bt_") && secret.len() >= 3 + 32,
        "{secret}"
    );
    assert!(app.get("/api/v1/me", &secret).await.status.is_success());
    // What the store keeps is the SHA-256 of the secret, never the secret.
    let stored: Vec<(String,)> = baton::with_db!(&app.state().db, pool => {
        sqlx::query_as("SELECT token_hash FROM api_tokens WHERE id = $1")
            .bind(&id)
            .fetch_all(pool)
            .await
            .unwrap()
    });
    use sha2::Digest;
    let want = hex::encode(sha2::Sha256::digest(secret.as_bytes()));
    assert_eq!(stored, vec![(want,)]);
    let anywhere: Vec<(String,)> = baton::with_db!(&app.state().db, pool => {
        sqlx::query_as("SELECT id FROM api_tokens WHERE token_hash = $1 OR label = $1 OR id = $1")
            .bind(&secret)
            .fetch_all(pool)
            .await
            .unwrap()
    });
    assert!(anywhere.is_empty(), "the secret is stored nowhere");
    let listed = app.get("/api/v1/tokens", &rep).await;
    let listed = listed.assert_ok().to_string();
    assert!(
        listed.contains(&id) && !listed.contains(&secret),
        "list never shows secrets"
    );

    // A label is a short line of text: a megabyte, a blank or a control
    // character is refused, and nothing is minted.
    let before = app.get("/api/v1/tokens", &rep).await.assert_ok().clone();
    for label in [
        "x".repeat(101),
        " ".into(),
        "two\nlines".into(),
        "x".repeat(500_000),
    ] {
        app.post(
            "/api/v1/tokens",
            &rep,
            &json!({"user_id": "u-rep-a2", "label": label}),
        )
        .await
        .assert_error(422, "invalid_label");
    }
    let after = app.get("/api/v1/tokens", &rep).await.assert_ok().clone();
    assert_eq!(before, after, "no token was minted");
    let longest = app
        .post(
            "/api/v1/tokens",
            &rep,
            &json!({"user_id": "u-rep-a2", "label": "é".repeat(100)}),
        )
        .await;
    assert_eq!(longest.status.as_u16(), 201, "{}", longest.body);

    // An expiry: 1 to 3650 days; past it the token stops working and is
    // listed as inactive.
    for days in [0, 3651] {
        app.post(
            "/api/v1/tokens",
            &rep,
            &json!({"user_id": "u-rep-a2", "expires_in_days": days}),
        )
        .await
        .assert_error(422, "invalid_expiry");
    }
    let expiring = app
        .post(
            "/api/v1/tokens",
            &rep,
            &json!({"user_id": "u-rep-a2", "label": "ci", "expires_in_days": 30}),
        )
        .await;
    assert_eq!(expiring.status.as_u16(), 201, "{}", expiring.body);
    let expiring_secret = expiring.body["token"].as_str().unwrap().to_string();
    let expiring_id = expiring.body["id"].as_str().unwrap().to_string();
    assert!(expiring.body["expires_at"].is_string() && expiring.body["active"] == true);
    assert!(app
        .get("/api/v1/me", &expiring_secret)
        .await
        .status
        .is_success());
    let past = chrono::Utc::now() - chrono::Duration::minutes(1);
    baton::with_db!(&app.state().db, pool => {
        sqlx::query("UPDATE api_tokens SET expires_at = $1 WHERE id = $2")
            .bind(past)
            .bind(&expiring_id)
            .execute(pool)
            .await
            .unwrap();
    });
    app.get("/api/v1/me", &expiring_secret)
        .await
        .assert_error(401, "unauthorized");
    let listed = app.get("/api/v1/tokens", &rep).await.assert_ok().clone();
    let state_of = |id: &str| {
        listed
            .as_array()
            .unwrap()
            .iter()
            .find(|t| t["id"] == id)
            .map(|t| t["active"].clone())
    };
    assert_eq!(state_of(&expiring_id), Some(json!(false)), "{listed}");
    assert_eq!(state_of(&id), Some(json!(true)), "{listed}");

    // A rep cannot mint for someone else; an admin can.
    app.post("/api/v1/tokens", &rep, &json!({"user_id": "u-rep-b1"}))
        .await
        .assert_error(403, "forbidden");
    let admin = app.token("u-admin").await;
    let for_b1 = app
        .post("/api/v1/tokens", &admin, &json!({"user_id": "u-rep-b1"}))
        .await;
    assert_eq!(for_b1.status.as_u16(), 201);
    // Another user's token is not the rep's to revoke, or to know of.
    let other_id = for_b1.body["id"].as_str().unwrap();
    app.delete(&format!("/api/v1/tokens/{other_id}"), &rep)
        .await
        .assert_error(404, "not_found");

    let revoked = app.delete(&format!("/api/v1/tokens/{id}"), &rep).await;
    assert!(revoked.assert_ok()["revoked_at"].is_string());
    app.get("/api/v1/me", &secret)
        .await
        .assert_error(401, "unauthorized");
    // The other token of the same user still works.
    assert!(app.get("/api/v1/me", &rep).await.status.is_success());
}

/// A departed user's tokens stop working.
async fn departed_users_tokens_stop_working(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let rep = app.token("u-rep-a2").await;
    let mgr = app.token("u-mgr-a").await;
    let notice = app
        .post(
            "/api/v1/departures",
            &mgr,
            &json!({"user_id": "u-rep-a2", "last_day": crate::support::in_days(14), "successor_id": "u-rep-a1"}),
        )
        .await;
    assert_eq!(notice.status.as_u16(), 201, "{}", notice.body);
    // Departing, not departed: still works during the notice period.
    assert_eq!(
        app.get("/api/v1/me", &rep).await.assert_ok()["status"],
        "departing"
    );
    let id = notice.body["id"].as_str().unwrap();
    let done = app
        .post(
            &format!("/api/v1/departures/{id}/complete"),
            &mgr,
            &json!({}),
        )
        .await;
    assert_eq!(done.assert_ok()["status"], "completed");
    app.get("/api/v1/me", &rep)
        .await
        .assert_error(401, "unauthorized");
    // And no new token can be minted for them.
    let admin = app.token("u-admin").await;
    // Their tokens are listed as no longer active.
    let listed = app.get("/api/v1/tokens", &admin).await.assert_ok().clone();
    let theirs: Vec<&serde_json::Value> = listed
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["user_id"] == "u-rep-a2")
        .collect();
    assert!(!theirs.is_empty());
    assert!(theirs.iter().all(|t| t["active"] == false), "{listed}");
    assert!(listed
        .as_array()
        .unwrap()
        .iter()
        .any(|t| t["user_id"] == "u-admin" && t["active"] == true));
    app.post("/api/v1/tokens", &admin, &json!({"user_id": "u-rep-a2"}))
        .await
        .assert_error(409, "user_departed");
    // Their accounts went to the successor, with history.
    let successor = app.token("u-rep-a1").await;
    let d = app.get("/api/v1/accounts/acc-a2", &successor).await;
    let d = d.assert_ok();
    assert_eq!(d["owner_id"], "u-rep-a1");
    let last = d["ownership_history"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["from_user_id"], "u-rep-a2");
    assert_eq!(last["changed_by"], "u-mgr-a");
}

/// Every action stays with its people: a caller who may see the thing but
/// not do it gets 403, one who may not see it gets 404 as if it did not
/// exist, and neither changes anything.
async fn each_action_stays_with_its_people(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let iv = ids["acc-ent"].clone();
    let owner = app.token("u-rep-a1").await;
    let mgr_a = app.token("u-mgr-a").await;
    let mgr_b = app.token("u-mgr-b").await;
    let rep_b = app.token("u-rep-b1").await;
    let rep_a2 = app.token("u-rep-a2").await;
    let before = app.interview(&owner, &iv).await;
    let question = before["current_prompt"]["question_id"].clone();
    let answer =
        json!({"question_id": question, "text": "Pat Doe signs; the CFO reviews it first."});
    let edit = json!({"text": "A text nobody may write here."});
    let url = |tail: &str| app.url(&format!("/api/v1/interviews/{iv}{tail}"));
    let hd = "decision_maker";

    // (who, method, url, body, status, code)
    let cases = [
        // The interview is the departing owner's to answer, skip, edit
        // and submit: their manager reviews it but does not write it.
        (
            &mgr_a,
            "POST",
            url("/answers"),
            answer.clone(),
            403,
            "forbidden",
        ),
        (&mgr_a, "POST", url("/skip"), json!({}), 403, "forbidden"),
        (
            &mgr_a,
            "PUT",
            url(&format!("/answers/{hd}")),
            edit.clone(),
            403,
            "forbidden",
        ),
        (&mgr_a, "POST", url("/submit"), json!({}), 403, "forbidden"),
        // Strangers: another line's manager, another line's rep, and the
        // successor (who reads the approved knowledge, not the interview).
        (
            &mgr_b,
            "POST",
            url("/answers"),
            answer.clone(),
            404,
            "not_found",
        ),
        (&rep_b, "POST", url("/skip"), json!({}), 404, "not_found"),
        (
            &rep_b,
            "PUT",
            url(&format!("/answers/{hd}")),
            edit.clone(),
            404,
            "not_found",
        ),
        (&mgr_b, "POST", url("/submit"), json!({}), 404, "not_found"),
        (
            &rep_a2,
            "POST",
            url("/answers"),
            answer.clone(),
            404,
            "not_found",
        ),
        (&mgr_b, "POST", url("/approve"), json!({}), 404, "not_found"),
        // Asking about, or reading the questions of, another line's account.
        (
            &mgr_b,
            "POST",
            app.url("/api/v1/accounts/acc-ent/ask"),
            json!({"question": "Who signs?"}),
            404,
            "not_found",
        ),
        (
            &mgr_b,
            "GET",
            app.url("/api/v1/accounts/acc-ent/questions"),
            json!(null),
            404,
            "not_found",
        ),
        (
            &rep_b,
            "GET",
            app.url("/api/v1/accounts/acc-ent/brief"),
            json!(null),
            404,
            "not_found",
        ),
        // The index status is for managers and admins.
        (
            &rep_b,
            "GET",
            app.url("/api/v1/index"),
            json!(null),
            403,
            "forbidden",
        ),
        // A token is minted by its user or an admin, not by their manager.
        (
            &mgr_a,
            "POST",
            app.url("/api/v1/tokens"),
            json!({"user_id": "u-rep-a1", "label": "mine now"}),
            403,
            "forbidden",
        ),
        (
            &rep_b,
            "POST",
            app.url("/api/v1/tokens"),
            json!({"user_id": "u-rep-a1"}),
            403,
            "forbidden",
        ),
    ];
    for (who, method, url, body, status, code) in cases {
        let req = match method {
            "GET" => app.client.get(&url),
            "PUT" => app.client.put(&url).json(&body),
            _ => app.client.post(&url).json(&body),
        };
        let reply = app.send(req.bearer_auth(who)).await;
        assert_eq!(
            (reply.status.as_u16(), reply.body["error"]["code"].as_str()),
            (status, Some(code)),
            "{method} {url}: {}",
            reply.body
        );
    }
    let after = app.interview(&owner, &iv).await;
    assert_eq!(before["turns"], after["turns"], "nothing was written");
    assert_eq!(after["status"], before["status"]);
    let tokens = app.get("/api/v1/tokens", &owner).await.assert_ok().clone();
    assert!(
        !tokens.to_string().contains("mine now"),
        "no token was minted: {tokens}"
    );

    // Completing a departure of another line: not found, still open.
    let departure = app.get("/api/v1/departures", &mgr_a).await.assert_ok()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    app.post(
        &format!("/api/v1/departures/{departure}/complete"),
        &mgr_b,
        &json!({}),
    )
    .await
    .assert_error(404, "not_found");
    let d = app
        .get(&format!("/api/v1/departures/{departure}"), &mgr_a)
        .await;
    assert_eq!(d.assert_ok()["status"], "open");
}

/// A departing user's tokens work through their last day and stop after
/// it, although nobody completed the departure.
async fn a_departing_users_tokens_end_after_the_last_day(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let rep = app.token("u-rep-a1").await;
    app.notice_rep_a1(None).await;
    assert_eq!(
        app.get("/api/v1/me", &rep).await.assert_ok()["status"],
        "departing"
    );
    // The last day comes and goes (notice refuses a past day, so the
    // store is moved instead).
    let yesterday = crate::support::today() - chrono::Duration::days(1);
    baton::with_db!(&app.state().db, pool => {
        sqlx::query("UPDATE departures SET last_day = $1 WHERE user_id = $2")
            .bind(yesterday)
            .bind("u-rep-a1")
            .execute(pool)
            .await
            .unwrap();
    });
    app.get("/api/v1/me", &rep)
        .await
        .assert_error(401, "unauthorized");
    let admin = app.token("u-admin").await;
    let listed = app.get("/api/v1/tokens", &admin).await.assert_ok().clone();
    assert!(
        listed
            .as_array()
            .unwrap()
            .iter()
            .filter(|t| t["user_id"] == "u-rep-a1")
            .all(|t| t["active"] == false),
        "{listed}"
    );
}

both_backends!(
    each_action_stays_with_its_people,
    a_departing_users_tokens_end_after_the_last_day,
    visibility_follows_role_and_reporting_line,
    accounts_filter_and_page,
    bad_and_revoked_tokens_are_refused,
    departed_users_tokens_stop_working,
);
