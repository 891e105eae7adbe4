//! # tandai
//!
//! Finds the people, organizations, countries, places and dates in Indonesian news text,
//! with byte spans and normalised values (ISO dates, ISO 3166 country codes, canonical names).
//!
//! A document flows through five stages: a tokenizer that knows Indonesian news quirks, a
//! gazetteer matcher (aho-corasick over embedded name lists), a rule layer (titles, speech
//! verbs, organization head nouns, the Indonesian date grammar), a resolver that keeps one
//! non-overlapping set, and a discourse pass that keeps a document consistent.
//!
//! ## Example: tag a text
//! ```
//! use tandai::{Label, Tagger};
//! let tagger = Tagger::new();
//! let text = "Jumat 31 Dec 2021 10:29 WIB\n\nPerundingan Rusia dan Amerika Serikat (AS) digelar 10 Januari di Jenewa.";
//! for e in tagger.tag(text) {
//!     println!("{:>12} {:?} {} {:?}", e.label, e.span, e.text, e.value.map(|v| v.to_string()));
//! }
//! let countries: Vec<String> = tagger
//!     .tag(text)
//!     .into_iter()
//!     .filter(|e| e.label == Label::Country)
//!     .map(|e| e.value.unwrap().to_string())
//!     .collect();
//! assert_eq!(countries, ["RU", "US", "US"]);
//! ```
//!
//! ## Example: a reference date
//! ```
//! use tandai::{Document, Tagger};
//! let doc = Document::new("Dua hari kemudian, KPU menetapkan hasilnya.").date(2021, 12, 15)?;
//! let e = Tagger::new().tag_document(&doc);
//! assert_eq!(e[1].text, "KPU");
//! # Ok::<(), tandai::Error>(())
//! ```
//!
//! ## Crate features
//! - `serde` (default): `Serialize` for [`Entity`], [`Label`], [`Value`], [`Source`].
//! - `cli` (default): the `tandai` command-line tool (pulls in clap and serde_json). A
//!   library user can depend on `tandai` with `default-features = false`.

#![deny(missing_docs)]
#![warn(missing_debug_implementations)]
#![forbid(unsafe_code)]

mod discourse;
mod entity;
mod error;
pub mod gazetteer;
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
