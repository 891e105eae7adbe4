//! Hashing of lower-cased words, shared by the gazetteer index and the rule lexicon, and the
//! string keys of the discourse pass's map.

use crate::token::{ASCII_CLASS, WORD, is_word_char};

/// One step of the hash of lower-cased bytes (FxHash's step on the ASCII-lower-cased byte).
#[inline(always)]
pub(crate) fn step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The hash of the empty string.
pub(crate) const SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// Folds the [`word_hash`] of a run of ASCII letters and digits into a prefix hash.
#[inline(always)]
pub(crate) fn fold_word(h: u64, word_hash: u64) -> u64 {
    (h.rotate_left(5) ^ word_hash).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The case-folded hash of a prefix, as the gazetteer matcher computes it while it walks:
/// each maximal run of ASCII letters and digits counts as one [`word_hash`] (so a plain word
/// is hashed once, from the [`Key`] the word lists use), every other byte as a [`step`].
/// Equal up to ASCII case, equal hash.
pub(crate) fn prefix_hash(text: &str) -> u64 {
    prefix_hashes(text, |_, _| {})
}

/// [`prefix_hash`] of `text`, calling `boundary` with the hash of every prefix that ends
/// before a non-word character (after the first character) and that character's range:
/// the prefixes the gazetteer index keeps.
pub(crate) fn prefix_hashes(
    text: &str,
    mut boundary: impl FnMut(u64, std::ops::Range<usize>),
) -> u64 {
    let bytes = text.as_bytes();
    let mut h = SEED;
    let mut i = 0;
    while i < bytes.len() {
        let run = run_end(bytes, i, bytes.len());
        if run > i {
            h = fold_word(h, word_hash(&bytes[i..run]));
            i = run;
            continue;
        }
        let c = text[i..].chars().next().unwrap_or('\u{FFFD}');
        if i > 0 && !is_word_char(c) {
            boundary(h, i..i + c.len_utf8());
        }
        for &b in &bytes[i..i + c.len_utf8()] {
            h = step(h, b);
        }
        i += c.len_utf8();
    }
    h
}

/// The end of the run of ASCII letters and digits at `b[i..]`, at most `limit`.
#[inline(always)]
pub(crate) fn run_end(b: &[u8], mut i: usize, limit: usize) -> usize {
    while i < limit && ASCII_CLASS[usize::from(b[i])] & WORD != 0 {
        i += 1;
    }
    i
}

const LOW: u64 = 0x2020_2020_2020_2020;

#[inline(always)]
pub(crate) fn load8(w: &[u8], at: usize) -> u64 {
    let mut x = [0u8; 8];
    x.copy_from_slice(&w[at..at + 8]);
    u64::from_le_bytes(x)
}

#[inline(always)]
pub(crate) fn load4(w: &[u8], at: usize) -> u64 {
    let mut x = [0u8; 4];
    x.copy_from_slice(&w[at..at + 4]);
    u64::from(u32::from_le_bytes(x))
}

/// `BYTES[n]`: masks of the first `n` bytes of 16 read as two `u64`, for `n` up to 16.
const BYTES: [[u64; 2]; 17] = {
    let mut m = [[0; 2]; 17];
    let mut n = 1;
    while n <= 16 {
        let (a, b) = if n < 8 { (n, 0) } else { (8, n - 8) };
        m[n][0] = u64::MAX >> (64 - 8 * a);
        m[n][1] = if b == 0 { 0 } else { u64::MAX >> (64 - 8 * b) };
        n += 1;
    }
    m
};

/// The bytes of a word of up to 16 bytes as two integers, read without a loop: two loads that
/// together cover every byte (overlapping when the word is shorter than their sum), or under
/// four bytes its [`three_bytes`] and 0. (Of a longer word: its first and last eight bytes.)
#[inline(always)]
pub(crate) fn cover(w: &[u8]) -> (u64, u64) {
    let n = w.len();
    if n >= 8 {
        (load8(w, 0), load8(w, n - 8))
    } else if n >= 4 {
        (load4(w, 0), load4(w, n - 4))
    } else {
        (three_bytes(w), 0)
    }
}

/// Every byte of a word of up to three bytes in one integer: bytes 0, n / 2 and n - 1 (0 for
/// the empty word; the zero bytes above them are no letters).
#[inline(always)]
pub(crate) fn three_bytes(w: &[u8]) -> u64 {
    let n = w.len();
    if n > 0 {
        u64::from(w[0]) | u64::from(w[n / 2]) << 8 | u64::from(w[n - 1]) << 16
    } else {
        0
    }
}

/// A case-insensitive hash of a whole word (`KATA`, `Kata` and `kata` hash alike): from its
/// [`Key`] for up to 16 bytes, eight bytes at a time beyond.
#[inline]
pub(crate) fn word_hash(w: &[u8]) -> u64 {
    Key::of(w).word_hash(w)
}

/// The case-folded key of a word: its first 16 bytes (zero-padded to 16 in a shorter word) as
/// two integers (`a` the first eight), each byte OR 0x20. For an ASCII word of letters and
/// digits of up to 16 bytes, two words have the same key and length exactly when they are
/// equal ignoring ASCII case (of a longer word the key only narrows the search). What a
/// [`WordMap`] compares and hashes, and what [`word_hash`] is computed from.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Key {
    a: u64,
    b: u64,
}

impl Key {
    /// The key of `w`.
    #[inline(always)]
    pub(crate) fn of(w: &[u8]) -> Key {
        let n = w.len();
        // (the loads of the word's `cover`, moved into place: where two overlap, the bytes
        // they share are the same, which OR leaves as they are)
        let (a, b) = if n >= 16 {
            (load8(w, 0), load8(w, 8))
        } else if n >= 8 {
            let last = u128::from(load8(w, n - 8)) >> (8 * (16 - n));
            (load8(w, 0), last as u64)
        } else if n >= 4 {
            (load4(w, 0) | load4(w, n - 4) << (8 * (n - 4)), 0)
        } else if n > 0 {
            let at = |i: usize| u64::from(w[i]) << (8 * i);
            (at(0) | at(n / 2) | at(n - 1), 0)
        } else {
            (0, 0)
        };
        Key {
            a: a | LOW,
            b: b | LOW,
        }
    }

    /// [`Key::of`] the word `rest[..n]`, read without a branch on its length where `rest` has
    /// 16 bytes (the tagger's pass reads the key of every plain word: a branch on whether it
    /// has eight bytes, or four, would be a coin flip).
    #[inline(always)]
    pub(crate) fn at(rest: &[u8], n: usize) -> Key {
        match rest.first_chunk::<16>() {
            Some(x) => {
                let [ma, mb] = BYTES[n.min(16)];
                let (a, b) = (load8(x, 0), load8(x, 8));
                Key {
                    a: a & ma | LOW,
                    b: b & mb | LOW,
                }
            }
            _ => Key::of(&rest[..n]),
        }
    }

    /// The [`word_hash`] of `w`, a word of this key.
    #[inline(always)]
    pub(crate) fn word_hash(self, w: &[u8]) -> u64 {
        const K: u64 = 0x9e37_79b9_7f4a_7c15;
        let n = w.len();
        let h = if n <= 16 {
            (self.a ^ (n as u64).wrapping_mul(K)).wrapping_mul(K) ^ self.b.rotate_left(29)
        } else {
            let mut h = (n as u64).wrapping_mul(K);
            let mut i = 0;
            while i + 8 <= n {
                h = (h ^ (load8(w, i) | LOW)).wrapping_mul(K);
                h ^= h >> 29;
                i += 8;
            }
            h ^ (load8(w, n - 8) | LOW)
        };
        let h = h.wrapping_mul(K);
        h ^ (h >> 32)
    }

    /// Where a [`WordMap`] keeps a word of this key and `len` bytes: one multiply of the
    /// key's two halves, 64 by 64 bits into 128, whose halves are folded together (mixed
    /// in its high bits as in its low bits). Less work than [`Key::word_hash`], which the
    /// most common words (that only the word lists want) need not have.
    #[inline(always)]
    fn map_hash(self, len: usize) -> u64 {
        // (each operand has a byte that is not 0 whatever the key and length: every key
        // byte has bit 0x20, which those bytes of the constants lack)
        let x = self.a ^ 0x243f_6a88_85a3_08d3;
        let y = self.b ^ 0x1319_8a2e_0370_7344 ^ len as u64;
        let m = u128::from(x) * u128::from(y);
        m as u64 ^ (m >> 64) as u64
    }
}

/// A set of hashes that answers "surely not" for most others: a bit per hash, chosen by the
/// high bits of a mix of it ([`HashBits::insert`]), or by its own high bits for a hash
/// mixed there already ([`HashBits::insert_mixed`], the word lists' `map_hash`). The prefix
/// table, the lexicon and the discourse pass each keep one in front of a larger map; the
/// matcher's `goes_on` is a set of its own.
#[derive(Debug, Clone)]
pub(crate) struct HashBits {
    bits: Vec<u64>,
    shift: u32,
}

impl HashBits {
    /// An empty set for about `n` hashes at `per_key` bits each (at most 2^24 bits).
    pub(crate) fn new(n: usize, per_key: usize) -> HashBits {
        let len = n
            .saturating_mul(per_key)
            .next_power_of_two()
            .clamp(64, 1 << 24);
        HashBits {
            bits: vec![0; len / 64],
            shift: 64 - len.trailing_zeros(),
        }
    }

    /// `h` mixed in its high bits (where [`HashBits::insert_mixed`] takes its bit).
    #[inline(always)]
    fn mix(h: u64) -> u64 {
        h.wrapping_mul(0xd6e8_feb8_6659_fd93)
    }

    #[inline]
    pub(crate) fn insert(&mut self, h: u64) {
        self.insert_mixed(HashBits::mix(h));
    }

    /// Might `h` be in the set? (No means no.)
    #[inline]
    pub(crate) fn may_hold(&self, h: u64) -> bool {
        self.may_hold_mixed(HashBits::mix(h))
    }

    /// [`HashBits::insert`] of a hash mixed in its high bits already, whose bit they choose.
    #[inline]
    fn insert_mixed(&mut self, h: u64) {
        let b = (h >> self.shift) as usize;
        self.bits[b / 64] |= 1 << (b % 64);
    }

    /// [`HashBits::may_hold`] of a hash inserted by [`HashBits::insert_mixed`].
    #[inline(always)]
    fn may_hold_mixed(&self, h: u64) -> bool {
        let b = (h >> self.shift) as usize;
        self.bits[b / 64] & (1 << (b % 64)) != 0
    }

    /// Heap memory, in bytes.
    pub(crate) fn memory_usage(&self) -> usize {
        self.bits.len() * 8
    }
}

/// `a.eq_ignore_ascii_case(b)`, eight bytes at a time (a shorter string as one or two
/// loads that together cover it).
#[inline]
pub(crate) fn eq_ignore_ascii_case(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    if n < 8 {
        let ((a0, a1), (b0, b1)) = (cover(a), cover(b));
        return lower8(a0) == lower8(b0) && lower8(a1) == lower8(b1);
    }
    let mut i = 0;
    while i + 8 <= n {
        if lower8(load8(a, i)) != lower8(load8(b, i)) {
            return false;
        }
        i += 8;
    }
    i == n || lower8(load8(a, n - 8)) == lower8(load8(b, n - 8))
}

/// ASCII-lower-cases eight bytes at once: sets 0x20 in each byte `A..=Z` (bytes of 0x80 and
/// up are left alone).
#[inline(always)]
pub(crate) fn lower8(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let low7 = x & !HIGH; // no byte can carry into the next below
    let from_a = low7 + 0x3f3f_3f3f_3f3f_3f3f; // high bit set: byte >= b'A'
    let past_z = low7 + 0x2525_2525_2525_2525; // high bit set: byte > b'Z'
    let upper = from_a & !past_z & !x & HIGH;
    x | (upper >> 2)
}

/// A set of lower-cased words with a `u32` each, looked up by a word in any ASCII case
/// without copying it: open addressing over the key's [`Key::map_hash`], each slot holding
/// the word's [`Key`], so that a plain word (ASCII letters and digits) is found by
/// comparing two integers in one small slot (an empty slot is the one whose key is 0). A
/// lookup runs for every word of a text, so the table is kept small enough to stay in
/// cache, with a bitset in front for the words that are in no list.
#[derive(Debug, Clone)]
pub(crate) struct WordMap {
    slots: Vec<Slot>,
    /// every stored word, by `word_at` of its slot, for exact comparison where keys do not
    /// suffice (apart from the slots, which a lookup of a plain word reads alone)
    words: Vec<Box<[u8]>>,
    word_at: Vec<u32>,
    mask: usize,
    /// a bit per word at the high bits of its `map_hash` (the slot is chosen by the low
    /// ones): a word that is in no list (a third of the words of a text) is answered from
    /// this small bitset without touching the table
    filter: HashBits,
    /// every word of ASCII letters and digits of up to [`PERFECT_LEN`] bytes at its own
    /// place, found by a perfect hash of its `map_hash` ([`Perfect`]): a plain word is
    /// looked up there with no branch on whether it is in the map (half the words of a text
    /// are in the word lists: a branch on it would be a coin flip); `None` unless asked for
    /// ([`WordMap::with_perfect`]) and found
    perfect: Option<Perfect>,
}

/// The longest word a [`Perfect`] table holds: the [`Key`] of a word of ASCII letters and
/// digits of up to 12 bytes is its first 12 bytes (the last four are padding, 0x20 each,
/// which no letter or digit gives), so a [`Place`] keeps the word's value there instead.
/// (Words of 13 to 16 bytes are one in a hundred of a text: `plain_value` finds them in the
/// slots.)
const PERFECT_LEN: usize = 12;

/// A table of keys without collisions: the key `h` (a `map_hash`) is at
/// `h * mult[h >> 55] >> shift`, where each of the 512 groups of keys by their high bits
/// has a multiplier (odd) that puts its keys in places no other key has (hash and
/// displace).
#[derive(Debug, Clone)]
struct Perfect {
    /// (of 16 bits, which suffice for a hash mixed in its high bits as `map_hash` is: the
    /// multipliers are read at nearly every word of a text, 1 KB of them stays in cache
    /// better than 4)
    mult: Box<[u16; 512]>,
    shift: u32,
    /// each place's word (key 0: none, no word's: a [`Key`] has bit 0x20 of every byte set)
    places: Box<[Place]>,
}

/// A word of a [`Perfect`] table, of up to [`PERFECT_LEN`] bytes, in 16 bytes (a quarter of
/// a cache line, never across two: the table is read at nearly every word of a text, and
/// the fewer lines it has, the more of them stay in cache): its [`Key`] `a`, and in `b` the
/// low 32 bits of its key `b` (the rest of the key is padding) and its value in the high 32.
#[derive(Debug, Clone, Copy, Default)]
#[repr(align(16))]
struct Place {
    a: u64,
    b: u64,
}

const _: () = assert!(size_of::<Place>() == 16 && PERFECT_LEN == 16 - 4);

impl Perfect {
    /// The table of `words` = (key, value, `map_hash`) of up to [`PERFECT_LEN`] bytes each,
    /// or `None` if no multipliers are found (by a bounded search).
    fn new(words: &[(Key, u32, u64)]) -> Option<Perfect> {
        let cap = (words.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let shift = 64 - cap.trailing_zeros();
        let mut groups: Vec<Vec<usize>> = vec![Vec::new(); 512];
        for (i, w) in words.iter().enumerate() {
            groups[(w.2 >> 55) as usize].push(i);
        }
        let mut order: Vec<usize> = (0..512).collect();
        order.sort_by_key(|&g| std::cmp::Reverse(groups[g].len()));
        let mut mult = Box::new([1u16; 512]);
        let mut taken = vec![false; cap];
        let mut at: Vec<usize> = Vec::new();
        let mut places = vec![Place::default(); cap].into_boxed_slice();
        for g in order {
            let group = &groups[g];
            // (every odd multiplier once, in an order that spreads them)
            let m = (0..1u16 << 15)
                .map(|d| d.wrapping_mul(0x9e37) << 1 | 1)
                .find(|&m| {
                    // (places free and apart, checked as they are made: most tries fail early)
                    at.clear();
                    group.iter().all(|&i| {
                        let p = Perfect::place(words[i].2, m, shift);
                        let free = !taken[p] && !at.contains(&p);
                        at.push(p);
                        free
                    })
                })?;
            mult[g] = m;
            for &i in group {
                let (key, value, h) = words[i];
                debug_assert_eq!(key.b >> 32, LOW >> 32, "more than PERFECT_LEN bytes");
                let at = Perfect::place(h, m, shift);
                taken[at] = true;
                places[at] = Place {
                    a: key.a,
                    b: key.b & u64::from(u32::MAX) | u64::from(value) << 32,
                };
            }
        }
        Some(Perfect {
            mult,
            shift,
            places,
        })
    }

    /// The place of the key `h` in a table of `64 - shift` bits of places, by the multiplier
    /// `m` of its group.
    #[inline(always)]
    fn place(h: u64, m: u16, shift: u32) -> usize {
        (h.wrapping_mul(u64::from(m)) >> shift) as usize
    }

    /// The value of a word of up to [`PERFECT_LEN`] bytes of ASCII letters and digits, of
    /// `key` and `map_hash` `h`; 0 if it is not in the table. (No branch.)
    #[inline(always)]
    fn get(&self, key: Key, h: u64) -> u32 {
        let at = Perfect::place(h, self.mult[(h >> 55) as usize], self.shift);
        let p = &self.places[at];
        // (equal keys prove equal words of letters and digits of up to 16 bytes, and the
        // key of one of up to PERFECT_LEN is its first 12 bytes)
        let hit = (p.a == key.a) & (p.b as u32 == key.b as u32);
        // (a mask, not a branch)
        (p.b >> 32) as u32 & u32::from(hit).wrapping_neg()
    }
}

#[derive(Debug, Clone, Copy, Default)]
struct Slot {
    /// (0 in an empty slot, no word's: a [`Key`] has bit 0x20 of every byte set)
    a: u64,
    b: u64,
    value: u32,
    /// the word's length, modulo 2^32
    len: u32,
}

impl WordMap {
    /// Builds the map; values of repeated words are OR-ed together.
    pub(crate) fn new(pairs: impl IntoIterator<Item = (String, u32)>) -> WordMap {
        let mut words: Vec<(Box<[u8]>, u32)> = Vec::new();
        let mut index: std::collections::HashMap<Box<[u8]>, usize> = Default::default();
        for (w, v) in pairs {
            let key = w.into_bytes().into_boxed_slice();
            match index.get(&key) {
                Some(&i) => words[i].1 |= v,
                None => {
                    index.insert(key.clone(), words.len());
                    words.push((key, v));
                }
            }
        }
        // at most a third full (a text's words are mostly found at the first probe, and only
        // the slots of the words it has are read)
        let cap = (words.len() * 3 + 1).next_power_of_two().max(16);
        let mut filter = HashBits::new(words.len(), 16);
        let mut slots = vec![Slot::default(); cap];
        let mut word_at = vec![0; cap];
        let mask = cap - 1;
        // shortest words first: the most frequent words of a text are short (`di`, `yang`),
        // and the first words in sit in their own slot, found at the first probe
        let mut order: Vec<usize> = (0..words.len()).collect();
        order.sort_by_key(|&i| words[i].0.len());
        for i in order {
            let (w, value) = &words[i];
            let key = Key::of(w);
            let h = key.map_hash(w.len());
            filter.insert_mixed(h);
            let mut at = h as usize & mask;
            while slots[at].a != 0 {
                at = (at + 1) & mask;
            }
            slots[at] = Slot {
                a: key.a,
                b: key.b,
                value: *value,
                // (modulo 2^32, as `lookup` compares it)
                len: w.len() as u32,
            };
            word_at[at] = i as u32;
        }
        WordMap {
            slots,
            word_at,
            words: words.into_iter().map(|(w, _)| w).collect(),
            mask,
            filter,
            perfect: None,
        }
    }

    /// The map with a [`Perfect`] table of its words of ASCII letters and digits of up to
    /// [`PERFECT_LEN`] bytes, for [`WordMap::plain_value`]: for a map looked up for nearly
    /// every word of a text (the word lists at each lower-case word, the lexicon at each
    /// other plain word).
    /// Without it, or when no such table is found, `plain_value` probes the slots.
    pub(crate) fn with_perfect(mut self) -> WordMap {
        let plain: Vec<(Key, u32, u64)> = self
            .slots
            .iter()
            .zip(&self.word_at)
            .filter(|(slot, _)| slot.a != 0)
            .map(|(slot, &i)| (slot, &self.words[i as usize]))
            .filter(|(_, w)| w.len() <= PERFECT_LEN && w.iter().all(u8::is_ascii_alphanumeric))
            .map(|(slot, w)| {
                let key = Key {
                    a: slot.a,
                    b: slot.b,
                };
                (key, slot.value, key.map_hash(w.len()))
            })
            .collect();
        self.perfect = Perfect::new(&plain);
        self
    }

    /// The value of `word`, whose key is `key`; `plain`: the caller knows it is ASCII
    /// letters and digits only, where equal keys prove equal words. (Inlined into the
    /// tagger's pass, which calls it for nearly every word.)
    #[inline(always)]
    fn lookup(&self, word: &[u8], key: Key, plain: bool) -> Option<u32> {
        let h = key.map_hash(word.len());
        if !self.filter.may_hold_mixed(h) {
            return None;
        }
        let Key { a, b } = key;
        // (the length modulo 2^32: equal keys and lengths prove equal words only up to 16
        // bytes, and a longer word is compared whole)
        let len = word.len() as u32;
        let mut at = h as usize & self.mask;
        loop {
            let slot = &self.slots[at];
            if slot.a == a && slot.b == b && slot.len == len {
                let exact = (plain && word.len() <= 16)
                    || eq_ignore_ascii_case(&self.words[self.word_at[at] as usize], word);
                if exact {
                    return Some(slot.value);
                }
            } else if slot.a == 0 {
                return None;
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The value of `word`, ASCII case-insensitively.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<u32> {
        self.lookup(word, Key::of(word), false)
    }

    /// Like [`WordMap::get`] for a word of ASCII letters and digits only (a plain token).
    #[inline]
    #[cfg(test)]
    pub(crate) fn get_plain(&self, word: &[u8]) -> Option<u32> {
        debug_assert!(word.iter().all(u8::is_ascii_alphanumeric));
        self.lookup(word, Key::of(word), true)
    }

    /// The map's words of ASCII letters and digits (the words [`WordMap::plain_value`] finds).
    #[cfg(test)]
    pub(crate) fn plain_words(&self) -> impl Iterator<Item = &[u8]> {
        self.words
            .iter()
            .map(|w| &w[..])
            .filter(|w| w.iter().all(u8::is_ascii_alphanumeric))
    }

    /// Has the map a [`Perfect`] table?
    #[cfg(test)]
    pub(crate) fn has_perfect(&self) -> bool {
        self.perfect.is_some()
    }

    /// The value of `word` (ASCII letters and digits only: a plain token), whose `key` =
    /// `Key::of(word)` the caller has computed; 0 for a word not in the map. Up to
    /// [`PERFECT_LEN`] bytes, from the [`Perfect`] table if the map has one, without a branch
    /// on whether the word is there.
    #[inline(always)]
    pub(crate) fn plain_value(&self, word: &[u8], key: Key) -> u32 {
        debug_assert!(word.iter().all(u8::is_ascii_alphanumeric));
        match &self.perfect {
            Some(p) if word.len() <= PERFECT_LEN => p.get(key, key.map_hash(word.len())),
            _ => self.lookup(word, key, true).unwrap_or(0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eight_bytes_at_a_time_is_eq_ignore_ascii_case() {
        // every pair of bytes, at positions of strings of every way of loading them
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                let want = x.eq_ignore_ascii_case(&y);
                for n in [1, 2, 3, 4, 5, 7, 8, 9, 16] {
                    for at in [0, n / 2, 3.min(n - 1), n - 1] {
                        let mut a = vec![b'q'; n];
                        let mut b = a.clone();
                        a[at] = x;
                        b[at] = y;
                        assert_eq!(eq_ignore_ascii_case(&a, &b), want, "{x} {y} {n} {at}");
                    }
                }
            }
        }
        let long = "Badan Pusat Statistik (BPS) Jawa Tengah";
        assert!(eq_ignore_ascii_case(
            long.as_bytes(),
            long.to_uppercase().as_bytes()
        ));
        assert!(!eq_ignore_ascii_case(
            long.as_bytes(),
            &long.as_bytes()[1..]
        ));
        assert!(eq_ignore_ascii_case(
            "São Paulo, Brasil".as_bytes(),
            "SãO PAULO, BRASIL".as_bytes()
        ));
        assert!(!eq_ignore_ascii_case(
            "São Paulo, Brasil".as_bytes(),
            "SÃO PAULO, BRASIL".as_bytes()
        ));
        assert!(eq_ignore_ascii_case(b"", b""));
    }

    #[test]
    fn prefix_hashes_reports_the_prefixes_before_non_word_characters() {
        let mut seen = Vec::new();
        let whole = prefix_hashes("Bank Indonesia (BI)", |h, _| seen.push(h));
        // (before each space and parenthesis: `Bank Indonesia ` too, before `(`)
        let want: Vec<u64> = [
            "Bank",
            "Bank Indonesia",
            "Bank Indonesia ",
            "Bank Indonesia (BI",
        ]
        .iter()
        .map(|p| prefix_hash(p))
        .collect();
        assert_eq!(seen, want);
        assert_eq!(whole, prefix_hash("bank indonesia (bi)"));
        // a leading non-word character is no boundary; letters with accents are word
        // characters
        let mut seen = Vec::new();
        prefix_hashes("(São)", |h, _| seen.push(h));
        assert_eq!(seen, [prefix_hash("(São")]);
    }

    #[test]
    fn prefix_hash_folds_ascii_case_only() {
        assert_eq!(prefix_hash("Bank Indonesia"), prefix_hash("BANK indonesia"));
        assert_eq!(prefix_hash("São Paulo"), prefix_hash("SãO PAULO"));
        assert_ne!(prefix_hash("São"), prefix_hash("SÃo"));
        assert_ne!(
            prefix_hash("Bank Indonesia"),
            prefix_hash("Bank  Indonesia")
        );
        assert_ne!(prefix_hash("ab"), prefix_hash("a b"));
        assert_ne!(prefix_hash("G20"), prefix_hash("G2"));
        assert_eq!(prefix_hash(""), SEED);
        // a plain word's hash is its word_hash folded in once
        assert_eq!(
            prefix_hash("Jakarta"),
            fold_word(SEED, word_hash(b"jakarta"))
        );
    }

    #[test]
    fn a_key_read_in_the_text_is_the_words_key() {
        // every length up to 20 at every start, with the text ending right after the word
        // or going on with other bytes; letters of both cases, digits and other bytes
        let text: Vec<u8> = (0..64u8)
            .map(|i| b"Ab9xQz0_-K\xc3\xa9mN.2wY"[usize::from(i) % 17])
            .collect();
        for s in 0..40 {
            for e in s..=(s + 20).min(text.len()) {
                for end in [e, text.len()] {
                    let (k, want) = (Key::at(&text[s..end], e - s), Key::of(&text[s..e]));
                    assert_eq!((k.a, k.b), (want.a, want.b), "{s} {e} {end}");
                }
            }
        }
        // equal ignoring ASCII case, equal keys; a byte more or less, another key
        let (a, b) = (Key::of(b"JaKarta"), Key::of(b"jakarta"));
        assert_eq!((a.a, a.b), (b.a, b.b));
        for w in ["jakart", "jakartaa", "jakarta9", "jakartabaratdaya"] {
            let k = Key::of(w.as_bytes());
            assert_ne!((k.a, k.b), (b.a, b.b), "{w}");
        }
    }

    #[test]
    fn keys_give_the_word_hash_and_spread_the_map_hash() {
        for w in [
            "di",
            "yang",
            "Jakarta",
            "pemerintahan",
            "a".repeat(16).as_str(),
            "b".repeat(30).as_str(),
        ] {
            let low = w.to_lowercase();
            assert_eq!(
                Key::of(w.as_bytes()).word_hash(w.as_bytes()),
                word_hash(low.as_bytes())
            );
            assert_eq!(
                Key::of(w.as_bytes()).map_hash(w.len()),
                Key::of(low.as_bytes()).map_hash(low.len())
            );
        }
        // (`ab` and `ab ` have the same key, the padding as a space: the length tells them
        // apart)
        let (ab, ab_) = (Key::of(b"ab"), Key::of(b"ab "));
        assert_eq!((ab.a, ab.b), (ab_.a, ab_.b));
        assert_ne!(ab.map_hash(2), ab_.map_hash(3));
        // the words of a list spread over the slots of a map as over its filter's bits: few
        // share either
        let words: Vec<String> = (0..1000).map(|i| format!("kata{i}")).collect();
        let hashes: Vec<u64> = words
            .iter()
            .map(|w| Key::of(w.as_bytes()).map_hash(w.len()))
            .collect();
        for (bits, shift) in [(12, 0), (15, 49)] {
            let mut seen = vec![false; 1 << bits];
            let distinct = hashes
                .iter()
                .filter(|&&h| {
                    !std::mem::replace(&mut seen[(h >> shift) as usize & ((1 << bits) - 1)], true)
                })
                .count();
            assert!(distinct > 850, "{bits} bits: {distinct}");
        }
    }

    #[test]
    fn word_map() {
        let m = WordMap::new([
            ("kata".to_string(), 1),
            ("ujar".to_string(), 2),
            ("kata".to_string(), 4),
            ("élan".to_string(), 8),
        ]);
        assert_eq!(m.get(b"kata"), Some(5));
        assert_eq!(m.get(b"KaTa"), Some(5));
        assert_eq!(m.get(b"ujar"), Some(2));
        assert_eq!(m.get("élan".as_bytes()), Some(8));
        assert_eq!(m.get(b"kat"), None);
        assert_eq!(m.get_plain(b"KATA"), Some(5));
        assert_eq!(m.get_plain(b"kat"), None);
        assert_eq!(m.get(b""), None);
        let long = "a".repeat(40);
        let m = WordMap::new([(long.clone(), 3), ("b".repeat(18), 5)]);
        assert_eq!(m.get(long.to_uppercase().as_bytes()), Some(3));
        assert_eq!(m.get("b".repeat(18).as_bytes()), Some(5));
        assert_eq!(m.get("a".repeat(39).as_bytes()), None);
        let many = WordMap::new((0..5000).map(|i| (format!("w{i}"), i))).with_perfect();
        assert!((0..5000).all(|i| many.get(format!("W{i}").as_bytes()) == Some(i)));
        assert!((0..5000).all(|i| many.get_plain(format!("W{i}").as_bytes()) == Some(i)));
        assert!(many.perfect.is_some());
        assert!((0..5000).all(|i| many.plain_value(
            format!("W{i}").as_bytes(),
            Key::of(format!("w{i}").as_bytes())
        ) == i));
        assert_eq!(many.plain_value(b"w5000", Key::of(b"w5000")), 0);
        // every length from 1 to 40, and words that differ in one byte only
        let words: Vec<String> = (1..=40).map(|n| "ab".repeat(n)[..n].to_string()).collect();
        let m = WordMap::new(words.iter().cloned().zip(1..)).with_perfect();
        for (w, v) in words.iter().zip(1..) {
            assert_eq!(m.get(w.to_uppercase().as_bytes()), Some(v), "{w}");
            assert_eq!(m.get_plain(w.as_bytes()), Some(v), "{w}");
            let mut other = w.clone().into_bytes();
            let last = other.len() - 1;
            other[last] = b'z';
            assert_eq!(m.get(&other), None, "{w}");
            assert_eq!(m.get_plain(&other), None, "{w}");
        }
        // the perfect table (up to 16 bytes) and the slots (beyond, or with no perfect
        // table) give the same values, of words that are there and of prefixes and variants
        // that are not
        assert!(m.perfect.is_some());
        let mut slots_only = m.clone();
        slots_only.perfect = None;
        for w in &words {
            for v in [
                w.clone(),
                w.to_uppercase(),
                format!("{w}b"),
                format!("{w}z"),
                format!("z{w}"),
            ] {
                let (v, key) = (v.as_bytes(), Key::of(v.as_bytes()));
                let want = m.get_plain(v).unwrap_or(0);
                assert_eq!(m.plain_value(v, key), want, "{w}");
                assert_eq!(slots_only.plain_value(v, key), want, "{w}");
            }
        }
        // a key equal up to bit 0x20 but not as text
        let m = WordMap::new([("a@b".to_string(), 1)]);
        assert_eq!(m.get(b"a`b"), None);
        assert_eq!(m.get(b"A@B"), Some(1));
        assert_eq!(many.get(b"w5000"), None);
    }
}
