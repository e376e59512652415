//! X's weighted length (interim).

/// Weighted length of `text` by the twitter-text v3 rules (interim: counts code points).
pub fn weighted_length(text: &str) -> u32 {
    text.chars().count() as u32
}
