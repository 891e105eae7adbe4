//! Reading ahead for `tandai tag --jobs N`: a reader thread reads JSONL lines into a bounded
//! pending chunk while the tagging threads work on the previous one.
//!
//! The tagging side takes everything pending when it is ready for more, so chunks grow to
//! their bound when the input is fast (few barriers, busy cores) and stay small when it is
//! slow (a line's result does not wait for lines that have not come yet). Memory is bounded
//! by two chunks (the pending one and the one being tagged), whatever the input's length.

use std::io::{self, BufRead, BufReader, Read};
use std::ops::Range;
use std::sync::{Arc, Condvar, Mutex, MutexGuard};

/// A chunk holds at most about this many bytes of input (plus one line that does not fit)...
pub const CHUNK_BYTES: usize = 2 << 20;
/// ... and at most this many documents.
pub const CHUNK_DOCS: usize = 4096;
/// A line or file longer than this is tagged alone, as with one job (written batch by batch,
/// so its entities are never all in memory: issue 7).
pub const BIG: usize = 1 << 20;

/// One input line of a chunk.
#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based line number in the input.
    pub no: usize,
    /// Byte offset of the line's start in the input.
    pub offset: usize,
    /// Where the line's bytes (with its `\n`) are in [`Chunk::data`].
    pub range: Range<usize>,
}

/// Lines taken from the reader at once.
#[derive(Debug, Default)]
pub struct Chunk {
    pub data: Vec<u8>,
    pub lines: Vec<Line>,
    /// The reader has stopped after these lines: `Ok` at the end of the input, or the error
    /// that stopped it.
    pub end: Option<io::Result<()>>,
}

impl Chunk {
    /// An empty chunk with room for [`CHUNK_BYTES`] of lines (so that the buffer is not
    /// doubled past the bound as lines come in).
    fn with_room() -> Chunk {
        Chunk {
            data: Vec::with_capacity(CHUNK_BYTES + (64 << 10)),
            ..Chunk::default()
        }
    }

    /// The bytes of a line of this chunk.
    pub fn bytes(&self, line: &Line) -> &[u8] {
        &self.data[line.range.clone()]
    }
}

#[derive(Default)]
struct Pending {
    chunk: Chunk,
    /// the consumer has gone: the reader stops
    closed: bool,
    /// a side is waiting on the condition variable (so the other wakes it: a wake-up is a
    /// system call, too dear to make for every line)
    reader_waits: bool,
    taker_waits: bool,
}

type Shared = Arc<(Mutex<Pending>, Condvar)>;

fn lock(shared: &Shared) -> MutexGuard<'_, Pending> {
    // a panic elsewhere leaves the data consistent (lines are pushed whole)
    shared.0.lock().unwrap_or_else(|e| e.into_inner())
}

/// The tagging side of a reader thread.
pub struct LineReader {
    shared: Shared,
}

impl LineReader {
    /// Starts a thread that reads `input` line by line. The thread is not joined: it ends at
    /// the end of the input, at a read error, or (when this side has been dropped) after the
    /// line it is reading; a read that blocks forever ends with the process.
    pub fn spawn(input: Box<dyn Read + Send>) -> io::Result<LineReader> {
        let shared: Shared = Arc::new((
            Mutex::new(Pending {
                chunk: Chunk::with_room(),
                ..Pending::default()
            }),
            Condvar::new(),
        ));
        let theirs = Arc::clone(&shared);
        std::thread::Builder::new()
            .name("tandai-reader".into())
            .spawn(move || read_lines(input, &theirs))?;
        Ok(LineReader { shared })
    }

    /// The lines read since the last call, waiting for at least one line (or the end of the
    /// input). `idle` runs before waiting, when nothing is pending: the caller flushes its
    /// output there, so a slow producer gets each result before it sends more.
    pub fn next<E>(&mut self, idle: impl FnOnce() -> Result<(), E>) -> Result<Chunk, E> {
        let (_, cv) = &*self.shared;
        let mut p = lock(&self.shared);
        if p.chunk.lines.is_empty() && p.chunk.end.is_none() {
            drop(p);
            idle()?;
            p = lock(&self.shared);
            while p.chunk.lines.is_empty() && p.chunk.end.is_none() {
                p.taker_waits = true;
                p = cv.wait(p).unwrap_or_else(|e| e.into_inner());
            }
            p.taker_waits = false;
        }
        let chunk = std::mem::replace(&mut p.chunk, Chunk::with_room());
        if p.reader_waits {
            cv.notify_all();
        }
        Ok(chunk)
    }
}

impl Drop for LineReader {
    fn drop(&mut self) {
        lock(&self.shared).closed = true;
        self.shared.1.notify_all();
    }
}

/// The reader thread: lines into the pending chunk until it is full, then wait for room.
fn read_lines(input: Box<dyn Read + Send>, shared: &Shared) {
    let (_, cv) = &**shared;
    let mut r = BufReader::with_capacity(1 << 16, input);
    let mut buf = Vec::new();
    let (mut no, mut offset) = (0, 0);
    loop {
        buf.clear();
        if buf.capacity() > 2 * CHUNK_BYTES {
            buf = Vec::new(); // do not keep a long line's buffer for short ones
        }
        let read = r.read_until(b'\n', &mut buf);
        let mut p = lock(shared);
        // room for the line: below the bounds, and an empty chunk for a long line (which is
        // then handed over without a copy)
        let long = matches!(read, Ok(n) if n > BIG);
        while !p.closed
            && !p.chunk.lines.is_empty()
            && (long || p.chunk.data.len() >= CHUNK_BYTES || p.chunk.lines.len() >= CHUNK_DOCS)
        {
            p.reader_waits = true;
            p = cv.wait(p).unwrap_or_else(|e| e.into_inner());
        }
        p.reader_waits = false;
        if p.closed {
            return;
        }
        let wake = p.taker_waits;
        match read {
            Ok(0) => {
                p.chunk.end = Some(Ok(()));
            }
            Ok(n) => {
                no += 1;
                let data = &mut p.chunk.data;
                if data.is_empty() && buf.len() >= CHUNK_BYTES / 4 {
                    std::mem::swap(data, &mut buf);
                } else {
                    data.extend_from_slice(&buf);
                }
                let end = data.len();
                p.chunk.lines.push(Line {
                    no,
                    offset,
                    range: end - n..end,
                });
                offset += n;
            }
            Err(e) => {
                p.chunk.end = Some(Err(e));
            }
        }
        let end = p.chunk.end.is_some();
        drop(p);
        if wake {
            cv.notify_all();
        }
        if end {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(input: &'static [u8]) -> (Vec<(usize, usize, Vec<u8>)>, usize) {
        let mut r = LineReader::spawn(Box::new(input)).unwrap();
        let (mut lines, mut chunks) = (Vec::new(), 0);
        loop {
            let c = r.next(|| Ok::<(), ()>(())).unwrap();
            chunks += 1;
            for l in &c.lines {
                lines.push((l.no, l.offset, c.bytes(l).to_vec()));
            }
            if let Some(end) = c.end {
                end.unwrap();
                return (lines, chunks);
            }
        }
    }

    #[test]
    fn lines_numbers_and_offsets() {
        let (lines, _) = all(b"a\n\nbc\nlast without newline");
        assert_eq!(
            lines,
            [
                (1, 0, b"a\n".to_vec()),
                (2, 2, b"\n".to_vec()),
                (3, 3, b"bc\n".to_vec()),
                (4, 6, b"last without newline".to_vec()),
            ]
        );
        assert_eq!(all(b"").0, []);
    }

    #[test]
    fn many_lines_come_in_bounded_chunks() {
        let text: &'static [u8] = "x\n".repeat(3 * CHUNK_DOCS).leak().as_bytes();
        let mut r = LineReader::spawn(Box::new(text)).unwrap();
        let mut n = 0;
        loop {
            let c = r.next(|| Ok::<(), ()>(())).unwrap();
            assert!(c.lines.len() <= CHUNK_DOCS);
            n += c.lines.len();
            if c.end.is_some() {
                break;
            }
        }
        assert_eq!(n, 3 * CHUNK_DOCS);
    }

    #[test]
    fn a_long_line_is_a_chunk_of_its_own() {
        let mut s = String::from("a\n");
        s.push_str(&"y".repeat(BIG + 10));
        s.push_str("\nb\n");
        let (lines, _) = all(s.leak().as_bytes());
        assert_eq!(lines.len(), 3);
        assert_eq!(lines[1].2.len(), BIG + 11);
        assert_eq!(lines[2], (3, BIG + 13, b"b\n".to_vec()));
    }

    #[test]
    fn a_read_error_ends_the_lines() {
        struct Failing(usize);
        impl Read for Failing {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0 == 0 {
                    return Err(io::Error::other("disk on fire"));
                }
                self.0 -= 1;
                buf[..2].copy_from_slice(b"z\n");
                Ok(2)
            }
        }
        let mut r = LineReader::spawn(Box::new(Failing(3))).unwrap();
        let mut n = 0;
        let err = loop {
            let c = r.next(|| Ok::<(), ()>(())).unwrap();
            n += c.lines.len();
            if let Some(end) = c.end {
                break end.unwrap_err();
            }
        };
        assert_eq!(n, 3);
        assert_eq!(err.to_string(), "disk on fire");
    }
}
