//! `tandai`: tag Indonesian news from the command line.
//!
//! ```text
//! tandai tag [FILE...]            plain text files (or stdin), one document each
//! tandai tag --input jsonl        one JSON object per line: {"text", "id"?, "date"?}
//!            --format jsonl|table|conll|brat|spacy --offsets byte|char
//!            --gazetteer FILE --date YYYY-MM-DD --strict --lossy
//! tandai eval GOLD.jsonl          precision, recall, F1 against gold JSONL (as score.py)
//!            --labels PERSON,... --format table|json
//! ```

mod eval;
mod output;
mod progress;

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde_json::{Map, Value as Json, json};
use tandai::{Document, Error, Tagger};

use output::{Format, Offsets, Out};
use progress::Progress;

#[derive(Parser, Debug)]
#[command(
    name = "tandai",
    version,
    about = "Named-entity tagger for Indonesian news: people, organizations, countries, places, dates."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Tag plain text files (or stdin), or JSONL documents with --input jsonl.
    Tag(TagArgs),
    /// Tag the texts of a gold JSONL file and score the result: precision, recall and F1 per
    /// label and micro-averaged, exact span and label (the figures of shared/tools/score.py).
    Eval(eval::EvalArgs),
}

/// Options that shape the tagger, shared by `tag` and `eval`.
#[derive(clap::Args, Debug)]
struct TaggerArgs {
    /// An extra gazetteer file (TSV: surface, label, value, case, priority); repeatable.
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Reference date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
}

impl TaggerArgs {
    /// The tagger with the embedded and the user's gazetteers, and the default reference date.
    fn build(&self) -> Result<(Tagger, Option<jiff::civil::Date>), Error> {
        let mut b = Tagger::builder();
        for g in &self.gazetteers {
            b.gazetteer_file(g)?;
        }
        let tagger = b.build()?;
        let date = match &self.date {
            Some(d) => Document::new("").date_str(d)?.reference_date(),
            None => None,
        };
        Ok((tagger, date))
    }
}

#[derive(clap::Args, Debug)]
struct TagArgs {
    /// Input files; standard input when none (or `-`).
    files: Vec<PathBuf>,
    /// Input format: `text` (each file is one document) or `jsonl` (one {"text", "id", "date"} object per line).
    #[arg(long, value_enum, default_value_t = Input::Text)]
    input: Input,
    /// Output format; default `table` on a terminal, `jsonl` otherwise. `conll`: a token and
    /// its BIO tag per line; `brat`: standoff annotation lines; `spacy`: spaCy's Doc JSON.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Offsets in jsonl and table output: UTF-8 bytes (default) or Unicode characters.
    /// brat and spacy output always use characters.
    #[arg(long, value_enum)]
    offsets: Option<Offsets>,
    #[command(flatten)]
    tagger: TaggerArgs,
    /// Stop at the first bad input line instead of reporting it and going on.
    #[arg(long)]
    strict: bool,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the input.
    #[arg(long)]
    lossy: bool,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Input {
    Text,
    Jsonl,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let r = match cli.command {
        Command::Tag(args) => tag(&args),
        Command::Eval(args) => eval::run(&args),
    };
    match r {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("tandai: {failed} input(s) failed");
            ExitCode::from(1)
        }
        // the reader of our output went away (`tandai tag ... | head`): stop quietly
        Err(Error::Io { path: None, source }) if source.kind() == io::ErrorKind::BrokenPipe => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("tandai: {e}");
            ExitCode::from(2)
        }
    }
}

/// An error writing the output; always fatal.
fn out_err(source: io::Error) -> Error {
    Error::Io { path: None, source }
}

fn tag(args: &TagArgs) -> Result<usize, Error> {
    let (tagger, default_date) = args.tagger.build()?;
    let stdout = io::stdout();
    let stdout_tty = stdout.is_terminal();
    let format = args.format.unwrap_or(if stdout_tty {
        Format::Table
    } else {
        Format::Jsonl
    });
    let offsets = match (format, args.offsets) {
        (Format::Brat | Format::Spacy, Some(Offsets::Byte)) => {
            return Err(Error::InvalidValue(format!(
                "--format {} uses character offsets; --offsets byte does not apply",
                format.name()
            )));
        }
        (Format::Brat | Format::Spacy, _) => Offsets::Char,
        (_, o) => o.unwrap_or(Offsets::Byte),
    };
    let mut out = Out::new(
        BufWriter::with_capacity(1 << 16, stdout.lock()),
        format,
        offsets,
    );
    // progress only where someone watches it, and not over a table written to the same screen
    let mut progress = Progress::new(io::stderr().is_terminal() && !stdout_tty);
    let mut failed = 0;
    let inputs: Vec<Option<&PathBuf>> = if args.files.is_empty() {
        vec![None]
    } else {
        args.files
            .iter()
            .map(|p| (p.as_os_str() != "-").then_some(p))
            .collect()
    };
    for input in inputs {
        let name = input.map_or_else(|| "-".to_string(), |p| p.display().to_string());
        let reader: Box<dyn Read> = match input {
            None => Box::new(io::stdin().lock()),
            Some(p) => match File::open(p) {
                Ok(f) => Box::new(f),
                Err(source) => {
                    let e = Error::Io {
                        path: Some(p.clone()),
                        source,
                    };
                    if args.strict {
                        return Err(e);
                    }
                    progress.eprintln(&format!("tandai: {e}"));
                    failed += 1;
                    continue;
                }
            },
        };
        let mut src = Source {
            tagger: &tagger,
            name: &name,
            date: default_date,
            args,
            progress: &mut progress,
        };
        let r = match args.input {
            Input::Text => src.text(reader, &mut out),
            Input::Jsonl => src.jsonl(reader, &mut out),
        };
        match r {
            Ok(n) => failed += n,
            Err(Failure::Output(e)) => return Err(out_err(e)),
            Err(Failure::Input(e)) if args.strict => return Err(e),
            Err(Failure::Input(e)) => {
                progress.eprintln(&format!("tandai: {name}: {e}"));
                failed += 1;
            }
        }
        out.flush().map_err(out_err)?;
    }
    out.finish().map_err(out_err)?;
    progress.finish();
    Ok(failed)
}

/// Why tagging an input stopped: bad input (reported, the run goes on unless `--strict`) or a
/// failed write (fatal).
enum Failure {
    Input(Error),
    Output(io::Error),
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Input(e)
    }
}

/// One input stream being tagged.
struct Source<'a> {
    tagger: &'a Tagger,
    name: &'a str,
    date: Option<jiff::civil::Date>,
    args: &'a TagArgs,
    progress: &'a mut Progress,
}

impl Source<'_> {
    /// A whole plain-text input as one document.
    fn text<W: Write>(
        &mut self,
        mut reader: Box<dyn Read>,
        out: &mut Out<W>,
    ) -> Result<usize, Failure> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
            path: Some(self.name.into()),
            source,
        })?;
        let owned;
        let text = match std::str::from_utf8(&bytes) {
            Ok(t) => t,
            Err(_) if self.args.lossy => {
                owned = String::from_utf8_lossy(&bytes).into_owned();
                &owned
            }
            Err(e) => {
                let at = e.valid_up_to();
                let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                return Err(Error::Utf8 { line, byte: at }.into());
            }
        };
        // a NUL byte: binary data or UTF-16, not text (issue 7); --lossy tags it as it is
        if let Some(at) = text.find('\0').filter(|_| !self.args.lossy) {
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let message = format!(
                "binary data, not text: a NUL byte at byte {at} (UTF-16 text must be \
                 converted to UTF-8; --lossy tags it as it is)"
            );
            return Err(Error::Input { line, message }.into());
        }
        let mut doc = Document::new(text);
        if let Some(d) = self.date {
            doc = doc.reference(d);
        }
        let id = Json::String(self.name.to_string());
        if out.is_jsonl() {
            // written segment by segment: memory stays within 3x a long text (issue 7)
            out.write_jsonl_batches(&id, self.tagger, &doc)
                .map_err(Failure::Output)?;
        } else {
            let ents = self.tagger.tag_document(&doc);
            out.write(&id, text, &ents).map_err(Failure::Output)?;
        }
        self.progress.add(1, bytes.len());
        Ok(0)
    }

    /// JSONL, line by line: a streaming filter. The output is flushed whenever the input has
    /// no more bytes buffered, so a slow producer sees its results without waiting for a
    /// full buffer, and a fast one still gets large writes.
    fn jsonl<W: Write>(
        &mut self,
        reader: Box<dyn Read>,
        out: &mut Out<W>,
    ) -> Result<usize, Failure> {
        let mut r = BufReader::with_capacity(1 << 16, reader);
        let mut buf = Vec::new();
        let mut line_no = 0usize;
        let mut offset = 0usize;
        let mut failed = 0;
        loop {
            if r.buffer().is_empty() {
                out.flush().map_err(Failure::Output)?;
            }
            buf.clear();
            let n = r.read_until(b'\n', &mut buf).map_err(|source| Error::Io {
                path: Some(self.name.into()),
                source,
            })?;
            if n == 0 {
                break;
            }
            line_no += 1;
            let line_start = offset;
            offset += n;
            match self.jsonl_line(&buf, line_no, line_start, out) {
                Ok(()) => {}
                Err(Failure::Input(e)) if !self.args.strict => {
                    self.progress
                        .eprintln(&format!("tandai: {}: {e}", self.name));
                    failed += 1;
                }
                Err(e) => return Err(e),
            }
            self.progress.add(1, n);
        }
        Ok(failed)
    }

    fn jsonl_line<W: Write>(
        &self,
        raw: &[u8],
        line: usize,
        line_start: usize,
        out: &mut Out<W>,
    ) -> Result<(), Failure> {
        let owned;
        let s = match std::str::from_utf8(raw) {
            Ok(s) => s,
            Err(_) if self.args.lossy => {
                owned = String::from_utf8_lossy(raw).into_owned();
                &owned
            }
            Err(e) => {
                return Err(Error::Utf8 {
                    line,
                    byte: line_start + e.valid_up_to(),
                }
                .into());
            }
        };
        let s = s.trim_end_matches(['\n', '\r']);
        if s.trim().is_empty() {
            return Ok(());
        }
        let obj = parse_object(s, line, line_start)?;
        let (id, doc) = document(&obj, line, self.date)?;
        if out.is_jsonl() {
            // written segment by segment, as plain text is (issue 7)
            return out
                .write_jsonl_batches(&id, self.tagger, &doc)
                .map_err(Failure::Output);
        }
        let ents = self.tagger.tag_document(&doc);
        out.write(&id, doc.text(), &ents).map_err(Failure::Output)
    }
}

/// Parses one JSONL line that must hold a JSON object.
fn parse_object(s: &str, line: usize, line_start: usize) -> Result<Map<String, Json>, Error> {
    let bad = |message: String| Error::Input { line, message };
    let v: Json = serde_json::from_str(s).map_err(|e| {
        let msg = e.to_string();
        let msg = msg.split(" at line ").next().unwrap_or(&msg);
        let col = e.column().max(1);
        bad(format!(
            "invalid JSON at byte {} (column {col}): {msg}",
            line_start + col - 1
        ))
    })?;
    match v {
        Json::Object(m) => Ok(m),
        _ => Err(bad("expected a JSON object".into())),
    }
}

/// The id (the line number when there is none) and the document of a JSONL input object:
/// `text` must be a string, `date` an ISO date, null or absent (then `default` applies).
fn document<'a>(
    obj: &'a Map<String, Json>,
    line: usize,
    default: Option<jiff::civil::Date>,
) -> Result<(Json, Document<'a>), Error> {
    let bad = |message: String| Error::Input { line, message };
    let text = match obj.get("text") {
        Some(Json::String(t)) => t.as_str(),
        Some(_) => return Err(bad("\"text\" is not a string".into())),
        None => return Err(bad("no \"text\" field".into())),
    };
    let id = obj.get("id").cloned().unwrap_or_else(|| json!(line));
    let mut doc = Document::new(text);
    match obj.get("date") {
        Some(Json::String(d)) => doc = doc.date_str(d).map_err(|e| bad(e.to_string()))?,
        Some(Json::Null) | None => {
            if let Some(d) = default {
                doc = doc.reference(d);
            }
        }
        Some(_) => return Err(bad("\"date\" is not a string".into())),
    }
    Ok((id, doc))
}
