//! Word tokens (interim).

/// Splits `text` into words on whitespace.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace()
}
