//! The language model: any OpenAI-compatible chat endpoint through
//! async-openai, and the prompts it is given (minijinja templates from
//! `prompts/`, built into the binary).
//!
//! Text from the record or from answers goes into prompts as data, inside
//! delimiters the templates name, never as instructions. A prompt only ever
//! holds one account's data: callers pass that account's record excerpt and
//! answer, nothing else.

use std::time::Duration;

use async_openai::config::OpenAIConfig;
use async_openai::error::OpenAIError;
use async_openai::types::chat::{
    ChatCompletionRequestMessage, ChatCompletionRequestSystemMessage,
    ChatCompletionRequestUserMessage, CreateChatCompletionRequestArgs,
};
use minijinja::Environment;
use serde::Serialize;

use crate::config::Config;

/// Why a model call failed. Transient failures (timeouts, 429, 5xx) were
/// already retried with backoff by the client.
#[derive(Debug, thiserror::Error)]
pub enum LlmError {
    #[error("model unavailable: {0}")]
    Unavailable(String),
    #[error("model reply was malformed: {0}")]
    Malformed(String),
    #[error("prompt template: {0}")]
    Template(String),
}

impl LlmError {
    /// A short reason to show the rep and store with the fallback: what
    /// kind of failure it was, never the endpoint's address or the
    /// client's error text (those go to the log).
    pub fn reason(&self) -> String {
        match self {
            LlmError::Unavailable(r) if r == TIMED_OUT => "the model timed out".into(),
            LlmError::Unavailable(r) if r.starts_with("HTTP ") => {
                format!("the model endpoint answered {r}")
            }
            LlmError::Unavailable(_) => "the model endpoint could not be reached".into(),
            LlmError::Malformed(_) => "the model's reply was malformed".into(),
            LlmError::Template(_) => "a prompt template failed".into(),
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
];

impl Prompts {
    pub fn load() -> Result<Prompts, LlmError> {
        let mut env = Environment::new();
        env.set_undefined_behavior(minijinja::UndefinedBehavior::Strict);
        env.add_filter("data", data_filter);
        for (name, text) in TEMPLATES {
            env.add_template(name, text)
                .map_err(|e| LlmError::Template(format!("{name}: {e}")))?;
        }
        Ok(Prompts { env })
    }

    /// Renders `name` with `context`.
    pub fn render(&self, name: &str, context: impl Serialize) -> Result<String, LlmError> {
        self.env
            .get_template(name)
            .and_then(|t| t.render(minijinja::value::Serde(context)))
            .map_err(|e| LlmError::Template(format!("{name}: {e}")))
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
            client: openai_client(config).map_err(|e| LlmError::Unavailable(e.to_string()))?,
            model,
        }))
    }

    pub fn model(&self) -> &str {
        &self.model
    }

    /// One completion: `system` and `user` messages, the reply's text.
    /// With `json`, the endpoint is asked for a JSON object.
    #[tracing::instrument(skip_all, fields(model = %self.model, json))]
    pub async fn complete(&self, system: &str, user: &str, json: bool) -> Result<String, LlmError> {
        let messages: Vec<ChatCompletionRequestMessage> = vec![
            ChatCompletionRequestSystemMessage::from(system).into(),
            ChatCompletionRequestUserMessage::from(user).into(),
        ];
        let mut args = CreateChatCompletionRequestArgs::default();
        args.model(&self.model).messages(messages).temperature(0.2);
        if json {
            args.response_format(async_openai::types::chat::ResponseFormat::JsonObject);
        }
        let request = args
            .build()
            .map_err(|e| LlmError::Template(e.to_string()))?;
        // The client retries 429, 5xx and failed connections with backoff;
        // a timed-out attempt is retried here, once.
        let mut attempt = 0;
        let reply = loop {
            match self
                .client
                .chat()
                .create(request.clone())
                .await
                .map_err(classify)
            {
                Err(LlmError::Unavailable(reason)) if reason == TIMED_OUT && attempt == 0 => {
                    attempt += 1;
                    tracing::warn!("model request timed out; retrying once");
                    tokio::time::sleep(Duration::from_millis(250)).await;
                }
                other => break other?,
            }
        };
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

const TIMED_OUT: &str = "timed out";

fn classify(e: OpenAIError) -> LlmError {
    match e {
        OpenAIError::JSONDeserialize(err, _) => LlmError::Malformed(err.to_string()),
        OpenAIError::ApiError(api) => {
            LlmError::Unavailable(format!("HTTP {}", api.status_code.as_u16()))
        }
        OpenAIError::Reqwest(err) if err.is_timeout() => LlmError::Unavailable(TIMED_OUT.into()),
        other => LlmError::Unavailable(other.to_string()),
    }
}
