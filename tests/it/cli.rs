//! The `baton` binary: import, token create, and configuration errors.

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
    cmd.output().expect("baton runs")
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

both_backends!(
    import_and_token_create_from_the_command_line,
    invalid_or_oversized_files_import_nothing,
);
