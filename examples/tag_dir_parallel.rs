//! Tag every `.txt` file of a directory on all cores with one shared tagger.
//!
//! ```text
//! cargo run --release --example tag_dir_parallel -- DIR [THREADS]
//! ```
//!
//! Prints one line per file (its entity counts per label) in file-name order, and the
//! throughput on stderr. [`Tagger`] is `Send + Sync`: build it once and hand every thread a
//! `&Tagger` (here through `std::thread::scope`, so no `Arc` is needed).

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use tandai::{Label, Tagger};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().ok_or("usage: tag_dir_parallel DIR [THREADS]")?;
    let threads = match args.next() {
        Some(n) => n.parse()?,
        None => std::thread::available_parallelism().map_or(1, |n| n.get()),
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();

    let tagger = Tagger::new(); // the expensive step, once
    let start = Instant::now();
    let next = AtomicUsize::new(0); // a shared work queue: the index of the next file
    let results: Vec<(usize, String, usize)> = std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads.max(1))
            .map(|_| {
                let (tagger, files, next) = (&tagger, &files, &next);
                s.spawn(move || {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = files.get(i) else { break };
                        let line = match std::fs::read_to_string(path) {
                            Ok(text) => {
                                let entities = tagger.tag(&text);
                                let counts: Vec<String> = Label::ALL
                                    .iter()
                                    .map(|l| {
                                        let n = entities.iter().filter(|e| e.label == *l).count();
                                        format!("{l} {n}")
                                    })
                                    .collect();
                                out.push((i, counts.join("\t"), text.len()));
                                continue;
                            }
                            Err(e) => format!("error: {e}"),
                        };
                        out.push((i, line, 0));
                    }
                    out
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("worker panicked"))
            .collect()
    });
    let mut results = results;
    results.sort_by_key(|r| r.0);
    let mut bytes = 0;
    for (i, line, n) in &results {
        println!("{}\t{line}", files[*i].display());
        bytes += n;
    }
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "{} files, {:.1} MB in {secs:.2} s on {threads} threads: {:.1} MB/s",
        files.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs.max(1e-9)
    );
    Ok(())
}
