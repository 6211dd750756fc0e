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

/// Writes an importer's activities (or, for a check, counts what would
/// change) as one import run labelled `ORIGIN: NAME`.
async fn attach(
    db: &crate::store::Db,
    activities: &[(crate::accounts::AccountId, crate::accounts::Activity)],
    origin: crate::accounts::Origin,
    name: &str,
    actor: Option<&crate::users::UserId>,
    check: bool,
) -> Result<crate::accounts::import::Attached, ImportsError> {
    let label = format!("{}: {name}", origin.as_str());
    let source = crate::bundle::ImportSource {
        actor,
        label: &label,
    };
    let how = crate::accounts::import::Attach {
        origin,
        source: &source,
        write: !check,
    };
    Ok(crate::accounts::import::attach(db, activities, &how).await?)
}

/// What an importer reads: a path on disk (a file, or for mail a folder),
/// an upload spooled to disk as it arrived (its file name and where it
/// lies), or bytes in memory (the readers' tests).
#[derive(Debug, Clone)]
pub enum Input {
    Path(std::path::PathBuf),
    Spooled {
        name: String,
        path: std::path::PathBuf,
    },
    Upload {
        name: String,
        bytes: Vec<u8>,
    },
}

/// Where an [`Input`]'s bytes are: a file on disk, or memory.
enum Source<'a> {
    File(&'a std::path::Path),
    Bytes(&'a [u8]),
}

impl Input {
    /// The path, or the upload's file name, for reports and errors.
    pub fn name(&self) -> String {
        match self {
            Input::Path(p) => p.display().to_string(),
            Input::Spooled { name, .. } | Input::Upload { name, .. } => name.clone(),
        }
    }

    /// The file's own name, without its folders.
    pub fn file_name(&self) -> String {
        match self {
            Input::Path(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            Input::Spooled { name, .. } | Input::Upload { name, .. } => name.clone(),
        }
    }

    /// Where the input's bytes are.
    fn source(&self) -> Source<'_> {
        match self {
            Input::Path(p) | Input::Spooled { path: p, .. } => Source::File(p),
            Input::Upload { bytes, .. } => Source::Bytes(bytes),
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
    #[error("{}", missing_file(.0))]
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

/// What a missing file's error says: the name or pattern looked for.
fn missing_file(file: &str) -> String {
    if file.contains('*') {
        format!(
            "the export has no file matching {file} (`*` stands for any text); \
             a mapping file may mark a file `optional = true`"
        )
    } else {
        format!("the export has no file {file}; a mapping file may mark a file `optional = true`")
    }
}

/// A line or item an importer left out, with why.
pub use whatsapp::Skipped;

/// Generated edits of the hand-written exports, for the readers' fuzz
/// tests (proptest: a failing case shrinks to the fewest edits and is kept
/// in `proptest-regressions/`, replayed before new cases on every run).
#[cfg(test)]
pub(crate) mod fuzz {
    use proptest::prelude::*;
    use proptest::sample::Index;

    /// `cases` generated cases per run, or `BATON_FUZZ_CASES` of them for a
    /// longer campaign (`BATON_FUZZ_CASES=50000 cargo nextest run fuzz`).
    pub fn config(cases: u32) -> ProptestConfig {
        let cases = std::env::var("BATON_FUZZ_CASES")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(cases);
        ProptestConfig::with_cases(cases)
    }

    /// One change to an input.
    #[derive(Debug, Clone)]
    pub enum Edit {
        /// One of the pieces inputs are made of, inserted somewhere.
        Insert { at: Index, piece: Index },
        /// A span cut out.
        Cut { at: Index, len: usize },
        /// The line around a place written twice.
        Double { at: Index },
    }

    /// From one to `most` edits; cuts up to `longest_cut` bytes.
    pub fn edits(most: usize, longest_cut: usize) -> impl Strategy<Value = Vec<Edit>> {
        let edit = prop_oneof![
            (any::<Index>(), any::<Index>()).prop_map(|(at, piece)| Edit::Insert { at, piece }),
            (any::<Index>(), 1..longest_cut.max(2)).prop_map(|(at, len)| Edit::Cut { at, len }),
            any::<Index>().prop_map(|at| Edit::Double { at }),
        ];
        prop::collection::vec(edit, 1..most.max(2))
    }

    /// `bytes` with `edits` applied; places are moved back to where
    /// `boundary` allows (a character's start, for text).
    fn apply_with(
        bytes: &[u8],
        edits: &[Edit],
        pieces: &[&[u8]],
        boundary: impl Fn(&[u8], usize) -> bool,
    ) -> Vec<u8> {
        let mut b = bytes.to_vec();
        let place = |b: &[u8], at: &Index| {
            let mut i = at.index(b.len() + 1);
            while !boundary(b, i) {
                i -= 1;
            }
            i
        };
        for edit in edits {
            match edit {
                Edit::Insert { at, piece } => {
                    let i = place(&b, at);
                    let piece = pieces[piece.index(pieces.len())];
                    b.splice(i..i, piece.iter().copied());
                }
                Edit::Cut { at, len } => {
                    let i = place(&b, at);
                    let mut end = (i + len).min(b.len());
                    while !boundary(&b, end) {
                        end -= 1;
                    }
                    b.drain(i..end);
                }
                Edit::Double { at } => {
                    let i = place(&b, at);
                    let start = b[..i]
                        .iter()
                        .rposition(|&c| c == b'\n')
                        .map_or(0, |n| n + 1);
                    let end = b[i..]
                        .iter()
                        .position(|&c| c == b'\n')
                        .map_or(b.len(), |n| i + n + 1);
                    let line = b[start..end].to_vec();
                    b.splice(start..start, line);
                }
            }
        }
        b
    }

    /// Bytes edited anywhere (a CSV file may be any bytes).
    pub fn apply_bytes(bytes: &[u8], edits: &[Edit], pieces: &[&[u8]]) -> Vec<u8> {
        apply_with(bytes, edits, pieces, |_, _| true)
    }

    /// Text edited at character boundaries, so it stays text.
    pub fn apply(text: &str, edits: &[Edit], pieces: &[&str]) -> String {
        let pieces: Vec<&[u8]> = pieces.iter().map(|p| p.as_bytes()).collect();
        let b = apply_with(text.as_bytes(), edits, &pieces, |b, i| {
            i >= b.len() || (b[i] as i8) >= -0x40
        });
        String::from_utf8(b).expect("edits at character boundaries keep text")
    }

    /// Every file of `tests/fixtures/fuzz/<reader>/`: inputs that once
    /// broke a reader or stand at its edges, replayed as they are.
    pub fn corpus(reader: &str) -> Vec<(String, Vec<u8>)> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures/fuzz")
            .join(reader);
        let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.expect("a corpus entry").path())
            .filter(|p| p.is_file())
            .map(|p| {
                let bytes = std::fs::read(&p).expect("a corpus file");
                (p.file_name().unwrap().to_string_lossy().into_owned(), bytes)
            })
            .collect();
        files.sort();
        assert!(!files.is_empty(), "{} holds no case", dir.display());
        files
    }
}
