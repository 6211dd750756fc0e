//! What gets indexed: the account record's items and the current knowledge
//! versions, rendered as text and cut into chunks. Pure: no store, no index.
//!
//! Each chunk has a header (what it is: "Email on 2026-09-14 with Helga
//! Brandt, CFO", or the bank question an answer replies to) and its text,
//! the excerpt a citation shows. The dense embedding reads both, so a short
//! answer still carries its topic; BM25 reads the text and, for record
//! items, the header (names and subjects are real content there).

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use super::chunk::{chunk, CHUNK_TOKENS};
use crate::accounts::{text, AccountDetail};
use crate::bank::{Bank, QuestionId};
use crate::interviews::TokenCounter;

/// Where a chunk comes from; the index's payload carries it.
pub use crate::index::SourceKind;

/// A chunk before it is stored: everything but its id and index state.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub kind: SourceKind,
    /// The record item's id, or the knowledge version's id.
    pub source_id: String,
    pub question_id: Option<QuestionId>,
    pub version: i64,
    pub pos: i64,
    pub header: String,
    pub text: String,
    pub author_id: Option<String>,
    pub at: Option<DateTime<Utc>>,
}

impl Draft {
    /// What the dense embedding reads.
    pub fn dense_text(&self) -> String {
        dense_text(&self.header, &self.text)
    }

    /// What BM25 reads.
    pub fn sparse_text(&self) -> String {
        sparse_text(self.kind, &self.header, &self.text)
    }

    /// Changes when anything indexed about the chunk changes.
    pub fn digest(&self) -> String {
        let mut h = Sha256::new();
        for part in [
            self.kind.as_str(),
            &self.source_id,
            self.question_id.map(|q| q.as_str()).unwrap_or(""),
            &self.version.to_string(),
            &self.pos.to_string(),
            &self.header,
            &self.text,
            self.author_id.as_deref().unwrap_or(""),
            &self.at.map(|t| t.to_rfc3339()).unwrap_or_default(),
        ] {
            h.update(part.as_bytes());
            h.update([0u8]);
        }
        hex::encode(h.finalize())
    }
}

pub fn dense_text(header: &str, text: &str) -> String {
    format!("{header}: {text}")
}

pub fn sparse_text(kind: SourceKind, header: &str, text: &str) -> String {
    match kind {
        SourceKind::Interview => text.to_string(),
        _ => format!("{header}. {text}"),
    }
}

/// Cuts one item's text into drafts that share everything but position.
#[allow(clippy::too_many_arguments)]
fn drafts_of(
    tokens: &TokenCounter,
    kind: SourceKind,
    source_id: &str,
    question_id: Option<QuestionId>,
    version: i64,
    header: String,
    text: &str,
    author_id: Option<String>,
    at: Option<DateTime<Utc>>,
) -> Vec<Draft> {
    let budget = CHUNK_TOKENS.saturating_sub(tokens.count(&header)).max(30);
    chunk(text, tokens, budget)
        .into_iter()
        .enumerate()
        .map(|(pos, text)| Draft {
            kind,
            source_id: source_id.to_string(),
            question_id,
            version,
            pos: pos as i64,
            header: header.clone(),
            text,
            author_id: author_id.clone(),
            at,
        })
        .collect()
}

/// Every record item of an account as drafts: the account itself (its
/// facts and contract notes), each contact, opportunity and activity.
pub fn record_drafts(record: &AccountDetail, tokens: &TokenCounter) -> Vec<Draft> {
    let a = &record.account;
    let mut out = Vec::new();
    out.extend(drafts_of(
        tokens,
        SourceKind::Account,
        a.id.as_str(),
        None,
        1,
        format!("Account record of {}", a.name),
        &text::account_text(a),
        None,
        None,
    ));
    for c in &record.contacts {
        out.extend(drafts_of(
            tokens,
            SourceKind::Contact,
            c.id.as_str(),
            None,
            1,
            format!("Contact at {}", a.name),
            &text::contact_text(c),
            None,
            None,
        ));
    }
    for o in &record.opportunities {
        out.extend(drafts_of(
            tokens,
            SourceKind::Opportunity,
            o.id.as_str(),
            None,
            1,
            format!("Opportunity at {}", a.name),
            &text::opportunity_text(o),
            None,
            None,
        ));
    }
    for act in &record.recent_activities {
        let Some(said) = text::activity_text(act) else {
            continue;
        };
        out.extend(drafts_of(
            tokens,
            SourceKind::Activity,
            act.id.as_str(),
            None,
            1,
            text::activity_line(act, &record.contacts),
            &said,
            act.author_id.as_ref().map(|u| u.as_str().to_string()),
            Some(act.at),
        ));
    }
    out
}

/// A current knowledge version as drafts. The header is the bank's
/// question, so the embedding of a two-word answer still knows its topic.
pub struct VersionSource<'a> {
    pub id: &'a str,
    pub question_id: QuestionId,
    pub version: i64,
    pub text: &'a str,
    pub author_id: Option<&'a str>,
    pub approved_at: DateTime<Utc>,
}

pub fn version_drafts(v: &VersionSource<'_>, bank: &Bank, tokens: &TokenCounter) -> Vec<Draft> {
    drafts_of(
        tokens,
        SourceKind::Interview,
        v.id,
        Some(v.question_id),
        v.version,
        bank.question(v.question_id).text.clone(),
        v.text,
        v.author_id.map(str::to_string),
        Some(v.approved_at),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn interview_bm25_text_is_the_answer_alone() {
        assert_eq!(
            sparse_text(SourceKind::Interview, "Who signs?", "Helga signs."),
            "Helga signs."
        );
        assert_eq!(
            sparse_text(SourceKind::Activity, "Email on 2026-09-14", "SLA draft"),
            "Email on 2026-09-14. SLA draft"
        );
    }
}
