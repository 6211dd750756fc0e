//! Extraction off the critical path. With a model configured, an answer is
//! committed with `extraction = 'pending'` (one statement, so the job is
//! as durable as the answer) and the rep's request returns; a worker draws
//! its facts afterwards. Jobs live in the store, not in memory: a restart
//! or a `kill -9` leaves them pending and the next worker takes them, and
//! of two workers on one store (two instances) one claims each job.
//!
//! - A worker holds a job by a lease (`extraction_due_at`, with its
//!   holder in `extraction_held_by`), renewed while the model works. A job
//!   whose holder stopped gracefully is due at once
//!   ([`Extractions::release_held`]). One whose holder died is due again
//!   when its lease runs out on PostgreSQL, where the holder may be another
//!   live instance; on SQLite, a store only one process uses, the next
//!   worker to start takes it at once.
//! - A failure that may pass (timed out, unreachable, 429, 5xx) is retried
//!   with backoff (`BATON_EXTRACTION_RETRY_SECS`, doubling); after
//!   [`MAX_ATTEMPTS`] the rules draw the facts.
//! - A reply that fails the schema is not retried: one bounded attempt,
//!   then `not_extracted`.
//! - The model's own bound on requests in flight
//!   (`BATON_LLM_MAX_IN_FLIGHT`) holds for these requests too, and the
//!   worker runs no more jobs at once than that bound.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use chrono::Utc;
use tokio::sync::Notify;

use super::store::{self, Drawn, Due, ExtractionJob};
use super::{model_facts, rules_facts, Interviewer};
use crate::llm::LlmError;
use crate::store::{Db, Engine};

/// Attempts at a model extraction that failed in a way that may pass,
/// before the rules draw the facts instead.
pub const MAX_ATTEMPTS: i64 = 5;
/// How long a claimed job stays its worker's without a renewal.
const LEASE: Duration = Duration::from_secs(30);
/// How often the worker looks for due jobs when nothing woke it (jobs
/// whose backoff ran out, or that another instance's answers queued).
const POLL: Duration = Duration::from_secs(1);

/// Wakes the worker when an answer queued a job, tells waiters when a
/// job finished, and knows the jobs this process holds. Shared by every
/// clone of the [`Interviewer`].
#[derive(Clone)]
pub struct Extractions {
    /// This process's holder id, stored with each job it claims.
    holder: Arc<str>,
    queued: Arc<Notify>,
    finished: Arc<Notify>,
    /// Jobs claimed here and not finished, by turn and answer (an edit
    /// queues a job of its own for the same turn).
    held: Arc<Mutex<HashMap<(String, String), ExtractionJob>>>,
}

impl Default for Extractions {
    fn default() -> Extractions {
        Extractions {
            holder: uuid::Uuid::new_v4().to_string().into(),
            queued: Arc::default(),
            finished: Arc::default(),
            held: Arc::default(),
        }
    }
}

impl Extractions {
    /// A job was queued: look now rather than at the next poll.
    pub fn wake(&self) {
        self.queued.notify_one();
    }

    /// Resolves when a job finishes (here), or after `at_most`.
    pub async fn finished_or(&self, at_most: Duration) {
        let _ = tokio::time::timeout(at_most, self.finished.notified()).await;
    }

    /// At a graceful stop, once the worker is stopped: the jobs it held
    /// are due now, so the next start (or another instance) takes them
    /// at once instead of when their lease runs out. A job whose answer
    /// changed meanwhile is left as it is.
    pub async fn release_held(&self, db: &Db) {
        let held: Vec<ExtractionJob> = self.lock_held().drain().map(|(_, job)| job).collect();
        for job in held {
            if let Err(e) =
                store::postpone_extraction(db, &job, &self.holder, Utc::now(), Due::Free).await
            {
                tracing::warn!(turn_id = %job.turn_id, error = %crate::ErrorChain(&e), "releasing an extraction failed");
            }
        }
    }

    fn lock_held(&self) -> std::sync::MutexGuard<'_, HashMap<(String, String), ExtractionJob>> {
        // The map stays whole whatever panicked while it was locked.
        self.held.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The delay before attempt `attempts + 1` after a failure that may pass:
/// `first`, then doubling, at most a minute.
fn backoff(first: Duration, attempts: i64) -> Duration {
    let doublings = attempts.clamp(1, 7) as u32 - 1;
    (first * 2u32.pow(doublings)).min(Duration::from_secs(60))
}

fn later(d: Duration) -> chrono::DateTime<Utc> {
    Utc::now() + chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX)
}

/// Runs until dropped: claims due jobs, at most `slots` at a time, and
/// draws their facts; a failure that may pass is tried again after
/// `retry`, then twice as long each time.
pub async fn run(db: Db, interviewer: Interviewer, slots: usize, retry: Duration) {
    let holder = interviewer.extractions.holder.clone();
    if db.engine() == Engine::Sqlite {
        // Only this process uses the store: jobs another holder's lease
        // still covers were a killed predecessor's.
        match store::free_others_extractions(&db, &holder).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(jobs = n, "took over the extractions a stopped process held"),
            Err(e) => {
                tracing::warn!(error = %crate::ErrorChain(&e), "taking over a stopped process's extractions failed")
            }
        }
    }
    let mut running = tokio::task::JoinSet::new();
    loop {
        let free = slots.saturating_sub(running.len());
        if free > 0 {
            match store::claim_extractions(&db, &holder, Utc::now(), later(LEASE), free).await {
                Ok(jobs) => {
                    for job in jobs {
                        interviewer
                            .extractions
                            .lock_held()
                            .insert(job.key(), job.clone());
                        running.spawn(work(db.clone(), interviewer.clone(), job, retry));
                    }
                }
                Err(e) => {
                    tracing::warn!(error = %crate::ErrorChain(&e), "claiming extraction jobs failed")
                }
            }
        }
        tokio::select! {
            _ = interviewer.extractions.queued.notified() => {}
            Some(_) = running.join_next(), if !running.is_empty() => {}
            _ = tokio::time::sleep(POLL) => {}
        }
    }
}

/// One job: the model's attempt under a renewed lease, then its outcome
/// stored, postponed, or handed to the rules.
async fn work(db: Db, interviewer: Interviewer, job: ExtractionJob, retry: Duration) {
    let holder = interviewer.extractions.holder.clone();
    let drawing = attempt(&db, &interviewer, &job);
    tokio::pin!(drawing);
    let mut renew = tokio::time::interval(LEASE / 3);
    renew.tick().await;
    let outcome = loop {
        tokio::select! {
            outcome = &mut drawing => break outcome,
            _ = renew.tick() => {
                if let Err(e) = store::postpone_extraction(&db, &job, &holder, later(LEASE), Due::Held).await {
                    tracing::warn!(error = %crate::ErrorChain(&e), "renewing an extraction lease failed");
                }
            }
        }
    };
    let result = match outcome {
        Ok(drawn) => store::finish_extraction(&db, &job, &drawn)
            .await
            .map(|_| ()),
        Err(e) => {
            let wait = backoff(retry, job.attempts);
            tracing::warn!(
                turn_id = %job.turn_id,
                attempts = job.attempts,
                retry_in_secs = wait.as_secs(),
                error = %crate::ErrorChain(&e),
                "extraction failed; retrying later"
            );
            store::postpone_extraction(&db, &job, &holder, later(wait), Due::Free).await
        }
    };
    if let Err(e) = result {
        tracing::warn!(turn_id = %job.turn_id, error = %crate::ErrorChain(&e), "storing an extraction failed");
    }
    interviewer.extractions.lock_held().remove(&job.key());
    interviewer.extractions.finished.notify_waiters();
}

/// One attempt: what to store, or the failure to retry after a backoff.
/// The last attempt that fails in a way that may pass hands the answer to
/// the rules.
async fn attempt(db: &Db, interviewer: &Interviewer, job: &ExtractionJob) -> Result<Drawn, Retry> {
    let iv = store::get(db, &job.interview_id)
        .await
        .map_err(Retry::Store)?;
    match model_facts(db, interviewer, &iv, job.question_id, &job.answer_text).await {
        Ok(Ok(drawn)) => Ok(drawn),
        Ok(Err(e)) if job.attempts >= MAX_ATTEMPTS => {
            tracing::warn!(
                turn_id = %job.turn_id,
                error = %crate::ErrorChain(&e),
                "extraction by model failed {MAX_ATTEMPTS} times; rules take over"
            );
            rules_facts(db, &iv, &job.answer_text)
                .await
                .map_err(Retry::Store)
        }
        Ok(Err(e)) => Err(Retry::Model(e)),
        Err(e) => Err(Retry::Store(e)),
    }
}

/// Why a job is retried later.
#[derive(Debug, thiserror::Error)]
enum Retry {
    #[error("the model failed in a way that may pass")]
    Model(#[source] LlmError),
    #[error("the store failed")]
    Store(#[source] super::InterviewError),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_to_a_minute() {
        let two = Duration::from_secs(2);
        let secs: Vec<u64> = (1..=8).map(|a| backoff(two, a).as_secs()).collect();
        assert_eq!(secs, [2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(
            backoff(Duration::from_millis(50), 3),
            Duration::from_millis(200)
        );
        assert!(LEASE > POLL * 3, "a live lease outlasts the polls");
    }
}
