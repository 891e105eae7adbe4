//! Arbitrary bytes as a gazetteer file: parsing never panics, and when it parses, a tagger
//! built from it tags a fixed text and the gazetteer's own text without panicking and with
//! valid spans.
//!
//! The input is parsed twice: as it is, and after the header row, so that the fuzzer
//! explores entry lines without having to find the header first.

#![no_main]

use libfuzzer_sys::fuzz_target;
use tandai::gazetteer::{Gazetteer, HEADER};
use tandai::{Entity, Tagger};

const TEXT: &str = "Jumat 31 Dec 2021 10:29 WIB\n\
    Perundingan Rusia dan Amerika Serikat (AS) akan digelar pada 10 Januari di Jenewa, \
    kata juru bicara Kementerian Luar Negeri Rusia Maria Zakharova pada Kamis. \
    Jokowinya, PDI - P dan Badan Pusat Statistik (BPS); a b c A B C ab abc.";

fn check(text: &str, ents: &[Entity]) {
    let mut prev = 0;
    for e in ents {
        let (s, t) = (e.span.start, e.span.end);
        assert!(s < t && t <= text.len(), "{e:?}");
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(t),
            "{e:?}"
        );
        assert_eq!(&text[s..t], e.text);
        assert!(s >= prev, "unsorted or overlapping: {e:?}");
        prev = t;
    }
}

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
