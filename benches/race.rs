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
use earshot::engine::Engine;

mod common;

/// Rounds per contender; each round times `BATCHES` batches of the corpus.
const ROUNDS: usize = 200;
const BATCHES: usize = 10;

fn main() {
    let posts = common::corpus();
    let engine = Engine::new(
        parse_settings(include_str!("../examples/brand.json")).expect("example profile parses"),
    );
    let now = Some(1_795_000_000_000);
    let common::Packed {
        texts: joined,
        lens,
        facts,
    } = common::packed(&posts);
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
                for p in &posts {
                    black_box(vader.polarity_scores(black_box(&p.text)));
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
            posts.len() as f64 / t[t.len() / 2]
        })
        .collect();
    let peer = rates[rates.len() - 1];
    println!(
        "native, interleaved rounds ({ROUNDS} × {BATCHES} batches of {} posts, median)",
        posts.len()
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
