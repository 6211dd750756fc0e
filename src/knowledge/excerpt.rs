//! The part of a cited source that answers the question.
//!
//! A source (an interview answer, an activity) is indexed in chunks, and
//! retrieval finds the chunk that matches best as a whole; the fact asked
//! for may sit in a neighbouring chunk of the same source. So a citation's
//! excerpt is cut again from the whole source: a short source is shown
//! whole; a long one as the window of sentences around its most relevant
//! sentence, with a second relevant passage joined by "…" when it fits.
//! Pure: the caller splits the source into sentences and says how
//! relevant each is (it reads them once, for this and its other checks).

/// A source at most this long (in words) is shown whole.
pub const WHOLE_WORDS: usize = 130;
/// The words an excerpt of a longer source holds at most.
pub const EXCERPT_WORDS: usize = 100;
/// A second passage joins the excerpt only when it scores at least this
/// share of the best sentence.
const SECOND_SHARE: f32 = 0.6;

/// One sentence of a source, in the source's order.
#[derive(Debug, Clone, Copy)]
pub struct Sentence<'a> {
    pub text: &'a str,
    /// The chunk of the source it comes from.
    pub part: usize,
    /// How relevant it is to the question.
    pub score: f32,
    /// Whether it holds the kind of fact the question asks for (a figure,
    /// a name, a date): between equally relevant neighbours, the window
    /// takes it first.
    pub holds: bool,
}

impl<'a> AsRef<Sentence<'a>> for Sentence<'a> {
    fn as_ref(&self) -> &Sentence<'a> {
        self
    }
}

/// A sentence with its length in words.
struct Counted<'a> {
    s: Sentence<'a>,
    words: usize,
}

/// The excerpt of a source given as its sentences; `preferred` is the
/// chunk retrieval ranked first, which breaks ties when no sentence
/// shares anything with the question.
pub fn cut<'a, S: AsRef<Sentence<'a>>>(sentences: &[S], preferred: usize) -> String {
    let all: Vec<Counted<'a>> = sentences
        .iter()
        .map(|s| {
            let s = *s.as_ref();
            Counted {
                s,
                words: s.text.split_whitespace().count(),
            }
        })
        .collect();
    let in_preferred = |i: usize| all[i].s.part == preferred;
    if all.is_empty() {
        return String::new();
    }
    let total: usize = all.iter().map(|s| s.words).sum();
    if total <= WHOLE_WORDS {
        return join(&all, &[(0, all.len() - 1)]);
    }
    // The best sentence; ties go to the chunk retrieval preferred, then
    // to the earlier sentence.
    let best = (0..all.len())
        .max_by(|&a, &b| {
            all[a]
                .s
                .score
                .total_cmp(&all[b].s.score)
                .then_with(|| in_preferred(a).cmp(&in_preferred(b)))
                .then_with(|| b.cmp(&a))
        })
        .unwrap_or(0);
    // With nothing in common, the preferred chunk from its start, read on.
    let relevant = all[best].s.score > 0.0;
    let best = if relevant {
        best
    } else {
        (0..all.len())
            .find(|&i| all[i].s.part >= preferred)
            .unwrap_or(all.len() - 1)
    };
    let (mut lo, mut hi) = (best, best);
    let mut used = all[best].words;
    let ties = if relevant {
        Ties::Centre
    } else {
        Ties::Forward
    };
    grow(&all, &mut lo, &mut hi, &mut used, EXCERPT_WORDS, ties);
    let mut windows = vec![(lo, hi)];
    // A second passage that also answers, elsewhere in the source.
    let top = all[best].s.score;
    if top > 0.0 {
        let second = (0..all.len())
            .filter(|&i| (i + 1 < lo || i > hi + 1) && all[i].s.score >= top * SECOND_SHARE)
            .max_by(|&a, &b| all[a].s.score.total_cmp(&all[b].s.score));
        if let Some(i) = second {
            if used + all[i].words <= EXCERPT_WORDS + EXCERPT_WORDS / 2 {
                windows.push((i, i));
            }
        }
    }
    windows.sort();
    join(&all, &windows)
}

/// How [`grow`] breaks a tie between equally relevant neighbours.
#[derive(Clone, Copy, PartialEq)]
enum Ties {
    /// The side the window has grown less, the sentence before first: a
    /// sentence that answers often leans on the one before it ("Hoppo
    /// calls *it* the freebie", "*Gordon* runs the review" after "…the
    /// director, Gordon Pike").
    Centre,
    /// The next sentence: a window that starts a chunk reads on in it.
    Forward,
}

/// Widens `[lo, hi]` one sentence at a time, the more relevant neighbour
/// first, while the words fit. On a tie, the neighbour that holds the kind
/// of fact asked for, then as `ties` says.
fn grow(
    all: &[Counted<'_>],
    lo: &mut usize,
    hi: &mut usize,
    used: &mut usize,
    budget: usize,
    ties: Ties,
) {
    let centre = *lo;
    loop {
        let before = (*lo > 0).then(|| *lo - 1);
        let after = (*hi + 1 < all.len()).then_some(*hi + 1);
        let fits = |i: Option<usize>| i.filter(|&i| *used + all[i].words <= budget);
        let pick = match (fits(before), fits(after)) {
            (Some(b), Some(a)) => match all[b]
                .s
                .score
                .total_cmp(&all[a].s.score)
                .then(all[b].s.holds.cmp(&all[a].s.holds))
            {
                std::cmp::Ordering::Greater => b,
                std::cmp::Ordering::Less => a,
                std::cmp::Ordering::Equal => {
                    if ties == Ties::Centre && centre - *lo <= *hi - centre {
                        b
                    } else {
                        a
                    }
                }
            },
            (Some(b), None) => b,
            (None, Some(a)) => a,
            (None, None) => return,
        };
        *used += all[pick].words;
        if pick < *lo {
            *lo = pick;
        } else {
            *hi = pick;
        }
    }
}

/// The windows' sentences, "…" where the source goes on.
fn join(all: &[Counted<'_>], windows: &[(usize, usize)]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &(lo, hi) in windows {
        if lo > at {
            out.push_str(if out.is_empty() { "… " } else { " … " });
        } else if !out.is_empty() {
            out.push(' ');
        }
        let text: Vec<&str> = all[lo..=hi].iter().map(|c| c.s.text).collect();
        out.push_str(&text.join(" "));
        at = hi + 1;
    }
    if at < all.len() {
        out.push_str(" …");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::chunk::sentences;

    fn words(n: usize, w: &str) -> String {
        let mut s = vec![w; n].join(" ");
        s.push('.');
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    /// `parts` cut with a sentence scoring 1 when it mentions `word`.
    fn cut_mentioning(parts: &[&str], preferred: usize, word: &str) -> String {
        let split: Vec<(usize, String)> = parts
            .iter()
            .enumerate()
            .flat_map(|(i, p)| sentences(p).into_iter().map(move |s| (i, s)))
            .collect();
        let read: Vec<Sentence<'_>> = split
            .iter()
            .map(|(part, text)| Sentence {
                text,
                part: *part,
                score: if text.contains(word) { 1.0 } else { 0.0 },
                holds: false,
            })
            .collect();
        cut(&read, preferred)
    }

    #[test]
    fn a_short_source_is_shown_whole() {
        let parts = ["Helga signs. She cares about uptime.", "Paul countersigns."];
        assert_eq!(
            cut_mentioning(&parts, 1, "nothing"),
            "Helga signs. She cares about uptime. Paul countersigns."
        );
    }

    #[test]
    fn a_long_source_is_cut_around_the_sentence_that_answers() {
        let filler = words(30, "filler");
        let parts = [
            format!("{filler} {filler} {filler}"),
            format!("{filler} The pilot is free for six months. {filler}"),
            format!("{filler} {filler}"),
        ];
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        // Retrieval preferred the first chunk; the fact is in the second.
        let e = cut_mentioning(&parts, 0, "pilot");
        assert!(e.contains("The pilot is free for six months."), "{e}");
        // Nothing else is relevant: the window grows on both sides of the
        // fact, the sentence before it first.
        assert!(e.starts_with("… Filler"), "{e}");
        assert!(
            e.contains("filler. The pilot is free for six months. Filler"),
            "{e}"
        );
        assert!(e.split_whitespace().count() <= EXCERPT_WORDS + 2, "{e}");
    }

    #[test]
    fn between_equal_neighbours_the_one_holding_the_fact_asked_for_comes_first() {
        let filler = words(30, "filler");
        let again = vec!["again"; 44].join(" ");
        // Two neighbours of the sentence that answers, only one of which fits.
        let text = format!(
            "{filler} Dana asked for it {again} in writing. I promised the beta to Priya. \
             I said she would have it by March 2027 {again}. {filler}"
        );
        let split = sentences(&text);
        let read = |holds_date: bool| -> String {
            let read: Vec<Sentence<'_>> = split
                .iter()
                .map(|t| Sentence {
                    text: t,
                    part: 0,
                    score: if t.contains("promised") { 1.0 } else { 0.0 },
                    holds: holds_date && t.contains("2027"),
                })
                .collect();
            cut(&read, 0)
        };
        // With no kind of fact asked for, the sentence before comes first.
        let plain = read(false);
        assert!(plain.contains("Dana asked"), "{plain}");
        assert!(!plain.contains("March 2027"), "{plain}");
        // Asked "by when?", the neighbour with the date comes first.
        let dated = read(true);
        assert!(
            dated.contains("I promised the beta to Priya. I said she would have it by March 2027"),
            "{dated}"
        );
        assert!(!dated.contains("Dana asked"), "{dated}");
    }

    #[test]
    fn with_nothing_in_common_the_preferred_chunk_is_shown() {
        let a = words(70, "alpha");
        let b = words(70, "beta");
        let parts = [a.as_str(), b.as_str()];
        let e = cut_mentioning(&parts, 1, "gamma");
        assert!(e.contains("Beta beta"), "{e}");
        assert!(!e.contains("Alpha"), "{e}");
    }

    #[test]
    fn with_nothing_in_common_the_window_reads_on_in_the_preferred_chunk() {
        // Chunks of short sentences; the second fills an excerpt alone.
        let short = |w: &str, n: usize| (0..n).map(|_| words(9, w)).collect::<Vec<_>>().join(" ");
        let (a, b) = (short("alpha", 8), short("beta", 12));
        let e = cut_mentioning(&[a.as_str(), b.as_str()], 1, "gamma");
        assert!(e.starts_with("… Beta beta"), "{e}");
        assert!(!e.contains("Alpha"), "{e}");
    }

    #[test]
    fn a_second_passage_that_answers_joins_with_an_ellipsis() {
        let filler = words(50, "filler");
        let text = format!(
            "Helga signs the renewal. {filler} {filler} {filler} Paul countersigns the renewal."
        );
        let e = cut_mentioning(&[text.as_str()], 0, "renewal");
        assert!(e.starts_with("Helga signs the renewal."), "{e}");
        assert!(e.contains(" … Paul countersigns the renewal."), "{e}");
    }
}
