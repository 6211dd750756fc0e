//! Who is asking and what they may see.
//!
//! Every request carries a [`Scope`], built once from its token. Visibility is
//! decided here and nowhere else: store queries splice the SQL predicates of
//! [`Scope::account_visible`] and [`Scope::user_visible`] into their `WHERE`
//! clause, so filtering happens in the database.
//!
//! The rule: an admin sees everything; a manager sees the accounts owned by
//! anyone in their reporting line, at any depth, and their own; a rep sees
//! their own accounts; anyone sees the accounts whose team they are in.
//! An account nobody owns is an admin's to see.

pub mod session;
pub mod tokens;

use chrono::{DateTime, Utc};

use crate::users::{Role, UserId, REPORTS};

/// How the caller proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// An API token, sent as a bearer token.
    ApiToken { token_id: String },
    /// A browser's session cookie: the session's token, and when it ends.
    Session {
        token_id: String,
        expires_at: Option<DateTime<Utc>>,
    },
    /// The command line or a benchmark, on the machine itself.
    Local,
    /// The command line acting for nobody in particular (`baton assign`):
    /// an admin's sight, recorded as done by nobody.
    Machine,
}

/// The caller of a request: an active user, authenticated by a token (or
/// acting on the machine itself).
#[derive(Debug, Clone)]
pub struct Scope {
    user_id: UserId,
    role: Role,
    name: String,
    via: Via,
}

impl Scope {
    pub fn new(user_id: UserId, role: Role, name: String, via: Via) -> Scope {
        Scope {
            user_id,
            role,
            name,
            via,
        }
    }

    pub fn user_id(&self) -> &UserId {
        &self.user_id
    }

    pub fn role(&self) -> Role {
        self.role
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn via(&self) -> &Via {
        &self.via
    }

    /// The machine itself, from the command line: sees everything, and
    /// what it does is recorded with no actor.
    pub fn machine() -> Scope {
        Scope {
            user_id: UserId::parse("baton").expect("a valid id"),
            role: Role::Admin,
            name: "the command line".into(),
            via: Via::Machine,
        }
    }

    /// Who to record as having acted: `None` for the machine.
    pub fn actor(&self) -> Option<&UserId> {
        (self.via != Via::Machine).then_some(&self.user_id)
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// SQL true when the account aliased `alias` is visible to the caller:
    /// its owner is (see [`Scope::user_visible`]), or the caller is in its
    /// team.
    /// Use it in a query started with [`Scope::query_as`], which binds the
    /// caller at `$1` and their role at `$2`.
    pub fn account_visible(alias: &str) -> String {
        format!(
            "({} OR {})",
            Scope::user_visible(&format!("{alias}.owner_id")),
            crate::ownership::team::member_of(alias)
        )
    }

    /// SQL true when the caller may read the knowledge of the account
    /// aliased `alias` (ask its clone, read its brief): whoever sees the
    /// account, and the successor named in an open departure of its owner,
    /// from notice on. Bound as [`Scope::account_visible`].
    pub fn knowledge_visible(alias: &str) -> String {
        format!(
            "({} OR {})",
            Scope::account_visible(alias),
            crate::departures::caller_succeeds(&format!("{alias}.owner_id"))
        )
    }

    /// SQL true when the user whose id is the column `id_column` is visible
    /// to the caller: an admin sees everyone, a manager themself and their
    /// reporting line, a rep themself. Bound as [`Scope::account_visible`].
    pub fn user_visible(id_column: &str) -> String {
        format!(
            "($2 = 'admin' OR {id_column} = $1 \
             OR ($2 = 'manager' AND {id_column} IN ({REPORTS})))"
        )
    }

    /// A query on behalf of this caller: `sql` uses the visibility
    /// predicates above, the caller is bound at `$1` and the role at `$2`,
    /// and the query's own parameters start at `$3`.
    pub fn query_as<'q, DB, O>(
        &'q self,
        sql: String,
    ) -> sqlx::query::QueryAs<'q, DB, O, <DB as sqlx::Database>::Arguments>
    where
        DB: sqlx::Database,
        O: for<'r> sqlx::FromRow<'r, DB::Row>,
        &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    {
        sqlx::query_as(sqlx::AssertSqlSafe(sql))
            .bind(self.user_id.as_str())
            .bind(self.role.as_str())
    }
}
