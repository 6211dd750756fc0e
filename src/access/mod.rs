//! Who is asking and what they may see.
//!
//! Every request carries a [`Scope`], built once from its token. Visibility is
//! decided here and nowhere else: store queries splice the SQL predicates of
//! [`Scope::account_visible`] and [`Scope::user_visible`] into their `WHERE`
//! clause, so filtering happens in the database.
//!
//! The rule: an admin sees everything; a manager sees the accounts owned by
//! anyone in their reporting line, at any depth, and their own; a rep sees
//! their own accounts.

pub mod tokens;

use crate::users::{Role, UserId};

/// The caller of a request: an active user, authenticated by a token.
#[derive(Debug, Clone)]
pub struct Scope {
    user_id: UserId,
    role: Role,
    name: String,
    token_id: String,
}

impl Scope {
    pub fn new(user_id: UserId, role: Role, name: String, token_id: String) -> Scope {
        Scope {
            user_id,
            role,
            name,
            token_id,
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

    pub fn token_id(&self) -> &str {
        &self.token_id
    }

    pub fn is_admin(&self) -> bool {
        self.role == Role::Admin
    }

    /// SQL true when the account aliased `alias` is visible to the caller
    /// whose id is bound at `$user` and role at `$role`.
    pub fn account_visible(alias: &str, user: u8, role: u8) -> String {
        format!(
            "(${role} = 'admin' OR {alias}.owner_id = ${user} \
             OR (${role} = 'manager' AND {alias}.owner_id IN ({})))",
            reports(user)
        )
    }

    /// SQL true when the user aliased `alias` is visible to the caller: an
    /// admin sees everyone, a manager themself and their reporting line, a
    /// rep themself.
    pub fn user_visible(alias: &str, user: u8, role: u8) -> String {
        format!(
            "(${role} = 'admin' OR {alias}.id = ${user} \
             OR (${role} = 'manager' AND {alias}.id IN ({})))",
            reports(user)
        )
    }
}

/// Everyone below the user bound at `$user`, at any depth.
fn reports(user: u8) -> String {
    format!(
        "WITH RECURSIVE reports(id) AS ( \
             SELECT id FROM users WHERE manager_id = ${user} \
             UNION SELECT x.id FROM users x JOIN reports r ON x.manager_id = r.id) \
         SELECT id FROM reports"
    )
}
