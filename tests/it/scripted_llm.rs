//! A scripted OpenAI-compatible chat server, started inside a test: real
//! HTTP for the real async-openai client. Replies are queued per kind of
//! prompt (phrasing, follow-up decision, extraction) and every request is
//! recorded.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use axum::{Json, Router};
use futures::StreamExt;
use serde_json::{json, Value};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Phrase,
    FollowUp,
    Extract,
    Answer,
    Brief,
    IntroNotes,
}

impl Kind {
    fn of(user_prompt: &str) -> Kind {
        if user_prompt.contains("Extract structured facts") {
            Kind::Extract
        } else if user_prompt.contains("The successor's question") {
            Kind::Answer
        } else if user_prompt.contains("{\"notes\"") {
            Kind::IntroNotes
        } else if user_prompt.contains("{\"summary\"") {
            Kind::Brief
        } else if user_prompt.contains("Decide whether the rep's answer needs") {
            Kind::FollowUp
        } else {
            Kind::Phrase
        }
    }
}

#[derive(Debug, Clone)]
pub enum Reply {
    /// A normal completion whose content is this text.
    Content(String),
    /// An HTTP error status with an OpenAI-style error body.
    Status(u16),
    /// HTTP 200 with a body that is not a chat completion.
    Garbage,
    /// Waits this long, then answers.
    Slow(Duration, Box<Reply>),
    /// HTTP 200 whose completion body is streamed a token at a time,
    /// `every` apart, as a slow server writes it: `Some(n)` ends after `n`
    /// tokens whatever the request's limit (a server that ignores it),
    /// `None` never ends (the client must give up).
    Streamed {
        tokens: Option<usize>,
        every: Duration,
    },
}

impl Reply {
    pub fn json(v: Value) -> Reply {
        Reply::Content(v.to_string())
    }
}

#[derive(Default)]
struct Script {
    queues: HashMap<Kind, VecDeque<Reply>>,
    /// Replies for prompts of a kind that contain some text, before the
    /// kind's own queue.
    routed: Vec<(Kind, String, VecDeque<Reply>)>,
    defaults: HashMap<Kind, Reply>,
    requests: Vec<(Kind, Value)>,
    embedded: usize,
    /// Embedding requests answer 500 while set.
    embeddings_failing: bool,
    /// Chat requests that send `response_format` answer 400 naming it, as
    /// servers that do not know it do.
    refuses_response_format: bool,
    /// Chat requests being answered now, and the most at once so far.
    in_flight: usize,
    most_in_flight: usize,
}

/// One chat request being answered: counted until its reply is made or
/// its client gives up.
struct Answering(Arc<Mutex<Script>>);

impl Answering {
    fn start(script: &Arc<Mutex<Script>>) -> Answering {
        let mut s = script.lock().unwrap();
        s.in_flight += 1;
        s.most_in_flight = s.most_in_flight.max(s.in_flight);
        Answering(script.clone())
    }
}

impl Drop for Answering {
    fn drop(&mut self) {
        self.0.lock().unwrap().in_flight -= 1;
    }
}

#[derive(Clone)]
pub struct ScriptedLlm {
    script: Arc<Mutex<Script>>,
    pub base_url: String,
    server: Arc<tokio::task::JoinHandle<()>>,
}

impl Drop for ScriptedLlm {
    fn drop(&mut self) {
        if Arc::strong_count(&self.server) == 1 {
            self.server.abort();
        }
    }
}

impl ScriptedLlm {
    pub async fn start() -> ScriptedLlm {
        let script = Arc::new(Mutex::new(Script::default()));
        let app = Router::new()
            .route("/v1/chat/completions", post(complete))
            .route("/v1/embeddings", post(embeddings))
            .with_state(script.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base_url = format!("http://{}/v1", listener.local_addr().unwrap());
        let server = tokio::spawn(async move {
            axum::serve(listener, app).await.unwrap();
        });
        ScriptedLlm {
            script,
            base_url,
            server: Arc::new(server),
        }
    }

    /// Queues replies for a kind of prompt, used once each in order.
    pub fn push(&self, kind: Kind, replies: impl IntoIterator<Item = Reply>) {
        let mut s = self.script.lock().unwrap();
        s.queues.entry(kind).or_default().extend(replies);
    }

    /// Queues replies for the prompts of `kind` whose user message contains
    /// `needle` (one account's, when several interviews are phrased at
    /// once), used before the kind's own queue.
    pub fn push_when(&self, kind: Kind, needle: &str, replies: impl IntoIterator<Item = Reply>) {
        let mut s = self.script.lock().unwrap();
        s.routed
            .push((kind, needle.to_string(), replies.into_iter().collect()));
    }

    /// The reply once the queue for `kind` is empty.
    pub fn default_reply(&self, kind: Kind, reply: Reply) {
        self.script.lock().unwrap().defaults.insert(kind, reply);
    }

    /// The user prompts received for `kind`, in order.
    pub fn prompts(&self, kind: Kind) -> Vec<String> {
        self.requests_of(kind).iter().map(user_prompt).collect()
    }

    /// From now on, a chat request with `response_format` gets a 400
    /// naming it.
    pub fn refuse_response_format(&self) {
        self.script.lock().unwrap().refuses_response_format = true;
    }

    /// Makes embedding requests answer 500, with a body naming an
    /// internal host, until set back.
    pub fn fail_embeddings(&self, failing: bool) {
        self.script.lock().unwrap().embeddings_failing = failing;
    }

    /// Embedding requests received.
    pub fn embedding_requests(&self) -> usize {
        self.script.lock().unwrap().embedded
    }

    /// The request bodies of prompts of `kind`, in order.
    pub fn requests_of(&self, kind: Kind) -> Vec<Value> {
        self.script
            .lock()
            .unwrap()
            .requests
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, b)| b.clone())
            .collect()
    }

    /// Waits until no chat request has been in flight for 300 ms: what the
    /// app does in the background (phrasings prepared ahead, extraction
    /// jobs) has settled. Fails after 30 s.
    pub async fn quiet(&self) {
        let give_up = std::time::Instant::now() + Duration::from_secs(30);
        let mut since = std::time::Instant::now();
        loop {
            if self.script.lock().unwrap().in_flight > 0 {
                since = std::time::Instant::now();
            } else if since.elapsed() >= Duration::from_millis(300) {
                return;
            }
            assert!(
                std::time::Instant::now() < give_up,
                "the model is never quiet"
            );
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }

    /// The most chat requests it was answering at once.
    pub fn most_in_flight(&self) -> usize {
        self.script.lock().unwrap().most_in_flight
    }

    /// Every request body received.
    pub fn requests(&self) -> Vec<Value> {
        self.script
            .lock()
            .unwrap()
            .requests
            .iter()
            .map(|(_, b)| b.clone())
            .collect()
    }
}

/// Dimensions of the scripted embeddings.
pub const EMBED_DIMS: usize = 16;

/// A deterministic embedding: word hashes folded into `EMBED_DIMS`
/// buckets, so texts sharing words are close.
pub fn embedding(text: &str) -> Vec<f32> {
    use std::hash::{Hash, Hasher};
    let mut v = vec![0.0f32; EMBED_DIMS];
    for w in text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
    {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        w.hash(&mut h);
        v[(h.finish() % EMBED_DIMS as u64) as usize] += 1.0;
    }
    v[0] += 0.01;
    v
}

async fn embeddings(State(script): State<Arc<Mutex<Script>>>, Json(body): Json<Value>) -> Response {
    {
        let mut s = script.lock().unwrap();
        s.embedded += 1;
        if s.embeddings_failing {
            let body = json!({"error": {"message": "upstream gateway 10.0.0.9:7443 exploded",
                                        "type": "server_error"}});
            return (StatusCode::INTERNAL_SERVER_ERROR, Json(body)).into_response();
        }
    }
    let inputs: Vec<String> = match &body["input"] {
        Value::String(s) => vec![s.clone()],
        Value::Array(a) => a
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect(),
        _ => return (StatusCode::BAD_REQUEST, "input").into_response(),
    };
    let data: Vec<Value> = inputs
        .iter()
        .enumerate()
        .map(|(i, t)| json!({"object": "embedding", "index": i, "embedding": embedding(t)}))
        .collect();
    Json(
        json!({"object": "list", "data": data, "model": body["model"],
                "usage": {"prompt_tokens": 1, "total_tokens": 1}}),
    )
    .into_response()
}

fn user_prompt(body: &Value) -> String {
    body["messages"]
        .as_array()
        .and_then(|m| m.iter().find(|m| m["role"] == "user"))
        .and_then(|m| m["content"].as_str())
        .unwrap_or("")
        .to_string()
}

async fn complete(State(script): State<Arc<Mutex<Script>>>, Json(body): Json<Value>) -> Response {
    let _answering = Answering::start(&script);
    let kind = Kind::of(&user_prompt(&body));
    let reply = {
        let mut s = script.lock().unwrap();
        s.requests.push((kind, body.clone()));
        if s.refuses_response_format && body.get("response_format").is_some() {
            let error = json!({"error": {"message": "unsupported parameter: response_format",
                                         "type": "invalid_request_error", "param": "response_format",
                                         "code": null}});
            return (StatusCode::BAD_REQUEST, Json(error)).into_response();
        }
        let prompt = user_prompt(&body);
        let routed = s
            .routed
            .iter_mut()
            .filter(|(k, needle, _)| *k == kind && prompt.contains(needle.as_str()))
            .find_map(|(_, _, queue)| queue.pop_front());
        let queued = routed.or_else(|| s.queues.get_mut(&kind).and_then(VecDeque::pop_front));
        queued
            .or_else(|| s.defaults.get(&kind).cloned())
            .unwrap_or(Reply::Status(500))
    };
    respond(reply, &body).await
}

async fn respond(reply: Reply, request: &Value) -> Response {
    let mut reply = reply;
    while let Reply::Slow(delay, inner) = reply {
        tokio::time::sleep(delay).await;
        reply = *inner;
    }
    match reply {
        Reply::Content(text) => Json(json!({
            "id": "chatcmpl-test",
            "object": "chat.completion",
            "created": 1_764_000_000,
            "model": request["model"],
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": text}}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}
        }))
        .into_response(),
        Reply::Status(code) => (
            StatusCode::from_u16(code).unwrap(),
            [("retry-after", "0")],
            Json(
                json!({"error": {"message": format!("scripted {code}"), "type": "server_error",
                                  "param": null, "code": null}}),
            ),
        )
            .into_response(),
        Reply::Garbage => (
            StatusCode::OK,
            [("content-type", "application/json")],
            "{\"choices\": [{\"mess",
        )
            .into_response(),
        Reply::Streamed { tokens, every } => streamed(tokens, every),
        Reply::Slow(..) => unreachable!("unwrapped above"),
    }
}

/// A chat completion written out token by token: its head, `tokens` words
/// of content (forever when `None`), its tail.
fn streamed(tokens: Option<usize>, every: Duration) -> Response {
    let head = "{\"id\":\"chatcmpl-test\",\"object\":\"chat.completion\",\"created\":1764000000,\
                \"model\":\"scripted-model\",\"choices\":[{\"index\":0,\"finish_reason\":\"length\",\
                \"message\":{\"role\":\"assistant\",\"content\":\"";
    let n = tokens.unwrap_or(usize::MAX);
    let tail = format!(
        "\"}}}}],\"usage\":{{\"prompt_tokens\":10,\"completion_tokens\":{n},\"total_tokens\":{}}}}}",
        n.saturating_add(10)
    );
    let words = futures::stream::unfold(0usize, move |sent| async move {
        if sent >= n {
            return None;
        }
        tokio::time::sleep(every).await;
        Some((
            Ok::<_, std::io::Error>(axum::body::Bytes::from_static(b"blah ")),
            sent + 1,
        ))
    });
    let body = futures::stream::once(async move { Ok(axum::body::Bytes::from(head)) })
        .chain(words)
        .chain(futures::stream::once(async move {
            Ok(axum::body::Bytes::from(tail))
        }));
    (
        StatusCode::OK,
        [("content-type", "application/json")],
        axum::body::Body::from_stream(body),
    )
        .into_response()
}
