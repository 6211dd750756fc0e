//! How each contact of an account is really reached, read from the last
//! 90 days of its activities: how often we touch them, the typical gap
//! between touches (cadence), when they last answered, the channel that
//! gets answers (beside the one they say they prefer), a silence longer
//! than twice their cadence, and who on our side they talk to.
//!
//! A touch is an activity that names the contact and is not an internal
//! note. A reply is a touch from them: an inbound email or chat, or a call
//! or meeting (two-way). An email or chat of unknown direction is a touch
//! but not a reply. Pure: the record and the time in, the patterns out.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::{AccountId, AccountsError, Activity, ActivityKind, Contact, Direction};
use crate::access::Scope;
use crate::store::Db;
use crate::string_enum;

/// The window the patterns are read over.
pub const WINDOW_DAYS: i64 = 90;
/// A silence longer than this many cadences is flagged.
pub const SILENCE_CADENCES: f64 = 2.0;

string_enum!(
    /// A way of reaching someone.
    Channel { Email => "email", Phone => "phone", Chat => "chat", Meeting => "meeting" }
);

impl Channel {
    /// The channel an activity of `kind` went through (a note went through
    /// none).
    pub fn of(kind: ActivityKind) -> Option<Channel> {
        match kind {
            ActivityKind::Email => Some(Channel::Email),
            ActivityKind::Call => Some(Channel::Phone),
            ActivityKind::Meeting => Some(Channel::Meeting),
            ActivityKind::Chat => Some(Channel::Chat),
            ActivityKind::Note => None,
        }
    }

    /// The channel a contact's stated preference names ("email", "phone
    /// calls", "WhatsApp", "in person"), if it names one.
    pub fn from_stated(stated: &str) -> Option<Channel> {
        let s = stated.to_lowercase();
        let any = |words: &[&str]| words.iter().any(|w| s.contains(w));
        if any(&["mail"]) {
            Some(Channel::Email)
        } else if any(&[
            "chat", "whatsapp", "slack", "teams", "text", "sms", "signal", "telegram",
        ]) {
            Some(Channel::Chat)
        } else if any(&["phone", "call", "mobile", "cell"]) {
            Some(Channel::Phone)
        } else if any(&[
            "meet", "person", "visit", "face", "lunch", "coffee", "video", "zoom",
        ]) {
            Some(Channel::Meeting)
        } else {
            None
        }
    }
}

/// Someone on our side a contact talks to, and how often (touches in the
/// window).
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct TalksTo {
    pub user_id: String,
    pub touches: usize,
}

/// How one contact is reached.
#[derive(Debug, Clone, PartialEq, Serialize, ToSchema)]
pub struct ContactPattern {
    pub contact_id: String,
    pub name: String,
    /// Touches in the last 90 days.
    pub touches: usize,
    /// The median gap between those touches, in days (one decimal); absent
    /// with fewer than two.
    pub cadence_days: Option<f64>,
    /// The last touch, ever.
    pub last_contact: Option<DateTime<Utc>>,
    /// The last reply from them, ever.
    pub last_reply: Option<DateTime<Utc>>,
    /// What the record says they prefer, as written.
    pub preferred_channel: Option<String>,
    /// The channel most of their replies in the window came through (the
    /// latest on a tie); absent when they did not reply.
    pub channel_that_answers: Option<Channel>,
    /// True when the stated preference names a channel and at least two
    /// replies in the window came through another one (one reply says
    /// little).
    pub channels_differ: bool,
    /// Silent: no touch at all in the window, or quiet for longer than
    /// twice their cadence.
    pub silent: bool,
    /// Days since their last reply (since the last touch when they never
    /// replied); absent when they were never touched.
    pub silent_days: Option<i64>,
    /// Who on our side touched them in the window, most touches first.
    pub talks_to: Vec<TalksTo>,
    /// All of it in one line, for a person to read.
    pub summary: String,
}

impl ContactPattern {
    /// The pattern in one line ("9 touches in 90 days, about every 10
    /// days · answers by phone, although they prefer Email · silent: last
    /// reply 45 days ago").
    fn describe(&self) -> String {
        let mut parts = Vec::new();
        match (self.touches, self.cadence_days) {
            (0, _) => parts.push(format!("no touch in {WINDOW_DAYS} days")),
            (1, _) => parts.push(format!("1 touch in {WINDOW_DAYS} days")),
            (n, Some(c)) => parts.push(format!(
                "{n} touches in {WINDOW_DAYS} days, about every {c} days"
            )),
            (n, None) => parts.push(format!("{n} touches in {WINDOW_DAYS} days")),
        }
        match (self.channel_that_answers, &self.preferred_channel) {
            (Some(a), Some(p)) if self.channels_differ => parts.push(format!(
                "answers by {}, although they prefer {p}",
                a.as_str()
            )),
            (Some(a), _) => parts.push(format!("answers by {}", a.as_str())),
            (None, _) => {}
        }
        let replied = self.last_reply.is_some();
        parts.push(match (self.silent, self.silent_days) {
            (_, None) => "never reached".into(),
            (true, Some(d)) if replied => format!("silent: last reply {d} days ago"),
            (true, Some(d)) => format!("silent: no reply on record, last touch {d} days ago"),
            (false, Some(d)) if replied => format!("last reply {d} days ago"),
            (false, Some(_)) => "no reply on record".into(),
        });
        parts.join(" · ")
    }
}

/// True when `a` is a touch of the contacts it names: anything but an
/// internal note.
pub fn is_touch(a: &Activity) -> bool {
    Channel::of(a.kind).is_some()
}

/// A touch of one contact.
struct Touch<'a> {
    at: DateTime<Utc>,
    channel: Channel,
    reply: bool,
    author: Option<&'a str>,
}

/// The patterns of every one of `contacts` from `activities`, as of `now`,
/// in the order of `contacts`.
pub fn patterns(
    contacts: &[Contact],
    activities: &[Activity],
    now: DateTime<Utc>,
) -> Vec<ContactPattern> {
    let mut touches: HashMap<&str, Vec<Touch<'_>>> = HashMap::new();
    for a in activities.iter().filter(|a| a.at <= now) {
        let Some(channel) = Channel::of(a.kind) else {
            continue;
        };
        let reply = match channel {
            Channel::Phone | Channel::Meeting => true,
            Channel::Email | Channel::Chat => a.direction == Some(Direction::Inbound),
        };
        for contact in &a.contact_ids {
            touches.entry(contact.as_str()).or_default().push(Touch {
                at: a.at,
                channel,
                reply,
                author: a.author_id.as_ref().map(|u| u.as_str()),
            });
        }
    }
    let since = now - chrono::Duration::days(WINDOW_DAYS);
    contacts
        .iter()
        .map(|c| {
            let mut all = touches.remove(c.id.as_str()).unwrap_or_default();
            all.sort_by_key(|t| t.at);
            pattern(c, &all, since, now)
        })
        .collect()
}

fn pattern(
    c: &Contact,
    all: &[Touch<'_>],
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> ContactPattern {
    let recent: Vec<&Touch<'_>> = all.iter().filter(|t| t.at >= since).collect();
    let last_contact = all.last().map(|t| t.at);
    let last_reply = all.iter().rev().find(|t| t.reply).map(|t| t.at);
    let cadence_days = cadence(&recent);
    let silent_days = last_reply.or(last_contact).map(|at| (now - at).num_days());
    let silent = recent.is_empty()
        || cadence_days
            .zip(silent_days)
            .is_some_and(|(cadence, days)| days as f64 > SILENCE_CADENCES * cadence.max(1.0));
    let channel_that_answers = answering_channel(&recent);
    let stated = c
        .preferred_channel
        .as_deref()
        .and_then(Channel::from_stated);
    let mut out = ContactPattern {
        contact_id: c.id.to_string(),
        name: c.name.clone(),
        touches: recent.len(),
        cadence_days,
        last_contact,
        last_reply,
        preferred_channel: c.preferred_channel.clone(),
        channels_differ: stated
            .zip(channel_that_answers)
            .is_some_and(|(s, a)| s != a && replies_through(&recent, a) >= 2),
        channel_that_answers,
        silent,
        silent_days,
        talks_to: talks_to(&recent),
        summary: String::new(),
    };
    out.summary = out.describe();
    out
}

/// The median gap between consecutive touches, in days, to one decimal.
fn cadence(recent: &[&Touch<'_>]) -> Option<f64> {
    let mut gaps: Vec<f64> = recent
        .windows(2)
        .map(|w| (w[1].at - w[0].at).num_seconds() as f64 / 86_400.0)
        .collect();
    if gaps.is_empty() {
        return None;
    }
    gaps.sort_by(f64::total_cmp);
    let mid = gaps.len() / 2;
    let median = if gaps.len().is_multiple_of(2) {
        (gaps[mid - 1] + gaps[mid]) / 2.0
    } else {
        gaps[mid]
    };
    Some((median * 10.0).round() / 10.0)
}

fn replies_through(recent: &[&Touch<'_>], channel: Channel) -> usize {
    recent
        .iter()
        .filter(|t| t.reply && t.channel == channel)
        .count()
}

/// The channel most replies came through; the latest reply's on a tie.
fn answering_channel(recent: &[&Touch<'_>]) -> Option<Channel> {
    let mut counts: HashMap<Channel, (usize, DateTime<Utc>)> = HashMap::new();
    for t in recent.iter().filter(|t| t.reply) {
        let entry = counts.entry(t.channel).or_insert((0, t.at));
        entry.0 += 1;
        entry.1 = entry.1.max(t.at);
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.cmp(&b.1))
        .map(|(channel, _)| channel)
}

fn talks_to(recent: &[&Touch<'_>]) -> Vec<TalksTo> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for author in recent.iter().filter_map(|t| t.author) {
        *counts.entry(author).or_default() += 1;
    }
    let mut out: Vec<TalksTo> = counts
        .into_iter()
        .map(|(user_id, touches)| TalksTo {
            user_id: user_id.to_string(),
            touches,
        })
        .collect();
    out.sort_by(|a, b| b.touches.cmp(&a.touches).then(a.user_id.cmp(&b.user_id)));
    out
}

/// The patterns of the contacts of account `id`, as of `now`, for whoever
/// may read its brief (see [`super::knowledge_readable`]); otherwise not
/// found, as if it did not exist.
pub async fn of_account(
    db: &Db,
    scope: &Scope,
    id: &str,
    now: DateTime<Utc>,
) -> Result<Vec<ContactPattern>, AccountsError> {
    let found = super::knowledge_readable(db, scope, Some(id)).await?;
    let account = found.into_iter().next().ok_or(AccountsError::NotFound)?;
    let id = AccountId::parse(&account.id)
        .map_err(|_| super::corrupt(format!("account id {}", account.id)))?;
    let record = super::record(db, &id, u32::MAX).await?;
    Ok(patterns(&record.contacts, &record.recent_activities, now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::accounts::{ActivityId, ContactId, ContactRole};
    use crate::interviews::fixtures::{at, contact, today};
    use crate::users::UserId;

    fn now() -> DateTime<Utc> {
        today().and_hms_opt(10, 0, 0).unwrap().and_utc()
    }

    fn touch(
        id: &str,
        kind: ActivityKind,
        days_ago: i64,
        with: &str,
        by: &str,
        direction: Option<Direction>,
    ) -> Activity {
        Activity {
            id: ActivityId::parse(id).unwrap(),
            kind,
            at: at(days_ago),
            author_id: Some(UserId::parse(by).unwrap()),
            contact_ids: vec![ContactId::parse(with).unwrap()],
            subject: None,
            body: Some("…".into()),
            direction,
        }
    }

    fn people() -> Vec<Contact> {
        let mut helga = contact("c-helga", "Helga", ContactRole::EconomicBuyer, Some(2));
        helga.preferred_channel = Some("Email".into());
        let mut otto = contact("c-otto", "Otto", ContactRole::Champion, Some(4));
        otto.preferred_channel = Some("WhatsApp, evenings".into());
        vec![
            helga,
            otto,
            contact("c-quiet", "Quiet", ContactRole::User, None),
            contact("c-never", "Never", ContactRole::Other, None),
        ]
    }

    /// Helga answers the phone, not the email she says she prefers, and
    /// has not answered in 45 days although we talk every 10; Otto answers
    /// on chat as he says; Quiet answered once, 200 days ago; Never was
    /// never reached.
    fn history() -> Vec<Activity> {
        use ActivityKind::{Call, Chat, Email, Note};
        use Direction::{Inbound, Outbound};
        let mut out = Vec::new();
        for (i, days) in [75, 65, 55, 45].into_iter().enumerate() {
            out.push(touch(
                &format!("a-call-{i}"),
                Call,
                days,
                "c-helga",
                "u-ana",
                None,
            ));
        }
        for (i, days) in [50, 40, 30, 20, 10].into_iter().enumerate() {
            let d = Some(Outbound);
            out.push(touch(
                &format!("a-mail-{i}"),
                Email,
                days,
                "c-helga",
                "u-ana",
                d,
            ));
        }
        for (i, days) in [30, 20, 10].into_iter().enumerate() {
            let d = Some(Inbound);
            out.push(touch(
                &format!("a-chat-{i}"),
                Chat,
                days,
                "c-otto",
                "u-ben",
                d,
            ));
        }
        // Of unknown direction: a touch, not a reply.
        out.push(touch("a-otto-mail", Email, 5, "c-otto", "u-ana", None));
        // An internal note is no touch; nor is what lies ahead.
        out.push(touch("a-note", Note, 2, "c-otto", "u-ana", None));
        out.push(touch("a-later", Chat, -3, "c-otto", "u-ana", Some(Inbound)));
        out.push(touch(
            "a-old",
            Email,
            200,
            "c-quiet",
            "u-ana",
            Some(Inbound),
        ));
        out
    }

    #[test]
    fn patterns_read_cadence_replies_channels_and_silence() {
        let found = patterns(&people(), &history(), now());
        let [helga, otto, quiet, never] = found.as_slice() else {
            panic!("four patterns: {found:?}");
        };

        assert_eq!(helga.contact_id, "c-helga");
        assert_eq!(helga.touches, 9);
        // Gaps 10 10 5 5 5 10 10 10: the median is 10.
        assert_eq!(helga.cadence_days, Some(10.0));
        assert_eq!(helga.last_contact, Some(at(10)));
        assert_eq!(helga.last_reply, Some(at(45)));
        assert_eq!(helga.channel_that_answers, Some(Channel::Phone));
        assert!(helga.channels_differ);
        assert_eq!(helga.silent_days, Some(45));
        assert!(helga.silent, "45 days against a cadence of 10");
        assert_eq!(
            helga.talks_to,
            [TalksTo {
                user_id: "u-ana".into(),
                touches: 9
            }]
        );

        assert_eq!(otto.touches, 4);
        assert_eq!(otto.cadence_days, Some(10.0));
        assert_eq!(otto.last_contact, Some(at(5)));
        assert_eq!(otto.last_reply, Some(at(10)));
        assert_eq!(otto.channel_that_answers, Some(Channel::Chat));
        assert!(!otto.channels_differ);
        assert_eq!(otto.silent_days, Some(10));
        assert!(!otto.silent);
        assert_eq!(otto.talks_to[0].user_id, "u-ben");
        assert_eq!(otto.talks_to[0].touches, 3);
        assert_eq!(otto.talks_to[1].user_id, "u-ana");

        assert_eq!(quiet.touches, 0);
        assert_eq!(quiet.cadence_days, None);
        assert_eq!(quiet.last_reply, Some(at(200)));
        assert_eq!(quiet.channel_that_answers, None);
        assert_eq!(quiet.silent_days, Some(200));
        assert!(quiet.silent);

        assert_eq!(never.touches, 0);
        assert_eq!(never.last_contact, None);
        assert_eq!(never.silent_days, None);
        assert!(never.silent);
        assert!(never.talks_to.is_empty());
    }

    #[test]
    fn a_silence_counts_from_the_last_reply_and_needs_two_cadences() {
        use Direction::Inbound;
        // Replies every 7 days, the last one 14 days ago: exactly two
        // cadences is not yet a silence; one more day is.
        let history: Vec<Activity> = [35, 28, 21, 14]
            .into_iter()
            .enumerate()
            .map(|(i, d)| {
                let id = format!("a-{i}");
                touch(
                    &id,
                    ActivityKind::Email,
                    d,
                    "c-otto",
                    "u-ana",
                    Some(Inbound),
                )
            })
            .collect();
        let otto = &patterns(&people()[1..2], &history, now())[0];
        assert_eq!(otto.cadence_days, Some(7.0));
        assert_eq!(otto.silent_days, Some(14));
        assert!(!otto.silent);
        let later = now() + chrono::Duration::days(1);
        assert!(patterns(&people()[1..2], &history, later)[0].silent);
    }

    #[test]
    fn one_reply_elsewhere_does_not_contradict_the_stated_channel() {
        let one_call = [touch(
            "a-1",
            ActivityKind::Call,
            3,
            "c-helga",
            "u-ana",
            None,
        )];
        let helga = &patterns(&people()[..1], &one_call, now())[0];
        assert_eq!(helga.channel_that_answers, Some(Channel::Phone));
        assert!(!helga.channels_differ);
    }

    #[test]
    fn the_summary_says_it_in_one_line() {
        let found = patterns(&people(), &history(), now());
        assert_eq!(
            found[0].summary,
            "9 touches in 90 days, about every 10 days · answers by phone, \
             although they prefer Email · silent: last reply 45 days ago"
        );
        assert_eq!(
            found[1].summary,
            "4 touches in 90 days, about every 10 days · answers by chat · last reply 10 days ago"
        );
        assert_eq!(
            found[2].summary,
            "no touch in 90 days · silent: last reply 200 days ago"
        );
        assert_eq!(found[3].summary, "no touch in 90 days · never reached");
    }

    #[test]
    fn stated_channels_are_read_from_free_text() {
        for (stated, channel) in [
            ("email", Some(Channel::Email)),
            ("E-Mail only", Some(Channel::Email)),
            ("WhatsApp", Some(Channel::Chat)),
            ("Slack DM", Some(Channel::Chat)),
            ("text messages", Some(Channel::Chat)),
            ("phone", Some(Channel::Phone)),
            ("mobile after 5", Some(Channel::Phone)),
            ("in person", Some(Channel::Meeting)),
            ("whenever", None),
        ] {
            assert_eq!(Channel::from_stated(stated), channel, "{stated}");
        }
    }
}
