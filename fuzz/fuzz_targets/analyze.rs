//! Matching and analysing any text never panics; spans stay inside the text, in order. Read as
//! a site's relative age, any text is no age or a non-negative one.
#![no_main]
use std::sync::OnceLock;

use earshot::engine::settings::parse_settings;
use earshot::engine::text::time::parse_age;
use earshot::engine::{Engine, Post};
use libfuzzer_sys::fuzz_target;

fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        Engine::new(parse_settings(include_str!("../../examples/brand.json")).expect("example parses"))
    })
}

fuzz_target!(|text: &str| {
    let post = Post { id: "f".into(), text: text.to_string(), ..Post::default() };
    let a = engine().analyze(&post, Some(0));
    let len = text.encode_utf16().count() as u32;
    let mut last = 0;
    for m in &a.mentions {
        assert!(m.start < m.end && m.end <= len && m.start >= last);
        last = m.end;
    }
    assert!((-1.0..=1.0).contains(&a.sentiment.score));
    assert!(a.priority.score <= 100);
    assert!(parse_age(text).is_none_or(|ms| ms >= 0));
});
