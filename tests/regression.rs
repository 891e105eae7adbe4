//! Regression tests for what the properties, the fuzzers and the pathological inputs of
//! issue 7 ("Never panic, never lose a line") found. Each test names its finding.

use std::sync::OnceLock;

use tandai::token::tokenize;
use tandai::{Entity, Label, Tagger, Value};

fn tagger() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(Tagger::new)
}

fn found<'a>(ents: &[Entity<'a>]) -> Vec<(&'a str, Label)> {
    ents.iter().map(|e| (e.text, e.label)).collect()
}

fn user(rows: &str) -> Tagger {
    Tagger::builder()
        .without_defaults()
        .gazetteer_str(
            "u.tsv",
            &format!("surface\tlabel\tvalue\tcase\tpriority\n{rows}"),
        )
        .expect("parses")
        .build()
        .expect("builds")
}

/// Issue 7, found by the tokenizer property (`tokens_arbitrary`, minimal input "\u{b}"):
/// the vertical tab is whitespace for `char::is_whitespace` but not for
/// `u8::is_ascii_whitespace`, so it became a symbol token, and an entity could start or
/// end next to whitespace the rest of the pipeline did not see.
#[test]
fn vertical_tab_is_whitespace() {
    let text = "Rusia\u{b}AS\u{c}Jenewa\u{b}";
    let toks: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
    assert_eq!(toks, ["Rusia", "AS", "Jenewa"]);
    assert!(tokenize("\u{b}").is_empty());
    let ents = tagger().tag(text);
    assert_eq!(
        found(&ents),
        [
            ("Rusia", Label::Country),
            ("AS", Label::Country),
            ("Jenewa", Label::Location)
        ]
    );
}

/// Issue 7, found by the pathological inputs: a user gazetteer repeating one surface 100k
/// times made 100k candidates per occurrence (a 100 KB text of `a a a ...` went past 24 GB
/// before it was killed). The matcher now keeps one entry per surface, case policy and
/// label: the one the resolver would have chosen (highest priority, then lowest line, then
/// first loaded). This checks that the choice did not change.
#[test]
fn duplicate_gazetteer_entries_keep_the_resolvers_choice() {
    let t = user(
        "Gojek\tORGANIZATION\tlow\tany\t40\n\
         Gojek\tORGANIZATION\tfirst-best\tany\t60\n\
         Gojek\tORGANIZATION\tsecond-best\tany\t60\n\
         Gojek\tLOCATION\tplace\tany\t50\n\
         Gojek\tPERSON\texact-only\texact\t90\n",
    );
    let e = &t.tag("Saya naik Gojek.")[0];
    assert_eq!(e.label, Label::Person);
    assert_eq!(e.value, Some(Value::Canonical("exact-only")));
    // the exact entry does not match `GOJEK`: the best `any` organization does
    let e = &t.tag("Saya naik GOJEK.")[0];
    assert_eq!(e.label, Label::Organization);
    assert_eq!(e.value, Some(Value::Canonical("first-best")));
    assert_eq!(e.source.to_string(), "u.tsv:3");
}

/// Issue 7: duplicates across files keep the first loaded one on a tie.
#[test]
fn duplicate_entries_across_files_tie_to_the_first_file() {
    let h = "surface\tlabel\tvalue\tcase\tpriority\n";
    let t = Tagger::builder()
        .without_defaults()
        .gazetteer_str("a.tsv", &format!("{h}Senja\tLOCATION\tfrom-a\tany\t50\n"))
        .unwrap()
        .gazetteer_str("b.tsv", &format!("{h}Senja\tLOCATION\tfrom-b\tany\t50\n"))
        .unwrap()
        .build()
        .unwrap();
    let e = &t.tag("di Senja")[0];
    assert_eq!(e.source.to_string(), "a.tsv:2");
}

/// Issue 7, found by the pathological inputs: the discourse pass compared every untagged
/// capitalised token with every known name sharing its first word (20k `Badan ...` names
/// and 20k `Badan itu`: 1.5 s, quadratic). It now looks names up by the token ends after
/// the first word; the choice (the longest known name over untagged tokens) is unchanged.
#[test]
fn discourse_still_prefers_the_longest_known_name() {
    let text = "Kepala Badan Pusat Statistik (BPS) Budi Santoso hadir. \
                Menurut Santoso, BPS mencatat kenaikan.";
    let ents = tagger().tag(text);
    let got = found(&ents);
    assert!(got.contains(&("Santoso", Label::Person)), "{got:?}");
    assert!(got.contains(&("BPS", Label::Organization)), "{got:?}");
    // the inherited values point to the full mentions
    let bps = ents.iter().find(|e| e.text == "BPS").unwrap();
    assert_eq!(
        bps.value.as_ref().unwrap().to_string(),
        "Badan Pusat Statistik"
    );
}

/// Issue 7: texts longer than a segment (256 KiB) are tagged in segments; the dateline at
/// the start of the whole text still anchors relative dates at its end.
#[test]
fn dateline_anchors_dates_in_later_segments() {
    let head = "Jumat 31 Dec 2021 10:29 WIB\n\n";
    let filler = "Harga beras naik di pasar itu. ".repeat(70_000);
    let text = format!("{head}{filler}\n\nIa tiba kemarin.");
    assert!(text.len() > 2 << 20);
    let ents = tagger().tag(&text);
    let last = ents.last().unwrap();
    assert_eq!(last.text, "kemarin");
    assert_eq!(last.value.as_ref().unwrap().to_string(), "2021-12-30");
    assert_eq!(&text[last.span.clone()], "kemarin");
}

/// Issue 7: a segment in the middle of a long text reads no dateline of its own, as the
/// same text tagged whole would not (only the first ~300 bytes hold a dateline).
#[test]
fn later_segments_read_no_dateline_of_their_own() {
    // the first segment (up to 256 KiB, cut in its last quarter) ends at the last paragraph
    // break before 256 KiB: right before `Senin`
    let filler = "Harga beras naik di pasar itu. ".repeat(8_000);
    let more = "Harga beras naik di pasar itu. ".repeat(600);
    let text = format!("{filler}\n\nSenin 3 Januari 2022\nIa tiba kemarin. {more}");
    assert!(text.len() > 1 << 18 && filler.len() > 3 << 16 && filler.len() < 1 << 18);
    let ents = tagger().tag(&text);
    let kemarin = ents.iter().rfind(|e| e.text == "kemarin").unwrap();
    assert!(kemarin.span.start > filler.len());
    assert_eq!(kemarin.value, None, "{kemarin:?}");
    // the same tail alone, where it is a dateline, anchors it
    let tail = "Senin 3 Januari 2022\nIa tiba kemarin.";
    let alone = tagger().tag(tail);
    assert_eq!(
        alone.last().unwrap().value.as_ref().unwrap().to_string(),
        "2022-01-02"
    );
}

/// Issue 6 (speed): the tagger's pass skips the gazetteer for lower-case words of cased text
/// that no lower-case entry can start; a first draft took `20detik` (shape lower, first byte a
/// digit) for one of them and lost the name, caught by diffing news-id.txt. Lower-case entries,
/// entries glued to the word before and digit-led ones must all still be found.
#[test]
fn lower_case_and_digit_led_entries_in_cased_text() {
    let t = user(
        "20detik\tORGANIZATION\t\tany\t50\ndetikcom\tORGANIZATION\t\tany\t50\nBank Indonesia\tORGANIZATION\t\tany\t50\n",
    );
    let text = "Menurut 20detik dan detikcom, kata Bank Indonesia (menurutBank Indonesia).";
    assert_eq!(
        found(&t.tag(text)),
        [
            ("20detik", Label::Organization),
            ("detikcom", Label::Organization),
            ("Bank Indonesia", Label::Organization),
            ("Bank Indonesia", Label::Organization),
        ]
    );
    // in cased text a lower-case phrase is no name
    assert!(found(&t.tag("Kata bank indonesia.")).is_empty());
}
