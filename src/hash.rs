//! Hashing of lower-cased words, shared by the gazetteer index and the rule lexicon.

/// One step of the hash of lower-cased bytes (FxHash's step on the ASCII-lower-cased byte).
#[inline(always)]
pub(crate) fn step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x517c_c1b7_2722_0a95)
}

/// The hash of the empty string.
pub(crate) const SEED: u64 = 0x2545_f491_4f6c_dd1d;

/// The hash of `bytes`, ASCII-lower-cased.
#[inline]
pub(crate) fn lower_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(SEED, |h, &b| step(h, b))
}

/// A set of lower-cased words with a `u32` each, looked up by a word in any ASCII case
/// without copying it: open addressing over the word hashes, each slot holding its word
/// (up to [`INLINE`] bytes; longer words sit in a side list), so that a lookup touches one
/// cache line, not a slot and then a heap string.
#[derive(Debug, Clone)]
pub(crate) struct WordMap {
    slots: Vec<Slot>,
    long: Vec<Box<[u8]>>,
    mask: usize,
}

/// The longest word stored in its slot.
const INLINE: usize = 18;

#[derive(Debug, Clone, Copy)]
struct Slot {
    /// the word's hash, with the low bit set; 0 marks an empty slot
    hash: u64,
    value: u32,
    /// the word's length, or `u16::MAX - i` for `long[i]`
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
        let cap = (words.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![EMPTY; cap];
        let mut long = Vec::new();
        let mask = cap - 1;
        for (w, value) in words {
            let hash = lower_hash(&w) | 1;
            let mut at = WordMap::home(hash, mask);
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
                slot.len = u16::MAX - long.len() as u16;
                long.push(w);
            }
            slots[at] = slot;
        }
        WordMap { slots, long, mask }
    }

    #[inline]
    fn home(h: u64, mask: usize) -> usize {
        ((h >> 32) ^ h) as usize & mask
    }

    /// The value of `word` (compared case-insensitively for ASCII; stored words are
    /// lower-cased), given its [`lower_hash`].
    #[inline]
    pub(crate) fn get_hashed(&self, word: &[u8], h: u64) -> Option<u32> {
        let h = h | 1;
        let mut at = WordMap::home(h, self.mask);
        loop {
            let slot = &self.slots[at];
            if slot.hash == 0 {
                return None;
            }
            if slot.hash == h {
                let stored: &[u8] = if usize::from(slot.len) <= INLINE {
                    &slot.word[..usize::from(slot.len)]
                } else {
                    &self.long[usize::from(u16::MAX - slot.len)]
                };
                if stored.eq_ignore_ascii_case(word) {
                    return Some(slot.value);
                }
            }
            at = (at + 1) & self.mask;
        }
    }

    /// The value of `word`, ASCII case-insensitively.
    #[inline]
    pub(crate) fn get(&self, word: &[u8]) -> Option<u32> {
        self.get_hashed(word, lower_hash(word))
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
