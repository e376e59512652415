//! Any settings text is either accepted or refused with field errors; never a panic.
#![no_main]
use earshot::engine::settings::parse_settings;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Err(e) = parse_settings(text) {
        assert!(!e.errors.is_empty());
    }
});
