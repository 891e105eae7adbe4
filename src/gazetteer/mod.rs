//! Gazetteers: name lists in TSV, parsed into [`Entry`]s and matched through a hashed index
//! of their prefixes, walked from word starts.
//!
//! A gazetteer file is UTF-8 text with a header row and one entry per line:
//!
//! ```text
//! # comments start with '#'; fields are separated by one TAB
//! surface<TAB>label<TAB>value<TAB>case<TAB>priority
//! Amerika Serikat<TAB>COUNTRY<TAB>US<TAB>any<TAB>60
//! AS<TAB>COUNTRY<TAB>US<TAB>exact<TAB>60
//! Jokowi<TAB>PERSON<TAB>Joko Widodo<TAB>any<TAB>50
//! ```
//!
//! - `surface`: the text to find, words separated by single spaces;
//! - `label`: `PERSON`, `ORGANIZATION`, `COUNTRY` or `LOCATION`;
//! - `value`: the normalised value: an ISO 3166-1 alpha-2 code for a country, a canonical
//!   name (or code) otherwise; empty means "the surface is canonical" (countries need a code);
//! - `case`: [`CasePolicy`]: `exact`, `title` or `any`;
//! - `priority`: 0 to 100; between candidates of the same span the higher one wins.
//!
//! A byte-order mark and CRLF line ends are accepted. Every error names the file and line.

mod matcher;

pub(crate) use matcher::Matcher;

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;

use crate::entity::{CountryCode, Label, Value};
use crate::error::Error;

/// How the case of the text must agree with an entry's surface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CasePolicy {
    /// The text must equal the surface exactly (short acronyms: `AS`, `RI`, `UE`).
    Exact,
    /// Every capital that starts a word of the surface must be a capital in the text too
    /// (`Indah` matches `Indah` and `INDAH`, not `indah`).
    Title,
    /// Any case (`Rusia`, `rusia`, `RUSIA`).
    Any,
}

impl CasePolicy {
    /// The policy's name in gazetteer files.
    pub fn as_str(self) -> &'static str {
        match self {
            CasePolicy::Exact => "exact",
            CasePolicy::Title => "title",
            CasePolicy::Any => "any",
        }
    }
}

impl FromStr for CasePolicy {
    type Err = Error;
    fn from_str(s: &str) -> Result<CasePolicy, Error> {
        match s {
            "exact" => Ok(CasePolicy::Exact),
            "title" => Ok(CasePolicy::Title),
            "any" => Ok(CasePolicy::Any),
            _ => Err(Error::InvalidValue(format!(
                "case policy {s:?} is not one of exact, title, any"
            ))),
        }
    }
}

/// One gazetteer entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The text to find.
    pub surface: String,
    /// The label it gets.
    pub label: Label,
    /// The normalised value as the file gives it: an ISO 3166-1 alpha-2 code for a country
    /// (checked when a file is parsed), a canonical name otherwise. Entities carry it as
    /// [`Entry::normalised`] gives it.
    pub value: Option<String>,
    /// How case must agree.
    pub case: CasePolicy,
    /// 0 to 100; higher wins between candidates of the same span.
    pub priority: u8,
    /// The file it came from.
    pub file: Arc<str>,
    /// Its 1-based line in that file.
    pub line: u32,
}

impl Entry {
    /// The value its entities carry: a [`Value::Country`] for a country's code, a
    /// [`Value::Canonical`] name otherwise; `None` without a value (or for a country whose
    /// value is no ISO 3166-1 alpha-2 code, which only an entry made by hand can have).
    ///
    /// # Example
    /// ```
    /// use tandai::{Value, gazetteer::Gazetteer};
    /// let g = Gazetteer::parse("mine.tsv", "surface\tlabel\tvalue\tcase\tpriority\nAS\tCOUNTRY\tUS\texact\t90\nJokowi\tPERSON\tJoko Widodo\ttitle\t90\n")?;
    /// assert_eq!(g.entries()[0].normalised().map(|v| v.to_string()), Some("US".to_string()));
    /// assert_eq!(g.entries()[1].normalised(), Some(Value::Canonical("Joko Widodo")));
    /// # Ok::<(), tandai::Error>(())
    /// ```
    #[inline]
    pub fn normalised(&self) -> Option<Value<'_>> {
        let v = self.value.as_deref()?;
        if self.label == Label::Country {
            CountryCode::new(v).ok().map(Value::Country)
        } else {
            Some(Value::Canonical(v))
        }
    }
}

/// A parsed gazetteer: the entries of one or more files.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
}

/// The header row every gazetteer file starts with (after comments).
pub const HEADER: &str = "surface\tlabel\tvalue\tcase\tpriority";

impl Gazetteer {
    /// An empty gazetteer.
    pub fn new() -> Gazetteer {
        Gazetteer::default()
    }

    /// Parses gazetteer text; `name` is used in errors and in each entity's [`crate::Source`].
    ///
    /// # Errors
    /// [`Error::Gazetteer`] naming `name` and the line for a missing header, a line without
    /// five fields, an unknown label or case policy, a bad priority or country code, or
    /// whitespace around a field.
    ///
    /// # Example
    /// ```
    /// use tandai::gazetteer::Gazetteer;
    /// let g = Gazetteer::parse("mine.tsv", "surface\tlabel\tvalue\tcase\tpriority\nGojek\tORGANIZATION\t\tany\t50\n")?;
    /// assert_eq!(g.entries()[0].surface, "Gojek");
    /// let err = Gazetteer::parse("mine.tsv", "surface\tlabel\tvalue\tcase\tpriority\nGojek\tCOMPANY\t\tany\t50\n").unwrap_err();
    /// assert_eq!(err.to_string(), "mine.tsv:2: unknown label \"COMPANY\" (expected PERSON, ORGANIZATION, COUNTRY, LOCATION or DATE)");
    /// # Ok::<(), tandai::Error>(())
    /// ```
    pub fn parse(name: &str, text: &str) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::new();
        g.add_str(name, text)?;
        Ok(g)
    }

    /// Reads and parses a gazetteer file.
    ///
    /// # Errors
    /// [`Error::Io`] when the file cannot be read, [`Error::Gazetteer`] as in [`Gazetteer::parse`]
    /// (invalid UTF-8 is reported with the line it is on).
    pub fn from_file(path: impl AsRef<Path>) -> Result<Gazetteer, Error> {
        let mut g = Gazetteer::new();
        g.add_file(path)?;
        Ok(g)
    }

    /// Adds the entries of a file.
    ///
    /// # Errors
    /// As [`Gazetteer::from_file`].
    pub fn add_file(&mut self, path: impl AsRef<Path>) -> Result<(), Error> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| Error::Io {
            path: Some(path.to_path_buf()),
            source,
        })?;
        let name = path.display().to_string();
        let text = std::str::from_utf8(&bytes).map_err(|e| {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Error::Gazetteer {
                file: name.clone(),
                line,
                message: format!("invalid UTF-8 at byte {at}"),
            }
        })?;
        self.add_str(&name, text)
    }

    /// Adds the entries of gazetteer text (see [`Gazetteer::parse`]).
    ///
    /// # Errors
    /// As [`Gazetteer::parse`]; on error nothing is added.
    pub fn add_str(&mut self, name: &str, text: &str) -> Result<(), Error> {
        let file: Arc<str> = Arc::from(name);
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let mut header_seen = false;
        let mut new = Vec::new();
        for (i, raw) in text.split('\n').enumerate() {
            let line_no = i + 1;
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            if line.trim().is_empty() || line.starts_with('#') {
                continue;
            }
            let err = |message: String| Error::Gazetteer {
                file: name.to_string(),
                line: line_no,
                message,
            };
            if !header_seen {
                if line != HEADER {
                    return Err(err(format!(
                        "expected the header row {:?}, found {line:?}",
                        HEADER
                    )));
                }
                header_seen = true;
                continue;
            }
            new.push(parse_line(line, &file, line_no).map_err(|e| match e {
                Error::Gazetteer { message, .. } => err(message),
                other => err(other.to_string()),
            })?);
        }
        if !header_seen && !new.is_empty() {
            return Err(Error::Gazetteer {
                file: name.to_string(),
                line: 1,
                message: "missing header row".into(),
            });
        }
        self.entries.extend(new);
        Ok(())
    }

    /// Adds one entry.
    pub fn push(&mut self, entry: Entry) {
        self.entries.push(entry);
    }

    /// The entries, in file order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Keeps only the entries for which `keep` returns true.
    pub fn retain(&mut self, keep: impl FnMut(&Entry) -> bool) {
        self.entries.retain(keep);
    }

    /// Adds all entries of `other`.
    pub fn extend(&mut self, other: Gazetteer) {
        self.entries.extend(other.entries);
    }
}

fn parse_line(line: &str, file: &Arc<str>, line_no: usize) -> Result<Entry, Error> {
    let fields: Vec<&str> = line.split('\t').collect();
    let bad = |message: String| Error::Gazetteer {
        file: file.to_string(),
        line: line_no,
        message,
    };
    if fields.len() != 5 {
        return Err(bad(format!(
            "expected 5 tab-separated fields (surface, label, value, case, priority), found {}",
            fields.len()
        )));
    }
    for (f, what) in fields
        .iter()
        .zip(["surface", "label", "value", "case", "priority"])
    {
        if f.trim() != *f {
            return Err(bad(format!("whitespace around the {what} field {f:?}")));
        }
    }
    let [surface, label, value, case, priority] =
        [fields[0], fields[1], fields[2], fields[3], fields[4]];
    if surface.is_empty() {
        return Err(bad("empty surface".into()));
    }
    if surface.contains("  ") {
        return Err(bad(format!("double space in surface {surface:?}")));
    }
    let label: Label = label.parse()?;
    if label == Label::Date {
        return Err(bad(
            "DATE entries are not supported in gazetteers; dates come from the date grammar".into(),
        ));
    }
    let value = match (label, value) {
        (Label::Country, "") => {
            return Err(bad(format!(
                "country {surface:?} needs an ISO 3166-1 alpha-2 value"
            )));
        }
        (Label::Country, v) => {
            CountryCode::new(v)?;
            Some(v.to_string())
        }
        (_, "") => None,
        (_, v) => Some(v.to_string()),
    };
    let case: CasePolicy = case.parse()?;
    let priority: u8 = match priority.parse() {
        Ok(p) if p <= 100 => p,
        _ => {
            return Err(bad(format!(
                "priority {priority:?} is not an integer from 0 to 100"
            )));
        }
    };
    Ok(Entry {
        surface: surface.to_string(),
        label,
        value,
        case,
        priority,
        file: file.clone(),
        line: line_no as u32,
    })
}

/// The gazetteer files embedded in the library: `(file name, contents)`.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "countries.tsv",
        include_str!("../../gazetteers/countries.tsv"),
    ),
    (
        "organizations.tsv",
        include_str!("../../gazetteers/organizations.tsv"),
    ),
    ("people.tsv", include_str!("../../gazetteers/people.tsv")),
    ("places.tsv", include_str!("../../gazetteers/places.tsv")),
    ("regions.tsv", include_str!("../../gazetteers/regions.tsv")),
    ("mined.tsv", include_str!("../../gazetteers/mined.tsv")),
];

/// Given names, one per line, used by the person rules.
pub const GIVEN_NAMES: &str = include_str!("../../gazetteers/given-names.txt");

/// Ordinary Indonesian words, one per line, used by the rules to tell a capitalised
/// sentence-initial word from a name.
pub const COMMON_WORDS: &str = include_str!("../../gazetteers/common-words.txt");

/// The embedded default gazetteer (all files of [`EMBEDDED`]).
///
/// # Errors
/// Never in a released crate (a test parses every embedded file); the `Result` is kept so a
/// broken build of the data cannot panic.
pub fn embedded() -> Result<Gazetteer, Error> {
    let mut g = Gazetteer::new();
    for (name, text) in EMBEDDED {
        g.add_str(name, text)?;
    }
    Ok(g)
}

#[cfg(test)]
mod tests {
    use super::*;

    const H: &str = "surface\tlabel\tvalue\tcase\tpriority\n";

    #[test]
    fn errors_name_file_and_line() {
        let cases = [
            ("a\tPERSON\t\tany\n", 2, "expected 5"),
            (
                "a\tPERSON\t\tany\t50\nb\tTHING\t\tany\t50\n",
                3,
                "unknown label",
            ),
            ("a\tCOUNTRY\tusa\tany\t50\n", 2, "alpha-2"),
            ("a\tCOUNTRY\t\tany\t50\n", 2, "needs an ISO"),
            ("a\tPERSON\t\tsome\t50\n", 2, "case policy"),
            ("a\tPERSON\t\tany\t500\n", 2, "priority"),
            (" a\tPERSON\t\tany\t50\n", 2, "whitespace"),
            ("a  b\tPERSON\t\tany\t50\n", 2, "double space"),
        ];
        for (body, line, msg) in cases {
            let e = Gazetteer::parse("x.tsv", &format!("{H}{body}")).unwrap_err();
            let s = e.to_string();
            assert!(s.starts_with(&format!("x.tsv:{line}: ")), "{s}");
            assert!(s.contains(msg), "{s}");
        }
        let e = Gazetteer::parse("x.tsv", "# c\nfoo\tPERSON\n").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("x.tsv:2: expected the header row")
        );
    }

    #[test]
    fn bom_and_crlf_accepted() {
        let g = Gazetteer::parse(
            "x.tsv",
            "\u{feff}surface\tlabel\tvalue\tcase\tpriority\r\nGojek\tORGANIZATION\t\tany\t50\r\n",
        )
        .unwrap();
        assert_eq!(g.len(), 1);
        assert_eq!(g.entries()[0].surface, "Gojek");
        assert_eq!(g.entries()[0].line, 2);
    }

    #[test]
    fn embedded_files_parse() {
        let g = embedded().unwrap();
        assert!(g.len() > 500, "{}", g.len());
    }
}
