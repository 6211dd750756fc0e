//! Checks a whole `baton-bundle/v1` file and reports every problem with its
//! JSON path. Only a bundle with no problem becomes a [`Bundle`].

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, NaiveDate, Utc};
use serde::Deserialize;
use serde_json::Value;

use super::{Bundle, BundleAccount, BundleUser, Problem};
use crate::accounts::{
    Account, AccountId, Activity, ActivityId, ActivityKind, Contact, ContactId, ContactRole,
    Direction, Money, Opportunity, OpportunityId, RelationshipStrength, Segment, TeamRole,
    TeamSeat,
};
use crate::users::{Role, UserId};

pub const FORMAT: &str = "baton-bundle/v1";

// The raw shapes. Scalars stay `Value` so a wrong type is a reported problem,
// not a failed parse; unknown fields are ignored as FORMATS.md requires.
#[derive(Deserialize)]
pub(super) struct RawBundle {
    format: Option<Value>,
    #[serde(default)]
    users: Vec<RawUser>,
    #[serde(default)]
    accounts: Vec<RawAccount>,
}

#[derive(Deserialize)]
struct RawUser {
    id: Option<Value>,
    name: Option<Value>,
    email: Option<Value>,
    role: Option<Value>,
    manager_id: Option<Value>,
    team: Option<Value>,
}

#[derive(Deserialize)]
struct RawAccount {
    id: Option<Value>,
    name: Option<Value>,
    owner_id: Option<Value>,
    arr: Option<Value>,
    currency: Option<Value>,
    segment: Option<Value>,
    industry: Option<Value>,
    territory: Option<Value>,
    renewal_date: Option<Value>,
    contract_notes: Option<Value>,
    team: Option<Value>,
    #[serde(default)]
    contacts: Vec<RawContact>,
    #[serde(default)]
    opportunities: Vec<RawOpportunity>,
    #[serde(default)]
    activities: Vec<RawActivity>,
}

#[derive(Deserialize)]
struct RawContact {
    id: Option<Value>,
    name: Option<Value>,
    title: Option<Value>,
    email: Option<Value>,
    phone: Option<Value>,
    role: Option<Value>,
    preferred_channel: Option<Value>,
    relationship_strength: Option<Value>,
    notes: Option<Value>,
}

#[derive(Deserialize)]
struct RawOpportunity {
    id: Option<Value>,
    name: Option<Value>,
    stage: Option<Value>,
    amount: Option<Value>,
    close_date: Option<Value>,
    next_step: Option<Value>,
}

#[derive(Deserialize)]
struct RawActivity {
    id: Option<Value>,
    kind: Option<Value>,
    at: Option<Value>,
    author_id: Option<Value>,
    #[serde(default)]
    contact_ids: Option<Value>,
    subject: Option<Value>,
    body: Option<Value>,
    direction: Option<Value>,
}

/// Parses the document's structure; a structural error (an object where an
/// array belongs) stops here with the path of the first one.
pub(super) fn parse_raw(bytes: &[u8]) -> Result<RawBundle, Problem> {
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let raw: RawBundle = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        Problem {
            path: if path == "." {
                "$".into()
            } else {
                format!("$.{path}")
            },
            message: e.inner().to_string(),
        }
    })?;
    de.end().map_err(|e| Problem {
        path: "$".into(),
        message: e.to_string(),
    })?;
    Ok(raw)
}

/// Collects problems while reading fields.
struct Checker {
    problems: Vec<Problem>,
}

impl Checker {
    fn problem(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.to_string(),
            message: message.into(),
        });
    }

    fn string(
        &mut self,
        v: &Option<Value>,
        path: &str,
        field: &str,
        required: bool,
    ) -> Option<String> {
        match v {
            None if required => {
                self.problem(&format!("{path}.{field}"), "is required");
                None
            }
            None => None,
            Some(Value::String(s)) if required && s.trim().is_empty() => {
                self.problem(&format!("{path}.{field}"), "must not be empty");
                None
            }
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                self.problem(
                    &format!("{path}.{field}"),
                    format!("must be a string, found {}", kind(other)),
                );
                None
            }
        }
    }

    fn id<T>(
        &mut self,
        v: &Option<Value>,
        path: &str,
        field: &str,
        required: bool,
        parse: impl Fn(&str) -> Result<T, crate::InvalidId>,
    ) -> Option<T> {
        let raw = match v {
            Some(Value::String(s)) => s.clone(),
            None if !required => return None,
            _ => return self.string(v, path, field, required).and(None),
        };
        match parse(&raw) {
            Ok(id) => Some(id),
            Err(e) => {
                self.problem(
                    &format!("{path}.{field}"),
                    format!("{raw:?} is not a valid id: {e}"),
                );
                None
            }
        }
    }

    fn choice<T>(
        &mut self,
        v: &Option<Value>,
        path: &str,
        field: &str,
        parse: impl Fn(&str) -> Option<T>,
        expected: String,
    ) -> Option<T> {
        let raw = self.string(v, path, field, false)?;
        let found = parse(&raw);
        if found.is_none() {
            self.problem(
                &format!("{path}.{field}"),
                format!("{raw:?} is not one of {expected}"),
            );
        }
        found
    }

    fn money(&mut self, v: &Option<Value>, path: &str, field: &str) -> Option<Money> {
        match v {
            None => None,
            Some(Value::Number(n)) => match n.as_f64().map(Money::try_from) {
                Some(Ok(m)) => Some(m),
                _ => {
                    self.problem(
                        &format!("{path}.{field}"),
                        format!("{n} must be a finite amount of at least 0"),
                    );
                    None
                }
            },
            Some(other) => {
                self.problem(
                    &format!("{path}.{field}"),
                    format!("must be a number, found {}", kind(other)),
                );
                None
            }
        }
    }

    fn date(&mut self, v: &Option<Value>, path: &str, field: &str) -> Option<NaiveDate> {
        let raw = self.string(v, path, field, false)?;
        match NaiveDate::parse_from_str(&raw, "%Y-%m-%d") {
            Ok(d) if raw.len() == 10 => Some(d),
            _ => {
                self.problem(
                    &format!("{path}.{field}"),
                    format!("{raw:?} is not a date (YYYY-MM-DD)"),
                );
                None
            }
        }
    }

    fn timestamp(&mut self, v: &Option<Value>, path: &str, field: &str) -> Option<DateTime<Utc>> {
        let raw = self.string(v, path, field, true)?;
        match DateTime::parse_from_rfc3339(&raw) {
            Ok(t) => Some(t.with_timezone(&Utc)),
            Err(_) => {
                self.problem(
                    &format!("{path}.{field}"),
                    format!("{raw:?} is not an RFC 3339 timestamp"),
                );
                None
            }
        }
    }

    fn strength(&mut self, v: &Option<Value>, path: &str) -> Option<RelationshipStrength> {
        let at = format!("{path}.relationship_strength");
        match v {
            None => None,
            Some(Value::Number(n)) => match n.as_i64().map(RelationshipStrength::try_from) {
                Some(Ok(s)) => Some(s),
                _ => {
                    self.problem(&at, format!("{n} is not a relationship strength: must be an integer from 1 (cold) to 5 (strong)"));
                    None
                }
            },
            Some(other) => {
                self.problem(
                    &at,
                    format!("must be an integer from 1 to 5, found {}", kind(other)),
                );
                None
            }
        }
    }

    /// Records `id` as seen at `path`; a second sighting is a problem.
    fn unique(&mut self, seen: &mut HashMap<String, String>, id: &str, path: &str, what: &str) {
        if let Some(first) = seen.get(id) {
            self.problem(
                &format!("{path}.id"),
                format!("duplicate {what} id {id:?}, first at {first}"),
            );
        } else {
            seen.insert(id.to_string(), path.to_string());
        }
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// What the store already holds that a bundle may refer to.
#[derive(Debug, Default)]
pub struct Known {
    /// Every user id with its manager.
    pub users: HashMap<String, Option<String>>,
}

/// Validates the whole bundle against itself and what the store knows.
pub(super) fn validate(raw: RawBundle, known: &Known) -> Result<Bundle, Vec<Problem>> {
    let mut c = Checker {
        problems: Vec::new(),
    };
    match &raw.format {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => c.problem("$.format", format!("must be {FORMAT:?}, found {other}")),
        None => c.problem("$.format", format!("is required and must be {FORMAT:?}")),
    }

    // Users first: everything else refers to them.
    let mut user_seen = HashMap::new();
    let mut users = Vec::new();
    let mut lines: HashMap<String, Option<String>> = known.users.clone();
    for (i, u) in raw.users.iter().enumerate() {
        let path = format!("$.users[{i}]");
        let id = c.id(&u.id, &path, "id", true, UserId::parse);
        if let Some(id) = &id {
            c.unique(&mut user_seen, id.as_str(), &path, "user");
        }
        let name = c.string(&u.name, &path, "name", true);
        let email = c.string(&u.email, &path, "email", false);
        let role = match &u.role {
            None => Some(Role::Rep),
            v => c.choice(v, &path, "role", Role::parse, Role::expected()),
        };
        let manager_id = c.id(&u.manager_id, &path, "manager_id", false, UserId::parse);
        let team = c.string(&u.team, &path, "team", false);
        if let Some(id) = &id {
            lines.insert(id.to_string(), manager_id.as_ref().map(ToString::to_string));
        }
        if let (Some(id), Some(name), Some(role)) = (id, name, role) {
            users.push((
                path,
                BundleUser {
                    id,
                    name,
                    email,
                    role,
                    manager_id,
                    team,
                },
            ));
        }
    }
    for (path, u) in &users {
        let Some(manager) = &u.manager_id else {
            continue;
        };
        if manager == &u.id {
            c.problem(
                &format!("{path}.manager_id"),
                "a user cannot be their own manager",
            );
        } else if !lines.contains_key(manager.as_str()) {
            c.problem(
                &format!("{path}.manager_id"),
                format!("unknown user \"{manager}\""),
            );
        } else if let Some(cycle) = reporting_cycle(&lines, u.id.as_str()) {
            c.problem(
                &format!("{path}.manager_id"),
                format!("reporting line loops: {}", cycle.join(" -> ")),
            );
        }
    }
    let user_known = |id: &UserId| lines.contains_key(id.as_str());

    let mut account_seen = HashMap::new();
    let mut contact_seen = HashMap::new();
    let mut opportunity_seen = HashMap::new();
    let mut activity_seen = HashMap::new();
    // Contact id -> account id, across the whole bundle.
    let mut contact_account: HashMap<String, String> = HashMap::new();
    for a in &raw.accounts {
        for ct in &a.contacts {
            if let (Some(Value::String(cid)), Some(Value::String(aid))) = (&ct.id, &a.id) {
                contact_account
                    .entry(cid.clone())
                    .or_insert_with(|| aid.clone());
            }
        }
    }

    let mut accounts = Vec::with_capacity(raw.accounts.len());
    for (i, a) in raw.accounts.into_iter().enumerate() {
        let path = format!("$.accounts[{i}]");
        let id = c.id(&a.id, &path, "id", true, AccountId::parse);
        if let Some(id) = &id {
            c.unique(&mut account_seen, id.as_str(), &path, "account");
        }
        let name = c.string(&a.name, &path, "name", true);
        let owner_id = c.id(&a.owner_id, &path, "owner_id", false, UserId::parse);
        if let Some(owner) = &owner_id {
            if !user_known(owner) {
                c.problem(
                    &format!("{path}.owner_id"),
                    format!("unknown owner \"{owner}\": not a user in this bundle or in Baton"),
                );
            }
        }
        let arr = c.money(&a.arr, &path, "arr");
        let currency = c.string(&a.currency, &path, "currency", false);
        let segment = c.choice(
            &a.segment,
            &path,
            "segment",
            Segment::parse,
            Segment::expected(),
        );
        let industry = c.string(&a.industry, &path, "industry", false);
        let territory = c.string(&a.territory, &path, "territory", false);
        let renewal_date = c.date(&a.renewal_date, &path, "renewal_date");
        let contract_notes = c.string(&a.contract_notes, &path, "contract_notes", false);
        let team = team_of(&mut c, &a.team, &path, owner_id.as_ref(), &user_known);

        let mut contacts = Vec::with_capacity(a.contacts.len());
        let mut own_contacts = HashSet::new();
        for (j, ct) in a.contacts.iter().enumerate() {
            let cpath = format!("{path}.contacts[{j}]");
            let cid = c.id(&ct.id, &cpath, "id", true, ContactId::parse);
            if let Some(cid) = &cid {
                c.unique(&mut contact_seen, cid.as_str(), &cpath, "contact");
                own_contacts.insert(cid.to_string());
            }
            let cname = c.string(&ct.name, &cpath, "name", true);
            let title = c.string(&ct.title, &cpath, "title", false);
            let email = c.string(&ct.email, &cpath, "email", false);
            let phone = c.string(&ct.phone, &cpath, "phone", false);
            let role = match &ct.role {
                None => Some(ContactRole::Other),
                v => c.choice(
                    v,
                    &cpath,
                    "role",
                    ContactRole::parse,
                    ContactRole::expected(),
                ),
            };
            let preferred_channel =
                c.string(&ct.preferred_channel, &cpath, "preferred_channel", false);
            let strength = c.strength(&ct.relationship_strength, &cpath);
            let notes = c.string(&ct.notes, &cpath, "notes", false);
            if let (Some(id), Some(name), Some(role)) = (cid, cname, role) {
                if ct.relationship_strength.is_none() || strength.is_some() {
                    contacts.push(Contact {
                        id,
                        name,
                        title,
                        email,
                        phone,
                        role,
                        preferred_channel,
                        relationship_strength: strength,
                        notes,
                    });
                }
            }
        }

        let mut opportunities = Vec::with_capacity(a.opportunities.len());
        for (j, o) in a.opportunities.iter().enumerate() {
            let opath = format!("{path}.opportunities[{j}]");
            let oid = c.id(&o.id, &opath, "id", true, OpportunityId::parse);
            if let Some(oid) = &oid {
                c.unique(&mut opportunity_seen, oid.as_str(), &opath, "opportunity");
            }
            let oname = c.string(&o.name, &opath, "name", true);
            let stage = c.string(&o.stage, &opath, "stage", false);
            let amount = c.money(&o.amount, &opath, "amount");
            let close_date = c.date(&o.close_date, &opath, "close_date");
            let next_step = c.string(&o.next_step, &opath, "next_step", false);
            if let (Some(id), Some(name)) = (oid, oname) {
                opportunities.push(Opportunity {
                    id,
                    name,
                    stage,
                    amount,
                    close_date,
                    next_step,
                });
            }
        }

        let mut activities = Vec::with_capacity(a.activities.len());
        for (j, act) in a.activities.iter().enumerate() {
            let apath = format!("{path}.activities[{j}]");
            let aid = c.id(&act.id, &apath, "id", true, ActivityId::parse);
            if let Some(aid) = &aid {
                c.unique(&mut activity_seen, aid.as_str(), &apath, "activity");
            }
            let kind_ = match &act.kind {
                None => {
                    c.problem(
                        &format!("{apath}.kind"),
                        format!("is required: one of {}", ActivityKind::expected()),
                    );
                    None
                }
                v => c.choice(
                    v,
                    &apath,
                    "kind",
                    ActivityKind::parse,
                    ActivityKind::expected(),
                ),
            };
            let at = c.timestamp(&act.at, &apath, "at");
            let author_id = c.id(&act.author_id, &apath, "author_id", false, UserId::parse);
            if let Some(author) = &author_id {
                if !user_known(author) {
                    c.problem(
                        &format!("{apath}.author_id"),
                        format!("unknown user \"{author}\""),
                    );
                }
            }
            let mut contact_ids = Vec::new();
            match &act.contact_ids {
                None => {}
                Some(Value::Array(items)) => {
                    for (k, item) in items.iter().enumerate() {
                        let kpath = format!("{apath}.contact_ids[{k}]");
                        match item {
                            Value::String(cid) if own_contacts.contains(cid) => {
                                if let Ok(cid) = ContactId::parse(cid) {
                                    if !contact_ids.contains(&cid) {
                                        contact_ids.push(cid);
                                    }
                                }
                            }
                            Value::String(cid) => match contact_account.get(cid) {
                                Some(other) => c.problem(
                                    &kpath,
                                    format!("contact {cid:?} belongs to account {other:?}, not to this account"),
                                ),
                                None => c.problem(&kpath, format!("unknown contact {cid:?}: not a contact of this account")),
                            },
                            other => c.problem(&kpath, format!("must be a string, found {}", kind(other))),
                        }
                    }
                }
                Some(other) => c.problem(
                    &format!("{apath}.contact_ids"),
                    format!("must be an array, found {}", kind(other)),
                ),
            }
            let subject = c.string(&act.subject, &apath, "subject", false);
            let body = c.string(&act.body, &apath, "body", false);
            let direction = c.choice(
                &act.direction,
                &apath,
                "direction",
                Direction::parse,
                Direction::expected(),
            );
            if let (Some(id), Some(kind), Some(at)) = (aid, kind_, at) {
                activities.push(Activity {
                    id,
                    kind,
                    at,
                    author_id,
                    contact_ids,
                    subject,
                    body,
                    direction,
                });
            }
        }

        if let (Some(id), Some(name)) = (id, name) {
            let segment_derived = a.segment.is_none();
            accounts.push(BundleAccount {
                account: Account {
                    id,
                    name,
                    owner_id,
                    segment: segment.unwrap_or_else(|| Segment::from_arr(arr)),
                    segment_derived,
                    arr,
                    currency,
                    industry,
                    territory,
                    renewal_date,
                    contract_notes,
                    source: Some("bundle".into()),
                },
                team,
                contacts,
                opportunities,
                activities,
            });
        }
    }

    if c.problems.is_empty() {
        Ok(Bundle {
            users: users.into_iter().map(|(_, u)| u).collect(),
            accounts,
        })
    } else {
        Err(c.problems)
    }
}

/// The loop in `start`'s reporting line, if it has one.
fn reporting_cycle(lines: &HashMap<String, Option<String>>, start: &str) -> Option<Vec<String>> {
    let mut seen = vec![start.to_string()];
    let mut current = start;
    while let Some(Some(manager)) = lines.get(current) {
        if manager == start {
            seen.push(manager.clone());
            return Some(seen);
        }
        if seen.contains(manager) {
            // A loop above this user, reported at its own members.
            return None;
        }
        seen.push(manager.clone());
        current = manager;
    }
    None
}

/// An account's `team`: `[{user_id, role}]`, each a user of the bundle or
/// of Baton, none twice, the owner not among them.
fn team_of(
    c: &mut Checker,
    raw: &Option<Value>,
    path: &str,
    owner: Option<&UserId>,
    user_known: &dyn Fn(&UserId) -> bool,
) -> Vec<TeamSeat> {
    let items = match raw {
        None => return Vec::new(),
        Some(Value::Array(items)) => items,
        Some(other) => {
            c.problem(
                &format!("{path}.team"),
                format!("must be an array, found {}", kind(other)),
            );
            return Vec::new();
        }
    };
    let mut team: Vec<TeamSeat> = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let tpath = format!("{path}.team[{k}]");
        let Value::Object(fields) = item else {
            c.problem(&tpath, format!("must be an object, found {}", kind(item)));
            continue;
        };
        let user = c.id(
            &fields.get("user_id").cloned(),
            &tpath,
            "user_id",
            true,
            UserId::parse,
        );
        let role = c.choice(
            &fields.get("role").cloned(),
            &tpath,
            "role",
            TeamRole::parse,
            TeamRole::expected(),
        );
        let Some(user) = user else { continue };
        if !user_known(&user) {
            c.problem(
                &format!("{tpath}.user_id"),
                format!("unknown user \"{user}\""),
            );
        } else if Some(&user) == owner {
            c.problem(
                &format!("{tpath}.user_id"),
                "the owner is not a member of their own team",
            );
        } else if team.iter().any(|t| t.user_id == user) {
            c.problem(
                &format!("{tpath}.user_id"),
                format!("\"{user}\" is in the team twice"),
            );
        } else if let Some(role) = role {
            team.push(TeamSeat {
                user_id: user,
                role,
            });
        }
    }
    team
}
