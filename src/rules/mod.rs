//! The rule layer: dates, people, organizations and places found from context.
//!
//! Rules read the tokens and the gazetteer candidates and add more candidates; the resolver
//! then picks one non-overlapping set. Each rule documents, with examples, what it takes.

pub mod date;
mod lexicon;

use crate::entity::{Label, Rule};
use crate::hash::{Key, WordMap};
use crate::resolve::{Candidate, Origin};
use crate::token::{Kind, Picked, Shape, Token, first_token_from};
use lexicon::*;

/// Lexicons compiled into one map from a lower-cased word to its flags, so that a rule's
/// question "is this word a title?" costs one hash of a short word.
#[derive(Debug)]
pub(crate) struct Rules {
    pub(crate) dates: date::DateRules,
    lexicon: WordMap,
    /// the word lists alone, without the given names and common words: all a lower-case
    /// word of a cased text is ever asked about (those two lexicons matter only for
    /// capitalised words there), and small enough to stay in cache for every such word
    lists: WordMap,
}

/// The flag bits of the word lists, the given names and the common words.
const TITLES: u32 = 1 << 0;
const ROLE: u32 = 1 << 1;
const PARTICLE: u32 = 1 << 2;
const SPEECH_BEFORE: u32 = 1 << 3;
const SPEECH_AFTER: u32 = 1 << 4;
const NOT_NAME: u32 = 1 << 5;
const ORG_HEAD: u32 = 1 << 6;
const PLACE_HEAD: u32 = 1 << 7;
const PLACE_PREP: u32 = 1 << 8;
const FUNCTION: u32 = 1 << 9;
const BYLINE: u32 = 1 << 10;
const ORG_CONTAINER: u32 = 1 << 11;
const PUBLIC_HEAD: u32 = 1 << 12;
const ORG_WORD: u32 = 1 << 13;
const CITING: u32 = 1 << 14;
const SUB_BODY: u32 = 1 << 15;
const BUILDING: u32 = 1 << 16;
const NON_PERSON_CUE: u32 = 1 << 17;
const ENGLISH: u32 = 1 << 18;
const FIELD: u32 = 1 << 19;
const GIVEN: u32 = 1 << 20;
const COMMON: u32 = 1 << 21;
/// Not a list's flag: the pass marks a capitalised word with it (a word whose first letter
/// is upper case: a rule asking the token would read the text of a `Mixed` word).
const CAP: u32 = 1 << 22;

/// The lists of the words the weak rules never build on (see `Rules::unknown_word`).
const KNOWN: u32 = NOT_NAME | ORG_HEAD | PLACE_HEAD | TITLES | COMMON;
/// Those and the lists of the words a capitalised run does not take either.
const RUN_KNOWN: u32 = KNOWN | ROLE | ENGLISH;

/// The word lists, each with its flag.
const LISTS: [(&[&str], u32); 20] = [
    (PERSON_TITLES, TITLES),
    (ROLE_WORDS, ROLE),
    (NAME_PARTICLES, PARTICLE),
    (SPEECH_BEFORE_NAME, SPEECH_BEFORE),
    (SPEECH_AFTER_NAME, SPEECH_AFTER),
    (NOT_NAMES, NOT_NAME),
    (ORG_HEADS, ORG_HEAD),
    (PLACE_HEADS, PLACE_HEAD),
    (PLACE_PREPOSITIONS, PLACE_PREP),
    (FUNCTION_WORDS, FUNCTION),
    (BYLINES, BYLINE),
    (ORG_CONTAINERS, ORG_CONTAINER),
    (PUBLIC_HEADS, PUBLIC_HEAD),
    (ORG_WORDS, ORG_WORD),
    (CITING_VERBS, CITING),
    (SUB_BODIES, SUB_BODY),
    (BUILDINGS, BUILDING),
    (NON_PERSON_CUES, NON_PERSON_CUE),
    (ENGLISH_WORDS, ENGLISH),
    (FIELD_NOUNS, FIELD),
];

/// The longest organization name the head-noun rule builds, in tokens.
const MAX_ORG_WORDS: usize = 12;

/// Lower-cases ASCII into a stack buffer; None for long or non-ASCII words (never in lexicons).
#[inline]
fn lower<'b>(s: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let b = s.as_bytes();
    if b.len() > buf.len() || !s.is_ascii() {
        return None;
    }
    for (d, c) in buf.iter_mut().zip(b) {
        *d = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// What the rules know of one token, gathered in the tagger's pass: its lexicon flags, what
/// the gazetteer (and the date grammar) found there, and whether it lies on a headline line.
/// One array of these rather than one per fact: a rule that reads several facts of a token
/// (most do) touches one cache line, not three. Eight bytes a token: the array (as long as
/// the tokens) is written in the pass and read again by `Rules::apply` long after it left
/// the cache, so its size is what those reads cost.
#[derive(Clone, Copy, Debug)]
struct At {
    /// its lexicon flags (see `Rules::flags`), and [`CAP`] for a capitalised word; 0 for a
    /// token the pass gives none
    flags: u32,
    /// the end token index (exclusive) of the longest candidate starting here, 0 for none
    /// (bits [`END`]; a segment has far fewer tokens than that holds), that candidate's label
    /// (bits from [`LABEL_SHIFT`]), and [`COVERED`] and [`HEADLINE`]
    bits: u32,
}

const _: () = assert!(size_of::<At>() == 8);

// every label's number is its place in `Label::ALL` (what `At::label` reads back), and fits
// the three bits from `LABEL_SHIFT`
const _: () = {
    let mut i = 0;
    while i < Label::ALL.len() {
        assert!(Label::ALL[i] as usize == i && i < 8);
        i += 1;
    }
};

/// [`At::bits`]: the end of the longest candidate starting at the token.
const END: u32 = (1 << 27) - 1;
/// [`At::bits`]: where its label starts (three bits: `Label as u32`).
const LABEL_SHIFT: u32 = 27;
/// [`At::bits`]: the token is covered by some candidate.
const COVERED: u32 = 1 << 30;
/// [`At::bits`]: it lies on a Title Case headline line, where capitals prove nothing.
const HEADLINE: u32 = 1 << 31;

impl At {
    /// Nothing known (all its bytes are zero, so that a vector of these is filled by a
    /// `memset`; the label means nothing while the end is 0).
    const NONE: At = At { flags: 0, bits: 0 };

    /// The end token index (exclusive) of the longest candidate starting here, 0 for none.
    #[inline]
    fn end(&self) -> usize {
        (self.bits & END) as usize
    }

    /// That candidate's label (`Person` while the end is 0).
    #[inline]
    fn label(&self) -> Label {
        // (`set_start` stores `label as u32`, which is its place in `Label::ALL`)
        let at = ((self.bits >> LABEL_SHIFT) & 7) as usize;
        Label::ALL.get(at).copied().unwrap_or(Label::Person)
    }

    /// Does the name of a person start here? (Both tests made, as one branch on the answer
    /// is better predicted than two.)
    #[inline]
    fn person(&self) -> bool {
        (self.end() > 0) & (self.bits >> LABEL_SHIFT & 7 == Label::Person as u32)
    }

    /// Records the longest candidate starting here: it ends before token `end` (below
    /// [`END`]), with `label`.
    #[inline]
    fn set_start(&mut self, end: usize, label: Label) {
        debug_assert!(end > 0 && end <= END as usize);
        self.bits =
            self.bits & (COVERED | HEADLINE) | end as u32 & END | (label as u32) << LABEL_SHIFT;
    }

    /// Covered by some candidate?
    #[inline]
    fn covered(&self) -> bool {
        self.bits & COVERED != 0
    }

    /// On a headline line?
    #[inline]
    fn headline(&self) -> bool {
        self.bits & HEADLINE != 0
    }

    /// (label, end token index exclusive) of the longest candidate starting here.
    #[inline]
    fn start(&self) -> Option<(Label, usize)> {
        (self.end() > 0).then(|| (self.label(), self.end()))
    }
}

struct Ctx<'t> {
    /// the whole text is lower case (some corpora and feeds are): names have no capitals
    lower_doc: bool,
    text: &'t str,
    toks: &'t [Token],
    /// per token: what the rules know of it
    at: Vec<At>,
}

impl<'t> Ctx<'t> {
    /// Does token `i` carry lexicon flag `flag`?
    #[inline]
    fn is(&self, i: usize, flag: u32) -> bool {
        self.at.get(i).is_some_and(|a| a.flags & flag != 0)
    }
    fn t(&self, i: usize) -> &'t str {
        self.toks[i].text(self.text)
    }
    /// The bytes of token `i` (as `t`, without the test for char boundaries).
    #[inline]
    fn bytes(&self, i: usize) -> &'t [u8] {
        &self.text.as_bytes()[self.toks[i].start..self.toks[i].end]
    }
    /// Does token `i` hold an ASCII digit?
    #[inline]
    fn has_digit(&self, i: usize) -> bool {
        has_digit(self.bytes(i))
    }
    /// Is token `i` a capitalised word?
    #[inline]
    fn cap(&self, i: usize) -> bool {
        self.at[i].flags & CAP != 0
    }
    #[inline]
    fn punct(&self, i: usize, c: char) -> bool {
        let Some(t) = self.toks.get(i) else {
            return false;
        };
        t.kind == Kind::Punct
            && if c.is_ascii() {
                t.end - t.start == 1 && self.text.as_bytes()[t.start] == c as u8
            } else {
                t.is(self.text, c)
            }
    }
    fn glued(&self, i: usize) -> bool {
        i < self.toks.len() && !self.toks[i].space_before
    }
    fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start, self.toks[b - 1].end)
    }
    fn gaz_label(&self, i: usize) -> Option<(Label, usize)> {
        self.at.get(i).and_then(At::start)
    }
}

/// What the rules need to know of each token, gathered in the tagger's one pass over the
/// tokens (see [`Front::push`]): its lexicon flags, the names found there, and whether it
/// lies on a headline line.
#[derive(Debug, Default)]
pub(crate) struct Front {
    /// per token (see [`At`])
    at: Vec<At>,
    line: Line,
    /// the tokens some rule may start from, in order (most tokens are lower-case words no
    /// rule starts from)
    live: Vec<u32>,
}

/// A token as the tagger's pass reads it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Read<'t> {
    /// its index
    pub(crate) k: usize,
    /// the token
    pub(crate) t: &'t Token,
    /// its bytes
    pub(crate) word: &'t [u8],
    /// its flags if it is plain ([`Rules::plain_flags`], else unused)
    pub(crate) flags: u32,
}

impl Front {
    /// A front for `n` tokens. `n` is below [`END`]: a text is tagged in segments of at most
    /// 256 KiB, at least a byte a token.
    pub(crate) fn with_capacity(n: usize) -> Front {
        debug_assert!(n < END as usize);
        Front {
            // filled: the pass writes the flags of words only (filling costs less than a
            // push per token)
            at: vec![At::NONE; n],
            line: Line::default(),
            // (room for every token: `push_lower` pushes each before it decides)
            live: Vec::with_capacity(n),
        }
    }

    /// Records a candidate `start..end` found at token `k` (the gazetteer's, as they are
    /// found, in order): the longest starting at a token wins, between equal spans the first.
    /// A candidate that starts inside a token, or ends inside the token it starts at, is not
    /// recorded.
    #[inline]
    pub(crate) fn span(
        &mut self,
        toks: &[Token],
        k: usize,
        start: usize,
        end: usize,
        label: Label,
    ) {
        if toks[k].start != start {
            return;
        }
        let mut b = k;
        while b < toks.len() && toks[b].end <= end {
            b += 1;
        }
        if b == k {
            return;
        }
        if b > self.at[k].end() {
            self.at[k].set_start(b, label);
        }
        for a in &mut self.at[k..b] {
            a.bits |= COVERED;
        }
    }

    /// Records candidates sorted by start (the dates) as [`Front::span`] does. `hints`:
    /// tokens, in order, where most candidates start (the date triggers, where the date
    /// grammar starts its parses).
    pub(crate) fn spans(
        &mut self,
        toks: &[Token],
        hints: &[Picked],
        sorted: impl Iterator<Item = (usize, usize, Label)>,
    ) {
        // the token where a candidate starts is found among the hints (their starts read
        // from them, not from the tokens); a candidate starting elsewhere is looked for from
        // the last hint before it (candidates are few and far apart: a search over all the
        // tokens would miss the cache at every probe)
        let (mut k, mut h) = (0, 0);
        for (start, end, label) in sorted {
            while h < hints.len() && (hints[h].start as usize) < start {
                h += 1;
            }
            match hints.get(h) {
                Some(t) if t.start as usize == start => k = t.k as usize,
                _ => {
                    // every token up to the last hint before `start` starts before it
                    let from = h
                        .checked_sub(1)
                        .map_or(k, |b| k.max(hints[b].k as usize + 1));
                    k = first_token_from(toks, from, start);
                    if k == toks.len() {
                        break;
                    }
                }
            }
            self.span(toks, k, start, end, label);
        }
    }

    /// Reads a token (the tokens before it have been pushed); `cap`: it is a capitalised word
    /// (the tagger has tested it already). A lower-case plain word of a cased text goes to
    /// [`Front::push_lower`] instead.
    #[inline]
    pub(crate) fn push(
        &mut self,
        rules: &Rules,
        text: &str,
        toks: &[Token],
        Read { k, t, word, flags }: Read,
        cap: bool,
    ) {
        self.line_break(text, toks, k, t);
        if t.kind != Kind::Word {
            // (its flags stay 0)
            if t.kind == Kind::Punct && word.first() == Some(&b'(') {
                self.live.push(k as u32);
            }
            return;
        }
        debug_assert_eq!(cap, t.is_capitalized(text));
        self.line.count(word, cap);
        let f = if t.plain {
            flags
        } else {
            rules.flags(t.text(text))
        };
        self.at[k].flags = f | if cap { CAP } else { 0 };
        // (a gazetteer name starting here is recorded before this token is pushed; a date
        // recorded later makes no rule start from a lower-case word)
        let live = t.shape != Shape::Lower
            || f & rules.starts() != 0
            || self.at[k].end() > 0
            || (!t.plain && word.contains(&b'.'));
        if live {
            self.live.push(k as u32);
        }
    }

    /// [`Front::push`] of a plain lower-case word of a cased text, the most common token,
    /// whose flags are in the word lists alone (the tagger has tested all this).
    #[inline(always)]
    pub(crate) fn push_lower(
        &mut self,
        rules: &Rules,
        text: &str,
        toks: &[Token],
        Read { k, t, flags: f, .. }: Read,
    ) {
        debug_assert!(t.plain && t.kind == Kind::Word && t.shape == Shape::Lower);
        self.line_break(text, toks, k, t);
        let at = &mut self.at[k];
        at.flags = f;
        // (whether it is live is a coin flip: pushed always and taken back unless it is,
        // which is no branch; the buffer has room for every token)
        let live = (f & rules.starts() != 0) | (at.end() > 0);
        self.live.push(k as u32);
        self.live.truncate(self.live.len() - usize::from(!live));
    }

    /// Ends the line before token `k` = `t` if a line break comes before it.
    #[inline(always)]
    fn line_break(&mut self, text: &str, toks: &[Token], k: usize, t: &Token) {
        if t.newline_before && k > self.line.start {
            self.new_line(text, toks, k);
        }
    }

    /// Marks the line that ends before token `k` and starts the next there (once a line:
    /// out of the pass's way).
    #[inline(never)]
    fn new_line(&mut self, text: &str, toks: &[Token], k: usize) {
        self.line.mark(text, toks, k, &mut self.at);
        self.line = Line {
            start: k,
            ..Line::default()
        };
    }

    /// Ends the pass over all of `toks`.
    pub(crate) fn finish(mut self, text: &str, toks: &[Token]) -> Front {
        self.line.mark(text, toks, toks.len(), &mut self.at);
        self
    }
}

impl Rules {
    pub(crate) fn new(given_names: &str, common_words: &str) -> Rules {
        let mut pairs: Vec<(String, u32)> = Vec::new();
        for (list, flag) in LISTS {
            pairs.extend(list.iter().map(|w| (w.to_string(), flag)));
        }
        // (looked up at every lower-case word of a text: see `WordMap::plain_value`)
        let lists = WordMap::new(pairs.clone()).with_perfect();
        for (words, bit) in [(given_names, GIVEN), (common_words, COMMON)] {
            for l in words.lines().map(str::trim) {
                if !l.is_empty() && !l.starts_with('#') {
                    pairs.push((l.to_lowercase(), bit));
                }
            }
        }
        // (looked up at every capitalised word of a text: see `WordMap::plain_value`)
        let lexicon = WordMap::new(pairs).with_perfect();
        Rules {
            dates: date::DateRules::new(),
            lexicon,
            lists,
        }
    }

    /// [`Rules::plain_flags`] of a plain lower-case word of a cased text.
    #[inline(always)]
    pub(crate) fn lower_flags(&self, word: &[u8], key: Key) -> u32 {
        self.lists.plain_value(word, key)
    }

    /// The flags of `t`, a plain word of `word` and key `key`, in a text that is `cased`:
    /// from the word lists for a lower-case word of a cased text, else from the lexicon
    /// (what [`Front::push`] and [`Front::push_lower`] record). The tagger's pass looks
    /// them up before the gazetteer looks at the word, so that the two tables' loads
    /// overlap.
    #[inline(always)]
    pub(crate) fn plain_flags(&self, t: &Token, word: &[u8], key: Key, cased: bool) -> u32 {
        let map = if cased && t.shape == Shape::Lower {
            &self.lists
        } else {
            &self.lexicon
        };
        map.plain_value(word, key)
    }

    /// The flags of the words rules start from (titles, speech verbs, head nouns, ...): a
    /// lower-case word without any of them starts no rule.
    #[inline]
    fn starts(&self) -> u32 {
        TITLES
            | BYLINE
            | SPEECH_BEFORE
            | SPEECH_AFTER
            | CITING
            | ORG_HEAD
            | PLACE_HEAD
            | PLACE_PREP
            | GIVEN
    }

    /// The lexicon flags of a word (case-insensitive).
    #[inline]
    fn flags(&self, word: &str) -> u32 {
        if word.is_ascii() {
            self.lexicon.get(word.as_bytes()).unwrap_or(0)
        } else {
            self.flags_unicode(word)
        }
    }

    /// [`Rules::flags`] of a word that is not ASCII (a few thousand of a news archive's
    /// megabyte: `Ma’ruf`), lower-cased into a buffer on the stack; by
    /// `str::to_lowercase` if it is too long for it or has a capital sigma, whose lower case
    /// depends on its place in the word.
    #[inline(never)]
    fn flags_unicode(&self, word: &str) -> u32 {
        let slow = || {
            self.lexicon
                .get(word.to_lowercase().as_bytes())
                .unwrap_or(0)
        };
        let mut buf = [0u8; 64];
        let mut n = 0;
        for c in word.chars() {
            if c == 'Σ' {
                return slow();
            }
            for l in c.to_lowercase() {
                let Some(room) = buf.get_mut(n..n + l.len_utf8()) else {
                    return slow();
                };
                n += l.encode_utf8(room).len();
            }
        }
        self.lexicon.get(&buf[..n]).unwrap_or(0)
    }

    /// Adds rule candidates for `text` to `out`, which already holds the gazetteer candidates.
    /// `cased`: the text has an ASCII capital somewhere (the tagger has computed it already
    /// for the gazetteer matcher); otherwise it is lower-cased text and names have no capitals.
    pub(crate) fn apply(
        &self,
        text: &str,
        cased: bool,
        toks: &[Token],
        front: Front,
        out: &mut Vec<Candidate>,
    ) {
        let lower_doc = !cased;
        let Front { at, live, .. } = front;
        let cx = Ctx {
            lower_doc,
            text,
            toks,
            at,
        };
        // most live tokens are Title Case words where only a capitalised run may start, and
        // none does: a tight loop of their own passes them (with few values live, in
        // registers), and the rules are dispatched at the others
        let mut rest = live.iter();
        let passed = |i: usize| self.no_rule_at(toks, &cx.at, i);
        // the tokens before a `(` token, each with its end (see `bind_acronyms`)
        let mut opens: Vec<(usize, usize)> = Vec::new();
        while let Some(i) = rest.by_ref().map(|&i| i as usize).find(|&i| !passed(i)) {
            let t = &toks[i];
            // each rule is called only where its own first test can pass (the rules test it
            // again; this only saves the calls)
            let g = cx.at[i];
            let f = g.flags;
            let person_at = g.person();
            if t.kind != Kind::Word {
                // (a live token that is no word is a `(`; no word list flags it)
                if person_at {
                    self.person_extend(&cx, i, out);
                }
                self.acronym(&cx, i, out);
                if i > 0 {
                    opens.push((toks[i - 1].end, i - 1));
                }
                continue;
            }
            if !t.plain {
                self.domain(&cx, i, out);
            }
            if t.shape == Shape::Upper {
                self.dateline(&cx, i, out);
            }
            if f & (TITLES | BYLINE | SPEECH_BEFORE | SPEECH_AFTER | GIVEN) != 0 {
                if f & (TITLES | BYLINE) != 0 {
                    self.title_person(&cx, i, out);
                }
                if f & (SPEECH_BEFORE | SPEECH_AFTER) != 0 {
                    self.speech_person(&cx, i, out);
                }
                if f & GIVEN != 0 {
                    self.given_name_person(&cx, i, out);
                }
            }
            if person_at {
                self.person_extend(&cx, i, out);
            }
            if f & (CITING | ORG_HEAD | PLACE_HEAD | PLACE_PREP) != 0 {
                if f & CITING != 0 {
                    self.cited_source(&cx, i, out);
                }
                if f & ORG_HEAD != 0 {
                    self.org_head(&cx, i, out);
                }
                if f & PLACE_HEAD != 0 {
                    self.place_head(&cx, i, out);
                }
                if f & PLACE_PREP != 0 {
                    self.place_preposition(&cx, i, out);
                }
            }
            if t.shape == Shape::Title {
                self.capitalised_run(&cx, i, out);
            }
        }
        self.bind_acronyms(&cx, &opens, out);
    }

    /// Can no rule start at token `i`, as the first tests of the rules tell (`at` holds what
    /// is known of the tokens)? So at a plain word no word list starts a rule from and no
    /// name of a person starts at, unless it is a Title Case word where a capitalised run may
    /// start or an ALL-CAPS word where a dateline may: [`Rules::apply`] passes these (most of
    /// its live tokens) without dispatching the rules.
    #[inline(always)]
    fn no_rule_at(&self, toks: &[Token], at: &[At], i: usize) -> bool {
        let (t, g) = (&toks[i], &at[i]);
        // (one branch for both: a rule's word or a person's name, rarely both)
        t.plain
            && !((g.flags & self.starts() != 0) | g.person())
            && match t.shape {
                Shape::Title => !run_may_start(toks, at, i),
                Shape::Upper => !dateline_may_start(toks, i),
                _ => true,
            }
    }

    /// A name: capitalised words with particles and initials inside, from token `i`.
    /// Returns the end (exclusive) or `i` when there is no name.
    ///
    /// `Sergey Ryabkov`, `Ahmad bin Salim`, `M. Nuh`, `Maria Zakharova`.
    #[inline]
    fn name_from(&self, cx: &Ctx, i: usize) -> usize {
        // most words asked about (after a title or a speech verb) are lower case: no name
        // starts there, which `name_run` would find too
        if i >= cx.toks.len() || !cx.cap(i) {
            return i;
        }
        self.name_run(cx, i)
    }

    /// [`Rules::name_from`] from any token `i` before the end (called for capitalised words).
    #[inline(never)]
    fn name_run(&self, cx: &Ctx, i: usize) -> usize {
        let n = cx.toks.len();
        let mut j = i;
        while j < n && j - i < 5 && (j == i || !cx.toks[j].newline_before) {
            let tok = &cx.toks[j];
            // (only words are capitalised or have flags)
            if cx.cap(j) {
                let f = cx.at[j].flags;
                let stop = if j == i {
                    f & (NOT_NAME | ORG_HEAD) != 0 || f & COMMON != 0 && tok.sentence_start
                } else {
                    f & (COMMON | TITLES | ORG_HEAD) != 0
                        || matches!(cx.gaz_label(j), Some((l, _)) if l != Label::Person)
                        // an acronym after a name is not part of it
                        || tok.shape == Shape::Upper
                            && tok.end - tok.start > 1
                            && cx.bytes(j).last() != Some(&b'.')
                };
                if stop {
                    break;
                }
                j += 1;
            } else if j > i && cx.is(j, PARTICLE) && j + 1 < n && cx.cap(j + 1) {
                j += 1;
            } else if j > i
                && cx.punct(j, '-')
                && cx.glued(j)
                && j + 1 < n
                && cx.glued(j + 1)
                && cx.toks[j + 1].kind == Kind::Word
                && (cx.cap(j + 1) || !matches!(cx.bytes(j + 1), b"nya" | b"an" | b"annya"))
            {
                j += 2; // Al-Mansur, Hye-kyo
            } else {
                break;
            }
        }
        // never end on a particle or initial-only (a hyphenated part is fine: `Hye-kyo`)
        while j > i && !cx.cap(j - 1) && !(j >= 2 && cx.punct(j - 2, '-') && cx.glued(j - 1)) {
            j -= 1;
        }
        if j > i && j - i == 1 && cx.is(i, NOT_NAME) {
            return i;
        }
        j
    }

    /// In lower-case text: one to three words after a speech verb, ended by punctuation or a
    /// function word (`kata akbar dalam ...`, `ujar nelson .`).
    fn lower_name_from(&self, cx: &Ctx, i: usize) -> usize {
        let n = cx.toks.len();
        let mut j = i;
        while j < n && j - i < 3 {
            let t = cx.t(j);
            if cx.toks[j].kind != Kind::Word
                || cx.toks[j].shape != Shape::Lower
                || cx.is(j, FUNCTION)
                || cx.is(j, SPEECH_AFTER)
                || cx.is(j, COMMON)
                || cx.gaz_label(j).is_some_and(|(l, _)| l != Label::Person)
                || t.len() < 2
            {
                break;
            }
            j += 1;
        }
        let ends_well = j == n
            || cx.toks[j].kind == Kind::Punct
            || cx.is(j, FUNCTION)
            || cx.is(j, SPEECH_AFTER)
            || cx.is(j, COMMON);
        if j > i && ends_well { j } else { i }
    }

    /// Skips a role phrase after a title: role words, acronyms, organizations, countries and
    /// places (`Menteri Luar Negeri Rusia`, `Ketua Umum PKB`). Returns the index after it.
    fn skip_role(&self, cx: &Ctx, mut j: usize) -> usize {
        let n = cx.toks.len();
        let mut steps = 0;
        while j < n && steps < 8 && !cx.toks[j].newline_before {
            steps += 1;
            if let Some((l, e)) = cx.gaz_label(j) {
                if l != Label::Person {
                    j = e;
                    continue;
                }
            }
            let tok = &cx.toks[j];
            let f = cx.at[j].flags;
            // role words; and capitalised ordinary words, which in Title Case after a title
            // name the role's field (`Pengamat Pasar Modal`, `Kepala Bagian Humas`)
            // (only words have flags)
            if f & ROLE != 0
                || f & TITLES != 0 && cx.bytes(j).last() != Some(&b'.')
                || f & (COMMON | GIVEN) == COMMON && cx.cap(j)
            {
                j += 1;
                continue;
            }
            // `Ketua Bidang Ketenagakerjaan`: the word after a field noun names the field (the
            // field nouns are ASCII words, and the lexicon of a word that is not would take
            // its Unicode lower case)
            if j > 0 && cx.is(j - 1, FIELD) && cx.toks[j - 1].plain && cx.cap(j) {
                j += 1;
                continue;
            }
            if tok.shape == Shape::Upper && tok.end - tok.start > 1 && f & GIVEN == 0 {
                j += 1;
                continue;
            }
            break;
        }
        j
    }

    /// `Presiden Joko Widodo`, `Wakil Menteri Luar Negeri Sergey Ryabkov`, `Dr. H. Ahmad`,
    /// `juru bicara Kementerian Luar Negeri Rusia Maria Zakharova`, `Red: Christiyaningsih`:
    /// the name after a title and its role phrase, the title outside the span.
    fn title_person(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if cx.toks[i].kind != Kind::Word {
            return;
        }
        // bylines: `Red: Christiyaningsih`, `Editor: ...`
        let byline = cx.is(i, BYLINE) && cx.punct(i + 1, ':');
        if !byline && !cx.is(i, TITLES) {
            return;
        }
        // a title preceded by a title belongs to the first one
        if i > 0 && cx.is(i - 1, TITLES) && cx.toks[i - 1].kind == Kind::Word {
            return;
        }
        let mut j = i + 1;
        // `Red:`-style bylines
        if cx.punct(j, ':') {
            j += 1;
        }
        let r = self.skip_role(cx, j);
        // `Direktur Utama Telkom, Arwin Rasyid`: a comma may close the role phrase
        let j = if r > j && cx.punct(r, ',') { r + 1 } else { r };
        if j >= cx.toks.len() || cx.toks[j].newline_before {
            return;
        }
        let mut j = j;
        let mut e = if cx.lower_doc {
            self.lower_name_from(cx, j)
        } else {
            self.name_from(cx, j)
        };
        // `Pengamat Pasar Modal Dandossi Matram`: the run stopped at a capitalised ordinary
        // word, so the role phrase goes on; the name comes after it
        let mut tries = 0;
        while !cx.lower_doc
            && tries < 3
            && e > j
            && e < cx.toks.len()
            && !cx.toks[e].newline_before
            && cx.cap(e)
            && cx.is(e, COMMON)
        {
            tries += 1;
            j = self.skip_role(cx, e);
            e = self.name_from(cx, j);
        }
        // `Karo Penmas Polri Brigjen Agus Riyanto`, `Dirjen Perhubungan Darat Kemenhub X`:
        // when another title or an organization follows the run and a name follows that, the
        // run was part of the role
        if !cx.lower_doc && e > j && e < cx.toks.len() && !cx.toks[e].newline_before {
            let org_or_title =
                cx.is(e, TITLES) || matches!(cx.gaz_label(e), Some((l, _)) if l != Label::Person);
            if org_or_title {
                let j2 = self.skip_role(cx, e);
                let e2 = self.name_from(cx, j2);
                if e2 > j2 {
                    j = j2;
                    e = e2;
                }
            }
        }
        // `kata gelandang Inter itu`: a word after a role, then a demonstrative, is the team
        // or institution of the role, not a name
        if e > j && !demonstrative_at(cx, e) {
            let a = self.name_start(cx, j, e);
            self.person(cx, a, e, Rule::PersonTitle, 55, out);
        }
    }

    /// `seperti dikutip Daily Star`, `dilansir Sky Sports`, `mengutip laporan Reuters`: the
    /// source after a citing verb is a medium, an organization.
    fn cited_source(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if !cx.is(i, CITING) {
            return;
        }
        let n = cx.toks.len();
        let mut j = i + 1;
        while j < n
            && matches!(
                cx.t(j),
                "dari" | "laman" | "situs" | "media" | "harian" | "kantor" | "berita" | "laporan"
            )
        {
            j += 1;
        }
        if j >= n || cx.gaz_label(j).is_some() || cx.toks[j].newline_before {
            return;
        }
        let mut e = j;
        while e < n && e - j < 4 && cx.cap(e) && !cx.toks[e].newline_before && !cx.is(e, NOT_NAME) {
            e += 1;
        }
        // `dikutip detikcom`, `dilansir Kompas.com`: the lower-case brands of news sites
        if e == j && cx.toks[j].kind == Kind::Word && cx.t(j).contains('.') {
            e = j + 1;
        }
        if e > j {
            emit(cx, j, e, Label::Organization, Rule::CitedSource, 52, out);
        }
    }

    /// Where a name starts inside the capitalised run `a..e` after a title: at a given name or
    /// a known person if there is one (`Pengamat Pasar Modal Dandossi Matram` has none, so the
    /// last two words), else at `a`.
    fn name_start(&self, cx: &Ctx, a: usize, e: usize) -> usize {
        if e - a <= 2 {
            return a;
        }
        for k in a..e {
            if cx.is(k, GIVEN) || matches!(cx.gaz_label(k), Some((Label::Person, _))) {
                return k;
            }
        }
        // the last two words, a hyphenated word (`Hye-kyo`) counting as one, when there are
        // three or more
        let mut starts = (a..e).rev().filter(|&k| {
            cx.toks[k].kind == Kind::Word && !(k > a && cx.punct(k - 1, '-') && cx.glued(k))
        });
        let (_, last_two, more) = (starts.next(), starts.next(), starts.next());
        match (last_two, more) {
            (Some(k), Some(_)) => k,
            _ => a,
        }
    }

    /// `kata Eva`, `ujar juru bicara Zakharova`, `Menurut Budi`; and `Budi Santoso mengatakan`.
    fn speech_person(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if cx.toks[i].kind != Kind::Word {
            return;
        }
        if cx.is(i, SPEECH_BEFORE) {
            let mut j = i + 1;
            if j < cx.toks.len() && cx.is(j, TITLES) {
                j = self.skip_role(cx, j + 1);
            }
            if matches!(cx.gaz_label(j), Some((l, _)) if l != Label::Person) {
                return;
            }
            let e = if cx.lower_doc {
                self.lower_name_from(cx, j)
            } else {
                self.name_from(cx, j)
            };
            if e > j && !demonstrative_at(cx, e) {
                self.person(cx, j, e, Rule::PersonSpeech, 50, out);
            }
        } else if cx.is(i, SPEECH_AFTER) && i > 0 {
            // walk back over the name
            let mut a = i;
            let mut j = i;
            while j > 0 && i - j < 4 && !cx.toks[j].newline_before {
                let p = j - 1;
                if cx.cap(p) && !cx.is(p, TITLES) && !cx.is(p, COMMON) && !cx.at[p].covered() {
                    a = p;
                    j = p;
                } else if j < i && cx.toks[p].kind == Kind::Word && cx.is(p, PARTICLE) {
                    j = p;
                } else {
                    break;
                }
            }
            if a < i {
                let e = self.name_from(cx, a);
                if e == i {
                    let a = self.name_start(cx, a, e);
                    self.person(cx, a, e, Rule::PersonSpeech, 50, out);
                }
            }
        }
    }

    /// `Maria Zakharova`, `Wendy Sherman`: a known given name followed by capitalised words;
    /// a given name alone only away from the start of a sentence.
    fn given_name_person(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if cx.lower_doc {
            // lower-cased text: `vladimir voronin menuduh`, a given name that is no common
            // word and the uncommon words after it
            if cx.is(i, GIVEN) && !cx.is(i, COMMON) && !cx.is(i, FUNCTION) {
                let e = self.lower_name_from(cx, i);
                if e > i + 1 {
                    self.person(cx, i, e, Rule::PersonGivenName, 40, out);
                }
            }
            return;
        }
        if !cx.cap(i) || cx.toks[i].shape == Shape::Upper || !cx.is(i, GIVEN) {
            return;
        }
        if i > 0 && cx.cap(i - 1) && !cx.is(i - 1, TITLES) && !cx.at[i - 1].covered() {
            return; // inside a longer capitalised sequence; another rule decides
        }
        let e = self.name_from(cx, i);
        if e > i + 1 {
            self.person(cx, i, e, Rule::PersonGivenName, 45, out);
        } else if e == i + 1
            && (!cx.toks[i].sentence_start || self.sentence_subject(cx, i))
            && !cx.at[i].headline()
            && cx.gaz_label(i).is_none()
        {
            self.person(cx, i, e, Rule::PersonGivenName, 30, out);
        }
    }

    /// `Daniel menambahkan ...`: a given name that opens a sentence and is followed by a
    /// lower-case word that is no function word acts as the subject, a person.
    fn sentence_subject(&self, cx: &Ctx, i: usize) -> bool {
        let n = i + 1;
        n < cx.toks.len()
            && !cx.is(i, COMMON)
            && cx.toks[n].kind == Kind::Word
            && cx.toks[n].shape == Shape::Lower
            && !cx.is(n, FUNCTION)
    }

    /// `Soegeng Rahardjo`, `Raul Khajimba`: a listed name (often only a given name or a
    /// surname) grows over the unknown capitalised words right next to it.
    fn person_extend(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let Some((Label::Person, e)) = cx.gaz_label(i) else {
            return;
        };
        let n = cx.toks.len();
        let plain = |k: usize| {
            cx.toks[k].kind == Kind::Word
                && cx.toks[k].shape == Shape::Title
                && !cx.is(k, NOT_NAME | TITLES | ORG_HEAD | PLACE_HEAD | ROLE | COMMON)
                && !cx.at[k].covered()
                && !cx.has_digit(k)
        };
        let mut b = e;
        while b < n
            && b - e < 3
            && plain(b)
            && cx.toks[b].space_before
            && !cx.toks[b].newline_before
        {
            b += 1;
        }
        let mut a = i;
        while a > 0
            && i - a < 2
            && !cx.toks[a].newline_before
            && plain(a - 1)
            && (!cx.toks[a - 1].sentence_start || cx.is(a - 1, GIVEN))
        {
            a -= 1;
        }
        if a < i || b > e {
            self.person(cx, a, b, Rule::PersonExtended, 50, out);
        }
    }

    fn person(
        &self,
        cx: &Ctx,
        a: usize,
        b: usize,
        rule: Rule,
        priority: u8,
        out: &mut Vec<Candidate>,
    ) {
        emit(cx, a, b, Label::Person, rule, priority, out);
    }

    /// `Kementerian Luar Negeri Rusia`, `Badan Pusat Statistik`, `PT Pertamina (Persero)`,
    /// `Partai Keadilan Sejahtera`, `Universitas Gadjah Mada`: a head noun and the capitalised
    /// words after it, with `dan`/`untuk` inside, a trailing country or place as the last word.
    fn org_head(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        if !cx.cap(i) || !cx.is(i, ORG_HEAD) {
            return;
        }
        let n = cx.toks.len();
        // `Kantor Kejaksaan Agung`: a container noun before a known organization is not part of it
        if cx.is(i, ORG_CONTAINER) && matches!(cx.gaz_label(i + 1), Some((Label::Organization, _)))
        {
            return;
        }
        // public bodies take a trailing country or region into their name
        // (`Kementerian Luar Negeri Rusia`); companies do not (`PT Telkom Yogyakarta`)
        let takes_place = cx.is(i, PUBLIC_HEAD);
        let mut j = i + 1;
        let mut words = 0;
        while j < n && j - i <= MAX_ORG_WORDS && !cx.toks[j].newline_before {
            if let Some((l, e)) = cx.gaz_label(j) {
                match l {
                    Label::Country | Label::Location => {
                        if takes_place || words == 0 {
                            j = e;
                            words += 1;
                        }
                        break;
                    }
                    Label::Organization => {
                        // `Fraksi PKB`, `Dewan Pimpinan Pusat Partai Demokrat`: an organ of a
                        // known organization; the organization alone is the entity
                        if cx.is(i, SUB_BODY) || (i + 1..j).any(|k| cx.is(k, SUB_BODY)) {
                            return;
                        }
                        j = e;
                        words += 1;
                        // a complete known name ends the organization
                        if j < n && !matches!(cx.t(j), "Tbk" | "Tbk." | "Group" | "Grup") {
                            break;
                        }
                        continue;
                    }
                    Label::Person | Label::Date => break,
                }
            }
            if cx.cap(j) {
                if cx.is(j, GIVEN)
                    && cx.toks[j].shape == Shape::Title
                    && j + 1 < n
                    && cx.cap(j + 1)
                    && words > 0
                {
                    break; // a person's name starts
                }
                if cx.is(j, TITLES) && !cx.is(j, ROLE) && words > 0 {
                    break;
                }
                if cx.is(j, NOT_NAME) && !cx.is(j, ROLE) {
                    break;
                }
                j += 1;
                words += 1;
            } else if words > 0
                && matches!(
                    cx.bytes(j),
                    b"dan" | b"untuk" | b"urusan" | b"&" | b"of" | b"and" | b"bidang" | b"for"
                )
                && j + 1 < n
                && cx.toks[j + 1].shape == Shape::Title
                && !cx.is(j + 1, ORG_HEAD)
                && cx.gaz_label(j + 1).is_none()
            {
                // `Badan Pengawas Obat dan Makanan`, not `Dinas Pendidikan dan BAN PT`
                j += 1;
            } else {
                break;
            }
        }
        if words == 0 {
            return;
        }
        // (Persero), Tbk
        if cx.punct(j, '(')
            && j + 2 < n
            && cx.punct(j + 2, ')')
            && matches!(cx.t(j + 1), "Persero" | "persero")
        {
            j += 3;
        }
        if j < n && matches!(cx.t(j), "Tbk" | "Tbk.") {
            j += 1;
        }
        emit(
            cx,
            i,
            j,
            Label::Organization,
            Rule::OrganizationHead,
            55,
            out,
        );
    }

    /// `Kabupaten Bogor`, `Pulau Komodo`, `Gedung Sate`, `Jalan Sudirman`; `Provinsi Aceh`
    /// gives `Aceh` alone.
    fn place_head(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let t = cx.t(i);
        let n = cx.toks.len();
        if cx.toks[i].kind != Kind::Word || !cx.is(i, PLACE_HEAD) {
            return;
        }
        let head_cap = cx.cap(i);
        // `Pengamat Pasar Modal ...`: after a title the noun belongs to a role phrase
        if i > 0 && cx.toks[i - 1].kind == Kind::Word && cx.is(i - 1, TITLES) {
            return;
        }
        let mut j = i + 1;
        let mut words = 0;
        while j < n && words < 4 && cx.cap(j) && !cx.toks[j].newline_before {
            if let Some((l, e)) = cx.gaz_label(j) {
                // `Gedung DPR`, `Gedung BEI Medan`: a building named after its organization
                let building = l == Label::Organization && cx.is(i, BUILDING);
                if l == Label::Person || l == Label::Organization && !building {
                    break;
                }
                j = e;
                words += 1;
                continue;
            }
            if cx.is(j, NOT_NAME) || cx.is(j, ORG_HEAD) {
                break;
            }
            j += 1;
            words += 1;
        }
        if words == 0 {
            return;
        }
        // `Jalan Merdeka Barat No 6`, `Jalan Hayam Wuruk Nomor 30`
        if j + 1 < n
            && matches!(cx.t(j), "No" | "No." | "Nomor" | "no" | "nomor")
            && cx.toks[j + 1].kind == Kind::Number
        {
            j += 2;
        }
        if defines_acronym(cx, j) {
            return; // `Kawasan Konservasi Perairan Nasional (KKPN)`: a defined term
        }
        let mut buf = [0u8; 24];
        let outside =
            lower(t, &mut buf).is_some_and(|w| PLACE_HEADS_OUTSIDE.contains(&w)) || !head_cap;
        let a = if outside { i + 1 } else { i };
        emit(cx, a, j, Label::Location, Rule::PlaceHead, 45, out);
    }

    /// `di Jenewa`, `ke Kairo`: unknown capitalised words right after a preposition of place,
    /// when nothing else claims them, are probably a place (a weak candidate).
    fn place_preposition(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let n = cx.toks.len();
        if cx.toks[i].kind != Kind::Word
            || cx.toks[i].shape != Shape::Lower
            || !cx.is(i, PLACE_PREP)
        {
            return;
        }
        let mut j = i + 1;
        while j < n
            && j - i <= 3
            && cx.cap(j)
            && cx.toks[j].shape == Shape::Title
            && !cx.toks[j].newline_before
        {
            if !self.unknown_word(cx, j, GIVEN) {
                break;
            }
            j += 1;
        }
        if j > i + 1 {
            emit(
                cx,
                i + 1,
                j,
                Label::Location,
                Rule::PlacePreposition,
                20,
                out,
            );
        }
    }

    /// A word no list or rule knows: not claimed by the gazetteer, no digits, not in the
    /// not-a-name, head-noun, title or common-word lexicons. The weak rules
    /// (`place_preposition`, `capitalised_run`) build only on such words.
    /// `also`: more lists whose words count as known here.
    fn unknown_word(&self, cx: &Ctx, j: usize, also: u32) -> bool {
        let known = KNOWN | also;
        !(cx.is(j, known) || cx.at[j].covered() || cx.has_digit(j))
    }

    /// `... kata dia kepada Budi Santoso di ...`: a run of two to four unknown capitalised words
    /// inside a sentence, claimed by no list or rule, is most often a person's name in news
    /// (a weak candidate; every other rule wins over it).
    fn capitalised_run(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let n = cx.toks.len();
        if !run_may_start(cx.toks, &cx.at, i)
            || cx.at[i].headline()
            || i > 0 && joined_after(cx, i - 1)
        {
            return;
        }
        // the run of Title Case words (most are one word long, and end here)
        let mut j = i;
        while j < n
            && j - i < 5
            && (j == i || !cx.toks[j].newline_before)
            && cx.toks[j].kind == Kind::Word
            && cx.toks[j].shape == Shape::Title
        {
            j += 1;
        }
        if j - i < 2
            || j - i > 4
            || (j < n && cx.cap(j))
            || (i..j).any(|k| !self.unknown_word(cx, k, RUN_KNOWN))
            || defines_acronym(cx, j)
            || demonstrative_at(cx, j)
        {
            return;
        }
        emit(cx, i, j, Label::Person, Rule::CapitalisedRun, 10, out);
    }

    /// `Badan Urusan Logistik (Bulog)`, `Badan Pusat Statistik (BPS)`: an organization followed
    /// by its acronym or short name in parentheses makes one span with it. `opens`: the
    /// token before each live token that starts with `(`, with its end, in order (the
    /// organization's last token is one of these: found among them, a short list in cache,
    /// not by a search over all the tokens, whose every probe missed the cache; an
    /// organization's end is looked up there directly, as only whitespace lies between
    /// tokens).
    fn bind_acronyms(&self, cx: &Ctx, opens: &[(usize, usize)], out: &mut Vec<Candidate>) {
        if opens.is_empty() {
            return;
        }
        let mut extra = Vec::new();
        // the organizations come in a few runs ordered by start, nearly all ordered by end
        // too: `o` walks along `opens` (ordered by end), which is searched again only where
        // an end steps back (`opens[..o]` end before the last organization's end). Neither
        // the text after a name nor the tokens there, long out of the cache, are read unless
        // a `(` follows it (the test of the byte after each name that this replaces was a
        // wait on memory at most of the 9k organizations of a tag of news-id.txt).
        let mut o = 0;
        for c in out.iter().filter(|c| c.label == Label::Organization) {
            if o > 0 && opens[o - 1].0 >= c.end {
                o = opens.partition_point(|&(end, _)| end < c.end);
            }
            let behind = |o: usize| opens.get(o).is_some_and(|&(end, _)| end < c.end);
            // (one step at most, nearly always: without a branch)
            o += usize::from(behind(o));
            while behind(o) {
                o += 1;
            }
            let Some(&(_, k)) = opens.get(o).filter(|&&(end, _)| end == c.end) else {
                continue;
            };
            let Some((acr, known_org)) = acronym_after(cx, k) else {
                continue;
            };
            let (a, close) = (cx.t(acr), acr + 1);
            // an acronym binds when it is known or spells the name's initials (`Badan Pusat
            // Statistik (BPS)`); a stock ticker (`PT Indofood Sukses Makmur Tbk (INDF)`) is a
            // code of its own
            if known_org || is_subsequence(a, initials(&cx.text[c.start..c.end])) {
                extra.push(Candidate {
                    start: c.start,
                    end: cx.toks[close].end,
                    label: Label::Organization,
                    value: c.value,
                    source: c.source,
                    priority: c.priority.max(55),
                });
            } else {
                emit(
                    cx,
                    acr,
                    acr + 1,
                    Label::Organization,
                    Rule::Acronym,
                    50,
                    &mut extra,
                );
            }
        }
        out.extend(extra);
    }

    /// `Komisi Pemilihan Umum (KPU)`: an acronym in parentheses whose letters are the initials
    /// of the capitalised words before it makes one organization with them.
    #[inline(never)]
    fn acronym(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let n = cx.toks.len();
        if !cx.punct(i, '(') || i + 2 >= n || !cx.punct(i + 2, ')') {
            return;
        }
        let acr = cx.t(i + 1);
        if cx.toks[i + 1].shape != Shape::Upper || acr.len() < 2 || acr.len() > 10 {
            return;
        }
        // gather the capitalised words before `(`, allowing lower-case connectives
        // (the acronym has at most ten letters, the name at most twelve words)
        let mut letters = ['\0'; 10];
        let mut n_letters = 0;
        for c in acr.chars().filter(|c| c.is_alphabetic()) {
            letters[n_letters] = c;
            n_letters += 1;
        }
        let letters = &letters[..n_letters];
        let mut a = i;
        let mut n_initials = 0;
        let mut k = i;
        while k > 0 && i - k < 12 {
            let p = k - 1;
            if cx.cap(p) {
                if let Some(c) = cx.t(p).chars().next() {
                    // the initials come right to left: this one must be the letter
                    // `n_initials` from the acronym's end, or the name never spells it
                    if n_initials == n_letters
                        || !same_letter(c, letters[n_letters - 1 - n_initials])
                    {
                        return;
                    }
                    n_initials += 1;
                }
                a = p;
            } else if !(cx.toks[p].kind == Kind::Word
                && matches!(
                    cx.bytes(p),
                    b"dan" | b"untuk" | b"dari" | b"dengan" | b"urusan" | b"bagi"
                ))
            {
                break;
            }
            k = p;
            if n_initials == n_letters {
                // the whole name, acronym included
                if matches!(cx.gaz_label(a), Some((Label::Country | Label::Person, e)) if e == i) {
                    return;
                }
                // `Sumber Daya Manusia (SDM)` is a concept: the name needs a word that
                // makes it an organization
                if !(a..i).any(|k| cx.is(k, ORG_HEAD) || cx.is(k, ORG_WORD)) {
                    return;
                }
                emit(cx, a, i + 3, Label::Organization, Rule::Acronym, 60, out);
                return;
            }
        }
    }

    /// `REPUBLIKA.CO.ID`, `KOMPAS.com`: a news site's domain is an organization.
    fn domain(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let t = cx.t(i);
        if cx.toks[i].kind != Kind::Word || !t.contains('.') || t.ends_with('.') {
            return;
        }
        if t.split('.').count() >= 2 && t.chars().next().is_some_and(char::is_alphabetic) {
            emit(cx, i, i + 1, Label::Organization, Rule::Domain, 50, out);
        }
    }

    /// `JAKARTA, KOMPAS.com -` and `REPUBLIKA.CO.ID, MOSKOW -`: the ALL-CAPS place of a
    /// dateline at the start of a line.
    fn dateline(&self, cx: &Ctx, i: usize, out: &mut Vec<Candidate>) {
        let n = cx.toks.len();
        let tok = &cx.toks[i];
        // (the first test `Rules::apply` makes too, through `no_rule_at`)
        if tok.shape != Shape::Upper || tok.kind != Kind::Word || !dateline_may_start(cx.toks, i) {
            return;
        }
        let line_start = tok.newline_before || i == 0;
        let after_domain = i >= 2
            && cx.punct(i - 1, ',')
            && cx.t(i - 2).contains('.')
            && (cx.toks[i - 2].newline_before || i == 2);
        if !line_start && !after_domain {
            return;
        }
        let mut j = i;
        while j < n
            && j - i < 3
            && cx.toks[j].shape == Shape::Upper
            && cx.toks[j].kind == Kind::Word
            && !cx.t(j).contains('.')
        {
            j += 1;
        }
        let dash = |k: usize| cx.punct(k, '-') || cx.punct(k, '–') || cx.punct(k, '—');
        let ok = (after_domain && dash(j))
            || (line_start && cx.punct(j, ',') && j + 1 < n && cx.t(j + 1).contains('.'));
        if ok && j > i {
            emit(cx, i, j, Label::Location, Rule::Dateline, 45, out);
        }
    }
}

/// A line of tokens being read for [`Line::mark`]: where it starts, and how many of its
/// words of more than three bytes are capitalised (the pass counts those, on its path for
/// capitalised words; `mark` counts all the words only on the rare line that needs them).
#[derive(Debug, Default)]
struct Line {
    start: usize,
    caps: usize,
}

impl Line {
    /// Counts `word` if it is capitalised (`cap`) and longer than three bytes.
    #[inline(always)]
    fn count(&mut self, word: &[u8], cap: bool) {
        self.caps += usize::from(cap && word.len() > 3);
    }

    /// Marks the tokens of the line (ending before token `end`) if it is a headline: at least
    /// three words of more than three bytes, most of them (three in four) capitalised, with
    /// no sentence-final period — `Negosiasi Keamanan Rusia-AS akan Digelar 10 Januari di
    /// Jenewa`. There a capital is no evidence.
    fn mark(&self, text: &str, toks: &[Token], end: usize, out: &mut [At]) {
        // three words, three in four capitalised: three capitalised at least
        if end == self.start || self.caps < 3 {
            return;
        }
        let ends_sentence = toks[end - 1].kind == Kind::Punct
            && matches!(toks[end - 1].text(text), "." | "!" | "?" | "\"" | "”");
        if ends_sentence {
            return;
        }
        // the words (capitalised or not), up to the most that `caps` is three in four of
        // (`words * 3 <= caps * 4`): a line of prose is left after a few. Counted without a
        // branch on each token (whether it is a word of four bytes or more is a toss-up to
        // the branch predictor), sixteen tokens at a time: the count only grows, so it is
        // over the most after some token if and only if it is at the end of its sixteen.
        let most = self.caps * 4 / 3;
        let mut words = 0;
        for some in toks[self.start..end].chunks(16) {
            words += some
                .iter()
                .filter(|t| (t.kind == Kind::Word) & (t.end - t.start > 3))
                .count();
            if words > most {
                return;
            }
        }
        for a in &mut out[self.start..end] {
            a.bits |= HEADLINE;
        }
    }
}

/// `gelandang Inter itu`: a demonstrative right after a would-be name shows a role's
/// complement (team, institution), not a name.
fn demonstrative_at(cx: &Ctx, e: usize) -> bool {
    e < cx.toks.len() && matches!(cx.bytes(e), b"itu" | b"tersebut" | b"ini")
}

/// Can [`Rules::capitalised_run`] start at token `i`, as far as the token, its neighbours and
/// the flags of the token before it and its own tell (`at` holds those of tokens `..=i`)?
/// Only at a Title Case word inside a sentence, not after a capitalised word or a cue of
/// something else than a person (`tim`, `album`), that no word list the run excludes knows,
/// and followed on its line by another Title Case word (a run has two words at least; most
/// capitalised words stand alone). The rule asks this first, and `Rules::apply` before
/// calling it for the many Title Case words only it may start from.
///
/// All the tests are made, without a branch on each (the token's neighbours are read as the
/// token itself at either end of the text): each of them is a toss-up to the branch
/// predictor, their conjunction is false for most words that reach it (4k of 58k per tag of
/// news-id.txt).
#[inline(always)]
fn run_may_start(toks: &[Token], at: &[At], i: usize) -> bool {
    let tok = &toks[i];
    let (before, after) = (i.saturating_sub(1), (i + 1).min(toks.len() - 1));
    let next = &toks[after];
    // (the cues of the token before, if there is one)
    let cues = (CAP | NON_PERSON_CUE) & 0u32.wrapping_sub(u32::from(i > 0));
    // every test is a value that is 0 where it passes, or'ed (a word is `Kind::Word` = 0,
    // Title Case `Shape::Title` = 0): `&` of the tests as booleans was compiled into a
    // branch on each again
    let fails = tok.kind as u32
        | tok.shape as u32
        | u32::from(tok.sentence_start)
        | at[i].flags & RUN_KNOWN
        | at[before].flags & cues
        | u32::from(after == i)
        | next.kind as u32
        | next.shape as u32
        | u32::from(next.newline_before);
    fails == 0
}

// (`run_may_start` reads a word and Title Case as the value 0)
const _: () = assert!(Kind::Word as u32 == 0 && Shape::Title as u32 == 0);

/// Can [`Rules::dateline`] start at token `i`, an ALL-CAPS word, as far as the token and the
/// kind of the one before it tell? Only at a word of three bytes or more at the start of a
/// line, or after punctuation (the `,` after a domain).
#[inline(always)]
fn dateline_may_start(toks: &[Token], i: usize) -> bool {
    let tok = &toks[i];
    tok.end - tok.start >= 3 && (tok.newline_before || i == 0 || toks[i - 1].kind == Kind::Punct)
}

/// Does punctuation token `p` join the word after it to something before it: a quote
/// (`"`, `'`, `“`), `&`, or a hyphen glued to the word (`Rusia-Ukraina`)?
fn joined_after(cx: &Ctx, p: usize) -> bool {
    cx.toks[p].kind == Kind::Punct
        && match cx.bytes(p) {
            b"-" => cx.glued(p + 1),
            b"\"" | b"'" | b"&" => true,
            b => b == "“".as_bytes(),
        }
}

/// Does `w` hold an ASCII digit?
#[inline]
fn has_digit(w: &[u8]) -> bool {
    w.iter().any(u8::is_ascii_digit)
}

/// Adds a rule candidate over tokens `a..b`.
fn emit(
    cx: &Ctx,
    a: usize,
    b: usize,
    label: Label,
    rule: Rule,
    priority: u8,
    out: &mut Vec<Candidate>,
) {
    let (start, end) = cx.span(a, b);
    out.push(Candidate {
        start,
        end,
        label,
        value: None,
        source: Origin::Rule(rule),
        priority,
    });
}

/// Is token `j` the start of a parenthesised acronym, `( KKPN )`?
fn defines_acronym(cx: &Ctx, j: usize) -> bool {
    cx.punct(j, '(')
        && cx.punct(j + 2, ')')
        && cx.toks[j + 1].shape == Shape::Upper
        && cx.toks[j + 1].kind == Kind::Word
}

/// Is token `k` followed by an acronym or short name in parentheses, `( BPS )`: an ALL-CAPS
/// word of 2 to 12 bytes or an organization's name the gazetteer knows? Returns the acronym's
/// token and whether it is a known organization.
fn acronym_after(cx: &Ctx, k: usize) -> Option<(usize, bool)> {
    let (open, acr, close) = (k + 1, k + 2, k + 3);
    if close >= cx.toks.len() || !cx.punct(open, '(') || !cx.punct(close, ')') {
        return None;
    }
    let known_org = matches!(cx.gaz_label(acr), Some((Label::Organization, e)) if e == acr + 1);
    let a = &cx.toks[acr];
    let upper =
        a.kind == Kind::Word && a.shape == Shape::Upper && (2..=12).contains(&(a.end - a.start));
    (upper || known_org).then_some((acr, known_org))
}

/// The capital initials of the words of `name`, a word being a run of alphanumeric characters.
fn initials(name: &str) -> impl Iterator<Item = char> + '_ {
    let mut in_word = false;
    name.chars().filter(move |c| {
        let starts = c.is_alphanumeric() && !in_word;
        in_word = c.is_alphanumeric();
        starts && c.is_uppercase()
    })
}

/// Are the letters of `acronym` (ignoring case) a subsequence of `initials`?
fn is_subsequence(acronym: &str, mut initials: impl Iterator<Item = char>) -> bool {
    let it = &mut initials;
    acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(|a| it.any(|i| same_letter(i, a)))
}

/// Are `a` and `b` the same letter but for case?
fn same_letter(a: char, b: char) -> bool {
    if a.is_ascii() && b.is_ascii() {
        a.eq_ignore_ascii_case(&b)
    } else {
        // (`ı` and `I` are too)
        a.to_uppercase().eq(b.to_uppercase())
    }
}

/// The rules' helpers against the plain forms they replace.
#[cfg(test)]
mod helpers {
    use super::*;
    use crate::token::tokenize;

    /// A context for `toks` with no flags nor names, its capitalised words marked as the
    /// tagger's pass marks them.
    /// [`ctx`] with each token's lexicon flags from `rules`.
    fn flagged_ctx<'t>(rules: &Rules, text: &'t str, toks: &'t [Token]) -> Ctx<'t> {
        let mut cx = ctx(text, toks);
        for (a, t) in cx.at.iter_mut().zip(toks) {
            a.flags |= rules.flags(t.text(text));
        }
        cx
    }

    fn ctx<'t>(text: &'t str, toks: &'t [Token]) -> Ctx<'t> {
        let at = toks
            .iter()
            .map(|t| At {
                flags: if t.kind == Kind::Word && t.is_capitalized(text) {
                    CAP
                } else {
                    0
                },
                ..At::NONE
            })
            .collect();
        Ctx {
            lower_doc: false,
            text,
            toks,
            at,
        }
    }

    #[test]
    fn acronym_spells_the_initials_right_to_left_with_connectives() {
        let rules = Rules::new("", "");
        let found = |text: &str| {
            let toks = tokenize(text);
            let cx = flagged_ctx(&rules, text, &toks);
            let open = toks.iter().position(|t| t.text(text) == "(").unwrap();
            let mut out = Vec::new();
            rules.acronym(&cx, open, &mut out);
            out.iter()
                .map(|c| text[c.start..c.end].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found("Kata Komisi Pemilihan Umum (KPU) hari ini"),
            ["Komisi Pemilihan Umum (KPU)"]
        );
        assert_eq!(
            found("oleh Badan Urusan Logistik (BUL)"),
            ["Badan Urusan Logistik (BUL)"]
        );
        // a lower-case connective inside, and letters that are not ASCII
        assert_eq!(
            found("Kementerian Energi dan Sumber Daya Mineral (KESDM)"),
            ["Kementerian Energi dan Sumber Daya Mineral (KESDM)"]
        );
        assert_eq!(
            found("Badan Ékonomi Kreatif (BÉK)"),
            ["Badan Ékonomi Kreatif (BÉK)"]
        );
        // a capital that is not the next letter from the end, or one word too many, spells
        // nothing (even if the words before would)
        assert!(found("Komisi Pemilihan Umum Daerah (KPU)").is_empty());
        assert!(found("Komisi Pemilihan Umum (KPUD)").is_empty());
        assert!(found("Komisi Pemilihan Raya Umum (KPU)").is_empty());
        assert!(found("Sumber Daya Manusia (SDM)").is_empty());
    }

    #[test]
    fn bind_acronyms_finds_the_open_after_each_organization_in_any_order() {
        let rules = Rules::new("", "");
        // (a no-break space before the second `(`)
        let text = "Badan Pusat Statistik (BPS) dan Komisi Pemilihan Umum\u{a0}(KPU) serta \
                    Bank Dunia (WB), Kantor Pos (X1) dan Dewan Pers";
        let toks = tokenize(text);
        let cx = flagged_ctx(&rules, text, &toks);
        let opens: Vec<(usize, usize)> = (1..toks.len())
            .filter(|&i| cx.punct(i, '('))
            .map(|i| (toks[i - 1].end, i - 1))
            .collect();
        let org = |name: &str| {
            let start = text.find(name).unwrap();
            Candidate {
                start,
                end: start + name.len(),
                label: Label::Organization,
                value: None,
                source: Origin::Rule(Rule::OrganizationHead),
                priority: 40,
            }
        };
        // the ends step back twice, and two end where no `(` follows; an acronym binds to
        // the name it spells, else stands alone
        let mut out = [
            "Komisi Pemilihan Umum",
            "Dewan Pers",
            "Badan Pusat Statistik",
            "Pusat",
            "Bank Dunia",
            "Kantor Pos",
        ]
        .map(org)
        .to_vec();
        rules.bind_acronyms(&cx, &opens, &mut out);
        let bound: Vec<(&str, u8)> = out[6..]
            .iter()
            .map(|c| (&text[c.start..c.end], c.priority))
            .collect();
        assert_eq!(
            bound,
            [
                ("Komisi Pemilihan Umum\u{a0}(KPU)", 55),
                ("Badan Pusat Statistik (BPS)", 55),
                ("WB", 50),
                ("X1", 50),
            ]
        );
        // no organization, no `(`: nothing bound
        let mut out = vec![org("Bank Dunia")];
        rules.bind_acronyms(&cx, &[], &mut out);
        assert_eq!(out.len(), 1);
    }

    #[test]
    fn same_letter_ignores_case_only() {
        assert!(same_letter('a', 'A'));
        assert!(same_letter('K', 'k'));
        assert!(same_letter('É', 'é'));
        assert!(same_letter('ı', 'I'));
        assert!(!same_letter('a', 'b'));
        assert!(!same_letter('é', 'e'));
        assert!(!same_letter('1', 'a'));
    }

    #[test]
    fn initials_are_the_capitals_starting_words() {
        for name in [
            "Badan Pusat Statistik",
            "PT Indofood Sukses Makmur Tbk",
            "Lingkaran Survei-Nusantara",
            "Ikatan Dokter  Indonesia (Pusat)",
            "Émile Zola 2Go x9Y",
            "Ärzte ohne Grenzen",
            "a.B.c D'E",
            "",
            " -- ",
        ] {
            let want: Vec<char> = name
                .split(|ch: char| !ch.is_alphanumeric())
                .filter_map(|w| w.chars().next())
                .filter(|ch| ch.is_uppercase())
                .collect();
            assert_eq!(initials(name).collect::<Vec<_>>(), want, "{name:?}");
        }
        assert!(is_subsequence("BPS", initials("Badan Pusat Statistik")));
        assert!(!is_subsequence(
            "INDF",
            initials("PT Indofood Sukses Makmur Tbk")
        ));
    }

    #[test]
    fn joined_after_is_a_quote_an_ampersand_or_a_glued_hyphen() {
        let text = "A \"B 'C “D &E -F - G-H ”I (J) K—L ' M";
        let toks = tokenize(text);
        let cx = ctx(text, &toks);
        let mut seen = 0;
        for p in 0..toks.len() - 1 {
            let want = cx.punct(p, '-') && cx.glued(p + 1)
                || cx.punct(p, '"')
                || cx.punct(p, '\'')
                || cx.punct(p, '“')
                || cx.punct(p, '&');
            assert_eq!(joined_after(&cx, p), want, "{:?}", cx.t(p));
            seen += usize::from(want);
        }
        // `"`, `'` twice, `“` and two glued hyphens (`&` is a symbol token, no punctuation)
        assert_eq!(seen, 6);
    }

    #[test]
    fn run_may_start_is_the_capitalised_runs_first_test() {
        let rules = Rules::new("", "");
        let text = "Kata Budi Santoso kepada tim Garuda Muda di \"Jakarta Raya\" dan Kota Lama. Ia \
                    menemui Presiden Joko Widodo di SD Negeri, lalu Andi Wirawan pergi; Émile Zola \
                    dan Zola, Rina\nSari dan Eka Putri dan Putra";
        let toks = tokenize(text);
        let cx = flagged_ctx(&rules, text, &toks);
        let mut starts = Vec::new();
        for i in 0..toks.len() {
            let t = &toks[i];
            let want = t.kind == Kind::Word
                && t.shape == Shape::Title
                && !t.sentence_start
                && !(i > 0 && (cx.cap(i - 1) || cx.is(i - 1, NON_PERSON_CUE)))
                && !cx.is(
                    i,
                    NOT_NAME | ORG_HEAD | PLACE_HEAD | TITLES | COMMON | ROLE | ENGLISH,
                )
                && i + 1 < toks.len()
                && toks[i + 1].kind == Kind::Word
                && toks[i + 1].shape == Shape::Title
                && !toks[i + 1].newline_before;
            assert_eq!(run_may_start(&toks, &cx.at, i), want, "{:?}", cx.t(i));
            if want {
                starts.push(cx.t(i));
            }
        }
        // not after `Kata`, `tim`, `Presiden` or `SD`, nor at a title, a sentence start, a
        // word alone (`Zola`), the last word of a line (`Rina`) or of the text (`Putra`)
        assert_eq!(starts, ["Jakarta", "Andi", "Émile", "Eka"]);
    }

    #[test]
    fn at_keeps_a_start_and_its_marks_apart() {
        for (n, label) in Label::ALL.into_iter().enumerate() {
            let mut a = At::NONE;
            assert_eq!(
                (a.start(), a.covered(), a.headline(), a.person()),
                (None, false, false, false)
            );
            a.bits |= HEADLINE;
            let end = END as usize - n;
            a.set_start(end, label);
            a.bits |= COVERED;
            assert_eq!(a.start(), Some((label, end)));
            assert_eq!(a.person(), label == Label::Person);
            // a longer start keeps the marks
            a.set_start(end + n, Label::Date);
            assert_eq!(
                (a.start(), a.covered(), a.headline()),
                (Some((Label::Date, end + n)), true, true)
            );
        }
    }

    #[test]
    fn no_rule_starts_where_no_rule_at_says_none_does() {
        let rules = Rules::new("Budi\nAndi", "");
        let text = "JAKARTA, KOMPAS.com - Kata Budi Santoso kepada tim Garuda Muda di Kota Lama \
                    bersama KPK dan iPhone. Menurut Presiden Joko Widodo, Badan Pusat Statistik \
                    (BPS) dan PT ABC Tbk di MOSKOW bertemu Andi Wirawan.\nREPUBLIKA.CO.ID, \
                    SOLO - Ia di Bank Indonesia (BI) kata Rina Sari";
        let toks = tokenize(text);
        let mut cx = flagged_ctx(&rules, text, &toks);
        // a person's name found at `Budi` and a place at `Jakarta`
        let at = |w: &str| toks.iter().position(|t| t.text(text) == w).unwrap();
        cx.at[at("Budi")].set_start(at("Santoso") + 1, Label::Person);
        cx.at[at("JAKARTA")].set_start(1, Label::Location);
        let mut passed = Vec::new();
        for i in 0..toks.len() {
            if !rules.no_rule_at(&toks, &cx.at, i) {
                continue;
            }
            passed.push(cx.t(i));
            let mut out = Vec::new();
            type RuleFn = fn(&Rules, &Ctx, usize, &mut Vec<Candidate>);
            let every_rule: [RuleFn; 12] = [
                Rules::title_person,
                Rules::speech_person,
                Rules::given_name_person,
                Rules::person_extend,
                Rules::cited_source,
                Rules::org_head,
                Rules::place_head,
                Rules::place_preposition,
                Rules::capitalised_run,
                Rules::acronym,
                Rules::domain,
                Rules::dateline,
            ];
            for rule in every_rule {
                rule(&rules, &cx, i, &mut out);
            }
            assert!(out.is_empty(), "{:?}: {out:?}", cx.t(i));
        }
        for w in ["KPK", "iPhone", "MOSKOW", "Garuda", "ABC", "BI"] {
            assert!(passed.contains(&w), "{w}");
        }
        // a dateline may start at `JAKARTA` and `SOLO`, a run at `Andi` and `Rina`, rules at
        // the listed words and a name of a person at `Budi`
        for w in [
            "JAKARTA", "SOLO", "Andi", "Rina", "Kata", "Presiden", "Badan", "Bank", "di", "Budi",
        ] {
            assert!(!passed.contains(&w), "{w}");
        }
    }

    #[test]
    fn name_from_asks_name_run_only_at_capitalised_words() {
        let rules = Rules::new("", "");
        let text = "kata Budi Santoso kepada Al-Mansur bin Salim, M. Nuh dan Hye-kyo di Jakarta";
        let toks = tokenize(text);
        let cx = ctx(text, &toks);
        for i in 0..toks.len() {
            assert_eq!(
                rules.name_from(&cx, i),
                rules.name_run(&cx, i),
                "{:?}",
                cx.t(i)
            );
        }
        assert_eq!(rules.name_from(&cx, toks.len()), toks.len());
        assert_eq!(rules.name_from(&cx, 0), 0);
        assert_eq!(rules.name_from(&cx, 1), 3);
    }

    #[test]
    fn field_nouns_are_the_plain_words_of_the_list() {
        let rules = Rules::new("", "");
        for w in [
            "bidang",
            "Bidang",
            "BAGIAN",
            "seksi",
            "SE\u{212A}SI",
            "unit",
            "units",
            "bidan",
            "Urusan",
            "direktorat",
            "direktorat.",
            "kepala",
        ] {
            let plain = w.bytes().all(|b| b.is_ascii_alphanumeric());
            let want = FIELD_NOUNS.iter().any(|o| w.eq_ignore_ascii_case(o));
            assert_eq!(rules.flags(w) & FIELD != 0 && plain, want, "{w:?}");
        }
    }

    #[test]
    fn flags_of_words_that_are_not_ascii_are_those_of_their_lower_case() {
        let long = "ä".repeat(40);
        let given = format!("émile\nοδος\nσοφια\n{long}\n");
        let rules = Rules::new(&given, "");
        for (w, known) in [
            ("ÉMILE", true),
            ("Émile", true),
            ("émile", true),
            ("ΟΔΟΣ", true), // a final sigma lower-cases to `ς`: `οδος`
            ("ΣΟΦΙΑ", true),
            ("Σοφια", true),
            (&long.to_uppercase(), true),
            ("Ma’ruf", false),
            ("DİREKTUR", false),
            ("", false),
        ] {
            let want = rules.lexicon.get(w.to_lowercase().as_bytes()).unwrap_or(0);
            assert_eq!(rules.flags(w), want, "{w:?}");
            assert_eq!(want & GIVEN != 0, known, "{w:?}");
        }
    }

    #[test]
    fn the_word_maps_have_perfect_tables_of_their_plain_words() {
        // (`Front::push` looks up every plain word there: `plain_value`, which must give what
        // the slots' lookup with its exact comparison gives, of every word of the word lists
        // and the lexicon and of near-misses: a byte less or more, another last byte, and
        // longer words of the same first bytes, past the perfect table's 12 bytes and past
        // the key's 16)
        let rules = Rules::new(
            crate::gazetteer::GIVEN_NAMES,
            crate::gazetteer::COMMON_WORDS,
        );
        for map in [&rules.lexicon, &rules.lists] {
            assert!(map.has_perfect());
            let mut checked = 0;
            for w in map.plain_words() {
                let w = std::str::from_utf8(w).expect("ASCII");
                let last = w.len() - 1;
                let mut variants = vec![
                    w.to_string(),
                    w.to_uppercase(),
                    w[..last].to_string(),
                    format!("{w}x"),
                    format!("{w}0"),
                    format!("{}q", &w[..last]),
                    format!("{}9", &w[..last]),
                    w.repeat(2),
                ];
                variants.extend([11, 12, 13, 16, 17, 20].map(|n| format!("{w:a<n$}")));
                for v in variants.iter().filter(|v| !v.is_empty()) {
                    let b = v.as_bytes();
                    let want = map.get(b).unwrap_or(0);
                    assert_eq!(map.plain_value(b, Key::of(b)), want, "{w} {v}");
                    checked += usize::from(want != 0);
                }
            }
            assert!(checked > 1000, "{checked}");
        }
    }

    #[test]
    fn has_digit_finds_ascii_digits_only() {
        let at = |w: &str| has_digit(w.as_bytes());
        assert!(at("Covid19"));
        assert!(at("0"));
        assert!(!at("Jakarta"));
        assert!(!at("Ⅻ١"));
        assert!(!at(""));
    }

    #[test]
    fn push_marks_the_capitalised_words() {
        let rules = Rules::new("", "");
        let text =
            "iPhone McDonald KPK Jakarta kata \u{c9}mile \u{e9}clair 12 (x) Ma\u{2019}ruf eBay-Nya";
        let toks = tokenize(text);
        let mut front = Front::with_capacity(toks.len());
        for (k, t) in toks.iter().enumerate() {
            let word = &text.as_bytes()[t.start..t.end];
            let key = if t.plain {
                Key::of(word)
            } else {
                Key::default()
            };
            let cap = t.kind == Kind::Word && t.is_capitalized(text);
            let flags = if t.plain {
                rules.plain_flags(t, word, key, true)
            } else {
                0
            };
            let read = Read { k, t, word, flags };
            front.push(&rules, text, &toks, read, cap);
        }
        let front = front.finish(text, &toks);
        let caps: Vec<&str> = (0..toks.len())
            .filter(|&k| front.at[k].flags & CAP != 0)
            .map(|k| toks[k].text(text))
            .collect();
        let want: Vec<&str> = toks
            .iter()
            .filter(|t| t.kind == Kind::Word && t.is_capitalized(text))
            .map(|t| t.text(text))
            .collect();
        assert_eq!(caps, want);
        assert!(
            caps.contains(&"McDonald") && !caps.contains(&"iPhone"),
            "{caps:?}"
        );
    }

    #[test]
    fn line_marks_headlines_as_counting_every_word_would() {
        // the rule: three words of more than three bytes at least, three in four of them
        // capitalised, and no sentence end last
        let reference = |text: &str, toks: &[Token]| {
            let words = toks
                .iter()
                .filter(|t| t.kind == Kind::Word && t.end - t.start > 3);
            let caps = words.clone().filter(|t| t.is_capitalized(text)).count();
            let words = words.count();
            let last = toks.last().map_or("", |t| t.text(text));
            words >= 3 && caps * 4 >= words * 3 && !matches!(last, "." | "!" | "?" | "\"" | "”")
        };
        let parts = [
            "Harga", "Cabai", "naik", "Rawit", "di", "melonjak", "Jenewa", "KPK", "iPhone",
        ];
        let ends = ["", ".", "!", ":", "\"", ")"];
        let mut marked = 0;
        for n in 0..400usize {
            // a line of up to eight of the parts, picked by the digits of `n` in base 9, one to
            // five times over (up to 40 words: `mark` counts them sixteen tokens at a time)
            let mut words = Vec::new();
            let mut m = n * 7 + 3;
            while m > 0 && words.len() < 8 {
                words.push(parts[m % parts.len()]);
                m /= parts.len();
            }
            let words = words.repeat(1 + n % 5);
            let text = format!("{}{}", words.join(" "), ends[n % ends.len()]);
            let toks = tokenize(&text);
            let mut line = Line::default();
            for t in &toks {
                let word = &text.as_bytes()[t.start..t.end];
                line.count(word, t.kind == Kind::Word && t.is_capitalized(&text));
            }
            let mut at = vec![At::NONE; toks.len()];
            line.mark(&text, &toks, toks.len(), &mut at);
            let want = reference(&text, &toks) && !toks.is_empty();
            assert!(at.iter().all(|a| a.headline() == want), "{text:?}");
            marked += usize::from(want);
        }
        assert!((20..380).contains(&marked), "{marked}");
    }

    #[test]
    fn spans_finds_starts_with_any_hints() {
        let text = "Pada Senin (5/1) lalu, 12 Januari 2022 dan pekan depan; akhir Maret 2023 juga.";
        let toks = tokenize(text);
        let n = toks.len();
        // spans at token starts, inside a token, ending inside a token, ending before the
        // token they start at, and past the last token
        let mut cands: Vec<(usize, usize, Label)> = Vec::new();
        for (k, t) in toks.iter().enumerate() {
            if k % 3 == 0 {
                cands.push((t.start, toks[(k + 2).min(n - 1)].end, Label::Date));
            } else if k % 3 == 1 && t.end - t.start > 1 {
                cands.push((t.start + 1, t.end, Label::Date));
            } else if k % 5 == 2 {
                cands.push((t.start, t.start, Label::Date));
                cands.push((t.end + 1, t.end + 2, Label::Date));
            }
        }
        cands.push((text.len() + 1, text.len() + 3, Label::Date));
        // (sorted by start, as the dates are)
        cands.sort_by_key(|c| c.0);
        cands.dedup_by_key(|c| c.0);
        // what each start's first token at or after it records, the tokens scanned one by one
        let mut want = Front::with_capacity(n);
        for &(start, end, label) in &cands {
            if let Some(k) = toks.iter().position(|t| t.start >= start) {
                want.span(&toks, k, start, end, label);
            }
        }
        let record = |f: &Front| -> Vec<(usize, Label, bool)> {
            f.at.iter()
                .map(|g| (g.end(), g.label(), g.covered()))
                .collect()
        };
        let picked = |keep: &dyn Fn(usize) -> bool| -> Vec<Picked> {
            (0..n)
                .filter(|&k| keep(k))
                .map(|k| Picked::new(k, &toks[k]))
                .collect()
        };
        let hint_sets: [Vec<Picked>; 4] = [
            vec![],
            picked(&|_| true),
            picked(&|k| k % 4 == 1),
            picked(&|k| k % 3 == 0 || k % 7 == 2),
        ];
        for hints in &hint_sets {
            let mut got = Front::with_capacity(n);
            got.spans(&toks, hints, cands.iter().copied());
            assert_eq!(record(&got), record(&want), "{hints:?}");
        }
        assert!(record(&want).iter().any(|r| r.0 > 0));
    }
}

/// Every rule's examples, run through the whole tagger: `(text, [(entity text, label)])`
/// lists exactly the entities expected (all of them, in order).
#[cfg(test)]
mod examples {
    use crate::{Label, Tagger};
    use std::sync::OnceLock;

    fn tagger() -> &'static Tagger {
        static T: OnceLock<Tagger> = OnceLock::new();
        T.get_or_init(Tagger::new)
    }

    use Label::{Country as C, Date as D, Location as L, Organization as O, Person as P};

    const EXAMPLES: &[(&str, &[(&str, Label)])] = &[
        // no name runs across a line break
        (
            "Red: Christiyaningsih\nPerundingan Rusia digelar.",
            &[("Christiyaningsih", P), ("Rusia", C)],
        ),
        // title_person: the title and its role phrase stay outside
        (
            "Wakil Menteri Luar Negeri Sergey Ryabkov tiba.",
            &[("Sergey Ryabkov", P)],
        ),
        (
            "Presiden AS Joe Biden berbicara.",
            &[("AS", C), ("Joe Biden", P)],
        ),
        (
            "Direktur Utama Telkom, Arwin Rasyid, hadir.",
            &[("Telkom", O), ("Arwin Rasyid", P)],
        ),
        ("Red: Christiyaningsih", &[("Christiyaningsih", P)]),
        (
            "Pengamat Pasar Modal Dandossi Matram menilai pasar lesu.",
            &[("Dandossi Matram", P)],
        ),
        (
            "Ketua Umum PKB Muhaimin Iskandar hadir.",
            &[("PKB", O), ("Muhaimin Iskandar", P)],
        ),
        // speech_person
        ("\"Kami siap,\" kata Eva.", &[("Eva", P)]),
        ("\"Itu benar,\" ujar jubir Zakharova.", &[("Zakharova", P)]),
        (
            "Budi Santoso mengatakan harga naik.",
            &[("Budi Santoso", P)],
        ),
        (
            "\"itu benar , \" kata yesmil , saat dihubungi .",
            &[("yesmil", P)],
        ),
        // given_name_person
        (
            "Pertemuan itu dihadiri Wendy Sherman dan pejabat lain.",
            &[("Wendy Sherman", P)],
        ),
        ("Daniel menambahkan bahwa harga naik.", &[("Daniel", P)]),
        (
            "Kepala Biro Penmas Polri Brigjen Agus Riyanto menjelaskan.",
            &[("Biro Penmas Polri", O), ("Agus Riyanto", P)],
        ),
        ("Ia adalah Ketua Bidang Ketenagakerjaan partai itu.", &[]),
        (
            "Aktris Song Hye-kyo tiba. Jokowi-nya hadir.",
            &[("Song Hye-kyo", P), ("Jokowi", P)],
        ),
        // person_extend
        (
            "Sejak itu Soegeng Rahardjo bertekad maju.",
            &[("Soegeng Rahardjo", P)],
        ),
        // capitalised_run: unknown names inside a sentence; defined terms are not names
        (
            "Ia bertemu dengan Dandi Wirawan di kantor.",
            &[("Dandi Wirawan", P)],
        ),
        ("Harga Bahan Bakar Minyak (BBM) naik.", &[]),
        ("Penjualan produk Flexi Combo dan Galaxy Tab naik.", &[]),
        (
            "Ia hadir di ajang Mobile World Congress kemarin.",
            &[("kemarin", D)],
        ),
        // org_head
        (
            "Kementerian Luar Negeri Rusia menerbitkan teks.",
            &[("Kementerian Luar Negeri Rusia", O)],
        ),
        (
            "Badan Pengawas Obat dan Makanan menarik produk itu.",
            &[("Badan Pengawas Obat dan Makanan", O)],
        ),
        (
            "Saham PT Sinar Jaya Abadi Tbk naik.",
            &[("PT Sinar Jaya Abadi Tbk", O)],
        ),
        (
            "Manajer PT Telkom Yogyakarta datang.",
            &[("PT Telkom", O), ("Yogyakarta", L)],
        ),
        (
            "Ia ke Kantor Kejaksaan Agung kemarin.",
            &[("Kejaksaan Agung", O), ("kemarin", D)],
        ),
        // acronym and bind_acronyms
        (
            "Komisi Pemilihan Umum (KPU) menetapkan hasil. KPU lalu rapat.",
            &[("Komisi Pemilihan Umum (KPU)", O), ("KPU", O)],
        ),
        (
            "Survei Lingkaran Survei Nusantara (LSN) dirilis.",
            &[("Lingkaran Survei Nusantara (LSN)", O)],
        ),
        ("Program Sumber Daya Manusia (SDM) berjalan.", &[]),
        // domain and dateline
        (
            "REPUBLIKA.CO.ID, MOSKOW - Rusia menolak.",
            &[("REPUBLIKA.CO.ID", O), ("MOSKOW", L), ("Rusia", C)],
        ),
        (
            "JAKARTA, KOMPAS.com - Hujan turun.",
            &[("JAKARTA", L), ("KOMPAS.com", O)],
        ),
        // place_head and place_preposition
        (
            "Banjir melanda Kabupaten Bogor dan Pulau Komodo.",
            &[("Kabupaten Bogor", L), ("Pulau Komodo", L)],
        ),
        (
            "Kantornya di Jalan Merdeka Barat No 6 itu baru.",
            &[("Jalan Merdeka Barat No 6", L)],
        ),
        ("Gempa terasa di Provinsi Aceh.", &[("Aceh", L)]),
        (
            "Mereka tiba di Tanjungwangi kemarin.",
            &[("Tanjungwangi", L), ("kemarin", D)],
        ),
        // gazetteer guards: lower case, hyphen compounds, clitics, exact acronyms
        ("rusia dan jepang", &[("rusia", C), ("jepang", C)]),
        // lower-cased text: given names and titles still announce names
        (
            "kantor berita itu mengatakan presiden moldova , vladimir voronin menuduh penguasa .",
            &[("moldova", C), ("vladimir voronin", P)],
        ),
        (
            "menurut menteri pertanian suswono , harga stabil .",
            &[("suswono", P)],
        ),
        ("Negosiasi Rusia-AS digelar.", &[("Rusia", C), ("AS", C)]),
        ("Kami ke pasar atas.", &[]),
        // headlines: capitals alone prove nothing
        ("Harga Cabai Rawit Melonjak Tajam\nHarga cabai naik.", &[]),
        // organs of a known party are the party; buildings take their organization
        (
            "Fraksi PKB dan Dewan Pimpinan Pusat Partai Demokrat menolak.",
            &[("PKB", O), ("Partai Demokrat", O)],
        ),
        (
            "Rapat digelar di Gedung DPR hari ini.",
            &[("Gedung DPR", L), ("hari ini", D)],
        ),
        ("Ia pinjam dari 11 bank Indonesia.", &[("Indonesia", C)]),
        // a stock ticker after a company is an organization code of its own
        (
            "Saham PT Sinar Jaya Abadi Tbk (SJAB) naik.",
            &[("PT Sinar Jaya Abadi Tbk", O), ("SJAB", O)],
        ),
        // cited_source
        (
            "Hal itu disampaikan Naldo seperti dikutip Harian Pagi Nusantara.",
            &[("Naldo", P), ("Harian Pagi Nusantara", O)],
        ),
        // a word after a role and before a demonstrative is no name
        ("\"Kami kalah,\" kata gelandang Kijang Emas itu.", &[]),
        // English roles in company news
        (
            "kata Tri Djatmiko, Vice President Sales, kepada wartawan.",
            &[("Tri Djatmiko", P)],
        ),
        // discourse: later short mentions
        (
            "Maria Zakharova bicara. Zakharova menolak.",
            &[("Maria Zakharova", P), ("Zakharova", P)],
        ),
    ];

    #[test]
    fn rule_examples() {
        let mut failed = Vec::new();
        for (text, want) in EXAMPLES {
            let got: Vec<(&str, Label)> = tagger()
                .tag(text)
                .iter()
                .map(|e| (e.text, e.label))
                .collect();
            if got != *want {
                failed.push(format!("{text:?}\n   want {want:?}\n    got {got:?}"));
            }
        }
        assert!(
            failed.is_empty(),
            "{} rule examples failed:\n{}",
            failed.len(),
            failed.join("\n")
        );
    }
}
