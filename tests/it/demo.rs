//! The demo team: imports on both backends, every printed token works, and
//! the story it tells (a rep with a close renewal and a big deal) plans as
//! the README says.

use serde_json::json;

use crate::both_backends;
use crate::support::{in_days, spawn, today, Backend};
use baton::users::Role;

async fn demo_seeds_a_team_whose_tokens_work(backend: Backend) {
    let app = spawn(backend).await;
    let seeded = baton::demo::seed(&app.state().db, today())
        .await
        .expect("demo seeds");
    assert!(
        seeded.summary.accounts.created >= 12,
        "{:?}",
        seeded.summary
    );
    assert!(seeded.users.len() >= 9);
    for role in [Role::Admin, Role::Manager, Role::Rep] {
        assert!(
            seeded.users.iter().any(|u| u.role == role),
            "a {role:?} in the demo"
        );
    }
    for u in &seeded.users {
        let me = app.get("/api/v1/me", &u.token).await;
        assert_eq!(me.assert_ok()["id"], u.id.as_str());
    }

    // The first rep's manager gives notice: one interview per account, and
    // the close renewal or big deal raises at least one tier.
    let rep = seeded
        .users
        .iter()
        .find(|u| u.role == Role::Rep && u.manager_id.is_some())
        .expect("a rep with a manager");
    let manager = seeded
        .users
        .iter()
        .find(|u| Some(&u.id) == rep.manager_id.as_ref())
        .expect("their manager has a token");
    let owned = app
        .get(
            &format!("/api/v1/accounts?owner_id={}", rep.id),
            &manager.token,
        )
        .await;
    let owned = owned.assert_ok()["total"].as_u64().unwrap();
    assert!(owned >= 3, "the demo's departing rep owns several accounts");
    // The account the printed ask example names is one of theirs, and the
    // manager's ask there is answered.
    let (account, _) = seeded
        .accounts
        .iter()
        .find(|(_, owner)| *owner == rep.id)
        .expect("the rep owns an account in the bundle");
    app.index_now().await;
    let reply = app
        .post(
            &format!("/api/v1/accounts/{account}/ask"),
            &manager.token,
            &json!({"question": "Who signs the renewal?"}),
        )
        .await;
    assert!(reply.assert_ok()["answer"].is_string());
    let notice = app
        .post(
            "/api/v1/departures",
            &manager.token,
            &json!({"user_id": rep.id, "last_day": in_days(14)}),
        )
        .await;
    assert_eq!(notice.status.as_u16(), 201, "{}", notice.body);
    let interviews = notice.body["interviews"].as_array().unwrap();
    assert_eq!(interviews.len() as u64, owned);
    assert!(
        interviews
            .iter()
            .any(|i| !i["raised_because"].as_array().unwrap().is_empty()),
        "a raised tier in the demo: {interviews:?}"
    );

    // Seeding again updates in place and still hands out working tokens,
    // except to whoever has departed.
    let again = baton::demo::seed(&app.state().db, today())
        .await
        .expect("demo seeds again");
    assert_eq!(again.summary.accounts.created, 0);
    assert_eq!(again.users.len(), seeded.users.len());
}

both_backends!(demo_seeds_a_team_whose_tokens_work);
