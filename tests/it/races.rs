//! Writes that race: exactly one winner where one is possible, the others a
//! clear 409, nothing half-applied, nothing acknowledged lost; and
//! questions asked while the index is rebuilt.

use serde_json::{json, Value};

use crate::both_backends;
use crate::knowledge::{answer_and_submit, approved_enterprise, ask, DECIDES};
use crate::support::{spawn, Backend, Reply, TestApp};

/// The knowledge versions of one question of an account, oldest first:
/// (text, superseded).
async fn versions(app: &TestApp, account: &str, question: &str) -> Vec<(String, bool)> {
    let rows: Vec<(String, Option<chrono::DateTime<chrono::Utc>>)> = baton::with_db!(&app.state().db, pool => {
        sqlx::query_as(
            "SELECT text, superseded_at FROM knowledge_versions \
             WHERE account_id = $1 AND question_id = $2 ORDER BY version",
        )
        .bind(account)
        .bind(question)
        .fetch_all(pool)
        .await
        .unwrap()
    });
    rows.into_iter().map(|(t, s)| (t, s.is_some())).collect()
}

/// acc-ent's interview answered and submitted; its id and the reviewer's
/// token.
async fn submitted_enterprise(app: &TestApp) -> (String, String) {
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let id = ids["acc-ent"].clone();
    answer_and_submit(app, &rep, &id, &[("decision_maker", DECIDES)]).await;
    (id, app.token("u-mgr-a").await)
}

fn codes(replies: &[Reply]) -> Vec<(u16, String)> {
    replies
        .iter()
        .map(|r| (r.status.as_u16(), r.error_code().to_string()))
        .collect()
}

/// Answers and skips naming the same prompt, all at once: one lands, the
/// rest are 409 and change nothing; the prompt after it is untouched.
async fn answers_and_skips_on_one_prompt_have_one_winner(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let id = ids["acc-ent"].clone();
    let iv = app.interview(&rep, &id).await;
    let prompt = iv["current_prompt"]["id"].as_str().unwrap().to_string();
    let question = iv["current_prompt"]["question_id"]
        .as_str()
        .unwrap()
        .to_string();
    let answers = format!("/api/v1/interviews/{id}/answers");
    let skip = format!("/api/v1/interviews/{id}/skip");
    let bodies: Vec<(String, Value)> = (0..8)
        .map(|i| {
            if i % 2 == 0 {
                let text = format!("Answer {i}: Pat Doe signs and Morgan Lake decides.");
                let body = json!({"question_id": question, "prompt_id": prompt, "text": text});
                (answers.clone(), body)
            } else {
                (skip.clone(), json!({"prompt_id": prompt}))
            }
        })
        .collect();
    let replies: Vec<Reply> =
        futures::future::join_all(bodies.iter().map(|(path, body)| app.post(path, &rep, body)))
            .await;
    let won: Vec<usize> = (0..replies.len())
        .filter(|&i| replies[i].status.is_success())
        .collect();
    assert_eq!(won.len(), 1, "exactly one winner: {:?}", codes(&replies));
    for r in replies.iter().filter(|r| !r.status.is_success()) {
        assert_eq!(r.status.as_u16(), 409, "{r:?}");
        assert!(
            ["prompt_closed", "conflict"].contains(&r.error_code()),
            "{r:?}"
        );
    }
    let held = app.interview(&rep, &id).await;
    let turns = held["turns"].as_array().unwrap();
    let turn = turns.iter().find(|t| t["id"] == prompt.as_str()).unwrap();
    let winner = &bodies[won[0]].1;
    match winner["text"].as_str() {
        Some(text) => assert_eq!(turn["answer_text"], text, "{turn}"),
        None => {
            assert_eq!(turn["skipped"], true, "{turn}");
            assert!(turn["answer_text"].is_null(), "{turn}");
        }
    }
    // Only the named prompt was closed: whatever came after still waits.
    let closed = turns
        .iter()
        .filter(|t| !t["answer_text"].is_null() || t["skipped"] == true)
        .count();
    assert_eq!(closed, 1, "{held}");
    let next = held["current_prompt"]["id"].as_str().unwrap();
    assert_ne!(next, prompt);

    // A prompt named later: gone is 409, never seen is 422.
    let stale = json!({"question_id": question, "prompt_id": prompt, "text": "Late answer."});
    app.post(&answers, &rep, &stale)
        .await
        .assert_error(409, "prompt_closed");
    app.post(&skip, &rep, &json!({"prompt_id": "no-such-prompt"}))
        .await
        .assert_error(422, "unknown_prompt");
    let after = app.interview(&rep, &id).await;
    assert_eq!(after["turns"], held["turns"]);
}

/// An approval racing the reviewer's edits of the same answer: each edit
/// lands before the approval (and is in what it locked), after it (as a
/// new knowledge version), or not at all (409). The current knowledge is
/// always the answer the interview holds, and every acknowledged edit is on
/// record.
async fn approval_racing_edits_keeps_store_and_knowledge_in_step(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let (id, mgr) = submitted_enterprise(&app).await;

    let edit_url = app.url(&format!("/api/v1/interviews/{id}/answers/decision_maker"));
    let texts: Vec<String> = (0..6)
        .map(|i| format!("Edit {i}: Quentin Vale signs and Morgan Lake decides."))
        .collect();
    let edits = texts.iter().map(|text| {
        app.send(
            app.client
                .put(edit_url.clone())
                .bearer_auth(&mgr)
                .json(&json!({ "text": text })),
        )
    });
    let approve_url = format!("/api/v1/interviews/{id}/approve");
    let empty = json!({});
    let approve = app.post(&approve_url, &mgr, &empty);
    let (edits, approved) = tokio::join!(futures::future::join_all(edits), approve);
    approved.assert_ok();
    for r in &edits {
        assert!([200, 409].contains(&r.status.as_u16()), "{r:?}");
    }

    let iv = app.interview(&mgr, &id).await;
    assert_eq!(iv["status"], "approved");
    let turn = iv["turns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["question_id"] == "decision_maker" && t["kind"] != "follow_up")
        .unwrap();
    let held = turn["answer_text"].as_str().unwrap();
    let vs = versions(&app, "acc-ent", "decision_maker").await;
    let current: Vec<&String> = vs.iter().filter(|(_, s)| !s).map(|(t, _)| t).collect();
    assert_eq!(current.len(), 1, "{vs:?}");
    assert!(
        current[0].starts_with(held),
        "the knowledge is the answer held: {vs:?} / {held}"
    );
    let on_record: Vec<&str> = turn["earlier_versions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["text"].as_str().unwrap())
        .chain(std::iter::once(held))
        .collect();
    for (r, text) in edits.iter().zip(&texts) {
        if r.status.is_success() {
            assert!(
                on_record.contains(&text.as_str()),
                "{text} lost: {on_record:?}"
            );
        } else {
            assert!(
                !on_record.contains(&text.as_str()),
                "{text} refused yet written"
            );
        }
    }
    // What is searched is what is held.
    let reply = ask(&app, &mgr, "acc-ent", "Who signs?").await;
    let named = if held.starts_with("Edit") {
        "Quentin Vale"
    } else {
        "Pat Doe"
    };
    assert!(reply.to_string().contains(named), "{reply}");
}

/// An approval carrying the reviewer's own edit, racing other edits of the
/// answer: it commits whole (edit, facts, approval, knowledge) or, on a
/// conflict, leaves nothing behind and can be sent again.
async fn an_approval_with_edits_commits_whole_or_not_at_all(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let (id, mgr) = submitted_enterprise(&app).await;
    let reviewed = "Reviewed: Robin Hale signs and Morgan Lake decides.";
    let approve_url = format!("/api/v1/interviews/{id}/approve");
    let approve_body = json!({"answers": {"decision_maker": reviewed}});
    let edit_url = app.url(&format!("/api/v1/interviews/{id}/answers/decision_maker"));
    let edits = (0..3).map(|i| {
        app.send(
            app.client
                .put(edit_url.clone())
                .bearer_auth(&mgr)
                .json(&json!({"text": format!("Racing edit {i}: Quentin Vale signs.")})),
        )
    });
    let approve = app.post(&approve_url, &mgr, &approve_body);
    let (_, approved) = tokio::join!(futures::future::join_all(edits), approve);
    if approved.status.is_success() {
        let vs = versions(&app, "acc-ent", "decision_maker").await;
        assert!(vs.iter().any(|(t, _)| t.starts_with(reviewed)), "{vs:?}");
    } else {
        approved.assert_error(409, "conflict");
        let iv = app.interview(&mgr, &id).await;
        assert_eq!(iv["status"], "submitted", "nothing of the approval landed");
        assert!(versions(&app, "acc-ent", "decision_maker").await.is_empty());
        assert!(!iv.to_string().contains(reviewed), "{iv}");
        app.post(&approve_url, &mgr, &approve_body)
            .await
            .assert_ok();
    }
    let iv = app.interview(&mgr, &id).await;
    assert_eq!(iv["status"], "approved");
    let vs = versions(&app, "acc-ent", "decision_maker").await;
    let current: Vec<&(String, bool)> = vs.iter().filter(|(_, s)| !s).collect();
    assert_eq!(current.len(), 1, "{vs:?}");
    // The facts on record were drawn from the text the answer holds.
    let turn = iv["turns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["question_id"] == "decision_maker" && t["kind"] != "follow_up")
        .unwrap()
        .clone();
    let held = turn["answer_text"].as_str().unwrap();
    assert!(current[0].0.starts_with(held), "{vs:?} / {held}");
    for f in iv["facts"].as_array().unwrap() {
        if f["turn_id"] == turn["id"] {
            let quoted = f["source_text"].as_str().unwrap();
            assert!(held.contains(quoted), "{quoted} is not in {held}");
        }
    }
}

/// Questions asked while the index is rebuilt from the store: every one is
/// answered from what was approved, none waits on the whole rebuild's end
/// or finds an empty index.
async fn asks_during_a_rebuild_find_what_was_approved(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    approved_enterprise(&app).await;
    let mgr = app.token("u-mgr-a").await;
    let before = ask(&app, &mgr, "acc-ent", "What did we promise Sam?").await;
    assert_eq!(before["abstained"], false, "{before}");
    let indexer = app.state().knowledge.indexer.clone();
    let rebuild = tokio::spawn(async move { indexer.rebuild().await.map(|p| p.indexed) });
    let question = json!({"question": "What did we promise Sam?"});
    let asks = futures::future::join_all(
        (0..6).map(|_| app.post("/api/v1/accounts/acc-ent/ask", &mgr, &question)),
    )
    .await;
    let indexed = rebuild.await.unwrap().unwrap();
    assert!(indexed > 0, "the rebuild refilled the index");
    // The same sources, the promise first. (Scores may move a little while
    // the index refills: BM25 weighs a word by what the index holds.)
    let sources = |reply: &Value| -> Vec<(String, String)> {
        let mut s: Vec<(String, String)> = reply["citations"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| (c["kind"].to_string(), c["id"].to_string()))
            .collect();
        s.sort();
        s
    };
    for r in &asks {
        let body = r.assert_ok();
        assert_eq!(body["abstained"], false, "{body}");
        assert_eq!(
            body["citations"][0]["id"], before["citations"][0]["id"],
            "{body}"
        );
        assert_eq!(sources(body), sources(&before), "{body}");
    }
    let after = ask(&app, &mgr, "acc-ent", "What did we promise Sam?").await;
    assert_eq!(after["answer"], before["answer"]);
    assert_eq!(sources(&after), sources(&before), "{after}");
}

/// An answer committed just before the process stopped, its facts not yet
/// drawn: the next start draws them.
async fn facts_left_undrawn_by_a_stop_are_drawn_at_the_next_start(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    let ids = app.notice_rep_a1(Some("u-rep-a2")).await;
    let rep = app.token("u-rep-a1").await;
    let id = ids["acc-ent"].clone();
    let iv = app.answer(&rep, &id, "decision_maker", DECIDES).await;
    let drawn = iv["facts"].clone();
    assert!(!drawn.as_array().unwrap().is_empty(), "{iv}");
    // As a kill between the answer's commit and its extraction leaves it.
    baton::with_db!(&app.state().db, pool => {
        sqlx::query("DELETE FROM interview_facts WHERE interview_id = $1")
            .bind(&id)
            .execute(pool)
            .await
            .unwrap();
        sqlx::query("UPDATE interview_turns SET extraction = 'pending' WHERE interview_id = $1 AND answer_text IS NOT NULL")
            .bind(&id)
            .execute(pool)
            .await
            .unwrap();
    });
    let app = app.restart().await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let iv = app.interview(&rep, &id).await;
        // Turns and facts are read one after the other: wait for both.
        if iv["facts"].as_array().is_some_and(|f| !f.is_empty())
            && iv["turns"][0]["extraction"] != "pending"
        {
            let strip = |v: &Value| -> Vec<(Value, Value)> {
                v.as_array()
                    .unwrap()
                    .iter()
                    .map(|f| (f["kind"].clone(), f["source_text"].clone()))
                    .collect()
            };
            assert_eq!(strip(&iv["facts"]), strip(&drawn));
            let turn = &iv["turns"][0];
            assert_eq!(turn["extraction"], "done", "{turn}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "facts never drawn: {iv}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
}

both_backends!(
    facts_left_undrawn_by_a_stop_are_drawn_at_the_next_start,
    answers_and_skips_on_one_prompt_have_one_winner,
    approval_racing_edits_keeps_store_and_knowledge_in_step,
    an_approval_with_edits_commits_whole_or_not_at_all,
    asks_during_a_rebuild_find_what_was_approved,
);
