//! Mailboxes made part of accounts' records: an mbox (mboxo or mboxrd), a
//! folder of `.eml` files, or one `.eml`.
//!
//! An mbox is read line by line and each message parsed as soon as it is
//! complete (MIME multipart, quoted-printable, base64, encoded words;
//! HTML-only bodies turned into text), keeping only what the record needs:
//! who, when, the subject and the message's own words, with quoted replies
//! ("On … wrote:", `>` lines, Outlook's "Original Message" block) and
//! signatures ("-- ", "Sent from my iPhone") cut. A 1 GB mbox never sits in
//! memory whole.
//!
//! Messages join threads by `References` (its first id is the thread's
//! first message) and `In-Reply-To`, and a thread goes to the account its
//! people belong to: the account whose contacts' addresses appear in it,
//! else the one whose contacts share its participants' company domain
//! (never a free-mail domain nor the team's own), else the account an
//! earlier import put another message of the thread on. Each message
//! becomes one `email` activity there, with an id made of its Message-ID:
//! importing again changes nothing, a later reply is added beside its
//! thread, and nothing already imported is rewritten by a partial export.
//! A thread nobody can be placed for is reported, with each of its
//! messages.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{BufRead, BufReader, Cursor};
use std::path::{Path, PathBuf};
use std::time::Instant;

use chrono::{DateTime, Utc};
use mail_parser::{MessageParser, PartType};
use serde::Serialize;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use super::{ImportsError, Input};
use crate::accounts::import::Attached;
use crate::accounts::{
    self, AccountId, Activity, ActivityId, ActivityKind, ContactId, Direction, Origin,
};
use crate::store::Db;
use crate::users::UserId;

/// Why a message is not in the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum MailSkipReason {
    /// Not a message the parser can read.
    Unreadable,
    /// No `Date` header that can be read.
    NoDate,
    /// No sender address.
    NoSender,
    /// Nobody in its thread is a contact, or at a contact's company.
    NoAccount,
    /// Its thread's people belong to two accounts equally.
    AmbiguousAccount,
}

/// A message left out, with where it is and why.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct MailSkipped {
    /// `FILE:LINE` in an mbox, the file of an `.eml`.
    pub at: String,
    pub reason: MailSkipReason,
    /// Its subject, when it has one.
    pub subject: String,
}

/// A person on a message.
#[derive(Debug, Clone, PartialEq)]
pub struct Party {
    pub name: Option<String>,
    /// Lower case.
    pub address: String,
}

/// One message as the record keeps it.
#[derive(Debug, Clone)]
pub struct Mail {
    pub at_place: String,
    /// Without angle brackets.
    pub id: String,
    pub in_reply_to: Option<String>,
    pub references: Vec<String>,
    pub subject: String,
    pub at: DateTime<Utc>,
    pub from: Party,
    /// To and Cc.
    pub to: Vec<Party>,
    /// Its own words: quoted replies and the signature cut.
    pub text: String,
    pub html_only: bool,
}

fn bare_id(raw: &str) -> String {
    raw.trim()
        .trim_start_matches('<')
        .trim_end_matches('>')
        .to_string()
}

fn parties(a: Option<&mail_parser::Address<'_>>) -> Vec<Party> {
    a.map(|a| {
        a.iter()
            .filter_map(|p| {
                Some(Party {
                    name: p
                        .name()
                        .map(|n| n.trim().to_string())
                        .filter(|n| !n.is_empty()),
                    address: p.address()?.trim().to_lowercase(),
                })
            })
            .filter(|p| p.address.contains('@'))
            .collect()
    })
    .unwrap_or_default()
}

/// Reads one raw message.
pub fn read_mail(raw: &[u8], at_place: String) -> Result<Mail, MailSkipped> {
    let skip = |reason, subject: &str| MailSkipped {
        at: at_place.clone(),
        reason,
        subject: subject.to_string(),
    };
    let Some(msg) = MessageParser::default().parse(raw) else {
        return Err(skip(MailSkipReason::Unreadable, ""));
    };
    let subject = msg.subject().unwrap_or("").trim().to_string();
    let Some(date) = msg.date() else {
        return Err(skip(MailSkipReason::NoDate, &subject));
    };
    let Some(at) = DateTime::from_timestamp(date.to_timestamp(), 0) else {
        return Err(skip(MailSkipReason::NoDate, &subject));
    };
    let Some(from) = parties(msg.from()).into_iter().next() else {
        return Err(skip(MailSkipReason::NoSender, &subject));
    };
    let mut to = parties(msg.to());
    to.extend(parties(msg.cc()));
    let html_only = msg.text_body_count() > 0
        && msg
            .text_part(0)
            .is_some_and(|p| matches!(p.body, PartType::Html(_)));
    let body = msg.body_text(0).map(|b| b.into_owned()).unwrap_or_default();
    let references: Vec<String> = msg
        .references()
        .as_text_list()
        .map(|l| {
            l.iter()
                .map(|r| bare_id(r))
                .filter(|r| !r.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let in_reply_to = msg
        .in_reply_to()
        .as_text_list()
        .and_then(|l| l.first().map(|r| bare_id(r)))
        .filter(|r| !r.is_empty());
    let id = msg
        .message_id()
        .map(bare_id)
        .filter(|i| !i.is_empty())
        .unwrap_or_else(|| {
            // No Message-ID: one made of what the message is.
            let digest =
                Sha256::digest(format!("{}\n{}\n{}", from.address, at.timestamp(), subject));
            format!("baton-{}", hex::encode(&digest[..8]))
        });
    Ok(Mail {
        at_place,
        id,
        in_reply_to,
        references,
        subject,
        at,
        from,
        to,
        text: own_text(&body),
        html_only,
    })
}

/// The message's own words: the quoted message below an attribution line
/// or an Outlook header block, `>` lines, and the signature are cut.
pub fn own_text(body: &str) -> String {
    let lines: Vec<&str> = body.lines().collect();
    let mut kept: Vec<&str> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        let next = lines.get(i + 1).map_or("", |l| l.trim());
        let attribution = (t.starts_with("On ")
            || t.starts_with("Am ")
            || t.starts_with("Le ")
            || t.starts_with("El "))
            && (ends_wrote(t) || (!next.is_empty() && ends_wrote(next) && t.len() < 200));
        let outlook = t.starts_with("-----Original Message-----")
            || t.starts_with("----- Original Message -----")
            || (t.starts_with("From:") && next.starts_with("Sent:"))
            || (t.chars().all(|c| c == '_') && t.len() >= 20 && next.starts_with("From:"));
        let signature = *line == "-- "
            || t == "--"
            || t.starts_with("Sent from my ")
            || t.starts_with("Get Outlook for ")
            || t == "Sent from Outlook";
        if attribution || outlook || signature {
            break;
        }
        if t.starts_with('>') {
            continue;
        }
        kept.push(line.trim_end());
    }
    let mut out = String::new();
    let mut blank = 0;
    for line in kept {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

fn ends_wrote(line: &str) -> bool {
    let l = line.to_lowercase();
    l.ends_with("wrote:")
        || l.ends_with("schrieb:")
        || l.ends_with("a écrit :")
        || l.ends_with("a écrit:")
        || l.ends_with("escribió:")
}

/// Splits an mbox into raw messages as its lines arrive. A `From ` line
/// opens a message at the start of the file or after a blank line; a body
/// line escaped as `>From ` (mboxrd and mboxo) loses one `>`.
#[derive(Debug, Default)]
pub struct MboxSplitter {
    buf: Vec<u8>,
    line: usize,
    start: usize,
    started: bool,
    previous_blank: bool,
}

impl MboxSplitter {
    /// One line, with its end; gives back the message it completed.
    pub fn feed(&mut self, line: &[u8]) -> Option<(usize, Vec<u8>)> {
        self.line += 1;
        let blank = line.iter().all(|b| b.is_ascii_whitespace());
        let opens = line.starts_with(b"From ") && (self.line == 1 || self.previous_blank);
        self.previous_blank = blank;
        if opens {
            let done = self.take();
            self.start = self.line;
            self.started = true;
            return done;
        }
        if self.started {
            let depth = line.iter().take_while(|b| **b == b'>').count();
            if depth > 0 && line[depth..].starts_with(b"From ") {
                self.buf.extend_from_slice(&line[1..]);
            } else {
                self.buf.extend_from_slice(line);
            }
        }
        None
    }

    pub fn finish(&mut self) -> Option<(usize, Vec<u8>)> {
        self.take()
    }

    fn take(&mut self) -> Option<(usize, Vec<u8>)> {
        let raw = std::mem::take(&mut self.buf);
        (!raw.iter().all(|b| b.is_ascii_whitespace())).then_some((self.start + 1, raw))
    }
}

/// The messages read, and those that could not be.
#[derive(Debug, Default)]
pub struct ReadMail {
    pub mails: Vec<Mail>,
    pub skipped: Vec<MailSkipped>,
}

fn is_mbox(head: &[u8]) -> bool {
    let head = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    head.starts_with(b"From ")
}

/// Reads the mail (blocking: run it off the async workers); `progress`
/// hears the bytes read.
pub fn read(source: &Input, progress: &dyn Fn(u64)) -> Result<ReadMail, ImportsError> {
    let name = source.name();
    let read_err = |e| source.read_error(e);
    let mut out = ReadMail::default();
    let mut take = |raw: &[u8], place: String, out: &mut ReadMail| match read_mail(raw, place) {
        Ok(m) => out.mails.push(m),
        Err(s) => out.skipped.push(s),
    };
    match source {
        Input::Path(p) if p.is_dir() => {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(read_err)?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|f| f.extension().is_some_and(|e| e.eq_ignore_ascii_case("eml")))
                .collect();
            files.sort();
            for f in files {
                let raw = std::fs::read(&f).map_err(read_err)?;
                progress(raw.len() as u64);
                take(&raw, f.display().to_string(), &mut out);
            }
        }
        Input::Path(p) | Input::Spooled { path: p, .. } => {
            let file = std::fs::File::open(p).map_err(read_err)?;
            split(BufReader::new(file), &name, progress, &mut take, &mut out).map_err(read_err)?;
        }
        Input::Upload { bytes, .. } => {
            split(
                Cursor::new(bytes.as_slice()),
                &name,
                progress,
                &mut take,
                &mut out,
            )
            .map_err(read_err)?;
        }
    }
    Ok(out)
}

/// An mbox message by message, or the whole input as one `.eml`.
fn split(
    mut r: impl BufRead,
    name: &str,
    progress: &dyn Fn(u64),
    take: &mut dyn FnMut(&[u8], String, &mut ReadMail),
    out: &mut ReadMail,
) -> std::io::Result<()> {
    let mut line = Vec::new();
    let n = r.read_until(b'\n', &mut line)?;
    progress(n as u64);
    if !is_mbox(&line) {
        let mut raw = line;
        let n = r.read_to_end(&mut raw)?;
        progress(n as u64);
        if !raw.iter().all(u8::is_ascii_whitespace) {
            take(&raw, name.to_string(), out);
        }
        return Ok(());
    }
    let mut splitter = MboxSplitter::default();
    loop {
        if line.is_empty() {
            break;
        }
        if let Some((at, raw)) = splitter.feed(&line) {
            take(&raw, format!("{name}:{at}"), out);
        }
        line.clear();
        let n = r.read_until(b'\n', &mut line)?;
        progress(n as u64);
    }
    if let Some((at, raw)) = splitter.finish() {
        take(&raw, format!("{name}:{at}"), out);
    }
    Ok(())
}

/// The first message of each mail's thread: the first `References` id,
/// else the thread of the message it replies to, else its own.
pub fn thread_roots(mails: &[Mail]) -> Vec<String> {
    let by_id: HashMap<&str, &Mail> = mails.iter().map(|m| (m.id.as_str(), m)).collect();
    mails
        .iter()
        .map(|m| {
            let mut m = m;
            for _ in 0..100 {
                if let Some(first) = m.references.first() {
                    return first.clone();
                }
                match &m.in_reply_to {
                    Some(parent) => match by_id.get(parent.as_str()) {
                        Some(p) => m = p,
                        None => return parent.clone(),
                    },
                    None => return m.id.clone(),
                }
            }
            m.id.clone()
        })
        .collect()
}

/// "Re: RE: Fwd: subject" → "subject".
pub fn thread_subject(subject: &str) -> String {
    let mut s = subject.trim();
    loop {
        let lower = s.to_lowercase();
        let cut = ["re:", "fwd:", "fw:", "aw:", "wg:", "tr:", "sv:", "rv:"]
            .iter()
            .find(|p| lower.starts_with(*p))
            .map(|p| p.len());
        match cut {
            Some(n) => s = s[n..].trim_start(),
            None => return s.to_string(),
        }
    }
}

fn domain(address: &str) -> &str {
    address.rsplit_once('@').map_or("", |(_, d)| d)
}

/// What a mail import found and did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct MailReport {
    pub file: String,
    /// True for `--check`: nothing was written.
    pub checked_only: bool,
    /// Messages read.
    pub messages: u64,
    /// Threads placed on an account (each message an email activity).
    pub threads: u64,
    pub activities: Attached,
    /// Threads per account.
    pub accounts: BTreeMap<String, u64>,
    /// Threads placed by a contact's address (`contact`), by a company
    /// domain only (`domain`), or by a message of theirs imported before
    /// (`thread`).
    pub matched_by: BTreeMap<String, u64>,
    pub skipped_counts: BTreeMap<MailSkipReason, u64>,
    /// Every message left out, with where it is and why.
    pub skipped: Vec<MailSkipped>,
    pub duration_ms: u64,
}

struct People {
    /// address → (contact index)
    contacts: HashMap<String, usize>,
    entries: Vec<accounts::DirectoryEntry>,
    /// domain → accounts whose contacts write from it
    domains: HashMap<String, BTreeSet<AccountId>>,
    /// address → (user id, name)
    users: HashMap<String, (UserId, String)>,
}

impl People {
    fn new(
        entries: Vec<accounts::DirectoryEntry>,
        users: Vec<(String, String, Option<String>)>,
    ) -> People {
        let users: HashMap<String, (UserId, String)> = users
            .into_iter()
            .filter_map(|(id, name, email)| {
                Some((
                    email?.trim().to_lowercase(),
                    (UserId::parse(&id).ok()?, name),
                ))
            })
            .collect();
        let own: BTreeSet<String> = users.keys().map(|a| domain(a).to_string()).collect();
        let mut contacts = HashMap::new();
        let mut domains: HashMap<String, BTreeSet<AccountId>> = HashMap::new();
        for (i, c) in entries.iter().enumerate() {
            let Some(email) = c.email.as_deref().map(|e| e.trim().to_lowercase()) else {
                continue;
            };
            let d = domain(&email).to_string();
            if !d.is_empty() && !crate::accounts::is_free_mail(&d) && !own.contains(&d) {
                domains.entry(d).or_default().insert(c.account_id.clone());
            }
            contacts.insert(email, i);
        }
        People {
            contacts,
            entries,
            domains,
            users,
        }
    }

    /// The account a thread's people belong to, and how it was told.
    fn account(
        &self,
        addresses: &BTreeSet<&str>,
    ) -> Result<(AccountId, &'static str), MailSkipReason> {
        let mut by_contact: BTreeMap<&AccountId, usize> = BTreeMap::new();
        for a in addresses {
            if let Some(i) = self.contacts.get(*a) {
                *by_contact.entry(&self.entries[*i].account_id).or_default() += 1;
            }
        }
        let (top, how) = match pick(by_contact) {
            Some(top) => (top, "contact"),
            None => {
                let mut by_domain: BTreeMap<&AccountId, usize> = BTreeMap::new();
                for a in addresses {
                    if self.users.contains_key(*a) {
                        continue;
                    }
                    for account in self.domains.get(domain(a)).into_iter().flatten() {
                        *by_domain.entry(account).or_default() += 1;
                    }
                }
                (pick(by_domain).ok_or(MailSkipReason::NoAccount)?, "domain")
            }
        };
        match top.as_slice() {
            [one] => Ok(((*one).clone(), how)),
            _ => Err(MailSkipReason::AmbiguousAccount),
        }
    }
}

/// The accounts with the most votes; none when nobody voted.
fn pick(votes: BTreeMap<&AccountId, usize>) -> Option<Vec<&AccountId>> {
    let best = votes.values().copied().max()?;
    Some(
        votes
            .into_iter()
            .filter(|(_, v)| *v == best)
            .map(|(a, _)| a)
            .collect(),
    )
}

/// Reads the mail and makes each placed thread part of its account's record.
pub async fn import(
    db: &Db,
    source: Input,
    check: bool,
    actor: Option<&UserId>,
    progress: Box<dyn Fn(u64) + Send>,
) -> Result<MailReport, ImportsError> {
    let started = Instant::now();
    let (source, read) = super::off_the_workers(move || {
        let read = read(&source, &*progress);
        (source, read)
    })
    .await?;
    let ReadMail { mails, mut skipped } = read?;
    let people = People::new(
        accounts::contact_directory(db).await?,
        crate::users::addresses(db).await?,
    );

    let roots = thread_roots(&mails);
    let mut threads: BTreeMap<&str, Vec<&Mail>> = BTreeMap::new();
    for (m, root) in mails.iter().zip(&roots) {
        threads.entry(root.as_str()).or_default().push(m);
    }
    let mut activities = Vec::new();
    let mut per_account: BTreeMap<String, u64> = BTreeMap::new();
    let mut matched_by: BTreeMap<String, u64> = BTreeMap::new();
    let mut threads_placed = 0u64;
    for (root, mut msgs) in threads {
        msgs.sort_by_key(|m| (m.at, m.id.clone()));
        let addresses: BTreeSet<&str> = msgs
            .iter()
            .flat_map(|m| std::iter::once(&m.from).chain(&m.to))
            .map(|p| p.address.as_str())
            .collect();
        let placed = match people.account(&addresses) {
            Err(MailSkipReason::NoAccount) => {
                // Another message of the thread, imported before, says where.
                let ids: BTreeSet<String> = msgs
                    .iter()
                    .flat_map(|m| m.references.iter().chain(&m.in_reply_to).chain([&m.id]))
                    .map(|id| message_activity_id(id))
                    .chain([message_activity_id(root)])
                    .collect();
                let ids: Vec<String> = ids.into_iter().collect();
                let known = accounts::import::accounts_of_activities(db, &ids).await?;
                let mut found: BTreeSet<AccountId> = known.into_iter().collect();
                match (found.len(), found.pop_first()) {
                    (1, Some(a)) => Ok((a, "thread")),
                    (0, _) => Err(MailSkipReason::NoAccount),
                    _ => Err(MailSkipReason::AmbiguousAccount),
                }
            }
            other => other,
        };
        let (account, how) = match placed {
            Ok(found) => found,
            Err(reason) => {
                skipped.extend(msgs.iter().map(|m| MailSkipped {
                    at: m.at_place.clone(),
                    reason,
                    subject: m.subject.clone(),
                }));
                continue;
            }
        };
        *per_account.entry(account.to_string()).or_default() += 1;
        *matched_by.entry(how.to_string()).or_default() += 1;
        threads_placed += 1;
        for m in &msgs {
            if let Some(a) = message_activity(m, &account, &people) {
                activities.push((account.clone(), a));
            }
        }
    }

    let attached =
        super::attach(db, &activities, Origin::Mail, &source.name(), actor, check).await?;
    skipped.sort_by(|a, b| a.at.cmp(&b.at));
    let mut skipped_counts = BTreeMap::new();
    for s in &skipped {
        *skipped_counts.entry(s.reason).or_default() += 1;
    }
    let report = MailReport {
        file: source.name(),
        checked_only: check,
        messages: (mails.len()
            + skipped
                .iter()
                .filter(|s| {
                    matches!(
                        s.reason,
                        MailSkipReason::Unreadable
                            | MailSkipReason::NoDate
                            | MailSkipReason::NoSender
                    )
                })
                .count()) as u64,
        threads: threads_placed,
        activities: attached,
        accounts: per_account,
        matched_by,
        skipped_counts,
        skipped,
        duration_ms: started.elapsed().as_millis() as u64,
    };
    tracing::info!(file = %report.file, messages = report.messages, threads = report.threads,
        created = report.activities.created, updated = report.activities.updated, check, "mail imported");
    Ok(report)
}

/// A message's activity id: its Message-ID's, whatever account it lands on.
fn message_activity_id(message_id: &str) -> String {
    let digest = Sha256::digest(message_id.as_bytes());
    format!("mail-{}", hex::encode(&digest[..10]))
}

/// A message as one email activity of `account`.
fn message_activity(m: &Mail, account: &AccountId, people: &People) -> Option<Activity> {
    let contacts: BTreeSet<ContactId> = std::iter::once(&m.from)
        .chain(&m.to)
        .filter_map(|p| people.contacts.get(&p.address))
        .filter(|i| &people.entries[**i].account_id == account)
        .map(|i| people.entries[*i].id.clone())
        .collect();
    let user = people.users.get(&m.from.address);
    let who = match (user, people.contacts.get(&m.from.address)) {
        (Some((_, name)), _) => name.clone(),
        (None, Some(i)) => people.entries[*i].name.clone(),
        (None, None) => m
            .from
            .name
            .clone()
            .unwrap_or_else(|| m.from.address.clone()),
    };
    let to: Vec<String> =
        m.to.iter()
            .map(|p| {
                match (
                    people.users.get(&p.address),
                    people.contacts.get(&p.address),
                ) {
                    (Some((_, name)), _) => name.clone(),
                    (None, Some(i)) => people.entries[*i].name.clone(),
                    (None, None) => p.name.clone().unwrap_or_else(|| p.address.clone()),
                }
            })
            .collect();
    let mut body = format!(
        "{who} to {}: {}",
        if to.is_empty() {
            "(nobody named)".to_string()
        } else {
            to.join(", ")
        },
        m.text
    );
    if m.text.is_empty() {
        body.push_str("(no text of its own)");
    }
    Some(Activity {
        id: ActivityId::parse(&message_activity_id(&m.id)).ok()?,
        kind: ActivityKind::Email,
        at: m.at,
        author_id: user.map(|(id, _)| id.clone()),
        contact_ids: contacts.into_iter().collect(),
        subject: (!m.subject.is_empty()).then(|| m.subject.clone()),
        body: Some(body),
        direction: Some(if user.is_some() {
            Direction::Outbound
        } else {
            Direction::Inbound
        }),
    })
}

/// The size of a path to read, for a progress bar: a file's, or a
/// folder's `.eml` files'.
pub fn size_of(path: &Path) -> Option<u64> {
    if path.is_dir() {
        let total = std::fs::read_dir(path)
            .ok()?
            .filter_map(Result::ok)
            .filter_map(|e| e.metadata().ok())
            .map(|m| m.len())
            .sum();
        return Some(total);
    }
    std::fs::metadata(path).ok().map(|m| m.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_replies_and_signatures_are_cut() {
        let body = "Fine by me.\nSee you then.\n\nOn Tue, 5 Mar 2024 at 10:02, Priya Natarajan <priya@kestrel.test>\nwrote:\n> old\n";
        assert_eq!(own_text(body), "Fine by me.\nSee you then.");
        let outlook = "Agreed.\n\n-----Original Message-----\nFrom: Dana\nSent: Monday\n\nold text";
        assert_eq!(own_text(outlook), "Agreed.");
        let sig = "Thanks\n\n-- \nDana Whitfield\nAccount Manager";
        assert_eq!(own_text(sig), "Thanks");
        assert_eq!(own_text("Yes\n\nSent from my iPhone"), "Yes");
        assert_eq!(own_text("> quoted\nmine\n>> deeper"), "mine");
        assert_eq!(own_text("Ok\nFrom: Tom\nSent: Friday\nTo: Dana"), "Ok");
    }

    #[test]
    fn subjects_lose_their_reply_marks() {
        assert_eq!(
            thread_subject("Re: RE: Fwd: Renewal 2025 pricing"),
            "Renewal 2025 pricing"
        );
        assert_eq!(thread_subject("AW: WG: Angebot"), "Angebot");
        assert_eq!(thread_subject("Review of terms"), "Review of terms");
    }

    #[test]
    fn the_mbox_splits_on_from_lines_after_blanks_and_unescapes() {
        let mbox = "From a@x Mon Mar  4 14:15:00 2024\nSubject: one\n\nbody\n>From the dock\nFrom here on, not a separator\n\nFrom b@x Tue Mar  5 09:00:00 2024\nSubject: two\n\nsecond\n";
        let mut s = MboxSplitter::default();
        let mut out: Vec<(usize, String)> = mbox
            .split_inclusive('\n')
            .filter_map(|l| s.feed(l.as_bytes()))
            .map(|(at, raw)| (at, String::from_utf8(raw).unwrap()))
            .collect();
        out.extend(
            s.finish()
                .map(|(at, raw)| (at, String::from_utf8(raw).unwrap())),
        );
        assert_eq!(out.len(), 2, "{out:?}");
        assert_eq!(out[0].0, 2);
        assert!(
            out[0].1.contains("\nFrom the dock\nFrom here on"),
            "{:?}",
            out[0].1
        );
        assert_eq!(out[1].0, 9);
        assert!(out[1].1.starts_with("Subject: two"));
    }

    #[test]
    fn threads_follow_references_then_replies() {
        let mail = |id: &str, parent: Option<&str>, refs: &[&str]| Mail {
            at_place: String::new(),
            id: id.into(),
            in_reply_to: parent.map(Into::into),
            references: refs.iter().map(|r| r.to_string()).collect(),
            subject: String::new(),
            at: DateTime::from_timestamp(0, 0).unwrap(),
            from: Party {
                name: None,
                address: "a@x".into(),
            },
            to: Vec::new(),
            text: String::new(),
            html_only: false,
        };
        let mails = [
            mail("a", None, &[]),
            mail("b", Some("a"), &[]),
            mail("c", Some("b"), &[]),
            mail("d", Some("c"), &["a", "b", "c"]),
            mail("e", Some("unknown"), &[]),
        ];
        assert_eq!(thread_roots(&mails), ["a", "a", "a", "a", "unknown"]);
    }

    /// What holds for any mailbox: splitting and reading never panic,
    /// every message either reads or is left out with a reason, and every
    /// thread has a root. Returns (messages read, messages left out).
    fn reads_any_mailbox(name: &str, bytes: Vec<u8>) -> (usize, usize) {
        let source = Input::Upload {
            name: name.into(),
            bytes,
        };
        let read = read(&source, &|_| {}).unwrap_or_else(|e| panic!("{e}"));
        let roots = thread_roots(&read.mails);
        assert_eq!(roots.len(), read.mails.len());
        for m in &read.mails {
            assert!(!m.id.is_empty() && m.from.address.contains('@'));
        }
        (read.mails.len(), read.skipped.len())
    }

    const MBOX: &str = include_str!("../../tests/fixtures/mail/kestrel.mbox");

    /// What mail is made of: separators, encoded words, soft breaks,
    /// boundaries, transfer encodings, bad dates, NUL.
    const PIECES: [&str; 16] = [
        "\nFrom x@y Mon Mar  4 14:15:00 2024\n",
        ">From ",
        "\n\n",
        "=?UTF-8?B?",
        "?=",
        "=C3",
        "=\n",
        "--",
        "boundary=\"",
        "Content-Transfer-Encoding: base64\n",
        "<",
        ">",
        ":",
        "\r",
        "Date: 31 Feb 2024\n",
        "\u{0}",
    ];

    proptest::proptest! {
        #![proptest_config(crate::imports::fuzz::config(200))]
        /// Generated edits of the hand-written mbox (tests/fixtures/mail).
        #[test]
        fn edited_mailboxes_never_break_the_reader(edits in crate::imports::fuzz::edits(10, 200)) {
            let text = crate::imports::fuzz::apply(MBOX, &edits, &PIECES);
            let (read, left_out) = reads_any_mailbox("m.mbox", text.into_bytes());
            proptest::prop_assert!(read + left_out > 0, "every message reads or is left out");
        }
    }

    /// The kept cases (tests/fixtures/fuzz/mail).
    #[test]
    fn the_kept_cases_still_read() {
        for (name, bytes) in crate::imports::fuzz::corpus("mail") {
            let run = std::panic::catch_unwind(|| reads_any_mailbox(&name, bytes));
            assert!(run.is_ok(), "{name}");
        }
    }
}
