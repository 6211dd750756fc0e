//! The record from where it really lives: exports that are not a
//! `baton-bundle/v1` (for which see [`crate::bundle`]). WhatsApp chat
//! exports ([`whatsapp`] reads them; [`chat`] attaches them to an account
//! and its contacts and writes one chat activity per day), mailboxes
//! ([`mail`]: an mbox or `.eml` files, one email activity per message, placed
//! by thread) and CRM CSV exports ([`crm`]: Salesforce, HubSpot or a mapping
//! file, written as a bundle is).
//!
//! What every importer here does:
//!
//! - reads its input line by line, and reports counts and every item it
//!   skipped with its reason ([`Skipped`]); `check` reports without
//!   writing;
//! - gives each activity an id derived from what it is (the account, the
//!   chat, the day), so importing the same file again finds every activity
//!   unchanged and writes nothing, and an import cut short is finished by
//!   running it again;
//! - writes through [`crate::accounts::import::attach`], one transaction
//!   per batch, marking the accounts it changed so the indexer re-draws
//!   their record for the clone;
//! - never takes an activity of another origin away: a bundle re-import
//!   replaces only the bundle's activities.

pub mod chat;
pub mod crm;
pub mod mail;
pub mod whatsapp;

use crate::store::StoreError;

pub use chat::{ChatOptions, ChatReport};

/// Runs a reader (blocking file work) off the async workers.
async fn off_the_workers<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Result<T, ImportsError> {
    tokio::task::spawn_blocking(f)
        .await
        .map_err(|e| ImportsError::ReaderFailed(e.to_string()))
}

/// What an importer reads: a path on disk (a file, or for mail a folder),
/// or an upload's file name and bytes.
#[derive(Debug, Clone)]
pub enum Input {
    Path(std::path::PathBuf),
    Upload { name: String, bytes: Vec<u8> },
}

impl Input {
    /// The path, or the upload's file name, for reports and errors.
    pub fn name(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Upload { name, .. } => name.clone(),
        }
    }

    /// The file's own name, without its folders.
    pub fn file_name(&self) -> String {
        match self {
            Input::Path(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Input::Upload { name, .. } => name.clone(),
        }
    }

    fn read_error(&self, source: std::io::Error) -> ImportsError {
        ImportsError::Read {
            path: self.name(),
            source,
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportsError {
    #[error("cannot read {path}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path} is not a zip archive a chat export can be read from: {why}")]
    BadZip { path: String, why: String },
    #[error("{path} holds no chat: a WhatsApp export zip has one .txt file (`_chat.txt` on iOS)")]
    NoChatInZip { path: String },
    /// The reason is part of the message (not a source), so an HTTP
    /// reply says it too.
    #[error("{path}: {reason}")]
    Format {
        path: String,
        reason: whatsapp::FormatError,
    },
    #[error("account {0} does not exist")]
    UnknownAccount(String),
    #[error(
        "no sender of the chat is a contact of an account ({senders}): name the account with \
         --account (account_id over the API)"
    )]
    NoAccount { senders: String },
    #[error(
        "the chat's senders are contacts of several accounts ({accounts}): name one with \
         --account (account_id over the API)"
    )]
    SeveralAccounts { accounts: String },
    #[error("{0}")]
    BadOption(String),
    #[error("the export has no file {0}: upload it as a `file` part named so")]
    MissingFile(String),
    #[error("the reader stopped: {0}")]
    ReaderFailed(String),
    #[error(transparent)]
    Bundle(#[from] crate::bundle::ImportError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ImportsError {
    fn from(e: sqlx::Error) -> Self {
        ImportsError::Store(e.into())
    }
}

/// A line or item an importer left out, with why.
pub use whatsapp::Skipped;

/// Seeded mutations of an export's text, for the readers' tests.
#[cfg(test)]
pub(crate) fn mutate(
    text: &str,
    rng: &mut impl rand::Rng,
    pieces: &[&str],
    edits: usize,
    longest_cut: usize,
) -> String {
    let mut text = text.to_string();
    for _ in 0..rng.random_range(1..edits) {
        let mut at = rng.random_range(0..=text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        match rng.random_range(0..3) {
            0 => text.insert_str(at, pieces[rng.random_range(0..pieces.len())]),
            1 => {
                let mut end = (at + rng.random_range(1..longest_cut)).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                text.replace_range(at..end, "");
            }
            _ => {
                let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
                let end = text[at..].find('\n').map_or(text.len(), |i| at + i + 1);
                let line = text[start..end].to_string();
                text.insert_str(start, &line);
            }
        }
    }
    text
}
