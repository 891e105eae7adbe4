//! The `tandai` binary, spawned as a user would: the CLI contract of DESIGN.md.

mod common;

use std::process::{Command, Output};

use common::tandai;

fn lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8(out.stdout.clone())
        .expect("utf-8 output")
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect()
}

fn spans(doc: &serde_json::Value) -> Vec<(u64, u64, String, String)> {
    doc["entities"]
        .as_array()
        .expect("entities")
        .iter()
        .map(|e| {
            (
                e["start"].as_u64().unwrap(),
                e["end"].as_u64().unwrap(),
                e["label"].as_str().unwrap().to_string(),
                e["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn plain_text_from_stdin_to_jsonl() {
    let out = tandai(
        &["tag", "--format", "jsonl"],
        "Presiden Joko Widodo tiba di Jenewa.".as_bytes(),
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let docs = lines(&out);
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0]["id"], "-");
    assert_eq!(
        spans(&docs[0]),
        [
            (9, 20, "PERSON".into(), "Joko Widodo".into()),
            (29, 35, "LOCATION".into(), "Jenewa".into())
        ]
    );
}

#[test]
fn jsonl_keeps_ids_order_and_uses_the_date() {
    let input = concat!(
        r#"{"id": "a", "text": "Rusia dan AS bertemu kemarin.", "date": "2021-12-31"}"#,
        "\n",
        r#"{"id": 7, "text": "Tidak ada apa-apa."}"#,
        "\n",
        r#"{"text": "Zakharova bicara."}"#,
        "\n",
    );
    let out = tandai(
        &["tag", "--input", "jsonl", "--format", "jsonl"],
        input.as_bytes(),
    );
    assert!(out.status.success());
    let docs = lines(&out);
    assert_eq!(docs.len(), 3);
    assert_eq!(docs[0]["id"], "a");
    assert_eq!(docs[1]["id"], 7);
    assert_eq!(docs[2]["id"], 3, "a line without id gets its line number");
    let e = docs[0]["entities"].as_array().unwrap();
    let values: Vec<&str> = e.iter().map(|e| e["value"].as_str().unwrap()).collect();
    assert_eq!(values, ["RU", "US", "2021-12-30"]);
    assert_eq!(e[2]["grain"], "day");
    assert_eq!(e[2]["anchored"], true);
}

#[test]
fn char_offsets() {
    let text = "“Rusia” dan Jenewa";
    let byte = tandai(&["tag", "--format", "jsonl"], text.as_bytes());
    let chars = tandai(
        &["tag", "--format", "jsonl", "--offsets", "char"],
        text.as_bytes(),
    );
    let b = spans(&lines(&byte)[0]);
    let c = spans(&lines(&chars)[0]);
    assert_eq!((b[0].0, b[0].1), (3, 8));
    assert_eq!((c[0].0, c[0].1), (1, 6));
    assert_eq!((c[1].0, c[1].1), (12, 18));
    let chars: Vec<char> = text.chars().collect();
    let s: String = chars[c[1].0 as usize..c[1].1 as usize].iter().collect();
    assert_eq!(s, "Jenewa");
}

#[test]
fn user_gazetteer_is_added_and_errors_name_file_and_line() {
    let dir = std::env::temp_dir().join(format!("tandai-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("good.tsv");
    std::fs::write(&good, "\u{feff}# mine\r\nsurface\tlabel\tvalue\tcase\tpriority\r\nWarung Kopi Senja\tORGANIZATION\t\tany\t50\r\n").unwrap();
    let out = tandai(
        &[
            "tag",
            "--format",
            "jsonl",
            "--gazetteer",
            good.to_str().unwrap(),
        ],
        "Ia minum di Warung Kopi Senja.".as_bytes(),
    );
    assert!(out.status.success());
    assert_eq!(spans(&lines(&out)[0])[0].3, "Warung Kopi Senja");

    let bad = dir.join("bad.tsv");
    std::fs::write(
        &bad,
        "surface\tlabel\tvalue\tcase\tpriority\nA\tPERSON\t\tany\t50\nB\tTHING\t\tany\t50\n",
    )
    .unwrap();
    let out = tandai(&["tag", "--gazetteer", bad.to_str().unwrap()], b"x");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("bad.tsv:3: unknown label \"THING\""), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn bad_jsonl_lines_are_reported_and_the_rest_still_tagged() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"Rusia\"}\n");
    input.extend_from_slice(b"{not json\n");
    input.extend_from_slice(b"{\"id\": 3}\n");
    input.extend_from_slice(b"{\"id\": 4, \"text\": 5}\n");
    input.extend_from_slice(b"{\"id\": 5, \"text\": \"caf\xff\"}\n");
    input.extend_from_slice(b"{\"id\": 6, \"text\": \"Jepang\"}\n");
    let out = tandai(&["tag", "--input", "jsonl", "--format", "jsonl"], &input);
    assert_eq!(out.status.code(), Some(1), "some lines failed");
    let ids: Vec<u64> = lines(&out)
        .iter()
        .map(|d| d["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, [1, 6]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("line 2: invalid JSON at byte 28 (column 2)"),
        "{err}"
    );
    assert!(err.contains("line 3: no \"text\" field"), "{err}");
    assert!(err.contains("line 4: \"text\" is not a string"), "{err}");
    // line 5 starts at byte 68 of the input; its bad byte is byte 22 of the line
    assert!(err.contains("line 5: invalid UTF-8 at byte 90"), "{err}");

    let strict = tandai(
        &["tag", "--input", "jsonl", "--format", "jsonl", "--strict"],
        &input,
    );
    assert_eq!(strict.status.code(), Some(2));
    assert_eq!(
        lines(&strict).len(),
        1,
        "strict stops at the first bad line"
    );
}

#[test]
fn invalid_utf8_text_is_an_error_unless_lossy() {
    let out = tandai(&["tag", "--format", "jsonl"], b"Rusia\n\xffJepang");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2: invalid UTF-8 at byte 6"));
    let out = tandai(
        &["tag", "--format", "jsonl", "--lossy"],
        b"Rusia\n\xffJepang",
    );
    assert!(out.status.success());
    assert_eq!(spans(&lines(&out)[0]).len(), 2);
}

#[test]
fn missing_file_is_reported_and_others_still_tagged() {
    let dir = std::env::temp_dir().join(format!("tandai-cli-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("a.txt");
    std::fs::write(&f, "Jenewa").unwrap();
    let out = tandai(
        &[
            "tag",
            "--format",
            "jsonl",
            "/nonexistent/x.txt",
            f.to_str().unwrap(),
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/x.txt"));
    assert_eq!(lines(&out).len(), 1);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn table_format() {
    let out = tandai(
        &["tag", "--format", "table"],
        "Zakharova di Moskow".as_bytes(),
    );
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("LOCATION") && s.contains("Moskow"), "{s}");
}

/// The example article shipped in the repo, tagged as README's first command does:
/// a golden file, one entity per line. `UPDATE_GOLDEN=1 cargo test` rewrites it.
#[test]
fn golden_example_article() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/berita.txt");
    let out = Command::new(env!("CARGO_BIN_EXE_tandai"))
        .args(["tag", "--format", "table", path])
        .output()
        .unwrap();
    assert!(out.status.success());
    let got = String::from_utf8(out.stdout).unwrap();
    let got: String = got
        .lines()
        .skip(1)
        .map(|l| format!("{}\n", l.trim_end()))
        .collect();
    let golden = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/berita.table");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(golden, &got).unwrap();
    }
    let want = std::fs::read_to_string(golden).unwrap();
    assert_eq!(
        got, want,
        "tagging of examples/berita.txt changed; review, then UPDATE_GOLDEN=1 cargo test"
    );
}

/// `tandai eval` on a small gold file: score.py's label mapping (a LOCATION or GPE with
/// `"country": true` is a COUNTRY, `PER`/`LOC` aliases), only the gold's labels scored (no
/// DATE here, so `kemarin` counts for nothing), values compared, a line without text counted
/// as a document without prediction (exit status 1).
#[test]
fn eval_scores_a_gold_file() {
    let gold = concat!(
        r#"{"id": "a", "text": "Presiden Joko Widodo tiba di Jenewa.", "entities": [{"start": 9, "end": 20, "label": "PER"}, {"start": 29, "end": 35, "label": "LOC"}]}"#,
        "\n",
        r#"{"id": "b", "text": "Rusia dan AS bertemu kemarin.", "date": "2021-12-31", "entities": [{"start": 0, "end": 5, "label": "LOCATION", "country": true, "value": "RU"}, {"start": 10, "end": 12, "label": "GPE", "country": true, "value": "XX"}]}"#,
        "\n\n",
        r#"{"id": "c", "entities": [{"start": 0, "end": 3, "label": "PERSON"}]}"#,
        "\n",
    );
    let out = tandai(&["eval", "-"], gold.as_bytes());
    assert_eq!(
        out.status.code(),
        Some(1),
        "one document could not be tagged"
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 4: no \"text\" field"));
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        "label            gold   pred       P       R      F1\n\
         PERSON              2      1   1.000   0.500   0.667\n\
         COUNTRY             2      2   1.000   1.000   1.000\n\
         LOCATION            1      1   1.000   1.000   1.000\n\
         MICRO               5      4   1.000   0.800   0.889\n\
         values right (of exactly found gold entities with a value): COUNTRY 1/2\n\
         warning: 1 gold docs have no prediction\n"
    );

    let out = tandai(
        &["eval", "-", "--format", "json", "--labels", "person,loc"],
        gold.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["missing_docs"], 1);
    let labels: Vec<&String> = v["labels"].as_object().unwrap().keys().collect();
    assert_eq!(labels, ["PERSON", "LOCATION", "MICRO"]);
    assert_eq!(v["labels"]["MICRO"]["tp"], 2);
    assert_eq!(v["labels"]["MICRO"]["f1"], 0.8);

    let out = tandai(&["eval", "-"], b"{\"id\": 1, \"text\": \"x\"}\nnot json\n");
    assert_eq!(out.status.code(), Some(2), "a broken gold file is fatal");
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2"));
}

/// No progress output when stderr is not a terminal, however long the run.
#[test]
fn no_progress_when_stderr_is_not_a_terminal() {
    let mut input = String::new();
    for i in 0..3000 {
        input.push_str(&format!(
            "{{\"id\": {i}, \"text\": \"Presiden Joko Widodo tiba di Jenewa, Kamis (30/12/2021), kata juru bicara Kementerian Luar Negeri.\"}}\n"
        ));
    }
    let out = tandai(
        &["tag", "--input", "jsonl", "--format", "jsonl"],
        input.as_bytes(),
    );
    assert!(out.status.success());
    assert_eq!(lines(&out).len(), 3000);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A streaming filter: each JSONL line's result comes out while the input is still open.
#[test]
fn jsonl_streams_line_by_line() {
    common::assert_jsonl_streams(&[]);
}

/// A reader that goes away (`| head -1`) stops tandai quietly, without an error per line.
#[test]
fn closed_stdout_stops_quietly() {
    common::assert_closed_stdout_stops_quietly(&[]);
}
