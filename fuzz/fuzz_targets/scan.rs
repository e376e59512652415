//! A scan of any bytes with any lengths and facts never panics: it either refuses the batch with
//! nothing written or writes one well-formed record per post, spans inside that post's text.
#![no_main]
use std::sync::OnceLock;

use earshot::engine::scan::{FACTS_PER_POST, HIGHLIGHTS, LENS_PER_POST};
use earshot::engine::settings::parse_settings;
use earshot::engine::Engine;
use libfuzzer_sys::fuzz_target;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        Engine::new(parse_settings(include_str!("../../examples/brand.json")).expect("example parses"))
    })
}

fuzz_target!(|input: (&str, Vec<u8>, Vec<f64>)| {
    let (texts, lens, facts) = input;
    let lens: Vec<u32> = lens.iter().map(|&l| u32::from(l)).collect();
    let mut facts = facts;
    facts.resize(lens.len() / LENS_PER_POST * FACTS_PER_POST, f64::NAN);
    let mut out = Vec::new();
    if engine().scan(texts, &lens, &facts, Some(0), &mut out).is_err() {
        assert!(out.is_empty());
        return;
    }
    let mut k = 0;
    // Each post's text length comes first, then its time's.
    for &len in lens.iter().step_by(LENS_PER_POST) {
        assert!((0..=100).contains(&out[k]));
        assert!((out[k + 1] as usize) < HIGHLIGHTS.len());
        let n = out[k + 2] as usize;
        k += 3;
        for _ in 0..n {
            let (start, end) = (out[k], out[k + 1]);
            assert!(0 <= start && start < end && end as u32 <= len);
            assert!((out[k + 2] as usize) < HIGHLIGHTS.len());
            k += 3;
        }
    }
    assert_eq!(k, out.len());
});
