//! Sentiment (interim: a handful of words; replaced by VADER + the customer-care layer).

use serde::Serialize;

/// Negative, neutral or positive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// Score ≤ −0.05.
    Negative,
    /// Between.
    Neutral,
    /// Score ≥ 0.05.
    Positive,
}

/// The tone of a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentiment {
    /// The label.
    pub label: Label,
    /// Compound score in [-1, 1].
    pub score: f32,
    /// The words and phrases that moved the score, most influential first.
    pub terms: Vec<String>,
}

/// Scores `text`.
pub fn score(text: &str) -> Sentiment {
    let lower = text.to_lowercase();
    let mut s = 0.0f32;
    let mut terms = Vec::new();
    for (w, v) in [
        ("love", 0.6f32),
        ("great", 0.5),
        ("thanks", 0.3),
        ("cancelled", -0.6),
        ("worst", -0.7),
        ("lost", -0.5),
    ] {
        if lower.contains(w) {
            s += v;
            terms.push(w.to_string());
        }
    }
    let score = s.clamp(-1.0, 1.0);
    let label = if score <= -0.05 {
        Label::Negative
    } else if score >= 0.05 {
        Label::Positive
    } else {
        Label::Neutral
    };
    Sentiment {
        label,
        score,
        terms,
    }
}
