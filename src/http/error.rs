//! The one place where errors become HTTP responses.
//!
//! Every error body is `{"error": {"code", "message", "details"?}}` with a
//! stable `code`. Things the caller may not see answer 404 `not_found`,
//! exactly as things that do not exist; 403 `forbidden` is only for things
//! the caller can see but may not do. 5xx bodies say nothing internal; the
//! log says everything.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::Serialize;
use utoipa::ToSchema;

use crate::access::tokens::TokenError;
use crate::accounts::transfer::TransferError;
use crate::accounts::AccountsError;
use crate::audit::AuditError;
use crate::bundle::ImportError;
use crate::dashboard::DashboardError;
use crate::departures::DepartureError;
use crate::imports::{whatsapp::FormatError, ImportsError};
use crate::interviews::InterviewError;
use crate::knowledge::KnowledgeError;
use crate::ownership::OwnershipError;
use crate::store::StoreError;
use crate::users::UsersError;

/// Bundle problems listed in one reply; the total is always given.
const MAX_PROBLEMS_SHOWN: usize = 1000;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    #[error("{0}")]
    Unauthorized(&'static str),
    #[error("{0}")]
    Forbidden(String),
    #[error("{0} not found")]
    NotFound(&'static str),
    #[error("{message}")]
    Conflict { code: &'static str, message: String },
    #[error("{0}")]
    PayloadTooLarge(String),
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{message}")]
    Unprocessable {
        code: &'static str,
        message: String,
        details: Option<serde_json::Value>,
    },
    #[error("a change from a browser session needs the page's CSRF token in X-CSRF-Token; reload the page")]
    CsrfFailed,
    #[error("internal error")]
    Internal(#[source] Box<dyn std::error::Error + Send + Sync>),
}

/// The error body every endpoint uses.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// Stable, machine-readable: `not_found`, `bundle_invalid`, …
    pub code: String,
    /// For people.
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub details: Option<serde_json::Value>,
}

/// A JSON error response, for the few places that build one directly.
pub fn error_response(status: StatusCode, code: &str, message: &str) -> Response {
    let body = ErrorBody {
        error: ErrorDetail {
            code: code.to_string(),
            message: message.to_string(),
            details: None,
        },
    };
    (status, Json(body)).into_response()
}

impl ApiError {
    pub fn internal(e: impl std::error::Error + Send + Sync + 'static) -> ApiError {
        ApiError::Internal(Box::new(e))
    }

    fn status_and_code(&self) -> (StatusCode, &'static str) {
        match self {
            ApiError::BadRequest { code, .. } => (StatusCode::BAD_REQUEST, code),
            ApiError::Unauthorized(_) => (StatusCode::UNAUTHORIZED, "unauthorized"),
            ApiError::Forbidden(_) => (StatusCode::FORBIDDEN, "forbidden"),
            ApiError::CsrfFailed => (StatusCode::FORBIDDEN, "csrf_failed"),
            ApiError::NotFound(_) => (StatusCode::NOT_FOUND, "not_found"),
            ApiError::Conflict { code, .. } => (StatusCode::CONFLICT, code),
            ApiError::PayloadTooLarge(_) => (StatusCode::PAYLOAD_TOO_LARGE, "payload_too_large"),
            ApiError::UnsupportedMediaType(_) => {
                (StatusCode::UNSUPPORTED_MEDIA_TYPE, "unsupported_media_type")
            }
            ApiError::Unprocessable { code, .. } => (StatusCode::UNPROCESSABLE_ENTITY, code),
            ApiError::Internal(_) => (StatusCode::INTERNAL_SERVER_ERROR, "internal"),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, code) = self.status_and_code();
        if let ApiError::Internal(source) = &self {
            tracing::error!(error = %crate::ErrorChain(source.as_ref()), "request failed");
        }
        let details = match &self {
            ApiError::Unprocessable { details, .. } => details.clone(),
            _ => None,
        };
        let body = ErrorBody {
            error: ErrorDetail {
                code: code.to_string(),
                message: self.to_string(),
                details,
            },
        };
        (status, Json(body)).into_response()
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match &e {
            // Two requests wrote the same thing at once and the store kept
            // one: the other is told so, on either backend.
            StoreError::Sqlx(s) if crate::store::is_unique_violation(s) => ApiError::Conflict {
                code: "concurrent_change",
                message: "another request changed this at the same moment; read it again and retry"
                    .to_string(),
            },
            _ => ApiError::internal(e),
        }
    }
}

impl From<AccountsError> for ApiError {
    fn from(e: AccountsError) -> Self {
        match e {
            AccountsError::NotFound => ApiError::NotFound("account"),
            AccountsError::Store(s) => s.into(),
        }
    }
}

impl From<DashboardError> for ApiError {
    fn from(e: DashboardError) -> Self {
        match e {
            DashboardError::Accounts(e) => e.into(),
            DashboardError::Departures(e) => e.into(),
            DashboardError::Ownership(e) => e.into(),
        }
    }
}

impl From<TransferError> for ApiError {
    fn from(e: TransferError) -> Self {
        let message = e.to_string();
        match e {
            TransferError::NotFound => ApiError::NotFound("account"),
            TransferError::Forbidden => ApiError::Forbidden(message),
            TransferError::UnknownUser(_) | TransferError::UserNotActive(_) => {
                ApiError::Unprocessable {
                    code: "invalid_receiver",
                    message,
                    details: None,
                }
            }
            TransferError::InvalidReason(_) => ApiError::Unprocessable {
                code: "invalid_reason",
                message,
                details: None,
            },
            TransferError::SameOwner(_) => ApiError::Conflict {
                code: "same_owner",
                message,
            },
            TransferError::OwnerChanged => ApiError::Conflict {
                code: "owner_changed",
                message,
            },
            TransferError::Store(s) => s.into(),
        }
    }
}

impl From<OwnershipError> for ApiError {
    fn from(e: OwnershipError) -> Self {
        let message = e.to_string();
        let unprocessable = |code, message| ApiError::Unprocessable {
            code,
            message,
            details: None,
        };
        match e {
            OwnershipError::Forbidden(_) => ApiError::Forbidden(message),
            OwnershipError::NotFound => ApiError::NotFound("account"),
            OwnershipError::ConflictNotFound(_) => ApiError::NotFound("open conflict"),
            OwnershipError::NoRules => ApiError::Conflict {
                code: "no_ownership_rules",
                message,
            },
            OwnershipError::UnknownUser(_) | OwnershipError::UserNotActive(_) => {
                unprocessable("invalid_user", message)
            }
            OwnershipError::Invalid(_) => unprocessable("invalid_request", message),
            OwnershipError::State { code, .. } => ApiError::Conflict { code, message },
            OwnershipError::Store(s) => s.into(),
        }
    }
}

impl From<AuditError> for ApiError {
    fn from(e: AuditError) -> Self {
        let message = e.to_string();
        match e {
            AuditError::Forbidden => ApiError::Forbidden(message),
            AuditError::Store(s) => s.into(),
        }
    }
}

impl From<UsersError> for ApiError {
    fn from(e: UsersError) -> Self {
        match e {
            UsersError::NotFound => ApiError::NotFound("user"),
            UsersError::Store(s) => s.into(),
        }
    }
}

impl From<TokenError> for ApiError {
    fn from(e: TokenError) -> Self {
        match e {
            TokenError::UserNotFound => ApiError::NotFound("user"),
            TokenError::NotFound => ApiError::NotFound("token"),
            TokenError::Forbidden => ApiError::Forbidden(e.to_string()),
            TokenError::InvalidLabel => ApiError::Unprocessable {
                code: "invalid_label",
                message: e.to_string(),
                details: None,
            },
            TokenError::InvalidExpiry => ApiError::Unprocessable {
                code: "invalid_expiry",
                message: e.to_string(),
                details: None,
            },
            TokenError::UserDeparted(_) => ApiError::Conflict {
                code: "user_departed",
                message: e.to_string(),
            },
            TokenError::Store(s) => s.into(),
        }
    }
}

impl From<DepartureError> for ApiError {
    fn from(e: DepartureError) -> Self {
        let message = e.to_string();
        match e {
            DepartureError::UserNotFound => ApiError::NotFound("user"),
            DepartureError::NotFound => ApiError::NotFound("departure"),
            DepartureError::Forbidden | DepartureError::OwnDeparture => {
                ApiError::Forbidden(message)
            }
            DepartureError::LastDayInPast { .. } => ApiError::Unprocessable {
                code: "last_day_in_past",
                message,
                details: None,
            },
            DepartureError::UnknownSuccessor(_)
            | DepartureError::SuccessorNotActive(_)
            | DepartureError::SuccessorIsDeparting => ApiError::Unprocessable {
                code: "invalid_successor",
                message,
                details: None,
            },
            DepartureError::AlreadyGiven(_) => ApiError::Conflict {
                code: "notice_already_given",
                message,
            },
            DepartureError::AlreadyDeparted(_) => ApiError::Conflict {
                code: "user_departed",
                message,
            },
            DepartureError::AlreadyCompleted(_) => ApiError::Conflict {
                code: "departure_completed",
                message,
            },
            DepartureError::InvalidReassignment(_) => ApiError::Unprocessable {
                code: "invalid_reassignment",
                message,
                details: None,
            },
            DepartureError::Transfer(t) => t.into(),
            DepartureError::Store(s) => s.into(),
        }
    }
}

impl From<ImportsError> for ApiError {
    fn from(e: ImportsError) -> Self {
        let message = e.to_string();
        let unprocessable = |code| ApiError::Unprocessable {
            code,
            message: message.clone(),
            details: None,
        };
        match e {
            ImportsError::BadZip { .. }
            | ImportsError::NoChatInZip { .. }
            | ImportsError::Format {
                reason: FormatError::NoMessages,
                ..
            } => unprocessable("not_a_chat_export"),
            ImportsError::Format { .. } => unprocessable("mixed_date_orders"),
            ImportsError::UnknownAccount(_) => unprocessable("unknown_account"),
            ImportsError::NoAccount { .. } => unprocessable("account_not_found"),
            ImportsError::SeveralAccounts { .. } => unprocessable("ambiguous_account"),
            ImportsError::BadOption(_) => unprocessable("invalid_option"),
            ImportsError::MissingFile(_) => unprocessable("missing_file"),
            ImportsError::Read { .. } | ImportsError::ReaderFailed(_) => ApiError::internal(e),
            ImportsError::Bundle(b) => b.into(),
            ImportsError::Store(s) => s.into(),
        }
    }
}

impl From<ImportError> for ApiError {
    fn from(e: ImportError) -> Self {
        let message = e.to_string();
        match e {
            ImportError::TooLarge { .. } => ApiError::PayloadTooLarge(message),
            ImportError::Invalid(problems) => {
                let total = problems.len();
                let shown: Vec<_> = problems.into_iter().take(MAX_PROBLEMS_SHOWN).collect();
                ApiError::Unprocessable {
                    code: "bundle_invalid",
                    message,
                    details: Some(serde_json::json!({ "total": total, "problems": shown })),
                }
            }
            // A cut-short import answers with its reader's error instead;
            // this one is left for a reader that died.
            ImportError::Read { .. } | ImportError::CutShort => ApiError::internal(e),
            ImportError::Store(s) => s.into(),
        }
    }
}

impl From<InterviewError> for ApiError {
    fn from(e: InterviewError) -> Self {
        let message = e.to_string();
        let conflict = |code| ApiError::Conflict {
            code,
            message: message.clone(),
        };
        let invalid = |code| ApiError::Unprocessable {
            code,
            message: message.clone(),
            details: None,
        };
        match e {
            InterviewError::NotFound => ApiError::NotFound("interview"),
            InterviewError::NotTheOwner
            | InterviewError::NotAReviewer
            | InterviewError::OwnInterview => ApiError::Forbidden(message),
            InterviewError::Closed(_) => conflict("interview_closed"),
            InterviewError::UnknownQuestion(_) => invalid("unknown_question"),
            InterviewError::EmptyAnswer => invalid("empty_answer"),
            InterviewError::AnswerTooLong(_) => invalid("answer_too_long"),
            InterviewError::NotCurrent { .. } => conflict("not_current_question"),
            InterviewError::AlreadyAnswered(_) => conflict("already_answered"),
            InterviewError::NothingToAnswer => conflict("nothing_to_answer"),
            InterviewError::NoAnswer(_) => conflict("not_answered"),
            InterviewError::NothingToSubmit => conflict("nothing_to_submit"),
            InterviewError::Conflict => conflict("conflict"),
            InterviewError::PromptClosed => conflict("prompt_closed"),
            InterviewError::AccountNotFound => ApiError::NotFound("account"),
            InterviewError::AskedNotFound => ApiError::NotFound("question"),
            InterviewError::QuestionNotOpen => conflict("question_not_open"),
            InterviewError::AlreadySentBack => conflict("already_sent_back"),
            InterviewError::OwnerNotInNotice => conflict("owner_not_in_notice"),
            InterviewError::UnknownPrompt => invalid("unknown_prompt"),
            InterviewError::Store(s) => s.into(),
        }
    }
}

impl From<crate::handoffs::HandoffError> for ApiError {
    fn from(e: crate::handoffs::HandoffError) -> Self {
        match e {
            crate::handoffs::HandoffError::Knowledge(e) => e.into(),
            crate::handoffs::HandoffError::Departure(e) => e.into(),
        }
    }
}

impl From<KnowledgeError> for ApiError {
    fn from(e: KnowledgeError) -> Self {
        let message = e.to_string();
        match e {
            KnowledgeError::AccountNotFound => ApiError::NotFound("account"),
            KnowledgeError::NotSubmitted(_) => ApiError::Conflict {
                code: "not_submitted",
                message,
            },
            KnowledgeError::ExtractionPending(_) => ApiError::Conflict {
                code: "extraction_pending",
                message,
            },
            KnowledgeError::EmptyQuestion => ApiError::Unprocessable {
                code: "empty_question",
                message,
                details: None,
            },
            KnowledgeError::QuestionTooLong(_) => ApiError::Unprocessable {
                code: "question_too_long",
                message,
                details: None,
            },
            KnowledgeError::Conflict => ApiError::Conflict {
                code: "conflict",
                message,
            },
            KnowledgeError::IndexerBusy(_) => ApiError::Conflict {
                code: "indexer_busy",
                message,
            },
            KnowledgeError::Interview(i) => i.into(),
            KnowledgeError::Index(i) => ApiError::internal(i),
            KnowledgeError::Embed(i) => ApiError::internal(i),
            KnowledgeError::Store(s) => s.into(),
        }
    }
}
