//! Each table has one owning module, the only one whose SQL names it
//! (ARCHITECTURE.md): other modules go through the owner's functions or
//! splice the owner's SQL fragments. This reads the sources and says which
//! module wrote SQL on a table it does not own.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const OWNERS: &[(&str, &[&str])] = &[
    ("users", &["users", "roster_stamp"]),
    (
        "accounts",
        &[
            "accounts",
            "contacts",
            "opportunities",
            "activities",
            "activity_contacts",
            "ownership_changes",
            "import_runs",
        ],
    ),
    ("departures", &["departures", "notice_opportunities"]),
    (
        "interviews",
        &[
            "interviews",
            "interview_turns",
            "answer_versions",
            "interview_facts",
        ],
    ),
    (
        "knowledge",
        &[
            "knowledge_versions",
            "knowledge_chunks",
            "index_removals",
            "knowledge_state",
            "asked_questions",
            "knowledge_stamps",
        ],
    ),
    (
        "ownership",
        &["account_team", "team_changes", "conflict_acceptances"],
    ),
    ("access", &["api_tokens"]),
    ("audit", &["audit_log"]),
    ("store", &["leases"]),
];

/// The module a source file belongs to: `src/interviews/store.rs` →
/// `interviews`, `src/cli.rs` → `cli`.
fn module_of(path: &Path, src: &Path) -> String {
    let rel = path.strip_prefix(src).unwrap();
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Tables named after a SQL keyword in `text` (`FROM users`, `JOIN
/// users`, `UPDATE users`, `INSERT INTO users`, `DELETE FROM users`).
fn tables_named(text: &str) -> BTreeSet<String> {
    let words: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = BTreeSet::new();
    for pair in words.windows(2) {
        if ["FROM", "JOIN", "UPDATE", "INTO"].contains(&pair[0]) {
            out.insert(pair[1].to_string());
        }
    }
    out
}

#[test]
fn each_table_is_named_only_by_its_owner() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let owner_of: BTreeMap<&str, &str> = OWNERS
        .iter()
        .flat_map(|(module, tables)| tables.iter().map(move |t| (*t, *module)))
        .collect();
    let mut trespass = Vec::new();
    let mut seen = BTreeSet::new();
    for file in &files {
        let module = module_of(file, &src);
        let text = std::fs::read_to_string(file).unwrap();
        for table in tables_named(&text) {
            if let Some(owner) = owner_of.get(table.as_str()) {
                seen.insert(table.clone());
                if module != *owner {
                    trespass.push(format!(
                        "{} names {table} (owned by {owner})",
                        file.display()
                    ));
                }
            }
        }
    }
    assert!(trespass.is_empty(), "{trespass:#?}");
    // The check reads what it should: every table is found at its owner.
    let missing: Vec<&&str> = owner_of.keys().filter(|t| !seen.contains(**t)).collect();
    assert!(missing.is_empty(), "no SQL found for {missing:?}");
}

/// Every type the OpenAPI document names has a name of its own: utoipa
/// keys schemas by the bare type name, so a second `Evidence` would
/// silently replace the first in the document.
#[test]
fn each_schema_name_is_used_once() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(file).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        for (i, line) in lines.iter().enumerate() {
            // `string_enum!` types derive it too: their name opens the
            // first line that starts with a capital.
            if line.contains("string_enum!(") && !line.contains("macro_rules") {
                let name: Option<String> = lines[i + 1..]
                    .iter()
                    .map(|l| l.trim())
                    .find(|l| l.starts_with(|c: char| c.is_ascii_uppercase()))
                    .map(|l| l.chars().take_while(|c| c.is_alphanumeric()).collect());
                if let Some(name) = name {
                    seen.entry(name)
                        .or_default()
                        .push(file.strip_prefix(&src).unwrap().display().to_string());
                }
                continue;
            }
            if !(line.trim_start().starts_with("#[derive(") && line.contains("ToSchema")) {
                continue;
            }
            // The item the derive is on: the next `pub struct`/`pub enum`.
            let item = lines[i + 1..].iter().map(|l| l.trim()).find(|l| {
                l.starts_with("pub struct ")
                    || l.starts_with("pub enum ")
                    || l.starts_with("struct ")
                    || l.starts_with("enum ")
            });
            let Some(item) = item else { continue };
            let name: String = item
                .split_whitespace()
                .find(|w| !["pub", "struct", "enum"].contains(w))
                .unwrap_or("")
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            // A macro's own derive (`$name`) names no type.
            if name.is_empty() {
                continue;
            }
            seen.entry(name)
                .or_default()
                .push(file.strip_prefix(&src).unwrap().display().to_string());
        }
    }
    let twice: Vec<_> = seen.iter().filter(|(_, at)| at.len() > 1).collect();
    assert!(
        seen.len() > 50,
        "the scan found the schemas: {}",
        seen.len()
    );
    assert!(twice.is_empty(), "schema names used twice: {twice:?}");
}
