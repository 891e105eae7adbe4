//! Matching gazetteer entries in text, on word boundaries, case-insensitively for ASCII.
//!
//! Not an automaton run over every byte: a name can only start where a word starts (or, in
//! scraped text, at a capital glued to a lower-case word: `menghadapiNew York`), and in text
//! that has capitals anywhere it can only start at a capital or a digit, unless the list holds
//! a lower-case name (`detikcom`). So one cheap pass finds those starts, and from each start a
//! walk hashes the lower-cased bytes as it goes and, at every point where a name could end
//! (before a non-word character), looks the prefix up in one hash table of all list prefixes
//! that end there. The walk stops at the first prefix no entry has, which for most capitalised
//! words is the end of the word itself. The cost is linear in the text and, per start, flat in
//! the size of the lists (a hash probe per word, whatever the number of entries).

use std::collections::HashMap;
use std::collections::hash_map::Entry as Slot;
use std::hash::{BuildHasherDefault, Hasher};

use super::{CasePolicy, Entry};
use crate::entity::Label;
use crate::error::Error;
use crate::hash::{
    HashBits, SEED, eq_ignore_ascii_case, fold_word, load4, load8, lower8, prefix_hash,
    prefix_hashes, run_end, step, three_bytes, word_hash,
};
use crate::resolve::{Candidate, Origin};
use crate::token::{
    ASCII_CLASS as CLASS, Kind, LOWER, Shape, Token, UPPER, WORD, is_word_char, word_char_before,
};

/// Keys are already hashes; spread them for the table (which reads the top and low bits).
#[derive(Default, Clone, Copy, Debug)]
struct PreHashed(u64);

impl Hasher for PreHashed {
    fn write(&mut self, _: &[u8]) {
        unreachable!("only u64 keys")
    }
    #[inline]
    fn write_u64(&mut self, h: u64) {
        self.0 = (h ^ (h >> 29)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Hashed prefixes and their nodes: open addressing in buckets of [`BUCKET`] slots, one
/// cache line each, the bucket chosen by the high bits of a multiplicative mix of the prefix
/// hash. A key takes the first free slot of its home bucket, or of the next bucket with one
/// (rarely: the table is at most 3/4 full): a lookup compares the 32-bit tags of a whole
/// bucket without a branch per slot, so it costs no mispredicted branch for the length of a
/// probe chain, and reads one line. The default lists' 11k prefixes take 128 KB, which stays
/// in cache.
#[derive(Debug, Clone)]
struct NodeTable {
    buckets: Vec<Bucket>,
    shift: u32,
    /// a bit per key, at another mix of the hash: most lookups are of words no entry starts
    /// with, and this small bitset answers them without touching the table
    filter: HashBits,
}

/// Slots per [`Bucket`].
const BUCKET: usize = 8;

/// [`BUCKET`] slots: a slot's tag (0 when it is free) and its node. Slots are taken in
/// order, so a bucket with a free slot has its last one free, and no key of its home bucket
/// went on to the next.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(64))]
struct Bucket {
    tags: [u32; BUCKET],
    nodes: [u32; BUCKET],
}

impl Bucket {
    /// The node of the slot whose tag is `tag`, if one is (a tag is in one slot of a
    /// chain at most: `NodeTable::slot_for` finds it first). Every slot is compared, as
    /// lanes of a vector rather than by a branch each.
    #[inline(always)]
    fn node(&self, tag: u32) -> Option<Node> {
        let (mut hit, mut node) = (0u32, 0u32);
        for (&t, &n) in self.tags.iter().zip(&self.nodes) {
            let eq = 0u32.wrapping_sub(u32::from(t == tag));
            hit |= eq;
            node |= n & eq;
        }
        (hit != 0).then_some(Node(node))
    }

    #[inline(always)]
    fn full(&self) -> bool {
        self.tags[BUCKET - 1] != 0
    }
}

impl NodeTable {
    fn with_capacity(n: usize) -> NodeTable {
        let cap = (n + n / 3 + 1).next_power_of_two().max(2 * BUCKET);
        let buckets = cap / BUCKET;
        NodeTable {
            buckets: vec![Bucket::default(); buckets],
            shift: 64 - buckets.trailing_zeros(),
            filter: HashBits::new(n, 16),
        }
    }

    /// `h`'s home bucket.
    #[inline]
    fn home(&self, h: u64) -> usize {
        (h.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> self.shift) as usize
    }

    /// The 32 bits of `h` a slot keeps (odd, so that no taken slot's tag is 0).
    #[inline]
    fn tag(h: u64) -> u32 {
        h as u32 | 1
    }

    /// The slot (bucket times [`BUCKET`] plus place) a lookup of `h` lands on, taken for
    /// `h` if it was free. A key whose tag is met first on `h`'s probe chain (a 32-bit
    /// collision) is the slot `h` shares: the builder gives it the union of both keys' nodes,
    /// which costs a walk that goes on or a pattern compared in vain at most, as every hit
    /// is verified against the text.
    fn slot_for(&mut self, h: u64) -> usize {
        self.filter.insert(h);
        let mask = self.buckets.len() - 1;
        let tag = NodeTable::tag(h);
        let mut at = self.home(h);
        loop {
            let bucket = &mut self.buckets[at];
            for j in 0..BUCKET {
                if bucket.tags[j] == tag {
                    return at * BUCKET + j;
                }
                if bucket.tags[j] == 0 {
                    bucket.tags[j] = tag;
                    return at * BUCKET + j;
                }
            }
            at = (at + 1) & mask;
        }
    }

    fn set_node(&mut self, at: usize, node: Node) {
        self.buckets[at / BUCKET].nodes[at % BUCKET] = node.0;
    }

    /// Might `h` be a key? (No means no; yes is checked by [`NodeTable::get`].)
    #[inline]
    fn may_contain(&self, h: u64) -> bool {
        self.filter.may_hold(h)
    }

    #[inline]
    fn get(&self, h: u64) -> Option<Node> {
        if !self.may_contain(h) {
            return None;
        }
        self.probe(h)
    }

    /// [`NodeTable::get`] without the bitset's test.
    #[inline]
    fn probe(&self, h: u64) -> Option<Node> {
        let mask = self.buckets.len() - 1;
        let tag = NodeTable::tag(h);
        let mut at = self.home(h);
        loop {
            let bucket = &self.buckets[at];
            if let Some(node) = bucket.node(tag) {
                return Some(node);
            }
            if !bucket.full() {
                return None;
            }
            at = (at + 1) & mask;
        }
    }

    fn memory_usage(&self) -> usize {
        self.buckets.len() * std::mem::size_of::<Bucket>() + self.filter.memory_usage()
    }
}

/// What is known about one hashed prefix, in 32 bits: the top bit is set when some longer
/// pattern goes on from this prefix; the rest is the offset in `Matcher::terms` of the
/// rows of the patterns equal to it, the last of them marked [`Row::last`] (0 when there is
/// none: `terms[0]` is no pattern).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Node(u32);

impl Node {
    const MORE: u32 = 1 << 31;

    #[inline]
    fn more(self) -> bool {
        self.0 & Node::MORE != 0
    }

    #[inline]
    fn terms(self) -> usize {
        (self.0 & !Node::MORE) as usize
    }
}

/// A pattern (a lower-cased surface) with what a match of it needs, in one cache line: its
/// first 16 bytes and its first entry's [`Hit`] (nearly every pattern has one entry). A
/// node's patterns are stored in adjacent rows of `Matcher::terms`, so that a match reads
/// them where the node points, not through a list of ids, and a match of a pattern of up to
/// 16 bytes with one entry reads that one line and no other.
#[derive(Clone, Debug)]
#[repr(align(64))]
struct Row {
    /// the pattern's first bytes (all of a pattern of up to 16 bytes), zero-padded; the
    /// whole pattern is in `Matcher::bytes` right before the first hit's surface
    head: [u8; 16],
    len: u32,
    /// the last pattern of its node
    last: bool,
    /// the pattern's first entry
    hit: Hit,
    /// its other entries, in `Matcher::hits` (most patterns have none)
    rest: [u32; 2],
}

// (one cache line: a match of a short pattern reads no other)
const _: () = assert!(std::mem::size_of::<Row>() == 64);

impl Row {
    /// The pattern's bytes (lower-cased).
    #[inline(always)]
    fn pattern<'a>(&'a self, bytes: &'a [u8]) -> &'a [u8] {
        let len = self.len as usize;
        if len <= self.head.len() {
            &self.head[..len]
        } else {
            let at = self.hit.surface_at as usize - len;
            &bytes[at..at + len]
        }
    }

    /// Is `m` the pattern, up to ASCII case? The pattern is lower-cased already, so only
    /// `m` is lower-cased to compare them; one of up to 16 bytes is read from the head, in
    /// the loads of its [`cover`] (written out here: the head is a fixed array, which
    /// `cover` of a slice of it reads with more work).
    #[inline(always)]
    fn matches(&self, m: &[u8], bytes: &[u8]) -> bool {
        let n = m.len();
        if n != self.len as usize {
            return false;
        }
        let p = &self.head;
        if n >= 8 {
            if n > p.len() {
                return eq_ignore_ascii_case(self.pattern(bytes), m);
            }
            lower8(load8(m, 0)) == load8(p, 0) && lower8(load8(m, n - 8)) == load8(p, n - 8)
        } else if n >= 4 {
            lower8(load4(m, 0)) == load4(p, 0) && lower8(load4(m, n - 4)) == load4(p, n - 4)
        } else {
            // (no pattern is empty)
            n > 0 && lower8(three_bytes(m)) == three_bytes(&p[..n])
        }
    }
}

/// What a match of a pattern needs from one of its entries to be checked and emitted, kept
/// together and apart from the [`Entry`] (a match reads no entry).
#[derive(Clone, Copy, Debug)]
struct Hit {
    entry: u32,
    line: u32,
    /// the entry's surface, in `Matcher::bytes`
    surface_at: u32,
    surface_len: u32,
    label: Label,
    case: CasePolicy,
    priority: u8,
    /// 4 bytes or more and not `exact`: may be taken glued to the word before or with the
    /// clitic `-nya`
    long: bool,
    /// the surface starts with a lower-case letter
    lower: bool,
    /// [`CasePolicy::Title`] of a surface of at most 64 bytes: bit `k` is set when byte `k`
    /// is an ASCII capital that starts a word, which the text must have as a capital too
    /// (see [`title_caps`])
    caps: u64,
}

/// All entries, indexed by the hashes of their lower-cased prefixes. Entries whose surfaces
/// differ only in ASCII case share one pattern; the case policy of each entry is checked on the
/// matched text.
#[derive(Debug, Clone)]
pub(crate) struct Matcher {
    nodes: NodeTable,
    /// the patterns of each node, in adjacent rows (see [`Node`])
    terms: Vec<Row>,
    /// the lower-cased patterns, and after each the surfaces of its entries
    bytes: Vec<u8>,
    /// the entries of each pattern after its first (`Row::rest`), as a match checks them
    hits: Vec<Hit>,
    entries: Vec<Entry>,
    /// the longest pattern, in bytes
    max_len: usize,
    /// some entry starts with a lower-case letter (`detikcom`): lower-case words must be tried
    /// even in cased text; `lower_starts` holds their first two lower-cased bytes
    lower_starts: Box<[u64; 256]>,
    any_lower: bool,
    /// first bytes of patterns that start with a non-word character
    nonword_starts: Box<[bool; 256]>,
    any_nonword: bool,
    /// [`resume_keys`] of every pattern: where a walk resumes after a word and a non-word
    /// character, whether some pattern goes on with the byte there
    goes_on: HashBits,
}

impl Matcher {
    pub(crate) fn new(entries: Vec<Entry>) -> Result<Matcher, Error> {
        let mut keys: HashMap<Box<[u8]>, usize> = HashMap::with_capacity(entries.len());
        let mut patterns: Vec<Box<[u8]>> = Vec::with_capacity(entries.len());
        let mut by_pattern: Vec<Vec<u32>> = Vec::with_capacity(entries.len());
        // (pattern, surface, case, label) -> slot in `by_pattern[pattern]`
        let mut slots: HashMap<(usize, &str, CasePolicy, Label), usize> =
            HashMap::with_capacity(entries.len());
        let mut lower_starts = Box::new([0u64; 256]);
        let mut any_lower = false;
        let mut nonword_starts = Box::new([false; 256]);
        let mut any_nonword = false;
        for (i, e) in entries.iter().enumerate() {
            if e.surface.is_empty() {
                continue;
            }
            let key = e.surface.to_ascii_lowercase();
            // token-spaced text writes `PDI-P` as `PDI - P`: match both
            let spaced = key.contains('-').then(|| key.replace('-', " - "));
            if e.surface.chars().next().is_some_and(char::is_lowercase) {
                let k = key.as_bytes();
                // the second byte, unless the name may end or break after one letter
                lower_starts[usize::from(k[0])] |= match k.get(1) {
                    Some(&b1) if b1.is_ascii_alphanumeric() => 1 << (b1 & 63),
                    _ => u64::MAX,
                };
                any_lower = true;
            }
            if !e.surface.chars().next().is_some_and(is_word_char) {
                nonword_starts[usize::from(key.as_bytes()[0])] = true;
                any_nonword = true;
            }
            for key in std::iter::once(key).chain(spaced) {
                let key: Box<[u8]> = key.into_bytes().into_boxed_slice();
                let pid = match keys.get(&key) {
                    Some(&p) => p,
                    None => {
                        keys.insert(key.clone(), patterns.len());
                        patterns.push(key);
                        by_pattern.push(Vec::new());
                        patterns.len() - 1
                    }
                };
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
        drop(slots);
        // every prefix that ends before a non-word character, and every whole pattern
        let mut build: HashMap<u64, (Vec<u32>, bool), BuildHasherDefault<PreHashed>> =
            HashMap::default();
        build.reserve(patterns.len() * 2);
        let mut max_len = 0;
        let mut resumes = Vec::new();
        for (pid, p) in patterns.iter().enumerate() {
            max_len = max_len.max(p.len());
            let text = std::str::from_utf8(p)
                .map_err(|e| Error::InvalidValue(format!("gazetteer pattern is not UTF-8: {e}")))?;
            // the prefix hashes the walk computes, at each non-word character after the start
            let h = prefix_hashes(text, |h, _| build.entry(h).or_default().1 = true);
            build.entry(h).or_default().0.push(pid as u32);
            resume_keys(text, |k| resumes.push(k));
        }
        let mut goes_on = HashBits::new(resumes.len(), 16);
        for k in resumes {
            goes_on.insert(k);
        }
        // a node per slot (keys whose 32-bit tags meet on a probe chain share one), built in
        // hash order so that the index does not depend on a map's iteration order
        let mut nodes = NodeTable::with_capacity(build.len());
        let mut build: Vec<(u64, (Vec<u32>, bool))> = build.into_iter().collect();
        build.sort_unstable_by_key(|(h, _)| *h);
        let mut at_slot: Vec<(usize, Vec<u32>, bool)> = Vec::with_capacity(build.len());
        let mut slot_ix: HashMap<usize, usize> = HashMap::with_capacity(build.len());
        for (h, (pids, more)) in build {
            let at = nodes.slot_for(h);
            let i = *slot_ix.entry(at).or_insert_with(|| {
                at_slot.push((at, Vec::new(), false));
                at_slot.len() - 1
            });
            at_slot[i].1.extend(pids);
            at_slot[i].2 |= more;
        }
        // flat pattern and entry data, so that checking a match reads a few adjacent lines
        let too_big = || Error::InvalidValue("gazetteer too large".into());
        let u32_of = |n: usize| u32::try_from(n).map_err(|_| too_big());
        let mut bytes = Vec::new();
        let mut flat = Vec::with_capacity(patterns.len());
        let mut hits = Vec::new();
        for (p, ixs) in patterns.iter().zip(&by_pattern) {
            bytes.extend_from_slice(p);
            let mut first = None;
            let rest_start = u32_of(hits.len())?;
            for &ix in ixs {
                let e = &entries[ix as usize];
                let hit = Hit {
                    entry: ix,
                    line: e.line,
                    surface_at: u32_of(bytes.len())?,
                    surface_len: u32_of(e.surface.len())?,
                    label: e.label,
                    case: e.case,
                    priority: e.priority,
                    long: e.surface.len() >= 4 && e.case != CasePolicy::Exact,
                    lower: starts_lower(&e.surface),
                    caps: if e.case == CasePolicy::Title {
                        title_caps(&e.surface)
                    } else {
                        0
                    },
                };
                bytes.extend_from_slice(e.surface.as_bytes());
                match first {
                    None => first = Some(hit),
                    Some(_) => hits.push(hit),
                }
            }
            let mut head = [0; 16];
            let n = p.len().min(head.len());
            head[..n].copy_from_slice(&p[..n]);
            flat.push(Row {
                head,
                len: u32_of(p.len())?,
                last: false,
                // (every pattern was made for an entry)
                hit: first.expect("a pattern has an entry"),
                rest: [rest_start, u32_of(hits.len())?],
            });
        }
        // (`terms[0]` is no pattern: a node without patterns points there; the callers of
        // `emit` skip such nodes, and a row marked last would end a walk there at once)
        let mut terms = Vec::with_capacity(flat.len() + 1);
        terms.extend(flat.first().map(|r| Row {
            last: true,
            ..r.clone()
        }));
        for (at, mut pids, more) in at_slot {
            pids.sort_unstable();
            pids.dedup();
            let offset = if pids.is_empty() { 0 } else { terms.len() };
            terms.extend(pids.iter().map(|&pid| flat[pid as usize].clone()));
            if let Some(p) = terms.last_mut().filter(|_| offset > 0) {
                p.last = true;
            }
            let offset = u32::try_from(offset)
                .ok()
                .filter(|o| o & Node::MORE == 0)
                .ok_or_else(too_big)?;
            nodes.set_node(at, Node(offset | if more { Node::MORE } else { 0 }));
        }
        Ok(Matcher {
            nodes,
            terms,
            bytes,
            hits,
            entries,
            max_len,
            lower_starts,
            any_lower,
            nonword_starts,
            any_nonword,
            goes_on,
        })
    }

    pub(crate) fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Heap memory used by the index (table, patterns and their entry lists), in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.nodes.memory_usage()
            + self.terms.capacity() * std::mem::size_of::<Row>()
            + self.bytes.capacity()
            + self.hits.capacity() * std::mem::size_of::<Hit>()
            + self.goes_on.memory_usage()
            + 256 * 9
    }

    /// Appends every entry that matches on word boundaries and passes its case policy.
    /// `toks` are the tokens of `text`: a plain word of ASCII letters and digits can only
    /// start a name at its first byte, so only the other tokens are scanned byte by byte.
    ///
    /// In a `cased` text (one with capitals somewhere) a match that starts with a lower-case
    /// letter where the entry starts with a capital is an ordinary phrase (`11 bank Indonesia`,
    /// `dana dari bank dunia`), not the name; in lower-cased text it is the name.
    pub(crate) fn find(&self, text: &str, toks: &[Token], cased: bool, out: &mut Vec<Candidate>) {
        if self.terms.len() <= 1 {
            return;
        }
        let mut prev_end = usize::MAX;
        for t in toks {
            let wh = if t.plain {
                word_hash(&text.as_bytes()[t.start..t.end])
            } else {
                0
            };
            self.find_token(text, t, wh, prev_end, cased, out);
            prev_end = t.end;
        }
    }

    /// [`Matcher::find`] for one token `t`, the previous token ending at `prev_end`: the
    /// tagger calls it in its one pass over the tokens. `wh` is the [`word_hash`] of a plain
    /// token (the tagger computes it only where the gazetteer looks), unused for others.
    #[inline]
    pub(crate) fn find_token(
        &self,
        text: &str,
        t: &Token,
        wh: u64,
        prev_end: usize,
        cased: bool,
        out: &mut Vec<Candidate>,
    ) {
        if self.terms.len() <= 1 {
            return;
        }
        let b = text.as_bytes();
        let (s, e) = (t.start, t.end);
        match t.kind {
            Kind::Word | Kind::Number => {
                let plain =
                    t.plain && t.shape != Shape::Mixed && (prev_end != s || !word_before(text, s));
                if plain {
                    let c = b[s];
                    if !c.is_ascii_lowercase() || !cased || self.lower_may_start(b, s) {
                        self.walk_word(text, s, e, wh, cased, out);
                    }
                } else if t.kind == Kind::Number
                    && b[s..e].iter().all(u8::is_ascii_digit)
                    && b.get(e)
                        .is_none_or(|&c| c < 0x80 && CLASS[usize::from(c)] & WORD == 0)
                {
                    // ASCII digits alone (most numbers), before a non-word character or the
                    // end: `scan` would start a walk at the first digit unless a word
                    // character is glued before it, and nowhere else (digits are no capitals)
                    if prev_end != s || !word_before(text, s) {
                        self.walk_word(text, s, e, word_hash(&b[s..e]), cased, out);
                    }
                } else {
                    self.scan(text, s, e, cased, out);
                }
            }
            Kind::Punct | Kind::Symbol => {
                if self.any_nonword {
                    self.scan(text, s, e, cased, out);
                }
            }
        }
    }

    /// Is `t` a token [`Matcher::find_token`] finds nothing at whatever comes before it: a
    /// punctuation mark or symbol when no entry starts with a non-word character, else one of
    /// one ASCII non-word byte no entry starts with (`scan` starts no walk there).
    #[inline]
    pub(crate) fn quiet(&self, b: &[u8], t: &Token) -> bool {
        let c = b[t.start];
        matches!(t.kind, Kind::Punct | Kind::Symbol)
            & (!self.any_nonword
                | ((t.end - t.start == 1)
                    & (c < 0x80)
                    & (CLASS[usize::from(c)] & WORD == 0)
                    & !self.nonword_starts[usize::from(c)]))
    }

    /// Tries every start inside `text[from..to]`: where a word starts after a non-word
    /// character, or a capital follows a lower-case letter (`menghadapiNew York`), or a
    /// non-word character starts some entry.
    fn scan(&self, text: &str, from: usize, to: usize, cased: bool, out: &mut Vec<Candidate>) {
        let b = text.as_bytes();
        let before = text[..from].chars().next_back();
        let mut prev_word = before.is_some_and(is_word_char);
        let mut prev_lower = before.is_some_and(char::is_lowercase);
        let mut i = from;
        while i < to {
            let c = b[i];
            // (an ASCII byte's classes from the byte table: the same as the char tests)
            let (ch, word, lower, upper) = if c < 0x80 {
                let class = CLASS[usize::from(c)];
                let (word, upper) = (class & WORD != 0, class & UPPER != 0);
                (char::from(c), word, class & LOWER != 0, upper)
            } else {
                let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
                (ch, is_word_char(ch), ch.is_lowercase(), ch.is_uppercase())
            };
            if word {
                if !prev_word {
                    let may = if c < 0x80 {
                        self.lower_may_start(b, i)
                    } else {
                        self.any_lower
                    };
                    if !lower || !cased || may {
                        self.walk_start(text, i, cased, out);
                    }
                } else if prev_lower && upper {
                    self.walk(text, i, true, cased, out);
                }
                prev_word = true;
                prev_lower = lower;
                i += ch.len_utf8();
                // nothing starts in the rest of a run of ASCII lower-case letters and digits
                // (inside a word, only at a capital): skipped at a test a byte
                let run = i;
                while i < to && matches!(b[i], b'a'..=b'z' | b'0'..=b'9') {
                    i += 1;
                }
                if i > run {
                    prev_lower = b[i - 1].is_ascii_lowercase();
                }
            } else {
                if self.any_nonword && !prev_word && self.nonword_starts[usize::from(c)] {
                    self.walk(text, i, false, cased, out);
                }
                prev_word = false;
                prev_lower = false;
                i += ch.len_utf8();
            }
        }
    }

    /// [`Matcher::walk`] from `s`, where a word starts after a non-word character (not
    /// glued): from the word's end through [`Matcher::walk_word`] when it is a run of ASCII
    /// letters and digits before a boundary (most words a scan meets: the numbers of
    /// `24/6/2026`), which answers most of them from the table's bitset.
    fn walk_start(&self, text: &str, s: usize, cased: bool, out: &mut Vec<Candidate>) {
        let b = text.as_bytes();
        let run = run_end(b, s, b.len());
        if run > s && boundary_at(text, run).0 {
            self.walk_word(text, s, run, word_hash(&b[s..run]), cased, out);
        } else {
            self.walk(text, s, false, cased, out);
        }
    }

    /// [`Matcher::walk`] from the plain word `b[s..e]` (ASCII letters and digits, a non-word
    /// character or the end after it) whose [`word_hash`] is `wh`: a word that is no prefix
    /// any pattern has (most capitalised words) is answered by the table's bitset, inline,
    /// and a word that is one goes on from its end.
    #[inline]
    fn walk_word(
        &self,
        text: &str,
        s: usize,
        e: usize,
        wh: u64,
        cased: bool,
        out: &mut Vec<Candidate>,
    ) {
        let b = text.as_bytes();
        if e - s > self.max_len + 3 {
            return; // longer than any name, even with a clitic
        }
        if clitic_before(b, s, e) {
            // `Jokowinya`: the name may end inside the word
            self.walk_from(text, s, s, SEED, false, cased, out);
            return;
        }
        let h = fold_word(SEED, wh);
        if self.nodes.may_contain(h) {
            self.walk_past_word(text, s, e, h, cased, out);
        }
    }

    /// [`Matcher::walk_from`] the end `e` of a plain word at `s` (hashed `h`, which the
    /// table's bitset holds, and not ending in `nya`), with the walk's first stop done
    /// knowing that: `e` is a boundary, where no clitic ends, and the bitset need not be
    /// tested again.
    #[inline(never)]
    fn walk_past_word(
        &self,
        text: &str,
        s: usize,
        e: usize,
        h: u64,
        cased: bool,
        out: &mut Vec<Candidate>,
    ) {
        let Some(node) = self.nodes.probe(h) else {
            return;
        };
        if node.terms() > 0 {
            self.emit(text, s, e, node, false, cased, out);
        }
        if node.more() && e < text.len() && e - s < self.max_len + 3 {
            let (_, width) = boundary_at(text, e);
            let b = text.as_bytes();
            let h = steps(h, &b[e..e + width]);
            // most words some name goes on from are followed by a word no name goes on with
            // (`Jakarta pada`): a letter or digit there is tested first, where it settles
            // what the walk would find (see `resume_keys`)
            let gone = b
                .get(e + width)
                .is_some_and(|c| c.is_ascii_alphanumeric() && !self.goes_on.may_hold(step(h, *c)));
            if !gone {
                self.walk_on(text, s, e + width, h, false, cased, out);
            }
        }
    }

    /// Could a lower-case entry start at `i` (first two bytes)?
    #[inline]
    pub(crate) fn lower_may_start(&self, b: &[u8], i: usize) -> bool {
        if !self.any_lower {
            return false;
        }
        let b1 = b.get(i + 1).map_or(0, u8::to_ascii_lowercase);
        self.lower_starts[usize::from(b[i])] & (1 << (b1 & 63)) != 0
    }

    /// The second bytes for which [`Matcher::lower_may_start`] holds at a first byte `b0`:
    /// bit `c & 63` set for each `c` (lower-cased) it lets through (0 when none does).
    pub(crate) fn lower_second_bytes(&self, b0: u8) -> u64 {
        if self.any_lower {
            self.lower_starts[usize::from(b0)]
        } else {
            0
        }
    }

    /// From a start at `s`, hashes the lower-cased text and looks up each prefix that ends
    /// before a non-word character; emits the entries of the prefixes that are patterns.
    fn walk(&self, text: &str, s: usize, glued: bool, cased: bool, out: &mut Vec<Candidate>) {
        self.walk_from(text, s, s, SEED, glued, cased, out);
    }

    /// [`Matcher::walk`] from `s`, resumed at `i` with `h` the [`prefix_hash`] of
    /// `text[s..i]` (no boundary inside it, and `i` not inside a run of ASCII letters and
    /// digits: at `s` or at the end of a word).
    #[allow(clippy::too_many_arguments)]
    fn walk_from(
        &self,
        text: &str,
        s: usize,
        i: usize,
        h: u64,
        glued: bool,
        cased: bool,
        out: &mut Vec<Candidate>,
    ) {
        self.walk_on(text, s, i, h, glued, cased, out);
    }

    /// [`Matcher::walk_from`], inlined where a walk goes on past a plain word (most walks).
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn walk_on(
        &self,
        text: &str,
        s: usize,
        mut i: usize,
        mut h: u64,
        glued: bool,
        cased: bool,
        out: &mut Vec<Candidate>,
    ) {
        let b = text.as_bytes();
        let n = b.len();
        let limit = n.min(s + self.max_len + 3); // + `nya`
        loop {
            // over ASCII letters and digits, nothing to look up: the run is hashed whole
            let run = run_end(b, i, limit);
            if run > i {
                h = fold_word(h, word_hash(&b[i..run]));
                i = run;
            }
            // is `i` a place where a pattern may end (a non-word char, or the end)?
            let (boundary, width) = boundary_at(text, i);
            if boundary && i > s {
                // `Jokowinya`: the clitic `-nya` glued to a name
                if clitic_before(b, s, i) {
                    let stem = self.nodes.get(prefix_hash(&text[s..i - 3]));
                    if let Some(node) = stem.filter(|n| n.terms() > 0) {
                        self.emit(text, s, i - 3, node, true, cased, out);
                    }
                }
                let Some(node) = self.nodes.get(h) else {
                    return;
                };
                if node.terms() > 0 {
                    self.emit(text, s, i, node, glued, cased, out);
                }
                if !node.more() {
                    return;
                }
            }
            if i >= limit {
                return;
            }
            h = steps(h, &b[i..i + width]);
            i += width;
        }
    }

    /// Emits the entries of `node`'s patterns that equal `text[s..e]` and pass their checks;
    /// `joined` when the match is glued to the word before it or to the clitic `-nya`.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn emit(
        &self,
        text: &str,
        s: usize,
        e: usize,
        node: Node,
        joined: bool,
        cased: bool,
        out: &mut Vec<Candidate>,
    ) {
        let m = &text.as_bytes()[s..e];
        let mut at = node.terms();
        loop {
            let row = &self.terms[at];
            // (unequal: a hash collision)
            if row.matches(m, &self.bytes) {
                self.take(text, s, e, &row.hit, joined, cased, out);
                let [a, b] = row.rest;
                if a < b {
                    self.take_rest(text, s, e, a as usize..b as usize, joined, cased, out);
                }
            }
            if row.last {
                return;
            }
            at += 1;
        }
    }

    /// [`Matcher::take`] of the entries of a pattern after its first (`Row::rest`).
    #[cold]
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn take_rest(
        &self,
        text: &str,
        s: usize,
        e: usize,
        rest: std::ops::Range<usize>,
        joined: bool,
        cased: bool,
        out: &mut Vec<Candidate>,
    ) {
        for hit in &self.hits[rest] {
            self.take(text, s, e, hit, joined, cased, out);
        }
    }

    /// Emits `hit`, whose pattern equals `text[s..e]`, if it passes its checks. In cased
    /// text, a match starting with a lower-case letter is only taken for an entry that
    /// starts with one.
    #[inline(always)]
    #[allow(clippy::too_many_arguments)]
    fn take(
        &self,
        text: &str,
        s: usize,
        e: usize,
        hit: &Hit,
        joined: bool,
        cased: bool,
        out: &mut Vec<Candidate>,
    ) {
        if joined && !hit.long {
            return;
        }
        if hit.case != CasePolicy::Any && !self.hit_case_ok(text, s, e, hit) {
            return;
        }
        if cased && !hit.lower && lower_at(text, s) {
            return;
        }
        out.push(Candidate {
            start: s,
            end: e,
            label: hit.label,
            value: None, // the entry's (see `Candidate::value`)
            source: Origin::Gazetteer {
                entry: hit.entry,
                line: hit.line,
            },
            priority: hit.priority,
        });
    }

    /// Does `text[s..e]`, equal to `hit`'s pattern up to ASCII case, pass the hit's case
    /// policy (not [`CasePolicy::Any`])? The same answer as [`case_ok`], without reading the
    /// text as characters where the surface has the same length and fits the `caps` mask.
    #[inline(never)]
    fn hit_case_ok(&self, text: &str, s: usize, e: usize, hit: &Hit) -> bool {
        let matched = &text[s..e];
        let at = hit.surface_at as usize;
        let surface = &self.bytes[at..at + hit.surface_len as usize];
        let m = matched.as_bytes();
        if m.len() == surface.len() {
            match hit.case {
                CasePolicy::Exact => return m == surface,
                CasePolicy::Title if m.len() <= 64 => {
                    // a non-ASCII capital of the surface is the same bytes in `matched`
                    let mut caps = hit.caps;
                    while caps != 0 {
                        if !m[caps.trailing_zeros() as usize].is_ascii_uppercase() {
                            return false;
                        }
                        caps &= caps - 1;
                    }
                    return true;
                }
                _ => {}
            }
        }
        // (a surface is a whole entry's UTF-8 string)
        let surface = std::str::from_utf8(surface).unwrap_or_default();
        case_ok(matched, surface, hit.case)
    }
}

/// Whether a pattern may end at `i` (before a non-word character, or at the end of `text`),
/// and the width of the character there (0 at the end).
#[inline(always)]
fn boundary_at(text: &str, i: usize) -> (bool, usize) {
    let b = text.as_bytes();
    if i >= b.len() {
        (true, 0)
    } else if b[i] < 0x80 {
        (CLASS[usize::from(b[i])] & WORD == 0, 1)
    } else {
        let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
        (!is_word_char(ch), ch.len_utf8())
    }
}

/// Calls `key` for every point of the lower-cased pattern `p` right after a non-word
/// character (after the first character): [`step`] of the walk's hash there (the
/// [`prefix_hash`] of `p` up to that point) with the byte of `p` there, or with `n` where `p`
/// ends (a walk that reads the clitic `nya` there may emit `p`).
///
/// Why a walk resumed after a word and a non-word character at `i`, where the text has an
/// ASCII letter or digit `c`, can skip when no key is `step(h, c)`: every lookup it makes
/// is of a prefix of the text from the start through `i` and then through the run of
/// letters and digits at `i`, so the patterns it can reach (or reach with the clitic cut
/// off) have `c` (lower-cased) at `i`, or end at `i` and meet `nya` there: no lookup ends
/// at `i` itself, where no boundary is.
fn resume_keys(p: &str, mut key: impl FnMut(u64)) {
    prefix_hashes(p, |h, c| {
        let h = steps(h, &p.as_bytes()[c.clone()]);
        key(step(h, p.as_bytes().get(c.end).copied().unwrap_or(b'n')));
    });
}

/// `h` [`step`]ped over `bytes`.
#[inline(always)]
fn steps(h: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(h, |h, &x| step(h, x))
}

/// [`word_char_before`] `i`, from the byte table when that byte is ASCII (mostly a mark:
/// `"`, `(`).
#[inline]
fn word_before(text: &str, i: usize) -> bool {
    match text.as_bytes()[..i].last() {
        Some(&c) if c < 0x80 => CLASS[usize::from(c)] & WORD != 0,
        _ => word_char_before(text, i),
    }
}

/// Does the text `b[s..i]` end in the clitic `nya` after at least one more byte? Both
/// tested without a branch on the length (a third of the words are of up to three bytes,
/// unpredictably): one integer, 0 where both pass, and one test of it (two tests joined by
/// `&` were compiled to a branch each, the one on the length a coin flip).
#[inline(always)]
fn clitic_before(b: &[u8], s: usize, i: usize) -> bool {
    let [x, y, z] = b[..i].last_chunk::<3>().copied().unwrap_or_default();
    let not_nya = u32::from_le_bytes([x, y, z, 0]) ^ u32::from_le_bytes([b'n', b'y', b'a', 0]);
    // (not 0 for up to three bytes: 8 >> 0..=3; 0 from four on)
    let short = 8u32 >> (i - s).min(31);
    not_nya | short == 0
}

/// [`starts_lower`] of `text[i..]`, reading an ASCII byte there alone.
#[inline(always)]
fn lower_at(text: &str, i: usize) -> bool {
    match text.as_bytes().get(i) {
        Some(&b) if b < 0x80 => b.is_ascii_lowercase(),
        _ => text.get(i..).is_some_and(starts_lower),
    }
}

fn starts_lower(s: &str) -> bool {
    match s.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_lowercase(),
        _ => s.chars().next().is_some_and(char::is_lowercase),
    }
}

/// The `caps` of a [`Hit`] for `surface`: of the capitals that [`case_ok`] requires under
/// [`CasePolicy::Title`] (each capital that starts a word), the ASCII ones, as a bit per byte
/// offset; 0 for a surface longer than 64 bytes. (Text equal to the surface up to ASCII case
/// has the very bytes of each non-ASCII capital.)
fn title_caps(surface: &str) -> u64 {
    if surface.len() > 64 {
        return 0;
    }
    let mut caps = 0;
    let mut prev_word = false;
    for (k, c) in surface.char_indices() {
        if c.is_ascii_uppercase() && !prev_word {
            caps |= 1 << k;
        }
        prev_word = c.is_alphanumeric();
    }
    caps
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
    use crate::token::tokenize;

    fn matcher(rows: &str) -> Matcher {
        let g = Gazetteer::parse(
            "t.tsv",
            &format!("surface\tlabel\tvalue\tcase\tpriority\n{rows}"),
        )
        .unwrap();
        Matcher::new(g.entries().to_vec()).unwrap()
    }

    #[test]
    fn clitic_before_is_nya_after_at_least_a_byte() {
        let text = b"x nya anya Jokowinya ny nyA sanya, bunyai nyanyanyanyanyanyanyanyanyanyanya";
        for s in 0..=text.len() {
            for i in s..=text.len() {
                let want = i - s > 3 && text[..i].ends_with(b"nya");
                assert_eq!(clitic_before(text, s, i), want, "{s}..{i}");
            }
        }
    }

    fn found(m: &Matcher, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let cased = text.bytes().any(|b| b.is_ascii_uppercase());
        m.find(text, &tokenize(text), cased, &mut out);
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
    fn lower_case_and_punctuation_starts() {
        let m = matcher(
            "detikcom\tORGANIZATION\t\tany\t50\nx\tPERSON\t\texact\t50\n(UE)\tORGANIZATION\t\tany\t50\nBank Indonesia\tORGANIZATION\t\tany\t50\n",
        );
        // lower-case entries are found in cased text; the others start at capitals only
        assert_eq!(
            found(&m, "Kata detikcom, x dan X. Lalu (UE) dan bank indonesia."),
            ["detikcom", "x", "(UE)"]
        );
        assert_eq!(found(&m, "kata bank indonesia"), ["bank indonesia"]);
        // glued to the word before, `Bank Indonesia` is long enough to be taken
        assert_eq!(found(&m, "menurutBank Indonesia."), ["Bank Indonesia"]);
        assert_eq!(found(&m, "Bank Indonesiaku"), Vec::<String>::new());
    }

    #[test]
    fn quiet_tokens_are_those_no_entry_starts_at() {
        // with an entry starting at `(`, only other one-byte punctuation is quiet; without
        // one, all punctuation is; words never are
        let text = "Kata (UE), “Rusia” ... x.";
        let quiet = |m: &Matcher| -> Vec<&str> {
            tokenize(text)
                .iter()
                .filter(|t| m.quiet(text.as_bytes(), t))
                .map(|t| &text[t.start..t.end])
                .collect()
        };
        let paren = matcher("(UE)\tORGANIZATION\t\tany\t50\nRusia\tCOUNTRY\tRU\tany\t50\n");
        assert_eq!(quiet(&paren), [")", ",", ".", ".", ".", "."]);
        let words = matcher("UE\tORGANIZATION\t\tany\t50\nRusia\tCOUNTRY\tRU\tany\t50\n");
        assert_eq!(quiet(&words), ["(", ")", ",", "“", "”", ".", ".", ".", "."]);
        // and a quiet token is one `find_token` finds nothing at, wherever it is
        for m in [&paren, &words] {
            let toks = tokenize(text);
            for (k, t) in toks
                .iter()
                .enumerate()
                .filter(|(_, t)| m.quiet(text.as_bytes(), t))
            {
                let prev_end = if k == 0 { usize::MAX } else { toks[k - 1].end };
                let mut out = Vec::new();
                m.find_token(text, t, 0, prev_end, true, &mut out);
                assert!(out.is_empty(), "{k}");
            }
        }
    }

    #[test]
    fn names_with_non_ascii_letters_digits_and_clitics() {
        // the walk hashes runs of ASCII letters and digits whole and other bytes one by one;
        // the index must hash patterns the same way wherever the runs break
        let m = matcher(
            "Andrés Iniesta\tPERSON\t\tany\t50\nG20\tORGANIZATION\t\tany\t50\nSão Paulo\tLOCATION\t\tany\t50\nJosé\tPERSON\t\tany\t50\n",
        );
        assert_eq!(
            found(
                &m,
                "Kata Andrés Iniesta di KTT G20 (São Paulo), ANDRéS INIESTA."
            ),
            ["Andrés Iniesta", "G20", "São Paulo", "ANDRéS INIESTA"]
        );
        assert_eq!(
            found(&m, "Josénya datang, Andrés Iniestanya juga"),
            ["José", "Andrés Iniesta"]
        );
        assert_eq!(
            found(&m, "G2 G200 Andrés Iniestas Sã Paulo"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn walks_go_on_after_a_word_where_some_name_does() {
        // the keys: at each point right after a non-word character, the prefix's hash
        // stepped with the byte there (`n` at the end: the clitic)
        let keys = |p: &str| {
            let mut v = Vec::new();
            resume_keys(p, |k| v.push(k));
            v
        };
        let at = |p: &str, i: usize, c: u8| step(prefix_hash(&p[..i]), c);
        assert_eq!(keys("jakarta selatan"), [at("jakarta selatan", 8, b's')]);
        assert_eq!(
            keys("pt. maju jaya"),
            [
                at("pt. ", 3, b' '),
                at("pt. maju", 4, b'm'),
                at("pt. maju jaya", 9, b'j')
            ]
        );
        assert_eq!(keys("maju-"), [at("maju-", 5, b'n')]);
        assert_eq!(keys("sã paulo"), [at("sã paulo", 4, b'p')]);
        assert!(keys("jakarta").is_empty());

        let m = matcher(
            "Jakarta\tLOCATION\t\tany\t50\nJakarta Selatan\tLOCATION\t\tany\t50\nMaju-\tORGANIZATION\t\tany\t50\nPT. Maju Jaya\tORGANIZATION\t\tany\t50\n",
        );
        assert_eq!(
            found(&m, "Jakarta pada Jakarta Selatan, Jakarta selatannya"),
            [
                "Jakarta",
                "Jakarta",
                "Jakarta Selatan",
                "Jakarta",
                "Jakarta selatan"
            ]
        );
        assert_eq!(found(&m, "PT. Maju Jaya dan PT. Mundur"), ["PT. Maju Jaya"]);
        // a name ending after a non-word character, met by the clitic `nya`
        assert_eq!(found(&m, "Maju-nya dan Maju-xyz"), ["Maju-"]);
    }

    #[test]
    fn prefixes_sharing_a_slot_tag_share_the_slot() {
        let mut t = NodeTable::with_capacity(4);
        let h1 = 0x1234_5678_9abc_def1_u64;
        // another hash with the same low 32 bits (the tag) and the same home bucket
        let h2 = (1..u64::from(u32::MAX))
            .map(|k| h1 ^ (k << 32))
            .find(|&h| t.home(h) == t.home(h1))
            .expect("a hash with the same home");
        let a = t.slot_for(h1);
        assert_eq!(t.slot_for(h2), a);
        t.set_node(a, Node(7 | Node::MORE));
        assert_eq!(t.get(h1), Some(Node(7 | Node::MORE)));
        assert_eq!(t.get(h2), Some(Node(7 | Node::MORE)));
        // a different tag takes a slot of its own
        let h3 = h1 ^ 2;
        let b = t.slot_for(h3);
        assert_ne!(a, b);
        t.set_node(b, Node(0));
        assert_eq!(t.get(h3), Some(Node(0)));
        assert_eq!(t.get(h1 ^ 4), None);
    }

    #[test]
    fn keys_past_a_full_bucket_go_on_to_the_next() {
        // 64 slots, 8 buckets: twelve keys with one home fill it and take four slots of the
        // next; each is found there, and a key missing from both is not
        let mut t = NodeTable::with_capacity(40);
        let same_home: Vec<u64> = (1..u64::MAX)
            .map(|k| k.wrapping_mul(0x2545_f491_4f6c_dd1d))
            .filter(|&h| t.home(h) == 3)
            .take(14)
            .collect();
        let (keys, missing) = same_home.split_at(12);
        let mut slots = Vec::new();
        for (k, &h) in keys.iter().enumerate() {
            let at = t.slot_for(h);
            assert!(!slots.contains(&at));
            t.set_node(at, Node(k as u32 + 1));
            slots.push(at);
        }
        assert!(slots[..BUCKET].iter().all(|&at| at / BUCKET == 3));
        assert!(slots[BUCKET..].iter().all(|&at| at / BUCKET == 4));
        for (k, &h) in keys.iter().enumerate() {
            assert_eq!(t.probe(h), Some(Node(k as u32 + 1)));
        }
        for &h in missing {
            assert_eq!(t.probe(h), None);
        }
    }

    #[test]
    fn case_masks_agree_with_case_ok() {
        let m = matcher(
            "Bank Indonesia\tORGANIZATION\t\ttitle\t50\nBI\tORGANIZATION\t\texact\t50\nÉcole du Louvre\tORGANIZATION\t\ttitle\t50\nd'Artagnan\tPERSON\t\ttitle\t50\nO2-Nyata Jaya\tORGANIZATION\t\texact\t50\nPDI-P\tORGANIZATION\t\ttitle\t50\n",
        );
        for hit in m.terms[1..].iter().map(|r| &r.hit).chain(&m.hits) {
            let at = hit.surface_at as usize;
            let surface = std::str::from_utf8(&m.bytes[at..at + hit.surface_len as usize]).unwrap();
            let spaced = surface.replace('-', " - ");
            // every ASCII-case variant of the surface (and of its token-spaced form)
            for text in [surface, spaced.as_str()] {
                let letters: Vec<usize> = text
                    .char_indices()
                    .filter(|(_, c)| c.is_ascii_alphabetic())
                    .map(|(k, _)| k)
                    .collect();
                for bits in 0..1u32 << letters.len().min(12) {
                    let mut v = text.as_bytes().to_vec();
                    for (j, &k) in letters.iter().enumerate().take(12) {
                        v[k] = if bits >> j & 1 == 1 {
                            v[k].to_ascii_uppercase()
                        } else {
                            v[k].to_ascii_lowercase()
                        };
                    }
                    let v = String::from_utf8(v).unwrap();
                    assert_eq!(
                        m.hit_case_ok(&v, 0, v.len(), hit),
                        case_ok(&v, surface, hit.case),
                        "{v:?} against {surface:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn rows_match_as_eq_ignore_ascii_case() {
        // patterns of every length up to past the 16-byte head, with non-ASCII letters
        let words = [
            "a",
            "ab",
            "abc",
            "kpk",
            "jawa",
            "rusia",
            "sã",
            "jakarta",
            "prabowo",
            "indonesia",
            "andrés iniesta",
            "pt. maju jaya 12",
            "bank indonesia x",
            "badan pusat statistik",
        ];
        let rows: String = words
            .iter()
            .map(|w| format!("{w}\tPERSON\t\tany\t50\n"))
            .collect();
        let m = matcher(&rows);
        for row in &m.terms[1..] {
            let p = row.pattern(&m.bytes).to_vec();
            let mut texts = vec![p.clone(), p.to_ascii_uppercase(), p[..p.len() - 1].to_vec()];
            for k in 0..p.len() {
                // one byte flipped in case, or changed, at each place
                let mut v = p.clone();
                v[k] = v[k].to_ascii_uppercase();
                texts.push(v.clone());
                v[k] ^= 0x01;
                texts.push(v);
            }
            for t in texts {
                assert_eq!(
                    row.matches(&t, &m.bytes),
                    eq_ignore_ascii_case(&p, &t),
                    "{t:?} against {p:?}"
                );
            }
        }
    }

    #[test]
    fn numbers_start_names_unless_glued() {
        let m = matcher("212\tORGANIZATION\t\tany\t50\n1945 Jaya\tORGANIZATION\t\tany\t50\n");
        assert_eq!(
            found(
                &m,
                "Aksi 212, bukan 2120, x212, 212é atau 1.212; (212) dan 1945 Jaya."
            ),
            ["212", "212", "212", "1945 Jaya"]
        );
    }

    #[test]
    fn words_inside_other_tokens_start_walks() {
        // a scan over a token that is no plain word starts at each word in it: a run of
        // letters and digits before a boundary is looked up whole (with its clitic), any
        // other walked byte by byte
        let m = matcher(
            "Jokowi\tPERSON\t\tany\t50\n212\tORGANIZATION\t\tany\t50\nKOMPAS\tORGANIZATION\t\tany\t50\nAndrés\tPERSON\t\tany\t50\n",
        );
        assert_eq!(
            found(
                &m,
                "Kata Jokowinya.com, KOMPAS.com, 24/212/2026, 24/2120/2026 dan x/Andrés/AndrésX."
            ),
            ["Jokowi", "KOMPAS", "212", "Andrés"]
        );
    }

    #[test]
    fn glued_capitals_after_runs_of_lower_case_letters_and_digits() {
        // a scan skips runs of lower-case letters and digits, where nothing starts, but not
        // the capital after one: glued after a letter it starts a name, after a digit not
        let m = matcher("Rusia\tCOUNTRY\tRU\tany\t60\n");
        assert_eq!(
            found(&m, "kata/menghadapiRusia/12Rusia/abc1dRusia/ab12RUSIA"),
            ["Rusia", "Rusia"]
        );
        // (`rusia` is lower-case in cased text, the second `Rusia` glued after a digit)
        assert_eq!(found(&m, "x.y/Rusia-rusia2Rusia"), ["Rusia"]);
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
    fn patterns_past_their_row_head_and_entries_past_the_first() {
        // a pattern longer than a row's 16 bytes is compared whole; the entries of a pattern
        // after the first are checked as the first is
        let m = matcher(
            "Badan Pusat Statistik\tORGANIZATION\t\tany\t50\nBADAN PUSAT STATISTIK\tORGANIZATION\t\texact\t60\nBadan Pusat Statistiq\tPERSON\t\tany\t50\nPBB\tORGANIZATION\t\tany\t50\npbb\tPERSON\t\texact\t40\n",
        );
        let labels = |text: &str| {
            let mut out = Vec::new();
            m.find(text, &tokenize(text), false, &mut out);
            out.iter()
                .map(|c| format!("{} {:?}", &text[c.start..c.end], c.label))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            labels("BADAN PUSAT STATISTIK dan Badan Pusat Statistik"),
            [
                "BADAN PUSAT STATISTIK Organization",
                "BADAN PUSAT STATISTIK Organization",
                "Badan Pusat Statistik Organization"
            ]
        );
        assert_eq!(
            labels("Badan Pusat StatistiQ, Badan Pusat Statistix"),
            ["Badan Pusat StatistiQ Person"]
        );
        assert_eq!(
            labels("PBB dan pbb"),
            ["PBB Organization", "pbb Organization", "pbb Person"]
        );
    }

    #[test]
    fn shorter_entry_survives_a_longer_one_ending_mid_word() {
        let m =
            matcher("Bank\tORGANIZATION\t\tany\t50\nBank Indonesiana\tORGANIZATION\t\tany\t50\n");
        assert_eq!(found(&m, "Bank Indonesianaku"), ["Bank"]);
    }
}
