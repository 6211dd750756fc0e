//! A WhatsApp chat made part of an account's record.
//!
//! The export is read twice, line by line (once to tell its date order,
//! once for its messages), from a `.txt` or from the `.txt` inside the
//! export's `.zip`. Each sender is matched to a contact (by phone number
//! when the export shows a number, else by name, else by a first name that
//! only one contact of the account has) or to a Baton user (by name); the
//! account is the one named, or the one whose contacts the senders are.
//! Senders that match nobody are reported; their messages stay in the
//! record under the name the export gives them.
//!
//! A day's messages become one `chat` activity, with an id made of the
//! account, the chat's name and the day: importing the export again, or a
//! later export of the same chat, finds earlier days unchanged and adds or
//! updates only what is new.

use std::collections::{BTreeMap, HashMap};
use std::io::{BufRead, BufReader, Cursor, Read, Seek};
use std::path::Path;
use std::time::Instant;

use chrono::{FixedOffset, NaiveDate, TimeZone, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use utoipa::ToSchema;

use super::whatsapp::{self, DateOrder, Item, Message, SkipReason, Skipped};
use super::{ImportsError, Input, Source};
use crate::accounts::import::Attached;
use crate::accounts::{
    self, AccountId, Activity, ActivityId, ActivityKind, ContactId, Direction, DirectoryEntry,
    Origin,
};
use crate::store::Db;
use crate::users::UserId;

/// Reading a chat export: a `.txt`, or the `.zip` the app writes.
impl Input {
    fn is_zip(&self) -> Result<bool, ImportsError> {
        let mut head = [0u8; 4];
        let n = match self.source() {
            Source::File(p) => {
                let mut f = std::fs::File::open(p).map_err(|e| self.read_error(e))?;
                read_up_to(&mut f, &mut head).map_err(|e| self.read_error(e))?
            }
            Source::Bytes(bytes) => {
                let n = bytes.len().min(4);
                head[..n].copy_from_slice(&bytes[..n]);
                n
            }
        };
        Ok(n == 4 && head == *b"PK\x03\x04")
    }

    /// Calls `each` with every line of the chat (the `.txt`, or the chat
    /// inside the zip); returns the chat's own file name.
    fn lines(&self, each: &mut dyn FnMut(&str, u64)) -> Result<String, ImportsError> {
        match (self.source(), self.is_zip()?) {
            (Source::File(p), zip) => {
                let f = std::fs::File::open(p).map_err(|e| self.read_error(e))?;
                if zip {
                    return self.zipped(f, each);
                }
                self.stream(BufReader::new(f), each)?;
            }
            (Source::Bytes(bytes), true) => return self.zipped(Cursor::new(bytes), each),
            (Source::Bytes(bytes), false) => self.stream(Cursor::new(bytes), each)?,
        }
        Ok(self.file_name())
    }

    /// The chat inside an export zip, streamed as it is inflated.
    fn zipped(
        &self,
        archive: impl Read + Seek,
        each: &mut dyn FnMut(&str, u64),
    ) -> Result<String, ImportsError> {
        let zip_err = |e: zip::result::ZipError| ImportsError::BadZip {
            path: self.name(),
            why: e.to_string(),
        };
        let mut archive = zip::ZipArchive::new(archive).map_err(zip_err)?;
        let names: Vec<String> = archive
            .file_names()
            .filter_map(Result::ok)
            .map(|n| n.into_owned())
            .collect();
        let entry =
            chat_entry(&names).ok_or_else(|| ImportsError::NoChatInZip { path: self.name() })?;
        let file = archive.by_name(&entry).map_err(zip_err)?;
        self.stream(BufReader::new(file), each)?;
        Ok(entry)
    }

    /// Lines as text: bytes that are not UTF-8 become U+FFFD rather than
    /// stopping the import.
    fn stream(
        &self,
        mut r: impl BufRead,
        each: &mut dyn FnMut(&str, u64),
    ) -> Result<(), ImportsError> {
        let mut buf = Vec::new();
        loop {
            buf.clear();
            let n = r
                .read_until(b'\n', &mut buf)
                .map_err(|e| self.read_error(e))?;
            if n == 0 {
                return Ok(());
            }
            each(&String::from_utf8_lossy(&buf), n as u64);
        }
    }
}

fn read_up_to(r: &mut impl Read, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut n = 0;
    while n < buf.len() {
        match r.read(&mut buf[n..])? {
            0 => break,
            k => n += k,
        }
    }
    Ok(n)
}

/// The chat inside an export zip: iOS's `_chat.txt`, else the only `.txt`,
/// else the one named like a chat.
fn chat_entry<S: AsRef<str>>(names: &[S]) -> Option<String> {
    let texts: Vec<&str> = names
        .iter()
        .map(AsRef::as_ref)
        .filter(|n| n.to_lowercase().ends_with(".txt") && !n.starts_with("__MACOSX"))
        .collect();
    if let Some(n) = texts.iter().find(|n| n.ends_with("_chat.txt")) {
        return Some(n.to_string());
    }
    match texts.as_slice() {
        [one] => Some(one.to_string()),
        _ => texts
            .iter()
            .find(|n| n.contains("WhatsApp"))
            .map(|n| n.to_string()),
    }
}

/// The chat's name from its file names: "WhatsApp Chat with Priya.txt" is
/// "Priya"; iOS's `_chat.txt` takes the zip's name.
fn chat_name(outer: &str, inner: &str) -> String {
    let stem = |n: &str| {
        let base = n.rsplit(['/', '\\']).next().unwrap_or(n);
        base.rsplit_once('.').map_or(base, |(s, _)| s).to_string()
    };
    let inner = stem(inner);
    let raw = if inner == "_chat" || inner.is_empty() {
        stem(outer)
    } else {
        inner
    };
    const PREFIXES: &[&str] = &[
        "WhatsApp Chat with ",
        "WhatsApp Chat - ",
        "WhatsApp-Chat mit ",
        "Chat de WhatsApp con ",
        "Conversa do WhatsApp com ",
        "Discussion WhatsApp avec ",
        "WhatsApp-chat met ",
        "Chat WhatsApp con ",
    ];
    let name = PREFIXES
        .iter()
        .find_map(|p| raw.strip_prefix(p))
        .unwrap_or(&raw)
        .trim();
    if name.is_empty() {
        "WhatsApp chat".to_string()
    } else {
        name.to_string()
    }
}

/// How to read and attach a chat.
#[derive(Debug, Clone)]
pub struct ChatOptions {
    /// The account the chat belongs to; when absent, the account of the
    /// contacts among its senders.
    pub account: Option<AccountId>,
    /// The chat's name (in activity ids and subjects); when absent, from
    /// the file name.
    pub chat: Option<String>,
    /// The date order when the file alone leaves it open.
    pub date_order: Option<DateOrder>,
    /// The exporting phone's offset from UTC (exports carry local times).
    pub utc_offset: FixedOffset,
    /// Report what would change without writing.
    pub check: bool,
}

impl Default for ChatOptions {
    fn default() -> Self {
        ChatOptions {
            account: None,
            chat: None,
            date_order: None,
            utc_offset: FixedOffset::east_opt(0).expect("zero offset"),
            check: false,
        }
    }
}

/// Reads `+05:30`, `-03:00`, `Z` or `+0000`.
pub fn parse_offset(raw: &str) -> Result<FixedOffset, ImportsError> {
    let bad = || {
        ImportsError::BadOption(format!(
            "utc offset {raw:?} is not like +02:00, -05:30 or Z"
        ))
    };
    let raw = raw.trim();
    if raw.eq_ignore_ascii_case("z") || raw == "UTC" {
        return FixedOffset::east_opt(0).ok_or_else(bad);
    }
    let (sign, rest) = match raw.as_bytes().first() {
        Some(b'+') => (1, &raw[1..]),
        Some(b'-') => (-1, &raw[1..]),
        _ => return Err(bad()),
    };
    let digits: String = rest.chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.chars().all(|c| c.is_ascii_digit()) || rest.len() > 5 {
        return Err(bad());
    }
    let hours: i32 = digits[..2].parse().map_err(|_| bad())?;
    let minutes: i32 = digits[2..].parse().map_err(|_| bad())?;
    if hours > 14 || minutes > 59 {
        return Err(bad());
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60)).ok_or_else(bad)
}

/// Who a sender turned out to be.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct SenderReport {
    /// As the export names them.
    pub name: String,
    pub messages: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contact_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    /// `phone`, `name`, `first_name` or `user_name`; absent when unmatched.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub matched_by: Option<&'static str>,
}

/// What a chat import found and did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct ChatReport {
    pub file: String,
    pub chat: String,
    pub account_id: String,
    pub account_name: String,
    /// True for `--check`: nothing was written.
    pub checked_only: bool,
    pub date_order: DateOrder,
    /// No date in the file settled day/month against month/day: the order
    /// under which the chat runs forward in time was taken (day/month on a
    /// tie). Name it with `--date-order` if it is wrong.
    pub date_order_guessed: bool,
    pub utc_offset: String,
    pub lines: u64,
    pub messages: u64,
    /// Days with messages: one chat activity each.
    pub days: u64,
    pub activities: Attached,
    pub senders: Vec<SenderReport>,
    /// Senders matched to no contact and no user: their messages are kept
    /// under the name the export gives.
    pub unmatched_senders: Vec<String>,
    pub skipped_counts: BTreeMap<SkipReason, u64>,
    /// Every line or message left out, with its line and reason.
    pub skipped: Vec<Skipped>,
    pub duration_ms: u64,
}

/// The export read: its messages, what was skipped, its order.
pub struct ReadChat {
    pub inner_name: String,
    pub detected: whatsapp::Detected,
    pub lines: u64,
    pub messages: Vec<Message>,
    pub skipped: Vec<Skipped>,
}

/// Reads an export (blocking: run it off the async workers). `progress`
/// hears the bytes read, twice over.
pub fn read(
    source: &Input,
    forced: Option<DateOrder>,
    progress: &dyn Fn(u64),
) -> Result<ReadChat, ImportsError> {
    let mut detector = whatsapp::OrderDetector::default();
    source.lines(&mut |line, n| {
        detector.feed(line);
        progress(n);
    })?;
    let detected = detector
        .finish(forced)
        .map_err(|reason| ImportsError::Format {
            path: source.name(),
            reason,
        })?;
    let mut reader = whatsapp::Reader::new(detected.order);
    let (mut messages, mut skipped, mut lines) = (Vec::new(), Vec::new(), 0u64);
    let mut take = |item: Item| match item {
        Item::Message(m) => messages.push(m),
        Item::Skipped(s) => skipped.push(s),
    };
    let inner_name = source.lines(&mut |line, n| {
        lines += 1;
        if let Some(item) = reader.feed(line) {
            take(item);
        }
        progress(n);
    })?;
    if let Some(item) = reader.finish() {
        take(item);
    }
    Ok(ReadChat {
        inner_name,
        detected,
        lines,
        messages,
        skipped,
    })
}

/// Who a sender is.
#[derive(Debug, Clone)]
enum Who {
    Contact(usize, &'static str),
    User(UserId, String),
    Nobody,
}

fn normal_name(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A number's digits when the text is a phone number (at least 7 digits,
/// nothing but digits and `+ -().` and spaces).
fn phone_digits(s: &str) -> Option<String> {
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || " +-().\u{a0}".contains(c))
    {
        return None;
    }
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    (digits.len() >= 7).then_some(digits)
}

/// Same number, written with or without the country code: equal digits,
/// or the same last nine.
fn same_phone(a: &str, b: &str) -> bool {
    a == b || (a.len() >= 9 && b.len() >= 9 && a[a.len() - 9..] == b[b.len() - 9..])
}

struct Matcher<'a> {
    contacts: &'a [DirectoryEntry],
    users: &'a [(String, String)],
}

impl Matcher<'_> {
    /// The contacts a sender may be, within `account` when given.
    fn contacts(&self, sender: &str, account: Option<&AccountId>) -> (Vec<usize>, &'static str) {
        let within = |c: &&DirectoryEntry| account.is_none_or(|a| &c.account_id == a);
        let indexed = || self.contacts.iter().enumerate().filter(|(_, c)| within(c));
        if let Some(digits) = phone_digits(sender) {
            let found: Vec<usize> = indexed()
                .filter(|(_, c)| {
                    c.phone
                        .as_deref()
                        .and_then(phone_digits)
                        .is_some_and(|p| same_phone(&p, &digits))
                })
                .map(|(i, _)| i)
                .collect();
            return (found, "phone");
        }
        let name = normal_name(sender);
        let found: Vec<usize> = indexed()
            .filter(|(_, c)| normal_name(&c.name) == name)
            .map(|(i, _)| i)
            .collect();
        if !found.is_empty() || account.is_none() || name.contains(' ') {
            return (found, "name");
        }
        // A first name alone, when one contact of the account has it.
        let found: Vec<usize> = indexed()
            .filter(|(_, c)| normal_name(&c.name).split(' ').next() == Some(name.as_str()))
            .map(|(i, _)| i)
            .collect();
        if found.len() == 1 {
            (found, "first_name")
        } else {
            (Vec::new(), "first_name")
        }
    }

    fn user(&self, sender: &str) -> Option<(UserId, String)> {
        let name = normal_name(sender);
        let mut found = self.users.iter().filter(|(_, n)| normal_name(n) == name);
        match (found.next(), found.next()) {
            (Some((id, n)), None) => UserId::parse(id).ok().map(|id| (id, n.clone())),
            _ => None,
        }
    }
}

/// Reads the export and makes it part of the account's record.
pub async fn import(
    db: &Db,
    source: Input,
    opts: &ChatOptions,
    actor: Option<&UserId>,
    progress: Box<dyn Fn(u64) + Send>,
) -> Result<ChatReport, ImportsError> {
    let started = Instant::now();
    let forced = opts.date_order;
    let (source, read) = super::off_the_workers(move || {
        let read = read(&source, forced, &*progress);
        (source, read)
    })
    .await?;
    let read = read?;
    let directory = accounts::contact_directory(db).await?;
    let users = crate::users::names(db).await?;
    let matcher = Matcher {
        contacts: &directory,
        users: &users,
    };

    let mut counts: BTreeMap<&str, u64> = BTreeMap::new();
    for m in &read.messages {
        *counts.entry(m.sender.as_str()).or_default() += 1;
    }
    let account = match &opts.account {
        Some(a) => a.clone(),
        None => account_of(&matcher, counts.keys().copied())?,
    };
    let Some((account_name, _)) = accounts::names(db, account.as_str()).await? else {
        return Err(ImportsError::UnknownAccount(account.to_string()));
    };
    let mut who: HashMap<&str, Who> = HashMap::new();
    for sender in counts.keys() {
        let (found, how) = matcher.contacts(sender, Some(&account));
        let w = match (found.as_slice(), matcher.user(sender)) {
            ([one], _) => Who::Contact(*one, how),
            (_, Some((id, name))) => Who::User(id, name),
            _ => Who::Nobody,
        };
        who.insert(sender, w);
    }

    let chat = opts
        .chat
        .clone()
        .unwrap_or_else(|| chat_name(&source.file_name(), &read.inner_name));
    let activities = day_activities(&read.messages, &who, &directory, &account, &chat, opts);
    let attached = super::attach(
        db,
        &activities,
        Origin::WhatsApp,
        &source.name(),
        actor,
        opts.check,
    )
    .await?;

    let senders: Vec<SenderReport> = counts
        .iter()
        .map(|(name, n)| {
            let (contact_id, user_id, matched_by) = match who.get(name) {
                Some(Who::Contact(i, how)) => {
                    (Some(directory[*i].id.to_string()), None, Some(*how))
                }
                Some(Who::User(id, _)) => (None, Some(id.to_string()), Some("user_name")),
                _ => (None, None, None),
            };
            SenderReport {
                name: name.to_string(),
                messages: *n,
                contact_id,
                user_id,
                matched_by,
            }
        })
        .collect();
    let mut skipped_counts = BTreeMap::new();
    for s in &read.skipped {
        *skipped_counts.entry(s.reason).or_default() += 1;
    }
    let report = ChatReport {
        file: source.name(),
        chat,
        account_id: account.to_string(),
        account_name,
        checked_only: opts.check,
        date_order: read.detected.order,
        date_order_guessed: read.detected.ambiguous && forced.is_none(),
        utc_offset: opts.utc_offset.to_string(),
        lines: read.lines,
        messages: read.messages.len() as u64,
        days: activities.len() as u64,
        activities: attached,
        unmatched_senders: senders
            .iter()
            .filter(|s| s.matched_by.is_none())
            .map(|s| s.name.clone())
            .collect(),
        senders,
        skipped_counts,
        skipped: read.skipped,
        duration_ms: started.elapsed().as_millis() as u64,
    };
    tracing::info!(
        file = %report.file,
        account = %report.account_id,
        messages = report.messages,
        created = report.activities.created,
        updated = report.activities.updated,
        check = opts.check,
        "chat imported"
    );
    Ok(report)
}

/// The account whose contacts most senders are; an error when none is, or
/// when two accounts tie.
fn account_of<'a>(
    matcher: &Matcher<'_>,
    senders: impl Iterator<Item = &'a str>,
) -> Result<AccountId, ImportsError> {
    let mut votes: BTreeMap<&AccountId, usize> = BTreeMap::new();
    let mut names = Vec::new();
    for sender in senders {
        names.push(sender.to_string());
        let (found, _) = matcher.contacts(sender, None);
        let mut accounts: Vec<&AccountId> = found
            .iter()
            .map(|i| &matcher.contacts[*i].account_id)
            .collect();
        accounts.sort();
        accounts.dedup();
        for a in accounts {
            *votes.entry(a).or_default() += 1;
        }
    }
    let best = votes.values().copied().max().unwrap_or(0);
    let top: Vec<&AccountId> = votes
        .iter()
        .filter(|(_, v)| **v == best)
        .map(|(a, _)| *a)
        .collect();
    match top.as_slice() {
        [] => Err(ImportsError::NoAccount {
            senders: names.join(", "),
        }),
        [one] => Ok((*one).clone()),
        many => Err(ImportsError::SeveralAccounts {
            accounts: many
                .iter()
                .map(|a| a.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        }),
    }
}

/// A short stable key for the account and chat, in activity ids.
fn chat_key(account: &AccountId, chat: &str) -> String {
    let digest = Sha256::digest(format!("{}\n{}", account.as_str(), chat).as_bytes());
    hex::encode(&digest[..6])
}

/// One chat activity per day with messages.
fn day_activities(
    messages: &[Message],
    who: &HashMap<&str, Who>,
    directory: &[DirectoryEntry],
    account: &AccountId,
    chat: &str,
    opts: &ChatOptions,
) -> Vec<(AccountId, Activity)> {
    let mut days: BTreeMap<NaiveDate, Vec<&Message>> = BTreeMap::new();
    for m in messages {
        days.entry(m.at.date()).or_default().push(m);
    }
    let key = chat_key(account, chat);
    days.into_iter()
        .filter_map(|(day, mut msgs)| {
            msgs.sort_by_key(|m| (m.at, m.line));
            let first = msgs.first()?;
            let at = opts
                .utc_offset
                .from_local_datetime(&first.at)
                .single()?
                .with_timezone(&Utc);
            let mut body = String::new();
            let mut contacts: Vec<ContactId> = Vec::new();
            let mut by_user: BTreeMap<&UserId, usize> = BTreeMap::new();
            let (mut ours, mut theirs) = (0, 0);
            for m in &msgs {
                let name = match who.get(m.sender.as_str()) {
                    Some(Who::Contact(i, _)) => {
                        contacts.push(directory[*i].id.clone());
                        theirs += 1;
                        directory[*i].name.as_str()
                    }
                    Some(Who::User(id, name)) => {
                        *by_user.entry(id).or_default() += 1;
                        ours += 1;
                        name.as_str()
                    }
                    _ => {
                        theirs += 1;
                        m.sender.as_str()
                    }
                };
                if !body.is_empty() {
                    body.push('\n');
                }
                body.push_str(&format!("{} {name}: ", m.at.format("%H:%M")));
                if let Some(file) = &m.attachment {
                    body.push_str(&format!("[attachment {file}]"));
                    if !m.text.is_empty() {
                        body.push(' ');
                    }
                }
                body.push_str(&m.text.replace('\n', "\n    "));
            }
            contacts.sort();
            contacts.dedup();
            let author = by_user
                .iter()
                .max_by_key(|(id, n)| (**n, std::cmp::Reverse(**id)))
                .map(|(id, _)| (*id).clone());
            let direction = match (ours, theirs) {
                (_, 0) => Some(Direction::Outbound),
                (0, _) => Some(Direction::Inbound),
                _ => None,
            };
            let id = ActivityId::parse(&format!("whatsapp-{key}-{day}")).ok()?;
            Some((
                account.clone(),
                Activity {
                    id,
                    kind: ActivityKind::Chat,
                    at,
                    author_id: author,
                    contact_ids: contacts,
                    subject: Some(format!("WhatsApp: {chat}")),
                    body: Some(body),
                    direction,
                },
            ))
        })
        .collect()
}

/// The size of a file, for a progress bar.
pub fn size_of(path: &Path) -> Option<u64> {
    std::fs::metadata(path).ok().map(|m| m.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chat_names_come_from_the_export_names() {
        assert_eq!(
            chat_name(
                "WhatsApp Chat with Priya Natarajan.txt",
                "WhatsApp Chat with Priya Natarajan.txt"
            ),
            "Priya Natarajan"
        );
        assert_eq!(
            chat_name("WhatsApp Chat - Kestrel x Acme.zip", "_chat.txt"),
            "Kestrel x Acme"
        );
        assert_eq!(
            chat_name("dir/WhatsApp-Chat mit Tom.zip", "WhatsApp-Chat mit Tom.txt"),
            "Tom"
        );
        assert_eq!(chat_name("export.txt", "export.txt"), "export");
    }

    #[test]
    fn the_chat_in_a_zip_is_found() {
        assert_eq!(
            chat_entry(&["_chat.txt", "0001-PHOTO.jpg"]).as_deref(),
            Some("_chat.txt")
        );
        assert_eq!(
            chat_entry(&["IMG.jpg", "WhatsApp Chat with A.txt"]).as_deref(),
            Some("WhatsApp Chat with A.txt")
        );
        assert_eq!(chat_entry(&["IMG.jpg", "__MACOSX/._chat.txt.txt"]), None);
        assert_eq!(chat_entry(&["a.txt", "b.txt"]), None);
    }

    #[test]
    fn offsets_read_like_rfc3339() {
        assert_eq!(parse_offset("+05:30").unwrap().local_minus_utc(), 19800);
        assert_eq!(parse_offset("-0300").unwrap().local_minus_utc(), -10800);
        assert_eq!(parse_offset("Z").unwrap().local_minus_utc(), 0);
        for bad in ["5", "+5", "+25:00", "+05:75", "tomorrow", "+05:30:00"] {
            assert!(parse_offset(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn phones_match_with_or_without_the_country_code() {
        let d = |s: &str| phone_digits(s).unwrap();
        assert!(same_phone(&d("+44 7700 900123"), &d("07700 900123")));
        assert!(same_phone(&d("+49 151 2345678"), &d("+49 (151) 234-5678")));
        assert!(!same_phone(&d("+44 7700 900123"), &d("+44 7700 900124")));
        assert_eq!(phone_digits("Priya"), None);
        assert_eq!(phone_digits("12 34"), None);
    }
}
