//! Imports over HTTP, for admins: a bundle, a chat export, mail, a CRM's
//! CSV export. Uploads are spooled to the data directory as they arrive
//! (never held whole in memory) and removed when their import is over.

use axum::body::Bytes;
use axum::extract::multipart::{Multipart, MultipartRejection};
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap};
use axum::Json;
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::error::{ApiError, ErrorBody};
use super::extract::{AppQuery, Caller};
use crate::accounts::AccountId;
use crate::app::AppState;
use crate::bundle::{self, ImportSource, ImportSummary};
use crate::imports::chat::{self, ChatOptions, ChatReport};
use crate::imports::crm::{self, CrmReport, ExportFiles, Mapping};
use crate::imports::mail::{self, MailReport};
use crate::imports::whatsapp::DateOrder;
use crate::imports::Input;

/// Imports a `baton-bundle/v1` document. The whole bundle is checked first;
/// an invalid one imports nothing and every problem is listed with its JSON
/// path in `error.details.problems`.
#[utoipa::path(post, path = "/api/v1/import", tag = "import", security(("bearer" = [])),
    request_body(content = serde_json::Value, content_type = "application/json", description = "A baton-bundle/v1 document"),
    responses((status = 200, body = ImportSummary), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "bundle_invalid: details.problems lists every problem")))]
pub async fn import_bundle(
    State(state): State<AppState>,
    Caller(scope): Caller,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<ImportSummary>, ApiError> {
    admins_only(&scope)?;
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !is_json {
        return Err(ApiError::UnsupportedMediaType(
            "expected a request body with Content-Type: application/json".into(),
        ));
    }
    let body = body.map_err(|_| {
        ApiError::PayloadTooLarge(format!(
            "the bundle is over the limit of {} bytes (BATON_IMPORT_MAX_BYTES)",
            state.config.import_max_bytes
        ))
    })?;
    let source = ImportSource {
        actor: Some(scope.user_id()),
        label: "api",
    };
    let summary = bundle::import(&state.db, &body, source).await?;
    // The record changed: the background indexer picks it up now.
    state.knowledge.indexer.wake();
    Ok(Json(summary))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ChatImportParams {
    /// The account the chat belongs to; when absent, the account whose
    /// contacts most of the chat's senders are.
    #[param(min_length = 1, max_length = 200)]
    account_id: Option<String>,
    /// The chat's name, part of its activities' ids and subjects (1 to 200
    /// characters, not only spaces, no control characters); when absent,
    /// taken from the file name.
    #[param(min_length = 1, max_length = 200)]
    chat: Option<String>,
    /// The export's date order when its dates leave it open.
    date_order: Option<DateOrder>,
    /// The exporting phone's offset from UTC, like `+02:00`, `-0530` or `Z`
    /// (default `+00:00`, at most 14 hours): exports carry local times.
    #[param(pattern = r"^(Z|[+-][0-9]{2}:?[0-9]{2})$")]
    utc_offset: Option<String>,
    /// `true` reports what would change and writes nothing.
    #[serde(default)]
    check: bool,
}

/// A chat export as a multipart upload: one part, `file` (another part, or
/// one whose headers cannot be read, is a 400).
#[derive(ToSchema, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct ChatUpload {
    /// The export: its `.txt`, or the `.zip` the app writes (with or
    /// without media).
    #[schema(format = Binary, value_type = String)]
    file: Vec<u8>,
}

/// Imports a WhatsApp chat export into an account's record: one chat
/// activity per day with messages, senders matched to the account's
/// contacts (by phone number or name) and to users (by name). Importing the
/// same export again changes nothing; a later export of the same chat adds
/// what is new. The report lists every skipped line with its reason and
/// every sender matched to nobody.
#[utoipa::path(post, path = "/api/v1/import/whatsapp", tag = "import", security(("bearer" = [])),
    params(ChatImportParams),
    request_body(content = ChatUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = ChatReport),
        (status = 400, body = ErrorBody, description = "invalid_query, or invalid_upload (not multipart/form-data, or no `file` part)"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "invalid_option (an account id, chat name or offset that cannot be), not_a_chat_export, mixed_date_orders, unknown_account, account_not_found or ambiguous_account")))]
pub async fn import_whatsapp(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppQuery(params): AppQuery<ChatImportParams>,
    upload: Result<Multipart, MultipartRejection>,
) -> Result<Json<ChatReport>, ApiError> {
    admins_only(&scope)?;
    let invalid = |message: String| ApiError::Unprocessable {
        code: "invalid_option",
        message,
        details: None,
    };
    let account = params
        .account_id
        .as_deref()
        .map(AccountId::parse)
        .transpose()
        .map_err(|e| invalid(format!("account_id {e}")))?;
    if let Some(chat) = &params.chat {
        if chat.trim().is_empty()
            || chat.chars().count() > 200
            || chat.chars().any(char::is_control)
        {
            return Err(invalid(
                "chat must be 1 to 200 characters, without control characters".into(),
            ));
        }
    }
    let utc_offset = match &params.utc_offset {
        Some(raw) => chat::parse_offset(raw).map_err(|e| invalid(e.to_string()))?,
        None => ChatOptions::default().utc_offset,
    };
    let (name, path, _spool) = read_upload(upload, &state).await?;
    let opts = ChatOptions {
        account,
        chat: params.chat.map(|c| c.trim().to_string()),
        date_order: params.date_order,
        utc_offset,
        check: params.check,
    };
    let report = chat::import(
        &state.db,
        Input::Spooled { name, path },
        &opts,
        Some(scope.user_id()),
        Box::new(|_| {}),
    )
    .await?;
    if report.activities.changed() && !report.checked_only {
        state.knowledge.indexer.wake();
    }
    Ok(Json(report))
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct MailImportParams {
    /// `true` reports what would change and writes nothing.
    #[serde(default)]
    check: bool,
}

/// Mail as a multipart upload: one part, `file`.
#[derive(ToSchema, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct MailUpload {
    /// An mbox, or one `.eml` message.
    #[schema(format = Binary, value_type = String)]
    file: Vec<u8>,
}

/// Imports mail (an mbox or one `.eml`) into the accounts its people belong
/// to: threads joined by `References` and `In-Reply-To` and placed by the
/// contacts' addresses, else by their company's domain, else by a message
/// of the thread imported before; one email activity per message, its own
/// words (quoted replies and signatures cut, HTML-only bodies as text).
/// Importing the same mail again changes nothing; a later reply lands
/// beside its thread. Every message left out is listed with where and why.
#[utoipa::path(post, path = "/api/v1/import/mail", tag = "import", security(("bearer" = [])),
    params(MailImportParams),
    request_body(content = MailUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = MailReport),
        (status = 400, body = ErrorBody, description = "invalid_query, or invalid_upload (not multipart/form-data, or no `file` part)"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody)))]
pub async fn import_mail(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppQuery(params): AppQuery<MailImportParams>,
    upload: Result<Multipart, MultipartRejection>,
) -> Result<Json<MailReport>, ApiError> {
    admins_only(&scope)?;
    let (name, path, _spool) = read_upload(upload, &state).await?;
    let report = mail::import(
        &state.db,
        Input::Spooled { name, path },
        params.check,
        Some(scope.user_id()),
        Box::new(|_| {}),
    )
    .await?;
    if report.activities.changed() && !report.checked_only {
        state.knowledge.indexer.wake();
    }
    Ok(Json(report))
}

/// The `file` part of a multipart upload, its only part, spooled to disk:
/// its file name and where it lies (in the returned spool, removed when
/// dropped). Any other part is refused, as the schema says.
async fn read_upload(
    upload: Result<Multipart, MultipartRejection>,
    state: &AppState,
) -> Result<(String, std::path::PathBuf, Spool), ApiError> {
    let (spool, mut parts) = read_parts(upload, state, &["file"]).await?;
    match parts.len() {
        0 => Err(invalid_upload("the upload has no part named `file`")),
        1 => {
            let (_, name, path) = parts.remove(0);
            Ok((name, path, spool))
        }
        _ => Err(invalid_upload(
            "the upload has one part, `file`, not several",
        )),
    }
}

/// Every import is an admin's.
fn admins_only(scope: &crate::access::Scope) -> Result<(), ApiError> {
    if scope.is_admin() {
        Ok(())
    } else {
        Err(ApiError::Forbidden("only admins may import".into()))
    }
}

fn invalid_upload(message: impl Into<String>) -> ApiError {
    ApiError::BadRequest {
        code: "invalid_upload",
        message: message.into(),
    }
}

/// Where an upload's parts are written while it is imported: a folder of
/// the data directory, removed when the import is over.
type Spool = tempfile::TempDir;

/// Every part of a multipart upload (its name, its file name, the file it
/// was written to as it arrived, so an upload of any size is never held in
/// memory); a part named otherwise than `allowed` is refused, as the schemas
/// say, and so are two files of one name.
async fn read_parts(
    upload: Result<Multipart, MultipartRejection>,
    state: &AppState,
    allowed: &[&str],
) -> Result<(Spool, Vec<(String, String, std::path::PathBuf)>), ApiError> {
    use tokio::io::AsyncWriteExt;
    let limit = state.config.import_max_bytes;
    let too_large = || {
        ApiError::PayloadTooLarge(format!(
            "the upload is over the limit of {limit} bytes (BATON_IMPORT_MAX_BYTES)"
        ))
    };
    let unreadable = |e: axum::extract::multipart::MultipartError| {
        if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
            too_large()
        } else {
            invalid_upload(format!("the upload cannot be read: {}", e.body_text()))
        }
    };
    let mut upload = upload.map_err(|e| {
        invalid_upload(format!(
            "expected multipart/form-data with a `file` part: {}",
            e.body_text()
        ))
    })?;
    let spool = tempfile::Builder::new()
        .prefix("upload-")
        .tempdir_in(&state.config.data_dir)
        .map_err(ApiError::internal)?;
    let mut parts = Vec::new();
    let mut total = 0u64;
    while let Some(mut field) = upload.next_field().await.map_err(unreadable)? {
        let part = field.name().unwrap_or("").to_string();
        if !allowed.contains(&part.as_str()) {
            return Err(invalid_upload(format!(
                "the upload's parts are {}; {part:?} is not one",
                allowed
                    .iter()
                    .map(|a| format!("`{a}`"))
                    .collect::<Vec<_>>()
                    .join(" and ")
            )));
        }
        // The file's own name, without folders; kept for reports.
        let name = field
            .file_name()
            .map(|n| n.rsplit(['/', '\\']).next().unwrap_or(n).trim().to_string())
            .filter(|n| !n.is_empty() && n != "." && n != "..")
            .unwrap_or_else(|| "upload.txt".to_string());
        if parts
            .iter()
            .any(|(_, other, _): &(String, String, _)| other.eq_ignore_ascii_case(&name))
        {
            // Well-formed, but which is meant cannot be told: like two
            // files matching one name of the mapping.
            return Err(ApiError::Unprocessable {
                code: "invalid_option",
                message: format!("two files are named {name:?}: upload each file once"),
                details: None,
            });
        }
        let path = spool.path().join(format!("{}-{name}", parts.len()));
        let mut file = tokio::fs::File::create(&path)
            .await
            .map_err(ApiError::internal)?;
        while let Some(chunk) = field.chunk().await.map_err(unreadable)? {
            total += chunk.len() as u64;
            if total > limit {
                return Err(too_large());
            }
            file.write_all(&chunk).await.map_err(ApiError::internal)?;
        }
        file.flush().await.map_err(ApiError::internal)?;
        parts.push((part, name, path));
    }
    Ok((spool, parts))
}

/// The CRMs whose exports Baton reads without a mapping file.
#[derive(Debug, Clone, Copy, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum CrmName {
    Salesforce,
    Hubspot,
}

#[derive(Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct CsvImportParams {
    /// The CRM that wrote the export; absent, the upload's `mapping` part
    /// says which column is which.
    #[param(inline)]
    crm: Option<CrmName>,
    /// `true` reports what would be imported and writes nothing.
    #[serde(default)]
    check: bool,
}

/// A CRM's CSV export as a multipart upload: its files as `file` parts,
/// each under its own file name (`Account.csv`, `companies.csv`, …), and
/// for another CRM a `mapping` part (TOML).
#[derive(ToSchema, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
pub struct CsvUpload {
    /// The export's CSV files.
    #[schema(value_type = Vec<String>, format = Binary)]
    file: Vec<Vec<u8>>,
    /// A mapping file (TOML; README), when `crm` is not given.
    #[schema(value_type = Option<String>, format = Binary)]
    mapping: Option<Vec<u8>>,
}

/// Imports a CRM's CSV export as the record, as `baton import csv` does:
/// the CRM's ids kept, owners matched to Baton users by email, accounts
/// whose owner is nobody here left out with their rows, every row left out
/// listed with its file, line and reason.
#[utoipa::path(post, path = "/api/v1/import/csv", tag = "import", security(("bearer" = [])),
    params(CsvImportParams),
    request_body(content = CsvUpload, content_type = "multipart/form-data"),
    responses((status = 200, body = CrmReport),
        (status = 400, body = ErrorBody, description = "invalid_query, or invalid_upload (not multipart/form-data, or a part other than `file` and `mapping`)"),
        (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 413, body = ErrorBody),
        (status = 422, body = ErrorBody, description = "invalid_option (no CRM and no mapping, both, a mapping that cannot be read, two files of one name, several files matching one file name of the mapping, a file without its id column) or missing_file (a file the mapping needs is not in the upload); nothing is written")))]
pub async fn import_csv(
    State(state): State<AppState>,
    Caller(scope): Caller,
    AppQuery(params): AppQuery<CsvImportParams>,
    upload: Result<Multipart, MultipartRejection>,
) -> Result<Json<CrmReport>, ApiError> {
    admins_only(&scope)?;
    let (spool, parts) = read_parts(upload, &state, &["file", "mapping"]).await?;
    let mut files = std::collections::BTreeMap::new();
    let mut mapping_text = None;
    for (part, name, path) in parts {
        if part == "mapping" {
            let bytes = tokio::fs::read(&path).await.map_err(ApiError::internal)?;
            mapping_text = Some((name, String::from_utf8_lossy(&bytes).into_owned()));
        } else {
            files.insert(name, path);
        }
    }
    let invalid = |message: &str| ApiError::Unprocessable {
        code: "invalid_option",
        message: message.to_string(),
        details: None,
    };
    let (crm_name, mapping) = match (params.crm, mapping_text) {
        (Some(CrmName::Salesforce), None) => ("salesforce".to_string(), Mapping::salesforce()),
        (Some(CrmName::Hubspot), None) => ("hubspot".to_string(), Mapping::hubspot()),
        (None, Some((name, text))) => (name.clone(), Mapping::from_toml(&name, &text)?),
        (None, None) => {
            return Err(invalid(
                "name the CRM (crm=salesforce or hubspot) or upload a `mapping` part",
            ))
        }
        (Some(_), Some(_)) => {
            return Err(invalid("a `mapping` part and crm= both given: give one"))
        }
    };
    let report = crm::import(
        &state.db,
        ExportFiles::Spooled(files),
        &crm_name,
        mapping,
        params.check,
        Some(scope.user_id()),
        Box::new(|_| {}),
    )
    .await?;
    drop(spool);
    if !report.checked_only {
        state.knowledge.indexer.wake();
    }
    Ok(Json(report))
}
