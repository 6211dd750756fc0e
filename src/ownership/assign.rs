//! Assignment by rule: the unassigned accounts a caller may act on (no
//! owner, or parked unassigned) each given to the user the first matching
//! rule names, every move in the ownership history with its rule. A dry
//! run computes the same plan and writes nothing.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;
use utoipa::ToSchema;

use super::rules::{Facts, Rule, Rules, Strategy, Target};
use super::OwnershipError;
use crate::access::Scope;
use crate::accounts::{AccountId, Segment};
use crate::store::{Db, StoreError};
use crate::users::{UserId, UserStatus};

/// An account waiting for an owner, as the planner reads it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: AccountId,
    pub name: String,
    pub arr: Option<f64>,
    pub territory: Option<String>,
    pub segment: Segment,
    pub industry: Option<String>,
    pub source: Option<String>,
    /// Who holds it now (a manager it is parked with), if anyone.
    pub holder: Option<UserId>,
}

impl Candidate {
    fn facts(&self) -> Facts<'_> {
        Facts {
            territory: self.territory.as_deref(),
            segment: self.segment,
            industry: self.industry.as_deref(),
            source: self.source.as_deref(),
        }
    }
}

/// A user a rule names, as the planner needs them.
#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub status: UserStatus,
}

/// What the planner knows besides the candidates.
#[derive(Debug, Clone, Default)]
pub struct Standing {
    /// The users the rules name that exist.
    pub people: HashMap<UserId, Person>,
    /// ARR each pool member owns now (accounts they work, not parked).
    pub owned_arr: HashMap<UserId, f64>,
    /// The user each rule last assigned to, for round robin to go on.
    pub last_of_rule: HashMap<String, UserId>,
}

/// One account given an owner, or that would be.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Assignment {
    pub account_id: String,
    pub account_name: String,
    pub arr: Option<f64>,
    /// Who held it before (a manager it was parked with), if anyone.
    pub from_user_id: Option<String>,
    pub to_user_id: String,
    pub to_name: String,
    /// The rule that chose the owner.
    pub rule: String,
}

/// An unassigned account no rule could give an owner, and why.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Unmatched {
    pub account_id: String,
    pub account_name: String,
    pub arr: Option<f64>,
    pub reason: String,
}

/// What an assignment run did, or with `dry_run` would do.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct AssignReport {
    pub dry_run: bool,
    /// The rules file applied.
    pub rules_file: String,
    pub assigned: Vec<Assignment>,
    pub unmatched: Vec<Unmatched>,
}

/// The plan for `candidates` (in the order given): the first rule that
/// matches each decides; an owner must be active; a pool gives the next
/// active member in turn after the one it gave last (round robin), or the
/// active member owning the least ARR, counting what this plan gives
/// (least ARR; a tie goes to the first in the pool).
pub fn plan(
    rules: &Rules,
    candidates: &[Candidate],
    standing: &Standing,
) -> (Vec<Assignment>, Vec<Unmatched>) {
    let mut last = standing.last_of_rule.clone();
    let mut owned = standing.owned_arr.clone();
    let active = |u: &UserId| {
        standing
            .people
            .get(u)
            .is_some_and(|p| p.status == UserStatus::Active)
    };
    let (mut assigned, mut unmatched) = (Vec::new(), Vec::new());
    for c in candidates {
        let leave = |reason: String| Unmatched {
            account_id: c.id.to_string(),
            account_name: c.name.clone(),
            arr: c.arr,
            reason,
        };
        let Some(rule) = rules.first_match(&c.facts()) else {
            unmatched.push(leave("no rule matches".into()));
            continue;
        };
        let Some(to) = pick(rule, &active, &last, &owned) else {
            let named: Vec<String> = rule
                .users()
                .into_iter()
                .map(|u| match standing.people.get(u) {
                    None => format!("{u} is no user"),
                    Some(p) => format!("{u} is {}", p.status),
                })
                .collect();
            unmatched.push(leave(format!(
                "rule {:?} (line {}) names no active user ({})",
                rule.name,
                rule.line,
                named.join(", ")
            )));
            continue;
        };
        *owned.entry(to.clone()).or_default() += c.arr.unwrap_or(0.0);
        last.insert(rule.name.clone(), to.clone());
        assigned.push(Assignment {
            account_id: c.id.to_string(),
            account_name: c.name.clone(),
            arr: c.arr,
            from_user_id: c.holder.as_ref().map(ToString::to_string),
            to_name: standing
                .people
                .get(&to)
                .map(|p| p.name.clone())
                .unwrap_or_default(),
            to_user_id: to.to_string(),
            rule: rule.name.clone(),
        });
    }
    (assigned, unmatched)
}

/// The user `rule` gives its next account to.
fn pick(
    rule: &Rule,
    active: &dyn Fn(&UserId) -> bool,
    last: &HashMap<String, UserId>,
    owned: &HashMap<UserId, f64>,
) -> Option<UserId> {
    match &rule.to {
        Target::Owner(u) => active(u).then(|| u.clone()),
        Target::Pool {
            members,
            strategy: Strategy::RoundRobin,
        } => {
            let start = last
                .get(&rule.name)
                .and_then(|l| members.iter().position(|m| m == l))
                .map_or(0, |i| i + 1);
            (0..members.len())
                .map(|k| &members[(start + k) % members.len()])
                .find(|m| active(m))
                .cloned()
        }
        Target::Pool {
            members,
            strategy: Strategy::LeastArr,
        } => members
            .iter()
            .filter(|m| active(m))
            .fold(None::<(&UserId, f64)>, |best, m| {
                let arr = owned.get(m).copied().unwrap_or(0.0);
                match best {
                    Some((_, b)) if b <= arr => best,
                    _ => Some((m, arr)),
                }
            })
            .map(|(m, _)| m.clone()),
    }
}

/// The unassigned accounts the caller may assign, largest ARR first: by
/// who holds them (an admin: all, those nobody owns among them; a manager:
/// those held in their line), not by team seats.
pub async fn candidates(db: &Db, scope: &Scope) -> Result<Vec<Candidate>, StoreError> {
    let rows = crate::accounts::owners::unassigned_in_line(db, scope).await?;
    let corrupt = |id: &str, what: &str| StoreError::Corrupt(format!("account {id}: {what}"));
    rows.into_iter()
        .map(|r| {
            Ok(Candidate {
                segment: Segment::parse(&r.segment).ok_or_else(|| corrupt(&r.id, "segment"))?,
                holder: r
                    .owner_id
                    .as_deref()
                    .map(UserId::parse)
                    .transpose()
                    .map_err(|_| corrupt(&r.id, "owner"))?,
                id: AccountId::parse(&r.id).map_err(|_| corrupt(&r.id, "id"))?,
                name: r.name,
                arr: r.arr,
                territory: r.territory,
                industry: r.industry,
                source: r.source,
            })
        })
        .collect()
}

/// What the rules' users are and own, and where each rule's turn is.
pub async fn standing(db: &Db, rules: &Rules) -> Result<Standing, StoreError> {
    let users = rules.users();
    let mut out = Standing::default();
    let id =
        |raw: &str| UserId::parse(raw).map_err(|_| StoreError::Corrupt(format!("user id {raw}")));
    for (u, name, status) in crate::users::statuses(db, &users).await? {
        out.people.insert(id(&u)?, Person { name, status });
    }
    for (u, arr) in crate::accounts::owners::arr_owned_by(db, &users).await? {
        out.owned_arr.insert(id(&u)?, arr);
    }
    for (rule, u) in crate::accounts::owners::last_of_each_rule(db).await? {
        out.last_of_rule.insert(rule, id(&u)?);
    }
    Ok(out)
}

/// Applies `rules` to the unassigned accounts the caller may act on (an
/// admin: all; a manager: those in their line, parked with them among
/// them). With `dry_run`, says what would change and writes nothing;
/// otherwise every assignment is made in one transaction, each in the
/// account's ownership history with its rule and in the audit log. An
/// account that changed meanwhile is left out and listed unmatched.
#[tracing::instrument(skip_all, fields(by = %scope.user_id(), dry_run))]
pub async fn assign(
    db: &Db,
    scope: &Scope,
    rules: Option<&Rules>,
    dry_run: bool,
    now: DateTime<Utc>,
) -> Result<AssignReport, OwnershipError> {
    if !(scope.is_admin() || scope.role() == crate::users::Role::Manager) {
        return Err(OwnershipError::Forbidden(
            "only admins and managers assign accounts",
        ));
    }
    let rules = rules.ok_or(OwnershipError::NoRules)?;
    let candidates = candidates(db, scope).await?;
    let standing = standing(db, rules).await?;
    let (planned, mut unmatched) = plan(rules, &candidates, &standing);
    let mut report = AssignReport {
        dry_run,
        rules_file: rules.path.display().to_string(),
        assigned: Vec::new(),
        unmatched: Vec::new(),
    };
    if dry_run {
        report.assigned = planned;
        report.unmatched = unmatched;
        return Ok(report);
    }
    let by = scope.actor().map(UserId::as_str);
    let mut tx = db.begin_write().await?;
    for a in planned {
        let reason = format!("assigned by ownership rule {:?}", a.rule);
        let moved = crate::accounts::owners::give(
            &mut tx,
            &crate::accounts::owners::Give {
                account: &a.account_id,
                from: a.from_user_id.as_deref(),
                to: &a.to_user_id,
                by,
                at: now,
                rule: Some(&a.rule),
                reason: &reason,
            },
        )
        .await?;
        if !moved {
            unmatched.push(Unmatched {
                account_id: a.account_id,
                account_name: a.account_name,
                arr: a.arr,
                reason: "changed meanwhile; run the assignment again".into(),
            });
            continue;
        }
        let entry = crate::audit::Entry {
            at: now,
            actor: scope.actor(),
            kind: crate::audit::AuditKind::AccountAssigned,
            account_id: Some(&a.account_id),
            subject: Some(&a.to_user_id),
            detail: serde_json::json!({
                "from_user_id": a.from_user_id,
                "to_user_id": a.to_user_id,
                "rule": a.rule,
                "rules_file": report.rules_file,
            }),
        };
        crate::audit::record(&mut tx, &entry).await?;
        report.assigned.push(a);
    }
    tx.commit().await?;
    report.unmatched = unmatched;
    tracing::info!(
        assigned = report.assigned.len(),
        unmatched = report.unmatched.len(),
        "accounts assigned by rule"
    );
    Ok(report)
}

/// The report in plain text, one line per account, for the command line.
pub fn render(report: &AssignReport) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let money = |arr: Option<f64>| {
        arr.and_then(|a| crate::accounts::Money::try_from(a).ok())
            .map_or("-".to_string(), |m| m.to_string())
    };
    let _ = writeln!(
        out,
        "{} by {}: {} account{} {}assigned, {} left unassigned",
        if report.dry_run {
            "dry run (nothing changed)"
        } else {
            "assigned"
        },
        report.rules_file,
        report.assigned.len(),
        if report.assigned.len() == 1 { "" } else { "s" },
        if report.dry_run { "would be " } else { "" },
        report.unmatched.len(),
    );
    for a in &report.assigned {
        let _ = writeln!(
            out,
            "  {:<24} {:>12}  {} -> {} ({})  rule {:?}",
            a.account_id,
            money(a.arr),
            a.from_user_id.as_deref().unwrap_or("nobody"),
            a.to_user_id,
            a.to_name,
            a.rule,
        );
    }
    for u in &report.unmatched {
        let _ = writeln!(
            out,
            "  {:<24} {:>12}  left: {}",
            u.account_id,
            money(u.arr),
            u.reason
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn rules(text: &str) -> Rules {
        Rules::parse(Path::new("rules.toml"), text).unwrap()
    }

    fn user(id: &str) -> UserId {
        UserId::parse(id).unwrap()
    }

    fn account(id: &str, arr: f64, territory: &str) -> Candidate {
        Candidate {
            id: AccountId::parse(id).unwrap(),
            name: id.to_uppercase(),
            arr: Some(arr),
            territory: Some(territory.into()),
            segment: Segment::from_arr(Some(crate::accounts::Money::try_from(arr).unwrap())),
            industry: None,
            source: None,
            holder: None,
        }
    }

    fn people(ids: &[(&str, UserStatus)]) -> Standing {
        Standing {
            people: ids
                .iter()
                .map(|(id, status)| {
                    (
                        user(id),
                        Person {
                            name: id.to_string(),
                            status: *status,
                        },
                    )
                })
                .collect(),
            ..Standing::default()
        }
    }

    fn to_of(assigned: &[Assignment]) -> Vec<(&str, &str, &str)> {
        assigned
            .iter()
            .map(|a| {
                (
                    a.account_id.as_str(),
                    a.to_user_id.as_str(),
                    a.rule.as_str(),
                )
            })
            .collect()
    }

    const RULES: &str = r#"
[[rule]]
name = "north"
territory = "North"
owner = "u-north"

[[rule]]
name = "rest"
pool = ["u-a", "u-b", "u-c"]
"#;

    #[test]
    fn first_match_wins_and_pools_rotate() {
        let rules = rules(RULES);
        let all = people(&[
            ("u-north", UserStatus::Active),
            ("u-a", UserStatus::Active),
            ("u-b", UserStatus::Active),
            ("u-c", UserStatus::Active),
        ]);
        let accounts = [
            account("n1", 10.0, "North"),
            account("s1", 9.0, "South"),
            account("s2", 8.0, "South"),
            account("s3", 7.0, "South"),
            account("s4", 6.0, "South"),
        ];
        let (assigned, unmatched) = plan(&rules, &accounts, &all);
        assert!(unmatched.is_empty());
        assert_eq!(
            to_of(&assigned),
            [
                ("n1", "u-north", "north"),
                ("s1", "u-a", "rest"),
                ("s2", "u-b", "rest"),
                ("s3", "u-c", "rest"),
                ("s4", "u-a", "rest"),
            ]
        );
        // The turn goes on from the last one the rule gave, and skips a
        // member who is leaving.
        let mut later = all.clone();
        later.last_of_rule.insert("rest".into(), user("u-a"));
        later.people.get_mut(&user("u-b")).unwrap().status = UserStatus::Departing;
        let (assigned, _) = plan(&rules, &accounts[1..3], &later);
        assert_eq!(
            to_of(&assigned),
            [("s1", "u-c", "rest"), ("s2", "u-a", "rest")]
        );
    }

    #[test]
    fn least_arr_picks_the_lightest_and_counts_what_it_gives() {
        let rules = rules(
            "[[rule]]\nname = \"even\"\npool = [\"u-a\", \"u-b\"]\nstrategy = \"least_arr\"\n",
        );
        let mut s = people(&[("u-a", UserStatus::Active), ("u-b", UserStatus::Active)]);
        s.owned_arr.insert(user("u-a"), 100.0);
        s.owned_arr.insert(user("u-b"), 40.0);
        let accounts = [
            account("x1", 50.0, "any"),
            account("x2", 30.0, "any"),
            account("x3", 20.0, "any"),
        ];
        let (assigned, _) = plan(&rules, &accounts, &s);
        // b (40) takes x1 → 90; a (100) vs b (90): b takes x2 → 120; then a.
        assert_eq!(
            to_of(&assigned),
            [
                ("x1", "u-b", "even"),
                ("x2", "u-b", "even"),
                ("x3", "u-a", "even")
            ]
        );
        // A tie goes to the first in the pool.
        let even = people(&[("u-a", UserStatus::Active), ("u-b", UserStatus::Active)]);
        let (assigned, _) = plan(&rules, &accounts[..1], &even);
        assert_eq!(assigned[0].to_user_id, "u-a");
    }

    #[test]
    fn unmatched_accounts_say_why() {
        let rules =
            rules("[[rule]]\nname = \"north\"\nterritory = \"North\"\nowner = \"u-gone\"\n");
        let s = people(&[("u-gone", UserStatus::Departed)]);
        let (assigned, unmatched) = plan(
            &rules,
            &[account("n1", 1.0, "North"), account("s1", 1.0, "South")],
            &s,
        );
        assert!(assigned.is_empty());
        let why: Vec<&str> = unmatched.iter().map(|u| u.reason.as_str()).collect();
        assert_eq!(
            why,
            [
                "rule \"north\" (line 1) names no active user (u-gone is departed)",
                "no rule matches"
            ]
        );
    }
}
