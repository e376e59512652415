//! The feeling a draft acknowledges first — anger, disappointment, worry, delight or plain
//! curiosity — read from sentiment, intent, flags and a few cue words, with varied wording.

use crate::engine::analysis::Analysis;
use crate::engine::classify::{Flag, Intent};
use crate::engine::sentiment::Label;

/// The feeling a post expresses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feeling {
    /// Strongly negative, shouting, swearing.
    Anger,
    /// Negative.
    Disappointment,
    /// Safety, urgency, anxious words.
    Worry,
    /// Positive.
    Delight,
    /// A question.
    Curiosity,
    /// A neutral remark.
    Remark,
}

const ANGER_CUES: &[&str] = &[
    "furious",
    "angry",
    "livid",
    "disgusting",
    "worst",
    "ridiculous",
    "unacceptable",
    "joke",
    "fuming",
    "outraged",
];
const WORRY_CUES: &[&str] = &[
    "worried", "scared", "anxious", "nervous", "afraid", "urgent", "help", "stranded", "stuck",
];

/// Reads the feeling of `text` given its analysis.
pub fn feeling(text: &str, a: &Analysis) -> Feeling {
    let lower = text.to_lowercase();
    let has = |cues: &[&str]| cues.iter().any(|c| lower.contains(c));
    if a.flags.contains(&Flag::Safety) || (a.sentiment.label != Label::Positive && has(WORRY_CUES))
    {
        return Feeling::Worry;
    }
    if a.intent == Intent::Praise
        || a.sentiment.label == Label::Positive && a.intent != Intent::Complaint
    {
        return Feeling::Delight;
    }
    let caps = text.chars().filter(char::is_ascii_uppercase).count();
    let shouting = caps > 12 && caps * 2 > text.chars().filter(char::is_ascii_alphabetic).count();
    if a.sentiment.label == Label::Negative
        && (a.sentiment.score < -0.6 || has(ANGER_CUES) || shouting || text.contains("!!"))
    {
        return Feeling::Anger;
    }
    if a.sentiment.label == Label::Negative || a.intent == Intent::Complaint {
        return Feeling::Disappointment;
    }
    if a.intent == Intent::Question || text.contains('?') {
        Feeling::Curiosity
    } else {
        Feeling::Remark
    }
}

/// Opening acknowledgements per feeling; `{x}` is the specific subject ("your cancelled flight
/// to Denver"). Index 0 is empathetic, 1 warm, 2 formal; each has variants picked by seed.
pub fn lines(f: Feeling) -> [&'static [&'static str]; 3] {
    match f {
        Feeling::Anger => [
            &[
                "I completely understand why you're angry about {x}.",
                "You have every right to be frustrated about {x}.",
                "I can hear how angry {x} has made you.",
            ],
            &[
                "Ugh, {x} is really not okay, and I get why you're fuming.",
                "That's maddening about {x}, and you're right to call it out.",
            ],
            &[
                "We understand your frustration regarding {x}.",
                "Your frustration about {x} is entirely understandable.",
            ],
        ],
        Feeling::Disappointment => [
            &[
                "I'm really sorry to hear about {x}.",
                "That's so disappointing about {x}, and I'm sorry.",
                "I'm sorry {x} has let you down.",
            ],
            &[
                "Oh no, sorry about {x}!",
                "Really sorry to hear about {x}, that's not the experience we want for you.",
            ],
            &[
                "We are sorry to hear about {x}.",
                "Thank you for telling us about {x}; we are sorry it happened.",
            ],
        ],
        Feeling::Worry => [
            &[
                "I can see why {x} is worrying, and I want to help straight away.",
                "That sounds stressful — let's sort out {x} together.",
            ],
            &[
                "Totally get why {x} has you worried, let's help.",
                "Don't worry about {x} alone, we're on it.",
            ],
            &[
                "We understand your concern about {x} and are treating it as a priority.",
                "Your concern about {x} is being taken seriously.",
            ],
        ],
        Feeling::Delight => [
            &[
                "This made our day — thank you for the love for {x}!",
                "Thank you so much for the kind words about {x}!",
            ],
            &[
                "Love this! So glad {x} worked out for you.",
                "Aw, thanks for the shout-out about {x}!",
            ],
            &[
                "Thank you for your kind feedback about {x}.",
                "We appreciate your kind words about {x}.",
            ],
        ],
        Feeling::Remark => [
            &[
                "Thanks for sharing your thoughts on {x}.",
                "Thank you for the note about {x}.",
            ],
            &[
                "Thanks for the shout about {x}!",
                "Appreciate you flagging {x}!",
            ],
            &[
                "Thank you for your message regarding {x}.",
                "Thank you for your comments on {x}.",
            ],
        ],
        Feeling::Curiosity => [
            &["Thanks for asking about {x}.", "Happy to help with {x}."],
            &[
                "Great question about {x}!",
                "Thanks for reaching out about {x}!",
            ],
            &[
                "Thank you for your question regarding {x}.",
                "Thank you for contacting us about {x}.",
            ],
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::reply::blank_analysis;
    use crate::engine::sentiment::Sentiment;

    #[test]
    fn table() {
        let cases: &[(&str, &str, Label, f32, Intent, Feeling)] = &[
            (
                "angry",
                "worst airline ever, unacceptable",
                Label::Negative,
                -0.8,
                Intent::Complaint,
                Feeling::Anger,
            ),
            (
                "sad",
                "my bag didn't arrive",
                Label::Negative,
                -0.3,
                Intent::Complaint,
                Feeling::Disappointment,
            ),
            (
                "worried",
                "stranded in Denver, please help",
                Label::Negative,
                -0.3,
                Intent::Complaint,
                Feeling::Worry,
            ),
            (
                "delighted",
                "loved the crew",
                Label::Positive,
                0.7,
                Intent::Praise,
                Feeling::Delight,
            ),
            (
                "question",
                "how much is a bag",
                Label::Neutral,
                0.0,
                Intent::Question,
                Feeling::Curiosity,
            ),
        ];
        for (name, text, label, score, intent, want) in cases {
            let mut a = blank_analysis();
            a.sentiment = Sentiment {
                label: *label,
                score: *score,
                terms: vec![],
            };
            a.intent = *intent;
            assert_eq!(feeling(text, &a), *want, "{name}");
        }
    }
}
