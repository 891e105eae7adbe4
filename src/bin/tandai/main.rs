//! `tandai`: tag Indonesian news from the command line.
//!
//! ```text
//! tandai tag [FILE...]            plain text files (or stdin), one document each
//! tandai tag --input jsonl        one JSON object per line: {"text", "id"?, "date"?}
//!            --format jsonl|table|conll|brat|spacy --offsets byte|char
//!            --gazetteer FILE --date YYYY-MM-DD --strict --lossy --jobs N
//! tandai eval GOLD.jsonl          precision, recall, F1 against gold JSONL (as score.py)
//!            --labels PERSON,... --format table|json
//! ```

mod chunks;
mod eval;
mod output;
mod progress;

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde_json::{Map, Value as Json, json};
use tandai::{Document, Error, Tagger};

use chunks::LineReader;
use output::{Format, Offsets, Out, Style};
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
    /// Threads that tag at once; 0: one per core. JSONL lines and small files are read,
    /// tagged and written in chunks of about 2 MB, in input order: the same output as one job.
    #[arg(short = 'j', long, value_name = "N", default_value_t = 1)]
    jobs: usize,
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
    let jobs = match args.jobs {
        0 => std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get),
        n => n,
    };
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
    let ctx = Ctx {
        tagger: &tagger,
        date: default_date,
        args,
        style: out.style(),
    };
    let mut rest = &inputs[..];
    while let Some(&input) = rest.first() {
        // several small text files: tagged a chunk at a time on `jobs` threads
        let small = if jobs > 1 && args.input == Input::Text {
            small_files(rest)
        } else {
            0
        };
        if small > 1 {
            failed += ctx.files(&rest[..small], jobs, &mut out, &mut progress)?;
            out.flush().map_err(out_err)?;
            rest = &rest[small..];
            continue;
        }
        rest = &rest[1..];
        let name = input.map_or_else(|| "-".to_string(), |p| p.display().to_string());
        let reader: Box<dyn Read + Send> = match input {
            None => Box::new(io::stdin()),
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
            ctx: &ctx,
            name: &name,
            progress: &mut progress,
        };
        let r = match args.input {
            Input::Text => src.text(reader, &mut out),
            Input::Jsonl if jobs > 1 => src.jsonl_jobs(reader, jobs, &mut out),
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

/// How many of the first inputs are small regular files (at most [`chunks::BIG`] bytes each,
/// [`chunks::CHUNK_BYTES`] and [`chunks::CHUNK_DOCS`] together, at least one): the ones to
/// tag together on several threads. Standard input, other kinds of file, large files and
/// paths that cannot be read are taken one at a time, as with one job.
fn small_files(inputs: &[Option<&PathBuf>]) -> usize {
    let mut total = 0;
    let mut n = 0;
    for input in inputs.iter().take(chunks::CHUNK_DOCS) {
        let Some(path) = input else { break };
        let len = match std::fs::metadata(path) {
            Ok(m) if m.is_file() && m.len() <= chunks::BIG as u64 => m.len() as usize,
            _ => break,
        };
        if n > 0 && total + len > chunks::CHUNK_BYTES {
            break;
        }
        total += len;
        n += 1;
    }
    n
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

/// What stays the same for every input of a run; shared by the tagging threads.
struct Ctx<'a> {
    tagger: &'a Tagger,
    /// the reference date for documents that carry none
    date: Option<jiff::civil::Date>,
    args: &'a TagArgs,
    style: Style,
}

/// One document's output, rendered on a tagging thread, or why there is none.
enum Rendered {
    /// the document's output bytes
    Doc(Vec<u8>),
    /// a blank JSONL line: nothing to write
    Blank,
    /// bad input, reported (or fatal with `--strict`) when its turn comes
    Bad(Error),
    /// a long line, tagged and written by the writing thread when its turn comes
    Long,
    /// a file that cannot be opened (reported without the input's name, as with one job)
    Unopened(Error),
}

impl Ctx<'_> {
    /// The text of a plain-text input: valid UTF-8 (or made so with `--lossy`) without NUL bytes.
    fn text_of<'b>(&self, bytes: &'b [u8]) -> Result<Cow<'b, str>, Error> {
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => Cow::Borrowed(t),
            Err(_) if self.args.lossy => String::from_utf8_lossy(bytes),
            Err(e) => {
                let at = e.valid_up_to();
                let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
                return Err(Error::Utf8 { line, byte: at });
            }
        };
        // a NUL byte: binary data or UTF-16, not text (issue 7); --lossy tags it as it is
        if let Some(at) = text.find('\0').filter(|_| !self.args.lossy) {
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let message = format!(
                "binary data, not text: a NUL byte at byte {at} (UTF-16 text must be \
                 converted to UTF-8; --lossy tags it as it is)"
            );
            return Err(Error::Input { line, message });
        }
        Ok(text)
    }

    /// A plain text as a document with the default reference date.
    fn text_document<'t>(&self, text: &'t str) -> Document<'t> {
        let doc = Document::new(text);
        match self.date {
            Some(d) => doc.reference(d),
            None => doc,
        }
    }

    /// Hands the id and document of one JSONL line to `with`; `None` for a blank line.
    fn jsonl_doc<R>(
        &self,
        raw: &[u8],
        line: usize,
        line_start: usize,
        with: impl FnOnce(&Json, &Document) -> R,
    ) -> Result<Option<R>, Error> {
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
                });
            }
        };
        let s = s.trim_end_matches(['\n', '\r']);
        if s.trim().is_empty() {
            return Ok(None);
        }
        let obj = parse_object(s, line, line_start)?;
        let (id, doc) = document(&obj, line, self.date)?;
        Ok(Some(with(&id, &doc)))
    }

    /// Tags and renders one document (on a tagging thread).
    fn render(&self, id: &Json, doc: &Document) -> Vec<u8> {
        let ents = self.tagger.tag_document(doc);
        // about the size of a JSONL line (110 bytes an entity in news)
        let mut v = Vec::with_capacity(64 + 112 * ents.len());
        self.style
            .render(&mut v, id, doc.text(), &ents)
            .expect("writing to memory cannot fail");
        v
    }

    /// A JSONL line, tagged and rendered on a tagging thread (a long one is left to the
    /// writing thread).
    fn render_line(&self, raw: &[u8], line: usize, line_start: usize) -> Rendered {
        if raw.len() > chunks::BIG {
            return Rendered::Long;
        }
        match self.jsonl_doc(raw, line, line_start, |id, doc| self.render(id, doc)) {
            Ok(Some(v)) => Rendered::Doc(v),
            Ok(None) => Rendered::Blank,
            Err(e) => Rendered::Bad(e),
        }
    }

    /// A small text file, read, tagged and rendered on a tagging thread.
    fn render_file(&self, path: &Path) -> (Rendered, usize) {
        let name = path.display().to_string();
        let mut bytes = Vec::new();
        let read = File::open(path)
            .map_err(|source| {
                let path = Some(path.to_path_buf());
                Rendered::Unopened(Error::Io { path, source })
            })
            .and_then(|mut f| {
                f.read_to_end(&mut bytes).map_err(|source| {
                    let path = Some(name.clone().into());
                    Rendered::Bad(Error::Io { path, source })
                })
            });
        if let Err(r) = read {
            return (r, 0);
        }
        match self.text_of(&bytes) {
            Ok(text) => {
                let doc = self.text_document(&text);
                let v = self.render(&Json::String(name), &doc);
                (Rendered::Doc(v), bytes.len())
            }
            Err(e) => (Rendered::Bad(e), 0),
        }
    }

    /// Small text files tagged on `jobs` threads, written in input order; the number that
    /// failed. The same output, messages and errors as one file at a time.
    fn files<W: Write>(
        &self,
        inputs: &[Option<&PathBuf>],
        jobs: usize,
        out: &mut Out<W>,
        progress: &mut Progress,
    ) -> Result<usize, Error> {
        let paths: Vec<&Path> = inputs.iter().flatten().map(|p| p.as_path()).collect();
        let results = self
            .tagger
            .map_batch(&paths, jobs, |_, path| self.render_file(path));
        let mut failed = 0;
        for (path, (r, len)) in paths.iter().zip(results) {
            let e = match r {
                Rendered::Doc(v) => {
                    out.write_rendered(&v).map_err(out_err)?;
                    progress.add(1, len);
                    continue;
                }
                Rendered::Unopened(e) if self.args.strict => return Err(e),
                Rendered::Unopened(e) => format!("tandai: {e}"),
                Rendered::Bad(e) if self.args.strict => return Err(e),
                Rendered::Bad(e) => format!("tandai: {}: {e}", path.display()),
                Rendered::Blank | Rendered::Long => unreachable!("not made for files"),
            };
            progress.eprintln(&e);
            failed += 1;
        }
        Ok(failed)
    }
}

/// One input stream being tagged.
struct Source<'a> {
    ctx: &'a Ctx<'a>,
    name: &'a str,
    progress: &'a mut Progress,
}

impl Source<'_> {
    /// A whole plain-text input as one document.
    fn text<W: Write>(
        &mut self,
        mut reader: Box<dyn Read + Send>,
        out: &mut Out<W>,
    ) -> Result<usize, Failure> {
        let mut bytes = Vec::new();
        reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
            path: Some(self.name.into()),
            source,
        })?;
        let text = self.ctx.text_of(&bytes)?;
        let doc = self.ctx.text_document(&text);
        let id = Json::String(self.name.to_string());
        // JSONL is written segment by segment: memory stays within 3x a long text (issue 7)
        out.tag_and_write(&id, self.ctx.tagger, &doc)
            .map_err(Failure::Output)?;
        self.progress.add(1, bytes.len());
        Ok(0)
    }

    /// JSONL, line by line: a streaming filter. The output is flushed whenever the input has
    /// no more bytes buffered, so a slow producer sees its results without waiting for a
    /// full buffer, and a fast one still gets large writes.
    fn jsonl<W: Write>(
        &mut self,
        reader: Box<dyn Read + Send>,
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
            let r = self.jsonl_line(&buf, line_no, line_start, out);
            failed += self.settle(r)?;
            self.progress.add(1, n);
        }
        Ok(failed)
    }

    /// Tags one JSONL line and writes it.
    fn jsonl_line<W: Write>(
        &self,
        raw: &[u8],
        line: usize,
        line_start: usize,
        out: &mut Out<W>,
    ) -> Result<(), Failure> {
        let tagger = self.ctx.tagger;
        match self.ctx.jsonl_doc(raw, line, line_start, |id, doc| {
            // JSONL is written segment by segment, as plain text is (issue 7)
            out.tag_and_write(id, tagger, doc)
        })? {
            Some(written) => written.map_err(Failure::Output),
            None => Ok(()),
        }
    }

    /// The outcome of one line: bad input is reported and counted (1), unless `--strict`
    /// makes it fatal; a failed write is always fatal.
    fn settle(&mut self, r: Result<(), Failure>) -> Result<usize, Failure> {
        match r {
            Ok(()) => Ok(0),
            Err(Failure::Input(e)) if !self.ctx.args.strict => {
                self.progress
                    .eprintln(&format!("tandai: {}: {e}", self.name));
                Ok(1)
            }
            Err(e) => Err(e),
        }
    }

    /// JSONL on `jobs` threads: a reader thread reads ahead in bounded chunks
    /// ([`chunks::LineReader`]), the lines of a chunk are parsed, tagged and rendered on the
    /// tagging threads, and written here in input order, with the same bytes, messages and
    /// errors as [`Source::jsonl`]. The output is flushed whenever no input is waiting.
    fn jsonl_jobs<W: Write>(
        &mut self,
        reader: Box<dyn Read + Send>,
        jobs: usize,
        out: &mut Out<W>,
    ) -> Result<usize, Failure> {
        let ctx = self.ctx;
        // no thread for the reader: fatal, like a failed write
        let mut lines = LineReader::spawn(reader).map_err(Failure::Output)?;
        let mut failed = 0;
        loop {
            let chunk = lines.next(|| out.flush().map_err(Failure::Output))?;
            let rendered = ctx.tagger.map_batch(&chunk.lines, jobs, |_, line| {
                ctx.render_line(chunk.bytes(line), line.no, line.offset)
            });
            for (line, r) in chunk.lines.iter().zip(rendered) {
                let r = match r {
                    Rendered::Doc(v) => out.write_rendered(&v).map_err(Failure::Output),
                    Rendered::Blank => Ok(()),
                    Rendered::Bad(e) | Rendered::Unopened(e) => Err(Failure::Input(e)),
                    Rendered::Long => self.jsonl_line(chunk.bytes(line), line.no, line.offset, out),
                };
                failed += self.settle(r)?;
                self.progress.add(1, line.range.len());
            }
            match chunk.end {
                None => {}
                Some(Ok(())) => return Ok(failed),
                Some(Err(source)) => {
                    let path = Some(self.name.into());
                    return Err(Error::Io { path, source }.into());
                }
            }
        }
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
