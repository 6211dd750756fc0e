//! CRM CSV exports made Baton's record: Salesforce's data export, HubSpot's
//! object exports, or any CRM through a mapping file (column → field).
//!
//! A [`Mapping`] says which file holds which object and which column holds
//! which field; Salesforce and HubSpot have theirs built in. The files are
//! read as they come (UTF-8 with or without a byte-order mark, or
//! Windows-1252 when they are not UTF-8), their rows become a bundle
//! (accounts, contacts, opportunities, activities, with the CRM's ids as
//! Baton's ids) and [`crate::accounts::import::apply`] writes it as it
//! writes a `baton-bundle/v1`: one transaction, in place, the CRM's own
//! activities replaced, chats and mail kept.
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
    pub file: String,
    /// For activities: the kind every row has (`meeting` for calendar
    /// events), when no column says.
    #[serde(default)]
    pub kind: Option<String>,
    pub columns: BTreeMap<String, String>,
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
        columns: columns
            .iter()
            .map(|(f, c)| (f.to_string(), c.to_string()))
            .collect(),
    }
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
        Mapping {
            users: None,
            accounts: table(
                "companies.csv",
                None,
                &[
                    ("id", "Record ID"),
                    ("name", "Company name"),
                    ("owner", "Company owner"),
                    ("industry", "Industry"),
                    ("arr", "Annual Revenue"),
                    ("territory", "Country/Region"),
                    ("notes", "Description"),
                ],
            ),
            contacts: Some(table(
                "contacts.csv",
                None,
                &[
                    ("id", "Record ID"),
                    ("account", "Associated Company IDs"),
                    ("first_name", "First Name"),
                    ("last_name", "Last Name"),
                    ("email", "Email"),
                    ("phone", "Phone Number"),
                    ("title", "Job Title"),
                ],
            )),
            opportunities: Some(table(
                "deals.csv",
                None,
                &[
                    ("id", "Record ID"),
                    ("account", "Associated Company IDs"),
                    ("name", "Deal Name"),
                    ("stage", "Deal Stage"),
                    ("amount", "Amount"),
                    ("close_date", "Close Date"),
                ],
            )),
            activities: vec![table(
                "engagements.csv",
                None,
                &[
                    ("id", "Activity ID"),
                    ("kind", "Activity type"),
                    ("at", "Activity date"),
                    ("owner", "Activity assigned to"),
                    ("subject", "Subject"),
                    ("body", "Body"),
                    ("account", "Associated Company IDs"),
                    ("contact", "Associated Contact IDs"),
                ],
            )],
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
                for needed in ["id"] {
                    if !t.columns.contains_key(needed) {
                        return Err(bad(format!("[{object}] needs the column of `{needed}`")));
                    }
                }
            }
        }
        Ok(m)
    }
}

/// Text of a CSV file: UTF-8 (a byte-order mark dropped), else Windows-1252.
pub fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), "utf-8 (bom)");
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), "utf-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), "windows-1252")
        }
    }
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
    /// columns, as the mapping names them): their fields stay empty, and a
    /// row that needs one is skipped as `missing_field`.
    pub missing_columns: BTreeMap<String, Vec<String>>,
    pub skipped_counts: BTreeMap<CrmSkipReason, u64>,
    pub skipped: Vec<CrmSkipped>,
    /// What the write did (absent for a check).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import: Option<ImportSummary>,
}

/// The rows left out, as they are found.
#[derive(Default)]
struct Ledger(Vec<CrmSkipped>);

impl Ledger {
    fn skip(&mut self, file: &str, line: u64, id: &str, reason: CrmSkipReason) {
        self.0.push(CrmSkipped {
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

    /// A row without a field it needs: the id when that is not one, else
    /// `field`.
    fn missing(&mut self, file: &str, line: u64, id: &str, id_ok: bool, field: &str) {
        self.0.push(CrmSkipped {
            file: file.to_string(),
            line,
            id: id.to_string(),
            reason: CrmSkipReason::MissingField,
            field: Some(if id_ok { field } else { "id" }.to_string()),
        });
    }
}

/// Rows of one CSV file, by field.
struct Rows {
    file: String,
    rows: Vec<(u64, HashMap<String, String>)>,
}

/// Where an export's files come from: a folder, or an upload's parts.
pub enum ExportFiles {
    Dir(PathBuf),
    /// File name → bytes.
    Uploaded(BTreeMap<String, Vec<u8>>),
}

impl ExportFiles {
    /// The bytes of the files `mapping` reads that are there (for a
    /// progress bar); `None` when none is.
    pub fn size_of(&self, mapping: &Mapping) -> Option<u64> {
        let total: u64 = mapping
            .tables()
            .filter_map(|t| match self {
                ExportFiles::Dir(dir) => std::fs::metadata(dir.join(&t.file)).ok().map(|m| m.len()),
                ExportFiles::Uploaded(files) => files
                    .iter()
                    .find(|(name, _)| name.eq_ignore_ascii_case(&t.file))
                    .map(|(_, b)| b.len() as u64),
            })
            .sum();
        (total > 0).then_some(total)
    }

    fn name(&self) -> String {
        match self {
            ExportFiles::Dir(d) => d.display().to_string(),
            ExportFiles::Uploaded(_) => "upload".to_string(),
        }
    }

    fn load(&self, file: &str) -> Result<Vec<u8>, ImportsError> {
        match self {
            ExportFiles::Dir(dir) => {
                let path = dir.join(file);
                std::fs::read(&path).map_err(|source| ImportsError::Read {
                    path: path.display().to_string(),
                    source,
                })
            }
            ExportFiles::Uploaded(files) => files
                .iter()
                .find(|(name, _)| {
                    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
                    base.eq_ignore_ascii_case(file)
                })
                .map(|(_, b)| b.clone())
                .ok_or_else(|| ImportsError::MissingFile(file.to_string())),
        }
    }
}

fn read_table(
    from: &ExportFiles,
    t: &Table,
    files: &mut BTreeMap<String, String>,
    missing: &mut BTreeMap<String, Vec<String>>,
    progress: &dyn Fn(u64),
) -> Result<Rows, ImportsError> {
    let bytes = from.load(&t.file)?;
    let (text, encoding) = decode(&bytes);
    // Progress in the file's bytes: the decoded text's, scaled back.
    let scale = bytes.len() as f64 / text.len().max(1) as f64;
    let mut told = 0u64;
    files.insert(t.file.clone(), encoding.to_string());
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = reader
        .headers()
        .map_err(|e| ImportsError::BadOption(format!("{}: {e}", t.file)))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (field, column) in &t.columns {
        match headers.iter().position(|h| h.eq_ignore_ascii_case(column)) {
            Some(i) => {
                index.insert(field.as_str(), i);
            }
            None => missing
                .entry(t.file.clone())
                .or_default()
                .push(column.clone()),
        }
    }
    if !index.contains_key("id") {
        return Err(ImportsError::BadOption(format!(
            "{}: no column {:?} (the id); its columns are {}",
            t.file,
            t.columns.get("id").map_or("", String::as_str),
            headers.join(", ")
        )));
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| ImportsError::BadOption(format!("{}: {e}", t.file)))?;
        let line = record.position().map_or(0, |p| p.line());
        let at = (record.position().map_or(0, |p| p.byte()) as f64 * scale) as u64;
        if at > told {
            progress(at - told);
            told = at;
        }
        let fields = index
            .iter()
            .filter_map(|(f, i)| {
                let v = record.get(*i)?.trim();
                (!v.is_empty()).then(|| (f.to_string(), v.replace("\r\n", "\n")))
            })
            .collect();
        rows.push((line, fields));
    }
    progress((bytes.len() as u64).saturating_sub(told));
    Ok(Rows {
        file: t.file.clone(),
        rows,
    })
}

fn truthy(v: Option<&String>) -> bool {
    v.is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "true" | "1" | "yes"))
}

/// The first id of a value that may list several (`101;102`).
fn first_id(v: Option<&String>) -> Option<String> {
    v.and_then(|v| {
        v.split([';', ','])
            .map(str::trim)
            .find(|s| !s.is_empty())
            .map(str::to_string)
    })
}

/// Reads an export into a bundle for Baton's users (`users`: id, name,
/// email), and the report of what it holds and leaves out.
pub fn read(
    dir: &ExportFiles,
    mapping: &Mapping,
    users: &[(String, String, Option<String>)],
    progress: &dyn Fn(u64),
) -> Result<(Bundle, CrmReport), ImportsError> {
    let mut files = BTreeMap::new();
    let mut missing = BTreeMap::new();
    let mut ledger = Ledger::default();
    let by_email: HashMap<String, UserId> = users
        .iter()
        .filter_map(|(id, _, email)| {
            Some((
                email.as_ref()?.trim().to_lowercase(),
                UserId::parse(id).ok()?,
            ))
        })
        .collect();
    // The CRM's user ids → emails, when owners are named by id.
    let crm_users: HashMap<String, String> = match &mapping.users {
        Some(t) => read_table(dir, t, &mut files, &mut missing, progress)?
            .rows
            .into_iter()
            .filter_map(|(_, r)| {
                Some((r.get("id")?.clone(), r.get("email")?.trim().to_lowercase()))
            })
            .collect(),
        None => HashMap::new(),
    };
    let owner_of = |raw: Option<&String>| -> (Option<UserId>, String) {
        let Some(raw) = raw else {
            return (None, "(no owner)".to_string());
        };
        let email = crm_users
            .get(raw)
            .cloned()
            .unwrap_or_else(|| raw.trim().to_lowercase());
        let named = if crm_users.contains_key(raw) {
            format!("{raw} ({email})")
        } else {
            raw.clone()
        };
        // An email, else (HubSpot's owner columns often hold one) the name
        // of exactly one Baton user.
        let user = by_email.get(&email).cloned().or_else(|| {
            let mut same = users.iter().filter(|(_, name, _)| {
                !email.contains('@') && name.trim().eq_ignore_ascii_case(raw.trim())
            });
            match (same.next(), same.next()) {
                (Some((id, _, _)), None) => UserId::parse(id).ok(),
                _ => None,
            }
        });
        (user, named)
    };

    let mut unmatched: BTreeMap<String, u64> = BTreeMap::new();
    let mut accounts: Vec<BundleAccount> = Vec::new();
    let mut account_index: HashMap<String, usize> = HashMap::new();
    let mut left_out: HashSet<String> = HashSet::new();
    let table_rows = read_table(dir, &mapping.accounts, &mut files, &mut missing, progress)?;
    for (line, r) in &table_rows.rows {
        let file = &table_rows.file;
        let id = match ledger.live(file, *line, r) {
            Ok(id) => id,
            Err(id) => {
                left_out.insert(id);
                continue;
            }
        };
        let (Ok(account_id), Some(name)) = (AccountId::parse(&id), r.get("name")) else {
            ledger.missing(file, *line, &id, AccountId::parse(&id).is_ok(), "name");
            continue;
        };
        if account_index.contains_key(&id) {
            ledger.skip(file, *line, &id, CrmSkipReason::DuplicateId);
            continue;
        }
        let (owner, named) = owner_of(r.get("owner"));
        let Some(owner_id) = owner else {
            *unmatched.entry(named).or_default() += 1;
            left_out.insert(id.clone());
            ledger.skip(file, *line, &id, CrmSkipReason::OwnerNotAUser);
            continue;
        };
        let arr = r.get("arr").and_then(|v| parse_amount(v));
        account_index.insert(id.clone(), accounts.len());
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
                renewal_date: r.get("renewal_date").and_then(|v| parse_day(v)),
                contract_notes: r.get("notes").cloned(),
            },
            contacts: Vec::new(),
            opportunities: Vec::new(),
            activities: Vec::new(),
        });
    }
    // Where a row's account is: imported (its index), left out, or unknown.
    let place = |account: Option<String>| -> Result<usize, CrmSkipReason> {
        let a = account.unwrap_or_default();
        match account_index.get(&a) {
            Some(i) => Ok(*i),
            None if left_out.contains(&a) => Err(CrmSkipReason::AccountSkipped),
            None => Err(CrmSkipReason::AccountNotFound),
        }
    };

    let mut contact_account: HashMap<String, usize> = HashMap::new();
    if let Some(t) = &mapping.contacts {
        let rows = read_table(dir, t, &mut files, &mut missing, progress)?;
        for (line, r) in &rows.rows {
            let Ok(id) = ledger.live(&rows.file, *line, r) else {
                continue;
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
                ledger.missing(&rows.file, *line, &id, id_ok, "name");
                continue;
            };
            if contact_account.contains_key(&id) {
                ledger.skip(&rows.file, *line, &id, CrmSkipReason::DuplicateId);
                continue;
            }
            match place(first_id(r.get("account"))) {
                Ok(i) => {
                    contact_account.insert(id.clone(), i);
                    accounts[i].contacts.push(Contact {
                        id: contact_id,
                        name,
                        title: r.get("title").cloned(),
                        email: r.get("email").cloned(),
                        phone: r.get("phone").cloned(),
                        role: ContactRole::Other,
                        preferred_channel: None,
                        relationship_strength: None,
                        notes: r.get("notes").cloned(),
                    });
                }
                Err(reason) => ledger.skip(&rows.file, *line, &id, reason),
            }
        }
    }

    let mut opportunity_account: HashMap<String, usize> = HashMap::new();
    if let Some(t) = &mapping.opportunities {
        let rows = read_table(dir, t, &mut files, &mut missing, progress)?;
        for (line, r) in &rows.rows {
            let Ok(id) = ledger.live(&rows.file, *line, r) else {
                continue;
            };
            let (Ok(opp_id), Some(name)) = (OpportunityId::parse(&id), r.get("name")) else {
                let id_ok = OpportunityId::parse(&id).is_ok();
                ledger.missing(&rows.file, *line, &id, id_ok, "name");
                continue;
            };
            if opportunity_account.contains_key(&id) {
                ledger.skip(&rows.file, *line, &id, CrmSkipReason::DuplicateId);
                continue;
            }
            match place(first_id(r.get("account"))) {
                Ok(i) => {
                    opportunity_account.insert(id.clone(), i);
                    accounts[i].opportunities.push(Opportunity {
                        id: opp_id,
                        name: name.clone(),
                        stage: r.get("stage").cloned(),
                        amount: r.get("amount").and_then(|v| parse_amount(v)),
                        close_date: r.get("close_date").and_then(|v| parse_day(v)),
                        next_step: r.get("next_step").cloned(),
                    });
                }
                Err(reason) => ledger.skip(&rows.file, *line, &id, reason),
            }
        }
    }

    let mut seen_activities: HashSet<String> = HashSet::new();
    for t in &mapping.activities {
        let rows = read_table(dir, t, &mut files, &mut missing, progress)?;
        for (line, r) in &rows.rows {
            let Ok(id) = ledger.live(&rows.file, *line, r) else {
                continue;
            };
            let at = r
                .get("at")
                .and_then(|v| parse_moment(v))
                .or_else(|| r.get("at_fallback").and_then(|v| parse_moment(v)));
            let (Ok(activity_id), Some(at)) = (ActivityId::parse(&id), at) else {
                let id_ok = ActivityId::parse(&id).is_ok();
                ledger.missing(&rows.file, *line, &id, id_ok, "at");
                continue;
            };
            if !seen_activities.insert(id.clone()) {
                ledger.skip(&rows.file, *line, &id, CrmSkipReason::DuplicateId);
                continue;
            }
            // Its account: named, or the account of its opportunity or contact.
            let what = first_id(r.get("account"));
            let who = first_id(r.get("contact"));
            let found = what
                .as_ref()
                .and_then(|w| {
                    account_index
                        .get(w)
                        .or_else(|| opportunity_account.get(w))
                        .copied()
                })
                .or_else(|| who.as_ref().and_then(|c| contact_account.get(c).copied()));
            let i = match found {
                Some(i) => i,
                None => {
                    let reason = match place(what.clone()) {
                        Err(reason) => reason,
                        Ok(_) => CrmSkipReason::AccountNotFound,
                    };
                    ledger.skip(&rows.file, *line, &id, reason);
                    continue;
                }
            };
            let kind = match (&t.kind, r.get("kind")) {
                (_, Some(k)) => kind_of(k),
                (Some(k), None) => kind_of(k),
                (None, None) => ActivityKind::Note,
            };
            let contact_ids: Vec<ContactId> = who
                .filter(|c| contact_account.get(c) == Some(&i))
                .and_then(|c| ContactId::parse(&c).ok())
                .into_iter()
                .collect();
            accounts[i].activities.push(Activity {
                id: activity_id,
                kind,
                at,
                author_id: owner_of(r.get("owner")).0,
                contact_ids,
                subject: r.get("subject").cloned(),
                body: r.get("body").cloned(),
                direction: None,
            });
        }
    }

    let skipped = ledger.0;
    let mut skipped_counts = BTreeMap::new();
    for s in &skipped {
        *skipped_counts.entry(s.reason).or_default() += 1;
    }
    let count = |f: fn(&BundleAccount) -> usize| accounts.iter().map(f).sum::<usize>() as u64;
    let report = CrmReport {
        source: dir.name(),
        crm: String::new(),
        checked_only: true,
        files,
        accounts: accounts.len() as u64,
        contacts: count(|a| a.contacts.len()),
        opportunities: count(|a| a.opportunities.len()),
        activities: count(|a| a.activities.len()),
        unmatched_owners: unmatched
            .into_iter()
            .map(|(owner, accounts)| UnmatchedOwner { owner, accounts })
            .collect(),
        missing_columns: missing,
        skipped_counts,
        skipped,
        import: None,
    };
    Ok((
        Bundle {
            users: Vec::new(),
            accounts,
        },
        report,
    ))
}

/// Reads the export and, unless `check`, writes it as a bundle.
pub async fn import(
    db: &Db,
    dir: ExportFiles,
    crm: &str,
    mapping: Mapping,
    check: bool,
    actor: Option<&UserId>,
    progress: Box<dyn Fn(u64) + Send>,
) -> Result<CrmReport, ImportsError> {
    let users = crate::users::addresses(db).await?;
    let (bundle, mut report) =
        super::off_the_workers(move || read(&dir, &mapping, &users, &*progress)).await??;
    report.crm = crm.to_string();
    report.checked_only = check;
    if !check {
        let label = format!("csv ({crm}): {}", report.source);
        let source = ImportSource {
            actor,
            label: &label,
        };
        let summary = crate::accounts::import::apply(db, &bundle, &source).await?;
        report.import = Some(summary);
    }
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
        let (text, enc) = decode(b"Caf\xe9 \x80 \x93quoted\x94");
        assert_eq!((text.as_str(), enc), ("Café € “quoted”", "windows-1252"));
        let (text, enc) = decode("\u{feff}Zürich".as_bytes());
        assert_eq!((text.as_str(), enc), ("Zürich", "utf-8 (bom)"));
    }

    #[test]
    fn an_owner_is_a_users_email_or_else_one_users_name() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("companies.csv"),
            "Record ID,Company name,Company owner\n1,A,dana@acme.test\n2,B,Dana Whitfield\n3,C,Pat Doe\n4,D,Sam Ortiz\n",
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
        let owners: Vec<(&str, &str)> = bundle
            .accounts
            .iter()
            .map(|a| (a.account.id.as_str(), a.account.owner_id.as_str()))
            .collect();
        assert_eq!(owners, [("1", "u-dana"), ("2", "u-dana")]);
        // Nobody by that name, and a name two users share: reported.
        let unmatched: Vec<&str> = report
            .unmatched_owners
            .iter()
            .map(|o| o.owner.as_str())
            .collect();
        assert_eq!(unmatched, ["Pat Doe", "Sam Ortiz"]);
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
