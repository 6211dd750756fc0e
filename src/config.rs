//! Configuration: an optional TOML file, then the environment on top.
//!
//! Every setting has an environment name (the contract in PRODUCT.md) and a
//! key of the same name in lower case without the `BATON_` prefix in the file
//! (`BATON_ADDR` → `addr`, `DATABASE_URL` → `database_url`). A bad value stops
//! start-up with a message naming the setting.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

/// Where the relational store lives.
#[derive(Debug, Clone, PartialEq)]
pub enum DatabaseConfig {
    Sqlite(PathBuf),
    Postgres(String),
}

/// How an output limit is sent to the model endpoint: `max_tokens` (what
/// most OpenAI-compatible servers read), or `max_completion_tokens` (what
/// OpenAI's newer models require).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TokenLimitParam {
    #[default]
    MaxTokens,
    MaxCompletionTokens,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// A secret that never prints.
#[derive(Clone, PartialEq)]
pub struct Secret(String);

impl Secret {
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(***)")
    }
}

#[derive(Debug, Clone)]
pub struct Config {
    pub data_dir: PathBuf,
    pub addr: SocketAddr,
    pub database: DatabaseConfig,
    pub qdrant_url: Option<String>,
    pub qdrant_api_key: Option<Secret>,
    /// The collection on a Qdrant server.
    pub qdrant_collection: String,
    pub openai_base_url: Option<String>,
    pub openai_api_key: Option<Secret>,
    pub chat_model: Option<String>,
    pub embed_model: Option<String>,
    /// Largest bundle `import` accepts, from a file or over HTTP.
    pub import_max_bytes: u64,
    /// Largest request body on every other route.
    pub body_limit_bytes: u64,
    /// A folder with an edited question bank; the built-in one otherwise.
    pub question_bank_dir: Option<PathBuf>,
    /// An abstention classifier fitted on a team's own questions
    /// (`scripts/calibrate_abstention.py`); the built-in one otherwise.
    pub abstention_file: Option<PathBuf>,
    /// A file every question's retrieval candidates and their ranking
    /// signals are appended to, one JSON line per question, for
    /// `scripts/fit_ranking.py`; none: not written.
    pub ask_trace: Option<PathBuf>,
    /// The ownership rules (TOML) that `baton assign` applies; none: no
    /// assignment by rule.
    pub ownership_rules: Option<PathBuf>,
    pub log_format: LogFormat,
    /// How long one model request may take before it counts as failed.
    pub llm_timeout: std::time::Duration,
    /// How the prompts' output limits are sent (`BATON_LLM_TOKEN_LIMIT_PARAM`).
    pub llm_token_limit_param: TokenLimitParam,
    /// Whether JSON prompts send `response_format` (`BATON_LLM_RESPONSE_FORMAT`:
    /// `json_object`, the default, or `none`).
    pub llm_response_format: bool,
    /// How long the server works on one HTTP request before it gives up.
    pub request_timeout: std::time::Duration,
    /// How long an interview turn may take (`BATON_TURN_BUDGET_SECS`): an
    /// answer is acknowledged and the next prompt returned within it,
    /// whatever the model does.
    pub turn_budget: std::time::Duration,
    /// Most model requests in flight at once (`BATON_LLM_MAX_IN_FLIGHT`),
    /// so that a slow local server is not flooded.
    pub llm_max_in_flight: usize,
    /// The first wait before an extraction that failed in a way that may
    /// pass is tried again (`BATON_EXTRACTION_RETRY_SECS`); it doubles at
    /// each failure, up to a minute.
    pub extraction_retry: std::time::Duration,
    /// How long the background indexer's lease lasts without renewal
    /// (`BATON_INDEXER_LEASE_SECS`): with several instances on one store,
    /// one indexes at a time, and another takes over this long after the
    /// holder died (at once when it stopped).
    pub indexer_lease: std::time::Duration,
}

#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("invalid {setting}: {message}")]
    Invalid { setting: String, message: String },
    #[error("cannot read the configuration file {path}: {message}")]
    File { path: String, message: String },
}

fn invalid(setting: &str, message: impl Into<String>) -> ConfigError {
    ConfigError::Invalid {
        setting: setting.to_string(),
        message: message.into(),
    }
}

/// The settings, each with its environment name and file key.
const SETTINGS: &[(&str, &str)] = &[
    ("BATON_DATA_DIR", "data_dir"),
    ("BATON_ADDR", "addr"),
    ("DATABASE_URL", "database_url"),
    ("QDRANT_URL", "qdrant_url"),
    ("QDRANT_API_KEY", "qdrant_api_key"),
    ("BATON_QDRANT_COLLECTION", "qdrant_collection"),
    ("OPENAI_BASE_URL", "openai_base_url"),
    ("OPENAI_API_KEY", "openai_api_key"),
    ("BATON_CHAT_MODEL", "chat_model"),
    ("BATON_EMBED_MODEL", "embed_model"),
    ("BATON_IMPORT_MAX_BYTES", "import_max_bytes"),
    ("BATON_BODY_LIMIT_BYTES", "body_limit_bytes"),
    ("BATON_QUESTION_BANK_DIR", "question_bank_dir"),
    ("BATON_ABSTENTION_FILE", "abstention_file"),
    ("BATON_ASK_TRACE", "ask_trace"),
    ("BATON_OWNERSHIP_RULES", "ownership_rules"),
    ("BATON_LOG_FORMAT", "log_format"),
    ("BATON_LLM_TIMEOUT_SECS", "llm_timeout_secs"),
    ("BATON_LLM_TOKEN_LIMIT_PARAM", "llm_token_limit_param"),
    ("BATON_LLM_RESPONSE_FORMAT", "llm_response_format"),
    ("BATON_REQUEST_TIMEOUT_SECS", "request_timeout_secs"),
    ("BATON_TURN_BUDGET_SECS", "turn_budget_secs"),
    ("BATON_LLM_MAX_IN_FLIGHT", "llm_max_in_flight"),
    ("BATON_EXTRACTION_RETRY_SECS", "extraction_retry_secs"),
    ("BATON_INDEXER_LEASE_SECS", "indexer_lease_secs"),
];

impl Config {
    /// Reads `file` (when given, or named by `BATON_CONFIG`) and the process
    /// environment.
    pub fn load(file: Option<&Path>) -> Result<Config, ConfigError> {
        let env: HashMap<String, String> = std::env::vars().collect();
        let file = file.map(Path::to_path_buf).or_else(|| {
            env.get("BATON_CONFIG")
                .filter(|s| !s.is_empty())
                .map(PathBuf::from)
        });
        let file_text = match &file {
            Some(path) => Some(
                std::fs::read_to_string(path).map_err(|e| ConfigError::File {
                    path: path.display().to_string(),
                    message: e.to_string(),
                })?,
            ),
            None => None,
        };
        Config::from_sources(file.as_deref(), file_text.as_deref(), &env)
    }

    /// Builds a configuration from a file's text and an environment map.
    pub fn from_sources(
        file: Option<&Path>,
        file_text: Option<&str>,
        env: &HashMap<String, String>,
    ) -> Result<Config, ConfigError> {
        let mut values: HashMap<&'static str, (String, String)> = HashMap::new();
        if let (Some(path), Some(text)) = (file, file_text) {
            let table: toml::Table = toml::from_str(text).map_err(|e| ConfigError::File {
                path: path.display().to_string(),
                message: e.message().to_string(),
            })?;
            for (key, value) in table {
                let Some((env_name, _)) = SETTINGS.iter().find(|(_, k)| *k == key) else {
                    let known: Vec<&str> = SETTINGS.iter().map(|(_, k)| *k).collect();
                    return Err(invalid(
                        &format!("{key} (in {})", path.display()),
                        format!("unknown setting; known settings are {}", known.join(", ")),
                    ));
                };
                let text = match value {
                    toml::Value::String(s) => s,
                    toml::Value::Integer(i) => i.to_string(),
                    other => {
                        return Err(invalid(
                            &format!("{key} (in {})", path.display()),
                            format!("must be a string or an integer, found {}", other.type_str()),
                        ))
                    }
                };
                values.insert(env_name, (format!("{key} (in {})", path.display()), text));
            }
        }
        for (env_name, _) in SETTINGS {
            if let Some(v) = env.get(*env_name).filter(|v| !v.is_empty()) {
                values.insert(env_name, (env_name.to_string(), v.clone()));
            }
        }
        let get = |name: &str| {
            values
                .get(name)
                .map(|(setting, v)| (setting.as_str(), v.trim()))
        };

        let data_dir = get("BATON_DATA_DIR")
            .map(|(_, v)| PathBuf::from(v))
            .unwrap_or_else(|| PathBuf::from("./data"));
        let addr = match get("BATON_ADDR") {
            None => SocketAddr::from(([127, 0, 0, 1], 8080)),
            Some((setting, v)) => v.parse().map_err(|_| {
                invalid(
                    setting,
                    format!("{v:?} is not a socket address such as 127.0.0.1:8080"),
                )
            })?,
        };
        let database = match get("DATABASE_URL") {
            None => DatabaseConfig::Sqlite(data_dir.join("baton.sqlite3")),
            Some((setting, v)) => {
                if v.starts_with("postgres://") || v.starts_with("postgresql://") {
                    DatabaseConfig::Postgres(v.to_string())
                } else if let Some(path) = v
                    .strip_prefix("sqlite://")
                    .or_else(|| v.strip_prefix("sqlite:"))
                {
                    let path = path.split('?').next().unwrap_or(path);
                    if path.is_empty() {
                        return Err(invalid(
                            setting,
                            "a sqlite URL needs a file path, e.g. sqlite://data/baton.sqlite3",
                        ));
                    }
                    DatabaseConfig::Sqlite(PathBuf::from(path))
                } else {
                    return Err(invalid(
                        setting,
                        format!(
                            "{:?} is neither postgres://… nor sqlite://…",
                            crate::store::redact_url(v)
                        ),
                    ));
                }
            }
        };
        let url = |name: &str| -> Result<Option<String>, ConfigError> {
            match get(name) {
                None => Ok(None),
                Some((_, v)) if v.starts_with("http://") || v.starts_with("https://") => {
                    Ok(Some(v.trim_end_matches('/').to_string()))
                }
                Some((setting, v)) => Err(invalid(setting, format!("{v:?} is not an http(s) URL"))),
            }
        };
        let bytes = |name: &str, default: u64| -> Result<u64, ConfigError> {
            match get(name) {
                None => Ok(default),
                Some((setting, v)) => parse_bytes(v).ok_or_else(|| {
                    invalid(
                        setting,
                        format!("{v:?} is not a size in bytes (e.g. 268435456, 256MiB, 1MB)"),
                    )
                }),
            }
        };
        let log_format = match get("BATON_LOG_FORMAT") {
            None => LogFormat::Text,
            Some((_, "text")) => LogFormat::Text,
            Some((_, "json")) => LogFormat::Json,
            Some((setting, v)) => {
                return Err(invalid(setting, format!("{v:?} is not text or json")))
            }
        };
        let llm_token_limit_param = match get("BATON_LLM_TOKEN_LIMIT_PARAM") {
            None | Some((_, "max_tokens")) => TokenLimitParam::MaxTokens,
            Some((_, "max_completion_tokens")) => TokenLimitParam::MaxCompletionTokens,
            Some((setting, v)) => {
                return Err(invalid(
                    setting,
                    format!("{v:?} is not max_tokens or max_completion_tokens"),
                ))
            }
        };
        let llm_response_format = match get("BATON_LLM_RESPONSE_FORMAT") {
            None | Some((_, "json_object")) => true,
            Some((_, "none")) => false,
            Some((setting, v)) => {
                return Err(invalid(
                    setting,
                    format!("{v:?} is not json_object or none"),
                ))
            }
        };
        let seconds = |name: &str, default: u64, max: u64| match get(name) {
            None => Ok(std::time::Duration::from_secs(default)),
            Some((setting, v)) => v
                .trim()
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s > 0.0 && *s <= max as f64)
                .map(std::time::Duration::from_secs_f64)
                .ok_or_else(|| {
                    invalid(
                        setting,
                        format!("{v:?} is not a number of seconds above 0 and at most {max}"),
                    )
                }),
        };
        let llm_timeout = seconds("BATON_LLM_TIMEOUT_SECS", 20, 600)?;
        let request_timeout = seconds("BATON_REQUEST_TIMEOUT_SECS", 120, 3600)?;
        let turn_budget = seconds("BATON_TURN_BUDGET_SECS", 5, 600)?;
        if turn_budget >= request_timeout {
            return Err(invalid(
                "BATON_TURN_BUDGET_SECS",
                format!(
                    "{} s is not shorter than BATON_REQUEST_TIMEOUT_SECS ({} s): a turn must end before its request is cut",
                    turn_budget.as_secs_f64(),
                    request_timeout.as_secs_f64()
                ),
            ));
        }
        let extraction_retry = seconds("BATON_EXTRACTION_RETRY_SECS", 2, 60)?;
        let indexer_lease = seconds("BATON_INDEXER_LEASE_SECS", 30, 3600)?;
        if indexer_lease < std::time::Duration::from_secs(1) {
            return Err(invalid(
                "BATON_INDEXER_LEASE_SECS",
                format!(
                    "{} s is too short: at least 1 s (a lease is renewed every quarter of it)",
                    indexer_lease.as_secs_f64()
                ),
            ));
        }
        let llm_max_in_flight = match get("BATON_LLM_MAX_IN_FLIGHT") {
            None => 2,
            Some((setting, v)) => v
                .trim()
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=64).contains(n))
                .ok_or_else(|| invalid(setting, format!("{v:?} is not a number from 1 to 64")))?,
        };
        let text = |name: &str| get(name).map(|(_, v)| v.to_string());
        Ok(Config {
            llm_timeout,
            llm_token_limit_param,
            llm_response_format,
            request_timeout,
            turn_budget,
            llm_max_in_flight,
            extraction_retry,
            indexer_lease,
            qdrant_url: url("QDRANT_URL")?,
            qdrant_api_key: text("QDRANT_API_KEY").map(Secret),
            qdrant_collection: match get("BATON_QDRANT_COLLECTION") {
                None => "baton".to_string(),
                Some((_, v))
                    if !v.is_empty()
                        && v.chars()
                            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-') =>
                {
                    v.to_string()
                }
                Some((setting, v)) => {
                    return Err(invalid(
                        setting,
                        format!("{v:?} is not a collection name (letters, digits, _ and -)"),
                    ))
                }
            },
            openai_base_url: url("OPENAI_BASE_URL")?,
            openai_api_key: text("OPENAI_API_KEY").map(Secret),
            chat_model: text("BATON_CHAT_MODEL"),
            embed_model: text("BATON_EMBED_MODEL"),
            import_max_bytes: bytes("BATON_IMPORT_MAX_BYTES", 256 * 1024 * 1024)?,
            body_limit_bytes: bytes("BATON_BODY_LIMIT_BYTES", 1024 * 1024)?,
            question_bank_dir: text("BATON_QUESTION_BANK_DIR").map(PathBuf::from),
            abstention_file: text("BATON_ABSTENTION_FILE").map(PathBuf::from),
            ask_trace: text("BATON_ASK_TRACE").map(PathBuf::from),
            ownership_rules: text("BATON_OWNERSHIP_RULES").map(PathBuf::from),
            log_format,
            data_dir,
            addr,
            database,
        })
    }

    /// A configuration for tests and tools: everything under `data_dir`, a
    /// random port on loopback.
    pub fn for_data_dir(data_dir: &Path) -> Config {
        let mut env = HashMap::new();
        env.insert("BATON_DATA_DIR".to_string(), data_dir.display().to_string());
        env.insert("BATON_ADDR".to_string(), "127.0.0.1:0".to_string());
        Config::from_sources(None, None, &env).expect("defaults are valid")
    }
}

/// `1048576`, `1MiB`, `1MB`, `512KiB`, `1GiB`.
fn parse_bytes(v: &str) -> Option<u64> {
    let v = v.trim();
    let split = v.find(|c: char| !c.is_ascii_digit()).unwrap_or(v.len());
    let (number, unit) = v.split_at(split);
    let n: u64 = number.parse().ok()?;
    let factor: u64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "kb" => 1_000,
        "kib" | "k" => 1 << 10,
        "mb" => 1_000_000,
        "mib" | "m" => 1 << 20,
        "gb" => 1_000_000_000,
        "gib" | "g" => 1 << 30,
        _ => return None,
    };
    n.checked_mul(factor).filter(|n| *n > 0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_are_embedded() {
        let c = Config::from_sources(None, None, &env(&[])).unwrap();
        assert_eq!(c.addr.to_string(), "127.0.0.1:8080");
        assert_eq!(
            c.database,
            DatabaseConfig::Sqlite(PathBuf::from("./data/baton.sqlite3"))
        );
        assert!(c.openai_base_url.is_none());
        assert_eq!(c.turn_budget, std::time::Duration::from_secs(5));
        assert_eq!(c.llm_max_in_flight, 2);
    }

    #[test]
    fn bad_values_name_the_setting() {
        let err = Config::from_sources(None, None, &env(&[("BATON_ADDR", "nowhere")])).unwrap_err();
        assert!(err.to_string().starts_with("invalid BATON_ADDR:"), "{err}");
        let err =
            Config::from_sources(None, None, &env(&[("DATABASE_URL", "mysql://x")])).unwrap_err();
        assert!(
            err.to_string().starts_with("invalid DATABASE_URL:"),
            "{err}"
        );
        let err = Config::from_sources(None, None, &env(&[("BATON_IMPORT_MAX_BYTES", "lots")]))
            .unwrap_err();
        assert!(err.to_string().contains("BATON_IMPORT_MAX_BYTES"), "{err}");
        for (setting, bad) in [
            ("BATON_REQUEST_TIMEOUT_SECS", "0"),
            ("BATON_REQUEST_TIMEOUT_SECS", "forever"),
            ("BATON_LLM_TIMEOUT_SECS", "601"),
            ("BATON_TURN_BUDGET_SECS", "-1"),
            ("BATON_LLM_MAX_IN_FLIGHT", "0"),
            ("BATON_LLM_MAX_IN_FLIGHT", "65"),
        ] {
            let err = Config::from_sources(None, None, &env(&[(setting, bad)])).unwrap_err();
            assert!(
                err.to_string().starts_with(&format!("invalid {setting}:")),
                "{err}"
            );
        }
        let err = Config::from_sources(
            None,
            None,
            &env(&[
                ("BATON_REQUEST_TIMEOUT_SECS", "10"),
                ("BATON_TURN_BUDGET_SECS", "10"),
            ]),
        )
        .unwrap_err();
        assert!(
            err.to_string()
                .starts_with("invalid BATON_TURN_BUDGET_SECS:"),
            "{err}"
        );
        let ok = Config::from_sources(
            None,
            None,
            &env(&[
                ("BATON_REQUEST_TIMEOUT_SECS", "2.5"),
                ("BATON_TURN_BUDGET_SECS", "1"),
            ]),
        )
        .unwrap();
        assert_eq!(ok.request_timeout, std::time::Duration::from_millis(2500));
    }

    #[test]
    fn environment_wins_over_the_file() {
        let file =
            "addr = \"127.0.0.1:9000\"\ndata_dir = \"/srv/baton\"\nimport_max_bytes = \"2MiB\"\n";
        let c = Config::from_sources(
            Some(Path::new("baton.toml")),
            Some(file),
            &env(&[("BATON_ADDR", "127.0.0.1:9001")]),
        )
        .unwrap();
        assert_eq!(c.addr.port(), 9001);
        assert_eq!(c.data_dir, PathBuf::from("/srv/baton"));
        assert_eq!(c.import_max_bytes, 2 << 20);
    }

    #[test]
    fn unknown_or_bad_file_keys_name_the_file() {
        let err = Config::from_sources(Some(Path::new("b.toml")), Some("adr = \"x\""), &env(&[]))
            .unwrap_err();
        assert!(err.to_string().contains("adr (in b.toml)"), "{err}");
        let err = Config::from_sources(Some(Path::new("b.toml")), Some("addr = \"x\""), &env(&[]))
            .unwrap_err();
        assert!(
            err.to_string().starts_with("invalid addr (in b.toml):"),
            "{err}"
        );
    }

    #[test]
    fn api_key_never_prints() {
        let c = Config::from_sources(None, None, &env(&[("OPENAI_API_KEY", "sk-secret")])).unwrap();
        assert!(!format!("{c:?}").contains("sk-secret"));
    }

    #[test]
    fn sizes_parse_with_units() {
        assert_eq!(parse_bytes("1024"), Some(1024));
        assert_eq!(parse_bytes("1MiB"), Some(1 << 20));
        assert_eq!(parse_bytes("1MB"), Some(1_000_000));
        assert_eq!(parse_bytes("0"), None);
        assert_eq!(parse_bytes("1XB"), None);
    }
}
