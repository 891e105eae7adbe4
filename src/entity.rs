//! The entity type and its small vocabularies: [`Label`], [`Value`], [`Source`].

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use crate::Error;
pub use crate::rules::date::{DateValue, Grain};

/// What kind of thing an entity is.
///
/// The labels follow the project's annotation guide: a `COUNTRY` is a sovereign state (or its
/// usual alias), every other place is a `LOCATION`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "UPPERCASE"))]
pub enum Label {
    /// A person's name, without titles.
    Person,
    /// Companies, ministries, agencies, parties, courts, clubs, media, international bodies.
    Organization,
    /// A sovereign state or its usual alias (`AS`, `RI`, `Tiongkok`).
    Country,
    /// Any other place: provinces, cities, regions, islands, buildings used as places.
    Location,
    /// Calendar expressions, absolute or relative.
    Date,
}

impl Label {
    /// All labels, in a fixed order.
    pub const ALL: [Label; 5] = [
        Label::Person,
        Label::Organization,
        Label::Country,
        Label::Location,
        Label::Date,
    ];

    /// The label's name as written in gazetteer files and JSON output (`PERSON`, ...).
    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Organization => "ORGANIZATION",
            Label::Country => "COUNTRY",
            Label::Location => "LOCATION",
            Label::Date => "DATE",
        }
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

impl FromStr for Label {
    type Err = Error;

    /// Parses `PERSON`, `ORGANIZATION`, `COUNTRY`, `LOCATION`, `DATE` and the common short
    /// forms `PER`, `ORG`, `LOC`, `GPE`, case-insensitively.
    fn from_str(s: &str) -> Result<Label, Error> {
        let l = match s.to_ascii_uppercase().as_str() {
            "PERSON" | "PER" => Label::Person,
            "ORGANIZATION" | "ORGANISATION" | "ORG" => Label::Organization,
            "COUNTRY" => Label::Country,
            "LOCATION" | "LOC" | "GPE" => Label::Location,
            "DATE" => Label::Date,
            _ => return Err(Error::UnknownLabel(s.to_string())),
        };
        Ok(l)
    }
}

/// An ISO 3166-1 alpha-2 country code such as `US`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Parses two ASCII uppercase letters.
    ///
    /// # Errors
    /// [`Error::InvalidValue`] when `s` is not two uppercase ASCII letters.
    pub fn new(s: &str) -> Result<CountryCode, Error> {
        match s.as_bytes() {
            [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Ok(CountryCode([*a, *b])),
            _ => Err(Error::InvalidValue(format!(
                "{s:?} is not an ISO 3166-1 alpha-2 code"
            ))),
        }
    }

    /// The code as a string slice (`"US"`).
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII uppercase letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(self.as_str())
    }
}

/// The normalised value of an entity.
///
/// A canonical name is borrowed: from the gazetteer entry that gives it (so from the
/// [`Tagger`](crate::Tagger)), or from the text, for a later mention that inherits the
/// name of an earlier full one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Value<'a> {
    /// An ISO 8601 date at its grain, or a range.
    Date(DateValue),
    /// An ISO 3166-1 alpha-2 country code.
    Country(CountryCode),
    /// A canonical name (`Joko Widodo` for `Jokowi`) or a code the gazetteer gives.
    Canonical(&'a str),
}

impl Value<'_> {
    /// The value as the string written in JSON output: an ISO date (`2022-01-10`, `2021-11`,
    /// `199X`, `2022-01-10/2022-01-12`), a country code (`US`) or a canonical name.
    pub fn as_string(&self) -> String {
        self.to_string()
    }
}

impl fmt::Display for Value<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Date(d) => write!(f, "{d}"),
            Value::Country(c) => f.write_str(c.as_str()),
            Value::Canonical(s) => f.write_str(s),
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Value<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

/// Which rule produced an entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Rule {
    /// The date grammar.
    Date,
    /// A person name announced by a title or role (`Presiden`, `juru bicara`, `Dr.`).
    PersonTitle,
    /// A person name next to a speech verb (`kata`, `ujar`, `mengatakan`).
    PersonSpeech,
    /// A person name starting with a known given name.
    PersonGivenName,
    /// A person name extended from a gazetteer name (`Maria` + `Zakharova`).
    PersonExtended,
    /// An organization built from a head noun (`Kementerian`, `Partai`, `PT`).
    OrganizationHead,
    /// An acronym defined in parentheses after a name: `Komisi Pemilihan Umum (KPU)`.
    Acronym,
    /// A place introduced by a place noun (`Kota`, `Kabupaten`, `Provinsi`).
    PlaceHead,
    /// An unknown capitalised word after a preposition of place (`di Jenewa`).
    PlacePreposition,
    /// An unknown run of capitalised words inside a sentence, taken as a name.
    CapitalisedRun,
    /// A dateline: an ALL-CAPS place before a news agency (`JAKARTA, KOMPAS.com -`).
    Dateline,
    /// A news site or agency name (`REPUBLIKA.CO.ID`).
    Domain,
    /// A medium cited as a source (`seperti dikutip Daily Star`).
    CitedSource,
}

/// Where an entity came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
pub enum Source<'a> {
    /// A gazetteer entry: the file it was read from and its 1-based line.
    Gazetteer {
        /// The gazetteer file (`countries.tsv`, or the user file's path), borrowed from the
        /// [`Tagger`](crate::Tagger).
        file: &'a str,
        /// 1-based line number in that file.
        line: u32,
    },
    /// A rule of the rule layer.
    Rule(Rule),
    /// The discourse pass: a later mention that inherits from an earlier full one.
    Discourse,
}

impl fmt::Display for Source<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::Gazetteer { file, line } => write!(f, "{file}:{line}"),
            Source::Rule(r) => write!(f, "rule:{r:?}"),
            Source::Discourse => f.write_str("discourse"),
        }
    }
}

/// One entity found in a text.
///
/// `span` is a byte range into the tagged text; both ends lie on char boundaries, so
/// `&text[entity.span.clone()] == entity.text` always holds. An entity borrows: its text
/// from the text, a canonical value from the text or the tagger's gazetteer entry, the
/// gazetteer's file name from the tagger. Nothing in it is allocated or counted, so making
/// and dropping a text's entities costs no more than their bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Entity<'a> {
    /// Byte range of the entity in the input text.
    pub span: Range<usize>,
    /// The entity's text, borrowed from the input.
    pub text: &'a str,
    /// The entity's label.
    pub label: Label,
    /// The normalised value, when one is known.
    pub value: Option<Value<'a>>,
    /// The gazetteer entry or rule that produced it.
    pub source: Source<'a>,
}

impl Entity<'_> {
    /// Start byte offset.
    pub fn start(&self) -> usize {
        self.span.start
    }

    /// End byte offset (exclusive).
    pub fn end(&self) -> usize {
        self.span.end
    }
}
