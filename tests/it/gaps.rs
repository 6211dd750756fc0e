//! The gaps in an account's record over HTTP: found from the record as it
//! stands, shown to the people who may see the account, gone when the
//! record fills them.

use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{in_days, spawn, team_bundle, Backend};

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
    let app = spawn(backend).await.with_team().await;
    let url = "/api/v1/accounts/acc-mid-120/gaps";
    let admin = app.token("u-admin").await;
    let gaps = app.get(url, &admin).await.assert_ok().clone();
    let found = kinds(&gaps);
    // Sam Roe, the champion, has no strength on record; the renewal is 120
    // days out and the last activity about it is older than 30 days.
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
    let account = bundle["accounts"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|a| a["id"] == "acc-mid-120")
        .unwrap();
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

both_backends!(gaps_follow_the_record_and_its_readers);
