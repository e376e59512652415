//! What the post is about, in the author's own words: the issue ("cancelled flight"), the
//! product, the place ("to Denver"), the duration ("2 hours"), the kind of reference they hold
//! ("booking reference"), whether they share a photo, and a short key phrase as a last resort.
//! These make a draft specific; compact phrase tables and light patterns, no regex.

use super::pii::is_pii_token;
use crate::engine::analysis::Analysis;
use crate::engine::mention::MentionKind;

/// Concrete facts drawn from one post.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// Issue noun phrase, adjective first: "cancelled flight", "cracked screen".
    pub issue: Option<String>,
    /// A product of the brand named in the post.
    pub product: Option<String>,
    /// A place with its preposition: "to Denver", "at the Leeds store".
    pub place: Option<String>,
    /// A duration: "2 hours".
    pub duration: Option<String>,
    /// The kind of reference the author holds: "booking reference", "order number".
    pub reference: Option<&'static str>,
    /// The post mentions a photo or picture.
    pub photo: bool,
    /// The issue names a fault ("cancelled", "crashed"), not just a thing ("my card").
    pub fault: bool,
    /// The post talks about being on hold (phone queue).
    pub hold: bool,
    /// A short content phrase from the post (fallback when nothing above was found).
    pub key_phrase: Option<String>,
}

const ISSUE_ADJ: &[&str] = &[
    "cancelled",
    "canceled",
    "delayed",
    "lost",
    "missing",
    "broken",
    "cracked",
    "damaged",
    "late",
    "wrong",
    "rude",
    "dirty",
    "overbooked",
    "stuck",
    "declined",
    "faulty",
    "double",
    "duplicate",
    "smashed",
    "dented",
    "ripped",
    "torn",
    "cold",
    "failed",
    "overcharged",
];

/// Verbs that describe a fault but read badly as an adjective: "points disappeared" →
/// "points problem".
const ISSUE_VERB: &[&str] = &[
    "disappeared",
    "vanished",
    "crashing",
    "crashed",
    "crashes",
    "frozen",
    "freezing",
    "froze",
    "charged",
    "deleted",
    "bumped",
    "closed",
    "ignored",
    "expired",
    "blank",
    "down",
];

const ISSUE_NOUN: &[&str] = &[
    "points",
    "miles",
    "page",
    "voucher",
    "line",
    "wheelchair",
    "toilet",
    "map",
    "email",
    "flight",
    "bag",
    "bags",
    "luggage",
    "suitcase",
    "screen",
    "order",
    "package",
    "parcel",
    "seat",
    "phone",
    "laptop",
    "app",
    "website",
    "card",
    "payment",
    "charge",
    "booking",
    "ticket",
    "refund",
    "delivery",
    "food",
    "meal",
    "room",
    "call",
    "wifi",
    "update",
    "account",
    "item",
    "connection",
    "train",
    "bus",
    "boarding",
    "pass",
    "upgrade",
    "checkout",
    "login",
    "box",
    "stroller",
    "pram",
    "guitar",
    "car",
    "gate",
    "transfer",
    "invoice",
    "bill",
];

const REFERENCES: &[(&str, &str)] = &[
    ("booking reference", "booking reference"),
    ("booking ref", "booking reference"),
    ("booking number", "booking reference"),
    ("confirmation number", "confirmation number"),
    ("confirmation code", "confirmation number"),
    ("order number", "order number"),
    ("order no", "order number"),
    ("order #", "order number"),
    ("tracking number", "tracking number"),
    ("case number", "case number"),
    ("ticket number", "ticket number"),
    ("pnr", "booking reference"),
    ("account number", "account details"),
    ("card", "card details"),
];

const PLACE_PREPS: &[&str] = &["to", "from", "in", "at"];
const PLACE_NOUNS: &[&str] = &[
    "store", "shop", "airport", "branch", "station", "terminal", "gate", "desk", "office", "hotel",
    "lounge",
];
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("a", "1"),
    ("an", "1"),
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("twelve", "12"),
    ("several", "several"),
];
const UNITS: &[(&str, &str, &str)] = &[
    ("min", "minute", "minutes"),
    ("mins", "minute", "minutes"),
    ("minute", "minute", "minutes"),
    ("minutes", "minute", "minutes"),
    ("hr", "hour", "hours"),
    ("hrs", "hour", "hours"),
    ("hour", "hour", "hours"),
    ("hours", "hour", "hours"),
    ("h", "hour", "hours"),
    ("day", "day", "days"),
    ("days", "day", "days"),
    ("week", "week", "weeks"),
    ("weeks", "week", "weeks"),
    ("month", "month", "months"),
    ("months", "month", "months"),
];

/// Words never used as a key phrase: function words and common verbs.
pub const STOP: &[&str] = &[
    "the", "a", "an", "and", "or", "but", "to", "of", "in", "on", "at", "for", "with", "my", "me",
    "i", "you", "your", "we", "our", "it", "its", "is", "was", "are", "were", "be", "been", "this",
    "that", "these", "those", "so", "just", "not", "no", "yes", "have", "has", "had", "do", "does",
    "did", "can", "could", "would", "should", "will", "what", "when", "where", "why", "how", "who",
    "all", "any", "get", "got", "from", "they", "them", "their", "he", "she", "his", "her", "him",
    "im", "i'm", "it's", "dont", "don't", "about", "out", "up", "as", "by", "if", "then", "than",
    "too", "very", "really", "there", "here", "one", "some", "like", "more", "now", "again",
    "still", "ever", "even", "today", "thanks", "thank", "please", "lol", "omg", "rt", "amp", "u",
    "ur", "us", "am", "being", "into", "over", "after",
];

const PROFANITY: &[&str] = &[
    "fuck", "fucking", "shit", "shitty", "crap", "damn", "ass", "bitch", "hell", "sucks", "suck",
    "stupid", "idiot", "idiots", "hate", "wtf", "bullshit", "pissed", "dick",
];

/// Whether `w` (lower-case) is a stop word; a hash set built once, as key-phrase scoring asks
/// for every word of the post.
pub fn is_stop(w: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| STOP.iter().copied().collect())
        .contains(w)
}

fn clean(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '#' && c != '\'' && c != '-')
}

/// Extracts the facts of `text`; `brand_terms` (lower-case) are never used as key phrase.
pub fn extract(
    text: &str,
    analysis: &Analysis,
    products: &[String],
    brand_terms: &[String],
) -> Facts {
    let raw: Vec<&str> = text.split_whitespace().collect();
    let words: Vec<&str> = raw.iter().map(|w| clean(w)).collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let issue = issue(&lower);
    let fault = issue.as_deref().is_some_and(|i| i.contains(' '));
    let mut f = Facts {
        issue,
        fault,
        duration: duration(&lower),
        place: place(&words, &lower, brand_terms),
        hold: lower.iter().any(|w| w == "hold"),
        photo: lower.iter().any(|w| {
            matches!(
                w.as_str(),
                "photo"
                    | "photos"
                    | "pic"
                    | "pics"
                    | "picture"
                    | "pictures"
                    | "shot"
                    | "selfie"
                    | "snap"
            )
        }),
        ..Facts::default()
    };
    f.product = analysis
        .mentions
        .iter()
        .find(|m| m.kind == MentionKind::Product)
        .map(|m| m.term.to_string())
        .or_else(|| {
            let t = text.to_lowercase();
            products
                .iter()
                .find(|p| !p.is_empty() && t.contains(&p.to_lowercase()))
                .cloned()
        });
    let padded = format!(" {} ", lower.join(" "));
    f.reference = REFERENCES
        .iter()
        .find(|(k, _)| {
            padded
                .match_indices(k)
                .any(|(i, _)| padded.get(..i).is_some_and(|b| b.ends_with(' ')))
        })
        .map(|(_, v)| *v)
        .or_else(|| raw.iter().any(|w| is_pii_token(w)).then_some("details"));
    f.key_phrase = key_phrase(&raw, &words, &lower, brand_terms);
    f
}

fn issue(lower: &[String]) -> Option<String> {
    for (i, w) in lower.iter().enumerate() {
        if ISSUE_VERB.contains(&w.as_str()) {
            for back in 1..=3 {
                let Some(k) = i.checked_sub(back) else { break };
                if let Some(n) = lower.get(k).filter(|n| ISSUE_NOUN.contains(&n.as_str())) {
                    return Some(format!("{n} problem"));
                }
            }
            continue;
        }
        if !ISSUE_ADJ.contains(&w.as_str()) {
            continue;
        }
        // "cracked screen", "lost my bag", "cancelled our flight".
        let mut j = i + 1;
        if lower
            .get(j)
            .is_some_and(|d| matches!(d.as_str(), "my" | "our" | "the" | "a" | "an"))
        {
            j += 1;
        }
        if let Some(n) = lower.get(j).filter(|n| ISSUE_NOUN.contains(&n.as_str())) {
            return Some(format!("{w} {n}"));
        }
        // "flight was cancelled", "bag got lost", "my screen is cracked".
        for back in 1..=4 {
            let Some(k) = i.checked_sub(back) else { break };
            if let Some(n) = lower.get(k).filter(|n| ISSUE_NOUN.contains(&n.as_str())) {
                return Some(format!("{w} {n}"));
            }
        }
    }
    // A bare issue noun with a possessive: "my refund", "my order".
    lower.windows(2).find_map(|p| {
        (matches!(p[0].as_str(), "my" | "our" | "a" | "the" | "this")
            && ISSUE_NOUN.contains(&p[1].as_str()))
        .then(|| p[1].clone())
    })
}

fn duration(lower: &[String]) -> Option<String> {
    for (i, w) in lower.iter().enumerate() {
        // "2-hour", "2h", "45mins".
        let digits: String = w.chars().take_while(char::is_ascii_digit).collect();
        let tail = w.get(digits.len()..).unwrap_or("").trim_start_matches('-');
        let (num, unit) = if !digits.is_empty() && !tail.is_empty() {
            (digits.clone(), tail.to_string())
        } else if !digits.is_empty() {
            (
                digits.clone(),
                lower.get(i + 1).cloned().unwrap_or_default(),
            )
        } else if let Some((_, n)) = NUMBER_WORDS.iter().find(|(k, _)| *k == w.as_str()) {
            (n.to_string(), lower.get(i + 1).cloned().unwrap_or_default())
        } else {
            continue;
        };
        if let Some((_, one, many)) = UNITS.iter().find(|(k, _, _)| *k == unit.as_str()) {
            if num == "1" {
                let article = if *one == "hour" { "an" } else { "a" };
                return Some(format!("{article} {one}"));
            }
            return Some(format!("{num} {many}"));
        }
    }
    None
}

fn place(words: &[&str], lower: &[String], brand_terms: &[String]) -> Option<String> {
    for (i, p) in lower.iter().enumerate() {
        if !PLACE_PREPS.contains(&p.as_str()) {
            continue;
        }
        let mut j = i + 1;
        let the = lower.get(j).is_some_and(|w| w == "the");
        if the {
            j += 1;
        }
        let name = *words.get(j)?;
        let capital = name.chars().next().is_some_and(char::is_uppercase)
            && name.chars().all(char::is_alphabetic)
            && name.chars().count() >= 3
            && name.chars().any(char::is_lowercase);
        if !capital || brand_terms.iter().any(|b| b.contains(&lower[j])) || is_stop(&lower[j]) {
            continue;
        }
        if the {
            if let Some(n) = lower
                .get(j + 1)
                .filter(|n| PLACE_NOUNS.contains(&n.as_str()))
            {
                return Some(format!("{p} the {name} {n}"));
            }
            continue;
        }
        return Some(format!("{p} {name}"));
    }
    None
}

/// 1–3 consecutive content words (no stop words, PII, handles, links or profanity).
fn key_phrase(
    raw: &[&str],
    words: &[&str],
    lower: &[String],
    brand_terms: &[String],
) -> Option<String> {
    let ok = |i: usize| {
        let w = lower[i].as_str();
        let r = raw[i];
        w.chars().count() >= 3
            && w.chars()
                .all(|c| c.is_alphabetic() || c == '\'' || c == '-')
            && !is_stop(w)
            && !PROFANITY.iter().any(|p| w.contains(p))
            && !r.contains('@')
            && !r.starts_with('#')
            && !r.contains("http")
            && !is_pii_token(r)
            && !brand_terms
                .iter()
                .any(|b| b.split_whitespace().any(|t| t == w))
    };
    let mut best: Option<(usize, usize)> = None;
    let mut i = 0;
    while i < words.len() {
        if !ok(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < words.len() && ok(i) && i - start < 3 {
            // Stop a phrase at sentence punctuation in the raw word.
            let end_punct = raw[i].ends_with(['.', '!', '?', ',', ';', ':']);
            i += 1;
            if end_punct {
                break;
            }
        }
        let score = |(s, e): (usize, usize)| lower[s..e].iter().map(|w| w.len()).sum::<usize>();
        if best.is_none_or(|b| score((start, i)) > score(b)) {
            best = Some((start, i));
        }
    }
    let (s, e) = best?;
    Some(lower.get(s..e)?.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::reply::blank_analysis;

    #[test]
    fn table() {
        let none: &[String] = &[];
        let brand = vec!["acme".to_string(), "acme air".to_string()];
        // (name, text, issue, place, duration, reference)
        type Case<'a> = (&'a str, &'a str, Want<'a>, Want<'a>, Want<'a>, Want<'a>);
        type Want<'a> = Option<&'a str>;
        let cases: &[Case] = &[
            (
                "cancelled flight to Denver",
                "@AcmeAir my flight to Denver was cancelled after 3 hours waiting",
                Some("cancelled flight"),
                Some("to Denver"),
                Some("3 hours"),
                None,
            ),
            (
                "cracked screen",
                "Got my phone back with a cracked screen",
                Some("cracked screen"),
                None,
                None,
                None,
            ),
            (
                "2-hour hold + order number",
                "Been on a 2-hour hold about order #5551234",
                None,
                None,
                Some("2 hours"),
                Some("order number"),
            ),
            (
                "store place",
                "Rude staff at the Leeds store today",
                None,
                Some("at the Leeds store"),
                None,
                None,
            ),
            (
                "lost my bag",
                "Acme lost my bag in Madrid, booking ref AB12CD",
                Some("lost bag"),
                Some("in Madrid"),
                None,
                Some("booking reference"),
            ),
        ];
        for (name, text, issue, place, dur, reference) in cases {
            let f = extract(text, &blank_analysis(), none, &brand);
            assert_eq!(f.issue.as_deref(), *issue, "{name} issue");
            assert_eq!(f.place.as_deref(), *place, "{name} place");
            assert_eq!(f.duration.as_deref(), *dur, "{name} duration");
            assert_eq!(f.reference, *reference, "{name} reference");
        }
    }

    #[test]
    fn key_phrase_skips_pii_and_brand() {
        let brand = vec!["acme".to_string()];
        let f = extract(
            "Acme call me 07700900123 lovely sunset",
            &blank_analysis(),
            &[],
            &brand,
        );
        assert_eq!(f.key_phrase.as_deref(), Some("lovely sunset"));
    }
}
