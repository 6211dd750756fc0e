//! Words that stand for one another in account talk
//! (`question_bank/paraphrases.toml`): "the money guy" for the CFO,
//! "freebies" for a waived fee, "QBR" for a quarterly business review.
//!
//! A successor asks in their own words, the departing owner answered in
//! theirs. The knowledge clone uses these groups to tell a paraphrase from
//! something never captured, and to let an excerpt that uses one term
//! cover a question that uses another.

use std::collections::HashMap;
use std::path::Path;

use serde::Deserialize;

use super::{BankError, BankFile};
use crate::knowledge::terms::{stem, words};

/// Words a term may have at most.
const MAX_TERM_WORDS: usize = 6;

/// One term of a group: its words, lower case, as `terms::words` splits them.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    pub words: Vec<String>,
    stems: Vec<String>,
}

/// A place in a question's words where a term of a group occurs.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    /// The question's words `start..end` are the term.
    pub start: usize,
    pub end: usize,
    pub group: usize,
}

/// The loaded, checked groups.
#[derive(Debug, Clone, Default)]
pub struct Paraphrases {
    groups: Vec<Vec<Term>>,
    /// Stem of a term's first word → (group, term index) of each term
    /// starting with it.
    by_first: HashMap<String, Vec<(usize, usize)>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    group: Vec<RawGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawGroup {
    terms: Vec<toml::Spanned<String>>,
}

impl Paraphrases {
    /// Parses and checks the file: each group has two terms or more, each
    /// term one to four words.
    pub fn parse(path: &Path, text: &str) -> Result<Paraphrases, BankError> {
        let file = BankFile { path, text };
        let raw: RawFile = file.parse()?;
        let mut out = Paraphrases::default();
        for g in raw.group {
            if g.terms.len() < 2 {
                let at = g.terms.first().map(|t| t.span().start).unwrap_or(0);
                return Err(file.invalid(at, "a group needs two terms or more".into()));
            }
            let mut group = Vec::new();
            for t in &g.terms {
                let w = words(t.get_ref());
                if w.is_empty() || w.len() > MAX_TERM_WORDS {
                    return Err(file.invalid(
                        t.span().start,
                        format!("{:?}: a term is one to {MAX_TERM_WORDS} words", t.get_ref()),
                    ));
                }
                let stems = w.iter().map(|w| stem(w)).collect();
                group.push(Term { words: w, stems });
            }
            let gi = out.groups.len();
            for (ti, t) in group.iter().enumerate() {
                out.by_first
                    .entry(t.stems[0].clone())
                    .or_default()
                    .push((gi, ti));
            }
            out.groups.push(group);
        }
        Ok(out)
    }

    /// The terms of a group.
    pub fn group(&self, group: usize) -> &[Term] {
        &self.groups[group]
    }

    /// Where terms of any group occur in `text_words` (lower-case words, as
    /// `terms::words` gives them), matched word by word on stems.
    pub fn occurrences(&self, text_words: &[String]) -> Vec<Occurrence> {
        let stems: Vec<String> = text_words.iter().map(|w| stem(w)).collect();
        let mut out = Vec::new();
        for start in 0..stems.len() {
            let Some(candidates) = self.by_first.get(&stems[start]) else {
                continue;
            };
            for &(group, term) in candidates {
                let t = &self.groups[group][term];
                let end = start + t.stems.len();
                if end <= stems.len() && stems[start..end] == t.stems[..] {
                    let o = Occurrence { start, end, group };
                    if !out.contains(&o) {
                        out.push(o);
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Paraphrases {
        Paraphrases::parse(
            Path::new("question_bank/paraphrases.toml"),
            include_str!("../../question_bank/paraphrases.toml"),
        )
        .unwrap()
    }

    #[test]
    fn the_shipped_file_loads_and_finds_phrases_and_words() {
        let p = builtin();
        let q = words("Did the money guy sign the QBR deck, or any freebies?");
        let found = p.occurrences(&q);
        let term_of = |o: &Occurrence| q[o.start..o.end].join(" ");
        let terms: Vec<String> = found.iter().map(term_of).collect();
        assert!(terms.contains(&"money guy".to_string()), "{terms:?}");
        assert!(terms.contains(&"qbr".to_string()), "{terms:?}");
        assert!(terms.contains(&"freebies".to_string()), "{terms:?}");
        let cfo = found.iter().find(|o| term_of(o) == "money guy").unwrap();
        assert!(p
            .group(cfo.group)
            .iter()
            .any(|t| t.words == ["chief", "financial", "officer"]));
    }

    #[test]
    fn bad_groups_name_their_line() {
        let e = Paraphrases::parse(
            Path::new("p.toml"),
            "[[group]]\nterms = [\"a\", \"b\"]\n\n[[group]]\nterms = [\"lonely\"]\n",
        )
        .unwrap_err();
        assert_eq!(e.to_string(), "p.toml:5: a group needs two terms or more");
        let e = Paraphrases::parse(
            Path::new("p.toml"),
            "[[group]]\nterms = [\"x\", \"one two three four five six seven\"]\n",
        )
        .unwrap_err();
        assert!(e.to_string().starts_with("p.toml:2: "), "{e}");
    }
}
