//! Ownership rules as data: an ordered list, read from the TOML file named
//! by `BATON_OWNERSHIP_RULES`, each matching accounts by territory,
//! segment, industry or source and naming an owner or a pool of reps.
//! The first rule that matches an account decides it. Pure: reading the
//! file and matching; [`super::assign`] applies them.
//!
//! ```toml
//! [[rule]]
//! name = "north"
//! territory = "North"          # or a list: ["North", "Nordics"]
//! owner = "u-north"
//!
//! [[rule]]
//! name = "everyone else"
//! pool = ["u-a", "u-b"]
//! strategy = "round_robin"     # or "least_arr"
//! ```

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::accounts::Segment;
use crate::string_enum;
use crate::users::UserId;

/// Most rules a file may hold.
pub const MAX_RULES: usize = 1_000;
/// Most users a pool may hold.
pub const MAX_POOL: usize = 500;

#[derive(Debug, thiserror::Error)]
pub enum RulesError {
    #[error("ownership rules {path} cannot be read")]
    Read {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("ownership rules {path}:{line}: {message}")]
    Invalid {
        path: PathBuf,
        line: usize,
        message: String,
    },
}

string_enum!(
    /// How a pool picks its member: in turn, or the one owning the least
    /// ARR.
    Strategy { RoundRobin => "round_robin", LeastArr => "least_arr" }
);

/// Who a rule gives its accounts to.
#[derive(Debug, Clone, PartialEq)]
pub enum Target {
    Owner(UserId),
    Pool {
        members: Vec<UserId>,
        strategy: Strategy,
    },
}

/// What an account must be for a rule to take it: every field given must
/// match (any of its values, compared without case); none given matches
/// every account.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Match {
    pub territory: Vec<String>,
    pub segment: Vec<Segment>,
    pub industry: Vec<String>,
    pub source: Vec<String>,
}

/// What a rule reads of an account.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub territory: Option<&'a str>,
    pub segment: Segment,
    pub industry: Option<&'a str>,
    pub source: Option<&'a str>,
}

impl Match {
    pub fn holds(&self, f: &Facts<'_>) -> bool {
        let text = |wanted: &[String], value: Option<&str>| {
            wanted.is_empty()
                || value.is_some_and(|v| wanted.iter().any(|w| w.eq_ignore_ascii_case(v.trim())))
        };
        text(&self.territory, f.territory)
            && (self.segment.is_empty() || self.segment.contains(&f.segment))
            && text(&self.industry, f.industry)
            && text(&self.source, f.source)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub name: String,
    pub when: Match,
    pub to: Target,
    /// Where it starts in its file.
    pub line: usize,
}

impl Rule {
    /// The users it names, in order.
    pub fn users(&self) -> Vec<&UserId> {
        match &self.to {
            Target::Owner(u) => vec![u],
            Target::Pool { members, .. } => members.iter().collect(),
        }
    }
}

/// The rules of one file, in order.
#[derive(Debug, Clone)]
pub struct Rules {
    pub path: PathBuf,
    pub rules: Vec<Rule>,
}

impl Rules {
    pub fn load(path: &Path) -> Result<Rules, RulesError> {
        let text = std::fs::read_to_string(path).map_err(|source| RulesError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        Rules::parse(path, &text)
    }

    /// The rules of `text`, the file `path`; every error names its line.
    pub fn parse(path: &Path, text: &str) -> Result<Rules, RulesError> {
        let invalid = |line: usize, message: String| RulesError::Invalid {
            path: path.to_path_buf(),
            line,
            message,
        };
        let at = |offset: usize| crate::tomlfile::line_at(text, offset);
        let raw: RawFile =
            crate::tomlfile::parse(text).map_err(|(line, message)| invalid(line, message))?;
        if raw.rule.is_empty() {
            return Err(invalid(1, "no [[rule]]: the file names no rule".into()));
        }
        if raw.rule.len() > MAX_RULES {
            return Err(invalid(1, format!("at most {MAX_RULES} rules")));
        }
        let mut rules: Vec<Rule> = Vec::with_capacity(raw.rule.len());
        for spanned in raw.rule {
            let line = at(spanned.span().start);
            let r = spanned.into_inner();
            let name = r.name.get_ref().trim().to_string();
            let name_line = at(r.name.span().start);
            if name.is_empty() || name.chars().count() > 100 {
                return Err(invalid(
                    name_line,
                    "a rule's name is 1 to 100 characters".into(),
                ));
            }
            if let Some(first) = rules.iter().find(|x| x.name == name) {
                return Err(invalid(
                    name_line,
                    format!(
                        "rule {name:?} is named twice (first on line {})",
                        first.line
                    ),
                ));
            }
            let id = |v: &toml::Spanned<String>| {
                UserId::parse(v.get_ref()).map_err(|e| {
                    invalid(
                        at(v.span().start),
                        format!("{:?} is not a user id: {e}", v.get_ref()),
                    )
                })
            };
            let to = match (r.owner, r.pool, r.strategy) {
                (Some(owner), None, None) => Target::Owner(id(&owner)?),
                (Some(_), None, Some(s)) => {
                    return Err(invalid(
                        at(s.span().start),
                        format!("rule {name:?}: a strategy belongs to a pool, not to an owner"),
                    ))
                }
                (Some(_), Some(_), _) => {
                    return Err(invalid(
                        line,
                        format!("rule {name:?}: give either owner or pool, not both"),
                    ))
                }
                (None, Some(pool), strategy) => {
                    let pool_line = at(pool.span().start);
                    let pool = pool.into_inner();
                    if pool.is_empty() || pool.len() > MAX_POOL {
                        return Err(invalid(
                            pool_line,
                            format!("rule {name:?}: a pool holds 1 to {MAX_POOL} users"),
                        ));
                    }
                    let mut members: Vec<UserId> = Vec::with_capacity(pool.len());
                    for m in &pool {
                        let user = id(m)?;
                        if members.contains(&user) {
                            return Err(invalid(
                                at(m.span().start),
                                format!("rule {name:?}: {user} is in the pool twice"),
                            ));
                        }
                        members.push(user);
                    }
                    let strategy = match strategy {
                        None => Strategy::RoundRobin,
                        Some(s) => Strategy::parse(s.get_ref()).ok_or_else(|| {
                            invalid(
                                at(s.span().start),
                                format!(
                                    "strategy {:?}: expected {}",
                                    s.get_ref(),
                                    Strategy::expected()
                                ),
                            )
                        })?,
                    };
                    Target::Pool { members, strategy }
                }
                (None, None, Some(s)) => {
                    return Err(invalid(
                        at(s.span().start),
                        format!("rule {name:?}: a strategy belongs to a pool"),
                    ))
                }
                (None, None, None) => {
                    return Err(invalid(
                        line,
                        format!("rule {name:?}: give an owner or a pool"),
                    ))
                }
            };
            let texts = |v: Option<toml::Spanned<OneOrMany>>, field: &str| {
                let Some(v) = v else { return Ok(Vec::new()) };
                let l = at(v.span().start);
                let values = v.into_inner().into_vec();
                if values.is_empty() || values.iter().any(|s| s.trim().is_empty()) {
                    return Err(invalid(
                        l,
                        format!("rule {name:?}: {field} must name a value"),
                    ));
                }
                Ok(values.into_iter().map(|s| s.trim().to_string()).collect())
            };
            let segment_line = r.segment.as_ref().map(|s| at(s.span().start));
            let segments = texts(r.segment, "segment")?
                .iter()
                .map(|s| {
                    Segment::parse(s).ok_or_else(|| {
                        invalid(
                            segment_line.unwrap_or(line),
                            format!("segment {s:?}: expected {}", Segment::expected()),
                        )
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            let when = Match {
                territory: texts(r.territory, "territory")?,
                segment: segments,
                industry: texts(r.industry, "industry")?,
                source: texts(r.source, "source")?,
            };
            rules.push(Rule {
                name,
                when,
                to,
                line,
            });
        }
        Ok(Rules {
            path: path.to_path_buf(),
            rules,
        })
    }

    /// The first rule that takes an account with these facts.
    pub fn first_match(&self, f: &Facts<'_>) -> Option<&Rule> {
        self.rules.iter().find(|r| r.when.holds(f))
    }

    /// Every user a rule names, once, in the file's order.
    pub fn users(&self) -> Vec<&UserId> {
        let mut out: Vec<&UserId> = Vec::new();
        for r in &self.rules {
            for u in r.users() {
                if !out.contains(&u) {
                    out.push(u);
                }
            }
        }
        out
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    rule: Vec<toml::Spanned<RawRule>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRule {
    name: toml::Spanned<String>,
    territory: Option<toml::Spanned<OneOrMany>>,
    segment: Option<toml::Spanned<OneOrMany>>,
    industry: Option<toml::Spanned<OneOrMany>>,
    source: Option<toml::Spanned<OneOrMany>>,
    owner: Option<toml::Spanned<String>>,
    pool: Option<toml::Spanned<Vec<toml::Spanned<String>>>>,
    strategy: Option<toml::Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl OneOrMany {
    fn into_vec(self) -> Vec<String> {
        match self {
            OneOrMany::One(s) => vec![s],
            OneOrMany::Many(v) => v,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Rules, RulesError> {
        Rules::parse(Path::new("rules.toml"), text)
    }

    fn facts<'a>(territory: Option<&'a str>, segment: Segment) -> Facts<'a> {
        Facts {
            territory,
            segment,
            industry: None,
            source: None,
        }
    }

    const FILE: &str = r#"
[[rule]]
name = "north"
territory = "North"
owner = "u-north"

[[rule]]
name = "big ones"
segment = ["enterprise"]
industry = ["Retail", "Logistics"]
pool = ["u-a", "u-b"]
strategy = "least_arr"

[[rule]]
name = "everyone else"
pool = ["u-a", "u-b"]
"#;

    #[test]
    fn the_first_rule_that_matches_wins() {
        let rules = parse(FILE).unwrap();
        assert_eq!(rules.rules.len(), 3);
        assert_eq!(rules.rules[0].line, 2);
        let north = facts(Some("north "), Segment::Enterprise);
        assert_eq!(rules.first_match(&north).unwrap().name, "north");
        let mut retail = facts(Some("South"), Segment::Enterprise);
        retail.industry = Some("retail");
        assert_eq!(rules.first_match(&retail).unwrap().name, "big ones");
        // All given fields must match: an SMB retailer falls through.
        retail.segment = Segment::Smb;
        assert_eq!(rules.first_match(&retail).unwrap().name, "everyone else");
        let Target::Pool { strategy, members } = &rules.rules[2].to else {
            panic!("a pool")
        };
        assert_eq!(*strategy, Strategy::RoundRobin);
        assert_eq!(members.len(), 2);
        assert_eq!(rules.users().len(), 3);
    }

    #[test]
    fn no_rule_matches_without_a_catch_all() {
        let rules =
            parse("[[rule]]\nname = \"n\"\nsource = \"hubspot\"\nowner = \"u-x\"\n").unwrap();
        let mut f = facts(None, Segment::Smb);
        assert!(rules.first_match(&f).is_none());
        f.source = Some("HubSpot");
        assert!(rules.first_match(&f).is_some());
    }

    #[test]
    fn errors_name_the_file_and_line() {
        let cases = [
            ("[[rule]]\nname = \"a\"\nowner = \"u-a\"\npool = [\"u-b\"]\n", 1, "not both"),
            ("[[rule]]\nname = \"a\"\n", 1, "an owner or a pool"),
            ("[[rule]]\nname = \"a\"\nowner = \"u-a\"\n[[rule]]\nname = \"a\"\nowner = \"u-b\"\n", 5, "named twice"),
            ("[[rule]]\nname = \"a\"\npool = []\n", 3, "1 to 500"),
            ("[[rule]]\nname = \"a\"\npool = [\"u-a\", \"u-a\"]\n", 3, "twice"),
            ("[[rule]]\nname = \"a\"\npool = [\"u-a\"]\nstrategy = \"random\"\n", 4, "round_robin"),
            ("[[rule]]\nname = \"a\"\nsegment = \"huge\"\nowner = \"u-a\"\n", 3, "enterprise"),
            ("[[rule]]\nname = \"a\"\nowner = \"u-a\"\ncolour = \"red\"\n", 4, "unknown field"),
            ("[[rule]]\nname = \"a\"\nowner = \"u-a\"\nstrategy = \"least_arr\"\n", 4, "belongs to a pool"),
            ("[[rule]]\nname = \"a\"\nterritory = \"\"\nowner = \"u-a\"\n", 3, "must name a value"),
            ("[[rule]]\nname = \"a\"\nowner = \"\"\n", 3, "not a user id"),
            ("[[rule]\n", 1, ""),
            ("", 1, "no [[rule]]"),
        ];
        for (text, line, says) in cases {
            let err = parse(text).unwrap_err();
            let RulesError::Invalid {
                line: got,
                message,
                path,
            } = &err
            else {
                panic!("{err}")
            };
            assert_eq!(path, Path::new("rules.toml"));
            assert_eq!(*got, line, "{text:?}: {err}");
            assert!(message.contains(says), "{text:?}: {err}");
            assert!(
                err.to_string().starts_with("ownership rules rules.toml:"),
                "{err}"
            );
        }
    }
}
