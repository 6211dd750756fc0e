//! The first-call brief: one page per account, built deterministically from
//! locked knowledge, the facts drawn from it and the record. With a model,
//! a short cited situation summary goes on top.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::ask::Citation;
use super::sources::SourceKind;
use super::store::{self, VersionRow};
use super::{Knowledge, KnowledgeError};
use crate::access::Scope;
use crate::accounts::patterns::ContactPattern;
use crate::accounts::{self, AccountDetail, AccountId, ContactRole, Money, RelationshipStrength};
use crate::bank::QuestionId;
use crate::interviews::{FactData, FactKind};

/// Where a line of the brief comes from.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct SourceRef {
    /// `interview` or a record kind.
    pub kind: SourceKind,
    /// The record item's id or the knowledge version's id.
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub question_id: Option<QuestionId>,
}

/// One line of the brief and its source.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Line {
    pub text: String,
    pub source: SourceRef,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Person {
    pub name: String,
    pub title: Option<String>,
    /// The record's buying role.
    pub role: Option<ContactRole>,
    /// Relationship strength 1 (cold) to 5 (strong).
    pub strength: Option<u8>,
    pub channel: Option<String>,
    /// The interview says this person must never be surprised.
    pub never_surprise: bool,
    /// What the interview says about them, quoted.
    pub said: Vec<Line>,
    /// How they are really reached (the last 90 days of the record).
    pub pattern: ContactPattern,
    pub source: SourceRef,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct RenewalRisk {
    pub renewal_date: Option<NaiveDate>,
    pub days_to_renewal: Option<i64>,
    /// What the customer will say if it slips.
    pub stated: Vec<Line>,
    /// What will really be behind it.
    pub real: Vec<Line>,
    /// Open opportunities: name, stage, amount, close date.
    pub open_opportunities: Vec<Line>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AnsweredQuestion {
    pub question_id: QuestionId,
    pub question: String,
    pub version: i64,
    pub approved_at: DateTime<Utc>,
}

crate::string_enum!(
    /// Why a question is open: a successor `asked` it and nothing captured
    /// answered, or it is a bank question the interviews did `not_captured`.
    OpenBecause { Asked => "asked", NotCaptured => "not_captured" }
);

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OpenQuestion {
    pub question: String,
    pub why: OpenBecause,
    pub asked_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Summary {
    pub text: String,
    pub citations: Vec<Citation>,
}

/// The first-call brief.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Brief {
    pub account_id: String,
    pub account_name: String,
    pub owner_name: String,
    pub segment: String,
    pub arr: Option<Money>,
    pub industry: Option<String>,
    pub generated_at: DateTime<Utc>,
    /// With a model: a short situation summary, every sentence cited.
    pub summary: Option<Summary>,
    pub people: Vec<Person>,
    pub promises_outstanding: Vec<Line>,
    pub sensitivities: Vec<Line>,
    pub pricing_story: Vec<Line>,
    pub renewal_risk: RenewalRisk,
    pub warning_signs: Vec<Line>,
    pub recent_activity: Vec<Line>,
    pub open_questions: Vec<OpenQuestion>,
    /// Already answered by the interview: do not ask the customer again.
    pub already_answered: Vec<AnsweredQuestion>,
}

/// A fact drawn from a locked answer, as stored.
/// A fact drawn from a locked answer, read.
struct LockedFact {
    fact: FactData,
    source_text: String,
    version_id: String,
}

/// Activities listed under recent activity.
const RECENT: usize = 5;

fn interview_ref(v: &VersionRow) -> SourceRef {
    SourceRef {
        kind: SourceKind::Interview,
        id: v.id.clone(),
        question_id: Some(v.question_id),
    }
}

fn record_ref(kind: SourceKind, id: &str) -> SourceRef {
    SourceRef {
        kind,
        id: id.into(),
        question_id: None,
    }
}

fn lines_of(v: Option<&VersionRow>) -> Vec<Line> {
    v.map(|v| {
        super::chunk::sentences(&v.text)
            .into_iter()
            .map(|s| Line {
                text: s,
                source: interview_ref(v),
            })
            .collect()
    })
    .unwrap_or_default()
}

fn has_any(text: &str, words: &[&str]) -> bool {
    let lower = text.to_lowercase();
    words.iter().any(|w| lower.contains(w))
}

/// Splits the renewal-risk answer into what will be said and what is real.
fn stated_and_real(lines: Vec<Line>) -> (Vec<Line>, Vec<Line>) {
    const STATED: &[&str] = &[
        "stated",
        "official",
        "they will say",
        "they'll say",
        "will say",
        "on paper",
        "cover",
    ];
    const REAL: &[&str] = &[
        "real",
        "actually",
        "truth",
        "underneath",
        "behind it",
        "really",
    ];
    let (mut stated, mut real) = (Vec::new(), Vec::new());
    for l in lines {
        if has_any(&l.text, REAL) {
            real.push(l);
        } else if has_any(&l.text, STATED) {
            stated.push(l);
        } else {
            real.push(l);
        }
    }
    (stated, real)
}

impl Knowledge {
    /// The first-call brief of an account the caller may read.
    #[tracing::instrument(skip_all, fields(account_id = %account_id, by = %scope.user_id()))]
    pub async fn brief(
        &self,
        scope: &Scope,
        account_id: &str,
        now: DateTime<Utc>,
    ) -> Result<Brief, KnowledgeError> {
        let (mut brief, record, versions) = self.compose(scope, account_id, now).await?;
        if let Some(summary) = self.summary(&brief, &record, &versions).await {
            brief.summary = Some(summary);
        }
        // Handoff health reads when the new owner first opened it.
        let entry = crate::audit::Entry {
            at: chrono::Utc::now(),
            actor: Some(scope.user_id()),
            kind: crate::audit::AuditKind::BriefOpened,
            account_id: Some(account_id),
            subject: None,
            detail: serde_json::json!({}),
        };
        crate::audit::record_now(&self.db, &entry).await?;
        Ok(brief)
    }

    /// The brief of an account the caller may read, with its record, as
    /// other plans build on it: no model summary, and not counted as a
    /// reading.
    pub async fn brief_with_record(
        &self,
        scope: &Scope,
        account_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(Brief, AccountDetail), KnowledgeError> {
        let (brief, record, _) = self.compose(scope, account_id, now).await?;
        Ok((brief, record))
    }

    /// As [`Knowledge::brief_with_record`], for a caller that already knows
    /// it may read the account (a departure's health, read by the departing
    /// user's manager chain).
    pub(crate) async fn brief_with_record_authorized(
        &self,
        account: &AccountId,
        now: DateTime<Utc>,
    ) -> Result<(Brief, AccountDetail), KnowledgeError> {
        let (brief, record, _) = self.compose_of(account, now).await?;
        Ok((brief, record))
    }

    async fn compose(
        &self,
        scope: &Scope,
        account_id: &str,
        now: DateTime<Utc>,
    ) -> Result<(Brief, AccountDetail, Vec<VersionRow>), KnowledgeError> {
        let (account, _) = self.readable_account(scope, account_id).await?;
        self.compose_of(&account, now).await
    }

    async fn compose_of(
        &self,
        account: &AccountId,
        now: DateTime<Utc>,
    ) -> Result<(Brief, AccountDetail, Vec<VersionRow>), KnowledgeError> {
        let record = accounts::record(&self.db, account, u32::MAX)
            .await
            .map_err(|e| match e {
                accounts::AccountsError::NotFound => KnowledgeError::AccountNotFound,
                accounts::AccountsError::Store(s) => KnowledgeError::Store(s),
            })?;
        let versions = store::current_versions(&self.db, account.as_str()).await?;
        let facts = self.locked_facts(account.as_str(), &versions).await?;
        let asked = store::asked_questions(&self.db, account.as_str(), true, 50).await?;
        let brief = build(&record, &versions, &facts, &asked, self.indexer.bank(), now);
        Ok((brief, record, versions))
    }

    /// The facts of the answers that are current knowledge: drawn from the
    /// turn whose interview made the current version of its question.
    async fn locked_facts(
        &self,
        account_id: &str,
        versions: &[VersionRow],
    ) -> Result<Vec<LockedFact>, KnowledgeError> {
        let facts = crate::interviews::account_facts(&self.db, account_id).await?;
        Ok(facts
            .into_iter()
            .filter_map(|f| {
                let version = versions.iter().find(|v| {
                    v.question_id == f.question_id
                        && v.interview_id.as_deref() == Some(f.interview_id.as_str())
                })?;
                Some(LockedFact {
                    fact: f.fact,
                    source_text: f.source_text,
                    version_id: version.id.clone(),
                })
            })
            .collect())
    }

    async fn summary(
        &self,
        brief: &Brief,
        record: &AccountDetail,
        versions: &[VersionRow],
    ) -> Option<Summary> {
        let mut citations: Vec<Citation> = Vec::new();
        let mut push = |kind: SourceKind,
                        id: &str,
                        question_id: Option<QuestionId>,
                        label: String,
                        text: String| {
            let n = citations.len() + 1;
            citations.push(Citation {
                n,
                account_id: brief.account_id.clone(),
                kind,
                id: id.into(),
                question_id,
                version: None,
                label,
                excerpt: text,
                score: 1.0,
            });
        };
        push(
            SourceKind::Account,
            record.account.id.as_str(),
            None,
            format!("Account record of {}", record.account.name),
            accounts::text::account_text(&record.account),
        );
        for v in versions {
            push(
                SourceKind::Interview,
                &v.id,
                Some(v.question_id),
                v.question_id.as_str().replace('_', " "),
                v.text.clone(),
            );
        }
        match self.model_summary(&brief.account_name, &citations).await? {
            Ok(text) => {
                let used = super::grounded::cited(&text);
                Some(Summary {
                    text,
                    citations: citations
                        .into_iter()
                        .filter(|c| used.contains(&c.n))
                        .collect(),
                })
            }
            Err(e) => {
                tracing::warn!(error = %crate::ErrorChain(&e), "brief summary failed; the brief goes without it");
                None
            }
        }
    }
}

fn build(
    record: &AccountDetail,
    versions: &[VersionRow],
    facts: &[LockedFact],
    asked: &[store::AskedQuestionRow],
    bank: &crate::bank::Bank,
    now: DateTime<Utc>,
) -> Brief {
    let today = now.date_naive();
    let by_question = |q: QuestionId| versions.iter().find(|v| v.question_id == q);
    let version_by_id = |id: &str| versions.iter().find(|v| v.id == id);
    let fact_lines = |kind: FactKind| -> Vec<Line> {
        facts
            .iter()
            .filter(|f| f.fact.kind() == kind)
            .filter_map(|f| {
                let v = version_by_id(&f.version_id)?;
                Some(Line {
                    text: f.fact.headline().unwrap_or(&f.source_text).to_string(),
                    source: interview_ref(v),
                })
            })
            .fold(Vec::new(), |mut acc: Vec<Line>, l| {
                if !acc.iter().any(|x| x.text == l.text) {
                    acc.push(l);
                }
                acc
            })
    };

    // People: every contact, with what the interview says of them. The
    // record's values (strength, channel) stand: an answer (or a model
    // reading it) may fill one the record lacks, never replace it.
    // One pattern per contact, in the order of the contacts.
    let patterns = accounts::patterns::patterns(&record.contacts, &record.recent_activities, now);
    let mut people: Vec<Person> = record
        .contacts
        .iter()
        .zip(patterns)
        .map(|(c, pattern)| {
            let about: Vec<(
                &LockedFact,
                Option<RelationshipStrength>,
                Option<&String>,
                bool,
            )> = facts
                .iter()
                .filter_map(|f| match &f.fact {
                    FactData::Stakeholder {
                        name,
                        contact_id,
                        strength,
                        channel,
                        never_surprise,
                        ..
                    } if contact_id.as_ref() == Some(&c.id)
                        || name.eq_ignore_ascii_case(&c.name) =>
                    {
                        Some((f, *strength, channel.as_ref(), *never_surprise))
                    }
                    _ => None,
                })
                .collect();
            let never_surprise = about.iter().any(|(_, _, _, n)| *n);
            let mut said: Vec<Line> = Vec::new();
            for (f, ..) in &about {
                if let Some(v) = version_by_id(&f.version_id) {
                    if !said.iter().any(|l| l.text == f.source_text) {
                        said.push(Line {
                            text: f.source_text.clone(),
                            source: interview_ref(v),
                        });
                    }
                }
            }
            let strength = c
                .relationship_strength
                .or_else(|| about.iter().find_map(|(_, s, _, _)| *s))
                .map(|s| s.get());
            let channel = c
                .preferred_channel
                .clone()
                .or_else(|| about.iter().find_map(|(_, _, ch, _)| ch.cloned()));
            Person {
                name: c.name.clone(),
                title: c.title.clone(),
                role: Some(c.role),
                strength,
                channel,
                never_surprise,
                said,
                pattern,
                source: record_ref(SourceKind::Contact, c.id.as_str()),
            }
        })
        .collect();
    // Weakest relationships and never-surprise people first: they need care.
    people.sort_by_key(|p| (!p.never_surprise, p.strength.unwrap_or(3)));

    let mut promises = fact_lines(FactKind::Commitment);
    if promises.is_empty() {
        promises = lines_of(by_question(QuestionId::HiddenCommitments));
    }
    for o in &record.opportunities {
        if let Some(step) = accounts::text::next_step(o) {
            promises.push(Line {
                text: format!("{}: {step}", o.name),
                source: record_ref(SourceKind::Opportunity, o.id.as_str()),
            });
        }
    }

    let mut sensitivities = fact_lines(FactKind::SensitiveTopic);
    if sensitivities.is_empty() {
        sensitivities = lines_of(by_question(QuestionId::HistorySensitivities));
    }

    let mut pricing = lines_of(by_question(QuestionId::PricingStory));
    if let Some(notes) = accounts::text::contract_notes(&record.account) {
        pricing.push(Line {
            text: notes,
            source: record_ref(SourceKind::Account, record.account.id.as_str()),
        });
    }

    let (stated, real) = stated_and_real(lines_of(by_question(QuestionId::RenewalRisk)));
    let open_opportunities = record
        .opportunities
        .iter()
        .filter(|o| bank.raise.is_open_stage(o.stage.as_deref()))
        .map(|o| Line {
            text: accounts::text::opportunity_line(o),
            source: record_ref(SourceKind::Opportunity, o.id.as_str()),
        })
        .collect();

    let mut warning_signs = fact_lines(FactKind::WarningSign);
    if warning_signs.is_empty() {
        warning_signs = lines_of(by_question(QuestionId::WarningSigns));
    }

    let recent_activity = record
        .recent_activities
        .iter()
        .take(RECENT)
        .map(|a| {
            let what = a
                .subject
                .clone()
                .or_else(|| a.body.as_deref().map(|b| b.chars().take(120).collect()))
                .unwrap_or_default();
            Line {
                text: format!(
                    "{}: {what}",
                    accounts::text::activity_line(a, &record.contacts)
                ),
                source: record_ref(SourceKind::Activity, a.id.as_str()),
            }
        })
        .collect();

    let mut open_questions: Vec<OpenQuestion> = asked
        .iter()
        .map(|q| OpenQuestion {
            question: q.question.clone(),
            why: OpenBecause::Asked,
            asked_at: Some(q.asked_at),
        })
        .collect();
    for q in QuestionId::ALL {
        if by_question(*q).is_none() {
            open_questions.push(OpenQuestion {
                question: bank.question(*q).text.clone(),
                why: OpenBecause::NotCaptured,
                asked_at: None,
            });
        }
    }

    let already_answered = versions
        .iter()
        .map(|v| AnsweredQuestion {
            question_id: v.question_id,
            question: bank.question(v.question_id).text.clone(),
            version: v.version,
            approved_at: v.approved_at,
        })
        .collect();

    let a = &record.account;
    Brief {
        account_id: a.id.to_string(),
        account_name: a.name.clone(),
        owner_name: record
            .owner_name
            .clone()
            .unwrap_or_else(|| "nobody (unassigned)".to_string()),
        segment: a.segment.as_str().to_string(),
        arr: a.arr,
        industry: a.industry.clone(),
        generated_at: Utc::now(),
        summary: None,
        people,
        promises_outstanding: promises,
        sensitivities,
        pricing_story: pricing,
        renewal_risk: RenewalRisk {
            renewal_date: a.renewal_date,
            days_to_renewal: a.renewal_date.map(|d| (d - today).num_days()),
            stated,
            real,
            open_opportunities,
        },
        warning_signs,
        recent_activity,
        open_questions,
        already_answered,
    }
}

fn md_source(s: &SourceRef) -> String {
    match &s.question_id {
        Some(q) => format!("interview: {q}"),
        None => format!("{} {}", s.kind, s.id),
    }
}

fn md_lines(out: &mut String, title: &str, lines: &[Line]) {
    out.push_str(&format!("\n## {title}\n\n"));
    if lines.is_empty() {
        out.push_str("_Nothing captured._\n");
    }
    for l in lines {
        out.push_str(&format!("- {} _({})_\n", l.text, md_source(&l.source)));
    }
}

/// The brief as Markdown, for printing or pasting.
pub fn markdown(b: &Brief) -> String {
    let mut out = format!("# First-call brief: {}\n\n", b.account_name);
    let mut facts = vec![
        format!("Owner: {}", b.owner_name),
        format!("Segment: {}", b.segment.replace('_', "-")),
    ];
    if let Some(arr) = b.arr {
        facts.push(format!("ARR: {arr}"));
    }
    if let Some(i) = &b.industry {
        facts.push(format!("Industry: {i}"));
    }
    if let Some(d) = b.renewal_risk.renewal_date {
        let days = b.renewal_risk.days_to_renewal.unwrap_or(0);
        facts.push(format!("Renewal: {d} ({days} days)"));
    }
    out.push_str(&facts.join(" · "));
    out.push('\n');
    if let Some(s) = &b.summary {
        out.push_str(&format!("\n## Situation\n\n{}\n", s.text));
        for c in &s.citations {
            out.push_str(&format!("\n[{}] {} {}", c.n, c.kind, c.id));
        }
        out.push('\n');
    }
    out.push_str("\n## People\n\n");
    if b.people.is_empty() {
        out.push_str("_No contacts on record._\n");
    }
    for p in &b.people {
        let mut line = format!("- **{}**", p.name);
        if let Some(t) = &p.title {
            line.push_str(&format!(", {t}"));
        }
        if let Some(r) = &p.role {
            line.push_str(&format!(" — {}", r.as_str().replace('_', " ")));
        }
        if let Some(s) = p.strength {
            line.push_str(&format!(" · strength {s}/5"));
        }
        if let Some(c) = &p.channel {
            line.push_str(&format!(" · prefers {c}"));
        }
        if p.never_surprise {
            line.push_str(" · **never surprise**");
        }
        out.push_str(&line);
        out.push('\n');
        out.push_str(&format!("  - Reached: {}\n", p.pattern.summary));
        for l in &p.said {
            out.push_str(&format!("  - {} _({})_\n", l.text, md_source(&l.source)));
        }
    }
    md_lines(&mut out, "Promises outstanding", &b.promises_outstanding);
    md_lines(&mut out, "Sensitivities", &b.sensitivities);
    md_lines(&mut out, "Pricing story", &b.pricing_story);
    out.push_str("\n## Renewal risk\n");
    md_lines(&mut out, "What they will say", &b.renewal_risk.stated);
    md_lines(&mut out, "What is really behind it", &b.renewal_risk.real);
    md_lines(
        &mut out,
        "Open opportunities",
        &b.renewal_risk.open_opportunities,
    );
    md_lines(&mut out, "Warning signs", &b.warning_signs);
    md_lines(&mut out, "Recent activity", &b.recent_activity);
    out.push_str("\n## Open questions\n\n");
    if b.open_questions.is_empty() {
        out.push_str("_None._\n");
    }
    for q in &b.open_questions {
        let why = if q.why == OpenBecause::Asked {
            "asked, not captured"
        } else {
            "not captured in the interview"
        };
        out.push_str(&format!("- {} _({why})_\n", q.question));
    }
    out.push_str("\n## Already answered — don't ask the customer\n\n");
    if b.already_answered.is_empty() {
        out.push_str("_Nothing approved yet._\n");
    }
    for a in &b.already_answered {
        out.push_str(&format!("- {} _(interview v{})_\n", a.question, a.version));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(t: &str) -> Line {
        Line {
            text: t.into(),
            source: record_ref(SourceKind::Account, "a"),
        }
    }

    #[test]
    fn renewal_risk_splits_what_is_said_from_what_is_real() {
        let (stated, real) = stated_and_real(vec![
            line("They will say budget is tight."),
            line("The real reason is the new CIO wants her own vendor."),
            line("Watch Q3."),
        ]);
        assert_eq!(stated.len(), 1);
        assert_eq!(real.len(), 2);
        assert!(real[0].text.contains("CIO"));
    }
}
