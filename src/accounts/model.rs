//! Account record types. Each value is checked once, where it enters.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::users::UserId;
use crate::{define_id, string_enum};

define_id!(AccountId);
define_id!(ContactId);
define_id!(OpportunityId);
define_id!(ActivityId);

string_enum!(
    /// The account's commercial size. Sets the default interview tier.
    Segment { Enterprise => "enterprise", MidMarket => "mid_market", Smb => "smb" }
);

impl Segment {
    /// Under 50,000 is SMB, 50,000 to 500,000 mid-market, above enterprise
    /// (FORMATS.md). An account with no ARR at all is treated as SMB.
    pub fn from_arr(arr: Option<Money>) -> Segment {
        match arr.map(Money::value) {
            Some(v) if v > 500_000.0 => Segment::Enterprise,
            Some(v) if v >= 50_000.0 => Segment::MidMarket,
            _ => Segment::Smb,
        }
    }
}

string_enum!(
    /// A contact's part in buying decisions.
    ContactRole {
        EconomicBuyer => "economic_buyer",
        Champion => "champion",
        DecisionMaker => "decision_maker",
        Influencer => "influencer",
        Blocker => "blocker",
        User => "user",
        Other => "other",
    }
);

/// Mail domains anyone may have: no company is known by them.
const FREE_MAIL: &[&str] = &[
    "gmail.com",
    "googlemail.com",
    "outlook.com",
    "hotmail.com",
    "live.com",
    "msn.com",
    "yahoo.com",
    "yahoo.co.uk",
    "icloud.com",
    "me.com",
    "mac.com",
    "aol.com",
    "proton.me",
    "protonmail.com",
    "gmx.com",
    "gmx.de",
    "gmx.net",
    "web.de",
    "mail.com",
    "yandex.ru",
    "zoho.com",
    "fastmail.com",
    "hey.com",
    "qq.com",
    "163.com",
    "orange.fr",
    "free.fr",
    "t-online.de",
    "libero.it",
    "btinternet.com",
    "comcast.net",
    "verizon.net",
];

/// Whether `domain` (lower case) is a free-mail one: nobody's company.
pub fn is_free_mail(domain: &str) -> bool {
    FREE_MAIL.contains(&domain)
}

string_enum!(
    /// A member's part in an account's team besides its owner: each may
    /// read the account and its knowledge.
    TeamRole { CoOwner => "co_owner", Support => "support", ExecutiveSponsor => "executive_sponsor" }
);

/// One member of an account's team, as a bundle gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ToSchema)]
pub struct TeamSeat {
    pub user_id: UserId,
    pub role: TeamRole,
}

string_enum!(
    ActivityKind { Email => "email", Call => "call", Meeting => "meeting", Note => "note", Chat => "chat" }
);

string_enum!(
    /// Which way a message went: `inbound`, from the customer; `outbound`,
    /// from us. Calls and meetings are two-way and need none.
    Direction { Inbound => "inbound", Outbound => "outbound" }
);

string_enum!(
    /// Where an activity came from: the CRM's bundle (a re-import replaces
    /// these), a chat export or a mailbox (kept across bundle re-imports).
    Origin { Bundle => "bundle", WhatsApp => "whatsapp", Mail => "mail" }
);

/// An amount of money in the account's currency: finite and not negative.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "f64", into = "f64")]
pub struct Money(f64);

impl Money {
    pub fn value(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Money {
    type Error = &'static str;
    fn try_from(v: f64) -> Result<Self, Self::Error> {
        if v.is_finite() && v >= 0.0 {
            Ok(Money(v))
        } else {
            Err("must be a finite amount of at least 0")
        }
    }
}

impl From<Money> for f64 {
    fn from(m: Money) -> f64 {
        m.0
    }
}

/// Whole units with thousands grouped: "860,000". The one way Baton writes
/// an amount, in prompts, indexed text and briefs alike.
impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Finite and not negative by construction, so the rounded whole
        // fits in u64 for any amount a CRM can hold.
        let digits = (self.0.round() as u64).to_string();
        let mut out = String::with_capacity(digits.len() + digits.len() / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        f.pad(&out)
    }
}

/// How warm a contact is to us: 1 (cold) to 5 (strong). No other value exists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, ToSchema)]
#[serde(try_from = "i64", into = "i64")]
pub struct RelationshipStrength(u8);

impl RelationshipStrength {
    pub fn get(self) -> u8 {
        self.0
    }
}

impl TryFrom<i64> for RelationshipStrength {
    type Error = &'static str;
    fn try_from(v: i64) -> Result<Self, Self::Error> {
        if (1..=5).contains(&v) {
            Ok(RelationshipStrength(v as u8))
        } else {
            Err("must be an integer from 1 (cold) to 5 (strong)")
        }
    }
}

impl From<RelationshipStrength> for i64 {
    fn from(s: RelationshipStrength) -> i64 {
        i64::from(s.0)
    }
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Account {
    pub id: AccountId,
    pub name: String,
    /// `None`: nobody owns it (imported without an owner, or with one who
    /// is not a Baton user) until an assignment or a transfer.
    pub owner_id: Option<UserId>,
    pub arr: Option<Money>,
    pub currency: Option<String>,
    pub segment: Segment,
    /// True when the bundle gave no segment and it was derived from ARR.
    pub segment_derived: bool,
    pub industry: Option<String>,
    pub territory: Option<String>,
    pub renewal_date: Option<NaiveDate>,
    pub contract_notes: Option<String>,
    /// Where the record came from: `bundle`, or the CRM whose export was
    /// read (`salesforce`, `hubspot`, a mapping's name). Ownership rules
    /// may match it.
    pub source: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Contact {
    pub id: ContactId,
    pub name: String,
    pub title: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub role: ContactRole,
    pub preferred_channel: Option<String>,
    pub relationship_strength: Option<RelationshipStrength>,
    pub notes: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Opportunity {
    pub id: OpportunityId,
    pub name: String,
    pub stage: Option<String>,
    pub amount: Option<Money>,
    pub close_date: Option<NaiveDate>,
    pub next_step: Option<String>,
}

#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Activity {
    pub id: ActivityId,
    pub kind: ActivityKind,
    pub at: DateTime<Utc>,
    pub author_id: Option<UserId>,
    pub contact_ids: Vec<ContactId>,
    pub subject: Option<String>,
    pub body: Option<String>,
    /// Absent when the source did not say.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub direction: Option<Direction>,
}

/// One recorded change of owner: who from, who to, who did it, when, why.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct OwnershipChange {
    pub from_user_id: Option<UserId>,
    pub from_name: Option<String>,
    pub to_user_id: UserId,
    pub to_name: Option<String>,
    /// `None` when the change came from the command line.
    pub changed_by: Option<UserId>,
    pub changed_at: DateTime<Utc>,
    pub reason: String,
    /// The ownership rule that made it (an assignment by rule).
    pub rule: Option<String>,
}

/// An account as the list shows it.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AccountSummary {
    #[serde(flatten)]
    pub account: Account,
    pub owner_name: Option<String>,
}

/// Everything the record says about one account.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AccountDetail {
    #[serde(flatten)]
    pub account: Account,
    pub owner_name: Option<String>,
    pub contacts: Vec<Contact>,
    pub opportunities: Vec<Opportunity>,
    /// The most recent activities, newest first.
    pub recent_activities: Vec<Activity>,
    pub activity_count: i64,
    /// Every owner the account has had, oldest first.
    pub ownership_history: Vec<OwnershipChange>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_is_derived_from_arr_at_the_documented_edges() {
        let m = |v: f64| Some(Money::try_from(v).unwrap());
        assert_eq!(Segment::from_arr(None), Segment::Smb);
        assert_eq!(Segment::from_arr(m(49_999.99)), Segment::Smb);
        assert_eq!(Segment::from_arr(m(50_000.0)), Segment::MidMarket);
        assert_eq!(Segment::from_arr(m(500_000.0)), Segment::MidMarket);
        assert_eq!(Segment::from_arr(m(500_000.01)), Segment::Enterprise);
    }

    #[test]
    fn strength_outside_one_to_five_does_not_exist() {
        assert!(RelationshipStrength::try_from(0).is_err());
        assert!(RelationshipStrength::try_from(7).is_err());
        assert_eq!(RelationshipStrength::try_from(5).unwrap().get(), 5);
    }

    #[test]
    fn money_rejects_negative_and_non_finite() {
        assert!(Money::try_from(-1.0).is_err());
        assert!(Money::try_from(f64::NAN).is_err());
        assert!(Money::try_from(f64::INFINITY).is_err());
        assert_eq!(Money::try_from(0.0).unwrap().value(), 0.0);
    }

    #[test]
    fn money_is_written_in_grouped_whole_units() {
        let m = |v: f64| Money::try_from(v).unwrap().to_string();
        assert_eq!(m(860000.0), "860,000");
        assert_eq!(m(999.4), "999");
        assert_eq!(m(999.5), "1,000");
        assert_eq!(m(1234567.0), "1,234,567");
        assert_eq!(m(0.0), "0");
        assert_eq!(m(100.0), "100");
    }
}
