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
use std::hash::{BuildHasherDefault, Hash, Hasher};

use crate::entity::Label;
use crate::gazetteer::Entry;
use crate::hash::{HashBits, load4, three_bytes, word_hash};
use crate::resolve::{Candidate, Held, Origin};
use crate::token::{Kind, Picked, Shape, Token, first_token_from};

/// What a string reads as: a label, and the value of the entity `of` in `chosen`, or when
/// that has none and `name` is given, the canonical name at `name` (a byte range of the
/// text: made a string only for the entities that win).
#[derive(Clone, Copy)]
struct Reading {
    label: Label,
    of: usize,
    name: Option<(u32, u32)>,
}

impl Reading {
    /// The value a mention read so holds.
    fn value(&self, chosen: &[&Candidate], entries: &[Entry]) -> Option<Held> {
        chosen[self.of]
            .value(entries)
            .or_else(|| self.name.map(|(start, end)| Held::Name { start, end }))
    }
}

/// What the document has taught about one string.
#[derive(Clone, Copy, Default)]
struct Known {
    /// how a mention that is exactly this string reads (the first entity to teach it wins)
    reading: Option<Reading>,
    /// the byte length of the longest string taught whose first word this is; 0 when it is
    /// no first word (then it holds a separator, and no token is the string)
    longest: usize,
    /// whether a string taught whose first word this is goes on with a space and a lower-case
    /// ASCII letter (few do: a mention followed by such a word, most are, needs no look at
    /// the token after it)
    lower_after: bool,
}

/// The strings the document has taught: each one with its reading, and each first word of
/// them with the length of the longest (looking strings up by the token ends after a first
/// word, not by scanning every string with that first word, keeps the pass linear when a
/// long text has thousands of `Badan ...` names; issue 7). One map for both: most strings
/// are one word, their own first word.
struct Lessons<'t> {
    map: HashMap<LessonKey<'t>, Known, BuildHasherDefault<LessonHasher>>,
    /// the words a mention may start with (the untagged capitalised ones): only strings with
    /// such a first word are learnt, as nothing else is ever looked up
    asked: HashBits,
    /// the first words learnt: most words asked about are none, and are answered here
    firsts: HashBits,
}

impl<'t> Lessons<'t> {
    /// Lessons for the `n` words whose fingerprints `asked` holds.
    fn new(asked: HashBits, n: usize, capacity: usize) -> Lessons<'t> {
        Lessons {
            map: HashMap::with_capacity_and_hasher(capacity, Default::default()),
            asked,
            firsts: HashBits::new(n, 8),
        }
    }

    /// Learns that `key` reads as `r` (unless an earlier entity taught it otherwise), if its
    /// first word is asked about. `sure`: the length of a start of `key` known to hold no
    /// separator (a plain token's), where the search for the first word's end begins.
    /// (Inlined: most keys are not asked about, and cost no call.)
    #[inline(always)]
    fn learn(&mut self, key: &'t [u8], sure: usize, r: Reading) {
        if let Some(first) = self.asked_first(key, sure) {
            self.teach(first, key, r);
        }
    }

    /// The first word of `key` (see [`first_word`] for `sure`) and its fingerprint, if that
    /// word may be asked about.
    #[inline(always)]
    fn asked_first(&self, key: &'t [u8], sure: usize) -> Option<(&'t [u8], u64)> {
        let first = first_word(key, sure);
        let print = fingerprint(first);
        self.asked.may_hold(print).then_some((first, print))
    }

    /// [`Lessons::learn`] once the first word of `key` (with its fingerprint, as
    /// [`Lessons::asked_first`] gives them) may be asked about.
    ///
    /// A string taught before has its reading, and its first word knows it (its length,
    /// whether a lower-case word follows that word in it): teaching it again changes
    /// nothing, and costs one look-up (names recur: most strings taught are).
    #[inline(never)]
    fn teach(&mut self, (first, print): (&'t [u8], u64), key: &'t [u8], r: Reading) {
        let one_word = first.len() == key.len();
        let said = if one_word {
            LessonKey::new(key, print)
        } else {
            LessonKey::of(key)
        };
        let at_key = self.map.entry(said).or_default();
        if at_key.reading.is_some() {
            return;
        }
        at_key.reading = Some(r);
        self.firsts.insert(print);
        let at_first = if one_word {
            at_key
        } else {
            self.map.entry(LessonKey::new(first, print)).or_default()
        };
        at_first.longest = at_first.longest.max(key.len());
        at_first.lower_after |= lower_after(key, first.len());
    }

    /// May a word of fingerprint `print` be a first word learnt? (No means no: most words
    /// asked about are answered here, without being read.)
    #[inline(always)]
    fn may_start(&self, print: u64) -> bool {
        self.firsts.may_hold(print)
    }

    /// What is known of `word` (of fingerprint `print`) as a first word: the longest string
    /// it starts, and its own reading.
    fn first(&self, word: &'t [u8], print: u64) -> Option<&Known> {
        self.map
            .get(&LessonKey::new(word, print))
            .filter(|e| e.longest > 0)
    }

    /// What is known of `key`.
    fn get(&self, key: &'t [u8]) -> Option<&Known> {
        self.map.get(&LessonKey::of(key))
    }
}

/// A string as [`Lessons`] keeps it: hashed by its [`fingerprint`] (which a word asked about
/// has already: no hash of its own to compute), compared whole.
#[derive(Clone, Copy)]
struct LessonKey<'t> {
    s: &'t [u8],
    hash: u64,
}

impl<'t> LessonKey<'t> {
    /// `s`, of fingerprint `print`.
    #[inline(always)]
    fn new(s: &'t [u8], print: u64) -> LessonKey<'t> {
        debug_assert_eq!(print, fingerprint(s));
        // (the map wants good high bits, for the tags of its slots, and low bits, for the
        // slots: the fingerprint's top bits are the length, its low ones the first bytes)
        let h = print.wrapping_mul(0x9e37_79b9_7f4a_7c15);
        LessonKey {
            s,
            hash: h ^ h >> 29,
        }
    }

    /// `s`, its fingerprint computed.
    #[inline(always)]
    fn of(s: &'t [u8]) -> LessonKey<'t> {
        LessonKey::new(s, fingerprint(s))
    }
}

impl PartialEq for LessonKey<'_> {
    #[inline]
    fn eq(&self, other: &Self) -> bool {
        self.s == other.s
    }
}

impl Eq for LessonKey<'_> {}

impl Hash for LessonKey<'_> {
    #[inline]
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// The hasher of the [`Lessons`] map: it keeps the one `u64` a [`LessonKey`] hands it (mixed
/// already).
#[derive(Default, Clone, Copy)]
struct LessonHasher(u64);

impl Hasher for LessonHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        // not used by `LessonKey`; a correct hash for any other key all the same
        self.write_u64(word_hash(bytes));
    }
    #[inline]
    fn write_u64(&mut self, h: u64) {
        self.0 = self.0.rotate_left(32) ^ h;
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A word's fingerprint for the [`HashBits`] filters: its length and its first and last four
/// bytes (all of a shorter word's; equal words, equal fingerprints; cheaper than its hash,
/// and the filters mix it again).
#[inline(always)]
fn fingerprint(w: &[u8]) -> u64 {
    let n = w.len();
    let bytes = if n >= 4 {
        load4(w, 0) ^ load4(w, n - 4).rotate_left(29)
    } else {
        three_bytes(w)
    };
    bytes ^ (n as u64) << 56
}

/// A capitalised word no chosen entity overlaps, where a mention may start: its token and
/// span (as the tagger's pass gives them: [`mentions`] need not load the token), the
/// position in `chosen` of the first entity that ends after it, and its [`fingerprint`].
struct Query {
    at: Picked,
    chosen: u32,
    print: u64,
}

/// A chosen entity as the pass reads it: its span and label, copied from `chosen` in one
/// loop of loads that do not wait on each other (each candidate lies out of cache, and
/// [`lessons`] and [`mentions`] would load it again).
#[derive(Clone, Copy)]
struct Ent {
    start: u32,
    end: u32,
    label: Label,
}

/// A capitalised word, as the tagger's pass picks it out for this one: its token's index
/// and span, and whether it is in Title Case and plain (see [`Token::plain`]), copied while
/// the token is read (this pass would find the token out of cache).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Capital {
    at: Picked,
    title: bool,
    plain: bool,
}

impl Capital {
    /// No word (a placeholder).
    const NONE: Capital = Capital {
        at: Picked {
            k: NO_TOKEN,
            start: 0,
            end: 0,
        },
        title: false,
        plain: false,
    };

    /// Token `k` = `t`, a capitalised word.
    #[inline(always)]
    pub(crate) fn new(k: usize, t: &Token) -> Capital {
        Capital {
            at: Picked::new(k, t),
            title: t.shape == Shape::Title,
            plain: t.plain,
        }
    }
}

/// The capitalised words inside a chosen entity (see [`Asked::inside`]).
#[derive(Clone, Copy)]
struct Inside {
    /// the token of the one that starts where the entity starts, or [`NO_TOKEN`]
    first: u32,
    /// how much of the entity's string is surely no separator (see [`first_word`]): that
    /// word's length when it is plain (at most the entity's), else 0
    sure: u32,
    /// the last one that overlaps the entity (at or after `first`); meaningful only when
    /// `first` is a token
    last: Capital,
}

impl Inside {
    /// No capitalised word (yet).
    const NONE: Inside = Inside {
        first: NO_TOKEN,
        sure: 0,
        last: Capital::NONE,
    };
}

/// Has `b`, the bytes of a string, three characters or more? (Two characters have at most
/// eight bytes; three ASCII bytes are three characters; a character starts at each byte that
/// is no UTF-8 continuation byte.)
fn three_chars(b: &[u8]) -> bool {
    b.len() > 8
        || (b.len() >= 3 && (b[0] | b[1] | b[2]).is_ascii())
        || b.iter().filter(|&&x| x & 0xc0 != 0x80).nth(2).is_some()
}

/// A string's first word: up to its first space, hyphen or parenthesis, none of which is in
/// `key[..sure]`.
#[inline(always)]
fn first_word(key: &[u8], sure: usize) -> &[u8] {
    debug_assert!(!key[..sure].iter().any(|b| matches!(b, b' ' | b'-' | b'(')));
    let sep = key[sure..]
        .iter()
        .position(|b| matches!(b, b' ' | b'-' | b'('));
    // (a separator is an ASCII byte, so the end of a char)
    sep.map_or(key, |i| &key[..sure + i])
}

/// Does a space and a lower-case ASCII letter follow `b[..at]`?
#[inline(always)]
fn lower_after(b: &[u8], at: usize) -> bool {
    b.get(at) == Some(&b' ') && b.get(at + 1).is_some_and(u8::is_ascii_lowercase)
}

/// How much of a token's text is surely no separator: all of a plain token's.
fn sure_len(t: &Token) -> usize {
    if t.plain { t.end - t.start } else { 0 }
}

/// Returns the new candidates for untagged mentions of strings the document already tagged
/// (`chosen`: its entities, sorted by start, none overlapping another). `capitalised`: the
/// capitalised word tokens, in order (where a mention can start; the tagger picks them out
/// in its pass over the tokens). `text` is shorter than 4 GiB, its offsets held
/// in `u32`s (the tagger tags longer texts in segments of 256 KiB).
pub(crate) fn pass(
    text: &str,
    toks: &[Token],
    capitalised: &[Capital],
    chosen: &[&Candidate],
    entries: &[Entry],
) -> Vec<Candidate> {
    debug_assert!(text.len() < u32::MAX as usize);
    if chosen.is_empty() {
        return Vec::new();
    }
    let Asked {
        queries,
        filter,
        ents,
        inside,
    } = queries(text, capitalised, chosen);
    if queries.is_empty() {
        return Vec::new();
    }
    // (names recur: fewer strings than entities, and few are asked about)
    let known = Lessons::new(filter, queries.len(), chosen.len() / 4);
    let known = lessons(text, toks, &ents, &inside, known);
    mentions(text, toks, chosen, &ents, entries, &queries, &known)
}

/// Is token `t` overlapped by a chosen entity (`ents`: theirs, the last one a sentinel that
/// starts and ends at `u32::MAX`)? `from` is a position in `ents` at or before the first
/// entity that ends after the token starts (kept moving forward).
#[inline(always)]
fn covered(t: &Token, ents: &[Ent], from: &mut usize) -> bool {
    // (the sentinel never ends)
    while ents[*from].end as usize <= t.start {
        *from += 1;
    }
    (ents[*from].start as usize) < t.end
}

/// No token: see [`Asked::inside`].
const NO_TOKEN: u32 = u32::MAX;

/// What [`queries`] finds.
struct Asked {
    /// the capitalised words no chosen entity overlaps
    queries: Vec<Query>,
    /// the fingerprints of their words (filled as they are found, not in a loop of its own
    /// over them)
    filter: HashBits,
    /// the chosen entities' spans and labels, then a sentinel at `u32::MAX`
    ents: Vec<Ent>,
    /// for each chosen entity, the capitalised word that starts where it starts, or
    /// [`NO_TOKEN`] (with that word, what [`lessons`] learns from the entity's string needs no
    /// token read, and its other tokens are found from it; searching the token array from
    /// the entity before missed the cache at each probe; only an entity that starts
    /// otherwise, rare, is searched for), and the last capitalised word in it (a person's
    /// surname, most often: then its tokens need no walk)
    inside: Vec<Inside>,
}

/// The words asked about, and where the entities start: see [`Asked`].
#[inline(never)]
fn queries(text: &str, capitalised: &[Capital], chosen: &[&Candidate]) -> Asked {
    let bytes = text.as_bytes();
    // the entities' spans first, in a loop of loads that do not wait on each other nor on a
    // branch (the words' spans come with them, not read from the tokens, out of cache by
    // now)
    let ents: Vec<Ent> = chosen
        .iter()
        .map(|c| Ent {
            start: c.start as u32,
            end: c.end as u32,
            label: c.label,
        })
        .chain(std::iter::once(Ent {
            start: u32::MAX,
            end: u32::MAX,
            label: Label::Date,
        }))
        .collect();
    let mut queries = Vec::with_capacity(capitalised.len());
    // (about half the capitalised words are asked about: about 8 bits for each)
    let mut filter = HashBits::new(capitalised.len(), 4);
    let mut inside = vec![Inside::NONE; chosen.len()];
    let mut ci = 0;
    // (`ents[ci]`, held: read again only when `ci` moves)
    let mut e = ents[0];
    for cap in capitalised {
        let Picked { k, start, end } = cap.at;
        // (the last entity never ends)
        while e.end <= start {
            ci += 1;
            e = ents[ci];
        }
        if e.start < end {
            let at = &mut inside[ci];
            if start == e.start {
                at.first = k;
                // (a plain word holds no separator)
                at.sure = if cap.plain { end.min(e.end) - start } else { 0 };
            }
            at.last = *cap;
        } else {
            let print = fingerprint(&bytes[start as usize..end as usize]);
            filter.insert(print);
            queries.push(Query {
                at: cap.at,
                chosen: ci as u32,
                print,
            });
        }
    }
    Asked {
        queries,
        filter,
        ents,
        inside,
    }
}

/// Learns that the surname `last` (the last word of the person's name at `name`, a byte
/// range of `text`, the entity `ci`, with a word before it) reads as that person, if it is in
/// Title Case.
#[inline(always)]
fn learn_surname<'t>(
    known: &mut Lessons<'t>,
    text: &'t str,
    last: Capital,
    ci: usize,
    name: (u32, u32),
) {
    if !last.title {
        return;
    }
    let surname = &text.as_bytes()[last.at.start as usize..last.at.end as usize];
    let sure = if last.plain { surname.len() } else { 0 };
    // (most surnames are not asked about: that is tested first)
    if let Some(first) = known.asked_first(surname, sure)
        && three_chars(surname)
    {
        let r = Reading {
            label: Label::Person,
            of: ci,
            name: Some(name),
        };
        known.teach(first, surname, r);
    }
}

/// `known` and what the chosen entities teach (`ents`: theirs, as [`Asked::ents`] holds
/// them; `inside`: the [`Asked::inside`] of each).
#[inline(never)]
fn lessons<'t>(
    text: &'t str,
    toks: &[Token],
    ents: &[Ent],
    inside: &[Inside],
    mut known: Lessons<'t>,
) -> Lessons<'t> {
    // the entities are sorted by start: walk the tokens along with them (for the entities
    // that start with no capitalised word). (`inside` has no sentinel: the zip ends before
    // that of `ents`)
    let mut a = 0;
    for (ci, (c, at)) in ents.iter().zip(inside).enumerate() {
        if c.label == Label::Date {
            continue;
        }
        let (start, end) = (c.start as usize, c.end as usize);
        // (bytes: the bounds of an entity are those of chars, and need no check)
        let bytes = text.as_bytes();
        let s = &bytes[start..end];
        // what the string itself teaches (if its first token is capitalised): nothing unless
        // its first word is asked about, which most are not; then, unless it is a person's
        // name or `Name (ACR)`, its tokens need not be read (and a string of fewer than three
        // characters teaches nothing: tested after, as most are longer and not asked about)
        let whole = known
            .asked_first(s, at.sure as usize)
            .filter(|_| three_chars(s));
        let parts = c.label == Label::Person
            || (c.label == Label::Organization && bytes[..end].ends_with(b")"));
        if whole.is_none() && !parts {
            continue;
        }
        // the entity's first token, if one starts where it starts, and whether it is
        // capitalised: known without reading a token when a capitalised word starts it
        let (starts, capitalised) = match at.first {
            NO_TOKEN => {
                a = first_token_from(toks, a, start);
                let starts = a < toks.len() && toks[a].start == start;
                (starts, starts && toks[a].is_capitalized(text))
            }
            first => {
                a = first as usize;
                (true, true)
            }
        };
        if let Some(first) = whole
            && capitalised
        {
            let r = Reading {
                label: c.label,
                of: ci,
                name: None,
            };
            known.teach(first, s, r);
        }
        if !starts || !parts {
            continue;
        }
        if c.label == Label::Person && at.first != NO_TOKEN && at.last.at.end == c.end {
            // a name from a capitalised word to a capitalised word (most are): the last is its
            // last word, and a word comes before it unless it is the first (which starts where
            // the name starts); no token is read
            if at.last.at.start != c.start {
                learn_surname(&mut known, text, at.last, ci, (c.start, c.end));
            }
            continue;
        }
        let mut b = a;
        while b < toks.len() && toks[b].end <= end {
            b += 1;
        }
        match c.label {
            Label::Person => {
                // the surname: the last word, when a word comes before it
                if let Some(last_word) = (a..b).rev().find(|&k| toks[k].kind == Kind::Word)
                    && toks[a..last_word].iter().any(|t| t.kind == Kind::Word)
                {
                    learn_surname(
                        &mut known,
                        text,
                        Capital::new(last_word, &toks[last_word]),
                        ci,
                        (c.start, c.end),
                    );
                }
            }
            Label::Organization if b >= a + 3 && bytes[..end].ends_with(b")") => {
                // `Name (ACR)`: the acronym alone
                let acr = &toks[b - 2];
                if acr.shape == Shape::Upper && toks[b - 3].is(text, '(') {
                    let name = text[start..toks[b - 3].start].trim_end();
                    let r = Reading {
                        label: Label::Organization,
                        of: ci,
                        name: Some((c.start, c.start + name.len() as u32)),
                    };
                    known.learn(&bytes[acr.start..acr.end], sure_len(acr), r);
                }
            }
            _ => {}
        }
        // the next entity starts at or after this one's end (they do not overlap), so after
        // the tokens that end within this one
        a = b;
    }
    known
}

/// The untagged mentions of what `known` holds, at the words of `queries`.
#[inline(never)]
fn mentions(
    text: &str,
    toks: &[Token],
    chosen: &[&Candidate],
    ents: &[Ent],
    entries: &[Entry],
    queries: &[Query],
    known: &Lessons<'_>,
) -> Vec<Candidate> {
    let bytes = text.as_bytes();
    // (in news text, about one word in eight asked about is a mention)
    let mut out = Vec::with_capacity(queries.len() / 4);
    // tokens before `free` lie inside a mention found already
    let mut free = 0;
    // the queries in blocks: first those whose word may be a first word learnt (few) are
    // picked, without a branch, then each is looked up (their words' spans come with them:
    // no token is read unless a longer string may start there)
    const BLOCK: usize = 64;
    for (b, block) in queries.chunks(BLOCK).enumerate() {
        let mut picked = [0u8; BLOCK];
        let mut n = 0;
        for (i, q) in block.iter().enumerate() {
            picked[n] = i as u8;
            n += usize::from(known.may_start(q.print));
        }
        for &i in &picked[..n] {
            let q = &block[usize::from(i)];
            let k = q.at.k as usize;
            if k < free {
                continue;
            }
            let (start, end) = (q.at.start as usize, q.at.end as usize);
            let Some(first) = known.first(&bytes[start..end], q.print) else {
                continue;
            };
            // the longest string with this first word that ends at a token end, over untagged
            // tokens only: the word itself, or the word and the tokens after it, which can be
            // such a string only when a longer one has this first word and a separator
            // follows the word
            // (when a space and a lower-case letter follow the word, the token after it starts
            // with that letter, and no longer string goes on so unless `lower_after`)
            let mut best = first.reading.map(|r| (k + 1, end, r));
            if first.longest > end - start
                && matches!(bytes.get(end), Some(b' ' | b'-' | b'('))
                && (first.lower_after || !lower_after(bytes, end))
            {
                let mut m = k + 2;
                let mut cj = q.chosen as usize;
                // the next query: when its word is token `m - 1`, that token is untagged, and
                // its end at hand (the tokens are out of cache)
                let mut next = b * BLOCK + usize::from(i) + 1;
                let mut key_end = end;
                // (the tokens do not overlap: once a key is as long as the longest string, the
                // next one is longer)
                while m <= toks.len() && key_end - start < first.longest {
                    key_end = match queries.get(next) {
                        Some(w) if w.at.k as usize == m - 1 => {
                            next += 1;
                            w.at.end as usize
                        }
                        _ => {
                            let t = &toks[m - 1];
                            if covered(t, ents, &mut cj) {
                                break;
                            }
                            t.end
                        }
                    };
                    if key_end - start > first.longest {
                        break;
                    }
                    let key = &bytes[start..key_end];
                    if let Some(r) = known.get(key).and_then(|e| e.reading) {
                        best = Some((m, key_end, r));
                    }
                    m += 1;
                }
            }
            let Some((m, end, r)) = best else {
                continue;
            };
            out.push(Candidate {
                start,
                end,
                label: r.label,
                value: r.value(chosen, entries),
                source: Origin::Discourse,
                priority: 40,
            });
            free = m;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    #[test]
    fn first_token_from_finds_the_first_token_not_before_a_position() {
        let text = "a bb ccc dddd e f g h i j k l m n o p q r s t u v w x y z";
        let toks = tokenize(text);
        for from in [0, 1, 5, 20] {
            for pos in 0..=text.len() + 2 {
                let want = from + toks[from..].iter().take_while(|t| t.start < pos).count();
                assert_eq!(first_token_from(&toks, from, pos), want, "{from} {pos}");
            }
        }
        assert_eq!(first_token_from(&[], 0, 5), 0);
    }

    #[test]
    fn first_words_and_three_characters() {
        assert_eq!(first_word(b"Joko Widodo", 0), b"Joko");
        assert_eq!(first_word(b"Joko Widodo", 4), b"Joko");
        assert_eq!(first_word(b"Rusia-AS", 2), b"Rusia");
        assert_eq!(first_word(b"KPU(Pusat)", 3), b"KPU");
        assert_eq!(first_word(b"KOMPAS.com", 6), b"KOMPAS.com");
        assert_eq!(first_word(b"Joko", 4), b"Joko");
        assert!(lower_after(b"Bank of Java", 4) && lower_after(b"Joko datang", 4));
        assert!(!lower_after(b"Joko Widodo", 4) && !lower_after(b"Joko  datang", 4));
        assert!(
            !lower_after(b"Joko-datang", 4)
                && !lower_after(b"Joko ", 4)
                && !lower_after(b"Joko", 4)
        );
        assert!(
            three_chars("abc".as_bytes())
                && three_chars("Élysée".as_bytes())
                && three_chars("é".repeat(6).as_bytes())
        );
        assert!(
            !three_chars("ab".as_bytes())
                && !three_chars("éé".as_bytes())
                && !three_chars("日本".as_bytes())
        );
        assert!(
            three_chars("aé日".as_bytes())
                && three_chars("éab".as_bytes())
                && three_chars("日本a".as_bytes())
        );
        assert!(
            !three_chars("😀😀".as_bytes())
                && three_chars("😀😀a".as_bytes())
                && !three_chars("a😀".as_bytes())
        );
    }

    #[test]
    fn fingerprints_read_the_length_and_the_first_and_last_four_bytes() {
        let words: [&[u8]; 9] = [
            b"", b"a", b"ab", b"abc", b"abcd", b"xbc", b"aXc", b"Jakarta", b"Jokowi",
        ];
        for (i, a) in words.iter().enumerate() {
            for (j, b) in words.iter().enumerate() {
                assert_eq!(fingerprint(a) == fingerprint(b), i == j, "{a:?} {b:?}");
            }
        }
        assert_ne!(fingerprint(b"abc"), fingerprint(b"abX"));
        assert_ne!(fingerprint(b"Joko"), fingerprint(b"Jako"));
        // same ends, other length
        assert_ne!(fingerprint(b"Jakarta"), fingerprint(b"Jakaarta"));
    }

    #[test]
    fn lesson_keys_are_exact_strings() {
        let mut m: HashMap<LessonKey, usize, BuildHasherDefault<LessonHasher>> = HashMap::default();
        // (`Joko Baru` and `JokoXBaru` have one fingerprint, so one hash)
        let words = [
            "AS",
            "As",
            "as",
            "Jakarta",
            "JAKARTA",
            "Badan Pusat Statistik",
            "Joko Baru",
            "JokoXBaru",
            "",
        ];
        for (v, w) in words.iter().enumerate() {
            m.insert(LessonKey::of(w.as_bytes()), v);
        }
        for (v, w) in words.iter().enumerate() {
            assert_eq!(m.get(&LessonKey::of(w.as_bytes())), Some(&v), "{w}");
        }
        assert_eq!(m.get(&LessonKey::of(b"aS")), None);
        assert_eq!(m.len(), words.len());
    }

    /// The discourse pass over `text` with the entities `chosen` (each at the first place its
    /// string is found) and every capitalised word as the tagger picks them: the mentions it
    /// adds, as (text, label).
    fn pass_over<'t>(text: &'t str, chosen: &[(&str, Label)]) -> Vec<(&'t str, Label)> {
        let toks = tokenize(text);
        let chosen: Vec<Candidate> = chosen
            .iter()
            .map(|&(s, label)| {
                let start = text.find(s).expect("in the text");
                Candidate {
                    start,
                    end: start + s.len(),
                    label,
                    value: None,
                    source: Origin::Discourse,
                    priority: 50,
                }
            })
            .collect();
        let chosen: Vec<&Candidate> = chosen.iter().collect();
        let capitalised: Vec<Capital> = (toks.iter().enumerate())
            .filter(|(_, t)| t.kind == Kind::Word && t.is_capitalized(text))
            .map(|(k, t)| Capital::new(k, t))
            .collect();
        pass(text, &toks, &capitalised, &chosen, &[])
            .iter()
            .map(|c| (&text[c.start..c.end], c.label))
            .collect()
    }

    #[test]
    fn a_pass_finds_names_surnames_and_acronyms_but_only_asked_words() {
        // (`de Gaulle` and `komisi pemilu (KPPU)` start with a word that is not capitalised:
        // their tokens are found from a later one)
        let text = "Joko Widodo dan Komisi Pemilihan Umum (KPU) di Bogor. Kemudian Widodo, \
                    KPU, Bogor dan Joko datang; Bogor Barat dan Pemilihan tidak. de Gaulle \
                    dan komisi pemilu (KPPU): Gaulle, KPPU.";
        let found = pass_over(
            text,
            &[
                ("Joko Widodo", Label::Person),
                ("Komisi Pemilihan Umum (KPU)", Label::Organization),
                ("Bogor", Label::Location),
                ("de Gaulle", Label::Person),
                ("komisi pemilu (KPPU)", Label::Organization),
            ],
        );
        assert_eq!(
            found,
            [
                ("Widodo", Label::Person),
                ("KPU", Label::Organization),
                ("Bogor", Label::Location),
                ("Bogor", Label::Location),
                ("Gaulle", Label::Person),
                ("KPPU", Label::Organization),
            ]
        );
    }

    #[test]
    fn surnames_from_the_capitalised_words_or_from_the_tokens() {
        // `Ali bin Abu`: a name from a capitalised word to one (its tokens are not read);
        // `Budi SANTOSO`: the last word is not in Title Case; `Prabowo`: one word, no surname;
        // `Dewi van der`: the last word is no capitalised one (its tokens are read); `Bank of
        // Java`: a longer string over a lower-case word, found again over its tokens
        let text = "Ali bin Abu, Budi SANTOSO, Prabowo, Dewi van der, Bank of Java. Lalu Abu, \
                    SANTOSO, Prabowo, der, Dewi, Bank of Java dan Bank Java.";
        let found = pass_over(
            text,
            &[
                ("Ali bin Abu", Label::Person),
                ("Budi SANTOSO", Label::Person),
                ("Prabowo", Label::Person),
                ("Dewi van der", Label::Person),
                ("Bank of Java", Label::Organization),
            ],
        );
        assert_eq!(
            found,
            [
                ("Abu", Label::Person),
                ("Prabowo", Label::Person),
                ("Bank of Java", Label::Organization),
            ]
        );
    }

    #[test]
    fn an_entity_ending_inside_its_first_word_teaches_its_own_string() {
        // `Jakar` ends inside the plain word `Jakarta`: its first word is all of it
        let text = "Jakarta hari ini. Jakar dan Jakarta.";
        let found = pass_over(text, &[("Jakar", Label::Location)]);
        assert_eq!(found, [("Jakar", Label::Location)]);
    }

    #[test]
    fn a_mention_over_two_blocks_of_queries_is_found_once() {
        // 63 words asked about, then `Joko` (the last of the first block of queries) and
        // `Widodo` (the first of the next, inside the mention), then `Widodo` alone
        let text = format!(
            "Joko Widodo datang. {}Joko Widodo dan Widodo.",
            "Ali ".repeat(63)
        );
        let text = text.as_str();
        let toks = tokenize(text);
        let joko = Candidate {
            start: 0,
            end: "Joko Widodo".len(),
            label: Label::Person,
            value: None,
            source: Origin::Discourse,
            priority: 50,
        };
        let capitalised: Vec<Capital> = (toks.iter().enumerate())
            .filter(|(_, t)| t.is_capitalized(text))
            .map(|(k, t)| Capital::new(k, t))
            .collect();
        let found: Vec<&str> = pass(text, &toks, &capitalised, &[&joko], &[])
            .iter()
            .map(|c| &text[c.start..c.end])
            .collect();
        assert_eq!(found, ["Joko Widodo", "Widodo"]);
    }

    #[test]
    fn lessons_keep_the_first_reading_and_the_longest_string_per_first_word() {
        let r = |of| Reading {
            label: Label::Person,
            of,
            name: None,
        };
        let mut asked = HashBits::new(2, 8);
        for w in ["Joko", "Budi"] {
            asked.insert(fingerprint(w.as_bytes()));
        }
        let mut known = Lessons::new(asked, 2, 0);
        known.learn(b"Joko", 0, r(0));
        known.learn(b"Joko Widodo", 0, r(1));
        known.learn(b"Joko", 0, r(2));
        known.learn(b"Joko Widodo Jr", 0, r(3));
        known.learn(b"Widodo", 0, r(4));
        // taught again: nothing changes
        known.learn(b"Joko Widodo", 0, r(5));
        let get = |s: &'static str| known.get(s.as_bytes());
        let first = |s: &'static str| {
            known
                .may_start(fingerprint(s.as_bytes()))
                .then(|| known.first(s.as_bytes(), fingerprint(s.as_bytes())))
                .flatten()
        };
        let joko = first("Joko").expect("learnt");
        assert_eq!((joko.reading.map(|r| r.of), joko.longest), (Some(0), 14));
        let full = get("Joko Widodo").expect("learnt");
        assert_eq!((full.reading.map(|r| r.of), full.longest), (Some(1), 0));
        assert!(get("JOKO").is_none());
        assert!(first("Joko Widodo").is_none());
        assert!(first("Budi").is_none());
        // `Joko Baru` has the fingerprint of `Joko`, and passes the filter, but is not learnt
        assert_eq!(fingerprint(b"Joko Baru"), fingerprint(b"JokoXBaru"));
        assert!(first("JokoXBaru").is_none());
        // nobody asks about `Widodo`: not learnt
        assert!(!known.asked.may_hold(fingerprint(b"Widodo")));
        assert!(get("Widodo").is_none());
    }
}
