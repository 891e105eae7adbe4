//! Overlap resolution: from all candidates, one non-overlapping, deterministic set.

use crate::entity::{DateValue, Entity, Label, Rule, Source, Value};
use crate::gazetteer::Entry;

/// A possible entity, before resolution.
///
/// `Copy`, with nothing to drop: a segment makes tens of thousands of candidates and few
/// win, so dropping them must not walk them again long after they left the cache (as it
/// did when the value was a [`Value`], whose shared strings have drop glue). Winners get
/// their [`Value`] when they become entities ([`Candidate::entity`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// the value, for candidates not from a list (a list entry's value is read from the
    /// entry when the candidate becomes an entity: see [`Candidate::value`])
    pub value: Option<Held>,
    pub source: Origin,
    /// 0..=100; higher wins between candidates of the same length.
    pub priority: u8,
}

/// A candidate's value as it holds it, without owning a string: a [`Value`] is made of it
/// for the winners only ([`Held::value`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Held {
    Date(DateValue),
    /// the value of list entry `entries[entry]` (which has one)
    Entry(u32),
    /// a canonical name: bytes `start..end` of the text the candidate was found in
    Name {
        start: u32,
        end: u32,
    },
}

impl Held {
    /// The value held, of a candidate found in `text`; `entries` are the list entries.
    #[inline(always)]
    fn value<'a>(self, text: &'a str, entries: &'a [Entry]) -> Option<Value<'a>> {
        match self {
            Held::Date(d) => Some(Value::Date(d)),
            Held::Entry(e) => entries[e as usize].normalised(),
            Held::Name { start, end } => {
                Some(Value::Canonical(&text[start as usize..end as usize]))
            }
        }
    }
}

/// Where a candidate came from: a [`Source`] that names a list entry by its index (an
/// entity borrows the entry's file name, a candidate needs no lifetime).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    Rule(Rule),
    /// `entries[entry]`, at `line` of its file
    Gazetteer {
        entry: u32,
        line: u32,
    },
    Discourse,
}

impl Candidate {
    /// The candidate's value, as held; `entries` are the list entries its origin indexes.
    pub(crate) fn value(&self, entries: &[Entry]) -> Option<Held> {
        match self.source {
            Origin::Gazetteer { entry, .. } => {
                (entries[entry as usize].value.is_some()).then_some(Held::Entry(entry))
            }
            _ => self.value,
        }
    }

    /// Appends to `out` the entity of this candidate in `text` (the text it was found in),
    /// which starts at byte `offset` of the document the entity's span is given in;
    /// `entries` are the list entries its origin indexes.
    #[inline(always)]
    pub(crate) fn push_entity<'a>(
        &self,
        out: &mut Vec<Entity<'a>>,
        text: &'a str,
        offset: usize,
        entries: &'a [Entry],
    ) {
        // each arm pushes its own entity, its value and source made in place (an entity
        // made whole and then handed on was copied through the stack in pieces of
        // mismatched sizes, which stalls on reading them back)
        let span = self.start + offset..self.end + offset;
        let label = self.label;
        let held = self.value;
        let seen = &text[self.start..self.end];
        match self.source {
            Origin::Gazetteer { entry, line } => {
                let e = &entries[entry as usize];
                out.push(Entity {
                    text: seen,
                    span,
                    label,
                    value: e.normalised(),
                    source: Source::Gazetteer {
                        file: &e.file,
                        line,
                    },
                });
            }
            Origin::Rule(r) => out.push(Entity {
                text: seen,
                span,
                label,
                value: held.and_then(|v| v.value(text, entries)),
                source: Source::Rule(r),
            }),
            Origin::Discourse => out.push(Entity {
                text: seen,
                span,
                label,
                value: held.and_then(|v| v.value(text, entries)),
                source: Source::Discourse,
            }),
        }
    }
}

/// Picks a non-overlapping set: longest span first, then higher priority, then rule before
/// gazetteer... ties broken by start, label and source so the result never depends on the
/// order candidates were produced in. Returns the winners' indices in `cands`, in the order
/// of their starts (see [`pick`]).
pub(crate) fn resolve(cands: &[Candidate]) -> Vec<u32> {
    // Candidates that overlap nothing win alone; the greedy choice (best key first, skip
    // what overlaps a winner) only has work to do inside a group of candidates linked by
    // overlaps, and groups never interact. So: order by start, cut the order into groups,
    // and run the greedy choice per group.
    //
    // The order by start is a sort of packed integers, the start above the index (so equal
    // starts keep production order, as a stable sort would); the candidates come in a few
    // runs already ordered by start, which the sort merges. Starts fit in 32 bits: the
    // tagger resolves at most a segment of 1 MiB at a time.
    // (a plain loop: `extend` from a filtered iterator took 8 more instructions a candidate)
    let mut by_start: Vec<u64> = Vec::with_capacity(cands.len());
    for (i, c) in cands.iter().enumerate() {
        debug_assert!(u32::try_from(c.start).is_ok());
        if c.start < c.end {
            by_start.push((c.start as u64) << 32 | i as u64);
        }
    }
    sort_nearly_sorted(&mut by_start);
    let at = |k: u64| &cands[k as u32 as usize];
    // (most candidates win: in news text more than half, so a buffer for half grew)
    let mut won: Vec<u32> = Vec::with_capacity(by_start.len());
    let mut group: Vec<u128> = Vec::new();
    let mut taken = Bits::default();
    let mut a = 0;
    while a < by_start.len() {
        let mut b = a + 1;
        let mut end = at(by_start[a]).end;
        while b < by_start.len() && at(by_start[b]).start < end {
            end = end.max(at(by_start[b]).end);
            b += 1;
        }
        if b == a + 1 {
            won.push(by_start[a] as u32);
        } else {
            // sort (key, index) pairs instead of the candidates: one packed integer
            // comparison per step; equal keys keep production order through the index
            group.clear();
            group.extend(
                by_start[a..b]
                    .iter()
                    .map(|&k| sort_key(at(k)) | u128::from(k as u32)),
            );
            if let [a, b] = group[..] {
                // (most groups are two candidates: no call to the sort)
                group[..].copy_from_slice(&[a.min(b), a.max(b)]);
            } else {
                group.sort_unstable();
            }
            let first = won.len();
            if group.len() <= SMALL_GROUP {
                // most groups are two or three candidates with one winner: checking each
                // against the few winners so far is cheaper than clearing a bit set
                for &key in &group {
                    let i = key as u32;
                    let c = &cands[i as usize];
                    let free = won[first..].iter().all(|&w| {
                        let w = &cands[w as usize];
                        c.end <= w.start || w.end <= c.start
                    });
                    if free {
                        won.push(i);
                    }
                }
            } else {
                taken.reset(at(by_start[a]).start, end);
                for &key in &group {
                    let i = key as u32;
                    let c = &cands[i as usize];
                    if !taken.any(c.start, c.end) {
                        taken.set(c.start, c.end);
                        won.push(i);
                    }
                }
            }
            won[first..].sort_unstable_by_key(|&i| cands[i as usize].start);
        }
        a = b;
    }
    won
}

/// Groups of overlapping candidates up to this size are resolved by checking each candidate
/// against the group's winners so far (at most this many checks each); larger ones, where
/// that could grow with the square of the size, mark the winners' bytes in a [`Bits`].
const SMALL_GROUP: usize = 8;

/// The candidates at the indices `at` of `cands`, in that order.
pub(crate) fn pick<'c>(
    cands: &'c [Candidate],
    at: &'c [u32],
) -> impl Iterator<Item = Candidate> + 'c {
    at.iter().map(|&i| cands[i as usize])
}

/// Sorts `keys`, which come in a few long ascending runs with small local descents (the
/// candidates by start: the rules emit a name a few candidates after one that starts later,
/// when the word that finds the name follows it). A std sort takes stretches of small
/// descents for unsorted data and sorts them in n log n steps, so first every key that steps
/// back at most `NEAR` places is put in its place, and the sort is left with long runs to
/// merge, in linear time per merge.
fn sort_nearly_sorted(keys: &mut [u64]) {
    /// How far back a key is moved into its run.
    const NEAR: usize = 16;
    let mut run = 0;
    for i in 1..keys.len() {
        let k = keys[i];
        if k >= keys[i - 1] {
            continue;
        }
        let lo = i.saturating_sub(NEAR).max(run);
        if lo > run && keys[lo] > k {
            run = i; // far back: a new run
            continue;
        }
        let at = lo + keys[lo..i].partition_point(|&x| x < k);
        keys.copy_within(at..i, at + 1);
        keys[at] = k;
    }
    keys.sort();
}

/// A bit per byte of `lo..hi` (one buffer, [`Bits::reset`] for each group).
#[derive(Default)]
struct Bits {
    lo: usize,
    words: Vec<u64>,
}

impl Bits {
    /// Clears the set and makes it cover `lo..hi`.
    fn reset(&mut self, lo: usize, hi: usize) {
        self.lo = lo;
        self.words.clear();
        self.words.resize(hi.saturating_sub(lo).div_ceil(64) + 1, 0);
    }

    /// The mask of bits `a..b` within word `w` (bit offsets relative to `lo`).
    #[inline]
    fn mask(w: usize, a: usize, b: usize) -> u64 {
        let from = a.max(w * 64) - w * 64;
        let to = b.min(w * 64 + 64) - w * 64;
        let high = if to == 64 { u64::MAX } else { (1u64 << to) - 1 };
        high & !((1u64 << from) - 1)
    }

    fn any(&self, start: usize, end: usize) -> bool {
        let (a, b) = (start - self.lo, end - self.lo);
        (a / 64..=(b - 1) / 64).any(|w| self.words[w] & Bits::mask(w, a, b) != 0)
    }

    fn set(&mut self, start: usize, end: usize) {
        let (a, b) = (start - self.lo, end - self.lo);
        for w in a / 64..=(b - 1) / 64 {
            self.words[w] |= Bits::mask(w, a, b);
        }
    }
}

/// Longest first, then higher priority, then earlier start, then label, then source (rules,
/// then gazetteer lines in order, then discourse), packed into the high 96 bits of one
/// integer; the low 32 bits are left for the candidate's index, which keeps production order
/// between equal keys. (Spans and starts are clamped to 22 and 24 bits: the tagger resolves
/// at most a segment of 1 MiB at a time.)
fn sort_key(c: &Candidate) -> u128 {
    let len = (c.end - c.start).min((1 << 22) - 1) as u128;
    let start = c.start.min((1 << 24) - 1) as u128;
    let (kind, sub) = match c.source {
        Origin::Rule(r) => (0u128, r as u32),
        Origin::Gazetteer { line, .. } => (1, line),
        Origin::Discourse => (2, 0),
    };
    (((1 << 22) - 1 - len) << 106)
        | (u128::from(u8::MAX - c.priority) << 98)
        | (start << 74)
        | ((c.label as u128) << 71)
        | (kind << 69)
        | (u128::from(sub) << 32)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::entity::Rule;

    fn c(start: usize, end: usize, label: Label, priority: u8) -> Candidate {
        Candidate {
            start,
            end,
            label,
            value: None,
            source: Origin::Rule(Rule::OrganizationHead),
            priority,
        }
    }

    /// The winners among `cands`.
    fn resolved(cands: Vec<Candidate>) -> Vec<Candidate> {
        let won = resolve(&cands);
        pick(&cands, &won).collect()
    }

    /// The resolution of `cands`, checked to be the same when they come in reverse order.
    fn resolved_in_any_order(cands: Vec<Candidate>) -> Vec<Candidate> {
        let mut reversed = cands.clone();
        reversed.reverse();
        let r = resolved(cands);
        assert_eq!(r, resolved(reversed));
        r
    }

    #[test]
    fn groups_of_overlaps_are_resolved_apart_and_merged_in_order() {
        // two groups, a lone span between them, and spans that only touch
        let a = vec![
            c(40, 45, Label::Person, 50),
            c(0, 10, Label::Organization, 50),
            c(5, 12, Label::Person, 60),
            c(12, 20, Label::Location, 50),
            c(20, 22, Label::Date, 50),
            c(30, 38, Label::Country, 40),
            c(30, 38, Label::Location, 60),
            c(44, 50, Label::Organization, 50),
            c(7, 7, Label::Person, 90),
        ];
        let ra = resolved_in_any_order(a);
        let got: Vec<(usize, usize, Label)> =
            ra.iter().map(|c| (c.start, c.end, c.label)).collect();
        assert_eq!(
            got,
            [
                (0, 10, Label::Organization),
                (12, 20, Label::Location),
                (20, 22, Label::Date),
                (30, 38, Label::Location),
                (44, 50, Label::Organization),
            ]
        );
    }

    /// A small random generator for the tests: `next(n)` is in `0..n`.
    fn random(mut seed: u64) -> impl FnMut(u64) -> u64 {
        move |n| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            (seed >> 33) % n
        }
    }

    #[test]
    fn small_and_large_groups_resolve_as_the_plain_greedy_choice() {
        // random spans, crowded enough for groups of every size, against the definition:
        // best key first, skipping what overlaps a winner, winners by start
        let mut next = random(11);
        let labels = [Label::Person, Label::Organization, Label::Date];
        for case in 0..400 {
            let n = next(40) as usize;
            let room = 10 + next(300) as usize;
            let cands: Vec<Candidate> = (0..n)
                .map(|_| {
                    let start = next(room as u64) as usize;
                    let len = 1 + next(if case % 4 == 0 { 40 } else { 8 }) as usize;
                    let label = labels[next(3) as usize];
                    c(start, start + len, label, next(3) as u8 * 10)
                })
                .collect();
            let mut order: Vec<u128> = cands
                .iter()
                .enumerate()
                .map(|(i, c)| sort_key(c) | i as u128)
                .collect();
            order.sort();
            let mut expected: Vec<u32> = Vec::new();
            for key in order {
                let c = &cands[key as u32 as usize];
                if expected.iter().all(|&w| {
                    let w = &cands[w as usize];
                    c.end <= w.start || w.end <= c.start
                }) {
                    expected.push(key as u32);
                }
            }
            expected.sort_by_key(|&i| cands[i as usize].start);
            assert_eq!(resolve(&cands), expected, "case {case}");
        }
    }

    #[test]
    fn nearly_sorted_keys_are_sorted() {
        // runs with small and large steps back, as the candidates come, and arbitrary orders
        let mut next = random(7);
        for case in 0..300 {
            let len = next(200) as usize;
            let mut keys: Vec<u64> = Vec::with_capacity(len);
            let mut at = 0;
            for _ in 0..len {
                at = match (case % 3, next(20)) {
                    (0, _) => next(1000),
                    (_, 0) => next(1000),                  // a new run
                    (_, 1) => at.saturating_sub(next(30)), // a step back
                    _ => at + next(10),
                };
                keys.push(at << 32 | keys.len() as u64);
            }
            let mut expected = keys.clone();
            expected.sort();
            sort_nearly_sorted(&mut keys);
            assert_eq!(keys, expected, "case {case}");
        }
    }

    #[test]
    fn entities_get_the_values_their_candidates_hold() {
        let text = "Rapat 10 Januari 2022 di Jakarta, kata Joko Widodo.";
        let g = crate::gazetteer::Gazetteer::parse(
            "mine.tsv",
            "surface\tlabel\tvalue\tcase\tpriority\nJakarta\tLOCATION\tDKI Jakarta\tany\t50\n",
        )
        .expect("a valid list");
        let entries = g.entries();
        let day = DateValue {
            start: jiff::civil::date(2022, 1, 10),
            grain: crate::entity::Grain::Day,
            end: None,
            anchored: false,
        };
        let held = |start, end, label, value| Candidate {
            value: Some(value),
            ..c(start, end, label, 50)
        };
        let name = Held::Name { start: 39, end: 50 };
        for (cand, value) in [
            (held(6, 21, Label::Date, Held::Date(day)), Value::Date(day)),
            (
                held(25, 32, Label::Location, Held::Entry(0)),
                Value::Canonical("DKI Jakarta"),
            ),
            (
                held(44, 50, Label::Person, name),
                Value::Canonical("Joko Widodo"),
            ),
        ] {
            let mut discourse = cand;
            discourse.source = Origin::Discourse;
            for cand in [cand, discourse] {
                let mut out = Vec::new();
                cand.push_entity(&mut out, text, 100, entries);
                let [made] = &out[..] else {
                    panic!("one entity pushed, got {out:?}")
                };
                assert_eq!(made.value, Some(value));
                assert_eq!(
                    (made.span.start, made.text),
                    (cand.start + 100, &text[cand.start..cand.end])
                );
            }
        }
        // a list candidate holds its entry's value when the entry has one
        let jakarta = Candidate {
            source: Origin::Gazetteer { entry: 0, line: 2 },
            ..c(25, 32, Label::Location, 50)
        };
        assert_eq!(jakarta.value(entries), Some(Held::Entry(0)));
        assert_eq!(c(6, 21, Label::Date, 70).value(entries), None);
    }

    #[test]
    fn longest_then_priority_and_order_independent() {
        let a = vec![
            c(0, 5, Label::Country, 60),
            c(0, 20, Label::Organization, 40),
            c(10, 25, Label::Person, 50),
            c(21, 25, Label::Location, 50),
            c(30, 35, Label::Country, 40),
            c(30, 35, Label::Location, 60),
        ];
        let ra = resolved_in_any_order(a);
        let got: Vec<(usize, Label)> = ra.iter().map(|c| (c.start, c.label)).collect();
        assert_eq!(
            got,
            [
                (0, Label::Organization),
                (21, Label::Location),
                (30, Label::Location)
            ]
        );
    }
}
