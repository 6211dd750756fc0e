//! The knowledge clone over HTTP, deterministic path: review and lock,
//! versions and staleness, who may ask, the account filter, abstention and
//! the open questions, record items following imports, rebuilding the
//! index, the brief.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account, in_days, spawn, team_bundle, user, Backend, TestApp};

/// Answers every planned prompt of `interview` with `answers` (by question
/// id, skipping the rest and every follow-up), then submits.
pub async fn answer_and_submit(
    app: &TestApp,
    token: &str,
    interview: &str,
    answers: &[(&str, &str)],
) {
    let mut done = Vec::new();
    for _ in 0..60 {
        let iv = app.interview(token, interview).await;
        let p = &iv["current_prompt"];
        if p.is_null() {
            break;
        }
        let q = p["question_id"].as_str().unwrap().to_string();
        match answers.iter().find(|(id, _)| *id == q) {
            Some((_, text)) if p["kind"] == "question" && !done.contains(&q) => {
                app.answer(token, interview, &q, text).await;
                done.push(q);
            }
            _ => {
                app.post(
                    &format!("/api/v1/interviews/{interview}/skip"),
                    token,
                    &json!({}),
                )
                .await
                .assert_ok();
            }
        }
    }
    for (q, text) in answers {
        if !done.iter().any(|d| d == q) {
            app.answer(token, interview, q, text).await;
        }
    }
    app.post(
        &format!("/api/v1/interviews/{interview}/submit"),
        token,
        &json!({}),
    )
    .await
    .assert_ok();
}

pub const DECIDES: &str = "Pat Doe signs, but Morgan Lake in procurement decides. Morgan cares about the uplift cap and hates surprises.";
pub const PROMISE: &str =
    "I promised Sam a free onboarding workshop in March; it is not in the contract.";

/// Notice for u-rep-a1 with u-rep-a2 as successor; acc-ent answered,
/// submitted and approved by u-mgr-a. Returns the interview id.
pub async fn approved_enterprise(app: &TestApp) -> String {
    approved_enterprise_with(
        app,
        &[("decision_maker", DECIDES), ("hidden_commitments", PROMISE)],
    )
    .await
}

/// The same, with these answers (by question id).
async fn approved_enterprise_with(app: &TestApp, answers: &[(&str, &str)]) -> String {
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let mgr = app.token("u-mgr-a").await;
    let id = ids["acc-ent"].clone();
    answer_and_submit(app, &rep, &id, answers).await;
    app.approve(&mgr, &id).await;
    id
}

/// Waits until no one holds the index (the stopped app's last tasks let go).
async fn wait_until_unlocked(lock: &std::path::Path) {
    let file = std::fs::File::open(lock).unwrap();
    for _ in 0..200 {
        if file.try_lock().is_ok() {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the index stayed locked");
}

pub async fn ask(app: &TestApp, token: &str, account: &str, question: &str) -> Value {
    app.post(
        &format!("/api/v1/accounts/{account}/ask"),
        token,
        &json!({ "question": question }),
    )
    .await
    .assert_ok()
    .clone()
}

fn cites(reply: &Value, kind: &str, field: &str, value: &str) -> bool {
    reply["citations"]
        .as_array()
        .unwrap()
        .iter()
        .any(|c| c["kind"] == kind && c[field] == value)
}

/// Approval locks the answers and makes them searchable at once; the
/// successor's question is answered from them, with citations.
async fn approval_makes_answers_searchable(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let mgr = app.token("u-mgr-a").await;
    let successor = app.token("u-rep-a2").await;
    let id = &ids["acc-ent"];
    answer_and_submit(&app, &rep, id, &[("decision_maker", DECIDES)]).await;

    // The owner may not approve their own interview; nor may a stranger see it.
    app.post(
        &format!("/api/v1/interviews/{id}/approve"),
        &rep,
        &json!({}),
    )
    .await
    .assert_error(403, "forbidden");
    let other = app.token("u-mgr-b").await;
    app.post(
        &format!("/api/v1/interviews/{id}/approve"),
        &other,
        &json!({}),
    )
    .await
    .assert_error(404, "not_found");

    let approved = app
        .post(
            &format!("/api/v1/interviews/{id}/approve"),
            &mgr,
            &json!({}),
        )
        .await;
    let body = approved.assert_ok();
    assert_eq!(body["interview"]["status"], "approved");
    assert_eq!(body["versions"][0]["question_id"], "decision_maker");
    assert_eq!(body["versions"][0]["version"], 1);
    // Approving twice is a conflict, and changes nothing.
    app.post(
        &format!("/api/v1/interviews/{id}/approve"),
        &mgr,
        &json!({}),
    )
    .await
    .assert_error(409, "not_submitted");

    let reply = ask(
        &app,
        &successor,
        "acc-ent",
        "Who really makes the call on the renewal?",
    )
    .await;
    assert_eq!(reply["abstained"], false, "{reply}");
    assert!(
        cites(&reply, "interview", "question_id", "decision_maker"),
        "{reply}"
    );
    let first = &reply["citations"][0];
    assert_eq!(first["account_id"], "acc-ent");
    assert_eq!(first["n"], 1);
    assert!(
        first["excerpt"].as_str().unwrap().contains("Morgan Lake"),
        "{reply}"
    );
    let answer = reply["answer"].as_str().unwrap();
    assert!(
        answer.contains("[1]"),
        "the extractive answer cites: {answer}"
    );
    assert_eq!(reply["answered_by"], "extractive");
}

/// The reviewer edits before approving; after approval an edit makes a new
/// version, and the old text is never cited again.
async fn edits_make_versions_and_old_text_is_never_cited(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let mgr = app.token("u-mgr-a").await;
    let id = &ids["acc-ent"];
    answer_and_submit(
        &app,
        &rep,
        id,
        &[
            ("decision_maker", DECIDES),
            (
                "pricing_story",
                "The discount was traded for a Quixotic reference case study.",
            ),
        ],
    )
    .await;

    // The owner cannot edit once submitted; the manager edits in review.
    app.send(
        app.client
            .put(app.url(&format!("/api/v1/interviews/{id}/answers/pricing_story")))
            .bearer_auth(&rep)
            .json(&json!({"text": "changed"})),
    )
    .await
    .assert_error(403, "forbidden");
    let body = json!({"answers": {"pricing_story": "The discount was traded for a Zephyrine reference case study."}});
    app.post(&format!("/api/v1/interviews/{id}/approve"), &mgr, &body)
        .await
        .assert_ok();

    let old = ask(
        &app,
        &mgr,
        "acc-ent",
        "What did we trade the discount for? The Quixotic case study?",
    )
    .await;
    assert!(
        !old.to_string().contains("Quixotic reference"),
        "text edited before approval is not knowledge: {old}"
    );
    let reply = ask(
        &app,
        &mgr,
        "acc-ent",
        "Why does the account have a discount?",
    )
    .await;
    assert!(
        cites(&reply, "interview", "question_id", "pricing_story"),
        "{reply}"
    );
    assert!(reply.to_string().contains("Zephyrine"), "{reply}");

    // After approval: a new version, the old one kept but no longer searched.
    let edited = app
        .send(
            app.client
                .put(app.url(&format!("/api/v1/interviews/{id}/answers/pricing_story")))
                .bearer_auth(&mgr)
                .json(&json!({"text": "The discount was traded for a Marmalade logo placement."})),
        )
        .await;
    edited.assert_ok();
    let reply = ask(
        &app,
        &mgr,
        "acc-ent",
        "Why does the account have a discount?",
    )
    .await;
    let pricing: Vec<&Value> = reply["citations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["question_id"] == "pricing_story")
        .collect();
    assert_eq!(pricing.len(), 1, "{reply}");
    assert_eq!(pricing[0]["version"], 2);
    assert!(pricing[0]["excerpt"]
        .as_str()
        .unwrap()
        .contains("Marmalade"));
    assert!(
        !reply.to_string().contains("Zephyrine"),
        "the old version is never cited: {reply}"
    );
    let stale = ask(
        &app,
        &mgr,
        "acc-ent",
        "Tell me about the Zephyrine case study",
    )
    .await;
    assert!(
        !stale.to_string().contains("Zephyrine reference"),
        "{stale}"
    );

    // Both versions stay on record.
    let versions = baton::knowledge::store::all_versions(&app.state().db, "acc-ent")
        .await
        .unwrap();
    let pricing: Vec<_> = versions
        .iter()
        .filter(|v| v.question_id == baton::bank::QuestionId::PricingStory)
        .collect();
    assert_eq!(pricing.len(), 2);
    assert!(pricing[0].superseded_at.is_some() && pricing[1].superseded_at.is_none());
}

/// The successor (from notice on), the owner, the manager chain and admins
/// may ask; anyone else gets the reply of an account that does not exist.
async fn only_the_successor_owner_managers_and_admins_may_ask(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    let q = "Who signs?";
    let successor = app.token("u-rep-a2").await;
    let path = "/api/v1/accounts/acc-ent/ask";
    // Before notice, the future successor is a stranger.
    let before = app.post(path, &successor, &json!({"question": q})).await;
    before.assert_error(404, "not_found");
    let missing = app
        .post(
            "/api/v1/accounts/acc-nope/ask",
            &successor,
            &json!({"question": q}),
        )
        .await;
    assert_eq!(
        before.body, missing.body,
        "invisible and missing answer alike"
    );

    approved_enterprise(&app).await;
    for user in ["u-rep-a2", "u-rep-a1", "u-mgr-a", "u-vp", "u-admin"] {
        let t = app.token(user).await;
        app.post(path, &t, &json!({"question": q}))
            .await
            .assert_ok();
        app.get("/api/v1/accounts/acc-ent/brief", &t)
            .await
            .assert_ok();
    }
    for user in ["u-rep-b1", "u-mgr-b"] {
        let t = app.token(user).await;
        let r = app.post(path, &t, &json!({"question": q})).await;
        r.assert_error(404, "not_found");
        assert_eq!(r.body, missing.body);
        app.get("/api/v1/accounts/acc-ent/brief", &t)
            .await
            .assert_error(404, "not_found");
    }
    // The handover list: the successor's own account and u-rep-a1's.
    let list = app.get("/api/v1/knowledge/accounts", &successor).await;
    let mut ids: Vec<String> = list
        .assert_ok()
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    assert_eq!(
        ids,
        vec![
            "acc-a2",
            "acc-ent",
            "acc-mid-120",
            "acc-mid-121",
            "acc-smb-opp",
            "acc-smb-small"
        ]
    );
    let ent = list
        .body
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "acc-ent")
        .unwrap()
        .clone();
    assert_eq!(ent["captured"], 2);
    let stranger = app.token("u-rep-b1").await;
    let theirs = app.get("/api/v1/knowledge/accounts", &stranger).await;
    assert_eq!(theirs.assert_ok().as_array().unwrap().len(), 1);
    // The successor of u-rep-a1 sees only u-rep-a1's accounts.
    app.post(
        "/api/v1/accounts/acc-b1/ask",
        &successor,
        &json!({"question": q}),
    )
    .await
    .assert_error(404, "not_found");
    app.post(path, "bt_not_a_token", &json!({"question": q}))
        .await
        .assert_error(401, "unauthorized");
}

/// A fact planted in one account is never found from any other.
async fn a_fact_in_one_account_is_never_found_from_another(backend: Backend) {
    let app = spawn(backend).await;
    let mut bundle = team_bundle();
    let accounts = bundle["accounts"].as_array_mut().unwrap();
    accounts[0]["activities"].as_array_mut().unwrap().push(json!({
        "id": "a-planted", "kind": "note", "at": "2026-10-20T09:00:00Z",
        "subject": "Vendor summit", "body": "They run the Ravensworth pineapple protocol on every Tuesday shipment."
    }));
    let planted_in = accounts[0]["id"].as_str().unwrap().to_string();
    let ids: Vec<String> = accounts
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    app.import(&bundle).await;
    app.index_now().await;
    let admin = app.token("u-admin").await;
    let q = "What is the Ravensworth pineapple protocol?";
    let home = ask(&app, &admin, &planted_in, q).await;
    assert!(cites(&home, "activity", "id", "a-planted"), "{home}");
    for id in ids.iter().filter(|i| **i != planted_in) {
        let reply = ask(&app, &admin, id, q).await;
        assert!(
            !reply.to_string().contains("Ravensworth pineapple"),
            "{id}: {reply}"
        );
        assert!(!reply.to_string().contains("a-planted"), "{id}: {reply}");
        for c in reply["citations"].as_array().unwrap() {
            assert_eq!(c["account_id"], id.as_str(), "{reply}");
        }
        assert_eq!(reply["abstained"], true, "{id}: {reply}");
    }
}

/// Nothing captured: an honest "not captured", no citations, and the
/// question joins the account's open questions.
async fn unanswerable_questions_abstain_and_become_open_questions(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    approved_enterprise(&app).await;
    let successor = app.token("u-rep-a2").await;
    let reply = ask(
        &app,
        &successor,
        "acc-ent",
        "What is the CEO's favourite football club in Lisbon?",
    )
    .await;
    assert_eq!(reply["abstained"], true, "{reply}");
    assert!(reply["citations"].as_array().unwrap().is_empty());
    assert!(reply["answer"]
        .as_str()
        .unwrap()
        .starts_with("Not captured for this account"));
    ask(&app, &successor, "acc-ent", "Who signs the renewal?").await;

    let mgr = app.token("u-mgr-a").await;
    let open = app.get("/api/v1/accounts/acc-ent/questions", &mgr).await;
    let items = open.assert_ok()["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 1, "{items:?}");
    assert!(items[0]["question"].as_str().unwrap().contains("football"));
    assert_eq!(items[0]["asked_by"], "u-rep-a2");
    let all = app
        .get("/api/v1/accounts/acc-ent/questions?open=false", &mgr)
        .await;
    assert_eq!(all.assert_ok()["items"].as_array().unwrap().len(), 2);
    let brief = app.get("/api/v1/accounts/acc-ent/brief", &mgr).await;
    let open_qs = brief.assert_ok()["open_questions"]
        .as_array()
        .unwrap()
        .clone();
    assert!(open_qs
        .iter()
        .any(|q| q["why"] == "asked" && q["question"].as_str().unwrap().contains("football")));
}

/// Account vocabularies are built ahead of asks and follow what changed:
/// an import rebuilds only the accounts it re-drew, a change in the
/// company's people rebuilds them all, and none is ever stale.
async fn vocabularies_follow_what_changed(backend: Backend) {
    let app = spawn(backend).await;
    let indexer = app.state().knowledge.indexer.clone();
    // The background loop's first pass (on the empty store) ends before
    // anything is imported; the next comes in half a minute, unless woken,
    // and nothing here wakes it: what is warm below is the test's doing.
    for _ in 0..200 {
        if indexer.status().await.unwrap().passes > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(indexer.status().await.unwrap().passes, 1);
    let app = app.with_team().await;
    app.index_now().await;
    let admin = app.token("u-admin").await;
    let ids: Vec<String> = team_bundle()["accounts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["id"].as_str().unwrap().to_string())
        .collect();
    // Which vocabularies are cached, account by account.
    let warm = || -> Vec<(String, bool)> {
        ids.iter()
            .map(|id| (id.clone(), indexer.vocab().is_warm(id)))
            .collect()
    };
    let all = |w: bool| ids.iter().map(|id| (id.clone(), w)).collect::<Vec<_>>();
    indexer.warm_vocabularies().await.unwrap();
    assert_eq!(warm(), all(true));
    assert_eq!(indexer.warm_vocabularies().await.unwrap(), 0, "all warm");
    let q = "What does Zelda Quark expect from the renewal?";
    let before = ask(&app, &admin, "acc-ent", q).await;
    assert_eq!(before["abstained"], true, "{before}");
    assert!(before["not_captured"].to_string().contains("Zelda"));

    // An import of one account: that vocabulary alone is rebuilt.
    let mut one = team_bundle();
    let mut ent = one["accounts"][4].clone();
    assert_eq!(ent["id"], "acc-ent");
    ent["contacts"].as_array_mut().unwrap().push(json!({
        "id": "c-zelda", "name": "Zelda Quark", "title": "COO", "role": "influencer"
    }));
    one["accounts"] = json!([ent]);
    app.import(&one).await;
    app.index_now().await;
    let mut expected = all(true);
    expected
        .iter_mut()
        .find(|(id, _)| id == "acc-ent")
        .unwrap()
        .1 = false;
    assert_eq!(warm(), expected, "that vocabulary alone was let go");
    let after = ask(&app, &admin, "acc-ent", q).await;
    assert!(
        !after["not_captured"].to_string().contains("Zelda"),
        "the new contact is known: {after}"
    );
    assert_eq!(
        indexer.warm_vocabularies().await.unwrap(),
        0,
        "the ask built it"
    );

    // A new colleague: every vocabulary is rebuilt and knows them.
    let mut people = one.clone();
    let mut yannick = user("u-yannick", "rep", Some("u-mgr-a"));
    yannick["name"] = json!("Yannick Osei");
    people["users"].as_array_mut().unwrap().push(yannick);
    app.import(&people).await;
    app.index_now().await;
    // Each is held still, but the roster's stamp moved: the warm-up builds
    // every one again.
    assert_eq!(
        indexer.warm_vocabularies().await.unwrap(),
        ids.len(),
        "each is built again"
    );
    let reply = ask(&app, &admin, "acc-b1", "Has Yannick Osei met them yet?").await;
    assert!(
        !reply["not_captured"].to_string().contains("Yannick"),
        "{reply}"
    );
    assert_eq!(
        indexer.status().await.unwrap().passes,
        1,
        "no background pass ran meanwhile"
    );
    // Let go of the index before the app removes its directory.
    drop(indexer);
}

/// Warming fills the cache up to its budget and never pushes out a
/// vocabulary to make room for another.
async fn warming_stays_within_the_budget(backend: Backend) {
    use baton::knowledge::{store, vocab::Vocabularies};
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    let db = app.state().db.clone();
    let ids = store::accounts_with_chunks(&db).await.unwrap();
    assert!(ids.len() > 3);
    let unbounded = Vocabularies::new(db.clone(), usize::MAX);
    assert!(!unbounded.is_warm(&ids[0]));
    assert_eq!(unbounded.warm(&ids).await.unwrap(), ids.len());
    assert!(ids.iter().all(|id| unbounded.is_warm(id)));
    let size = unbounded.get(&ids[0]).await.unwrap().size();

    let budget = size * 5 / 2;
    let small = Vocabularies::new(db, budget);
    let n = small.warm(&ids).await.unwrap();
    assert!(n >= 1 && n < ids.len(), "{n} of {}", ids.len());
    assert!(small.held() <= budget, "{} of {budget}", small.held());
    let warm: Vec<bool> = ids.iter().map(|id| small.is_warm(id)).collect();
    assert_eq!(
        warm,
        (0..ids.len()).map(|i| i < n).collect::<Vec<_>>(),
        "the first {n} are warm, none of them pushed out, none beyond"
    );
}

/// Record items are indexed at import; one deleted upstream leaves the
/// index with the next import and is never cited again.
async fn record_items_follow_imports(backend: Backend) {
    let app = spawn(backend).await;
    let mut bundle = team_bundle();
    bundle["accounts"][4]["activities"].as_array_mut().unwrap().push(json!({
        "id": "a-sla", "kind": "email", "at": "2026-10-02T09:00:00Z",
        "subject": "SLA credits", "body": "We agreed to a Brightwater SLA credit of 4% for the October outage."
    }));
    app.import(&bundle).await;
    app.index_now().await;
    let admin = app.token("u-admin").await;
    let q = "What SLA credit did we agree after the October outage?";
    let reply = ask(&app, &admin, "acc-ent", q).await;
    assert!(cites(&reply, "activity", "id", "a-sla"), "{reply}");
    assert!(reply.to_string().contains("Brightwater"));

    bundle["accounts"][4]["activities"]
        .as_array_mut()
        .unwrap()
        .pop();
    app.import(&bundle).await;
    app.index_now().await;
    let reply = ask(&app, &admin, "acc-ent", q).await;
    assert!(
        !reply.to_string().contains("a-sla"),
        "deleted upstream, never cited: {reply}"
    );
    assert!(!reply.to_string().contains("Brightwater"), "{reply}");
    let status = app.get("/api/v1/index", &admin).await;
    let s = status.assert_ok();
    assert_eq!(s["pending"], 0);
    assert_eq!(s["removals"], 0);
    assert_eq!(s["engine"], "qdrant-edge");
    assert_eq!(s["engine_version"], baton::index::edge::EDGE_VERSION);
    assert_eq!(
        s["indexing_here"], true,
        "the one instance runs the indexer"
    );
}

/// The store is the source of truth: with the index directory deleted,
/// a restart rebuilds it and nothing is lost.
async fn deleting_the_index_loses_nothing(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    approved_enterprise(&app).await;
    let mgr = app.token("u-mgr-a").await;
    let before = ask(&app, &mgr, "acc-ent", "Who decides the renewal?").await;
    let dir = app.config().data_dir.join("index");
    let app = app.stop().await;
    wait_until_unlocked(&dir.join("baton.lock")).await;
    std::fs::remove_dir_all(&dir).unwrap();
    let app = app.start().await;
    app.index_now().await;
    let after = ask(&app, &mgr, "acc-ent", "Who decides the renewal?").await;
    assert_eq!(
        before["citations"], after["citations"],
        "{before} / {after}"
    );
    assert_eq!(after["abstained"], false);
}

/// The brief: people with what the interview says of them, promises,
/// renewal risk, what not to ask; as JSON and as Markdown.
async fn the_brief_is_built_from_locked_knowledge_and_the_record(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    approved_enterprise(&app).await;
    let successor = app.token("u-rep-a2").await;
    let brief = app.get("/api/v1/accounts/acc-ent/brief", &successor).await;
    let b = brief.assert_ok();
    assert_eq!(b["account_id"], "acc-ent");
    let people = b["people"].as_array().unwrap();
    let pat = people.iter().find(|p| p["name"] == "Pat Doe").unwrap();
    assert_eq!(pat["title"], "CFO");
    assert_eq!(pat["strength"], 3);
    assert!(pat["said"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["text"].as_str().unwrap().contains("Pat Doe signs")));
    let promises = b["promises_outstanding"].as_array().unwrap();
    assert!(
        promises.iter().any(
            |p| p["text"].as_str().unwrap().contains("onboarding workshop")
                && p["source"]["question_id"] == "hidden_commitments"
        ),
        "{promises:?}"
    );
    let answered: Vec<&str> = b["already_answered"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["question_id"].as_str().unwrap())
        .collect();
    assert_eq!(answered, vec!["decision_maker", "hidden_commitments"]);
    assert!(b["open_questions"]
        .as_array()
        .unwrap()
        .iter()
        .any(|q| q["why"] == "not_captured"));
    assert!(b["renewal_risk"]["days_to_renewal"].as_i64().unwrap() > 300);
    assert!(b["summary"].is_null(), "no model, no summary");
    assert!(b["pricing_story"]
        .as_array()
        .unwrap()
        .iter()
        .any(|l| l["source"]["kind"] == "account"));

    let md = app
        .send(
            app.client
                .get(app.url("/api/v1/accounts/acc-ent/brief?format=md"))
                .bearer_auth(&successor),
        )
        .await;
    assert_eq!(md.status.as_u16(), 200);
    let text = md.text.clone();
    assert!(
        text.starts_with("# First-call brief: Company acc-ent"),
        "{text}"
    );
    for heading in [
        "## People",
        "## Promises outstanding",
        "## Renewal risk",
        "## Open questions",
        "## Already answered",
    ] {
        assert!(text.contains(heading), "{heading} in {text}");
    }
    app.get("/api/v1/accounts/acc-ent/brief?format=pdf", &successor)
        .await
        .assert_error(400, "invalid_query");
}

/// The brief lists open opportunities by the same rule that sets interview
/// tiers (`closed_stages` in tiers.toml): "Closed Won" is closed there and
/// here, whatever its case.
async fn the_brief_and_the_plan_agree_on_which_opportunities_are_open(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let admin = app.token("u-admin").await;
    let brief = app
        .get("/api/v1/accounts/acc-smb-small/brief", &admin)
        .await;
    let open: Vec<&str> = brief.assert_ok()["renewal_risk"]["open_opportunities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["source"]["id"].as_str().unwrap())
        .collect();
    assert_eq!(open, vec!["o-smb-small", "o-smb-late"]);
}

/// The account changes hands again: the next interview starts from what
/// the first one captured, and what it locks supersedes it.
async fn a_second_handoff_starts_from_what_was_captured(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    approved_enterprise(&app).await;
    let mgr = app.token("u-mgr-a").await;
    let deps = app.get("/api/v1/departures", &mgr).await;
    let dep = deps.assert_ok()[0]["id"].as_str().unwrap().to_string();
    app.post(
        &format!("/api/v1/departures/{dep}/complete"),
        &mgr,
        &json!({}),
    )
    .await
    .assert_ok();
    // u-rep-a2 now owns acc-ent, and gives notice in turn.
    let notice = app
        .post(
            "/api/v1/departures",
            &mgr,
            &json!({"user_id": "u-rep-a2", "last_day": crate::support::in_days(15), "successor_id": "u-rep-b1"}),
        )
        .await;
    let plan = notice.assert_ok();
    let id = plan["interviews"]
        .as_array()
        .unwrap()
        .iter()
        .find(|i| i["account_id"] == "acc-ent")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let rep2 = app.token("u-rep-a2").await;
    let iv = app.interview(&rep2, &id).await;
    let prompt = &iv["current_prompt"];
    assert_eq!(prompt["question_id"], "decision_maker");
    assert_eq!(
        prompt["record_context"]["items"][0]["kind"], "captured",
        "{prompt}"
    );
    assert!(
        prompt["text"].as_str().unwrap().contains("Morgan Lake"),
        "{prompt}"
    );
    assert!(prompt["text"]
        .as_str()
        .unwrap()
        .contains("What has changed since"));

    answer_and_submit(
        &app,
        &rep2,
        &id,
        &[(
            "decision_maker",
            "Morgan Lake left in November; Riley Stone now runs procurement and decides.",
        )],
    )
    .await;
    app.approve(&mgr, &id).await;
    let reply = ask(&app, &mgr, "acc-ent", "Who decides the renewal now?").await;
    let dm: Vec<&Value> = reply["citations"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["question_id"] == "decision_maker")
        .collect();
    assert_eq!(dm.len(), 1, "{reply}");
    assert_eq!(dm[0]["version"], 2);
    assert!(dm[0]["excerpt"].as_str().unwrap().contains("Riley Stone"));
    // What the first handoff said about the promise, not asked again, stays.
    let promise = ask(
        &app,
        &mgr,
        "acc-ent",
        "What did we promise Sam about onboarding?",
    )
    .await;
    assert!(
        cites(&promise, "interview", "question_id", "hidden_commitments"),
        "{promise}"
    );
}

/// An import over HTTP wakes the background indexer: its progress shows
/// at /api/v1/index and the record becomes searchable without a restart.
async fn an_import_over_http_is_indexed_in_the_background(backend: Backend) {
    let app = spawn(backend).await;
    app.import(&json!({"format": "baton-bundle/v1", "users": [crate::support::user("u-admin", "admin", None)], "accounts": []})).await;
    let admin = app.token("u-admin").await;
    app.post("/api/v1/import", &admin, &team_bundle())
        .await
        .assert_ok();
    let mut status = Value::Null;
    for _ in 0..200 {
        status = app.get("/api/v1/index", &admin).await.assert_ok().clone();
        if status["pending"] == 0
            && status["chunks"].as_i64().unwrap_or(0) > 0
            && status["running"] == false
        {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(status["pending"], 0, "{status}");
    assert!(
        status["indexed_since_start"].as_u64().unwrap() > 0,
        "{status}"
    );
    let reply = ask(
        &app,
        &admin,
        "acc-ent",
        "When did we send the renewal timeline?",
    )
    .await;
    assert!(cites(&reply, "activity", "id", "a-acc-ent-1"), "{reply}");
}

/// Bad input gets a clear error and changes nothing.
async fn bad_questions_and_approvals_are_refused(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let mgr = app.token("u-mgr-a").await;
    let path = "/api/v1/accounts/acc-ent/ask";
    app.post(path, &mgr, &json!({"question": "   "}))
        .await
        .assert_error(422, "empty_question");
    app.post(path, &mgr, &json!({"question": "x".repeat(2001)}))
        .await
        .assert_error(422, "question_too_long");
    app.post(path, &mgr, &json!({"q": "who?"}))
        .await
        .assert_error(422, "validation_failed");
    app.post_raw(path, &mgr, Some("application/json"), "{not json")
        .await
        .assert_error(400, "invalid_json");
    // Not submitted yet.
    let id = &ids["acc-ent"];
    app.post(
        &format!("/api/v1/interviews/{id}/approve"),
        &mgr,
        &json!({}),
    )
    .await
    .assert_error(409, "not_submitted");
    app.post(
        &format!("/api/v1/interviews/{id}/approve"),
        &mgr,
        &json!({"answers": 3}),
    )
    .await
    .assert_error(422, "validation_failed");
    let iv = app.interview(&mgr, id).await;
    assert_eq!(iv["status"], "planned");
}

/// A successor's own words find what the owner said in theirs: slang and
/// a colloquial title are read as the owner's terms, the excerpt holds the
/// fact, and `evidence` explains the decision.
async fn a_successors_own_words_find_the_owners(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    approved_enterprise(&app).await;
    let successor = app.token("u-rep-a2").await;

    let reply = ask(
        &app,
        &successor,
        "acc-ent",
        "Did Sam get anything gratis from us?",
    )
    .await;
    assert_eq!(reply["abstained"], false, "{reply}");
    assert!(
        cites(&reply, "interview", "question_id", "hidden_commitments"),
        "{reply}"
    );
    let cited = reply["citations"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["question_id"] == "hidden_commitments")
        .unwrap();
    assert!(cited["excerpt"]
        .as_str()
        .unwrap()
        .contains("free onboarding workshop"));
    let ev = &reply["evidence"];
    assert!(
        ev["paraphrased"]
            .as_array()
            .unwrap_or_else(|| panic!("{ev}"))
            .iter()
            .any(|p| p["word"] == "gratis" && p["as"].to_string().contains("free")),
        "{ev}"
    );
    let p = ev["p_answerable"].as_f64().unwrap();
    assert!(p >= ev["threshold"].as_f64().unwrap(), "{ev}");
    assert_eq!(reply["confidence"].as_f64().unwrap(), p);
    for f in [
        "unknown",
        "names_missing",
        "cooc",
        "name_cooc",
        "sentence_cooc",
        "answer_type",
        "typed_cooc",
    ] {
        assert!(ev["features"][f].is_number(), "{f}: {ev}");
    }

    let reply = ask(
        &app,
        &successor,
        "acc-ent",
        "Who is the purchasing boss there?",
    )
    .await;
    assert_eq!(reply["abstained"], false, "{reply}");
    assert!(
        cites(&reply, "interview", "question_id", "decision_maker"),
        "{reply}"
    );
    assert!(
        reply["answer"].as_str().unwrap().contains("Morgan Lake"),
        "{reply}"
    );
}

/// An idiom that shares no word with the owner's answer reaches the topic
/// it asks about by the ways successors ask about it (the bank's
/// `asked_as`), ahead of an answer that shares its words.
async fn an_idiom_reaches_the_topic_it_asks_about(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    let risk = "They will renew if the uplift stays under five percent; \
                the real risk is a rival's cheaper quote.";
    approved_enterprise_with(&app, &[("decision_maker", DECIDES), ("renewal_risk", risk)]).await;
    let successor = app.token("u-rep-a2").await;
    let question = "Whose arm do I have to twist to get them to renew?";
    let reply = ask(&app, &successor, "acc-ent", question).await;
    assert_eq!(reply["abstained"], false, "{reply}");
    let first = &reply["citations"][0];
    assert_eq!(first["question_id"], "decision_maker", "{reply}");
    assert!(
        first["excerpt"].as_str().unwrap().contains("Morgan Lake"),
        "{reply}"
    );
    // No sentence shares a word with the question: the answer is the one
    // the owner led with, not the last.
    assert!(
        reply["answer"]
            .as_str()
            .unwrap()
            .starts_with("Pat Doe signs, but Morgan Lake in procurement decides. [1]"),
        "{reply}"
    );
}

/// An app with the team, set up by `tweak`, whose enterprise account's
/// interview is approved; and the named successor's token.
async fn approved_with(
    backend: Backend,
    tweak: impl FnOnce(&mut baton::config::Config),
) -> (TestApp, String) {
    let app = crate::support::spawn_with(backend, tweak, None)
        .await
        .with_team()
        .await;
    app.index_now().await;
    approved_enterprise(&app).await;
    let successor = app.token("u-rep-a2").await;
    (app, successor)
}

/// A team's own classifier (`BATON_ABSTENTION_FILE`) decides instead of the
/// built-in one; a bad file stops start-up naming it.
async fn a_teams_own_abstention_classifier_decides(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let strict = dir.path().join("strict.toml");
    let weights: String = baton::knowledge::abstain::NAMES
        .iter()
        .map(|n| format!("{n} = 0.0\n"))
        .collect();
    // p is always 0.5: below a threshold of 0.9, every question abstains.
    std::fs::write(
        &strict,
        format!("bias = 0.0\nthreshold = 0.9\n[weights]\n{weights}"),
    )
    .unwrap();
    let path = strict.clone();
    let (app, successor) = approved_with(backend, move |c| c.abstention_file = Some(path)).await;
    let reply = ask(&app, &successor, "acc-ent", "Who signs the renewal?").await;
    assert_eq!(reply["abstained"], true, "{reply}");
    assert_eq!(reply["evidence"]["threshold"].as_f64().unwrap(), 0.9);
    assert_eq!(reply["evidence"]["p_answerable"].as_f64().unwrap(), 0.5);

    let mut app = app.stop().await;
    let broken = dir.path().join("broken.toml");
    std::fs::write(
        &broken,
        "bias = 0.0\nthreshold = 0.5\n[weights]\nunknown = 1.0\n",
    )
    .unwrap();
    app.config_mut().abstention_file = Some(broken.clone());
    let err = match baton::app::Application::build(app.config().clone()).await {
        Ok(_) => panic!("a classifier without every weight must not start"),
        Err(e) => e.to_string(),
    };
    assert!(
        err.contains("broken.toml") && err.contains("no weight for feature"),
        "{err}"
    );
}

/// `BATON_ASK_TRACE` writes each question's candidates with their
/// ranking signals, one JSON line per question, and the cited sources
/// are the candidates the shipped ranking scores highest.
async fn the_ask_trace_holds_every_candidate_and_its_signals(backend: Backend) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("trace.jsonl");
    let trace = path.clone();
    let (app, successor) = approved_with(backend, move |c| c.ask_trace = Some(trace)).await;
    let reply = ask(&app, &successor, "acc-ent", "Who signs the renewal?").await;
    ask(&app, &successor, "acc-ent", "Any side deals we promised?").await;
    let lines: Vec<Value> = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2, "{lines:?}");
    assert_eq!(lines[0]["account_id"], "acc-ent");
    assert_eq!(lines[0]["question"], "Who signs the renewal?");
    assert_eq!(lines[1]["question"], "Any side deals we promised?");
    let candidates = lines[0]["candidates"].as_array().unwrap();
    let key = |c: &Value| match c["question_id"].as_str() {
        Some(q) => format!("interview/{q}"),
        None => format!(
            "{}/{}",
            c["kind"].as_str().unwrap(),
            c["id"].as_str().unwrap()
        ),
    };
    // The decision maker's answer is a candidate, an interview answer.
    assert!(
        candidates
            .iter()
            .any(|c| c["kind"] == "interview" && c["question_id"] == "decision_maker"),
        "{candidates:?}"
    );
    // The first citation is the best-scored candidate of the trace (the
    // first of equals, as the server sorts).
    let ranking = baton::knowledge::rank::Ranking::builtin();
    let mut best: Option<(String, f32)> = None;
    for c in candidates {
        let signals: baton::knowledge::rank::Signals =
            serde_json::from_value(c["signals"].clone()).unwrap_or_else(|e| panic!("{e}: {c}"));
        let score = ranking.score(&signals);
        if best.as_ref().is_none_or(|(_, b)| score > *b) {
            best = Some((key(c), score));
        }
    }
    let best = best.unwrap();
    let first = &reply["citations"][0];
    assert_eq!(key(first), best.0, "{reply}");
    assert!((first["score"].as_f64().unwrap() as f32 - best.1).abs() < 0.001);
}

/// Review is a second pair of eyes: an admin who owns accounts cannot
/// approve their own interview; another admin can.
async fn nobody_approves_their_own_interview(backend: Backend) {
    let app = spawn(backend).await;
    app.import(&json!({
        "format": "baton-bundle/v1",
        "users": [user("u-admin", "admin", None), user("u-admin2", "admin", None)],
        "accounts": [account("acc-own", "u-admin", 900_000.0, None, &in_days(60))],
    }))
    .await;
    let admin = app.token("u-admin").await;
    let other = app.token("u-admin2").await;
    let notice = app
        .post(
            "/api/v1/departures",
            &other,
            &json!({"user_id": "u-admin", "last_day": in_days(20), "successor_id": "u-admin2"}),
        )
        .await;
    assert_eq!(notice.status.as_u16(), 201, "{}", notice.body);
    let id = notice.body["interviews"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    answer_and_submit(&app, &admin, &id, &[("decision_maker", DECIDES)]).await;
    let own = app
        .post(
            &format!("/api/v1/interviews/{id}/approve"),
            &admin,
            &json!({}),
        )
        .await;
    own.assert_error(403, "forbidden");
    assert!(own.body["error"]["message"]
        .as_str()
        .unwrap()
        .contains("own interview"));
    assert_eq!(app.interview(&admin, &id).await["status"], "submitted");
    app.approve(&other, &id).await;
    assert_eq!(app.interview(&admin, &id).await["status"], "approved");
}

/// Edits racing on an approved answer: each is a new version or a clear
/// conflict, never a server error, and the newest acknowledged text is the
/// one the clone answers from.
async fn racing_edits_of_approved_knowledge_are_never_a_server_error(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let id = approved_enterprise(&app).await;
    let mgr = app.token("u-mgr-a").await;
    let url = app.url(&format!("/api/v1/interviews/{id}/answers/decision_maker"));
    let replies = futures::future::join_all((0..6).map(|i| {
        app.send(app.client.put(url.clone()).bearer_auth(&mgr).json(
            &json!({"text": format!("Edit {i}: Quentin Vale signs and Morgan Lake decides.")}),
        ))
    }))
    .await;
    assert!(replies.iter().any(|r| r.status.is_success()), "{replies:?}");
    for r in replies.iter().filter(|r| !r.status.is_success()) {
        assert_eq!(r.status.as_u16(), 409, "{r:?}");
    }
    let reply = ask(&app, &mgr, "acc-ent", "Who signs?").await;
    assert!(reply.to_string().contains("Quentin Vale"), "{reply}");
}

both_backends!(
    racing_edits_of_approved_knowledge_are_never_a_server_error,
    nobody_approves_their_own_interview,
    a_successors_own_words_find_the_owners,
    an_idiom_reaches_the_topic_it_asks_about,
    a_teams_own_abstention_classifier_decides,
    the_ask_trace_holds_every_candidate_and_its_signals,
    approval_makes_answers_searchable,
    edits_make_versions_and_old_text_is_never_cited,
    only_the_successor_owner_managers_and_admins_may_ask,
    a_fact_in_one_account_is_never_found_from_another,
    unanswerable_questions_abstain_and_become_open_questions,
    record_items_follow_imports,
    deleting_the_index_loses_nothing,
    the_brief_is_built_from_locked_knowledge_and_the_record,
    the_brief_and_the_plan_agree_on_which_opportunities_are_open,
    bad_questions_and_approvals_are_refused,
    a_second_handoff_starts_from_what_was_captured,
    an_import_over_http_is_indexed_in_the_background,
    vocabularies_follow_what_changed,
    warming_stays_within_the_budget,
);
