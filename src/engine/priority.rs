//! Priority 0–100: how urgently a mention needs a person, with the reasons shown.
//!
//! The formula adds points, each with a reason, and caps the sum at 100:
//!
//! | part | points |
//! |---|---|
//! | negative tone | 35 × (−score), for a score below −0.05 |
//! | intent | complaint 15, question 10, praise 8, suggestion 6, other 3 |
//! | flags | safety 30, legal threat 25, churn risk 15, urgent 15 |
//! | waiting | up to the target: 10 × waited/target; past it: 10 + 5 per further target span, at most 25 in all |
//! | reach | 2 × log10(1 + followers) + 1.5 × log10(1 + engagement) + 2 if verified, capped at 10 |
//!
//! Reach is capped and logarithmic on purpose: every customer deserves an answer, so a
//! 12-follower complaint with a churn threat (≈ 50) always outranks a 2-million-follower mild
//! remark (≈ 20). Praise scores low but never zero — happy customers get thanked too.

use serde::Serialize;

use super::classify::{Classification, Flag, Intent};
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
    /// Response target in minutes (at least 1).
    pub target_minutes: u32,
    /// Author's followers, when known.
    pub followers: Option<u64>,
    /// Likes + reposts + replies, when known.
    pub engagement: Option<u64>,
    /// Verified author.
    pub verified: bool,
}

const MAX_REACH: f32 = 10.0;
const MAX_WAITING: f32 = 25.0;

/// Scores one post.
///
/// # Example
/// ```
/// use earshot::engine::classify::{Classification, Flag, Intent};
/// use earshot::engine::priority::{score, PriorityInput};
/// use earshot::engine::sentiment;
/// let s = sentiment::score("cancelled again, never again");
/// let c = Classification { intent: Intent::Complaint, topics: vec![], flags: vec![Flag::ChurnRisk] };
/// let p = score(&PriorityInput { sentiment: &s, classification: &c, waiting_minutes: Some(42),
///     target_minutes: 30, followers: Some(12), engagement: None, verified: false });
/// assert!(p.score >= 50);
/// assert!(p.reasons.iter().any(|r| r == "waiting 42 min of 30 (overdue)"));
/// ```
pub fn score(input: &PriorityInput<'_>) -> Priority {
    let mut parts: Vec<(f32, String)> = Vec::with_capacity(8);
    let s = input.sentiment;
    if s.score < -0.05 {
        let words = s
            .terms
            .iter()
            .take(3)
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        let detail = if words.is_empty() {
            String::new()
        } else {
            format!(": {words}")
        };
        parts.push((
            35.0 * -s.score,
            format!("negative (\u{2212}{:.2}{detail})", -s.score),
        ));
    }
    let c = input.classification;
    let (points, name) = match c.intent {
        Intent::Complaint => (15.0, "complaint"),
        Intent::Question => (10.0, "question"),
        Intent::Praise => (8.0, "praise: thank them"),
        Intent::Suggestion => (6.0, "suggestion"),
        Intent::Other => (3.0, "mention"),
    };
    parts.push((points, name.to_string()));
    for f in &c.flags {
        let (points, name) = match f {
            Flag::Safety => (30.0, "safety"),
            Flag::LegalThreat => (25.0, "legal threat"),
            Flag::ChurnRisk => (15.0, "churn risk"),
            Flag::Urgent => (15.0, "urgent"),
        };
        parts.push((points, name.to_string()));
    }
    if let Some(w) = input.waiting_minutes {
        let target = input.target_minutes.max(1) as f32;
        let ratio = w as f32 / target;
        let points = if ratio <= 1.0 {
            10.0 * ratio
        } else {
            (10.0 + 5.0 * (ratio - 1.0)).min(MAX_WAITING)
        };
        let overdue = if w > input.target_minutes {
            " (overdue)"
        } else {
            ""
        };
        parts.push((
            points,
            format!("waiting {w} min of {}{overdue}", input.target_minutes),
        ));
    }
    let followers = input.followers.unwrap_or(0) as f32;
    let engagement = input.engagement.unwrap_or(0) as f32;
    let raw_reach = 2.0 * (1.0 + followers).log10()
        + 1.5 * (1.0 + engagement).log10()
        + if input.verified { 2.0 } else { 0.0 };
    if raw_reach >= 1.0 {
        let capped = if raw_reach > MAX_REACH {
            " (capped)"
        } else {
            ""
        };
        let who = match input.followers {
            Some(f) => format!("reach: {} followers{capped}", compact(f)),
            None => format!("reach{capped}"),
        };
        parts.push((raw_reach.min(MAX_REACH), who));
    }
    parts.sort_by(|a, b| b.0.total_cmp(&a.0));
    let total: f32 = parts.iter().map(|p| p.0).sum();
    Priority {
        score: total.round().clamp(0.0, 100.0) as u8,
        reasons: parts
            .into_iter()
            .filter(|p| p.0 >= 0.5)
            .map(|p| p.1)
            .collect(),
    }
}

/// 950 → "950", 12_300 → "12.3K", 2_000_000 → "2.0M".
fn compact(n: u64) -> String {
    match n {
        0..=999 => n.to_string(),
        1_000..=999_999 => format!("{:.1}K", n as f64 / 1e3),
        _ => format!("{:.1}M", n as f64 / 1e6),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::classify::classify;
    use crate::engine::sentiment;

    fn p(text: &str, waiting: Option<u32>, followers: Option<u64>) -> Priority {
        let s = sentiment::score(text);
        let c = classify(text, &s);
        score(&PriorityInput {
            sentiment: &s,
            classification: &c,
            waiting_minutes: waiting,
            target_minutes: 30,
            followers,
            engagement: None,
            verified: false,
        })
    }

    #[test]
    fn small_account_churn_threat_beats_big_account_mild_remark() {
        let small = p(
            "@AcmeAir lost my bag again. Switching to Globex.",
            None,
            Some(12),
        );
        let big = p(
            "@AcmeAir the coffee on board could be a bit warmer",
            None,
            Some(2_000_000),
        );
        assert!(small.score > big.score, "{small:?} vs {big:?}");
        assert!(
            big.reasons
                .iter()
                .any(|r| r == "reach: 2.0M followers (capped)"),
            "{big:?}"
        );
    }

    #[test]
    fn ordering_of_typical_posts() {
        let safety = p(
            "smoke in the cabin and the crew ignored it, this is dangerous",
            Some(5),
            None,
        );
        let legal = p(
            "I will be contacting my lawyer about this discrimination",
            Some(5),
            None,
        );
        let complaint = p("my flight was cancelled and nobody answers", Some(5), None);
        let question = p("what time does the lounge open?", Some(5), None);
        let praise = p("thanks for a lovely flight", Some(5), None);
        let order = [&safety, &legal, &complaint, &question, &praise];
        for w in order.windows(2) {
            assert!(
                w[0].score > w[1].score,
                "{:?} should outrank {:?}",
                w[0],
                w[1]
            );
        }
        assert!(praise.score > 0, "praise is not 'no action'");
    }

    #[test]
    fn waiting_raises_priority_and_says_so() {
        let fresh = p("my bag is missing", Some(0), None);
        let due = p("my bag is missing", Some(30), None);
        let late = p("my bag is missing", Some(120), None);
        assert!(fresh.score < due.score && due.score < late.score);
        assert!(
            late.reasons
                .iter()
                .any(|r| r == "waiting 120 min of 30 (overdue)"),
            "{late:?}"
        );
    }

    #[test]
    fn reasons_name_the_words() {
        let r = p("cancelled again. never again.", None, None);
        assert!(r.reasons[0].starts_with("negative (\u{2212}0."), "{r:?}");
        assert!(r.reasons[0].contains("never again"), "{r:?}");
    }

    #[test]
    fn bounded() {
        let worst = p("URGENT smoke fire injured, my lawyer will sue you, switching to Globex, stranded!!! worst ever", Some(100_000), Some(u64::MAX));
        assert!(worst.score <= 100);
        assert_eq!(compact(12_300), "12.3K");
    }
}
