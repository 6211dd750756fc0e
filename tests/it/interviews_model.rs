//! The interview through a language model: a scripted OpenAI-compatible
//! server (real HTTP, the real async-openai client) plays normal replies,
//! malformed JSON, a timeout, 429 and 500. For each: what the rep sees, and
//! that no answer is lost.

use std::time::Duration;

use serde_json::json;

use crate::both_backends;
use crate::scripted_llm::{Kind, Reply, ScriptedLlm};
use crate::support::{spawn_with, Backend, TestApp};

async fn app_with_model(backend: Backend, llm: &ScriptedLlm) -> TestApp {
    app_with_model_and(backend, llm, |_| {}).await
}

/// The team's app on the scripted model, its configuration tweaked.
async fn app_with_model_and(
    backend: Backend,
    llm: &ScriptedLlm,
    tweak: impl FnOnce(&mut baton::config::Config),
) -> TestApp {
    let base = llm.base_url.clone();
    spawn_with(
        backend,
        move |c| {
            c.openai_base_url = Some(base);
            c.chat_model = Some("scripted-model".into());
            c.llm_timeout = Duration::from_millis(700);
            tweak(c);
        },
        None,
    )
    .await
    .with_team()
    .await
}

fn extraction(source: &str) -> Reply {
    Reply::json(json!({
        "commitments": [{"what": "quarterly report", "to_whom": "Pat Doe", "by_when": "March",
                          "in_contract": false, "source": source}],
        "sensitive_topics": [], "stakeholders": [], "warning_signs": []
    }))
}

const NO_FOLLOW_UP: &str = r#"{"follow_up": false, "reason": "none", "question": ""}"#;

/// Normal replies: the model phrases, decides the follow-up, extracts; the
/// prompts hold this account's data only, inside the data delimiters.
async fn model_phrases_follows_up_and_extracts(backend: Backend) {
    let llm = ScriptedLlm::start().await;
    llm.push(Kind::Phrase, [Reply::Content("The record lists Pat Doe as economic buyer. Who really decides, and what does Pat care about?".into())]);
    llm.default_reply(
        Kind::Phrase,
        Reply::Content("What have we promised the champion?".into()),
    );
    llm.push(
        Kind::FollowUp,
        [Reply::json(
            json!({"follow_up": true, "reason": "unknown_person",
        "question": "Who is Marta Quinn, and should she be added as a contact?"}),
        )],
    );
    llm.default_reply(Kind::FollowUp, Reply::Content(NO_FOLLOW_UP.into()));
    let first =
        "Pat Doe signs. We promised Pat a quarterly report by March. Marta Quinn has a veto.";
    llm.push(
        Kind::Extract,
        [extraction("We promised Pat a quarterly report by March.")],
    );
    llm.default_reply(Kind::Extract, Reply::json(json!({"commitments": [], "sensitive_topics": [], "stakeholders": [], "warning_signs": []})));

    let app = app_with_model(backend, &llm).await;
    let id = app.notice_rep_a1(None).await["acc-ent"].clone();
    let rep = app.token("u-rep-a1").await;
    let iv = app.interview(&rep, &id).await;
    assert_eq!(iv["current_prompt"]["phrased_by"], "model");
    assert!(iv["current_prompt"]["text"]
        .as_str()
        .unwrap()
        .starts_with("The record lists Pat Doe"));
    // The record excerpt is still there, for the rep and for citations.
    assert_eq!(
        iv["current_prompt"]["record_context"]["items"][0]["id"],
        "c-acc-ent-1"
    );

    let iv = app.answer(&rep, &id, "decision_maker", first).await;
    assert_eq!(iv["current_prompt"]["kind"], "follow_up");
    assert_eq!(
        iv["current_prompt"]["text"],
        "Who is Marta Quinn, and should she be added as a contact?"
    );
    let facts = iv["facts"].as_array().unwrap();
    assert_eq!(facts.len(), 1, "{facts:?}");
    assert_eq!(facts[0]["extracted_by"], "model");
    assert_eq!(facts[0]["kind"], "commitment");
    assert_eq!(iv["turns"][0]["extraction"], "done");

    let iv = app
        .answer(
            &rep,
            &id,
            "decision_maker",
            "Marta Quinn is head of procurement since spring.",
        )
        .await;
    assert_eq!(iv["current_prompt"]["question_id"], "champion");
    assert_eq!(iv["fell_back"], false);

    // Prompts: this account only, answers and record inside the delimiters.
    for body in llm.requests() {
        let text = body.to_string();
        // Other accounts, and colleagues this account does not involve
        // (another line's manager and rep, the admin).
        for other in [
            "acc-b1",
            "acc-a2",
            "acc-mid-120",
            "c-acc-b1-1",
            "Name of u-mgr-b",
            "Name of u-rep-b1",
            "Name of u-admin",
        ] {
            assert!(
                !text.contains(other),
                "a prompt about acc-ent mentions {other}"
            );
        }
        assert_eq!(body["model"], "scripted-model");
    }
    let extract_prompt = &llm.prompts(Kind::Extract)[0];
    // The answer is the prompt's last data block.
    let inside = extract_prompt
        .split("<<<DATA")
        .last()
        .unwrap()
        .split("DATA>>>")
        .next()
        .unwrap();
    assert!(
        inside.contains("Marta Quinn has a veto"),
        "{extract_prompt}"
    );
    // The people the extraction may name: the contacts and the owner.
    assert!(
        extract_prompt.contains("Pat Doe") && extract_prompt.contains("Name of u-rep-a1"),
        "{extract_prompt}"
    );
    let phrase_prompt = &llm.prompts(Kind::Phrase)[0];
    assert!(
        phrase_prompt.contains("[contact c-acc-ent-1] Pat Doe"),
        "{phrase_prompt}"
    );
}

/// Malformed JSON from the model: extraction is retried once then stored as
/// not extracted; a malformed follow-up decision falls back to the rules;
/// the answers are all there.
async fn malformed_replies_fall_back_and_lose_nothing(backend: Backend) {
    let llm = ScriptedLlm::start().await;
    llm.default_reply(Kind::Phrase, Reply::Content("Who decides?".into()));
    llm.push(
        Kind::Extract,
        [
            Reply::Content("Sure! The facts are: a report.".into()),
            Reply::Garbage,
        ],
    );
    llm.default_reply(Kind::Extract, Reply::json(json!({"commitments": [], "sensitive_topics": [], "stakeholders": [], "warning_signs": []})));
    llm.default_reply(Kind::FollowUp, Reply::Content("{\"follow_up\": tru".into()));
    let app = app_with_model(backend, &llm).await;
    let id = app.notice_rep_a1(None).await["acc-ent"].clone();
    let rep = app.token("u-rep-a1").await;
    app.get(&format!("/api/v1/interviews/{id}"), &rep)
        .await
        .assert_ok();

    let iv = app
        .answer(&rep, &id, "decision_maker", "Pat decides.")
        .await;
    assert_eq!(iv["turns"][0]["answer_text"], "Pat decides.");
    assert_eq!(iv["turns"][0]["extraction"], "not_extracted");
    assert_eq!(llm.prompts(Kind::Extract).len(), 2, "retried once");
    // The rules caught the thin answer; the prompt says the model failed.
    let prompt = &iv["current_prompt"];
    assert_eq!(prompt["kind"], "follow_up");
    assert_eq!(prompt["phrased_by"], "fallback");
    assert_eq!(iv["fell_back"], true);
    assert!(iv["turns"][1]["fallback_reason"]
        .as_str()
        .unwrap()
        .contains("malformed"));
}

/// 429 and 500: retried with backoff; once they pass, the model's reply is
/// used; when they persist, the templates take over and the answer stays.
async fn rate_limits_and_server_errors_are_retried_then_fall_back(backend: Backend) {
    let llm = ScriptedLlm::start().await;
    llm.push(
        Kind::Phrase,
        [
            Reply::Status(429),
            Reply::Status(500),
            Reply::Content("Who decides, really?".into()),
        ],
    );
    llm.default_reply(Kind::Phrase, Reply::Status(500));
    llm.default_reply(Kind::Extract, Reply::Status(429));
    llm.default_reply(Kind::FollowUp, Reply::Status(503));
    let app = app_with_model(backend, &llm).await;
    let id = app.notice_rep_a1(None).await["acc-ent"].clone();
    let rep = app.token("u-rep-a1").await;
    let iv = app.interview(&rep, &id).await;
    assert_eq!(iv["current_prompt"]["text"], "Who decides, really?");
    assert_eq!(iv["current_prompt"]["phrased_by"], "model");
    assert_eq!(llm.prompts(Kind::Phrase).len(), 3, "two retries");

    let text = "Pat Doe signs every renewal herself and cares most about audit findings staying low this year.";
    let iv = app.answer(&rep, &id, "decision_maker", text).await;
    assert_eq!(iv["turns"][0]["answer_text"], text);
    // Extraction fell back to the rules: Pat Doe is a known contact.
    assert_eq!(iv["turns"][0]["extraction"], "done");
    assert!(iv["facts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|f| f["extracted_by"] == "rules"));
    let prompt = &iv["current_prompt"];
    assert_eq!(
        prompt["question_id"], "champion",
        "rules saw a complete answer"
    );
    assert_eq!(prompt["phrased_by"], "fallback");
    assert!(prompt["text"].as_str().unwrap().contains("champion"));
}

/// A model that does not answer in time: one retry, then the templates.
async fn timeouts_fall_back_to_the_templates(backend: Backend) {
    let llm = ScriptedLlm::start().await;
    let slow = Reply::Slow(
        Duration::from_secs(3),
        Box::new(Reply::Content("Too late?".into())),
    );
    llm.default_reply(Kind::Phrase, slow);
    let app = app_with_model(backend, &llm).await;
    let id = app.notice_rep_a1(None).await["acc-ent"].clone();
    let rep = app.token("u-rep-a1").await;
    let iv = app.interview(&rep, &id).await;
    let prompt = &iv["current_prompt"];
    assert_eq!(prompt["phrased_by"], "fallback");
    assert!(
        prompt["text"].as_str().unwrap().contains("Pat Doe"),
        "the template used the record"
    );
    assert_eq!(
        llm.prompts(Kind::Phrase).len(),
        2,
        "one retry after the timeout"
    );
    assert!(iv["turns"][0]["fallback_reason"]
        .as_str()
        .unwrap()
        .contains("timed out"));
}

/// An endpoint nobody answers at: the templates take over, and the rep is
/// told the model could not be reached, not the endpoint's address.
async fn an_unreachable_model_is_not_named_to_the_rep(backend: Backend) {
    // Port 1 (tcpmux): nothing listens there, and no other test's server
    // can take it, as it could a port that was free a moment ago.
    let app = spawn_with(
        backend,
        move |c| {
            c.openai_base_url = Some("http://127.0.0.1:1/secret-gateway/v1".to_string());
            c.chat_model = Some("scripted-model".into());
            c.llm_timeout = Duration::from_millis(700);
        },
        None,
    )
    .await
    .with_team()
    .await;
    let id = app.notice_rep_a1(None).await["acc-ent"].clone();
    let rep = app.token("u-rep-a1").await;
    let iv = app.interview(&rep, &id).await;
    assert_eq!(iv["current_prompt"]["phrased_by"], "fallback");
    let reason = iv["turns"][0]["fallback_reason"].as_str().unwrap();
    assert_eq!(reason, "the model endpoint could not be reached");
    let all = iv.to_string();
    assert!(
        !all.contains("127.0.0.1") && !all.contains("secret-gateway"),
        "{all}"
    );
}

/// Facts a model reads into an answer have the rules' shape, and in the
/// brief they fill what the record lacks, never replace what it says: the
/// model calls Pat Doe's relationship a 5 and her channel SMS, the record
/// says 3 and email, and the record stands; Sam Roe's strength, which the
/// record does not give, comes from the interview.
async fn the_brief_keeps_the_records_values_over_the_models(backend: Backend) {
    let llm = ScriptedLlm::start().await;
    llm.default_reply(Kind::Phrase, Reply::Content("Who decides?".into()));
    llm.default_reply(Kind::FollowUp, Reply::Content(NO_FOLLOW_UP.into()));
    let answer = "Pat Doe signs and must never be surprised. Sam Roe is a strong ally.";
    llm.default_reply(
        Kind::Extract,
        Reply::json(json!({
            "commitments": [], "sensitive_topics": [], "warning_signs": [],
            "stakeholders": [
                {"name": "Pat Doe", "role": "Economic buyer", "strength": 5, "channel": "sms",
                 "never_surprise": true, "source": "Pat Doe signs and must never be surprised."},
                {"name": "Sam Roe", "role": "the ops guy", "strength": 4, "channel": null,
                 "never_surprise": false, "source": "Sam Roe is a strong ally."}
            ]
        })),
    );
    let app = app_with_model(backend, &llm).await;
    let id = app.notice_rep_a1(Some("u-rep-a2")).await["acc-ent"].clone();
    let rep = app.token("u-rep-a1").await;
    let iv = app.answer(&rep, &id, "decision_maker", answer).await;
    let facts = iv["facts"].as_array().unwrap();
    let pat = facts
        .iter()
        .find(|f| f["data"]["name"] == "Pat Doe")
        .unwrap_or_else(|| panic!("{facts:?}"));
    assert_eq!(pat["kind"], "stakeholder");
    assert_eq!(pat["extracted_by"], "model");
    assert_eq!(pat["data"]["role"], "economic_buyer", "{pat}");
    let sam = facts
        .iter()
        .find(|f| f["data"]["name"] == "Sam Roe")
        .unwrap();
    assert!(
        sam["data"]["role"].is_null(),
        "a title is not a buying role: {sam}"
    );

    app.post(&format!("/api/v1/interviews/{id}/submit"), &rep, &json!({}))
        .await
        .assert_ok();
    app.approve(&app.token("u-mgr-a").await, &id).await;
    let successor = app.token("u-rep-a2").await;
    let brief = app.get("/api/v1/accounts/acc-ent/brief", &successor).await;
    let people = brief.assert_ok()["people"].as_array().unwrap().clone();
    let person = |name: &str| people.iter().find(|p| p["name"] == name).unwrap().clone();
    let pat = person("Pat Doe");
    assert_eq!(
        (pat["strength"].clone(), pat["channel"].clone()),
        (json!(3), json!("email"))
    );
    assert_eq!(
        pat["never_surprise"], true,
        "what the record cannot say, the answer does"
    );
    // The record holds Sam's strength (3): the model's 4 does not replace it.
    let sam = person("Sam Roe");
    assert_eq!(
        (sam["strength"].clone(), sam["channel"].clone()),
        (json!(3), json!("phone"))
    );
}

/// Every request carries its kind's output limit from
/// `prompts/limits.toml` (as `max_tokens`, or `max_completion_tokens` when
/// set so), with its stop sequences; requests and tokens are counted by
/// kind on /metrics.
async fn every_model_request_is_bounded_and_counted(backend: Backend) {
    for param in ["max_tokens", "max_completion_tokens"] {
        let llm = ScriptedLlm::start().await;
        llm.default_reply(
            Kind::Phrase,
            Reply::Content("Who signs the renewal?".into()),
        );
        llm.default_reply(Kind::FollowUp, Reply::Content(NO_FOLLOW_UP.into()));
        llm.default_reply(Kind::Extract, extraction("Pat Doe signs."));
        let app = app_with_model_and(backend, &llm, |c| {
            if param == "max_completion_tokens" {
                c.llm_token_limit_param = baton::config::TokenLimitParam::MaxCompletionTokens;
            }
        })
        .await;
        let id = app.notice_rep_a1(None).await["acc-ent"].clone();
        let rep = app.token("u-rep-a1").await;
        app.interview(&rep, &id).await;
        app.answer(&rep, &id, "decision_maker", "Pat Doe signs.")
            .await;
        let other = if param == "max_tokens" {
            "max_completion_tokens"
        } else {
            "max_tokens"
        };
        for (kind, limit) in [
            (Kind::Phrase, 120),
            (Kind::FollowUp, 160),
            (Kind::Extract, 700),
        ] {
            let sent = llm.requests_of(kind);
            assert!(!sent.is_empty(), "no {kind:?} request");
            for body in &sent {
                assert_eq!(body[param], limit, "{kind:?}: {body}");
                assert!(body.get(other).is_none(), "{kind:?}: {body}");
                let stop = if kind == Kind::Phrase {
                    json!(["\n\n"])
                } else {
                    serde_json::Value::Null
                };
                assert_eq!(body["stop"], stop, "{kind:?}: {body}");
            }
        }
        // The scripted server reports 10 tokens in and 10 out per reply.
        let metrics = app
            .client
            .get(app.url("/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let phrased = llm.requests_of(Kind::Phrase).len() * 10;
        for line in [
            format!("baton_llm_tokens_total{{direction=\"in\",kind=\"phrasing\"}} {phrased}"),
            format!("baton_llm_tokens_total{{direction=\"out\",kind=\"phrasing\"}} {phrased}"),
            format!(
                "baton_llm_requests_total{{kind=\"phrasing\",outcome=\"ok\"}} {}",
                phrased / 10
            ),
            "baton_llm_requests_total{kind=\"extraction\",outcome=\"ok\"} 1".to_string(),
        ] {
            assert!(metrics.contains(&line), "{line} not in\n{metrics}");
        }
    }
}

/// An endpoint that refuses `response_format` (a 400 naming it) is asked
/// again without it, and never with it after; the model's JSON is read
/// all the same. With BATON_LLM_RESPONSE_FORMAT=none it is never sent.
async fn response_format_only_where_the_endpoint_takes_it(backend: Backend) {
    for setting in ["json_object", "none"] {
        let llm = ScriptedLlm::start().await;
        llm.refuse_response_format();
        llm.default_reply(
            Kind::Phrase,
            Reply::Content("Who signs the renewal?".into()),
        );
        llm.default_reply(
            Kind::FollowUp,
            Reply::Content(format!(
                "Sure! Here is my decision:\n```json\n{NO_FOLLOW_UP}\n```"
            )),
        );
        llm.default_reply(Kind::Extract, extraction("Pat Doe signs."));
        let app = app_with_model_and(backend, &llm, |c| {
            c.llm_response_format = setting == "json_object";
        })
        .await;
        let id = app.notice_rep_a1(None).await["acc-ent"].clone();
        let rep = app.token("u-rep-a1").await;
        app.interview(&rep, &id).await;
        let iv = app
            .answer(&rep, &id, "decision_maker", "Pat Doe signs.")
            .await;
        assert_eq!(iv["fell_back"], false, "{iv}");
        let facts = iv["facts"].as_array().unwrap();
        assert_eq!(facts[0]["extracted_by"], "model", "{facts:?}");
        // JSON requests in order: with the setting on, the first carried
        // response_format (refused), its retry and every later one not.
        let json_requests: Vec<bool> = llm
            .requests()
            .iter()
            .filter(|b| {
                let text = b.to_string();
                text.contains("Decide whether") || text.contains("Extract structured facts")
            })
            .map(|b| b.get("response_format").is_some())
            .collect();
        let expected: Vec<bool> = if setting == "json_object" {
            std::iter::once(true)
                .chain(std::iter::repeat_n(false, json_requests.len() - 1))
                .collect()
        } else {
            vec![false; json_requests.len()]
        };
        assert!(json_requests.len() >= 2, "{json_requests:?}");
        assert_eq!(json_requests, expected, "{setting}");
    }
}

both_backends!(
    response_format_only_where_the_endpoint_takes_it,
    every_model_request_is_bounded_and_counted,
    the_brief_keeps_the_records_values_over_the_models,
    an_unreachable_model_is_not_named_to_the_rep,
    model_phrases_follows_up_and_extracts,
    malformed_replies_fall_back_and_lose_nothing,
    rate_limits_and_server_errors_are_retried_then_fall_back,
    timeouts_fall_back_to_the_templates,
);
