//! # tandai
//!
//! **tandai** ("mark it") finds the people, organizations, countries, places and dates in
//! Indonesian news text, with byte spans and normalised values: ISO 8601 dates resolved
//! against the article's own date, ISO 3166-1 country codes, canonical names
//! (`Jokowi` → `Joko Widodo`). It is rule- and gazetteer-based: no model, no Python, no GPU.
//!
//! A document flows through five stages: a [tokenizer](token) that knows Indonesian news
//! quirks, a [gazetteer] matcher (a hashed index of the embedded name lists, walked from word
//! starts), a rule layer (titles, speech verbs, organization head nouns, the Indonesian date
//! grammar), a resolver that keeps
//! one non-overlapping set, and a discourse pass that keeps a document consistent
//! (`Maria Zakharova` … `Zakharova`).
//!
//! The types to know:
//! - [`Tagger`]: built once (the only expensive step), then `Send + Sync`: share a `&Tagger`
//!   or an `Arc<Tagger>` across threads. [`Tagger::builder`] adds your own gazetteers;
//!   [`Tagger::tag_batch`] tags many documents on several threads, results in input order.
//! - [`Document`]: a text with an optional reference date for relative dates.
//! - [`Entity`]: a byte [`span`](Entity::span) into the text, the borrowed
//!   [`text`](Entity::text), a [`Label`], an optional [`Value`] ([`DateValue`], [`CountryCode`]
//!   or a canonical name) and the [`Source`] that produced it (gazetteer file and line, or rule).
//!   Entities borrow from the text and from the tagger (a canonical name and a file name are
//!   the gazetteer's own strings), so keep the tagger while you use them: making and dropping
//!   them allocates and counts nothing.
//! - [`Error`]: one error type for everything fallible.
//!
//! Labels and span conventions follow the project's annotation guide: titles stay outside
//! a person's span, a parenthesised acronym belongs to its organization
//! (`Komisi Pemilihan Umum (KPU)`), `Rusia-AS` is two countries, the weekday and the
//! parenthesised date belong to a DATE (`Rabu (4/2/2015)`).
//!
//! ## Example: tag a text
//! ```
//! use tandai::{Label, Tagger};
//! let tagger = Tagger::new(); // embedded gazetteers
//! let text = "Presiden Joko Widodo bertemu Perdana Menteri Fumio Kishida di Jenewa.";
//! for e in tagger.tag(text) {
//!     // spans are byte ranges into `text`
//!     assert_eq!(&text[e.span.clone()], e.text);
//!     println!("{:>12} {:?} {}", e.label, e.span, e.text);
//! }
//! let people: Vec<&str> = tagger
//!     .tag(text)
//!     .into_iter()
//!     .filter(|e| e.label == Label::Person)
//!     .map(|e| e.text)
//!     .collect();
//! assert_eq!(people, ["Joko Widodo", "Fumio Kishida"]);
//! ```
//!
//! ## Example: a document with a reference date
//! Relative and year-less dates (`kemarin`, `bulan lalu`, `10 Januari`, `Kamis`) resolve
//! against the document's date. [`Tagger::tag`] reads it from the article's dateline
//! (`Jumat 31 Dec 2021 10:29 WIB`); when the text has none, give it:
//! ```
//! use tandai::{Document, Tagger};
//! let tagger = Tagger::new();
//! let doc = Document::new("Bulan lalu Jokowi ke Jepang.").date(2021, 12, 31)?;
//! // or Document::new(text).date_str("2021-12-31")?
//! let e = tagger.tag_document(&doc);
//! assert_eq!((e[0].text, e[0].value.as_ref().unwrap().to_string().as_str()), ("Bulan lalu", "2021-11"));
//! assert_eq!(e[1].value.as_ref().unwrap().to_string(), "Joko Widodo");
//! assert_eq!(e[2].value.as_ref().unwrap().to_string(), "JP");
//! # Ok::<(), tandai::Error>(())
//! ```
//!
//! ## Example: add a gazetteer
//! Your own name lists use the TSV format of the embedded ones (see [`gazetteer`]): a header
//! row, then `surface`, `label`, `value`, `case`, `priority`. They add to the embedded lists;
//! [`TaggerBuilder::without_default`] leaves out the embedded entries of a label.
//! ```
//! use tandai::{Label, Tagger};
//! let tsv = "surface\tlabel\tvalue\tcase\tpriority\n\
//!            Warung Kopi Senja\tORGANIZATION\t\tany\t50\n\
//!            Pak Kumis\tPERSON\tSutrisno Hadi\ttitle\t50\n";
//! let tagger = Tagger::builder()
//!     .gazetteer_str("mine.tsv", tsv)? // or .gazetteer_file("mine.tsv")?
//!     .build()?;
//! let e = tagger.tag("Pak Kumis membuka Warung Kopi Senja.");
//! assert_eq!((e[0].text, e[0].label), ("Pak Kumis", Label::Person));
//! assert_eq!(e[0].value.as_ref().unwrap().to_string(), "Sutrisno Hadi");
//! assert_eq!(e[0].source.to_string(), "mine.tsv:3"); // file and line
//! assert_eq!(e[1].text, "Warung Kopi Senja");
//!
//! // errors name the file and the line
//! let bad = "surface\tlabel\tvalue\tcase\tpriority\nX\tTHING\t\tany\t5\n";
//! let err = Tagger::builder().gazetteer_str("bad.tsv", bad).unwrap_err().to_string();
//! assert!(err.starts_with("bad.tsv:2:"), "{err}");
//! # Ok::<(), tandai::Error>(())
//! ```
//!
//! ## Example: dates and their values
//! A DATE's [`Value::Date`] holds a [`DateValue`]: its first day, its [`Grain`] (day, month,
//! year, decade), the end of a range, and whether it needed the reference date.
//! ```
//! use tandai::{Grain, Tagger, Value};
//! let text = "Jumat 31 Dec 2021 10:29 WIB\n\nPerundingan digelar 10 Januari; \
//!             sepakat pada 2014, dua hari kemudian.";
//! let tagger = Tagger::new();
//! let mut dates = Vec::new();
//! for e in tagger.tag(text) {
//!     if let Some(Value::Date(d)) = &e.value {
//!         // `d.start` is a `jiff::civil::Date`
//!         dates.push((e.text, d.iso(), d.grain, d.start.year(), d.anchored));
//!     }
//! }
//! assert_eq!(dates[0], ("Jumat 31 Dec 2021", "2021-12-31".to_string(), Grain::Day, 2021, false));
//! assert_eq!(dates[1], ("10 Januari", "2022-01-10".to_string(), Grain::Day, 2022, true));
//! assert!(dates.iter().any(|d| d.0 == "2014" && d.2 == Grain::Year));
//! ```
//!
//! ## Example: serialise to JSON
//! With the `serde` feature (on by default), [`Entity`] and its parts are `Serialize`; values
//! serialise as their string (`"2022-01-10"`, `"US"`, `"Joko Widodo"`).
//! ```
//! # #[cfg(feature = "serde")] {
//! let text = "Rusia dan AS bertemu kemarin.";
//! let doc = tandai::Document::new(text).date_str("2021-12-31")?;
//! let tagger = tandai::Tagger::new();
//! let entities = tagger.tag_document(&doc);
//! let json = serde_json::to_value(&entities).unwrap();
//! assert_eq!(json[1]["text"], "AS");
//! assert_eq!(json[1]["label"], "COUNTRY");
//! assert_eq!(json[1]["value"], "US");
//! assert_eq!(json[1]["span"], serde_json::json!({"start": 10, "end": 12}));
//! assert_eq!(json[2]["value"], "2021-12-30");
//! println!("{}", serde_json::to_string_pretty(&entities).unwrap());
//! # }
//! # Ok::<(), tandai::Error>(())
//! ```
//! A crate of yours can serialise entities any way it likes from the public fields; the
//! `tandai` CLI writes `{"start", "end", "label", "text", "value", ...}` per entity.
//!
//! ## Crate features
//! - `serde` (default): `Serialize` for [`Entity`], [`Label`], [`Value`], [`Source`] and
//!   [`Rule`] (and `Deserialize` for [`Label`]).
//! - `cli` (default): the `tandai` command-line tool (pulls in clap and serde_json; implies
//!   `serde`). A library user can leave it out:
//!   `tandai = { version = "0.1", default-features = false }`, adding
//!   `features = ["serde"]` for serialisation.
//!
//! ## Command line
//! `tandai tag` tags text files or JSONL (one `{"text", "id", "date"}` per line) and writes
//! JSONL, a table, CoNLL (BIO), brat standoff or spaCy's Doc JSON; `tandai eval GOLD.jsonl`
//! scores the tagger against gold annotations. See the README.
//!
//! ## Examples in the repository
//! `examples/tag_file.rs` (tag a file), `examples/custom_gazetteer.rs` (your own list),
//! `examples/tag_dir_parallel.rs` (a directory on all cores with one shared `&Tagger`):
//! `cargo run --release --example tag_file -- examples/berita.txt`.

#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]

mod batch;
mod discourse;
mod entity;
mod error;
pub mod gazetteer;
mod hash;
mod resolve;
mod rules;
mod tagger;
pub mod token;

pub use entity::{CountryCode, DateValue, Entity, Grain, Label, Rule, Source, Value};
pub use error::Error;
pub use gazetteer::{CasePolicy, Entry, Gazetteer};
pub use rules::date::{DateMatch, DateRules};
pub use tagger::{Document, Tagger, TaggerBuilder};

/// The README's examples, run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn send_sync() {
        fn assert<T: Send + Sync>() {}
        assert::<Tagger>();
        assert::<Entity<'static>>();
    }
}
