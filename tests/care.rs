//! The labelled brand-care set (tests/data/care_cases.jsonl, written by us): every case is a
//! realistic post to a brand with its expected sentiment label, intent, main topic and flags.
//! Prints the accuracy of each and fails when one falls below its floor, listing the misses.

use earshot::engine::settings::parse_settings;
use earshot::engine::{Engine, Post};
use serde_json::Value;

const FLOORS: &[(&str, f64)] = &[
    ("label", 0.9),
    ("intent", 0.85),
    ("topic", 0.85),
    ("flags", 0.85),
];

#[test]
fn brand_care_cases() {
    let engine = Engine::new(parse_settings(include_str!("../examples/brand.json")).unwrap());
    let mut hits = [0usize; 4];
    let mut totals = [0usize; 4];
    let mut misses: Vec<String> = Vec::new();
    for line in include_str!("data/care_cases.jsonl").lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let a = engine.analyze(
            &Post {
                id: "c".into(),
                text: text.into(),
                ..Post::default()
            },
            None,
        );
        assert!(a.mentioned, "every care case names the brand: {text}");
        let got = [
            a.sentiment.label.name().to_string(),
            a.intent.name().to_string(),
            a.topics
                .iter()
                .map(|t| t.name())
                .collect::<Vec<_>>()
                .join(","),
            a.flags
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(","),
        ];
        let want_flags: Vec<&str> = case["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap())
            .collect();
        let checks = [
            Some(case["label"].as_str().unwrap() == got[0]),
            Some(case["intent"].as_str().unwrap() == got[1]),
            case["topic"]
                .as_str()
                .map(|t| a.topics.iter().any(|x| x.name() == t)),
            Some(
                want_flags
                    .iter()
                    .all(|f| got[3].split(',').any(|g| g == *f))
                    && got[3].split(',').filter(|g| !g.is_empty()).count() == want_flags.len(),
            ),
        ];
        for (k, check) in checks.iter().enumerate() {
            if let Some(ok) = check {
                totals[k] += 1;
                hits[k] += usize::from(*ok);
                if !ok {
                    misses.push(format!("{:6} {text:?}: got {}", FLOORS[k].0, got[k]));
                }
            }
        }
    }
    let mut failed = false;
    for (k, (name, floor)) in FLOORS.iter().enumerate() {
        let acc = hits[k] as f64 / totals[k].max(1) as f64;
        println!(
            "care set {name:6}: {}/{} = {:.1}% (floor {:.0}%)",
            hits[k],
            totals[k],
            acc * 100.0,
            floor * 100.0
        );
        failed |= acc < *floor;
    }
    for m in &misses {
        println!("  miss {m}");
    }
    assert!(
        !failed,
        "a care-set accuracy fell below its floor; misses above"
    );
}
