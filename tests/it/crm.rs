//! CRM CSV exports: the hand-written Salesforce (UTF-8 with a byte-order
//! mark, CRLF) and HubSpot (Windows-1252) fixtures in tests/fixtures/crm,
//! written apart from the importer, land as their manifest says: accounts
//! with owners matched by email, the rest left out with reasons, values
//! decoded and parsed, a check that writes nothing, a second import that
//! duplicates nothing.

use std::path::{Path, PathBuf};

use baton::imports::crm::{self, ExportFiles, Mapping};
use serde_json::{json, Value};

use crate::both_backends;
use crate::support::{spawn, team_bundle, Backend, TestApp};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/crm")
        .join(name)
}

fn manifest() -> Value {
    let text = std::fs::read_to_string(fixture("manifest.json")).expect("manifest");
    serde_json::from_str(&text).expect("manifest is JSON")
}

/// The team, with the three Baton users the exports' owners may be.
fn crm_team() -> Value {
    let mut bundle = team_bundle();
    for (id, name) in [
        ("u-dana", "Dana Whitfield"),
        ("u-sam", "Sam Ortiz"),
        ("u-lee", "Lee Park"),
    ] {
        let email = format!("{}@acme.test", &id[2..]);
        bundle["users"].as_array_mut().unwrap().push(json!({
            "id": id, "name": name, "email": email, "role": "rep", "manager_id": "u-mgr-a", "team": "Test"
        }));
    }
    bundle
}

/// A record item of an imported account, by its CRM id: the account
/// itself, a contact, an opportunity or an activity.
fn find<'a>(details: &'a [Value], id: &str) -> Option<(&'a Value, &'a Value)> {
    for d in details {
        if d["id"] == id {
            return Some((d, d));
        }
        for list in ["contacts", "opportunities", "recent_activities"] {
            if let Some(x) = d[list].as_array().unwrap().iter().find(|x| x["id"] == id) {
                return Some((d, x));
            }
        }
    }
    None
}

async fn details(app: &TestApp, token: &str, ids: &[String]) -> Vec<Value> {
    let mut out = Vec::new();
    for id in ids {
        let d = app
            .get(&format!("/api/v1/accounts/{id}?activities=200"), token)
            .await;
        out.push(d.assert_ok().clone());
    }
    out
}

/// Imports the fixture `dir` (a key of the manifest) as the manifest says
/// it lands; returns the first import's report.
async fn an_export_lands_as_its_manifest_says(
    app: &TestApp,
    dir: &str,
    mapping: Mapping,
) -> crm::CrmReport {
    let m = manifest();
    let want = &m[dir];
    let crm_name = dir;
    let admin = app.token("u-admin").await;
    let db = &app.state().db;
    let dir = fixture(dir);

    // A check reads everything and writes nothing; its progress counts
    // every byte of the files it reads, once.
    let read = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let counter = read.clone();
    let check = crm::import(
        db,
        ExportFiles::Dir(dir.clone()),
        crm_name,
        mapping.clone(),
        true,
        None,
        Box::new(move |n| {
            counter.fetch_add(n, std::sync::atomic::Ordering::SeqCst);
        }),
    )
    .await
    .expect("the export reads");
    assert_eq!(
        Some(read.load(std::sync::atomic::Ordering::SeqCst)),
        ExportFiles::Dir(dir.clone()).size_of(&mapping)
    );
    assert!(check.checked_only && check.import.is_none());
    let first_id = want["accounts_imported"][0]["crm_id"].as_str().unwrap();
    app.get(&format!("/api/v1/accounts/{first_id}"), &admin)
        .await
        .assert_error(404, "not_found");

    let report = crm::import(
        db,
        ExportFiles::Dir(dir.clone()),
        crm_name,
        mapping.clone(),
        false,
        None,
        Box::new(|_| {}),
    )
    .await
    .expect("the export imports");
    let r = serde_json::to_value(&report).unwrap();
    let imported: Vec<String> = want["accounts_imported"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["crm_id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(r["accounts"], imported.len(), "{r}");
    assert_eq!(r["contacts"], want["contacts"], "{r}");
    assert_eq!(r["opportunities"], want["opportunities"], "{r}");
    assert_eq!(r["activities"], want["activities"], "{r}");
    assert_eq!(r["checked_only"], false);
    assert_eq!(r["import"]["accounts"]["created"], imported.len(), "{r}");
    assert_eq!(
        report.unmatched_owners.len(),
        want["accounts_skipped"].as_array().unwrap().len(),
        "{r}"
    );
    for key in ["accounts_skipped", "contacts_skipped", "activities_skipped"] {
        for s in want[key].as_array().unwrap() {
            assert!(
                report.skipped.iter().any(|x| x.id == s["crm_id"]
                    && serde_json::to_value(x.reason).unwrap() == s["reason"]),
                "{} left out as {}: {:?}",
                s["crm_id"],
                s["reason"],
                report.skipped
            );
        }
    }
    let skipped_total: usize = ["accounts_skipped", "contacts_skipped", "activities_skipped"]
        .iter()
        .map(|k| want[*k].as_array().unwrap().len())
        .sum();
    assert_eq!(report.skipped.len(), skipped_total, "{:?}", report.skipped);

    let shown = details(app, &admin, &imported).await;
    for a in want["accounts_imported"].as_array().unwrap() {
        let (d, _) = find(&shown, a["crm_id"].as_str().unwrap()).unwrap();
        assert_eq!(d["name"], a["name"]);
        let owner = a["owner_email"].as_str().unwrap();
        assert_eq!(
            d["owner_id"],
            format!("u-{}", &owner[..owner.find('@').unwrap()])
        );
    }
    for c in want["checks"].as_array().unwrap() {
        let id = c["crm_id"].as_str().unwrap();
        let (account, x) = find(&shown, id).unwrap_or_else(|| panic!("{id} is imported"));
        let value = &c["value"];
        match c["field"].as_str().unwrap() {
            "name" | "email" | "close_date" => {
                assert_eq!(&x[c["field"].as_str().unwrap()], value, "{id}: {x}")
            }
            "title" if x.get("subject").is_some() => assert_eq!(&x["subject"], value, "{id}: {x}"),
            "title" => assert_eq!(&x["title"], value, "{id}: {x}"),
            "amount" => match value.as_f64() {
                Some(v) => assert_eq!(x["amount"].as_f64(), Some(v), "{id}: {x}"),
                None => assert!(x.get("amount").is_none_or(Value::is_null), "{id}: {x}"),
            },
            // A to-do is a note: Baton's kinds are email, call, meeting, note, chat.
            "kind" => assert_eq!(
                x["kind"],
                if value == "task" {
                    json!("note")
                } else {
                    value.clone()
                },
                "{id}"
            ),
            "at" => assert_eq!(
                x["at"],
                value.as_str().unwrap().replace(".000Z", "Z"),
                "{id}"
            ),
            "body_contains" => assert!(
                x["body"]
                    .as_str()
                    .unwrap()
                    .contains(value.as_str().unwrap()),
                "{id}: {x}"
            ),
            "account_crm_id" => assert_eq!(account["id"], *value, "{id}"),
            other => panic!("a check of {other}"),
        }
    }

    // The same export again: updated in place, nothing twice.
    let counts: Vec<i64> = shown
        .iter()
        .map(|d| d["activity_count"].as_i64().unwrap())
        .collect();
    let again = crm::import(
        db,
        ExportFiles::Dir(dir),
        crm_name,
        mapping,
        false,
        None,
        Box::new(|_| {}),
    )
    .await
    .expect("again");
    let summary = again.import.expect("written");
    assert_eq!(summary.accounts.created, 0);
    assert_eq!(summary.accounts.updated, imported.len() as u64);
    let after: Vec<i64> = details(app, &admin, &imported)
        .await
        .iter()
        .map(|d| d["activity_count"].as_i64().unwrap())
        .collect();
    assert_eq!(after, counts);
    report
}

async fn salesforce_and_hubspot_exports_land_as_written(backend: Backend) {
    let app = spawn(backend).await;
    app.import(&crm_team()).await;
    let sf = an_export_lands_as_its_manifest_says(&app, "salesforce", Mapping::salesforce()).await;
    assert!(sf.absent_files.is_empty(), "{:?}", sf.absent_files);
    // HubSpot's activities in one engagements file, or in one file per
    // type under the dated names HubSpot gives its exports.
    let one = an_export_lands_as_its_manifest_says(&app, "hubspot", Mapping::hubspot()).await;
    assert_eq!(
        one.absent_files,
        [
            "*calls*.csv",
            "*emails*.csv",
            "*meetings*.csv",
            "*notes*.csv",
            "*tasks*.csv"
        ]
    );
    let per_type =
        an_export_lands_as_its_manifest_says(&app, "hubspot_objects", Mapping::hubspot()).await;
    assert_eq!(per_type.absent_files, ["*engagements*.csv"]);
    assert!(
        per_type
            .files
            .contains_key("hubspot-crm-exports-all-calls-2026-11-30.csv"),
        "{:?}",
        per_type.files
    );
}

/// An export larger than the batches its activities stream in: every
/// activity lands once, with its contact; the same export again changes
/// nothing; a check on it writes nothing.
async fn a_large_export_streams_in_batches(backend: Backend) {
    let app = spawn(backend).await;
    let mut team = crm_team();
    for (n, (_, email)) in baton::bench::crm_export::OWNERS.iter().enumerate() {
        team["users"].as_array_mut().unwrap().push(json!({
            "id": format!("u-bench-{n}"), "name": format!("Bench {n}"), "email": email,
            "role": "rep", "manager_id": "u-mgr-a", "team": "Test"
        }));
    }
    app.import(&team).await;
    let dir = tempfile::tempdir().unwrap();
    let written = baton::bench::crm_export::write(dir.path(), 30, 150).unwrap();
    assert_eq!(written, 4_500);
    let run = |check: bool| {
        crm::import(
            &app.state().db,
            ExportFiles::Dir(dir.path().to_path_buf()),
            "salesforce",
            Mapping::salesforce(),
            check,
            None,
            Box::new(|_| {}),
        )
    };
    let checked = run(true).await.expect("the export reads");
    assert_eq!(checked.activities, 4_500);
    let admin = app.token("u-admin").await;
    let first = baton::bench::crm_export::account_id(0);
    app.get(&format!("/api/v1/accounts/{first}"), &admin)
        .await
        .assert_error(404, "not_found");

    let report = run(false).await.expect("the export imports");
    assert_eq!((report.accounts, report.activities), (30, 4_500));
    assert!(report.skipped.is_empty(), "{:?}", report.skipped);
    let summary = report.import.expect("written");
    assert_eq!(summary.activities, 4_500);
    let d = app
        .get(&format!("/api/v1/accounts/{first}?activities=200"), &admin)
        .await;
    let d = d.assert_ok();
    assert_eq!(d["activity_count"], 150, "{d}");
    let linked = d["recent_activities"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|a| !a["contact_ids"].as_array().unwrap().is_empty())
        .count();
    assert!(linked > 0, "{d}");

    let again = run(false).await.expect("again");
    let again = again.import.expect("written");
    assert_eq!((again.accounts.created, again.activities), (0, 4_500));
    assert_eq!(again.removed.activities, 0);
    let d = app.get(&format!("/api/v1/accounts/{first}"), &admin).await;
    assert_eq!(d.assert_ok()["activity_count"], 150);
}

#[test]
fn a_mapping_file_names_its_mistakes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("mapping.toml");
    std::fs::write(
        &path,
        "[accounts]\nfile = \"a.csv\"\ncolumns = { id = \"Id\", colour = \"Colour\" }\n",
    )
    .unwrap();
    let e = Mapping::from_file(&path).unwrap_err().to_string();
    assert!(e.contains("colour") && e.contains("mapping.toml"), "{e}");
    std::fs::write(
        &path,
        "[accounts]\nfile = \"a.csv\"\ncolumns = { name = \"Name\" }\n",
    )
    .unwrap();
    let e = Mapping::from_file(&path).unwrap_err().to_string();
    assert!(e.contains("`id`"), "{e}");
    std::fs::write(&path, "[accounts]\nfile = \"a.csv\"\ncolumns = { id = \"Id\", name = \"Name\", owner = \"Owner Email\" }\n").unwrap();
    assert!(Mapping::from_file(&path).is_ok());
    // Patterns, optional files and a field in any of several columns.
    std::fs::write(
        &path,
        "[accounts]\nfile = \"a.csv\"\ncolumns = { id = \"Id\", name = \"Name\" }\n\
         [[activities]]\nfile = \"*-calls-*.csv\"\noptional = true\nkind = \"call\"\n\
         columns = { id = [\"Call ID\", \"Id\"], account = [\"Account ID\", \"Deal ID\"], at = \"When\" }\n",
    )
    .unwrap();
    let m = Mapping::from_file(&path).unwrap();
    assert!(m.activities[0].optional);
    assert_eq!(
        m.activities[0].columns["account"].names(),
        ["Account ID", "Deal ID"]
    );
    std::fs::write(
        &path,
        "[accounts]\nfile = \"a.csv\"\ncolumns = { id = [], name = \"Name\" }\n",
    )
    .unwrap();
    let e = Mapping::from_file(&path).unwrap_err().to_string();
    assert!(e.contains("`id`"), "{e}");
}

/// Over HTTP: the export's files as `file` parts; a missing one, no CRM,
/// or a mapping that names an unknown field, refused with a reason and
/// nothing written; a mapping part for a CRM Baton does not know.
async fn an_export_uploads_over_http(backend: Backend) {
    let app = spawn(backend).await;
    app.import(&crm_team()).await;
    let admin = app.token("u-admin").await;
    let m = manifest();
    let read = |name: &str| std::fs::read(fixture(&format!("hubspot/{name}"))).unwrap();
    let names = [
        "companies.csv",
        "contacts.csv",
        "deals.csv",
        "engagements.csv",
    ];
    let bytes: Vec<Vec<u8>> = names.iter().map(|n| read(n)).collect();
    let parts: Vec<(&str, Option<&str>, &[u8])> = names
        .iter()
        .zip(&bytes)
        .map(|(n, b)| ("file", Some(*n), b.as_slice()))
        .collect();

    app.post_parts("/api/v1/import/csv", &admin, &parts)
        .await
        .assert_error(422, "invalid_option");
    // The deals file left out (the activity files may be; the others not).
    let no_deals: Vec<_> = parts
        .iter()
        .filter(|(_, name, _)| *name != Some("deals.csv"))
        .cloned()
        .collect();
    let missing = app
        .post_parts("/api/v1/import/csv?crm=hubspot", &admin, &no_deals)
        .await;
    missing.assert_error(422, "missing_file");
    assert!(missing.text.contains("*deals*.csv"), "{}", missing.text);
    // Two files for one pattern: which is meant is not guessed.
    let calls: &[u8] = b"\"Record ID\",\"Activity date\"\n\"1\",\"2024-11-04 09:30\"\n";
    let mut twice = parts.clone();
    twice.push(("file", Some("old-calls-2024.csv"), calls));
    twice.push(("file", Some("new-calls-2025.csv"), calls));
    let ambiguous = app
        .post_parts("/api/v1/import/csv?crm=hubspot", &admin, &twice)
        .await;
    ambiguous.assert_error(422, "invalid_option");
    assert!(
        ambiguous.text.contains("new-calls-2025.csv")
            && ambiguous.text.contains("old-calls-2024.csv"),
        "{}",
        ambiguous.text
    );
    let bad_mapping: &[u8] =
        b"[accounts]\nfile = \"companies.csv\"\ncolumns = { id = \"Record ID\", colour = \"x\" }\n";
    let mut with_mapping = parts.clone();
    with_mapping.push(("mapping", Some("mine.toml"), bad_mapping));
    app.post_parts("/api/v1/import/csv", &admin, &with_mapping)
        .await
        .assert_error(422, "invalid_option");
    app.get("/api/v1/accounts/18432957310", &admin)
        .await
        .assert_error(404, "not_found");

    let reply = app
        .post_parts("/api/v1/import/csv?crm=hubspot", &admin, &parts)
        .await;
    let r = reply.assert_ok();
    assert_eq!(r["crm"], "hubspot");
    assert_eq!(r["activities"], m["hubspot"]["activities"], "{r}");
    assert_eq!(r["files"]["companies.csv"], "windows-1252", "{r}");
    let kestrel = app.get("/api/v1/accounts/18432957310", &admin).await;
    assert_eq!(kestrel.assert_ok()["owner_id"], "u-dana");
    // The upload was spooled to the data directory as it arrived, and the
    // spool is gone with the import, refused or done.
    let spools: Vec<_> = std::fs::read_dir(&app.config().data_dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("upload-"))
        .collect();
    assert!(spools.is_empty(), "{spools:?}");
    // Two parts of one name: which is meant is not guessed either.
    let mut doubled = parts.clone();
    doubled.push(("file", Some("DEALS.csv"), parts[2].2));
    app.post_parts("/api/v1/import/csv?crm=hubspot", &admin, &doubled)
        .await
        .assert_error(422, "invalid_option");

    // Another CRM: a mapping of its columns (here, HubSpot's companies file
    // read as if it were another CRM's).
    let mapping: &[u8] = b"[accounts]\nfile = \"companies.csv\"\ncolumns = { id = \"Record ID\", name = \"Company name\", owner = \"Company owner\" }\n";
    let reply = app
        .post_parts(
            "/api/v1/import/csv?check=true",
            &admin,
            &[
                ("file", Some("companies.csv"), &bytes[0]),
                ("mapping", Some("other.toml"), mapping),
            ],
        )
        .await;
    let o = reply.assert_ok();
    assert_eq!(o["crm"], "other.toml");
    assert_eq!(
        o["accounts"],
        m["hubspot"]["accounts_imported"].as_array().unwrap().len()
    );
    assert_eq!(o["checked_only"], true);
}

both_backends!(
    salesforce_and_hubspot_exports_land_as_written,
    a_large_export_streams_in_batches,
    an_export_uploads_over_http
);
