//! A successor's open question sent back to the departing owner: the
//! manager turns it into a waiting prompt of the owner's interview (which
//! reopens when it was approved), the owner answers, the answer closes the
//! question, and once approved again the clone answers it with the owner's
//! words. Refusals change nothing.

use serde_json::{json, Value};

use crate::both_backends;
use crate::knowledge::{approved_enterprise, ask};
use crate::support::{spawn, Backend, TestApp};

const HOTEL: &str = "Which hotel does their CFO book when she visits Lisbon?";
const HOTEL_ANSWER: &str =
    "She always books the Pestana Palace near Belem; never suggest anything by the airport.";

async fn questions(app: &TestApp, token: &str, open: bool) -> Vec<Value> {
    app.get(
        &format!("/api/v1/accounts/acc-ent/questions?open={open}"),
        token,
    )
    .await
    .assert_ok()["items"]
        .as_array()
        .unwrap()
        .clone()
}

fn send_back_url(asked: &str) -> String {
    format!("/api/v1/accounts/acc-ent/questions/{asked}/send-back")
}

async fn an_open_question_goes_back_to_the_owner_and_their_answer_closes_it(backend: Backend) {
    let app = spawn(backend).await.with_team().await;
    app.index_now().await;
    let interview = approved_enterprise(&app).await;
    let successor = app.token("u-rep-a2").await;
    let owner = app.token("u-rep-a1").await;
    let mgr = app.token("u-mgr-a").await;
    let before = ask(&app, &successor, "acc-ent", HOTEL).await;
    assert_eq!(before["abstained"], true, "{before}");
    let asked = before["question_log_id"].as_str().unwrap().to_string();
    let answered = ask(&app, &successor, "acc-ent", "Who signs the renewal?").await;
    assert_eq!(answered["abstained"], false, "{answered}");
    let answered_id = answered["question_log_id"].as_str().unwrap();

    // Refused, and nothing changes: the owner, the successor, another
    // line, an unknown question, one the clone answered, a bank question
    // that does not exist.
    let url = send_back_url(&asked);
    app.post(&url, &owner, &json!({}))
        .await
        .assert_error(403, "forbidden");
    app.post(&url, &successor, &json!({}))
        .await
        .assert_error(404, "not_found");
    app.post(&url, &app.token("u-mgr-b").await, &json!({}))
        .await
        .assert_error(404, "not_found");
    app.post(&send_back_url("no-such-question"), &mgr, &json!({}))
        .await
        .assert_error(404, "not_found");
    app.post(&send_back_url(answered_id), &mgr, &json!({}))
        .await
        .assert_error(409, "question_not_open");
    app.post(&url, &mgr, &json!({"question_id": "favourite_colour"}))
        .await
        .assert_error(422, "unknown_question");
    let still = app.interview(&mgr, &interview).await;
    assert_eq!(still["status"], "approved");
    let open = questions(&app, &mgr, true).await;
    assert_eq!(open.len(), 1, "{open:?}");
    assert_eq!(open[0]["open"], true);
    assert!(open[0]["sent_back"].is_null());

    // Sent back: the approved interview reopens with the question waiting,
    // in the successor's words, filed under the bank question asked for.
    let reopened = app
        .post(&url, &mgr, &json!({"question_id": "decision_maker"}))
        .await
        .assert_ok()
        .clone();
    assert_eq!(reopened["status"], "in_progress");
    let prompt = &reopened["current_prompt"];
    assert_eq!(prompt["kind"], "volunteered", "{prompt}");
    assert_eq!(prompt["question_id"], "decision_maker");
    assert!(prompt["text"].as_str().unwrap().contains(HOTEL), "{prompt}");
    assert!(prompt["text"]
        .as_str()
        .unwrap()
        .contains("Name of u-rep-a2"));
    app.post(&url, &app.token("u-admin").await, &json!({}))
        .await
        .assert_error(409, "already_sent_back");
    let open = questions(&app, &mgr, true).await;
    assert_eq!(open.len(), 1, "still open until the owner answers");
    assert_eq!(open[0]["sent_back"]["interview_id"], interview.as_str());
    assert_eq!(open[0]["sent_back"]["by"], "u-mgr-a");
    assert!(open[0]["sent_back"]["answered_at"].is_null());
    let audit = app
        .get("/api/v1/audit?kind=question_sent_back", &mgr)
        .await
        .assert_ok()
        .clone();
    let entries = audit.as_array().unwrap();
    assert_eq!(entries.len(), 1, "{audit}");
    assert_eq!(entries[0]["actor_id"], "u-mgr-a");
    assert_eq!(entries[0]["subject_user_id"], "u-rep-a1");
    assert_eq!(entries[0]["detail"]["reopened"], true);

    // The owner sees it waiting and answers it: the question closes.
    let seen = app.interview(&owner, &interview).await;
    assert_eq!(seen["current_prompt"]["id"], prompt["id"]);
    let after = app
        .post(
            &format!("/api/v1/interviews/{interview}/answers"),
            &owner,
            &json!({"question_id": "decision_maker", "text": HOTEL_ANSWER,
                    "prompt_id": prompt["id"]}),
        )
        .await
        .assert_ok()
        .clone();
    let turn = after["turns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["id"] == prompt["id"])
        .unwrap()
        .clone();
    assert_eq!(turn["successor_question"], HOTEL);
    assert_eq!(turn["answer_text"], HOTEL_ANSWER);
    assert!(questions(&app, &mgr, true).await.is_empty());
    let all = questions(&app, &mgr, false).await;
    let closed = all.iter().find(|q| q["id"] == asked.as_str()).unwrap();
    assert_eq!(closed["open"], false);
    assert!(closed["sent_back"]["answered_at"].is_string(), "{closed}");
    let dashboard = app.get("/api/v1/dashboard", &mgr).await.assert_ok().clone();
    let ent = dashboard["at_risk"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["account_id"] == "acc-ent");
    assert!(
        ent.is_none_or(|a| !a["reasons"].to_string().contains("open_questions")),
        "{dashboard}"
    );

    // Submitted and approved again: only the question it was filed under
    // gets a new version, and the clone answers the successor.
    app.post(
        &format!("/api/v1/interviews/{interview}/submit"),
        &owner,
        &json!({}),
    )
    .await
    .assert_ok();
    let approval = app.approve(&mgr, &interview).await;
    let versions = approval["versions"].as_array().unwrap();
    for v in versions {
        let expected = if v["question_id"] == "decision_maker" {
            2
        } else {
            1
        };
        assert_eq!(v["version"], expected, "{approval}");
    }
    let now = ask(&app, &successor, "acc-ent", HOTEL).await;
    assert_eq!(now["abstained"], false, "{now}");
    assert!(now["answer"].as_str().unwrap().contains("Pestana"), "{now}");

    // Once the owner has left, nothing can be sent back to them.
    let later = ask(
        &app,
        &successor,
        "acc-ent",
        "What is the CEO's favourite football club?",
    )
    .await;
    assert_eq!(later["abstained"], true, "{later}");
    let departure = app.departure_id(&mgr).await;
    app.complete_departure(&mgr, &departure).await;
    app.post(
        &send_back_url(later["question_log_id"].as_str().unwrap()),
        &mgr,
        &json!({}),
    )
    .await
    .assert_error(409, "owner_not_in_notice");
}

both_backends!(an_open_question_goes_back_to_the_owner_and_their_answer_closes_it);
