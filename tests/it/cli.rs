//! The `baton` binary: import, token create, the terminal interview, and
//! configuration errors.

use std::path::Path;
use std::process::{Command, Output};

use baton::app::Application;
use baton::config::DatabaseConfig;
use serde_json::json;

use crate::both_backends;
use crate::support::{fresh_config, team_bundle, Backend};

fn baton(
    data_dir: &Path,
    database: &DatabaseConfig,
    args: &[&str],
    env: &[(&str, &str)],
) -> Output {
    baton_with_input(data_dir, database, args, env, "")
}

/// Runs the binary with `stdin` piped in.
fn baton_with_input(
    data_dir: &Path,
    database: &DatabaseConfig,
    args: &[&str],
    env: &[(&str, &str)],
    stdin: &str,
) -> Output {
    use std::io::Write;
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_baton"));
    cmd.args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("BATON_DATA_DIR", data_dir)
        .env("RUST_LOG", "warn");
    if let DatabaseConfig::Postgres(url) = database {
        cmd.env("DATABASE_URL", url);
    }
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("baton runs");
    let mut pipe = child.stdin.take().expect("stdin");
    pipe.write_all(stdin.as_bytes()).expect("stdin written");
    drop(pipe);
    child.wait_with_output().expect("baton finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `baton import FILE` then `baton token create --user ID`: the token on the
/// last line works against the server on the same store.
async fn import_and_token_create_from_the_command_line(backend: Backend) {
    let (config, dir, _pg) = fresh_config(backend).await;
    let file = dir.path().join("team.json");
    std::fs::write(&file, serde_json::to_vec(&team_bundle()).unwrap()).unwrap();
    let path = file.to_str().unwrap();

    let checked = baton(
        dir.path(),
        &config.database,
        &["import", "--check", path],
        &[],
    );
    assert!(checked.status.success(), "{}", text(&checked.stderr));
    assert!(text(&checked.stdout).contains("valid"));

    let out = baton(dir.path(), &config.database, &["import", path], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).expect("summary is JSON");
    assert_eq!(summary["accounts"]["created"], 7);

    let out = baton(
        dir.path(),
        &config.database,
        &["token", "create", "--user", "u-mgr-a"],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    let token = stdout
        .lines()
        .last()
        .expect("a last line")
        .trim()
        .to_string();
    assert!(token.starts_with("bt_"), "{stdout}");

    let unknown = baton(
        dir.path(),
        &config.database,
        &["token", "create", "--user", "u-nobody"],
        &[],
    );
    assert!(!unknown.status.success());
    assert!(
        text(&unknown.stderr).contains("not found"),
        "{}",
        text(&unknown.stderr)
    );

    let app = Application::build(config).await.expect("app starts");
    let port = app.port();
    let server = tokio::spawn(app.run_until(std::future::pending()));
    let me: serde_json::Value = reqwest::Client::new()
        .get(format!("http://127.0.0.1:{port}/api/v1/me"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(me["id"], "u-mgr-a");
    server.abort();
}

/// An invalid file lists every problem on stderr and imports nothing; a file
/// over the limit is refused before it is read.
async fn invalid_or_oversized_files_import_nothing(backend: Backend) {
    let (config, dir, _pg) = fresh_config(backend).await;
    let mut bad = team_bundle();
    bad["accounts"][0]["contacts"][0]["relationship_strength"] = json!(7);
    bad["accounts"][3]["owner_id"] = json!("u-nobody");
    let file = dir.path().join("bad.json");
    std::fs::write(&file, serde_json::to_vec(&bad).unwrap()).unwrap();
    let out = baton(
        dir.path(),
        &config.database,
        &["import", file.to_str().unwrap()],
        &[],
    );
    assert!(!out.status.success());
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("$.accounts[0].contacts[0].relationship_strength"),
        "{stderr}"
    );
    assert!(stderr.contains("$.accounts[3].owner_id"), "{stderr}");
    assert!(stderr.contains("nothing was imported"), "{stderr}");

    let good = dir.path().join("good.json");
    std::fs::write(&good, serde_json::to_vec(&team_bundle()).unwrap()).unwrap();
    let out = baton(
        dir.path(),
        &config.database,
        &["import", good.to_str().unwrap()],
        &[("BATON_IMPORT_MAX_BYTES", "1KiB")],
    );
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("BATON_IMPORT_MAX_BYTES"),
        "{}",
        text(&out.stderr)
    );

    // Neither attempt left a user behind.
    let out = baton(
        dir.path(),
        &config.database,
        &["token", "create", "--user", "u-admin"],
        &[],
    );
    assert!(!out.status.success(), "no users were imported");
}

/// `baton reindex` rebuilds the index from the store alone: with the
/// index directory gone, the record is searchable again.
async fn reindex_rebuilds_the_index_from_the_store(backend: Backend) {
    let (config, dir, _pg) = fresh_config(backend).await;
    let file = dir.path().join("team.json");
    std::fs::write(&file, serde_json::to_vec(&team_bundle()).unwrap()).unwrap();
    let out = baton(
        dir.path(),
        &config.database,
        &["import", file.to_str().unwrap()],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = baton(dir.path(), &config.database, &["reindex"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("reindexed 7 accounts"), "{stdout}");
    std::fs::remove_dir_all(dir.path().join("index")).unwrap();
    let out = baton(dir.path(), &config.database, &["reindex"], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("reindexed 7 accounts"),
        "{}",
        text(&out.stdout)
    );
    let token = baton(
        dir.path(),
        &config.database,
        &["token", "create", "--user", "u-admin"],
        &[],
    );
    let token = text(&token.stdout)
        .lines()
        .last()
        .unwrap()
        .trim()
        .to_string();

    let app = Application::build(config).await.expect("app starts");
    let port = app.port();
    let server = tokio::spawn(app.run_until(std::future::pending()));
    let reply: serde_json::Value = reqwest::Client::new()
        .post(format!(
            "http://127.0.0.1:{port}/api/v1/accounts/acc-ent/ask"
        ))
        .bearer_auth(&token)
        .json(&json!({"question": "When did we send the renewal timeline?"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(reply["abstained"], false, "{reply}");
    assert!(
        reply["citations"]
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["id"] == "a-acc-ent-1"),
        "{reply}"
    );
    server.abort();
    let _ = server.await;
}

/// `--crm` takes salesforce or hubspot (in any case) or a mapping file;
/// anything else is named back with what it may be.
#[test]
fn a_crm_the_command_line_does_not_know_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let export = dir.path().join("export");
    std::fs::create_dir(&export).unwrap();
    let sqlite = DatabaseConfig::Sqlite(dir.path().join("baton.sqlite3"));
    let out = baton(
        dir.path(),
        &sqlite,
        &[
            "import",
            "csv",
            "--crm",
            "pipedrive",
            export.to_str().unwrap(),
        ],
        &[],
    );
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(
        err.contains("pipedrive") && err.contains("salesforce, hubspot or a mapping file"),
        "{err}"
    );
    // A built-in CRM by any case; an empty folder lacks its files.
    let out = baton(
        dir.path(),
        &sqlite,
        &[
            "import",
            "csv",
            "--check",
            "--crm",
            "HubSpot",
            export.to_str().unwrap(),
        ],
        &[],
    );
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("no file matching *companies*.csv"), "{err}");
}

/// A bad setting stops start-up with a message naming it.
#[test]
fn bad_configuration_names_the_setting() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = DatabaseConfig::Sqlite(dir.path().join("x.sqlite3"));
    for (name, value) in [
        ("BATON_ADDR", "not-an-address"),
        ("DATABASE_URL", "mysql://localhost/db"),
        ("BATON_IMPORT_MAX_BYTES", "a lot"),
        ("OPENAI_BASE_URL", "not a url"),
    ] {
        let out = baton(dir.path(), &sqlite, &["serve"], &[(name, value)]);
        assert_eq!(out.status.code(), Some(2), "{name}: {}", text(&out.stderr));
        assert!(
            text(&out.stderr).contains(name),
            "{name}: {}",
            text(&out.stderr)
        );
    }
    let file = dir.path().join("baton.toml");
    std::fs::write(&file, "addr = \"127.0.0.1:0\"\nimport_max_bites = 5\n").unwrap();
    let out = baton(
        dir.path(),
        &sqlite,
        &["--config", file.to_str().unwrap(), "serve"],
        &[],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("import_max_bites"),
        "{}",
        text(&out.stderr)
    );
}

/// A failure at start-up prints its whole chain of causes, down to the
/// operating system's or the endpoint's own words, and exits non-zero.
#[test]
fn start_up_failures_print_every_cause() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = DatabaseConfig::Sqlite(dir.path().join("x.sqlite3"));
    // Where the index directory should be, a file.
    std::fs::write(dir.path().join("index"), "not a directory").unwrap();
    let out = baton(
        dir.path(),
        &sqlite,
        &["serve"],
        &[("BATON_ADDR", "127.0.0.1:0")],
    );
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    let index = dir.path().join("index");
    assert!(
        stderr.contains(&format!(
            "baton: knowledge index: cannot open the vector index at {}: ",
            index.display()
        )) && stderr.contains("(os error"),
        "{stderr}"
    );

    // A remote embedding endpoint nobody answers at: the client's own
    // words come after ours.
    let dir = tempfile::tempdir().unwrap();
    let out = baton(
        dir.path(),
        &sqlite,
        &["serve"],
        &[
            ("BATON_ADDR", "127.0.0.1:0"),
            ("BATON_EMBED_MODEL", "e"),
            ("OPENAI_BASE_URL", "http://127.0.0.1:1/v1"),
        ],
    );
    let stderr = text(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    let ours = "baton: embedding model: the embedding endpoint failed: ";
    let at = stderr.find(ours).unwrap_or_else(|| panic!("{stderr}"));
    assert!(
        stderr[at + ours.len()..].trim().len() > 10,
        "the cause is printed: {stderr}"
    );
}

/// `baton interview ID` in a terminal: answers, a skip, a volunteered
/// answer, submission — all visible over HTTP afterwards.
async fn interview_in_the_terminal(backend: Backend) {
    let app = crate::support::spawn(backend).await.with_team().await;
    let id = app.notice_rep_a1(None).await["acc-smb-small"].clone();
    let config = app.config();
    let input = "Pat Doe decides, after a call with\nthe finance team.\n\n:skip\nBudget is the stated reason; the real one is a rival tool.\n\n:submit\n";
    let out = baton_with_input(
        &config.data_dir,
        &config.database,
        &["interview", &id],
        &[("BATON_ADDR", "127.0.0.1:1")],
        input,
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}\n{}", text(&out.stderr));
    assert!(stdout.contains("The record already says:"), "{stdout}");
    assert!(stdout.contains("Question (decision_maker)"), "{stdout}");
    assert!(stdout.contains("Submitted for review"), "{stdout}");

    let rep = app.token("u-rep-a1").await;
    let iv = app.get(&format!("/api/v1/interviews/{id}"), &rep).await;
    let iv = iv.assert_ok();
    assert_eq!(iv["status"], "submitted");
    assert_eq!(
        iv["turns"][0]["answer_text"],
        "Pat Doe decides, after a call with\nthe finance team."
    );
    assert_eq!(iv["turns"][1]["skipped"], true);
    assert!(iv["turns"][2]["answer_text"]
        .as_str()
        .unwrap()
        .contains("rival tool"));
}

both_backends!(
    interview_in_the_terminal,
    import_and_token_create_from_the_command_line,
    invalid_or_oversized_files_import_nothing,
    reindex_rebuilds_the_index_from_the_store,
    assign_from_the_command_line,
);

/// `baton bench knowledge` runs end to end on a small team and reports
/// every figure (timings are reported, never asserted).
#[test]
fn knowledge_bench_reports_its_figures() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = DatabaseConfig::Sqlite(dir.path().join("unused.sqlite3"));
    let out = baton(
        dir.path(),
        &sqlite,
        &[
            "bench",
            "knowledge",
            "--accounts",
            "3",
            "--chunks",
            "20",
            "--asks",
            "5",
            "--clients",
            "2",
            "--seconds",
            "1",
            "--crm-accounts",
            "4",
            "--crm-activities",
            "10",
        ],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    assert_eq!(report["accounts"], 3);
    assert!(report["bulk_chunks"].as_u64().is_some_and(|n| n >= 3 * 20));
    for key in [
        "ask_p50_ms",
        "ask_p99_ms",
        "concurrent_asks_per_s",
        "real_path_searchable_chunks_per_s",
        "real_path_embedded_chunks_per_s",
    ] {
        assert!(
            report[key].as_f64().is_some_and(|v| v > 0.0),
            "{key}: {report}"
        );
    }
    let crm = &report["crm"];
    assert_eq!(crm["accounts"], 4);
    assert_eq!(crm["activities"], 40);
    assert!(
        crm["chunks"].as_i64().is_some_and(|n| n > 40),
        "every activity, contact, opportunity and account: {crm}"
    );
    for key in [
        "import_s",
        "searchable_chunks_per_s",
        "embedded_chunks_per_s",
        "approve_to_searchable_ms_during_embedding",
        "first_ask_on_an_imported_account_ms",
    ] {
        assert!(crm[key].as_f64().is_some_and(|v| v > 0.0), "{key}: {crm}");
    }
    assert!(report["ask_breakdown"]["query_embedding_p50_ms"]
        .as_f64()
        .is_some());
}

/// `baton bench` runs end to end and reports medians (timings are reported,
/// never asserted).
#[test]
fn bench_reports_the_wait_between_answer_and_next_prompt() {
    let dir = tempfile::tempdir().unwrap();
    let sqlite = DatabaseConfig::Sqlite(dir.path().join("unused.sqlite3"));
    let out = baton(
        dir.path(),
        &sqlite,
        &["bench", "--answers", "12", "--activities", "5"],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value =
        serde_json::from_str(text(&out.stdout).trim()).expect("one JSON line");
    assert_eq!(report["answers"], 12);
    assert_eq!(report["path"], "deterministic");
    assert!(report["median_ms"].as_f64().is_some_and(|m| m > 0.0));
    assert!(
        report["follow_ups"].as_u64().is_some_and(|f| f > 0),
        "thin answers got follow-ups"
    );
}

/// `baton assign --dry-run` prints the plan and changes nothing; `baton
/// assign` makes it, recorded as done from the command line; without
/// rules, or with a bad file, it says so and fails.
async fn assign_from_the_command_line(backend: Backend) {
    let (config, dir, _pg) = fresh_config(backend).await;
    let mut bundle = team_bundle();
    let mut loose = crate::support::account(
        "acc-loose",
        "u-rep-a1",
        45_000.0,
        None,
        &crate::support::in_days(100),
    );
    loose.as_object_mut().unwrap().remove("owner_id");
    bundle["accounts"].as_array_mut().unwrap().push(loose);
    let file = dir.path().join("team.json");
    std::fs::write(&file, serde_json::to_vec(&bundle).unwrap()).unwrap();
    let out = baton(
        dir.path(),
        &config.database,
        &["import", file.to_str().unwrap()],
        &[],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let summary: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(summary["unassigned"], 1);

    let none = baton(dir.path(), &config.database, &["assign", "--dry-run"], &[]);
    assert!(!none.status.success());
    assert!(
        text(&none.stderr).contains("BATON_OWNERSHIP_RULES"),
        "{}",
        text(&none.stderr)
    );

    let rules = dir.path().join("rules.toml");
    std::fs::write(
        &rules,
        "[[rule]]\nname = \"all\"\npool = [\"u-rep-b1\"]\nbogus = 1\n",
    )
    .unwrap();
    let env = [("BATON_OWNERSHIP_RULES", rules.to_str().unwrap())];
    let bad = baton(dir.path(), &config.database, &["assign", "--dry-run"], &env);
    assert!(!bad.status.success());
    let said = text(&bad.stderr);
    assert!(said.contains(&format!("{}:4:", rules.display())), "{said}");

    std::fs::write(&rules, "[[rule]]\nname = \"all\"\npool = [\"u-rep-b1\"]\n").unwrap();
    let dry = baton(dir.path(), &config.database, &["assign", "--dry-run"], &env);
    assert!(dry.status.success(), "{}", text(&dry.stderr));
    let plan = text(&dry.stdout);
    assert!(plan.starts_with("dry run (nothing changed)"), "{plan}");
    assert!(plan.contains("acc-loose"), "{plan}");
    assert!(plan.contains("nobody -> u-rep-b1"), "{plan}");

    let done = baton(dir.path(), &config.database, &["assign", "--json"], &env);
    assert!(done.status.success(), "{}", text(&done.stderr));
    let report: serde_json::Value = serde_json::from_slice(&done.stdout).unwrap();
    assert_eq!(report["dry_run"], false);
    assert_eq!(report["assigned"][0]["account_id"], "acc-loose");

    let app = Application::build(config.clone()).await.unwrap();
    let detail = baton::accounts::detail(
        &app.state().db,
        &baton::access::Scope::machine(),
        "acc-loose",
        0,
    )
    .await
    .unwrap();
    assert_eq!(detail.account.owner_id.unwrap().as_str(), "u-rep-b1");
    let change = &detail.ownership_history[0];
    assert_eq!(change.changed_by, None);
    assert_eq!(change.rule.as_deref(), Some("all"));
}
