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
use crate::accounts::{AccountDetail, ContactRole};
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

fn role_words(role: ContactRole) -> &'static str {
    match role {
        ContactRole::EconomicBuyer => "economic buyer",
        ContactRole::Champion => "champion",
        ContactRole::DecisionMaker => "decision maker",
        ContactRole::Influencer => "influencer",
        ContactRole::Blocker => "blocker",
        ContactRole::User => "user",
        ContactRole::Other => "contact",
    }
}

/// "an enterprise account", "a mid-market account".
fn segment_phrase(segment: &str) -> String {
    let segment = segment.replace('_', "-");
    let article = if segment.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {segment} account")
}

/// Ends a fragment with a full stop unless it already ends a sentence.
fn stop(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(['.', '!', '?']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

/// Every record item of an account as drafts: the account itself (its
/// facts and contract notes), each contact, opportunity and activity.
pub fn record_drafts(record: &AccountDetail, tokens: &TokenCounter) -> Vec<Draft> {
    let a = &record.account;
    let mut out = Vec::new();

    let mut facts = vec![format!(
        "{} is {}",
        a.name,
        segment_phrase(a.segment.as_str())
    )];
    if let Some(i) = &a.industry {
        facts.push(format!("in {i}"));
    }
    if let Some(t) = &a.territory {
        facts.push(format!("territory {t}"));
    }
    let mut text = stop(&facts.join(", "));
    if let Some(arr) = a.arr {
        text.push_str(&format!(" ARR {arr}."));
    }
    if let Some(r) = a.renewal_date {
        text.push_str(&format!(" The contract renews on {r}."));
    }
    if let Some(notes) = a.contract_notes.as_deref().filter(|n| !n.trim().is_empty()) {
        text.push_str(&format!(" Contract notes: {}", stop(notes)));
    }
    out.extend(drafts_of(
        tokens,
        SourceKind::Account,
        a.id.as_str(),
        None,
        1,
        format!("Account record of {}", a.name),
        &text,
        None,
        None,
    ));

    for c in &record.contacts {
        let mut parts = vec![match &c.title {
            Some(t) => format!("{}, {t}, is the {}", c.name, role_words(c.role)),
            None => format!("{} is the {}", c.name, role_words(c.role)),
        }];
        if let Some(ch) = &c.preferred_channel {
            parts.push(format!("prefers {ch}"));
        }
        if let Some(s) = c.relationship_strength {
            parts.push(format!("relationship strength {} of 5", s.get()));
        }
        let mut text = stop(&parts.join("; "));
        if let Some(e) = &c.email {
            text.push_str(&format!(" Email {e}."));
        }
        if let Some(p) = &c.phone {
            text.push_str(&format!(" Phone {p}."));
        }
        if let Some(n) = c.notes.as_deref().filter(|n| !n.trim().is_empty()) {
            text.push_str(&format!(" {}", stop(n)));
        }
        out.extend(drafts_of(
            tokens,
            SourceKind::Contact,
            c.id.as_str(),
            None,
            1,
            format!("Contact at {}", a.name),
            &text,
            None,
            None,
        ));
    }

    for o in &record.opportunities {
        let mut parts = vec![format!("Opportunity {}", o.name)];
        if let Some(s) = &o.stage {
            parts.push(format!("stage {s}"));
        }
        if let Some(m) = o.amount {
            parts.push(format!("amount {m}"));
        }
        if let Some(d) = o.close_date {
            parts.push(format!("closes {d}"));
        }
        let mut text = stop(&parts.join(", "));
        if let Some(n) = o.next_step.as_deref().filter(|n| !n.trim().is_empty()) {
            text.push_str(&format!(" Next step: {}", stop(n)));
        }
        out.extend(drafts_of(
            tokens,
            SourceKind::Opportunity,
            o.id.as_str(),
            None,
            1,
            format!("Opportunity at {}", a.name),
            &text,
            None,
            None,
        ));
    }

    for act in &record.recent_activities {
        let with: Vec<String> = act
            .contact_ids
            .iter()
            .filter_map(|id| record.contacts.iter().find(|c| &c.id == id))
            .map(|c| match &c.title {
                Some(t) => format!("{} ({t})", c.name),
                None => c.name.clone(),
            })
            .collect();
        let mut header = format!(
            "{} on {}",
            capitalized(act.kind.as_str()),
            act.at.date_naive()
        );
        if !with.is_empty() {
            header.push_str(&format!(" with {}", with.join(", ")));
        }
        let subject = act
            .subject
            .as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty());
        let body = act.body.as_deref().map(str::trim).filter(|s| !s.is_empty());
        let text = match (subject, body) {
            (Some(s), Some(b)) => format!("{}: {b}", s.trim_end_matches(['.', ':'])),
            (Some(s), None) => s.to_string(),
            (None, Some(b)) => b.to_string(),
            (None, None) => continue,
        };
        out.extend(drafts_of(
            tokens,
            SourceKind::Activity,
            act.id.as_str(),
            None,
            1,
            header,
            &text,
            act.author_id.as_ref().map(|u| u.as_str().to_string()),
            Some(act.at),
        ));
    }
    out
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
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
    fn the_segment_takes_its_article() {
        assert_eq!(segment_phrase("enterprise"), "an enterprise account");
        assert_eq!(segment_phrase("mid_market"), "a mid-market account");
    }

    #[test]
    fn sentences_get_a_stop_once() {
        assert_eq!(stop("Prefers email"), "Prefers email.");
        assert_eq!(stop("Prefers email."), "Prefers email.");
        assert_eq!(stop(" Really? "), "Really?");
    }

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
