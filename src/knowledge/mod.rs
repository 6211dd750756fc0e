//! The knowledge clone: what review locks, what the index holds, what a
//! successor asks and reads.
//!
//! - `approve` locks an interview's answers as immutable knowledge versions
//!   (a later edit makes a new version; the old one is kept, no longer
//!   searched) and makes them searchable before it returns.
//! - `indexer` keeps the vector index in step with the store: record items
//!   at import and on change, in the background; versions at approval.
//! - `ask` answers a question from one account's knowledge, with citations,
//!   or abstains; every question is logged.
//! - `brief` is the first-call brief, built deterministically.
//!
//! Architecture Invariant: every retrieval names its account, and the
//! index engine filters on it inside the query (see `src/index/`).

pub mod abstain;
pub mod ask;
pub mod brief;
pub mod chunk;
mod excerpt;
mod grounded;
pub mod indexer;
pub mod question;
pub mod rank;
pub mod sources;
pub mod store;
pub(crate) mod terms;
pub mod vocab;

use std::sync::Arc;

use serde::Serialize;
use utoipa::ToSchema;

use crate::access::Scope;
use crate::accounts::{self, AccountId};
use crate::bank::QuestionId;
use crate::embed::EmbedError;
use crate::index::IndexError;
use crate::interviews::{self, EditFor, Interview, InterviewError, InterviewStatus, Interviewer};
use crate::llm::{ChatModel, LlmError, Prompts};
use crate::store::{Db, StoreError};

pub use indexer::{Depth, IndexStatus, Indexer, Pass};

#[derive(Debug, thiserror::Error)]
pub enum KnowledgeError {
    #[error("account not found")]
    AccountNotFound,
    #[error("the interview is {0}; only a submitted interview can be approved")]
    NotSubmitted(InterviewStatus),
    #[error("the question is empty")]
    EmptyQuestion,
    #[error("the question is {0} characters; the limit is {MAX_QUESTION_CHARS}")]
    QuestionTooLong(usize),
    #[error("the interview changed meanwhile; read it again")]
    Conflict,
    #[error(
        "another Baton instance runs the indexer on this store (lease holder {0}); \
         stop it, or wait for its lease to run out"
    )]
    IndexerBusy(String),
    #[error(
        "facts are still being drawn from {} answer(s) ({}); approve again in a moment",
        .0.len(),
        .0.iter().map(|q| q.as_str()).collect::<Vec<_>>().join(", ")
    )]
    ExtractionPending(Vec<crate::bank::QuestionId>),
    #[error(transparent)]
    Interview(#[from] InterviewError),
    #[error(transparent)]
    Index(#[from] IndexError),
    #[error(transparent)]
    Embed(#[from] EmbedError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl KnowledgeError {
    /// What failed, said to users without the details (addresses, paths,
    /// a remote service's own words), which go to the log.
    pub fn public_reason(&self) -> &'static str {
        match self {
            KnowledgeError::Index(_) => "the vector index failed",
            KnowledgeError::Embed(EmbedError::Model(_)) => "the bundled embedding model failed",
            KnowledgeError::Embed(_) => "the embedding endpoint failed",
            KnowledgeError::Store(_) => "the database failed",
            _ => "indexing failed",
        }
    }
}

impl From<sqlx::Error> for KnowledgeError {
    fn from(e: sqlx::Error) -> Self {
        KnowledgeError::Store(e.into())
    }
}

/// Longest question accepted, in characters.
pub const MAX_QUESTION_CHARS: usize = 2_000;

/// The knowledge clone's services, shared by every request.
#[derive(Clone)]
pub struct Knowledge {
    pub db: Db,
    pub indexer: Arc<Indexer>,
    model: Option<Arc<ChatModel>>,
    prompts: Arc<Prompts>,
    /// Embeddings of each bank question's wording, probes and ways of
    /// asking about it (`asked_as`), by question id; computed at the first
    /// question asked.
    topics: Arc<tokio::sync::OnceCell<Vec<TopicVector>>>,
    /// Stems of the question bank's words (see `terms::bank_stems`).
    bank_stems: Arc<std::collections::HashSet<String>>,
    /// Whether the knowledge answers a question (`abstain.rs`).
    classifier: Arc<abstain::Classifier>,
    /// How candidates are ranked (`rank.rs`).
    ranking: Arc<rank::Ranking>,
    /// Where each question's candidates are written, when configured.
    trace: Option<Arc<rank::Trace>>,
}

/// An account whose knowledge the caller may read.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ReadableAccount {
    pub id: String,
    pub name: String,
    /// Absent for an account nobody owns.
    pub owner_id: Option<String>,
    pub owner_name: Option<String>,
    pub renewal_date: Option<chrono::NaiveDate>,
    /// Bank questions with a current knowledge version.
    pub captured: i64,
}

/// A bank question's wording, one of its probes or one of the ways a
/// successor asks about it, embedded: the question it routes to and the
/// least closeness at which it counts, then the vector.
pub(crate) type TopicVector = ((crate::bank::QuestionId, f32), Vec<f32>);

/// What approval did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Approval {
    pub interview: Interview,
    /// The knowledge versions locked, one per answered question.
    pub versions: Vec<LockedVersion>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct LockedVersion {
    pub question_id: QuestionId,
    pub version: i64,
}

impl Knowledge {
    pub fn new(
        db: Db,
        indexer: Arc<Indexer>,
        model: Option<Arc<ChatModel>>,
        classifier: abstain::Classifier,
        trace: Option<rank::Trace>,
    ) -> Result<Knowledge, LlmError> {
        Ok(Knowledge {
            db,
            model,
            prompts: Arc::new(Prompts::load()?),
            topics: Arc::new(tokio::sync::OnceCell::new()),
            bank_stems: Arc::new(terms::bank_stems(indexer.bank())),
            classifier: Arc::new(classifier),
            ranking: Arc::new(rank::Ranking::builtin()),
            trace: trace.map(Arc::new),
            indexer,
        })
    }

    /// The language model, when one is configured, with the prompts: for
    /// plans that write from the knowledge (the handoff plan's notes).
    pub(crate) fn model(&self) -> Option<(&ChatModel, &Prompts)> {
        self.model.as_deref().map(|m| (m, &*self.prompts))
    }

    /// Locks what a submitted interview says: applies the reviewer's edits
    /// (kept as answer versions), makes each answered question a knowledge
    /// version, approves the interview and indexes the versions before it
    /// returns.
    #[tracing::instrument(skip_all, fields(interview_id = %id, by = %scope.user_id()))]
    pub async fn approve(
        &self,
        interviewer: &Interviewer,
        scope: &Scope,
        id: &str,
        edits: &[(String, String)],
    ) -> Result<Approval, KnowledgeError> {
        let before = interviews::reviewed(&self.db, scope, id).await?;
        if before.status != InterviewStatus::Submitted {
            return Err(KnowledgeError::NotSubmitted(before.status));
        }
        // The facts of every answer are drawn before the lock: waited for
        // within a turn's budget, else the reviewer hears which are pending.
        let deadline = tokio::time::Instant::now() + interviewer.turn_budget;
        let pending = interviews::await_extractions(&self.db, interviewer, id, deadline).await?;
        if !pending.is_empty() {
            let mut questions: Vec<_> = pending.into_iter().map(|(_, q)| q).collect();
            questions.dedup();
            return Err(KnowledgeError::ExtractionPending(questions));
        }
        // Everything slow (the edits' extraction by a model) before the
        // transaction; inside it, the reviewer's edits, their facts, the
        // approval and the lock commit together or not at all.
        let plan =
            interviews::plan_edits(&self.db, interviewer, scope, id, edits, EditFor::Approval)
                .await?;
        let now = chrono::Utc::now();
        let mut tx = self.db.begin_write().await?;
        interviews::write_edits(&mut tx, &plan, scope.user_id()).await?;
        if !interviews::mark_approved(&mut tx, &plan.interview_id, scope.user_id(), now).await? {
            return Err(KnowledgeError::Conflict);
        }
        // An edit committed since the wait above queued a job again.
        let pending = interviews::pending_extractions_in(&mut tx, &plan.interview_id).await?;
        if !pending.is_empty() {
            return Err(KnowledgeError::ExtractionPending(pending));
        }
        let answers = interviews::answers_in(&mut tx, &plan.interview_id).await?;
        let versions = self
            .lock(
                &mut tx,
                &plan.account_id,
                Some(&plan.interview_id),
                scope,
                &answers,
            )
            .await?;
        let entry = crate::audit::Entry {
            at: now,
            actor: Some(scope.user_id()),
            kind: crate::audit::AuditKind::KnowledgeApproved,
            account_id: Some(plan.account_id.as_str()),
            subject: None,
            detail: serde_json::json!({
                "interview_id": plan.interview_id,
                "edits": edits.len(),
                "versions": versions.len(),
            }),
        };
        crate::audit::record(&mut tx, &entry).await?;
        tx.commit().await?;
        self.indexer.index_account(&plan.account_id).await?;
        let interview = interviews::get(
            &self.db,
            interviewer,
            scope,
            id,
            chrono::Utc::now().date_naive(),
        )
        .await?;
        Ok(Approval {
            interview,
            versions,
        })
    }

    /// Edits an answer. Before approval this is the interview's own edit;
    /// once approved, the edited question becomes a new knowledge version
    /// in the same transaction, and the old one stops being searched (it
    /// stays on record).
    pub async fn edit(
        &self,
        interviewer: &Interviewer,
        scope: &Scope,
        id: &str,
        question_id: &str,
        text: &str,
    ) -> Result<Interview, KnowledgeError> {
        let edit = [(question_id.to_string(), text.to_string())];
        let plan =
            interviews::plan_edits(&self.db, interviewer, scope, id, &edit, EditFor::Edit).await?;
        let mut tx = self.db.begin_write().await?;
        interviews::write_edits(&mut tx, &plan, scope.user_id()).await?;
        let relock = plan.status == InterviewStatus::Approved;
        if relock {
            let answers: Vec<_> = interviews::answers_in(&mut tx, &plan.interview_id)
                .await?
                .into_iter()
                .filter(|a| a.question_id.as_str() == question_id)
                .collect();
            self.lock(&mut tx, &plan.account_id, None, scope, &answers)
                .await?;
        }
        let entry = crate::audit::Entry {
            at: chrono::Utc::now(),
            actor: Some(scope.user_id()),
            kind: crate::audit::AuditKind::AnswerEdited,
            account_id: Some(plan.account_id.as_str()),
            subject: None,
            detail: serde_json::json!({
                "interview_id": plan.interview_id,
                "question_id": question_id,
                "new_knowledge_version": relock,
            }),
        };
        crate::audit::record(&mut tx, &entry).await?;
        tx.commit().await?;
        if relock {
            self.indexer.index_account(&plan.account_id).await?;
        }
        Ok(interviews::after_edits(&self.db, interviewer, scope, &plan).await?)
    }

    /// Locks answers as the account's current knowledge inside the caller's
    /// transaction: each question's version before is superseded.
    async fn lock(
        &self,
        tx: &mut crate::store::Tx,
        account: &AccountId,
        approving: Option<&str>,
        scope: &Scope,
        answers: &[interviews::ReviewedAnswer],
    ) -> Result<Vec<LockedVersion>, KnowledgeError> {
        let bank = self.indexer.bank();
        let tokens = self.indexer.tokens();
        let now = chrono::Utc::now();
        let new: Vec<store::NewVersion> = answers
            .iter()
            .map(|a| {
                let id = uuid::Uuid::new_v4().to_string();
                let drafts = sources::version_drafts(
                    &sources::VersionSource {
                        id: &id,
                        question_id: a.question_id,
                        version: 0,
                        text: &a.text,
                        author_id: a.author_id.as_deref(),
                        approved_at: now,
                    },
                    bank,
                    tokens,
                );
                store::NewVersion {
                    id,
                    question_id: a.question_id,
                    text: a.text.clone(),
                    author_id: a.author_id.clone(),
                    drafts,
                }
            })
            .collect();
        let numbers = store::lock_versions(
            tx,
            account.as_str(),
            approving,
            scope.user_id().as_str(),
            &new,
        )
        .await?;
        Ok(new
            .iter()
            .zip(numbers)
            .map(|(v, version)| LockedVersion {
                question_id: v.question_id,
                version,
            })
            .collect())
    }

    /// Questions asked of an account's clone, newest first; the unanswered
    /// ones only when `open_only`.
    pub async fn asked_questions(
        &self,
        scope: &Scope,
        account_id: &str,
        open_only: bool,
    ) -> Result<Vec<store::AskedQuestionRow>, KnowledgeError> {
        let (account, _) = self.readable_account(scope, account_id).await?;
        Ok(store::asked_questions(&self.db, account.as_str(), open_only, 500).await?)
    }

    /// Every account whose knowledge the caller may read, by name, with
    /// how many bank questions are captured for it.
    pub async fn readable_accounts(
        &self,
        scope: &Scope,
    ) -> Result<Vec<ReadableAccount>, KnowledgeError> {
        let accounts = accounts::knowledge_readable(&self.db, scope, None).await?;
        let captured = store::captured_counts(&self.db).await?;
        Ok(accounts
            .into_iter()
            .map(|a| ReadableAccount {
                captured: captured.get(&a.id).copied().unwrap_or(0),
                id: a.id,
                name: a.name,
                owner_id: a.owner_id,
                owner_name: a.owner_name,
                renewal_date: a.renewal_date,
            })
            .collect())
    }

    /// The account if the caller may read its knowledge: its owner, the
    /// owner's manager chain, admins, and the successor named in an open
    /// departure of its owner. Otherwise not found, as if it did not exist.
    pub async fn readable_account(
        &self,
        scope: &Scope,
        id: &str,
    ) -> Result<(AccountId, String), KnowledgeError> {
        let found = accounts::knowledge_readable(&self.db, scope, Some(id)).await?;
        let a = found
            .into_iter()
            .next()
            .ok_or(KnowledgeError::AccountNotFound)?;
        let id = AccountId::parse(&a.id)
            .map_err(|_| StoreError::Corrupt(format!("account id {}", a.id)))?;
        Ok((id, a.name))
    }
}
