//! X's weighted length never panics, whatever the text.
#![no_main]
use earshot::engine::text::tweet_length::weighted_length;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = weighted_length(text);
});
