//! The [`Tagger`], its builder and the [`Document`] it tags.

use std::borrow::Borrow;
use std::path::Path;

use jiff::civil::Date;

use crate::discourse;
use crate::entity::{Entity, Label, Rule};
use crate::error::Error;
use crate::gazetteer::{self, Gazetteer, Matcher};
use crate::hash::Key;
use crate::resolve::{Candidate, Held, Origin, resolve};
use crate::rules::{Front, Read, Rules};
use crate::token::tokenize_into;
use crate::token::{Kind as TokenKind, Picked, Shape, Token};

/// A text to tag with what is known about it: for now, its reference date.
///
/// The reference date anchors relative and year-less dates (`kemarin`, `10 Januari`).
/// Without one, tandai reads the article's dateline (`Jumat 31 Dec 2021 10:29 WIB`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document<'a> {
    text: &'a str,
    date: Option<Date>,
}

impl<'a> Document<'a> {
    /// A document with no reference date.
    pub fn new(text: &'a str) -> Document<'a> {
        Document { text, date: None }
    }

    /// Sets the reference date.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the year, month and day do not make a calendar date.
    ///
    /// # Example
    /// ```
    /// let doc = tandai::Document::new("Ia tiba kemarin.").date(2021, 12, 31)?;
    /// let tagger = tandai::Tagger::new();
    /// let e = &tagger.tag_document(&doc)[0];
    /// assert_eq!((e.text, e.value.as_ref().unwrap().to_string().as_str()), ("kemarin", "2021-12-30"));
    /// # Ok::<(), tandai::Error>(())
    /// ```
    pub fn date(self, year: i16, month: i8, day: i8) -> Result<Document<'a>, Error> {
        let d = Date::new(year, month, day)
            .map_err(|e| Error::InvalidValue(format!("{year}-{month}-{day} is not a date: {e}")))?;
        Ok(self.reference(d))
    }

    /// Sets the reference date from a `jiff` civil date.
    pub fn reference(mut self, date: Date) -> Document<'a> {
        self.date = Some(date);
        self
    }

    /// Sets the reference date from an ISO string such as `2021-12-31`.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when the string is not an ISO 8601 calendar date.
    pub fn date_str(self, iso: &str) -> Result<Document<'a>, Error> {
        let d: Date = iso.trim().parse().map_err(|e| {
            Error::InvalidValue(format!("{iso:?} is not an ISO date (YYYY-MM-DD): {e}"))
        })?;
        Ok(self.reference(d))
    }

    /// The text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// The reference date, if one was given.
    pub fn reference_date(&self) -> Option<Date> {
        self.date
    }
}

/// The tagger: gazetteers compiled into one index, plus the rules.
///
/// Building it is the only expensive step; it is `Send + Sync`, so build it once and share it
/// (`Arc<Tagger>` or a `&Tagger` across threads).
///
/// # Example
/// ```
/// let tagger = tandai::Tagger::new();
/// let found: Vec<(&str, &str)> = tagger
///     .tag("Presiden Joko Widodo tiba di Jenewa.")
///     .iter()
///     .map(|e| (e.text, e.label.as_str()))
///     .collect();
/// assert_eq!(found, [("Joko Widodo", "PERSON"), ("Jenewa", "LOCATION")]);
/// ```
#[derive(Debug)]
pub struct Tagger {
    matcher: Matcher,
    rules: Rules,
    /// the pass's first test at a lower-case word of cased text
    lower: LowerStarts,
}

impl Default for Tagger {
    fn default() -> Tagger {
        Tagger::new()
    }
}

impl Tagger {
    /// A tagger with the embedded gazetteers and all rules.
    ///
    /// # Panics
    /// Never with the published data: every embedded file is parsed by a test.
    pub fn new() -> Tagger {
        TaggerBuilder::new()
            .build()
            .expect("the embedded gazetteers parse (checked by the test suite)")
    }

    /// A builder to add gazetteers or leave out default ones.
    pub fn builder() -> TaggerBuilder {
        TaggerBuilder::new()
    }

    /// Tags a text with no reference date (the dateline, if any, anchors relative dates).
    ///
    /// Returns the entities sorted by start, non-overlapping, borrowing from `text` (and from
    /// the tagger: see [`Entity`]).
    pub fn tag<'a>(&'a self, text: &'a str) -> Vec<Entity<'a>> {
        self.tag_document(&Document::new(text))
    }

    /// Tags a document, using its reference date for relative dates.
    pub fn tag_document<'a>(&'a self, doc: &Document<'a>) -> Vec<Entity<'a>> {
        // every segment's entities straight into one list, grown for the whole document at
        // the first segment's density (lists made per segment and joined at the end copied
        // every entity once more)
        let mut out = Vec::new();
        let mut toks = token_buffer(doc.text);
        self.each_segment(doc, |seg, in_segment, offset| {
            let rest = doc.text.len() - offset;
            self.tag_with(seg, &mut toks, in_segment, offset, rest, &mut out);
        });
        out
    }

    /// Tags a document like [`Tagger::tag_document`], handing the entities to `batch` in
    /// order, a batch at a time: one batch for a text up to 256 KiB, one per segment of
    /// about 256 KiB beyond. A caller that writes each batch out keeps memory proportional
    /// to a segment, not to the entities of a whole archive on one line (the CLI's JSONL
    /// output does this).
    ///
    /// # Example
    /// ```
    /// let tagger = tandai::Tagger::new();
    /// let mut n = 0;
    /// tagger.tag_document_batches(&tandai::Document::new("Rusia dan AS."), |batch| n += batch.len());
    /// assert_eq!(n, 2);
    /// ```
    pub fn tag_document_batches<'a>(
        &'a self,
        doc: &Document<'a>,
        mut batch: impl FnMut(Vec<Entity<'a>>),
    ) {
        let mut toks = token_buffer(doc.text);
        self.each_segment(doc, |seg, in_segment, offset| {
            let mut out = Vec::new();
            self.tag_with(seg, &mut toks, in_segment, offset, seg.text.len(), &mut out);
            batch(out);
        });
    }

    /// Tags `doc`, a segment starting at byte `offset` of the document (`in_segment`) or the
    /// whole document (`offset` 0): appends its entities, with document spans, to `out`,
    /// which is to receive those of the `rest` bytes of the document from the segment's
    /// start (see [`reserve_for`]). `toks` is a token buffer to reuse.
    fn tag_with<'a>(
        &'a self,
        doc: &Document<'a>,
        toks: &mut Vec<Token>,
        in_segment: bool,
        offset: usize,
        rest: usize,
        out: &mut Vec<Entity<'a>>,
    ) {
        let text = doc.text;
        tokenize_into(text, toks);
        // about one candidate per ten tokens in news text, a date trigger per twenty, a quarter
        // of the tokens capitalised: room for most texts without growing (and copying) the
        // buffers
        let mut cands: Vec<Candidate> = Vec::with_capacity(toks.len() / 8 + 8);
        let cased = text.bytes().any(|b| b.is_ascii_uppercase());
        // one pass over the tokens: gazetteer matches, date triggers and what the rules need
        // (lexicon flags, headlines), each token read once while it is in cache
        let bytes = text.as_bytes();
        let mut front = Front::with_capacity(toks.len());
        let mut triggers: Vec<Picked> = Vec::with_capacity(toks.len() / 16 + 8);
        let mut capitalised: Vec<discourse::Capital> = Vec::with_capacity(toks.len() / 4 + 8);
        let mut prev_end = usize::MAX;
        for (k, t) in toks.iter().enumerate() {
            let s = t.start;
            let word = &bytes[s..t.end];
            // a plain word's key, for the word lists (the gazetteer's hash is computed from
            // it where the gazetteer looks)
            let key = if t.plain {
                Key::at(&bytes[s..], word.len())
            } else {
                Key::default()
            };
            // most tokens are lower-case words of cased text (`t.plain` makes `t` a word):
            // no name starts at one unless some list has a lower-case entry with its first
            // letters (`detikcom`) or it is glued to the token before (see
            // `Matcher::find_token`; a word starting with a digit, `20detik`, may start one),
            // and the rules want only their flags in the word lists
            let lower =
                cased && t.plain && t.shape == Shape::Lower && bytes[s].is_ascii_lowercase();
            // a plain word's flags (in the word lists, or the lexicon for a word that is not
            // lower-case), looked up before the gazetteer looks at the word, so that the two
            // tables' loads overlap (the flags are read after)
            let flags = if lower {
                self.rules.lower_flags(word, key)
            } else if t.plain {
                self.rules.plain_flags(t, word, key, cased)
            } else {
                0
            };
            // and most lower-case words start neither a lower-case entry nor a date trigger:
            // one test for both, the precise ones only where it fails
            let rare = !lower || self.lower.may_start(bytes, s);
            // and of the other tokens, punctuation the gazetteer finds nothing at (most of it,
            // see `Matcher::quiet`) is settled here, by the test that settles lower-case words:
            // a branch less per token, as `find_token` then meets words nearly always
            let named = if lower {
                prev_end == s || (rare && self.matcher.lower_may_start(bytes, s))
            } else {
                !self.matcher.quiet(bytes, t)
            };
            if named {
                let found = cands.len();
                let wh = if t.plain { key.word_hash(word) } else { 0 };
                self.matcher
                    .find_token(text, t, wh, prev_end, cased, &mut cands);
                if cands.len() > found {
                    record_names(&mut front, toks, k, &cands[found..]);
                }
            }
            if rare && self.rules.dates.is_trigger(bytes, t) {
                triggers.push(Picked::new(k, t));
            }
            let read = Read { k, t, word, flags };
            if lower {
                front.push_lower(&self.rules, text, toks, read);
            } else {
                let cap = t.kind == TokenKind::Word && t.is_capitalized(text);
                if cap {
                    capitalised.push(discourse::Capital::new(k, t));
                }
                front.push(&self.rules, text, toks, read, cap);
            }
            prev_end = t.end;
        }
        let mut front = front.finish(text, toks);
        let mut dates = self
            .rules
            .dates
            .find_triggers(text, &triggers, doc.date, in_segment);
        dates.retain(|d| {
            d.start < d.end && text.is_char_boundary(d.start) && text.is_char_boundary(d.end)
        });
        // the rules see dates as they see gazetteer names
        front.spans(
            toks,
            &triggers,
            dates.iter().map(|d| (d.start, d.end, Label::Date)),
        );
        cands.extend(dates.into_iter().map(|d| Candidate {
            start: d.start,
            end: d.end,
            label: Label::Date,
            value: d.value.map(Held::Date),
            source: Origin::Rule(Rule::Date),
            priority: 70,
        }));
        self.rules.apply(text, cased, toks, front, &mut cands);
        let chosen = resolve(&cands);
        let entries = self.matcher.entries();
        let extra = discourse::pass(text, toks, &capitalised, &chosen, entries);
        // the discourse pass fills untagged tokens only, so its spans never overlap the
        // chosen ones or each other: merging by start is what resolving again would give.
        // The entities are made as the merge goes, each read once more and written straight
        // into `out` (an entity handed through a call to `out.push` was copied through the
        // stack in pieces of mismatched sizes, which stalls on reading them back); an overlap
        // undoes them
        reserve_for(out, chosen.len() + extra.len(), text.len(), rest);
        let first = out.len();
        if push_merged(out, &chosen, &extra, text, offset, entries) {
            // not expected; kept as a guard
            out.truncate(first);
            let merged: Vec<Candidate> =
                merge_by_start(chosen.iter().copied().copied(), extra).collect();
            for c in resolve(&merged) {
                c.push_entity(out, text, offset, entries);
            }
        }
    }

    /// Calls `f` on the whole document (`in_segment` false, offset 0) when it is up to
    /// [`SEGMENT_BYTES`], else on each segment of it with the segment's offset (issue 7: a
    /// 50 MB archive on one line must be tagged in at most 3x its size of memory; the
    /// pipeline holds about 12 bytes per byte of text, tokens and per-token rule state
    /// included).
    ///
    /// Segments end at a paragraph break, else a line break, else a sentence end, else a
    /// space (see [`segment_end`]); spans stay global. The reference date is the document's
    /// (given, or the dateline at the start of the whole text) for every segment, and no
    /// segment reads a dateline of its own. The discourse pass, the lower-case-text switch
    /// and the `kemudian` anchor work within a segment; nothing changes for texts up to
    /// [`SEGMENT_BYTES`], which is far beyond any news article.
    fn each_segment<'a>(&self, doc: &Document<'a>, mut f: impl FnMut(&Document<'a>, bool, usize)) {
        let text = doc.text;
        if text.len() <= SEGMENT_BYTES {
            return f(doc, false, 0);
        }
        let date = doc.date.or_else(|| self.rules.dates.dateline(text));
        let mut start = 0;
        while start < text.len() {
            let end = segment_end(text, start);
            let seg = Document {
                text: &text[start..end],
                date,
            };
            f(&seg, true, start);
            start = end;
        }
    }

    /// Every gazetteer match in `text`, before any rule or the resolver: overlapping, sorted
    /// by start, then end. Useful to see what the lists alone find (and to time the matcher
    /// alone, as `cargo bench` does).
    ///
    /// # Example
    /// ```
    /// let tagger = tandai::Tagger::new();
    /// let m = tagger.gazetteer_matches("Bank Indonesia di Jakarta.");
    /// assert!(m.iter().any(|e| e.text == "Bank Indonesia"));
    /// assert!(m.iter().any(|e| e.text == "Jakarta"));
    /// ```
    pub fn gazetteer_matches<'a>(&'a self, text: &'a str) -> Vec<Entity<'a>> {
        let mut cands = Vec::new();
        let cased = text.bytes().any(|b| b.is_ascii_uppercase());
        let toks = crate::token::tokenize(text);
        self.matcher.find(text, &toks, cased, &mut cands);
        cands.sort_by_key(|c| (c.start, c.end));
        let entries = self.matcher.entries();
        let mut out = Vec::with_capacity(cands.len());
        for c in &cands {
            c.push_entity(&mut out, text, 0, entries);
        }
        out
    }

    /// Number of gazetteer entries.
    pub fn gazetteer_len(&self) -> usize {
        self.matcher.entries().len()
    }

    /// Heap memory of the gazetteer index (its hash tables, patterns and entry lists), in
    /// bytes. (The name is from the aho-corasick automaton it replaced.)
    pub fn automaton_memory(&self) -> usize {
        self.matcher.memory_usage()
    }
}

/// Allocates and frees one block of 24 MiB, untouched (no page of it is ever written).
///
/// A tag of a long text allocates some 15-20 MB of scratch (tokens, per-token rule state,
/// candidates) and frees it at the end. glibc's malloc gives the top of its heap back to
/// the system once more than its trim threshold lies free there, and that threshold
/// starts low and is raised only when a block that was mapped on its own is freed (the
/// "dynamic mmap threshold" of mallopt(3)): so, depending on what the process happened to
/// free before, every call could hand those megabytes back and fault them in again (over
/// 3,000 page faults per tag of a 2.3 MB text, a quarter of its time). Freeing one block of
/// this size raises the thresholds (to 24 MiB, and 48 MiB for the trim) as any program's
/// first free of such a block would, once; with another allocator it is one allocation.
fn settle_allocator() {
    drop(std::hint::black_box(Vec::<u8>::with_capacity(24 << 20)));
}

/// A test that rejects at once most lower-case words of cased text: at a word where it
/// fails (`may_start` false), neither [`Matcher::lower_may_start`] nor
/// [`DateRules::is_trigger`](crate::rules::date::DateRules::is_trigger) holds (the converse
/// need not be: where it holds, those two decide).
///
/// A bit per (first byte, second byte, third byte), each taken modulo 32 (the low five bits
/// of a byte are the same in either ASCII case): set for the first three bytes of every
/// trigger word, and for every third byte after the first two bytes that
/// `lower_may_start` lets through. 4 KB, so it stays in cache: one load, one branch.
#[derive(Debug)]
struct LowerStarts {
    /// index `(b0 & 31) << 5 | (b1 & 31)` -> a bit per `b2 & 31`
    bits: Box<[u32; 1024]>,
}

impl LowerStarts {
    fn new(matcher: &Matcher, rules: &Rules) -> LowerStarts {
        let mut bits = Box::new([0u32; 1024]);
        // `lower_may_start` reads the first byte as it is and the second lower-cased, which
        // leaves its low five bits as they are: a second byte `c` it lets through has
        // `c & 31` of a bit `j & 31` of its table
        for b0 in 0..=u8::MAX {
            let second = matcher.lower_second_bytes(b0);
            for j in (0..64u8).filter(|j| second >> j & 1 != 0) {
                bits[LowerStarts::index(b0, j)] = u32::MAX;
            }
        }
        // `is_trigger` holds at a word only if its first three bytes OR 0x20 are those of a
        // trigger (or its first is a digit, no lower-case letter), and OR 0x20 leaves the
        // low five bits as they are
        for [h0, h1, h2] in rules.dates.trigger_heads() {
            bits[LowerStarts::index(h0, h1)] |= 1 << (h2 & 31);
        }
        LowerStarts { bits }
    }

    #[inline]
    fn index(b0: u8, b1: u8) -> usize {
        usize::from(b0 & 31) << 5 | usize::from(b1 & 31)
    }

    /// Could a lower-case entry or a date trigger start at byte `s` of `b`, an ASCII
    /// lower-case letter (a digit may start a date)? True wherever either precise test
    /// holds (and where fewer than three bytes are left).
    #[inline]
    fn may_start(&self, b: &[u8], s: usize) -> bool {
        match b[s..].first_chunk::<3>() {
            Some(&[b0, b1, b2]) => self.bits[LowerStarts::index(b0, b1)] >> (b2 & 31) & 1 != 0,
            None => true,
        }
    }
}

/// Records in `front` the gazetteer's `names` found at token `k` (a name starts at about one
/// token in twenty: out of the pass's way).
#[inline(never)]
fn record_names(front: &mut Front, toks: &[Token], k: usize, names: &[Candidate]) {
    for c in names {
        front.span(toks, k, c.start, c.end, c.label);
    }
}

/// A token buffer for all the segments of `text`, sized for the largest a segment can be
/// (see `tokenize_into`), so that no segment grows it.
fn token_buffer(text: &str) -> Vec<Token> {
    Vec::with_capacity(text.len().min(SEGMENT_BYTES) / 5 + 1)
}

/// Makes room in `out` for `n` more entities, those of a segment of `seg` bytes, when `out`
/// is to receive the entities of `rest` bytes of text from the segment's start (`rest` is
/// `seg` for a list of the segment's own). When it must grow, it grows for all of `rest`
/// at the segment's density, plus an eighth of the part beyond the segment: a document of
/// a few segments fills one list grown once or twice, not doubled (and copied) along the
/// way; a segment's own list gets exactly its `n`.
fn reserve_for<T>(out: &mut Vec<T>, n: usize, seg: usize, rest: usize) {
    if out.capacity() - out.len() >= n {
        return;
    }
    let later = n.saturating_mul(rest.saturating_sub(seg)) / seg.max(1);
    out.reserve_exact(n.saturating_add(later).saturating_add(later / 8));
}

/// Appends to `out` the entities of `a` and `b`, two lists of candidates found in `text`
/// (at byte `offset` of the document) sorted by start, merged by start (see
/// [`merge_by_start`]); tells whether any two of them overlap. (Out of line: the pass over
/// the tokens in the same function was compiled differently with this loop in it.)
#[inline(never)]
fn push_merged<'a>(
    out: &mut Vec<Entity<'a>>,
    a: &[&Candidate],
    b: &[Candidate],
    text: &'a str,
    offset: usize,
    entries: &'a [gazetteer::Entry],
) -> bool {
    let (mut overlap, mut prev_end) = (false, 0);
    // (indices, not `merge_by_start`: its peeked options cost a few branches a candidate)
    let (mut i, mut j) = (0, 0);
    loop {
        let c = match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if y.start < x.start => {
                j += 1;
                y
            }
            (Some(x), _) => {
                i += 1;
                *x
            }
            (None, Some(y)) => {
                j += 1;
                y
            }
            (None, None) => break,
        };
        overlap |= prev_end > c.start;
        prev_end = c.end;
        c.push_entity(out, text, offset, entries);
    }
    overlap
}

/// Merges two lists of candidates sorted by start into one sorted by start (between equal
/// starts, `a`'s first).
fn merge_by_start<T: Borrow<Candidate>>(
    a: impl IntoIterator<Item = T>,
    b: impl IntoIterator<Item = T>,
) -> impl Iterator<Item = T> {
    let (mut a, mut b) = (a.into_iter().peekable(), b.into_iter().peekable());
    std::iter::from_fn(move || match (a.peek(), b.peek()) {
        (Some(x), Some(y)) if y.borrow().start < x.borrow().start => b.next(),
        (Some(_), _) => a.next(),
        (None, _) => b.next(),
    })
}

/// Texts longer than this many bytes are tagged in segments ([`Tagger::each_segment`]).
///
/// 256 KiB: far beyond any news article, and small enough that a segment's working set
/// (its text, its tokens and what the rules know of each, the candidates, the discourse
/// pass's tables: some 2 MB) stays close to a core's caches. With segments of 1 MiB the
/// whole pipeline was 7-8% slower on news-id.txt, the same instructions waiting longer on
/// memory, and more so when other programs shared the machine's caches. In an archive of
/// articles on one line, a shorter reach of the discourse pass also carries fewer of one
/// article's names into others (see CHANGELOG).
const SEGMENT_BYTES: usize = 1 << 18;

/// Where the segment that starts at `start` ends: within `SEGMENT_BYTES`, at the last
/// paragraph break of its last quarter, else the last line break, else the last sentence
/// end (`kemarin. Budi`: three lower-case letters, a period, a space and a capital, so
/// `Dr. Budi` is not one), else the last space or tab, else the last ASCII punctuation;
/// else (a segment without whitespace or punctuation) the last char boundary. Always past
/// `start`, always on a char boundary (every cut follows an ASCII byte).
fn segment_end(text: &str, start: usize) -> usize {
    let limit = start + SEGMENT_BYTES;
    if limit >= text.len() {
        return text.len();
    }
    let b = text.as_bytes();
    let lo = start + SEGMENT_BYTES / 4 * 3;
    let last = |ok: &dyn Fn(usize) -> bool| (lo..limit).rev().find(|&i| ok(i)).map(|i| i + 1);
    let sentence_end = |i: usize| {
        b[i] == b' '
            && b[i - 1] == b'.'
            && b[i - 4..i - 1].iter().all(u8::is_ascii_lowercase)
            && b[i + 1].is_ascii_uppercase()
    };
    last(&|i| b[i] == b'\n' && b[i - 1] == b'\n')
        .or_else(|| last(&|i| b[i] == b'\n'))
        .or_else(|| last(&sentence_end))
        .or_else(|| last(&|i| b[i] == b' ' || b[i] == b'\t'))
        // (no word is cut after punctuation: `Rusia-|Rusia`)
        .or_else(|| last(&|i| b[i].is_ascii_punctuation()))
        .unwrap_or_else(|| {
            let mut e = limit;
            while !text.is_char_boundary(e) {
                e -= 1;
            }
            e
        })
}

/// Builds a [`Tagger`]: embedded gazetteers by default, plus user files.
///
/// # Example
/// ```
/// let tagger = tandai::Tagger::builder()
///     .gazetteer_str("mine.tsv", "surface\tlabel\tvalue\tcase\tpriority\nGojek\tORGANIZATION\t\tany\t50\n")?
///     .build()?;
/// assert_eq!(tagger.tag("Gojek tumbuh.")[0].text, "Gojek");
/// # Ok::<(), tandai::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct TaggerBuilder {
    defaults: bool,
    without: Vec<Label>,
    user: Gazetteer,
}

impl Default for TaggerBuilder {
    fn default() -> TaggerBuilder {
        TaggerBuilder::new()
    }
}

impl TaggerBuilder {
    /// A builder with the embedded gazetteers and no user files.
    pub fn new() -> TaggerBuilder {
        TaggerBuilder {
            defaults: true,
            without: Vec::new(),
            user: Gazetteer::new(),
        }
    }

    /// Adds a gazetteer file (TSV, see [`crate::gazetteer`]).
    ///
    /// # Errors
    /// [`Error::Io`] when it cannot be read; [`Error::Gazetteer`] naming the file and line of
    /// the first malformed line.
    pub fn gazetteer_file(&mut self, path: impl AsRef<Path>) -> Result<&mut TaggerBuilder, Error> {
        self.user.add_file(path)?;
        Ok(self)
    }

    /// Adds gazetteer text; `name` appears in errors and in each entity's source.
    ///
    /// # Errors
    /// [`Error::Gazetteer`] naming `name` and the line.
    pub fn gazetteer_str(&mut self, name: &str, text: &str) -> Result<&mut TaggerBuilder, Error> {
        self.user.add_str(name, text)?;
        Ok(self)
    }

    /// Adds an already parsed gazetteer.
    pub fn gazetteer(&mut self, g: Gazetteer) -> &mut TaggerBuilder {
        self.user.extend(g);
        self
    }

    /// Leaves out the embedded entries of one label (user entries of that label stay).
    pub fn without_default(&mut self, label: Label) -> &mut TaggerBuilder {
        self.without.push(label);
        self
    }

    /// Leaves out all embedded gazetteers.
    pub fn without_defaults(&mut self) -> &mut TaggerBuilder {
        self.defaults = false;
        self
    }

    /// Builds the tagger.
    ///
    /// # Errors
    /// [`Error::Gazetteer`] if an embedded file fails to parse (a packaging bug) or
    /// [`Error::InvalidValue`] if the index cannot be built.
    pub fn build(&self) -> Result<Tagger, Error> {
        settle_allocator();
        let mut g = if self.defaults {
            gazetteer::embedded()?
        } else {
            Gazetteer::new()
        };
        if !self.without.is_empty() {
            g.retain(|e| !self.without.contains(&e.label));
        }
        g.extend(self.user.clone());
        let matcher = Matcher::new(g.entries().to_vec())?;
        let rules = Rules::new(gazetteer::GIVEN_NAMES, gazetteer::COMMON_WORDS);
        let lower = LowerStarts::new(&matcher, &rules);
        Ok(Tagger {
            matcher,
            rules,
            lower,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(start: usize, priority: u8) -> Candidate {
        Candidate {
            start,
            end: start + 1,
            label: Label::Person,
            value: None,
            source: Origin::Discourse,
            priority,
        }
    }

    /// Taggers with the default lists, and with user entries that start lower-case, one of
    /// them with a second byte that is no letter, one non-ASCII, one a single letter.
    fn lower_taggers() -> [Tagger; 2] {
        let rows = "surface\tlabel\tvalue\tcase\tpriority\n\
                    detikcom\tORGANIZATION\t\tany\t50\n\
                    d'arc\tPERSON\t\tany\t50\n\
                    e-ktp\tORGANIZATION\t\tany\t50\n\
                    q9q\tORGANIZATION\t\tany\t50\n\
                    \u{e9}clair\tORGANIZATION\t\tany\t50\n\
                    x\tORGANIZATION\t\tany\t50\n";
        let user = Tagger::builder()
            .gazetteer_str("u.tsv", rows)
            .expect("parses")
            .build()
            .expect("builds");
        [Tagger::new(), user]
    }

    /// Checks at every word token of `text` that starts with a lower-case letter that where
    /// `LowerStarts` rejects it, neither precise test holds; counts its answers (false, true).
    fn check_lower_starts(tagger: &Tagger, text: &str, n: &mut [usize; 2]) {
        let b = text.as_bytes();
        for t in crate::token::tokenize(text) {
            if t.kind != TokenKind::Word || !b[t.start].is_ascii_lowercase() {
                continue;
            }
            let may = tagger.lower.may_start(b, t.start);
            n[usize::from(may)] += 1;
            if !may {
                assert!(
                    !tagger.matcher.lower_may_start(b, t.start)
                        && !tagger.rules.dates.is_trigger(b, &t),
                    "{:?} at {}",
                    text,
                    t.start
                );
            }
        }
    }

    /// `LowerStarts` rejects a word only where neither `Matcher::lower_may_start` nor
    /// `DateRules::is_trigger` holds: on every word of the date grammar's source (its
    /// literals hold every trigger and word it knows) and the lists' lower-case entries, cut
    /// short and continued, in both cases and several contexts.
    #[test]
    fn lower_starts_rejects_only_where_the_precise_tests_fail() {
        for tagger in lower_taggers() {
            let mut words: Vec<String> = include_str!("rules/date.rs")
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
                .map(str::to_ascii_lowercase)
                .collect();
            words.extend(
                tagger
                    .matcher
                    .entries()
                    .iter()
                    .filter(|e| e.surface.chars().next().is_some_and(char::is_lowercase))
                    .map(|e| e.surface.clone()),
            );
            words.extend(
                ["seperti", "semua", "sebagai", "perlu", "harus", "yang"].map(String::from),
            );
            words.sort_unstable();
            words.dedup();
            let mut n = [0; 2];
            for w in &words {
                let cuts = (1..=w.len().min(4)).filter(|&i| w.is_char_boundary(i));
                let one = w.chars().next().map_or(0, char::len_utf8);
                let mixed = format!("{}{}", &w[..one], w[one..].to_uppercase());
                for v in cuts.map(|i| w[..i].to_string()).chain([w.clone(), mixed]) {
                    for tail in ["", " ", ".", "nya", "-an", "'at", "\u{e9}", "1", "_"] {
                        for before in ["", "kata ", "x", "1"] {
                            check_lower_starts(&tagger, &format!("{before}{v}{tail}"), &mut n);
                        }
                    }
                }
            }
            assert!(n[0] > 10_000 && n[1] > 10_000, "{n:?}");
        }
    }

    /// The same on every three bytes after a lower-case letter, of letters in both cases,
    /// digits, punctuation and a non-ASCII letter, and at the end of the text.
    #[test]
    fn lower_starts_rejects_only_where_the_precise_tests_fail_on_all_heads() {
        let mut next: Vec<String> = (b'a'..=b'z')
            .chain(b'A'..=b'Z')
            .chain(*b"09 .-'_@[`{")
            .map(|c| char::from(c).to_string())
            .collect();
        next.push("\u{e9}".to_string());
        for tagger in lower_taggers() {
            let mut n = [0; 2];
            for a in 'a'..='z' {
                for b in &next {
                    for c in &next {
                        for d in ["", "i", "t", " "] {
                            check_lower_starts(&tagger, &format!("{a}{b}{c}{d}"), &mut n);
                        }
                    }
                }
            }
            assert!(n[0] > 100_000 && n[1] > 10_000, "{n:?}");
        }
        // and it rejects common words at once
        let tagger = Tagger::new();
        for w in ["yang", "dan", "di", "itu", "ada", "untuk"] {
            assert!(
                !tagger.lower.may_start(format!("{w} ").as_bytes(), 0),
                "{w}"
            );
        }
    }

    #[test]
    fn reserve_for_grows_for_the_rest_at_the_segment_density_only_when_needed() {
        let mut out: Vec<u8> = Vec::new();
        // a segment's own list: exactly its entities
        reserve_for(&mut out, 10, 100, 100);
        assert_eq!(out.capacity(), 10);
        // the first of 2.5 segments: room for all of them, an eighth more beyond the first
        let mut out: Vec<u8> = Vec::new();
        reserve_for(&mut out, 100, 1000, 2500);
        assert_eq!(out.capacity(), 100 + 150 + 18);
        out.resize(100, 0);
        // the next ones fit: no growth
        reserve_for(&mut out, 120, 1000, 1500);
        assert_eq!(out.capacity(), 268);
        out.resize(220, 0);
        // denser than the estimate: grows for the rest
        reserve_for(&mut out, 60, 500, 500);
        assert_eq!(out.capacity(), 280);
        // nothing to add, an empty segment
        let mut out: Vec<u8> = Vec::new();
        reserve_for(&mut out, 0, 0, 0);
        assert_eq!(out.capacity(), 0);
    }

    #[test]
    fn a_long_document_in_one_list_is_its_batches_joined() {
        let article = "Presiden Joko Widodo bertemu Menteri Luar Negeri Rusia Sergey Lavrov \
                       di Jakarta pada 10 Januari 2022. Widodo dan Lavrov membahas ASEAN.\n\n";
        // the first segment denser than the rest, so that the list grows at the last
        let dense = article.repeat((SEGMENT_BYTES + SEGMENT_BYTES / 2) / article.len());
        let sparse = "lalu ".repeat(SEGMENT_BYTES / 5);
        let text = format!("{dense}{sparse}{dense}");
        let tagger = Tagger::new();
        let doc = Document::new(&text);
        let mut batches = 0;
        let mut joined = Vec::new();
        tagger.tag_document_batches(&doc, |batch| {
            batches += 1;
            joined.extend(batch);
        });
        assert!(batches >= 3, "{batches}");
        assert!(joined.len() > 1000);
        assert_eq!(tagger.tag_document(&doc), joined);
    }

    #[test]
    fn merge_by_start_keeps_order_and_puts_the_first_list_first_on_ties() {
        let a = vec![c(2, 1), c(5, 1), c(9, 1)];
        let b = vec![c(0, 2), c(5, 2), c(6, 2), c(12, 2)];
        let got: Vec<(usize, u8)> = merge_by_start(&a, &b)
            .map(|c| (c.start, c.priority))
            .collect();
        assert_eq!(
            got,
            [(0, 2), (2, 1), (5, 1), (5, 2), (6, 2), (9, 1), (12, 2)]
        );
        let owned: Vec<Candidate> = merge_by_start(a.clone(), b.clone()).collect();
        assert_eq!(owned.len(), 7);
        for (x, y) in [(Vec::new(), b.clone()), (a.clone(), Vec::new())] {
            let one: Vec<Candidate> = merge_by_start(x.clone(), y.clone()).collect();
            assert_eq!(one, if x.is_empty() { y } else { x });
        }
    }
}
