//! A successor's open question sent back to the departing owner: a manager
//! (the owner's manager chain, or an admin) turns a question the clone
//! could not answer into a prompt of the owner's interview for that
//! account while the owner is still there. The prompt is a `volunteered`
//! turn that waits for an answer; it comes before the next planned
//! question, the owner answers or skips it like any other, and its answer
//! closes the open question. A submitted or approved interview reopens for
//! it; the answer is filed under the bank question it belongs to and,
//! once the interview is approved again, is part of the account's
//! knowledge with the successor's words in front of it.

use chrono::{NaiveDate, Utc};

use super::{check_reviewer, get, store, Interview, InterviewError, Interviewer};
use crate::access::Scope;
use crate::bank::QuestionId;

/// What to send back: the question asked (`asked_question_id`) of the
/// clone of `account_id`, filed under `question_id` when given, else under
/// the bank question closest to it.
#[derive(Debug, Clone, Copy)]
pub struct SendBack<'a> {
    pub account_id: &'a str,
    pub asked_question_id: &'a str,
    pub question_id: Option<&'a str>,
}

/// Sends the question back and returns the interview it now waits in.
#[tracing::instrument(skip_all, fields(account_id = %given.account_id, asked = %given.asked_question_id, by = %scope.user_id()))]
pub async fn send_back(
    db: &crate::store::Db,
    interviewer: &Interviewer,
    scope: &Scope,
    given: &SendBack<'_>,
    today: NaiveDate,
) -> Result<Interview, InterviewError> {
    crate::accounts::get_visible(db, scope, given.account_id)
        .await
        .map_err(|e| match e {
            crate::accounts::AccountsError::NotFound => InterviewError::AccountNotFound,
            crate::accounts::AccountsError::Store(s) => InterviewError::Store(s),
        })?;
    let interview_id = store::in_notice(db, given.account_id, today)
        .await?
        .ok_or(InterviewError::OwnerNotInNotice)?;
    let iv = store::get_visible(db, scope, &interview_id).await?;
    check_reviewer(db, scope, &iv).await?;
    let asked =
        crate::knowledge::store::asked_question(db, given.account_id, given.asked_question_id)
            .await?
            .ok_or(InterviewError::AskedNotFound)?;
    if asked.sent_back {
        return Err(InterviewError::AlreadySentBack);
    }
    if !asked.open {
        return Err(InterviewError::QuestionNotOpen);
    }
    let question = match given.question_id {
        Some(raw) => super::parse_question(raw)?,
        None => nearest_question(interviewer, &asked.question).await,
    };
    let prompt = format!(
        "{} asked the knowledge clone: \"{}\" Nothing captured answers it. What should they know?",
        asked.asked_by_name,
        asked.question.trim()
    );
    let now = Utc::now();
    let mut tx = db.begin_write().await?;
    let turn_id = store::insert_sent_back(&mut tx, &iv.id, question, &prompt, now).await?;
    let by = scope.user_id();
    if !crate::knowledge::store::mark_sent_back(
        &mut tx,
        given.asked_question_id,
        &turn_id,
        by.as_str(),
        now,
    )
    .await?
    {
        return Err(InterviewError::AlreadySentBack);
    }
    let entry = crate::audit::Entry {
        at: now,
        actor: Some(by),
        kind: crate::audit::AuditKind::QuestionSentBack,
        account_id: Some(given.account_id),
        subject: Some(iv.owner_id.as_str()),
        detail: serde_json::json!({
            "asked_question_id": given.asked_question_id,
            "interview_id": iv.id,
            "question_id": question.as_str(),
            "reopened": iv.status != super::InterviewStatus::Planned
                && iv.status != super::InterviewStatus::InProgress,
        }),
    };
    crate::audit::record(&mut tx, &entry).await?;
    tx.commit().await?;
    get(db, interviewer, scope, &iv.id, today).await
}

/// The bank question whose wording and topics are closest to `asked`, by
/// the bundled encoder; the first question when the encoder fails (logged).
async fn nearest_question(interviewer: &Interviewer, asked: &str) -> QuestionId {
    let bank = &interviewer.bank;
    let candidates: Vec<(QuestionId, Vec<String>)> = QuestionId::ALL
        .iter()
        .map(|q| {
            let question = bank.question(*q);
            let mut texts = vec![question.text.clone()];
            texts.extend(question.topics.iter().cloned());
            (*q, texts)
        })
        .collect();
    match interviewer.relevance.nearest(asked, &candidates).await {
        Ok(Some(q)) => q,
        Ok(None) => QuestionId::ALL[0],
        Err(e) => {
            tracing::warn!(error = %crate::ErrorChain(&e), "filing a sent-back question: the encoder failed");
            QuestionId::ALL[0]
        }
    }
}
