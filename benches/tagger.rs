//! Throughput benches (issue 6): the tokenizer, the gazetteer lookup alone (tokenizing and
//! matching, as `Tagger::gazetteer_matches`: the matcher walks from token starts), the date grammar,
//! the full pipeline, and a bare aho-corasick scan over the same gazetteer surfaces as a
//! baseline, all in MB/s of input; plus building the default tagger and the baseline automaton.
//!
//! Corpora: `benches/corpus/berita-sintetis.txt` (282 KB of synthetic Indonesian news made by
//! `scripts/gen_bench_corpus.py`, compiled in), and the file named by `TANDAI_BENCH_CORPUS` when
//! set, e.g.
//!
//! ```text
//! TANDAI_BENCH_CORPUS=../shared/bench/news-id.txt cargo bench --bench tagger
//! cargo bench --bench tagger -- 'throughput/(tag|baseline)'   # the pipeline/baseline ratio
//! cargo bench --bench tagger -- build
//! ```
//!
//! Bench ids are `throughput/<stage>/<corpus>` and `build/<what>`. The baseline is what the
//! issue's target is measured against: the full pipeline should run at 1.25x or more of
//! `throughput/baseline/aho-corasick` on the same corpus, read from the same run. Each bench
//! checks its result (a count computed once before timing) inside the timed loop. The
//! corpus and the baseline automaton are in `common/mod.rs`, which `examples/pair.rs`
//! shares: that example times the pipeline and the baseline in interleaved rounds instead of
//! one window after the other, so that both meet the same load of a shared machine.

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use tandai::{DateRules, Tagger, gazetteer, token};

#[path = "common/mod.rs"]
mod common;
use common::{CORPUS, baseline, default_surfaces};

/// `(name, text)` of every corpus to bench.
fn corpora() -> Vec<(String, String)> {
    let mut v = vec![("berita-sintetis".to_string(), CORPUS.to_string())];
    if let Ok(path) = std::env::var("TANDAI_BENCH_CORPUS") {
        match std::fs::read_to_string(&path) {
            Ok(text) => v.push((
                std::path::Path::new(&path)
                    .file_name()
                    .map_or(path.clone(), |f| f.to_string_lossy().into_owned()),
                text,
            )),
            Err(e) => eprintln!("TANDAI_BENCH_CORPUS={path}: {e}; benching the repo corpus only"),
        }
    }
    v
}

fn throughput(c: &mut Criterion) {
    let tagger = Tagger::new();
    let dates = DateRules::new();
    let surfaces = default_surfaces();
    let ac = baseline(&surfaces);
    for (name, text) in corpora() {
        let mut g = c.benchmark_group("throughput");
        g.throughput(Throughput::Bytes(text.len() as u64));
        // few, equal samples: the large corpus takes ~0.1-0.2 s an iteration for the pipeline
        g.sampling_mode(SamplingMode::Flat);
        g.sample_size(10);
        g.warm_up_time(Duration::from_secs(1));
        g.measurement_time(Duration::from_secs(4));

        let n_tokens = token::tokenize(&text).len();
        assert!(n_tokens > 0);
        g.bench_with_input(BenchmarkId::new("tokenize", &name), &text, |b, t| {
            b.iter(|| assert_eq!(token::tokenize(black_box(t)).len(), n_tokens))
        });

        let n_gaz = tagger.gazetteer_matches(&text).len();
        assert!(n_gaz > 0);
        g.bench_with_input(BenchmarkId::new("gazetteer", &name), &text, |b, t| {
            b.iter(|| assert_eq!(tagger.gazetteer_matches(black_box(t)).len(), n_gaz))
        });

        let n_dates = dates.find(&text, None).len();
        assert!(n_dates > 0);
        g.bench_with_input(BenchmarkId::new("dates", &name), &text, |b, t| {
            b.iter(|| assert_eq!(dates.find(black_box(t), None).len(), n_dates))
        });

        let n_ents = tagger.tag(&text).len();
        assert!(n_ents > 0);
        g.bench_with_input(BenchmarkId::new("tag", &name), &text, |b, t| {
            b.iter(|| assert_eq!(tagger.tag(black_box(t)).len(), n_ents))
        });

        let n_ac = ac.find_iter(&text).count();
        assert!(n_ac > 0);
        g.bench_with_input(
            BenchmarkId::new("baseline/aho-corasick", &name),
            &text,
            |b, t| b.iter(|| assert_eq!(ac.find_iter(black_box(t.as_str())).count(), n_ac)),
        );
        g.finish();
    }
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.warm_up_time(Duration::from_secs(1));
    g.measurement_time(Duration::from_secs(3));
    let n_entries = gazetteer::embedded().unwrap().len();
    g.bench_function("Tagger::new", |b| {
        b.iter(|| {
            let t = Tagger::new();
            assert_eq!(t.gazetteer_len(), n_entries);
            t
        })
    });
    let surfaces = default_surfaces();
    let n_patterns = surfaces.len();
    g.bench_function("baseline/aho-corasick", |b| {
        b.iter(|| {
            let ac = baseline(black_box(&surfaces));
            assert_eq!(ac.patterns_len(), n_patterns);
            ac
        })
    });
    g.finish();
}

criterion_group!(benches, throughput, build);
criterion_main!(benches);
