//! Ownership rules and assignment: accounts imported without an owner and
//! accounts whose owner left without a successor get one by the first rule
//! that matches; a dry run changes nothing; every assignment is in the
//! ownership history with its rule, and in the audit log.

use std::path::Path;

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account, in_days, spawn_with, team_bundle, Backend, TestApp};

const RULES: &str = r#"# Ownership rules for the tests.
[[rule]]
name = "emea enterprise"
territory = "EMEA"
segment = "enterprise"
owner = "u-rep-b1"

[[rule]]
name = "everyone else"
pool = ["u-rep-a2", "u-rep-b1"]
strategy = "round_robin"
"#;

/// Accounts nobody owns: one large EMEA one, three small APAC ones.
fn ownerless() -> Value {
    let mut accounts = Vec::new();
    for (id, arr, territory) in [
        ("acc-x1", 900_000.0, "EMEA"),
        ("acc-x2", 40_000.0, "APAC"),
        ("acc-x3", 30_000.0, "APAC"),
        ("acc-x4", 20_000.0, "APAC"),
    ] {
        let mut a = account(id, "u-rep-a1", arr, None, &in_days(200));
        a.as_object_mut().unwrap().remove("owner_id");
        a["territory"] = json!(territory);
        a["activities"] = json!([]);
        accounts.push(a);
    }
    json!({"format": "baton-bundle/v1", "users": [], "accounts": accounts})
}

async fn spawn_with_rules(backend: Backend, dir: &Path) -> TestApp {
    let file = dir.join("rules.toml");
    std::fs::write(&file, RULES).unwrap();
    spawn_with(backend, |c| c.ownership_rules = Some(file), None)
        .await
        .with_team()
        .await
}

fn moves(report: &Value) -> Vec<(String, String, String)> {
    report["assigned"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| {
            (
                a["account_id"].as_str().unwrap().to_string(),
                a["to_user_id"].as_str().unwrap().to_string(),
                a["rule"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn m(account: &str, to: &str, rule: &str) -> (String, String, String) {
    (account.into(), to.into(), rule.into())
}

async fn rules_assign_the_unassigned_and_a_dry_run_changes_nothing(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let app = spawn_with_rules(backend, dir.path()).await;
    let summary = app.import(&ownerless()).await;
    assert_eq!(summary.unassigned, 4);
    let admin = app.token("u-admin").await;
    let manager = app.token("u-mgr-a").await;
    let rep = app.token("u-rep-a1").await;

    // They are listed unassigned, to admins only: nobody's line holds them.
    let x1 = app.get("/api/v1/accounts/acc-x1", &admin).await;
    assert_eq!(x1.assert_ok()["owner_id"], Value::Null);
    app.get("/api/v1/accounts/acc-x1", &manager)
        .await
        .assert_error(404, "not_found");
    let dash = app.get("/api/v1/dashboard", &admin).await;
    let unassigned = dash.assert_ok()["unassigned"].as_array().unwrap().clone();
    assert_eq!(unassigned.len(), 4, "{unassigned:?}");
    assert_eq!(unassigned[0]["account_id"], "acc-x1");
    assert_eq!(unassigned[0]["former_owner_id"], Value::Null);
    assert_eq!(unassigned[0]["days_unassigned"], 0);

    // Reps may not assign, not even a dry run.
    app.post("/api/v1/assign?dry_run=true", &rep, &json!({}))
        .await
        .assert_error(403, "forbidden");

    // The dry run: first match wins, the pool takes turns, largest first.
    let planned = [
        m("acc-x1", "u-rep-b1", "emea enterprise"),
        m("acc-x2", "u-rep-a2", "everyone else"),
        m("acc-x3", "u-rep-b1", "everyone else"),
        m("acc-x4", "u-rep-a2", "everyone else"),
    ];
    let dry = app
        .post("/api/v1/assign?dry_run=true", &admin, &json!({}))
        .await;
    assert_eq!(dry.assert_ok()["dry_run"], true);
    assert_eq!(moves(&dry.body), planned);
    assert!(dry.body["unmatched"].as_array().unwrap().is_empty());
    // …and changed nothing: twice gives the same plan, nobody owns them.
    let again = app
        .post("/api/v1/assign?dry_run=true", &admin, &json!({}))
        .await;
    assert_eq!(moves(again.assert_ok()), planned);
    let x1 = app.get("/api/v1/accounts/acc-x1", &admin).await;
    assert_eq!(x1.assert_ok()["owner_id"], Value::Null);
    assert!(x1.body["ownership_history"].as_array().unwrap().is_empty());

    // A manager sees none of them: accounts nobody owns are an admin's.
    let theirs = app
        .post("/api/v1/assign?dry_run=true", &manager, &json!({}))
        .await;
    assert!(theirs.assert_ok()["assigned"]
        .as_array()
        .unwrap()
        .is_empty());

    // The run does what the dry run said; each move is in the history
    // with its rule, and in the audit log.
    let done = app.post("/api/v1/assign", &admin, &json!({})).await;
    assert_eq!(done.assert_ok()["dry_run"], false);
    assert_eq!(moves(&done.body), planned);
    for (id, to, rule) in &planned {
        let a = app.get(&format!("/api/v1/accounts/{id}"), &admin).await;
        assert_eq!(a.assert_ok()["owner_id"], json!(to));
        let history = a.body["ownership_history"].as_array().unwrap();
        assert_eq!(history.len(), 1, "{history:?}");
        assert_eq!(history[0]["from_user_id"], Value::Null);
        assert_eq!(history[0]["to_user_id"], json!(to));
        assert_eq!(history[0]["changed_by"], "u-admin");
        assert_eq!(history[0]["rule"], json!(rule));
    }
    let audit = app
        .get("/api/v1/audit?kind=account_assigned&limit=50", &admin)
        .await;
    let entries = audit.assert_ok().as_array().unwrap();
    assert_eq!(entries.len(), 4, "{entries:?}");
    assert!(entries
        .iter()
        .any(|e| e["account_id"] == "acc-x1" && e["detail"]["rule"] == "emea enterprise"));
    // The new owner works it now: nothing is left to assign.
    let dash = app.get("/api/v1/dashboard", &admin).await;
    assert!(dash.assert_ok()["unassigned"]
        .as_array()
        .unwrap()
        .is_empty());
    let nothing = app.post("/api/v1/assign", &admin, &json!({})).await;
    assert!(nothing.assert_ok()["assigned"]
        .as_array()
        .unwrap()
        .is_empty());

    // u-rep-a1 leaves with no successor: their accounts are parked with
    // their manager, who assigns them over their line. The pool's turn
    // goes on where it stopped (acc-x4 went to u-rep-a2).
    app.notice_rep_a1(None).await;
    let departure = app.departure_id(&manager).await;
    app.complete_departure(&manager, &departure).await;
    let dry = app
        .post("/api/v1/assign?dry_run=true", &manager, &json!({}))
        .await;
    let planned = moves(dry.assert_ok());
    let parked = team_bundle()["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["owner_id"] == "u-rep-a1")
        .count();
    assert_eq!(planned.len(), parked, "{}", dry.body);
    // acc-ent is EMEA and enterprise: the first rule's.
    assert!(planned.contains(&m("acc-ent", "u-rep-b1", "emea enterprise")));
    let pool: Vec<&str> = planned
        .iter()
        .filter(|(_, _, rule)| rule == "everyone else")
        .map(|(_, to, _)| to.as_str())
        .collect();
    assert_eq!(pool[0], "u-rep-b1", "{planned:?}");
    for pair in pool.windows(2) {
        assert_ne!(pair[0], pair[1], "the pool takes turns: {pool:?}");
    }
    for a in dry.body["assigned"].as_array().unwrap() {
        assert_eq!(a["from_user_id"], "u-mgr-a");
    }
    let done = app.post("/api/v1/assign", &manager, &json!({})).await;
    assert_eq!(moves(done.assert_ok()), planned);
    let ent = app.get("/api/v1/accounts/acc-ent", &admin).await;
    let history = ent.assert_ok()["ownership_history"].as_array().unwrap();
    let last = history.last().unwrap();
    assert_eq!(last["from_user_id"], "u-mgr-a");
    assert_eq!(last["to_user_id"], "u-rep-b1");
    assert_eq!(last["changed_by"], "u-mgr-a");
    assert!(last["reason"].as_str().unwrap().contains("emea enterprise"));
}

/// Without a rules file, assignment says so; a rule naming someone who
/// left leaves its accounts unassigned with the reason.
async fn assignment_needs_rules_and_active_owners(backend: Backend) {
    let app = spawn_with(backend, |_| {}, None).await.with_team().await;
    let admin = app.token("u-admin").await;
    app.post("/api/v1/assign?dry_run=true", &admin, &json!({}))
        .await
        .assert_error(409, "no_ownership_rules");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rules.toml");
    std::fs::write(&file, "[[rule]]\nname = \"gone\"\nowner = \"u-rep-a1\"\n").unwrap();
    let app = spawn_with(backend, |c| c.ownership_rules = Some(file), None)
        .await
        .with_team()
        .await;
    app.import(&ownerless()).await;
    app.notice_rep_a1(Some("u-rep-a2")).await;
    let admin = app.token("u-admin").await;
    let dry = app
        .post("/api/v1/assign?dry_run=true", &admin, &json!({}))
        .await;
    assert!(dry.assert_ok()["assigned"].as_array().unwrap().is_empty());
    let why: Vec<&str> = dry.body["unmatched"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["reason"].as_str().unwrap())
        .collect();
    assert_eq!(why.len(), 4);
    assert!(
        why.iter()
            .all(|w| *w == "rule \"gone\" (line 1) names no active user (u-rep-a1 is departing)"),
        "{why:?}"
    );

    // By hand: an admin gives an account nobody owns to someone; a
    // manager does not see it.
    let manager = app.token("u-mgr-a").await;
    let give = json!({"to_user_id": "u-rep-a2", "reason": "knows the customer"});
    app.post("/api/v1/accounts/acc-x2/transfer", &manager, &give)
        .await
        .assert_error(404, "not_found");
    let moved = app
        .post("/api/v1/accounts/acc-x2/transfer", &admin, &give)
        .await;
    assert_eq!(moved.assert_ok()["from_user_id"], Value::Null);
    let x2 = app.get("/api/v1/accounts/acc-x2", &admin).await;
    assert_eq!(x2.assert_ok()["owner_id"], "u-rep-a2");
    let history = x2.body["ownership_history"].as_array().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0]["from_user_id"], Value::Null);
    assert_eq!(history[0]["rule"], Value::Null);
    assert_eq!(history[0]["reason"], "knows the customer");
    let audit = app
        .get(
            "/api/v1/audit?kind=account_transferred&account_id=acc-x2",
            &admin,
        )
        .await;
    assert_eq!(audit.assert_ok().as_array().unwrap().len(), 1);
}

both_backends!(
    rules_assign_the_unassigned_and_a_dry_run_changes_nothing,
    assignment_needs_rules_and_active_owners,
    least_arr_reads_what_each_member_owns
);

/// A rules file is checked at start: an error names the file and line.
#[tokio::test]
async fn a_bad_rules_file_stops_the_start_naming_file_and_line() {
    let (mut config, dir, _pg) = crate::support::fresh_config(Backend::Sqlite).await;
    let file = dir.path().join("rules.toml");
    std::fs::write(
        &file,
        "[[rule]]\nname = \"north\"\nowner = \"u-north\"\npool = [\"u-a\"]\n",
    )
    .unwrap();
    config.ownership_rules = Some(file.clone());
    let Err(err) = baton::app::Application::build(config).await else {
        panic!("a bad rules file must stop the start")
    };
    let said = baton::ErrorChain(&err as &(dyn std::error::Error + 'static)).to_string();
    assert!(
        said.contains(&format!("ownership rules {}:1:", file.display())),
        "{said}"
    );
    assert!(said.contains("not both"), "{said}");
}

/// A least-ARR pool reads what each member owns in the store, and counts
/// what it gives as it goes.
async fn least_arr_reads_what_each_member_owns(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rules.toml");
    std::fs::write(
        &file,
        "[[rule]]\nname = \"even\"\npool = [\"u-rep-a2\", \"u-rep-b1\"]\nstrategy = \"least_arr\"\n",
    )
    .unwrap();
    let app = spawn_with(backend, |c| c.ownership_rules = Some(file), None)
        .await
        .with_team()
        .await;
    app.import(&ownerless()).await;
    let admin = app.token("u-admin").await;
    // u-rep-a2 owns 60,000, u-rep-b1 10,000: b1 takes the 900,000 one,
    // then a2 is the lighter for the rest.
    let dry = app
        .post("/api/v1/assign?dry_run=true", &admin, &json!({}))
        .await;
    assert_eq!(
        moves(dry.assert_ok()),
        [
            m("acc-x1", "u-rep-b1", "even"),
            m("acc-x2", "u-rep-a2", "even"),
            m("acc-x3", "u-rep-a2", "even"),
            m("acc-x4", "u-rep-a2", "even"),
        ]
    );
}
