//! The part of a cited source that answers the question.
//!
//! A source (an interview answer, an activity) is indexed in chunks, and
//! retrieval finds the chunk that matches best as a whole; the fact asked
//! for may sit in a neighbouring chunk of the same source. So a citation's
//! excerpt is cut again from the whole source: a short source is shown
//! whole; a long one as the window of sentences around its most relevant
//! sentence, with a second relevant passage joined by "…" when it fits.
//! Pure: the caller says how relevant a sentence is.

use super::chunk::sentences;

/// A source at most this long (in words) is shown whole.
pub const WHOLE_WORDS: usize = 130;
/// The words an excerpt of a longer source holds at most.
pub const EXCERPT_WORDS: usize = 100;
/// A second passage joins the excerpt only when it scores at least this
/// share of the best sentence.
const SECOND_SHARE: f32 = 0.6;

/// One sentence of the source, with where it came from.
#[derive(Debug, Clone)]
struct Sentence {
    text: String,
    words: usize,
    score: f32,
}

/// The excerpt of a source whose chunks are `parts` (in the source's
/// order); `relevance` scores a sentence against the question, and
/// `preferred` (an index into `parts`) is the chunk retrieval ranked first,
/// which breaks ties when no sentence shares anything with the question.
pub fn cut(parts: &[&str], preferred: usize, relevance: impl Fn(&str) -> f32) -> String {
    let mut all: Vec<Sentence> = Vec::new();
    let mut preferred_range = 0..0;
    for (i, part) in parts.iter().enumerate() {
        let start = all.len();
        for s in sentences(part) {
            let words = s.split_whitespace().count();
            let score = relevance(&s);
            all.push(Sentence {
                text: s,
                words,
                score,
            });
        }
        if i == preferred {
            preferred_range = start..all.len();
        }
    }
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
                .score
                .total_cmp(&all[b].score)
                .then_with(|| {
                    preferred_range
                        .contains(&a)
                        .cmp(&preferred_range.contains(&b))
                })
                .then_with(|| b.cmp(&a))
        })
        .unwrap_or(0);
    let best = if all[best].score <= 0.0 {
        preferred_range.start.min(all.len() - 1)
    } else {
        best
    };
    let (mut lo, mut hi) = (best, best);
    let mut used = all[best].words;
    grow(&all, &mut lo, &mut hi, &mut used, EXCERPT_WORDS);
    let mut windows = vec![(lo, hi)];
    // A second passage that also answers, elsewhere in the source.
    let top = all[best].score;
    if top > 0.0 {
        let second = (0..all.len())
            .filter(|&i| (i + 1 < lo || i > hi + 1) && all[i].score >= top * SECOND_SHARE)
            .max_by(|&a, &b| all[a].score.total_cmp(&all[b].score));
        if let Some(i) = second {
            if used + all[i].words <= EXCERPT_WORDS + EXCERPT_WORDS / 2 {
                windows.push((i, i));
            }
        }
    }
    windows.sort();
    join(&all, &windows)
}

/// Widens `[lo, hi]` one sentence at a time, the more relevant neighbour
/// first (the next one on a tie: it usually continues the thought), while
/// the words fit.
fn grow(all: &[Sentence], lo: &mut usize, hi: &mut usize, used: &mut usize, budget: usize) {
    loop {
        let before = (*lo > 0).then(|| *lo - 1);
        let after = (*hi + 1 < all.len()).then_some(*hi + 1);
        let fits = |i: Option<usize>| i.filter(|&i| *used + all[i].words <= budget);
        let pick = match (fits(before), fits(after)) {
            (Some(b), Some(a)) => {
                if all[b].score > all[a].score {
                    b
                } else {
                    a
                }
            }
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
fn join(all: &[Sentence], windows: &[(usize, usize)]) -> String {
    let mut out = String::new();
    let mut at = 0;
    for &(lo, hi) in windows {
        if lo > at {
            out.push_str(if out.is_empty() { "… " } else { " … " });
        } else if !out.is_empty() {
            out.push(' ');
        }
        let text: Vec<&str> = all[lo..=hi].iter().map(|s| s.text.as_str()).collect();
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

    fn words(n: usize, w: &str) -> String {
        let mut s = vec![w; n].join(" ");
        s.push('.');
        let mut c = s.chars();
        c.next()
            .map(|f| f.to_uppercase().chain(c).collect())
            .unwrap_or_default()
    }

    fn mentions(word: &'static str) -> impl Fn(&str) -> f32 {
        move |s: &str| if s.contains(word) { 1.0 } else { 0.0 }
    }

    #[test]
    fn a_short_source_is_shown_whole() {
        let parts = ["Helga signs. She cares about uptime.", "Paul countersigns."];
        assert_eq!(
            cut(&parts, 1, mentions("nothing")),
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
        let e = cut(&parts, 0, mentions("pilot"));
        assert!(e.contains("The pilot is free for six months."), "{e}");
        // Nothing else is relevant: the window runs on after the fact.
        assert!(e.starts_with("… The pilot"), "{e}");
        assert!(e.split_whitespace().count() <= EXCERPT_WORDS + 2, "{e}");
    }

    #[test]
    fn with_nothing_in_common_the_preferred_chunk_is_shown() {
        let a = words(70, "alpha");
        let b = words(70, "beta");
        let parts = [a.as_str(), b.as_str()];
        let e = cut(&parts, 1, mentions("gamma"));
        assert!(e.contains("Beta beta"), "{e}");
        assert!(!e.contains("Alpha"), "{e}");
    }

    #[test]
    fn a_second_passage_that_answers_joins_with_an_ellipsis() {
        let filler = words(50, "filler");
        let text = format!(
            "Helga signs the renewal. {filler} {filler} {filler} Paul countersigns the renewal."
        );
        let e = cut(&[text.as_str()], 0, mentions("renewal"));
        assert!(e.starts_with("Helga signs the renewal."), "{e}");
        assert!(e.contains(" … Paul countersigns the renewal."), "{e}");
    }
}
