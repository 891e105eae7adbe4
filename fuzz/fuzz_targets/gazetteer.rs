//! Arbitrary bytes as a gazetteer file: parsing never panics, and when it parses, a tagger
//! built from it tags a fixed text and the gazetteer's own text without panicking and with
//! valid spans.
//!
//! The input is parsed twice: as it is, and after the header row, so that the fuzzer
//! explores entry lines without having to find the header first.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tandai::Tagger;
use tandai::gazetteer::{Gazetteer, HEADER};

#[path = "../../tests/spans/mod.rs"]
mod spans;
use spans::check;

const TEXT: &str = "Jumat 31 Dec 2021 10:29 WIB\n\
    Perundingan Rusia dan Amerika Serikat (AS) akan digelar pada 10 Januari di Jenewa, \
    kata juru bicara Kementerian Luar Negeri Rusia Maria Zakharova pada Kamis. \
    Jokowinya, PDI - P dan Badan Pusat Statistik (BPS); a b c A B C ab abc.";

fuzz_target!(|data: &[u8]| {
    let Ok(body) = std::str::from_utf8(data) else {
        return;
    };
    let with_header = format!("{HEADER}\n{body}");
    for text in [body, with_header.as_str()] {
        let Ok(g) = Gazetteer::parse("fuzz.tsv", text) else {
            continue;
        };
        // building a tagger (its lexicons, the date grammar) is most of the cost of an
        // input; an empty list gives nothing the `tag` target does not cover
        if g.is_empty() {
            continue;
        }
        let Ok(tagger) = Tagger::builder().without_defaults().gazetteer(g).build() else {
            continue;
        };
        check(TEXT, &tagger.tag(TEXT));
        check(text, &tagger.tag(text));
    }
});
