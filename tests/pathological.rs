//! Pathological inputs stay linear (issue 7): megabytes without a space, 100k capitalised
//! words in a row, a 100k-entry user gazetteer of one-letter entries, deeply repeated
//! punctuation, thousands of names sharing a first word, texts longer than a segment.
//!
//! No test asserts on time. Each input is big enough that quadratic behaviour would take
//! minutes (the report of issue 7 has the timings before and after the fixes), so a
//! regression shows as a test that does not finish; the tests check the output instead,
//! and where the input is periodic, that n and 4n copies give proportional output.

use std::sync::OnceLock;

use tandai::{Entity, Label, Tagger};

fn tagger() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(Tagger::new)
}

mod spans;

/// Spans on char boundaries, matching their text, sorted, non-overlapping (the fuzz
/// targets' check), and trimmed.
fn check(text: &str, ents: &[Entity]) {
    spans::check(text, ents);
    for e in ents {
        assert_eq!(e.text.trim(), e.text, "{e:?}");
    }
}

fn tag_checked(text: &str) -> Vec<Entity<'_>> {
    let ents = tagger().tag(text);
    check(text, &ents);
    ents
}

/// A small deterministic generator (no `rand` dependency): xorshift64*.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const MB: usize = 1_000_000;

// ---------------------------------------------------------------------------------------
// No whitespace

#[test]
fn one_megabyte_of_one_letter() {
    let text = "a".repeat(MB);
    assert!(tag_checked(&text).is_empty());
    let text = "A".repeat(MB);
    assert!(tag_checked(&text).len() <= 1);
}

#[test]
fn one_megabyte_without_spaces_mixed() {
    let mut rng = Rng(7);
    let parts = [
        "a",
        "Z",
        "é",
        "中",
        "👍",
        "\u{301}",
        ".",
        ",",
        "-",
        "/",
        ":",
        "(",
        ")",
        "'",
        "’",
        "1",
        "2021",
        "Rusia",
        "AS",
        "Jakarta",
        "Dr.",
        "KOMPAS.com",
        "31/12/2021",
        "\u{202e}",
        "\0",
    ];
    let mut text = String::with_capacity(MB + 16);
    while text.len() < MB {
        text.push_str(rng.pick(&parts));
    }
    tag_checked(&text);
}

#[test]
fn glued_names_without_spaces() {
    // every `Rusia` here is glued to the next one: no token boundary, no entity
    let text = "Rusia".repeat(MB / 5);
    assert!(tag_checked(&text).len() <= 1);
    // `Rusia-Rusia-...`: hyphen compounds split, every one a country
    let unit = "Rusia-";
    let text = unit.repeat(MB / unit.len());
    let ents = tag_checked(&text);
    assert_eq!(ents.len(), MB / unit.len());
    assert!(ents.iter().all(|e| e.label == Label::Country));
}

#[test]
fn three_megabytes_without_whitespace_are_cut_on_char_boundaries() {
    // longer than a segment and without any whitespace: segments are cut at a char
    // boundary inside the run of two-byte chars (an odd byte count forces the search)
    let text = format!("x{}", "é".repeat(3 * MB / 2));
    tag_checked(&text);
    let text = format!("x{}", "中".repeat(MB));
    tag_checked(&text);
}

// ---------------------------------------------------------------------------------------
// Long runs of capitalised words

#[test]
fn hundred_thousand_organization_heads() {
    // each head used to scan to the end of the run: 100k words took more than two minutes
    for head in ["Badan", "Kementerian", "Partai", "Universitas", "PT"] {
        let text = vec![head; 100_000].join(" ");
        let ents = tag_checked(&text);
        // bounded spans: no entity swallows the run
        assert!(ents.iter().all(|e| e.text.len() < 400), "{head}");
    }
}

#[test]
fn hundred_thousand_random_capitalised_words() {
    let words = [
        "Badan",
        "Kementerian",
        "Kota",
        "Kabupaten",
        "Jalan",
        "Pulau",
        "Presiden",
        "Menteri",
        "Gubernur",
        "Dr.",
        "Maria",
        "Budi",
        "Joko",
        "Santoso",
        "Widodo",
        "Zakharova",
        "Rusia",
        "Jakarta",
        "Jenewa",
        "Amerika",
        "Serikat",
        "Luar",
        "Negeri",
        "Pusat",
        "Statistik",
        "Kamis",
        "Januari",
        "Desember",
        "Bank",
        "Partai",
        "Bin",
        "Al",
        "Universitas",
        "Komisi",
        "KPK",
        "BPS",
        "AS",
        "RI",
        "Utara",
        "Barat",
        "Raya",
        "Timur",
        "Selatan",
        "Tengah",
    ];
    let mut rng = Rng(11);
    let text: Vec<&str> = (0..100_000).map(|_| rng.pick(&words)).collect();
    let text = text.join(" ");
    let ents = tag_checked(&text);
    assert!(ents.len() > 10_000, "{}", ents.len());
    // made-up capitalised words (no lexicon hits at all)
    let mut made_up = String::new();
    for _ in 0..100_000 {
        made_up.push(char::from(b'B' + rng.below(20) as u8));
        for _ in 0..2 + rng.below(6) {
            made_up.push(char::from(b"aiuekmnrst"[rng.below(10)]));
        }
        made_up.push(' ');
    }
    tag_checked(&made_up);
}

#[test]
fn speech_verbs_titles_and_places_repeated() {
    let units = [
        "kata ",
        "mengatakan ",
        "Budi mengatakan ",
        "kata Presiden ",
        "Presiden Menteri ",
        "di Kota ",
        "Jalan Jalan ",
        "ke ",
        "Dr. H. ",
        "Maria ",
    ];
    for unit in units {
        let n = 60_000;
        let one = tag_checked(&unit.repeat(n / 4)).len();
        let four = tag_checked(&unit.repeat(n)).len();
        // periodic input, proportional output (give or take the edges)
        assert!(four.abs_diff(4 * one) <= 8, "{unit:?}: {one} vs {four}");
    }
}

// ---------------------------------------------------------------------------------------
// Repeated punctuation

#[test]
fn deeply_repeated_punctuation() {
    // the examples at a megabyte, the other shapes at a quarter of one (still
    // minutes if anything were quadratic in them)
    for unit in ["(", ".", "- "] {
        let text = unit.repeat(MB / unit.len());
        assert!(tag_checked(&text).is_empty(), "{unit:?}");
    }
    for unit in [
        ")", ",", "-", "–", "\"", "“", "”", "'", "/", ":", "...", ". ", ")(", "( ", "(KPU)",
        "(KPU) ", "((", "1.", "1/", "1,", "Jl.", "S.H.", "Rusia-",
    ] {
        let text = unit.repeat(MB / 4 / unit.len());
        let ents = tag_checked(&text);
        assert!(ents.len() <= text.len() / unit.len() + 1, "{unit:?}");
    }
}

#[test]
fn nested_parentheses_around_names() {
    let unit = "((((((((((Badan Pusat Statistik (BPS)))))))))) (((Rusia))) ";
    let n = 20_000;
    let one = tag_checked(&unit.repeat(n / 4)).len();
    let four = tag_checked(&unit.repeat(n)).len();
    assert!(one > 0);
    assert!(four.abs_diff(4 * one) <= 8, "{one} vs {four}");
}

// ---------------------------------------------------------------------------------------
// The discourse pass

#[test]
fn many_names_sharing_a_first_word() {
    // 20k distinct `Badan X Y` organizations, then 20k untagged `Badan`: the discourse pass
    // looked at every key with the first word `Badan` for each of them (1.5 s at 20k,
    // quadratic; now 0.2 s)
    let mut rng = Rng(3);
    let mut word = || {
        let mut w = String::new();
        w.push(char::from(b"BCDFGHKLMNPRSTW"[rng.below(15)]));
        for i in 0..3 + rng.below(5) {
            let set: &[u8] = if i % 2 == 1 { b"aiueo" } else { b"bdgklmnrst" };
            w.push(char::from(set[rng.below(set.len())]));
        }
        w
    };
    let mut text = String::new();
    for _ in 0..20_000 {
        text.push_str(&format!("Badan {} {} . ", word(), word()));
    }
    for _ in 0..20_000 {
        text.push_str("Badan itu . ");
    }
    let ents = tag_checked(&text);
    let orgs = ents
        .iter()
        .filter(|e| e.label == Label::Organization)
        .count();
    assert!(orgs >= 20_000, "{orgs}");
}

// ---------------------------------------------------------------------------------------
// A user gazetteer of 100k one-letter entries

fn gazetteer_tagger(rows: &str) -> Tagger {
    let text = format!("surface\tlabel\tvalue\tcase\tpriority\n{rows}");
    Tagger::builder()
        .gazetteer_str("one-letter.tsv", &text)
        .expect("the gazetteer parses")
        .build()
        .expect("the tagger builds")
}

#[test]
fn hundred_thousand_copies_of_one_letter() {
    // the same surface 100k times: every occurrence made 100k candidates (a 100 KB text
    // went past 24 GB); now one candidate per surface, case and label
    let mut rows = String::new();
    for i in 0..100_000 {
        rows.push_str(&format!("a\tPERSON\tv{i}\tany\t{}\n", i % 101));
    }
    let t = gazetteer_tagger(&rows);
    let text = "a ".repeat(50_000);
    let ents = t.tag(&text);
    check(&text, &ents);
    assert_eq!(ents.len(), 50_000);
    // the best entry wins, as before the deduplication: highest priority, then first line
    let want = tandai::Value::Canonical("v100");
    assert!(ents.iter().all(|e| e.value.as_ref() == Some(&want)));
}

#[test]
fn hundred_thousand_one_letter_entries_of_mixed_case_and_label() {
    let labels = ["PERSON", "ORGANIZATION", "LOCATION", "COUNTRY"];
    let cases = ["any", "exact", "title"];
    let letters: Vec<char> = ('a'..='z').chain('A'..='Z').collect();
    let mut rng = Rng(5);
    let mut rows = String::new();
    for _ in 0..100_000 {
        let label = rng.pick(&labels);
        let value = if label == "COUNTRY" { "ID" } else { "" };
        rows.push_str(&format!(
            "{}\t{label}\t{value}\t{}\t{}\n",
            letters[rng.below(letters.len())],
            rng.pick(&cases),
            rng.below(101)
        ));
    }
    let t = gazetteer_tagger(&rows);
    let mut text = String::new();
    for _ in 0..100_000 {
        text.push(letters[rng.below(letters.len())]);
        text.push(' ');
    }
    let ents = t.tag(&text);
    check(&text, &ents);
    assert!(ents.len() > 50_000, "{}", ents.len());
}

#[test]
fn hundred_thousand_distinct_one_char_entries() {
    // 100k distinct one-char surfaces (CJK ideographs and other letters)
    let chars: Vec<char> = (0x4E00u32..0x2_A6DF)
        .filter_map(char::from_u32)
        .filter(|c| c.is_alphabetic())
        .take(100_000)
        .collect();
    assert!(chars.len() > 40_000);
    let mut rows = String::new();
    for c in &chars {
        rows.push_str(&format!("{c}\tLOCATION\t\tany\t50\n"));
    }
    let t = gazetteer_tagger(&rows);
    let text: String = chars.iter().flat_map(|&c| [c, ' ']).collect();
    let ents = t.tag(&text);
    check(&text, &ents);
    assert_eq!(ents.len(), chars.len());
}

// ---------------------------------------------------------------------------------------
// Texts longer than a segment (256 KiB)

#[test]
fn long_text_is_tagged_whole_across_segments() {
    let article = include_str!("../examples/berita.txt");
    let one = tagger().tag(article);
    assert!(!one.is_empty());
    // an archive of the same article, on one line and in paragraphs
    for sep in [" ", "\n\n"] {
        let copies = 3 * MB / article.len() + 1;
        let flat = article.replace('\n', " ");
        let unit = if sep == " " { flat.as_str() } else { article };
        let text = vec![unit; copies].join(sep);
        assert!(text.len() > 3 * MB);
        let ents = tag_checked(&text);
        // every copy of the article is tagged: entities all the way to the end
        let last = ents.last().expect("entities");
        assert!(last.span.end > text.len() - unit.len(), "{last:?}");
        let per_copy = ents.len() as f64 / copies as f64;
        assert!(
            per_copy > 0.8 * one.len() as f64,
            "{sep:?}: {per_copy} per copy, {} alone",
            one.len()
        );
    }
}
