//! What `benches/tagger.rs` and `examples/pair.rs` share, so that both time the same things:
//! the repo's corpus and the bare aho-corasick scan the pipeline is compared with (issue 6).

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

/// The repo's own corpus (see benches/corpus/README.md).
pub const CORPUS: &str = include_str!("../corpus/berita-sintetis.txt");

/// The surfaces of every default gazetteer entry, as the baseline scans them.
pub fn default_surfaces() -> Vec<String> {
    tandai::gazetteer::embedded()
        .expect("embedded gazetteers parse")
        .entries()
        .iter()
        .map(|e| e.surface.clone())
        .collect()
}

/// The baseline automaton: contiguous NFA, leftmost-longest, ASCII case-insensitive.
pub fn baseline(surfaces: &[String]) -> AhoCorasick {
    AhoCorasick::builder()
        .kind(Some(AhoCorasickKind::ContiguousNFA))
        .match_kind(MatchKind::LeftmostLongest)
        .ascii_case_insensitive(true)
        .build(surfaces)
        .expect("baseline automaton builds")
}
