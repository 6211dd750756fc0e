//! WhatsApp chat exports, as the Android and iOS apps write them ("Export
//! chat"): one line per message opening with its local date and time,
//! continuation lines for multi-line messages, system lines in between.
//!
//! The forms read (what the apps write across locales):
//!
//! - Android: `31/12/2021, 23:59 - Name: text`, `12/31/21, 11:59 PM - Name:
//!   text`, `31.12.21, 23:59 - Name: text`, `2021-12-31 23:59 - Name: text`;
//!   system lines have no `Name:` part.
//! - iOS: `[31/12/2021, 23:59:59] Name: text`, `[12/31/21, 11:59:59 PM]
//!   Name: text`; system lines and attachments carry a left-to-right mark
//!   (U+200E) before their text.
//! - day/month, month/day and year-first dates, 2- and 4-digit years, 12-
//!   and 24-hour clocks with or without seconds (`PM`, `pm`, `p. m.`, after
//!   a space, a no-break space or a narrow one), invisible direction marks
//!   anywhere, a byte-order mark, CRLF line ends.
//!
//! A file never says whether `03/04` is the 3rd of April or the 4th of
//! March. [`OrderDetector`] reads every header first: a first field above
//! 12 means day/month, a second field above 12 month/day; when no date
//! settles it, the order under which the chat runs forward in time wins,
//! and a tie reads day/month, said in the result (`ambiguous`) so the
//! importer can report it.
//!
//! Parsing is line by line ([`Reader::feed`]) so a large export streams;
//! nothing here touches the store.

use std::sync::LazyLock;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use regex::Regex;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// How a chat's dates are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum DateOrder {
    /// Day, month, year: `31/12/21`.
    Dmy,
    /// Month, day, year: `12/31/21`.
    Mdy,
    /// Year, month, day: `2021-12-31`.
    Ymd,
}

impl DateOrder {
    pub fn parse(raw: &str) -> Option<DateOrder> {
        match raw {
            "dmy" => Some(DateOrder::Dmy),
            "mdy" => Some(DateOrder::Mdy),
            "ymd" => Some(DateOrder::Ymd),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            DateOrder::Dmy => "dmy",
            DateOrder::Mdy => "mdy",
            DateOrder::Ymd => "ymd",
        }
    }
}

/// Why a line of the export is not a message of the record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum SkipReason {
    /// The encryption notice, joins, leaves, adds, subject changes.
    System,
    /// "This message was deleted", in any of the languages known here.
    Deleted,
    /// A media placeholder of an export without media (`<Media omitted>`,
    /// `image omitted`).
    MediaOmitted,
    /// Text before the first dated line: not part of any message.
    BeforeFirstMessage,
    /// A dated line whose date or time does not exist (`31/02/2024`).
    InvalidDate,
    /// A message with no text and no attachment.
    Empty,
}

/// One message from a person.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The export's line number (1-based) of the message's first line.
    pub line: usize,
    /// Local time on the exporting phone.
    pub at: NaiveDateTime,
    /// As the export names them: a saved name or a phone number.
    pub sender: String,
    /// The message, lines joined by `\n`; the caption of an attachment.
    pub text: String,
    /// The attached file's name, when the message carries one.
    pub attachment: Option<String>,
}

/// A line or message left out, with why.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct Skipped {
    pub line: usize,
    pub reason: SkipReason,
    /// The start of what was skipped (at most 120 characters).
    pub text: String,
}

/// What one message or skipped line of the export became.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Message(Message),
    Skipped(Skipped),
}

/// The header of a dated line, before its date is read in an order.
struct Header<'a> {
    fields: [u32; 3],
    first_is_year: bool,
    time: Option<NaiveTime>,
    rest: &'a str,
}

static HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^\[?(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})\.?,?[ \x{A0}]+",
        r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?",
        r"(?:[ \x{A0}\x{202F}]*([AaPp])\.?[ \x{A0}\x{202F}]?[Mm]\.?)?",
        r"(?:\][ \x{A0}]?|[ \x{A0}\x{202F}]+[-–][ \x{A0}\x{202F}])(.*)$",
    ))
    .expect("header pattern")
});

/// The invisible characters WhatsApp scatters through exports.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{FEFF}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn strip_marks(s: &str) -> String {
    s.chars().filter(|c| !is_mark(*c)).collect()
}

fn header(line: &str) -> Option<Header<'_>> {
    let line = line
        .trim_start_matches(|c: char| is_mark(c) || c == ' ')
        .trim_end_matches(['\n', '\r']);
    let caps = HEADER.captures(line)?;
    let num = |i: usize| {
        caps.get(i)
            .map_or(0, |m| m.as_str().parse::<u32>().unwrap_or(u32::MAX))
    };
    let first_is_year = caps.get(1).is_some_and(|m| m.as_str().len() == 4);
    let (mut hour, minute, second) = (num(4), num(5), num(6));
    let time = match caps.get(7).map(|m| m.as_str().to_ascii_lowercase()) {
        Some(ap) if (1..=12).contains(&hour) => {
            hour %= 12;
            if ap == "p" {
                hour += 12;
            }
            NaiveTime::from_hms_opt(hour, minute, second)
        }
        Some(_) => None,
        None => NaiveTime::from_hms_opt(hour, minute, second),
    };
    Some(Header {
        fields: [num(1), num(2), num(3)],
        first_is_year,
        time,
        rest: caps.get(8).map_or("", |m| m.as_str()),
    })
}

fn date_in(order: DateOrder, [a, b, c]: [u32; 3]) -> Option<NaiveDate> {
    let year = |y: u32| if y < 100 { 2000 + y as i32 } else { y as i32 };
    match order {
        DateOrder::Ymd => NaiveDate::from_ymd_opt(year(a), b, c),
        DateOrder::Dmy => NaiveDate::from_ymd_opt(year(c), b, a),
        DateOrder::Mdy => NaiveDate::from_ymd_opt(year(c), a, b),
    }
}

/// The date order of a chat, and whether only its running forward in time
/// told it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Detected {
    pub order: DateOrder,
    pub ambiguous: bool,
}

/// Why a file cannot be read as a chat at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormatError {
    #[error("no line of the file is a dated WhatsApp message: is it a chat export?")]
    NoMessages,
    #[error(
        "the file's dates mix orders: line {day_first} reads only day/month, \
         line {month_first} only month/day"
    )]
    MixedOrders {
        day_first: usize,
        month_first: usize,
    },
}

/// Reads every header of a chat to tell its date order.
#[derive(Debug, Default)]
pub struct OrderDetector {
    line: usize,
    headers: usize,
    year_first: usize,
    day_first_at: Option<usize>,
    month_first_at: Option<usize>,
    previous: Option<[u32; 3]>,
    backwards_dmy: usize,
    backwards_mdy: usize,
}

impl OrderDetector {
    pub fn feed(&mut self, line: &str) {
        self.line += 1;
        let Some(h) = header(line) else {
            return;
        };
        self.headers += 1;
        if h.first_is_year {
            self.year_first += 1;
            return;
        }
        let [a, b, _] = h.fields;
        if a > 12 && b <= 12 {
            self.day_first_at.get_or_insert(self.line);
        }
        if b > 12 && a <= 12 {
            self.month_first_at.get_or_insert(self.line);
        }
        if let Some(p) = self.previous {
            let backwards = |order| match (date_in(order, p), date_in(order, h.fields)) {
                (Some(x), Some(y)) => y < x,
                _ => false,
            };
            self.backwards_dmy += usize::from(backwards(DateOrder::Dmy));
            self.backwards_mdy += usize::from(backwards(DateOrder::Mdy));
        }
        self.previous = Some(h.fields);
    }

    /// The order, or `forced` when the caller knows it.
    pub fn finish(self, forced: Option<DateOrder>) -> Result<Detected, FormatError> {
        if self.headers == 0 {
            return Err(FormatError::NoMessages);
        }
        if let Some(order) = forced {
            return Ok(Detected {
                order,
                ambiguous: false,
            });
        }
        if self.year_first * 2 > self.headers {
            return Ok(Detected {
                order: DateOrder::Ymd,
                ambiguous: false,
            });
        }
        match (self.day_first_at, self.month_first_at) {
            (Some(day_first), Some(month_first)) => Err(FormatError::MixedOrders {
                day_first,
                month_first,
            }),
            (Some(_), None) => Ok(Detected {
                order: DateOrder::Dmy,
                ambiguous: false,
            }),
            (None, Some(_)) => Ok(Detected {
                order: DateOrder::Mdy,
                ambiguous: false,
            }),
            (None, None) => Ok(Detected {
                order: if self.backwards_mdy < self.backwards_dmy {
                    DateOrder::Mdy
                } else {
                    DateOrder::Dmy
                },
                ambiguous: true,
            }),
        }
    }
}

/// A dated line waiting for its continuation lines.
struct Pending {
    line: usize,
    at: Option<NaiveDateTime>,
    /// `None` for a system line (no `Name:` part).
    sender: Option<String>,
    lines: Vec<String>,
    /// The text opened with a left-to-right mark: iOS's sign of a system
    /// message, an attachment or a placeholder.
    marked: bool,
}

/// Turns an export's lines into messages and skipped lines, in order.
pub struct Reader {
    order: DateOrder,
    line: usize,
    pending: Option<Pending>,
    /// Continuation lines seen before any dated line.
    orphan: Option<Skipped>,
}

impl Reader {
    pub fn new(order: DateOrder) -> Reader {
        Reader {
            order,
            line: 0,
            pending: None,
            orphan: None,
        }
    }

    /// Reads one line (its end, `\n` or `\r\n`, already cut or not); gives
    /// back what the line before it completed, if anything.
    pub fn feed(&mut self, raw: &str) -> Option<Item> {
        self.line += 1;
        let raw = raw.strip_suffix('\n').unwrap_or(raw);
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        let Some(h) = header(raw) else {
            match &mut self.pending {
                Some(p) => p.lines.push(raw.to_string()),
                None if raw.trim().is_empty() => {}
                None => {
                    if self.orphan.is_none() {
                        self.orphan = Some(Skipped {
                            line: self.line,
                            reason: SkipReason::BeforeFirstMessage,
                            text: clip(raw),
                        });
                    }
                }
            }
            return None;
        };
        let at = date_in(self.order, h.fields).and_then(|d| Some(d.and_time(h.time?)));
        let (sender, text) = split_sender(h.rest);
        let marked = text.starts_with(|c: char| is_mark(c));
        let next = Pending {
            line: self.line,
            at,
            sender,
            lines: vec![text.to_string()],
            marked,
        };
        let done = self.pending.replace(next);
        match (self.orphan.take(), done) {
            (Some(orphan), None) => Some(Item::Skipped(orphan)),
            (_, done) => done.map(complete),
        }
    }

    /// What the last line completed.
    pub fn finish(&mut self) -> Option<Item> {
        match (self.pending.take(), self.orphan.take()) {
            (Some(p), _) => Some(complete(p)),
            (None, orphan) => orphan.map(Item::Skipped),
        }
    }
}

/// `Name: text` → the name and the text; a system line has no name. A
/// colon inside quotes (a new subject) does not make a name.
fn split_sender(rest: &str) -> (Option<String>, &str) {
    match rest.find(": ") {
        Some(i) if !rest[..i].contains('"') && !rest[..i].contains('\u{201C}') => {
            let name = strip_marks(&rest[..i]).trim().to_string();
            (Some(name), &rest[i + 2..])
        }
        _ => match rest.strip_suffix(':') {
            // "Name:" with an empty message.
            Some(name) if name.chars().count() <= 60 => {
                (Some(strip_marks(name).trim().to_string()), "")
            }
            _ => (None, rest),
        },
    }
}

fn clip(s: &str) -> String {
    let s = strip_marks(s);
    let s = s.trim();
    match s.char_indices().nth(120) {
        Some((i, _)) => format!("{}…", &s[..i]),
        None => s.to_string(),
    }
}

const DELETED: &[&str] = &[
    "this message was deleted",
    "you deleted this message",
    "diese nachricht wurde gelöscht",
    "du hast diese nachricht gelöscht",
    "se eliminó este mensaje",
    "eliminaste este mensaje",
    "ce message a été supprimé",
    "vous avez supprimé ce message",
    "mensagem apagada",
    "você apagou esta mensagem",
    "dit bericht is verwijderd",
    "je hebt dit bericht verwijderd",
    "questo messaggio è stato eliminato",
    "hai eliminato questo messaggio",
];

/// "<This message was edited>" and its kin at a message's end.
const EDITED: &[&str] = &[
    "<this message was edited>",
    "<diese nachricht wurde bearbeitet>",
    "<se editó este mensaje.>",
    "<ce message a été modifié>",
];

/// Android's attachment line, `IMG-20240312-WA0003.jpg (file attached)`.
static ANDROID_FILE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.+?\.[A-Za-z0-9]{1,5}) \((?:file attached|Datei angehängt|archivo adjunto|fichier joint|arquivo anexado|bestand bijgevoegd|file allegato)\)$")
        .expect("attachment pattern")
});

fn complete(p: Pending) -> Item {
    let skip = |reason| {
        Item::Skipped(Skipped {
            line: p.line,
            reason,
            text: clip(&p.lines.join(" ")),
        })
    };
    let Some(at) = p.at else {
        return skip(SkipReason::InvalidDate);
    };
    let Some(sender) = p.sender.clone().filter(|s| !s.is_empty()) else {
        return skip(SkipReason::System);
    };
    let first = strip_marks(p.lines[0].trim());
    let lower = first.to_lowercase();
    let lower = lower.trim_end_matches('.');
    if DELETED.contains(&lower) {
        return skip(SkipReason::Deleted);
    }
    let mut rest: Vec<String> = p.lines[1..].iter().map(|l| strip_marks(l)).collect();
    let mut attachment = None;
    let mut body = Some(first.clone());
    if let Some(file) = first
        .strip_prefix("<attached: ")
        .and_then(|f| f.strip_suffix('>'))
    {
        attachment = Some(file.trim().to_string());
        body = None;
    } else if let Some(caps) = ANDROID_FILE.captures(&first) {
        attachment = Some(caps[1].to_string());
        body = None;
    } else if (first.starts_with('<') && first.ends_with('>') && !first[1..].contains('<'))
        || (p.marked && lower.ends_with(" omitted"))
    {
        // Android's `<Media omitted>` in any language; iOS's `image omitted`.
        return skip(SkipReason::MediaOmitted);
    } else if p.marked {
        return skip(SkipReason::System);
    }
    let mut lines: Vec<String> = body.into_iter().chain(rest.drain(..)).collect();
    if let Some(last) = lines.last_mut() {
        let lower = last.to_lowercase();
        if let Some(tag) = EDITED.iter().find(|t| lower.trim_end().ends_with(*t)) {
            let cut = last.trim_end().len() - tag.len();
            if last.is_char_boundary(cut) {
                last.truncate(cut);
            }
        }
    }
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let text = lines.join("\n").trim().to_string();
    if text.is_empty() && attachment.is_none() {
        return skip(SkipReason::Empty);
    }
    Item::Message(Message {
        line: p.line,
        at,
        sender,
        text,
        attachment,
    })
}

/// Reads a whole export held in memory: the order first, then the items.
pub fn parse(text: &str, forced: Option<DateOrder>) -> Result<(Detected, Vec<Item>), FormatError> {
    let mut detector = OrderDetector::default();
    for line in text.lines() {
        detector.feed(line);
    }
    let detected = detector.finish(forced)?;
    let mut reader = Reader::new(detected.order);
    let mut items: Vec<Item> = text.lines().filter_map(|l| reader.feed(l)).collect();
    items.extend(reader.finish());
    Ok((detected, items))
}

#[cfg(test)]
mod tests;
