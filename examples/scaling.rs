//! Scaling curves (issue 6): how the full pipeline's cost grows with the text, and with the
//! size of a user gazetteer.
//!
//! ```text
//! cargo run --release --example scaling                                   # the repo corpus
//! cargo run --release --example scaling -- ../shared/bench/news-id.txt    # real news
//! cargo run --release --example scaling -- --max-entries 100000           # skip the 1M row
//! ```
//!
//! Table (a) tags the text repeated to 64 KiB ... 16 MiB with the default [`Tagger`]: the cost
//! should be linear, so MB/s should stay flat. Table (b) adds a synthetic user gazetteer of 1k,
//! 10k, 100k and 1M entries (Indonesian-looking person names and `PT ...` companies, drawn by a
//! fixed xorshift generator, so every run builds the same lists) and tags the text once per size:
//! MB/s should stay nearly flat as the lists grow; it also shows the time to parse the TSV and
//! build the tagger, and [`Tagger::automaton_memory`]. Timings are the best of several runs
//! (std::time::Instant); MB = 10^6 bytes. Single-threaded.

use std::time::{Duration, Instant};

use tandai::Tagger;

/// The repo's bench corpus (benches/corpus/README.md).
const CORPUS: &str = include_str!("../benches/corpus/berita-sintetis.txt");

const KIB: usize = 1024;
const MIB: usize = 1024 * 1024;

/// Xorshift64*: tiny, deterministic, good enough to draw names.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

/// Common given names: many synthetic entries start with a word the text has, so the matcher
/// has to look past it, as it would with a real list of people.
const GIVEN: &[&str] = &[
    "Budi",
    "Agus",
    "Dedi",
    "Hendra",
    "Rudi",
    "Eko",
    "Joko",
    "Andi",
    "Rina",
    "Dewi",
    "Sri",
    "Siti",
    "Nur",
    "Ahmad",
    "Muhammad",
    "Abdul",
    "Yusuf",
    "Hasan",
    "Rizki",
    "Fitri",
    "Wahyu",
    "Dian",
    "Yanti",
    "Indra",
    "Bambang",
    "Slamet",
    "Sutrisno",
    "Wati",
    "Lestari",
    "Putu",
    "Made",
    "Nyoman",
    "Ketut",
    "Wayan",
    "Gede",
    "Komang",
    "Hotman",
    "Tigor",
    "Maria",
    "Yohanes",
    "Petrus",
    "Fransiska",
    "Anton",
    "Benny",
    "Irfan",
    "Fajar",
    "Reza",
    "Doni",
    "Tono",
    "Heru",
    "Sugeng",
    "Asep",
    "Ujang",
    "Cecep",
    "Dadang",
    "Iwan",
    "Lukman",
    "Zainal",
    "Taufik",
    "Rahmat",
];

const SYLLABLES: &[&str] = &[
    "ba", "bu", "di", "da", "har", "to", "wi", "jo", "ko", "sri", "mul", "yan", "ti", "na", "ra",
    "de", "wa", "ni", "pra", "se", "tyo", "su", "gi", "an", "to", "sa", "ri", "man", "ja", "ya",
    "lu", "bis", "nu", "gro", "ho", "ra", "hma", "wan", "sya", "fi", "ru", "ddin", "ka", "ma",
    "si", "tum", "pang", "ga", "ri", "bu", "an", "ling", "ge", "ta", "mo", "ke", "rta",
];

const COMPANY_TAILS: &[&str] = &["", "", "", " Tbk", " Indonesia", " Nusantara", " Group"];

/// A capitalised word of 2-4 syllables.
fn word(rng: &mut Rng) -> String {
    let n = 2 + rng.below(3);
    let mut w = String::new();
    for _ in 0..n {
        w.push_str(rng.pick(SYLLABLES));
    }
    let mut c = w.chars();
    let first = c.next().unwrap().to_ascii_uppercase();
    std::iter::once(first).chain(c).collect()
}

/// A user gazetteer of `n` entries in the TSV format: 70% people, 30% companies.
fn synthetic_gazetteer(n: usize, seed: u64) -> String {
    let mut rng = Rng(seed | 1);
    let mut tsv = String::with_capacity(n * 40);
    tsv.push_str("surface\tlabel\tvalue\tcase\tpriority\n");
    for _ in 0..n {
        if rng.below(10) < 7 {
            let mut name = String::from(rng.pick(GIVEN));
            for _ in 0..1 + rng.below(2) {
                name.push(' ');
                name.push_str(&word(&mut rng));
            }
            let case = if rng.below(2) == 0 { "any" } else { "title" };
            tsv.push_str(&format!("{name}\tPERSON\t\t{case}\t50\n"));
        } else {
            let name = format!(
                "PT {} {}{}",
                word(&mut rng),
                word(&mut rng),
                rng.pick(COMPANY_TAILS)
            );
            tsv.push_str(&format!("{name}\tORGANIZATION\t\tany\t50\n"));
        }
    }
    tsv
}

/// `text` repeated (paragraph-separated) to at least `size` bytes, cut at the last line
/// break before `size`.
fn grow(text: &str, size: usize) -> String {
    let mut s = String::with_capacity(size + text.len());
    while s.len() < size {
        s.push_str(text);
        s.push_str("\n\n");
    }
    let mut end = size;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    let end = s[..end].rfind('\n').map_or(end, |i| i + 1);
    s.truncate(end);
    s
}

/// The best time of `runs` runs of `f`, and its result (which every run must repeat).
fn best_of<T: PartialEq + std::fmt::Debug>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut best = Duration::MAX;
    let mut first = None;
    for _ in 0..runs {
        let t = Instant::now();
        let out = f();
        best = best.min(t.elapsed());
        match &first {
            None => first = Some(out),
            Some(x) => assert_eq!(x, &out, "runs disagree"),
        }
    }
    (best, first.unwrap())
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let mut path = None;
    let mut max_entries = 1_000_000;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--max-entries" => {
                max_entries = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .expect("--max-entries N")
            }
            "-h" | "--help" => {
                println!("usage: scaling [FILE] [--max-entries N]");
                return;
            }
            _ => path = Some(a),
        }
    }
    let (name, text) = match &path {
        Some(p) => (
            p.clone(),
            std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{p}: {e}")),
        ),
        None => (
            "benches/corpus/berita-sintetis.txt".to_string(),
            CORPUS.to_string(),
        ),
    };
    println!("text: {name} ({} bytes)", text.len());

    // (a) text size
    let t0 = Instant::now();
    let tagger = Tagger::new();
    println!(
        "default tagger: {} entries, built in {:.1} ms, automaton {:.2} MB",
        tagger.gazetteer_len(),
        ms(t0.elapsed()),
        tagger.automaton_memory() as f64 / 1e6
    );
    println!();
    println!("(a) full pipeline (Tagger::tag) as the text grows");
    println!(
        "{:>10} {:>10} {:>12} {:>10} {:>8} {:>6}",
        "text", "bytes", "entities", "ms", "MB/s", "runs"
    );
    for size in [64 * KIB, 256 * KIB, MIB, 4 * MIB, 16 * MIB] {
        let t = grow(&text, size);
        let runs = (32 * MIB / size).clamp(3, 30);
        let (d, n) = best_of(runs, || tagger.tag(&t).len());
        let label = if size >= MIB {
            format!("{} MiB", size / MIB)
        } else {
            format!("{} KiB", size / KIB)
        };
        println!(
            "{:>10} {:>10} {:>12} {:>10.2} {:>8.2} {:>6}",
            label,
            t.len(),
            n,
            ms(d),
            mb_per_s(t.len(), d),
            runs
        );
    }

    // (b) user gazetteer size
    println!();
    println!(
        "(b) Tagger::tag on the text ({} bytes) with the default lists plus a synthetic user gazetteer",
        text.len()
    );
    println!(
        "{:>9} {:>9} {:>10} {:>10} {:>12} {:>9} {:>8} {:>8}",
        "user", "entries", "parse ms", "build ms", "automaton MB", "entities", "tag ms", "MB/s"
    );
    let runs = (16 * MIB / text.len().max(1)).clamp(3, 20);
    for n in [0usize, 1_000, 10_000, 100_000, 1_000_000] {
        if n > max_entries {
            break;
        }
        let tsv = synthetic_gazetteer(n, 0x7a6e_0da1_u64 + n as u64);
        let t0 = Instant::now();
        let mut builder = Tagger::builder();
        if n > 0 {
            builder
                .gazetteer_str("synthetic.tsv", &tsv)
                .expect("synthetic gazetteer parses");
        }
        let parse = t0.elapsed();
        let t1 = Instant::now();
        let tagger = builder.build().expect("tagger builds");
        let build = t1.elapsed();
        let (d, found) = best_of(runs, || tagger.tag(&text).len());
        println!(
            "{:>9} {:>9} {:>10.1} {:>10.1} {:>12.2} {:>9} {:>8.2} {:>8.2}",
            n,
            tagger.gazetteer_len(),
            ms(parse),
            ms(build),
            tagger.automaton_memory() as f64 / 1e6,
            found,
            ms(d),
            mb_per_s(text.len(), d)
        );
    }
}
