//! CRM CSV exports made Baton's record: Salesforce's data export, HubSpot's
//! object exports, or any CRM through a mapping file (column → field).
//!
//! A [`Mapping`] says which file holds which object and which column holds
//! which field; Salesforce and HubSpot have theirs built in. The files are
//! read as they come (UTF-8 with or without a byte-order mark, or
//! Windows-1252 when they are not UTF-8) and streamed, a row at a time:
//! the head files (users, accounts, contacts, opportunities) become a
//! bundle with the CRM's ids as Baton's ids, and the activity files, the
//! large ones, flow in batches through a bounded channel into
//! [`crate::accounts::import::apply_streamed`], which writes it as it
//! writes a `baton-bundle/v1` (in place, the CRM's own activities replaced,
//! chats and mail kept), one transaction per batch; a reader that stops
//! half-way leaves the run unfinished, and importing again finishes it.
//!
//! Baton's users stay Baton's: an owner is matched to a Baton user by email
//! (through the export's own user file where it has one). An account whose
//! owner matches nobody is not imported, and neither are its contacts and
//! activities; the report names the owner and every row left out, with its
//! file, line and reason.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::ImportsError;
use crate::accounts::{
    AccountId, Activity, ActivityId, ActivityKind, Contact, ContactId, ContactRole, Money,
    Opportunity, OpportunityId, Segment,
};
use crate::bundle::{Bundle, BundleAccount, ImportSource, ImportSummary};
use crate::store::Db;
use crate::users::UserId;

/// One object's file and its columns (field → column).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// The file's name, or a pattern where `*` stands for any text
    /// (`*-calls-*.csv`, for the dated names some CRMs give their
    /// exports); matched without regard to case, by exactly one file.
    pub file: String,
    /// For activities: the kind every row has (`meeting` for calendar
    /// events), when no column says.
    #[serde(default)]
    pub kind: Option<String>,
    /// A file that may be missing: the export is read without it (and
    /// the report lists it under `absent_files`).
    #[serde(default)]
    pub optional: bool,
    pub columns: BTreeMap<String, Columns>,
}

/// The column of a field, or several: the first of them that the file
/// has and the row fills gives the value (labels differ between a CRM's
/// versions and languages; an activity may name its company, or only its
/// deal).
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Columns {
    One(String),
    Any(Vec<String>),
}

impl Columns {
    pub fn names(&self) -> &[String] {
        match self {
            Columns::One(c) => std::slice::from_ref(c),
            Columns::Any(list) => list,
        }
    }
}

/// Which file holds which object, and which column which field.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// The export's users (`id`, `email`), when owners are named by the
    /// CRM's user ids.
    #[serde(default)]
    pub users: Option<Table>,
    pub accounts: Table,
    #[serde(default)]
    pub contacts: Option<Table>,
    #[serde(default)]
    pub opportunities: Option<Table>,
    #[serde(default)]
    pub activities: Vec<Table>,
}

/// The fields each object's columns may fill.
const FIELDS: [(&str, &[&str]); 5] = [
    ("users", &["id", "email"]),
    (
        "accounts",
        &[
            "id",
            "name",
            "owner",
            "industry",
            "arr",
            "territory",
            "renewal_date",
            "notes",
            "deleted",
        ],
    ),
    (
        "contacts",
        &[
            "id",
            "account",
            "name",
            "first_name",
            "last_name",
            "title",
            "email",
            "phone",
            "notes",
            "deleted",
        ],
    ),
    (
        "opportunities",
        &[
            "id",
            "account",
            "name",
            "stage",
            "amount",
            "close_date",
            "next_step",
            "deleted",
        ],
    ),
    (
        "activities",
        &[
            "id",
            "account",
            "contact",
            "kind",
            "at",
            "at_fallback",
            "subject",
            "body",
            "owner",
            "deleted",
        ],
    ),
];

fn table(file: &str, kind: Option<&str>, columns: &[(&str, &str)]) -> Table {
    Table {
        file: file.to_string(),
        kind: kind.map(str::to_string),
        optional: false,
        columns: columns
            .iter()
            .map(|(f, c)| (f.to_string(), Columns::One(c.to_string())))
            .collect(),
    }
}

/// A table whose fields are each in any of several columns.
fn table_of(file: &str, kind: Option<&str>, optional: bool, columns: &[(&str, &[&str])]) -> Table {
    Table {
        file: file.to_string(),
        kind: kind.map(str::to_string),
        optional,
        columns: columns
            .iter()
            .map(|(f, c)| {
                let names = c.iter().map(|c| c.to_string()).collect();
                (f.to_string(), Columns::Any(names))
            })
            .collect(),
    }
}

/// Whether a file name matches a table's `file` (`*` any text, case
/// ignored).
fn matches(pattern: &str, name: &str) -> bool {
    let (pattern, name) = (pattern.to_lowercase(), name.to_lowercase());
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or("");
    let Some(mut rest) = name.strip_prefix(first) else {
        return false;
    };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else {
        return rest.is_empty();
    };
    for part in middle {
        match rest.find(part) {
            Some(i) => rest = &rest[i + part.len()..],
            None => return false,
        }
    }
    rest.len() >= last.len() && rest.ends_with(last)
}

impl Mapping {
    /// Every table the mapping reads.
    pub fn tables(&self) -> impl Iterator<Item = &Table> {
        self.users
            .iter()
            .chain([&self.accounts])
            .chain(self.contacts.iter())
            .chain(self.opportunities.iter())
            .chain(self.activities.iter())
    }

    /// Salesforce's data export (Setup → Data Export), its API field names.
    pub fn salesforce() -> Mapping {
        Mapping {
            users: Some(table("User.csv", None, &[("id", "Id"), ("email", "Email")])),
            accounts: table(
                "Account.csv",
                None,
                &[
                    ("id", "Id"),
                    ("name", "Name"),
                    ("owner", "OwnerId"),
                    ("industry", "Industry"),
                    ("arr", "AnnualRevenue"),
                    ("territory", "BillingCountry"),
                    ("notes", "Description"),
                    ("deleted", "IsDeleted"),
                ],
            ),
            contacts: Some(table(
                "Contact.csv",
                None,
                &[
                    ("id", "Id"),
                    ("account", "AccountId"),
                    ("first_name", "FirstName"),
                    ("last_name", "LastName"),
                    ("name", "Name"),
                    ("title", "Title"),
                    ("email", "Email"),
                    ("phone", "Phone"),
                    ("notes", "Description"),
                    ("deleted", "IsDeleted"),
                ],
            )),
            opportunities: Some(table(
                "Opportunity.csv",
                None,
                &[
                    ("id", "Id"),
                    ("account", "AccountId"),
                    ("name", "Name"),
                    ("stage", "StageName"),
                    ("amount", "Amount"),
                    ("close_date", "CloseDate"),
                    ("next_step", "NextStep"),
                    ("deleted", "IsDeleted"),
                ],
            )),
            activities: vec![
                table(
                    "Task.csv",
                    None,
                    &[
                        ("id", "Id"),
                        ("account", "WhatId"),
                        ("contact", "WhoId"),
                        ("kind", "TaskSubtype"),
                        ("at", "ActivityDate"),
                        ("at_fallback", "CreatedDate"),
                        ("subject", "Subject"),
                        ("body", "Description"),
                        ("owner", "OwnerId"),
                        ("deleted", "IsDeleted"),
                    ],
                ),
                table(
                    "Event.csv",
                    Some("meeting"),
                    &[
                        ("id", "Id"),
                        ("account", "WhatId"),
                        ("contact", "WhoId"),
                        ("at", "StartDateTime"),
                        ("at_fallback", "ActivityDateTime"),
                        ("subject", "Subject"),
                        ("body", "Description"),
                        ("owner", "OwnerId"),
                        ("deleted", "IsDeleted"),
                    ],
                ),
            ],
        }
    }

    /// HubSpot's exports from the object index pages, their column labels;
    /// owners are named by email.
    pub fn hubspot() -> Mapping {
        const ID: &[&str] = &["Record ID", "hs_object_id"];
        const COMPANY: &[&str] = &["Associated Company IDs", "associatedcompanyid"];
        Mapping {
            users: None,
            accounts: table_of(
                "*companies*.csv",
                None,
                false,
                &[
                    ("id", ID),
                    ("name", &["Company name", "name"]),
                    ("owner", &["Company owner", "hubspot_owner_id"]),
                    ("industry", &["Industry"]),
                    ("arr", &["Annual Revenue", "annualrevenue"]),
                    ("territory", &["Country/Region", "country"]),
                    ("notes", &["Description"]),
                ],
            ),
            contacts: Some(table_of(
                "*contacts*.csv",
                None,
                false,
                &[
                    ("id", ID),
                    ("account", COMPANY),
                    ("first_name", &["First Name", "firstname"]),
                    ("last_name", &["Last Name", "lastname"]),
                    ("email", &["Email"]),
                    ("phone", &["Phone Number", "phone"]),
                    ("title", &["Job Title", "jobtitle"]),
                ],
            )),
            opportunities: Some(table_of(
                "*deals*.csv",
                None,
                false,
                &[
                    ("id", ID),
                    ("account", COMPANY),
                    ("name", &["Deal Name", "dealname"]),
                    ("stage", &["Deal Stage", "dealstage"]),
                    ("amount", &["Amount"]),
                    ("close_date", &["Close Date", "closedate"]),
                ],
            )),
            activities: hubspot_activities(),
        }
    }

    /// A mapping file (TOML); every field it names must be one Baton knows.
    pub fn from_file(path: &Path) -> Result<Mapping, ImportsError> {
        let text = std::fs::read_to_string(path).map_err(|source| ImportsError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Mapping::from_toml(&path.display().to_string(), &text)
    }

    /// A mapping's text (TOML), named `name` in its errors.
    pub fn from_toml(name: &str, text: &str) -> Result<Mapping, ImportsError> {
        let bad = |why: String| ImportsError::BadOption(format!("{name}: {why}"));
        let m: Mapping = toml::from_str(text).map_err(|e| bad(e.to_string()))?;
        let tables = [
            ("users", m.users.iter().collect::<Vec<_>>()),
            ("accounts", vec![&m.accounts]),
            ("contacts", m.contacts.iter().collect()),
            ("opportunities", m.opportunities.iter().collect()),
            ("activities", m.activities.iter().collect()),
        ];
        for (object, list) in tables {
            let known = FIELDS
                .iter()
                .find(|(o, _)| *o == object)
                .map_or(&[][..], |(_, f)| f);
            for t in list {
                for field in t.columns.keys() {
                    if !known.contains(&field.as_str()) {
                        return Err(bad(format!(
                            "[{object}] has no field {field:?}; its fields are {}",
                            known.join(", ")
                        )));
                    }
                }
                for (field, columns) in &t.columns {
                    if columns.names().iter().all(|c| c.trim().is_empty()) {
                        return Err(bad(format!("[{object}] names no column for `{field}`")));
                    }
                }
                for needed in ["id"] {
                    if t.columns.get(needed).is_none_or(|c| c.names().is_empty()) {
                        return Err(bad(format!("[{object}] needs the column of `{needed}`")));
                    }
                }
            }
        }
        Ok(m)
    }
}

/// HubSpot's activities: all types in one `engagements` file, or (as its
/// activity objects are exported today) one file per type, named
/// `hubspot-crm-exports-…-calls-….csv` and so on; each optional. Columns
/// by their labels, or the property's internal name; an activity names
/// its company, else its deal, else only its contact.
fn hubspot_activities() -> Vec<Table> {
    const ID: &[&str] = &["Record ID", "Activity ID", "hs_object_id"];
    const AT: &[&str] = &["Activity date", "hs_timestamp", "Create Date"];
    const OWNER: &[&str] = &["Activity assigned to", "Assigned to", "hubspot_owner_id"];
    const ACCOUNT: &[&str] = &[
        "Associated Company IDs",
        "Associated Company IDs (Primary)",
        "Associated Deal IDs",
    ];
    const CONTACT: &[&str] = &["Associated Contact IDs"];
    let of_type = |file: &str, kind: &str, subject: &[&str], body: &[&str], at: &[&str]| {
        let mut columns: Vec<(&str, &[&str])> = vec![
            ("id", ID),
            ("at", at),
            ("owner", OWNER),
            ("account", ACCOUNT),
            ("contact", CONTACT),
            ("body", body),
        ];
        if !subject.is_empty() {
            columns.push(("subject", subject));
        }
        table_of(file, Some(kind), true, &columns)
    };
    vec![
        table_of(
            "*engagements*.csv",
            None,
            true,
            &[
                ("id", ID),
                ("kind", &["Activity type"]),
                ("at", AT),
                ("owner", OWNER),
                ("subject", &["Subject"]),
                ("body", &["Body"]),
                ("account", ACCOUNT),
                ("contact", CONTACT),
            ],
        ),
        of_type(
            "*calls*.csv",
            "call",
            &["Call Title", "hs_call_title"],
            &["Call notes", "hs_call_body"],
            AT,
        ),
        of_type(
            "*emails*.csv",
            "email",
            &["Email subject", "hs_email_subject"],
            &["Email body", "Email text", "Text", "hs_email_text"],
            AT,
        ),
        of_type(
            "*meetings*.csv",
            "meeting",
            &["Meeting name", "Meeting title", "hs_meeting_title"],
            &[
                "Meeting description",
                "hs_meeting_body",
                "Internal meeting notes",
                "hs_internal_meeting_notes",
            ],
            &[
                "Activity date",
                "Meeting start time",
                "hs_timestamp",
                "hs_meeting_start_time",
            ],
        ),
        of_type(
            "*notes*.csv",
            "note",
            &[],
            &["Note body", "hs_note_body"],
            AT,
        ),
        of_type(
            "*tasks*.csv",
            "task",
            &["Task title", "hs_task_subject"],
            &["Task notes", "Notes", "hs_task_body"],
            &["Due date", "Activity date", "hs_timestamp"],
        ),
    ]
}

/// A date or a moment as CRMs write them: ISO dates and times (with or
/// without fractions and a zone), `YYYY-MM-DD HH:MM`, and US `MM/DD/YYYY`
/// (with a time or not). A date alone is noon UTC.
pub fn parse_moment(raw: &str) -> Option<DateTime<Utc>> {
    let s = raw.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Some(t.with_timezone(&Utc));
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.fZ",
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M:%S%.f",
    ] {
        if let Ok(t) = DateTime::parse_from_str(s, f) {
            return Some(t.with_timezone(&Utc));
        }
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Some(t.and_utc());
        }
    }
    for f in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%m/%d/%Y %H:%M",
        "%m/%d/%Y %I:%M %p",
        "%m/%d/%Y %H:%M:%S",
    ] {
        if let Ok(t) = NaiveDateTime::parse_from_str(s, f) {
            return Some(t.and_utc());
        }
    }
    parse_day(s).map(|d| d.and_hms_opt(12, 0, 0).expect("noon").and_utc())
}

/// A day: `YYYY-MM-DD` or US `MM/DD/YYYY`, or the day of a moment.
pub fn parse_day(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim();
    for f in ["%Y-%m-%d", "%m/%d/%Y"] {
        if let Ok(d) = NaiveDate::parse_from_str(s, f) {
            return Some(d);
        }
    }
    let head = s.split([' ', 'T']).next().unwrap_or(s);
    if head.len() < s.len() {
        return parse_day(head);
    }
    None
}

/// An amount: digits with `,` thousands, an optional currency sign or code.
pub fn parse_amount(raw: &str) -> Option<Money> {
    let kept: String = raw
        .trim()
        .chars()
        .filter(|c| c.is_ascii_digit() || matches!(c, '.' | ',' | '-'))
        .collect();
    // Which mark is the decimal one: the later of the two when both are
    // there ("1.234,50", "1,234.50"); a lone comma before one or two
    // digits ("95,5"); a lone dot. Otherwise the marks group thousands
    // ("1,200", "1.234.567").
    let decimal = match (kept.rfind('.'), kept.rfind(',')) {
        (Some(d), Some(c)) => Some(if d > c { '.' } else { ',' }),
        (None, Some(c)) => (kept.matches(',').count() == 1
            && (1..=2).contains(&(kept.len() - c - 1)))
        .then_some(','),
        (Some(_), None) => (kept.matches('.').count() == 1).then_some('.'),
        (None, None) => None,
    };
    let s: String = kept
        .chars()
        .filter_map(|c| match c {
            '.' | ',' if Some(c) == decimal => Some('.'),
            '.' | ',' => None,
            c => Some(c),
        })
        .collect();
    if s.is_empty() {
        return None;
    }
    Money::try_from(s.parse::<f64>().ok()?).ok()
}

/// A text field as text: CRMs export rich-text fields (HubSpot's note
/// and email bodies) as HTML, which is read as its words and lines.
fn plain(raw: &str) -> String {
    let lower = raw.to_ascii_lowercase();
    let html = lower.contains("</") || lower.contains("<br") || lower.contains("<p>");
    if html {
        mail_parser::decoders::html::html_to_text(raw)
            .trim()
            .to_string()
    } else {
        raw.to_string()
    }
}

fn kind_of(raw: &str) -> ActivityKind {
    let k = raw.to_lowercase();
    if k.contains("call") || k.contains("phone") {
        ActivityKind::Call
    } else if k.contains("mail") {
        ActivityKind::Email
    } else if k.contains("meeting") || k.contains("event") {
        ActivityKind::Meeting
    } else if k.contains("chat") || k.contains("sms") || k.contains("whatsapp") {
        ActivityKind::Chat
    } else {
        ActivityKind::Note
    }
}

/// Why a row is not imported.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CrmSkipReason {
    /// Marked deleted in the CRM.
    Deleted,
    /// An account whose owner is no Baton user (by email).
    OwnerNotAUser,
    /// Its account is in no file of the export.
    AccountNotFound,
    /// Its account was left out (see that account's row).
    AccountSkipped,
    /// Its id was already read on an earlier line.
    DuplicateId,
    /// No id, no name or no date where one is needed.
    MissingField,
}

/// A row left out, with where it is and why.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CrmSkipped {
    pub file: String,
    /// The row's line in its file (the header is line 1).
    pub line: u64,
    pub id: String,
    pub reason: CrmSkipReason,
    /// For `missing_field`: the field (`id`, `name`, `at`) that is empty,
    /// absent or unreadable.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
}

/// A CRM owner no Baton user has the email of.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct UnmatchedOwner {
    /// As the export names them (an email, or a CRM user id and its email).
    pub owner: String,
    pub accounts: u64,
}

/// What a CRM import found and did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct CrmReport {
    pub source: String,
    pub crm: String,
    /// True for `--check`: nothing was written.
    pub checked_only: bool,
    /// Each file read and the encoding it was read in.
    pub files: BTreeMap<String, String>,
    pub accounts: u64,
    pub contacts: u64,
    pub opportunities: u64,
    pub activities: u64,
    pub unmatched_owners: Vec<UnmatchedOwner>,
    /// Columns the mapping names that a file does not have (file → its
    /// columns, as the mapping names them; a field's alternatives joined
    /// by ` | `): their fields stay empty, and a row that needs one is
    /// skipped as `missing_field`.
    pub missing_columns: BTreeMap<String, Vec<String>>,
    /// Files the mapping names as optional that the export does not have
    /// (HubSpot's activities come in one file, or in one per type).
    pub absent_files: Vec<String>,
    pub skipped_counts: BTreeMap<CrmSkipReason, u64>,
    pub skipped: Vec<CrmSkipped>,
    /// Values of imported rows left out of their field (a date in another
    /// order, an activity's owner who is nobody here).
    pub emptied: Vec<CrmEmptied>,
    /// What the write did (absent for a check).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import: Option<ImportSummary>,
}

/// Why a value was kept out of its field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CrmEmptyReason {
    /// Not a date or an amount as the README lists them (`15/03/2027`).
    Unreadable,
    /// An activity's owner who is no Baton user: it has no author.
    NotAUser,
}

/// A value of an imported row that is not in Baton: the row is there,
/// that field empty.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct CrmEmptied {
    pub file: String,
    pub line: u64,
    pub id: String,
    /// Baton's field (`arr`, `renewal_date`, `amount`, `close_date`,
    /// `owner`).
    pub field: String,
    /// The value as the file has it.
    pub value: String,
    pub reason: CrmEmptyReason,
}

/// The rows left out and the values emptied, as they are found.
#[derive(Default)]
struct Ledger {
    skipped: Vec<CrmSkipped>,
    emptied: Vec<CrmEmptied>,
}

impl Ledger {
    fn skip(&mut self, file: &str, line: u64, id: &str, reason: CrmSkipReason) {
        self.skipped.push(CrmSkipped {
            file: file.to_string(),
            line,
            id: id.to_string(),
            reason,
            field: None,
        });
    }

    /// A row's id: `Ok` when the row is live, `Err` when the CRM marks it
    /// deleted (then it is recorded as left out).
    fn live(
        &mut self,
        file: &str,
        line: u64,
        r: &HashMap<String, String>,
    ) -> Result<String, String> {
        let id = r.get("id").cloned().unwrap_or_default();
        if truthy(r.get("deleted")) {
            self.skip(file, line, &id, CrmSkipReason::Deleted);
            return Err(id);
        }
        Ok(id)
    }

    /// The value of `field` read by `parse`; one that cannot be read is
    /// left out and recorded.
    fn value<T>(
        &mut self,
        at: (&str, u64, &str),
        r: &HashMap<String, String>,
        field: &str,
        parse: impl Fn(&str) -> Option<T>,
    ) -> Option<T> {
        let raw = r.get(field)?;
        let read = parse(raw);
        if read.is_none() {
            self.empty(at, field, raw, CrmEmptyReason::Unreadable);
        }
        read
    }

    fn empty(
        &mut self,
        (file, line, id): (&str, u64, &str),
        field: &str,
        value: &str,
        reason: CrmEmptyReason,
    ) {
        self.emptied.push(CrmEmptied {
            file: file.to_string(),
            line,
            id: id.to_string(),
            field: field.to_string(),
            value: value.to_string(),
            reason,
        });
    }

    /// A row without a field it needs: the id when that is not one, else
    /// `field`.
    fn missing(&mut self, file: &str, line: u64, id: &str, id_ok: bool, field: &str) {
        self.skipped.push(CrmSkipped {
            file: file.to_string(),
            line,
            id: id.to_string(),
            reason: CrmSkipReason::MissingField,
            field: Some(if id_ok { field } else { "id" }.to_string()),
        });
    }
}

/// Where an export's files come from: a folder, an upload's parts spooled
/// to disk, or files in memory (the reader's tests).
pub enum ExportFiles {
    Dir(PathBuf),
    /// The upload's file name → where it was spooled.
    Spooled(BTreeMap<String, PathBuf>),
    /// File name → bytes.
    Uploaded(BTreeMap<String, Vec<u8>>),
}

impl ExportFiles {
    /// The bytes of the files `mapping` reads that are there (for a
    /// progress bar); `None` when none is.
    pub fn size_of(&self, mapping: &Mapping) -> Option<u64> {
        let total: u64 = mapping
            .tables()
            .filter_map(|t| {
                let name = self.resolve(t).ok()??;
                match self {
                    ExportFiles::Dir(dir) => {
                        std::fs::metadata(dir.join(name)).ok().map(|m| m.len())
                    }
                    ExportFiles::Spooled(files) => {
                        std::fs::metadata(files.get(&name)?).ok().map(|m| m.len())
                    }
                    ExportFiles::Uploaded(files) => files.get(&name).map(|b| b.len() as u64),
                }
            })
            .sum();
        (total > 0).then_some(total)
    }

    fn name(&self) -> String {
        match self {
            ExportFiles::Dir(d) => d.display().to_string(),
            ExportFiles::Spooled(_) | ExportFiles::Uploaded(_) => "upload".to_string(),
        }
    }

    /// The name of the one file `t` reads (in a folder, or as uploaded);
    /// `None` for an optional table whose file is not there.
    fn resolve(&self, t: &Table) -> Result<Option<String>, ImportsError> {
        let names: Vec<String> = match self {
            ExportFiles::Dir(dir) => std::fs::read_dir(dir)
                .map_err(|source| ImportsError::Read {
                    path: dir.display().to_string(),
                    source,
                })?
                .filter_map(|e| e.ok())
                .filter(|e| e.file_type().is_ok_and(|f| f.is_file()))
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect(),
            ExportFiles::Spooled(files) => files.keys().cloned().collect(),
            ExportFiles::Uploaded(files) => files.keys().cloned().collect(),
        };
        let base = |name: &str| name.rsplit(['/', '\\']).next().unwrap_or(name).to_string();
        let mut found: Vec<String> = names
            .into_iter()
            .filter(|n| matches(&t.file, &base(n)))
            .collect();
        found.sort();
        match found.len() {
            0 if t.optional => Ok(None),
            0 => Err(ImportsError::MissingFile(t.file.clone())),
            1 => Ok(found.pop()),
            _ => Err(ImportsError::BadOption(format!(
                "several files match {:?}: {}; rename or remove those not meant",
                t.file,
                found.join(", ")
            ))),
        }
    }

    /// The named file's bytes as a stream: a folder's file is read as it
    /// is parsed, never whole.
    fn open(&self, name: &str) -> Result<Box<dyn std::io::Read + '_>, ImportsError> {
        match self {
            ExportFiles::Dir(dir) => {
                let path = dir.join(name);
                let f = std::fs::File::open(&path).map_err(|source| ImportsError::Read {
                    path: path.display().to_string(),
                    source,
                })?;
                Ok(Box::new(f))
            }
            ExportFiles::Spooled(files) => {
                let path = files
                    .get(name)
                    .ok_or_else(|| ImportsError::MissingFile(name.to_string()))?;
                let f = std::fs::File::open(path).map_err(|source| ImportsError::Read {
                    path: name.to_string(),
                    source,
                })?;
                Ok(Box::new(f))
            }
            ExportFiles::Uploaded(files) => files
                .get(name)
                .map(|b| Box::new(b.as_slice()) as Box<dyn std::io::Read>)
                .ok_or_else(|| ImportsError::MissingFile(name.to_string())),
        }
    }
}

/// A CSV file's text, a field at a time: UTF-8 (after a byte-order mark,
/// always), else Windows-1252 from the first field that is not UTF-8 on.
/// A file streams by, so its encoding is learnt as it is read; the fields
/// before the first that is not UTF-8 were UTF-8, which for text written
/// in Windows-1252 means plain ASCII, the same in both.
struct FieldText {
    encoding: &'static str,
}

impl FieldText {
    fn new(bom: bool) -> FieldText {
        FieldText {
            encoding: if bom { "utf-8 (bom)" } else { "utf-8" },
        }
    }

    fn text(&mut self, bytes: &[u8]) -> String {
        match self.encoding {
            "utf-8 (bom)" => String::from_utf8_lossy(bytes).into_owned(),
            "utf-8" => match std::str::from_utf8(bytes) {
                Ok(s) => s.to_string(),
                Err(_) => {
                    self.encoding = "windows-1252";
                    self.text(bytes)
                }
            },
            _ => encoding_rs::WINDOWS_1252.decode(bytes).0.into_owned(),
        }
    }
}

/// A reader that notes where each line ends, for the row numbers a report
/// gives: the CSV reader's own count is one short after a CRLF, which is
/// how HubSpot, Excel and Salesforce end their rows. Only the line ends
/// read ahead of the rows handled are kept.
struct LineEnds<R> {
    inner: R,
    at: u64,
    ends: std::rc::Rc<std::cell::RefCell<std::collections::VecDeque<u64>>>,
}

impl<R: std::io::Read> std::io::Read for LineEnds<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        let mut ends = self.ends.borrow_mut();
        for (i, _) in buf[..n].iter().enumerate().filter(|(_, c)| **c == b'\n') {
            ends.push_back(self.at + i as u64);
        }
        self.at += n as u64;
        Ok(n)
    }
}

/// What the files read showed: each file's encoding, the columns a
/// mapping names that a file lacks, and the optional files not there.
#[derive(Default)]
struct Seen {
    files: BTreeMap<String, String>,
    missing: BTreeMap<String, Vec<String>>,
    absent: Vec<String>,
}

/// Streams the rows of `t`'s file to `row` (the file's name, the row's
/// line and its mapped fields, trimmed, empty ones left out), holding one
/// row at a time. An optional table whose file is not there has no rows.
fn each_row(
    from: &ExportFiles,
    t: &Table,
    seen: &mut Seen,
    progress: &dyn Fn(u64),
    mut row: impl FnMut(&str, u64, HashMap<String, String>) -> Result<(), ImportsError>,
) -> Result<(), ImportsError> {
    use std::io::BufRead;
    let Some(file) = from.resolve(t)? else {
        seen.absent.push(t.file.clone());
        return Ok(());
    };
    let bad = |e: csv::Error| ImportsError::BadOption(format!("{file}: {e}"));
    let read_error = |source| ImportsError::Read {
        path: file.clone(),
        source,
    };
    let mut input = std::io::BufReader::with_capacity(1 << 16, from.open(&file)?);
    let bom = input
        .fill_buf()
        .map_err(read_error)?
        .starts_with(b"\xEF\xBB\xBF");
    if bom {
        input.consume(3);
    }
    let mut text = FieldText::new(bom);
    let ends = std::rc::Rc::new(std::cell::RefCell::new(std::collections::VecDeque::new()));
    let input = LineEnds {
        inner: input,
        at: 0,
        ends: ends.clone(),
    };
    let mut lines_before = 0u64;
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let headers: Vec<String> = reader
        .byte_headers()
        .map_err(bad)?
        .iter()
        .map(|h| text.text(h).trim().to_string())
        .collect();
    // Each field's columns in the file, in the mapping's order.
    let mut index: Vec<(&str, Vec<usize>)> = Vec::new();
    for (field, columns) in &t.columns {
        let found: Vec<usize> = columns
            .names()
            .iter()
            .filter_map(|c| headers.iter().position(|h| h.eq_ignore_ascii_case(c)))
            .collect();
        if found.is_empty() {
            seen.missing
                .entry(file.clone())
                .or_default()
                .push(columns.names().join(" | "));
        } else {
            index.push((field.as_str(), found));
        }
    }
    if !index.iter().any(|(f, _)| *f == "id") {
        return Err(ImportsError::BadOption(format!(
            "{file}: no column {} (the id); its columns are {}",
            t.columns
                .get("id")
                .map_or(String::new(), |c| c.names().join(" or ")),
            headers.join(", ")
        )));
    }
    let offset = if bom { 3 } else { 0 };
    let mut told = 0u64;
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record).map_err(bad)? {
        let start = record.position().map_or(0, |p| p.byte());
        {
            let mut ends = ends.borrow_mut();
            // After a CRLF the reader starts the next row at its LF.
            while ends.front().is_some_and(|e| *e <= start) {
                ends.pop_front();
                lines_before += 1;
            }
        }
        let line = lines_before + 1;
        let at = start + offset;
        if at > told {
            progress(at - told);
            told = at;
        }
        let mut fields = HashMap::with_capacity(index.len());
        for (field, columns) in &index {
            let value = columns.iter().find_map(|i| {
                let v = text.text(record.get(*i)?);
                let v = v.trim();
                (!v.is_empty()).then(|| v.replace("\r\n", "\n"))
            });
            if let Some(v) = value {
                fields.insert(field.to_string(), v);
            }
        }
        row(&file, line, fields)?;
    }
    let end = reader.position().byte() + offset;
    progress(end.saturating_sub(told));
    seen.files.insert(file.clone(), text.encoding.to_string());
    Ok(())
}

fn truthy(v: Option<&String>) -> bool {
    v.is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "1" | "yes"))
}

/// The ids of a value that may list several (`101;102`).
fn ids(v: Option<&String>) -> Vec<&str> {
    v.map_or(Vec::new(), |v| {
        v.split([';', ','])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .collect()
    })
}

/// Baton's users as the export's owners name them.
struct Owners<'u> {
    /// Baton's users: id, name, email.
    users: &'u [(String, String, Option<String>)],
    by_email: HashMap<String, UserId>,
    /// The CRM's user ids → emails, when owners are named by id.
    crm_users: HashMap<String, String>,
}

impl Owners<'_> {
    /// The Baton user an owner cell names (an email, a CRM user id, or
    /// the name of exactly one Baton user), and the owner as the report
    /// names them.
    fn owner(&self, raw: Option<&String>) -> (Option<UserId>, String) {
        let Some(raw) = raw else {
            return (None, "(no owner)".to_string());
        };
        let email = self
            .crm_users
            .get(raw)
            .cloned()
            .unwrap_or_else(|| raw.trim().to_lowercase());
        let named = if self.crm_users.contains_key(raw) {
            format!("{raw} ({email})")
        } else {
            raw.clone()
        };
        // An email, else (HubSpot's owner columns often hold one) the name
        // of exactly one Baton user.
        let user = self.by_email.get(&email).cloned().or_else(|| {
            let mut same = self.users.iter().filter(|(_, name, _)| {
                !email.contains('@') && name.trim().eq_ignore_ascii_case(raw.trim())
            });
            match (same.next(), same.next()) {
                (Some((id, _, _)), None) => UserId::parse(id).ok(),
                _ => None,
            }
        });
        (user, named)
    }
}

/// Activities sent on at a time while an export's activity files stream.
const ACTIVITY_BATCH: usize = 2_000;

/// What an export's head files (users, accounts, contacts, opportunities)
/// said, kept while its activity files stream by: where each CRM id
/// landed, and what was left out.
struct Heads<'u> {
    owners: Owners<'u>,
    /// The imported accounts' ids, by their place in the bundle.
    account_ids: Vec<AccountId>,
    account_index: HashMap<String, usize>,
    left_out: HashSet<String>,
    contact_account: HashMap<String, usize>,
    opportunity_account: HashMap<String, usize>,
    seen_activities: HashSet<String>,
    unmatched: BTreeMap<String, u64>,
    ledger: Ledger,
    contacts: u64,
    opportunities: u64,
    activities: u64,
}

impl Heads<'_> {
    /// Where a row's account is: the first of the accounts it lists that
    /// is imported (its place); else why not: the first is left out, or
    /// unknown.
    fn place(&self, accounts: &[&str]) -> Result<usize, CrmSkipReason> {
        if let Some(i) = accounts.iter().find_map(|a| self.account_index.get(*a)) {
            return Ok(*i);
        }
        match accounts.first() {
            Some(a) if self.left_out.contains(*a) => Err(CrmSkipReason::AccountSkipped),
            _ => Err(CrmSkipReason::AccountNotFound),
        }
    }
}

/// Reads the export's users, accounts, contacts and opportunities: the
/// bundle of the accounts to import (without activities), and what the
/// activity files need to place theirs.
fn read_heads<'u>(
    from: &ExportFiles,
    mapping: &Mapping,
    users: &'u [(String, String, Option<String>)],
    seen: &mut Seen,
    progress: &dyn Fn(u64),
) -> Result<(Heads<'u>, Bundle), ImportsError> {
    // Every file the mapping needs is there, or nothing is read.
    for t in mapping.tables() {
        from.resolve(t)?;
    }
    let mut crm_users = HashMap::new();
    if let Some(t) = &mapping.users {
        each_row(from, t, seen, progress, |_, _, r| {
            if let (Some(id), Some(email)) = (r.get("id"), r.get("email")) {
                crm_users.insert(id.clone(), email.trim().to_lowercase());
            }
            Ok(())
        })?;
    }
    let mut h = Heads {
        owners: Owners {
            users,
            by_email: users
                .iter()
                .filter_map(|(id, _, email)| {
                    Some((
                        email.as_ref()?.trim().to_lowercase(),
                        UserId::parse(id).ok()?,
                    ))
                })
                .collect(),
            crm_users,
        },
        account_ids: Vec::new(),
        account_index: HashMap::new(),
        left_out: HashSet::new(),
        contact_account: HashMap::new(),
        opportunity_account: HashMap::new(),
        seen_activities: HashSet::new(),
        unmatched: BTreeMap::new(),
        ledger: Ledger::default(),
        contacts: 0,
        opportunities: 0,
        activities: 0,
    };
    let mut accounts: Vec<BundleAccount> = Vec::new();
    each_row(from, &mapping.accounts, seen, progress, |file, line, r| {
        let id = match h.ledger.live(file, line, &r) {
            Ok(id) => id,
            Err(id) => {
                h.left_out.insert(id);
                return Ok(());
            }
        };
        let (Ok(account_id), Some(name)) = (AccountId::parse(&id), r.get("name")) else {
            h.ledger
                .missing(file, line, &id, AccountId::parse(&id).is_ok(), "name");
            return Ok(());
        };
        if h.account_index.contains_key(&id) {
            h.ledger.skip(file, line, &id, CrmSkipReason::DuplicateId);
            return Ok(());
        }
        // No owner in the CRM: the account comes in unassigned, for the
        // ownership rules. An owner nobody here is: left out, since
        // assigning it elsewhere would hide a user missing from Baton.
        let (owner_id, named) = h.owners.owner(r.get("owner"));
        if owner_id.is_none() && r.contains_key("owner") {
            *h.unmatched.entry(named).or_default() += 1;
            h.left_out.insert(id.clone());
            h.ledger.skip(file, line, &id, CrmSkipReason::OwnerNotAUser);
            return Ok(());
        }
        let at = (file, line, id.as_str());
        let arr = h.ledger.value(at, &r, "arr", parse_amount);
        let renewal_date = h.ledger.value(at, &r, "renewal_date", parse_day);
        h.account_index.insert(id.clone(), accounts.len());
        h.account_ids.push(account_id.clone());
        accounts.push(BundleAccount {
            account: crate::accounts::Account {
                id: account_id,
                name: name.clone(),
                owner_id,
                arr,
                currency: None,
                segment: Segment::from_arr(arr),
                segment_derived: true,
                industry: r.get("industry").cloned(),
                territory: r.get("territory").cloned(),
                renewal_date,
                contract_notes: r.get("notes").map(|v| plain(v)),
                source: None,
            },
            team: Vec::new(),
            contacts: Vec::new(),
            opportunities: Vec::new(),
            activities: Vec::new(),
        });
        Ok(())
    })?;

    if let Some(t) = &mapping.contacts {
        each_row(from, t, seen, progress, |file, line, r| {
            let Ok(id) = h.ledger.live(file, line, &r) else {
                return Ok(());
            };
            let name = r.get("name").cloned().or_else(|| {
                let parts: Vec<&str> = [r.get("first_name"), r.get("last_name")]
                    .into_iter()
                    .flatten()
                    .map(String::as_str)
                    .collect();
                (!parts.is_empty()).then(|| parts.join(" "))
            });
            let (Ok(contact_id), Some(name)) = (ContactId::parse(&id), name) else {
                let id_ok = ContactId::parse(&id).is_ok();
                h.ledger.missing(file, line, &id, id_ok, "name");
                return Ok(());
            };
            if h.contact_account.contains_key(&id) {
                h.ledger.skip(file, line, &id, CrmSkipReason::DuplicateId);
                return Ok(());
            }
            match h.place(&ids(r.get("account"))) {
                Ok(i) => {
                    h.contact_account.insert(id.clone(), i);
                    h.contacts += 1;
                    accounts[i].contacts.push(Contact {
                        id: contact_id,
                        name,
                        title: r.get("title").cloned(),
                        email: r.get("email").cloned(),
                        phone: r.get("phone").cloned(),
                        role: ContactRole::Other,
                        preferred_channel: None,
                        relationship_strength: None,
                        notes: r.get("notes").map(|v| plain(v)),
                    });
                }
                Err(reason) => h.ledger.skip(file, line, &id, reason),
            }
            Ok(())
        })?;
    }

    if let Some(t) = &mapping.opportunities {
        each_row(from, t, seen, progress, |file, line, r| {
            let Ok(id) = h.ledger.live(file, line, &r) else {
                return Ok(());
            };
            let (Ok(opp_id), Some(name)) = (OpportunityId::parse(&id), r.get("name")) else {
                let id_ok = OpportunityId::parse(&id).is_ok();
                h.ledger.missing(file, line, &id, id_ok, "name");
                return Ok(());
            };
            if h.opportunity_account.contains_key(&id) {
                h.ledger.skip(file, line, &id, CrmSkipReason::DuplicateId);
                return Ok(());
            }
            match h.place(&ids(r.get("account"))) {
                Ok(i) => {
                    let at = (file, line, id.as_str());
                    let amount = h.ledger.value(at, &r, "amount", parse_amount);
                    let close_date = h.ledger.value(at, &r, "close_date", parse_day);
                    h.opportunity_account.insert(id.clone(), i);
                    h.opportunities += 1;
                    accounts[i].opportunities.push(Opportunity {
                        id: opp_id,
                        name: name.clone(),
                        stage: r.get("stage").cloned(),
                        amount,
                        close_date,
                        next_step: r.get("next_step").cloned(),
                    });
                }
                Err(reason) => h.ledger.skip(file, line, &id, reason),
            }
            Ok(())
        })?;
    }
    Ok((
        h,
        Bundle {
            users: Vec::new(),
            accounts,
        },
    ))
}

impl Heads<'_> {
    /// Streams the export's activity files, handing `sink` the activities
    /// of imported accounts [`ACTIVITY_BATCH`] at a time, each with its
    /// account; rows left out go to the report.
    fn read_activities(
        &mut self,
        from: &ExportFiles,
        mapping: &Mapping,
        seen: &mut Seen,
        progress: &dyn Fn(u64),
        sink: &mut dyn FnMut(Vec<(AccountId, Activity)>) -> Result<(), ImportsError>,
    ) -> Result<(), ImportsError> {
        let mut batch = Vec::with_capacity(ACTIVITY_BATCH);
        for t in &mapping.activities {
            each_row(from, t, seen, progress, |file, line, r| {
                if let Some(activity) = self.activity(t, file, line, &r) {
                    batch.push(activity);
                    if batch.len() == ACTIVITY_BATCH {
                        sink(std::mem::replace(
                            &mut batch,
                            Vec::with_capacity(ACTIVITY_BATCH),
                        ))?;
                    }
                }
                Ok(())
            })?;
        }
        if !batch.is_empty() {
            sink(batch)?;
        }
        Ok(())
    }

    /// An activity row's activity and its account, or `None` when the row
    /// is left out (and recorded so).
    fn activity(
        &mut self,
        t: &Table,
        file: &str,
        line: u64,
        r: &HashMap<String, String>,
    ) -> Option<(AccountId, Activity)> {
        let id = self.ledger.live(file, line, r).ok()?;
        let at = r
            .get("at")
            .and_then(|v| parse_moment(v))
            .or_else(|| r.get("at_fallback").and_then(|v| parse_moment(v)));
        let (Ok(activity_id), Some(at)) = (ActivityId::parse(&id), at) else {
            let id_ok = ActivityId::parse(&id).is_ok();
            self.ledger.missing(file, line, &id, id_ok, "at");
            return None;
        };
        if !self.seen_activities.insert(id.clone()) {
            self.ledger
                .skip(file, line, &id, CrmSkipReason::DuplicateId);
            return None;
        }
        // Its account: the first of those it names that is imported (as an
        // account, or as an opportunity's), else its contacts' first.
        let what = ids(r.get("account"));
        let who = ids(r.get("contact"));
        let found = what
            .iter()
            .find_map(|w| {
                self.account_index
                    .get(*w)
                    .or_else(|| self.opportunity_account.get(*w))
            })
            .or_else(|| who.iter().find_map(|c| self.contact_account.get(*c)))
            .copied();
        let Some(i) = found else {
            let reason = match self.place(&what) {
                Err(reason) => reason,
                Ok(_) => CrmSkipReason::AccountNotFound,
            };
            self.ledger.skip(file, line, &id, reason);
            return None;
        };
        let kind = match (&t.kind, r.get("kind")) {
            (_, Some(k)) => kind_of(k),
            (Some(k), None) => kind_of(k),
            (None, None) => ActivityKind::Note,
        };
        // Every contact it names who is a contact of that account.
        let mut contact_ids: Vec<ContactId> = who
            .iter()
            .filter(|c| self.contact_account.get(**c) == Some(&i))
            .filter_map(|c| ContactId::parse(c).ok())
            .collect();
        contact_ids.dedup();
        let author_id = self.owners.owner(r.get("owner")).0;
        if let (None, Some(raw)) = (&author_id, r.get("owner")) {
            let at = (file, line, id.as_str());
            self.ledger
                .empty(at, "owner", raw, CrmEmptyReason::NotAUser);
        }
        self.activities += 1;
        Some((
            self.account_ids[i].clone(),
            Activity {
                id: activity_id,
                kind,
                at,
                author_id,
                contact_ids,
                subject: r.get("subject").cloned(),
                body: r.get("body").map(|v| plain(v)),
                direction: None,
            },
        ))
    }

    /// The report of what was read and left out (for a check: nothing
    /// written).
    fn report(self, source: String, seen: Seen) -> CrmReport {
        let Ledger { skipped, emptied } = self.ledger;
        let mut skipped_counts = BTreeMap::new();
        for s in &skipped {
            *skipped_counts.entry(s.reason).or_default() += 1;
        }
        CrmReport {
            source,
            crm: String::new(),
            checked_only: true,
            files: seen.files,
            accounts: self.account_ids.len() as u64,
            contacts: self.contacts,
            opportunities: self.opportunities,
            activities: self.activities,
            unmatched_owners: self
                .unmatched
                .into_iter()
                .map(|(owner, accounts)| UnmatchedOwner { owner, accounts })
                .collect(),
            missing_columns: seen.missing,
            absent_files: seen.absent,
            skipped_counts,
            skipped,
            emptied,
            import: None,
        }
    }
}

/// Reads a whole export into a bundle for Baton's users (`users`: id,
/// name, email), and the report of what it holds and leaves out. The
/// import itself streams the activities instead ([`import`]).
pub fn read(
    from: &ExportFiles,
    mapping: &Mapping,
    users: &[(String, String, Option<String>)],
    progress: &dyn Fn(u64),
) -> Result<(Bundle, CrmReport), ImportsError> {
    let mut seen = Seen::default();
    let (mut heads, mut bundle) = read_heads(from, mapping, users, &mut seen, progress)?;
    let place: HashMap<AccountId, usize> = bundle
        .accounts
        .iter()
        .enumerate()
        .map(|(i, a)| (a.account.id.clone(), i))
        .collect();
    heads.read_activities(from, mapping, &mut seen, progress, &mut |batch| {
        for (account, activity) in batch {
            // Activities are read only for the bundle's accounts.
            bundle.accounts[place[&account]].activities.push(activity);
        }
        Ok(())
    })?;
    Ok((bundle, heads.report(from.name(), seen)))
}

/// Reads the export and, unless `check`, writes it as one transaction:
/// the head files are read whole (accounts and their people are few), the
/// activity files stream through a bounded channel into the write, so an
/// export of any size needs the memory of its heads and a few batches.
/// A reader that stops half-way (a file the CSV reader refuses) rolls the
/// write back and answers with its own error.
pub async fn import(
    db: &Db,
    from: ExportFiles,
    crm: &str,
    mapping: Mapping,
    check: bool,
    actor: Option<&UserId>,
    progress: Box<dyn Fn(u64) + Send>,
) -> Result<CrmReport, ImportsError> {
    use crate::accounts::import::Feed;
    let users = crate::users::addresses(db).await?;
    let (heads_tx, heads_rx) = tokio::sync::oneshot::channel::<Bundle>();
    let (feed_tx, mut feed_rx) = tokio::sync::mpsc::channel::<Feed>(2);
    let label = format!("csv ({crm}): {}", from.name());
    let system = crm.to_lowercase();
    let reader = tokio::task::spawn_blocking(move || -> Result<CrmReport, ImportsError> {
        let mut seen = Seen::default();
        let (mut heads, mut bundle) = read_heads(&from, &mapping, &users, &mut seen, &*progress)?;
        for a in &mut bundle.accounts {
            a.account.source = Some(system.clone());
        }
        let gone = || ImportsError::ReaderFailed("the write stopped".to_string());
        if !check {
            heads_tx.send(bundle).map_err(|_| gone())?;
        }
        heads.read_activities(&from, &mapping, &mut seen, &*progress, &mut |batch| {
            if check {
                return Ok(());
            }
            feed_tx
                .blocking_send(Feed::Batch(batch))
                .map_err(|_| gone())
        })?;
        if !check {
            feed_tx.blocking_send(Feed::End).map_err(|_| gone())?;
        }
        Ok(heads.report(from.name(), seen))
    });
    let written = match heads_rx.await {
        Ok(bundle) => {
            let source = ImportSource {
                actor,
                label: &label,
            };
            Some(crate::accounts::import::apply_streamed(db, &bundle, &source, &mut feed_rx).await)
        }
        // A check, or a reader that failed on the heads: its error says.
        Err(_) => None,
    };
    // A reader still sending learns that the write is over.
    drop(feed_rx);
    let read = reader
        .await
        .map_err(|e| ImportsError::ReaderFailed(e.to_string()))?;
    let mut report = match (written, read) {
        (Some(Err(crate::bundle::ImportError::CutShort)), Err(e)) => return Err(e),
        (Some(Err(e)), _) => return Err(e.into()),
        (_, Err(e)) => return Err(e),
        (Some(Ok(summary)), Ok(mut report)) => {
            report.import = Some(summary);
            report
        }
        (None, Ok(report)) => report,
    };
    report.crm = crm.to_string();
    report.checked_only = check;
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moments_and_days_as_crms_write_them() {
        let t = |s: &str| parse_moment(s).map(|d| d.to_rfc3339());
        assert_eq!(
            t("2024-03-12T10:15:00.000Z").as_deref(),
            Some("2024-03-12T10:15:00+00:00")
        );
        assert_eq!(
            t("2024-03-12T10:15:00+01:00").as_deref(),
            Some("2024-03-12T09:15:00+00:00")
        );
        assert_eq!(
            t("2024-03-12 10:15").as_deref(),
            Some("2024-03-12T10:15:00+00:00")
        );
        assert_eq!(
            t("03/12/2024 10:15").as_deref(),
            Some("2024-03-12T10:15:00+00:00")
        );
        assert_eq!(
            t("2024-03-12").as_deref(),
            Some("2024-03-12T12:00:00+00:00")
        );
        assert_eq!(t("yesterday"), None);
        assert_eq!(
            parse_day("02/28/2025"),
            NaiveDate::from_ymd_opt(2025, 2, 28)
        );
        assert_eq!(
            parse_day("2025-02-28 00:00"),
            NaiveDate::from_ymd_opt(2025, 2, 28)
        );
    }

    /// A column the mapping names but the file lacks is reported, not
    /// silently left empty.
    #[test]
    fn columns_the_file_lacks_are_reported() {
        let mapping = Mapping::from_toml(
            "m.toml",
            "[accounts]\nfile = \"a.csv\"\ncolumns = { id = \"Id\", name = \"Fullname\", owner = \"Owner\" }\n",
        )
        .unwrap();
        let files = BTreeMap::from([(
            "a.csv".to_string(),
            b"Id,Name,Owner\n1,Acme,dana@acme.test\n,Beta,dana@acme.test\n".to_vec(),
        )]);
        let users = vec![(
            "u-dana".to_string(),
            "Dana".to_string(),
            Some("dana@acme.test".to_string()),
        )];
        let (bundle, report) =
            read(&ExportFiles::Uploaded(files), &mapping, &users, &|_| {}).unwrap();
        assert!(bundle.accounts.is_empty());
        assert_eq!(
            report.missing_columns,
            BTreeMap::from([("a.csv".to_string(), vec!["Fullname".to_string()])])
        );
        let fields: Vec<(CrmSkipReason, Option<&str>)> = report
            .skipped
            .iter()
            .map(|x| (x.reason, x.field.as_deref()))
            .collect();
        assert_eq!(
            fields,
            [
                (CrmSkipReason::MissingField, Some("name")),
                (CrmSkipReason::MissingField, Some("id")),
            ]
        );
    }

    #[test]
    fn amounts_lose_their_signs_and_separators() {
        assert_eq!(parse_amount("420,000.50").map(Money::value), Some(420000.5));
        assert_eq!(parse_amount("€95.000,00").map(Money::value), Some(95000.0));
        assert_eq!(
            parse_amount("1.234.567,89").map(Money::value),
            Some(1234567.89)
        );
        assert_eq!(parse_amount("1,234,567").map(Money::value), Some(1234567.0));
        assert_eq!(parse_amount("12,5 %").map(Money::value), Some(12.5));
        assert_eq!(parse_amount("400000.0").map(Money::value), Some(400000.0));
        assert_eq!(parse_amount("€ 1,200").map(Money::value), Some(1200.0));
        assert_eq!(parse_amount(""), None);
        assert_eq!(parse_amount("-5"), None);
    }

    #[test]
    fn windows_1252_is_read_when_the_bytes_are_not_utf8() {
        let mut t = FieldText::new(false);
        assert_eq!(t.text(b"Zurich"), "Zurich");
        assert_eq!(t.encoding, "utf-8");
        assert_eq!(t.text("Zürich".as_bytes()), "Zürich");
        assert_eq!(t.text(b"Caf\xe9 \x80 \x93quoted\x94"), "Café € “quoted”");
        assert_eq!(t.encoding, "windows-1252");
        // From then on the file is read as Windows-1252.
        assert_eq!(t.text(b"\xe9t\xe9"), "été");
        let mut t = FieldText::new(true);
        assert_eq!(t.text("Zürich".as_bytes()), "Zürich");
        assert_eq!(t.encoding, "utf-8 (bom)");
    }

    #[test]
    fn an_owner_is_a_users_email_or_else_one_users_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("companies.csv"),
            "Record ID,Company name,Company owner\n1,A,dana@acme.test\n2,B,Dana Whitfield\n3,C,Pat Doe\n4,D,Sam Ortiz\n5,E,\n",
        )
        .unwrap();
        let users = vec![
            (
                "u-dana".to_string(),
                "Dana Whitfield".to_string(),
                Some("DANA@acme.test".to_string()),
            ),
            ("u-sam1".to_string(), "Sam Ortiz".to_string(), None),
            ("u-sam2".to_string(), "Sam Ortiz".to_string(), None),
        ];
        let mapping = Mapping {
            contacts: None,
            opportunities: None,
            activities: Vec::new(),
            ..Mapping::hubspot()
        };
        let (bundle, report) = read(
            &ExportFiles::Dir(dir.path().to_path_buf()),
            &mapping,
            &users,
            &|_| {},
        )
        .unwrap();
        let owners: Vec<(&str, Option<&str>)> = bundle
            .accounts
            .iter()
            .map(|a| {
                (
                    a.account.id.as_str(),
                    a.account.owner_id.as_ref().map(|o| o.as_str()),
                )
            })
            .collect();
        // No owner at all: it comes in unassigned, for the ownership rules.
        assert_eq!(
            owners,
            [("1", Some("u-dana")), ("2", Some("u-dana")), ("5", None)]
        );
        // Nobody by that name, and a name two users share: reported.
        let unmatched: Vec<&str> = report
            .unmatched_owners
            .iter()
            .map(|o| o.owner.as_str())
            .collect();
        assert_eq!(unmatched, ["Pat Doe", "Sam Ortiz"]);
    }

    /// Rows are named by their line in the file as an editor shows it,
    /// whatever ends the lines and however many a quoted value spans.
    #[test]
    fn skipped_rows_name_their_line() {
        let users = vec![(
            "u-dana".to_string(),
            "Dana".to_string(),
            Some("dana@acme.test".to_string()),
        )];
        let mapping = Mapping {
            contacts: None,
            opportunities: None,
            activities: Vec::new(),
            ..Mapping::hubspot()
        };
        for end in ["\r\n", "\n"] {
            let text = [
                "Record ID,Company name,Company owner,Description",
                "1,Acme,dana@acme.test,\"two\r\nlines\"",
                "2,,dana@acme.test,",
                "3,Gone,nobody@acme.test,",
            ]
            .join(end);
            let files = BTreeMap::from([("companies.csv".to_string(), text.into_bytes())]);
            let (_, report) =
                read(&ExportFiles::Uploaded(files), &mapping, &users, &|_| {}).unwrap();
            let lines: Vec<(&str, u64)> = report
                .skipped
                .iter()
                .map(|s| (s.id.as_str(), s.line))
                .collect();
            assert_eq!(lines, [("2", 4), ("3", 5)], "lines ended by {end:?}");
        }
    }

    /// A value that cannot be read leaves its field empty, and the report
    /// says which, where and what it was; so does an activity's owner who
    /// is nobody here.
    #[test]
    fn values_left_empty_are_reported() {
        let users = vec![(
            "u-dana".to_string(),
            "Dana".to_string(),
            Some("dana@acme.test".to_string()),
        )];
        let files = BTreeMap::from([
            (
                "companies.csv".to_string(),
                b"Record ID,Company name,Company owner,Annual Revenue\n\
                  1,Acme,dana@acme.test,lots\n2,Beta,dana@acme.test,\"1,200\"\n"
                    .to_vec(),
            ),
            ("contacts.csv".to_string(), b"Record ID\n".to_vec()),
            (
                "deals.csv".to_string(),
                b"Record ID,Deal Name,Close Date,Associated Company IDs\n\
                  7,Renewal,15/03/2027,1\n8,Upsell,03/15/2027,2\n"
                    .to_vec(),
            ),
            (
                "notes.csv".to_string(),
                b"Record ID,Note body,Activity date,Activity assigned to,Associated Company IDs\n\
                  9,Called,2026-11-20 10:00,pat@gone.test,1\n"
                    .to_vec(),
            ),
        ]);
        let (bundle, report) = read(
            &ExportFiles::Uploaded(files),
            &Mapping::hubspot(),
            &users,
            &|_| {},
        )
        .unwrap();
        assert_eq!(report.accounts, 2);
        assert_eq!(
            bundle.accounts[1].account.arr.map(Money::value),
            Some(1200.0)
        );
        let emptied: Vec<(&str, &str, &str, CrmEmptyReason)> = report
            .emptied
            .iter()
            .map(|e| (e.id.as_str(), e.field.as_str(), e.value.as_str(), e.reason))
            .collect();
        assert_eq!(
            emptied,
            [
                ("1", "arr", "lots", CrmEmptyReason::Unreadable),
                ("7", "close_date", "15/03/2027", CrmEmptyReason::Unreadable),
                ("9", "owner", "pat@gone.test", CrmEmptyReason::NotAUser),
            ]
        );
        assert_eq!(report.emptied[1].line, 2);
        assert_eq!(report.activities, 1);
    }

    #[test]
    fn rich_text_is_read_as_text() {
        let html =
            "<p>Budget approved by the CFO.</p><p>Legal wants the DPA &amp; SLA.</p>".to_string();
        let text = plain(&html);
        assert!(!text.contains('<') && !text.contains("&amp;"), "{text}");
        assert!(
            text.contains("Budget approved by the CFO.") && text.contains("DPA & SLA"),
            "{text}"
        );
        let kept = "Price < 5% over list, see a->b".to_string();
        assert_eq!(plain(&kept), kept);
    }

    #[test]
    fn file_patterns_match_whole_names() {
        let hubspot = "hubspot-crm-exports-all-calls-2026-11-30.csv";
        assert!(matches("*calls*.csv", hubspot));
        assert!(matches("*CALLS*.CSV", hubspot));
        assert!(matches("Task.csv", "task.csv"));
        assert!(matches("*", "anything"));
        assert!(matches("a*b*c", "abc"));
        assert!(!matches("Task.csv", "Task.csv.bak"));
        assert!(!matches("*calls*.csv", "calls.txt"));
        assert!(!matches("*emails*.csv", hubspot));
        // The end is not the start again: "ab*ab" needs both.
        assert!(!matches("ab*ab", "ab"));
    }

    #[test]
    fn kinds_are_read_from_the_crms_words() {
        assert_eq!(kind_of("Call"), ActivityKind::Call);
        assert_eq!(kind_of("EMAIL"), ActivityKind::Email);
        assert_eq!(kind_of("MEETING"), ActivityKind::Meeting);
        assert_eq!(kind_of("Task"), ActivityKind::Note);
    }

    /// The hand-written Salesforce export, file name → bytes.
    fn salesforce_files() -> BTreeMap<String, Vec<u8>> {
        let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crm/salesforce");
        std::fs::read_dir(&fixtures)
            .unwrap()
            .map(|e| e.unwrap().path())
            .map(|p| {
                (
                    p.file_name().unwrap().to_string_lossy().into_owned(),
                    std::fs::read(&p).unwrap(),
                )
            })
            .collect()
    }

    /// What holds for any export: reading never panics; a file the CSV
    /// reader refuses is an error that names it, anything else rows or
    /// reasons, the report counting what the bundle holds.
    fn reads_any_export(files: BTreeMap<String, Vec<u8>>) {
        let users = vec![(
            "u-dana".to_string(),
            "Dana".to_string(),
            Some("dana@acme.test".to_string()),
        )];
        match read(
            &ExportFiles::Uploaded(files),
            &Mapping::salesforce(),
            &users,
            &|_| {},
        ) {
            Ok((bundle, report)) => assert_eq!(report.accounts as usize, bundle.accounts.len()),
            Err(e) => assert!(e.to_string().contains(".csv"), "{e}"),
        }
    }

    /// What CSV files are made of, and bytes that are not UTF-8.
    const PIECES: [&[u8]; 10] = [
        b"\"",
        b",",
        b"\r\n",
        b"\n",
        b"\"\"",
        b"\xe9",
        b"\x80",
        b"true",
        b"2024-02-31",
        b"\xEF\xBB\xBF",
    ];

    proptest::proptest! {
        #![proptest_config(crate::imports::fuzz::config(150))]
        /// Generated edits of every file of the hand-written Salesforce
        /// export (tests/fixtures/crm/salesforce).
        #[test]
        fn edited_exports_never_break_the_reader(
            edits in proptest::collection::vec(crate::imports::fuzz::edits(4, 40), 6),
        ) {
            let files = salesforce_files()
                .into_iter()
                .zip(&edits)
                .map(|((name, bytes), edits)| {
                    (name, crate::imports::fuzz::apply_bytes(&bytes, edits, &PIECES))
                })
                .collect();
            reads_any_export(files);
        }
    }

    /// The kept cases (tests/fixtures/fuzz/crm): `Task.csv.some_case`
    /// stands in for `Task.csv` of the Salesforce fixture.
    #[test]
    fn the_kept_cases_still_read() {
        for (name, bytes) in crate::imports::fuzz::corpus("crm") {
            let (file, _) = name.rsplit_once('.').expect("FILE.csv.CASE");
            let mut files = salesforce_files();
            assert!(
                files.contains_key(file),
                "{name} names no file of the export"
            );
            files.insert(file.to_string(), bytes);
            let run = std::panic::catch_unwind(|| reads_any_export(files));
            assert!(run.is_ok(), "{name}");
        }
    }
}
