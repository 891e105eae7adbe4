//! Throughput benches: tokenizer, gazetteer + rules, the date grammar, the full pipeline, and
//! building the default tagger.
//!
//! The corpus is `examples/berita.txt` (an article written for this project, repeated to
//! about 1 MB), plus the file named by `TANDAI_BENCH_CORPUS` when set, e.g.
//! `TANDAI_BENCH_CORPUS=../shared/bench/news-id.txt cargo bench`.

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::hint::black_box;
use tandai::{DateRules, Tagger, token};

fn corpora() -> Vec<(String, String)> {
    let article = include_str!("../examples/berita.txt");
    let mut repeated = String::with_capacity(1 << 20);
    while repeated.len() < 1 << 20 {
        repeated.push_str(article);
        repeated.push('\n');
    }
    let mut v = vec![("berita-1MB".to_string(), repeated)];
    if let Ok(path) = std::env::var("TANDAI_BENCH_CORPUS") {
        match std::fs::read_to_string(&path) {
            Ok(text) => v.push((
                std::path::Path::new(&path)
                    .file_name()
                    .map_or(path.clone(), |f| f.to_string_lossy().into_owned()),
                text,
            )),
            Err(e) => eprintln!("TANDAI_BENCH_CORPUS={path}: {e}"),
        }
    }
    v
}

fn throughput(c: &mut Criterion) {
    let tagger = Tagger::new();
    let dates = DateRules::new();
    for (name, text) in corpora() {
        let mut g = c.benchmark_group("throughput");
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.sample_size(10);
        let n_tokens = token::tokenize(&text).len();
        g.bench_with_input(BenchmarkId::new("tokenize", &name), &text, |b, t| {
            b.iter(|| {
                let toks = token::tokenize(black_box(t));
                assert_eq!(toks.len(), n_tokens);
            })
        });
        let n_dates = dates.find(&text, None).len();
        g.bench_with_input(BenchmarkId::new("dates", &name), &text, |b, t| {
            b.iter(|| assert_eq!(dates.find(black_box(t), None).len(), n_dates))
        });
        let n_ents = tagger.tag(&text).len();
        assert!(n_ents > 0);
        g.bench_with_input(BenchmarkId::new("tag", &name), &text, |b, t| {
            b.iter(|| assert_eq!(tagger.tag(black_box(t)).len(), n_ents))
        });
        g.finish();
    }
}

fn build(c: &mut Criterion) {
    let mut g = c.benchmark_group("build");
    g.sample_size(10);
    g.bench_function("Tagger::new", |b| {
        b.iter(|| {
            let t = Tagger::new();
            assert!(t.gazetteer_len() > 1000);
            t
        })
    });
    g.finish();
}

criterion_group!(benches, throughput, build);
criterion_main!(benches);
