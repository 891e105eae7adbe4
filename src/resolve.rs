//! Overlap resolution: from all candidates, one non-overlapping, deterministic set.

use crate::entity::{Entity, Label, Source, Value};

/// A possible entity, before resolution.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Candidate {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub value: Option<Value>,
    pub source: Source,
    /// 0..=100; higher wins between candidates of the same length.
    pub priority: u8,
}

impl Candidate {
    /// The entity of this candidate in `text` (the text it was found in).
    pub(crate) fn into_entity(self, text: &str) -> Entity<'_> {
        Entity {
            text: &text[self.start..self.end],
            span: self.start..self.end,
            label: self.label,
            value: self.value,
            source: self.source,
        }
    }
}

/// Picks a non-overlapping set: longest span first, then higher priority, then rule before
/// gazetteer... ties broken by start, label and source so the result never depends on the
/// order candidates were produced in. Returns the winners sorted by start.
pub(crate) fn resolve(cands: Vec<Candidate>) -> Vec<Candidate> {
    // Candidates that overlap nothing win alone; the greedy choice (best key first, skip
    // what overlaps a winner) only has work to do inside a group of candidates linked by
    // overlaps, and groups never interact. So: order by start (the candidates come in a few
    // runs already ordered by start, which a stable sort merges in linear time), cut the
    // order into groups, and run the greedy choice per group.
    let mut by_start: Vec<(usize, usize, u32)> = cands
        .iter()
        .enumerate()
        .filter(|(_, c)| c.start < c.end)
        .map(|(i, c)| (c.start, c.end, i as u32))
        .collect();
    by_start.sort_by_key(|&(start, _, _)| start);
    let mut won: Vec<u32> = Vec::with_capacity(by_start.len() / 2 + 1);
    let mut group: Vec<u128> = Vec::new();
    let mut a = 0;
    while a < by_start.len() {
        let mut b = a + 1;
        let mut end = by_start[a].1;
        while b < by_start.len() && by_start[b].0 < end {
            end = end.max(by_start[b].1);
            b += 1;
        }
        if b == a + 1 {
            won.push(by_start[a].2);
        } else {
            // sort (key, index) pairs instead of the candidates: one packed integer
            // comparison per step; equal keys keep production order through the index
            group.clear();
            group.extend(
                by_start[a..b]
                    .iter()
                    .map(|&(_, _, i)| sort_key(&cands[i as usize]) | u128::from(i)),
            );
            group.sort_unstable();
            let mut taken = Bits::new(by_start[a].0, end);
            let first = won.len();
            for &key in &group {
                let i = key as u32;
                let c = &cands[i as usize];
                if !taken.any(c.start, c.end) {
                    taken.set(c.start, c.end);
                    won.push(i);
                }
            }
            won[first..].sort_unstable_by_key(|&i| cands[i as usize].start);
        }
        a = b;
    }
    let mut slots: Vec<Option<Candidate>> = cands.into_iter().map(Some).collect();
    won.into_iter()
        .filter_map(|i| slots[i as usize].take())
        .collect()
}

/// A bit per byte of `lo..hi`.
struct Bits {
    lo: usize,
    words: Vec<u64>,
}

impl Bits {
    fn new(lo: usize, hi: usize) -> Bits {
        Bits {
            lo,
            words: vec![0; hi.saturating_sub(lo).div_ceil(64) + 1],
        }
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
    let (kind, sub) = match &c.source {
        Source::Rule(r) => (0u128, *r as u32),
        Source::Gazetteer { line, .. } => (1, *line),
        Source::Discourse => (2, 0),
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
            source: Source::Rule(Rule::OrganizationHead),
            priority,
        }
    }

    /// The resolution of `cands`, checked to be the same when they come in reverse order.
    fn resolved_in_any_order(cands: Vec<Candidate>) -> Vec<Candidate> {
        let mut reversed = cands.clone();
        reversed.reverse();
        let r = resolve(cands);
        assert_eq!(r, resolve(reversed));
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
