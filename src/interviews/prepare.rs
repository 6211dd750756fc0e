//! The next question's phrasing by the model, prepared before it is
//! needed: at notice for each interview's first question, and while one
//! question is on screen for the one after it. The phrasing is kept in the
//! store (`prepared_prompts`) with the record excerpt it was phrased from,
//! or with why the model failed, and used once when the question's prompt
//! is stored, on the day it was prepared. A prompt once stored (shown)
//! never changes: a phrasing that arrives after its question was stored
//! from the template is dropped.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

use super::store::{self, Prepared};
use super::{question_context, question_gaps, Background, InterviewError, Interviewer, TurnKind};
use crate::bank::QuestionId;
use crate::store::Db;

/// The preparations under way in this process, by interview and question
/// (a second request for one under way does nothing).
/// They run one at a time (a notice prepares every interview's first
/// question at once), so that they never hold more than one of the
/// model's slots: the others stay free for the turns' own requests and
/// the extraction jobs.
#[derive(Clone)]
pub(super) struct Preparing {
    under_way: Arc<Mutex<HashSet<Key>>>,
    one_at_a_time: Arc<tokio::sync::Semaphore>,
}

impl Default for Preparing {
    fn default() -> Preparing {
        Preparing {
            under_way: Arc::default(),
            one_at_a_time: Arc::new(tokio::sync::Semaphore::new(1)),
        }
    }
}

/// An interview's id and one of its questions.
type Key = (String, QuestionId);

impl Interviewer {
    /// Starts preparing the model's phrasing of `question` in interview
    /// `interview_id`, unless it is under way here already (then that one
    /// goes on); without a model, nothing. Returns at once: the work runs
    /// in the background.
    pub(super) fn prepare(
        &self,
        db: &Db,
        interview_id: &str,
        question: QuestionId,
        today: NaiveDate,
    ) {
        if self.model.is_none() {
            return;
        }
        let key = (interview_id.to_string(), question);
        let fresh = self
            .preparing
            .under_way
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .insert(key.clone());
        if !fresh {
            return;
        }
        let interviewer = self.clone();
        let db = db.clone();
        tokio::spawn(async move {
            let gate = interviewer.preparing.one_at_a_time.clone();
            let turn = gate.acquire_owned().await;
            if let Err(e) = interviewer.phrase_ahead(&db, &key.0, key.1, today).await {
                tracing::warn!(interview_id = %key.0, question = %key.1, error = %crate::ErrorChain(&e), "preparing a question's phrasing failed");
            }
            drop(turn);
            interviewer
                .preparing
                .under_way
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .remove(&key);
        });
    }

    /// How many preparations are under way in this process.
    pub fn preparations_under_way(&self) -> usize {
        self.preparing
            .under_way
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .len()
    }

    /// At notice: each new interview's first question, phrased in the
    /// background so that the rep's first read finds it ready.
    pub fn prepare_first_questions<'a>(
        &self,
        db: &Db,
        interviews: impl IntoIterator<Item = (&'a str, Option<QuestionId>)>,
        today: NaiveDate,
    ) {
        for (id, first) in interviews {
            if let Some(first) = first {
                self.prepare(db, id, first, today);
            }
        }
    }

    /// The model's phrasing of `question`, kept; or why it failed, kept.
    /// Nothing when one is kept already or the question was asked.
    async fn phrase_ahead(
        &self,
        db: &Db,
        interview_id: &str,
        question: QuestionId,
        today: NaiveDate,
    ) -> Result<(), InterviewError> {
        if store::prepared(db, interview_id, question, today)
            .await?
            .is_some()
        {
            return Ok(());
        }
        let iv = store::get(db, interview_id).await?;
        let turns = store::turns(db, interview_id).await?;
        let asked = turns
            .iter()
            .any(|t| t.kind == TurnKind::Question && t.question_id == question);
        let Some(step) = self.step(&iv.account_name) else {
            return Ok(());
        };
        if asked {
            return Ok(());
        }
        let background = Background::load(db, self, &iv, today).await?;
        let its_gaps = question_gaps(&background, &turns, question);
        let context = question_context(self, &background, question, &its_gaps, today).await;
        let prepared = match step
            .phrase(self.bank.question(question), &context, &its_gaps)
            .await
        {
            Ok(text) => Prepared {
                text: Some(text),
                fallback_reason: None,
                context,
            },
            Err(e) => {
                tracing::warn!(error = %crate::ErrorChain(&e), "phrasing by model failed; the template will phrase it");
                Prepared {
                    text: None,
                    fallback_reason: Some(e.reason()),
                    context,
                }
            }
        };
        store::keep_prepared(db, interview_id, question, &prepared).await
    }
}
