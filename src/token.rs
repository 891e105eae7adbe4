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
    #[inline]
    pub fn is_capitalized(&self, text: &str) -> bool {
        match self.shape {
            Shape::Title | Shape::Upper => true,
            Shape::Mixed => text[self.start..]
                .chars()
                .next()
                .is_some_and(char::is_uppercase),
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

/// Byte classes: [`WORD`] for ASCII letters and digits, with [`UPPER`] or [`LOWER`] for
/// letters; 0 for every other byte (non-ASCII bytes included).
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
        } else {
            0
        };
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

/// Abbreviations that keep their final period (compared case-sensitively, without the period).
fn is_abbreviation(word: &str) -> bool {
    word.len() <= 7
        && matches!(
            word,
            "Dr" | "dr"
                | "Prof"
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
                | "dll"
                | "dsb"
                | "dkk"
                | "Rp"
                | "Ket"
                | "Red"
                | "Rep"
                | "Ed"
                | "Sen"
                | "Gub"
                | "Wagub"
                | "Hlm"
                | "hlm"
                | "Vol"
                | "vs"
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
    let mut out = Vec::with_capacity(text.len() / 6 + 1);
    tokenize_into(text, &mut out);
    out
}

/// Like [`tokenize`], reusing `out`'s allocation (it is cleared first).
pub fn tokenize_into(text: &str, out: &mut Vec<Token>) {
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
                if cl == 0 {
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
            sentence_start =
                matches!(c, b'.' | b'!' | b'?') || (sentence_start && matches!(c, b'"' | b'\''));
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
            if ch.is_alphabetic() {
                (scan_word(text, i), Kind::Word)
            } else if ch.is_numeric() {
                (scan_word(text, i), Kind::Number)
            } else if is_unicode_punct(ch) {
                (i + ch.len_utf8(), Kind::Punct)
            } else {
                // a symbol: one grapheme cluster (emoji with modifiers, a lone mark)
                let g = text[i..]
                    .graphemes(true)
                    .next()
                    .map_or(ch.len_utf8(), str::len);
                (i + g, Kind::Symbol)
            }
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

/// The ASCII characters that make a punctuation token.
#[inline]
fn is_ascii_punct(c: u8) -> bool {
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

fn is_unicode_punct(c: char) -> bool {
    matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F | 0xFF01..=0xFF0F)
        || matches!(c, '«' | '»' | '¡' | '¿' | '·' | '§' | '¶')
}

/// Scans a word starting at `i` (a letter). Handles apostrophes inside words, abbreviations
/// with periods, initials chains (`S.H.`, `M.Si.`) and domains.
fn scan_word(text: &str, start: usize) -> usize {
    let b = text.as_bytes();
    let n = b.len();
    let mut i = start;
    // letters, digits, marks
    loop {
        i = scan_alnum(text, i);
        // apostrophe between letters: Jum'at, Ma’ruf
        if i < n {
            let apos_len = if b[i] == b'\'' {
                1
            } else if text[i..].starts_with('’') {
                3
            } else {
                0
            };
            if apos_len > 0
                && text[i + apos_len..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphabetic)
                && i > start
            {
                i += apos_len;
                continue;
            }
        }
        break;
    }
    // periods: abbreviations, initials, domains
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
