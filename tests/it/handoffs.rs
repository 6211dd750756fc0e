//! The successor's handoff plan over HTTP: ordering by relationship and
//! value, the depth each segment gets, sources on every item, touchpoints
//! done as the record grows, the renewal guard's window, who may read it.

use std::time::Duration;

use serde_json::{json, Value};

use crate::both_backends;
use crate::knowledge::{answer_and_submit, approved_enterprise, PROMISE};
use crate::knowledge_model::approved_with_model;
use crate::scripted_llm::{Kind, Reply, ScriptedLlm};
use crate::support::{account_mut, in_days, item, spawn, team_bundle, Backend};

fn contacts_in_order(plan: &Value) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in plan["touchpoints"].as_array().unwrap() {
        let id = t["contact_id"].as_str().unwrap().to_string();
        if out.last() != Some(&id) {
            out.push(id);
        }
    }
    out
}

fn due_of(plan: &Value, contact: &str) -> Vec<String> {
    plan["touchpoints"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|t| t["contact_id"] == contact)
        .map(|t| t["due"].as_str().unwrap().to_string())
        .collect()
}

/// A moment a minute ago, as RFC 3339.
fn just_now() -> String {
    (chrono::Utc::now() - chrono::Duration::minutes(1))
        .format("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

async fn the_enterprise_plan_orders_cites_and_follows_the_record(backend: Backend) {
    // acc-ent gains a cold user and a strong influencer beside Pat Doe
    // (economic buyer, 3/5) and Sam Roe (champion, 3/5).
    let mut bundle = team_bundle();
    let contacts = account_mut(&mut bundle, "acc-ent")["contacts"]
        .as_array_mut()
        .unwrap();
    contacts.push(
        json!({"id": "c-lee", "name": "Lee Cold", "role": "user", "relationship_strength": 1}),
    );
    contacts.push(
        json!({"id": "c-kim", "name": "Kim Warm", "role": "influencer",
        "relationship_strength": 4, "preferred_channel": "WhatsApp"}),
    );
    let app = spawn(backend).await;
    app.import(&bundle).await;
    // Notice with u-rep-a2 named; acc-ent answered and approved.
    approved_enterprise(&app).await;
    let successor = app.token("u-rep-a2").await;
    let url = "/api/v1/accounts/acc-ent/handoff-plan";
    let plan = app.get(url, &successor).await.assert_ok().clone();

    assert_eq!(plan["depth"], "full");
    assert_eq!(plan["successor_name"], "Name of u-rep-a2");
    assert_eq!(plan["started"], json!(in_days(0)));
    assert_eq!(plan["last_day"], json!(in_days(20)));
    // The cold contact first, then by the value each sways.
    assert_eq!(
        contacts_in_order(&plan),
        ["c-lee", "c-acc-ent-1", "c-acc-ent-2", "c-kim"]
    );
    // Key contacts (who sign, decide, champion) get the follow-ups.
    assert_eq!(
        due_of(&plan, "c-acc-ent-1"),
        [in_days(7), in_days(30), in_days(60), in_days(90)]
    );
    assert_eq!(due_of(&plan, "c-lee"), [in_days(7)]);
    assert_eq!(due_of(&plan, "c-kim"), [in_days(14)]);
    let kim = item(&plan["touchpoints"], "contact_id", "c-kim");
    assert_eq!(kim["channel"], "chat", "the stated WhatsApp: {kim}");
    assert_eq!(kim["source"], json!({"kind": "contact", "id": "c-kim"}));
    let lee = item(&plan["touchpoints"], "contact_id", "c-lee");
    assert!(
        lee["why"]
            .as_str()
            .unwrap()
            .contains("weak relationship (1/5)"),
        "{lee}"
    );

    // One note per key contact, in the channel that answers (Pat took the
    // call, never answered an email), naming the successor and a date.
    let notes = plan["intro_notes"].as_array().unwrap();
    let names: Vec<&str> = notes.iter().map(|n| n["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Pat Doe", "Sam Roe"]);
    let pat = &notes[0];
    assert_eq!(pat["channel"], "phone");
    let text = pat["text"].as_str().unwrap();
    assert!(text.starts_with("Hi Pat,"), "{text}");
    assert!(
        text.contains("Name of u-rep-a2 takes over Company acc-ent"),
        "{text}"
    );
    assert!(text.contains(&format!("before {}", in_days(20))), "{text}");
    assert_eq!(
        pat["sources"][0],
        json!({"kind": "contact", "id": "c-acc-ent-1"})
    );

    // The joint call confirms the captured promise, cited to its version;
    // what nothing captured answers is for the owner alone.
    let agenda = plan["joint_call"].as_array().unwrap();
    let promise = agenda
        .iter()
        .find(|a| a["kind"] == "confirm_promise")
        .expect("a promise to confirm");
    assert!(promise["text"]
        .as_str()
        .unwrap()
        .contains("onboarding workshop"));
    assert_eq!(promise["source"]["kind"], "interview");
    assert_eq!(promise["source"]["question_id"], "hidden_commitments");
    assert!(agenda
        .iter()
        .any(|a| a["kind"] == "owner_only" && a["source"].is_null()));
    let win = &plan["first_win"];
    assert!(
        win["text"].as_str().unwrap().contains(&PROMISE[..30]),
        "{win}"
    );
    assert_eq!(win["source"]["question_id"], "hidden_commitments");
    // The renewal is 400 days out: no guard yet.
    assert_eq!(plan["renewal_guard"], json!([]));
    assert_eq!(plan["touchpoints_done"], 0);

    // A call with Lee logged after the notice: Lee's touchpoint is done.
    let mut later = bundle.clone();
    let activities = account_mut(&mut later, "acc-ent")["activities"]
        .as_array_mut()
        .unwrap();
    activities.push(json!({"id": "a-lee-call", "kind": "call", "at": just_now(),
        "author_id": "u-rep-a2", "contact_ids": ["c-lee"], "subject": "Hello"}));
    app.import(&later).await;
    let plan = app.get(url, &successor).await.assert_ok().clone();
    let lee = item(&plan["touchpoints"], "contact_id", "c-lee");
    assert_eq!(lee["done"], true, "{lee}");
    assert_eq!(plan["touchpoints_done"], 1);

    // The last day comes and the account moves to the successor: the plan
    // keeps its start, its people and what was done.
    let mgr = app.token("u-mgr-a").await;
    let departure = app.departure_id(&mgr).await;
    app.complete_departure(&mgr, &departure).await;
    let after = app.get(url, &successor).await.assert_ok().clone();
    assert_eq!(after["started"], json!(in_days(0)));
    assert_eq!(after["owner_name"], "Name of u-rep-a1");
    assert_eq!(after["successor_name"], "Name of u-rep-a2");
    assert_eq!(after["touchpoints_done"], 1);
    assert_eq!(after["touchpoints"], plan["touchpoints"]);

    // Markdown to print or paste.
    let md = app.get(&format!("{url}?format=md"), &successor).await;
    assert_eq!(md.status.as_u16(), 200);
    assert!(md.content_type.starts_with("text/markdown"));
    let text = &md.text;
    for part in [
        "# Handoff plan: Company acc-ent",
        "## Joint call",
        "## Touchpoints",
        "Lee Cold",
    ] {
        assert!(text.contains(part), "{part} in {text}");
    }

    // The brief's readers only.
    app.get(url, &app.token("u-mgr-a").await).await.assert_ok();
    for outsider in ["u-rep-b1", "u-mgr-b"] {
        app.get(url, &app.token(outsider).await)
            .await
            .assert_error(404, "not_found");
    }
}

async fn segments_get_their_depth_and_the_renewal_guard_its_window(backend: Backend) {
    // Two mid-market accounts renewing in 180 and in 181 days.
    let mut bundle = team_bundle();
    account_mut(&mut bundle, "acc-mid-120")["renewal_date"] = json!(in_days(180));
    account_mut(&mut bundle, "acc-mid-121")["renewal_date"] = json!(in_days(181));
    let app = spawn(backend).await;
    app.import(&bundle).await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let mgr = app.token("u-mgr-a").await;
    const PRICING: &str = "They pay 12% less because they signed for three years; the uplift is capped at 5% and they will push on it.";
    for account in ["acc-mid-120", "acc-mid-121"] {
        let id = &ids[account];
        answer_and_submit(&app, &rep, id, &[("pricing_story", PRICING)]).await;
        app.approve(&mgr, id).await;
    }
    let successor = app.token("u-rep-a2").await;
    let plan_of = |account: &str| format!("/api/v1/accounts/{account}/handoff-plan");

    let mid = app
        .get(&plan_of("acc-mid-120"), &successor)
        .await
        .assert_ok()
        .clone();
    assert_eq!(mid["depth"], "short");
    assert_eq!(due_of(&mid, "c-acc-mid-120-1"), [in_days(14), in_days(45)]);
    let guard = mid["renewal_guard"].as_array().unwrap();
    assert!(!guard.is_empty(), "180 days out: {mid}");
    assert!(
        guard
            .iter()
            .any(|l| l["source"]["question_id"] == "pricing_story"),
        "{mid}"
    );
    assert!(guard[0]["text"]
        .as_str()
        .unwrap()
        .starts_with(&format!("Before the renewal on {}", in_days(180))));

    let later = app
        .get(&plan_of("acc-mid-121"), &successor)
        .await
        .assert_ok()
        .clone();
    assert_eq!(later["renewal_guard"], json!([]), "181 days out");

    // SMB: a checklist, one touch per contact within 30 days, one note.
    let smb = app
        .get(&plan_of("acc-smb-small"), &successor)
        .await
        .assert_ok()
        .clone();
    assert_eq!(smb["depth"], "checklist");
    for contact in ["c-acc-smb-small-1", "c-acc-smb-small-2"] {
        assert_eq!(due_of(&smb, contact), [in_days(30)]);
    }
    assert_eq!(smb["intro_notes"].as_array().unwrap().len(), 1);
}

/// A single account moved by a transfer: its plan starts on the day of
/// the transfer, from the owner before to the one after, and keeps that
/// start while its ninety days run; an approval adds to it what the
/// interview captured.
async fn a_transfer_anchors_the_plan_and_an_approval_fills_it(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let url = "/api/v1/accounts/acc-a2/handoff-plan";
    let mgr = app.token("u-mgr-a").await;
    // Never handed over: a plan from today, the owner's own.
    let own = app
        .get(url, &app.token("u-rep-a2").await)
        .await
        .assert_ok()
        .clone();
    assert_eq!(own["started"], json!(in_days(0)));
    assert_eq!(own["owner_name"], "Name of u-rep-a2");
    assert!(own["successor_name"].is_null(), "{own}");
    let note = own["intro_notes"][0]["text"].as_str().unwrap();
    assert!(
        note.contains("nothing needs repeating. Your new account manager will reach out"),
        "{note}"
    );

    app.post(
        "/api/v1/accounts/acc-a2/transfer",
        &mgr,
        &json!({"to_user_id": "u-rep-a1", "reason": "Rebalancing"}),
    )
    .await
    .assert_ok();
    app.state().clock.advance(chrono::Duration::days(10));
    let new_owner = app.token("u-rep-a1").await;
    let plan = app.get(url, &new_owner).await.assert_ok().clone();
    assert_eq!(plan["started"], json!(in_days(0)), "the transfer's day");
    assert!(plan["last_day"].is_null());
    assert_eq!(plan["owner_name"], "Name of u-rep-a2");
    assert_eq!(plan["successor_name"], "Name of u-rep-a1");
    assert_eq!(plan["depth"], "short");
    assert_eq!(due_of(&plan, "c-acc-a2-1"), [in_days(14), in_days(45)]);
    let note = plan["intro_notes"][0]["text"].as_str().unwrap();
    assert!(
        note.contains("Name of u-rep-a1 takes over Company acc-a2 from now on"),
        "{note}"
    );
    assert_eq!(plan["intro_notes"][0]["written_by"], "template");
    assert!(plan["first_win"].is_null(), "nothing captured: {plan}");
    assert!(!plan["joint_call"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["kind"] == "confirm_promise"));

    // The new owner leaves with acc-a2 among their accounts: once the
    // interview is approved, the plan confirms the captured promise and
    // makes it the first win, cited to its version.
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    answer_and_submit(
        &app,
        &rep,
        &ids["acc-a2"],
        &[("hidden_commitments", PROMISE)],
    )
    .await;
    let before = app.get(url, &rep).await.assert_ok().clone();
    assert!(before["first_win"].is_null(), "submitted, not approved");
    // Now anchored to the notice: from the leaving owner to the successor.
    assert_eq!(before["owner_name"], "Name of u-rep-a1");
    assert_eq!(before["successor_name"], "Name of u-rep-a2");
    assert!(before["last_day"].is_string(), "{before}");
    app.approve(&mgr, &ids["acc-a2"]).await;
    let after = app.get(url, &rep).await.assert_ok().clone();
    assert_eq!(after["first_win"]["source"]["kind"], "interview", "{after}");
    assert_eq!(
        after["first_win"]["source"]["question_id"],
        "hidden_commitments"
    );
    assert!(after["joint_call"]
        .as_array()
        .unwrap()
        .iter()
        .any(|a| a["kind"] == "confirm_promise"
            && a["text"].as_str().unwrap().contains("onboarding workshop")));

    // A hundred days after a transfer its plan is over: a fresh one
    // starts on the day it is read.
    app.post(
        "/api/v1/accounts/acc-b1/transfer",
        &app.token("u-mgr-b").await,
        &json!({"to_user_id": "u-mgr-b", "reason": "Covering"}),
    )
    .await
    .assert_ok();
    app.state().clock.advance(chrono::Duration::days(91));
    let stale = app
        .get(
            "/api/v1/accounts/acc-b1/handoff-plan",
            &app.token("u-mgr-b").await,
        )
        .await
        .assert_ok()
        .clone();
    assert_eq!(stale["started"], json!(in_days(101)), "{stale}");
    assert!(stale["successor_name"].is_null());
}

/// Through a language model, the intro notes are rewritten from the same
/// facts, given as data; a rewrite that drops the successor or the date or
/// adds a figure is not kept, and malformed replies, rate limits that
/// persist, server errors and timeouts leave the template's notes.
async fn intro_notes_through_the_model_fall_back_to_the_template(backend: Backend) {
    let llm = ScriptedLlm::start().await;
    let app = approved_with_model(backend, &llm).await;
    let successor = app.token("u-rep-a2").await;
    let url = "/api/v1/accounts/acc-ent/handoff-plan";
    let by = in_days(20);
    let pat = format!(
        "Pat, you will hear it from me first: Name of u-rep-a2 takes over Company acc-ent, \
         fully briefed on the renewal. Expect a call from Name of u-rep-a2 before {by}. Name of u-rep-a1"
    );
    let sam = format!("Sam, Name of u-rep-a2 takes over before {by}, with a 15% discount for you.");
    llm.push(
        Kind::IntroNotes,
        [Reply::json(
            json!({"notes": [{"n": 1, "text": pat}, {"n": 2, "text": sam}]}),
        )],
    );
    let plan = app.get(url, &successor).await.assert_ok().clone();
    let notes = plan["intro_notes"].as_array().unwrap();
    assert_eq!(notes[0]["name"], "Pat Doe");
    assert_eq!(notes[0]["written_by"], "model", "{plan}");
    assert_eq!(notes[0]["text"], pat.as_str());
    assert_eq!(notes[0]["reach_out_by"], by.as_str());
    assert_eq!(notes[1]["written_by"], "template", "an invented figure");
    assert!(notes[1]["text"].as_str().unwrap().starts_with("Hi Sam,"));
    // One request for the plan, its facts as data.
    let prompts = llm.prompts(Kind::IntroNotes);
    assert_eq!(prompts.len(), 1);
    assert!(
        prompts[0].contains("<<<DATA\nPat Doe\nHi Pat,"),
        "{}",
        prompts[0]
    );
    assert!(prompts[0].contains(&format!("reach out by {by}")));

    // Malformed JSON, a body that is no completion, a rate limit that
    // persists, server errors, a timeout: the template's notes.
    let failures = [
        vec![Reply::Content("not json at all".into())],
        vec![Reply::Garbage],
        vec![Reply::Status(429); 4],
        vec![Reply::Status(500); 4],
        vec![
            Reply::Slow(
                Duration::from_secs(3),
                Box::new(Reply::Content("{}".into()))
            );
            2
        ],
    ];
    for replies in failures {
        let shown = format!("{replies:?}");
        llm.push(Kind::IntroNotes, replies);
        let plan = app.get(url, &successor).await.assert_ok().clone();
        for n in plan["intro_notes"].as_array().unwrap() {
            assert_eq!(n["written_by"], "template", "{shown}: {n}");
        }
    }
    // A rate limit that passes: retried, and the model's note is kept.
    llm.push(
        Kind::IntroNotes,
        [
            Reply::Status(429),
            Reply::json(json!({"notes": [{"n": 1, "text": pat}]})),
        ],
    );
    let plan = app.get(url, &successor).await.assert_ok().clone();
    assert_eq!(plan["intro_notes"][0]["written_by"], "model");
    assert_eq!(plan["intro_notes"][1]["written_by"], "template");
}

both_backends!(
    the_enterprise_plan_orders_cites_and_follows_the_record,
    segments_get_their_depth_and_the_renewal_guard_its_window,
    a_transfer_anchors_the_plan_and_an_approval_fills_it,
    intro_notes_through_the_model_fall_back_to_the_template
);
