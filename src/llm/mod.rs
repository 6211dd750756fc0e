//! The language model: any OpenAI-compatible chat endpoint through
//! async-openai, and the prompts it is given (minijinja templates from
//! `prompts/`, built into the binary).
//!
//! Text from the record or from answers goes into prompts as data, inside
//! delimiters the templates name, never as instructions. A prompt only ever
//! holds one account's data: callers pass that account's record excerpt and
//! answer, nothing else.

use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use async_openai::config::OpenAIConfig;
use async_openai::error::OpenAIError;
use async_openai::types::chat::{
    ChatCompletionRequestMessage, ChatCompletionRequestSystemMessage,
    ChatCompletionRequestUserMessage, CreateChatCompletionRequestArgs,
};
use minijinja::Environment;
use serde::Serialize;

use crate::config::{Config, TokenLimitParam};
use crate::{string_enum, BoxError};

string_enum!(
    /// What a prompt asks the model for; each has its output limit in
    /// `prompts/limits.toml` and its own token counts in the metrics.
    PromptKind {
        Phrasing => "phrasing",
        FollowUp => "follow_up",
        Extraction => "extraction",
        Answer => "answer",
        Brief => "brief",
        IntroNotes => "intro_notes",
    }
);

/// The output limit of one kind of prompt.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Limit {
    /// At most this many tokens out (1 to 8,192).
    pub max_tokens: u32,
    /// Where a reply may stop (at most 4).
    #[serde(default)]
    pub stop: Vec<String>,
}

/// `prompts/limits.toml`, built into the binary.
const LIMITS: &str = include_str!("../../prompts/limits.toml");

/// Every kind's limit, from `text` (the file `name`): every kind present,
/// nothing else; an error names the line.
pub fn parse_limits(
    name: &str,
    text: &str,
) -> Result<std::collections::HashMap<PromptKind, Limit>, LlmError> {
    let invalid =
        |line: usize, message: String| LlmError::template(name, format!("line {line}: {message}"));
    let raw: std::collections::BTreeMap<String, toml::Spanned<Limit>> =
        crate::tomlfile::parse(text).map_err(|(line, message)| invalid(line, message))?;
    let mut out = std::collections::HashMap::new();
    for (kind, limit) in raw {
        let line = crate::tomlfile::line_at(text, limit.span().start);
        let Some(k) = PromptKind::parse(&kind) else {
            return Err(invalid(
                line,
                format!("[{kind}]: expected {}", PromptKind::expected()),
            ));
        };
        let limit = limit.into_inner();
        if !(1..=8192).contains(&limit.max_tokens) {
            return Err(invalid(line, format!("[{kind}] max_tokens is 1 to 8192")));
        }
        if limit.stop.len() > 4 || limit.stop.iter().any(String::is_empty) {
            return Err(invalid(
                line,
                format!("[{kind}] stop: 1 to 4 non-empty sequences"),
            ));
        }
        out.insert(k, limit);
    }
    if let Some(missing) = PromptKind::ALL.iter().find(|k| !out.contains_key(k)) {
        return Err(invalid(
            1,
            format!("no [{missing}]: every kind of prompt needs a limit"),
        ));
    }
    Ok(out)
}

/// One request's count, made when it ends however it ends.
struct Counted<'a> {
    metrics: &'a ModelMetrics,
    kind: PromptKind,
    outcome: Option<&'static str>,
}

impl Drop for Counted<'_> {
    fn drop(&mut self) {
        self.metrics
            .requests
            .with_label_values(&[self.kind.as_str(), self.outcome.unwrap_or("abandoned")])
            .inc();
    }
}

/// Requests and tokens by kind of prompt, for the Prometheus endpoint.
#[derive(Clone)]
pub struct ModelMetrics {
    requests: prometheus::IntCounterVec,
    tokens: prometheus::IntCounterVec,
}

impl ModelMetrics {
    fn new() -> ModelMetrics {
        let counter = |name: &str, help: &str, labels: &[&str]| {
            prometheus::IntCounterVec::new(prometheus::Opts::new(name, help), labels)
                .expect("valid metric")
        };
        let requests = counter(
            "baton_llm_requests_total",
            "Language-model requests by kind of prompt and outcome (ok, timed_out, http_error, unreachable, malformed, template; abandoned: its caller's deadline passed first)",
            &["kind", "outcome"],
        );
        let tokens = counter(
            "baton_llm_tokens_total",
            "Language-model tokens by kind of prompt, in (prompt) and out (completion), as the endpoint reports them",
            &["kind", "direction"],
        );
        ModelMetrics { requests, tokens }
    }

    /// The collectors, to register with the app's registry.
    pub fn collectors(&self) -> Vec<Box<dyn prometheus::core::Collector>> {
        vec![
            Box::new(self.requests.clone()),
            Box::new(self.tokens.clone()),
        ]
    }
}

/// Why a model call failed. Transient failures (timeouts, 429, 5xx) were
/// already retried with backoff by the client. Each keeps its cause for
/// the log; [`LlmError::reason`] is what users see.
#[derive(Debug, thiserror::Error)]
pub enum LlmError {
    #[error("the model timed out")]
    TimedOut(#[source] OpenAIError),
    #[error("the model endpoint answered HTTP {status}")]
    Status {
        status: u16,
        #[source]
        source: OpenAIError,
    },
    #[error("the model endpoint could not be reached")]
    Unreachable(#[source] BoxError),
    #[error("the model's reply was malformed: {0}")]
    Malformed(String),
    #[error("prompt template {name} failed")]
    Template {
        name: String,
        #[source]
        source: BoxError,
    },
}

impl LlmError {
    /// A short reason to show the rep and store with the fallback: what
    /// kind of failure it was, never the endpoint's address or the
    /// client's error text (those go to the log).
    pub fn reason(&self) -> String {
        match self {
            LlmError::Malformed(_) => "the model's reply was malformed".into(),
            LlmError::Template { .. } => "a prompt template failed".into(),
            // Their own text names no address: the cause below does.
            other => other.to_string(),
        }
    }

    /// Whether the same request may succeed later: it timed out, the
    /// endpoint could not be reached, or answered 429 or 5xx.
    pub fn may_pass(&self) -> bool {
        match self {
            LlmError::TimedOut(_) | LlmError::Unreachable(_) => true,
            LlmError::Status { status, .. } => *status == 429 || *status >= 500,
            LlmError::Malformed(_) | LlmError::Template { .. } => false,
        }
    }

    fn template(name: &str, source: impl Into<BoxError>) -> LlmError {
        LlmError::Template {
            name: name.to_string(),
            source: source.into(),
        }
    }
}

/// The prompts of `prompts/`, compiled once at start.
pub struct Prompts {
    env: Environment<'static>,
}

const TEMPLATES: &[(&str, &str)] = &[
    ("system.j2", include_str!("../../prompts/system.j2")),
    ("question.j2", include_str!("../../prompts/question.j2")),
    ("follow_up.j2", include_str!("../../prompts/follow_up.j2")),
    ("extract.j2", include_str!("../../prompts/extract.j2")),
    (
        "answer_system.j2",
        include_str!("../../prompts/answer_system.j2"),
    ),
    ("answer.j2", include_str!("../../prompts/answer.j2")),
    (
        "brief_system.j2",
        include_str!("../../prompts/brief_system.j2"),
    ),
    ("brief.j2", include_str!("../../prompts/brief.j2")),
    (
        "intro_notes_system.j2",
        include_str!("../../prompts/intro_notes_system.j2"),
    ),
    (
        "intro_notes.j2",
        include_str!("../../prompts/intro_notes.j2"),
    ),
];

impl Prompts {
    pub fn load() -> Result<Prompts, LlmError> {
        let mut env = Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.add_filter("data", data_filter);
        for (name, text) in TEMPLATES {
            env.add_template(name, text)
                .map_err(|e| LlmError::template(name, e))?;
        }
        Ok(Prompts { env })
    }

    /// Renders `name` with `context`.
    pub fn render(&self, name: &str, context: impl Serialize) -> Result<String, LlmError> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(minijinja::value::Serde(context)))
            .map_err(|e| LlmError::template(name, e))
    }
}

/// Makes text safe to place between the templates' data delimiters: the
/// delimiters cannot be closed from inside.
fn data_filter(value: String) -> String {
    value.replace("<<<", "‹‹‹").replace(">>>", "›››")
}

/// A client of the configured OpenAI-compatible endpoint (chat and
/// embeddings alike), with the per-request timeout.
pub fn openai_client(
    config: &Config,
) -> Result<async_openai::Client<OpenAIConfig>, reqwest::Error> {
    let mut openai = OpenAIConfig::new();
    if let Some(base) = &config.openai_base_url {
        openai = openai.with_api_base(base);
    }
    if let Some(key) = &config.openai_api_key {
        openai = openai.with_api_key(key.expose());
    }
    let timeout = config.llm_timeout;
    let http = reqwest::Client::builder()
        .timeout(timeout)
        .connect_timeout(timeout.min(Duration::from_secs(5)))
        .build()?;
    Ok(async_openai::Client::with_config(openai).with_http_client(http))
}

/// A chat model at an OpenAI-compatible endpoint.
#[derive(Clone)]
pub struct ChatModel {
    client: async_openai::Client<OpenAIConfig>,
    model: String,
    limits: std::sync::Arc<std::collections::HashMap<PromptKind, Limit>>,
    limit_param: TokenLimitParam,
    /// Whether JSON prompts send `response_format` (a setting; turned off
    /// for good when the endpoint refuses it).
    response_format: std::sync::Arc<AtomicBool>,
    /// Requests in flight to the endpoint at most (`BATON_LLM_MAX_IN_FLIGHT`);
    /// the others wait their turn here, not on the endpoint.
    in_flight: std::sync::Arc<tokio::sync::Semaphore>,
    metrics: ModelMetrics,
}

impl std::fmt::Debug for ChatModel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ChatModel")
            .field("model", &self.model)
            .finish_non_exhaustive()
    }
}

impl ChatModel {
    /// The configured model, or `None` when `BATON_CHAT_MODEL` is not set.
    pub fn from_config(config: &Config) -> Result<Option<ChatModel>, LlmError> {
        let Some(model) = config.chat_model.clone() else {
            return Ok(None);
        };
        Ok(Some(ChatModel {
            client: openai_client(config).map_err(|e| LlmError::Unreachable(e.into()))?,
            model,
            limits: std::sync::Arc::new(parse_limits("prompts/limits.toml", LIMITS)?),
            limit_param: config.llm_token_limit_param,
            response_format: std::sync::Arc::new(AtomicBool::new(config.llm_response_format)),
            in_flight: std::sync::Arc::new(tokio::sync::Semaphore::new(config.llm_max_in_flight)),
            metrics: ModelMetrics::new(),
        }))
    }

    pub fn model(&self) -> &str {
        &self.model
    }

    /// Its requests and tokens, for the app's metrics.
    pub fn metrics(&self) -> &ModelMetrics {
        &self.metrics
    }

    /// One completion of a prompt of `kind`: `system` and `user`
    /// messages, the reply's text, at most the kind's output limit. With
    /// `json`, the endpoint is asked for a JSON object. Each request and
    /// its tokens are counted by kind. Waits for a slot among the requests
    /// in flight; a caller with a deadline bounds the wait with its own
    /// timeout, and dropping the future gives the slot back.
    #[tracing::instrument(skip_all, fields(model = %self.model, kind = %kind, json))]
    pub async fn complete(
        &self,
        kind: PromptKind,
        system: &str,
        user: &str,
        json: bool,
    ) -> Result<String, LlmError> {
        // A request dropped before it ends (a caller's deadline passed)
        // is counted as `abandoned`.
        let mut counted = Counted {
            metrics: &self.metrics,
            kind,
            outcome: None,
        };
        let _slot = self
            .in_flight
            .acquire()
            .await
            .map_err(|e| LlmError::Unreachable(e.into()))?;
        let outcome = self.request(kind, system, user, json).await;
        counted.outcome = Some(match &outcome {
            Ok(_) => "ok",
            Err(LlmError::TimedOut(_)) => "timed_out",
            Err(LlmError::Status { .. }) => "http_error",
            Err(LlmError::Unreachable(_)) => "unreachable",
            Err(LlmError::Malformed(_)) => "malformed",
            Err(LlmError::Template { .. }) => "template",
        });
        outcome
    }

    async fn request(
        &self,
        kind: PromptKind,
        system: &str,
        user: &str,
        json: bool,
    ) -> Result<String, LlmError> {
        let with_format = json && self.response_format.load(Ordering::Relaxed);
        let reply = match self
            .send(self.build(kind, system, user, with_format)?)
            .await
        {
            // An endpoint that refuses the response format (llama.cpp's
            // older servers, some proxies) is asked again without it, and
            // from then on never with it: the prompt asks for JSON anyway
            // and `parse_json` reads it from chatty or fenced replies.
            Err(LlmError::Status {
                status: 400,
                source,
            }) if with_format && source.to_string().contains("response_format") => {
                self.response_format.store(false, Ordering::Relaxed);
                tracing::warn!(
                    "the model endpoint refuses response_format; JSON is asked for in the prompt only from now on"
                );
                self.send(self.build(kind, system, user, false)?).await?
            }
            other => other?,
        };
        if let Some(usage) = &reply.usage {
            let count = |direction: &str, n: u32| {
                self.metrics
                    .tokens
                    .with_label_values(&[kind.as_str(), direction])
                    .inc_by(u64::from(n));
            };
            count("in", usage.prompt_tokens);
            count("out", usage.completion_tokens);
        }
        reply
            .choices
            .into_iter()
            .next()
            .and_then(|c| c.message.content)
            .map(|c| c.trim().to_string())
            .filter(|c| !c.is_empty())
            .ok_or_else(|| LlmError::Malformed("empty reply".into()))
    }
}

impl ChatModel {
    /// The request for a prompt of `kind`, bounded by its limit.
    fn build(
        &self,
        kind: PromptKind,
        system: &str,
        user: &str,
        with_format: bool,
    ) -> Result<async_openai::types::chat::CreateChatCompletionRequest, LlmError> {
        let messages: Vec<ChatCompletionRequestMessage> = vec![
            ChatCompletionRequestSystemMessage::from(system).into(),
            ChatCompletionRequestUserMessage::from(user).into(),
        ];
        let mut args = CreateChatCompletionRequestArgs::default();
        args.model(&self.model).messages(messages).temperature(0.2);
        if let Some(limit) = self.limits.get(&kind) {
            match self.limit_param {
                TokenLimitParam::MaxTokens => {
                    #[allow(deprecated)]
                    args.max_tokens(limit.max_tokens);
                }
                TokenLimitParam::MaxCompletionTokens => {
                    args.max_completion_tokens(limit.max_tokens);
                }
            }
            if !limit.stop.is_empty() {
                args.stop(async_openai::types::chat::StopConfiguration::StringArray(
                    limit.stop.clone(),
                ));
            }
        }
        if with_format {
            args.response_format(async_openai::types::chat::ResponseFormat::JsonObject);
        }
        args.build()
            .map_err(|e| LlmError::template("chat request", e))
    }

    /// Sends `request`: the client retries 429, 5xx and failed
    /// connections with backoff; a timed-out attempt is retried here, once.
    async fn send(
        &self,
        request: async_openai::types::chat::CreateChatCompletionRequest,
    ) -> Result<async_openai::types::chat::CreateChatCompletionResponse, LlmError> {
        let mut attempt = 0;
        loop {
            match self
                .client
                .chat()
                .create(request.clone())
                .await
                .map_err(classify)
            {
                Err(LlmError::TimedOut(_)) if attempt == 0 => {
                    attempt += 1;
                    tracing::warn!("model request timed out; retrying once");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                other => return other,
            }
        }
    }
}

/// A model's JSON reply as `T`: the reply itself, or the JSON object inside
/// it when the endpoint wrapped it in a code fence or a sentence despite
/// the response format. The one reading of a model's JSON, for every
/// prompt that asks for it.
pub fn parse_json<T: serde::de::DeserializeOwned>(reply: &str) -> Result<T, LlmError> {
    let body = reply.trim();
    serde_json::from_str(body).or_else(|whole| {
        match (body.find('{'), body.rfind('}')) {
            (Some(s), Some(e)) if e > s => serde_json::from_str(&body[s..=e]),
            _ => Err(whole),
        }
        .map_err(|e| LlmError::Malformed(e.to_string()))
    })
}

fn classify(e: OpenAIError) -> LlmError {
    match e {
        OpenAIError::JSONDeserialize(err, _) => LlmError::Malformed(err.to_string()),
        OpenAIError::ApiError(ref api) => LlmError::Status {
            status: api.status_code.as_u16(),
            source: e,
        },
        OpenAIError::Reqwest(ref err) if err.is_timeout() => LlmError::TimedOut(e),
        other => LlmError::Unreachable(other.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_limit_and_a_bad_file_names_its_line() {
        let limits = parse_limits("limits.toml", LIMITS).unwrap();
        assert_eq!(limits.len(), PromptKind::ALL.len());
        assert_eq!(limits[&PromptKind::Phrasing].stop, ["\n\n"]);
        let err = |text: &str| parse_limits("limits.toml", text).unwrap_err().to_string();
        let all: String = PromptKind::ALL
            .iter()
            .map(|k| format!("[{k}]\nmax_tokens = 100\n"))
            .collect();
        assert!(parse_limits("limits.toml", &all).is_ok());
        let missing = all.replace("[brief]\nmax_tokens = 100\n", "");
        assert!(
            format!("{:?}", parse_limits("limits.toml", &missing).unwrap_err())
                .contains("no [brief]")
        );
        let unknown = format!("{all}[poem]\nmax_tokens = 10\n");
        assert!(
            format!("{:?}", parse_limits("limits.toml", &unknown).unwrap_err()).contains("line 13")
        );
        let zero = all.replace("[answer]\nmax_tokens = 100", "[answer]\nmax_tokens = 0");
        assert!(
            format!("{:?}", parse_limits("limits.toml", &zero).unwrap_err()).contains("1 to 8192")
        );
        assert!(err("[answer]\nmax_tokens = \"many\"\n").contains("limits.toml"));
    }

    #[derive(serde::Deserialize, Debug, PartialEq)]
    struct Reply {
        answer: String,
    }

    #[test]
    fn json_is_read_bare_fenced_or_inside_chatter() {
        let want = Reply { answer: "x".into() };
        for reply in [
            r#"{"answer": "x"}"#,
            "```json\n{\"answer\": \"x\"}\n```",
            "```\n{\"answer\": \"x\"}\n```",
            "Sure! {\"answer\": \"x\"} Hope that helps.",
        ] {
            assert_eq!(parse_json::<Reply>(reply).unwrap(), want, "{reply}");
        }
        for bad in ["not json", "{\"answer\": 3}", "} {", ""] {
            assert!(
                matches!(parse_json::<Reply>(bad), Err(LlmError::Malformed(_))),
                "{bad}"
            );
        }
    }
}
