//! Browser sign-in over HTTP: a token or a one-time link exchanged for an
//! HttpOnly, SameSite=Strict session cookie; the cookie reads freely but
//! changes nothing without the session's CSRF token; a session is not a
//! bearer token and an API token is not a cookie; sign-out and a departure
//! end it; a link works once.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{spawn, Backend, Reply, TestApp};

/// Exchanges `credential` for a session: the cookie's value and the reply.
async fn open(app: &TestApp, credential: &Value) -> (Option<String>, Reply) {
    let resp = app
        .client
        .post(app.url("/api/v1/session"))
        .json(credential)
        .send()
        .await
        .unwrap();
    let set = resp
        .headers()
        .get("set-cookie")
        .map(|v| v.to_str().unwrap().to_string());
    let cookie = set.as_ref().map(|set| {
        for attribute in ["HttpOnly", "SameSite=Strict", "Path=/", "Max-Age=43200"] {
            assert!(set.contains(attribute), "{attribute} in {set}");
        }
        set.split(';').next().unwrap().to_string()
    });
    (cookie, app.send_response(resp).await)
}

/// A request carrying `cookie` (and `csrf`, when given).
fn with_cookie(
    req: reqwest::RequestBuilder,
    cookie: &str,
    csrf: Option<&str>,
) -> reqwest::RequestBuilder {
    let req = req.header("cookie", format!("theme=dark; {cookie}"));
    match csrf {
        Some(c) => req.header("x-csrf-token", c),
        None => req,
    }
}

async fn a_token_signs_a_browser_in_with_a_cookie_and_csrf(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let token = app.token("u-mgr-a").await;

    // Refused: a dead token, neither or both credentials.
    let (cookie, reply) = open(&app, &json!({"token": format!("bt_{}", "0".repeat(64))})).await;
    reply.assert_error(401, "unauthorized");
    assert!(cookie.is_none());
    open(&app, &json!({}))
        .await
        .1
        .assert_error(422, "validation_failed");
    open(&app, &json!({"token": token, "link": "bt_x"}))
        .await
        .1
        .assert_error(422, "validation_failed");

    let (cookie, reply) = open(&app, &json!({"token": token})).await;
    let cookie = cookie.expect("a session cookie");
    let info = reply.assert_ok().clone();
    assert_eq!(info["user"]["id"], "u-mgr-a");
    let csrf = info["csrf_token"].as_str().unwrap().to_string();
    assert!(info["expires_at"].is_string());

    // Reads need only the cookie; the session tells the page its CSRF token.
    let me = app
        .send(with_cookie(
            app.client.get(app.url("/api/v1/session")),
            &cookie,
            None,
        ))
        .await;
    assert_eq!(me.assert_ok()["csrf_token"], csrf.as_str());
    let accounts = app
        .send(with_cookie(
            app.client.get(app.url("/api/v1/accounts")),
            &cookie,
            None,
        ))
        .await;
    assert!(accounts.assert_ok()["total"].as_u64().unwrap() > 0);

    // A change needs the CSRF token: without it or with another, nothing
    // happens.
    let notice = json!({"user_id": "u-rep-a1", "last_day": crate::support::in_days(20)});
    let post = || app.client.post(app.url("/api/v1/departures")).json(&notice);
    for wrong in [None, Some("0".repeat(64).as_str()), Some("")] {
        app.send(with_cookie(post(), &cookie, wrong))
            .await
            .assert_error(403, "csrf_failed");
    }
    assert!(app
        .get("/api/v1/departures", &token)
        .await
        .assert_ok()
        .as_array()
        .unwrap()
        .is_empty());
    let given = app.send(with_cookie(post(), &cookie, Some(&csrf))).await;
    assert_eq!(given.status.as_u16(), 201, "{}", given.body);

    // The session is no bearer token, and a token is no cookie.
    let secret = cookie.split_once('=').unwrap().1.to_string();
    app.get("/api/v1/me", &secret)
        .await
        .assert_error(401, "unauthorized");
    app.send(with_cookie(
        app.client.get(app.url("/api/v1/me")),
        &format!("baton_session={token}"),
        None,
    ))
    .await
    .assert_error(401, "unauthorized");
    // With a bearer token, the session endpoint says who, with no CSRF
    // token, and signing out ends nothing.
    let by_bearer = app.get("/api/v1/session", &token).await;
    assert!(by_bearer.assert_ok()["csrf_token"].is_null());

    // The session is listed among the user's tokens, as a session.
    let listed = app.get("/api/v1/tokens", &token).await;
    let sessions: Vec<&Value> = listed
        .assert_ok()
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["kind"] == "session")
        .collect();
    assert_eq!(sessions.len(), 1, "{}", listed.body);

    // Signing out needs the CSRF token too, then ends the session.
    let out = || app.client.delete(app.url("/api/v1/session"));
    app.send(with_cookie(out(), &cookie, None))
        .await
        .assert_error(403, "csrf_failed");
    let resp = with_cookie(out(), &cookie, Some(&csrf))
        .send()
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 204);
    let cleared = resp.headers()["set-cookie"].to_str().unwrap().to_string();
    assert!(cleared.starts_with("baton_session=;") && cleared.contains("Max-Age=0"));
    app.send(with_cookie(
        app.client.get(app.url("/api/v1/me")),
        &cookie,
        None,
    ))
    .await
    .assert_error(401, "unauthorized");
    app.get("/api/v1/me", &token).await.assert_ok();
}

async fn a_sign_in_link_works_once_for_whom_it_was_made(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let rep = app.token("u-rep-a1").await;

    // Anyone for themselves, an admin for anyone; nobody else.
    app.post(
        "/api/v1/session/links",
        &rep,
        &json!({"user_id": "u-rep-a2"}),
    )
    .await
    .assert_error(403, "forbidden");
    app.post(
        "/api/v1/session/links",
        &admin,
        &json!({"user_id": "u-nobody"}),
    )
    .await
    .assert_error(404, "not_found");
    let made = app
        .post(
            "/api/v1/session/links",
            &admin,
            &json!({"user_id": "u-rep-a1"}),
        )
        .await;
    assert_eq!(made.status.as_u16(), 201, "{}", made.body);
    let link = made.body["link"].as_str().unwrap();
    let secret = link
        .strip_prefix("/#signin=")
        .expect("a link into the page");

    // The link is no bearer token, and no session cookie.
    app.get("/api/v1/me", secret)
        .await
        .assert_error(401, "unauthorized");
    // A link is not a token to exchange either.
    open(&app, &json!({"token": secret}))
        .await
        .1
        .assert_error(401, "unauthorized");
    let (cookie, reply) = open(&app, &json!({"link": secret})).await;
    assert_eq!(reply.assert_ok()["user"]["id"], "u-rep-a1");
    assert!(cookie.is_some());
    let (again, reply) = open(&app, &json!({"link": secret})).await;
    reply.assert_error(401, "unauthorized");
    assert!(again.is_none(), "a link works once");

    // A departure ends the user's sessions with their tokens.
    app.notice_rep_a1(None).await;
    let mgr = app.token("u-mgr-a").await;
    let departure = app.departure_id(&mgr).await;
    app.complete_departure(&mgr, &departure).await;
    app.send(with_cookie(
        app.client.get(app.url("/api/v1/session")),
        &cookie.unwrap(),
        None,
    ))
    .await
    .assert_error(401, "unauthorized");
    app.post(
        "/api/v1/session/links",
        &admin,
        &json!({"user_id": "u-rep-a1"}),
    )
    .await
    .assert_error(409, "user_departed");
}

both_backends!(
    a_token_signs_a_browser_in_with_a_cookie_and_csrf,
    a_sign_in_link_works_once_for_whom_it_was_made
);
