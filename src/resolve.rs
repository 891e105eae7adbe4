//! Overlap resolution: from all candidates, one non-overlapping, deterministic set.

use std::collections::BTreeMap;

use crate::entity::{Label, Source, Value};

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

/// Picks a non-overlapping set: longest span first, then higher priority, then rule before
/// gazetteer... ties broken by start, label and source so the result never depends on the
/// order candidates were produced in. Returns the winners sorted by start.
pub(crate) fn resolve(mut cands: Vec<Candidate>) -> Vec<Candidate> {
    cands.retain(|c| c.start < c.end);
    cands.sort_by(|a, b| {
        (b.end - b.start)
            .cmp(&(a.end - a.start))
            .then(b.priority.cmp(&a.priority))
            .then(a.start.cmp(&b.start))
            .then(a.label.cmp(&b.label))
            .then(source_rank(&a.source).cmp(&source_rank(&b.source)))
    });
    let mut taken: BTreeMap<usize, usize> = BTreeMap::new();
    let mut out = Vec::with_capacity(cands.len() / 2 + 1);
    for c in cands {
        if let Some((_, &e)) = taken.range(..c.end).next_back() {
            if e > c.start {
                continue;
            }
        }
        taken.insert(c.start, c.end);
        out.push(c);
    }
    out.sort_by_key(|c| c.start);
    out
}

fn source_rank(s: &Source) -> (u8, u32, u8) {
    match s {
        Source::Rule(r) => (0, 0, *r as u8),
        Source::Gazetteer { line, .. } => (1, *line, 0),
        Source::Discourse => (2, 0, 0),
    }
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
        let mut b = a.clone();
        b.reverse();
        let ra = resolve(a);
        assert_eq!(ra, resolve(b));
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
