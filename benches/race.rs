//! Native throughput side by side: our `analyze` and `scan` and the peer `vader_sentiment`
//! crate take turns on the same 40 posts (`benches/corpus.txt`), a few batches each, round after
//! round, so that a slow spell of the machine slows all of them alike; each figure is the
//! median of its rounds. Criterion (`benches/analyze.rs`) times each alone, one after the other,
//! which on a noisy machine moves the ratios between them by a third from run to run.
//!
//! `cargo bench --bench race` prints posts/s per contender and the ratios to the peer.

use std::hint::black_box;
use std::time::Instant;

use earshot::engine::settings::parse_settings;
use earshot::engine::{Author, Engine, Post};

/// Rounds per contender; each round times `BATCHES` batches of the corpus.
const ROUNDS: usize = 200;
const BATCHES: usize = 10;

fn main() {
    let texts: Vec<&str> = include_str!("corpus.txt").lines().collect();
    let posts: Vec<Post> = texts
        .iter()
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
        .collect();
    let engine = Engine::new(
        parse_settings(include_str!("../examples/brand.json")).expect("example profile parses"),
    );
    let now = Some(1_795_000_000_000);
    // Each post's text, then its time, as the extension packs them (see `engine::scan`).
    let pieces: Vec<&str> = posts
        .iter()
        .flat_map(|p| [p.text.as_str(), p.created_at.as_deref().unwrap_or("")])
        .collect();
    let joined = pieces.concat();
    let lens: Vec<u32> = pieces
        .iter()
        .map(|t| t.encode_utf16().count() as u32)
        .collect();
    let facts: Vec<f64> = (0..posts.len())
        .flat_map(|i| [(100 * i) as f64, f64::NAN, 0.0])
        .collect();
    let vader = vader_sentiment::SentimentIntensityAnalyzer::new();
    let mut records = Vec::new();

    type Round<'a> = Box<dyn FnMut() + 'a>;
    let mut contenders: Vec<(&str, Round)> = vec![
        (
            "earshot analyze",
            Box::new(|| {
                for p in &posts {
                    black_box(engine.analyze(black_box(p), now));
                }
            }),
        ),
        (
            "earshot scan",
            Box::new(|| {
                records.clear();
                engine
                    .scan(black_box(&joined), &lens, &facts, now, &mut records)
                    .expect("the corpus packs");
                black_box(&records);
            }),
        ),
        (
            "vader_sentiment crate",
            Box::new(|| {
                for t in &texts {
                    black_box(vader.polarity_scores(black_box(t)));
                }
            }),
        ),
    ];
    for (_, round) in contenders.iter_mut() {
        for _ in 0..20 {
            round();
        }
    }
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(ROUNDS); contenders.len()];
    for r in 0..ROUNDS {
        // Turns rotate, so none always runs first.
        for k in 0..contenders.len() {
            let c = (r + k) % contenders.len();
            let start = Instant::now();
            for _ in 0..BATCHES {
                (contenders[c].1)();
            }
            times[c].push(start.elapsed().as_secs_f64() / BATCHES as f64);
        }
    }
    let rates: Vec<f64> = times
        .iter_mut()
        .map(|t| {
            t.sort_by(f64::total_cmp);
            texts.len() as f64 / t[t.len() / 2]
        })
        .collect();
    let peer = rates[rates.len() - 1];
    println!(
        "native, interleaved rounds ({ROUNDS} × {BATCHES} batches of {} posts, median)",
        texts.len()
    );
    for ((name, _), rate) in contenders.iter().zip(&rates) {
        let ratio = if *rate == peer {
            String::new()
        } else {
            format!("   ({:.2}x the peer)", rate / peer)
        };
        println!("  {name:38} {:>12} posts/s{ratio}", grouped(*rate));
    }
}

/// `n` rounded, with thousands separated by commas (`1,234,567`).
fn grouped(n: f64) -> String {
    let digits = format!("{:.0}", n.max(0.0));
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(d);
    }
    out
}
