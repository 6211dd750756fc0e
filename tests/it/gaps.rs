//! The gaps in an account's record over HTTP: found from the record as it
//! stands, shown to the people who may see the account, gone when the
//! record fills them.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account_mut, days_ago, in_days, spawn, team_bundle, Backend};

fn kinds(gaps: &Value) -> Vec<(String, Option<String>)> {
    gaps.as_array()
        .unwrap()
        .iter()
        .map(|g| {
            (
                g["kind"].as_str().unwrap().to_string(),
                g["item"]["id"].as_str().map(String::from),
            )
        })
        .collect()
}

async fn gaps_follow_the_record_and_its_readers(backend: Backend) {
    // Planted: Sam Roe, the champion, has no strength on record, and the
    // last word about the renewal (120 days out) is 45 days old.
    let mut planted = team_bundle();
    let account = account_mut(&mut planted, "acc-mid-120");
    account["contacts"][1]
        .as_object_mut()
        .unwrap()
        .remove("relationship_strength");
    account["activities"][0]["at"] = json!(days_ago(45, "10:00:00"));
    let app = spawn(backend).await;
    app.import(&planted).await;
    let url = "/api/v1/accounts/acc-mid-120/gaps";
    let admin = app.token("u-admin").await;
    let gaps = app.get(url, &admin).await.assert_ok().clone();
    let found = kinds(&gaps);
    assert!(
        found.contains(&("weak_key_contact".into(), Some("c-acc-mid-120-2".into()))),
        "{gaps}"
    );
    assert!(
        found.contains(&("renewal_without_plan".into(), Some("acc-mid-120".into()))),
        "{gaps}"
    );
    // Both roles are held; Pat Doe at strength 3 is not weak.
    for absent in ["no_economic_buyer", "no_champion"] {
        assert!(!found.iter().any(|(k, _)| k == absent), "{gaps}");
    }
    assert!(
        !found.contains(&("weak_key_contact".into(), Some("c-acc-mid-120-1".into()))),
        "{gaps}"
    );
    for g in gaps.as_array().unwrap() {
        assert!(!g["question_ids"].as_array().unwrap().is_empty(), "{g}");
        assert!(g["text"].as_str().unwrap().ends_with('.'), "{g}");
    }
    let renewal = gaps
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["kind"] == "renewal_without_plan")
        .unwrap();
    assert_eq!(renewal["question_ids"], json!(["renewal_risk"]));

    // The owner and their manager chain see them; other reps do not, and
    // an account that does not exist answers the same.
    for user in ["u-rep-a1", "u-mgr-a", "u-vp"] {
        let reply = app.get(url, &app.token(user).await).await;
        assert_eq!(reply.assert_ok(), &gaps, "{user}");
    }
    for user in ["u-rep-a2", "u-rep-b1", "u-mgr-b"] {
        app.get(url, &app.token(user).await)
            .await
            .assert_error(404, "not_found");
    }
    app.get("/api/v1/accounts/acc-nope/gaps", &admin)
        .await
        .assert_error(404, "not_found");

    // The record fills the gaps: a strength for Sam, a renewal call today.
    let mut bundle = team_bundle();
    let account = account_mut(&mut bundle, "acc-mid-120");
    account["contacts"][1]["relationship_strength"] = json!(4);
    let now = format!("{}T09:00:00Z", in_days(0));
    account["activities"] = json!([{
        "id": "a-mid-renewal", "kind": "call", "at": now, "author_id": "u-rep-a1",
        "contact_ids": ["c-acc-mid-120-1", "c-acc-mid-120-2"],
        "subject": "Renewal plan", "body": "Agreed the renewal timeline with Pat and Sam."
    }]);
    app.import(&bundle).await;
    let after = app.get(url, &admin).await.assert_ok().clone();
    assert_eq!(kinds(&after), [], "{after}");
}

/// An interview on an account with planted gaps: its questions are ordered
/// by them (the promise weighs 3, the weak champion 2) and each prompt opens
/// with its gap in plain words.
async fn an_interview_asks_where_the_gaps_are(backend: Backend) {
    let mut planted = team_bundle();
    let account = account_mut(&mut planted, "acc-ent");
    account["contacts"][1]
        .as_object_mut()
        .unwrap()
        .remove("relationship_strength");
    // Pat Doe, the economic buyer, last met 65 days ago: a stale key
    // contact, feeding two questions.
    account["activities"][0]["at"] = json!(days_ago(70, "10:00:00"));
    account["activities"][1]["at"] = json!(days_ago(65, "10:00:00"));
    let promised = days_ago(5, "11:00:00");
    account["activities"].as_array_mut().unwrap().push(json!({
        "id": "a-ent-promise", "kind": "call", "at": promised, "author_id": "u-rep-a1",
        "contact_ids": ["c-acc-ent-2"],
        "body": "Good call. We will run a free onboarding workshop in March."
    }));
    let app = spawn(backend).await;
    app.import(&planted).await;
    let id = app.notice_rep_a1(Some("u-rep-a2")).await["acc-ent"].clone();
    let rep = app.token("u-rep-a1").await;
    let iv = app.interview(&rep, &id).await;
    let planned: Vec<&str> = iv["planned_questions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q.as_str().unwrap())
        .collect();
    assert_eq!(
        planned[..2],
        ["hidden_commitments", "champion"],
        "{planned:?}"
    );
    assert_eq!(planned.len(), 10, "enterprise asks all ten: {planned:?}");
    let prompt = iv["current_prompt"]["text"].as_str().unwrap();
    let gap = format!(
        "An activity on {} promises “We will run a free onboarding workshop in March”; \
         the contract notes do not mention it. ",
        &promised[..10]
    );
    assert!(
        prompt.starts_with(&gap) && prompt.ends_with('?') && prompt.len() > gap.len() + 10,
        "the gap, then the question: {prompt}"
    );
    // Beside it, the record item the gap concerns comes first.
    assert_eq!(
        iv["current_prompt"]["record_context"]["items"][0]["id"], "a-ent-promise",
        "{}",
        iv["current_prompt"]["record_context"]
    );
    let status = |iv: &Value, kind: &str| -> String {
        iv["gaps"]
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["kind"] == kind)
            .unwrap_or_else(|| panic!("no {kind} gap: {}", iv["gaps"]))["status"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(status(&iv, "promise_in_activity"), "open");
    assert_eq!(status(&iv, "weak_key_contact"), "open");

    // An answer that carries the promise closes its gap.
    let iv = app
        .answer(
            &rep,
            &id,
            "hidden_commitments",
            "We promised Sam Roe's team a free onboarding workshop in March; it is not in the contract and Pat Doe does not know yet.",
        )
        .await;
    assert_eq!(
        status(&iv, "promise_in_activity"),
        "answered",
        "{}",
        iv["gaps"]
    );
    let mut iv = iv;
    while iv["current_prompt"]["question_id"] == "hidden_commitments" {
        let skip = format!("/api/v1/interviews/{id}/skip");
        iv = app.post(&skip, &rep, &json!({})).await.assert_ok().clone();
    }
    // The next planned question opens with its own gap.
    assert_eq!(iv["current_prompt"]["question_id"], "champion", "{iv}");
    let gap = "The record has no relationship strength for Sam Roe, the champion.";
    let prompt = iv["current_prompt"]["text"].as_str().unwrap();
    assert!(prompt.starts_with(gap), "{prompt}");
    assert_eq!(
        iv["current_prompt"]["record_context"]["items"][0]["id"], "c-acc-ent-2",
        "{}",
        iv["current_prompt"]["record_context"]
    );

    // An answer that skips the gap gets a follow-up about it; naming Sam
    // closes it.
    let iv = app
        .answer(
            &rep,
            &id,
            "champion",
            "Nobody champions us there really; the operations team likes the product and uses it daily.",
        )
        .await;
    assert_eq!(iv["current_prompt"]["kind"], "follow_up", "{iv}");
    let follow_up = iv["current_prompt"]["text"].as_str().unwrap();
    assert!(follow_up.starts_with(gap), "{follow_up}");
    assert_eq!(status(&iv, "weak_key_contact"), "open");
    let iv = app
        .answer(
            &rep,
            &id,
            "champion",
            "Sam Roe is a solid four out of five; we talk every week and he defends the budget internally.",
        )
        .await;
    assert_eq!(
        status(&iv, "weak_key_contact"),
        "answered",
        "{}",
        iv["gaps"]
    );

    // A gap leads one question: the stale buyer opens channels_surprises,
    // not warning_signs after it.
    let stale = "Pat Doe, the economic buyer, has not been in an activity since";
    let skip = format!("/api/v1/interviews/{id}/skip");
    let mut iv = iv;
    let mut led = Vec::new();
    while let Some(q) = iv["current_prompt"]["question_id"].as_str() {
        let text = iv["current_prompt"]["text"].as_str().unwrap();
        if iv["current_prompt"]["kind"] == "question" && text.starts_with(stale) {
            led.push(q.to_string());
        }
        iv = app.post(&skip, &rep, &json!({})).await.assert_ok().clone();
    }
    assert_eq!(
        led,
        ["channels_surprises"],
        "one question opens with the gap"
    );
}

both_backends!(
    gaps_follow_the_record_and_its_readers,
    an_interview_asks_where_the_gaps_are,
);
