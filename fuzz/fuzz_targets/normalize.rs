//! Folding any text never panics, and every folded byte maps back inside the original.
#![no_main]
use earshot::engine::text::normalize::Folded;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let folded = Folded::new(text);
    let utf16_len = text.encode_utf16().count() as u32;
    for i in 0..=folded.text.len() {
        assert!(folded.start_utf16(i) <= utf16_len && folded.end_utf16(i) <= utf16_len);
    }
});
