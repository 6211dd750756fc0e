//! Baton keeps the meaning of B2B accounts when their owner leaves.
//!
//! The crate is a library with a thin binary (`src/main.rs`). See
//! `ARCHITECTURE.md` for the map.

pub mod access;
pub mod accounts;
pub mod app;
pub mod audit;
pub mod bank;
pub mod bench;
pub mod bundle;
pub mod cache;
pub mod cli;
pub mod clock;
pub mod config;
pub mod dashboard;
pub mod demo;
pub mod departures;
pub mod embed;
pub mod handoffs;
pub mod http;
pub mod imports;
pub mod index;
pub mod interviews;
pub mod knowledge;
pub mod llm;
pub mod ownership;
pub mod store;
pub mod telemetry;
mod tomlfile;
pub mod users;

/// A cause kept inside one of our errors when its type is another crate's
/// business (an index engine's, an HTTP client's).
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// An error and every cause below it, "outer: inner: root", for the CLI
/// and the logs; an error's own `Display` says only its own part.
pub struct ErrorChain<'a>(pub &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for ErrorChain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.0)?;
        let mut cause = self.0.source();
        while let Some(c) = cause {
            write!(f, ": {c}")?;
            cause = c.source();
        }
        Ok(())
    }
}

/// Defines a string identifier newtype chosen by the source system: trimmed,
/// non-empty, at most 200 characters, no control characters.
#[macro_export]
macro_rules! define_id {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, utoipa::ToSchema)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            pub fn parse(raw: &str) -> Result<Self, $crate::InvalidId> {
                $crate::check_id(raw).map(|s| $name(s.to_string()))
            }
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let raw = String::deserialize(d)?;
                $name::parse(&raw).map_err(serde::de::Error::custom)
            }
        }
    };
}

/// Why a string is not an identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum InvalidId {
    #[error("must not be empty")]
    Empty,
    #[error("must be at most 200 characters")]
    TooLong,
    #[error("must not contain control characters or surrounding spaces")]
    BadCharacters,
}

#[doc(hidden)]
pub fn check_id(raw: &str) -> Result<&str, InvalidId> {
    if raw.is_empty() {
        return Err(InvalidId::Empty);
    }
    if raw.chars().count() > 200 {
        return Err(InvalidId::TooLong);
    }
    if raw.trim() != raw || raw.chars().any(char::is_control) {
        return Err(InvalidId::BadCharacters);
    }
    Ok(raw)
}

/// Defines a closed set of snake_case string values with `as_str`, `parse`
/// and `ALL`, serialised as the string.
#[macro_export]
macro_rules! string_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
            pub fn parse(raw: &str) -> Option<Self> {
                match raw { $($text => Some($name::$variant),)+ _ => None }
            }
            /// The accepted values, for error messages.
            pub fn expected() -> String {
                [$($text),+].join(", ")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        /// Stored as its string: read from a row through `TryFrom`, so a
        /// column holding anything else fails the read.
        impl<DB: sqlx::Database> sqlx::Type<DB> for $name
        where
            String: sqlx::Type<DB>,
        {
            fn type_info() -> DB::TypeInfo {
                <String as sqlx::Type<DB>>::type_info()
            }
            fn compatible(ty: &DB::TypeInfo) -> bool {
                <String as sqlx::Type<DB>>::compatible(ty)
            }
        }

        impl<'r, DB: sqlx::Database> sqlx::Decode<'r, DB> for $name
        where
            String: sqlx::Decode<'r, DB>,
        {
            fn decode(
                value: <DB as sqlx::Database>::ValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let raw = <String as sqlx::Decode<'r, DB>>::decode(value)?;
                Ok($name::try_from(raw)?)
            }
        }

        /// Read once where a stored or received string enters: a value
        /// outside the set is an error, never a default.
        impl TryFrom<String> for $name {
            type Error = $crate::UnknownValue;
            fn try_from(raw: String) -> Result<Self, Self::Error> {
                $name::parse(&raw).ok_or($crate::UnknownValue {
                    what: stringify!($name),
                    value: raw,
                })
            }
        }
    };
}

/// A string outside the closed set of values a [`string_enum!`] allows.
#[derive(Debug, thiserror::Error)]
#[error("{value:?} is not a {what}")]
pub struct UnknownValue {
    pub what: &'static str,
    pub value: String,
}

/// Installs the process's TLS crypto provider (ring, shared with sqlx) for
/// the HTTP clients (a model endpoint). Safe to call more than once.
pub fn init_tls() {
    let _ = rustls::crypto::ring::default_provider().install_default();
}

/// A background task that ends with its owner: aborted when this is
/// dropped (the serving loop's tasks, the indexer's lease keeper).
pub(crate) struct AbortOnDrop(Option<tokio::task::JoinHandle<()>>);

impl AbortOnDrop {
    pub(crate) fn new(task: tokio::task::JoinHandle<()>) -> AbortOnDrop {
        AbortOnDrop(Some(task))
    }

    /// Aborts the task and waits until it has let go of what it held.
    pub(crate) async fn stop(mut self) {
        if let Some(task) = self.0.take() {
            task.abort();
            let _ = task.await;
        }
    }
}

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        if let Some(task) = self.0.take() {
            task.abort();
        }
    }
}
