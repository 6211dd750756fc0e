//! Words: what a question asks about, and what an account's knowledge
//! mentions at all.
//!
//! Retrieval scores say how alike two texts are; they do not say whether
//! the thing asked about was ever captured. A question naming a place, a
//! product, a person or a role that appears nowhere in the account's
//! knowledge (record and answers) asks about something that was not
//! captured, however alike the rest of its words are. This module finds
//! those names and the account's vocabulary to check them against.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

/// Words that carry no topic in a question.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "above",
    "after",
    "again",
    "against",
    "all",
    "already",
    "also",
    "am",
    "an",
    "and",
    "any",
    "anyone",
    "anything",
    "are",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "below",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "doing",
    "done",
    "down",
    "during",
    "each",
    "else",
    "ever",
    "every",
    "few",
    "for",
    "from",
    "further",
    "get",
    "gets",
    "getting",
    "go",
    "going",
    "got",
    "had",
    "has",
    "have",
    "having",
    "he",
    "her",
    "here",
    "hers",
    "herself",
    "him",
    "himself",
    "his",
    "how",
    "i",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "itself",
    "just",
    "know",
    "let",
    "like",
    "me",
    "might",
    "more",
    "most",
    "much",
    "must",
    "my",
    "myself",
    "need",
    "no",
    "nor",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "one",
    "only",
    "or",
    "other",
    "our",
    "ours",
    "ourselves",
    "out",
    "over",
    "own",
    "really",
    "right",
    "same",
    "say",
    "said",
    "she",
    "should",
    "so",
    "some",
    "something",
    "still",
    "such",
    "tell",
    "than",
    "that",
    "the",
    "their",
    "theirs",
    "them",
    "themselves",
    "then",
    "there",
    "these",
    "they",
    "thing",
    "things",
    "this",
    "those",
    "through",
    "to",
    "too",
    "under",
    "until",
    "up",
    "us",
    "very",
    "want",
    "was",
    "we",
    "were",
    "what",
    "whats",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "whom",
    "whose",
    "why",
    "will",
    "with",
    "would",
    "you",
    "your",
    "yours",
    "yourself",
    "actually",
    "anymore",
    "way",
    "kind",
    "sort",
    "okay",
    "ok",
    "yes",
    "yet",
    "s",
    "t",
    "d",
    "ll",
    "re",
    "ve",
    "m",
    // Contractions typed without their apostrophe, and chat fillers.
    "dont",
    "doesnt",
    "didnt",
    "isnt",
    "arent",
    "wasnt",
    "werent",
    "cant",
    "couldnt",
    "wont",
    "wouldnt",
    "shouldnt",
    "havent",
    "hasnt",
    "hadnt",
    "thats",
    "theres",
    "theyre",
    "theyve",
    "youre",
    "im",
    "ive",
    "id",
    "hes",
    "shes",
    "wheres",
    "whos",
    "hows",
    "thru",
    "pls",
    "plz",
    "please",
    "thanks",
    "hey",
    "hi",
    "anyway",
    "u",
    // What is left of a contraction split at its apostrophe ("isn't" →
    // "isn", "t"; not "don" nor "won": a name, a verb), and chat
    // shorthand ("w/", "smth", "r there", "how do they charge em").
    "isn",
    "aren",
    "wasn",
    "weren",
    "doesn",
    "didn",
    "hasn",
    "haven",
    "hadn",
    "couldn",
    "wouldn",
    "shouldn",
    "w",
    "smth",
    "sth",
    "em",
    "r",
    "ur",
    "ya",
    "yeah",
    "gonna",
    "wanna",
    "gotta",
    "kinda",
    "sorta",
    "tho",
    "btw",
    "fyi",
];

pub fn is_stopword(w: &str) -> bool {
    // Asked of every word of every sentence read: a set, not a scan of
    // the list.
    static SET: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
        std::sync::LazyLock::new(|| STOPWORDS.iter().copied().collect());
    SET.contains(w)
}

/// Lower-case word tokens: letters and digits, apostrophes dropped.
pub fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    for (i, c) in text.char_indices() {
        if c.is_alphanumeric() {
            cur.extend(c.to_lowercase());
        } else if thousands_comma(text, i) {
            // "41,000" is one number.
        } else if c == '\'' || c == '’' {
            // "Renata's" → "renatas" would hide the name: split instead.
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
        } else if !cur.is_empty() {
            out.push(std::mem::take(&mut cur));
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Whether the character at byte `i` of `text` is a thousands separator:
/// a comma after a digit and before exactly three ("41,000").
fn thousands_comma(text: &str, i: usize) -> bool {
    if text.as_bytes().get(i) != Some(&b',') || !text[..i].ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut next = text[i + 1..].chars();
    (0..3).all(|_| next.next().is_some_and(|d| d.is_ascii_digit()))
        && !next.next().is_some_and(|d| d.is_ascii_digit())
}

/// Whether `text` says one of `list` (lower-case words) as a word.
pub fn says_any(text: &str, list: &[&str]) -> bool {
    words(text).iter().any(|w| list.contains(&w.as_str()))
}

/// Whether `words` (from [`words`]) hold `phrase`, words separated by
/// single spaces, word for word ("i don t know" in "I don't know who").
pub fn says_phrase(words: &[String], phrase: &str) -> bool {
    let n = phrase.split(' ').count();
    words
        .windows(n)
        .any(|w| w.iter().map(String::as_str).eq(phrase.split(' ')))
}

/// A light suffix-stripping stem, for matching word forms ("invoiced",
/// "invoices", "invoice").
pub fn stem(w: &str) -> String {
    // Words from `words` are lower case already: no second copy for them.
    let lowered;
    let w = if w.chars().any(char::is_uppercase) {
        lowered = w.to_lowercase();
        lowered.as_str()
    } else {
        w
    };
    for suffix in [
        "ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "ly", "s",
    ] {
        if let Some(base) = w.strip_suffix(suffix) {
            if base.chars().count() >= 3 {
                return match suffix {
                    "ied" | "ies" => format!("{base}y"),
                    _ => base.to_string(),
                };
            }
        }
    }
    w.to_string()
}

/// English word frequencies (Zipf scale × 10), for telling common words
/// from rare ones.
static FREQUENCIES: std::sync::LazyLock<HashMap<&'static str, u8>> =
    std::sync::LazyLock::new(|| {
        include_str!("word_frequencies.txt")
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (w, z) = l.split_once(' ')?;
                Some((w, z.parse().ok()?))
            })
            .collect()
    });

/// Zipf frequency of a word in general English (2.0 when rarer than the
/// list goes).
pub fn zipf(word: &str) -> f32 {
    let w = word.to_lowercase();
    let z = FREQUENCIES
        .get(w.as_str())
        .or_else(|| FREQUENCIES.get(stem(&w).as_str()))
        .copied()
        .unwrap_or(20);
    f32::from(z) / 10.0
}

/// How much a word says about what a question is about: nothing for
/// everyday words, more the rarer the word. Verb forms ("-ing", "-ed")
/// frame a question more often than they name its subject, and count half.
pub fn specificity(word: &str) -> f32 {
    // A figure the account never states ("41k", "2nd") says less than a
    // rare word: the account may state it otherwise.
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 1.0;
    }
    let s = (5.5 - zipf(word)).max(0.0);
    if word.ends_with("ing") || word.ends_with("ed") {
        s * 0.5
    } else {
        s
    }
}

/// Word stems of the question bank: the domain's own framing words
/// ("procurement", "champion", "renewal"). A question using them is asking
/// in the bank's terms, not about something the account lacks.
pub fn bank_stems(bank: &crate::bank::Bank) -> HashSet<String> {
    let mut out = HashSet::new();
    for id in crate::bank::QuestionId::ALL {
        let q = bank.question(*id);
        let fields = [&q.text, &q.why, &q.good_answer]
            .into_iter()
            .chain(q.probes.iter())
            .chain(q.keywords.iter());
        for f in fields {
            out.extend(words(f).iter().map(|w| stem(w)));
        }
    }
    out
}

/// The fewest letters two word forms share from the start to count as one
/// word by prefix ("presentation" / "presents").
pub const PREFIX_LETTERS: usize = 4;

/// Two word forms match when their stems are equal or they share most of
/// their letters from the start ("presentation" / "presents"). What
/// [`WordSet::has`] answers for many words at once.
pub fn same_word(a: &str, b: &str) -> bool {
    a == b || stem(a) == stem(b) || shared_prefix(a, b)
}

/// The prefix half of [`same_word`], and the one rule for word forms that
/// share a start, in ranking and abstention alike: [`PREFIX_LETTERS`] or
/// more letters in common from the start, and at least 80% of the shorter
/// word.
fn shared_prefix(a: &str, b: &str) -> bool {
    let shared = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    if shared < PREFIX_LETTERS {
        return false;
    }
    let shorter = a.chars().count().min(b.chars().count());
    shared * 10 >= shorter * 8
}

/// A text's words, ready to be matched against many words: `has(w)` is
/// true exactly when some word `x` of the text has `same_word(x, w)`, but
/// stems each of the text's words once instead of once per comparison.
pub struct WordSet {
    words: Vec<String>,
    stems: HashSet<String>,
}

impl WordSet {
    pub fn new(words: Vec<String>) -> WordSet {
        let stems = words.iter().map(|w| stem(w)).collect();
        WordSet { words, stems }
    }

    /// `stemmed` is `stem(word)`, computed once by the caller.
    pub fn has(&self, word: &str, stemmed: &str) -> bool {
        self.stems.contains(stemmed) || self.words.iter().any(|x| shared_prefix(x, word))
    }
}

/// A term of a question that names something: a capitalized word (not a
/// sentence's function word), an acronym, or a number.
#[derive(Debug, Clone, PartialEq)]
pub struct Name {
    /// As written.
    pub text: String,
    /// Lower case.
    pub lower: String,
    /// Written in capitals ("SOW", "PS").
    pub acronym: bool,
}

/// The names in a question: the words that pick out one thing (a person,
/// a place, a product, a role like "COO"), in order, without repeats.
pub fn names(question: &str) -> Vec<Name> {
    let mut out: Vec<Name> = Vec::new();
    for sentence in super::chunk::sentences(question) {
        // Split as [`words`] reads numbers: "2,500" stays one, written "2500".
        let mut tokens = Vec::new();
        let mut start = 0;
        for (i, c) in sentence.char_indices() {
            let separator = c.is_whitespace()
                || matches!(c, ';' | ':' | '(' | ')' | '?' | '!' | '"' | '/')
                || (c == ',' && !thousands_comma(&sentence, i));
            if separator {
                tokens.push(&sentence[start..i]);
                start = i + c.len_utf8();
            }
        }
        tokens.push(&sentence[start..]);
        let mut initial = true;
        for raw in tokens {
            let joined = raw.replace(',', "");
            let token = joined.trim_matches(|c: char| !c.is_alphanumeric());
            // Possessives name their owner.
            let token = token
                .strip_suffix("'s")
                .or_else(|| token.strip_suffix("’s"))
                .unwrap_or(token);
            if token.is_empty() {
                continue;
            }
            let first_of_sentence = std::mem::replace(&mut initial, false);
            let lower = token.to_lowercase();
            let first = token.chars().next().unwrap_or(' ');
            let letters = token.chars().filter(|c| c.is_alphabetic()).count();
            let upper = token.chars().filter(|c| c.is_uppercase()).count();
            let acronym = letters >= 2 && upper == letters;
            // Versions, years, reference numbers; not "25" or "41K".
            let number = token.chars().filter(|c| c.is_ascii_digit()).count() >= 3;
            // A sentence starts with a capital: an everyday word there
            // ("Heard", "Is") is no name.
            let everyday_initial = first_of_sentence
                && !acronym
                && (zipf(&lower) >= EVERYDAY_INITIAL
                    || (zipf(&lower) >= 4.0
                        && ["ing", "ed", "ly", "ous"]
                            .iter()
                            .any(|e| lower.ends_with(e))));
            // "go OK", "TBD": chat words in capitals pick out nothing.
            let shouted = acronym && EVERYDAY_CAPITALS.contains(&lower.as_str());
            // "Ms. Delacroix": the title is no name, the name after it is.
            let title = TITLES.contains(&lower.as_str());
            let acronym = acronym && !shouted;
            let capitalized = first.is_uppercase()
                && !is_stopword(&lower)
                && letters >= 2
                && !everyday_initial
                && !shouted
                && !title;
            let all_function_words = words(&lower).iter().all(|w| is_stopword(w));
            if (acronym || number || capitalized)
                && !is_time_word(&lower)
                && (acronym || !all_function_words)
                && !out.iter().any(|n| n.lower == lower)
            {
                out.push(Name {
                    text: token.to_string(),
                    lower,
                    acronym,
                });
            }
        }
    }
    out
}

/// How common (Zipf) a capitalized word at a sentence's start must be to
/// read as an everyday word, not a name: "Apart from lessons", "Somebody
/// said". A name that is also a word ("Frank", 4.8) is read as the word
/// there; whether the account knows it is then asked of the word.
const EVERYDAY_INITIAL: f32 = 4.8;

/// Everyday words written in capitals: not names, unlike "UK" or "IT".
const EVERYDAY_CAPITALS: &[&str] = &[
    "ok", "okay", "yes", "no", "asap", "fyi", "btw", "tbd", "tba", "tbc", "pls", "thx", "lol",
];

/// Titles before a person's name.
const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame"];

/// Month and day names and their abbreviations: when something happened,
/// not what it was (a record dates things as 2026-02-14, a question says
/// "in Feb").
const TIME_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
];

/// Holidays: in a question they place a thing in the year as a month does
/// ("after Christmas"), not a name the account must have used. Unlike
/// month names they stay names elsewhere: a record that means Christmas
/// says so, and a model's sentence that says it must find it cited.
const HOLIDAYS: &[&str] = &["christmas", "xmas", "easter", "thanksgiving", "halloween"];

pub fn is_holiday(w: &str) -> bool {
    HOLIDAYS.contains(&w)
}

/// A word of a question that says when, not what: a month or day name
/// ([`is_time_word`]) or a holiday.
pub fn tells_time(w: &str) -> bool {
    is_time_word(w) || is_holiday(w)
}

pub fn is_time_word(w: &str) -> bool {
    TIME_WORDS.contains(&w)
}

/// Content words of a question: its words without stopwords.
pub fn content_words(question: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for w in words(question) {
        if !is_stopword(&w) && !out.contains(&w) {
            out.push(w);
        }
    }
    out
}

/// "41k" → "41000", "2m" → "2000000"; `None` for anything else.
fn expand_thousands(w: &str) -> Option<String> {
    let (digits, zeros) = if let Some(d) = w.strip_suffix('k') {
        (d, "000")
    } else if let Some(d) = w.strip_suffix('m') {
        (d, "000000")
    } else {
        return None;
    };
    (!digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit()))
        .then(|| format!("{digits}{zeros}"))
}

/// The words an account's knowledge uses, with how many chunks use each.
#[derive(Debug, Default)]
pub struct Vocab {
    /// Stem → chunks using it.
    df: HashMap<String, u32>,
    /// Every lower-case word form seen, for prefix matches.
    forms: HashSet<String>,
    pub chunks: u32,
    /// Words every chunk of the account speaks of without saying them:
    /// the account's own name.
    pub implicit: Vec<String>,
    /// Names of the company's people by user id: an answer's author is
    /// the "I" of their answers, and the author of the activities they logged.
    pub authors: HashMap<String, Vec<String>>,
    /// What the store said the account's knowledge and roster stood at
    /// when this was built (see `store::Stamp`).
    pub stamp: super::store::Stamp,
}

impl Vocab {
    pub fn build(texts: impl IntoIterator<Item = impl AsRef<str>>, names: &[String]) -> Vocab {
        let mut v = Vocab::default();
        for t in texts {
            v.chunks += 1;
            let mut seen = HashSet::new();
            for w in words(t.as_ref()) {
                let s = stem(&w);
                if !seen.contains(&s) {
                    *v.df.entry(s.clone()).or_default() += 1;
                    seen.insert(s);
                }
                v.forms.insert(w);
            }
        }
        for n in names {
            for w in words(n) {
                v.forms.insert(w.clone());
                v.df.entry(stem(&w)).or_insert(1);
            }
        }
        v
    }

    /// True when the account's knowledge uses the word in some form:
    /// the same stem, or a shared prefix of most of the word
    /// ("Ethiopian" / "Ethiopia", "Canadian" / "Canada").
    pub fn mentions(&self, word: &str) -> bool {
        let w = word.to_lowercase();
        if self.df.contains_key(&stem(&w)) || self.forms.contains(&w) {
            return true;
        }
        // "41k" for 41,000, "2m" for 2,000,000.
        if let Some(full) = expand_thousands(&w) {
            return self.forms.contains(&full);
        }
        self.forms.iter().any(|f| shared_prefix(f, &w))
    }

    /// The one word of the account that `clipped` is the start of, at
    /// least three letters longer and no function word ("kal" →
    /// "kalgoorlie"); `None` when no word or several words start so.
    pub fn completion(&self, clipped: &str) -> Option<&str> {
        let letters = clipped.chars().count();
        self.only_form(|f| {
            f.starts_with(clipped) && f.chars().count() >= letters + 3 && !is_stopword(f)
        })
    }

    /// The account's one word form that `matches`; `None` when none or
    /// several do.
    fn only_form(&self, matches: impl Fn(&str) -> bool) -> Option<&str> {
        let mut found = self.forms.iter().filter(|f| matches(f));
        let first = found.next()?;
        found.next().is_none().then_some(first.as_str())
    }

    /// The one English word of the account that `word`, no English word
    /// itself, is a slip of the keyboard for: one letter added, dropped,
    /// changed or two swapped ("liabilty" → "liability", "extention" →
    /// "extension"), the first letter kept, at least [`SLIP_LETTERS`]
    /// letters; `None` when no word or several words are so close.
    pub fn misspelled(&self, word: &str) -> Option<&str> {
        let w: Vec<char> = word.chars().collect();
        if w.len() < SLIP_LETTERS || !w.iter().all(|c| c.is_alphabetic()) || is_english(word) {
            return None;
        }
        // Most words are told apart by their length in bytes (a letter
        // is four at most) and first letter, before their letters are
        // compared.
        self.only_form(|f| {
            f.len().abs_diff(word.len()) <= 4 && f.starts_with(w[0]) && {
                let f: Vec<char> = f.chars().collect();
                f.len() >= SLIP_LETTERS && f.len().abs_diff(w.len()) <= 1 && one_slip(&w, &f)
            }
        })
        .filter(|f| is_english(f))
    }

    /// True when the account's knowledge has exactly this (lower-case) word.
    pub fn has_form(&self, word: &str) -> bool {
        self.forms.contains(word)
    }

    /// How many chunks use the word's stem.
    pub fn df(&self, word: &str) -> u32 {
        self.df.get(&stem(word)).copied().unwrap_or(0)
    }

    /// The words it holds, the unit of the cache's budget.
    pub fn size(&self) -> usize {
        self.df.len() + self.forms.len() + 1
    }
}

/// The shortest word read as a slip of the keyboard for another
/// ([`Vocab::misspelled`]): shorter words are one letter from too many.
pub const SLIP_LETTERS: usize = 6;

/// Whether a word is in the English word list (Zipf 2.5 and over).
pub fn is_english(word: &str) -> bool {
    FREQUENCIES.contains_key(word)
}

/// Whether two different words are one edit apart: a letter added,
/// dropped or changed, or two neighbours swapped.
fn one_slip(a: &[char], b: &[char]) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let start = short.iter().zip(long).take_while(|(x, y)| x == y).count();
    if short.len() == long.len() {
        if start == short.len() {
            return false;
        }
        let rest = start + 1;
        // Changed at `start`, or swapped with the next letter.
        short[rest..] == long[rest..]
            || (rest < short.len()
                && short[start] == long[rest]
                && short[rest] == long[start]
                && short[rest + 1..] == long[rest + 1..])
    } else {
        // `long` has one letter more, at `start`.
        short[start..] == long[start + 1..]
    }
}

/// Vocabularies of recently asked accounts, bounded by their total size
/// (words held), not by the number of accounts: a thousand small accounts
/// fit where a few huge ones would not. Dropped when the account's
/// knowledge changes.
pub type VocabCache = crate::cache::Lru<Arc<Vocab>>;

/// Words (stems and forms) kept across all cached vocabularies: about
/// 60 bytes each, so roughly 250 MB at most.
pub const VOCAB_BUDGET: usize = 4_000_000;

pub fn vocab_cache(budget: usize) -> VocabCache {
    VocabCache::new(budget, |v| v.size())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slip_of_the_keyboard_is_read_as_the_one_word_it_is_one_edit_from() {
        let v = Vocab::build(
            [
                "The liability cap was raised; the extension paperwork is due.",
                "Finding the comparison took a week, and we found a fine print clause.",
            ],
            &[],
        );
        assert_eq!(
            v.misspelled("liabilty"),
            Some("liability"),
            "a letter dropped"
        );
        assert_eq!(
            v.misspelled("extention"),
            Some("extension"),
            "a letter changed"
        );
        assert_eq!(
            v.misspelled("comparision"),
            Some("comparison"),
            "a letter added"
        );
        assert_eq!(
            v.misspelled("paperwrok"),
            Some("paperwork"),
            "two letters swapped"
        );
        // An English word is meant as written, though one letter from
        // another ("fining" / "finding").
        assert_eq!(v.misspelled("fining"), None);
        // Too short to tell, too far, or another first letter.
        assert_eq!(v.misspelled("claus"), None);
        assert_eq!(v.misspelled("liablty"), None);
        assert_eq!(v.misspelled("kiability"), None);
        // Two words of the account one edit away: neither is assumed.
        let two = Vocab::build(["The bramble and the brambly hedge."], &[]);
        assert_eq!(two.misspelled("brambley"), None);
    }

    #[test]
    fn a_phrase_is_found_word_for_word() {
        let w = words("Honestly, I don't know who they'll pick.");
        assert!(says_phrase(&w, "i don t know"));
        assert!(says_phrase(&w, "pick"));
        assert!(!says_phrase(&w, "don t know who is"));
        assert!(!says_phrase(&words("I don't knowingly"), "i don t know"));
    }

    #[test]
    fn names_are_capitalized_words_acronyms_and_numbers() {
        let n: Vec<String> = names(
            "When does their incoming COO start, and did Renata's team ship 2.4.1 to Laredo?",
        )
        .into_iter()
        .map(|n| n.text)
        .collect();
        assert_eq!(n, vec!["COO", "Renata", "2.4.1", "Laredo"]);
    }

    #[test]
    fn titles_chat_words_and_everyday_openers_are_not_names_but_whole_numbers_are() {
        let n = |q: &str| -> Vec<String> { names(q).into_iter().map(|n| n.text).collect() };
        assert_eq!(
            n("Does Ms. Delacroix lean on Dr Osei?"),
            vec!["Delacroix", "Osei"]
        );
        assert_eq!(
            n("Did the census go OK? Is the date TBD in the UK?"),
            vec!["UK"]
        );
        assert_eq!(
            n("Apart from lessons, what else? Somebody said so."),
            Vec::<String>::new()
        );
        // Read whole, as the account's words are: "2,500" is "2500".
        assert_eq!(
            n("What if headcount passes 2,500 or 1,234,567?"),
            vec!["2500", "1234567"]
        );
        assert_eq!(n("Is it 1,2 or 41,50?"), Vec::<String>::new());
        let v = Vocab::build(["It adds 2,500 claims adjusters."], &[]);
        assert!(names("past 2,500?").iter().all(|x| v.mentions(&x.lower)));
    }

    #[test]
    fn sentence_initial_function_words_are_not_names() {
        assert!(names("What is the price? How did it go?").is_empty());
        assert_eq!(names("Glen just asked for data")[0].text, "Glen");
        let n: Vec<String> =
            names("Heard a whisper. Is the IT head in Feb or Oct? I've 25 of them.")
                .into_iter()
                .map(|n| n.text)
                .collect();
        assert_eq!(n, vec!["IT"]);
    }

    #[test]
    fn figures_are_read_whole_and_in_thousands() {
        assert_eq!(
            words("$41,000 on 1,2 items"),
            vec!["41000", "on", "1", "2", "items"]
        );
        let v = Vocab::build(["The renewal opportunity says $41,000."], &[]);
        assert!(v.mentions("41k"));
        assert!(!v.mentions("42k"));
        assert!(specificity("41k") <= 1.0);
    }

    #[test]
    fn word_forms_match_by_stem_or_shared_prefix() {
        let v = Vocab::build(
            [
                "The container from Ethiopia was invoiced twice.",
                "Canada shipments",
            ],
            &["Helga Brandt".to_string()],
        );
        assert!(v.mentions("Ethiopian"));
        assert!(v.mentions("invoice"));
        assert!(v.mentions("Canadian"));
        assert!(v.mentions("brandt"));
        assert!(!v.mentions("Laredo"));
        assert!(!v.mentions("QuickBooks"));
        assert_eq!(v.df("containers"), 1);
    }

    /// Abstention (does the account use the word?) and ranking (does this
    /// excerpt hold it?) answer alike for every pair: one prefix rule.
    #[test]
    fn the_vocabulary_and_excerpts_match_word_forms_alike() {
        let text = "The plan covers Ethiopia, invoices and the Canada pilot.";
        let v = Vocab::build([text], &[]);
        let set = WordSet::new(words(text));
        for w in [
            "planks",
            "plane",
            "Ethiopian",
            "invoicing",
            "Canadian",
            "pilots",
            "pile",
            "covenant",
            "coverage",
            "canal",
        ] {
            let lower = w.to_lowercase();
            assert_eq!(
                v.mentions(w),
                set.has(&lower, &stem(&lower)),
                "{w}: the two rules disagree"
            );
        }
        assert!(
            v.mentions("planks"),
            "\"plan\": four shared letters, all of the shorter word"
        );
        assert!(!v.mentions("pile"), "three shared letters are not one word");
        assert!(
            !v.mentions("covenant"),
            "\"covers\": four shared letters, under 80% of the shorter word"
        );
    }

    #[test]
    fn stems_strip_common_suffixes_only_from_long_words() {
        assert_eq!(stem("invoiced"), "invoic");
        assert_eq!(stem("invoices"), "invoic");
        assert_eq!(stem("companies"), "company");
        assert_eq!(stem("bus"), "bus");
    }

    #[test]
    fn rare_words_say_more_than_common_ones() {
        assert!(specificity("ransomware") > 2.0);
        assert!(specificity("exactly") < 0.5);
        assert_eq!(specificity("the"), 0.0);
        assert!(specificity("squeezing") < specificity("quarry"));
        assert!(zipf("zzqqxx") <= 2.0);
    }

    #[test]
    fn the_vocabulary_cache_keeps_recent_accounts_within_its_budget() {
        let vocab = |text: &str| Arc::new(Vocab::build([text], &[]));
        let one = vocab("renewal budget promised");
        let size = one.size();
        let cache = vocab_cache(size * 3);
        cache.put("a", one.clone());
        cache.put("b", vocab("renewal budget promised"));
        cache.put("c", vocab("renewal budget promised"));
        assert_eq!(cache.len(), 3);
        assert!(cache.get("a").is_some(), "a is now the most recently used");
        cache.put("d", vocab("renewal budget promised"));
        assert_eq!(cache.len(), 3, "one account made room, not all");
        assert!(cache.get("b").is_none(), "the least recently used left");
        assert!(cache.get("a").is_some() && cache.get("c").is_some());
        cache.put("a", vocab("renewal"));
        cache.forget("c");
        assert_eq!(cache.len(), 2);
        cache.clear();
        assert!(cache.is_empty());
    }

    #[test]
    fn a_word_set_matches_exactly_as_same_word_does() {
        let text = "Presents the invoiced containers; Ethiopia's companies, renewal uplift escalators and a bus.";
        let set = WordSet::new(words(text));
        for w in [
            "presentation",
            "invoice",
            "container",
            "ethiopian",
            "company",
            "companies",
            "renew",
            "uplifted",
            "escalator",
            "bus",
            "buses",
            "price",
            "prize",
            "the",
            "ethio",
            "contain",
        ] {
            let expected = words(text).iter().any(|x| same_word(x, w));
            assert_eq!(set.has(w, &stem(w)), expected, "{w}");
        }
    }

    #[test]
    fn word_forms_match_by_prefix() {
        assert!(same_word("presentation", "presents"));
        assert!(same_word("invoiced", "invoice"));
        assert!(!same_word("price", "prize"));
    }

    #[test]
    fn content_words_drop_stopwords() {
        assert_eq!(
            content_words("What did we promise Helga?"),
            vec!["promise", "helga"]
        );
    }
}
