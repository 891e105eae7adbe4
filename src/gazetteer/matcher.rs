//! Matching gazetteer entries in text with aho-corasick, on token boundaries.

use std::collections::HashMap;
use std::collections::hash_map::Entry as Slot;

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};

use super::{CasePolicy, Entry};
use crate::entity::{Label, Source};
use crate::error::Error;
use crate::resolve::Candidate;
use crate::token::{word_char_at, word_char_before};

/// All entries compiled into one automaton. Entries whose surfaces differ only in ASCII case
/// share one pattern; the case policy of each entry is checked on the matched text.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    ac: AhoCorasick,
    /// pattern id -> indices into `entries`
    by_pattern: Vec<Vec<u32>>,
    entries: Vec<Entry>,
}

impl Matcher {
    pub(crate) fn new(entries: Vec<Entry>) -> Result<Matcher, Error> {
        let mut keys: HashMap<String, usize> = HashMap::with_capacity(entries.len());
        let mut patterns: Vec<String> = Vec::with_capacity(entries.len());
        let mut by_pattern: Vec<Vec<u32>> = Vec::with_capacity(entries.len());
        // (pattern, surface, case, label) -> slot in `by_pattern[pattern]`
        let mut slots: HashMap<(usize, &str, CasePolicy, Label), usize> =
            HashMap::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            let key = e.surface.to_ascii_lowercase();
            // token-spaced text writes `PDI-P` as `PDI - P`: match both
            let spaced = key.contains('-').then(|| key.replace('-', " - "));
            for key in std::iter::once(key).chain(spaced) {
                let pid = *keys.entry(key.clone()).or_insert_with(|| {
                    patterns.push(key);
                    by_pattern.push(Vec::new());
                    patterns.len() - 1
                });
                // Entries with the same surface, case policy and label pass or fail the same
                // checks on the same match, and the resolver keeps only the best of them
                // (highest priority, then lowest line, then first loaded): keep only that
                // one, in the slot of the first. Without this, a user list repeating one
                // surface 100k times makes 100k candidates per occurrence (issue 7).
                match slots.entry((pid, e.surface.as_str(), e.case, e.label)) {
                    Slot::Vacant(v) => {
                        v.insert(by_pattern[pid].len());
                        by_pattern[pid].push(i as u32);
                    }
                    Slot::Occupied(o) => {
                        let slot = &mut by_pattern[pid][*o.get()];
                        let kept = &entries[*slot as usize];
                        if (e.priority, std::cmp::Reverse(e.line))
                            > (kept.priority, std::cmp::Reverse(kept.line))
                        {
                            *slot = i as u32;
                        }
                    }
                }
            }
        }
        // The contiguous NFA, not the DFA: with the embedded lists the DFA took 29 MB and
        // 0.1 s to build, the NFA takes under 2 MB, and the whole pipeline is no slower
        // (50 MB of news: 3.39 s user with the NFA, 3.65 s with the DFA). The memory
        // matters for the 3x-the-input bound of issue 7 (a 50 MB text: 135 MB peak RSS
        // with the NFA, 163 MB with the DFA).
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&patterns)
            .or_else(|_| {
                AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(&patterns)
            })
            .map_err(|e| {
                Error::InvalidValue(format!("cannot build the gazetteer automaton: {e}"))
            })?;
        Ok(Matcher {
            ac,
            by_pattern,
            entries,
        })
    }

    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Heap memory used by the automaton, in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.ac.memory_usage()
    }

    /// Appends every entry that matches on token boundaries and passes its case policy.
    ///
    /// In a `cased` text (one with capitals somewhere) a match that starts with a lower-case
    /// letter where the entry starts with a capital is an ordinary phrase (`11 bank Indonesia`,
    /// `dana dari bank dunia`), not the name; in lower-cased text it is the name.
    pub(crate) fn find(&self, text: &str, cased: bool, out: &mut Vec<Candidate>) {
        for m in self.ac.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            let matched = &text[s..e];
            let start_ok = !word_char_before(text, s);
            let end_ok = !word_char_at(text, e);
            let glued_start = !start_ok && glued_capital(text, s);
            let clitic_end = !end_ok && clitic_after(text, e);
            if !(start_ok || glued_start) || !(end_ok || clitic_end) {
                continue;
            }
            for &ix in &self.by_pattern[m.pattern().as_usize()] {
                let entry = &self.entries[ix as usize];
                let long = entry.surface.len() >= 4 && entry.case != CasePolicy::Exact;
                if (glued_start || clitic_end) && !long {
                    continue;
                }
                if !case_ok(matched, &entry.surface, entry.case) {
                    continue;
                }
                if cased && starts_lower(matched) && !starts_lower(&entry.surface) {
                    continue;
                }
                out.push(Candidate {
                    start: s,
                    end: e,
                    label: entry.label,
                    value: entry.value.clone(),
                    source: Source::Gazetteer {
                        file: entry.file.clone(),
                        line: entry.line,
                    },
                    priority: entry.priority,
                });
            }
        }
    }
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

/// `menghadapiNew York`: a capital right after a lower-case letter, as scraping glues words.
fn glued_capital(text: &str, s: usize) -> bool {
    let prev = text[..s].chars().next_back();
    let cur = text[s..].chars().next();
    matches!((prev, cur), (Some(p), Some(c)) if p.is_lowercase() && c.is_uppercase())
}

/// The clitic `-nya` glued to a name: `Jokowinya`.
fn clitic_after(text: &str, e: usize) -> bool {
    text[e..].starts_with("nya") && !word_char_at(text, e + 3)
}

/// Checks the case policy; `matched` equals `surface` up to ASCII case.
pub(crate) fn case_ok(matched: &str, surface: &str, case: CasePolicy) -> bool {
    if matched.len() != surface.len() {
        // the token-spaced variant `PDI - P` of `PDI-P`
        return case_ok(&matched.replace(" - ", "-"), surface, case);
    }
    match case {
        CasePolicy::Any => true,
        CasePolicy::Exact => matched == surface,
        CasePolicy::Title => {
            let mut prev_word = false;
            for (m, s) in matched.chars().zip(surface.chars()) {
                if s.is_uppercase() && !prev_word && !m.is_uppercase() {
                    return false;
                }
                prev_word = s.is_alphanumeric();
            }
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::Gazetteer;

    fn matcher(rows: &str) -> Matcher {
        let g = Gazetteer::parse(
            "t.tsv",
            &format!("surface\tlabel\tvalue\tcase\tpriority\n{rows}"),
        )
        .unwrap();
        Matcher::new(g.entries().to_vec()).unwrap()
    }

    fn found(m: &Matcher, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        m.find(text, text.bytes().any(|b| b.is_ascii_uppercase()), &mut out);
        out.iter()
            .map(|c| text[c.start..c.end].to_string())
            .collect()
    }

    #[test]
    fn boundaries_and_case() {
        let m = matcher(
            "AS\tCOUNTRY\tUS\texact\t60\nRusia\tCOUNTRY\tRU\tany\t60\nIndah\tPERSON\t\ttitle\t50\nJokowi\tPERSON\tJoko Widodo\tany\t50\n",
        );
        assert_eq!(found(&m, "Rusia-AS dan pasar atas"), ["Rusia", "AS"]);
        assert_eq!(found(&m, "rusia as"), ["rusia"]);
        // in cased text a lower-case phrase is no name
        assert_eq!(found(&m, "Ia ke rusia"), Vec::<String>::new());
        assert_eq!(found(&m, "Indah dan indah, INDAH"), ["Indah", "INDAH"]);
        assert_eq!(found(&m, "Jokowinya dan Jokowi-nya"), ["Jokowi", "Jokowi"]);
        assert_eq!(found(&m, "menghadapiRusia"), ["Rusia"]);
        assert_eq!(found(&m, "Jokowidodo"), Vec::<String>::new());
    }

    #[test]
    fn token_spaced_hyphen_variant() {
        let m = matcher("PDI-P\tORGANIZATION\t\texact\t50\n");
        assert_eq!(
            found(&m, "PDI-P dan PDI - P, bukan pdi - p"),
            ["PDI-P", "PDI - P"]
        );
    }

    #[test]
    fn shorter_entry_survives_a_longer_one_ending_mid_word() {
        let m =
            matcher("Bank\tORGANIZATION\t\tany\t50\nBank Indonesiana\tORGANIZATION\t\tany\t50\n");
        assert_eq!(found(&m, "Bank Indonesianaku"), ["Bank"]);
    }
}
