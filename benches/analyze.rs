//! Native throughput of the engine on a fixed corpus, side by side with a peer.
//!
//! `analyze` (ours: matching + sentiment + intent/topics/flags + priority, with every reason and
//! term as text), `scan` (the extension's page path over the same batch: every post heard, those
//! that mention the brand judged, no words built; see `src/engine/scan.rs`) and the peer
//! `vader_sentiment` crate (a Rust port of VADER: sentiment only) run over the same 40 posts
//! (`benches/corpus.txt`). Throughput is reported in posts/s (criterion's "elem/s");
//! `scripts/bench.sh` prints the figures and their ratio.

use std::hint::black_box;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use earshot::engine::settings::parse_settings;
use earshot::engine::Engine;

mod common;

fn bench(c: &mut Criterion) {
    let posts = common::corpus();
    let settings =
        parse_settings(include_str!("../examples/brand.json")).expect("example profile parses");
    let engine = Engine::new(settings);
    let now = Some(1_795_000_000_000);

    let mut group = c.benchmark_group("posts");
    group.throughput(Throughput::Elements(posts.len() as u64));
    group.bench_function("earshot_analyze", |b| {
        b.iter(|| {
            for p in &posts {
                black_box(engine.analyze(black_box(p), now));
            }
        })
    });
    let common::Packed { texts, lens, facts } = common::packed(&posts);
    let mut records = Vec::new();
    group.bench_function("earshot_scan", |b| {
        b.iter(|| {
            records.clear();
            engine
                .scan(black_box(&texts), &lens, &facts, now, &mut records)
                .expect("the corpus packs");
            black_box(&records);
        })
    });
    let vader = vader_sentiment::SentimentIntensityAnalyzer::new();
    group.bench_function("peer_vader_sentiment_crate", |b| {
        b.iter(|| {
            for p in &posts {
                black_box(vader.polarity_scores(black_box(&p.text)));
            }
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
