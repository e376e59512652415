//! X's weighted length by the twitter-text v3 rules, so every draft is known to fit 280 before
//! staff click Insert (X refuses longer replies, and the panel's live counter must agree).
//!
//! Rules implemented (simplified from twitter-text, documented here):
//! - the text is NFC-normalised first (`e` + combining acute counts once);
//! - a leading run of `@name ` reply prefixes is not counted (X shows them outside the text);
//! - each URL counts 23: `http://` / `https://` followed by non-space, or a bare domain
//!   `label.tld[/path]` whose TLD is in a short list of common ones; trailing `.,;:!?)"'` are
//!   not part of the URL;
//! - each emoji counts 2 in total: a pictographic base plus skin-tone modifiers, VS16, ZWJ
//!   joins, tag sequences; a regional-indicator pair (flag); a keycap (`1️⃣`); a text symbol
//!   followed by VS16 (`©️`);
//! - every other code point weighs 1 in U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F,
//!   U+2032–U+2037 and 2 elsewhere (CJK, emoji outside sequences, …).

use super::nfc::nfc;

/// X's maximum weighted length of a post.
pub const MAX_WEIGHTED: u32 = 280;
/// Weight of any URL.
const URL_WEIGHT: u32 = 23;

const TLDS: &[&str] = &[
    "com", "org", "net", "edu", "gov", "io", "co", "uk", "de", "fr", "es", "it", "nl", "eu", "us",
    "ca", "au", "info", "biz", "me", "ly", "app", "dev", "ai", "tv", "example", "shop", "store",
];

/// Weighted length of `text` by the twitter-text v3 rules (see the module docs).
///
/// # Example
/// ```
/// use earshot::engine::text::tweet_length::weighted_length;
/// assert_eq!(weighted_length("hello"), 5);
/// assert_eq!(weighted_length("東京"), 4);
/// assert_eq!(weighted_length("see https://example.com/a"), 27);
/// ```
pub fn weighted_length(text: &str) -> u32 {
    let nfc: Vec<char> = nfc(text).chars().collect();
    let mut i = skip_reply_prefix(&nfc);
    let mut total = 0u32;
    let mut at_word_start = true;
    while i < nfc.len() {
        if at_word_start {
            if let Some(end) = url_end(&nfc, i) {
                total += URL_WEIGHT;
                i = end;
                at_word_start = false;
                continue;
            }
        }
        let c = nfc[i];
        if let Some(end) = emoji_end(&nfc, i) {
            total += 2;
            i = end;
        } else {
            total += char_weight(c);
            i += 1;
        }
        at_word_start = !c.is_alphanumeric() && c != '.' && c != '/' && c != '@';
    }
    total
}

/// Weight of one code point outside emoji and URLs.
fn char_weight(c: char) -> u32 {
    let u = c as u32;
    if u <= 0x10FF
        || (0x2000..=0x200D).contains(&u)
        || (0x2010..=0x201F).contains(&u)
        || (0x2032..=0x2037).contains(&u)
    {
        1
    } else {
        2
    }
}

/// Index after a leading run of `@name ` prefixes (each followed by whitespace).
fn skip_reply_prefix(s: &[char]) -> usize {
    let mut i = 0;
    loop {
        if s.get(i) != Some(&'@') {
            return i;
        }
        let mut j = i + 1;
        while s
            .get(j)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_')
        {
            j += 1;
        }
        if j == i + 1 || !s.get(j).is_some_and(|c| c.is_whitespace()) {
            return i;
        }
        while s.get(j).is_some_and(|c| c.is_whitespace()) {
            j += 1;
        }
        i = j;
    }
}

/// End of a URL starting at `i`, if one does (no allocation: most words are not URLs).
fn url_end(s: &[char], i: usize) -> Option<usize> {
    let mut end = i;
    let mut has_dot = false;
    while end < s.len() && !s[end].is_whitespace() {
        has_dot |= s[end] == '.';
        end += 1;
    }
    if !has_dot {
        return None;
    }
    // Trim trailing punctuation that ends a sentence rather than the URL.
    while end > i
        && matches!(
            s[end - 1],
            '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\''
        )
    {
        end -= 1;
    }
    let word = s.get(i..end)?;
    let starts = |p: &str| {
        p.len() <= word.len()
            && p.chars()
                .zip(word)
                .all(|(a, b)| a == b.to_ascii_lowercase())
    };
    for scheme in ["https://", "http://"] {
        if starts(scheme) {
            let rest = &word[scheme.len()..];
            return (rest.contains(&'.') && rest.len() > 2).then_some(end);
        }
    }
    let host_end = word
        .iter()
        .position(|c| matches!(c, '/' | '?' | '#' | ':'))
        .unwrap_or(word.len());
    let host = &word[..host_end];
    let mut labels = host.split(|c| *c == '.');
    let mut count = 0;
    let mut last: &[char] = &[];
    let ok_labels = labels.all(|l| {
        count += 1;
        last = l;
        !l.is_empty()
            && l.iter().all(|c| c.is_ascii_alphanumeric() || *c == '-')
            && l.first() != Some(&'-')
    });
    let tld_ok = TLDS.iter().any(|t| {
        t.len() == last.len()
            && t.chars()
                .zip(last)
                .all(|(a, b)| a == b.to_ascii_lowercase())
    });
    (count >= 2 && ok_labels && tld_ok).then_some(end)
}

fn is_pictographic(c: char) -> bool {
    let u = c as u32;
    (0x1F000..=0x1FAFF).contains(&u)
        || (0x2600..=0x27BF).contains(&u)
        || (0x2300..=0x23FF).contains(&u)
        || (0x2B00..=0x2BFF).contains(&u)
}

fn is_regional(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

fn is_extender(c: char) -> bool {
    matches!(c, '\u{FE0F}' | '\u{20E3}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}')
}

/// End of an emoji sequence starting at `i`, if one does.
fn emoji_end(s: &[char], i: usize) -> Option<usize> {
    let c = s[i];
    if is_regional(c) {
        return Some(if s.get(i + 1).copied().is_some_and(is_regional) {
            i + 2
        } else {
            i + 1
        });
    }
    let keycap_base = c.is_ascii_digit() || c == '#' || c == '*';
    if keycap_base {
        let mut j = i + 1;
        if s.get(j) == Some(&'\u{FE0F}') {
            j += 1;
        }
        return (s.get(j) == Some(&'\u{20E3}')).then_some(j + 1);
    }
    if !is_pictographic(c) && s.get(i + 1) != Some(&'\u{FE0F}') {
        return None;
    }
    let mut j = i + 1;
    loop {
        while s.get(j).copied().is_some_and(is_extender) {
            j += 1;
        }
        if s.get(j) == Some(&'\u{200D}') && s.get(j + 1).is_some() {
            j += 2;
            continue;
        }
        return Some(j);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str, u32)] = &[
            ("ascii", "hello world", 11),
            ("empty", "", 0),
            ("cjk two each", "日本語", 6),
            ("latin-1 one each", "café", 4),
            ("nfc combining acute", "cafe\u{301}", 4),
            ("nfc hangul jamo", "\u{1100}\u{1161}\u{11A8}", 2),
            ("nfc angstrom sign", "\u{212B}", 1),
            ("general punctuation 1", "\u{2014}\u{2026}", 3),
            ("emoji 2", "😀", 2),
            ("family zwj 2", "👨\u{200D}👩\u{200D}👧\u{200D}👦", 2),
            ("skin tone 2", "👍🏽", 2),
            ("flag 2", "🇬🇧", 2),
            ("keycap 2", "1\u{FE0F}\u{20E3}", 2),
            ("heart vs16", "\u{2764}\u{FE0F}", 2),
            ("url 23", "https://example.com/a/very/long/path/indeed", 23),
            ("bare domain", "go to acme.com/help.", 6 + 23 + 1),
            ("not a domain", "end.Then", 8),
            ("reply prefix free", "@maria_l hi", 2),
            ("mention in body", "hi @maria_l", 11),
        ];
        for (name, text, want) in cases {
            assert_eq!(weighted_length(text), *want, "{name}");
        }
    }
}
