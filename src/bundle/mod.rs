//! Importing the account record from a `baton-bundle/v1` file.
//!
//! Two steps: [`validate`] reads the whole file and reports every problem
//! with its JSON path; only a valid bundle reaches
//! [`crate::accounts::import`], which writes it in one transaction.
//! Re-importing updates in place: records are keyed by the source
//! system's ids, an account's contacts, opportunities and
//! activities are replaced by the bundle's (so what the CRM deleted leaves
//! Baton too), and every owner change is recorded in the account's history.
//! Accounts absent from a bundle are left as they are.

mod validate;

use serde::Serialize;
use utoipa::ToSchema;

pub use crate::accounts::import::ImportSummary;
pub use validate::{Known, FORMAT};

use crate::accounts::{Account, Activity, Contact, Opportunity, TeamSeat};
use crate::store::{Db, StoreError};
use crate::users::{Role, UserId};

/// One thing wrong with a bundle, at a JSON path like
/// `$.accounts[3].contacts[1].relationship_strength`.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

#[derive(Debug, Clone)]
pub struct BundleUser {
    pub id: UserId,
    pub name: String,
    pub email: Option<String>,
    pub role: Role,
    pub manager_id: Option<UserId>,
    pub team: Option<String>,
}

#[derive(Debug, Clone)]
pub struct BundleAccount {
    pub account: Account,
    /// Who else works the account, and in which role.
    pub team: Vec<TeamSeat>,
    pub contacts: Vec<Contact>,
    pub opportunities: Vec<Opportunity>,
    pub activities: Vec<Activity>,
}

/// A bundle with no problem.
#[derive(Debug, Clone)]
pub struct Bundle {
    pub users: Vec<BundleUser>,
    pub accounts: Vec<BundleAccount>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(
        "the bundle is {size} bytes, over the limit of {limit} bytes (BATON_IMPORT_MAX_BYTES)"
    )]
    TooLarge { size: u64, limit: u64 },
    #[error("the bundle is not valid: {} problem(s), nothing was imported", .0.len())]
    Invalid(Vec<Problem>),
    #[error("cannot read {path}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    /// The reader streaming the import stopped before its end (its own
    /// error says why); nothing was written.
    #[error("the import's reader stopped before the end of its files; nothing was imported")]
    CutShort,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for ImportError {
    fn from(e: sqlx::Error) -> Self {
        ImportError::Store(e.into())
    }
}

/// Who or what an import runs for, recorded in ownership history.
#[derive(Debug, Clone)]
pub struct ImportSource<'a> {
    /// The admin who posted it; `None` from the command line.
    pub actor: Option<&'a UserId>,
    /// A label for the import log: a file name or `api`.
    pub label: &'a str,
}

/// Reads, checks and imports a bundle. Nothing is written unless the whole
/// bundle is valid.
#[tracing::instrument(skip_all, fields(source = source.label, bytes = bytes.len()))]
pub async fn import(
    db: &Db,
    bytes: &[u8],
    source: ImportSource<'_>,
) -> Result<ImportSummary, ImportError> {
    let bundle = check(db, bytes).await?;
    let summary = crate::accounts::import::apply(db, &bundle, &source).await?;
    tracing::info!(
        accounts = bundle.accounts.len(),
        owner_changes = summary.owner_changes,
        ms = summary.duration_ms,
        "bundle imported"
    );
    Ok(summary)
}

/// Parses and validates without writing anything.
pub async fn check(db: &Db, bytes: &[u8]) -> Result<Bundle, ImportError> {
    let raw = validate::parse_raw(bytes).map_err(|p| ImportError::Invalid(vec![p]))?;
    let known = Known {
        users: crate::users::reporting_lines(db)
            .await
            .map_err(|e| match e {
                crate::users::UsersError::Store(s) => s,
                crate::users::UsersError::NotFound => StoreError::Corrupt("users".into()),
            })?
            .into_iter()
            .collect(),
    };
    validate::validate(raw, &known).map_err(ImportError::Invalid)
}

/// Reads a bundle file, refusing one over `limit` bytes before reading it.
pub async fn read_file(path: &std::path::Path, limit: u64) -> Result<Vec<u8>, ImportError> {
    let read_err = |source| ImportError::Read {
        path: path.display().to_string(),
        source,
    };
    let size = std::fs::metadata(path).map_err(read_err)?.len();
    if size > limit {
        return Err(ImportError::TooLarge { size, limit });
    }
    tokio::fs::read(path).await.map_err(read_err)
}

/// Imports a file, refusing one over `limit` bytes before reading it.
pub async fn import_file(
    db: &Db,
    path: &std::path::Path,
    limit: u64,
    source: ImportSource<'_>,
) -> Result<ImportSummary, ImportError> {
    let bytes = read_file(path, limit).await?;
    import(db, &bytes, source).await
}

#[cfg(test)]
mod tests;
