//! What the OpenAPI document says beyond each handler's own declaration:
//! the answers every operation of a kind can give (the layers and the
//! extractors give them, not the handler), and the links between
//! operations (what one returns, the next takes).

use std::collections::btree_map::Entry;

use utoipa::openapi::link::LinkBuilder;
use utoipa::openapi::path::{Operation, ParameterIn};
use utoipa::openapi::{ContentBuilder, OpenApi, Ref, RefOr, Response, ResponseBuilder};

/// What the timeout layer's 503 says, in replies and in the document.
pub const REQUEST_TIMEOUT: &str =
    "the server gave up on this request after its time limit (BATON_REQUEST_TIMEOUT_SECS)";

/// The answers every operation can give besides its own, and the links.
pub fn complete(doc: &mut OpenApi) {
    for item in doc.paths.paths.values_mut() {
        for op in [
            &mut item.get,
            &mut item.put,
            &mut item.post,
            &mut item.delete,
            &mut item.patch,
        ]
        .into_iter()
        .flatten()
        {
            // The timeout layer, on every route.
            add(op, "503", &format!("request_timeout: {REQUEST_TIMEOUT}"));
            let json_body = op
                .request_body
                .as_ref()
                .is_some_and(|b| b.content.contains_key("application/json"));
            if op.request_body.is_some() && !json_body {
                // An upload (multipart): its own answers are the handler's;
                // the body limit's is the imports' one.
                add(
                    op,
                    "413",
                    "payload_too_large: the upload is over BATON_IMPORT_MAX_BYTES",
                );
            }
            if json_body {
                // `AppJson`'s answers, and the body limit's.
                add(
                    op,
                    "400",
                    "invalid_json: the body is not JSON (bad_request: it could not be read)",
                );
                add(
                    op,
                    "413",
                    "payload_too_large: the body is over the size limit",
                );
                add(
                    op,
                    "415",
                    "unsupported_media_type: the body is not sent as application/json",
                );
                add(
                    op,
                    "422",
                    "validation_failed: JSON of the wrong shape or values outside the schema",
                );
            }
            let has_query = op
                .parameters
                .iter()
                .flatten()
                .any(|p| matches!(p.parameter_in, ParameterIn::Query));
            if has_query {
                // `AppQuery`'s answer.
                add(
                    op,
                    "400",
                    "invalid_query: a query parameter is not of its documented type or range",
                );
            }
        }
    }
    add_links(doc);
    approve_edits(doc);
}

/// The reviewer's edits are a map whose keys are bank question ids and
/// whose values are answer texts: more than a derive can say of a map.
fn approve_edits(doc: &mut OpenApi) {
    use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};
    let Some(components) = doc.components.as_mut() else {
        return;
    };
    let Some(RefOr::T(Schema::Object(request))) = components.schemas.get_mut("ApproveRequest")
    else {
        return;
    };
    let text = ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(1))
        .max_length(Some(crate::interviews::MAX_ANSWER_CHARS))
        .pattern(Some(r"\S"));
    let answers = ObjectBuilder::new()
        .schema_type(Type::Object)
        .description(request.properties.get("answers").and_then(|a| match a {
            RefOr::T(Schema::Object(o)) => o.description.clone(),
            _ => None,
        }))
        .property_names(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(
                    crate::bank::QuestionId::ALL.iter().map(|q| q.as_str()),
                ))
                .build(),
        ))
        .additional_properties(Some(text))
        .build();
    request
        .properties
        .insert("answers".to_string(), RefOr::T(Schema::Object(answers)));
}

/// The document as served. utoipa 5.5 writes a link's fields in snake
/// case (`operation_id`); OpenAPI names them in camel case, and tools that
/// follow links read only those.
pub fn to_json(doc: &OpenApi) -> String {
    let mut value = serde_json::to_value(doc).unwrap_or_default();
    let links = value["paths"]
        .as_object_mut()
        .into_iter()
        .flat_map(|paths| paths.values_mut())
        .filter_map(|item| item.as_object_mut())
        .flat_map(|ops| ops.values_mut())
        .filter_map(|op| op.get_mut("responses").and_then(|r| r.as_object_mut()))
        .flat_map(|responses| responses.values_mut())
        .filter_map(|r| r.get_mut("links").and_then(|l| l.as_object_mut()))
        .flat_map(|links| links.values_mut())
        .filter_map(|link| link.as_object_mut());
    for link in links {
        for (snake, camel) in [
            ("operation_id", "operationId"),
            ("operation_ref", "operationRef"),
            ("request_body", "requestBody"),
        ] {
            if let Some(v) = link.remove(snake) {
                link.insert(camel.to_string(), v);
            }
        }
    }
    serde_json::to_string_pretty(&value).unwrap_or_else(|_| "{}".to_string())
}

/// Documents `status` on `op`: a new answer, or the operation's own one
/// saying this too.
fn add(op: &mut Operation, status: &str, description: &str) {
    match op.responses.responses.entry(status.to_string()) {
        Entry::Vacant(slot) => {
            slot.insert(error_response(description).into());
        }
        Entry::Occupied(mut own) => {
            if let RefOr::T(own) = own.get_mut() {
                if !own.description.contains(description) {
                    own.description = if own.description.is_empty() {
                        description.to_string()
                    } else {
                        format!("{}; or {description}", own.description)
                    };
                }
            }
        }
    }
}

fn error_response(description: &str) -> Response {
    ResponseBuilder::new()
        .description(description)
        .content(
            "application/json",
            ContentBuilder::new()
                .schema(Some(Ref::from_schema_name("ErrorBody")))
                .build(),
        )
        .build()
}

/// (from path, method, status, link name, to operation id, parameters:
/// (name, runtime expression)).
type LinkSpec = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// What one operation returns that the next takes: an account listed, a
/// departure and its first planned interview, a token minted.
const LINKS: &[LinkSpec] = &[
    (
        "/api/v1/accounts",
        "get",
        "200",
        "AccountDetail",
        "account_detail",
        &[("id", "$response.body#/items/0/id")],
    ),
    (
        "/api/v1/accounts",
        "get",
        "200",
        "Ask",
        "ask",
        &[("id", "$response.body#/items/0/id")],
    ),
    (
        "/api/v1/accounts",
        "get",
        "200",
        "Brief",
        "get_brief",
        &[("id", "$response.body#/items/0/id")],
    ),
    (
        "/api/v1/accounts",
        "get",
        "200",
        "AskedQuestions",
        "asked_questions",
        &[("id", "$response.body#/items/0/id")],
    ),
    (
        "/api/v1/departures",
        "post",
        "201",
        "Departure",
        "get_departure",
        &[("id", "$response.body#/id")],
    ),
    (
        "/api/v1/departures",
        "post",
        "201",
        "Complete",
        "complete_departure",
        &[("id", "$response.body#/id")],
    ),
    (
        "/api/v1/departures",
        "post",
        "201",
        "Interview",
        "get_interview",
        &[("id", "$response.body#/interviews/0/id")],
    ),
    (
        "/api/v1/departures",
        "post",
        "201",
        "Answer",
        "answer",
        &[("id", "$response.body#/interviews/0/id")],
    ),
    (
        "/api/v1/departures",
        "post",
        "201",
        "Skip",
        "skip",
        &[("id", "$response.body#/interviews/0/id")],
    ),
    (
        "/api/v1/departures",
        "post",
        "201",
        "Submit",
        "submit",
        &[("id", "$response.body#/interviews/0/id")],
    ),
    (
        "/api/v1/departures",
        "post",
        "201",
        "Approve",
        "approve",
        &[("id", "$response.body#/interviews/0/id")],
    ),
    (
        "/api/v1/departures",
        "post",
        "201",
        "EditAnswer",
        "edit_answer",
        &[
            ("id", "$response.body#/interviews/0/id"),
            ("question_id", "decision_maker"),
        ],
    ),
    (
        "/api/v1/interviews/{id}",
        "get",
        "200",
        "Answer",
        "answer",
        &[("id", "$response.body#/id")],
    ),
    (
        "/api/v1/interviews/{id}",
        "get",
        "200",
        "Skip",
        "skip",
        &[("id", "$response.body#/id")],
    ),
    (
        "/api/v1/interviews/{id}",
        "get",
        "200",
        "Submit",
        "submit",
        &[("id", "$response.body#/id")],
    ),
    (
        "/api/v1/interviews/{id}/submit",
        "post",
        "200",
        "Approve",
        "approve",
        &[("id", "$response.body#/id")],
    ),
    (
        "/api/v1/tokens",
        "post",
        "201",
        "Revoke",
        "revoke_token",
        &[("id", "$response.body#/id")],
    ),
];

fn add_links(doc: &mut OpenApi) {
    for (path, method, status, name, to, params) in LINKS {
        let Some(item) = doc.paths.paths.get_mut(*path) else {
            continue;
        };
        let op = match *method {
            "get" => item.get.as_mut(),
            "post" => item.post.as_mut(),
            _ => None,
        };
        let Some(RefOr::T(response)) = op.and_then(|op| op.responses.responses.get_mut(*status))
        else {
            continue;
        };
        let mut link = LinkBuilder::new().operation_id(*to);
        for (param, expr) in *params {
            link = link.parameter(*param, *expr);
        }
        response
            .links
            .insert((*name).to_string(), link.build().into());
    }
}
