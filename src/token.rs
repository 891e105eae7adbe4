//! Tokenizer: splits text into words, numbers, punctuation and symbols with UTF-8 byte spans.
//!
//! It knows the quirks of Indonesian news text:
//! - abbreviations and initials keep their period: `Dr.`, `H.`, `Jl.`, `S.H.`, `M.Si.`;
//! - numbers keep their separators: `15.000`, `3,5`, `31/12/2021`, `10:29`;
//! - domains stay whole: `REPUBLIKA.CO.ID`, `KOMPAS.com`, while glued sentences
//!   (`KPK.Dalam`) are split;
//! - hyphen compounds are split but marked as glued, so rules can rejoin them
//!   (`Rusia-AS`, `negara-negara`, `Jokowi-nya`);
//! - apostrophes inside words stay (`Jum'at`, `Ma’ruf`).
//!
//! ASCII text takes a byte-level fast path; other characters are classified per char, and
//! symbols (emoji and the like) are taken one grapheme cluster at a time with
//! `unicode-segmentation`, so every span lies on a char boundary.

use unicode_segmentation::UnicodeSegmentation;

/// The broad class of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Letters (and digits after a letter): `Jakarta`, `COVID19`, `Dr.`, `REPUBLIKA.CO.ID`.
    Word,
    /// Starts with a digit: `2021`, `15.000`, `31/12/2021`, `10:29`.
    Number,
    /// ASCII or Unicode punctuation: `,` `(` `-` `“`.
    Punct,
    /// Anything else: `%`, `$`, emoji, control characters.
    Symbol,
}

/// The capitalisation shape of a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// First letter upper case, the rest lower case: `Jakarta`, `Dr.`.
    Title,
    /// All letters upper case (a single capital letter counts): `KPK`, `AS`, `H.`.
    Upper,
    /// All letters lower case: `kata`.
    Lower,
    /// Any other mix of cases: `iPhone`, `KOMPAS.com`, `McDonald`.
    Mixed,
    /// Only digits and separators.
    Digits,
    /// No letters or digits (punctuation, symbols).
    Other,
}

/// One token: a byte span into the text and what kind of thing it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// Word, number, punctuation or symbol.
    pub kind: Kind,
    /// Capitalisation shape.
    pub shape: Shape,
    /// True for the first token of a sentence (first token, after `.` `!` `?`, or after a
    /// line break).
    pub sentence_start: bool,
    /// True when whitespace separates this token from the previous one (or it is the first).
    pub space_before: bool,
    /// True when a line break lies between this token and the previous one.
    pub newline_before: bool,
    /// True for a word of ASCII letters and digits only, nothing else inside (`Jakarta`,
    /// `COVID19`; not `Jum'at`, `KOMPAS.com`, `Dr.` or `Ma’ruf`).
    pub plain: bool,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }

    /// True for words whose first letter is upper case (`Title`, `Upper`, or a `Mixed` word
    /// starting with a capital).
    #[inline(always)]
    pub fn is_capitalized(&self, text: &str) -> bool {
        match self.shape {
            Shape::Title | Shape::Upper => true,
            Shape::Mixed => first_is_uppercase(&text[self.start..]),
            _ => false,
        }
    }

    /// True when this token is the single character `c`.
    #[inline]
    pub fn is(&self, text: &str, c: char) -> bool {
        let s = &text[self.start..self.end];
        let mut it = s.chars();
        it.next() == Some(c) && it.next().is_none()
    }
}

/// Does `s` start with an upper-case letter? (Out of line: only `Mixed` words ask.)
#[inline(never)]
fn first_is_uppercase(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// A token the tagger's pass picks out for a later stage (a date trigger, a capitalised
/// word): its index and its span, copied while the token is read. The later stages read
/// these in order instead of the tokens themselves, which lie far apart in a token array
/// long out of cache by then (a load that misses, for each). Spans of a tagged segment fit
/// in 32 bits (see `Tagger::each_segment`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Picked {
    /// the token's index
    pub(crate) k: u32,
    /// its first byte
    pub(crate) start: u32,
    /// one past its last byte
    pub(crate) end: u32,
}

impl Picked {
    /// Token `k` = `t`.
    #[inline(always)]
    pub(crate) fn new(k: usize, t: &Token) -> Picked {
        Picked {
            k: k as u32,
            start: t.start as u32,
            end: t.end as u32,
        }
    }
}

/// The first index at or after `from` of a token that does not start before `pos` (the
/// tokens are sorted): galloping from `from`, as it is usually a few tokens on (a binary
/// search over all the tokens would miss the cache at every probe).
pub(crate) fn first_token_from(toks: &[Token], from: usize, pos: usize) -> usize {
    // every token of `from..lo` starts before `pos`
    let (mut lo, mut step) = (from, 1);
    while lo + step <= toks.len() && toks[lo + step - 1].start < pos {
        lo += step;
        step *= 2;
    }
    let hi = (lo + step).min(toks.len());
    lo + toks[lo..hi].partition_point(|t| t.start < pos)
}

/// Byte classes, a set of bits per byte: [`WORD`] for ASCII letters and digits, with
/// [`UPPER`] or [`LOWER`] for letters; [`SPACE`] for ASCII whitespace, with [`NEWLINE`] for
/// `\n`; [`PUNCT`] for the ASCII punctuation that makes a punctuation token; [`GLUE`] for
/// the bytes after a run of ASCII letters and digits that may continue the word. Other
/// ASCII symbols are 0.
pub(crate) static ASCII_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 128 {
        let c = i as u8;
        t[i] = if c.is_ascii_uppercase() {
            WORD | UPPER
        } else if c.is_ascii_lowercase() {
            WORD | LOWER
        } else if c.is_ascii_digit() {
            WORD
        } else if c == b'\n' {
            SPACE | NEWLINE
        } else if is_ascii_space(c) {
            SPACE
        } else if c == b'.' || c == b'\'' {
            PUNCT | GLUE
        } else if is_ascii_punct(c) {
            PUNCT
        } else {
            0
        };
        i += 1;
    }
    while i < 256 {
        t[i] = GLUE;
        i += 1;
    }
    t
};
/// An ASCII letter or digit.
pub(crate) const WORD: u8 = 1;
/// An ASCII capital.
pub(crate) const UPPER: u8 = 2;
/// An ASCII lower-case letter.
pub(crate) const LOWER: u8 = 4;
/// ASCII whitespace (see [`is_ascii_space`]).
const SPACE: u8 = 8;
/// The line feed (a [`SPACE`] too).
const NEWLINE: u8 = 16;
/// ASCII punctuation (see [`is_ascii_punct`]).
const PUNCT: u8 = 32;
/// `.`, `'` and the bytes of non-ASCII chars: after ASCII letters they may continue the word
/// (`Dr.`, `Jum'at`, `Café`), so [`scan_word`] must look.
const GLUE: u8 = 64;

/// ASCII whitespace as `char::is_whitespace` has it (which, unlike
/// `u8::is_ascii_whitespace`, includes the vertical tab U+000B).
const fn is_ascii_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t'..=b'\r')
}

/// Abbreviations that keep their final period (compared case-sensitively, without the period).
fn is_abbreviation(word: &str) -> bool {
    // by the case of the first letter: the common word before a period, a lower-case one,
    // is compared with the few lower-case abbreviations only
    if word.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        return matches!(word, "dr" | "dll" | "dsb" | "dkk" | "hlm" | "vs");
    }
    word.len() <= 7
        && matches!(
            word,
            "Dr" | "Prof"
                | "Ir"
                | "Drs"
                | "Dra"
                | "Jl"
                | "Jln"
                | "Hj"
                | "Sdr"
                | "Sdri"
                | "Bpk"
                | "Tn"
                | "Ny"
                | "Nn"
                | "St"
                | "Mr"
                | "Mrs"
                | "Ms"
                | "No"
                | "Tbk"
                | "Kec"
                | "Kab"
                | "Kel"
                | "Gg"
                | "Kol"
                | "Let"
                | "Jend"
                | "Brigjen"
                | "Mayjen"
                | "Letjen"
                | "Kombes"
                | "AKBP"
                | "AKP"
                | "Ipda"
                | "Iptu"
                | "Bripka"
                | "Brig"
                | "Pol"
                | "Purn"
                | "Rp"
                | "Ket"
                | "Red"
                | "Rep"
                | "Ed"
                | "Sen"
                | "Gub"
                | "Wagub"
                | "Hlm"
                | "Vol"
                | "Inc"
                | "Ltd"
                | "Co"
                | "Corp"
                | "Jr"
                | "Sr"
                | "Bros"
                | "Kep"
        )
}

/// Lower-cased labels that may follow a dot inside a domain name.
const DOMAIN_LABELS: &[&str] = &[
    "com", "co", "id", "net", "org", "go", "ac", "or", "sch", "mil", "web", "info", "tv", "my",
    "sg", "uk", "au", "us", "news", "biz", "io",
];

#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// Combining marks and joiners that continue the letter before them.
#[inline]
fn is_combining(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0670 | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x0900..=0x0903 | 0x093A..=0x094F
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x20D0..=0x20FF
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
}

#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

/// True when the char before byte `i` is a word character (letter, digit, mark).
#[inline]
pub(crate) fn word_char_before(text: &str, i: usize) -> bool {
    text[..i].chars().next_back().is_some_and(is_word_char)
}

/// True when the char at byte `i` is a word character.
#[inline]
pub(crate) fn word_char_at(text: &str, i: usize) -> bool {
    char_at(text, i).is_some_and(is_word_char)
}

/// Splits `text` into tokens. Never panics; every span lies on char boundaries.
///
/// # Example
/// ```
/// use tandai::token::{tokenize, Kind};
/// let text = "Dr. Budi tiba 31/12/2021 di Rusia-AS.";
/// let toks: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
/// assert_eq!(toks, ["Dr.", "Budi", "tiba", "31/12/2021", "di", "Rusia", "-", "AS", "."]);
/// ```
pub fn tokenize(text: &str) -> Vec<Token> {
    // (no capacity here: `tokenize_into` reserves what it wants, and would replace a smaller
    // buffer)
    let mut out = Vec::new();
    tokenize_into(text, &mut out);
    out
}

/// Like [`tokenize`], reusing `out`'s allocation (it is cleared first).
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
    out.clear();
    // news has a token per 5-6 bytes: reserve once rather than grow (and copy) repeatedly;
    // a buffer too small for that is replaced, not grown (growing would copy its stale
    // tokens and double its size)
    let want = text.len() / 5 + 1;
    if out.capacity() < want {
        *out = Vec::with_capacity(want);
    }
    let b = text.as_bytes();
    let mut i = 0;
    // what lies between the previous token and the next one
    let mut gap = SPACE_BEFORE | SENTENCE_END;
    while let Some(&c) = b.get(i) {
        let class = ASCII_CLASS[usize::from(c)];
        if class & (UPPER | LOWER | PUNCT) != 0 {
            (i, gap) = prose(text, i, gap, out);
            continue;
        }
        if class & SPACE != 0 {
            gap |= if class & NEWLINE != 0 {
                SPACE_BEFORE | NEWLINE_BEFORE
            } else {
                SPACE_BEFORE
            };
            i += 1;
            continue;
        }
        // the token at `i`, and the sentence end it makes
        let (end, sentence_end) = match other(text, i) {
            Other::Space { end, newline } => {
                gap |= if newline {
                    SPACE_BEFORE | NEWLINE_BEFORE
                } else {
                    SPACE_BEFORE
                };
                i = end;
                continue;
            }
            Other::Token {
                end,
                kind,
                shape,
                plain,
            } => {
                push(out, gap, i, end, kind, shape, plain);
                let quote = kind == Kind::Punct && is_quote(&text[i..end]);
                (end, if quote { gap & SENTENCE_END } else { 0 })
            }
        };
        (i, gap) = single_space(end, b.get(end).copied().unwrap_or(0), sentence_end);
    }
}

/// Where the next token or gap starts after a token ending at `end` where there is the byte
/// `next`, and the gap bits with `bits`: the most common gap, a single space, is taken here
/// rather than by the loop.
#[inline(always)]
fn single_space(end: usize, next: u8, bits: u8) -> (usize, u8) {
    if next == b' ' {
        (end + 1, bits | SPACE_BEFORE)
    } else {
        (end, bits)
    }
}

/// Appends the tokens from `i` for as long as they are ASCII words and punctuation with
/// nothing but single spaces between them (a stretch of plain prose); returns where it
/// stopped and the gap there. The hot loop of [`tokenize_into`], apart so that its state
/// stays in registers.
#[inline(never)]
fn prose(text: &str, mut i: usize, mut gap: u8, out: &mut Vec<Token>) -> (usize, u8) {
    let b = text.as_bytes();
    loop {
        let Some(&c) = b.get(i) else {
            return (i, gap);
        };
        let class = ASCII_CLASS[usize::from(c)];
        // the token's end, the byte there (0 at the end of the text), the sentence end it makes
        let (end, next, sentence_end) = if class & (UPPER | LOWER) != 0 {
            let (end, shape, plain, next) = match quick_word(b, i) {
                Quick::Word { end, code, next } => {
                    // the common word, apart from the others so that their results (returned
                    // in memory) do not pass through memory here too
                    push_prose(out, gap, i, end, code);
                    (i, gap) = single_space(end, next, 0);
                    continue;
                }
                Quick::Glued { end, code, next } => {
                    glued_word(text, i, end, code_shape(code), next)
                }
                Quick::Other => {
                    let (end, shape, plain) = any_ascii_word(text, i);
                    (end, shape, plain, b.get(end).copied().unwrap_or(0))
                }
            };
            push(out, gap, i, end, Kind::Word, shape, plain);
            (end, next, 0)
        } else if class & PUNCT != 0 {
            // one byte per token
            push_prose(out, gap, i, i + 1, NO_LETTERS);
            let next = b.get(i + 1).copied().unwrap_or(0);
            (i + 1, next, sentence_end(c, gap))
        } else {
            return (i, gap);
        };
        (i, gap) = single_space(end, next, sentence_end);
    }
}

/// Bits of the gap between two tokens: whitespace separates them.
const SPACE_BEFORE: u8 = 1;
/// A line break separates them.
const NEWLINE_BEFORE: u8 = 2;
/// The token before ends a sentence (`.` `!` `?`, a quote right after one), or there is none.
const SENTENCE_END: u8 = 4;

/// Appends a token with the flags of the `gap` before it.
#[inline(always)]
fn push(
    out: &mut Vec<Token>,
    gap: u8,
    start: usize,
    end: usize,
    kind: Kind,
    shape: Shape,
    plain: bool,
) {
    // the gap's flags copied from a prose token (see `push_prose`), then the rest set
    let mut token = PROSE_TOKENS[usize::from(gap & 7)];
    (token.start, token.end) = (start, end);
    (token.kind, token.shape, token.plain) = (kind, shape, plain);
    out.push(token);
}

/// A token with the flags of the `gap` before it.
#[inline(always)]
const fn gapped(gap: u8, start: usize, end: usize, kind: Kind, shape: Shape, plain: bool) -> Token {
    Token {
        start,
        end,
        kind,
        shape,
        sentence_start: gap & (SENTENCE_END | NEWLINE_BEFORE) != 0,
        space_before: gap & SPACE_BEFORE != 0,
        newline_before: gap & NEWLINE_BEFORE != 0,
        plain,
    }
}

/// Appends an ASCII word of letters whose [letter code](LetterCode) is `code`, or an ASCII
/// punctuation token for [`NO_LETTERS`], with the flags of the `gap` before it: the six
/// bytes after the span copied from [`PROSE_TOKENS`] rather than worked out one by one.
#[inline(always)]
fn push_prose(out: &mut Vec<Token>, gap: u8, start: usize, end: usize, code: LetterCode) {
    let mut token = PROSE_TOKENS[usize::from(gap & 7) | (code & 7) << 3];
    (token.start, token.end) = (start, end);
    out.push(token);
}

/// The tokens [`push_prose`] appends, but for their span, by `gap | code << 3`.
static PROSE_TOKENS: [Token; 64] = {
    let mut t = [gapped(0, 0, 0, Kind::Punct, Shape::Other, false); 64];
    let mut k = 0;
    while k < 64 {
        let (gap, code) = ((k & 7) as u8, k >> 3);
        let word = code & 3 != 0;
        let kind = if word { Kind::Word } else { Kind::Punct };
        t[k] = gapped(gap, 0, 0, kind, code_shape(code), word);
        k += 1;
    }
    t
};

/// [`SENTENCE_END`] when the ASCII punctuation `c` after `gap` ends a sentence: `.` `!` `?`,
/// or a quote right after one.
#[inline(always)]
fn sentence_end(c: u8, gap: u8) -> u8 {
    // (a lookup and a few operations rather than branches on `c`; the last mask tells the
    // compiler that the gap stays within its three bits)
    let ends = SENTENCE_ENDS[usize::from(c)];
    (ends >> 4 | gap) & ends & SENTENCE_END
}

/// By byte, how it ends a sentence ([`sentence_end`]): [`SENTENCE_END`] for the bytes that may
/// (`.` `!` `?` and the quotes `"` `'`), and that bit shifted up four more for those that do
/// whatever the gap before them (`.` `!` `?`); 0 for the others. The gap has no bits there.
static SENTENCE_ENDS: [u8; 256] = {
    let mut t = [0; 256];
    t[b'.' as usize] = SENTENCE_END << 4 | SENTENCE_END;
    t[b'!' as usize] = SENTENCE_END << 4 | SENTENCE_END;
    t[b'?' as usize] = SENTENCE_END << 4 | SENTENCE_END;
    t[b'"' as usize] = SENTENCE_END;
    t[b'\'' as usize] = SENTENCE_END;
    t
};

/// False when the digits before `end` make the whole number [`scan_number`] finds: unless a
/// separator and a digit (`15.000`) or a non-ASCII char (which may be a letter) come next.
/// The byte at `end` is no ASCII letter or digit.
#[inline(always)]
fn number_goes_on(b: &[u8], end: usize) -> bool {
    match b.get(end) {
        Some(b'.' | b',' | b':' | b'/') => b.get(end + 1).is_some_and(u8::is_ascii_digit),
        Some(&c) => c >= 0x80,
        None => false,
    }
}

/// What starts at a byte that is no ASCII letter, whitespace or punctuation.
enum Other {
    /// Non-ASCII whitespace up to `end`, a line break or not.
    Space { end: usize, newline: bool },
    /// A token.
    Token {
        end: usize,
        kind: Kind,
        shape: Shape,
        plain: bool,
    },
}

/// The token (or non-ASCII whitespace) at `i`, which is a digit, an ASCII symbol or a
/// non-ASCII char.
#[inline(never)]
fn other(text: &str, i: usize) -> Other {
    let b = text.as_bytes();
    let (end, kind) = if b[i].is_ascii_digit() {
        let run = alnum_run(b, i);
        if run.rest == 0 && !number_goes_on(b, run.end) {
            // digits alone, the common number
            return Other::Token {
                end: run.end,
                kind: Kind::Number,
                shape: Shape::Digits,
                plain: false,
            };
        }
        scan_number(text, i)
    } else if b[i] < 0x80 {
        (i + 1, Kind::Symbol)
    } else {
        let ch = char_at(text, i).unwrap_or('\u{FFFD}');
        if ch.is_whitespace() {
            return Other::Space {
                end: i + ch.len_utf8(),
                newline: matches!(ch, '\u{2028}' | '\u{2029}' | '\u{85}'),
            };
        }
        non_ascii_token(text, i, ch)
    };
    let (shape, plain) = classified(text, i, end, kind);
    Other::Token {
        end,
        kind,
        shape,
        plain,
    }
}

/// The shape of the token `text[start..end]` of `kind` found by the general scanners, and
/// whether it is a plain word.
fn classified(text: &str, start: usize, end: usize, kind: Kind) -> (Shape, bool) {
    let s = &text[start..end];
    let plain = kind == Kind::Word && s.bytes().all(|c| c.is_ascii_alphanumeric());
    (shape_of(s, kind), plain)
}

/// What [`quick_word`] finds.
enum Quick {
    /// A word of ASCII letters of [letter code](LetterCode) `code` up to `end`, where there is
    /// the byte `next` (0 at the end of the text).
    Word {
        end: usize,
        code: LetterCode,
        next: u8,
    },
    /// ASCII letters of code `code` up to `end`, where a `.` or `'` (`next`) may go on with
    /// the word (that [`glued_word`] finishes).
    Glued {
        end: usize,
        code: LetterCode,
        next: u8,
    },
    /// A word for [`any_ascii_word`].
    Other,
}

/// The word at `i`, an ASCII letter, when it is a common one: up to 16 ASCII letters, ended by no `.`, `'`,
/// digit or non-ASCII char (which [`scan_word`] would look at). Its end, shape and
/// plainness are those [`scan_word`], [`shape_of`] and [`classified`] give.
#[inline(always)]
fn quick_word(b: &[u8], i: usize) -> Quick {
    let first = Chunk::at(b, i, false);
    let first_upper = first.upper & 0x80 != 0;
    let mut rest_upper = first.upper & !0x80;
    let mut any_lower = first.lower;
    let mut chunk = first;
    let mut j = i;
    if chunk.stop == 0 {
        j += 8;
        chunk = Chunk::at(b, j, false);
        if chunk.stop == 0 {
            return Quick::Other;
        }
        rest_upper |= chunk.upper;
        any_lower |= chunk.lower;
    }
    let run = chunk.run_end(j, 0);
    let code = letter_code(any_lower != 0, first_upper, rest_upper != 0);
    if ASCII_CLASS[usize::from(run.next)] & (GLUE | WORD) == 0 {
        return Quick::Word {
            end: run.end,
            code,
            next: run.next,
        };
    }
    if matches!(run.next, b'.' | b'\'') {
        return Quick::Glued {
            end: run.end,
            code,
            next: run.next,
        };
    }
    Quick::Other
}

/// The word at `start` whose ASCII letters of `shape` run to `run_end`, where the `.` or `'`
/// `next` is: its end, shape, plainness (as [`scan_word`], [`shape_of`] and [`classified`]
/// give them) and the byte at its end (0 at the end of the text).
#[inline(never)]
fn glued_word(
    text: &str,
    start: usize,
    run_end: usize,
    shape: Shape,
    next: u8,
) -> (usize, Shape, bool, u8) {
    let b = text.as_bytes();
    let end = match b.get(run_end + 1) {
        // a period before no letter: only abbreviations and initials keep it
        Some(c) if next == b'.' && c.is_ascii() && !c.is_ascii_alphabetic() => {
            let word = &text[start..run_end];
            run_end + usize::from(is_initial(word) || is_abbreviation(word))
        }
        // a sentence glued to a word of three letters or more (`lalu.Beberapa`): no initial,
        // and a word of five letters or digits after the period is no domain label
        _ if next == b'.'
            && run_end - start > 2
            && b.get(run_end + 1..run_end + 6)
                .is_some_and(|s| s.iter().all(u8::is_ascii_alphanumeric)) =>
        {
            run_end
        }
        _ => finish_word(text, start, run_end),
    };
    let byte_at_end = b.get(end).copied().unwrap_or(0);
    if end > run_end + 1 {
        // a domain, an initials chain or an inner apostrophe
        let (shape, plain) = classified(text, start, end, Kind::Word);
        return (end, shape, plain, byte_at_end);
    }
    // the letters alone, or with the period after them (no letter, so the same shape)
    (end, shape, end == run_end, byte_at_end)
}

/// The word at `start`, an ASCII letter, with its shape and plainness: a run of ASCII
/// letters and digits of any length, going on over `.`, `'` or non-ASCII chars as
/// [`scan_word`] goes.
#[inline(never)]
fn any_ascii_word(text: &str, start: usize) -> (usize, Shape, bool) {
    let b = text.as_bytes();
    let first = ASCII_CLASS[usize::from(b[start])];
    let run = alnum_run(b, start + 1);
    let end = match run.next {
        b'.' | b'\'' => finish_word(text, start, run.end),
        0x80.. => scan_word(text, start),
        _ => run.end,
    };
    if end > run.end + 1 || run.next >= 0x80 {
        // more than the run and a final period
        let (shape, plain) = classified(text, start, end, Kind::Word);
        return (end, shape, plain);
    }
    // the run alone, or with the period after it (no letter, so the same shape)
    (end, ascii_shape(first, run.rest), end == run.end)
}

/// The shape of an ASCII word whose first letter has class `first`, the rest of it the
/// union of classes `rest`.
#[inline]
fn ascii_shape(first: u8, rest: u8) -> Shape {
    let first_upper = first & UPPER != 0;
    letters_shape(
        !first_upper || rest & LOWER != 0,
        first_upper,
        rest & UPPER != 0,
    )
}

/// The shape of a word whose letters are ASCII: with any lower-case letter, a capital first,
/// a capital after the first.
#[inline(always)]
const fn letters_shape(any_lower: bool, first_upper: bool, rest_upper: bool) -> Shape {
    match (any_lower, first_upper, rest_upper) {
        (false, ..) => Shape::Upper,
        (true, false, false) => Shape::Lower,
        (true, true, false) => Shape::Title,
        (true, _, true) => Shape::Mixed,
    }
}

/// What [`letters_shape`] needs to know of a run of ASCII letters, in three bits: bit 0 when
/// any is lower case, bit 1 when the first is a capital, bit 2 when a later one is. A run of
/// one letter or more has bit 0 or bit 1; [`NO_LETTERS`] is no run.
type LetterCode = usize;

/// The [`LetterCode`] of no letters (a punctuation token).
const NO_LETTERS: LetterCode = 0;

/// The [`LetterCode`] of letters of which any is lower case, the first is a capital, a later
/// one is a capital.
#[inline(always)]
fn letter_code(any_lower: bool, first_upper: bool, rest_upper: bool) -> LetterCode {
    usize::from(any_lower) | usize::from(first_upper) << 1 | usize::from(rest_upper) << 2
}

/// The shape of letters of [`LetterCode`] `code` ([`Shape::Other`] for no letters).
const fn code_shape(code: LetterCode) -> Shape {
    if code & 3 == 0 {
        Shape::Other
    } else {
        letters_shape(code & 1 != 0, code & 2 != 0, code & 4 != 0)
    }
}

/// The eight bytes from `j` as a little-endian `u64`; past the end of `b`, zero bytes (which
/// are no letters or digits).
#[inline(always)]
fn load8(b: &[u8], j: usize) -> u64 {
    match b.split_at_checked(j) {
        Some((_, rest)) => match rest.first_chunk::<8>() {
            Some(chunk) => u64::from_le_bytes(*chunk),
            None => load_tail(rest),
        },
        None => 0,
    }
}

/// [`load8`] for the last seven bytes or fewer.
#[cold]
#[inline(never)]
fn load_tail(rest: &[u8]) -> u64 {
    let mut x = [0u8; 8];
    let n = rest.len().min(8);
    x[..n].copy_from_slice(&rest[..n]);
    u64::from_le_bytes(x)
}

/// A run of ASCII letters (and digits), as [`alnum_run`] and [`Chunk::run_end`] find it.
#[derive(Debug, PartialEq, Eq)]
struct AlnumRun {
    /// Where it ends.
    end: usize,
    /// The byte at `end`, 0 at the end of the text.
    next: u8,
    /// The union of the [`UPPER`] and [`LOWER`] bits of its bytes.
    rest: u8,
}

/// The run of ASCII letters and digits starting at `j`.
fn alnum_run(b: &[u8], mut j: usize) -> AlnumRun {
    let mut rest = 0;
    loop {
        let chunk = Chunk::at(b, j, true);
        if chunk.stop != 0 {
            return chunk.run_end(j, rest);
        }
        rest = chunk.rest(rest);
        j += 8;
    }
}

/// Eight bytes of text as the bytes of a `u64` (SWAR), and bit 7 of each byte set in masks of
/// what the byte is.
///
/// For a byte `v < 0x80` and a `k <= 0x80`, bit 7 of `(v | 0x80) - k` is set exactly when
/// `v >= k`, and no byte borrows from the next since every `v | 0x80 >= k`. Bytes `>= 0x80`
/// are never letters or digits.
struct Chunk {
    /// The bytes, the first in the lowest bits; zero bytes past the end of the text.
    x: u64,
    /// The bytes that are not ASCII letters (or digits, when asked for).
    stop: u64,
    /// The capitals before the first `stop` byte.
    upper: u64,
    /// The lower-case letters before the first `stop` byte.
    lower: u64,
}

impl Chunk {
    const ONES: u64 = u64::MAX / 255;
    const HIGH: u64 = Self::ONES * 0x80;

    /// The eight bytes from `j`; `digits` when digits do not stop the run.
    #[inline(always)]
    fn at(b: &[u8], j: usize, digits: bool) -> Chunk {
        let x = load8(b, j);
        // bit 7 of each byte of `v` that is >= `k`
        let at_least = |v: u64, k: u8| v.wrapping_sub(Self::ONES * u64::from(k)) & Self::HIGH;
        let high = x | Self::HIGH;
        // letters fold to lower case by setting bit 5
        let folded = high | (Self::ONES * 0x20);
        let mut word = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
        if digits {
            word |= at_least(high, b'0') & !at_least(high, b'9' + 1);
        }
        let stop = (word & !x) ^ Self::HIGH;
        // all bits below the first `stop` bit (all bits when there is none)
        let run = stop.wrapping_sub(1) & !stop;
        // among letters and digits, bit 5 is clear in capitals only, bit 6 in digits only
        // (among letters alone, bit 5 tells them apart)
        let bit5 = x << 2;
        let lower = if digits { bit5 & (x << 1) } else { bit5 };
        Chunk {
            x,
            stop,
            upper: run & !bit5 & Self::HIGH,
            lower: run & lower & Self::HIGH,
        }
    }

    /// `rest` with the classes of the letters before the first `stop` byte.
    #[inline(always)]
    fn rest(&self, rest: u8) -> u8 {
        let class = |set: u64, class: u8| if set != 0 { class } else { 0 };
        rest | class(self.upper, UPPER) | class(self.lower, LOWER)
    }

    /// The run that ends in this chunk, which starts at byte `j` of the text, after bytes of
    /// the classes `rest`.
    #[inline(always)]
    fn run_end(&self, j: usize, rest: u8) -> AlnumRun {
        // bit 7 of byte k is bit 8k + 7
        let stop_bit = self.stop.trailing_zeros();
        AlnumRun {
            end: j + (stop_bit / 8) as usize,
            next: (self.x >> (stop_bit - 7)) as u8,
            rest: self.rest(rest),
        }
    }
}

/// The ASCII characters that make a punctuation token.
const fn is_ascii_punct(c: u8) -> bool {
    matches!(
        c,
        b'.' | b','
            | b';'
            | b':'
            | b'!'
            | b'?'
            | b'\''
            | b'"'
            | b'('
            | b')'
            | b'['
            | b']'
            | b'{'
            | b'}'
            | b'-'
            | b'/'
            | b'\\'
            | b'_'
    )
}

fn is_quote(s: &str) -> bool {
    matches!(s, "\"" | "'" | "“" | "”" | "‘" | "’" | "»" | "«")
}

/// The end and kind of the token at `i`, whose first char `ch` is neither ASCII nor
/// whitespace: a word, a number, a punctuation mark, else a symbol of one grapheme cluster
/// (emoji with modifiers, a lone mark).
fn non_ascii_token(text: &str, i: usize, ch: char) -> (usize, Kind) {
    if ch.is_alphabetic() {
        (scan_word(text, i), Kind::Word)
    } else if ch.is_numeric() {
        (scan_word(text, i), Kind::Number)
    } else if is_unicode_punct(ch) {
        (i + ch.len_utf8(), Kind::Punct)
    } else {
        let g = text[i..]
            .graphemes(true)
            .next()
            .map_or(ch.len_utf8(), str::len);
        (i + g, Kind::Symbol)
    }
}

fn is_unicode_punct(c: char) -> bool {
    matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F | 0xFF01..=0xFF0F)
        || matches!(c, '«' | '»' | '¡' | '¿' | '·' | '§' | '¶')
}

/// Scans a word starting at `i` (a letter). Handles apostrophes inside words, abbreviations
/// with periods, initials chains (`S.H.`, `M.Si.`) and domains.
fn scan_word(text: &str, start: usize) -> usize {
    finish_word(text, start, scan_alnum(text, start))
}

/// Goes on with the word `text[start..i]`, `i` being where [`scan_alnum`] stopped: over
/// apostrophes between letters, then over abbreviation periods, initials and domains.
fn finish_word(text: &str, start: usize, mut i: usize) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    // apostrophe between letters: Jum'at, Ma’ruf
    while i < n {
        let apos_len = apostrophe_in_word(text, start, i);
        if apos_len == 0 {
            break;
        }
        i = scan_alnum(text, i + apos_len);
    }
    word_periods(text, start, i)
}

/// The length of an apostrophe (`'` or `’`) at `i` inside the word that starts at `start`
/// (after some of it, before a letter: `Jum'at`, `Ma’ruf`), else 0.
fn apostrophe_in_word(text: &str, start: usize, i: usize) -> usize {
    let apos_len = if text.as_bytes()[i] == b'\'' {
        1
    } else if text[i..].starts_with('’') {
        3
    } else {
        return 0;
    };
    let letter_after = text[i + apos_len..]
        .chars()
        .next()
        .is_some_and(char::is_alphabetic);
    if letter_after && i > start {
        apos_len
    } else {
        0
    }
}

/// Goes on with the word `text[start..i]` over a period after it: an abbreviation or an
/// initial takes it (`Dr.`, `M.`), an initials chain (`S.H.`, `M.Si.`) or a domain
/// (`REPUBLIKA.CO.ID`) the rest; returns where the word ends.
fn word_periods(text: &str, start: usize, i: usize) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    if i < n && b[i] == b'.' {
        let word = &text[start..i];
        let next = char_at(text, i + 1);
        if next.is_some_and(char::is_alphabetic) {
            // a dot followed by a letter: domain (REPUBLIKA.CO.ID) or initials chain (S.H.)
            let seg_end = scan_alnum(text, i + 1);
            let seg = &text[i + 1..seg_end];
            if is_domain_label(seg) {
                let mut j = seg_end;
                while j < n && b[j] == b'.' {
                    let e = scan_alnum(text, j + 1);
                    if e > j + 1 && is_domain_label(&text[j + 1..e]) {
                        j = e;
                    } else {
                        break;
                    }
                }
                return j;
            }
            // initials chain: short letter groups each followed by a period: S.H. M.Si. Ph.D.
            if word.len() <= 2 && seg.len() <= 3 && seg_end < n && b[seg_end] == b'.' {
                let mut j = seg_end + 1;
                loop {
                    let e = if char_at(text, j).is_some_and(char::is_alphabetic) {
                        scan_alnum(text, j)
                    } else {
                        j
                    };
                    if e > j && e - j <= 3 && e < n && b[e] == b'.' {
                        j = e + 1;
                    } else {
                        break;
                    }
                }
                return j;
            }
            // a single initial glued to the next word (M.Nuh): keep the initial alone
            if is_initial(word) {
                return i + 1;
            }
            return i;
        }
        if is_initial(word) || is_abbreviation(word) {
            return i + 1;
        }
    }
    i
}

fn is_initial(word: &str) -> bool {
    let mut it = word.chars();
    matches!((it.next(), it.next()), (Some(c), None) if c.is_uppercase())
}

fn is_domain_label(seg: &str) -> bool {
    seg.len() <= 4 && DOMAIN_LABELS.iter().any(|d| d.eq_ignore_ascii_case(seg))
}

/// Advances over letters, digits and combining marks.
#[inline]
fn scan_alnum(text: &str, mut i: usize) -> usize {
    let b = text.as_bytes();
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            if c.is_ascii_alphanumeric() {
                i += 1;
            } else {
                break;
            }
        } else {
            match char_at(text, i) {
                Some(ch) if is_word_char(ch) => i += ch.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Scans a number: digits with inner `.` `,` `:` `/` between digits (`15.000`, `3,5`,
/// `31/12/2021`, `10:29`). Digits followed by letters make a word (`5G`, `10km`).
fn scan_number(text: &str, start: usize) -> (usize, Kind) {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = start;
    while i < n && b[i].is_ascii_digit() {
        i += 1;
    }
    while i + 1 < n && matches!(b[i], b'.' | b',' | b':' | b'/') && b[i + 1].is_ascii_digit() {
        i += 1;
        while i < n && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i < n && word_char_at(text, i) {
        return (scan_word(text, i).max(i), Kind::Word);
    }
    (i, Kind::Number)
}

fn shape_of(s: &str, kind: Kind) -> Shape {
    match kind {
        Kind::Number => return Shape::Digits,
        Kind::Punct | Kind::Symbol => return Shape::Other,
        Kind::Word => {}
    }
    let mut upper = 0usize;
    let mut lower = 0usize;
    let mut first_upper = false;
    let mut first = true;
    let mut lower_after_first = 0usize;
    let mut upper_after_first = 0usize;
    for c in s.chars() {
        if c.is_uppercase() {
            upper += 1;
            if first {
                first_upper = true;
            } else {
                upper_after_first += 1;
            }
            first = false;
        } else if c.is_lowercase() {
            lower += 1;
            if !first {
                lower_after_first += 1;
            }
            first = false;
        } else if c.is_alphabetic() {
            first = false;
        }
    }
    let _ = lower_after_first;
    if upper == 0 && lower == 0 {
        if s.bytes()
            .all(|c| c.is_ascii_digit() || !c.is_ascii_alphanumeric())
        {
            return Shape::Digits;
        }
        return Shape::Mixed;
    }
    if lower == 0 {
        Shape::Upper
    } else if upper == 0 {
        Shape::Lower
    } else if first_upper && upper_after_first == 0 {
        Shape::Title
    } else {
        Shape::Mixed
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn fast_paths_agree_with_the_general_scan() {
        // the word fast path of `tokenize_into` against `scan_word` and `shape_of`: words of
        // every length up to 20 in several case patterns, ended in several ways
        let letters = "abcdefghijklmnopqrstuvwxyz0123456789";
        for len in 1..=20 {
            let base: String = letters.chars().cycle().skip(len).take(len).collect();
            let title = {
                let mut c = base.chars();
                c.next()
                    .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
            };
            let mixed: String = base
                .chars()
                .enumerate()
                .map(|(k, ch)| {
                    if k % 5 == 3 {
                        ch.to_ascii_uppercase()
                    } else {
                        ch
                    }
                })
                .collect();
            for word in [base.clone(), title, base.to_uppercase(), mixed] {
                if !word.starts_with(|c: char| c.is_ascii_alphabetic()) {
                    continue;
                }
                for end in ["", " x", ", x", ".", "'s", "é", "-x", "\n"] {
                    let text = format!("{word}{end}");
                    let t = tokenize(&text)[0];
                    let e = scan_word(&text, 0);
                    assert_eq!((t.start, t.end), (0, e), "{text:?}");
                    assert_eq!(t.shape, shape_of(&text[..e], Kind::Word), "{text:?}");
                    assert_eq!(
                        t.plain,
                        text[..e].bytes().all(|b| b.is_ascii_alphanumeric())
                    );
                }
            }
        }
    }

    /// The tokenizer as it was before the single-pass ASCII word scan (commit 749d0a7),
    /// kept to check that the fast paths give every token exactly as it gave them.
    mod reference {
        use super::super::{
            ASCII_CLASS, Kind, LOWER, Shape, Token, UPPER, WORD, apostrophe_in_word, char_at,
            is_ascii_punct, is_quote, non_ascii_token, scan_alnum, scan_number, shape_of,
            word_periods,
        };

        pub(super) fn tokenize_into(text: &str, out: &mut Vec<Token>) {
            out.clear();
            // news has a token per 5-6 bytes: reserve once rather than grow (and copy) repeatedly
            out.reserve(text.len() / 5 + 1);
            let b = text.as_bytes();
            let n = b.len();
            let mut i = 0;
            let mut space_before = true;
            let mut newline_before = false;
            let mut sentence_start = true;
            while i < n {
                let c = b[i];
                // whitespace: as `char::is_whitespace` (which, unlike `u8::is_ascii_whitespace`,
                // includes the vertical tab U+000B)
                if matches!(c, b' ' | b'\t'..=b'\r') {
                    if c == b'\n' {
                        newline_before = true;
                    }
                    space_before = true;
                    i += 1;
                    continue;
                }
                // fast path: an ASCII word of letters and digits ended by a space or by punctuation
                // other than the period and apostrophe that `scan_word` must look at
                if c.is_ascii_alphabetic() {
                    let mut j = i + 1;
                    // the union of the classes of the bytes after the first
                    let mut rest = 0u8;
                    while j < n {
                        let cl = ASCII_CLASS[usize::from(b[j])];
                        // (`cl == 0` when the table had no other bits than WORD, UPPER, LOWER)
                        if cl & WORD == 0 {
                            break;
                        }
                        rest |= cl;
                        j += 1;
                    }
                    if j == n || (b[j] < 0x80 && b[j] != b'.' && b[j] != b'\'') {
                        let first_upper = c.is_ascii_uppercase();
                        let any_lower = !first_upper || rest & LOWER != 0;
                        let any_upper = first_upper || rest & UPPER != 0;
                        let shape = if !any_lower {
                            Shape::Upper
                        } else if !any_upper {
                            Shape::Lower
                        } else if first_upper && rest & UPPER == 0 {
                            Shape::Title
                        } else {
                            Shape::Mixed
                        };
                        out.push(Token {
                            start: i,
                            end: j,
                            kind: Kind::Word,
                            shape,
                            sentence_start: sentence_start || newline_before,
                            space_before,
                            newline_before,
                            plain: true,
                        });
                        sentence_start = false;
                        space_before = false;
                        newline_before = false;
                        i = j;
                        continue;
                    }
                }
                // fast path: ASCII punctuation, one byte per token
                if is_ascii_punct(c) {
                    out.push(Token {
                        start: i,
                        end: i + 1,
                        kind: Kind::Punct,
                        shape: Shape::Other,
                        sentence_start: sentence_start || newline_before,
                        space_before,
                        newline_before,
                        plain: false,
                    });
                    sentence_start = matches!(c, b'.' | b'!' | b'?')
                        || (sentence_start && matches!(c, b'"' | b'\''));
                    space_before = false;
                    newline_before = false;
                    i += 1;
                    continue;
                }
                let (end, kind) = if c.is_ascii_alphabetic() {
                    (scan_word(text, i), Kind::Word)
                } else if c.is_ascii_digit() {
                    scan_number(text, i)
                } else if c < 0x80 {
                    (i + 1, Kind::Symbol)
                } else {
                    let ch = char_at(text, i).unwrap_or('\u{FFFD}');
                    if ch.is_whitespace() {
                        if ch == '\u{2028}' || ch == '\u{2029}' || ch == '\u{85}' {
                            newline_before = true;
                        }
                        space_before = true;
                        i += ch.len_utf8();
                        continue;
                    }
                    non_ascii_token(text, i, ch)
                };
                let shape = shape_of(&text[i..end], kind);
                let sent = sentence_start || newline_before;
                out.push(Token {
                    start: i,
                    end,
                    kind,
                    shape,
                    sentence_start: sent,
                    space_before,
                    newline_before,
                    plain: kind == Kind::Word
                        && text.as_bytes()[i..end]
                            .iter()
                            .all(u8::is_ascii_alphanumeric),
                });
                sentence_start = kind == Kind::Punct && matches!(b[i], b'.' | b'!' | b'?')
                    || (sentence_start && kind == Kind::Punct && is_quote(&text[i..end]));
                space_before = false;
                newline_before = false;
                i = end;
            }
        }

        pub(super) fn scan_word(text: &str, start: usize) -> usize {
            let b = text.as_bytes();
            let n = b.len();
            let mut i = start;
            // letters, digits, marks
            loop {
                i = scan_alnum(text, i);
                // apostrophe between letters: Jum'at, Ma’ruf
                if i < n {
                    let apos_len = apostrophe_in_word(text, start, i);
                    if apos_len > 0 {
                        i += apos_len;
                        continue;
                    }
                }
                break;
            }
            // (apostrophes and periods did not change: the tokenizer's own code)
            word_periods(text, start, i)
        }
    }

    #[test]
    fn a_reused_buffer_gives_the_tokens_of_a_new_one() {
        let mut buf = Vec::new();
        let texts = [
            "Presiden Joko Widodo tiba di Jakarta.".repeat(3),
            String::new(),
            "Kata Sri Mulyani, 10 Januari 2022.".repeat(40),
            "A b".to_string(),
            "x".repeat(10),
        ];
        for text in &texts {
            tokenize_into(text, &mut buf);
            assert_eq!(buf, tokenize(text), "{text:?}");
            assert!(
                buf.capacity() > text.len() / 5,
                "room for a token per five bytes"
            );
        }
    }

    /// Tokens of the new and the reference tokenizer, and the word scans from every char.
    fn check_against_reference(text: &str) -> Result<(), TestCaseError> {
        let mut new = Vec::new();
        tokenize_into(text, &mut new);
        let mut old = Vec::new();
        reference::tokenize_into(text, &mut old);
        // the first token that differs, with the text around it
        if let Some(k) = (0..new.len().max(old.len())).find(|&k| new.get(k) != old.get(k)) {
            let at = new.get(k).or(old.get(k)).map_or(0, |t| t.start);
            let around: String = text[at..].chars().take(20).collect();
            prop_assert!(
                false,
                "token {}: {:?}, reference {:?}, at {:?}",
                k,
                new.get(k),
                old.get(k),
                around
            );
        }
        for (i, _) in text.char_indices() {
            prop_assert_eq!(
                scan_word(text, i),
                reference::scan_word(text, i),
                "{:?} at {}",
                text,
                i
            );
        }
        Ok(())
    }

    /// Pieces that random texts are made of: ASCII of every class, abbreviations, initials,
    /// domain labels, numbers, apostrophes, non-ASCII letters and marks, emoji, Unicode
    /// whitespace and punctuation, control characters.
    const PIECES: &[&str] = &[
        "a",
        "Z",
        "q",
        "0",
        "7",
        "kata",
        "Jakarta",
        "KPK",
        "iPhone",
        "COVID19",
        "abcdefgh",
        "ABCDEFGHIJKLMNOPQ",
        "Xyzzyplughxyzzyplugh",
        "Dr",
        "dr",
        "Jl",
        "Prof",
        "AKBP",
        "S",
        "H",
        "M",
        "Si",
        "Ph",
        "D",
        "co",
        "CO",
        "id",
        "com",
        "go",
        "REPUBLIKA",
        "15.000",
        "3,5",
        "31/12/2021",
        "10:29",
        "5G",
        "1990",
        ".",
        ".",
        ".",
        "'",
        "'",
        "’",
        "!",
        "?",
        "\"",
        ",",
        "-",
        "/",
        ":",
        "(",
        ")",
        "_",
        "\\",
        "%",
        "$",
        "@",
        "#",
        "~",
        "`",
        "\u{7f}",
        " ",
        " ",
        " ",
        "  ",
        "\n",
        "\n\n",
        "\t",
        "\r",
        "\u{b}",
        "\u{c}",
        "\u{0}",
        "\u{1}",
        "\u{1b}",
        "\u{85}",
        "\u{a0}",
        "\u{2028}",
        "\u{2029}",
        "\u{3000}",
        "é",
        "É",
        "ß",
        "ǅ",
        "İ",
        "\u{301}",
        "\u{200d}",
        "\u{fe0f}",
        "ا\u{64e}",
        "中文",
        "٣",
        "Ⅻ",
        "²",
        "👋🏽",
        "👨\u{200d}👩",
        "🇮🇩",
        "“",
        "”",
        "‘",
        "«",
        "»",
        "¿",
        "§",
        "—",
        "…",
        "\u{feff}",
    ];

    fn text_strategy() -> impl Strategy<Value = String> {
        let piece = prop_oneof![
            4 => proptest::sample::select(PIECES).prop_map(str::to_owned),
            1 => any::<char>().prop_map(String::from),
            1 => "[ -~]{1,12}",
        ];
        proptest::collection::vec(piece, 0..40).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn same_tokens_as_the_reference(text in text_strategy()) {
            check_against_reference(&text)?;
        }

        #[test]
        fn same_tokens_as_the_reference_on_any_string(text in any::<String>()) {
            check_against_reference(&text)?;
        }
    }

    #[test]
    fn same_tokens_as_the_reference_on_the_corpus() {
        let text = include_str!("../benches/corpus/berita-sintetis.txt");
        check_against_reference(text).unwrap();
        // and on every prefix cut of a stretch of it, so words end at the end of the text
        for end in 0..400 {
            if text.is_char_boundary(end) {
                check_against_reference(&text[..end]).unwrap();
            }
        }
    }

    #[test]
    fn words_around_every_byte() {
        // runs of 0 to 20 letters and digits before each ASCII char and a few others, at the
        // end of the text or before more text: the eight-byte scan at every offset
        let run = "aB3xYz9QqWwEeRrTtUu0";
        for len in 0..=run.len() {
            for c in (0u8..0x80)
                .map(char::from)
                .chain(['é', '’', '👋', '\u{301}'])
            {
                for tail in ["", "x", "a.b", " Kata"] {
                    for lead in ["", "K", "k"] {
                        check_against_reference(&format!("{lead}{}{c}{tail}", &run[..len]))
                            .unwrap();
                    }
                }
            }
        }
    }

    #[test]
    fn numbers_and_glued_words_as_the_reference() {
        // the digits-only number fast path: numbers ended by every ASCII byte and a few others,
        // then by a digit, a letter or nothing
        for num in ["7", "2021", "123456789012", "15.000", "3,5"] {
            for c in (0u8..0x80)
                .map(char::from)
                .chain(['é', '’', '٣', '\u{301}'])
            {
                for tail in ["", "5", "x", " Kata"] {
                    check_against_reference(&format!("{num}{c}{tail}")).unwrap();
                }
            }
        }
        // the glued sentence fast path: words of 1 to 5 letters, a period, then segments of
        // 0 to 7 letters, digits or domain labels, ended in several ways
        for word in ["a", "H", "Dr", "dll", "lalu", "KPK", "tahun"] {
            for seg in [
                "", "B", "Ia", "Dia", "Baca", "Dalam", "Beberapa", "com", "CO", "id", "5a",
                "a5b6c", "Si", "Ba.", "Abcde.f", "news",
            ] {
                for end in ["", ".", " x", "é", "'s", ".com"] {
                    check_against_reference(&format!("x {word}.{seg}{end}")).unwrap();
                }
            }
        }
    }

    #[test]
    fn abbreviations_of_either_case() {
        for word in [
            "dr", "Dr", "dll", "hlm", "Hlm", "vs", "Prof", "AKBP", "Brigjen", "Kep",
        ] {
            assert!(is_abbreviation(word), "{word}");
        }
        for word in [
            "", "d", "ini", "Dll", "prof", "akbp", "VS", "DR", "brigjen", "é", "Jakarta",
        ] {
            assert!(!is_abbreviation(word), "{word}");
        }
    }

    #[test]
    fn sentence_ends_by_table_as_by_byte() {
        // every byte after every gap: the lookup against the rule spelt out
        for c in 0..=255u8 {
            for gap in 0..8u8 {
                let want = match c {
                    b'.' | b'!' | b'?' => SENTENCE_END,
                    b'"' | b'\'' => gap & SENTENCE_END,
                    _ => 0,
                };
                assert_eq!(sentence_end(c, gap), want, "{c} after {gap}");
            }
        }
    }

    #[test]
    fn prose_tokens_are_pushed_tokens() {
        // every gap and letter code: the template copy against the flags worked out one by one
        for gap in 0..8u8 {
            for code in [NO_LETTERS, 1, 2, 3, 5, 6, 7] {
                let (mut by_table, mut by_push) = (Vec::new(), Vec::new());
                push_prose(&mut by_table, gap, 3, 9, code);
                let (kind, shape) = if code == NO_LETTERS {
                    (Kind::Punct, Shape::Other)
                } else {
                    let shape = letters_shape(code & 1 != 0, code & 2 != 0, code & 4 != 0);
                    (Kind::Word, shape)
                };
                push(&mut by_push, gap, 3, 9, kind, shape, kind == Kind::Word);
                assert_eq!(by_table, by_push, "gap {gap}, code {code}");
            }
        }
    }

    #[test]
    fn alnum_run_matches_a_byte_loop() {
        let byte_loop = |b: &[u8], mut j: usize| {
            let mut rest = 0;
            while j < b.len() && ASCII_CLASS[usize::from(b[j])] & WORD != 0 {
                rest |= ASCII_CLASS[usize::from(b[j])] & (UPPER | LOWER);
                j += 1;
            }
            AlnumRun {
                end: j,
                next: b.get(j).copied().unwrap_or(0),
                rest,
            }
        };
        // every byte value at every offset of a 20-byte run, scanned from every offset before
        // it, whole and cut right after the byte (so it is the last one, the rest padding)
        for v in 0..=255u8 {
            for at in 0..20 {
                let mut b: Vec<u8> = b"aZ09mMqQ5yaZ09mMqQ5y".to_vec();
                b[at] = v;
                for from in 0..=at {
                    for b in [&b[..], &b[..=at], &b[..at]] {
                        assert_eq!(
                            alnum_run(b, from),
                            byte_loop(b, from),
                            "{v} at {at}, {from}"
                        );
                    }
                }
            }
        }
        // all lower case, all upper case, digits only
        for b in [
            &b"abcdefghijklmnopqrstuvwxyz"[..],
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            b"0123456789",
        ] {
            for from in 0..=b.len() {
                assert_eq!(alnum_run(b, from), byte_loop(b, from));
            }
        }
    }

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    macro_rules! case {
        ($name:ident, $text:expr, [$($tok:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(toks($text), vec![$($tok),*]);
            }
        };
    }

    case!(abbreviation_dr, "Dr. Budi", ["Dr.", "Budi"]);
    case!(abbreviation_haji, "H. Ahmad", ["H.", "Ahmad"]);
    case!(
        abbreviation_jalan,
        "di Jl. Sudirman",
        ["di", "Jl.", "Sudirman"]
    );
    case!(
        degree_sh,
        "Budi, S.H. datang",
        ["Budi", ",", "S.H.", "datang"]
    );
    case!(
        degree_msi,
        "Ahmad Syafii, M.Si.",
        ["Ahmad", "Syafii", ",", "M.Si."]
    );
    case!(thousands, "Rp 15.000 saja", ["Rp", "15.000", "saja"]);
    case!(decimal_comma, "naik 3,5 persen", ["naik", "3,5", "persen"]);
    case!(
        numeric_date,
        "pada 31/12/2021.",
        ["pada", "31/12/2021", "."]
    );
    case!(clock, "pukul 10:29 WIB", ["pukul", "10:29", "WIB"]);
    case!(
        domain_upper,
        "REPUBLIKA.CO.ID, MOSKOW",
        ["REPUBLIKA.CO.ID", ",", "MOSKOW"]
    );
    case!(
        domain_mixed,
        "JAKARTA, KOMPAS.com - Senin",
        ["JAKARTA", ",", "KOMPAS.com", "-", "Senin"]
    );
    case!(
        glued_sentences,
        "oleh KPK.Dalam hal",
        ["oleh", "KPK", ".", "Dalam", "hal"]
    );
    case!(hyphen_countries, "Rusia-AS", ["Rusia", "-", "AS"]);
    case!(reduplication, "negara-negara", ["negara", "-", "negara"]);
    case!(clitic_nya, "Jokowi-nya", ["Jokowi", "-", "nya"]);
    case!(apostrophe, "Jum'at dan Ma’ruf", ["Jum'at", "dan", "Ma’ruf"]);
    case!(sentence_final_acronym, "oleh AS.", ["oleh", "AS", "."]);
    case!(decade, "tahun 1990-an", ["tahun", "1990", "-", "an"]);
    case!(
        parenthesised_date,
        "Rabu (4/2/2015)",
        ["Rabu", "(", "4/2/2015", ")"]
    );
    case!(emoji, "Halo 👋🏽 Jakarta", ["Halo", "👋🏽", "Jakarta"]);
    case!(combining, "Cafe\u{301} Bali", ["Cafe\u{301}", "Bali"]);

    #[test]
    fn glued_and_spacing_flags() {
        let text = "Rusia-AS kata";
        let t = tokenize(text);
        assert!(t[0].space_before);
        assert!(!t[1].space_before && !t[2].space_before);
        assert!(t[3].space_before);
    }

    #[test]
    fn shapes() {
        let text = "Jakarta KPK kata iPhone 2021 ,";
        let s: Vec<Shape> = tokenize(text).iter().map(|t| t.shape).collect();
        assert_eq!(
            s,
            [
                Shape::Title,
                Shape::Upper,
                Shape::Lower,
                Shape::Mixed,
                Shape::Digits,
                Shape::Other
            ]
        );
    }

    #[test]
    fn sentence_starts() {
        let text = "Ia pergi. Budi datang.\nAni pulang";
        let starts: Vec<&str> = tokenize(text)
            .iter()
            .filter(|t| t.sentence_start)
            .map(|t| t.text(text))
            .collect();
        assert_eq!(starts, ["Ia", "Budi", "Ani"]);
    }

    #[test]
    fn kinds() {
        let text = "Rp 5 , 👋 %";
        let k: Vec<Kind> = tokenize(text).iter().map(|t| t.kind).collect();
        assert_eq!(
            k,
            [
                Kind::Word,
                Kind::Number,
                Kind::Punct,
                Kind::Symbol,
                Kind::Symbol
            ]
        );
    }

    #[test]
    fn odd_input_on_char_boundaries() {
        for text in [
            "",
            " ",
            "\u{0}\u{1}",
            "ا\u{64e}لسلام",
            "\u{301}a",
            "a\u{200d}b",
            "..--''",
            "9'",
            "’x",
        ] {
            for t in tokenize(text) {
                assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
                assert!(t.start < t.end);
            }
        }
    }
}
