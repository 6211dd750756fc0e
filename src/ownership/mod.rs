//! Who owns each account and why: ownership rules and the assignment of
//! unassigned accounts by them (`rules.rs`, `assign.rs`), the account team
//! beside the owner (`team.rs`), and the conflicts a manager should see
//! (`conflicts.rs`). The owner itself and its history live with the
//! record (`accounts`); this module decides and explains.

pub mod assign;
pub mod conflicts;
pub mod rules;
pub mod team;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum OwnershipError {
    #[error("{0}")]
    Forbidden(&'static str),
    #[error("account not found")]
    NotFound,
    #[error("no ownership rules are configured: set BATON_OWNERSHIP_RULES to a rules file")]
    NoRules,
    #[error("unknown user {0}")]
    UnknownUser(String),
    #[error("user {0} is leaving or has left")]
    UserNotActive(String),
    #[error("{0}")]
    Invalid(String),
    /// Refused for the state things are in: a stable code, and why.
    #[error("{message}")]
    State { code: &'static str, message: String },
    #[error("conflict {0} is not open")]
    ConflictNotFound(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<crate::accounts::AccountsError> for OwnershipError {
    fn from(e: crate::accounts::AccountsError) -> Self {
        match e {
            crate::accounts::AccountsError::NotFound => OwnershipError::NotFound,
            crate::accounts::AccountsError::Store(s) => OwnershipError::Store(s),
        }
    }
}

impl From<crate::users::UsersError> for OwnershipError {
    fn from(e: crate::users::UsersError) -> Self {
        match e {
            crate::users::UsersError::NotFound => OwnershipError::NotFound,
            crate::users::UsersError::Store(s) => OwnershipError::Store(s),
        }
    }
}

impl From<sqlx::Error> for OwnershipError {
    fn from(e: sqlx::Error) -> Self {
        OwnershipError::Store(e.into())
    }
}
