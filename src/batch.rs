//! Many documents on several threads: [`Tagger::tag_batch`], [`Tagger::tag_texts`] and the
//! general [`Tagger::map_batch`] they are built on.
//!
//! The threads share one `&Tagger` (it is `Send + Sync`) and take the next document from a
//! shared counter, so a thread that drew short documents goes on to the next one instead of
//! waiting for a fixed share: the cores stay busy however unequal the documents are. Results
//! come back in input order. Only the public API of [`Tagger`] is used here; a document is
//! tagged exactly as [`Tagger::tag_document`] tags it, so the output does not depend on the
//! number of threads.

use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

use crate::{Document, Entity, Tagger};

impl Tagger {
    /// Tags `docs` on `jobs` threads (`0`: one per core, [`std::thread::available_parallelism`]);
    /// the entities of each document, in input order.
    ///
    /// The same entities as [`Tagger::tag_document`] on each document, whatever `jobs` is.
    /// `jobs == 1` (or a single document) tags on the calling thread; otherwise the calling
    /// thread works too, next to `jobs - 1` scoped threads. Hand it batches of a few hundred
    /// documents or more (a thread start costs tens of microseconds); to stream an archive in
    /// bounded memory, call it once per chunk of input.
    ///
    /// # Panics
    /// If tagging a document panics, the panic is resumed on the calling thread once the other
    /// threads have stopped.
    ///
    /// # Example
    /// ```
    /// use tandai::{Document, Tagger};
    /// let tagger = Tagger::new();
    /// let docs = vec![
    ///     Document::new("Presiden Joko Widodo tiba di Jenewa."),
    ///     Document::new("Rusia dan AS bertemu kemarin.").date(2021, 12, 31)?,
    ///     Document::new(""),
    /// ];
    /// let tagged = tagger.tag_batch(&docs, 2);
    /// assert_eq!(tagged.len(), 3);
    /// assert_eq!(tagged[0][0].text, "Joko Widodo");
    /// assert_eq!(tagged[1][2].value.as_ref().unwrap().to_string(), "2021-12-30");
    /// assert!(tagged[2].is_empty());
    /// // the same as one document at a time, on any number of threads (0: all cores)
    /// for (doc, entities) in docs.iter().zip(tagger.tag_batch(&docs, 0)) {
    ///     assert_eq!(entities, tagger.tag_document(doc));
    /// }
    /// # Ok::<(), tandai::Error>(())
    /// ```
    pub fn tag_batch<'a>(&'a self, docs: &[Document<'a>], jobs: usize) -> Vec<Vec<Entity<'a>>> {
        self.map_batch(docs, jobs, |tagger, doc| tagger.tag_document(doc))
    }

    /// Tags `texts` (no reference dates: each text's dateline, if any, anchors its relative
    /// dates) on `jobs` threads (`0`: one per core), as [`Tagger::tag_batch`] does; the
    /// entities of each text, in input order.
    ///
    /// # Example
    /// ```
    /// let tagger = tandai::Tagger::new();
    /// let texts = ["Rusia dan AS.", "Ia tiba di Jenewa.", "Tidak ada apa-apa."];
    /// let counts: Vec<usize> = tagger.tag_texts(&texts, 2).iter().map(Vec::len).collect();
    /// assert_eq!(counts, [2, 1, 0]);
    /// ```
    pub fn tag_texts<'a>(&'a self, texts: &[&'a str], jobs: usize) -> Vec<Vec<Entity<'a>>> {
        self.map_batch(texts, jobs, |tagger, text| tagger.tag(text))
    }

    /// Calls `f(self, item)` for every item on `jobs` threads (`0`: one per core) and returns
    /// the results in input order: [`Tagger::tag_batch`] for callers that also want their
    /// parsing and serialising done on the worker threads (the `tandai` CLI parses each JSON
    /// line and writes its output line there).
    ///
    /// Threads take the next item from a shared counter (one item at a time, so items of
    /// any size balance). `jobs` is capped at the number of items; with one job, or one item,
    /// everything runs on the calling thread. If the system refuses to start a thread, the
    /// threads already running do its share.
    ///
    /// # Panics
    /// If `f` panics, the panic is resumed on the calling thread once the other threads have
    /// stopped (they finish the item they hold and take no more).
    ///
    /// # Example
    /// ```
    /// use tandai::{Label, Tagger};
    /// let tagger = Tagger::new();
    /// let lines = ["Joko Widodo di Jakarta.", "Rusia dan AS.", "Maria Zakharova bicara."];
    /// // count the people of each line, the lines spread over two threads
    /// let people = tagger.map_batch(&lines, 2, |t, line| {
    ///     t.tag(line).iter().filter(|e| e.label == Label::Person).count()
    /// });
    /// assert_eq!(people, [1, 0, 1]);
    /// ```
    pub fn map_batch<'t, T, R, F>(&'t self, items: &[T], jobs: usize, f: F) -> Vec<R>
    where
        T: Sync,
        R: Send,
        F: Fn(&'t Tagger, &T) -> R + Sync,
    {
        let jobs = effective_jobs(jobs).min(items.len());
        if jobs <= 1 {
            return items.iter().map(|item| f(self, item)).collect();
        }
        let next = AtomicUsize::new(0);
        // set when a worker panics, so the others stop taking items
        let stop = std::sync::atomic::AtomicBool::new(false);
        let work = || {
            let mut done = Vec::new();
            while !stop.load(Ordering::Relaxed) {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(self, item)));
                match r {
                    Ok(r) => done.push((i, r)),
                    Err(panic) => {
                        stop.store(true, Ordering::Relaxed);
                        return Err(panic);
                    }
                }
            }
            Ok(done)
        };
        let parts = thread::scope(|s| {
            // a thread the system refuses is one worker less: the others take its share
            let workers: Vec<_> = (1..jobs)
                .map_while(|_| thread::Builder::new().spawn_scoped(s, work).ok())
                .collect();
            let mut parts = vec![work()];
            for w in workers {
                // `work` catches the panics of `f`, so a join error cannot happen
                parts.push(w.join().unwrap_or_else(Err));
            }
            parts
        });
        let mut slots: Vec<Option<R>> = Vec::with_capacity(items.len());
        slots.resize_with(items.len(), || None);
        for part in parts {
            match part {
                Ok(done) => {
                    for (i, r) in done {
                        slots[i] = Some(r);
                    }
                }
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        slots
            .into_iter()
            .map(|r| r.expect("every item was taken by a worker"))
            .collect()
    }
}

/// The number of threads `jobs` asks for: itself, or one per core when it is 0 (1 when the
/// number of cores is unknown).
fn effective_jobs(jobs: usize) -> usize {
    match jobs {
        0 => thread::available_parallelism().map_or(1, NonZeroUsize::get),
        n => n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_is_kept_whatever_the_sizes_and_jobs() {
        let tagger = Tagger::new();
        let article = include_str!("../examples/berita.txt");
        // documents of very different sizes, so threads finish out of order
        let texts: Vec<String> = (0..40)
            .map(|i| match i % 4 {
                0 => article.repeat(1 + i % 3),
                1 => String::new(),
                2 => format!("Dokumen {i}: Rusia dan AS."),
                _ => "Presiden Joko Widodo tiba di Jenewa.".to_string(),
            })
            .collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let one: Vec<_> = refs.iter().map(|t| tagger.tag(t)).collect();
        for jobs in [0, 1, 2, 3, 8, 100] {
            assert_eq!(tagger.tag_texts(&refs, jobs), one, "jobs {jobs}");
        }
        let docs: Vec<Document> = refs.iter().map(|t| Document::new(t)).collect();
        assert_eq!(tagger.tag_batch(&docs, 2), one);
        let idx: Vec<usize> = (0..1000).collect();
        assert_eq!(
            tagger.map_batch(&idx, 4, |_, &i| i * 2),
            (0..1000).map(|i| i * 2).collect::<Vec<_>>()
        );
    }

    #[test]
    fn empty_batches() {
        let tagger = Tagger::new();
        assert!(tagger.tag_texts(&[], 0).is_empty());
        assert!(tagger.tag_batch(&[], 4).is_empty());
    }

    #[test]
    fn a_panic_reaches_the_caller() {
        let tagger = Tagger::new();
        let items: Vec<usize> = (0..100).collect();
        let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            tagger.map_batch(&items, 2, |_, &i| {
                assert!(i != 37, "item 37");
                i
            })
        }));
        let panic = r.expect_err("the panic is resumed");
        let msg = panic
            .downcast_ref::<&str>()
            .copied()
            .or_else(|| panic.downcast_ref::<String>().map(String::as_str));
        assert_eq!(msg, Some("item 37"));
    }

    #[test]
    fn zero_jobs_means_every_core() {
        assert!(effective_jobs(0) >= 1);
        assert_eq!(effective_jobs(3), 3);
    }
}
