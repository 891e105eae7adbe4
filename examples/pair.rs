//! The pipeline / baseline ratio measured in interleaved rounds (issue 6): each round tags
//! the text for about 40 ms and runs the bare aho-corasick scan of `cargo bench` over it for
//! about 40 ms, in alternating order, so that both see the same state of the machine.
//!
//! ```text
//! cargo run --release --example pair                                  # the repo corpus
//! cargo run --release --example pair -- ../shared/bench/news-id.txt   # real news
//! cargo run --release --example pair -- ../shared/bench/news-id.txt --rounds 400 --each
//! ```
//!
//! criterion times the pipeline for some seconds and then the scan for some seconds. On a
//! machine shared with other jobs the two windows can meet different loads, and their ratio
//! then moves with the load rather than with the code. Here every round has one of each, a
//! few tens of milliseconds apart. Prints the median and quartiles of the rounds' MiB/s and
//! of their ratios, and the share of rounds at 1.25x or more; `--each` prints every round
//! (seconds since the start, pipeline MiB/s, scan MiB/s). criterion's figures remain the
//! issue's measure; this shows how much of their spread is the machine's.

use std::hint::black_box;
use std::time::Instant;

use tandai::Tagger;

#[path = "../benches/common/mod.rs"]
mod common;
use common::{CORPUS, baseline, default_surfaces};

fn main() {
    let mut path = None;
    let mut rounds = 100usize;
    let mut each = false;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--rounds" => match args.next().and_then(|n| n.parse().ok()) {
                Some(n) if n > 0 => rounds = n,
                _ => return eprintln!("--rounds wants a positive number"),
            },
            "--each" => each = true,
            _ => path = Some(a),
        }
    }
    let text = match &path {
        Some(p) => match std::fs::read_to_string(p) {
            Ok(t) => t,
            Err(e) => return eprintln!("{p}: {e}"),
        },
        None => CORPUS.to_string(),
    };
    let tagger = Tagger::new();
    let ac = baseline(&default_surfaces());
    let (n_ents, n_ac) = (tagger.tag(&text).len(), ac.find_iter(&text).count());
    let mib = text.len() as f64 / (1024.0 * 1024.0);
    // MiB/s of `n` runs of `once` in a row
    let rate = |n: usize, once: &dyn Fn()| {
        let t = Instant::now();
        (0..n).for_each(|_| once());
        mib * n as f64 / t.elapsed().as_secs_f64()
    };
    let tag_once = || assert_eq!(tagger.tag(black_box(&text)).len(), n_ents);
    let scan_once = || assert_eq!(ac.find_iter(black_box(text.as_str())).count(), n_ac);
    let run_tag = |n: usize| rate(n, &tag_once);
    let run_scan = |n: usize| rate(n, &scan_once);
    // each side runs for about 40 ms a round (a short text several times, as criterion
    // runs it many times in a row: its tables then stay in cache between runs)
    let times = |speed: f64| ((0.04 * speed / mib).ceil() as usize).max(1);
    let (n_tag, n_scan) = (times(run_tag(1)), times(run_scan(1)));
    let (mut tag, mut scan, mut ratio) = (Vec::new(), Vec::new(), Vec::new());
    let start = Instant::now();
    for r in 0..rounds {
        // (in alternating order: neither always runs first)
        let (t, s) = if r % 2 == 0 {
            let t = run_tag(n_tag);
            (t, run_scan(n_scan))
        } else {
            let s = run_scan(n_scan);
            (run_tag(n_tag), s)
        };
        if each {
            println!("{:.3}\t{t:.1}\t{s:.1}", start.elapsed().as_secs_f64());
        }
        tag.push(t);
        scan.push(s);
        ratio.push(t / s);
    }
    let at_target = ratio.iter().filter(|&&r| r >= 1.25).count();
    println!(
        "{} bytes, {rounds} rounds in {:.1} s",
        text.len(),
        start.elapsed().as_secs_f64()
    );
    println!("pipeline MiB/s   {}", quartiles(&mut tag));
    println!("baseline MiB/s   {}", quartiles(&mut scan));
    println!("ratio            {}", quartiles(&mut ratio));
    println!("rounds at 1.25x or more: {at_target} of {rounds}");
}

/// `median (first quartile - third quartile)` of `v`.
fn quartiles(v: &mut [f64]) -> String {
    v.sort_by(f64::total_cmp);
    let q = |f: f64| v[((v.len() - 1) as f64 * f).round() as usize];
    format!("{:.2} ({:.2} - {:.2})", q(0.5), q(0.25), q(0.75))
}
