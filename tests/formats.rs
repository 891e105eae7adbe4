//! `tandai tag --format conll|brat|spacy`: golden files for a small JSONL fixture written for
//! this project (`tests/fixtures/formats.jsonl`: non-ASCII text, a document without entities,
//! several sentences), and checks that each format says the same as the JSONL output.
//!
//! `UPDATE_GOLDEN=1 cargo test` rewrites the golden files after a reviewed tagger change.

use std::process::Command;

use serde_json::Value as Json;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/formats.jsonl");

fn tag(format: &str, extra: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tandai"))
        .args(["tag", "--input", "jsonl", "--format", format])
        .args(extra)
        .arg(FIXTURE)
        .output()
        .expect("run tandai");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn golden(name: &str, got: &str) {
    let path = format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, got).unwrap();
    }
    let want = std::fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        got, want,
        "--format output for tests/fixtures/formats.jsonl changed ({name}); review, then UPDATE_GOLDEN=1 cargo test"
    );
}

/// The fixture's documents: (id, text).
fn fixture() -> Vec<(Json, String)> {
    std::fs::read_to_string(FIXTURE)
        .unwrap()
        .lines()
        .map(|l| {
            let v: Json = serde_json::from_str(l).unwrap();
            (v["id"].clone(), v["text"].as_str().unwrap().to_string())
        })
        .collect()
}

/// Entities per document from the JSONL output with character offsets: (start, end, label).
fn reference() -> Vec<Vec<(usize, usize, String)>> {
    tag("jsonl", &["--offsets", "char"])
        .lines()
        .map(|l| {
            let v: Json = serde_json::from_str(l).unwrap();
            v["entities"]
                .as_array()
                .unwrap()
                .iter()
                .map(|e| {
                    (
                        e["start"].as_u64().unwrap() as usize,
                        e["end"].as_u64().unwrap() as usize,
                        e["label"].as_str().unwrap().to_string(),
                    )
                })
                .collect()
        })
        .collect()
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn golden_conll() {
    let got = tag("conll", &[]);
    golden("formats.conll", &got);

    // the tokens, read back with their tags, give the same entities as the JSONL output
    let docs = fixture();
    let reference = reference();
    let blocks: Vec<&str> = got.split("-DOCSTART-\tO\n\n").skip(1).collect();
    assert_eq!(blocks.len(), docs.len());
    for ((block, (_, text)), want) in blocks.iter().zip(&docs).zip(&reference) {
        let mut at = 0; // char offset into text
        let mut ents: Vec<(usize, usize, String)> = Vec::new();
        for line in block.lines().filter(|l| !l.is_empty()) {
            let (tok, tag) = line.split_once('\t').expect("token<TAB>tag");
            let rest: String = text.chars().skip(at).collect();
            let skip = rest.len() - rest.trim_start().len();
            at += rest[..skip].chars().count();
            assert!(
                rest.trim_start().starts_with(tok),
                "token {tok:?} not next in the text"
            );
            let (start, end) = (at, at + tok.chars().count());
            at = end;
            if let Some(label) = tag.strip_prefix("B-") {
                ents.push((start, end, label.to_string()));
            } else if let Some(label) = tag.strip_prefix("I-") {
                let last = ents.last_mut().expect("I- after B-");
                assert_eq!(last.2, label);
                last.1 = end;
            } else {
                assert_eq!(tag, "O");
            }
        }
        assert_eq!(&ents, want);
    }
}

#[test]
fn golden_brat() {
    let got = tag("brat", &[]);
    golden("formats.ann", &got);

    // one blank line between documents; T numbers restart; offsets are characters
    let docs = fixture();
    let reference = reference();
    let mut blocks: Vec<Vec<&str>> = vec![Vec::new()];
    for line in got.lines() {
        if line.is_empty() {
            blocks.push(Vec::new());
        } else {
            blocks.last_mut().unwrap().push(line);
        }
    }
    assert_eq!(blocks.len(), docs.len(), "{got:?}");
    for ((block, (_, text)), want) in blocks.iter().zip(&docs).zip(&reference) {
        let mut ents = Vec::new();
        for (n, line) in block.iter().enumerate() {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 3, "{line:?}");
            assert_eq!(f[0], format!("T{}", n + 1));
            let (label, offsets) = f[1].split_once(' ').unwrap();
            let (s, e) = offsets.split_once(' ').unwrap();
            let (s, e): (usize, usize) = (s.parse().unwrap(), e.parse().unwrap());
            assert_eq!(chars(text, s, e), f[2]);
            ents.push((s, e, label.to_string()));
        }
        assert_eq!(&ents, want);
    }
}

#[test]
fn golden_spacy() {
    let got = tag("spacy", &[]);
    golden("formats.spacy.jsonl", &got);

    let docs = fixture();
    let reference = reference();
    let lines: Vec<Json> = got
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), docs.len());
    for ((doc, (id, text)), want) in lines.iter().zip(&docs).zip(&reference) {
        assert_eq!(&doc["id"], id);
        assert_eq!(doc["text"].as_str().unwrap(), text);
        let ents: Vec<(usize, usize, String)> = doc["ents"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["start"].as_u64().unwrap() as usize,
                    e["end"].as_u64().unwrap() as usize,
                    e["label"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        assert_eq!(&ents, want);
        // what Doc.char_span needs: every entity starts and ends on a token boundary
        let toks: Vec<(usize, usize)> = doc["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .enumerate()
            .map(|(i, t)| {
                assert_eq!(t["id"], i);
                (
                    t["start"].as_u64().unwrap() as usize,
                    t["end"].as_u64().unwrap() as usize,
                )
            })
            .collect();
        assert!(toks.windows(2).all(|w| w[0].1 <= w[1].0));
        for (s, e, _) in &ents {
            assert!(toks.iter().any(|t| t.0 == *s), "entity start {s}");
            assert!(toks.iter().any(|t| t.1 == *e), "entity end {e}");
        }
        // and nothing but whitespace lies between tokens
        let mut at = 0;
        for (s, e) in toks {
            assert!(chars(text, at, s).trim().is_empty());
            at = e;
        }
        assert!(chars(text, at, text.chars().count()).trim().is_empty());
    }
}

#[test]
fn brat_and_spacy_refuse_byte_offsets() {
    for format in ["brat", "spacy"] {
        let out = Command::new(env!("CARGO_BIN_EXE_tandai"))
            .args(["tag", "--format", format, "--offsets", "byte", FIXTURE])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("character offsets"));
    }
}
