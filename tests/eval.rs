//! `tandai eval` against the project's scorer: on every gold file of ../shared/eval (dev/ and
//! the seed), `tandai eval GOLD` must give the figures that `shared/tools/score.py GOLD PRED`
//! gives for `PRED = tandai tag --input jsonl --format jsonl < GOLD`: the same counts, and
//! P/R/F1 equal to the third decimal.
//!
//! ../shared is not part of the repository: without it (or without python3) the test prints a
//! note and passes. `SHARED=/path/to/shared` points elsewhere.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value as Json;

fn shared() -> PathBuf {
    std::env::var_os("SHARED")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared"))
}

fn run(cmd: &mut Command) -> String {
    let out = cmd.stderr(Stdio::piped()).output().expect("spawn");
    assert!(
        out.status.success(),
        "{cmd:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 output")
}

fn tandai() -> Command {
    Command::new(env!("CARGO_BIN_EXE_tandai"))
}

/// Compares one gold file; returns a line for the log.
fn compare(gold: &Path, scorer: &Path, tmp: &Path, table_too: bool) -> String {
    let name = gold.file_stem().unwrap().to_string_lossy().to_string();
    let pred = tmp.join(format!("{name}.pred.jsonl"));
    let tagged = run(tandai()
        .args(["tag", "--input", "jsonl", "--format", "jsonl"])
        .arg(gold));
    std::fs::write(&pred, tagged).unwrap();
    let ours: Json = serde_json::from_str(&run(tandai()
        .arg("eval")
        .arg(gold)
        .args(["--format", "json"])))
    .unwrap();
    let theirs: Json = serde_json::from_str(&run(Command::new("python3")
        .arg(scorer)
        .arg(gold)
        .arg(&pred)
        .arg("--json")))
    .unwrap();

    assert_eq!(ours["missing_docs"], theirs["missing_docs"], "{name}");
    assert_eq!(ours["values"], theirs["values"], "{name}: values");
    let (o, t) = (
        ours["labels"].as_object().unwrap(),
        theirs["labels"].as_object().unwrap(),
    );
    let labels = |m: &serde_json::Map<String, Json>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(labels(o), labels(t), "{name}: scored labels");
    for (label, row) in t {
        for k in ["tp", "fp", "fn"] {
            assert_eq!(o[label][k], row[k], "{name} {label} {k}");
        }
        for k in ["p", "r", "f1"] {
            let (a, b) = (o[label][k].as_f64().unwrap(), row[k].as_f64().unwrap());
            assert_eq!(format!("{a:.3}"), format!("{b:.3}"), "{name} {label} {k}");
        }
    }
    if table_too {
        let ours = run(tandai().arg("eval").arg(gold));
        let theirs = run(Command::new("python3").arg(scorer).arg(gold).arg(&pred));
        assert_eq!(ours, theirs, "{name}: the printed tables differ");
    }
    format!(
        "{name}: micro P {:.3} R {:.3} F1 {:.3} (tp {} fp {} fn {}), same as score.py",
        o["MICRO"]["p"].as_f64().unwrap(),
        o["MICRO"]["r"].as_f64().unwrap(),
        o["MICRO"]["f1"].as_f64().unwrap(),
        o["MICRO"]["tp"],
        o["MICRO"]["fp"],
        o["MICRO"]["fn"],
    )
}

#[test]
fn eval_agrees_with_score_py_on_every_gold_file() {
    let shared = shared();
    let dev = shared.join("eval/dev");
    let scorer = shared.join("tools/score.py");
    if !dev.is_dir() || !scorer.is_file() {
        eprintln!(
            "note: {} not found; skipping the comparison with score.py",
            dev.display()
        );
        return;
    }
    if Command::new("python3").arg("--version").output().is_err() {
        eprintln!("note: python3 not found; skipping the comparison with score.py");
        return;
    }
    let mut golds: Vec<PathBuf> = std::fs::read_dir(&dev)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    golds.sort();
    golds.push(shared.join("eval/seed/seed-gold.jsonl"));
    assert!(golds.len() > 1);
    let tmp = std::env::temp_dir().join(format!("tandai-eval-{}", std::process::id()));
    std::fs::create_dir_all(&tmp).unwrap();
    // two at a time: the files are independent
    let part = |odd: usize| -> Vec<String> {
        golds
            .iter()
            .skip(odd)
            .step_by(2)
            .map(|g| {
                // the printed table too for the small files
                let small = std::fs::metadata(g).unwrap().len() < 200_000;
                compare(g, &scorer, &tmp, small)
            })
            .collect()
    };
    let lines: Vec<String> = std::thread::scope(|s| {
        let a = s.spawn(|| part(0));
        let b = s.spawn(|| part(1));
        let mut v = a.join().unwrap();
        v.extend(b.join().unwrap());
        v
    });
    std::fs::remove_dir_all(&tmp).ok();
    for l in lines {
        eprintln!("{l}");
    }
}
