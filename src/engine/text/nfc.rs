//! Unicode Normalization Form C, for X's length rules, from the platform's own Unicode tables.
//!
//! In WebAssembly this is the browser's `String.prototype.normalize`: the composition,
//! combining-class and quick-check tables of the `unicode-normalization` crate would cost about
//! 38 KB of the gzipped `.wasm` (measured: 299.5 KB with them, 261.9 KB without), and NFC is
//! needed only to count a draft's length, never on the page's hot path. Natively (the CLI, the
//! tests) the crate's tables are used. Both implement the same Unicode standard; the end-to-end
//! tests check the panel's counter against the engine's count in the browser.

use std::borrow::Cow;

/// `text` in NFC. ASCII text, and text already in NFC, is borrowed unchanged.
///
/// # Example
/// ```
/// use earshot::engine::text::nfc::nfc;
/// assert_eq!(nfc("cafe\u{301}"), "caf\u{e9}");
/// assert_eq!(nfc("plain"), "plain");
/// ```
pub fn nfc(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    platform(text)
}

#[cfg(target_arch = "wasm32")]
fn platform(text: &str) -> Cow<'_, str> {
    let normal = String::from(js_sys::JsString::from(text).normalize("NFC"));
    if normal == text {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(normal)
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn platform(text: &str) -> Cow<'_, str> {
    use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};
    if is_nfc_quick(text.chars()) == IsNormalized::Yes {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.nfc().collect())
    }
}
