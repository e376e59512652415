//! The VADER lexicons, embedded and parsed once.
//!
//! `data/vader_lexicon.tsv` (token → mean valence, −4…+4) and `data/vader_emoji.tsv` (emoji →
//! valence of its description) are derived from vaderSentiment 3.3.2 (MIT) by
//! `scripts/derive_lexicons.py`; see NOTICE. The customer-care words of [`super::care`] are
//! added where VADER's lexicon lacks them.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

/// `data/vader_lexicon.tsv` packed by `build.rs` (front-coded words, then a byte per valence):
/// it gzips to two thirds of the TSV, which the `.wasm`'s budget needs.
const LEXICON: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/vader_lexicon.packed"));
const EMOJI: &str = include_str!("../../../data/vader_emoji.tsv");

/// What the sentiment rules need to know about one lower-case word, found with one lookup.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct WordFacts {
    /// Lexicon valence (−4…+4).
    pub valence: Option<f32>,
    /// Booster (+) or dampener (−) increment.
    pub booster: Option<f32>,
    /// A negation word ("not", "never"; words with "n't" are recognised by spelling).
    pub negation: bool,
    /// The [`role`] bits of the word: which rules look for it by name.
    pub roles: u32,
}

/// Words the rules look for by name, as bits of [`WordFacts::roles`], so a rule tests a bit
/// instead of comparing strings. Each list that sets a bit lives next to its rule.
pub mod role {
    /// "no".
    pub const NO: u32 = 1;
    /// "but".
    pub const BUT: u32 = 1 << 1;
    /// "least".
    pub const LEAST: u32 = 1 << 2;
    /// "kind" (of "kind of").
    pub const KIND: u32 = 1 << 3;
    /// "of".
    pub const OF: u32 = 1 << 4;
    /// "never".
    pub const NEVER: u32 = 1 << 5;
    /// "so" and "this" (intensify after "never").
    pub const SO_THIS: u32 = 1 << 6;
    /// "without".
    pub const WITHOUT: u32 = 1 << 7;
    /// "doubt".
    pub const DOUBT: u32 = 1 << 8;
    /// "at" and "very" (before "least", they undo its negation).
    pub const AT_VERY: u32 = 1 << 9;
    /// "or" and "nor".
    pub const OR_NOR: u32 = 1 << 10;
    /// The longest word of one of VADER's idioms or multi-word boosters ("kiss" of "kiss of
    /// death", "sort" of "sort of"); see `vader::role_words`.
    pub const IDIOM: u32 = 1 << 11;
    /// Praise that sarcasm uses ("great", "thanks").
    pub const PRAISE: u32 = 1 << 12;
    /// A bad service event as a gerund ("losing", "waiting").
    pub const BAD_EVENT: u32 = 1 << 13;
    /// A service word that "nobody" denies ("help", "answer").
    pub const SERVICE: u32 = 1 << 14;
    /// "nobody" and "noone".
    pub const NOBODY: u32 = 1 << 15;
    /// "one" (of "no one").
    pub const ONE: u32 = 1 << 16;
    /// An auxiliary verb that opens a yes/no question ("is", "can", "does").
    pub const ASK: u32 = 1 << 17;
    /// "like".
    pub const LIKE: u32 = 1 << 18;
    /// A verb of behaving, after which "like" compares ("acted", "behaves").
    pub const BEHAVE: u32 = 1 << 19;
    /// A service disruption named as a noun or participle ("delay", "cancelled"): after
    /// "another" it is a bad event for sarcasm ("great, another delay").
    pub const DISRUPTION: u32 = 1 << 20;
    /// "another".
    pub const ANOTHER: u32 = 1 << 21;
    /// "oh", "wow": an interjection that can open mock enthusiasm.
    pub const INTERJECTION: u32 = 1 << 22;
    /// A modal of wishing: "would", "it'd", "i'd".
    pub const MODAL: u32 = 1 << 23;
    /// "be".
    pub const BE: u32 = 1 << 24;
    /// "if".
    pub const IF: u32 = 1 << 25;
    /// A verb of wanting after a modal ("would love", "i'd like").
    pub const WISH: u32 = 1 << 26;
    /// What a wish asks for, after its verb: "a", "an", "to", "it", "more", "some".
    pub const WISHED: u32 = 1 << 27;
    /// A word that says a problem was put right ("sorted", "rebooked", "refunded").
    pub const RESOLVED: u32 = 1 << 28;
    /// The first word of a pair that carries no feeling ("lost property", "nut free").
    pub const PAIRED: u32 = 1 << 29;
    /// The second word of such a pair: a pair is looked up only where both bits stand.
    pub const PAIRED_SECOND: u32 = 1 << 30;
}

struct Tables {
    /// Words of up to [`SHORT`] bytes (most tokens), keyed by [`short_key`]: hashing and
    /// comparing one integer instead of a string cost ~70 fewer instructions per token.
    short: ShortWords,
    /// Longer words.
    long: FxHashMap<&'static str, WordFacts>,
    emoji: FxHashMap<char, f32>,
}

/// The short words' facts in a table laid out for the cache: an open-addressed array of the
/// words' keys (8 bytes a slot, half of them empty) and, per slot, a 16-bit index into the few
/// hundred distinct [`WordFacts`]. A lookup reads one or two neighbouring keys and, for a known
/// word, one index; a `HashMap<u64, WordFacts>` spends 32 bytes a bucket, and its table (four
/// times this one's) missed the cache on most tokens: lookups took 6 % of `analyze`'s time for
/// 3 % of its instructions (perf, bench corpus).
struct ShortWords {
    /// Slot → key, 0 for an empty slot (no word has key 0: a key carries its length, and the
    /// empty word is in no list). The length is a power of two.
    keys: Box<[u64]>,
    /// Slot → index into `facts`.
    slots: Box<[u16]>,
    /// The distinct facts.
    facts: Vec<WordFacts>,
    /// 64 − log2(keys.len()): a key's home slot is the top bits of its multiplicative hash.
    shift: u32,
}

impl ShortWords {
    /// The table of `words` (distinct keys). A 16-bit index holds 65,536 distinct facts; words
    /// past that many are left out (the lexicon's short words have a few hundred).
    fn new(words: &[(u64, WordFacts)]) -> ShortWords {
        let size = (words.len() * 2).next_power_of_two().max(2);
        let mut keys = vec![0u64; size].into_boxed_slice();
        let mut slots = vec![0u16; size].into_boxed_slice();
        let mut facts: Vec<WordFacts> = Vec::new();
        let shift = 64 - size.trailing_zeros();
        for &(key, f) in words {
            // A linear search of the few hundred distinct facts: once per process, and no hash
            // table of its own in the `.wasm` (~1 KB gzipped).
            let k = match facts.iter().position(|g| *g == f) {
                Some(k) => k,
                None => {
                    facts.push(f);
                    facts.len() - 1
                }
            };
            let Ok(k) = u16::try_from(k) else {
                break;
            };
            let mut at = home(key, shift);
            while keys[at] != 0 {
                at = (at + 1) & (size - 1);
            }
            keys[at] = key;
            slots[at] = k;
        }
        ShortWords {
            keys,
            slots,
            facts,
            shift,
        }
    }

    #[inline]
    fn get(&self, key: u64) -> Option<&WordFacts> {
        if key == 0 {
            return None;
        }
        let mask = self.keys.len() - 1;
        let mut at = home(key, self.shift);
        loop {
            match self.keys[at] {
                0 => return None,
                k if k == key => return self.facts.get(usize::from(self.slots[at])),
                _ => at = (at + 1) & mask,
            }
        }
    }
}

/// The home slot of `key` in a table of 2^(64 − `shift`) slots, `shift` < 64 (Fibonacci
/// hashing).
#[inline]
fn home(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

/// The longest word kept in [`Tables::short`].
const SHORT: usize = 7;

/// A word of at most [`SHORT`] bytes as one integer: its bytes, little-endian, and its length in
/// the top byte (so "a" and "a\0" differ). `None` for longer words.
#[inline]
fn short_key(word: &str) -> Option<u64> {
    let w = word.as_bytes();
    let n = w.len();
    let bytes = match n {
        0 => 0,
        // Overlapping loads: every byte is read once or twice, always into its own place.
        1..=3 => {
            u64::from(w[0])
                | u64::from(w[n / 2]) << (8 * (n / 2))
                | u64::from(w[n - 1]) << (8 * (n - 1))
        }
        4..=SHORT => {
            let lo = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
            let hi = u32::from_le_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]]);
            u64::from(lo) | u64::from(hi) << (8 * (n - 4))
        }
        _ => return None,
    };
    Some(bytes | (n as u64) << 56)
}

impl Tables {
    fn get(&self, word: &str) -> Option<&WordFacts> {
        match short_key(word) {
            Some(key) => self.short.get(key),
            None => self.long.get(word),
        }
    }
}

fn tables() -> &'static Tables {
    static TABLES: OnceLock<Tables> = OnceLock::new();
    TABLES.get_or_init(|| {
        let mut words: FxHashMap<&'static str, WordFacts> = unpack(LEXICON)
            .into_iter()
            .map(|(w, v)| {
                let facts = WordFacts {
                    valence: Some(v),
                    ..WordFacts::default()
                };
                (w, facts)
            })
            .collect();
        for (w, v) in super::care::CARE_WORDS {
            words.entry(w).or_default().valence.get_or_insert(*v);
        }
        for w in super::care::NOT_FEELINGS {
            if let Some(facts) = words.get_mut(w) {
                facts.valence = None;
            }
        }
        for (w, b) in super::vader::boosters() {
            words.entry(w).or_default().booster = Some(b);
        }
        for w in super::vader::NEGATE {
            words.entry(w).or_default().negation = true;
        }
        for (w, bits) in super::vader::role_words().chain(super::care::role_words()) {
            words.entry(w).or_default().roles |= bits;
        }
        let emoji = parse(EMOJI)
            .filter_map(|(e, v)| e.chars().next().map(|c| (c, v)))
            .collect();
        let (mut short, mut long) = (Vec::new(), FxHashMap::default());
        for (w, facts) in words {
            match short_key(w) {
                Some(key) => short.push((key, facts)),
                None => {
                    long.insert(w, facts);
                }
            };
        }
        // Slots are filled in key order, so the table is the same from run to run.
        short.sort_unstable_by_key(|&(key, _)| key);
        let short = ShortWords::new(&short);
        Tables { short, long, emoji }
    })
}

/// Everything the rules know about a lower-case token (all empty for an unknown one).
pub fn facts(token: &str) -> WordFacts {
    tables().get(token).copied().unwrap_or_default()
}

/// The words of a lexicon packed by `build.rs`, with their valences, in order. They are decoded
/// into one buffer, leaked on purpose: it lives as long as the tables built from it (the
/// process). A malformed pack (which `build.rs` never writes) yields fewer words, never a panic.
fn unpack(packed: &[u8]) -> Vec<(&'static str, f32)> {
    let Some(first) = packed.iter().position(|&b| b == b'\n') else {
        return Vec::new();
    };
    let count: usize = std::str::from_utf8(&packed[..first])
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let mut rest = &packed[first + 1..];
    let mut buffer: Vec<u8> = Vec::with_capacity(2 * rest.len());
    let mut spans = Vec::with_capacity(count);
    let mut previous = 0..0;
    while spans.len() < count {
        let Some(end) = rest.iter().position(|&b| b == b'\n') else {
            break;
        };
        let Some((&digit, suffix)) = rest[..end].split_first() else {
            break;
        };
        let shared = char::from(digit).to_digit(16).unwrap_or(0) as usize;
        let start = buffer.len();
        buffer.extend_from_within(previous.start..(previous.start + shared).min(previous.end));
        buffer.extend_from_slice(suffix);
        previous = start..buffer.len();
        spans.push(previous.clone());
        rest = &rest[end + 1..];
    }
    let Ok(words) = String::from_utf8(buffer) else {
        return Vec::new();
    };
    let words: &'static str = Box::leak(words.into_boxed_str());
    // Tenths as integers, divided once: the same f32 as parsing the TSV's decimal.
    spans
        .into_iter()
        .zip(rest)
        .filter_map(|(span, &b)| {
            Some((
                words.get(span)?,
                f32::from(i8::try_from(b).ok()? - 40) / 10.0,
            ))
        })
        .collect()
}

/// `token<TAB>number` lines; malformed lines are skipped (the data lint test rejects them).
fn parse(text: &'static str) -> impl Iterator<Item = (&'static str, f32)> {
    text.lines().filter_map(|l| {
        let (k, v) = l.split_once('\t')?;
        Some((k, v.trim().parse().ok()?))
    })
}

/// Valence of a lower-case token (a word or an emoticon such as `:)`), if the lexicon has it.
pub fn valence(token: &str) -> Option<f32> {
    tables().get(token).and_then(|f| f.valence)
}

/// True when the lexicon knows the lower-case word.
pub fn is_word(token: &str) -> bool {
    valence(token).is_some()
}

/// Valence of an emoji character, if its description carries sentiment.
pub fn emoji_valence(c: char) -> Option<f32> {
    if c.is_ascii() {
        return None;
    }
    tables().emoji.get(&c).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The source the pack is built from.
    const LEXICON_TSV: &str = include_str!("../../../data/vader_lexicon.tsv");

    /// Data lint: every line parses, keys are sorted and unique, valences in VADER's range.
    #[test]
    fn data_files_are_clean() {
        for (name, text) in [
            ("vader_lexicon.tsv", LEXICON_TSV),
            ("vader_emoji.tsv", EMOJI),
        ] {
            let lines: Vec<&str> = text.lines().collect();
            assert!(lines.len() > 100, "{name}");
            let parsed: Vec<(&str, f32)> = parse(text).collect();
            assert_eq!(parsed.len(), lines.len(), "{name}: every line parses");
            for pair in parsed.windows(2) {
                assert!(
                    pair[0].0 < pair[1].0,
                    "{name}: {} then {}",
                    pair[0].0,
                    pair[1].0
                );
            }
            assert!(
                parsed
                    .iter()
                    .all(|(_, v)| (-12.0..=12.0).contains(v) && *v != 0.0),
                "{name}"
            );
        }
    }

    /// The packed lexicon the engine reads holds exactly the TSV's words and valences.
    #[test]
    fn the_pack_is_the_tsv() {
        let tsv: Vec<(&str, f32)> = parse(LEXICON_TSV).collect();
        assert_eq!(unpack(LEXICON), tsv);
        assert!(unpack(b"").is_empty() && unpack(b"3\n0a\n").is_empty());
    }

    /// Short keys are distinct for distinct words, whatever their bytes.
    #[test]
    fn short_keys_are_one_to_one() {
        let words = [
            "", "a", "a\0", "\0a", "ab", "ba", "abc", "acb", "abcd", "abcde", "abcdef", "abcdefg",
            "bcdefga", "é", "e\u{301}", ":)", "😀", "aaaa", "aaaaaaa", "aaaaaa",
        ];
        let keys: Vec<Option<u64>> = words.iter().map(|w| short_key(w)).collect();
        for (i, a) in keys.iter().enumerate() {
            assert!(a.is_some(), "{:?} is short", words[i]);
            for (j, b) in keys.iter().enumerate().skip(i + 1) {
                assert_ne!(a, b, "{:?} and {:?}", words[i], words[j]);
            }
        }
        assert_eq!(short_key("abcdefgh"), None);
        // Every lexicon word is found under its own key, short or long (those that say nothing
        // of feelings found without their valence).
        for (w, v) in parse(LEXICON_TSV) {
            let want = (!super::super::care::NOT_FEELINGS.contains(&w)).then_some(v);
            assert_eq!(valence(w), want, "{w}");
        }
        assert!(tables().get("please").is_some());
    }

    #[test]
    fn lookups() {
        assert_eq!(valence("good"), Some(1.9));
        assert_eq!(valence(":)"), Some(2.0));
        assert!(valence("Good").is_none(), "keys are lower-case");
        assert_eq!(emoji_valence('😀'), Some(1.5));
        assert!(emoji_valence('a').is_none());
    }
}
