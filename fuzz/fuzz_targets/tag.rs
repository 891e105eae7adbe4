//! Arbitrary bytes: when they are UTF-8, tag them with the default tagger and check the
//! invariants of issue 7 (spans on char boundaries, `&text[span] == text`, sorted,
//! non-overlapping, no whitespace at the edges, deterministic), and the tokenizer's.

#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use tandai::{Document, Tagger};

#[path = "../../tests/spans/mod.rs"]
mod spans;

fn tagger() -> &'static Tagger {
    static T: OnceLock<Tagger> = OnceLock::new();
    T.get_or_init(Tagger::new)
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let toks = tandai::token::tokenize(text);
    let mut prev = 0;
    for t in &toks {
        assert!(t.start < t.end && t.end <= text.len());
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(t.start >= prev);
        assert!(text[prev..t.start].chars().all(char::is_whitespace));
        prev = t.end;
    }
    assert!(text[prev..].chars().all(char::is_whitespace));

    // the first byte, when it is a digit, picks a reference date: both code paths run
    let doc = match data.first() {
        Some(b @ b'0'..=b'9') => Document::new(text)
            .date(2000 + i16::from(b - b'0'), 2, 28)
            .expect("a valid date"),
        _ => Document::new(text),
    };
    let ents = tagger().tag_document(&doc);
    spans::check(text, &ents);
    for e in &ents {
        assert!(!e.text.starts_with(char::is_whitespace), "{e:?}");
        assert!(!e.text.ends_with(char::is_whitespace), "{e:?}");
    }
    assert_eq!(ents, tagger().tag_document(&doc), "not deterministic");
});
