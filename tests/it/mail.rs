//! Mail: the hand-written mbox and `.eml` fixtures (tests/fixtures/mail,
//! written apart from the importer) read as their manifest says: ids,
//! senders, dates, decoded subjects, threads, the message's own words kept
//! and the quoted ones and signatures cut. An import places each thread on
//! the account its people belong to, by address or company domain, says
//! which messages it left out and why, and changes nothing the second time.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use baton::imports::mail;
use baton::imports::Input;
use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account, in_days, spawn, team_bundle, Backend, Reply, TestApp};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/mail")
        .join(name)
}

fn manifest() -> Value {
    let text = std::fs::read_to_string(fixture("manifest.json")).expect("manifest");
    serde_json::from_str(&text).expect("manifest is JSON")
}

fn bare(id: &str) -> String {
    id.trim_start_matches('<').trim_end_matches('>').to_string()
}

#[test]
fn every_fixture_message_reads_as_its_manifest_says() {
    let m = manifest();
    let mut all = Vec::new();
    for (key, path) in [("kestrel.mbox", "kestrel.mbox"), ("eml", "eml")] {
        let read = mail::read(&Input::Path(fixture(path)), &|_| {}).expect("the mail reads");
        assert!(read.skipped.is_empty(), "{key}: {:?}", read.skipped);
        assert_eq!(
            read.mails.len() as u64,
            m[key]["messages"].as_u64().unwrap(),
            "{key}"
        );
        all.extend(read.mails);
    }
    let roots = mail::thread_roots(&all);
    let by_id: HashMap<&str, (usize, &mail::Mail)> = all
        .iter()
        .enumerate()
        .map(|(i, x)| (x.id.as_str(), (i, x)))
        .collect();
    for key in ["kestrel.mbox", "eml"] {
        for want in m[key]["by_message"].as_array().unwrap() {
            let id = bare(want["message_id"].as_str().unwrap());
            let (i, got) = by_id
                .get(id.as_str())
                .unwrap_or_else(|| panic!("{id} is read"));
            assert_eq!(got.from.address, want["from"], "{id}: from");
            assert_eq!(
                got.at.format("%Y-%m-%dT%H:%M:%SZ").to_string(),
                want["date_utc"],
                "{id}: date"
            );
            assert_eq!(got.subject, want["subject_decoded"], "{id}: subject");
            assert_eq!(
                roots[*i],
                bare(want["thread_root"].as_str().unwrap()),
                "{id}: thread"
            );
            assert_eq!(got.html_only, want["html_only"], "{id}: html only");
            let keep = want["body_contains"].as_str().unwrap();
            assert!(
                got.text.contains(keep),
                "{id}: keeps {keep:?} in {:?}",
                got.text
            );
            if let Some(cut) = want["body_excludes"].as_str() {
                assert!(
                    !got.text.contains(cut),
                    "{id}: cuts {cut:?} from {:?}",
                    got.text
                );
            }
            assert!(
                !got.text.contains('<') || !got.html_only,
                "{id}: no markup left"
            );
        }
    }
}

/// The team with Dana and Sam at acme.test, Kestrel Foods (Priya and Tom
/// are contacts, Ines is not) and Harbor Mills (Lena).
fn mail_bundle() -> Value {
    let mut bundle = team_bundle();
    for (id, name, email) in [
        ("u-dana", "Dana Whitfield", "dana@acme.test"),
        ("u-sam", "Sam Ortiz", "sam@acme.test"),
    ] {
        bundle["users"].as_array_mut().unwrap().push(json!({
            "id": id, "name": name, "email": email, "role": "rep", "manager_id": "u-mgr-a", "team": "Test"
        }));
    }
    let mut kestrel = account(
        "acc-kestrel",
        "u-dana",
        400_000.0,
        Some("mid_market"),
        &in_days(200),
    );
    kestrel["name"] = json!("Kestrel Foods");
    kestrel["contacts"].as_array_mut().unwrap().extend([
        json!({"id": "c-priya", "name": "Priya Natarajan", "email": "priya@kestrel.test", "role": "champion"}),
        json!({"id": "c-tom", "name": "Tom Becker", "email": "Tom.Becker@kestrel.test", "role": "decision_maker"}),
    ]);
    let mut harbor = account(
        "acc-harbor",
        "u-dana",
        90_000.0,
        Some("mid_market"),
        &in_days(250),
    );
    harbor["name"] = json!("Harbor Mills");
    harbor["contacts"].as_array_mut().unwrap().push(
        json!({"id": "c-lena", "name": "Lena Vogt", "email": "lena@harbormills.test", "role": "economic_buyer"}),
    );
    bundle["accounts"]
        .as_array_mut()
        .unwrap()
        .extend([kestrel, harbor]);
    bundle
}

async fn upload(app: &TestApp, token: &str, query: &str, name: &str, bytes: &[u8]) -> Reply {
    app.post_file(&format!("/api/v1/import/mail{query}"), token, name, bytes)
        .await
}

/// Threads and messages per customer, as the manifest places them.
fn expected(m: &Value, key: &str) -> (BTreeMap<String, u64>, BTreeMap<String, i64>) {
    let account = |customer: &str| {
        if customer == "Kestrel Foods" {
            "acc-kestrel"
        } else {
            "acc-harbor"
        }
        .to_string()
    };
    let mut roots: BTreeMap<String, String> = BTreeMap::new();
    let mut messages: BTreeMap<String, i64> = BTreeMap::new();
    for x in m[key]["by_message"].as_array().unwrap() {
        if let Some(customer) = x["customer"].as_str() {
            roots.insert(
                x["thread_root"].as_str().unwrap().to_string(),
                account(customer),
            );
            *messages.entry(account(customer)).or_default() += 1;
        }
    }
    let mut threads = BTreeMap::new();
    for a in roots.values() {
        *threads.entry(a.clone()).or_default() += 1;
    }
    (threads, messages)
}

async fn count(app: &TestApp, token: &str, id: &str) -> i64 {
    let path = format!("/api/v1/accounts/{id}");
    app.get(&path, token).await.assert_ok()["activity_count"]
        .as_i64()
        .unwrap()
}

/// An mbox lands thread by thread on the right accounts; a check writes
/// nothing; the same mbox again changes nothing; a later reply in an
/// `.eml` updates its thread; the record shows the thread's own words.
async fn a_mailbox_lands_thread_by_thread(backend: Backend) {
    let app = spawn(backend).await;
    app.import(&mail_bundle()).await;
    let admin = app.token("u-admin").await;
    let m = manifest();
    let mbox = std::fs::read(fixture("kestrel.mbox")).unwrap();

    let check = upload(&app, &admin, "?check=true", "kestrel.mbox", &mbox).await;
    let c = check.assert_ok().clone();
    assert_eq!(c["checked_only"], true);
    let (kestrel_before, harbor_before) = (
        count(&app, &admin, "acc-kestrel").await,
        count(&app, &admin, "acc-harbor").await,
    );

    let reply = upload(&app, &admin, "", "kestrel.mbox", &mbox).await;
    let r = reply.assert_ok().clone();
    assert_eq!(r["messages"], 13, "{r}");
    let (threads, messages) = expected(&m, "kestrel.mbox");
    assert_eq!(r["accounts"], json!(threads), "{r}");
    assert_eq!(
        r["threads"].as_u64().unwrap(),
        threads.values().sum::<u64>()
    );
    let placed: i64 = messages.values().sum();
    assert_eq!(
        r["activities"]["created"], placed,
        "one activity a message: {r}"
    );
    assert_eq!(r["activities"]["updated"], 0);
    assert_eq!(
        c["activities"]["created"], placed,
        "the check counted the same"
    );
    assert_eq!(
        r["matched_by"]["domain"], 1,
        "Ines's thread, by kestrel.test: {r}"
    );
    assert_eq!(r["skipped_counts"], json!({"no_account": 2}), "{r}");
    let left_out: Vec<&str> = r["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["at"].as_str().unwrap())
        .collect();
    assert!(
        left_out.iter().all(|at| at.starts_with("kestrel.mbox:")),
        "{left_out:?}"
    );
    assert_eq!(
        count(&app, &admin, "acc-kestrel").await,
        kestrel_before + messages["acc-kestrel"]
    );
    assert_eq!(
        count(&app, &admin, "acc-harbor").await,
        harbor_before + messages["acc-harbor"]
    );

    let again = upload(&app, &admin, "", "kestrel.mbox", &mbox).await;
    let a = again.assert_ok();
    assert_eq!(a["activities"]["created"], 0, "{a}");
    assert_eq!(a["activities"]["updated"], 0, "{a}");
    assert_eq!(a["activities"]["unchanged"], placed);

    // The countersigned reply, alone in its file, joins the renewal thread
    // and rewrites nothing of it.
    let eml = std::fs::read(fixture("eml/01-renewal-countersigned-reply.eml")).unwrap();
    let reply = upload(&app, &admin, "", "01-renewal-countersigned-reply.eml", &eml).await;
    let e = reply.assert_ok();
    assert_eq!(e["activities"]["created"], 1, "{e}");
    assert_eq!(e["activities"]["updated"], 0, "{e}");
    assert_eq!(e["accounts"], json!({"acc-kestrel": 1}), "{e}");

    let detail = app
        .get("/api/v1/accounts/acc-kestrel?activities=200", &admin)
        .await;
    let d = detail.assert_ok();
    let renewal: Vec<&Value> = d["recent_activities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| {
            a["subject"]
                .as_str()
                .is_some_and(|s| s.ends_with("Renewal 2025 pricing"))
        })
        .collect();
    assert_eq!(renewal.len(), 5, "the thread's five messages: {d}");
    let by_id: HashMap<String, &Value> = m["kestrel.mbox"]["by_message"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["date_utc"].as_str().unwrap().to_string(), x))
        .collect();
    for act in &renewal {
        assert_eq!(act["kind"], "email");
        let body = act["body"].as_str().unwrap();
        let Some(want) = by_id.get(act["at"].as_str().unwrap()) else {
            continue; // the reply from the .eml
        };
        assert!(
            body.contains(want["body_contains"].as_str().unwrap()),
            "{body}"
        );
        if let Some(cut) = want["body_excludes"].as_str() {
            assert!(!body.contains(cut), "{cut:?} cut from {body}");
        }
    }
    let first = renewal
        .iter()
        .find(|a| a["at"] == "2024-03-04T14:15:00Z")
        .expect("the first message");
    assert_eq!(first["author_id"], "u-dana");
    assert_eq!(first["direction"], "outbound");
    assert_eq!(first["contact_ids"], json!(["c-priya"]));
    assert!(first["body"]
        .as_str()
        .unwrap()
        .starts_with("Dana Whitfield to Priya Natarajan: "));

    // Not for reps; not without a file.
    let rep = app.token("u-dana").await;
    upload(&app, &rep, "", "kestrel.mbox", &mbox)
        .await
        .assert_error(403, "forbidden");
    app.post("/api/v1/import/mail", &admin, &json!({}))
        .await
        .assert_error(400, "invalid_upload");
    let eml = std::fs::read(fixture("eml/02-harbor-mills-site-visit.eml")).unwrap();
    app.post_parts(
        "/api/v1/import/mail",
        &admin,
        &[("file", Some("02.eml"), &eml), ("note", None, b"x")],
    )
    .await
    .assert_error(400, "invalid_upload");
    // Something that is not mail: left out as unreadable, nothing written.
    let junk = upload(
        &app,
        &admin,
        "",
        "notes.eml",
        b"\x00\x01 not a message at all",
    )
    .await;
    let j = junk.assert_ok();
    assert_eq!(j["threads"], 0, "{j}");
}

both_backends!(a_mailbox_lands_thread_by_thread);
