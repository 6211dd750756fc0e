//! Token-aware chunking that keeps sentences whole.
//!
//! A chunk is what one embedding sees and one citation shows, so it must
//! fit the bundled encoder's window (128 WordPiece tokens, counted here in
//! cl100k tokens with a margin) and read as whole sentences. Sentences are
//! packed greedily; a sentence longer than a chunk is cut at word
//! boundaries, the only case where a sentence is split.

use crate::interviews::TokenCounter;

/// Target size of a chunk, in cl100k tokens. WordPiece splits names and
/// numbers into more pieces than cl100k does; 90 leaves room for that and
/// for the context header within the encoder's 128.
pub const CHUNK_TOKENS: usize = 90;

/// Words that end with a period without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc",
    "e.g", "i.e", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "a.m", "p.m",
];

/// Splits text into sentences: at `.`, `!` or `?` followed by a space and
/// something that starts a sentence, and at line breaks. Abbreviations,
/// initials, decimals and version numbers do not end a sentence.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in text.split('\n') {
        let chars: Vec<char> = line.chars().collect();
        let mut start = 0;
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if matches!(c, '.' | '!' | '?') && ends_sentence(&chars, i) {
                // Keep closing quotes and brackets with the sentence.
                let mut end = i + 1;
                while end < chars.len() && matches!(chars[end], '"' | '\'' | ')' | '’' | '”') {
                    end += 1;
                }
                push_trimmed(&mut out, &chars[start..end]);
                start = end;
                i = end;
                continue;
            }
            i += 1;
        }
        push_trimmed(&mut out, &chars[start..]);
    }
    out
}

fn push_trimmed(out: &mut Vec<String>, chars: &[char]) {
    let s: String = chars.iter().collect();
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if !s.is_empty() {
        out.push(s);
    }
}

fn ends_sentence(chars: &[char], i: usize) -> bool {
    // What follows: end of line, or whitespace then a sentence start.
    let mut j = i + 1;
    while j < chars.len() && matches!(chars[j], '"' | '\'' | ')' | '’' | '”') {
        j += 1;
    }
    if j >= chars.len() {
        return true;
    }
    if !chars[j].is_whitespace() {
        return false;
    }
    while j < chars.len() && chars[j].is_whitespace() {
        j += 1;
    }
    let Some(&next) = chars.get(j) else {
        return true;
    };
    let starts = next.is_uppercase()
        || next.is_ascii_digit()
        || matches!(
            next,
            '"' | '\'' | '(' | '“' | '‘' | '$' | '€' | '£' | '-' | '–' | '*'
        );
    if !starts {
        return false;
    }
    if chars[i] != '.' {
        return true;
    }
    // The word before the period.
    let mut k = i;
    while k > 0 && !chars[k - 1].is_whitespace() {
        k -= 1;
    }
    let word: String = chars[k..i].iter().collect::<String>().to_lowercase();
    let word = word.trim_start_matches(['(', '"', '\'', '“']);
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return false; // an initial: "J. Smith"
    }
    !ABBREVIATIONS.contains(&word)
}

/// Packs `text`'s sentences into chunks of at most `max_tokens` tokens.
pub fn chunk(text: &str, counter: &TokenCounter, max_tokens: usize) -> Vec<String> {
    let mut chunks = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut current_tokens = 0;
    for sentence in sentences(text) {
        let tokens = counter.count(&sentence);
        if tokens > max_tokens {
            if !current.is_empty() {
                chunks.push(current.join(" "));
                current.clear();
                current_tokens = 0;
            }
            chunks.extend(split_long(&sentence, counter, max_tokens));
            continue;
        }
        // Joining adds about one token for the space.
        if !current.is_empty() && current_tokens + 1 + tokens > max_tokens {
            chunks.push(current.join(" "));
            current.clear();
            current_tokens = 0;
        }
        current_tokens += tokens + usize::from(!current.is_empty());
        current.push(sentence);
    }
    if !current.is_empty() {
        chunks.push(current.join(" "));
    }
    chunks
}

/// Cuts one overlong sentence at word boundaries.
fn split_long(sentence: &str, counter: &TokenCounter, max_tokens: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    for word in sentence.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_string()
        } else {
            format!("{current} {word}")
        };
        if !current.is_empty() && counter.count(&candidate) > max_tokens {
            out.push(std::mem::replace(&mut current, word.to_string()));
        } else {
            current = candidate;
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counter() -> TokenCounter {
        TokenCounter::new().unwrap()
    }

    #[test]
    fn sentences_end_at_stops_but_not_at_abbreviations_or_numbers() {
        let s = sentences(
            "Dr. Brandt signs. She wants firmware 2.4.1 by Jan. 15 at the latest! Really? Yes.",
        );
        assert_eq!(
            s,
            vec![
                "Dr. Brandt signs.",
                "She wants firmware 2.4.1 by Jan. 15 at the latest!",
                "Really?",
                "Yes."
            ]
        );
    }

    #[test]
    fn initials_and_lowercase_continuations_do_not_split() {
        let s = sentences("Ask J. Smith about it. The price was approx. 5% up, e.g. on the base.");
        assert_eq!(
            s,
            vec![
                "Ask J. Smith about it.",
                "The price was approx. 5% up, e.g. on the base."
            ]
        );
    }

    #[test]
    fn line_breaks_end_sentences_and_blank_lines_vanish() {
        let s = sentences("First line\n\n  Second line.\nThird");
        assert_eq!(s, vec!["First line", "Second line.", "Third"]);
    }

    #[test]
    fn quotes_stay_with_their_sentence() {
        let s = sentences("She said \"never again.\" Then she left.");
        assert_eq!(s, vec!["She said \"never again.\"", "Then she left."]);
    }

    #[test]
    fn chunks_keep_sentences_whole_and_fit_the_budget() {
        let c = counter();
        let text = (0..40)
            .map(|i| format!("Sentence number {i} talks about the renewal and the price."))
            .collect::<Vec<_>>()
            .join(" ");
        let chunks = chunk(&text, &c, 40);
        assert!(chunks.len() > 1);
        for ch in &chunks {
            assert!(c.count(ch) <= 40, "{ch}");
            assert!(ch.ends_with('.'), "a chunk ends at a sentence end: {ch}");
            assert!(
                ch.starts_with("Sentence"),
                "a chunk starts a sentence: {ch}"
            );
        }
        let rejoined = chunks.join(" ");
        assert_eq!(rejoined, text, "nothing is lost or repeated");
    }

    #[test]
    fn an_overlong_sentence_is_cut_at_words() {
        let c = counter();
        let long = "word ".repeat(200);
        let chunks = chunk(long.trim(), &c, 30);
        assert!(chunks.len() >= 6);
        assert!(chunks.iter().all(|ch| c.count(ch) <= 30));
        assert_eq!(chunks.join(" ").split_whitespace().count(), 200);
    }

    #[test]
    fn empty_and_blank_text_make_no_chunks() {
        let c = counter();
        assert!(chunk("", &c, 50).is_empty());
        assert!(chunk("  \n \n", &c, 50).is_empty());
    }

    #[test]
    fn a_short_text_is_one_chunk() {
        let c = counter();
        assert_eq!(chunk("Helga signs.", &c, 50), vec!["Helga signs."]);
    }
}
