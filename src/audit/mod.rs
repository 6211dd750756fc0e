//! The audit log: who did what, when, on which account — notices,
//! completions, transfers, imports, tokens, submissions, approvals, edits
//! and questions asked of a clone. Entries are
//! appended inside the transaction of what they record (or right after an
//! action that has none), and never changed: nothing in the API or the CLI
//! updates or deletes one, and the store's triggers refuse it (migration
//! 0007). Admins read all of it; managers what concerns their line.

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use crate::access::Scope;
use crate::store::{Db, StoreError, Tx};
use crate::users::UserId;
use crate::{string_enum, with_db, with_tx};

string_enum!(
    /// What an entry records.
    AuditKind {
        NoticeGiven => "notice_given",
        DepartureCompleted => "departure_completed",
        AccountTransferred => "account_transferred",
        TokenCreated => "token_created",
        TokenRevoked => "token_revoked",
        Import => "import",
        InterviewSubmitted => "interview_submitted",
        KnowledgeApproved => "knowledge_approved",
        AnswerEdited => "answer_edited",
        QuestionAsked => "question_asked",
        QuestionSentBack => "question_sent_back",
        BriefOpened => "brief_opened",
        AccountAssigned => "account_assigned",
        TeamChanged => "team_changed",
        ConflictResolved => "conflict_resolved",
    }
);

/// One entry to append.
#[derive(Debug, Clone)]
pub struct Entry<'a> {
    pub at: DateTime<Utc>,
    /// `None` when nobody did it (the command line, a notice ending on its
    /// last day).
    pub actor: Option<&'a UserId>,
    pub kind: AuditKind,
    pub account_id: Option<&'a str>,
    /// The user it concerns (the departing user, a token's owner).
    pub subject: Option<&'a str>,
    /// What else is worth knowing, as JSON.
    pub detail: serde_json::Value,
}

/// One entry as read.
#[derive(Debug, Clone, Serialize, ToSchema, sqlx::FromRow)]
pub struct AuditEntry {
    pub id: i64,
    pub at: DateTime<Utc>,
    pub actor_id: Option<String>,
    pub kind: String,
    pub account_id: Option<String>,
    pub subject_user_id: Option<String>,
    #[schema(value_type = Object)]
    #[sqlx(try_from = "String")]
    pub detail: Detail,
}

/// The entry's detail, stored as JSON text.
#[derive(Debug, Clone, Serialize)]
#[serde(transparent)]
pub struct Detail(pub serde_json::Value);

impl TryFrom<String> for Detail {
    type Error = serde_json::Error;
    fn try_from(raw: String) -> Result<Detail, serde_json::Error> {
        serde_json::from_str(&raw).map(Detail)
    }
}

const INSERT: &str =
    "INSERT INTO audit_log (at, actor_id, kind, account_id, subject_user_id, detail) \
     VALUES ($1, $2, $3, $4, $5, $6)";

/// Appends `entry` inside the caller's transaction: it stands or falls
/// with what it records.
pub async fn record(tx: &mut Tx, entry: &Entry<'_>) -> Result<(), StoreError> {
    let detail = entry.detail.to_string();
    with_tx!(tx, conn => {
        sqlx::query(INSERT)
            .bind(entry.at)
            .bind(entry.actor.map(UserId::as_str))
            .bind(entry.kind.as_str())
            .bind(entry.account_id)
            .bind(entry.subject)
            .bind(&detail)
            .execute(&mut **conn)
            .await?;
    });
    Ok(())
}

/// Appends `entry` on its own, for an action that wrote in one statement.
pub async fn record_now(db: &Db, entry: &Entry<'_>) -> Result<(), StoreError> {
    let mut tx = db.begin_write().await?;
    record(&mut tx, entry).await?;
    tx.commit().await?;
    Ok(())
}

/// What to read.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    pub account_id: Option<String>,
    pub actor_id: Option<String>,
    pub kind: Option<AuditKind>,
    pub since: Option<DateTime<Utc>>,
    pub limit: u32,
}

#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    #[error("only admins and managers read the audit log")]
    Forbidden,
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<sqlx::Error> for AuditError {
    fn from(e: sqlx::Error) -> Self {
        AuditError::Store(e.into())
    }
}

/// The entries the caller may read, newest first: an admin all, a manager
/// those whose actor, user or account's owner is in their line; a rep none.
pub async fn list(
    db: &Db,
    scope: &Scope,
    filter: &AuditFilter,
) -> Result<Vec<AuditEntry>, AuditError> {
    if !matches!(
        scope.role(),
        crate::users::Role::Admin | crate::users::Role::Manager
    ) {
        return Err(AuditError::Forbidden);
    }
    let sql = format!(
        "SELECT id, at, actor_id, kind, account_id, subject_user_id, detail FROM audit_log l \
         WHERE ({} OR {} OR {}) \
         AND ($3 IS NULL OR l.account_id = $3) AND ($4 IS NULL OR l.actor_id = $4) \
         AND ($5 IS NULL OR l.kind = $5) AND ($6 IS NULL OR l.at >= $6) \
         ORDER BY l.at DESC, l.id DESC LIMIT $7",
        Scope::user_visible("l.actor_id"),
        Scope::user_visible("l.subject_user_id"),
        Scope::user_visible(&crate::accounts::owner_of("l.account_id")),
    );
    Ok(with_db!(db, pool => {
        scope
            .query_as(sql)
            .bind(filter.account_id.as_deref())
            .bind(filter.actor_id.as_deref())
            .bind(filter.kind.map(AuditKind::as_str))
            .bind(filter.since)
            .bind(i64::from(filter.limit))
            .fetch_all(pool)
            .await?
    }))
}

/// SQL selecting, as events (account_id, who, at, abstained, open), the
/// entries of `kind` about the accounts `accounts` selects at or after
/// `since`, by their actor.
pub(crate) fn events_of_kind(kind: AuditKind, accounts: &str, since: &str) -> String {
    format!(
        "SELECT account_id, actor_id AS who, at, FALSE AS abstained, FALSE AS open \
         FROM audit_log WHERE kind = '{}' AND account_id IN ({accounts}) AND at >= {since}",
        kind.as_str()
    )
}
