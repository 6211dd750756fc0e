//! The manager's dashboard over HTTP: what each caller sees of their line,
//! each reason an account is at risk, departures in progress, accounts left
//! without an owner, and the ARR at stake.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account_mut, in_days, spawn, team_bundle, Backend};

/// The reasons listed for `account`, or `None` when it is not at risk.
fn reasons_of(dashboard: &Value, account: &str) -> Option<Vec<String>> {
    dashboard["at_risk"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["account_id"] == account)
        .map(|a| {
            a["reasons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| r.as_str().unwrap().to_string())
                .collect()
        })
}

async fn the_dashboard_shows_risk_in_the_callers_line(backend: Backend) {
    // Planted on acc-mid-121: the renewal in 30 days, Pat Doe's strength
    // unknown and nobody else on record.
    let mut planted = team_bundle();
    let account = account_mut(&mut planted, "acc-mid-121");
    account["renewal_date"] = json!(in_days(30));
    account["contacts"].as_array_mut().unwrap().truncate(1);
    account["contacts"][0]
        .as_object_mut()
        .unwrap()
        .remove("relationship_strength");
    account["activities"][1]["contact_ids"] = json!(["c-acc-mid-121-1"]);
    let app = spawn(backend).await;
    app.import(&planted).await;
    app.index_now().await;
    let url = "/api/v1/dashboard";
    let mgr = app.token("u-mgr-a").await;
    let board = app.get(url, &mgr).await.assert_ok().clone();
    assert_eq!(board["as_of"], json!(in_days(0)));
    assert_eq!(board["accounts"], 6, "manager A's line: {board}");
    assert_eq!(board["arr"], 1_420_000.0);
    assert_eq!(board["departures"], json!([]));
    assert_eq!(
        reasons_of(&board, "acc-mid-121").unwrap(),
        [
            "renewal_soon_uncaptured",
            "weak_economic_buyer",
            "weak_champion",
            "single_threaded",
            "owner_concentration"
        ]
    );
    // Rep A1 holds 1,360,000 of the 1,420,000 in view.
    assert_eq!(
        reasons_of(&board, "acc-ent").unwrap(),
        ["owner_concentration"]
    );
    assert_eq!(reasons_of(&board, "acc-a2"), None);
    assert_eq!(board["at_risk_count"], 5);
    assert_eq!(board["arr_at_risk"]["total"], 1_360_000.0);
    let by_reason = &board["arr_at_risk"]["by_reason"];
    assert_eq!(by_reason["renewal_soon_uncaptured"], 200_000.0);
    assert_eq!(by_reason["owner_concentration"], 1_360_000.0);
    assert_eq!(by_reason["no_successor"], 0.0);
    // The largest ARR first; the limit cuts the list, not the totals.
    let first = app.get(&format!("{url}?limit=1"), &mgr).await;
    let first = first.assert_ok();
    assert_eq!(first["at_risk"].as_array().unwrap().len(), 1);
    assert_eq!(first["at_risk"][0]["account_id"], "acc-ent");
    assert_eq!(first["at_risk_count"], 5);
    for bad in ["0", "1001", "many"] {
        app.get(&format!("{url}?limit={bad}"), &mgr)
            .await
            .assert_error(400, "invalid_query");
    }

    // Each caller sees their line: a rep their own accounts (one owner in
    // view: no concentration), the other manager theirs, an admin all.
    let rep = app.get(url, &app.token("u-rep-a2").await).await;
    assert_eq!(rep.assert_ok()["accounts"], 1);
    assert_eq!(rep.body["at_risk"], json!([]));
    let other = app.get(url, &app.token("u-mgr-b").await).await;
    assert_eq!(other.assert_ok()["accounts"], 1);
    assert_eq!(reasons_of(&other.body, "acc-mid-121"), None);
    let admin = app.get(url, &app.token("u-admin").await).await;
    assert_eq!(admin.assert_ok()["accounts"], 7);

    // Notice with no successor: the departure in progress, by tier, and
    // every account of the leaving rep flagged.
    app.notice_rep_a1(None).await;
    let board = app.get(url, &mgr).await.assert_ok().clone();
    let departures = board["departures"].as_array().unwrap();
    assert_eq!(departures.len(), 1, "{board}");
    assert_eq!(departures[0]["user_id"], "u-rep-a1");
    assert_eq!(departures[0]["days_left"], 20);
    let planned: u64 = departures[0]["tiers"]
        .as_object()
        .unwrap()
        .values()
        .map(|t| t["planned"].as_u64().unwrap())
        .sum();
    assert_eq!(planned, 5);
    assert_eq!(departures[0]["tiers"]["enterprise"]["approved"], 0);
    for id in [
        "acc-ent",
        "acc-mid-120",
        "acc-mid-121",
        "acc-smb-opp",
        "acc-smb-small",
    ] {
        assert!(
            reasons_of(&board, id)
                .unwrap()
                .contains(&"no_successor".into()),
            "{id}: {board}"
        );
    }
    assert_eq!(
        board["arr_at_risk"]["by_reason"]["no_successor"],
        1_360_000.0
    );

    // A question the clone cannot answer stays open on the account.
    let asked = app
        .post(
            "/api/v1/accounts/acc-a2/ask",
            &mgr,
            &json!({"question": "Which parking garage do their auditors use on site visits?"}),
        )
        .await;
    assert_eq!(asked.assert_ok()["abstained"], true, "{}", asked.body);
    let board = app.get(url, &mgr).await.assert_ok().clone();
    assert_eq!(reasons_of(&board, "acc-a2").unwrap(), ["open_questions"]);

    // The departure completes with nobody named: the accounts are listed
    // as unassigned, never lost, and no longer counted at risk.
    let id = app.departure_id(&mgr).await;
    app.complete_departure(&mgr, &id).await;
    let board = app.get(url, &mgr).await.assert_ok().clone();
    let unassigned: Vec<&str> = board["unassigned"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| {
            assert_eq!(u["former_owner_id"], "u-rep-a1");
            u["account_id"].as_str().unwrap()
        })
        .collect();
    // The largest ARR first, then by name ("Company acc-mid-121" before
    // "Mid renewing in 120 days").
    assert_eq!(
        unassigned,
        [
            "acc-ent",
            "acc-mid-121",
            "acc-mid-120",
            "acc-smb-opp",
            "acc-smb-small"
        ]
    );
    assert_eq!(board["departures"], json!([]));
    assert_eq!(board["at_risk_count"], 1);
}

/// The contact summary each account keeps for the dashboard follows
/// imports: a later import that moves a contact to another account
/// changes the risk of both, although the account it left is not in that
/// import.
async fn a_contact_moved_by_an_import_changes_both_accounts(backend: Backend) {
    let app = spawn(backend).await;
    let first = team_bundle();
    app.import(&first).await;
    let url = "/api/v1/dashboard";
    let mgr_a = app.token("u-mgr-a").await;
    let mgr_b = app.token("u-mgr-b").await;
    let board = app.get(url, &mgr_a).await.assert_ok().clone();
    assert_eq!(reasons_of(&board, "acc-a2"), None, "{board}");

    // Sam Roe, acc-a2's champion, now shows up under acc-b1 only.
    let mut second = team_bundle();
    let mut b1 = account_mut(&mut second, "acc-b1").clone();
    let sam = account_mut(&mut second, "acc-a2")["contacts"][1].clone();
    assert_eq!(sam["role"], "champion");
    b1["contacts"].as_array_mut().unwrap().push(sam);
    second["accounts"] = json!([b1]);
    app.import(&second).await;

    let board = app.get(url, &mgr_a).await.assert_ok().clone();
    assert_eq!(
        reasons_of(&board, "acc-a2").unwrap(),
        ["weak_champion", "single_threaded"],
        "{board}"
    );
    let board = app.get(url, &mgr_b).await.assert_ok().clone();
    assert_eq!(reasons_of(&board, "acc-b1"), None, "{board}");

    // The first bundle again: Sam is back with acc-a2, and acc-b1 lost him.
    app.import(&first).await;
    let board = app.get(url, &mgr_a).await.assert_ok().clone();
    assert_eq!(reasons_of(&board, "acc-a2"), None, "{board}");
}

both_backends!(
    the_dashboard_shows_risk_in_the_callers_line,
    a_contact_moved_by_an_import_changes_both_accounts
);
