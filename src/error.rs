//! The crate's one error type.

use std::fmt;
use std::path::PathBuf;

/// Everything that can go wrong in tandai: reading gazetteers, parsing values, CLI input.
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// A gazetteer line could not be parsed.
    Gazetteer {
        /// The file's name or path.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A label name that is not one of PERSON, ORGANIZATION, COUNTRY, LOCATION, DATE.
    UnknownLabel(String),
    /// A value that does not fit its label (a country code that is not two letters, ...).
    InvalidValue(String),
    /// An I/O error, with the path involved when there is one.
    Io {
        /// The path that failed, if any.
        path: Option<PathBuf>,
        /// The underlying error.
        source: std::io::Error,
    },
    /// Input that is not valid UTF-8: the 1-based line and the byte offset of the first bad byte.
    Utf8 {
        /// 1-based line number (1 for a plain text file).
        line: usize,
        /// Byte offset of the first invalid byte, from the start of the input.
        byte: usize,
    },
    /// Input that is not what was expected (bad JSON, a missing `text` field), with its line.
    Input {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Gazetteer {
                file,
                line,
                message,
            } => write!(f, "{file}:{line}: {message}"),
            Error::UnknownLabel(l) => write!(
                f,
                "unknown label {l:?} (expected PERSON, ORGANIZATION, COUNTRY, LOCATION or DATE)"
            ),
            Error::InvalidValue(m) => write!(f, "invalid value: {m}"),
            Error::Io {
                path: Some(p),
                source,
            } => write!(f, "{}: {source}", p.display()),
            Error::Io { path: None, source } => write!(f, "{source}"),
            Error::Utf8 { line, byte } => {
                write!(f, "line {line}: invalid UTF-8 at byte {byte}")
            }
            Error::Input { line, message } => write!(f, "line {line}: {message}"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
