//! Hashing of lower-cased words, shared by the gazetteer index and the rule lexicon.

/// One step of the hash of lower-cased bytes (FxHash's step on the ASCII-lower-cased byte).
#[inline(always)]
pub(crate) fn step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The hash of the empty string.
pub(crate) const SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// A case-insensitive hash of a whole word, eight bytes at a time: each byte OR 0x20 (which
/// is its ASCII lower case for letters and leaves every lower-case letter, digit and most
/// punctuation as it is), so `KATA`, `Kata` and `kata` hash alike.
#[inline]
pub(crate) fn word_hash(bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut h = (bytes.len() as u64).wrapping_mul(K);
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h ^ (u64::from_le_bytes(w) | 0x2020_2020_2020_2020)).wrapping_mul(K);
        h ^= h >> 29;
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut w = [0x20u8; 8];
        w[..rest.len()].copy_from_slice(rest);
        h = (h ^ (u64::from_le_bytes(w) | 0x2020_2020_2020_2020)).wrapping_mul(K);
    }
    h ^ (h >> 32)
}

/// A set of lower-cased words with a `u32` each, looked up by a word in any ASCII case
/// without copying it: open addressing over [`word_hash`], each slot holding its word (up to
/// [`INLINE`] bytes; longer words sit in a side list), so that a lookup mostly touches one
/// small slot, not a slot and then a heap string. A lookup runs for every word of a text, so
/// the table is kept small enough to stay in cache.
#[derive(Debug, Clone)]
pub(crate) struct WordMap {
    slots: Vec<Slot>,
    long: Vec<Box<[u8]>>,
    mask: usize,
    /// a bit per word at another mix of its hash: a word that is in no list (a third of the
    /// words of a text) is answered from this small bitset without touching the table
    filter: Vec<u64>,
    filter_shift: u32,
}

/// The longest word stored in its slot.
const INLINE: usize = 14;

#[derive(Debug, Clone, Copy)]
struct Slot {
    /// the high half of the word's hash, with the low bit set; 0 marks an empty slot
    hash: u32,
    value: u32,
    /// the word's length, or `INLINE + 1 + i` for `long[i]`
    len: u16,
    word: [u8; INLINE],
}

const EMPTY: Slot = Slot {
    hash: 0,
    value: 0,
    len: 0,
    word: [0; INLINE],
};

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
        let cap = (words.len() * 3 / 2 + 1).next_power_of_two().max(16);
        let bits = (words.len() * 16).next_power_of_two().clamp(64, 1 << 24);
        let filter_shift = 64 - bits.trailing_zeros();
        let mut filter = vec![0u64; bits / 64];
        let mut slots = vec![EMPTY; cap];
        let mut long: Vec<Box<[u8]>> = Vec::new();
        let mask = cap - 1;
        for (w, value) in words {
            let h = word_hash(&w);
            let bit = WordMap::filter_bit(h, filter_shift);
            filter[bit / 64] |= 1 << (bit % 64);
            let hash = WordMap::tag(h);
            let mut at = h as usize & mask;
            while slots[at].hash != 0 {
                at = (at + 1) & mask;
            }
            let mut slot = Slot {
                hash,
                value,
                len: 0,
                word: [0; INLINE],
            };
            if w.len() <= INLINE {
                slot.len = w.len() as u16;
                slot.word[..w.len()].copy_from_slice(&w);
            } else {
                slot.len = u16::try_from(INLINE + 1 + long.len()).unwrap_or(u16::MAX);
                long.push(w);
            }
            slots[at] = slot;
        }
        WordMap {
            slots,
            long,
            mask,
            filter,
            filter_shift,
        }
    }

    #[inline]
    fn filter_bit(h: u64, shift: u32) -> usize {
        (h.wrapping_mul(0xd6e8_feb8_6659_fd93) >> shift) as usize
    }

    #[inline]
    fn tag(h: u64) -> u32 {
        ((h >> 32) as u32) | 1
    }

    /// The value of `word` (compared case-insensitively for ASCII; stored words are
    /// lower-cased), given its [`word_hash`].
    #[inline]
    pub(crate) fn get_hashed(&self, word: &[u8], h: u64) -> Option<u32> {
        let bit = WordMap::filter_bit(h, self.filter_shift);
        if self.filter[bit / 64] & (1 << (bit % 64)) == 0 {
            return None;
        }
        let tag = WordMap::tag(h);
        let mut at = h as usize & self.mask;
        loop {
            let slot = &self.slots[at];
            if slot.hash == 0 {
                return None;
            }
            if slot.hash == tag {
                let len = usize::from(slot.len);
                let hit = if len <= INLINE {
                    slot.word[..len].eq_ignore_ascii_case(word)
                } else {
                    self.long
                        .get(len - INLINE - 1)
                        .is_some_and(|l| l.eq_ignore_ascii_case(word))
                };
                if hit {
                    return Some(slot.value);
                }
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The value of `word`, ASCII case-insensitively.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<u32> {
        self.get_hashed(word, word_hash(word))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(m.get(b""), None);
        let long = "a".repeat(40);
        let m = WordMap::new([(long.clone(), 3), ("b".repeat(18), 5)]);
        assert_eq!(m.get(long.to_uppercase().as_bytes()), Some(3));
        assert_eq!(m.get("b".repeat(18).as_bytes()), Some(5));
        assert_eq!(m.get("a".repeat(39).as_bytes()), None);
        let many = WordMap::new((0..5000).map(|i| (format!("w{i}"), i)));
        assert!((0..5000).all(|i| many.get(format!("W{i}").as_bytes()) == Some(i)));
        assert_eq!(many.get(b"w5000"), None);
    }
}
