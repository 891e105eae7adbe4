//! Add your own name list to the embedded gazetteers.
//!
//! ```text
//! cargo run --example custom_gazetteer                 # the list below
//! cargo run --example custom_gazetteer -- mine.tsv     # and a file of yours
//! ```
//!
//! A gazetteer is TSV with a header row: `surface`, `label` (PERSON, ORGANIZATION, COUNTRY,
//! LOCATION), `value` (canonical name or ISO 3166 code; empty = the surface itself), `case`
//! (`exact`, `title` or `any`) and `priority` (0-100, higher wins on the same span).

use tandai::{Label, Tagger};

const MINE: &str = "\
# surface\tlabel\tvalue\tcase\tpriority
surface\tlabel\tvalue\tcase\tpriority
Warung Kopi Senja\tORGANIZATION\t\tany\t50
Koperasi Tani Makmur\tORGANIZATION\tKoperasi Tani Makmur Sejahtera\ttitle\t90
Pak Kumis\tPERSON\tSutrisno Hadi\ttitle\t50
Desa Sukamaju\tLOCATION\t\ttitle\t50
";

fn main() -> Result<(), tandai::Error> {
    let mut builder = Tagger::builder();
    builder.gazetteer_str("mine.tsv", MINE)?;
    for path in std::env::args().skip(1) {
        builder.gazetteer_file(&path)?; // errors name the file and line
    }
    // builder.without_default(Label::Person) would drop the embedded people lists
    let tagger = builder.build()?;
    println!(
        "{} gazetteer entries, automaton {} KiB",
        tagger.gazetteer_len(),
        tagger.automaton_memory() / 1024
    );

    let text = "Pak Kumis, ketua Koperasi Tani Makmur di Desa Sukamaju, membuka Warung Kopi Senja \
                bersama Gubernur Jawa Barat pada Sabtu (4/5/2024).";
    for e in tagger.tag(text) {
        let value = e.value.map(|v| v.to_string()).unwrap_or_default();
        // `source` tells which list and line (or which rule) found it
        println!(
            "{:<12} {:<24} {:<32} {}",
            e.label.as_str(),
            e.text,
            value,
            e.source
        );
    }
    let found = tagger.tag(text);
    assert!(
        found
            .iter()
            .any(|e| e.text == "Warung Kopi Senja" && e.label == Label::Organization)
    );
    Ok(())
}
