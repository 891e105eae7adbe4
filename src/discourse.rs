//! The discourse pass: one reading per string in a document.
//!
//! After resolution, every entity teaches the rest of the document:
//! - a person's surname alone inherits the full name (`Maria Zakharova` → later `Zakharova`);
//! - an organization's parenthesised acronym alone is that organization
//!   (`Komisi Pemilihan Umum (KPU)` → later `KPU`);
//! - any capitalised entity text found again, untagged, gets the same label and value.
//!
//! Only untagged tokens are filled; nothing already chosen changes.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::Arc;

use crate::entity::{Label, Source, Value};
use crate::hash::FxHasher;
use crate::resolve::Candidate;
use crate::token::{Kind, Shape, Token};

/// What a string reads as: a label, and the value of the entity `of` in `chosen`, or when
/// that has none and `name` is given, the canonical `name` (built only when used).
#[derive(Clone, Copy)]
struct Reading<'t> {
    label: Label,
    of: usize,
    name: Option<&'t str>,
}

impl Reading<'_> {
    fn value(&self, chosen: &[Candidate]) -> Option<Value> {
        chosen[self.of]
            .value
            .clone()
            .or_else(|| self.name.map(|n| Value::Canonical(Arc::from(n))))
    }
}

/// Returns the new candidates for untagged mentions of strings the document already tagged.
/// `capitalised`: the indices of the capitalised word tokens, in order (where a mention can
/// start; the tagger collects them in its pass over the tokens).
pub(crate) fn pass<'t>(
    text: &'t str,
    toks: &[Token],
    capitalised: &[u32],
    chosen: &[Candidate],
) -> Vec<Candidate> {
    if chosen.is_empty() {
        return Vec::new();
    }
    // full key -> reading; first word -> length of its longest key (looking keys up by the
    // token ends after a first word, not by scanning every key with that first word, keeps
    // the pass linear when a long text has thousands of `Badan ...` names; issue 7)
    type Fx = BuildHasherDefault<FxHasher>;
    let mut readings: HashMap<&str, Reading, Fx> = HashMap::default();
    let mut longest: HashMap<&str, usize, Fx> = HashMap::default();
    let mut pairs: Vec<(&str, Reading)> = Vec::new();
    // `chosen` is sorted by start: walk the tokens along with it
    let mut a = 0;
    for (ci, c) in chosen.iter().enumerate() {
        while a < toks.len() && toks[a].start < c.start {
            a += 1;
        }
        if c.label == Label::Date || a == toks.len() || toks[a].start != c.start {
            continue;
        }
        let s = &text[c.start..c.end];
        let mut b = a;
        while b < toks.len() && toks[b].end <= c.end {
            b += 1;
        }
        let (mut words, mut last_word) = (0, a);
        for (k, t) in toks.iter().enumerate().take(b).skip(a) {
            if t.kind == Kind::Word {
                words += 1;
                last_word = k;
            }
        }
        let capitalised = toks[a].is_capitalized(text);
        if capitalised && s.chars().nth(2).is_some() {
            let r = Reading {
                label: c.label,
                of: ci,
                name: None,
            };
            pairs.push((s, r));
        }
        match c.label {
            Label::Person if words >= 2 => {
                let last = toks[last_word];
                let surname = last.text(text);
                if last.shape == Shape::Title && surname.chars().nth(2).is_some() {
                    let r = Reading {
                        label: Label::Person,
                        of: ci,
                        name: Some(s),
                    };
                    pairs.push((surname, r));
                }
            }
            Label::Organization if b >= a + 3 && text[..c.end].ends_with(')') => {
                // `Name (ACR)`: the acronym alone
                let acr = toks[b - 2];
                if acr.shape == Shape::Upper && toks[b - 3].is(text, '(') {
                    let name = text[c.start..toks[b - 3].start].trim_end();
                    let r = Reading {
                        label: Label::Organization,
                        of: ci,
                        name: Some(name),
                    };
                    pairs.push((acr.text(text), r));
                }
            }
            _ => {}
        }
    }
    let first_word = |key: &'t str| key.split([' ', '-', '(']).next().unwrap_or(key);
    for (key, r) in pairs {
        let l = longest.entry(first_word(key)).or_default();
        *l = (*l).max(key.len());
        readings.entry(key).or_insert(r);
    }

    // is token `k` overlapped by a chosen entity? `from` is a position in `chosen` at or
    // before the first entity that ends after the token starts (kept moving forward)
    let covered = |from: &mut usize, k: usize| {
        let t = &toks[k];
        while *from < chosen.len() && chosen[*from].end <= t.start {
            *from += 1;
        }
        *from < chosen.len() && chosen[*from].start < t.end
    };
    let mut ci = 0;
    let mut out = Vec::new();
    // tokens before `free` lie inside a mention found already
    let mut free = 0;
    for &k in capitalised {
        let k = k as usize;
        if k < free || covered(&mut ci, k) {
            continue;
        }
        let t = toks[k];
        let Some(&max_len) = longest.get(t.text(text)) else {
            continue;
        };
        // the longest key with this first word that ends at a token end, over untagged
        // tokens only
        let mut best = None;
        let mut m = k + 1;
        let mut cj = ci;
        while m <= toks.len() && toks[m - 1].end - t.start <= max_len && !covered(&mut cj, m - 1) {
            let key = &text[t.start..toks[m - 1].end];
            if let Some(r) = readings
                .get(key)
                .filter(|_| first_word(key) == t.text(text))
            {
                best = Some((m, r));
            }
            m += 1;
        }
        let Some((m, r)) = best else {
            continue;
        };
        out.push(Candidate {
            start: t.start,
            end: toks[m - 1].end,
            label: r.label,
            value: r.value(chosen),
            source: Source::Discourse,
            priority: 40,
        });
        free = m;
    }
    out
}
