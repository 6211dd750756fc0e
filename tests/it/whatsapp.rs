//! WhatsApp chat exports: the hand-written fixtures (tests/fixtures/whatsapp,
//! written apart from the parser) read as their manifest says; an import
//! over HTTP or the command line lands on the right account and contacts,
//! changes nothing the second time, reports what it skipped and whom it
//! could not match, survives a bundle re-import and reaches the clone.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use baton::imports::chat;
use baton::imports::whatsapp::SkipReason;
use baton::imports::Input;
use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{account, in_days, spawn, team_bundle, Backend, Reply, TestApp};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/whatsapp")
        .join(name)
}

fn manifest() -> Vec<Value> {
    let text = std::fs::read_to_string(fixture("manifest.json")).expect("manifest");
    let m: Value = serde_json::from_str(&text).expect("manifest is JSON");
    m["files"].as_array().expect("files").clone()
}

#[test]
fn every_fixture_reads_as_its_manifest_says() {
    let files = manifest();
    assert!(files.len() >= 9, "the fixtures are all listed");
    for f in files {
        let name = f["file"].as_str().unwrap();
        let read = chat::read(&Input::Path(fixture(name)), None, &|_| {})
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            read.detected.order.as_str(),
            f["date_order"],
            "{name}: date order"
        );
        assert_eq!(
            read.messages.len() as u64,
            f["messages"].as_u64().unwrap(),
            "{name}: messages"
        );
        let mut skipped: BTreeMap<SkipReason, u64> = BTreeMap::new();
        for s in &read.skipped {
            *skipped.entry(s.reason).or_default() += 1;
        }
        let expected: BTreeMap<SkipReason, u64> = [
            (SkipReason::System, &f["system_lines"]),
            (SkipReason::MediaOmitted, &f["media_omitted"]),
            (SkipReason::Deleted, &f["deleted"]),
        ]
        .into_iter()
        .map(|(r, n)| (r, n.as_u64().unwrap()))
        .filter(|(_, n)| *n > 0)
        .collect();
        assert_eq!(skipped, expected, "{name}: skipped {:?}", read.skipped);
        let senders: BTreeSet<&str> = read.messages.iter().map(|m| m.sender.as_str()).collect();
        let want: BTreeSet<&str> = f["senders"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert_eq!(senders, want, "{name}: senders");
        let days: BTreeSet<String> = read
            .messages
            .iter()
            .map(|m| m.at.date().to_string())
            .collect();
        let want: BTreeSet<String> = f["days"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect();
        assert_eq!(days, want, "{name}: days");
        for (which, m) in [
            ("first", read.messages.first()),
            ("last", read.messages.last()),
        ] {
            let m = m.unwrap();
            let w = &f[which];
            assert_eq!(
                m.at.format("%Y-%m-%dT%H:%M:%S").to_string(),
                w["at"],
                "{name}: {which} at"
            );
            assert_eq!(m.sender, w["sender"], "{name}: {which} sender");
            assert!(
                m.text.starts_with(w["text_starts"].as_str().unwrap()),
                "{name}: {which} text {:?}",
                m.text
            );
        }
        let multi = &f["multiline"];
        let lines = multi["lines"].as_u64().unwrap() as usize;
        let phrase = multi["text_contains"].as_str().unwrap();
        assert!(
            read.messages.iter().any(|m| m.sender == multi["sender"]
                && m.text.lines().count() == lines
                && m.text.lines().last().is_some_and(|l| l.contains(phrase))),
            "{name}: a {lines}-line message ending with {phrase:?}"
        );
    }
}

/// The team, with Dana Whitfield (a rep) and Kestrel Foods, whose contacts
/// are the chats' people: Tom's number written another way than in the
/// chats.
fn kestrel_bundle() -> Value {
    let mut bundle = team_bundle();
    bundle["users"].as_array_mut().unwrap().push(json!({
        "id": "u-dana", "name": "Dana Whitfield", "email": "dana@acme.test",
        "role": "rep", "manager_id": "u-mgr-a", "team": "Test"
    }));
    let mut kestrel = account(
        "acc-kestrel",
        "u-dana",
        400_000.0,
        Some("mid_market"),
        &in_days(200),
    );
    kestrel["name"] = json!("Kestrel Foods");
    kestrel["contacts"].as_array_mut().unwrap().extend([
        json!({"id": "c-priya", "name": "Priya Natarajan", "title": "Head of Procurement",
               "phone": "+44 7700 900123", "role": "champion"}),
        json!({"id": "c-tom", "name": "Tom Becker", "title": "Operations Director",
               "phone": "+49 (0)151 234-5678", "role": "decision_maker"}),
        json!({"id": "c-ines", "name": "Ines Duarte", "title": "Quality Lead", "role": "user"}),
    ]);
    bundle["accounts"].as_array_mut().unwrap().push(kestrel);
    bundle
}

/// A multipart upload of `bytes` as the `file` part, to the chat import.
async fn upload(app: &TestApp, token: &str, query: &str, name: &str, bytes: &[u8]) -> Reply {
    app.post_file(
        &format!("/api/v1/import/whatsapp{query}"),
        token,
        name,
        bytes,
    )
    .await
}

fn read_fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).expect("fixture")
}

async fn activity_count(app: &TestApp, token: &str) -> i64 {
    let d = app.get("/api/v1/accounts/acc-kestrel", token).await;
    d.assert_ok()["activity_count"].as_i64().unwrap()
}

/// An iOS group zip lands on Kestrel by its senders, once; a check writes
/// nothing; a number in the chat finds its contact; a bundle re-import
/// keeps the chats; the clone cites them.
async fn a_chat_export_lands_on_its_account_once(backend: Backend) {
    let app = spawn(backend).await;
    app.import(&kestrel_bundle()).await;
    let admin = app.token("u-admin").await;
    let before = activity_count(&app, &admin).await;

    let zip = read_fixture("ios_group.zip");
    let reply = upload(
        &app,
        &admin,
        "",
        "WhatsApp Chat - Kestrel x Acme – Bremen.zip",
        &zip,
    )
    .await;
    let r = reply.assert_ok().clone();
    assert_eq!(r["account_id"], "acc-kestrel", "{r}");
    assert_eq!(r["account_name"], "Kestrel Foods");
    assert_eq!(r["chat"], "Kestrel x Acme – Bremen");
    assert_eq!(r["messages"], 21);
    assert_eq!(r["days"], 3);
    assert_eq!(r["activities"]["created"], 3, "{r}");
    assert_eq!(r["activities"]["import_ids"].as_array().unwrap().len(), 1);
    assert_eq!(
        r["skipped_counts"],
        json!({"system": 5, "media_omitted": 1, "deleted": 1})
    );
    assert_eq!(r["skipped"].as_array().unwrap().len(), 7);
    assert!(r["skipped"]
        .as_array()
        .unwrap()
        .iter()
        .all(|s| s["line"].as_u64().unwrap() > 0));
    assert_eq!(r["unmatched_senders"], json!([]));
    let sender = |name: &str| {
        r["senders"]
            .as_array()
            .unwrap()
            .iter()
            .find(|s| s["name"] == name)
            .cloned()
            .unwrap()
    };
    assert_eq!(sender("Dana Whitfield")["user_id"], "u-dana");
    assert_eq!(sender("Priya Natarajan")["contact_id"], "c-priya");
    assert_eq!(sender("Tom Becker")["matched_by"], "name");
    assert_eq!(activity_count(&app, &admin).await, before + 3);

    // The same file again: nothing changes.
    let again = upload(
        &app,
        &admin,
        "",
        "WhatsApp Chat - Kestrel x Acme – Bremen.zip",
        &zip,
    )
    .await;
    let a = again.assert_ok();
    assert_eq!(
        a["activities"],
        json!({"created": 0, "updated": 0, "unchanged": 3, "import_ids": []}),
        "{a}"
    );

    // A check reports and writes nothing; Marco is nobody here.
    let group = read_fixture("group_android.txt");
    let check = upload(&app, &admin, "?check=true", "group_android.txt", &group).await;
    let c = check.assert_ok();
    assert_eq!(c["checked_only"], true);
    assert_eq!(c["activities"]["created"], 4, "{c}");
    assert_eq!(c["unmatched_senders"], json!(["Marco Rossi"]));
    assert_eq!(activity_count(&app, &admin).await, before + 3);

    // A sender shown only as a number is the contact with that number.
    let us = upload(
        &app,
        &admin,
        "?utc_offset=-05:00",
        "WhatsApp Chat with Tom Becker.txt",
        &read_fixture("android_en_us.txt"),
    )
    .await;
    let u = us.assert_ok();
    assert_eq!(u["account_id"], "acc-kestrel", "{u}");
    assert_eq!(u["chat"], "Tom Becker");
    let number = u["senders"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "+49 151 2345678")
        .unwrap();
    assert_eq!(number["contact_id"], "c-tom", "{u}");
    assert_eq!(number["matched_by"], "phone");
    assert_eq!(u["utc_offset"], "-05:00");

    let detail = app
        .get("/api/v1/accounts/acc-kestrel?activities=200", &admin)
        .await;
    let d = detail.assert_ok().clone();
    assert_eq!(d["activity_count"].as_i64().unwrap(), before + 7);
    let chats: Vec<&Value> = d["recent_activities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| a["id"].as_str().unwrap().starts_with("whatsapp-"))
        .collect();
    assert_eq!(chats.len(), 7, "{d}");
    let tom_day = chats
        .iter()
        .find(|a| {
            a["subject"] == "WhatsApp: Tom Becker"
                && a["at"].as_str().unwrap().starts_with("2024-03-11")
        })
        .unwrap_or_else(|| panic!("the first day of Tom's chat: {chats:?}"));
    // 9:02 in New York is 14:02 UTC.
    assert_eq!(tom_day["at"], "2024-03-11T14:02:00Z", "{tom_day}");
    assert_eq!(tom_day["kind"], "chat");
    assert_eq!(tom_day["author_id"], "u-dana");
    let bremen = chats
        .iter()
        .find(|a| {
            a["subject"] == "WhatsApp: Kestrel x Acme – Bremen"
                && a["at"].as_str().unwrap().starts_with("2024-03-15")
        })
        .unwrap();
    assert_eq!(bremen["contact_ids"], json!(["c-ines", "c-priya", "c-tom"]));
    assert_eq!(bremen.get("direction"), None, "both sides wrote that day");
    let body = bremen["body"].as_str().unwrap();
    assert!(
        body.contains("14:35 Tom Becker: Yes, and hi-vis."),
        "{body}"
    );
    assert!(!body.contains("left"), "system lines stay out: {body}");

    // The CRM's bundle again: it replaces its own activities, not the chats.
    let summary = app.import(&kestrel_bundle()).await;
    assert_eq!(summary.removed.activities, 0);
    assert_eq!(activity_count(&app, &admin).await, before + 7);

    // The clone reads the chats.
    app.index_now().await;
    let reply = crate::knowledge::ask(
        &app,
        &admin,
        "acc-kestrel",
        "Does Ines need safety shoes and hi-vis for the Bremen tour?",
    )
    .await;
    let cited = reply["citations"].as_array().unwrap();
    assert!(
        cited.iter().any(|c| c["id"]
            .as_str()
            .is_some_and(|id| id.starts_with("whatsapp-"))),
        "a chat is cited: {reply}"
    );
}

/// Refusals say why with a stable code and write nothing.
async fn bad_chat_imports_are_refused_and_write_nothing(backend: Backend) {
    let app = spawn(backend).await;
    app.import(&kestrel_bundle()).await;
    let admin = app.token("u-admin").await;
    let rep = app.token("u-dana").await;
    let before = activity_count(&app, &admin).await;
    let de = read_fixture("android_de.txt");

    upload(&app, &rep, "", "chat.txt", &de)
        .await
        .assert_error(403, "forbidden");
    app.post("/api/v1/import/whatsapp", &admin, &json!({"file": "x"}))
        .await
        .assert_error(400, "invalid_upload");
    upload(&app, &admin, "?utc_offset=%2B25:00", "chat.txt", &de)
        .await
        .assert_error(422, "invalid_option");
    upload(&app, &admin, "?date_order=ydm", "chat.txt", &de)
        .await
        .assert_error(400, "invalid_query");
    upload(&app, &admin, "?chat=%20", "chat.txt", &de)
        .await
        .assert_error(422, "invalid_option");
    upload(
        &app,
        &admin,
        "",
        "notes.txt",
        b"just some notes\nno dates\n",
    )
    .await
    .assert_error(422, "not_a_chat_export");
    upload(
        &app,
        &admin,
        "",
        "broken.zip",
        b"PK\x03\x04 not really a zip",
    )
    .await
    .assert_error(422, "not_a_chat_export");
    upload(&app, &admin, "?account_id=acc-nope", "chat.txt", &de)
        .await
        .assert_error(422, "unknown_account");
    let strangers = b"13/03/2024, 10:00 - Zed: hi\n13/03/2024, 10:01 - Yan: hello\n";
    upload(&app, &admin, "", "chat.txt", strangers)
        .await
        .assert_error(422, "account_not_found");
    let mixed = b"13/01/2024, 10:00 - Tom Becker: a\n01/13/2024, 10:00 - Tom Becker: b\n";
    upload(&app, &admin, "?account_id=acc-kestrel", "chat.txt", mixed)
        .await
        .assert_error(422, "mixed_date_orders");

    // Another account also has a Tom Becker: the senders no longer tell.
    let mut bundle = kestrel_bundle();
    let b1 = crate::support::account_mut(&mut bundle, "acc-b1");
    b1["contacts"]
        .as_array_mut()
        .unwrap()
        .push(json!({"id": "c-b1-tom", "name": "Tom Becker", "role": "user"}));
    app.import(&bundle).await;
    let ambiguous = upload(&app, &admin, "", "chat.txt", &de).await;
    ambiguous.assert_error(422, "ambiguous_account");
    assert!(
        ambiguous.text.contains("acc-b1") && ambiguous.text.contains("acc-kestrel"),
        "{}",
        ambiguous.text
    );
    assert_eq!(
        activity_count(&app, &admin).await,
        before,
        "nothing was written"
    );
    let named = upload(&app, &admin, "?account_id=acc-kestrel", "chat.txt", &de).await;
    assert_eq!(named.assert_ok()["activities"]["created"], 4);
}

/// An import cut short, or an earlier export of the same chat, is finished
/// by importing the whole: earlier days unchanged, the day cut in two
/// updated, the rest added, nothing twice.
async fn a_longer_export_of_the_same_chat_adds_only_what_is_new(backend: Backend) {
    let app = spawn(backend).await;
    app.import(&kestrel_bundle()).await;
    let admin = app.token("u-admin").await;
    let before = activity_count(&app, &admin).await;
    let whole = read_fixture("android_en_gb.txt");
    let text = String::from_utf8(whole.clone()).unwrap();
    // Up to the middle of its fourth day (2024-03-07).
    let cut = text.find("07/03/2024").unwrap()
        + text[text.find("07/03/2024").unwrap()..].find('\n').unwrap()
        + 1;
    let name = "WhatsApp Chat with Priya Natarajan.txt";
    let part = upload(&app, &admin, "", name, &text.as_bytes()[..cut]).await;
    assert_eq!(
        part.assert_ok()["activities"]["created"],
        4,
        "{}",
        part.body
    );
    let full = upload(&app, &admin, "", name, &whole).await;
    let f = full.assert_ok();
    assert_eq!(f["activities"]["unchanged"], 3, "{f}");
    assert_eq!(f["activities"]["updated"], 1, "{f}");
    assert_eq!(f["activities"]["created"], 2, "{f}");
    assert_eq!(activity_count(&app, &admin).await, before + 6);
}

both_backends!(
    a_longer_export_of_the_same_chat_adds_only_what_is_new,
    a_chat_export_lands_on_its_account_once,
    bad_chat_imports_are_refused_and_write_nothing
);
