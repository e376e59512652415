//! When an ordinary word is a brand: the context rule.
//!
//! Some brands are everyday words — United, Delta, Apple, Target, Shell, Next. "United we stand"
//! is not about the airline; "flying United again" is. A brand term whose folded form is a
//! common English word (the list below, or the sentiment lexicon) is therefore heard only where
//! the context supports it, i.e. when at least one of these holds:
//!
//! 1. it is written Capitalised or in CAPITALS, and is not the first word of a sentence
//!    (a capital there says nothing), and the post is not written all in capitals;
//! 2. another, unambiguous term of the profile (a handle, hashtag, other name or product) is
//!    heard in the same post;
//! 3. a care context word (flight, order, store, app, refund, …) or a word from the profile's
//!    own multi-word terms ("airlines" from "Acme Airlines") is within three words of it.
//!
//! @handles and #hashtags never need context. Fuzzy (misspelt) matches need the same support,
//! and a token that is itself a known word is never treated as a misspelling.

/// Common English words that are, or are part of, real brand names, and words one edit away
/// from such names ("untied", "apply"): a token in this list is never a misspelling, and a brand
/// term in it needs context. Sorted, lower-case (checked by a test).
const COMMON_WORDS: &[&str] = &[
    "about",
    "after",
    "again",
    "airline",
    "airport",
    "alaska",
    "allied",
    "amazon",
    "anchor",
    "apple",
    "apples",
    "applied",
    "apply",
    "arrow",
    "bank",
    "banks",
    "bass",
    "best",
    "bitter",
    "blue",
    "boots",
    "bright",
    "buy",
    "camel",
    "canon",
    "capital",
    "cars",
    "catch",
    "chase",
    "chased",
    "chaser",
    "chases",
    "choice",
    "citizens",
    "clear",
    "coach",
    "comet",
    "common",
    "crown",
    "crystal",
    "current",
    "delta",
    "deltas",
    "direct",
    "discover",
    "dove",
    "dover",
    "eagle",
    "echo",
    "edge",
    "element",
    "energy",
    "express",
    "family",
    "fidelity",
    "first",
    "flight",
    "flights",
    "frontier",
    "gap",
    "general",
    "giant",
    "glory",
    "gold",
    "golden",
    "great",
    "guess",
    "harmony",
    "heart",
    "hello",
    "heritage",
    "horizon",
    "impact",
    "independent",
    "infinity",
    "jet",
    "jetblue",
    "jump",
    "just",
    "key",
    "keys",
    "kindle",
    "liberty",
    "light",
    "lucky",
    "mango",
    "mars",
    "meta",
    "metro",
    "mint",
    "mission",
    "monster",
    "national",
    "nest",
    "next",
    "nexts",
    "nice",
    "nova",
    "oasis",
    "ocean",
    "olive",
    "orange",
    "oranges",
    "pacific",
    "patch",
    "peak",
    "pilot",
    "pioneer",
    "pixel",
    "polar",
    "premier",
    "prime",
    "progress",
    "progressive",
    "pure",
    "quest",
    "range",
    "rapid",
    "ring",
    "rocket",
    "royal",
    "safe",
    "safeway",
    "saga",
    "sage",
    "shell",
    "shells",
    "shelly",
    "signal",
    "sky",
    "slack",
    "smart",
    "snap",
    "solar",
    "sonic",
    "southern",
    "southwest",
    "spark",
    "spirit",
    "sprint",
    "square",
    "squared",
    "star",
    "state",
    "sterling",
    "stripe",
    "subway",
    "summit",
    "sun",
    "superior",
    "swift",
    "target",
    "targeted",
    "targets",
    "tide",
    "tides",
    "total",
    "tried",
    "trust",
    "twitter",
    "union",
    "unite",
    "united",
    "unity",
    "untied",
    "vanguard",
    "venture",
    "virgin",
    "visa",
    "vision",
    "vital",
    "wave",
    "wells",
    "west",
    "window",
    "windows",
    "wing",
    "wings",
    "wise",
    "zoom",
];

/// Well-known names of places and organisations that contain an everyday-word brand: always
/// excluded for ambiguous terms ("NY, United States" is not the airline), on top of the profile's
/// own exclusions.
pub const PROPER_NAMES: &[&str] = &[
    "big apple",
    "manchester united",
    "target field",
    "united arab emirates",
    "united kingdom",
    "united nations",
    "united states",
    "west ham united",
];

/// Words that, near an ambiguous brand word, show the post is about a company and its service.
const CARE_CONTEXT: &[&str] = &[
    "account", "agent", "airline", "airlines", "airport", "app", "bag", "baggage", "bags", "bank",
    "billing", "boarding", "booking", "cabin", "card", "charged", "checkin", "crew", "customer",
    "delayed", "delivery", "flew", "flight", "flights", "fly", "flying", "gate", "help", "lounge",
    "luggage", "order", "ordered", "plane", "purchase", "refund", "seat", "service", "shop",
    "shopping", "staff", "store", "support", "website",
];

/// True for a common word that is ambiguous as a brand (`word` is folded).
pub fn is_common_word(word: &str, extra_known: impl Fn(&str) -> bool) -> bool {
    COMMON_WORDS.binary_search(&word).is_ok() || extra_known(word)
}

/// True for a word that signals customer-care context (`word` is folded).
pub fn is_care_context(word: &str) -> bool {
    CARE_CONTEXT.binary_search(&word).is_ok()
}

/// Is the token at byte range `start..end` of `original_ascii_or_folded` written with a capital
/// first letter (from the original text), and not at the start of a sentence?
///
/// `prev_text` is the text before the token (original), `first_char` the token's first original
/// character.
pub fn capitalised_mid_sentence(prev_text: &str, first_char: char, post_is_all_caps: bool) -> bool {
    if !first_char.is_uppercase() || post_is_all_caps {
        return false;
    }
    let before = prev_text.trim_end_matches(|c: char| {
        c.is_whitespace() || c == '"' || c == '\'' || c == '(' || c == '“'
    });
    match before.chars().last() {
        None => false,                               // first word of the post
        Some('.' | '!' | '?' | '\n' | ':') => false, // first word of a sentence
        Some(_) => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Data lint: the tables are sorted, lower-case and free of duplicates (binary search needs it).
    #[test]
    fn word_lists_are_sorted_lowercase_and_unique() {
        for p in PROPER_NAMES.windows(2) {
            assert!(p[0] < p[1]);
        }
        for list in [COMMON_WORDS, CARE_CONTEXT] {
            for pair in list.windows(2) {
                assert!(pair[0] < pair[1], "{} then {}", pair[0], pair[1]);
            }
            assert!(list
                .iter()
                .all(|w| w.chars().all(|c| c.is_ascii_lowercase())));
        }
    }

    #[test]
    fn capitals_count_only_mid_sentence() {
        let cases: &[(&str, char, bool, bool)] = &[
            ("flying ", 'U', false, true),
            ("", 'U', false, false),
            ("Great day. ", 'U', false, false),
            ("I said \"", 'U', false, true),
            ("flying ", 'u', false, false),
            ("FLYING ", 'U', true, false),
        ];
        for (prev, c, caps, want) in cases {
            assert_eq!(
                capitalised_mid_sentence(prev, *c, *caps),
                *want,
                "{prev:?} {c}"
            );
        }
    }
}
