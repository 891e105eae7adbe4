//! Progress on stderr for long runs: documents, MB and MB/s, redrawn in place at most every
//! half second, and only when someone is watching (stderr is a terminal).

use std::io::{self, Write};
use std::time::{Duration, Instant};

/// How often the line is redrawn; also how long a run goes before the first line appears.
const EVERY: Duration = Duration::from_millis(500);

/// A progress meter. When disabled it only counts.
pub struct Progress {
    enabled: bool,
    start: Instant,
    last: Instant,
    docs: u64,
    bytes: u64,
    /// a progress line is on the screen
    shown: bool,
}

impl Progress {
    /// A meter that draws on stderr when `enabled`.
    pub fn new(enabled: bool) -> Progress {
        let now = Instant::now();
        Progress {
            enabled,
            start: now,
            last: now,
            docs: 0,
            bytes: 0,
            shown: false,
        }
    }

    /// Counts `docs` more documents of `bytes` bytes; redraws when the last draw is old enough.
    pub fn add(&mut self, docs: u64, bytes: usize) {
        self.docs += docs;
        self.bytes += bytes as u64;
        if !self.enabled {
            return;
        }
        let now = Instant::now();
        if now.duration_since(self.last) >= EVERY {
            self.last = now;
            let line = line(self.docs, self.bytes, now.duration_since(self.start));
            let mut e = io::stderr().lock();
            // carriage return, the line, erase to the end of the screen line
            let _ = write!(e, "\r{line}\x1b[K");
            let _ = e.flush();
            self.shown = true;
        }
    }

    /// Prints a message on stderr on a line of its own (erasing the progress line first).
    pub fn eprintln(&mut self, msg: &str) {
        self.clear();
        eprintln!("{msg}");
    }

    fn clear(&mut self) {
        if self.shown {
            let mut e = io::stderr().lock();
            let _ = write!(e, "\r\x1b[K");
            let _ = e.flush();
            self.shown = false;
        }
    }

    /// Ends the run: a shown progress line is replaced by the final figures.
    pub fn finish(&mut self) {
        if self.shown {
            let l = line(self.docs, self.bytes, self.start.elapsed());
            self.clear();
            eprintln!("{l}");
        }
    }
}

/// `tandai: 1,204 documents, 12.3 MB, 7.4 MB/s`
fn line(docs: u64, bytes: u64, elapsed: Duration) -> String {
    let mb = bytes as f64 / 1e6;
    let secs = elapsed.as_secs_f64();
    let rate = if secs > 0.0 { mb / secs } else { 0.0 };
    let unit = if docs == 1 { "document" } else { "documents" };
    format!(
        "tandai: {} {unit}, {mb:.1} MB, {rate:.1} MB/s",
        thousands(docs)
    )
}

fn thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_line() {
        assert_eq!(
            line(1_234_567, 12_345_678, Duration::from_secs(2)),
            "tandai: 1,234,567 documents, 12.3 MB, 6.2 MB/s"
        );
        assert_eq!(
            line(1, 0, Duration::ZERO),
            "tandai: 1 document, 0.0 MB, 0.0 MB/s"
        );
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
    }

    #[test]
    fn disabled_only_counts() {
        let mut p = Progress::new(false);
        p.last = p.last.checked_sub(EVERY * 2).unwrap_or(p.last);
        p.add(3, 10);
        assert!(!p.shown);
        assert_eq!((p.docs, p.bytes), (3, 10));
    }
}
