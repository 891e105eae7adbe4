//! `tandai eval`: tag the texts of a gold JSONL file and score the entities found, exact span
//! and label, CoNLL style.
//!
//! The figures are those of the project's scorer (`shared/tools/score.py GOLD PRED`) run on
//! `tandai tag --input jsonl --format jsonl < GOLD`, and the table is printed the same way:
//! - documents are matched by `id` (the line number when a line has none; a later line with the
//!   same id replaces an earlier one);
//! - entities are sets of (start, end, label), UTF-8 byte offsets;
//! - a gold `LOCATION` (or `GPE`, `LOC`) with a true `"country"` counts as `COUNTRY`; other
//!   labels go through the alias map (`PER` → `PERSON`, `ORG` → `ORGANIZATION`, `GPE` →
//!   `LOCATION`, ...), unknown ones stay as they are (and are not scored by default);
//! - only the requested labels that occur in the gold are scored, so a corpus without DATE
//!   neither rewards nor punishes DATE predictions;
//! - P, R and F1 are rounded to four decimals, then printed with three;
//! - values: of the gold entities that carry a `value` and were found exactly, how many got
//!   the same value.

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufRead, BufReader, IsTerminal, Read, Write};
use std::path::PathBuf;

use clap::ValueEnum;
use serde_json::{Map, Value as Json, json};
use tandai::Error;

use crate::progress::Progress;
use crate::{TaggerArgs, document, out_err, parse_object};

#[derive(clap::Args, Debug)]
pub struct EvalArgs {
    /// Gold JSONL (`-` for stdin): {"id", "text", "entities": [{"start", "end", "label",
    /// "country"?, "value"?}]} per line, UTF-8 byte offsets.
    gold: PathBuf,
    /// Labels to score, comma-separated (case-insensitive; PER, ORG, LOC, GPE accepted).
    /// Labels the gold never uses are left out.
    #[arg(
        long,
        value_delimiter = ',',
        default_value = "PERSON,ORGANIZATION,COUNTRY,LOCATION,DATE"
    )]
    labels: Vec<String>,
    /// `table` (score.py's layout) or `json` (score.py --json's object).
    #[arg(long, value_enum, default_value_t = EvalFormat::Table)]
    format: EvalFormat,
    #[command(flatten)]
    tagger: TaggerArgs,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum EvalFormat {
    Table,
    Json,
}

/// The label aliases of score.py (applied to upper-cased labels).
fn alias(upper: &str) -> &str {
    match upper {
        "PER" | "PERSON" => "PERSON",
        "ORG" | "ORGANIZATION" | "ORGANISATION" => "ORGANIZATION",
        "COUNTRY" => "COUNTRY",
        "LOC" | "LOCATION" | "GPE" => "LOCATION",
        "DATE" | "DAT" => "DATE",
        other => other,
    }
}

/// A document key: ids compare as in Python (`1 == 1.0 == true`, `"1" != 1`).
type Key = String;
/// (start, end, label)
type Ent = (i64, i64, String);

fn key(id: &Json, line: usize) -> Result<Key, Error> {
    Ok(match id {
        Json::Null => "None".into(),
        Json::Bool(b) => format!("n{}", u8::from(*b)),
        Json::Number(n) => match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => format!("n{i}"),
            (None, Some(f)) if f.fract() == 0.0 && f.abs() < 9e15 => format!("n{}", f as i64),
            (None, Some(f)) => format!("f{}", f.to_bits()),
            (None, None) => format!("x{n}"),
        },
        Json::String(s) => format!("s{s}"),
        _ => {
            return Err(Error::Input {
                line,
                message: "\"id\" must be a string or a number".into(),
            });
        }
    })
}

/// Python's truthiness of a JSON value.
fn truthy(v: &Json) -> bool {
    match v {
        Json::Null => false,
        Json::Bool(b) => *b,
        Json::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Json::String(s) => !s.is_empty(),
        Json::Array(a) => !a.is_empty(),
        Json::Object(o) => !o.is_empty(),
    }
}

/// Python's `int()` of an offset.
fn int(v: &Json) -> Option<i64> {
    match v {
        Json::Number(n) => n.as_i64().or_else(|| n.as_f64().map(|f| f.trunc() as i64)),
        Json::Bool(b) => Some(i64::from(*b)),
        Json::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// score.py's `value_str`: the string a value is compared by.
fn value_str(v: &Json) -> String {
    match v {
        Json::Object(o) => {
            for k in ["iso", "value", "code", "date", "canonical", "name"] {
                if let Some(x) = o.get(k) {
                    return py_str(x);
                }
            }
            // json.dumps(v, sort_keys=True), near enough: only used to compare
            let sorted: std::collections::BTreeMap<&String, &Json> = o.iter().collect();
            serde_json::to_string(&sorted).unwrap_or_default()
        }
        other => py_str(other),
    }
}

/// Python's `str()` of a JSON scalar.
fn py_str(v: &Json) -> String {
    match v {
        Json::String(s) => s.clone(),
        Json::Null => "None".into(),
        Json::Bool(true) => "True".into(),
        Json::Bool(false) => "False".into(),
        Json::Number(n) if n.is_f64() => {
            let f = n.as_f64().unwrap_or(0.0);
            // Rust's Debug and Python's repr pick the same digits and the same switch to
            // exponents; Python writes the exponent with a sign and two digits
            let s = format!("{f:?}");
            match s.split_once('e') {
                Some((m, e)) => {
                    let (sign, digits) = e.strip_prefix('-').map_or(("+", e), |d| ("-", d));
                    format!("{m}e{sign}{digits:0>2}")
                }
                None => s,
            }
        }
        other => other.to_string(),
    }
}

/// What the gold says and what the tagger found, as score.py holds them.
#[derive(Default)]
struct Corpus {
    gold: HashMap<Key, HashSet<Ent>>,
    pred: HashMap<Key, HashSet<Ent>>,
    /// score.py keeps values of replaced documents too; so do we
    gold_values: HashMap<(Key, Ent), String>,
    pred_values: HashMap<(Key, Ent), String>,
}

/// The counts and figures of one label (or MICRO).
#[derive(Debug, Clone, PartialEq)]
struct Row {
    tp: usize,
    fp: usize,
    fn_: usize,
    p: f64,
    r: f64,
    f1: f64,
}

/// Python's `round(x, 4)`: both round the exact binary value, ties to even.
fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

impl Row {
    fn new(tp: usize, fp: usize, fn_: usize) -> Row {
        let ratio = |a: usize, b: usize| if b > 0 { a as f64 / b as f64 } else { 0.0 };
        let p = ratio(tp, tp + fp);
        let r = ratio(tp, tp + fn_);
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        Row {
            tp,
            fp,
            fn_,
            p: round4(p),
            r: round4(r),
            f1: round4(f1),
        }
    }
}

/// The scores: rows per label then MICRO, values right per label, gold documents not tagged.
struct Report {
    rows: Vec<(String, Row)>,
    values: Vec<(String, (usize, usize))>,
    missing: usize,
}

impl Corpus {
    fn score(&self, wanted: &[String]) -> Report {
        let present: HashSet<&str> = self
            .gold
            .values()
            .flat_map(|g| g.iter().map(|e| e.2.as_str()))
            .collect();
        let labels: Vec<&String> = wanted
            .iter()
            .filter(|l| present.contains(l.as_str()))
            .collect();
        let scored: HashSet<&str> = labels.iter().map(|l| l.as_str()).collect();
        let missing = self
            .gold
            .keys()
            .filter(|k| !self.pred.contains_key(*k))
            .count();
        let (mut tp, mut fp, mut fn_) = (
            HashMap::<&str, usize>::new(),
            HashMap::new(),
            HashMap::new(),
        );
        let empty = HashSet::new();
        for (k, g) in &self.gold {
            let p = self.pred.get(k).unwrap_or(&empty);
            let g: HashSet<&Ent> = g.iter().filter(|e| scored.contains(e.2.as_str())).collect();
            let p: HashSet<&Ent> = p.iter().filter(|e| scored.contains(e.2.as_str())).collect();
            for e in g.intersection(&p) {
                *tp.entry(e.2.as_str()).or_default() += 1;
            }
            for e in p.difference(&g) {
                *fp.entry(e.2.as_str()).or_default() += 1;
            }
            for e in g.difference(&p) {
                *fn_.entry(e.2.as_str()).or_default() += 1;
            }
        }
        let get = |m: &HashMap<&str, usize>, l: &str| m.get(l).copied().unwrap_or(0);
        let mut rows: Vec<(String, Row)> = Vec::new();
        for l in &labels {
            let row = Row::new(get(&tp, l), get(&fp, l), get(&fn_, l));
            if !rows.iter().any(|(n, _)| n == *l) {
                rows.push((l.to_string(), row));
            }
        }
        let sum = |m: &HashMap<&str, usize>| labels.iter().map(|l| get(m, l)).sum::<usize>();
        rows.push(("MICRO".into(), Row::new(sum(&tp), sum(&fp), sum(&fn_))));

        let mut vals: HashMap<&str, (usize, usize)> = HashMap::new();
        for ((k, e), v) in &self.gold_values {
            if !self.pred.get(k).is_some_and(|p| p.contains(e)) {
                continue;
            }
            let c = vals.entry(e.2.as_str()).or_default();
            c.1 += 1;
            if self.pred_values.get(&(k.clone(), e.clone())) == Some(v) {
                c.0 += 1;
            }
        }
        let mut values = Vec::new();
        for l in &labels {
            match vals.get(l.as_str()) {
                Some(&c) if c.1 > 0 && !values.iter().any(|(n, _)| n == *l) => {
                    values.push((l.to_string(), c));
                }
                _ => {}
            }
        }
        Report {
            rows,
            values,
            missing,
        }
    }
}

impl Report {
    /// score.py's table.
    fn table(&self) -> String {
        let mut s = format!(
            "{:14} {:>6} {:>6} {:>7} {:>7} {:>7}\n",
            "label", "gold", "pred", "P", "R", "F1"
        );
        for (l, m) in &self.rows {
            s += &format!(
                "{l:14} {:6} {:6} {:7.3} {:7.3} {:7.3}\n",
                m.tp + m.fn_,
                m.tp + m.fp,
                m.p,
                m.r,
                m.f1
            );
        }
        if !self.values.is_empty() {
            let v: Vec<String> = self
                .values
                .iter()
                .map(|(l, (ok, n))| format!("{l} {ok}/{n}"))
                .collect();
            s += &format!(
                "values right (of exactly found gold entities with a value): {}\n",
                v.join(", ")
            );
        }
        if self.missing > 0 {
            s += &format!("warning: {} gold docs have no prediction\n", self.missing);
        }
        s
    }

    /// score.py --json's object.
    fn json(&self) -> Json {
        let mut labels = Map::new();
        for (l, m) in &self.rows {
            labels.insert(
                l.clone(),
                json!({"tp": m.tp, "fp": m.fp, "fn": m.fn_, "p": m.p, "r": m.r, "f1": m.f1}),
            );
        }
        let mut values = Map::new();
        for (l, (ok, n)) in &self.values {
            values.insert(l.clone(), json!(format!("{ok}/{n}")));
        }
        json!({"missing_docs": self.missing, "labels": labels, "values": values})
    }
}

pub fn run(args: &EvalArgs) -> Result<usize, Error> {
    let (tagger, default_date) = args.tagger.build()?;
    let wanted: Vec<String> = args
        .labels
        .iter()
        .map(|l| alias(&l.trim().to_uppercase()).to_string())
        .collect();
    let path = &args.gold;
    let reader: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(io::stdin().lock())
    } else {
        Box::new(File::open(path).map_err(|source| Error::Io {
            path: Some(path.clone()),
            source,
        })?)
    };
    let name = path.display().to_string();
    let in_file = |e: Error| match e {
        Error::Input { line, message } => Error::Input {
            line,
            message: format!("{name}: {message}"),
        },
        Error::Utf8 { line, byte } => Error::Input {
            line,
            message: format!("{name}: invalid UTF-8 at byte {byte}"),
        },
        e => e,
    };
    let mut progress = Progress::new(io::stderr().is_terminal());
    let mut corpus = Corpus::default();
    let mut failed = 0;
    let mut r = BufReader::with_capacity(1 << 16, reader);
    let mut buf = Vec::new();
    let (mut line, mut offset) = (0usize, 0usize);
    loop {
        buf.clear();
        let n = r.read_until(b'\n', &mut buf).map_err(|source| Error::Io {
            path: Some(path.clone()),
            source,
        })?;
        if n == 0 {
            break;
        }
        line += 1;
        let line_start = offset;
        offset += n;
        let s = std::str::from_utf8(&buf).map_err(|e| {
            in_file(Error::Utf8 {
                line,
                byte: line_start + e.valid_up_to(),
            })
        })?;
        let s = s.trim();
        if s.is_empty() {
            continue;
        }
        let obj = parse_object(s, line, line_start).map_err(in_file)?;
        let k = key(obj.get("id").unwrap_or(&json!(line)), line).map_err(in_file)?;
        let gold = gold_entities(&obj, line).map_err(in_file)?;
        let mut set = HashSet::new();
        for (e, v) in gold {
            if let Some(v) = v {
                corpus.gold_values.insert((k.clone(), e.clone()), v);
            }
            set.insert(e);
        }
        corpus.gold.insert(k.clone(), set);
        // what `tandai tag --input jsonl` does with the line
        match document(&obj, line, default_date) {
            Ok((_, doc)) => {
                let mut set = HashSet::new();
                for e in tagger.tag_document(&doc) {
                    let ent = (
                        e.span.start as i64,
                        e.span.end as i64,
                        alias(e.label.as_str()).to_string(),
                    );
                    if let Some(v) = &e.value {
                        corpus
                            .pred_values
                            .insert((k.clone(), ent.clone()), v.to_string());
                    }
                    set.insert(ent);
                }
                corpus.pred.insert(k, set);
            }
            Err(e) => {
                progress.eprintln(&format!("tandai: {name}: {e}"));
                failed += 1;
            }
        }
        progress.add(1, n);
    }
    progress.finish();
    let report = corpus.score(&wanted);
    let dropped: Vec<&str> = wanted
        .iter()
        .filter(|l| !report.rows.iter().any(|(n, _)| n == *l))
        .map(String::as_str)
        .collect();
    if !dropped.is_empty() && args.format == EvalFormat::Table {
        eprintln!(
            "tandai: not scored (the gold never uses them): {}",
            dropped.join(", ")
        );
    }
    let out = match args.format {
        EvalFormat::Table => report.table(),
        EvalFormat::Json => format!("{}\n", report.json()),
    };
    let mut stdout = io::stdout().lock();
    stdout.write_all(out.as_bytes()).map_err(out_err)?;
    stdout.flush().map_err(out_err)?;
    Ok(failed)
}

/// The gold entities of a line, labels mapped as score.py maps them, with their values.
fn gold_entities(
    obj: &Map<String, Json>,
    line: usize,
) -> Result<Vec<(Ent, Option<String>)>, Error> {
    let bad = |message: String| Error::Input { line, message };
    let ents = match obj.get("entities") {
        None | Some(Json::Null) => return Ok(Vec::new()),
        Some(Json::Array(a)) => a,
        Some(_) => return Err(bad("\"entities\" is not a list".into())),
    };
    let mut out = Vec::with_capacity(ents.len());
    for (i, e) in ents.iter().enumerate() {
        let field = |name: &str| {
            e.get(name)
                .ok_or_else(|| bad(format!("entity {}: no {name:?}", i + 1)))
        };
        let label = field("label")?
            .as_str()
            .ok_or_else(|| bad(format!("entity {}: \"label\" is not a string", i + 1)))?
            .to_uppercase();
        let offset = |name: &str| {
            field(name).and_then(|v| {
                int(v).ok_or_else(|| bad(format!("entity {}: {name:?} is not a number", i + 1)))
            })
        };
        let (start, end) = (offset("start")?, offset("end")?);
        let country = e.get("country").is_some_and(truthy);
        let label = if matches!(label.as_str(), "GPE" | "LOCATION" | "LOC") && country {
            "COUNTRY".to_string()
        } else {
            alias(&label).to_string()
        };
        let value = e.get("value").filter(|v| !v.is_null()).map(value_str);
        out.push(((start, end, label), value));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounding_is_pythons() {
        // round(x, 4) then "%.3f", ties to even at both steps
        assert_eq!(round4(1.0 / 32.0), 0.0312);
        assert_eq!(format!("{:.3}", round4(1.0 / 16.0)), "0.062");
        assert_eq!(format!("{:.3}", round4(15.0 / 16.0)), "0.938");
        assert_eq!(round4(2.0 / 3.0), 0.6667);
    }

    #[test]
    fn python_strings_and_truth() {
        assert_eq!(py_str(&json!(2014)), "2014");
        assert_eq!(py_str(&json!(1.0)), "1.0");
        assert_eq!(py_str(&json!(1e16)), "1e+16");
        assert_eq!(py_str(&json!(1.5e-5)), "1.5e-05");
        assert_eq!(py_str(&json!(true)), "True");
        assert_eq!(value_str(&json!({"iso": "2021-12"})), "2021-12");
        assert!(truthy(&json!(1)) && !truthy(&json!(0)) && !truthy(&json!("")));
        assert_eq!(key(&json!(1), 1).unwrap(), key(&json!(1.0), 1).unwrap());
        assert_eq!(key(&json!(true), 1).unwrap(), key(&json!(1), 1).unwrap());
        assert_ne!(key(&json!("1"), 1).unwrap(), key(&json!(1), 1).unwrap());
    }

    fn ent(s: i64, e: i64, l: &str) -> Ent {
        (s, e, l.to_string())
    }

    #[test]
    fn scores_like_score_py() {
        let mut c = Corpus::default();
        c.gold.insert(
            "sa".into(),
            [
                ent(0, 5, "COUNTRY"),
                ent(10, 12, "PERSON"),
                ent(20, 23, "EVT"),
            ]
            .into(),
        );
        c.pred.insert(
            "sa".into(),
            [
                ent(0, 5, "COUNTRY"),
                ent(10, 13, "PERSON"),
                ent(30, 34, "DATE"),
            ]
            .into(),
        );
        c.gold_values
            .insert(("sa".into(), ent(0, 5, "COUNTRY")), "RU".into());
        c.pred_values
            .insert(("sa".into(), ent(0, 5, "COUNTRY")), "RU".into());
        c.gold.insert("sb".into(), [ent(1, 2, "PERSON")].into());
        let labels: Vec<String> = ["PERSON", "ORGANIZATION", "COUNTRY", "LOCATION", "DATE"]
            .map(String::from)
            .into();
        let r = c.score(&labels);
        assert_eq!(r.missing, 1);
        let names: Vec<&str> = r.rows.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            ["PERSON", "COUNTRY", "MICRO"],
            "DATE is not in the gold"
        );
        assert_eq!(r.rows[0].1, Row::new(0, 1, 2));
        assert_eq!(r.rows[2].1, Row::new(1, 1, 2));
        assert_eq!(r.rows[2].1.p, 0.5);
        assert_eq!(r.rows[2].1.r, 0.3333);
        assert_eq!(r.values, [("COUNTRY".to_string(), (1, 1))]);
        assert_eq!(
            r.table(),
            "label            gold   pred       P       R      F1\n\
             PERSON              2      1   0.000   0.000   0.000\n\
             COUNTRY             1      1   1.000   1.000   1.000\n\
             MICRO               3      2   0.500   0.333   0.400\n\
             values right (of exactly found gold entities with a value): COUNTRY 1/1\n\
             warning: 1 gold docs have no prediction\n"
        );
    }
}
