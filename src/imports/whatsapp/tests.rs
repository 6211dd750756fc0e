use super::*;

fn messages(text: &str) -> Vec<Message> {
    let (_, items) = parse(text, None).unwrap();
    items
        .into_iter()
        .filter_map(|i| match i {
            Item::Message(m) => Some(m),
            Item::Skipped(_) => None,
        })
        .collect()
}

fn skipped(text: &str) -> Vec<(usize, SkipReason)> {
    let (_, items) = parse(text, None).unwrap();
    items
        .into_iter()
        .filter_map(|i| match i {
            Item::Skipped(s) => Some((s.line, s.reason)),
            Item::Message(_) => None,
        })
        .collect()
}

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
}

#[test]
fn android_twelve_hour_with_a_narrow_space_and_a_number_for_a_name() {
    let text = "3/12/24, 9:05\u{202F}AM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.\n\
                3/12/24, 9:06\u{202F}AM - Dana Whitfield: Morning Priya!\n\
                3/13/24, 12:30\u{202F}PM - +49 151 2345678: The pallets: all 40 arrived\n\
                3/13/24, 12:31\u{202F}AM - Dana Whitfield: <Media omitted>\n";
    let m = messages(text);
    assert_eq!(m.len(), 2);
    assert_eq!(m[0].at, at("2024-03-12 09:06:00"));
    assert_eq!(m[1].sender, "+49 151 2345678");
    assert_eq!(m[1].text, "The pallets: all 40 arrived");
    assert_eq!(m[1].at, at("2024-03-13 12:30:00"));
    assert_eq!(
        skipped(text),
        vec![(1, SkipReason::System), (4, SkipReason::MediaOmitted)]
    );
}

#[test]
fn ios_brackets_seconds_and_marks() {
    let text = "[12/03/2024, 10:15:02] Kestrel Foods: \u{200E}Messages and calls are end-to-end encrypted.\n\
                [12/03/2024, 10:15:40] \u{202A}+44 7700 900123\u{202C}: Hi Dana\n\
                second line\n\
                \n\
                [13/03/2024, 18:01:00] Dana Whitfield: \u{200E}<attached: 00000012-PHOTO-2024-03-13-18-01-00.jpg>\n\
                [13/03/2024, 18:02:00] Dana Whitfield: \u{200E}image omitted\n\
                [13/03/2024, 18:03:00] Priya Natarajan: \u{200E}This message was deleted.\n\
                [13/03/2024, 18:04:00] Priya Natarajan: Fine by me \u{200E}<This message was edited>\n";
    let (detected, _) = parse(text, None).unwrap();
    assert_eq!(detected.order, DateOrder::Dmy);
    assert!(!detected.ambiguous);
    let m = messages(text);
    assert_eq!(m.len(), 3);
    assert_eq!(m[0].sender, "+44 7700 900123");
    assert_eq!(m[0].text, "Hi Dana\nsecond line");
    assert_eq!(
        m[1].attachment.as_deref(),
        Some("00000012-PHOTO-2024-03-13-18-01-00.jpg")
    );
    assert_eq!(m[1].text, "");
    assert_eq!(m[2].text, "Fine by me");
    assert_eq!(
        skipped(text),
        vec![
            (1, SkipReason::System),
            (6, SkipReason::MediaOmitted),
            (7, SkipReason::Deleted)
        ]
    );
}

#[test]
fn german_dots_and_two_digit_years() {
    let text = "14.03.24, 08:00 - Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt.\n\
                14.03.24, 08:01 - Tom Becker: Guten Morgen\n\
                14.03.24, 08:02 - Tom Becker: <Medien ausgeschlossen>\n\
                14.03.24, 08:03 - Tom Becker: Diese Nachricht wurde gelöscht\n";
    let m = messages(text);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].at, at("2024-03-14 08:01:00"));
    assert_eq!(
        skipped(text),
        vec![
            (1, SkipReason::System),
            (3, SkipReason::MediaOmitted),
            (4, SkipReason::Deleted)
        ]
    );
}

#[test]
fn year_first_and_spanish_afternoons() {
    let m = messages("2024-03-14 17:45 - Ines Duarte: Hola\n");
    assert_eq!(m[0].at, at("2024-03-14 17:45:00"));
    let m = messages("14/3/24, 5:45 p. m. - Ines Duarte: Hola\n");
    assert_eq!(m[0].at, at("2024-03-14 17:45:00"));
    let m = messages("3/14/24, 12:05 AM - Ines Duarte: late\n");
    assert_eq!(m[0].at, at("2024-03-14 00:05:00"));
}

#[test]
fn the_date_order_follows_time_when_no_date_settles_it() {
    // 1 March, 2 March, 3 March read day/month run backwards as month/day
    // (January 3rd after February 3rd? no): these read forward only as
    // month/day.
    let text = "01/02/24, 10:00 - A: one\n01/03/24, 10:00 - A: two\n02/01/24, 10:00 - A: three\n";
    let (d, _) = parse(text, None).unwrap();
    assert!(d.ambiguous);
    // dmy: 1 Feb, 1 Mar, 2 Jan (backwards once); mdy: 2 Jan, 3 Jan, 1 Feb.
    assert_eq!(d.order, DateOrder::Mdy);
    let (d, _) = parse("01/02/24, 10:00 - A: one\n", None).unwrap();
    assert_eq!((d.order, d.ambiguous), (DateOrder::Dmy, true));
    let (d, _) = parse(text, Some(DateOrder::Dmy)).unwrap();
    assert_eq!((d.order, d.ambiguous), (DateOrder::Dmy, false));
}

#[test]
fn mixed_orders_and_files_without_messages_are_errors() {
    let text = "13/01/24, 10:00 - A: x\n01/13/24, 10:00 - A: y\n";
    assert_eq!(
        parse(text, None).unwrap_err(),
        FormatError::MixedOrders {
            day_first: 1,
            month_first: 2
        }
    );
    assert_eq!(
        parse("hello\nworld\n", None).unwrap_err(),
        FormatError::NoMessages
    );
    assert_eq!(parse("", None).unwrap_err(), FormatError::NoMessages);
}

#[test]
fn continuations_that_look_like_dates_stay_in_their_message() {
    let text = "\u{FEFF}13/03/2024, 10:00 - Dana Whitfield: We agreed:\r\n\
                12/3 - we meet at the depot\r\n\
                10:30 - Priya joins\r\n\
                13/03/2024, 10:05 - Priya Natarajan: ok";
    let m = messages(text);
    assert_eq!(m.len(), 2);
    assert_eq!(
        m[0].text,
        "We agreed:\n12/3 - we meet at the depot\n10:30 - Priya joins"
    );
    assert_eq!(m[1].text, "ok");
}

#[test]
fn system_lines_with_quotes_and_impossible_dates_are_skipped() {
    let text = "13/03/2024, 10:00 - Dana Whitfield changed the subject from \"A\" to \"Rollout: phase 2\"\n\
                31/02/2024, 10:00 - Dana Whitfield: never\n\
                13/03/2024, 10:01 - Dana Whitfield: \n\
                13/03/2024, 10:02 - Dana Whitfield: IMG-20240313-WA0003.jpg (file attached)\n\
                The depot door\n";
    let m = messages(text);
    assert_eq!(m.len(), 1);
    assert_eq!(m[0].attachment.as_deref(), Some("IMG-20240313-WA0003.jpg"));
    assert_eq!(m[0].text, "The depot door");
    assert_eq!(
        skipped(text),
        vec![
            (1, SkipReason::System),
            (2, SkipReason::InvalidDate),
            (3, SkipReason::Empty)
        ]
    );
}

#[test]
fn text_before_the_first_message_is_reported_once() {
    let text = "exported by someone\nmore\n13/03/2024, 10:00 - A: hi\n";
    assert_eq!(skipped(text), vec![(1, SkipReason::BeforeFirstMessage)]);
    assert_eq!(messages(text).len(), 1);
}

#[test]
fn no_line_crashes_the_reader() {
    // Headers cut at every byte, marks alone, huge numbers.
    let header = "[12/31/21, 11:59:59\u{202F}PM] \u{202A}+1 555\u{202C}: hé \u{200E}<attached: x>";
    let mut text = String::new();
    for (i, _) in header.char_indices() {
        text.push_str(&header[..i]);
        text.push('\n');
    }
    text.push_str("99999/99999/99999, 99:99 - A: x\n\u{200E}\n[\n]\n: \n");
    let _ = parse(&text, None);
    let _ = parse(&text, Some(DateOrder::Mdy));
    let _ = parse(&text, Some(DateOrder::Ymd));
}

/// What holds for any input: the reader never panics, keeps messages in
/// file order and accounts for every line at most once, under every date
/// order.
fn reads_any_text(text: &str) {
    for forced in [
        None,
        Some(DateOrder::Dmy),
        Some(DateOrder::Mdy),
        Some(DateOrder::Ymd),
    ] {
        let Ok((_, items)) = parse(text, forced) else {
            continue;
        };
        let lines = text.lines().count();
        let starts: Vec<usize> = items
            .iter()
            .map(|i| match i {
                Item::Message(m) => m.line,
                Item::Skipped(s) => s.line,
            })
            .collect();
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "lines in order");
        assert!(starts.iter().all(|l| (1..=lines).contains(l)));
        for item in &items {
            if let Item::Message(m) = item {
                assert!(!m.sender.is_empty());
                assert!(!m.text.is_empty() || m.attachment.is_some());
            }
        }
    }
}

const FIXTURES: [&str; 3] = [
    include_str!("../../../tests/fixtures/whatsapp/android_en_us.txt"),
    include_str!("../../../tests/fixtures/whatsapp/ios_en_us.txt"),
    include_str!("../../../tests/fixtures/whatsapp/tricky.txt"),
];

/// What exports are made of: digits and separators of dates and times,
/// direction marks, narrow spaces, line ends, system text.
const PIECES: [&str; 24] = [
    "0",
    "1",
    "9",
    "12",
    "31",
    "/",
    ".",
    "-",
    ":",
    ", ",
    " ",
    "[",
    "]",
    "\u{200E}",
    "\u{202F}",
    "AM",
    "p. m.",
    " - ",
    ": ",
    "\n",
    "\r\n",
    "<Media omitted>",
    "é",
    "\u{FEFF}",
];

proptest::proptest! {
    #![proptest_config(crate::imports::fuzz::config(400))]
    /// Generated edits of the hand-written exports (tests/fixtures/whatsapp).
    #[test]
    fn edited_exports_never_break_the_reader(
        fixture in 0..FIXTURES.len(),
        edits in crate::imports::fuzz::edits(12, 40),
    ) {
        reads_any_text(&crate::imports::fuzz::apply(FIXTURES[fixture], &edits, &PIECES));
    }
}

/// The kept cases (tests/fixtures/fuzz/whatsapp), as text where they are.
#[test]
fn the_kept_cases_still_read() {
    for (name, bytes) in crate::imports::fuzz::corpus("whatsapp") {
        let text = String::from_utf8_lossy(&bytes);
        let run = std::panic::catch_unwind(|| reads_any_text(&text));
        assert!(run.is_ok(), "{name}");
    }
}
