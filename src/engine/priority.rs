//! Priority 0–100 with reasons (interim; replaced by the documented formula).

use serde::Serialize;

use super::classify::Classification;
use super::sentiment::Sentiment;

/// A priority with the reasons that produced it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Priority {
    /// 0 (no action needed) to 100 (drop everything).
    pub score: u8,
    /// Human-readable reasons, biggest contribution first.
    pub reasons: Vec<String>,
}

/// Everything priority depends on.
#[derive(Debug, Clone, Copy)]
pub struct PriorityInput<'a> {
    /// Tone.
    pub sentiment: &'a Sentiment,
    /// Intent, topics, flags.
    pub classification: &'a Classification,
    /// Minutes waited so far, when known.
    pub waiting_minutes: Option<u32>,
    /// Response target in minutes.
    pub target_minutes: u32,
    /// Author's followers, when known.
    pub followers: Option<u64>,
    /// Likes + reposts + replies, when known.
    pub engagement: Option<u64>,
    /// Verified author.
    pub verified: bool,
}

/// Scores one post.
pub fn score(input: &PriorityInput<'_>) -> Priority {
    let s = (50.0 - input.sentiment.score * 40.0).clamp(0.0, 100.0) as u8;
    Priority {
        score: s,
        reasons: vec![format!("sentiment {:.2}", input.sentiment.score)],
    }
}
