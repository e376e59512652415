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

use std::borrow::Cow;

use serde::Serialize;

use super::classify::{Classification, Flag, Intent};
use super::sentiment::Sentiment;

/// A priority with the reasons that produced it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Priority {
    /// 0 (no action needed) to 100 (drop everything).
    pub score: u8,
    /// Human-readable reasons, biggest contribution first. Fixed reasons ("complaint",
    /// "churn risk") are borrowed; only those with figures in them are built per post.
    pub reasons: Vec<Cow<'static, str>>,
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
/// At most one part each: tone, intent, four flags, waiting, reach.
const MAX_PARTS: usize = 8;

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
    let (parts, n) = parts(input);
    let parts = &parts[..n];
    Priority {
        score: total(parts),
        reasons: parts
            .iter()
            .filter(|p| p.0 >= 0.5)
            .map(|p| reason(p.1, input))
            .collect(),
    }
}

/// [`score`] without the reasons: the same number, no text built.
pub fn points(input: &PriorityInput<'_>) -> u8 {
    let (parts, n) = parts(input);
    total(&parts[..n])
}

/// Where a part of the priority comes from; its reason is written only when asked for.
#[derive(Debug, Clone, Copy)]
enum Part {
    Negative,
    Fixed(&'static str),
    Waiting,
    /// Reach; `capped` when it was over the cap.
    Reach {
        capped: bool,
    },
}

/// The points of every part that applies, biggest first (`n` of them).
fn parts(input: &PriorityInput<'_>) -> ([(f32, Part); MAX_PARTS], usize) {
    let mut parts = [(0.0, Part::Fixed("")); MAX_PARTS];
    let mut n = 0;
    let mut push = |points: f32, part: Part| {
        parts[n] = (points, part);
        n += 1;
    };
    let s = input.sentiment;
    if s.score < -0.05 {
        push(35.0 * -s.score, Part::Negative);
    }
    let c = input.classification;
    let (points, name) = match c.intent {
        Intent::Complaint => (15.0, "complaint"),
        Intent::Question => (10.0, "question"),
        Intent::Praise => (8.0, "praise: thank them"),
        Intent::Suggestion => (6.0, "suggestion"),
        Intent::Other => (3.0, "mention"),
    };
    push(points, Part::Fixed(name));
    // At most one of each flag (a classification lists each once).
    for f in c.flags.iter().take(4) {
        let (points, name) = match f {
            Flag::Safety => (30.0, "safety"),
            Flag::LegalThreat => (25.0, "legal threat"),
            Flag::ChurnRisk => (15.0, "churn risk"),
            Flag::Urgent => (15.0, "urgent"),
        };
        push(points, Part::Fixed(name));
    }
    if let Some(w) = input.waiting_minutes {
        let ratio = w as f32 / input.target_minutes.max(1) as f32;
        let points = if ratio <= 1.0 {
            10.0 * ratio
        } else {
            (10.0 + 5.0 * (ratio - 1.0)).min(MAX_WAITING)
        };
        push(points, Part::Waiting);
    }
    let reach = raw_reach(input);
    if reach >= 1.0 {
        push(
            reach.min(MAX_REACH),
            Part::Reach {
                capped: reach > MAX_REACH,
            },
        );
    }
    super::small_sort::sort_small_by(&mut parts[..n], |a, b| b.0.total_cmp(&a.0));
    (parts, n)
}

/// The sum of the parts (added biggest first), rounded and capped to 0–100.
fn total(parts: &[(f32, Part)]) -> u8 {
    let sum: f32 = parts.iter().map(|p| p.0).sum();
    sum.round().clamp(0.0, 100.0) as u8
}

/// Reach before the cap: 2 × log10(1 + followers) + 1.5 × log10(1 + engagement) + 2 if verified.
fn raw_reach(input: &PriorityInput<'_>) -> f32 {
    let followers = input.followers.unwrap_or(0) as f32;
    let engagement = input.engagement.unwrap_or(0) as f32;
    2.0 * (1.0 + followers).log10()
        + 1.5 * (1.0 + engagement).log10()
        + if input.verified { 2.0 } else { 0.0 }
}

/// The human-readable reason for `part`.
fn reason(part: Part, input: &PriorityInput<'_>) -> Cow<'static, str> {
    match part {
        Part::Negative => negative_reason(input.sentiment).into(),
        Part::Fixed(name) => name.into(),
        Part::Waiting => {
            let w = input.waiting_minutes.unwrap_or(0);
            let mut why = String::with_capacity(32);
            why.push_str("waiting ");
            push_int(&mut why, u64::from(w));
            why.push_str(" min of ");
            push_int(&mut why, u64::from(input.target_minutes));
            if w > input.target_minutes {
                why.push_str(" (overdue)");
            }
            why.into()
        }
        Part::Reach { capped } => match (input.followers, capped) {
            (Some(f), _) => {
                let mut why = String::with_capacity(32);
                why.push_str("reach: ");
                push_compact(&mut why, f);
                why.push_str(" followers");
                if capped {
                    why.push_str(" (capped)");
                }
                why.into()
            }
            (None, true) => "reach (capped)".into(),
            (None, false) => "reach".into(),
        },
    }
}

/// "negative (−0.78: cancelled, never again)": the score and up to three of the words that
/// moved it.
fn negative_reason(s: &Sentiment) -> String {
    let mut why = String::with_capacity(48);
    why.push_str("negative (\u{2212}");
    push_hundredths(&mut why, -s.score);
    for (i, term) in s.terms.iter().take(3).enumerate() {
        why.push_str(if i == 0 { ": " } else { ", " });
        why.push_str(term);
    }
    why.push(')');
    why
}

/// Appends `n` in decimal.
fn push_int(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    // The slice holds ASCII digits only.
    out.extend(digits[at..].iter().map(|&d| char::from(d)));
}

/// Appends `x` (≥ 0) rounded to two decimals: 0.784 → "0.78".
fn push_hundredths(out: &mut String, x: f32) {
    let cents = (f64::from(x.max(0.0)) * 100.0).round() as u64;
    push_int(out, cents / 100);
    out.push('.');
    if cents % 100 < 10 {
        out.push('0');
    }
    push_int(out, cents % 100);
}

/// Appends a count the way people read it: 950 → "950", 12_300 → "12.3K", 2_000_000 → "2.0M".
fn push_compact(out: &mut String, n: u64) {
    let (unit, suffix) = match n {
        0..=999 => {
            push_int(out, n);
            return;
        }
        1_000..=999_999 => (1_000, 'K'),
        _ => (1_000_000, 'M'),
    };
    let tenths = (n as f64 / unit as f64 * 10.0).round() as u64;
    push_int(out, tenths / 10);
    out.push('.');
    push_int(out, tenths % 10);
    out.push(suffix);
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

    /// `points` is `score` without the words, for every mix of parts.
    #[test]
    fn points_equal_the_scored_priority() {
        let texts = [
            "thanks for a lovely flight",
            "smoke in the cabin, my lawyer will sue, switching to Globex, stranded",
            "what time does the lounge open?",
            "",
        ];
        for text in texts {
            let s = sentiment::score(text);
            let c = classify(text, &s);
            for (waiting, followers, verified) in [
                (None, None, false),
                (Some(45), Some(2_000_000), true),
                (Some(0), Some(12), false),
            ] {
                let input = PriorityInput {
                    sentiment: &s,
                    classification: &c,
                    waiting_minutes: waiting,
                    target_minutes: 30,
                    followers,
                    engagement: Some(40),
                    verified,
                };
                assert_eq!(points(&input), score(&input).score, "{text:?}");
            }
        }
    }

    #[test]
    fn bounded() {
        let worst = p("URGENT smoke fire injured, my lawyer will sue you, switching to Globex, stranded!!! worst ever", Some(100_000), Some(u64::MAX));
        assert!(worst.score <= 100);
    }

    #[test]
    fn figures_read_like_people_write_them() {
        let compact = |n| {
            let mut s = String::new();
            push_compact(&mut s, n);
            s
        };
        let cases: &[(u64, &str)] = &[
            (0, "0"),
            (950, "950"),
            (1_000, "1.0K"),
            (12_300, "12.3K"),
            (999_949, "999.9K"),
            (2_000_000, "2.0M"),
            (u64::MAX, "18446744073709.6M"),
        ];
        for (n, want) in cases {
            assert_eq!(compact(*n), *want, "{n}");
        }
        for (x, want) in [
            (0.0, "0.00"),
            (0.784, "0.78"),
            (0.05, "0.05"),
            (1.0, "1.00"),
        ] {
            let mut s = String::new();
            push_hundredths(&mut s, x);
            assert_eq!(s, want, "{x}");
        }
    }
}
