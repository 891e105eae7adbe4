//! Indonesian date grammar: finds calendar expressions (absolute, year-less,
//! weekdays, relative words, counted relatives, ranges, decades, holidays) in
//! news text and normalises them to ISO 8601 against a reference date.
//!
//! Design: a trigger test finds the places where a date may start (numbers, and
//! words that begin with a month or weekday name, a relative word, a number word
//! or a holiday name: one probe of a table by the first three letters); in the
//! tagger it runs over the tokens, standalone ([`DateRules::find`]) over the bytes.
//! A small hand-written parser then reads the tokens around each trigger without
//! allocating. Values are resolved left to right so that `kemudian`/`sebelumnya`
//! can count from the last date seen.
//!
//! Conventions (see ANNOTATION.md and the NER UGM majority): the weekday, the
//! parenthesised date and a time-of-day word are inside the span; `tanggal`,
//! `bulan` (before a month name), `tahun`, `abad`, `era`, `pukul ..` and `WIB` are
//! outside; `awal`/`akhir`/`pertengahan`/`medio`, `kuartal`/`triwulan`/`semester`/
//! `paruh` and `akhir pekan` are inside. A parenthesised date standing alone
//! (`di Jakarta (22/3)`) is tagged without its parentheses, because no span may
//! start with punctuation.
//!
//! Values without a grain of their own are ranges: a quarter or semester is a month
//! range (`kuartal pertama 2008` -> `2008-01/2008-03`), a century a year range
//! (`abad ke-21` -> `2001/2100`; ISO 8601's century `20` would mean 2000-2099), a
//! weekend Saturday/Sunday. Years before Christ use ISO 8601 expanded, astronomical
//! years (`580 sebelum Masehi` -> `-0579`). Two-digit years (`(26/07/11)` after a
//! weekday, `november 79`) use the POSIX pivot: 00-68 are 20yy, 69-99 are 19yy.
//! Holidays without a year (`Lebaran`, `Idul Adha`, `Natal`, `Tahun Baru`) take the
//! occurrence nearest the reference date; the Islamic ones come from tables of the
//! Indonesian government calendar (approximate to a day).

use crate::token::Kind as TokKind;
use jiff::civil::Date;
use std::cell::Cell;
use std::fmt;

/// Granularity of a date value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Grain {
    /// A calendar day.
    Day,
    /// A calendar month.
    Month,
    /// A calendar year.
    Year,
    /// A decade (`1990-an`).
    Decade,
}

/// A normalised date: a point at a grain, or a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct DateValue {
    /// First day of the value (for a month: day 1; for a year: Jan 1; decade: first year).
    pub start: Date,
    /// Grain of `start`.
    pub grain: Grain,
    /// End of a range, if the expression is a range (`10-12 Januari`), with its grain.
    pub end: Option<Date>,
    /// True when the value depended on a reference date (year-less dates, weekdays, relative words).
    pub anchored: bool,
}

impl DateValue {
    /// ISO 8601 rendering: `2022-01-10`, `2021-11`, `2014`, `199X`, `2022-01-10/2022-01-12`.
    pub fn iso(&self) -> String {
        let one = |d: Date| -> String {
            let y = year_str(d.year());
            match self.grain {
                Grain::Day => format!("{y}-{:02}-{:02}", d.month(), d.day()),
                Grain::Month => format!("{y}-{:02}", d.month()),
                Grain::Year => y,
                Grain::Decade => {
                    let mut y = y;
                    y.pop();
                    y.push('X');
                    y
                }
            }
        };
        match self.end {
            Some(e) => format!("{}/{}", one(self.start), one(e)),
            None => one(self.start),
        }
    }
}

/// ISO 8601 year: four digits, or an expanded year with a minus sign before 1 AD
/// (astronomical numbering: 1 BC is `0000`, 580 BC is `-0579`).
fn year_str(y: i16) -> String {
    if y < 0 {
        format!("-{:04}", -i32::from(y))
    } else {
        format!("{y:04}")
    }
}

impl fmt::Display for DateValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// One date found in text: byte span (on char boundaries) and its value (None when it cannot be normalised, e.g. a weekday with no reference date).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte offset of the first byte of the span.
    pub start: usize,
    /// Byte offset one past the last byte of the span.
    pub end: usize,
    /// Normalised value, if it could be computed.
    pub value: Option<DateValue>,
}

/// The date grammar; build once (a trigger table), share across threads (it is Send + Sync).
#[derive(Clone, Debug)]
pub struct DateRules {
    trigger: Triggers,
    /// the words after a number that may continue a date from it, for
    /// [`DateRules::is_trigger`]
    num_next: NumNext,
}

impl Default for DateRules {
    fn default() -> Self {
        Self::new()
    }
}

/// The words a date expression can start with (lower case; a word starting with one of these,
/// or a number, is handed to the parser): month names and abbreviations, weekdays, relative
/// words, number words, holidays and periods.
const TRIGGERS: &[&str] = &[
    "jan",
    "feb",
    "peb",
    "mar",
    "apr",
    "mei",
    "may",
    "jun",
    "jul",
    "agt",
    "ags",
    "agu",
    "aug",
    "sep",
    "okt",
    "oct",
    "nop",
    "nov",
    "des",
    "dec",
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jum",
    "sabtu",
    "minggu",
    "ahad",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "hari",
    "kemarin",
    "besok",
    "lusa",
    "tadi",
    "semalam",
    "pekan",
    "bulan",
    "tahun",
    "awal",
    "akhir",
    "pertengahan",
    "medio",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "sepuluh",
    "sebelas",
    "seratus",
    "sehari",
    "seminggu",
    "sepekan",
    "sebulan",
    "setahun",
    "beberapa",
    "idul",
    "lebaran",
    "natal",
    "hut",
    "kuartal",
    "triwulan",
    "caturwulan",
    "semester",
    "paruh",
    "abad",
    "musim",
];

/// Every word [`P::parse_word`] can read a date from (lower case): the weekdays
/// (`weekday_of`, but for `jum'at`, which an apostrophe keeps off the ASCII word test), the
/// months (`month_of`), the words of its own `match`, and the counts of `P::count`. At any
/// other word it finds nothing, so [`DateRules::is_trigger`] drops a plain ASCII word that
/// is none of these (a word added to `parse_word` must be added here).
const WORD_KEYS: &[&str] = &[
    "senin",
    "monday",
    "selasa",
    "tuesday",
    "rabu",
    "wednesday",
    "kamis",
    "thursday",
    "jumat",
    "friday",
    "sabtu",
    "saturday",
    "minggu",
    "ahad",
    "sunday",
    "januari",
    "februari",
    "pebruari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "nopember",
    "desember",
    "january",
    "jan",
    "february",
    "feb",
    "peb",
    "march",
    "mar",
    "apr",
    "may",
    "june",
    "jun",
    "july",
    "jul",
    "august",
    "agu",
    "agt",
    "ags",
    "agust",
    "aug",
    "sep",
    "sept",
    "october",
    "okt",
    "oct",
    "nop",
    "nov",
    "december",
    "des",
    "dec",
    "awal",
    "akhir",
    "pertengahan",
    "medio",
    "bulan",
    "tahun",
    "pekan",
    "hari",
    "kemarin",
    "besok",
    "lusa",
    "semalam",
    "tadi",
    "idul",
    "idulfitri",
    "iduladha",
    "lebaran",
    "natal",
    "hut",
    "kuartal",
    "triwulan",
    "caturwulan",
    "semester",
    "paruh",
    "abad",
    "musim",
    "beberapa",
    "sepuluh",
    "sebelas",
    "seratus",
    "sehari",
    "seminggu",
    "sepekan",
    "sebulan",
    "setahun",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
];

/// The triggers by their first three letters, for a one-probe test per word.
#[derive(Clone, Debug)]
struct Triggers {
    /// index `a*26*26 + b*26 + c` of the first three lower-case letters -> range in `words`
    by_prefix: Vec<(u16, u16)>,
    /// per [`Triggers::slot`]: in the high half, the [`Triggers::head`] of the triggers
    /// there (`u32::MAX`, which is no head, in a slot of none), in the low half a bit per
    /// low five bits of the fourth byte of those triggers (all 32 for a trigger of three
    /// letters, whose fourth byte may be anything). 4 KB, so the test that rejects most
    /// words stays in cache: one load of the word, one of the table, one branch; the
    /// fourth byte rejects `perlu` (`pertengahan`), `harus` (`hari`) or `sebagai`
    /// (`sebelas`, `sebulan`).
    slots: Box<[u64; 1 << SLOT_BITS]>,
    /// the triggers that no shorter trigger starts (`sepuluh` goes: `sep` finds it), sorted
    /// by [`Triggers::key`]
    words: Vec<Pattern>,
    /// per [`Triggers::key_slot`], the index in `keys` of the key there (0, the index of
    /// no key, in a slot of none)
    key_slots: Box<[u8; 1 << KEY_BITS]>,
    /// the [`WORD_KEYS`] that start with a trigger, with what may follow each, after one
    /// that is no word's (all bits set) at index 0
    keys: Box<[KeyEntry; 256]>,
}

/// A key of [`Triggers::keys`]: a word's [`word_key`] and the [`follower_set`] of the word,
/// side by side (a lookup reads one cache line).
#[derive(Clone, Copy, Debug)]
struct KeyEntry {
    key: [u64; 2],
    follow: u128,
}

/// A trigger word as the first 16 bytes of a text compared with it read them: `bytes`
/// lower case, zero past the word, and `mask` 0xFF on the word's bytes.
#[derive(Clone, Debug)]
struct Pattern {
    word: &'static [u8],
    bytes: [u64; 2],
    mask: [u64; 2],
}

/// Every byte OR 0x20: the ASCII lower case of a letter, and no other byte becomes a
/// lower-case letter; so `x | LOW` equals a lower-case word's bytes exactly when `x`'s
/// bytes are that word in any ASCII case.
const LOW: u64 = 0x2020_2020_2020_2020;

impl Pattern {
    fn new(word: &'static [u8]) -> Pattern {
        let mut bytes = [0u8; 16];
        let mut mask = [0u8; 16];
        bytes[..word.len()].copy_from_slice(word);
        mask[..word.len()].fill(0xFF);
        let half = |x: &[u8; 16], i: usize| {
            u64::from_le_bytes(x[i * 8..i * 8 + 8].try_into().unwrap_or_default())
        };
        Pattern {
            word,
            bytes: [half(&bytes, 0), half(&bytes, 1)],
            mask: [half(&mask, 0), half(&mask, 1)],
        }
    }

    /// Does the word start `w`, ignoring ASCII case?
    #[inline]
    fn starts(&self, w: &[u8]) -> bool {
        match w.first_chunk::<16>() {
            Some(x) => {
                let (lo, hi) = x.split_at(8);
                let lo = u64::from_le_bytes(lo.try_into().unwrap_or_default());
                let hi = u64::from_le_bytes(hi.try_into().unwrap_or_default());
                (lo | LOW) & self.mask[0] == self.bytes[0]
                    && (hi | LOW) & self.mask[1] == self.bytes[1]
            }
            None => {
                w.len() >= self.word.len() && w[..self.word.len()].eq_ignore_ascii_case(self.word)
            }
        }
    }
}

impl Triggers {
    fn new() -> Triggers {
        let all: Vec<&'static [u8]> = TRIGGERS.iter().map(|w| w.as_bytes()).collect();
        let mut words: Vec<&'static [u8]> = all
            .iter()
            .copied()
            .filter(|w| !all.iter().any(|p| p.len() < w.len() && w.starts_with(p)))
            .collect();
        let slots = Triggers::slots(&words);
        let (by_prefix, words) = Triggers::table(&mut words);
        let (key_slots, keys) = Triggers::keys(&trigger_keys());
        Triggers {
            by_prefix,
            slots,
            words,
            key_slots,
            keys,
        }
    }

    /// The slot table of the trigger `words`.
    ///
    /// # Panics
    /// When two heads share a slot under [`SLOT_MUL`] (the trigger list is a constant: the
    /// test `slot_mul_separates_heads` builds the table, and finds another multiplier).
    fn slots(words: &[&'static [u8]]) -> Box<[u64; 1 << SLOT_BITS]> {
        // a fixed size, so that no index of a slot needs a bounds check
        let mut slots = Box::new([EMPTY_SLOT; 1 << SLOT_BITS]);
        for w in words {
            let h = Triggers::head(u32::from_le_bytes([w[0], w[1], w[2], 0]));
            let e = &mut slots[Triggers::slot(h)];
            assert!(
                *e == EMPTY_SLOT || (*e >> 32) as u32 == h,
                "two trigger heads share a slot: change SLOT_MUL"
            );
            *e = u64::from(h) << 32
                | (*e & u64::from(u32::MAX))
                | u64::from(w.get(3).map_or(u32::MAX, |&d| 1 << (d & 31)));
        }
        slots
    }

    /// The key slot table of the word `keys` (ASCII letters, lower case, at most 15), and
    /// the keys by index, each with its [`follower_set`].
    ///
    /// # Panics
    /// When two keys share a slot under [`KEY_MUL`], or there are 256 keys or more (the key
    /// list is a constant: the test `key_mul_separates_keys` builds the table, and finds
    /// another multiplier).
    fn keys(keys: &[&'static [u8]]) -> (Box<[u8; 1 << KEY_BITS]>, Box<[KeyEntry; 256]>) {
        // fixed sizes, so that no index needs a bounds check
        let mut slots = Box::new([0u8; 1 << KEY_BITS]);
        let mut table = Box::new(
            [KeyEntry {
                key: [u64::MAX; 2],
                follow: u128::MAX,
            }; 256],
        );
        for (i, w) in keys.iter().enumerate() {
            let (run, k) = padded_key(w);
            assert!(run == w.len(), "a key of ASCII letters, at most 15");
            let i = u8::try_from(i + 1).expect("less than 256 keys");
            let slot = &mut slots[Triggers::key_slot(k)];
            assert!(*slot == 0, "two keys share a slot: change KEY_MUL");
            *slot = i;
            table[usize::from(i)] = KeyEntry {
                key: k,
                follow: follower_set(w),
            };
        }
        (slots, table)
    }

    /// The slot of a [`word_key`]: a multiplicative hash.
    #[inline]
    fn key_slot(k: [u64; 2]) -> usize {
        Triggers::key_slot_by(k, KEY_MUL)
    }

    /// [`Triggers::key_slot`] under the multiplier `mul`.
    #[inline]
    fn key_slot_by(k: [u64; 2], mul: u64) -> usize {
        (k[0].wrapping_add(k[1].rotate_left(29)).wrapping_mul(mul) >> (64 - KEY_BITS)) as usize
    }

    /// `words` sorted by [`Triggers::key`] as patterns, and the range of those of each key.
    fn table(words: &mut [&'static [u8]]) -> (Vec<(u16, u16)>, Vec<Pattern>) {
        words.sort_unstable_by_key(|w| Triggers::key(w));
        let mut by_prefix = vec![(0u16, 0u16); 26 * 26 * 26];
        for (i, w) in words.iter().enumerate() {
            let r = &mut by_prefix[Triggers::key(w).unwrap_or(0)];
            if r.1 == 0 {
                r.0 = i as u16;
            }
            r.1 += 1;
        }
        (by_prefix, words.iter().copied().map(Pattern::new).collect())
    }

    /// The table index of the first three bytes, if they are ASCII letters.
    #[inline]
    fn key(w: &[u8]) -> Option<usize> {
        let l = |i: usize| {
            w.get(i)
                .map(u8::to_ascii_lowercase)
                .filter(u8::is_ascii_lowercase)
                .map(|c| usize::from(c - b'a'))
        };
        Some(l(0)? * 676 + l(1)? * 26 + l(2)?)
    }

    /// The first three bytes of `x` (its low bytes) OR 0x20: the same for a letter in
    /// either case, so two words that are equal ignoring ASCII case have the same head
    /// (other bytes may share it too: a head only narrows the search).
    #[inline]
    fn head(x: u32) -> u32 {
        (x | 0x2020_2020) & 0x00FF_FFFF
    }

    /// The slot of a head: a multiplicative hash.
    #[inline]
    fn slot(head: u32) -> usize {
        Triggers::slot_by(head, SLOT_MUL)
    }

    /// [`Triggers::slot`] under the multiplier `mul`.
    #[inline]
    fn slot_by(head: u32, mul: u32) -> usize {
        (head.wrapping_mul(mul) >> (32 - SLOT_BITS)) as usize
    }

    /// Does a trigger word start at the start of `w`?
    #[inline]
    fn at(&self, w: &[u8]) -> bool {
        self.in_bucket(w) && self.at_bucket(w)
    }

    /// Does `w` have three bytes, the head of a trigger, and (if it has a fourth) a fourth
    /// byte one of those triggers may have (its low five bits)? No trigger starts a word
    /// where this is false: the test that rejects most words, without a branch but the
    /// one on its answer.
    #[inline]
    fn in_bucket(&self, w: &[u8]) -> bool {
        let Some(&x) = w.first_chunk::<4>() else {
            return self.in_bucket_short(w);
        };
        let x = u32::from_le_bytes(x);
        let h = Triggers::head(x);
        let e = self.slots[Triggers::slot(h)];
        // the head and the bit of the fourth byte (`x >> 24`, its low five bits taken by
        // the shift), in one comparison (one branch)
        let bit = 1u64.wrapping_shl(x >> 24 & 31);
        e & (HEAD | bit) == u64::from(h) << 32 | bit
    }

    /// [`Triggers::in_bucket`] of a `w` of less than four bytes.
    #[cold]
    fn in_bucket_short(&self, w: &[u8]) -> bool {
        let &[a, b, c] = w else {
            return false;
        };
        let h = Triggers::head(u32::from_le_bytes([a, b, c, 0]));
        let e = self.slots[Triggers::slot(h)];
        (e >> 32) as u32 == h && e as u32 != 0
    }

    /// [`Triggers::at`] past its bucket test (`w` has at least three bytes).
    fn at_bucket(&self, w: &[u8]) -> bool {
        let Some(k) = Triggers::letters_key(w) else {
            return false;
        };
        let (first, len) = self.by_prefix[k];
        self.words[usize::from(first)..usize::from(first + len)]
            .iter()
            .any(|t| t.starts(w))
    }

    /// The table index of the first three bytes of `w` (at least three), if they are ASCII
    /// letters.
    #[inline]
    fn letters_key(w: &[u8]) -> Option<usize> {
        // OR 0x20 lower-cases a letter and makes no other byte a lower-case letter
        let (a, b, c) = (w[0] | 0x20, w[1] | 0x20, w[2] | 0x20);
        if !(a.is_ascii_lowercase() && b.is_ascii_lowercase() && c.is_ascii_lowercase()) {
            return None;
        }
        Some(usize::from(a - b'a') * 676 + usize::from(b - b'a') * 26 + usize::from(c - b'a'))
    }

    /// [`Triggers::word_at`] finds no [`WordAt::No`].
    #[cfg(test)]
    fn at_word(&self, w: &[u8]) -> bool {
        !matches!(self.word_at(w), WordAt::No)
    }

    /// Could [`P::parse_word`] read a date at the word at the start of `w` (as
    /// [`Triggers::word_at`] tells), and at a key, only if the byte after it (past ASCII white
    /// space) may start a token [`P::parse_word`] needs after that word ([`follower_set`]):
    /// `tahun` before a number, `satu` before `orang`, or `hari` before `Minggu` starts no
    /// date. Where it is false [`DateRules::is_trigger`] leaves the word out (the scan would
    /// skip over it whole).
    #[inline]
    fn word_may_start(&self, w: &[u8]) -> bool {
        match self.word_at(w) {
            WordAt::No => false,
            WordAt::Any => true,
            WordAt::Key { run, follow } => {
                next_may_start(w, run, follow)
                    && (follow != COUNT_FOLLOW || count_follower_may_start(w, run))
            }
        }
    }

    /// Could [`P::parse_word`] read a date at the word at the start of `w` (at least three
    /// bytes, past the bucket test of [`Triggers::at`])? Where the parser's word is the run
    /// of ASCII letters there (`next_tok`'s fast path: an ASCII byte other than `'` ends
    /// it), only if that word is one of [`WORD_KEYS`] that [`Triggers::at`] lets through
    /// ([`WordAt::Key`]); elsewhere (a non-ASCII letter or an apostrophe may continue it) as
    /// [`Triggers::at`] ([`WordAt::Any`]).
    #[inline]
    fn word_at(&self, w: &[u8]) -> WordAt {
        let x = &first16(w);
        let (run, k) = word_key(x);
        let Some(&c) = x.get(run) else {
            // sixteen letters or more: no key, but a trigger if a word continues them
            let run = letter_run(w);
            let any = w.get(run).is_some_and(|&c| c >= 0x80 || c == b'\'') && self.at_bucket(w);
            return if any { WordAt::Any } else { WordAt::No };
        };
        if c >= 0x80 || c == b'\'' {
            return if self.at_bucket(w) {
                WordAt::Any
            } else {
                WordAt::No
            };
        }
        let e = &self.keys[usize::from(self.key_slots[Triggers::key_slot(k)])];
        if (e.key[0] ^ k[0]) | (e.key[1] ^ k[1]) == 0 {
            WordAt::Key {
                run,
                follow: e.follow,
            }
        } else {
            WordAt::No
        }
    }

    /// The first position at or after `pos` where a date may start: the start of an ASCII
    /// word (letters, digits and `_`, the words of an ASCII `\b`) that is a number or
    /// starts with a trigger word.
    fn next(&self, b: &[u8], pos: usize) -> Option<usize> {
        let word = is_word_byte;
        let n = b.len();
        let mut i = pos;
        while i < n {
            let c = b[i];
            if !word(c) {
                i += 1;
                continue;
            }
            if (i == 0 || !word(b[i - 1])) && (c.is_ascii_digit() || self.at(&b[i..])) {
                return Some(i);
            }
            i += 1;
            while i < n && word(b[i]) {
                i += 1;
            }
        }
        None
    }
}

/// A byte of an ASCII word as the byte scan of [`DateRules::find`] reads words (those of an
/// ASCII `\b`): a letter, a digit or `_`.
#[inline(always)]
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// What [`Triggers::word_at`] finds at a word.
enum WordAt {
    /// no date starts there
    No,
    /// a date may start there, whatever follows
    Any,
    /// the word is one of [`Triggers::keys`], `run` bytes long, which a byte of the
    /// [`follower_set`] `follow` must follow
    Key { run: usize, follow: u128 },
}

/// The first bytes (in either ASCII case) of the tokens [`P::parse_word`] may read a date
/// with after the word `key` (one of [`WORD_KEYS`]), when it needs one, as a [`byte_set`];
/// all bytes when it may find a date whatever follows. Where it needs a token after the
/// word, it needs it to be one of a few words or a number:
/// - `hari`: `ini` ([`INI_NEXT`]);
/// - `bulan`: an Indonesian month name ([`MONTH_ID_NEXT`]) or what `unit_rel` needs
///   ([`UNIT_REL_NEXT`]); `tahun`: `baru` ([`BARU_NEXT`], `holiday_tahun_baru`) or what
///   `unit_rel` needs; `pekan`: what `unit_rel` needs;
/// - a count without its unit (`satu` ... `sembilan`, `beberapa`, `sepuluh`, `sebelas`,
///   `seratus`): the unit, `belas` or `puluh` ([`COUNT_NEXT`], `P::count`; and
///   [`COUNT_FOLLOW`]: [`count_follower_may_start`] reads the word); a count with
///   its unit (`sehari`, `seminggu`, `sepekan`, `sebulan`, `setahun`): a [`CountEnd`] word
///   (`parse_counted`);
/// - `awal`, `akhir`, `pertengahan`, `medio`: a number, `pekan`, `minggu`, `musim`,
///   `tahun`, `bulan` or a month name (`parse_modifier`);
/// - `musim`: `semi`, `panas`, `gugur`, `dingin` (`parse_season`).
///
/// The sets the parser tests itself before reading the next token are the same constants.
/// The test `key_followers_are_what_parse_word_reads` checks this against the parser.
fn follower_set(key: &[u8]) -> u128 {
    match key {
        b"hari" => INI_NEXT,
        b"bulan" => MONTH_ID_NEXT | UNIT_REL_NEXT,
        b"tahun" => BARU_NEXT | UNIT_REL_NEXT,
        b"pekan" => UNIT_REL_NEXT,
        b"satu" | b"dua" | b"tiga" | b"empat" | b"lima" | b"enam" | b"tujuh" | b"delapan"
        | b"sembilan" | b"beberapa" | b"sepuluh" | b"sebelas" | b"seratus" => COUNT_FOLLOW,
        b"sehari" | b"seminggu" | b"sepekan" | b"sebulan" | b"setahun" => COUNT_END_NEXT,
        b"awal" | b"akhir" | b"pertengahan" | b"medio" => {
            const { either_case(b"0123456789pmtb") | MONTH_ID_NEXT }
        }
        b"musim" => const { either_case(b"spgd") },
        _ => u128::MAX,
    }
}

/// The [`follower_set`] of a count without its unit: [`COUNT_NEXT`], and the bit of the
/// NUL byte, which starts none of the words that may follow a count (so it only lets more
/// through the byte test), to tell it from the sets of the other keys.
/// [`Triggers::word_may_start`] then reads the word after it ([`count_follower_may_start`]).
const COUNT_FOLLOW: u128 = COUNT_NEXT | 1;
/// The first byte of `ini` (`hari ini`), in either case.
const INI_NEXT: u128 = either_case(b"i");
/// The first bytes of the words `unit_rel` reads after a unit: `lalu`, `kemarin`, `depan`,
/// `mendatang`, `ini`, `yang`.
const UNIT_REL_NEXT: u128 = either_case(b"lkdmiy");
/// The first bytes of what may follow a count without its unit (`P::count`): a unit
/// (`hari`, `minggu`, `pekan`, `bulan`, `tahun`), `belas` or `puluh`.
const COUNT_NEXT: u128 = either_case(b"bhmpt");
/// The first byte of `baru` (`tahun baru`).
const BARU_NEXT: u128 = either_case(b"b");
/// The first bytes of the Indonesian month names (`Pebruari` too).
const MONTH_ID_NEXT: u128 = either_case(b"jfpmasond");

/// The [`byte_set`] of the ASCII bytes `s` and of their upper case.
const fn either_case(s: &[u8]) -> u128 {
    let mut set = byte_set(s);
    let mut i = 0;
    while i < s.len() {
        set |= 1 << s[i].to_ascii_uppercase();
        i += 1;
    }
    set
}

/// The high bit of each byte of a word of eight.
const HIGH: u64 = 0x8080_8080_8080_8080;

/// 0x80 in each byte of a word of eight where `x` has an ASCII letter, 0 elsewhere.
#[inline(always)]
fn letters(x: u64) -> u64 {
    // low seven bits, lower case: `a`..=`z` are 0x61..=0x7A; the sums stay in their byte
    // (at most 0x7F + 0x1F)
    let y = (x | LOW) & !HIGH;
    let from_a = y + 0x1F1F_1F1F_1F1F_1F1F;
    let past_z = y + 0x0505_0505_0505_0505;
    from_a & !past_z & !x & HIGH
}

/// The length of the run of ASCII letters that starts `w`.
fn letter_run(w: &[u8]) -> usize {
    let byte_run = |x: u64| (!letters(x) & HIGH).trailing_zeros() as usize / 8;
    if let Some(x) = w.first_chunk::<16>() {
        let (lo, hi) = x.split_at(8);
        let lo = byte_run(u64::from_le_bytes(lo.try_into().unwrap_or_default()));
        if lo < 8 {
            return lo;
        }
        let hi = byte_run(u64::from_le_bytes(hi.try_into().unwrap_or_default()));
        if hi < 8 {
            return 8 + hi;
        }
    }
    w.iter()
        .position(|c| !c.is_ascii_alphabetic())
        .unwrap_or(w.len())
}

/// The number of bits of a [`Triggers::slot`]: 512 slots for the 70 heads of triggers.
const SLOT_BITS: u32 = 9;

/// The odd multiplier of [`Triggers::slot`]: one under which no two heads of [`TRIGGERS`]
/// share a slot (the test `slot_mul_separates_heads` finds one).
const SLOT_MUL: u32 = 0xD891_941B;

/// A slot of no trigger: `u32::MAX` is no [`Triggers::head`], and no fourth byte.
const EMPTY_SLOT: u64 = HEAD;

/// The head's half of a slot.
const HEAD: u64 = (u32::MAX as u64) << 32;

/// The length of the run of ASCII letters that starts `x` (16 when it fills it), and those
/// letters in lower case, zero past them, as two little-endian words: equal to a lower-case
/// word's so padded exactly when the run is that word in any ASCII case. No branch.
#[inline]
fn word_key(x: &[u8; 16]) -> (usize, [u64; 2]) {
    /// 0x80 in each byte of `x` that is no ASCII letter
    fn others(x: u64) -> u64 {
        !letters(x) & HIGH
    }
    /// the bytes before the lowest 0x80 of `t` (all eight when `t` is 0)
    fn before(t: u64) -> u64 {
        ((t & t.wrapping_neg()) >> 7).wrapping_sub(1)
    }
    let (lo, hi) = x.split_at(8);
    let lo = u64::from_le_bytes(lo.try_into().unwrap_or_default());
    let hi = u64::from_le_bytes(hi.try_into().unwrap_or_default());
    let (t0, t1) = (others(lo), others(hi));
    // the high word counts only when the low one is all letters
    let full = u64::from(t0 == 0).wrapping_neg();
    let run = t0.trailing_zeros() as usize / 8 + (t1 | !full).trailing_zeros() as usize / 8;
    let k = [(lo | LOW) & before(t0), (hi | LOW) & before(t1) & full];
    (run.min(16), k)
}

/// The [`WORD_KEYS`] that some trigger starts: the keys of [`Triggers::keys`].
fn trigger_keys() -> Vec<&'static [u8]> {
    WORD_KEYS
        .iter()
        .map(|w| w.as_bytes())
        .filter(|w| TRIGGERS.iter().any(|p| w.starts_with(p.as_bytes())))
        .collect()
}

/// The [`word_key`] of `w`, at most 16 bytes, padded with zero bytes.
fn padded_key(w: &[u8]) -> (usize, [u64; 2]) {
    word_key(&first16(w))
}

/// The first 16 bytes of `w`, zero bytes past its end (which are no letters, and no byte
/// that continues a word).
#[inline(always)]
fn first16(w: &[u8]) -> [u8; 16] {
    match w.first_chunk::<16>() {
        Some(&x) => x,
        None => {
            let mut x = [0u8; 16];
            x[..w.len()].copy_from_slice(w);
            x
        }
    }
}

/// The number of bits of a [`Triggers::key_slot`]: 2048 slots for the 102 keys.
const KEY_BITS: u32 = 11;

/// The odd multiplier of [`Triggers::key_slot`]: one under which no two keys share a slot
/// (the test `key_mul_separates_keys` finds one).
const KEY_MUL: u64 = 0x8FF3_4785_799E_5CC7;

/// Bytes of text scanned by [`DateRules::dateline`] for the article's own date.
const DATELINE_WINDOW: usize = 300;

impl DateRules {
    /// Compile the grammar.
    pub fn new() -> DateRules {
        DateRules {
            trigger: Triggers::new(),
            num_next: NumNext::new(),
        }
    }

    /// Find every date expression in `text`, non-overlapping, sorted by start.
    /// `reference`: the document date; when None, use `self.dateline(text)`; when that is None too,
    /// absolute dates still get values and relative/year-less ones get None.
    pub fn find(&self, text: &str, reference: Option<Date>) -> Vec<DateMatch> {
        let reference = reference.or_else(|| self.dateline(text));
        let mut out = Vec::new();
        self.scan(text, reference, usize::MAX, &mut out);
        out
    }

    /// The article's own date from its dateline, if the first ~300 bytes hold one:
    /// `Jumat 31 Dec 2021 10:29 WIB`, `JAKARTA, KOMPAS.com - Senin (4/2/2015)`, `Selasa, 30 Desember 2014 | 10:15 WIB`.
    pub fn dateline(&self, text: &str) -> Option<Date> {
        // Scan a little past the window so that a date starting inside it is read whole.
        let mut cut = text.len().min(DATELINE_WINDOW + 80);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let mut out = Vec::new();
        self.scan(&text[..cut], None, DATELINE_WINDOW, &mut out);
        out.iter()
            .filter(|m| is_dateline_position(text, m.start))
            .filter_map(|m| m.value)
            .find(|v| v.grain == Grain::Day && v.end.is_none() && !v.anchored)
            .map(|v| v.start)
    }

    /// Could a date start at token `t` of `text`: a number, or a word that starts with a
    /// trigger, at the start of an ASCII word (as the byte scan of [`DateRules::find`] sees
    /// it)? Less those the parser surely fails at and the scan would skip over whole: a
    /// number [`number_may_start`] rejects (a quantity, `50 persen`), a word the parser
    /// reads no date at, or one whose next byte no date reading allows
    /// ([`Triggers::word_may_start`]: `tahun` before a number).
    #[inline]
    pub(crate) fn is_trigger(&self, b: &[u8], t: &crate::token::Token) -> bool {
        let s = t.start;
        let starts = || s == 0 || !is_word_byte(b[s - 1]);
        match t.kind {
            TokKind::Number | TokKind::Word if b[s].is_ascii_digit() => {
                starts() && number_may_start(b, s, &self.num_next)
            }
            TokKind::Word => {
                let w = &b[s..];
                self.trigger.in_bucket(w) && self.trigger.word_may_start(w) && starts()
            }
            _ => false,
        }
    }

    /// The first three bytes (lower case) of the trigger words: [`DateRules::is_trigger`]
    /// holds at a word only if it is a number or starts with one of these in any ASCII case
    /// (they are the heads of [`Triggers::in_bucket`]).
    pub(crate) fn trigger_heads(&self) -> impl Iterator<Item = [u8; 3]> + '_ {
        self.trigger
            .words
            .iter()
            .map(|p| [p.word[0], p.word[1], p.word[2]])
    }

    /// Like [`DateRules::find`] (or, `in_segment`, with no dateline read), trying only the
    /// starts of the tokens `triggers` (in order, those for which [`DateRules::is_trigger`]
    /// holds) instead of scanning the bytes.
    pub(crate) fn find_triggers(
        &self,
        text: &str,
        triggers: &[crate::token::Picked],
        reference: Option<Date>,
        in_segment: bool,
    ) -> Vec<DateMatch> {
        let reference = if in_segment {
            reference
        } else {
            reference.or_else(|| self.dateline(text))
        };
        let mut k = 0;
        let mut next = |pos: usize| {
            while k < triggers.len() {
                let s = triggers[k].start as usize;
                k += 1;
                if s >= pos {
                    return Some(s);
                }
            }
            None
        };
        let mut out = Vec::new();
        self.scan_with(text, reference, usize::MAX, &mut next, &mut out);
        out
    }

    fn scan(&self, text: &str, reference: Option<Date>, limit: usize, out: &mut Vec<DateMatch>) {
        let b = text.as_bytes();
        self.scan_with(
            text,
            reference,
            limit,
            &mut |pos| self.trigger.next(b, pos),
            out,
        );
    }

    /// Parses a date at every start `next(pos)` gives (the first possible start at or after
    /// `pos`), skipping over what each parse consumed.
    fn scan_with(
        &self,
        text: &str,
        reference: Option<Date>,
        limit: usize,
        next: &mut dyn FnMut(usize) -> Option<usize>,
        out: &mut Vec<DateMatch>,
    ) {
        let p = P::new(text);
        let mut pos = 0;
        // `dua hari kemudian` counts from the last day-grain date when there is one
        // (`tahun lalu` between `20 Maret` and it must not reset the anchor to January 1st)
        let mut last_day: Option<Date> = None;
        let mut last_any: Option<Date> = None;
        while pos < text.len() {
            let Some(s) = next(pos) else {
                break;
            };
            if s >= limit {
                break;
            }
            // the token at `s`, for the parser and, if it fails, for the skip
            let tok = p.next(s);
            match p.parse_at(s, tok) {
                Some(c) if c.e > pos && c.s >= pos => {
                    let value = resolve(c.sem, reference, last_day.or(last_any));
                    if let Some(v) = value {
                        last_any = Some(v.start);
                        if v.grain == Grain::Day {
                            last_day = Some(v.start);
                        }
                    }
                    out.push(DateMatch {
                        start: c.s,
                        end: c.e,
                        value,
                    });
                    pos = c.e;
                }
                _ => pos = p.skip_from(s, tok),
            }
        }
    }
}

/// A dateline date starts a line, follows a weekday-free header separator
/// (`KOMPAS.com - `, `JAKARTA, `, `Jakarta (ANTARA) - `, `| `) or a publication label
/// (`Posted`, `Diterbitkan`), or is itself led by a weekday.
fn is_dateline_position(text: &str, start: usize) -> bool {
    let Some(head) = text.get(..start) else {
        return false;
    };
    let line = head.rsplit('\n').next().unwrap_or("");
    if line.trim().is_empty() {
        return true;
    }
    if next_tok(text, start).is_some_and(|t| weekday_of(t.key().bytes()).is_some()) {
        return true;
    }
    let line = line.trim_end();
    line.ends_with(['-', '\u{2013}', '\u{2014}', ',', '|', ':', '('])
        || line.rsplit(char::is_whitespace).next().is_some_and(|w| {
            [
                "posted",
                "published",
                "updated",
                "on",
                "diterbitkan",
                "dipublikasikan",
                "diperbarui",
                "terbit",
            ]
            .iter()
            .any(|x| w.eq_ignore_ascii_case(x))
        })
}

// ---------------------------------------------------------------------------
// Tokens

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Word,
    Num,
    Punct,
}

#[derive(Clone, Copy, Debug)]
struct Tok<'a> {
    s: usize,
    e: usize,
    kind: Kind,
    text: &'a str,
}

impl Tok<'_> {
    fn is(&self, w: &str) -> bool {
        self.kind == Kind::Word && self.text.eq_ignore_ascii_case(w)
    }
    fn is_any(&self, ws: &[&str]) -> bool {
        ws.iter().any(|w| self.is(w))
    }
    /// Is the token a word of the set `set` (a `word_set!` test), ignoring ASCII case?
    fn is_in(&self, set: fn(&[u8]) -> bool) -> bool {
        self.kind == Kind::Word && set(self.key().bytes())
    }
    fn punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }
    fn num(&self) -> Option<u32> {
        if self.kind == Kind::Num && (1..=4).contains(&self.text.len()) {
            // what `parse` reads, without its generic checks: a number token is ASCII
            // digits, and four of them fit
            self.text.bytes().try_fold(0, |n, d| {
                d.is_ascii_digit().then(|| n * 10 + u32::from(d - b'0'))
            })
        } else {
            None
        }
    }
    fn capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
    fn key(&self) -> Key {
        Key::new(self.text)
    }
}

/// A lower-cased copy of a short word on the stack (no allocation).
struct Key {
    buf: [u8; 24],
    len: usize,
}

impl Key {
    fn new(w: &str) -> Key {
        let mut buf = [0u8; 24];
        if w.len() > buf.len() {
            return Key { buf, len: 0 };
        }
        for (d, s) in buf.iter_mut().zip(w.bytes()) {
            *d = s.to_ascii_lowercase();
        }
        Key { buf, len: w.len() }
    }
    /// The lower-cased bytes (empty for a word longer than the buffer); compared with
    /// byte strings, so no UTF-8 check is needed.
    fn bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

impl<'a> Tok<'a> {
    fn new(t: &'a str, s: usize, e: usize, kind: Kind) -> Tok<'a> {
        Tok {
            s,
            e,
            kind,
            text: &t[s..e],
        }
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Is `c` ASCII white space (the space, or `\t` to `\r`)? A bit of a mask, without a
/// branch.
#[inline]
fn is_space(c: u8) -> bool {
    const SPACES: u64 = 1 << b' ' | 0b1_1111 << b'\t';
    SPACES.wrapping_shr(u32::from(c)) & u64::from(c < 64) & 1 != 0
}

fn next_tok(t: &str, pos: usize) -> Option<Tok<'_>> {
    // ASCII fast path: spaces, then a number, a word of ASCII letters, or one punctuation
    // byte; anything else (non-ASCII, an apostrophe after letters) takes the general path
    let b = t.as_bytes();
    // at or past the end, or inside a character: nothing (as the general path finds)
    let &c = b.get(pos)?;
    if !t.is_char_boundary(pos) {
        return None;
    }
    // the one space usually there stepped over without a branch (a loop that stops after
    // one step or none is hard to predict), then any more
    let mut s = pos + usize::from(is_space(c));
    while s < b.len() && is_space(b[s]) {
        s += 1;
    }
    if s < b.len() && b[s] < 0x80 {
        let c = b[s];
        let mut e = s + 1;
        let kind = if c.is_ascii_digit() {
            while e < b.len() && b[e].is_ascii_digit() {
                e += 1;
            }
            Kind::Num
        } else if c.is_ascii_alphabetic() {
            while e < b.len() && b[e].is_ascii_alphabetic() {
                e += 1;
            }
            if e < b.len() && (b[e] >= 0x80 || b[e] == b'\'') {
                return next_tok_general(t, pos);
            }
            Kind::Word
        } else {
            Kind::Punct
        };
        return Some(Tok::new(t, s, e, kind));
    }
    next_tok_general(t, pos)
}

fn next_tok_general(t: &str, pos: usize) -> Option<Tok<'_>> {
    let rest = t.get(pos..)?;
    let (off, c) = rest.char_indices().find(|(_, c)| !c.is_whitespace())?;
    let s = pos + off;
    let mut e = s + c.len_utf8();
    let kind = if c.is_ascii_digit() {
        let b = t.as_bytes();
        while e < b.len() && b[e].is_ascii_digit() {
            e += 1;
        }
        Kind::Num
    } else if c.is_alphabetic() {
        let mut it = t[e..].chars().peekable();
        while let Some(&ch) = it.peek() {
            if ch.is_alphabetic() {
                e += ch.len_utf8();
                it.next();
            } else if is_apostrophe(ch) {
                let mut look = it.clone();
                look.next();
                if look.peek().is_some_and(|n| n.is_alphabetic()) {
                    e += ch.len_utf8();
                    it.next();
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        Kind::Word
    } else {
        Kind::Punct
    };
    Some(Tok::new(t, s, e, kind))
}

fn prev_tok(t: &str, pos: usize) -> Option<Tok<'_>> {
    // ASCII fast path: ASCII spaces back to a number, a word of ASCII letters with no
    // letter or apostrophe of its own before it, or one punctuation byte; anything else
    // (non-ASCII, which may be a space, a letter or `’`, or a `'`) takes the general path
    let b = t.as_bytes();
    if !t.is_char_boundary(pos) {
        return None;
    }
    let mut e = pos;
    while e > 0 && is_space(b[e - 1]) {
        e -= 1;
    }
    if e > 0 && b[e - 1] < 0x80 {
        // where the run of bytes `same` ending at `e` starts (a loop the compiler inlines
        // `same` into, where `rposition` through a function pointer called it per byte)
        let start = |same: fn(&u8) -> bool| {
            let mut s = e;
            while s > 0 && same(&b[s - 1]) {
                s -= 1;
            }
            s
        };
        let c = b[e - 1];
        let (s, kind) = if c.is_ascii_digit() {
            (start(u8::is_ascii_digit), Kind::Num)
        } else if c.is_ascii_alphabetic() {
            let s = start(u8::is_ascii_alphabetic);
            if s > 0 && (b[s - 1] >= 0x80 || b[s - 1] == b'\'') {
                return prev_tok_general(t, pos);
            }
            (s, Kind::Word)
        } else {
            (e - 1, Kind::Punct)
        };
        return Some(Tok::new(t, s, e, kind));
    }
    prev_tok_general(t, pos)
}

fn prev_tok_general(t: &str, pos: usize) -> Option<Tok<'_>> {
    let head = t.get(..pos)?.trim_end();
    let c = head.chars().next_back()?;
    let e = head.len();
    let mut s = e - c.len_utf8();
    let kind = if c.is_ascii_digit() {
        let b = head.as_bytes();
        while s > 0 && b[s - 1].is_ascii_digit() {
            s -= 1;
        }
        Kind::Num
    } else if c.is_alphabetic() {
        for (i, ch) in head[..s].char_indices().rev() {
            if ch.is_alphabetic() || is_apostrophe(ch) {
                s = i;
            } else {
                break;
            }
        }
        while let Some(ch) = head[s..].chars().next() {
            if is_apostrophe(ch) {
                s += ch.len_utf8();
            } else {
                break;
            }
        }
        Kind::Word
    } else {
        Kind::Punct
    };
    Some(Tok::new(t, s, e, kind))
}

// ---------------------------------------------------------------------------
// Lexicon

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mk {
    /// Full Indonesian month name: may stand alone.
    Id,
    /// Full English name or abbreviation: needs a day or a year.
    Other,
}

fn month_of(k: &[u8]) -> Option<(i8, Mk)> {
    use Mk::*;
    Some(match k {
        b"januari" => (1, Id),
        b"februari" | b"pebruari" => (2, Id),
        b"maret" => (3, Id),
        b"april" => (4, Id),
        b"mei" => (5, Id),
        b"juni" => (6, Id),
        b"juli" => (7, Id),
        b"agustus" => (8, Id),
        b"september" => (9, Id),
        b"oktober" => (10, Id),
        b"november" | b"nopember" => (11, Id),
        b"desember" => (12, Id),
        b"january" | b"jan" => (1, Other),
        b"february" | b"feb" | b"peb" => (2, Other),
        b"march" | b"mar" => (3, Other),
        b"apr" => (4, Other),
        b"may" => (5, Other),
        b"june" | b"jun" => (6, Other),
        b"july" | b"jul" => (7, Other),
        b"august" | b"agu" | b"agt" | b"ags" | b"agust" | b"aug" => (8, Other),
        b"sep" | b"sept" => (9, Other),
        b"october" | b"okt" | b"oct" => (10, Other),
        b"nop" | b"nov" => (11, Other),
        b"december" | b"des" | b"dec" => (12, Other),
        _ => return None,
    })
}

/// Weekday, Monday = 1 .. Sunday = 7.
fn weekday_of(k: &[u8]) -> Option<i8> {
    Some(match k {
        b"senin" | b"monday" => 1,
        b"selasa" | b"tuesday" => 2,
        b"rabu" | b"wednesday" => 3,
        b"kamis" | b"thursday" => 4,
        b"jumat" | b"jum'at" | b"jum\xE2\x80\x99at" | b"friday" => 5,
        b"sabtu" | b"saturday" => 6,
        b"minggu" | b"ahad" | b"sunday" => 7,
        _ => return None,
    })
}

fn small_number(k: &[u8]) -> Option<i64> {
    Some(match k {
        b"satu" => 1,
        b"dua" => 2,
        b"tiga" => 3,
        b"empat" => 4,
        b"lima" => 5,
        b"enam" => 6,
        b"tujuh" => 7,
        b"delapan" => 8,
        b"sembilan" => 9,
        _ => return None,
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Unit {
    Day,
    Week,
    Month,
    Year,
}

fn unit_of(k: &[u8]) -> Option<Unit> {
    Some(match k {
        b"hari" => Unit::Day,
        b"minggu" | b"pekan" => Unit::Week,
        b"bulan" => Unit::Month,
        b"tahun" => Unit::Year,
        _ => return None,
    })
}

/// The word after a count and its unit that makes them a date ([`P::parse_counted`]:
/// `dua hari kemudian`, `5 tahun lagi`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CountEnd {
    /// `lalu`, `silam`: back from the reference date
    Back,
    /// `lagi`, `mendatang`: ahead of the reference date
    Ahead,
    /// `kemudian`, `setelahnya`, `sesudahnya`, `berikutnya`: after the last date
    After,
    /// `sebelumnya`: before the last date
    Before,
    /// `yang`, if [`P::rel_after`] reads `yang lalu` or `yang akan datang` there
    Yang,
}

/// The words that end a count and its unit, in lower case, and what each makes of them.
const COUNT_ENDS: [(&str, CountEnd); 10] = [
    ("lalu", CountEnd::Back),
    ("silam", CountEnd::Back),
    ("lagi", CountEnd::Ahead),
    ("mendatang", CountEnd::Ahead),
    ("kemudian", CountEnd::After),
    ("setelahnya", CountEnd::After),
    ("sesudahnya", CountEnd::After),
    ("berikutnya", CountEnd::After),
    ("sebelumnya", CountEnd::Before),
    ("yang", CountEnd::Yang),
];

/// The first bytes of the [`COUNT_ENDS`] words, in either case.
const COUNT_END_NEXT: u128 = {
    let mut set = 0;
    let mut i = 0;
    while i < COUNT_ENDS.len() {
        set |= either_case(&[COUNT_ENDS[i].0.as_bytes()[0]]);
        i += 1;
    }
    set
};

/// The [`word_key`]s of the [`COUNT_ENDS`] words (of up to fifteen lower-case letters: the
/// letters, zero past them, in two little-endian words).
const COUNT_END_KEYS: [[u64; 2]; COUNT_ENDS.len()] = {
    let mut keys = [[0u64; 2]; COUNT_ENDS.len()];
    let mut i = 0;
    while i < COUNT_ENDS.len() {
        let w = COUNT_ENDS[i].0.as_bytes();
        assert!(w.len() < 16, "a key of up to fifteen letters");
        let mut j = 0;
        while j < w.len() {
            keys[i][j / 8] |= (w[j] as u64) << (j % 8 * 8);
            j += 1;
        }
        i += 1;
    }
    keys
};

/// The [`CountEnd`] the token `t` is, if it is one of those words (in any ASCII case).
fn count_end(t: Tok<'_>) -> Option<CountEnd> {
    if t.kind != Kind::Word {
        return None;
    }
    let key = t.key();
    COUNT_ENDS
        .iter()
        .find(|(w, _)| w.as_bytes() == key.bytes())
        .map(|&(_, end)| end)
}

/// False only where the token `next_tok` reads at `e` of the text `b` surely is no
/// [`count_end`] word: as far as [`next_word`] tells, it is none of their keys.
fn count_end_may_follow(b: &[u8], e: usize) -> bool {
    match next_word(b, e) {
        NextWord::End | NextWord::Other(_) => false,
        NextWord::Unknown => true,
        NextWord::Word { key, .. } => COUNT_END_KEYS.contains(&key),
    }
}

/// A membership test for a list of lower-case words, compiled to a `match` on the bytes (a
/// switch on the length and a few compares, where a scan of the list compared every word):
/// `word_set!(is_x, [b"a", b"b"])` defines `fn is_x(k: &[u8]) -> bool`.
macro_rules! word_set {
    ($(#[$doc:meta])* $test:ident, [$($w:literal),* $(,)?]) => {
        $(#[$doc])*
        fn $test(k: &[u8]) -> bool {
            matches!(k, $($w)|*)
        }
    };
}

word_set!(
    /// Words after a bare number that make it a quantity, not a year.
    is_quantity_word, [
        b"orang",
        b"unit",
        b"buah",
        b"kali",
        b"persen",
        b"meter",
        b"km",
        b"kg",
        b"ton",
        b"juta",
        b"miliar",
        b"milyar",
        b"ribu",
        b"triliun",
        b"rupiah",
        b"rp",
        b"dolar",
        b"dollar",
        b"ekor",
        b"hektare",
        b"hektar",
        b"ha",
        b"jiwa",
        b"suara",
        b"kursi",
        b"kasus",
        b"rumah",
        b"lembar",
        b"batang",
        b"personel",
        b"peserta",
        b"siswa",
        b"warga",
        b"pasien",
        b"kendaraan",
        b"liter",
        b"kilometer",
        b"kilogram",
        b"mw",
        b"megawatt",
        b"keluarga",
        b"kk",
        b"butir",
        b"paket",
        b"titik",
        b"desa",
        b"sekolah",
        b"halaman",
        b"kata",
        b"mil",
        b"derajat",
        b"poin",
        b"gram",
        b"cm",
        b"mm",
        b"m",
        b"hari",
        b"bulan",
        b"minggu",
        b"pekan",
        b"jam",
        b"menit",
        b"detik",
        b"tahun",
        b"kilo",
        b"pucuk",
        b"petugas",
        b"anggota",
        b"pasang",
        b"potong",
    ]
);

/// Punctuation after a number that can continue a date from it (ranges, `d/m/y`, `d-m-y`,
/// `-an`, day lists); see [`P::num_may_start`]. Not `.`: `d.m.y` needs a digit right after
/// the dot, which `P::number_continues` sees first, and no other reading takes a `.` there
/// (a sentence or list ends: `ada 5.`, `1. Pertama`).
const NUM_FOLLOWERS_PUNCT: &[char] = &['-', '\u{2013}', '\u{2014}', '/', ',', '&'];

/// Words after a number that can continue a date from it, besides month names and units:
/// range words (`is_range_word`, `sd_at`), `SM`/`sebelum` (`bce_after`), day lists
/// (`day_list`) and the `an` of `1990an`; see [`P::num_may_start`].
const NUM_FOLLOWERS: &[&[u8]] = &[
    b"hingga", b"sampai", b"sd", b"s", b"sm", b"sebelum", b"dan", b"serta", b"an",
];

/// What the word after a number asks of what follows it before [`P::num_may_start`] lets
/// the number through ([`word_after_number`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum AfterNumber {
    /// nothing: the word may continue a date
    Date,
    /// a [`CountEnd`] word right after it (`5 tahun lalu`)
    CountEnd,
    /// no date continues with the word
    No,
}

/// What the word `k` (lower case) after a number of `len` digits asks for in
/// [`P::num_may_start`]: one of [`NUM_FOLLOWERS`] or a month name may continue a date; a
/// unit word (`unit_of`) after at most three digits only before a [`CountEnd`] word
/// (`parse_counted`); any other word never.
fn word_after_number(k: &[u8], len: usize) -> AfterNumber {
    if NUM_FOLLOWERS.contains(&k) || month_of(k).is_some() {
        AfterNumber::Date
    } else if len <= 3 && unit_of(k).is_some() {
        AfterNumber::CountEnd
    } else {
        AfterNumber::No
    }
}

word_set!(
    /// Words before a bare four-digit number that make it a year used as a date.
    is_year_cue, [
        b"pada",
        b"tahun",
        b"sejak",
        b"hingga",
        b"sampai",
        b"dari",
        b"selama",
        b"sebelum",
        b"setelah",
        b"sesudah",
        b"usai",
        b"menjelang",
        b"jelang",
        b"akhir",
        b"awal",
        b"pertengahan",
        b"medio",
        b"per",
        b"antara",
        b"lahir",
        b"mulai",
        b"kuartal",
        b"semester",
        b"triwulan",
        b"sepanjang",
        b"tahunnya",
        b"di",
        b"periode",
        b"didirikan",
        b"berdiri",
        b"dibangun",
        b"diresmikan",
        b"keseluruhan",
        b"edisi",
    ]
);

word_set!(
    /// Lower-case words before a bare year that make it a count, a code or an event name
    /// (`sebanyak 2014`, `nomor 2014`, `pilpres 2014`) rather than a year used as a date.
    is_not_year_before, [
        b"sebanyak",
        b"sebesar",
        b"mencapai",
        b"hanya",
        b"sekitar",
        b"kurang",
        b"lebih",
        b"total",
        b"jumlah",
        b"nomor",
        b"nomer",
        b"no",
        b"kode",
        b"ke",
        b"seharga",
        b"senilai",
        b"rp",
        b"dengan",
        b"menjadi",
        b"pemilu",
        b"pilkada",
        b"pilpres",
        b"pileg",
        b"pilgub",
        b"pilwalkot",
        b"pilbup",
        b"umum",
        b"presiden",
        b"legislatif",
        b"munas",
        b"muktamar",
        b"kongres",
        b"apbn",
        b"apbd",
        b"apbnp",
        b"rapbn",
        b"piala",
        b"olimpiade",
        b"games",
        b"kelas",
        b"angkatan",
        b"versi",
        b"seri",
        b"tipe",
        b"model",
        b"pasal",
        b"ayat",
        b"halaman",
        b"hal",
        b"kamar",
        b"ruang",
        b"jalan",
        b"jl",
        b"skor",
        b"poin",
        b"of",
    ]
);

word_set!(
    /// Words before `( d/m )` that make it a fraction or a score, not a date.
    is_not_date_before_paren, [
        b"atau",
        b"setengah",
        b"separuh",
        b"skor",
        b"rasio",
        b"perbandingan",
        b"nilai",
        b"sebesar",
        b"menjadi",
        b"yaitu",
        b"yakni",
        b"hasil",
        b"dengan",
        b"berbanding",
        b"pecahan",
        b"pasal",
        b"ayat",
        b"no",
        b"nomor",
    ]
);

word_set!(
    /// Words before a lone month name that make it a date.
    is_month_cue, [
        b"pada",
        b"bulan",
        b"sejak",
        b"hingga",
        b"sampai",
        b"awal",
        b"akhir",
        b"pertengahan",
        b"medio",
        b"selama",
        b"menjelang",
        b"jelang",
        b"sebelum",
        b"setelah",
        b"sesudah",
        b"dari",
        b"mulai",
        b"per",
        b"antara",
        b"sepanjang",
        b"usai",
        b"tanggal",
    ]
);

word_set!(
    /// Titles that make the following capitalised month name a person's name.
    is_title, [
        b"bapak",
        b"pak",
        b"ibu",
        b"bu",
        b"sdr",
        b"saudara",
        b"saudari",
        b"nona",
        b"tuan",
        b"nyonya",
        b"dr",
        b"prof",
        b"mbak",
        b"mas",
        b"kak",
        b"bung",
        b"adik",
        b"dik",
        b"om",
        b"tante",
        b"nenek",
        b"kakek",
        b"haji",
        b"hj",
        b"ustaz",
        b"ustad",
        b"kiai",
        b"mr",
        b"mrs",
        b"ms",
        b"miss",
        b"si",
        b"sang",
    ]
);

fn is_range_word(t: &Tok<'_>) -> bool {
    t.punct('-')
        || t.punct('\u{2013}')
        || t.punct('\u{2014}')
        || t.is_any(&["hingga", "sampai", "sd"])
}

// ---------------------------------------------------------------------------
// Semantics

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Nearest,
    Past,
    Future,
    This,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum From {
    Ref,
    Last,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Holiday {
    IdulFitri,
    IdulAdha,
    Natal,
    TahunBaru,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sem {
    Abs(Date, Grain),
    AbsRange(Date, Date, Grain),
    DayMonth {
        d: i8,
        m: i8,
        dir: Dir,
    },
    DayMonthRange {
        d1: i8,
        m1: i8,
        d2: i8,
        m2: i8,
    },
    Month {
        m: i8,
        dir: Dir,
    },
    MonthYearRel {
        m: i8,
        shift: i16,
    },
    Weekday {
        wd: i8,
        dir: Dir,
    },
    WeekdayRange {
        w1: i8,
        w2: i8,
    },
    Rel {
        unit: Unit,
        n: Option<i64>,
        from: From,
    },
    Holiday {
        kind: Holiday,
        year: i16,
        rel: bool,
    },
    /// A holiday without a year: the occurrence nearest the reference (ties go to the past).
    HolidayNear {
        kind: Holiday,
    },
    /// Months `m1..=m2` of the reference year shifted by `shift` (`kuartal I tahun ini`).
    MonthRangeRel {
        m1: i8,
        m2: i8,
        shift: i16,
    },
    /// Saturday-Sunday of the reference week shifted by `Some(weeks)`; `None`: the latest
    /// weekend that has begun by the reference date.
    Weekend {
        shift: Option<i8>,
    },
    /// `tanggal 17`: that day of the reference month.
    DayOfMonth {
        d: i8,
    },
}

#[derive(Clone, Copy, Debug)]
struct Cand {
    s: usize,
    e: usize,
    sem: Sem,
}

// ---------------------------------------------------------------------------
// Calendar helpers (no allocation, no panics)

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn ymd(y: i64, m: i64, d: i64) -> Option<Date> {
    let y = i16::try_from(y).ok()?;
    let m = i8::try_from(m).ok()?;
    let d = i8::try_from(d).ok()?;
    Date::new(y, m, d).ok()
}

fn epoch(d: Date) -> i64 {
    days_from_civil(
        i64::from(d.year()),
        i64::from(d.month()),
        i64::from(d.day()),
    )
}

fn add_days(d: Date, n: i64) -> Option<Date> {
    let (y, m, dd) = civil_from_days(epoch(d).checked_add(n)?);
    ymd(y, m, dd)
}

fn add_months(d: Date, n: i64) -> Option<Date> {
    let idx = i64::from(d.year()) * 12 + i64::from(d.month()) - 1 + n;
    ymd(idx.div_euclid(12), idx.rem_euclid(12) + 1, 1)
}

fn wd(d: Date) -> i8 {
    d.weekday().to_monday_one_offset()
}

fn monday_of(d: Date) -> Option<Date> {
    add_days(d, -i64::from(wd(d) - 1))
}

fn point(start: Date, grain: Grain, anchored: bool) -> DateValue {
    DateValue {
        start,
        grain,
        end: None,
        anchored,
    }
}

fn month_start(y: i64, m: i8) -> Option<Date> {
    ymd(y, i64::from(m), 1)
}

/// Idul Fitri (1 Syawal) as set by the Indonesian government calendar, 2000-2030.
/// Approximate: the official date follows sidang isbat and may differ by a day;
/// 2026 onwards are astronomical estimates. In 2000 the first of the two is used.
const IDUL_FITRI: &[(i16, i8, i8)] = &[
    (2000, 1, 8),
    (2001, 12, 16),
    (2002, 12, 6),
    (2003, 11, 25),
    (2004, 11, 14),
    (2005, 11, 3),
    (2006, 10, 24),
    (2007, 10, 13),
    (2008, 10, 1),
    (2009, 9, 20),
    (2010, 9, 10),
    (2011, 8, 31),
    (2012, 8, 19),
    (2013, 8, 8),
    (2014, 7, 28),
    (2015, 7, 17),
    (2016, 7, 6),
    (2017, 6, 25),
    (2018, 6, 15),
    (2019, 6, 5),
    (2020, 5, 24),
    (2021, 5, 13),
    (2022, 5, 2),
    (2023, 4, 22),
    (2024, 4, 10),
    (2025, 3, 31),
    (2026, 3, 20),
    (2027, 3, 10),
    (2028, 2, 27),
    (2029, 2, 15),
    (2030, 2, 5),
];

/// Idul Adha (10 Zulhijah) as set by the Indonesian government calendar, 2005-2026.
/// Approximate in the same way as [`IDUL_FITRI`]; 2006 had two (January and December).
const IDUL_ADHA: &[(i16, i8, i8)] = &[
    (2005, 1, 21),
    (2006, 1, 10),
    (2006, 12, 31),
    (2007, 12, 20),
    (2008, 12, 8),
    (2009, 11, 27),
    (2010, 11, 17),
    (2011, 11, 6),
    (2012, 10, 26),
    (2013, 10, 15),
    (2014, 10, 5),
    (2015, 9, 24),
    (2016, 9, 12),
    (2017, 9, 1),
    (2018, 8, 22),
    (2019, 8, 11),
    (2020, 7, 31),
    (2021, 7, 20),
    (2022, 7, 10),
    (2023, 6, 29),
    (2024, 6, 17),
    (2025, 6, 6),
    (2026, 5, 27),
];

/// Occurrences of a holiday in `year` (the Islamic ones come from the tables; a year
/// outside them has none).
fn holiday_dates(kind: Holiday, year: i16) -> impl Iterator<Item = Date> {
    let table: &[(i16, i8, i8)] = match kind {
        Holiday::IdulFitri => IDUL_FITRI,
        Holiday::IdulAdha => IDUL_ADHA,
        Holiday::Natal | Holiday::TahunBaru => &[],
    };
    let fixed = match kind {
        Holiday::Natal => Date::new(year, 12, 25).ok(),
        Holiday::TahunBaru => Date::new(year, 1, 1).ok(),
        Holiday::IdulFitri | Holiday::IdulAdha => None,
    };
    table
        .iter()
        .filter(move |(y, _, _)| *y == year)
        .filter_map(|&(y, m, d)| Date::new(y, m, d).ok())
        .chain(fixed)
}

fn holiday_date(kind: Holiday, year: i16) -> Option<Date> {
    holiday_dates(kind, year).next()
}

/// The occurrence of a holiday nearest `r` (ties go to the past).
fn holiday_near(kind: Holiday, r: Date) -> Option<Date> {
    let re = epoch(r);
    let y = r.year();
    let mut best: Option<(i64, Date)> = None;
    for yy in [y.checked_sub(1), Some(y), y.checked_add(1)]
        .into_iter()
        .flatten()
    {
        for c in holiday_dates(kind, yy) {
            let diff = epoch(c) - re;
            let score = diff.abs() * 2 + i64::from(diff > 0);
            if best.is_none_or(|(b, _)| score < b) {
                best = Some((score, c));
            }
        }
    }
    best.map(|(_, c)| c)
}

fn nearest_day(d: i8, m: i8, dir: Dir, r: Date) -> Option<Date> {
    let ry = i64::from(r.year());
    let re = epoch(r);
    let mut best: Option<(i64, Date)> = None;
    for y in ry - 1..=ry + 1 {
        let Some(c) = ymd(y, i64::from(m), i64::from(d)) else {
            continue;
        };
        let diff = epoch(c) - re;
        let ok = match dir {
            Dir::Past => diff <= 0,
            Dir::Future => diff >= 0,
            Dir::Nearest | Dir::This => true,
        };
        if !ok {
            continue;
        }
        let score = match dir {
            // Ties go to the past (news reports on what happened).
            Dir::Nearest | Dir::This => diff.abs() * 2 + i64::from(diff > 0),
            Dir::Past | Dir::Future => diff.abs(),
        };
        if best.is_none_or(|(b, _)| score < b) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

fn nearest_month(m: i8, dir: Dir, r: Date) -> Option<Date> {
    let ry = i64::from(r.year());
    if dir == Dir::This {
        return month_start(ry, m);
    }
    let ri = ry * 12 + i64::from(r.month()) - 1;
    let mut best: Option<(i64, i64)> = None;
    for y in ry - 1..=ry + 1 {
        let diff = y * 12 + i64::from(m) - 1 - ri;
        let ok = match dir {
            Dir::Past => diff <= 0,
            Dir::Future => diff >= 0,
            _ => true,
        };
        if !ok {
            continue;
        }
        let score = match dir {
            Dir::Nearest => diff.abs() * 2 + i64::from(diff > 0),
            _ => diff.abs(),
        };
        if best.is_none_or(|(b, _)| score < b) {
            best = Some((score, y));
        }
    }
    best.and_then(|(_, y)| month_start(y, m))
}

fn resolve(sem: Sem, r: Option<Date>, last: Option<Date>) -> Option<DateValue> {
    match sem {
        Sem::Abs(d, g) => Some(point(d, g, false)),
        Sem::AbsRange(a, b, g) => Some(DateValue {
            start: a,
            grain: g,
            end: Some(b),
            anchored: false,
        }),
        Sem::Holiday { kind, year, rel } => {
            let y = if rel {
                r?.year().checked_add(year)?
            } else {
                year
            };
            holiday_date(kind, y).map(|d| point(d, Grain::Day, rel))
        }
        Sem::HolidayNear { kind } => holiday_near(kind, r?).map(|d| point(d, Grain::Day, true)),
        Sem::MonthRangeRel { m1, m2, shift } => {
            let y = i64::from(r?.year()) + i64::from(shift);
            Some(DateValue {
                start: month_start(y, m1)?,
                grain: Grain::Month,
                end: Some(month_start(y, m2)?),
                anchored: true,
            })
        }
        Sem::Weekend { shift } => {
            let r = r?;
            let sat = match shift {
                Some(k) => add_days(monday_of(r)?, 5 + 7 * i64::from(k))?,
                None => add_days(r, -i64::from((wd(r) - 6).rem_euclid(7)))?,
            };
            Some(DateValue {
                start: sat,
                grain: Grain::Day,
                end: Some(add_days(sat, 1)?),
                anchored: true,
            })
        }
        Sem::DayOfMonth { d } => {
            let r = r?;
            ymd(i64::from(r.year()), i64::from(r.month()), i64::from(d))
                .map(|x| point(x, Grain::Day, true))
        }
        Sem::DayMonth { d, m, dir } => {
            nearest_day(d, m, dir, r?).map(|x| point(x, Grain::Day, true))
        }
        Sem::DayMonthRange { d1, m1, d2, m2 } => {
            let a = nearest_day(d1, m1, Dir::Nearest, r?)?;
            let mut b = ymd(i64::from(a.year()), i64::from(m2), i64::from(d2))?;
            if b <= a {
                b = ymd(i64::from(a.year()) + 1, i64::from(m2), i64::from(d2))?;
            }
            Some(DateValue {
                start: a,
                grain: Grain::Day,
                end: Some(b),
                anchored: true,
            })
        }
        Sem::Month { m, dir } => nearest_month(m, dir, r?).map(|x| point(x, Grain::Month, true)),
        Sem::MonthYearRel { m, shift } => month_start(i64::from(r?.year()) + i64::from(shift), m)
            .map(|x| point(x, Grain::Month, true)),
        Sem::Weekday { wd: w, dir } => {
            let r = r?;
            let back = i64::from((wd(r) - w).rem_euclid(7));
            let fwd = i64::from((w - wd(r)).rem_euclid(7));
            let d = match dir {
                Dir::Nearest => add_days(r, -back)?,
                Dir::Past => add_days(r, if back == 0 { -7 } else { -back })?,
                Dir::Future => add_days(r, if fwd == 0 { 7 } else { fwd })?,
                Dir::This => add_days(monday_of(r)?, i64::from(w - 1))?,
            };
            Some(point(d, Grain::Day, true))
        }
        Sem::WeekdayRange { w1, w2 } => {
            let r = r?;
            let a = add_days(r, -i64::from((wd(r) - w1).rem_euclid(7)))?;
            let b = add_days(a, i64::from((w2 - w1).rem_euclid(7)))?;
            Some(DateValue {
                start: a,
                grain: Grain::Day,
                end: Some(b),
                anchored: true,
            })
        }
        Sem::Rel { unit, n, from } => {
            let n = n?;
            let base = match from {
                From::Ref => r?,
                From::Last => last?,
            };
            let v = match unit {
                Unit::Day => point(add_days(base, n)?, Grain::Day, true),
                Unit::Week => point(
                    monday_of(add_days(base, n.checked_mul(7)?)?)?,
                    Grain::Day,
                    true,
                ),
                Unit::Month => point(add_months(base.first_of_month(), n)?, Grain::Month, true),
                Unit::Year => point(ymd(i64::from(base.year()) + n, 1, 1)?, Grain::Year, true),
            };
            Some(v)
        }
    }
}

// ---------------------------------------------------------------------------
// Parser

/// Is the number at `s` of the text `b` (an ASCII digit, at the start of a token) a trigger
/// [`DateRules::is_trigger`] keeps? False only where the parser surely finds no date there
/// ([`number_may_parse`]) and leaving it out changes nothing ([`number_skip_is_plain`]).
fn number_may_start(b: &[u8], s: usize, num_next: &NumNext) -> bool {
    number_may_parse(b, s, num_next) || !number_skip_is_plain(b, s)
}

/// Past a failed number at `s` (an ASCII digit), the scan resumes at the end of the run of
/// digits and `./,:-` there ([`P::skip_from`]); is every trigger inside that run one where
/// `parse_num` fails at once, and skips to the same end? Yes unless a `-` follows another of
/// those signs: a trigger inside follows one of them, and `parse_num` fails after a `.`, `,`,
/// `/`, `:`, or a `-` after a digit. Then leaving the number out of the triggers changes
/// nothing: the scan tries those triggers instead, and resumes at the same place.
fn number_skip_is_plain(b: &[u8], s: usize) -> bool {
    let mut after_sign = false;
    for &c in &b[s..] {
        if c.is_ascii_digit() {
            after_sign = false;
        } else if in_set(NUM_SIGNS, c) {
            if after_sign && c == b'-' {
                return false;
            }
            after_sign = true;
        } else {
            break;
        }
    }
    true
}

/// False only where [`P::parse_num`] surely finds no date at the number that starts at `s`
/// of the text `b` (an ASCII digit, at the start of a token): [`P::num_may_start`] and the
/// tests before it, from the bytes alone (what `next_tok` reads at `s` is the run of digits
/// there). The number's own bytes and those of `number_continues` and `dotted_rest` decide
/// as there; of the tokens around it, only the one after it ([`number_follower_may_start`])
/// and the one before it (for `tanggal`, [`tanggal_may_end`]) are read: `num_may_start`
/// wants the token after to be one of [`NUM_FOLLOWERS_PUNCT`] (the dashes are not ASCII) or
/// a word [`word_after_number`] allows, or a [`TANGGAL`] word before a day; and after a `-`,
/// what `num_date` reads past it ([`dash_follower_may_start`]).
fn number_may_parse(b: &[u8], s: usize, num_next: &NumNext) -> bool {
    // `parse_num`: part of a bigger number or code (the byte before an ASCII char ends it)
    if let Some(&c) = b.get(s.wrapping_sub(1)) {
        if matches!(c, b'.' | b',' | b'/' | b':' | b'_')
            || (c == b'-'
                && b.get(s.wrapping_sub(2))
                    .is_some_and(u8::is_ascii_alphanumeric))
        {
            return false;
        }
    }
    let mut e = s;
    let mut n = 0u32;
    while let Some(&d) = b.get(e).filter(|d| d.is_ascii_digit()) {
        // `Tok::num`: none past four digits
        if e - s == 4 {
            return false;
        }
        n = n * 10 + u32::from(d - b'0');
        e += 1;
    }
    let len = e - s;
    // `num_may_start`, in its order
    if number_continues(b, e) {
        return len <= 2 && dotted_rest(b, e);
    }
    if len == 4 && (1900..=2099).contains(&n) {
        return true;
    }
    number_follower_may_start(b, e, len, num_next)
        || (len <= 2
            && (1..=31).contains(&n)
            && prev_may_end(b, s, TANGGAL_LAST)
            && tanggal_may_end(b, s))
}

/// False only where the token `next_tok` reads at `e`, after a number of `len` digits,
/// surely makes [`P::num_may_start`]'s `follows` false: no token ([`NextWord::End`]), a
/// number or an ASCII sign other than those of [`NUM_FOLLOWERS_PUNCT`], or a word
/// [`word_after_number`] rejects, or a unit word whose next token cannot be a [`CountEnd`]
/// word ([`count_end_may_follow`]);
/// or where, after a `-`, no reading of `num_date` continues ([`dash_follower_may_start`]:
/// there `follows` may hold, but the date readings after it fail).
#[inline]
fn number_follower_may_start(b: &[u8], e: usize, len: usize, num_next: &NumNext) -> bool {
    match next_word(b, e) {
        NextWord::End => false,
        NextWord::Other(b'-') => dash_follower_may_start(b, e, len),
        NextWord::Other(c) => in_set(const { byte_set(b"/,&") }, c),
        NextWord::Unknown => true,
        NextWord::Word { key, end } => match num_next.after(key, len) {
            AfterNumber::Date => true,
            AfterNumber::CountEnd => count_end_may_follow(b, end),
            AfterNumber::No => false,
        },
    }
}

/// False only where no date is read at a number of `len` digits that ends at `e` of the
/// text `b` and has a `-` after it (past ASCII white space), by what comes after the `-`:
/// `num_date` reads past a `-` only `80-an` (`an_suffix`: an `a` right after it) or a
/// number (past white space, or an abbreviation's `.` for `year_at`): the second year of
/// `1800-1850` (four digits before the `-`: anything may follow), `17-8-2021` (a `-`
/// after the number), `10-12 Januari` (a month name: [`MONTH_ID_NEXT`]), `650 - 279 SM`
/// (`SM` or `sebelum`: an `s`). A non-ASCII byte, where `next_tok` reads past Unicode
/// white space or a dash, may be anything.
fn dash_follower_may_start(b: &[u8], e: usize, len: usize) -> bool {
    let skip = |mut i: usize| {
        while i < b.len() && is_space(b[i]) {
            i += 1;
        }
        i
    };
    // past the `-`
    let i = skip(e) + 1;
    if matches!(b.get(i), Some(b'a' | b'A')) {
        return true;
    }
    let mut j = skip(i);
    if b.get(j) == Some(&b'.') {
        j += 1;
    }
    match b.get(j) {
        Some(&c) if c >= 0x80 => return true,
        Some(c) if c.is_ascii_digit() => {}
        _ => return false,
    }
    let k = j + b[j..].iter().take_while(|c| c.is_ascii_digit()).count();
    len == 4 || next_may_start(b, k, const { byte_set(b"-") | MONTH_ID_NEXT })
}

/// The token `next_tok` reads at `e` of the text `b`, as far as a look at its first
/// sixteen bytes (past ASCII white space) tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NextWord {
    /// none: the text ends
    End,
    /// a token of one ASCII byte that is no letter (a number starts with it if it is a
    /// digit)
    Other(u8),
    /// a word of up to fifteen ASCII letters, its [`word_key`] `key` (the letters in lower
    /// case and zero past them, in two little-endian words), and the end of the word
    Word { key: [u64; 2], end: usize },
    /// anything: a non-ASCII byte, a word of sixteen letters or more, or one a non-ASCII
    /// byte or `'` may continue (`next_tok`'s general path)
    Unknown,
}

/// The [`NextWord`] at `e` of the text `b`: no branch but those on what it finds.
#[inline]
fn next_word(b: &[u8], e: usize) -> NextWord {
    let mut s = e;
    while s < b.len() && is_space(b[s]) {
        s += 1;
    }
    let Some(&c) = b.get(s) else {
        return NextWord::End;
    };
    if c >= 0x80 {
        return NextWord::Unknown;
    }
    if !c.is_ascii_alphabetic() {
        return NextWord::Other(c);
    }
    let x = first16(&b[s..]);
    let (run, key) = word_key(&x);
    let Some(&c) = x.get(run) else {
        // sixteen letters or more: no key
        return NextWord::Unknown;
    };
    if c >= 0x80 || c == b'\'' {
        // `next_tok`'s general path
        return NextWord::Unknown;
    }
    NextWord::Word { key, end: s + run }
}

/// False only where `P::count` and `P::parse_counted` surely read no date from the count
/// without its unit (`satu`, `beberapa`) that ends at `e` of the text `b`: the word after it
/// must be `belas`, `puluh` or a unit word (`unit_of`), and after a unit a [`CountEnd`]
/// word ([`count_end_may_follow`]). What
/// [`next_word`] cannot tell may be anything.
fn count_follower_may_start(b: &[u8], e: usize) -> bool {
    match next_word(b, e) {
        NextWord::End | NextWord::Other(_) => false,
        NextWord::Unknown => true,
        NextWord::Word { key, end } => {
            let mut word = [0u8; 16];
            word[..8].copy_from_slice(&key[0].to_le_bytes());
            word[8..].copy_from_slice(&key[1].to_le_bytes());
            let word = &word[..word.iter().take_while(|&&c| c != 0).count()];
            if unit_of(word).is_some() {
                count_end_may_follow(b, end)
            } else {
                matches!(word, b"belas" | b"puluh")
            }
        }
    }
}

/// The number of bits of a [`NumNext`] slot: 256 slots for the 49 words of up to seven
/// letters [`word_after_number`] allows.
const NUM_NEXT_BITS: u32 = 8;

/// The odd multiplier of [`NumNext::slot`]: one under which no two of its words share a
/// slot (the test `num_next_mul_separates_words` finds one).
const NUM_NEXT_MUL: u64 = 0xA195_A45C_672E_F703;

/// The words of up to fifteen ASCII letters that [`word_after_number`] allows after a
/// number, for [`number_follower_may_start`]: those of up to seven letters by a
/// multiplicative hash of their key (the letters in lower case, zero past them, in a
/// little-endian word: its high byte is zero), a probe and a compare where the `match`es of
/// `word_after_number` take many branches; the few longer ones (months: `september`) in a
/// list.
#[derive(Clone, Debug)]
struct NumNext {
    /// per [`NumNext::slot`]: the key of the word there in the low seven bytes and, in the
    /// high byte, [`NumNext::code`] of what `word_after_number` says of it after a number of
    /// up to three digits (the low two bits) and of four (the next two); `u64::MAX`, which is
    /// no key, in a slot of none
    slots: Box<[u64; 1 << NUM_NEXT_BITS]>,
    /// the [`word_key`]s and codes of the words of eight to fifteen letters
    long: Box<[([u64; 2], u8)]>,
}

impl NumNext {
    /// The table of the words of [`NUM_FOLLOWERS`] and [`WORD_KEYS`] that
    /// [`word_after_number`] allows: all it allows, as `WORD_KEYS` has every month name and
    /// unit word (`parse_word` reads them).
    ///
    /// # Panics
    /// When two words share a slot under [`NUM_NEXT_MUL`] (the words are constants: the
    /// test `num_next_mul_separates_words` builds the table, and finds another multiplier).
    fn new() -> NumNext {
        let mut slots = Box::new([u64::MAX; 1 << NUM_NEXT_BITS]);
        let long = NumNext::words()
            .filter(|(w, _)| w.len() >= 8)
            .map(|(w, code)| (padded_key(w).1, code))
            .collect();
        for (w, code) in NumNext::words().filter(|(w, _)| w.len() < 8) {
            let key = padded_key(w).1[0];
            let slot = &mut slots[NumNext::slot(key)];
            assert!(
                *slot == u64::MAX,
                "two words share a slot: change NUM_NEXT_MUL"
            );
            *slot = key | u64::from(code) << 56;
        }
        NumNext { slots, long }
    }

    /// The words of the table, of up to fifteen letters, and their codes.
    fn words() -> impl Iterator<Item = (&'static [u8], u8)> {
        let words = NUM_FOLLOWERS.iter().copied();
        words
            .chain(WORD_KEYS.iter().map(|w| w.as_bytes()))
            .filter(|w| w.len() < 16)
            .map(|w| {
                let code = |len| NumNext::code(word_after_number(w, len));
                (w, code(3) | code(4) << 2)
            })
            .filter(|&(_, code)| code != 0)
    }

    /// What the table keeps of an [`AfterNumber`]: two bits, 0 for none.
    fn code(a: AfterNumber) -> u8 {
        match a {
            AfterNumber::No => 0,
            AfterNumber::Date => 1,
            AfterNumber::CountEnd => 2,
        }
    }

    /// The slot of a key: a multiplicative hash.
    #[inline]
    fn slot(k: u64) -> usize {
        NumNext::slot_by(k, NUM_NEXT_MUL)
    }

    /// [`NumNext::slot`] under the multiplier `mul`.
    #[inline]
    fn slot_by(k: u64, mul: u64) -> usize {
        (k.wrapping_mul(mul) >> (64 - NUM_NEXT_BITS)) as usize
    }

    /// [`word_after_number`] of the word of up to fifteen letters of [`word_key`] `k`, after
    /// a number of `len` digits (at most four).
    #[inline]
    fn after(&self, k: [u64; 2], len: usize) -> AfterNumber {
        let code = if k[1] == 0 && k[0] >> 56 == 0 {
            // up to seven letters
            let e = self.slots[NumNext::slot(k[0])];
            if e & !(0xFF << 56) != k[0] {
                return AfterNumber::No;
            }
            e >> 56
        } else {
            match self.long.iter().find(|(w, _)| *w == k) {
                Some(&(_, code)) => u64::from(code),
                None => return AfterNumber::No,
            }
        };
        match code >> if len > 3 { 2 } else { 0 } & 3 {
            1 => AfterNumber::Date,
            2 => AfterNumber::CountEnd,
            _ => AfterNumber::No,
        }
    }
}

/// The signs [`P::skip_from`] skips over with the digits of a number.
const NUM_SIGNS: u128 = byte_set(b"./,:-");

/// The ASCII bytes of `s` as a set: a bit per byte.
const fn byte_set(s: &[u8]) -> u128 {
    let mut set = 0;
    let mut i = 0;
    while i < s.len() {
        assert!(s[i] < 0x80, "ASCII bytes");
        set |= 1 << s[i];
        i += 1;
    }
    set
}

/// Is `c` in the [`byte_set`] `set`? One shift, no branch (where a slice's `contains`
/// calls `memchr`).
#[inline]
fn in_set(set: u128, c: u8) -> bool {
    set.checked_shr(u32::from(c)).unwrap_or(0) & 1 != 0
}

/// [`P::dotted_rest`] of the text `b`: is `.m.yyyy` at `e`?
fn dotted_rest(b: &[u8], e: usize) -> bool {
    let digits = |i: usize| {
        b.get(i..)
            .map_or(0, |r| r.iter().take_while(|c| c.is_ascii_digit()).count())
    };
    let m = digits(e + 1);
    b.get(e) == Some(&b'.')
        && (1..=2).contains(&m)
        && b.get(e + 1 + m) == Some(&b'.')
        && digits(e + 2 + m) == 4
}

/// [`P::number_continues`] of the text `b`: a `.`, `,` or `:` and a digit at `e`.
fn number_continues(b: &[u8], e: usize) -> bool {
    // bytes: an ASCII byte is a whole char, and `.,:` and digits are ASCII
    b.get(e).is_some_and(|&c| matches!(c, b'.' | b',' | b':'))
        && b.get(e + 1).is_some_and(u8::is_ascii_digit)
}

/// The year of a two-digit year `yy` (POSIX pivot: 00-68 are 20yy, 69-99 are 19yy).
fn short_year_pivot(yy: i64) -> i64 {
    yy + if yy <= 68 { 2000 } else { 1900 }
}

/// [`P::prev_may_end`] of the text `b`.
fn prev_may_end(b: &[u8], pos: usize, last: u128) -> bool {
    let mut e = pos.min(b.len());
    while e > 0 && is_space(b[e - 1]) {
        e -= 1;
    }
    e == 0 || b[e - 1] >= 0x80 || in_set(last, b[e - 1])
}

/// [`P::next_may_start`] of the text `b`.
#[inline]
fn next_may_start(b: &[u8], pos: usize, first: u128) -> bool {
    let mut s = pos;
    while s < b.len() && is_space(b[s]) {
        s += 1;
    }
    s >= b.len() || b[s] >= 0x80 || in_set(first, b[s])
}

/// The words before a day number that make it one (`P::after_tanggal`).
const TANGGAL: &[&str] = &["tanggal", "tgl", "tg"];
/// The last bytes of [`TANGGAL`], in either case.
const TANGGAL_LAST: u128 = edge_bytes(TANGGAL, true);

/// False only where [`P::after_tanggal`] surely finds no [`TANGGAL`] word before `s` of the
/// text `b`: past ASCII white space back, no token, or a run of ASCII letters none of
/// those words that an ASCII byte other than `'` starts (the word `prev_tok`'s fast path
/// reads), or an ASCII token of no letter. Where `prev_tok` takes its general path (a
/// non-ASCII byte or `'` before or at the end of the letters), it may be one of them.
fn tanggal_may_end(b: &[u8], s: usize) -> bool {
    let mut e = s.min(b.len());
    while e > 0 && is_space(b[e - 1]) {
        e -= 1;
    }
    let Some(&c) = b.get(e.wrapping_sub(1)) else {
        return false;
    };
    if c >= 0x80 {
        return true;
    }
    // the letters back to a byte of no letter, or eight (no word of `TANGGAL` has as many)
    let mut w = e;
    while w > 0 && e - w < 8 && b[w - 1].is_ascii_alphabetic() {
        w -= 1;
    }
    if w > 0 && (b[w - 1] >= 0x80 || b[w - 1] == b'\'') {
        return true;
    }
    TANGGAL
        .iter()
        .any(|t| b[w..e].eq_ignore_ascii_case(t.as_bytes()))
}

/// The first bytes of what `bce_year` reads after a year: a range word (`-`, `hingga`,
/// `sampai`, `sd`; the dashes are not ASCII), `SM` or `sebelum`.
const BCE_NEXT: u128 = byte_set(b"-") | either_case(b"hs");

/// The words of a time of day after a date that `P::tod` reads alone (`Senin pagi`).
const TOD_WORDS: &[&str] = &["pagi", "siang", "sore", "petang", "malam", "subuh"];
/// The first words of the times of day of two words `P::tod` reads (`dini hari`,
/// `larut malam`, `tengah malam`, `tengah hari`).
const TOD_LEADS: &[&str] = &["dini", "larut", "tengah"];
/// The first bytes of the words `P::tod` reads first, in either case.
const TOD_FIRST: u128 = first_bytes(TOD_WORDS) | first_bytes(TOD_LEADS);

/// The words after a date that `P::rel_after` reads as the past (`Senin lalu`).
const REL_PAST: &[&str] = &["lalu", "silam", "kemarin"];
/// The words after a date that `P::rel_after` reads as the future (`Senin depan`).
const REL_FUTURE: &[&str] = &["besok", "mendatang", "depan"];
/// The first bytes of the words `P::rel_after` reads first (those two lists and the `yang`
/// of `yang lalu`, `yang akan datang`), in either case.
const REL_AFTER_FIRST: u128 = first_bytes(REL_PAST) | first_bytes(REL_FUTURE) | either_case(b"y");

/// The first bytes of the (non-empty, ASCII) `words`, in either case, as a [`byte_set`].
const fn first_bytes(words: &[&str]) -> u128 {
    edge_bytes(words, false)
}

/// The first (or, `last`, the last) bytes of the (non-empty, ASCII) `words`, in either case,
/// as a [`byte_set`].
const fn edge_bytes(words: &[&str], last: bool) -> u128 {
    let mut set = 0;
    let mut i = 0;
    while i < words.len() {
        let w = words[i].as_bytes();
        set |= either_case(&[if last { w[w.len() - 1] } else { w[0] }]);
        i += 1;
    }
    set
}

/// The words of the prayer `Salat Jumat` before a weekday (`parse_weekday`), and their last
/// bytes in either case.
const SALAT: &[&str] = &["salat", "shalat", "sholat", "solat"];
const SALAT_LAST: u128 = edge_bytes(SALAT, true);

/// The last token a tokenizer function read and the position it read from (`usize::MAX`:
/// none yet). The parsers ask for the tokens around a number or word several times over,
/// and `next_tok` and `prev_tok` are pure functions of the text and the position.
struct Memo<'a>(Cell<(usize, Option<Tok<'a>>)>);

impl<'a> Memo<'a> {
    fn new() -> Memo<'a> {
        Memo(Cell::new((usize::MAX, None)))
    }
    #[inline]
    fn get(&self, pos: usize, read: impl FnOnce() -> Option<Tok<'a>>) -> Option<Tok<'a>> {
        let (at, tok) = self.0.get();
        if at == pos {
            return tok;
        }
        let tok = read();
        self.0.set((pos, tok));
        tok
    }
}

struct P<'a> {
    t: &'a str,
    next_memo: Memo<'a>,
    prev_memo: Memo<'a>,
}

impl<'a> P<'a> {
    fn new(t: &'a str) -> P<'a> {
        P {
            t,
            next_memo: Memo::new(),
            prev_memo: Memo::new(),
        }
    }
    fn next(&self, pos: usize) -> Option<Tok<'a>> {
        self.next_memo.get(pos, || next_tok(self.t, pos))
    }
    fn prev(&self, pos: usize) -> Option<Tok<'a>> {
        self.prev_memo.get(pos, || prev_tok(self.t, pos))
    }
    /// The next token, only if it is on the same line.
    fn next_same_line(&self, pos: usize) -> Option<Tok<'a>> {
        let n = self.next(pos)?;
        // bytes: `n.s` is past `pos`, and a `\n` byte is always the char; the gap is a
        // byte or two, where a loop beats the call of `contains`' memchr
        #[allow(clippy::manual_contains)]
        if self.t.as_bytes()[pos..n.s].iter().any(|&c| c == b'\n') {
            None
        } else {
            Some(n)
        }
    }
    fn char_before(&self, pos: usize) -> Option<char> {
        // an ASCII byte is a whole char, and no continuation byte follows one: `pos` is a
        // char boundary
        match self.t.as_bytes().get(pos.wrapping_sub(1)) {
            Some(&c) if c < 0x80 => Some(char::from(c)),
            _ => self.t.get(..pos)?.chars().next_back(),
        }
    }
    fn char_at(&self, pos: usize) -> Option<char> {
        match self.t.as_bytes().get(pos) {
            Some(&c) if c < 0x80 => Some(char::from(c)),
            _ => self.t.get(pos..)?.chars().next(),
        }
    }

    /// Where to resume after a failed trigger at `s`, where `tok` is `self.next(s)`.
    fn skip_from(&self, s: usize, tok: Option<Tok<'a>>) -> usize {
        let b = self.t.as_bytes();
        let mut e = s;
        if b.get(s).is_some_and(u8::is_ascii_digit) {
            while e < b.len() && (b[e].is_ascii_digit() || in_set(NUM_SIGNS, b[e])) {
                e += 1;
            }
            while e > s + 1 && !b[e - 1].is_ascii_digit() {
                e -= 1;
            }
            return e;
        }
        match tok {
            Some(t) if t.s == s && t.e > s => t.e,
            _ => {
                let mut e = s + 1;
                while !self.t.is_char_boundary(e) {
                    e += 1;
                }
                e
            }
        }
    }

    /// The date at `s`, where `tok` is `self.next(s)`.
    fn parse_at(&self, s: usize, tok: Option<Tok<'a>>) -> Option<Cand> {
        let tok = tok?;
        if tok.s != s {
            return None;
        }
        if self.char_before(s).is_some_and(char::is_alphanumeric) {
            return None;
        }
        match tok.kind {
            Kind::Num => self.parse_num(tok),
            Kind::Word => self.parse_word(tok),
            Kind::Punct => None,
        }
    }

    fn parse_word(&self, tok: Tok<'a>) -> Option<Cand> {
        let key = tok.key();
        let k = key.bytes();
        if let Some(w) = weekday_of(k) {
            return self.parse_weekday(tok, w);
        }
        if month_of(k).is_some() {
            return self.parse_month(tok, false);
        }
        match k {
            b"awal" | b"akhir" | b"pertengahan" | b"medio" => return self.parse_modifier(tok),
            b"bulan" => {
                let n = self.next(tok.e)?;
                // `bulan` stays outside the span like `tahun` and `tanggal` (NER UGM: 8 of 10).
                if n.kind == Kind::Word
                    && month_of(n.key().bytes()).is_some_and(|(_, mk)| mk == Mk::Id)
                {
                    return self.parse_month(n, true);
                }
                return self.unit_rel(tok, Unit::Month);
            }
            b"tahun" => {
                if let Some(c) = self.holiday_tahun_baru(tok) {
                    return Some(c);
                }
                return self.unit_rel(tok, Unit::Year);
            }
            b"pekan" => return self.unit_rel(tok, Unit::Week),
            b"hari" => {
                if !self.next_may_start(tok.e, INI_NEXT) {
                    return None;
                }
                let n = self.next(tok.e)?;
                if n.is("ini") && !self.counted_before(tok) {
                    return Some(self.with_paren(Cand {
                        s: tok.s,
                        e: n.e,
                        sem: rel(Unit::Day, 0, From::Ref),
                    }));
                }
                return None;
            }
            b"kemarin" | b"besok" | b"lusa" | b"semalam" | b"tadi" => {
                return self.parse_relday(tok, k);
            }
            b"idul" | b"idulfitri" | b"iduladha" | b"lebaran" | b"natal" => {
                return self.parse_holiday(tok, k);
            }
            b"hut" => return self.parse_hut(tok),
            b"kuartal" | b"triwulan" | b"caturwulan" | b"semester" | b"paruh" => {
                return self.parse_period(tok, k);
            }
            b"abad" => return self.parse_century(tok),
            b"musim" => return self.parse_season(tok),
            _ => {}
        }
        self.parse_counted(tok)
    }

    // --- numbers ---------------------------------------------------------

    fn parse_num(&self, tok: Tok<'a>) -> Option<Cand> {
        // Part of a bigger number or code (`2.014`, `B1234`, `ke-21`, `07/2013`)?
        if let Some(c) = self.char_before(tok.s) {
            if ".,/:_".contains(c) {
                return None;
            }
            if c == '-'
                && self
                    .char_before(tok.s - 1)
                    .is_some_and(char::is_alphanumeric)
            {
                return None;
            }
        }
        let n = tok.num()?;
        if !self.num_may_start(tok, n) {
            return None;
        }
        self.num_date(tok, n)
    }

    /// False only where [`P::num_date`] surely finds no date at the number `tok` (value
    /// `n`, at most four digits), judged from the bytes and the token right after it (and,
    /// for a possible day, the word before): most numbers are quantities (`50 persen`,
    /// `Rp 3.000`, `2 orang`), and this skips the full parser for them.
    ///
    /// Why it is sound, in `num_date`'s order (`nx` is the token after the number):
    /// - `bce_year` needs `nx` to be a range word, `SM` or `sebelum`; `iso_date` a `-`;
    ///   `numeric_dmy` (up to two digits) a `/`, a `-`, or a `.` with a digit right after
    ///   it (which `number_continues` sees);
    /// - then a decimal, thousands separator or clock time (`number_continues`) ends it:
    ///   after those, only `d.m.yyyy` (a day, a `.` and the rest, [`P::dotted_rest`]) could
    ///   still match;
    /// - a day (up to two digits, 1 to 31) needs in `day_range` a range word or `s`
    ///   (`s.d.`), in `day_list` a `,`, `dan`, `serta` or `&`, in `day_month` a month
    ///   name; its `tanggal` readings need `tanggal`/`tgl`/`tg` before it;
    /// - `year` (four digits) needs the `an` or `-` of `-an`, a range word or a `/`, or a
    ///   year from 1900 to 2099, which the words before it decide; `short_decade` (two
    ///   digits) the `an` or `-` of `-an`;
    /// - `parse_counted` (up to three digits) a unit word (`hari` ... `tahun`) and after it
    ///   a [`CountEnd`] word (`2 tahun` alone is a duration: most counted units are).
    ///
    /// The tests check it against `num_date` on generated text.
    fn num_may_start(&self, tok: Tok<'a>, n: u32) -> bool {
        let len = tok.text.len();
        if self.number_continues(tok.e) {
            return len <= 2 && self.dotted_rest(tok.e);
        }
        if len == 4 && (1900..=2099).contains(&n) {
            return true;
        }
        let follows = self.next(tok.e).is_some_and(|x| match x.kind {
            Kind::Punct => NUM_FOLLOWERS_PUNCT.iter().any(|&c| x.punct(c)),
            Kind::Word => match word_after_number(x.key().bytes(), len) {
                AfterNumber::Date => true,
                AfterNumber::CountEnd => self.next(x.e).and_then(count_end).is_some(),
                AfterNumber::No => false,
            },
            Kind::Num => false,
        });
        follows || (len <= 2 && (1..=31).contains(&n) && self.after_tanggal(tok))
    }

    /// The date [`P::parse_num`] reads at the number `tok` of value `n`, once
    /// [`P::num_may_start`] allows one.
    fn num_date(&self, tok: Tok<'a>, n: u32) -> Option<Cand> {
        let len = tok.text.len();
        if let Some(c) = self.bce_year(tok) {
            return Some(c);
        }
        // ISO 2021-12-31
        if len == 4 {
            if let Some(c) = self.iso_date(tok) {
                return Some(c);
            }
        }
        // read once: the day readings below ask again
        let tanggal = len <= 2 && self.after_tanggal(tok);
        // Numeric d/m/y, d-m-y; d/m only after `tanggal` or alone in parentheses.
        if len <= 2 {
            let paren = !tanggal && self.paren_context(tok);
            if let Some((sem, e)) = self.numeric_dmy(tok, tanggal || paren, false) {
                let bare = paren && matches!(sem, Sem::DayMonth { .. });
                if !bare {
                    let (e, dir) = self.trailer(e);
                    return Some(Cand {
                        s: tok.s,
                        e,
                        sem: with_dir(sem, dir),
                    });
                }
                // `Jakarta (22/3)`: the span is the inside (ANNOTATION: no span starts
                // with punctuation), and the parenthesis must close right after it.
                if self.next(e).is_some_and(|c| c.punct(')')) {
                    return Some(Cand { s: tok.s, e, sem });
                }
            }
        }
        // Decimal, thousands separator or clock time right after: a quantity.
        if self.number_continues(tok.e) {
            return None;
        }
        if len <= 2 && (1..=31).contains(&n) {
            if let Some(c) = self.day_range(tok) {
                return Some(c);
            }
            if let Some(c) = self.day_list(tok) {
                return Some(c);
            }
            if let Some(c) = self.day_month(tok) {
                return Some(c);
            }
            // `tanggal 19 (Juli)`: the month in parentheses.
            if tanggal {
                let month = self
                    .next_same_line(tok.e)
                    .filter(|o| o.punct('('))
                    .and_then(|o| self.month_at(o.e))
                    .filter(|(_, mk, _)| *mk == Mk::Id)
                    .and_then(|(m, _, mt)| {
                        self.next(mt.e).filter(|c| c.punct(')')).map(|c| (m, c.e))
                    });
                if let Some((m, e)) = month {
                    let d = i8::try_from(n).ok()?;
                    ymd(2000, i64::from(m), i64::from(d))?;
                    let (e, dir) = self.trailer(e);
                    return Some(Cand {
                        s: tok.s,
                        e,
                        sem: Sem::DayMonth {
                            d,
                            m,
                            dir: dir.unwrap_or(Dir::Nearest),
                        },
                    });
                }
            }
            // `tanggal 17`: a day of the reference month.
            if tanggal
                && !self
                    .next_same_line(tok.e)
                    .is_some_and(|x| x.kind == Kind::Num || x.punct('/') || x.punct('-'))
            {
                return Some(Cand {
                    s: tok.s,
                    e: self.tod(tok.e).unwrap_or(tok.e),
                    sem: Sem::DayOfMonth {
                        d: i8::try_from(n).ok()?,
                    },
                });
            }
        }
        if len == 4 && (1000..=2999).contains(&n) {
            if let Some(c) = self.year(tok, n) {
                return Some(c);
            }
        }
        if len == 2 {
            if let Some(c) = self.short_decade(tok, n) {
                return Some(c);
            }
        }
        self.parse_counted(tok)
    }

    /// Is `.m.yyyy` at `e` (a `.`, one or two digits, a `.`, four digits and no more), the
    /// rest of a `d.m.yyyy` after its day? The one date [`P::numeric_dmy`] reads with a `.`
    /// (a year is required there, of four digits without `short_year`), judged from the
    /// bytes: `next_tok` reads a run of digits and a `.` byte as its tokens, and the `.`s
    /// must touch the digits.
    fn dotted_rest(&self, e: usize) -> bool {
        dotted_rest(self.t.as_bytes(), e)
    }

    /// A decimal, thousands separator or clock time continues the number ending at `e`.
    fn number_continues(&self, e: usize) -> bool {
        number_continues(self.t.as_bytes(), e)
    }

    fn after_tanggal(&self, tok: Tok<'a>) -> bool {
        self.prev_may_end(tok.s, TANGGAL_LAST)
            && self.prev(tok.s).is_some_and(|p| p.is_any(TANGGAL))
    }

    /// False only where the token [`P::prev`] reads before `pos` surely does not end with a
    /// byte of the [`byte_set`] `last`: where the first byte before `pos` past ASCII white
    /// space is ASCII, it is the last byte of that token (`prev_tok`'s fast path), and not in `last`.
    /// A test much cheaper than reading the token, for the words and signs looked for
    /// before a number, which most numbers lack.
    fn prev_may_end(&self, pos: usize, last: u128) -> bool {
        prev_may_end(self.t.as_bytes(), pos, last)
    }

    /// False only where the token [`P::next`] reads at `pos` surely does not start with a
    /// byte of the [`byte_set`] `first`: where the first byte at or after `pos` past ASCII white
    /// space is ASCII, it is the first byte of that token (`next_tok`'s fast path), and not in
    /// `first`. The mirror of [`P::prev_may_end`].
    fn next_may_start(&self, pos: usize, first: u128) -> bool {
        next_may_start(self.t.as_bytes(), pos, first)
    }

    /// `(` right before `tok`, itself after a word, a comma, a year or nothing:
    /// `di Sepinggan (22/3)`, `pada (22/3)`, `Jakarta, (22/3)`; not `atau (1/2)`.
    fn paren_context(&self, tok: Tok<'a>) -> bool {
        if !self.prev_may_end(tok.s, const { byte_set(b"(") }) {
            return false;
        }
        let Some(open) = self.prev(tok.s).filter(|o| o.punct('(')) else {
            return false;
        };
        match self.prev(open.s) {
            None => true,
            Some(p) => {
                (p.kind == Kind::Word && !p.is_in(is_not_date_before_paren))
                    || p.punct(',')
                    || (p.kind == Kind::Num && p.text.len() == 4)
            }
        }
    }

    /// A relative expression followed by a date in parentheses (`kemarin (2/1)`,
    /// `dua hari sebelumnya (26/6)`) is one span valued by the parenthesised date.
    fn with_paren(&self, c: Cand) -> Cand {
        match self.paren_date(c.e) {
            Some((sem, close)) if !self.t[c.e..close].contains('\n') => Cand {
                s: c.s,
                e: close,
                sem,
            },
            _ => c,
        }
    }

    /// `sebelum Masehi` / `SM` right after `e`: returns its end.
    fn bce_after(&self, e: usize) -> Option<usize> {
        let t = self.next_same_line(e)?;
        if t.text == "SM" {
            return Some(t.e);
        }
        if t.is("sebelum") {
            let m = self.next_same_line(t.e)?;
            if m.is("masehi") {
                return Some(m.e);
            }
        }
        None
    }

    /// `580 sebelum Masehi`, `650 - 279 SM`: ISO 8601 expanded years (astronomical
    /// numbering, 1 BC = year 0, so 580 BC is `-0579`).
    fn bce_year(&self, tok: Tok<'a>) -> Option<Cand> {
        // a range word (`-`, `hingga`, `sampai`, `sd`; the dashes are not ASCII) or `SM`,
        // `sebelum` must follow: for most numbers none does, known from a byte
        if !self.next_may_start(tok.e, BCE_NEXT) {
            return None;
        }
        let a = i16::try_from(tok.num()?).ok()?;
        if a == 0 {
            return None;
        }
        let mut e = tok.e;
        let mut b = None;
        if let Some(sep) = self.next_same_line(e).filter(is_range_word) {
            if let Some(t2) = self
                .next_same_line(sep.e)
                .filter(|t| t.kind == Kind::Num && self.bce_after(t.e).is_some())
            {
                b = Some(i16::try_from(t2.num()?).ok()?);
                e = t2.e;
            }
        }
        let end = self.bce_after(e)?;
        let start = Date::new(1 - a, 1, 1).ok()?;
        let sem = match b {
            Some(b) if b > 0 && b < a => {
                Sem::AbsRange(start, Date::new(1 - b, 1, 1).ok()?, Grain::Year)
            }
            Some(_) => return None,
            None => Sem::Abs(start, Grain::Year),
        };
        Some(Cand {
            s: tok.s,
            e: end,
            sem,
        })
    }

    fn iso_date(&self, tok: Tok<'a>) -> Option<Cand> {
        let b = self.t.as_bytes();
        let s = tok.s;
        let tail = b.get(s + 4..s + 10)?;
        if !(tail[0] == b'-' && tail[3] == b'-') {
            return None;
        }
        let digits = |x: &[u8]| -> Option<i64> {
            if x.iter().all(u8::is_ascii_digit) {
                std::str::from_utf8(x).ok()?.parse().ok()
            } else {
                None
            }
        };
        let m = digits(&tail[1..3])?;
        let d = digits(&tail[4..6])?;
        if b.get(s + 10).is_some_and(|c| c.is_ascii_digit()) {
            return None;
        }
        let date = ymd(i64::from(tok.num()?), m, d)?;
        Some(Cand {
            s,
            e: s + 10,
            sem: Sem::Abs(date, Grain::Day),
        })
    }

    /// `d/m/yyyy`, `d-m-yyyy`, `d / m / yyyy`; with `yearless`, also `d/m`; with
    /// `short_year`, also `d/m/yy` (POSIX pivot: 00-68 are 20yy, 69-99 are 19yy).
    /// Returns the semantic and the end of the expression.
    fn numeric_dmy(&self, tok: Tok<'a>, yearless: bool, short_year: bool) -> Option<(Sem, usize)> {
        let d = tok.num()?;
        if tok.text.len() > 2 {
            return None;
        }
        let sep = self.next(tok.e)?;
        let slash = sep.punct('/');
        if !(slash || sep.punct('-') || sep.punct('.')) {
            return None;
        }
        if !slash && (sep.s != tok.e) {
            return None;
        }
        let mt = self.next(sep.e)?;
        if mt.kind != Kind::Num || mt.text.len() > 2 || (!slash && mt.s != sep.e) {
            return None;
        }
        let m = mt.num()?;
        let year_tok = self
            .next(mt.e)
            .filter(|sep2| {
                sep2.kind == Kind::Punct && sep2.text == sep.text && (slash || sep2.s == mt.e)
            })
            .and_then(|sep2| {
                self.next(sep2.e)
                    .filter(|yt| yt.kind == Kind::Num && (slash || yt.s == sep2.e))
            });
        if let Some(yt) = year_tok {
            let y = i64::from(yt.num()?);
            let y = match yt.text.len() {
                4 => y,
                2 if short_year => short_year_pivot(y),
                _ => return None,
            };
            let date = ymd(y, i64::from(m), i64::from(d))?;
            if self.char_at(yt.e).is_some_and(|c| c.is_alphanumeric()) {
                return None;
            }
            return Some((Sem::Abs(date, Grain::Day), yt.e));
        }
        if !yearless || !slash {
            return None;
        }
        // Validate against a leap year so 29/2 passes and 31/2 fails.
        ymd(2000, i64::from(m), i64::from(d))?;
        let d = i8::try_from(d).ok()?;
        let m = i8::try_from(m).ok()?;
        Some((
            Sem::DayMonth {
                d,
                m,
                dir: Dir::Nearest,
            },
            mt.e,
        ))
    }

    /// Month name (with an optional abbreviation dot when a year follows) at `pos`.
    fn month_at(&self, pos: usize) -> Option<(i8, Mk, Tok<'a>)> {
        let t = self.next(pos)?;
        if t.kind != Kind::Word {
            return None;
        }
        let (m, mk) = month_of(t.key().bytes())?;
        Some((m, mk, t))
    }

    /// A four-digit year (1000-2999) right at `pos`, not part of a bigger number.
    fn year_at(&self, pos: usize) -> Option<(i16, usize)> {
        let mut p = pos;
        if let Some(dot) = self.next(pos).filter(|d| d.punct('.') && d.s == pos) {
            p = dot.e;
        }
        let t = self.next(p)?;
        if t.kind != Kind::Num || t.text.len() != 4 {
            return None;
        }
        let y = t.num()?;
        if !(1000..=2999).contains(&y) {
            return None;
        }
        if self.char_at(t.e).is_some_and(char::is_alphanumeric) || self.number_continues(t.e) {
            return None;
        }
        Some((i16::try_from(y).ok()?, t.e))
    }

    /// `d Month [yyyy]` at `tok`, without trailer. Returns (day, month, year, end).
    fn dm_words(&self, tok: Tok<'a>) -> Option<(i8, i8, Option<i16>, usize)> {
        let d = i8::try_from(tok.num()?).ok()?;
        if tok.text.len() > 2 || !(1..=31).contains(&d) {
            return None;
        }
        let (m, _, mt) = self.month_at(tok.e)?;
        ymd(2000, i64::from(m), i64::from(d))?;
        match self.year_at(mt.e) {
            Some((y, e)) => {
                Date::new(y, m, d).ok()?;
                Some((d, m, Some(y), e))
            }
            None => Some((d, m, None, mt.e)),
        }
    }

    fn dm_sem(d: i8, m: i8, y: Option<i16>, dir: Dir) -> Option<Sem> {
        match y {
            Some(y) => Some(Sem::Abs(Date::new(y, m, d).ok()?, Grain::Day)),
            None => Some(Sem::DayMonth { d, m, dir }),
        }
    }

    fn day_month(&self, tok: Tok<'a>) -> Option<Cand> {
        let (d, m, y, e) = self.dm_words(tok)?;
        // Range across months: `30 Januari - 2 Februari 2022`.
        let second = self
            .next(e)
            .filter(is_range_word)
            .and_then(|sep| self.next(sep.e))
            .and_then(|t2| self.dm_words(t2));
        if let Some((d2, m2, y2, e2)) = second {
            let y1 = y.or(y2);
            let sem = match (y1, y2) {
                (Some(a), Some(b)) => {
                    let s = Date::new(a, m, d).ok()?;
                    let en = Date::new(b, m2, d2).ok()?;
                    if en <= s {
                        return None;
                    }
                    Sem::AbsRange(s, en, Grain::Day)
                }
                _ => Sem::DayMonthRange {
                    d1: d,
                    m1: m,
                    d2,
                    m2,
                },
            };
            return Some(Cand {
                s: tok.s,
                e: self.trailer(e2).0,
                sem,
            });
        }
        let (e, dir) = self.trailer(e);
        let sem = Self::dm_sem(d, m, y, dir.unwrap_or(Dir::Nearest))?;
        Some(Cand { s: tok.s, e, sem })
    }

    /// `10-12 Januari [2022]`, `10 hingga 12 Januari 2022`.
    fn day_range(&self, tok: Tok<'a>) -> Option<Cand> {
        let d1 = i8::try_from(tok.num()?).ok()?;
        let sep = self.next(tok.e)?;
        if !is_range_word(&sep) && !self.sd_at(sep) {
            return None;
        }
        let sep_end = if self.sd_at(sep) {
            self.sd_end(sep)?
        } else {
            sep.e
        };
        let t2 = self.next(sep_end)?;
        let (d2, m, y, e) = self.dm_words(t2)?;
        if d2 <= d1 {
            return None;
        }
        ymd(2000, i64::from(m), i64::from(d1))?;
        let sem = match y {
            Some(y) => Sem::AbsRange(
                Date::new(y, m, d1).ok()?,
                Date::new(y, m, d2).ok()?,
                Grain::Day,
            ),
            None => Sem::DayMonthRange {
                d1,
                m1: m,
                d2,
                m2: m,
            },
        };
        Some(Cand {
            s: tok.s,
            e: self.trailer(e).0,
            sem,
        })
    }

    /// `s.d.` / `s/d` at `t`?
    fn sd_at(&self, t: Tok<'a>) -> bool {
        t.is("s") && self.sd_end(t).is_some()
    }
    fn sd_end(&self, t: Tok<'a>) -> Option<usize> {
        let rest = self.t.get(t.s..)?;
        for pat in ["s.d.", "s/d", "S.D.", "S/D", "s.d"] {
            if rest.starts_with(pat) {
                return Some(t.s + pat.len());
            }
        }
        None
    }

    /// First day of a list `14, 17, dan 20 Juni`: the span is `14`, the month comes from the end.
    fn day_list(&self, tok: Tok<'a>) -> Option<Cand> {
        let d1 = i8::try_from(tok.num()?).ok()?;
        let mut pos = tok.e;
        for _ in 0..12 {
            let mut sep = self.next(pos)?;
            let mut seen = false;
            if sep.punct(',') {
                seen = true;
                pos = sep.e;
                sep = self.next(pos)?;
            }
            if sep.is_any(&["dan", "serta"]) || sep.punct('&') {
                seen = true;
                pos = sep.e;
                sep = self.next(pos)?;
            }
            if !seen || sep.kind != Kind::Num || sep.text.len() > 2 {
                return None;
            }
            let n = sep.num()?;
            if !(1..=31).contains(&n) {
                return None;
            }
            if let Some((_, m, y, _)) = self.dm_words(sep) {
                let dir = match self.dm_words(sep) {
                    Some((_, _, None, e)) => self.trailer(e).1.unwrap_or(Dir::Nearest),
                    _ => Dir::Nearest,
                };
                ymd(2000, i64::from(m), i64::from(d1))?;
                let sem = Self::dm_sem(d1, m, y, dir)?;
                return Some(Cand {
                    s: tok.s,
                    e: tok.e,
                    sem,
                });
            }
            pos = sep.e;
        }
        None
    }

    /// Optional time-of-day words and a relative word after a date.
    /// Returns the new end and the direction implied by the relative word.
    fn trailer(&self, mut e: usize) -> (usize, Option<Dir>) {
        let mut dir = None;
        let mut tod_done = false;
        for _ in 0..3 {
            if !tod_done {
                if let Some(x) = self.tod(e) {
                    e = x;
                    tod_done = true;
                    continue;
                }
            }
            if dir.is_none() {
                if let Some((x, d)) = self.rel_after(e) {
                    e = x;
                    dir = Some(d);
                    continue;
                }
            }
            break;
        }
        (e, dir)
    }

    /// A time of day right after `e` (`pagi`, `dini hari`, ...): returns its end.
    fn tod(&self, e: usize) -> Option<usize> {
        // most dates end before none of these words, known from a byte
        if !self.next_may_start(e, TOD_FIRST) {
            return None;
        }
        let t = self.next_same_line(e)?;
        if t.is_any(TOD_WORDS) {
            return Some(t.e);
        }
        if t.is_any(TOD_LEADS) {
            let n = self.next_same_line(t.e)?;
            if (t.is("dini") && n.is("hari"))
                || (t.is("larut") && n.is("malam"))
                || (t.is("tengah") && (n.is("malam") || n.is("hari")))
            {
                return Some(n.e);
            }
        }
        None
    }

    /// A direction word right after `e` (`lalu`, `depan`, `yang akan datang`, ...): returns
    /// its end and the direction.
    fn rel_after(&self, e: usize) -> Option<(usize, Dir)> {
        // most dates end before none of these words, known from a byte
        if !self.next_may_start(e, REL_AFTER_FIRST) {
            return None;
        }
        let t = self.next_same_line(e)?;
        if t.is_any(REL_PAST) {
            return Some((t.e, Dir::Past));
        }
        if t.is_any(REL_FUTURE) {
            return Some((t.e, Dir::Future));
        }
        if t.is("yang") {
            let n = self.next_same_line(t.e)?;
            if n.is("lalu") {
                return Some((n.e, Dir::Past));
            }
            if n.is("akan") {
                if let Some(x) = self.next_same_line(n.e).filter(|x| x.is("datang")) {
                    return Some((x.e, Dir::Future));
                }
            }
        }
        None
    }

    fn year(&self, tok: Tok<'a>, n: u32) -> Option<Cand> {
        let y = i16::try_from(n).ok()?;
        // Decade `1990-an` / `1990an`.
        if let Some(e) = self.an_suffix(tok.e).filter(|_| n.rem_euclid(10) == 0) {
            let d = Date::new(y, 1, 1).ok()?;
            return Some(Cand {
                s: tok.s,
                e,
                sem: Sem::Abs(d, Grain::Decade),
            });
        }
        if self.char_at(tok.e).is_some_and(char::is_alphanumeric) {
            return None;
        }
        let start = Date::new(y, 1, 1).ok()?;
        // Year range `2014-2019`, `2014 hingga 2019`: no cue needed.
        let second = self
            .next(tok.e)
            .filter(|sep| is_range_word(sep) || sep.punct('/'))
            .and_then(|sep| self.year_at(sep.e))
            .filter(|&(y2, e2)| y2 > y && y2 - y <= 60 && !self.quantity_after(e2));
        if let Some((y2, e2)) = second {
            let end = Date::new(y2, 1, 1).ok()?;
            return Some(Cand {
                s: tok.s,
                e: e2,
                sem: Sem::AbsRange(start, end, Grain::Year),
            });
        }
        if !(1900..=2099).contains(&n) || self.quantity_after(tok.e) {
            return None;
        }
        let prev = self.prev(tok.s)?;
        if !prev.is_in(is_year_cue) {
            // A year after a plain lower-case word is a date too (`kinerja perbankan 2006`,
            // `kuota BBM subsidi 2014`), unless the word counts or names an event.
            let plain = prev.kind == Kind::Word
                && !prev.capitalised()
                && !prev.is_in(is_not_year_before)
                && n.rem_euclid(100) != 0
                && (1945..=2040).contains(&n)
                && !self.next_same_line(tok.e).is_some_and(|x| {
                    x.kind == Kind::Num || x.punct('/') || x.punct('%') || x.punct('(')
                });
            if !plain {
                return None;
            }
        }
        if prev.is("tahun") {
            // `UU No 5 Tahun 2014`, `Kejuaraan Nasional Tahun 2014`: a name, not a date.
            if let Some(pp) = self.prev(prev.s) {
                if pp.kind == Kind::Num || pp.is_any(&["no", "nomor", "nomer"]) {
                    return None;
                }
                if prev.capitalised()
                    && pp.kind == Kind::Word
                    && pp.capitalised()
                    && !pp.is_in(is_year_cue)
                    && !self.t[pp.e..prev.s].contains(['\n', '.'])
                {
                    return None;
                }
            }
        }
        let (e, _) = self.trailer_past_only(tok.e);
        Some(Cand {
            s: tok.s,
            e,
            sem: Sem::Abs(start, Grain::Year),
        })
    }

    /// `lalu`/`silam` after an absolute year belongs to it.
    fn trailer_past_only(&self, e: usize) -> (usize, Option<Dir>) {
        match self.rel_after(e) {
            Some((x, Dir::Past)) => (x, Some(Dir::Past)),
            _ => (e, None),
        }
    }

    fn quantity_after(&self, e: usize) -> bool {
        match self.next_same_line(e) {
            Some(t) => t.is_in(is_quantity_word) || t.punct('%'),
            None => false,
        }
    }

    /// `-an` or `an` right after a number: returns the end.
    fn an_suffix(&self, e: usize) -> Option<usize> {
        let rest = self.t.get(e..)?;
        let n = if rest.starts_with("-an") || rest.starts_with("-An") {
            3
        } else if rest.starts_with("an") {
            2
        } else {
            return None;
        };
        if rest[n..].chars().next().is_some_and(char::is_alphanumeric) {
            return None;
        }
        Some(e + n)
    }

    /// `era 80-an`, `tahun 80-an` (cue required: `usia 80-an` is an age).
    fn short_decade(&self, tok: Tok<'a>, n: u32) -> Option<Cand> {
        let e = self.an_suffix(tok.e)?;
        if n.rem_euclid(10) != 0 {
            return None;
        }
        let prev = self.prev(tok.s)?;
        if !prev.is_any(&[
            "era",
            "tahun",
            "dekade",
            "awal",
            "akhir",
            "pertengahan",
            "medio",
            "sejak",
            "dasawarsa",
        ]) {
            return None;
        }
        let d = Date::new(1900 + i16::try_from(n).ok()?, 1, 1).ok()?;
        Some(Cand {
            s: tok.s,
            e,
            sem: Sem::Abs(d, Grain::Decade),
        })
    }

    // --- counted relatives: `dua hari kemudian`, `5 tahun lagi` -------------

    fn parse_counted(&self, tok: Tok<'a>) -> Option<Cand> {
        let (n, unit, e) = self.count(tok)?;
        let unit = match unit {
            Some(u) => (u, e),
            None => {
                let u = self.next_same_line(e)?;
                (unit_of(u.key().bytes())?, u.e)
            }
        };
        let (unit, e) = unit;
        let r = self.next_same_line(e)?;
        let (from, sign, end) = match count_end(r)? {
            CountEnd::Back => (From::Ref, -1, r.e),
            CountEnd::Ahead => {
                // `tinggal 1 tahun lagi`: what is left, a duration.
                if self
                    .prev(tok.s)
                    .is_some_and(|p| p.is_any(&["tinggal", "sisa", "tersisa", "kurang", "selama"]))
                {
                    return None;
                }
                (From::Ref, 1, r.e)
            }
            CountEnd::After => (From::Last, 1, r.e),
            CountEnd::Before => (From::Last, -1, r.e),
            CountEnd::Yang => {
                let (x, d) = self.rel_after(e)?;
                (From::Ref, if d == Dir::Past { -1 } else { 1 }, x)
            }
        };
        Some(self.with_paren(Cand {
            s: tok.s,
            e: end,
            sem: Sem::Rel {
                unit,
                n: n.map(|n| n * sign),
                from,
            },
        }))
    }

    /// A count: digits, number words, `se`+unit, `beberapa` (no value); None also where no
    /// unit can follow a count that has none (which [`P::parse_counted`] needs).
    fn count(&self, tok: Tok<'a>) -> Option<(Option<i64>, Option<Unit>, usize)> {
        // A count without its unit ends at `tok.e` or after a `belas` or `puluh` there, and a
        // unit word (`unit_of`: `hari`, `minggu`, `pekan`, `bulan`, `tahun`) must come next:
        // after most counts (`satu-satunya`, `dua orang`) the byte there says none does.
        let unit_may_follow = || self.next_may_start(tok.e, COUNT_NEXT);
        if tok.kind == Kind::Num {
            if tok.text.len() > 3 || !unit_may_follow() {
                return None;
            }
            return Some((Some(i64::from(tok.num()?)), None, tok.e));
        }
        let key = tok.key();
        let k = key.bytes();
        match k {
            b"sehari" => return Some((Some(1), Some(Unit::Day), tok.e)),
            b"seminggu" | b"sepekan" => return Some((Some(1), Some(Unit::Week), tok.e)),
            b"sebulan" => return Some((Some(1), Some(Unit::Month), tok.e)),
            b"setahun" => return Some((Some(1), Some(Unit::Year), tok.e)),
            _ => {}
        }
        if !unit_may_follow() {
            return None;
        }
        match k {
            b"beberapa" => return Some((None, None, tok.e)),
            b"sepuluh" => return Some((Some(10), None, tok.e)),
            b"sebelas" => return Some((Some(11), None, tok.e)),
            b"seratus" => return Some((Some(100), None, tok.e)),
            _ => {}
        }
        let a = small_number(k)?;
        if let Some(n) = self.next_same_line(tok.e) {
            if n.is("belas") {
                return Some((Some(10 + a), None, n.e));
            }
            if n.is("puluh") {
                let unit = self
                    .next_same_line(n.e)
                    .and_then(|u| small_number(u.key().bytes()).map(|b| (b, u.e)));
                if let Some((b, e)) = unit {
                    return Some((Some(a * 10 + b), None, e));
                }
                return Some((Some(a * 10), None, n.e));
            }
        }
        Some((Some(a), None, tok.e))
    }

    // --- weekdays ----------------------------------------------------------

    /// `( d/m[/yyyy] )` or `( d Month [yyyy] )` starting at `pos`: semantic and end after `)`.
    fn paren_date(&self, pos: usize) -> Option<(Sem, usize)> {
        // most dates and weekdays have no `(` after them, known from a byte
        if !self.next_may_start(pos, const { byte_set(b"(") }) {
            return None;
        }
        let open = self.next(pos).filter(|o| o.punct('('))?;
        let num = self.next(open.e).filter(|n| n.kind == Kind::Num)?;
        let (sem, e) = self.numeric_dmy(num, true, true).or_else(|| {
            let (d, m, y, e) = self.dm_words(num)?;
            Some((Self::dm_sem(d, m, y, Dir::Nearest)?, e))
        })?;
        let close = self.next(e).filter(|c| c.punct(')'))?;
        Some((sem, close.e))
    }

    fn parse_weekday(&self, tok: Tok<'a>, w: i8) -> Option<Cand> {
        let is_minggu = tok.is("minggu");
        // `Salat Jumat` is the prayer, not a date (most weekdays follow no word ending as
        // those do, known from a byte).
        if self.prev_may_end(tok.s, SALAT_LAST) && self.prev(tok.s).is_some_and(|p| p.is_any(SALAT))
        {
            return None;
        }
        let mut pos = tok.e;
        if let Some(c) = self.next(pos).filter(|c| c.punct(',')) {
            pos = c.e;
        }
        // `Rabu (4/2/2015)`, `Minggu ( 24/8 ) pagi`
        if let Some((sem, close)) = self.paren_date(pos) {
            let (e, dir) = self.trailer(close);
            return Some(Cand {
                s: tok.s,
                e,
                sem: with_dir(sem, dir),
            });
        }
        // `Selasa, 30 Desember 2014`, `Senin 4/2/2015`
        if let Some(num) = self.next(pos).filter(|n| n.kind == Kind::Num) {
            if let Some((d, m, y, e)) = self.dm_words(num) {
                let (e, dir) = self.trailer(e);
                let sem = Self::dm_sem(d, m, y, dir.unwrap_or(Dir::Nearest))?;
                return Some(Cand { s: tok.s, e, sem });
            }
            if let Some((sem, e)) = self.numeric_dmy(num, false, false) {
                let (e, _) = self.trailer(e);
                return Some(Cand { s: tok.s, e, sem });
            }
        }
        // `Minggu lalu` / `minggu depan`: a week.
        // `hari Minggu` is always Sunday.
        let after_hari = self.prev(tok.s).is_some_and(|p| {
            p.is("hari")
                // `Sabtu dan Minggu lalu`: a list of days.
                || (p.is_any(&["dan", "atau", "hingga", "sampai"]) || p.punct(','))
                    && self
                        .prev(p.s)
                        .is_some_and(|w| weekday_of(w.key().bytes()).is_some())
        });
        if is_minggu && !after_hari {
            if let Some(c) = self.unit_rel(tok, Unit::Week) {
                return Some(c);
            }
        }
        // `Senin sampai Rabu`, `Senin-Rabu`
        let second = self
            .next_same_line(tok.e)
            .filter(is_range_word)
            .and_then(|sep| self.next_same_line(sep.e))
            .filter(|w2t| w2t.kind == Kind::Word && (!w2t.is("minggu") || w2t.capitalised()))
            .and_then(|w2t| weekday_of(w2t.key().bytes()).map(|w2| (w2, w2t)));
        if let Some((w2, w2t)) = second {
            let (e, _) = self.trailer(w2t.e);
            return Some(Cand {
                s: tok.s,
                e,
                sem: Sem::WeekdayRange { w1: w, w2 },
            });
        }
        let tod = self.tod(tok.e);
        if is_minggu && !tok.capitalised() && tod.is_none() && !after_hari {
            return None;
        }
        let (e, dir) = self.trailer(tok.e);
        // `Minggu mendatang (9/2)`: the date in parentheses after the weekday phrase.
        if e > tok.e {
            if let Some((sem, close)) = self.paren_date(e) {
                let (e2, dir2) = self.trailer(close);
                return Some(Cand {
                    s: tok.s,
                    e: e2,
                    sem: with_dir(sem, dir2.or(dir)),
                });
            }
        }
        let dir = match dir {
            Some(d) => d,
            None => match self.next_same_line(e) {
                Some(n) if n.is("ini") => {
                    return Some(Cand {
                        s: tok.s,
                        e: n.e,
                        sem: Sem::Weekday {
                            wd: w,
                            dir: Dir::This,
                        },
                    });
                }
                _ => Dir::Nearest,
            },
        };
        Some(Cand {
            s: tok.s,
            e,
            sem: Sem::Weekday { wd: w, dir },
        })
    }

    // --- months --------------------------------------------------------------

    /// Month name at `tok`; `cued` when a cue (`bulan`, `awal`, ...) precedes it.
    fn parse_month(&self, tok: Tok<'a>, cued: bool) -> Option<Cand> {
        let (m, mk) = month_of(tok.key().bytes())?;
        // Month first, English style: `Dec 31, 2021`, `Jan. 5 2020`.
        if let Some(c) = self.month_day_year(tok, m) {
            return Some(c);
        }
        // `Januari 2022`
        if let Some((y, e)) = self.year_at(tok.e) {
            if mk == Mk::Other && !tok.capitalised() && tok.text.len() <= 3 && !cued {
                // `mar 2014`, `des 2014` in lower case are too ambiguous.
                return None;
            }
            if self.quantity_after(e) {
                return None;
            }
            let d = Date::new(y, m, 1).ok()?;
            let e = self.trailer_past_only(e).0;
            return Some(Cand {
                s: tok.s,
                e,
                sem: Sem::Abs(d, Grain::Month),
            });
        }
        if mk != Mk::Id {
            return None;
        }
        // `Januari-Maret 2022`
        let second = self
            .next_same_line(tok.e)
            .filter(is_range_word)
            .and_then(|sep| self.month_at(sep.e))
            .filter(|&(m2, _, _)| m2 > m)
            .and_then(|(m2, _, t2)| self.year_at(t2.e).map(|(y, e)| (m2, y, e)));
        if let Some((m2, y, e)) = second {
            let a = Date::new(y, m, 1).ok()?;
            let b = Date::new(y, m2, 1).ok()?;
            return Some(Cand {
                s: tok.s,
                e,
                sem: Sem::AbsRange(a, b, Grain::Month),
            });
        }
        let prev = self.prev(tok.s);
        let cued = cued || prev.is_some_and(|p| p.is_in(is_month_cue));
        // `Desember tahun lalu`
        let t2 = self
            .next_same_line(tok.e)
            .filter(|t1| t1.is("tahun"))
            .and_then(|t1| self.next_same_line(t1.e));
        if let Some(t2) = t2 {
            let shift = if t2.is_any(&["lalu", "kemarin"]) {
                Some(-1)
            } else if t2.is("ini") {
                Some(0)
            } else if t2.is_any(&["depan", "mendatang"]) {
                Some(1)
            } else {
                None
            };
            if let Some(shift) = shift {
                return Some(Cand {
                    s: tok.s,
                    e: t2.e,
                    sem: Sem::MonthYearRel { m, shift },
                });
            }
        }
        // `november 79`, `Mei '98`: a two-digit year (a number above 31 cannot be a day).
        if let Some((y, e)) = self.short_year_after(tok.e) {
            return Some(Cand {
                s: tok.s,
                e,
                sem: Sem::Abs(Date::new(y, m, 1).ok()?, Grain::Month),
            });
        }
        let rel = self.rel_after(tok.e);
        let this = self.next_same_line(tok.e).filter(|t| t.is("ini"));
        let lower = !tok.capitalised();
        // Lower-case full month names are not names (in NER UGM/NER UI/NERP none is);
        // only `mei` needs a cue, below.
        if lower && m == 5 && !(cued && prev.is_some_and(|p| p.is("bulan"))) && rel.is_none() {
            return None;
        }
        if prev.is_some_and(|p| p.is_in(is_title)) {
            return None;
        }
        if let Some((e, dir)) = rel {
            let e = self.tod(e).unwrap_or(e);
            return Some(Cand {
                s: tok.s,
                e,
                sem: Sem::Month { m, dir },
            });
        }
        if let Some(t) = this {
            return Some(Cand {
                s: tok.s,
                e: t.e,
                sem: Sem::Month { m, dir: Dir::This },
            });
        }
        // A capitalised word right after (same line) is a surname: `Mei Lin`, `Agustus Wibowo`.
        if self
            .next_same_line(tok.e)
            .is_some_and(|n| n.kind == Kind::Word && n.capitalised())
        {
            return None;
        }
        if m == 5 && !cued {
            return None;
        }
        Some(Cand {
            s: tok.s,
            e: tok.e,
            sem: Sem::Month {
                m,
                dir: Dir::Nearest,
            },
        })
    }

    /// `Dec 31, 2021` (`tok` is the month): month, day, optional comma, four-digit year.
    fn month_day_year(&self, tok: Tok<'a>, m: i8) -> Option<Cand> {
        let mut p = tok.e;
        if let Some(dot) = self.next(p).filter(|d| d.punct('.') && d.s == p) {
            p = dot.e;
        }
        let dt = self.next_same_line(p)?;
        if dt.kind != Kind::Num || dt.text.len() > 2 {
            return None;
        }
        let d = i8::try_from(dt.num()?).ok()?;
        let mut p = dt.e;
        if let Some(c) = self.next_same_line(p).filter(|c| c.punct(',')) {
            p = c.e;
        }
        let (y, e) = self.year_at(p)?;
        if self.quantity_after(e) {
            return None;
        }
        Some(Cand {
            s: tok.s,
            e,
            sem: Sem::Abs(Date::new(y, m, d).ok()?, Grain::Day),
        })
    }

    /// A two-digit year right after a month: `79` (above 31) or `'98`. POSIX pivot.
    fn short_year_after(&self, e: usize) -> Option<(i16, usize)> {
        let mut t = self.next_same_line(e)?;
        let apos = t.kind == Kind::Punct && t.text.starts_with(is_apostrophe);
        if apos {
            t = self.next(t.e).filter(|n| n.s == t.e)?;
        }
        if t.kind != Kind::Num || t.text.len() != 2 {
            return None;
        }
        let n = i16::try_from(t.num()?).ok()?;
        if (!apos && n <= 31)
            || self.char_at(t.e).is_some_and(char::is_alphanumeric)
            || self.number_continues(t.e)
            || self.quantity_after(t.e)
        {
            return None;
        }
        Some((n + if n <= 68 { 2000 } else { 1900 }, t.e))
    }

    /// `awal Januari`, `akhir 2021`, `akhir tahun ini`, `pertengahan bulan depan`.
    fn parse_modifier(&self, tok: Tok<'a>) -> Option<Cand> {
        let n = self.next_same_line(tok.e)?;
        if tok.is("akhir") && n.is_any(&["pekan", "minggu"]) {
            return self.weekend(tok, n);
        }
        let inner = match n.kind {
            Kind::Word if n.is("musim") => self.parse_season(n),
            Kind::Num => self.parse_num(n),
            Kind::Word if month_of(n.key().bytes()).is_some() => self.parse_month(n, true),
            Kind::Word if n.is("tahun") => {
                let y = self.next_same_line(n.e)?;
                if y.kind == Kind::Num {
                    self.parse_num(y)
                } else {
                    self.unit_rel(n, Unit::Year)
                }
            }
            Kind::Word if n.is("bulan") => {
                let x = self.next_same_line(n.e)?;
                if x.kind == Kind::Word && month_of(x.key().bytes()).is_some() {
                    self.parse_month(x, true)
                } else {
                    self.unit_rel(n, Unit::Month)
                }
            }
            _ => None,
        }?;
        match inner.sem {
            Sem::DayMonth { .. } | Sem::Weekday { .. } | Sem::WeekdayRange { .. } => None,
            Sem::Abs(_, Grain::Day)
            | Sem::Rel {
                unit: Unit::Day | Unit::Week,
                ..
            } => None,
            _ => Some(Cand { s: tok.s, ..inner }),
        }
    }

    /// `akhir pekan`, `akhir pekan lalu/ini/depan` (`tok` is `akhir`, `n` the week word):
    /// Saturday to Sunday. Alone, the latest weekend begun by the reference date (past-tense
    /// news, like a lone weekday). `setiap akhir pekan` recurs and is no date.
    fn weekend(&self, tok: Tok<'a>, n: Tok<'a>) -> Option<Cand> {
        if self
            .prev(tok.s)
            .is_some_and(|p| p.is_any(&["setiap", "tiap", "per", "selama", "sepanjang"]))
        {
            return None;
        }
        let (shift, e) = match self.rel_after(n.e) {
            Some((e, Dir::Past)) => (Some(-1), e),
            Some((e, _)) => (Some(1), e),
            None => match self.next_same_line(n.e) {
                Some(x) if x.is("ini") => (Some(0), x.e),
                _ => (None, n.e),
            },
        };
        Some(Cand {
            s: tok.s,
            e,
            sem: Sem::Weekend { shift },
        })
    }

    /// `bulan lalu`, `tahun depan`, `pekan ini`, `minggu kemarin`.
    fn unit_rel(&self, tok: Tok<'a>, unit: Unit) -> Option<Cand> {
        // the word after first: it rules out most units, and more cheaply than the one before;
        // its first byte rules out most without reading it
        if !self.next_may_start(tok.e, UNIT_REL_NEXT) {
            return None;
        }
        let n = self.next_same_line(tok.e)?;
        let (k, e) = if n.is_any(&["lalu", "kemarin"]) {
            (-1, n.e)
        } else if n.is_any(&["depan", "mendatang"]) {
            (1, n.e)
        } else if n.is("ini") {
            (0, n.e)
        } else if n.is("yang") {
            let (e, d) = self.rel_after(tok.e)?;
            (if d == Dir::Past { -1 } else { 1 }, e)
        } else {
            return None;
        };
        // `tiga bulan ini`, `beberapa hari ini`: a duration, not a date;
        // `per tahun ini`, `setiap bulan ini`: a rate.
        if self.counted_before(tok)
            || self
                .prev(tok.s)
                .is_some_and(|p| p.is_any(&["per", "setiap", "tiap"]))
        {
            return None;
        }
        Some(Cand {
            s: tok.s,
            e,
            sem: rel(unit, k, From::Ref),
        })
    }

    /// A count word right before `tok` (`tiga bulan`, `beberapa hari`).
    fn counted_before(&self, tok: Tok<'a>) -> bool {
        self.prev(tok.s).is_some_and(|p| {
            p.kind == Kind::Num
                || p.is_any(&[
                    "beberapa", "belas", "puluh", "sepuluh", "sebelas", "seratus", "satu",
                ])
                || small_number(p.key().bytes()).is_some()
        })
    }

    fn parse_relday(&self, tok: Tok<'a>, k: &[u8]) -> Option<Cand> {
        let (n, mut e) = match k {
            b"kemarin" => match self.next_same_line(tok.e) {
                Some(l) if l.is("lusa") => (-2, l.e),
                _ => (-1, tok.e),
            },
            b"besok" => match self.next_same_line(tok.e) {
                Some(l) if l.is("lusa") => (2, l.e),
                _ => (1, tok.e),
            },
            b"lusa" => (2, tok.e),
            b"semalam" => (-1, tok.e),
            b"tadi" => {
                let x = self.next_same_line(tok.e)?;
                if x.is("malam") {
                    return Some(Cand {
                        s: tok.s,
                        e: x.e,
                        sem: rel(Unit::Day, -1, From::Ref),
                    });
                }
                if x.is_any(&["pagi", "siang", "sore", "petang"]) {
                    return Some(Cand {
                        s: tok.s,
                        e: x.e,
                        sem: rel(Unit::Day, 0, From::Ref),
                    });
                }
                return None;
            }
            _ => return None,
        };
        // `anak baru kemarin (sore)`: an idiom for a newcomer.
        if k == b"kemarin" {
            if let Some(b) = self.prev(tok.s).filter(|b| b.is("baru")) {
                if self
                    .prev(b.s)
                    .is_some_and(|a| a.is_any(&["anak", "orang", "pemain", "politisi"]))
                {
                    return None;
                }
            }
        }
        if k != b"semalam" {
            if let Some(x) = self.tod(e) {
                e = x;
            }
        }
        Some(self.with_paren(Cand {
            s: tok.s,
            e,
            sem: rel(Unit::Day, n, From::Ref),
        }))
    }

    // --- holidays ----------------------------------------------------------

    /// Year after a holiday name: `2021`, `tahun 2021`, `tahun ini/lalu/depan`.
    fn holiday_year(&self, e: usize) -> Option<(i16, bool, usize)> {
        if let Some((y, e)) = self.year_at(e) {
            return Some((y, false, e));
        }
        let t = self.next_same_line(e)?;
        if !t.is("tahun") {
            return None;
        }
        if let Some((y, e)) = self.year_at(t.e) {
            return Some((y, false, e));
        }
        let n = self.next_same_line(t.e)?;
        if n.is("ini") {
            Some((0, true, n.e))
        } else if n.is_any(&["lalu", "kemarin"]) {
            Some((-1, true, n.e))
        } else if n.is_any(&["depan", "mendatang"]) {
            Some((1, true, n.e))
        } else {
            None
        }
    }

    /// `Idul Fitri 2021`, `Lebaran tahun ini`, `Idul Adha 1435 H`, `Natal`: with a year, that
    /// year's date; without, the occurrence nearest the reference date.
    fn parse_holiday(&self, tok: Tok<'a>, k: &[u8]) -> Option<Cand> {
        let next = self.next_same_line(tok.e);
        let (kind, e) = match k {
            b"idul" => {
                let f = next?;
                if f.is("fitri") {
                    (Holiday::IdulFitri, f.e)
                } else if f.is("adha") {
                    (Holiday::IdulAdha, f.e)
                } else {
                    return None;
                }
            }
            b"iduladha" => (Holiday::IdulAdha, tok.e),
            b"lebaran" => match next {
                Some(h) if h.is("haji") => (Holiday::IdulAdha, h.e),
                // `Lebaran Ketupat` comes a week later; `Lebaran Betawi` is a festival.
                Some(x) if x.is_any(&["ketupat", "topat", "betawi"]) => return None,
                _ => (Holiday::IdulFitri, tok.e),
            },
            b"idulfitri" => (Holiday::IdulFitri, tok.e),
            _ => (Holiday::Natal, tok.e),
        };
        match self.holiday_year(e) {
            Some((year, false, ye)) => {
                // `Idul Fitri 1435 H`: a Hijri year.
                if let Some(h) = self
                    .next_same_line(ye)
                    .filter(|h| h.text == "H" || h.is_any(&["hijriah", "hijriyah"]))
                {
                    let sem = hijri_holiday(kind, year)
                        .map(|d| Sem::Abs(d, Grain::Day))
                        .unwrap_or(Sem::Holiday {
                            kind,
                            year: 0,
                            rel: false,
                        });
                    return Some(Cand {
                        s: tok.s,
                        e: h.e,
                        sem,
                    });
                }
                Some(Cand {
                    s: tok.s,
                    e: ye,
                    sem: Sem::Holiday {
                        kind,
                        year,
                        rel: false,
                    },
                })
            }
            Some((year, true, ye)) => Some(Cand {
                s: tok.s,
                e: ye,
                sem: Sem::Holiday {
                    kind,
                    year,
                    rel: true,
                },
            }),
            None => {
                if kind == Holiday::Natal && !tok.capitalised() {
                    return None;
                }
                Some(Cand {
                    s: tok.s,
                    e,
                    sem: Sem::HolidayNear { kind },
                })
            }
        }
    }

    fn holiday_tahun_baru(&self, tok: Tok<'a>) -> Option<Cand> {
        if !self.next_may_start(tok.e, BARU_NEXT) {
            return None;
        }
        let b = self.next_same_line(tok.e)?;
        if !b.is("baru") {
            return None;
        }
        let Some((year, rel, e)) = self.holiday_year(b.e) else {
            // Year-less only as a capitalised name, and not another calendar's new year.
            if !(tok.capitalised() && b.capitalised())
                || self.next_same_line(b.e).is_some_and(|x| {
                    x.is_any(&[
                        "imlek", "islam", "hijriah", "hijriyah", "cina", "china", "saka",
                    ])
                })
            {
                return None;
            }
            return Some(Cand {
                s: tok.s,
                e: b.e,
                sem: Sem::HolidayNear {
                    kind: Holiday::TahunBaru,
                },
            });
        };
        Some(Cand {
            s: tok.s,
            e,
            sem: Sem::Holiday {
                kind: Holiday::TahunBaru,
                year,
                rel,
            },
        })
    }

    // --- periods, centuries, seasons --------------------------------------------

    /// `ke-21`, `ke 21`, `21` or a Roman numeral at `pos`: the number and its token.
    fn ordinal_number(&self, pos: usize) -> Option<(i16, Tok<'a>)> {
        let mut t = self.next_same_line(pos)?;
        if t.is("ke") {
            let dash = self.next_same_line(t.e)?;
            t = if dash.punct('-') {
                self.next_same_line(dash.e)?
            } else {
                dash
            };
            if t.kind != Kind::Num {
                return None;
            }
        }
        let n = match t.kind {
            Kind::Num if t.text.len() <= 2 => i16::try_from(t.num()?).ok()?,
            Kind::Word => match t.key().bytes() {
                b"pertama" | b"kesatu" => 1,
                b"kedua" => 2,
                b"ketiga" => 3,
                b"keempat" => 4,
                _ => roman(t.text)?,
            },
            _ => return None,
        };
        Some((n, t))
    }

    /// `kuartal pertama 2008`, `triwulan III 2021`, `semester 1 tahun 2007`,
    /// `kuartal II/2021`, `paruh pertama 1989`, `semester kedua tahun ini`: a month range.
    /// A year (or `tahun ini/lalu/depan`) is required.
    fn parse_period(&self, tok: Tok<'a>, k: &[u8]) -> Option<Cand> {
        let (len, parts): (i8, i16) = match k {
            b"kuartal" | b"triwulan" => (3, 4),
            b"caturwulan" => (4, 3),
            _ => (6, 2),
        };
        let (i, t) = self.ordinal_number(tok.e)?;
        if !(1..=parts).contains(&i) || (k == b"paruh" && t.kind != Kind::Word) {
            return None;
        }
        let i = i8::try_from(i).ok()?;
        let (m1, m2) = ((i - 1) * len + 1, i * len);
        let mut p = t.e;
        if let Some(sep) = self
            .next(p)
            .filter(|x| (x.punct('/') || x.punct('-')) && x.s == p)
        {
            p = sep.e;
        }
        let (y, rel, e) = self.holiday_year(p)?;
        let sem = if rel {
            Sem::MonthRangeRel { m1, m2, shift: y }
        } else {
            Sem::AbsRange(
                Date::new(y, m1, 1).ok()?,
                Date::new(y, m2, 1).ok()?,
                Grain::Month,
            )
        };
        Some(Cand { s: tok.s, e, sem })
    }

    /// `abad ke-21` -> `ke-21` (like `tahun`, the unit word stays outside): the years
    /// 2001/2100; `abad ke-5 sebelum Masehi` -> -0499/-0400. ISO 8601 has no century grain
    /// that matches the ordinal (its `20` means 2000-2099), so the value is a year range.
    fn parse_century(&self, tok: Tok<'a>) -> Option<Cand> {
        let first = self.next_same_line(tok.e)?;
        let (n, t) = self.ordinal_number(tok.e)?;
        if !(1..=30).contains(&n) {
            return None;
        }
        let (a, b, e) = match self.bce_after(t.e) {
            Some(e) => (1 - n * 100, -(n - 1) * 100, e),
            None => ((n - 1) * 100 + 1, n * 100, t.e),
        };
        Some(Cand {
            s: first.s,
            e,
            sem: Sem::AbsRange(
                Date::new(a, 1, 1).ok()?,
                Date::new(b, 1, 1).ok()?,
                Grain::Year,
            ),
        })
    }

    /// `musim panas 2007`: a (northern, meteorological) season as a month range;
    /// winter runs from December of the year into the next.
    fn parse_season(&self, tok: Tok<'a>) -> Option<Cand> {
        let w = self.next_same_line(tok.e)?;
        let (m1, m2) = match w.key().bytes() {
            b"semi" => (3, 5),
            b"panas" => (6, 8),
            b"gugur" => (9, 11),
            b"dingin" => (12, 2),
            _ => return None,
        };
        let (y, rel, e) = self.holiday_year(w.e)?;
        let sem = match (rel, m1 < m2) {
            (true, true) => Sem::MonthRangeRel { m1, m2, shift: y },
            (true, false) => return None,
            (false, true) => Sem::AbsRange(
                Date::new(y, m1, 1).ok()?,
                Date::new(y, m2, 1).ok()?,
                Grain::Month,
            ),
            (false, false) => Sem::AbsRange(
                Date::new(y, m1, 1).ok()?,
                Date::new(y.checked_add(1)?, m2, 1).ok()?,
                Grain::Month,
            ),
        };
        Some(Cand { s: tok.s, e, sem })
    }

    /// `HUT RI ke-77`, `HUT ke-77 RI`, `HUT Kemerdekaan RI ke-77` → 17 August (1945 + n).
    fn parse_hut(&self, tok: Tok<'a>) -> Option<Cand> {
        let mut pos = tok.e;
        let mut n: Option<i16> = None;
        let mut ri = false;
        let mut end = tok.e;
        for _ in 0..6 {
            let t = self.next_same_line(pos)?;
            if t.is_any(&["ri", "indonesia"]) {
                ri = true;
            } else if t.is_any(&["kemerdekaan", "republik"]) {
                // part of the name
            } else if t.is("ke") && n.is_none() {
                let dash = self.next(t.e)?;
                let num = if dash.punct('-') {
                    self.next(dash.e)?
                } else {
                    dash
                };
                n = Some(i16::try_from(num.num()?).ok()?);
                pos = num.e;
                end = num.e;
                if ri {
                    break;
                }
                continue;
            } else {
                break;
            }
            pos = t.e;
            end = t.e;
            if ri && n.is_some() {
                break;
            }
        }
        let n = n?;
        if !ri {
            return None;
        }
        let d = Date::new(1945i16.checked_add(n)?, 8, 17).ok()?;
        Some(Cand {
            s: tok.s,
            e: end,
            sem: Sem::Abs(d, Grain::Day),
        })
    }
}

/// The date of an Islamic holiday in Hijri year `h` (`Idul Fitri 1435 H` -> 2014-07-28):
/// the table entry nearest the arithmetic estimate (mean year 10631/30 days from
/// 1 Muharram 1 AH = 622-07-19; 1 Syawal is day 266, 10 Zulhijah day 335).
fn hijri_holiday(kind: Holiday, h: i16) -> Option<Date> {
    let offset = match kind {
        Holiday::IdulFitri => 265,
        Holiday::IdulAdha => 334,
        Holiday::Natal | Holiday::TahunBaru => return None,
    };
    let days = days_from_civil(622, 7, 19) + (i64::from(h) - 1) * 10631 / 30 + offset;
    let (y, m, d) = civil_from_days(days);
    let guess = ymd(y, m, d)?;
    let found = holiday_near(kind, guess)?;
    (epoch(found) - days).abs().lt(&30).then_some(found)
}

/// Apply a trailing `lalu`/`mendatang` to a year-less day-month.
fn with_dir(sem: Sem, dir: Option<Dir>) -> Sem {
    match (sem, dir) {
        (Sem::DayMonth { d, m, .. }, Some(dir)) => Sem::DayMonth { d, m, dir },
        _ => sem,
    }
}

/// An upper-case Roman numeral from I to XXXIX.
fn roman(w: &str) -> Option<i16> {
    if w.is_empty() || w.len() > 6 || !w.bytes().all(|b| b"IVX".contains(&b)) {
        return None;
    }
    let val = |b: u8| -> i16 {
        match b {
            b'I' => 1,
            b'V' => 5,
            _ => 10,
        }
    };
    let b = w.as_bytes();
    let mut n = 0i16;
    for (i, &c) in b.iter().enumerate() {
        let v = val(c);
        if b.get(i + 1).is_some_and(|&nx| val(nx) > v) {
            n -= v;
        } else {
            n += v;
        }
    }
    // Only canonical spellings (`IIII`, `VX` are not numerals).
    let canon = |mut k: i16| -> String {
        let mut out = String::new();
        for (v, sym) in [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
            while k >= v {
                out.push_str(sym);
                k -= v;
            }
        }
        out
    };
    (n > 0 && canon(n) == w).then_some(n)
}

fn rel(unit: Unit, n: i64, from: From) -> Sem {
    Sem::Rel {
        unit,
        n: Some(n),
        from,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i16, m: i8, dd: i8) -> Date {
        Date::new(y, m, dd).expect("valid test date")
    }

    /// (input, reference (None → 2021-12-31), expected [(span, iso)]).
    type Row = (
        &'static str,
        Option<(i16, i8, i8)>,
        &'static [(&'static str, &'static str)],
    );

    const ROWS: &[Row] = &[
        // day + month (+ year)
        (
            "Rapat digelar 10 Januari di Jenewa.",
            None,
            &[("10 Januari", "2022-01-10")],
        ),
        (
            "Kontrak berakhir 31 Desember 2021 nanti.",
            None,
            &[("31 Desember 2021", "2021-12-31")],
        ),
        (
            "Aturan berlaku 1 Jan 2020.",
            None,
            &[("1 Jan 2020", "2020-01-01")],
        ),
        (
            "Ia tiba 5 Agt 2019 di Medan.",
            None,
            &[("5 Agt 2019", "2019-08-05")],
        ),
        ("Pameran dibuka 7 Des.", None, &[("7 Des", "2021-12-07")]),
        (
            "Tenggat 3 Dec 2021 sudah lewat.",
            None,
            &[("3 Dec 2021", "2021-12-03")],
        ),
        (
            "Laporan terbit 1 Jan. 2020 lalu.",
            None,
            &[("1 Jan. 2020 lalu", "2020-01-01")],
        ),
        (
            "Kapal berlabuh 9 Feb 2018.",
            None,
            &[("9 Feb 2018", "2018-02-09")],
        ),
        (
            "Pada 12 Agu 2017 hujan.",
            None,
            &[("12 Agu 2017", "2017-08-12")],
        ),
        (
            "Pada 12 Agust 2017 hujan.",
            None,
            &[("12 Agust 2017", "2017-08-12")],
        ),
        (
            "Terjadi 4 Sept 2016.",
            None,
            &[("4 Sept 2016", "2016-09-04")],
        ),
        ("Terjadi 4 Okt 2016.", None, &[("4 Okt 2016", "2016-10-04")]),
        ("Terjadi 4 Nop 2016.", None, &[("4 Nop 2016", "2016-11-04")]),
        ("Terjadi 4 Nov 2016.", None, &[("4 Nov 2016", "2016-11-04")]),
        ("Terjadi 4 Des 2016.", None, &[("4 Des 2016", "2016-12-04")]),
        (
            "Signed on 25 December 2020.",
            None,
            &[("25 December 2020", "2020-12-25")],
        ),
        (
            "Upacara tanggal 17 Agustus di Istana.",
            None,
            &[("17 Agustus", "2021-08-17")],
        ),
        (
            "Ia lahir 2 Oktober 1946 di Solo.",
            None,
            &[("2 Oktober 1946", "1946-10-02")],
        ),
        (
            "Sidang pada 15 Desember ditunda.",
            None,
            &[("15 Desember", "2021-12-15")],
        ),
        (
            "Pada 15 Agustus lalu ia pergi.",
            None,
            &[("15 Agustus lalu", "2021-08-15")],
        ),
        (
            "Rapat 20 Februari mendatang.",
            None,
            &[("20 Februari mendatang", "2022-02-20")],
        ),
        (
            "Kejadian 24 Agustus malam itu.",
            None,
            &[("24 Agustus malam", "2021-08-24")],
        ),
        (
            "tanggal 1 januari 2020 libur",
            None,
            &[("1 januari 2020", "2020-01-01")],
        ),
        (
            "Pada 29 Februari 2020 ada rapat.",
            None,
            &[("29 Februari 2020", "2020-02-29")],
        ),
        (
            "Tercatat 3 Pebruari 2010 di sana.",
            None,
            &[("3 Pebruari 2010", "2010-02-03")],
        ),
        (
            "Lalu 3 Nopember 2010 tercatat.",
            None,
            &[("3 Nopember 2010", "2010-11-03")],
        ),
        // weekday before a date
        (
            "Jumat 31 Dec 2021 10:29 WIB",
            None,
            &[("Jumat 31 Dec 2021", "2021-12-31")],
        ),
        (
            "Jakarta, Selasa, 30 Desember 2014 | 10:15 WIB",
            None,
            &[("Selasa, 30 Desember 2014", "2014-12-30")],
        ),
        (
            "Hal itu disampaikan Rabu (4/2/2015).",
            None,
            &[("Rabu (4/2/2015)", "2015-02-04")],
        ),
        (
            "Hal itu disampaikan Rabu ( 4/2/2015 ) .",
            None,
            &[("Rabu ( 4/2/2015 )", "2015-02-04")],
        ),
        (
            "Hal itu disampaikan Rabu ( 4 / 2 / 2015 ) .",
            None,
            &[("Rabu ( 4 / 2 / 2015 )", "2015-02-04")],
        ),
        (
            "Gempa terjadi Minggu (24/8) pagi.",
            None,
            &[("Minggu (24/8) pagi", "2021-08-24")],
        ),
        (
            "Ia ditangkap Senin (20/6/2011) pukul 07.30 WIB.",
            None,
            &[("Senin (20/6/2011)", "2011-06-20")],
        ),
        (
            "Sidang digelar Kamis (30/12).",
            None,
            &[("Kamis (30/12)", "2021-12-30")],
        ),
        (
            "Sidang digelar Kamis , ( 21/8/2014 ) .",
            None,
            &[("Kamis , ( 21/8/2014 )", "2014-08-21")],
        ),
        (
            "Salat digelar Jum'at (24/12) siang.",
            None,
            &[("Jum'at (24/12) siang", "2021-12-24")],
        ),
        (
            "Salat digelar Jum’at (24/12).",
            None,
            &[("Jum’at (24/12)", "2021-12-24")],
        ),
        (
            "Pertemuan Ahad (26/12) malam.",
            None,
            &[("Ahad (26/12) malam", "2021-12-26")],
        ),
        (
            "Pertemuan Sabtu (19/12) dini hari.",
            Some((2021, 1, 5)),
            &[("Sabtu (19/12) dini hari", "2020-12-19")],
        ),
        (
            "Pertemuan Sabtu (18/12) larut malam.",
            None,
            &[("Sabtu (18/12) larut malam", "2021-12-18")],
        ),
        (
            "senin ( 13 / 8 ) polisi datang",
            Some((2018, 8, 20)),
            &[("senin ( 13 / 8 )", "2018-08-13")],
        ),
        (
            "Selasa 20 September 2011 ia bicara.",
            None,
            &[("Selasa 20 September 2011", "2011-09-20")],
        ),
        (
            "Rapat Senin 4/2/2015 batal.",
            None,
            &[("Senin 4/2/2015", "2015-02-04")],
        ),
        (
            "Jakarta, Selasa (6/3/2012) - Pemerintah",
            None,
            &[("Selasa (6/3/2012)", "2012-03-06")],
        ),
        // numeric
        (
            "Tanggal efektif 31/12/2021.",
            None,
            &[("31/12/2021", "2021-12-31")],
        ),
        (
            "Tanggal efektif 31-12-2021.",
            None,
            &[("31-12-2021", "2021-12-31")],
        ),
        (
            "Tanggal efektif 2021-12-31.",
            None,
            &[("2021-12-31", "2021-12-31")],
        ),
        (
            "Tenggat tanggal 17/8 mendatang.",
            None,
            &[("17/8 mendatang", "2022-08-17")],
        ),
        (
            "Tenggat tanggal 17/8 lalu.",
            None,
            &[("17/8 lalu", "2021-08-17")],
        ),
        (
            "Berkas tertanggal 05/01/2020.",
            None,
            &[("05/01/2020", "2020-01-05")],
        ),
        // month + year, month alone
        (
            "Target Januari 2022 tercapai.",
            None,
            &[("Januari 2022", "2022-01")],
        ),
        (
            "Rapat Desember lalu gagal.",
            None,
            &[("Desember lalu", "2021-12")],
        ),
        (
            "Perundingan diadakan Januari.",
            None,
            &[("Januari", "2022-01")],
        ),
        (
            "Perundingan diadakan Januari\n\nRed: Budi",
            None,
            &[("Januari", "2022-01")],
        ),
        (
            "Harga naik pada Mei 2021.",
            None,
            &[("Mei 2021", "2021-05")],
        ),
        ("Harga naik pada Mei.", None, &[("Mei", "2022-05")]),
        (
            "Harga naik pada Mei.",
            Some((2021, 8, 1)),
            &[("Mei", "2021-05")],
        ),
        ("Harga naik bulan Mei.", None, &[("Mei", "2022-05")]),
        ("Harga naik Mei lalu.", None, &[("Mei lalu", "2021-05")]),
        (
            "Banjir melanda Juni.",
            Some((2021, 7, 10)),
            &[("Juni", "2021-06")],
        ),
        (
            "Data bulan September 2007 dirilis.",
            None,
            &[("September 2007", "2007-09")],
        ),
        (
            "Kasus naik september lalu",
            None,
            &[("september lalu", "2021-09")],
        ),
        (
            "sejak februari harga naik",
            Some((2021, 3, 3)),
            &[("februari", "2021-02")],
        ),
        (
            "Proyek Januari-Maret 2022 dimulai.",
            None,
            &[("Januari-Maret 2022", "2022-01/2022-03")],
        ),
        (
            "Pembayaran Desember tahun lalu tertunda.",
            None,
            &[("Desember tahun lalu", "2020-12")],
        ),
        (
            "Laporan keuangan November 2021 rugi.",
            None,
            &[("November 2021", "2021-11")],
        ),
        (
            "Dijadwalkan Maret mendatang.",
            None,
            &[("Maret mendatang", "2022-03")],
        ),
        // awal / akhir / pertengahan
        (
            "Proyek selesai awal Januari.",
            None,
            &[("awal Januari", "2022-01")],
        ),
        (
            "Proyek selesai akhir 2021.",
            None,
            &[("akhir 2021", "2021")],
        ),
        (
            "Proyek selesai pertengahan 2021.",
            None,
            &[("pertengahan 2021", "2021")],
        ),
        (
            "Proyek selesai awal tahun ini.",
            None,
            &[("awal tahun ini", "2021")],
        ),
        (
            "Proyek selesai akhir tahun ini.",
            None,
            &[("akhir tahun ini", "2021")],
        ),
        (
            "Proyek selesai akhir bulan ini.",
            None,
            &[("akhir bulan ini", "2021-12")],
        ),
        (
            "Proyek selesai akhir tahun 2020.",
            None,
            &[("akhir tahun 2020", "2020")],
        ),
        (
            "Proyek selesai pertengahan Maret 2020.",
            None,
            &[("pertengahan Maret 2020", "2020-03")],
        ),
        (
            "Proyek selesai akhir bulan depan.",
            None,
            &[("akhir bulan depan", "2022-01")],
        ),
        // years
        (
            "Ia menjabat pada 2014 dan pensiun.",
            None,
            &[("2014", "2014")],
        ),
        (
            "Ia menjabat tahun 2021 lalu.",
            None,
            &[("2021 lalu", "2021")],
        ),
        ("Harga naik sejak 1998.", None, &[("1998", "1998")]),
        ("Target berlaku hingga 2025.", None, &[("2025", "2025")]),
        ("Target berlaku sampai 2030.", None, &[("2030", "2030")]),
        (
            "Masa jabatan 2014-2019 selesai.",
            None,
            &[("2014-2019", "2014/2019")],
        ),
        (
            "Masa jabatan 2014 hingga 2019 selesai.",
            None,
            &[("2014 hingga 2019", "2014/2019")],
        ),
        (
            "Pada tahun 1960 peraturan itu dirancang.",
            None,
            &[("1960", "1960")],
        ),
        // decades
        ("Musik tahun 1990-an populer.", None, &[("1990-an", "199X")]),
        ("Film era 80-an diputar.", None, &[("80-an", "198X")]),
        ("Sejak 1970-an kota tumbuh.", None, &[("1970-an", "197X")]),
        (
            "Tren akhir 90-an kembali.",
            None,
            &[("akhir 90-an", "199X")],
        ),
        // weekdays alone
        (
            "Kata juru bicara pada Kamis.",
            None,
            &[("Kamis", "2021-12-30")],
        ),
        ("Ia datang Jumat.", None, &[("Jumat", "2021-12-31")]),
        (
            "Ia datang Kamis lalu.",
            None,
            &[("Kamis lalu", "2021-12-30")],
        ),
        (
            "Ia datang Jumat lalu.",
            None,
            &[("Jumat lalu", "2021-12-24")],
        ),
        (
            "Ia akan datang Kamis depan.",
            None,
            &[("Kamis depan", "2022-01-06")],
        ),
        (
            "Ia datang Sabtu sore.",
            None,
            &[("Sabtu sore", "2021-12-25")],
        ),
        (
            "Ia datang Selasa larut malam.",
            None,
            &[("Selasa larut malam", "2021-12-28")],
        ),
        ("Ia datang Minggu.", None, &[("Minggu", "2021-12-26")]),
        ("Ia datang Ahad.", None, &[("Ahad", "2021-12-26")]),
        (
            "Ia datang minggu lalu.",
            None,
            &[("minggu lalu", "2021-12-20")],
        ),
        (
            "Minggu lalu harga naik.",
            None,
            &[("Minggu lalu", "2021-12-20")],
        ),
        (
            "Ia datang minggu depan.",
            None,
            &[("minggu depan", "2022-01-03")],
        ),
        (
            "Ia tiba Senin kemarin.",
            None,
            &[("Senin kemarin", "2021-12-27")],
        ),
        (
            "Toko buka dari Senin sampai Rabu.",
            None,
            &[("Senin sampai Rabu", "2021-12-27/2021-12-29")],
        ),
        (
            "Toko buka Senin-Rabu.",
            None,
            &[("Senin-Rabu", "2021-12-27/2021-12-29")],
        ),
        (
            "Acara pada hari Minggu mendatang ( 9/2 ) di lapangan.",
            Some((2014, 2, 5)),
            &[("Minggu mendatang ( 9/2 )", "2014-02-09")],
        ),
        (
            "Rapat dilanjutkan Kamis besok pukul 10.00.",
            Some((2021, 12, 29)),
            &[("Kamis besok", "2021-12-30")],
        ),
        ("Ia bekerja selama tiga bulan ini.", None, &[]),
        ("Ia dibebaskan dalam beberapa hari ini.", None, &[]),
        (
            "Pada hari minggu ia libur.",
            None,
            &[("minggu", "2021-12-26")],
        ),
        (
            "rapat digelar rabu siang",
            None,
            &[("rabu siang", "2021-12-29")],
        ),
        // relative
        ("Hari ini harga turun.", None, &[("Hari ini", "2021-12-31")]),
        ("Ia pulang kemarin.", None, &[("kemarin", "2021-12-30")]),
        ("Ia pulang besok.", None, &[("besok", "2022-01-01")]),
        ("Ia pulang lusa.", None, &[("lusa", "2022-01-02")]),
        (
            "Ia pulang kemarin lusa.",
            None,
            &[("kemarin lusa", "2021-12-29")],
        ),
        (
            "Ia pulang pekan lalu.",
            None,
            &[("pekan lalu", "2021-12-20")],
        ),
        ("Ia pulang pekan ini.", None, &[("pekan ini", "2021-12-27")]),
        (
            "Bulan lalu, Putin bicara.",
            None,
            &[("Bulan lalu", "2021-11")],
        ),
        (
            "Ia pulang bulan depan.",
            None,
            &[("bulan depan", "2022-01")],
        ),
        ("Ia pulang bulan ini.", None, &[("bulan ini", "2021-12")]),
        ("Ia pulang tahun lalu.", None, &[("tahun lalu", "2020")]),
        ("Ia pulang tahun depan.", None, &[("tahun depan", "2022")]),
        ("Ia pulang tahun ini.", None, &[("tahun ini", "2021")]),
        (
            "Ia pulang tadi malam.",
            None,
            &[("tadi malam", "2021-12-30")],
        ),
        ("Ia pulang semalam.", None, &[("semalam", "2021-12-30")]),
        (
            "Ia pulang kemarin sore.",
            None,
            &[("kemarin sore", "2021-12-30")],
        ),
        (
            "Ia pulang tahun yang lalu.",
            None,
            &[("tahun yang lalu", "2020")],
        ),
        // counted
        (
            "Pada 15 Desember ia lapor, dan dua hari kemudian ditahan.",
            None,
            &[
                ("15 Desember", "2021-12-15"),
                ("dua hari kemudian", "2021-12-17"),
            ],
        ),
        (
            "Kasus itu muncul tiga pekan lalu.",
            None,
            &[("tiga pekan lalu", "2021-12-06")],
        ),
        (
            "Proyek selesai 5 tahun lagi.",
            None,
            &[("5 tahun lagi", "2026")],
        ),
        (
            "Pada 10 Maret 2020 ia masuk; sepuluh bulan sebelumnya ia keluar.",
            None,
            &[
                ("10 Maret 2020", "2020-03-10"),
                ("sepuluh bulan sebelumnya", "2019-05"),
            ],
        ),
        (
            "Target dua tahun mendatang.",
            None,
            &[("dua tahun mendatang", "2023")],
        ),
        (
            "Pada 3 Mei 2021 rapat; sehari sebelumnya ada demo.",
            None,
            &[
                ("3 Mei 2021", "2021-05-03"),
                ("sehari sebelumnya", "2021-05-02"),
            ],
        ),
        ("Ia wafat setahun lalu.", None, &[("setahun lalu", "2020")]),
        (
            "Ia wafat dua belas tahun silam.",
            None,
            &[("dua belas tahun silam", "2009")],
        ),
        (
            "Ia wafat dua puluh tahun yang lalu.",
            None,
            &[("dua puluh tahun yang lalu", "2001")],
        ),
        (
            "Ia wafat sebelas hari lalu.",
            None,
            &[("sebelas hari lalu", "2021-12-20")],
        ),
        (
            "Ia pergi beberapa hari lalu.",
            None,
            &[("beberapa hari lalu", "")],
        ),
        (
            "Ia pergi 3 bulan lalu.",
            None,
            &[("3 bulan lalu", "2021-09")],
        ),
        // ranges
        (
            "Pameran 10-12 Januari di Jakarta.",
            None,
            &[("10-12 Januari", "2022-01-10/2022-01-12")],
        ),
        (
            "Pameran 10 hingga 12 Januari 2022 di Jakarta.",
            None,
            &[("10 hingga 12 Januari 2022", "2022-01-10/2022-01-12")],
        ),
        (
            "Pameran 10 - 12 Januari 2022 di Jakarta.",
            None,
            &[("10 - 12 Januari 2022", "2022-01-10/2022-01-12")],
        ),
        (
            "Pameran 22 - 25 Januari 2013 di Jakarta.",
            None,
            &[("22 - 25 Januari 2013", "2013-01-22/2013-01-25")],
        ),
        (
            "Pameran 30 Januari - 2 Februari 2022 ramai.",
            None,
            &[("30 Januari - 2 Februari 2022", "2022-01-30/2022-02-02")],
        ),
        (
            "Pameran 10 s.d. 12 Januari 2022 ramai.",
            None,
            &[("10 s.d. 12 Januari 2022", "2022-01-10/2022-01-12")],
        ),
        // lists
        (
            "Konser digelar 14, 17, dan 20 Juni.",
            None,
            &[
                ("14", "2022-06-14"),
                ("17", "2022-06-17"),
                ("20 Juni", "2022-06-20"),
            ],
        ),
        (
            "Konser digelar 5 dan 6 Juni 2022.",
            None,
            &[("5", "2022-06-05"), ("6 Juni 2022", "2022-06-06")],
        ),
        // holidays
        (
            "Mudik Idul Fitri 2021 dilarang.",
            None,
            &[("Idul Fitri 2021", "2021-05-13")],
        ),
        (
            "Mudik Lebaran 2022 ramai.",
            None,
            &[("Lebaran 2022", "2022-05-02")],
        ),
        (
            "Mudik Lebaran tahun ini ramai.",
            Some((2023, 3, 1)),
            &[("Lebaran tahun ini", "2023-04-22")],
        ),
        (
            "Libur Natal 2021 diperpanjang.",
            None,
            &[("Natal 2021", "2021-12-25")],
        ),
        (
            "Malam Tahun Baru 2022 sepi.",
            None,
            &[("Tahun Baru 2022", "2022-01-01")],
        ),
        (
            "Upacara HUT RI ke-77 meriah.",
            None,
            &[("HUT RI ke-77", "2022-08-17")],
        ),
        (
            "Upacara HUT ke-76 RI meriah.",
            None,
            &[("HUT ke-76 RI", "2021-08-17")],
        ),
        // dateline-free year-less with a different reference
        (
            "Ia datang 15 Desember.",
            Some((2022, 1, 5)),
            &[("15 Desember", "2021-12-15")],
        ),
        (
            "Ia datang 10 Januari.",
            Some((2021, 6, 30)),
            &[("10 Januari", "2021-01-10")],
        ),
        // guards: no date
        ("Sebanyak 15.000 orang hadir.", None, &[]),
        ("Inflasi 3,5 persen.", None, &[]),
        ("Ada 10 orang tewas.", None, &[]),
        ("Berita 10.29 WIB terbit.", None, &[]),
        ("Rapat dimulai pukul 07.30 WIB.", None, &[]),
        ("Ia dihukum 2 tahun penjara.", None, &[]),
        ("Ia dihukum dua tahun penjara.", None, &[]),
        ("Hubungi 0812-3456-7890 segera.", None, &[]),
        ("Sesuai Pasal 10 ayat 2.", None, &[]),
        ("Surat No. 5 diterbitkan.", None, &[]),
        ("Penyanyi Mei Lin bernyanyi.", None, &[]),
        ("Penulis Agustus Wibowo datang.", None, &[]),
        ("Ibu Juni datang.", None, &[]),
        ("Ia makan mei.", None, &[]),
        ("Versi 2.1.3 dirilis.", None, &[]),
        ("Skor akhir 2/1 untuk tuan rumah.", None, &[]),
        ("Separuh atau 1/2 porsi.", None, &[]),
        ("Tanggal 31/02/2021 tidak ada.", None, &[]),
        ("Piala Dunia 2014 di Brasil.", None, &[]),
        ("Hasil Pemilu 2014 diumumkan.", None, &[]),
        ("Sesuai UU No 5 Tahun 2014 tentang ASN.", None, &[]),
        ("Sebanyak 2014 orang hadir.", None, &[]),
        ("Sebanyak 2.014 orang hadir.", None, &[]),
        ("Mereka ikut Salat Jumat di masjid.", None, &[]),
        (
            "Dua minggu kemudian? dua minggu saja.",
            None,
            &[("Dua minggu kemudian", "")],
        ),
        ("Ia bekerja dua minggu.", None, &[]),
        ("Pada usia 80-an ia masih bekerja.", None, &[]),
        ("Laporan mingguan dan harian terbit.", None, &[]),
        ("Tanggal ini tidak memiliki alternatif.", None, &[]),
        ("Kode B1234 dan KRI-2008 ada.", None, &[]),
        ("Uang Rp 2.500.000 raib.", None, &[]),
        ("Mar 2014", None, &[("Mar 2014", "2014-03")]),
        // --- added with issue 4, round 2 ---
        // parenthesised d/m standing alone: the inside is the span (no span starts with `(`)
        (
            "kata Yushan Sayuti , di Sepinggan ( 22/3 ) .",
            Some((2014, 3, 25)),
            &[("22/3", "2014-03-22")],
        ),
        (
            "kata dia di Jakarta, (22/3).",
            Some((2014, 3, 25)),
            &[("22/3", "2014-03-22")],
        ),
        (
            "Ia tiba pada (22/3) siang.",
            Some((2014, 3, 25)),
            &[("22/3", "2014-03-22")],
        ),
        (
            "kata Bahlil di kantor Kemhan (17/10/2024).",
            None,
            &[("17/10/2024", "2024-10-17")],
        ),
        (
            "Pada akhir perdagangan di tahun 2022 (30/12), IHSG turun.",
            Some((2023, 1, 2)),
            &[("2022", "2022"), ("30/12", "2022-12-30")],
        ),
        ("Porsi dikurangi separuh atau (1/2) saja.", None, &[]),
        ("Skor (2/1) bertahan.", None, &[]),
        ("Harga ( 3/4 dari semula ) naik.", None, &[]),
        (
            "di Balikpapan pada Sabtu , ( 22/3 ) .",
            Some((2014, 3, 25)),
            &[("Sabtu , ( 22/3 )", "2014-03-22")],
        ),
        (
            "di Jakarta, Selasa malam (10/9). Baca juga",
            Some((2024, 9, 12)),
            &[("Selasa malam (10/9)", "2024-09-10")],
        ),
        (
            "Pada perdagangan kemarin (2/1), IHSG naik.",
            Some((2023, 1, 3)),
            &[("kemarin (2/1)", "2023-01-02")],
        ),
        (
            "Padahal dua hari sebelumnya (26/6) ia sehat.",
            Some((2024, 6, 30)),
            &[("dua hari sebelumnya (26/6)", "2024-06-26")],
        ),
        // two-digit years only inside parentheses after a weekday
        (
            "Ia ditangkap Selasa (26/07/11) malam.",
            None,
            &[("Selasa (26/07/11) malam", "2011-07-26")],
        ),
        (
            "Ia lahir Senin (3/2/89).",
            None,
            &[("Senin (3/2/89)", "1989-02-03")],
        ),
        ("Nomor 26/07/11 dicatat.", None, &[]),
        // quarters, semesters, halves
        (
            "Laba pada kuartal pertama 2008 naik.",
            None,
            &[("kuartal pertama 2008", "2008-01/2008-03")],
        ),
        (
            "Ekonomi triwulan III 2021 tumbuh.",
            None,
            &[("triwulan III 2021", "2021-07/2021-09")],
        ),
        (
            "Nasabah pada semester 1 tahun 2007 tumbuh.",
            None,
            &[("semester 1 tahun 2007", "2007-01/2007-06")],
        ),
        (
            "Nasabah pada semester pertama 2007 tumbuh.",
            None,
            &[("semester pertama 2007", "2007-01/2007-06")],
        ),
        (
            "Pertumbuhan kuartal II/2021 tinggi.",
            None,
            &[("kuartal II/2021", "2021-04/2021-06")],
        ),
        (
            "Laba paruh pertama 1989 turun.",
            None,
            &[("paruh pertama 1989", "1989-01/1989-06")],
        ),
        (
            "Target semester kedua tahun ini naik.",
            None,
            &[("semester kedua tahun ini", "2021-07/2021-12")],
        ),
        (
            "Penjualan kuartal ke-4 2020 anjlok.",
            None,
            &[("kuartal ke-4 2020", "2020-10/2020-12")],
        ),
        ("Indeks naik 1.1 % pada kuartal kedua .", None, &[]),
        ("Ia sudah paruh baya.", None, &[]),
        ("Selama tiga kuartal berturut-turut.", None, &[]),
        // centuries, BCE
        (
            "Indonesia meraih peluang pada abad ke-21 .",
            None,
            &[("ke-21", "2001/2100")],
        ),
        (
            "Candi dari abad XIV ditemukan.",
            None,
            &[("XIV", "1301/1400")],
        ),
        (
            "Budaya abad ke-5 sebelum Masehi dikaji.",
            None,
            &[("ke-5 sebelum Masehi", "-0499/-0400")],
        ),
        (
            "Makam dari tahun 580 sebelum Masehi digali.",
            None,
            &[("580 sebelum Masehi", "-0579")],
        ),
        (
            "Makam periode Archaic tahun 580 - 480 sebelum Masehi .",
            None,
            &[("580 - 480 sebelum Masehi", "-0579/-0479")],
        ),
        (
            "Makam dari tahun 650 - 279 SM ditemukan.",
            None,
            &[("650 - 279 SM", "-0649/-0278")],
        ),
        // weekends
        (
            "Mal ramai akhir pekan lalu.",
            None,
            &[("akhir pekan lalu", "2021-12-25/2021-12-26")],
        ),
        (
            "Mal ramai akhir pekan ini.",
            None,
            &[("akhir pekan ini", "2022-01-01/2022-01-02")],
        ),
        (
            "Mal ramai akhir pekan.",
            None,
            &[("akhir pekan", "2021-12-25/2021-12-26")],
        ),
        (
            "Mal ramai akhir pekan.",
            Some((2021, 12, 26)),
            &[("akhir pekan", "2021-12-25/2021-12-26")],
        ),
        (
            "Mal ramai akhir pekan depan.",
            None,
            &[("akhir pekan depan", "2022-01-08/2022-01-09")],
        ),
        ("Mal ramai setiap akhir pekan.", None, &[]),
        // English month first
        (
            "Posted Dec 31, 2021 by AP.",
            None,
            &[("Dec 31, 2021", "2021-12-31")],
        ),
        (
            "Signed on December 5 2020 in Paris.",
            None,
            &[("December 5 2020", "2020-12-05")],
        ),
        (
            "Posted Jan. 5, 2020.",
            None,
            &[("Jan. 5, 2020", "2020-01-05")],
        ),
        // two-digit year after a month name
        (
            "jadwal november 79 dapat dimundurkan",
            Some((1989, 10, 1)),
            &[("november 79", "1979-11")],
        ),
        (
            "Reformasi Mei '98 dikenang.",
            None,
            &[("Mei '98", "1998-05")],
        ),
        ("Sejak Maret 12 orang tewas.", None, &[("Maret", "2022-03")]),
        // lower-case month names stand alone (not `mei`)
        (
            "operasi kuartalan november hari ini",
            Some((1989, 10, 1)),
            &[("november", "1989-11"), ("hari ini", "1989-10-01")],
        ),
        // `tanggal 17` with no month
        (
            "Rapat digelar tanggal 17 nanti.",
            Some((2021, 12, 5)),
            &[("17", "2021-12-17")],
        ),
        (
            "Rapat digelar pada tgl 3 malam.",
            Some((2021, 12, 5)),
            &[("3 malam", "2021-12-03")],
        ),
        (
            "Rapat digelar tanggal 31 .",
            Some((2021, 2, 5)),
            &[("31", "")],
        ),
        (
            "Ia hadir di tanggal 19 (Juli) malam.",
            Some((2014, 8, 1)),
            &[("19 (Juli) malam", "2014-07-19")],
        ),
        (
            "berita pada tanggal 31 (Desember) kemarin.",
            Some((2023, 1, 5)),
            &[("31 (Desember) kemarin", "2022-12-31")],
        ),
        // holidays without a year: the nearest occurrence
        (
            "Mudik Lebaran diprediksi ramai.",
            Some((2023, 3, 14)),
            &[("Lebaran", "2023-04-22")],
        ),
        (
            "Harga naik menjelang Idul Fitri.",
            Some((2014, 7, 1)),
            &[("Idul Fitri", "2014-07-28")],
        ),
        (
            "Pasar hewan ramai jelang Idul Adha.",
            Some((2023, 6, 1)),
            &[("Idul Adha", "2023-06-29")],
        ),
        (
            "Sapi dijual untuk Lebaran Haji.",
            Some((2019, 8, 1)),
            &[("Lebaran Haji", "2019-08-11")],
        ),
        (
            "Hewan kurban Iduladha 2024 diperiksa.",
            None,
            &[("Iduladha 2024", "2024-06-17")],
        ),
        (
            "Libur Natal dan Tahun Baru dimulai.",
            Some((2021, 12, 20)),
            &[("Natal", "2021-12-25"), ("Tahun Baru", "2022-01-01")],
        ),
        (
            "Pesta Tahun Baru semalam meriah.",
            Some((2022, 1, 2)),
            &[("Tahun Baru", "2022-01-01"), ("semalam", "2022-01-01")],
        ),
        (
            "Mudik Idul Fitri 1435 H lancar.",
            None,
            &[("Idul Fitri 1435 H", "2014-07-28")],
        ),
        (
            "Idul Adha 1444 Hijriah jatuh pada Kamis.",
            Some((2023, 6, 20)),
            &[
                ("Idul Adha 1444 Hijriah", "2023-06-29"),
                ("Kamis", "2023-06-15"),
            ],
        ),
        ("Perayaan Tahun Baru Imlek meriah.", None, &[]),
        ("Tradisi Lebaran Ketupat digelar.", None, &[]),
        ("Ia tinggal di natal.", None, &[]),
        // seasons
        (
            "Es di akhir musim panas 2007 menipis.",
            None,
            &[("akhir musim panas 2007", "2007-06/2007-08")],
        ),
        (
            "Salju musim dingin 2010 tebal.",
            None,
            &[("musim dingin 2010", "2010-12/2011-02")],
        ),
        // bare years after plain words; event names and counts are not dates
        (
            "efisiensi berdasarkan kinerja perbankan 2006 .",
            None,
            &[("2006", "2006")],
        ),
        (
            "hasil survei OJK di 2014 menunjukkan",
            None,
            &[("2014", "2014")],
        ),
        (
            "kuota BBM subsidi 2014 dipangkas",
            None,
            &[("2014", "2014")],
        ),
        ("sengketa pilpres 2014 selesai", None, &[]),
        ("Hasil Riskesdas 2013 meningkat.", None, &[]),
        ("Jumlahnya mencapai 2014 pada akhirnya.", None, &[]),
        (
            "tawaran datang antara 2022 dan 2023",
            None,
            &[("2022", "2022"), ("2023", "2023")],
        ),
        // relative-word guards
        (
            "kapasitas 10 juta penumpang per tahun ini dikerjakan",
            None,
            &[],
        ),
        ("anak baru kemarin kok bisa atur", None, &[]),
        ("Waktunya tinggal 1 tahun lagi.", None, &[]),
        (
            "Dalam 5 tahun lagi kota tumbuh.",
            None,
            &[("5 tahun lagi", "2026")],
        ),
        (
            "Serangan di Tripoli , Sabtu dan Minggu lalu .",
            None,
            &[("Sabtu", "2021-12-25"), ("Minggu lalu", "2021-12-26")],
        ),
        // `bulan` before a month name stays outside, like `tahun`
        (
            "untuk bulan Oktober - - investor",
            Some((2014, 11, 3)),
            &[("Oktober", "2014-10")],
        ),
        (
            "RUU disahkan pada akhir bulan September 2014 .",
            None,
            &[("akhir bulan September 2014", "2014-09")],
        ),
        // datelines as read by find() with no reference
        (
            "Jakarta (ANTARA) - Kamis, 14 Maret 2024 - 10:15 WIB. Rapat digelar kemarin.",
            Some((2024, 3, 14)),
            &[
                ("Kamis, 14 Maret 2024", "2024-03-14"),
                ("kemarin", "2024-03-13"),
            ],
        ),
        (
            "Kompas.com - 14/03/2024, 10:15 WIB",
            None,
            &[("14/03/2024", "2024-03-14")],
        ),
    ];

    #[test]
    fn table() {
        let rules = DateRules::new();
        let mut failures = Vec::new();
        for (text, r, want) in ROWS {
            let r = r.map(|(y, m, dd)| d(y, m, dd)).unwrap_or(d(2021, 12, 31));
            let got = rules.find(text, Some(r));
            let got: Vec<(String, String)> = got
                .iter()
                .map(|m| {
                    (
                        text[m.start..m.end].to_string(),
                        m.value.map(|v| v.iso()).unwrap_or_default(),
                    )
                })
                .collect();
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect();
            if got != want {
                failures.push(format!("{text:?}\n   want {want:?}\n   got  {got:?}"));
            }
        }
        assert!(
            failures.is_empty(),
            "{} failing rows:\n{}",
            failures.len(),
            failures.join("\n")
        );
        assert!(ROWS.len() >= 250, "rows: {}", ROWS.len());
    }

    #[test]
    fn kemudian_counts_from_last_date() {
        let rules = DateRules::new();
        let t = "Pada 1 Maret 2020 ia lapor. Dua hari kemudian ia ditahan.";
        let m = rules.find(t, None);
        assert_eq!(m.len(), 2);
        assert_eq!(m[1].value.map(|v| v.iso()), Some("2020-03-03".to_string()));
    }

    #[test]
    fn no_reference_means_no_value_for_relative() {
        let rules = DateRules::new();
        let t = "Ia datang Kamis dan pulang 10 Januari, lalu 5 Mei 2020.";
        let m = rules.find(t, None);
        let vals: Vec<Option<String>> = m.iter().map(|m| m.value.map(|v| v.iso())).collect();
        assert_eq!(vals, vec![None, None, Some("2020-05-05".to_string())]);
        assert!(!m[2].value.is_some_and(|v| v.anchored));
    }

    #[test]
    fn datelines() {
        let rules = DateRules::new();
        assert_eq!(
            rules.dateline("Jumat 31 Dec 2021 10:29 WIB\n\nJudul"),
            Some(d(2021, 12, 31))
        );
        assert_eq!(
            rules.dateline("JAKARTA, KOMPAS.com - Senin (4/2/2015) pemerintah menyatakan"),
            Some(d(2015, 2, 4))
        );
        assert_eq!(
            rules.dateline("Selasa, 30 Desember 2014 | 10:15 WIB"),
            Some(d(2014, 12, 30))
        );
        assert_eq!(
            rules.dateline("Tidak ada tanggal di sini. Kamis ia datang."),
            None
        );
        for (text, want) in [
            (
                "Kamis, 14 Maret 2024 - 10:15 WIB\nJakarta (ANTARA) - Pemerintah menyatakan",
                d(2024, 3, 14),
            ),
            (
                "Jakarta (ANTARA) - Rabu (13/3/2024) pemerintah menyatakan",
                d(2024, 3, 13),
            ),
            (
                "Liputan6.com, Jakarta - Senin (4/2/2015) pemerintah menyatakan",
                d(2015, 2, 4),
            ),
            (
                "TEMPO.CO, Jakarta - Selasa, 30 Desember 2014, pemerintah menyatakan",
                d(2014, 12, 30),
            ),
            ("Kompas.com - 14/03/2024, 10:15 WIB\nJudul", d(2024, 3, 14)),
            ("Rabu, 13 Mar 2024 15:30 WIB\nJudul berita", d(2024, 3, 13)),
            ("Senin, 04 Feb 2015 14:22 WIB", d(2015, 2, 4)),
            ("14 Maret 2024 10:15 WIB\nJudul", d(2024, 3, 14)),
            ("Diperbarui: 2024-03-14 10:15\nJudul", d(2024, 3, 14)),
            ("Posted Dec 31, 2021 10:29 AM\nTitle", d(2021, 12, 31)),
        ] {
            assert_eq!(rules.dateline(text), Some(want), "{text:?}");
        }
        // A relative word or a year-less date is no dateline.
        assert_eq!(
            rules.dateline("Jakarta (ANTARA) - Kemarin (13/3) rapat"),
            None
        );
        let far = format!("{}Senin (4/2/2015)", "kata ".repeat(100));
        assert_eq!(rules.dateline(&far), None);
    }

    #[test]
    fn iso_and_display() {
        let v = DateValue {
            start: d(2022, 1, 10),
            grain: Grain::Day,
            end: Some(d(2022, 1, 12)),
            anchored: true,
        };
        assert_eq!(v.iso(), "2022-01-10/2022-01-12");
        assert_eq!(v.to_string(), v.iso());
        let v = DateValue {
            start: d(1990, 1, 1),
            grain: Grain::Decade,
            end: None,
            anchored: false,
        };
        assert_eq!(v.iso(), "199X");
    }

    #[test]
    fn send_sync() {
        fn check<T: Send + Sync>() {}
        check::<DateRules>();
    }

    #[test]
    fn seed_article() {
        let path = "/work/shared/eval/seed/seed-article.txt";
        let Ok(text) = std::fs::read_to_string(path) else {
            return;
        };
        let rules = DateRules::new();
        let got: Vec<(String, String)> = rules
            .find(&text, None)
            .iter()
            .map(|m| {
                (
                    text[m.start..m.end].to_string(),
                    m.value.map(|v| v.iso()).unwrap_or_default(),
                )
            })
            .collect();
        for (s, v) in &got {
            println!("{s:?}\t{v}");
        }
        let want = [
            ("Jumat 31 Dec 2021", "2021-12-31"),
            ("10 Januari", "2022-01-10"),
            ("Januari", "2022-01"),
            ("Januari", "2022-01"),
            ("Januari", "2022-01"),
            ("10 Januari", "2022-01-10"),
            ("Kamis", "2021-12-30"),
            ("15 Desember", "2021-12-15"),
            ("Bulan lalu", "2021-11"),
            ("15 Desember", "2021-12-15"),
            ("dua hari kemudian", "2021-12-17"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want);
    }

    #[test]
    fn spans_on_char_boundaries_and_sorted() {
        let rules = DateRules::new();
        let t = "é10 Januari “Kamis” Jum’at ( 4/2/2015 ) ñ 2014-2019 ü… 1990-an 😀 5 Mei 2020";
        let m = rules.find(t, None);
        let mut prev = 0;
        for x in &m {
            assert!(t.is_char_boundary(x.start) && t.is_char_boundary(x.end));
            assert!(x.start >= prev && x.end > x.start);
            prev = x.end;
        }
    }

    #[test]
    fn megabyte_of_mixed_text() {
        let words = [
            "Kamis", "10", "Januari", "2021", "(", "4/2", ")", "dua", "hari", "kemudian", "pada",
            "15.000", "orang", "Mei", "Lin", "minggu", "lalu", "é", "Jum’at", "3,5", "-", "s.d.",
            "tahun", "1990-an", "HUT", "ke-", "RI", "bulan", "awal", "😀", "/", "12", ",", "dan",
        ];
        let mut t = String::with_capacity(1 << 20);
        let mut x: u64 = 0x2545_f491_4f6c_dd1d;
        while t.len() < 1 << 20 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            t.push_str(words[(x % words.len() as u64) as usize]);
            t.push(if x.rem_euclid(7) == 0 { '\n' } else { ' ' });
        }
        let rules = DateRules::new();
        let m = rules.find(&t, Some(d(2021, 12, 31)));
        assert!(!m.is_empty());
        for w in m.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        // Every prefix cut must not panic either.
        for cut in (0..200).filter(|c| t.is_char_boundary(*c)) {
            let _ = rules.find(&t[..cut], None);
        }
    }

    /// Generated text: `n` words of `words`, each followed by a space or a line break.
    fn generated(words: &[&str], n: usize, mut x: u64) -> String {
        let mut t = String::new();
        for _ in 0..n {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            t.push_str(words[(x % words.len() as u64) as usize]);
            t.push(if x.rem_euclid(11) == 0 { '\n' } else { ' ' });
        }
        t
    }

    #[test]
    fn trigger_table_is_the_prefix_test() {
        let tr = Triggers::new();
        let naive = |w: &[u8]| {
            TRIGGERS
                .iter()
                .any(|t| w.len() >= t.len() && w[..t.len()].eq_ignore_ascii_case(t.as_bytes()))
        };
        let mut cases: Vec<String> = Vec::new();
        for t in TRIGGERS {
            assert!(t.len() <= 16 && t.len() >= 3, "{t}");
            for w in [
                t.to_string(),
                t.to_uppercase(),
                t[..t.len() - 1].to_string(),
            ] {
                for tail in [
                    "",
                    "nya",
                    " ",
                    ".",
                    "é",
                    "_",
                    "1",
                    " dan kata lain sampai habis",
                ] {
                    cases.push(format!("{w}{tail}"));
                }
            }
        }
        for w in [
            "seperti",
            "Seperti",
            "sebagai",
            "SEBELUM",
            "sep",
            "se",
            "s",
            "",
            "mei",
            "meja",
            "des",
            "désa",
            "1ab",
            "p1x",
            "p\u{11}x",
            "[a]",
            "@@@",
            "Jum'at",
            "jUMAT",
            "WEDNESDAY.",
            "Wednesda",
            "pertengahan",
            "pertengaha",
            "caturwulan",
            "hutan",
            "perlu",
            "harus",
            "sebagai",
            "Kembali",
            "semua",
            "jumlah",
            "jum",
            "ju'",
            "per\u{e9}",
            "tah",
        ] {
            cases.push(w.to_string());
        }
        for c in &cases {
            assert_eq!(tr.at(c.as_bytes()), naive(c.as_bytes()), "{c:?}");
        }
    }

    /// Does `slot` put each of `items` in a slot of its own under the multiplier in use
    /// (`used`: `SLOT_MUL`, `KEY_MUL`)? If not, panics naming the first of a sequence of
    /// multipliers that does.
    fn assert_separates<T>(items: &[T], name: &str, used: u64, slot: impl Fn(&T, u64) -> usize) {
        let separates = |mul: u64| {
            let mut slots: Vec<usize> = items.iter().map(|x| slot(x, mul)).collect();
            slots.sort_unstable();
            slots.dedup();
            slots.len() == items.len()
        };
        if !separates(used) {
            let found = (0..1u64 << 24)
                .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C16) | 1)
                .find(|&m| separates(m));
            panic!("{name} clashes; {found:#x?} does not: use it");
        }
    }

    /// No two heads of triggers share a slot under `SLOT_MUL` (else `Triggers::slots`
    /// panics, and this test names a multiplier that separates them); the slot test itself
    /// is checked against the prefix test by `trigger_table_is_the_prefix_test`.
    #[test]
    fn slot_mul_separates_heads() {
        let mut heads: Vec<u32> = TRIGGERS
            .iter()
            .map(|w| {
                let w = w.as_bytes();
                Triggers::head(u32::from_le_bytes([w[0], w[1], w[2], 0]))
            })
            .collect();
        heads.sort_unstable();
        heads.dedup();
        // a 32-bit multiplier: the low half of the 64-bit ones tried
        assert_separates(&heads, "SLOT_MUL", SLOT_MUL.into(), |&h, mul| {
            Triggers::slot_by(h, mul as u32)
        });
        let tr = Triggers::new();
        let used = tr.slots.iter().filter(|&&e| e != EMPTY_SLOT).count();
        assert_eq!(used, heads.len());
    }

    /// No two word keys share a slot under `KEY_MUL` (else `Triggers::keys` panics, and
    /// this test names a multiplier that separates them).
    #[test]
    fn key_mul_separates_keys() {
        let keys: Vec<[u64; 2]> = trigger_keys().iter().map(|w| padded_key(w).1).collect();
        assert_separates(&keys, "KEY_MUL", KEY_MUL, |&k, mul| {
            Triggers::key_slot_by(k, mul)
        });
        let tr = Triggers::new();
        let used = tr.key_slots.iter().filter(|&&i| i != 0).count();
        assert_eq!(used, keys.len());
    }

    /// No two words of [`NumNext`] share a slot under `NUM_NEXT_MUL` (else `NumNext::new`
    /// panics, and this test names a multiplier that separates them); each word is found,
    /// with what [`word_after_number`] says of it.
    #[test]
    fn num_next_mul_separates_words() {
        let keys: Vec<u64> = NumNext::words()
            .filter(|(w, _)| w.len() < 8)
            .map(|(w, _)| padded_key(w).1[0])
            .collect();
        assert_separates(&keys, "NUM_NEXT_MUL", NUM_NEXT_MUL, |&k, mul| {
            NumNext::slot_by(k, mul)
        });
        let t = NumNext::new();
        assert_eq!(keys.len(), 49);
        for w in NUM_FOLLOWERS
            .iter()
            .copied()
            .chain(WORD_KEYS.iter().map(|w| w.as_bytes()))
        {
            for len in 1..=4 {
                assert_eq!(t.after(padded_key(w).1, len), word_after_number(w, len));
            }
        }
        assert!(t.long.len() >= 8, "the long month names");
        for w in [
            &b"juta"[..],
            b"septembe",
            b"septemberr",
            b"komisioner",
            b"novemberan",
        ] {
            assert_eq!(t.after(padded_key(w).1, 1), AfterNumber::No);
        }
    }

    /// The word test of `is_trigger` is the prefix test, less the plain ASCII words that
    /// are not [`WORD_KEYS`].
    #[test]
    fn word_trigger_is_prefix_test_of_word_keys() {
        let tr = Triggers::new();
        let expected = |w: &[u8]| {
            let run = w
                .iter()
                .position(|c| !c.is_ascii_alphabetic())
                .unwrap_or(w.len());
            let plain = !w.get(run).is_some_and(|&c| c >= 0x80 || c == b'\'');
            let word = w[..run].to_ascii_lowercase();
            tr.at(w) && (!plain || WORD_KEYS.iter().any(|k| k.as_bytes() == word))
        };
        let mut stems: Vec<String> = TRIGGERS
            .iter()
            .chain(WORD_KEYS)
            .map(|w| w.to_string())
            .collect();
        stems.extend(
            [
                "seperti",
                "jumlah",
                "jangan",
                "desa",
                "akhirnya",
                "hariyadi",
                "Pekanbaru",
                "se",
                "sepuluhsepuluhse",
                "sepuluhsepuluhsepuluh",
                "jumatjumatjumatjumat",
                "sepuluhsepuluhs",
            ]
            .map(String::from),
        );
        let mut n = [0; 2];
        for stem in &stems {
            for w in [
                stem.clone(),
                stem.to_uppercase(),
                stem[..stem.len() - 1].to_string(),
            ] {
                for tail in [
                    "",
                    "nya",
                    " ",
                    ".",
                    "-an",
                    "\u{e9}",
                    "'at",
                    "\u{2019}",
                    "_",
                    "1",
                    " dan lain",
                ] {
                    // short of sixteen bytes (the word read padded with zeros), and not
                    for more in ["", " dan kata lain", "\u{2019}dan kata lain"] {
                        let c = format!("{w}{tail}{more}");
                        let c = c.as_bytes();
                        let got = tr.in_bucket(c) && tr.at_word(c);
                        assert_eq!(got, expected(c), "{:?}", String::from_utf8_lossy(c));
                        n[usize::from(got)] += 1;
                    }
                }
            }
        }
        assert!(n[0] > 1000 && n[1] > 1000, "{n:?}");
    }

    /// At a plain ASCII word not in [`WORD_KEYS`], `parse_word` finds no date, so
    /// `is_trigger` may leave it out: checked for every word of this file's source (its
    /// literals hold every word the grammar knows) and its `-nya`/`-an` forms, in many
    /// contexts.
    #[test]
    fn parse_word_reads_only_word_keys() {
        let mut words: Vec<String> = include_str!("date.rs")
            .split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| w.len() >= 2)
            .map(str::to_ascii_lowercase)
            .collect();
        words.sort_unstable();
        words.dedup();
        let n = words.len();
        for i in 0..n {
            let w = words[i].clone();
            words.extend([
                format!("{w}nya"),
                format!("{w}an"),
                w[..w.len() - 1].to_string(),
            ]);
        }
        let contexts = [
            "",
            " lalu",
            " ini",
            " depan",
            " kemarin",
            " lagi",
            " mendatang",
            " 2014",
            " (4/2/2015)",
            ", 17 Agustus 2014",
            " 17 Agustus",
            " ke-21",
            " ke-5 SM",
            " panas 2007",
            " haji",
            " baru 2015",
            " pertama 2014",
            " 2 2014",
            " puluh hari lalu",
            " hari lalu",
            " belas tahun kemudian",
            " minggu lalu",
            " tahun 2014",
            " lusa",
            " 1442 H",
            " 1442 Hijriah",
            " depan (2/1)",
            " ini (4/2)",
            " sore",
            " pagi pukul 10.00 WIB",
            " yang lalu",
            " yang akan datang",
            " sebelumnya",
            " Januari",
            " Januari 2014",
            " ke-75",
            " ke-75 RI",
            " I 2014",
            " kedua tahun ini",
            " Ramadan 1442 H",
            " Fitri 1442 H",
            " Adha",
            " 2019-2020",
            " ini juga",
        ];
        let (mut checked, mut found) = (0, 0);
        for w in &words {
            let key = Key::new(w);
            let is_key = WORD_KEYS.iter().any(|k| k.as_bytes() == key.bytes());
            for before in ["", "pada ", "tanggal ", "( "] {
                for c in contexts {
                    let t = format!("{before}{w}{c}");
                    let p = P::new(&t);
                    let Some(tok) = p.next(before.len()).filter(|x| x.kind == Kind::Word) else {
                        continue;
                    };
                    let date = p.parse_word(tok);
                    if is_key {
                        found += usize::from(date.is_some());
                    } else {
                        checked += 1;
                        assert!(date.is_none(), "a date at {t:?}");
                    }
                }
            }
        }
        assert!(checked > 50_000 && found > 500, "{checked} {found}");
    }

    #[test]
    fn letter_run_is_the_byte_loop() {
        let text: Vec<u8> = (0..=255u8)
            .chain(*b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{")
            .collect();
        let loop_run = |w: &[u8]| {
            w.iter()
                .position(|c| !c.is_ascii_alphabetic())
                .unwrap_or(w.len())
        };
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..20_000 {
            let mut w = Vec::new();
            for _ in 0..(x % 24) {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                // mostly letters, with every byte now and then
                let c = if x % 4 == 0 {
                    text[(x >> 8) as usize % text.len()]
                } else {
                    b'a' + (x >> 8) as u8 % 26
                };
                w.push(if x % 3 == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c
                });
            }
            for cut in 0..=w.len() {
                assert_eq!(
                    letter_run(&w[cut..]),
                    loop_run(&w[cut..]),
                    "{:?}",
                    &w[cut..]
                );
            }
            x = x.wrapping_add(0x9e37_79b9_7f4a_7c15);
        }
        for c in 0..=255u8 {
            for at in 0..18 {
                let mut w = *b"abcdefghijKLMNOPQRSt";
                w[at] = c;
                assert_eq!(letter_run(&w), loop_run(&w), "{c} at {at}");
            }
        }
    }

    /// `Tok::num` is `parse` on the texts a number token has: runs of ASCII digits (as
    /// `next_tok` and `prev_tok` read them).
    #[test]
    fn tok_num_is_parse() {
        let t = "0 7 07 123 2021 0000 9999 12345 1a a1 +12 \u{661}\u{662} 3.5";
        for pos in 0..=t.len() {
            for tok in [next_tok(t, pos), prev_tok(t, pos)].into_iter().flatten() {
                let parsed = (tok.kind == Kind::Num && tok.text.len() <= 4)
                    .then(|| tok.text.parse::<u32>().ok())
                    .flatten();
                assert_eq!(tok.num(), parsed, "{:?}", tok.text);
            }
        }
    }

    /// Where `prev_may_end` says no, the token before ends with no byte it looks for; where
    /// `next_may_start` says no, the token after starts with none.
    #[test]
    fn prev_may_end_is_sound() {
        let texts = [
            "Jakarta, 12 Mei 2021 (Kamis) pagi tanggal 17 tgl\t3 TG 4 (5) ( 6/7)",
            "jum'at d\u{2019}Arc  l\u{2019}Or\u{e9}al \u{a0}Senin\u{2003} 10:29\tWIB\r\nOK",
            "\u{e9}10 Januari \u{201c}Kamis\u{201d} tanggal\u{a0}17 (\u{a0}4/2) tgl\u{2003}9",
            "580 SM, 650 - 279 sm 1\u{a0}- 2 3\u{2013}4 5 hingga\t6 Sampai 7 sd 8\nsebelum Masehi",
        ];
        let tests = [
            TANGGAL_LAST,
            byte_set(b"("),
            byte_set(b"0123456789"),
            BCE_NEXT,
        ];
        for t in texts {
            let p = P::new(t);
            for pos in 0..=t.len() + 1 {
                for last in tests {
                    if !p.prev_may_end(pos, last) {
                        let ends = p.prev(pos).and_then(|x| x.text.bytes().last());
                        assert!(!ends.is_some_and(|c| in_set(last, c)), "{t:?} at {pos}");
                    }
                    if !p.next_may_start(pos, last) {
                        let starts = p.next(pos).and_then(|x| x.text.bytes().next());
                        assert!(!starts.is_some_and(|c| in_set(last, c)), "{t:?} at {pos}");
                    }
                }
            }
        }
    }

    #[test]
    fn char_before_and_at_are_the_str_reads() {
        for t in ["", "a", "é1 x’y\u{a0}2014 😀z", "(4/2) Jum’at"] {
            let p = P::new(t);
            for pos in 0..=t.len() + 2 {
                let before = t.get(..pos).and_then(|h| h.chars().next_back());
                let at = t.get(pos..).and_then(|r| r.chars().next());
                assert_eq!(p.char_before(pos), before, "{t:?} {pos}");
                assert_eq!(p.char_at(pos), at, "{t:?} {pos}");
            }
        }
    }

    /// The fast paths of `prev_tok` and `next_tok` (with its branchless first space) read
    /// what the general paths read, at every position (past the end and inside a character
    /// too), and the space test is the byte match.
    #[test]
    fn tok_fast_paths_are_the_general_paths() {
        for c in 0..=u8::MAX {
            assert_eq!(is_space(c), matches!(c, b' ' | b'\t'..=b'\r'), "{c}");
        }
        let texts = [
            "Jakarta, 12 Mei 2021 (Kamis) pagi.",
            "jum'at d’Arc  l’Oréal \u{a0}Senin\u{2003} 10:29\tWIB\r\nOK",
            "é10 Januari “Kamis” Jum’at ( 4/2/2015 ) ñ 2014-2019 ü… 1990-an 😀 5 Mei",
            "'abc ’abc a'b x’y 12ab ab12 __ --",
            " \n\t \x0b\x0c\r\x1c x\x1fy ",
        ];
        type Read = for<'t> fn(&'t str, usize) -> Option<Tok<'t>>;
        let paths: [(Read, Read); 2] = [(prev_tok, prev_tok_general), (next_tok, next_tok_general)];
        for t in texts {
            for pos in 0..=t.len() + 1 {
                for (fast, general) in paths {
                    let fast = fast(t, pos).map(|x| (x.s, x.e, x.kind));
                    let general = general(t, pos).map(|x| (x.s, x.e, x.kind));
                    assert_eq!(fast, general, "{t:?} at {pos}");
                }
            }
        }
    }

    /// The keys and first bytes of the count ends are those of their words, and
    /// `count_end_may_follow` lets every count end through in any case (and what `next_word`
    /// cannot read), and no other word.
    #[test]
    fn count_end_keys_are_the_words() {
        for (&(w, end), key) in COUNT_ENDS.iter().zip(COUNT_END_KEYS) {
            assert_eq!(key, padded_key(w.as_bytes()).1, "{w}");
            assert!(in_set(COUNT_END_NEXT, w.as_bytes()[0]), "{w}");
            for w in [w.to_string(), w.to_ascii_uppercase(), capitalised(w)] {
                let t = format!("x {w}.");
                assert!(count_end_may_follow(t.as_bytes(), 1), "{t:?}");
                let p = P::new(&t);
                assert_eq!(p.next(1).and_then(count_end), Some(end), "{t:?}");
            }
        }
        for t in [
            "x setelah",
            "x ke",
            "x",
            "x 5",
            "x lalun",
            "x yan",
            "x sebelumnyaa",
        ] {
            assert!(!count_end_may_follow(t.as_bytes(), 1), "{t:?}");
        }
        for t in [
            "x l\u{e9}",
            "x \u{a0}lalu",
            "x lalu'",
            "x abcdefghijklmnopq",
        ] {
            assert!(count_end_may_follow(t.as_bytes(), 1), "{t:?}");
        }
    }

    /// A `word_set!` test on a token is the case-blind scan of its list.
    #[test]
    fn word_set_is_the_list_scan() {
        word_set!(is_small, [b"pada", b"di", b"tahunnya", b"x"]);
        let list = ["pada", "di", "tahunnya", "x"];
        let t = "Pada PADA pada padang pad di Di dI d x X xx tahunnya Tahunnya tahun 2014 , \
                 p\u{e1}da di\u{2019} pada_ aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaapada";
        let mut pos = 0;
        let mut n = 0;
        while let Some(tok) = next_tok(t, pos) {
            assert_eq!(tok.is_in(is_small), tok.is_any(&list), "{:?}", tok.text);
            n += usize::from(tok.is_in(is_small));
            pos = tok.e;
        }
        assert_eq!(n, 12);
    }

    /// The memo of `P::next` and `P::prev` returns what the tokenizers read, asked in any
    /// order and again.
    #[test]
    fn memo_is_the_tokenizers() {
        let t = "Jakarta, 12 Mei 2021 (Kamis) jum'at  l\u{2019}Or\u{e9}al 10:29\nWIB 1990-an";
        let p = P::new(t);
        fn key(x: Option<Tok<'_>>) -> Option<(usize, usize, Kind, &str)> {
            x.map(|x| (x.s, x.e, x.kind, x.text))
        }
        let mut pos: Vec<usize> = (0..=t.len() + 1).collect();
        pos.extend((0..=t.len()).rev());
        pos.extend((0..t.len()).flat_map(|i| [i, i, t.len() - i]));
        for i in pos {
            assert_eq!(key(p.next(i)), key(next_tok(t, i)), "next at {i}");
            assert_eq!(key(p.prev(i)), key(prev_tok(t, i)), "prev at {i}");
        }
    }

    /// The words after a unit that make it a date, in any ASCII case (their first bytes
    /// are all `unit_rel`, `holiday_tahun_baru` and `hari` look at before reading them).
    #[test]
    fn unit_words_read_every_follower() {
        let rules = DateRules::new();
        let r = Date::new(2021, 12, 15).ok();
        let mut phrases: Vec<String> = Vec::new();
        for unit in ["bulan", "tahun", "pekan"] {
            for after in [
                "lalu",
                "kemarin",
                "depan",
                "mendatang",
                "ini",
                "yang lalu",
                "yang akan datang",
            ] {
                phrases.push(format!("{unit} {after}"));
            }
        }
        phrases.extend(["hari ini", "Tahun Baru", "tahun baru 2022"].map(String::from));
        for phrase in phrases {
            for x in [phrase.clone(), phrase.to_uppercase(), capitalised(&phrase)] {
                let text = format!("Harga naik {x}, kata dia.");
                let found: Vec<&str> = rules
                    .find(&text, r)
                    .iter()
                    .map(|m| &text[m.start..m.end])
                    .collect();
                assert_eq!(found, [x.as_str()], "{text:?}");
            }
        }
    }

    /// Each word of `s` with its first letter upper case.
    fn capitalised(s: &str) -> String {
        s.split(' ')
            .map(|w| w[..1].to_uppercase() + &w[1..])
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// `count` gives up on a count without a unit only where no unit, `belas` or `puluh`
    /// follows (so `parse_counted` would find none), and reads the counts it did before.
    #[test]
    fn count_gives_up_only_without_a_unit() {
        let words = [
            "satu",
            "Dua",
            "TIGA",
            "sembilan",
            "beberapa",
            "Sepuluh",
            "sebelas",
            "seratus",
            "sehari",
            "Setahun",
            "7",
            "123",
            "1234",
            "hari",
            "Minggu",
            "PEKAN",
            "bulan",
            "Tahun",
            "belas",
            "puluh",
            "lalu",
            "lagi",
            "orang",
            "kali",
            "di",
            "-",
            ",",
            "(",
            "é",
            "\u{a0}",
            "\u{2003}hari",
        ];
        let follows = |p: &P<'_>, e: usize| {
            p.next_same_line(e).is_some_and(|n| {
                n.kind == Kind::Word
                    && (unit_of(n.key().bytes()).is_some() || n.is("belas") || n.is("puluh"))
            })
        };
        let (mut gave_up, mut read) = (0, 0);
        for seed in 1..30u64 {
            let t = generated(&words, 300, seed.wrapping_mul(0x2545_f491_4f6c_dd1d));
            let p = P::new(&t);
            for s in (0..t.len()).filter(|&s| t.is_char_boundary(s)) {
                let Some(tok) = p.next(s).filter(|x| x.s == s && x.kind != Kind::Punct) else {
                    continue;
                };
                let k = tok.key();
                let counts = tok.kind == Kind::Num && tok.text.len() <= 3
                    || small_number(k.bytes()).is_some()
                    || matches!(
                        k.bytes(),
                        b"beberapa" | b"sepuluh" | b"sebelas" | b"seratus"
                    );
                match p.count(tok) {
                    None if counts => {
                        gave_up += 1;
                        assert!(!follows(&p, tok.e), "gave up at {:?}", &t[s..]);
                    }
                    Some((_, None, _)) => read += 1,
                    _ => {}
                }
            }
        }
        assert!(gave_up > 500 && read > 200, "{gave_up} {read}");
    }

    /// The number test before the parser rejects quantities and keeps every date start.
    #[test]
    fn num_may_start_rejects_quantities_only() {
        // (may a date start at the first number, and is none read there)
        let judge = |t: &'static str| {
            let p = P::new(t);
            let tok = (0..t.len())
                .filter_map(|i| p.next(i))
                .find(|x| x.kind == Kind::Num)
                .expect("a number");
            let n = tok.num().unwrap_or(0);
            (p.num_may_start(tok, n), p.num_date(tok, n).is_none())
        };
        for t in [
            "50 persen",
            "Rp 300.000",
            "Rp 3,5 juta",
            "2 orang",
            "2,5 juta",
            "pukul 10:29",
            "123.456",
            "sebanyak 2500 unit",
            "pada 1899 kali",
            "nomor 17)",
            "17 %",
            "ada 5.",
            "1. Pertama",
            "sebanyak 2500 .",
            "Rp 3.000",
            "1.117 halaman",
            "26.045.000 dan",
            "pukul 12.15 WIB",
            "17.08.21",
            "17.08.20215",
            "17.123.2021",
            "17.08 .2021",
            "2 pekan",
            "2 Bulan",
            "10 tahun",
            "1000 tahun lalu",
            "5 kata",
            "99",
            "3000 di",
        ] {
            assert_eq!(judge(t), (false, true), "{t:?}");
        }
        for t in [
            "17 Agustus 1945",
            "17 agt",
            "17.08.2021",
            "1.8.2021.",
            "17/8",
            "17-8-2021",
            "2021-12-31",
            "10-12 Januari",
            "10 hingga 12 Januari",
            "10 s.d. 12 Januari",
            "14, 17 dan 20 Juni",
            "14 dan 20 Juni",
            "14 & 20 Juni",
            "tanggal 17 ini",
            "tanggal 17.",
            "tgl 19 (Juli)",
            "tahun 2014 lalu",
            "pada 1999",
            "1500-1600",
            "1500 hingga 1600",
            "1500/1600",
            "1990an",
            "80-an",
            "580 SM",
            "650 sebelum Masehi",
            "5 hari lalu",
            "3 minggu lagi",
            "2 pekan yang lalu",
            "2 Bulan sebelumnya",
            "10 tahun silam",
        ] {
            assert!(judge(t).0, "rejected {t:?}");
        }
        // sound on generated text: a number it rejects is no date start
        let mut checked = 0;
        for seed in 1..40u64 {
            let t = generated(TRIGGER_WORDS, 400, seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let p = P::new(&t);
            for s in (0..t.len()).filter(|&s| t.is_char_boundary(s)) {
                let Some(tok) = p.next(s).filter(|x| x.s == s && x.kind == Kind::Num) else {
                    continue;
                };
                let Some(n) = tok.num() else {
                    continue;
                };
                if !p.num_may_start(tok, n) {
                    checked += 1;
                    assert!(
                        p.num_date(tok, n).is_none(),
                        "rejected a date at {:?}",
                        &t[s.saturating_sub(20)..(s + 30).min(t.len())]
                    );
                }
            }
        }
        assert!(checked > 1000, "{checked}");
    }

    /// The words of generated texts for the number and trigger tests: numbers in many shapes,
    /// the word keys that need a token after them, and what may follow them.
    const TRIGGER_WORDS: &[&str] = &[
        "17",
        "5",
        "31",
        "0",
        "123",
        "1500",
        "1999",
        "2014",
        "2100",
        "12345",
        "17.08.2021",
        "3.000",
        "12.15",
        "10:29",
        "3,5",
        ",-31/12/2021",
        "3.000,-31/12/2021",
        "-",
        "–",
        "/",
        ".",
        ",",
        ":",
        "&",
        "(",
        ")",
        "%",
        "'",
        "é",
        "ke",
        "Rp",
        "tanggal",
        "tgl",
        "pada",
        "tahun",
        "Tahun",
        "hari",
        "bulan",
        "minggu",
        "pekan",
        "lalu",
        "lagi",
        "kemudian",
        "sebelumnya",
        "silam",
        "yang",
        "akan",
        "datang",
        "ini",
        "depan",
        "baru",
        "kemarin",
        "mendatang",
        "Januari",
        "agt",
        "Mei",
        "persen",
        "orang",
        "dan",
        "hingga",
        "SM",
        "sebelum",
        "Masehi",
        "an",
        "-an",
        "satu",
        "dua",
        "Tiga",
        "beberapa",
        "sepuluh",
        "belas",
        "puluh",
        "sehari",
        "setahun",
        "awal",
        "akhir",
        "Pertengahan",
        "musim",
        "panas",
        "semi",
        "gugur",
        "dingin",
        "sampai",
        "Minggu",
        "Senin",
        "kali",
        "ribu",
        "unit",
        "di",
        "kata",
        "32",
        "1899",
        "3000",
        "1.8.2021",
        "17.08.21",
        "5.10",
        "serta",
        "sd",
        "s.d.",
        "\u{a0}",
    ];

    /// Leaving out the tokens [`DateRules::is_trigger`] rejects finds the same dates as
    /// trying every number and every word [`Triggers::at_word`] lets through; and it leaves
    /// out many of them (numbers and words).
    #[test]
    fn trigger_filter_keeps_every_date() {
        let rules = DateRules::new();
        let r = Date::new(2021, 6, 15).ok();
        let (mut dropped, mut dates) = ([0usize; 2], 0);
        for seed in 1..60u64 {
            let t = generated(TRIGGER_WORDS, 300, seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let b = t.as_bytes();
            let toks = crate::token::tokenize(&t);
            let (mut all, mut kept) = (Vec::new(), Vec::new());
            for (k, tok) in toks.iter().enumerate() {
                let s = tok.start;
                let starts = s == 0 || !is_word_byte(b[s - 1]);
                let digit =
                    b[s].is_ascii_digit() && matches!(tok.kind, TokKind::Number | TokKind::Word);
                let word = tok.kind == TokKind::Word
                    && rules.trigger.in_bucket(&b[s..])
                    && rules.trigger.at_word(&b[s..]);
                if starts && (digit || word) {
                    let picked = crate::token::Picked::new(k, tok);
                    all.push(picked);
                    if rules.is_trigger(b, tok) {
                        kept.push(picked);
                    } else {
                        dropped[usize::from(word)] += 1;
                    }
                } else {
                    assert!(!rules.is_trigger(b, tok));
                }
            }
            let found = rules.find_triggers(&t, &all, r, true);
            assert_eq!(rules.find_triggers(&t, &kept, r, true), found, "{t:?}");
            dates += found.len();
        }
        assert!(
            dropped[0] > 1000 && dropped[1] > 1000 && dates > 1000,
            "{dropped:?} {dates}"
        );
    }

    /// Where [`number_may_parse`] says no, `parse_at` finds no date; it says no to the
    /// quantities and codes of `num_may_start_rejects_quantities_only`.
    #[test]
    fn number_may_parse_is_sound() {
        let num_next = NumNext::new();
        let mut checked = 0;
        for seed in 1..60u64 {
            let t = generated(TRIGGER_WORDS, 300, seed.wrapping_mul(0x2545_f491_4f6c_dd1d));
            let (b, p) = (t.as_bytes(), P::new(&t));
            for s in (0..t.len()).filter(|&s| b[s].is_ascii_digit()) {
                if !number_may_parse(b, s, &num_next) {
                    checked += 1;
                    assert!(p.parse_at(s, p.next(s)).is_none(), "{:?} at {s}", t);
                }
            }
        }
        assert!(checked > 3000, "{checked}");
        for t in [
            "50 kali",
            "Rp 3.000",
            "ada 2 unit",
            "pukul 10:29",
            "12345 Juni",
            "ke-21 Juni",
            "Rp 3,5 juta",
            "17.08 .2021",
            "sebanyak 10 ribu",
            "ada 7 kata",
        ] {
            let s = t.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
            assert!(!number_may_parse(t.as_bytes(), s, &num_next), "{t:?}");
        }
        // past a `-`, only a number before a month, a `-` or `SM`, a year or `-an`
        for t in [
            "10-12 Januari",
            "10 - 12 mei",
            "17-8-2021",
            "1800-1850",
            "1800 - .1850",
            "650 - 279 SM",
            "65-30 sebelum",
            "80-an",
            "1 -\u{a0}3 Mei",
            "1-3\u{a0}Mei",
            "1-\u{2013}",
        ] {
            assert!(number_may_parse(t.as_bytes(), 0, &num_next), "{t:?}");
        }
        for t in [
            "2-1 untuk",
            "13-19 tahun",
            "1-3 kali",
            "5-",
            "5 - x",
            "5-2 x",
            "123-4 kali",
        ] {
            assert!(!number_may_parse(t.as_bytes(), 0, &num_next), "{t:?}");
            let p = P::new(t);
            assert!(p.parse_at(0, p.next(0)).is_none(), "{t:?}");
        }
        // glued to dashes: every number the test rejects has no date
        let pieces = [
            "1", "12", "31", "2014", "1800", "1850", "123", "-", " - ", "-an", "- ", "Mei", "juni",
            " ", "SM", "\u{a0}", ".", "x", "tahun", "/", "an",
        ];
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut rejected = 0;
        for _ in 0..200_000 {
            let mut t = String::from(["1", "12", "2014", "1800", "650"][(x % 5) as usize]);
            for _ in 0..5 {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                t.push_str(pieces[(x % pieces.len() as u64) as usize]);
            }
            if !number_may_parse(t.as_bytes(), 0, &num_next) {
                rejected += 1;
                let p = P::new(&t);
                assert!(p.parse_at(0, p.next(0)).is_none(), "{t:?}");
            }
        }
        assert!(rejected > 50_000, "{rejected}");
        // what the scan skips past a failed number may hold a date after a `-`
        assert!(number_skip_is_plain(b"12.000,5 x", 0) && number_skip_is_plain(b"1-2-3", 0));
        assert!(!number_skip_is_plain(b"12,-31/12/2021", 0));
    }

    /// Where [`follower_set`] rejects the byte after a word key, `parse_word` finds no date
    /// there; and it rejects most of what follows such words in generated text.
    #[test]
    fn key_followers_are_what_parse_word_reads() {
        let tr = Triggers::new();
        let (mut rejected, mut found) = (0, 0);
        for seed in 1..60u64 {
            let t = generated(TRIGGER_WORDS, 300, seed.wrapping_mul(0x9e37_79b9_7f4a_7c15));
            let (b, p) = (t.as_bytes(), P::new(&t));
            for s in (0..t.len()).filter(|&s| t.is_char_boundary(s)) {
                let Some(tok) = p.next(s).filter(|x| x.s == s && x.kind == Kind::Word) else {
                    continue;
                };
                let date = p.parse_word(tok).is_some();
                found += usize::from(date);
                if tr.in_bucket(&b[s..]) && !tr.word_may_start(&b[s..]) {
                    rejected += 1;
                    assert!(!date, "{:?} at {s}", t);
                }
            }
        }
        assert!(rejected > 2000 && found > 500, "{rejected} {found}");
        // every key that has followers is a key of the table
        for k in WORD_KEYS
            .iter()
            .filter(|k| follower_set(k.as_bytes()) != u128::MAX)
        {
            assert!(tr.at(k.as_bytes()), "{k}");
        }
    }

    /// `tod` and `rel_after` read past a byte outside their first-byte sets only to fail:
    /// their words in any case pass the byte test, and what follows is read as before.
    #[test]
    fn tod_and_rel_after_first_bytes() {
        let words = TOD_WORDS.iter().chain(TOD_LEADS).chain(REL_PAST);
        for w in words.chain(REL_FUTURE).chain(&["yang"]) {
            for c in [w.as_bytes()[0], w.as_bytes()[0].to_ascii_uppercase()] {
                assert!(in_set(TOD_FIRST | REL_AFTER_FIRST, c), "{w}");
            }
        }
        assert!(!in_set(TOD_FIRST, b'(') && !in_set(REL_AFTER_FIRST, b','));
        // the prayer's words all end in `t`
        assert_eq!(SALAT_LAST, either_case(b"t"));
        let tod = |t: &str| P::new(t).tod(5);
        assert_eq!(tod("Senin PAGI ini"), Some(10));
        assert_eq!(tod("Senin  Dini hari"), Some(16));
        assert_eq!(tod("Senin tengah"), None);
        assert_eq!(tod("Senin, pagi"), None);
        assert_eq!(tod("Senin\npagi"), None);
        let rel = |t: &str| P::new(t).rel_after(5).map(|(e, d)| (e, d == Dir::Past));
        assert_eq!(rel("Senin LALU"), Some((10, true)));
        assert_eq!(rel("Senin depan"), Some((11, false)));
        assert_eq!(rel("Senin yang akan datang"), Some((22, false)));
        assert_eq!(rel("Senin yang baru"), None);
        assert_eq!(rel("Senin (2/3)"), None);
    }

    /// [`tanggal_may_end`] finds the words of [`TANGGAL`] before a number, in any case, and
    /// where `prev_tok` takes its general path; and no other word.
    #[test]
    fn tanggal_before_number() {
        let may = |t: &str| tanggal_may_end(t.as_bytes(), t.len() - 2);
        for t in [
            "tanggal 17",
            "TGL\t17",
            "Tg 17",
            "pada tanggal  17",
            "tangg\u{e9}l 17",
            "x'tgl 17",
            "tgl\u{a0}17",
        ] {
            assert!(may(t), "{t:?}");
        }
        for t in [
            "pasal 17",
            "ayat 17",
            "ditanggal 17",
            "17",
            " 17",
            "(17",
            ", 17",
            "Rptgl 17",
        ] {
            assert!(!may(t), "{t:?}");
        }
    }

    /// [`next_word`] reads the word `next_tok` reads, or tells it cannot; and
    /// [`count_follower_may_start`] lets through a unit before a count-end byte, `belas` and
    /// `puluh`, and rejects other words after a count.
    #[test]
    fn count_followers() {
        let at = |t: &str| next_word(t.as_bytes(), 4);
        assert_eq!(
            at("satu  Tahun lalu"),
            NextWord::Word {
                key: padded_key(b"tahun").1,
                end: 11
            }
        );
        assert_eq!(
            at("satu Pertandingan."),
            NextWord::Word {
                key: padded_key(b"pertandingan").1,
                end: 17
            }
        );
        assert_eq!(at("satu"), NextWord::End);
        assert_eq!(at("satu \t"), NextWord::End);
        assert_eq!(at("satu 5"), NextWord::Other(b'5'));
        for t in [
            "satu é",
            "satu jum'at",
            "satu tahuné",
            "satu abcdefghijklmnop",
            "satu \u{a0}",
        ] {
            assert_eq!(at(t), NextWord::Unknown, "{t:?}");
        }
        let may = |t: &str| count_follower_may_start(t.as_bytes(), 4);
        for t in [
            "satu tahun lalu",
            "satu HARI kemudian",
            "satu bulan lagi",
            "satu minggu é",
            "satu Belas",
            "satu puluh tahun",
            "satu tahun\nsilam",
        ] {
            assert!(may(t), "{t:?}");
        }
        for t in [
            "satu poin",
            "satu tahun ini",
            "satu tahun 2022",
            "satu",
            "satu 5",
            "satu hal",
            "satu pertandingan",
            "satu Komisioner,",
            "satu bulan",
            "satu tahun ke depan",
        ] {
            assert!(!may(t), "{t:?}");
        }
    }

    /// [`number_follower_may_start`] lets through every word and sign `num_may_start` lets
    /// through after a number, in either case, and rejects the quantity words after one.
    #[test]
    fn number_follower_bytes() {
        let num_next = NumNext::new();
        let may = |t: &str| number_follower_may_start(t.as_bytes(), 2, 1, &num_next);
        let units = ["hari", "minggu", "pekan", "bulan", "tahun"];
        let months = WORD_KEYS
            .iter()
            .filter(|k| month_of(k.as_bytes()).is_some());
        let words = [
            "hingga", "sampai", "sd", "s", "sm", "sebelum", "dan", "serta", "an",
        ];
        for w in words.iter().chain(months) {
            assert!(NUM_FOLLOWERS.contains(&w.as_bytes()) || month_of(w.as_bytes()).is_some());
            for w in [w.to_string(), w.to_ascii_uppercase(), capitalised(w)] {
                assert!(
                    may(&format!("5 {w}")) && may(&format!("5  {w}, lalu")),
                    "{w}"
                );
            }
        }
        for u in units {
            assert!(may(&format!("5 {u} lalu")) && may(&format!("5 {} Yang", u.to_uppercase())));
            assert!(!may(&format!("5 {u} ")) && may(&format!("5 {u} \u{a0}")));
            assert!(!may(&format!("5 {u} ke depan")) && !may(&format!("5 {u} setelah itu")));
            assert!(!may(&format!("5 {u} ini")) && !may(&format!("5 {u} 2022")));
            // four digits: no count
            let long = format!("5 {u} lalu");
            assert!(!number_follower_may_start(long.as_bytes(), 2, 4, &num_next));
        }
        for c in NUM_FOLLOWERS_PUNCT.iter().filter(|c| c.is_ascii()) {
            assert!(may(&format!("5 {c} 3 Mei")), "{c}");
        }
        for t in [
            "5 juta",
            "5 detik",
            "5 Persen",
            "5 7",
            "5 %",
            "5",
            "5  ",
            "5 (",
            "5 a.",
            "5 di",
            "5 komisioner",
            "5 Provinsi.",
            "5 kecamatan",
            "5 penyanyi",
            "5 Septembere",
        ] {
            assert!(!may(t), "{t:?}");
        }
        // what `next_tok`'s fast path does not read: may be anything
        for t in [
            "5 juné",
            "5 Jum'at",
            "5 é",
            "5 \u{2013}",
            "5 abcdefghijklmnopq",
            "5 juta’",
        ] {
            assert!(may(t), "{t:?}");
        }
    }
}
