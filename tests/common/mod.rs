//! Helpers shared by the test binaries that run the `tandai` command.
#![allow(dead_code)] // each test binary uses its own share of them

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// The `tandai` binary with `args`, every stream piped.
pub fn command(args: &[&str]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tandai"));
    c.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    c
}

/// Runs `tandai` with `args` on `stdin` and returns what it wrote and its status.
pub fn tandai(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = command(args).spawn().expect("spawn tandai");
    // write from another thread: tandai's output fills its pipe while it still reads
    let mut w = child.stdin.take().expect("stdin");
    let input = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        // tandai may stop reading early (a fatal error, --strict); that is for the test to judge
        let _ = w.write_all(&input);
    });
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    out
}

/// A scratch directory for one test (removed and made again), named after `binary` and `test`.
pub fn scratch(binary: &str, test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tandai-{binary}-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Writes a fixture file and returns its path.
pub fn write(dir: &Path, name: &str, bytes: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, bytes).expect("write fixture");
    p.display().to_string()
}

/// `tag --input jsonl --format jsonl` plus `extra` is a streaming filter: each line's result
/// comes out before the next line is sent.
pub fn assert_jsonl_streams(extra: &[&str]) {
    use std::sync::mpsc;
    use std::time::Duration;

    let mut args = vec!["tag", "--input", "jsonl", "--format", "jsonl"];
    args.extend_from_slice(extra);
    let mut child = command(&args)
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn tandai");
    let mut stdin = child.stdin.take().expect("stdin");
    let stdout = child.stdout.take().expect("stdout");
    let (tx, rx) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if tx.send(line.expect("a line")).is_err() {
                break;
            }
        }
    });
    for id in 1..=3 {
        writeln!(stdin, r#"{{"id": {id}, "text": "Zakharova di Moskow."}}"#).expect("write");
        stdin.flush().expect("flush");
        let line = rx
            .recv_timeout(Duration::from_secs(60))
            .expect("the line's result before more input");
        let v: serde_json::Value = serde_json::from_str(&line).expect("JSON");
        assert_eq!(v["id"], id);
    }
    drop(stdin);
    assert!(child.wait().expect("wait").success());
    reader.join().expect("reader");
}

/// With `tag --input jsonl --format jsonl` plus `extra`, a reader that goes away
/// (`| head -1`) stops tandai quietly, without an error per line.
pub fn assert_closed_stdout_stops_quietly(extra: &[&str]) {
    let mut args = vec!["tag", "--input", "jsonl", "--format", "jsonl"];
    args.extend_from_slice(extra);
    let mut child = command(&args).spawn().expect("spawn tandai");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        for i in 0..20_000 {
            // tandai may be gone before all is written
            if writeln!(stdin, r#"{{"id": {i}, "text": "Rusia dan AS."}}"#).is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("first line");
    assert!(first.starts_with("{\"id\":0"), "{first}");
    // the reader is dropped here
    let out = child.wait_with_output().expect("wait");
    writer.join().expect("writer");
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
