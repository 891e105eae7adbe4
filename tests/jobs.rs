//! `tandai tag --jobs N`: the same bytes on stdout, the same messages on stderr and the same
//! exit status as one job, for JSONL and for many text files, good and bad input, every
//! format. (No timing here: the README's performance section has the figures.)

mod common;

use std::io::Write;
use std::process::Output;

use common::{tandai, write};

/// Runs `args` with `--jobs 1` and with each of `jobs`; every run must give the same stdout,
/// stderr and exit status. Returns the one-job run.
fn same_with_jobs(args: &[&str], stdin: &[u8], jobs: &[&str]) -> Output {
    let run = |j: &str| {
        let mut a = args.to_vec();
        a.extend(["--jobs", j]);
        tandai(&a, stdin)
    };
    let one = run("1");
    for j in jobs {
        let many = run(j);
        assert_eq!(
            String::from_utf8_lossy(&many.stderr),
            String::from_utf8_lossy(&one.stderr),
            "stderr of {args:?} --jobs {j}"
        );
        assert!(
            many.stdout == one.stdout,
            "stdout of {args:?} --jobs {j} differs from --jobs 1 ({} vs {} bytes)",
            many.stdout.len(),
            one.stdout.len()
        );
        assert_eq!(many.status.code(), one.status.code(), "{args:?} --jobs {j}");
    }
    one
}

/// News-like lines of the example article, with ids, dates and every kind of bad line.
fn mixed_jsonl(copies: usize) -> Vec<u8> {
    let article = include_str!("../examples/berita.txt");
    let mut v = Vec::new();
    let mut n = 0;
    for _ in 0..copies {
        for para in article.split("\n\n") {
            n += 1;
            let text = serde_json::to_string(para).unwrap();
            match n % 9 {
                0 => writeln!(
                    v,
                    r#"{{"id": "d{n}", "text": {text}, "date": "2021-12-31"}}"#
                ),
                1 => writeln!(v, r#"{{"text": {text}}}"#),
                2 => write!(v, "{{\"id\": {n}, \"text\": {text}}}\r\n"),
                _ => writeln!(v, r#"{{"id": {n}, "text": {text}, "date": null}}"#),
            }
            .unwrap();
        }
        // the bad lines of tests/cli.rs, and blank ones
        v.extend_from_slice(b"{not json\n");
        v.extend_from_slice(b"{\"id\": 3}\n");
        v.extend_from_slice(b"\n");
        v.extend_from_slice(b"{\"id\": 4, \"text\": 5}\n");
        v.extend_from_slice(b"{\"id\": 5, \"text\": \"caf\xff Rusia\"}\n");
        v.extend_from_slice(b"[1, 2]\n");
        v.extend_from_slice(b"{\"id\": 6, \"text\": \"Jepang\", \"date\": \"31/12/2021\"}\n");
        v.extend_from_slice(b"   \n");
    }
    // a last line without a newline
    v.extend_from_slice(b"{\"id\": \"end\", \"text\": \"Rusia dan AS bertemu kemarin.\"}");
    v
}

#[test]
fn jsonl_every_format_same_bytes_as_one_job() {
    let input = mixed_jsonl(3);
    for format in ["jsonl", "table", "conll", "brat", "spacy"] {
        let args = ["tag", "--input", "jsonl", "--format", format];
        let one = same_with_jobs(&args, &input, &["2", "3", "0"]);
        assert_eq!(one.status.code(), Some(1), "bad lines fail the run");
        let err = String::from_utf8_lossy(&one.stderr);
        assert!(err.contains("invalid JSON at byte"), "{err}");
        assert!(err.contains("invalid UTF-8 at byte"), "{err}");
        assert!(err.contains("no \"text\" field"), "{err}");
        assert!(!one.stdout.is_empty());
    }
    let args = [
        "tag",
        "--input",
        "jsonl",
        "--format",
        "jsonl",
        "--offsets",
        "char",
    ];
    same_with_jobs(&args, &input, &["2"]);
    let args = ["tag", "--input", "jsonl", "--format", "jsonl", "--lossy"];
    let args_date = [&args[..], &["--date", "2020-02-29"]].concat();
    same_with_jobs(&args_date, &input, &["2"]);
}

#[test]
fn jsonl_strict_stops_at_the_same_line() {
    let input = mixed_jsonl(2);
    for format in ["jsonl", "brat"] {
        let args = ["tag", "--input", "jsonl", "--format", format, "--strict"];
        let one = same_with_jobs(&args, &input, &["2"]);
        assert_eq!(one.status.code(), Some(2));
        assert!(
            !one.stdout.is_empty(),
            "the lines before the bad one are written"
        );
    }
}

/// More lines than one chunk holds (4096), bad ones on both sides of the chunk boundaries,
/// and a line over 1 MiB (line 5002, tagged alone, in segments, between the others).
#[test]
fn jsonl_across_chunks_and_a_long_line() {
    let mut input = Vec::new();
    for i in 0..9000 {
        match i {
            4095 | 4096 | 8191 | 8999 => writeln!(input, "{{\"id\": {i}, \"text\": 1}}"),
            4097 => writeln!(input, "{{broken"),
            _ => writeln!(
                input,
                r#"{{"id": {i}, "text": "Rusia dan AS, kata Jokowi."}}"#
            ),
        }
        .unwrap();
        if i == 5000 {
            let article = include_str!("../examples/berita.txt").replace('\n', " ");
            let long = article.repeat((1 << 20) / article.len() + 2);
            let text = serde_json::to_string(&long).unwrap();
            writeln!(
                input,
                r#"{{"id": "long", "text": {text}, "date": "2021-12-31"}}"#
            )
            .unwrap();
        }
    }
    let args = ["tag", "--input", "jsonl", "--format", "jsonl"];
    let one = same_with_jobs(&args, &input, &["2"]);
    assert_eq!(one.status.code(), Some(1));
    let out = String::from_utf8(one.stdout).unwrap();
    assert_eq!(out.lines().count(), 9001 - 5);
    let err = String::from_utf8_lossy(&one.stderr);
    for line in [4096, 4097, 8193, 9001] {
        assert!(
            err.contains(&format!("line {line}: \"text\" is not a string")),
            "{err}"
        );
    }
    assert!(err.contains("line 4098: invalid JSON"), "{err}");
}

/// Many text files, with a missing one, a binary one, invalid UTF-8 and an empty one.
#[test]
fn many_text_files_same_bytes_as_one_job() {
    let dir = common::scratch("jobs", "files");
    let article = include_str!("../examples/berita.txt");
    let mut files = Vec::new();
    for (i, para) in article.split("\n\n").enumerate() {
        let name = format!("{i:03}.txt");
        files.push(match i % 7 {
            3 => write(&dir, &name, b"Rusia\n\xffJepang"),
            4 => write(&dir, &name, b"Ru\0sia"),
            5 => dir.join("missing.txt").to_str().unwrap().to_string(),
            6 => write(&dir, &name, b""),
            _ => write(&dir, &name, para.as_bytes()),
        });
    }
    files.push(write(&dir, "whole.txt", article.as_bytes()));
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    for format in ["jsonl", "table", "conll", "brat", "spacy"] {
        let args = [&["tag", "--format", format][..], &files].concat();
        let one = same_with_jobs(&args, b"", &["2", "0"]);
        assert_eq!(one.status.code(), Some(1));
        let err = String::from_utf8_lossy(&one.stderr);
        assert!(err.contains("missing.txt"), "{err}");
        assert!(err.contains("invalid UTF-8"), "{err}");
        assert!(err.contains("NUL byte"), "{err}");
    }
    let args = [
        &[
            "tag",
            "--format",
            "jsonl",
            "--lossy",
            "--date",
            "2021-12-31",
        ][..],
        &files,
    ]
    .concat();
    same_with_jobs(&args, b"", &["2"]);
    let args = [&["tag", "--format", "jsonl", "--strict"][..], &files].concat();
    let one = same_with_jobs(&args, b"", &["2"]);
    assert_eq!(one.status.code(), Some(2));
    // standard input among the files, tagged in its place
    let args = [
        &["tag", "--format", "jsonl"][..],
        &files[..3],
        &["-"],
        &files[3..],
    ]
    .concat();
    same_with_jobs(&args, "Zakharova di Moskow.".as_bytes(), &["2"]);
    let _ = std::fs::remove_dir_all(&dir);
}

/// `--strict` with a producer that keeps its end open: tandai stops at the bad line at
/// once, it does not wait for the reader thread.
#[test]
fn strict_with_jobs_does_not_wait_for_more_input() {
    let mut child = common::command(&["tag", "--input", "jsonl", "--jobs", "2", "--strict"])
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"{\"text\": \"Rusia.\"}\n{bad\n").unwrap();
    stdin.flush().unwrap();
    // stdin stays open until tandai has exited
    let out = child.wait_with_output().unwrap();
    drop(stdin);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("line 2: invalid JSON"));
    assert!(out.stdout.starts_with(b"{\"id\":1,"));
}

/// With several jobs, `--input jsonl` is still a streaming filter: a line's result comes out
/// before the next line is sent.
#[test]
fn jsonl_with_jobs_streams_line_by_line() {
    common::assert_jsonl_streams(&["--jobs", "2"]);
}

/// A reader that goes away stops tandai quietly with several jobs too.
#[test]
fn closed_stdout_stops_quietly_with_jobs() {
    common::assert_closed_stdout_stops_quietly(&["--jobs", "2"]);
}
