//! The interview over HTTP on the deterministic path: prompts with what the
//! record says, follow-ups by rule, facts, volunteering, skipping, editing,
//! submitting, every refusal, and a restart mid-interview.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account_mut, days_ago, spawn, team_bundle, Backend};

fn prompt(iv: &Value) -> (&str, &str, &str) {
    let p = &iv["current_prompt"];
    assert!(p.is_object(), "a prompt is waiting: {iv}");
    (
        p["kind"].as_str().unwrap(),
        p["question_id"].as_str().unwrap(),
        p["text"].as_str().unwrap(),
    )
}

/// An enterprise interview: the first question shows what the record says;
/// a thin answer and an unknown person get follow-ups, up to the tier's two;
/// facts quote their sentence.
async fn interview_asks_behind_the_record_and_follows_up(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let id = &ids["acc-ent"];
    let url = format!("/api/v1/interviews/{id}");

    let iv = app.interview(&rep, id).await;
    assert_eq!(iv["status"], "planned");
    assert_eq!(iv["tier"], "enterprise");
    assert_eq!(iv["max_follow_ups"], 2);
    let (kind, question, text) = prompt(&iv);
    assert_eq!((kind, question), ("question", "decision_maker"));
    // The record's economic buyer opens the question.
    assert!(text.contains("Pat Doe"), "{text}");
    let items = iv["current_prompt"]["record_context"]["items"]
        .as_array()
        .unwrap();
    assert_eq!(items[0]["kind"], "contact");
    assert_eq!(items[0]["id"], "c-acc-ent-1");
    assert!(iv["current_prompt"]["why"].as_str().unwrap().len() > 10);

    // Reading again does not move anything.
    let again = app.get(&url, &rep).await;
    assert_eq!(again.body["current_prompt"], iv["current_prompt"]);
    assert_eq!(again.body["turns"].as_array().unwrap().len(), 1);

    // Thin: a follow-up.
    let iv = app.answer(&rep, id, "decision_maker", "Pat decides.").await;
    assert_eq!(iv["status"], "in_progress");
    let (kind, question, _) = prompt(&iv);
    assert_eq!((kind, question), ("follow_up", "decision_maker"));

    // Names someone the record does not know: the second follow-up asks who.
    let iv = app.answer(
        &rep,
        id,
        "decision_maker",
        "Pat Doe signs, but Marta Quinn in procurement has a veto on anything above the budget line and Pat never overrules her.",
    )
    .await;
    let (kind, _, text) = prompt(&iv);
    assert_eq!(kind, "follow_up");
    assert!(text.contains("Marta Quinn"), "{text}");

    // The tier allows two follow-ups: then the next question.
    let iv = app
        .answer(
            &rep,
            id,
            "decision_maker",
            "Marta is head of procurement, new since spring.",
        )
        .await;
    let (kind, question, _) = prompt(&iv);
    assert_eq!((kind, question), ("question", "champion"));

    // A complete answer: no follow-up, facts with their sentence.
    let iv = app.answer(
        &rep,
        id,
        "champion",
        "Sam Roe is our champion in operations. We promised Sam a quarterly usage report by March 2027, which is not in the contract. He needs a 15% cost saving to look good to his boss.",
    )
    .await;
    let (_, question, _) = prompt(&iv);
    assert_eq!(question, "hidden_commitments");
    let facts = iv["facts"].as_array().unwrap();
    let commitment = facts
        .iter()
        .find(|f| f["kind"] == "commitment")
        .expect("a commitment");
    assert!(commitment["source_text"]
        .as_str()
        .unwrap()
        .contains("quarterly usage report"));
    assert_eq!(commitment["data"]["to_whom"], json!(["Sam Roe"]));
    assert_eq!(commitment["question_id"], "champion");
    let stakeholder = facts
        .iter()
        .find(|f| f["kind"] == "stakeholder" && f["data"]["contact_id"] == "c-acc-ent-2")
        .expect("Sam Roe matched to the contact");
    assert_eq!(stakeholder["data"]["role"], "champion");
    assert!(facts
        .iter()
        .any(|f| f["kind"] == "amount" && f["data"]["text"] == "15%"));
    assert!(facts.iter().any(|f| f["kind"] == "date"));

    let turns = iv["turns"].as_array().unwrap();
    assert_eq!(
        turns.len(),
        5,
        "two questions, two follow-ups, one prompt waiting"
    );
    assert_eq!(iv["progress"]["answered"], 2);
    assert_eq!(iv["progress"]["follow_ups"], 2);
    assert_eq!(iv["progress"]["remaining"], 8);
    assert_eq!(turns[0]["answered_by"], "u-rep-a1");
    assert_eq!(turns[0]["phrased_by"], "template");
}

/// Skip, volunteer, edit (with versions), submit; then nothing changes.
async fn skip_volunteer_edit_and_submit(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    // SMB: three questions, no follow-ups, written.
    let id = &ids["acc-smb-small"];
    let url = format!("/api/v1/interviews/{id}");
    let iv = app.interview(&rep, id).await;
    assert_eq!(
        iv["planned_questions"],
        json!(["decision_maker", "hidden_commitments", "renewal_risk"])
    );
    assert_eq!(prompt(&iv).1, "decision_maker");

    let iv = app
        .post(&format!("{url}/skip"), &rep, &json!({}))
        .await
        .assert_ok()
        .clone();
    assert_eq!(prompt(&iv).1, "hidden_commitments");
    assert_eq!(iv["progress"]["skipped"], 1);

    // Short, but the tier asks no follow-ups.
    let iv = app.answer(&rep, id, "hidden_commitments", "None.").await;
    assert_eq!(prompt(&iv).1, "renewal_risk");

    // Volunteering an answer the plan left out keeps the current prompt.
    let iv = app
        .answer(
            &rep,
            id,
            "pricing_story",
            "They pay list price; the owner refused every discount.",
        )
        .await;
    assert_eq!(prompt(&iv).1, "renewal_risk");
    let volunteered = iv["turns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["kind"] == "volunteered")
        .expect("volunteered turn");
    assert_eq!(volunteered["question_id"], "pricing_story");

    // Editing keeps the earlier text.
    let edited = app
        .send(
            app.client
                .put(app.url(&format!("{url}/answers/hidden_commitments")))
                .bearer_auth(&rep)
                .json(&json!({"text": "We promised a free onboarding session for the new clinic by June."})),
        )
        .await;
    let edited = edited.assert_ok();
    let turn = edited["turns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["question_id"] == "hidden_commitments")
        .unwrap()
        .clone();
    assert!(turn["answer_text"]
        .as_str()
        .unwrap()
        .starts_with("We promised"));
    assert_eq!(turn["earlier_versions"][0]["text"], "None.");
    assert_eq!(turn["earlier_versions"][0]["version"], 1);
    assert!(edited["facts"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["kind"] == "commitment"));

    let iv = app.answer(
        &rep,
        id,
        "renewal_risk",
        "Stated reason will be budget; the real one is the owner's nephew selling a rival tool.",
    )
    .await;
    assert_eq!(iv["current_prompt"], Value::Null, "nothing left to ask");
    assert_eq!(iv["progress"]["remaining"], 0);

    let submitted = app.post(&format!("{url}/submit"), &rep, &json!({})).await;
    assert_eq!(submitted.assert_ok()["status"], "submitted");
    assert!(submitted.body["submitted_at"].is_string());
    app.post(
        &format!("{url}/answers"),
        &rep,
        &json!({"question_id": "renewal_risk", "text": "more"}),
    )
    .await
    .assert_error(409, "interview_closed");
    app.post(&format!("{url}/submit"), &rep, &json!({}))
        .await
        .assert_error(409, "interview_closed");
    // The manager chain reads it; nothing moved.
    let mgr = app.token("u-mgr-a").await;
    let read = app.get(&url, &mgr).await;
    assert_eq!(read.assert_ok()["status"], "submitted");
    assert_eq!(read.body["turns"], submitted.body["turns"]);
}

/// Every refusal is a clear 4xx and changes nothing.
async fn bad_answers_are_refused_and_change_nothing(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let id = &ids["acc-mid-121"];
    let url = format!("/api/v1/interviews/{id}");
    let before = app.interview(&rep, id).await;
    let post = |body: Value, token: String| {
        let app = &app;
        let url = format!("{url}/answers");
        async move { app.post(&url, &token, &body).await }
    };
    post(
        json!({"question_id": "decision_maker", "text": "   \n "}),
        rep.clone(),
    )
    .await
    .assert_error(422, "empty_answer");
    post(
        json!({"question_id": "favourite_colour", "text": "Blue"}),
        rep.clone(),
    )
    .await
    .assert_error(422, "unknown_question");
    post(
        json!({"question_id": "renewal_risk", "text": "Later in the plan."}),
        rep.clone(),
    )
    .await
    .assert_error(409, "not_current_question");
    post(
        json!({"question_id": "decision_maker", "text": "x".repeat(25_000)}),
        rep.clone(),
    )
    .await
    .assert_error(422, "answer_too_long");
    post(
        json!({"question_id": "decision_maker", "text": "x".repeat(1_100_000)}),
        rep.clone(),
    )
    .await
    .assert_error(413, "payload_too_large");
    post(json!({"question_id": "decision_maker"}), rep.clone())
        .await
        .assert_error(422, "validation_failed");
    // The manager may read but not answer; another rep may not even see it.
    post(
        json!({"question_id": "decision_maker", "text": "Pat decides."}),
        app.token("u-mgr-a").await,
    )
    .await
    .assert_error(403, "forbidden");
    post(
        json!({"question_id": "decision_maker", "text": "Pat decides."}),
        app.token("u-rep-b1").await,
    )
    .await
    .assert_error(404, "not_found");
    app.get(&url, &app.token("u-rep-b1").await)
        .await
        .assert_error(404, "not_found");
    app.post(&format!("{url}/submit"), &rep, &json!({}))
        .await
        .assert_error(409, "nothing_to_submit");
    app.send(
        app.client
            .put(app.url(&format!("{url}/answers/champion")))
            .bearer_auth(&rep)
            .json(&json!({"text": "Edit of nothing"})),
    )
    .await
    .assert_error(409, "not_answered");
    let after = app.get(&url, &rep).await;
    assert_eq!(after.body["turns"], before["turns"]);
    assert_eq!(after.body["status"], "planned");
}

/// Stopping the app mid-interview and starting it on the same store shows
/// the same prompt and every answer.
async fn restart_resumes_at_the_same_prompt(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let id = ids["acc-mid-120"].clone();
    let url = format!("/api/v1/interviews/{id}");
    app.get(&url, &rep).await.assert_ok();
    app.answer( &rep, &id, "decision_maker", "Pat Doe signs; she cares about keeping audit findings down and hates surprises in the budget review.").await;
    let before = app.interview(&rep, &id).await;

    let app = app.restart().await;
    let after = app.get(&url, &rep).await;
    let after = after.assert_ok();
    assert_eq!(after["current_prompt"], before["current_prompt"]);
    assert_eq!(after["turns"], before["turns"]);
    assert_eq!(after["facts"], before["facts"]);
}

/// The record walk shows with a question the activities about it, said in
/// other words too, and leaves out those that only share its words.
async fn the_walk_shows_activities_about_the_question(backend: Backend) {
    let mut planted = team_bundle();
    let account = account_mut(&mut planted, "acc-ent");
    let activities = account["activities"].as_array_mut().unwrap();
    activities.push(json!({
        "id": "a-ent-holiday", "kind": "email", "at": days_ago(3, "09:00:00"),
        "author_id": "u-rep-a1", "contact_ids": ["c-acc-ent-1"],
        "body": "Pat will be on holiday until the 14th, so the weekly call moves to Thursday."
    }));
    activities.push(json!({
        "id": "a-ent-training", "kind": "call", "at": days_ago(8, "15:00:00"),
        "author_id": "u-rep-a1", "contact_ids": ["c-acc-ent-2"],
        "body": "Sam and I agreed that they keep the reporting module at the old price; it is not in the contract."
    }));
    let app = spawn(backend).await;
    app.import(&planted).await;
    let id = app.notice_rep_a1(Some("u-rep-a2")).await["acc-ent"].clone();
    let rep = app.token("u-rep-a1").await;
    let mut iv = app.interview(&rep, &id).await;
    let skip = format!("/api/v1/interviews/{id}/skip");
    while iv["current_prompt"]["question_id"] != "hidden_commitments" {
        assert!(
            iv["current_prompt"].is_object(),
            "hidden_commitments is planned: {iv}"
        );
        iv = app.post(&skip, &rep, &json!({})).await.assert_ok().clone();
    }
    let shown: Vec<&str> = iv["current_prompt"]["record_context"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["kind"] == "activity")
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    // Each holds one of the question's keywords ("agreed", "will"); only
    // the side agreement is about what the question asks.
    assert!(shown.contains(&"a-ent-training"), "{shown:?}");
    assert!(!shown.contains(&"a-ent-holiday"), "{shown:?}");
}

both_backends!(
    interview_asks_behind_the_record_and_follows_up,
    the_walk_shows_activities_about_the_question,
    skip_volunteer_edit_and_submit,
    bad_answers_are_refused_and_change_nothing,
    restart_resumes_at_the_same_prompt,
    racing_answers_on_one_prompt_are_never_a_server_error,
    edits_racing_submission_land_before_it_or_not_at_all,
);

/// Answers racing on one prompt: every reply is an answer or a clear
/// conflict, never a server error, and the interview holds each answer
/// that was acknowledged.
async fn racing_answers_on_one_prompt_are_never_a_server_error(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let id = ids["acc-ent"].clone();
    let iv = app.interview(&rep, &id).await;
    let q = iv["current_prompt"]["question_id"]
        .as_str()
        .unwrap()
        .to_string();
    let path = format!("/api/v1/interviews/{id}/answers");
    let bodies: Vec<Value> = (0..8)
        .map(|i| json!({"question_id": q, "text": format!("Answer number {i} to the question.")}))
        .collect();
    let replies = futures::future::join_all(bodies.iter().map(|b| app.post(&path, &rep, b))).await;
    let ok: Vec<_> = replies.iter().filter(|r| r.status.is_success()).collect();
    assert!(!ok.is_empty(), "{replies:?}");
    for r in replies.iter().filter(|r| !r.status.is_success()) {
        assert_eq!(r.status.as_u16(), 409, "{r:?}");
    }
    let held = app.interview(&rep, &id).await.to_string();
    assert!(held.contains("Answer number"), "{held}");
}

/// Edits racing the submission: each lands before it or not at all (409,
/// or 403 once it is the reviewers' turn), never after the interview was
/// submitted.
async fn edits_racing_submission_land_before_it_or_not_at_all(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(None).await;
    let rep = app.token("u-rep-a1").await;
    let id = ids["acc-smb-small"].clone();
    app.answer(
        &rep,
        &id,
        "decision_maker",
        "Pat Doe signs; the CFO reviews first.",
    )
    .await;
    let edit_url = app.url(&format!("/api/v1/interviews/{id}/answers/decision_maker"));
    let edits = (0..8).map(|i| {
        app.send(
            app.client
                .put(edit_url.clone())
                .bearer_auth(&rep)
                .json(&json!({"text": format!("Edit {i}: Pat Doe signs alone.")})),
        )
    });
    let submit = app.send(
        app.client
            .post(app.url(&format!("/api/v1/interviews/{id}/submit")))
            .bearer_auth(&rep)
            .json(&json!({})),
    );
    let (edits, submitted) = tokio::join!(futures::future::join_all(edits), submit);
    assert!(submitted.status.is_success(), "{submitted:?}");
    for r in &edits {
        assert!(
            [200, 403, 409].contains(&r.status.as_u16()),
            "an edit is done or refused: {r:?}"
        );
    }
    let (submitted_at, last_write): (chrono::DateTime<chrono::Utc>, chrono::DateTime<chrono::Utc>) = baton::with_db!(&app.state().db, pool => {
        sqlx::query_as(
            "SELECT i.submitted_at, MAX(t.answered_at) FROM interviews i \
             JOIN interview_turns t ON t.interview_id = i.id \
             WHERE i.id = $1 AND t.answer_text IS NOT NULL GROUP BY i.submitted_at",
        )
        .bind(&id)
        .fetch_one(pool)
        .await
        .unwrap()
    });
    assert!(
        last_write <= submitted_at,
        "{last_write} after {submitted_at}"
    );
    // The text the interview holds is the last acknowledged edit's, or the
    // answer itself when none got in.
    let iv = app.interview(&app.token("u-mgr-a").await, &id).await;
    let held = iv["turns"][0]["answer_text"].as_str().unwrap().to_string();
    let acknowledged: Vec<&Value> = edits
        .iter()
        .filter(|r| r.status.is_success())
        .map(|r| &r.body)
        .collect();
    assert!(
        acknowledged.is_empty() && held.starts_with("Pat Doe signs;")
            || acknowledged
                .iter()
                .any(|b| b["turns"][0]["answer_text"].as_str() == Some(held.as_str())),
        "{held}"
    );
}
