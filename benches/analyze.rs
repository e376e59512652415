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
use earshot::engine::{Author, Engine, Post};

fn corpus() -> Vec<Post> {
    include_str!("corpus.txt")
        .lines()
        .enumerate()
        .map(|(i, text)| Post {
            id: i.to_string(),
            text: text.to_string(),
            author: Some(Author {
                handle: Some(format!("@user{i}")),
                name: Some("Maria Lopez".to_string()),
                followers: Some(100 * i as u64),
                verified: Some(false),
            }),
            created_at: Some("2026-11-22T10:00:00Z".to_string()),
            site: Some("x".to_string()),
            engagement: None,
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let posts = corpus();
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
    // Each post's text, then its time, as the extension packs them (see `engine::scan`).
    let pieces: Vec<&str> = posts
        .iter()
        .flat_map(|p| [p.text.as_str(), p.created_at.as_deref().unwrap_or("")])
        .collect();
    let texts: String = pieces.concat();
    let lens: Vec<u32> = pieces
        .iter()
        .map(|t| t.encode_utf16().count() as u32)
        .collect();
    let facts: Vec<f64> = posts
        .iter()
        .enumerate()
        .flat_map(|(i, _)| [(100 * i) as f64, f64::NAN, 0.0])
        .collect();
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
