//! The record in words: how each record item reads wherever Baton shows or
//! searches it — the chunks the clone searches and cites, the record walk
//! beside an interview question, the brief and the prompts to a model. One
//! wording per item, here; callers choose how much of it to show (a
//! line, or the line with its details) and may clip it, never re-word it.

use chrono::NaiveDate;

use super::{Account, Activity, Contact, ContactRole, Opportunity};

/// A contact's buying role in words ("economic buyer").
pub fn role_words(role: ContactRole) -> &'static str {
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
pub fn stop(s: &str) -> String {
    let s = s.trim();
    if s.ends_with(['.', '!', '?']) {
        s.to_string()
    } else {
        format!("{s}.")
    }
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn non_blank(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// What the account is: "Acme is an enterprise account, in Retail,
/// territory North. ARR 860,000. The contract renews on 2027-01-31."
pub fn account_line(a: &Account) -> String {
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
    text
}

/// The renewal alone: "The contract renews on 2027-01-31, in 40 days.
/// ARR 860,000." (how far off only when `today` is given).
pub fn renewal_line(a: &Account, today: Option<NaiveDate>) -> Option<String> {
    let date = a.renewal_date?;
    let mut text = match today.map(|t| (date - t).num_days()) {
        Some(days) if days >= 0 => format!("The contract renews on {date}, in {days} days."),
        Some(days) => format!("The contract renewed on {date}, {} days ago.", -days),
        None => format!("The contract renews on {date}."),
    };
    if let Some(arr) = a.arr {
        text.push_str(&format!(" ARR {arr}."));
    }
    Some(text)
}

/// "Contract notes: …", when there are any.
pub fn contract_notes(a: &Account) -> Option<String> {
    non_blank(a.contract_notes.as_deref()).map(|n| format!("Contract notes: {}", stop(n)))
}

/// The account with its contract notes.
pub fn account_text(a: &Account) -> String {
    let mut text = account_line(a);
    if let Some(notes) = contract_notes(a) {
        text.push(' ');
        text.push_str(&notes);
    }
    text
}

/// Who the contact is: "Pat Doe, CFO, is the economic buyer; prefers
/// email; relationship strength 2 of 5."
pub fn contact_line(c: &Contact) -> String {
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
    stop(&parts.join("; "))
}

/// The contact with their email, phone and notes.
pub fn contact_text(c: &Contact) -> String {
    let mut text = contact_line(c);
    if let Some(e) = &c.email {
        text.push_str(&format!(" Email {e}."));
    }
    if let Some(p) = &c.phone {
        text.push_str(&format!(" Phone {p}."));
    }
    if let Some(n) = non_blank(c.notes.as_deref()) {
        text.push(' ');
        text.push_str(&stop(n));
    }
    text
}

/// "Opportunity Renewal 2027, stage negotiation, amount 120,000, closes
/// 2027-01-31."
pub fn opportunity_line(o: &Opportunity) -> String {
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
    stop(&parts.join(", "))
}

/// "Next step: …", when there is one.
pub fn next_step(o: &Opportunity) -> Option<String> {
    non_blank(o.next_step.as_deref()).map(|n| format!("Next step: {}", stop(n)))
}

/// The opportunity with its next step.
pub fn opportunity_text(o: &Opportunity) -> String {
    let mut text = opportunity_line(o);
    if let Some(step) = next_step(o) {
        text.push(' ');
        text.push_str(&step);
    }
    text
}

/// What the activity was: "Meeting on 2026-10-01 with Pat Doe (CFO)".
/// `contacts` are the account's, to name the ones it involved.
pub fn activity_line(act: &Activity, contacts: &[Contact]) -> String {
    let with: Vec<String> = act
        .contact_ids
        .iter()
        .filter_map(|id| contacts.iter().find(|c| &c.id == id))
        .map(|c| match &c.title {
            Some(t) => format!("{} ({t})", c.name),
            None => c.name.clone(),
        })
        .collect();
    let mut line = format!(
        "{} on {}",
        capitalized(act.kind.as_str()),
        act.at.date_naive()
    );
    if !with.is_empty() {
        line.push_str(&format!(" with {}", with.join(", ")));
    }
    line
}

/// What the activity says: its subject and body ("Renewal call: they want
/// a cap"), or none when it says nothing.
pub fn activity_text(act: &Activity) -> Option<String> {
    let subject = non_blank(act.subject.as_deref());
    let body = non_blank(act.body.as_deref());
    match (subject, body) {
        (Some(s), Some(b)) => Some(format!("{}: {b}", s.trim_end_matches(['.', ':']))),
        (Some(s), None) => Some(s.to_string()),
        (None, Some(b)) => Some(b.to_string()),
        (None, None) => None,
    }
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
}
