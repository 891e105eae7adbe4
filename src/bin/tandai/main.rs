//! `tandai`: tag Indonesian news from the command line.
//!
//! ```text
//! tandai tag [FILE...]            plain text files (or stdin), one document each
//! tandai tag --input jsonl        one JSON object per line: {"text", "id"?, "date"?}
//!            --format jsonl|table --offsets byte|char --gazetteer FILE --date YYYY-MM-DD
//! ```

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use serde_json::{Map, Value as Json, json};
use tandai::{Document, Entity, Error, Tagger, Value};

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
}

#[derive(clap::Args, Debug)]
struct TagArgs {
    /// Input files; standard input when none (or `-`).
    files: Vec<PathBuf>,
    /// Input format: `text` (each file is one document) or `jsonl` (one {"text", "id", "date"} object per line).
    #[arg(long, value_enum, default_value_t = Input::Text)]
    input: Input,
    /// Output format; default `table` on a terminal, `jsonl` otherwise.
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Offsets in output: UTF-8 bytes (default) or Unicode characters.
    #[arg(long, value_enum, default_value_t = Offsets::Byte)]
    offsets: Offsets,
    /// An extra gazetteer file (TSV: surface, label, value, case, priority); repeatable.
    #[arg(long = "gazetteer", value_name = "FILE")]
    gazetteers: Vec<PathBuf>,
    /// Reference date (YYYY-MM-DD) for documents that carry none.
    #[arg(long, value_name = "YYYY-MM-DD")]
    date: Option<String>,
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

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    Jsonl,
    Table,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
enum Offsets {
    Byte,
    Char,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Tag(args) => match tag(&args) {
            Ok(0) => ExitCode::SUCCESS,
            Ok(failed) => {
                eprintln!("tandai: {failed} input(s) failed");
                ExitCode::from(1)
            }
            Err(e) => {
                eprintln!("tandai: {e}");
                ExitCode::from(2)
            }
        },
    }
}

struct Out<W: Write> {
    w: W,
    format: Format,
    offsets: Offsets,
}

impl<W: Write> Out<W> {
    fn write(&mut self, id: &Json, text: &str, entities: &[Entity]) -> io::Result<()> {
        let conv = CharOffsets::new(text, self.offsets);
        match self.format {
            Format::Jsonl => {
                let ents: Vec<Json> = entities.iter().map(|e| entity_json(e, &conv)).collect();
                let line = json!({"id": id, "entities": ents});
                serde_json::to_writer(&mut self.w, &line)?;
                self.w.write_all(b"\n")
            }
            Format::Table => {
                let id = match id {
                    Json::String(s) => s.clone(),
                    other => other.to_string(),
                };
                writeln!(self.w, "# {id}: {} entities", entities.len())?;
                for e in entities {
                    let v = e.value.as_ref().map(Value::to_string).unwrap_or_default();
                    writeln!(
                        self.w,
                        "{:>7} {:>7}  {:<12}  {:<32}  {}",
                        conv.get(e.span.start),
                        conv.get(e.span.end),
                        e.label.as_str(),
                        e.text.replace(['\n', '\t'], " "),
                        v
                    )?;
                }
                Ok(())
            }
        }
    }
}

/// Byte offsets to char offsets, in one pass over the sorted offsets' text.
struct CharOffsets {
    /// byte offset of each char boundary (only when converting)
    starts: Option<Vec<usize>>,
}

impl CharOffsets {
    fn new(text: &str, o: Offsets) -> CharOffsets {
        CharOffsets {
            starts: (o == Offsets::Char).then(|| {
                let mut v: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
                v.push(text.len());
                v
            }),
        }
    }
    fn get(&self, byte: usize) -> usize {
        match &self.starts {
            None => byte,
            Some(v) => v.partition_point(|&b| b < byte),
        }
    }
}

fn entity_json(e: &Entity, conv: &CharOffsets) -> Json {
    let mut m = Map::new();
    m.insert("start".into(), json!(conv.get(e.span.start)));
    m.insert("end".into(), json!(conv.get(e.span.end)));
    m.insert("label".into(), json!(e.label.as_str()));
    m.insert("text".into(), json!(e.text));
    if let Some(v) = &e.value {
        m.insert("value".into(), json!(v.to_string()));
        if let Value::Date(d) = v {
            m.insert(
                "grain".into(),
                json!(format!("{:?}", d.grain).to_lowercase()),
            );
            m.insert("anchored".into(), json!(d.anchored));
        }
    }
    m.insert("source".into(), json!(e.source.to_string()));
    Json::Object(m)
}

fn tag(args: &TagArgs) -> Result<usize, Error> {
    let mut b = Tagger::builder();
    for g in &args.gazetteers {
        b.gazetteer_file(g)?;
    }
    let tagger = b.build()?;
    let default_date = match &args.date {
        Some(d) => Some(Document::new("").date_str(d)?.reference_date()),
        None => None,
    }
    .flatten();
    let stdout = io::stdout();
    let format = args.format.unwrap_or(if stdout.is_terminal() {
        Format::Table
    } else {
        Format::Jsonl
    });
    let mut out = Out {
        w: BufWriter::with_capacity(1 << 16, stdout.lock()),
        format,
        offsets: args.offsets,
    };
    let io_err = |source| Error::Io { path: None, source };
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
                    eprintln!("tandai: {e}");
                    failed += 1;
                    continue;
                }
            },
        };
        let r = match args.input {
            Input::Text => tag_text(&tagger, reader, &name, default_date, args, &mut out),
            Input::Jsonl => tag_jsonl(&tagger, reader, &name, default_date, args, &mut out),
        };
        match r {
            Ok(n) => failed += n,
            Err(e) if args.strict => return Err(e),
            Err(e) => {
                eprintln!("tandai: {name}: {e}");
                failed += 1;
            }
        }
    }
    out.w.flush().map_err(io_err)?;
    Ok(failed)
}

fn tag_text<W: Write>(
    tagger: &Tagger,
    mut reader: Box<dyn Read>,
    name: &str,
    date: Option<jiff::civil::Date>,
    args: &TagArgs,
    out: &mut Out<W>,
) -> Result<usize, Error> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
        path: Some(name.into()),
        source,
    })?;
    let owned;
    let text = match std::str::from_utf8(&bytes) {
        Ok(t) => t,
        Err(_) if args.lossy => {
            owned = String::from_utf8_lossy(&bytes).into_owned();
            &owned
        }
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(Error::Utf8 { line, byte: at });
        }
    };
    let mut doc = Document::new(text);
    if let Some(d) = date {
        doc = doc.reference(d);
    }
    let ents = tagger.tag_document(&doc);
    out.write(&Json::String(name.to_string()), text, &ents)
        .map_err(|source| Error::Io { path: None, source })?;
    Ok(0)
}

fn tag_jsonl<W: Write>(
    tagger: &Tagger,
    reader: Box<dyn Read>,
    name: &str,
    date: Option<jiff::civil::Date>,
    args: &TagArgs,
    out: &mut Out<W>,
) -> Result<usize, Error> {
    let mut r = BufReader::with_capacity(1 << 16, reader);
    let mut buf = Vec::new();
    let mut line_no = 0usize;
    let mut offset = 0usize;
    let mut failed = 0;
    loop {
        buf.clear();
        let n = r.read_until(b'\n', &mut buf).map_err(|source| Error::Io {
            path: Some(name.into()),
            source,
        })?;
        if n == 0 {
            break;
        }
        line_no += 1;
        let line_start = offset;
        offset += n;
        let res = jsonl_line(tagger, &buf, line_no, line_start, date, args, out);
        if let Err(e) = res {
            if args.strict {
                return Err(e);
            }
            eprintln!("tandai: {name}: {e}");
            failed += 1;
        }
    }
    Ok(failed)
}

fn jsonl_line<W: Write>(
    tagger: &Tagger,
    raw: &[u8],
    line: usize,
    line_start: usize,
    date: Option<jiff::civil::Date>,
    args: &TagArgs,
    out: &mut Out<W>,
) -> Result<(), Error> {
    let owned;
    let s = match std::str::from_utf8(raw) {
        Ok(s) => s,
        Err(_) if args.lossy => {
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
        return Ok(());
    }
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
    let obj = v
        .as_object()
        .ok_or_else(|| bad("expected a JSON object".into()))?;
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
            if let Some(d) = date {
                doc = doc.reference(d);
            }
        }
        Some(_) => return Err(bad("\"date\" is not a string".into())),
    }
    let ents = tagger.tag_document(&doc);
    out.write(&id, text, &ents)
        .map_err(|source| Error::Io { path: None, source })
}
