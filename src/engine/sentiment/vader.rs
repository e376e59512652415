//! VADER's rules, re-implemented: lexicon valences shaped by boosters, negation, "but",
//! ALL CAPS emphasis, "least", idioms and punctuation (Hutto & Gilbert, ICWSM 2014; the
//! reference is vaderSentiment 3.3.2, MIT).
//!
//! Two deliberate differences from the Python: emoji are scored as single items carrying the
//! valence of their description (the Python splices the description's words into the text), and
//! the "but" rule scales each position by its own index (the Python looks positions up by value,
//! which scales the wrong items when two valences are equal). And one idiom VADER lacks: "for
//! good" means for ever ("switching to Globex for good"), not praise.

use std::borrow::Cow;

use super::lexicon::{self, role};
use crate::engine::text::tokens::{Ending, Shape};

/// Added by a booster word ("very good").
const B_INCR: f32 = 0.293;
/// Added by a dampener ("slightly good").
const B_DECR: f32 = -0.293;
/// Added by ALL CAPS emphasis among non-caps words.
const C_INCR: f32 = 0.733;
/// Multiplies a negated valence.
pub const N_SCALAR: f32 = -0.74;

pub(super) const NEGATE: &[&str] = &[
    "ain't",
    "aint",
    "aren't",
    "arent",
    "can't",
    "cannot",
    "cant",
    "couldn't",
    "couldnt",
    "daren't",
    "darent",
    "despite",
    "didn't",
    "didnt",
    "doesn't",
    "doesnt",
    "don't",
    "dont",
    "hadn't",
    "hadnt",
    "hasn't",
    "hasnt",
    "haven't",
    "havent",
    "isn't",
    "isnt",
    "mightn't",
    "mightnt",
    "mustn't",
    "mustnt",
    "needn't",
    "neednt",
    "neither",
    "never",
    "none",
    "nope",
    "nor",
    "not",
    "nothing",
    "nowhere",
    "oughtn't",
    "oughtnt",
    "rarely",
    "seldom",
    "shan't",
    "shant",
    "shouldn't",
    "shouldnt",
    "uh-uh",
    "uhuh",
    "wasn't",
    "wasnt",
    "weren't",
    "werent",
    "without",
    "won't",
    "wont",
    "wouldn't",
    "wouldnt",
];

/// VADER's intensifiers, and "honestly" (a valence word of +2.0 in VADER's lexicon, but in a
/// post to a brand it intensifies whatever follows: "honestly rude", "honestly brilliant").
const BOOST_UP: &[&str] = &[
    "absolutely",
    "amazingly",
    "awfully",
    "completely",
    "considerable",
    "considerably",
    "decidedly",
    "deeply",
    "effing",
    "enormous",
    "enormously",
    "entirely",
    "especially",
    "exceptional",
    "exceptionally",
    "extreme",
    "extremely",
    "fabulously",
    "flippin",
    "flipping",
    "frackin",
    "fracking",
    "frickin",
    "fricking",
    "friggin",
    "frigging",
    "fuckin",
    "fucking",
    "fuggin",
    "fugging",
    "fully",
    "greatly",
    "hella",
    "highly",
    "honestly",
    "hugely",
    "incredible",
    "incredibly",
    "intensely",
    "major",
    "majorly",
    "more",
    "most",
    "particularly",
    "purely",
    "quite",
    "really",
    "remarkably",
    "so",
    "substantially",
    "thoroughly",
    "total",
    "totally",
    "tremendous",
    "tremendously",
    "uber",
    "unbelievably",
    "unusually",
    "utter",
    "utterly",
    "very",
];

const BOOST_DOWN: &[&str] = &[
    "almost",
    "barely",
    "hardly",
    "kind-of",
    "kinda",
    "kindof",
    "less",
    "little",
    "marginal",
    "marginally",
    "occasional",
    "occasionally",
    "partly",
    "scarce",
    "scarcely",
    "slight",
    "slightly",
    "somewhat",
    "sort-of",
    "sorta",
    "sortof",
];

const SPECIAL_CASES: &[(&[&str], f32)] = &[
    (&["bad", "ass"], 1.5),
    (&["badass"], 1.5),
    (&["beating", "heart"], 3.1),
    (&["broken", "heart"], -2.9),
    (&["bus", "stop"], 0.0),
    (&["bus", "stops"], 0.0),
    // Not in VADER: "for good" is for ever ("switching to Globex for good"), not praise.
    (&["for", "good"], 0.0),
    (&["kiss", "of", "death"], -1.5),
    // Not in VADER: "not sure" is doubt ("not sure about the colour"), not displeasure.
    (&["not", "sure"], 0.0),
    (&["the", "bomb"], 3.0),
    (&["the", "shit"], 3.0),
    (&["to", "die", "for"], 3.0),
    (&["yeah", "right"], -2.0),
];

/// Multi-word boosters and dampeners, as words.
const MULTI_BOOST: &[(&[&str], f32)] = &[
    (&["just", "enough"], B_DECR),
    (&["kind", "of"], B_DECR),
    (&["sort", "of"], B_DECR),
];

/// Every single-word booster and dampener with its increment (bigrams: `MULTI_BOOST`).
pub(super) fn boosters() -> impl Iterator<Item = (&'static str, f32)> {
    let up = BOOST_UP.iter().map(|w| (*w, B_INCR));
    up.chain(BOOST_DOWN.iter().map(|w| (*w, B_DECR)))
}

/// The words VADER's rules look for by name, with their [`role`] bits. The longest word of each
/// idiom or multi-word booster ("kiss" of "kiss of death") is tagged [`role::IDIOM`]: an idiom
/// lies inside the window `idioms` looks at, so with no tagged word there, none can match — and
/// tagging only the rarest word spares the lookups near every "the", "of" and "to".
pub(super) fn role_words() -> impl Iterator<Item = (&'static str, u32)> {
    let named = [
        ("no", role::NO),
        ("but", role::BUT),
        ("least", role::LEAST),
        ("kind", role::KIND),
        ("of", role::OF),
        ("never", role::NEVER),
        ("so", role::SO_THIS),
        ("this", role::SO_THIS),
        ("without", role::WITHOUT),
        ("doubt", role::DOUBT),
        ("at", role::AT_VERY),
        ("very", role::AT_VERY),
        ("or", role::OR_NOR),
        ("nor", role::OR_NOR),
    ];
    let idiom_words = SPECIAL_CASES
        .iter()
        .chain(MULTI_BOOST)
        .filter_map(|(words, _)| words.iter().rev().max_by_key(|w| w.len()))
        .map(|w| (*w, role::IDIOM));
    named.into_iter().chain(idiom_words)
}

/// VADER's negation test is a negation word (`WordFacts::negation`) or any word with "n't" in
/// it; this is the second half. Tokens are short: a plain scan beats a string searcher.
fn has_nt(word: &str) -> bool {
    word.as_bytes().windows(3).any(|w| w == b"n't")
}

/// Python's `str.isupper()`: at least one cased character and no lower-case one.
pub fn is_upper(s: &str) -> bool {
    if s.is_ascii() {
        // Most words start lower-case and are settled by their first byte.
        let mut upper = false;
        for b in s.bytes() {
            if b.is_ascii_lowercase() {
                return false;
            }
            upper |= b.is_ascii_uppercase();
        }
        return upper;
    }
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// One scored position of the text, with the facts about its word looked up once.
#[derive(Debug, Clone)]
pub struct Item<'a> {
    /// Lower-cased token.
    pub lower: Cow<'a, str>,
    /// The lexicon's valence of a word, or an emoji's valence; NaN for none. (Plain `f32`s with
    /// a NaN for "none" keep an item at 48 bytes, so a post's items fit one small allocation.)
    value: f32,
    /// Booster or dampener value of `lower`; NaN for none.
    boost: f32,
    /// [`role`] bits of `lower`.
    pub roles: u32,
    /// [`role`] bits of `lower` without surrounding punctuation (what the care rules read).
    pub care_roles: u32,
    /// An emoji item (then `value` is the emoji's valence).
    is_emoji: bool,
    /// `lower` negates what follows ("not", "isn't").
    negation: bool,
    /// `raw` is in capitals (Python's `isupper`).
    upper: bool,
    /// The care layer turned this praise into sarcasm.
    pub sarcastic: bool,
    /// Whether the clause ends after this item (at the punctuation VADER strips from it).
    pub ending: Ending,
}

/// `Some(v)` unless `v` is the NaN that stands for "none".
fn known(v: f32) -> Option<f32> {
    (!v.is_nan()).then_some(v)
}

impl<'a> Item<'a> {
    /// A word (or emoticon) item; `lower` is `raw` lower-cased (folded, beyond ASCII).
    pub fn word(raw: &'a str, lower: Cow<'a, str>, ending: Ending) -> Item<'a> {
        let shape = Shape {
            upper: is_upper(raw),
            apostrophe: lower.contains('\''),
            ending,
        };
        Item::shaped(lower, shape)
    }

    /// [`word`](Self::word) for a token whose [`Shape`] the tokenizer already noticed.
    #[inline(always)]
    pub fn shaped(lower: Cow<'a, str>, shape: Shape) -> Item<'a> {
        let w = lower.as_ref();
        let facts = lexicon::facts(w);
        let bare = super::care::bare(w);
        let care_roles = if bare.len() == w.len() {
            facts.roles
        } else {
            lexicon::facts(bare).roles
        };
        Item {
            value: facts.valence.unwrap_or(f32::NAN),
            boost: facts.booster.unwrap_or(f32::NAN),
            negation: facts.negation || (shape.apostrophe && has_nt(w)),
            upper: shape.upper,
            roles: facts.roles,
            care_roles,
            sarcastic: false,
            ending: shape.ending,
            lower,
            is_emoji: false,
        }
    }

    /// This word without its valence: said as (part of) a name, it is no feeling.
    pub fn unfelt(&mut self) {
        self.value = f32::NAN;
    }

    /// An emoji carrying `valence`.
    pub fn emoji(raw: &'a str, valence: f32) -> Item<'a> {
        Item {
            lower: Cow::Borrowed(raw),
            value: valence,
            boost: f32::NAN,
            is_emoji: true,
            negation: false,
            upper: false,
            roles: 0,
            care_roles: 0,
            sarcastic: false,
            ending: Ending::Open,
        }
    }

    /// An emoji's valence; `None` for a word.
    pub fn emoji_valence(&self) -> Option<f32> {
        self.is_emoji.then_some(self.value)
    }

    /// Is this item an emoji?
    pub fn is_emoji(&self) -> bool {
        self.is_emoji
    }

    /// Does a clause end after this item? Emoji after a clause do not open another ("great
    /// work 🙃").
    pub fn closes_clause(&self) -> bool {
        self.ending.ends_clause() && !self.is_emoji
    }

    /// Does a sentence end after this item (see [`Ending::ends_sentence`])? Emoji do not end
    /// one, as they do not end a clause.
    pub fn closes_sentence(&self) -> bool {
        self.ending.ends_sentence() && !self.is_emoji
    }

    /// The lexicon's valence of a word; `None` for an emoji or a word without one.
    pub(crate) fn valence(&self) -> Option<f32> {
        known(self.value).filter(|_| !self.is_emoji)
    }

    /// The booster or dampener value of a word.
    fn booster(&self) -> Option<f32> {
        known(self.boost)
    }

    /// Has this item any of the `role` bits?
    pub fn is(&self, role: u32) -> bool {
        self.roles & role != 0
    }

    /// Does this word negate what follows ("not", "wasn't")?
    pub fn negates(&self) -> bool {
        self.negation
    }

    /// Makes this word negate nothing: the "not" of "not gonna lie" is candour.
    pub fn negate_nothing(&mut self) {
        self.negation = false;
    }
}

/// VADER's per-position valences for `items` (same length), before "but" and punctuation.
pub fn valences(items: &[Item<'_>]) -> Vec<f32> {
    let upper_words = items.iter().filter(|t| t.upper).count();
    let cap_diff = upper_words > 0 && upper_words < items.len();
    let is = |i: usize, role: u32| items[i].is(role);
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if let Some(v) = item.emoji_valence() {
            out.push(v);
            continue;
        }
        if item.booster().is_some()
            || (item.is(role::KIND) && items.get(i + 1).is_some_and(|n| n.is(role::OF)))
        {
            out.push(0.0);
            continue;
        }
        let Some(base) = item.valence() else {
            out.push(0.0);
            continue;
        };
        let mut v = base;
        if item.is(role::NO) && items.get(i + 1).is_some_and(|n| n.valence().is_some()) {
            v = 0.0;
        }
        // Not in VADER: a "no" does not flip the next "no" of a list ("no call, no text, no
        // engineer" is three lacks; VADER scores it +0.15).
        if !item.is(role::NO)
            && ((i > 0 && is(i - 1, role::NO))
                || (i > 1 && is(i - 2, role::NO))
                || (i > 2 && is(i - 3, role::NO) && is(i - 1, role::OR_NOR)))
        {
            v = base * N_SCALAR;
        }
        if cap_diff && item.upper {
            v += if v > 0.0 { C_INCR } else { -C_INCR };
        }
        for back in 0..3 {
            if i <= back {
                break;
            }
            let j = i - back - 1;
            // Not in VADER: a word of an earlier sentence neither boosts nor negates ("still
            // nothing. not impressed" is one negation, not two; "not smart, handsome, nor
            // funny" still negates all three).
            if items[j].closes_sentence() {
                break;
            }
            if items[j].valence().is_some() {
                continue;
            }
            let mut s = items[j].booster().map_or(0.0, |b| {
                let mut s = if v < 0.0 { -b } else { b };
                if cap_diff && items[j].upper {
                    s += if v > 0.0 { C_INCR } else { -C_INCR };
                }
                s
            });
            if back == 1 {
                s *= 0.95;
            } else if back == 2 {
                s *= 0.9;
            }
            v += s;
            v = negation(v, items, back, i);
            if back == 2 {
                v = idioms(v, items, i);
            }
        }
        v = least(v, items, i);
        out.push(v);
    }
    out
}

fn negation(v: f32, items: &[Item<'_>], back: usize, i: usize) -> f32 {
    let w = |k: usize, role: u32| items[i - k].is(role);
    let negates = |k: usize| items[i - k].negation;
    match back {
        0 if negates(1) => v * N_SCALAR,
        1 if w(2, role::NEVER) && w(1, role::SO_THIS) => v * 1.25,
        1 if w(2, role::WITHOUT) && w(1, role::DOUBT) => v,
        1 if negates(2) => v * N_SCALAR,
        2 if (w(3, role::NEVER) && w(2, role::SO_THIS)) || w(1, role::SO_THIS) => v * 1.25,
        2 if w(3, role::WITHOUT) && (w(2, role::DOUBT) || w(1, role::DOUBT)) => v,
        2 if negates(3) => v * N_SCALAR,
        _ => v,
    }
}

fn idioms(mut v: f32, items: &[Item<'_>], i: usize) -> f32 {
    // One word of every idiom is tagged (see `role_words`): with none nearby, none can match.
    let near = &items[i.saturating_sub(3)..(i + 3).min(items.len())];
    if !near.iter().any(|t| t.is(role::IDIOM)) {
        return v;
    }
    let w = |k: isize| {
        items
            .get(i.wrapping_add_signed(k))
            .map_or("", |t| t.lower.as_ref())
    };
    let (m3, m2, m1, w0) = (w(-3), w(-2), w(-1), w(0));
    let before: [&[&str]; 5] = [
        &[m1, w0],
        &[m2, m1, w0],
        &[m2, m1],
        &[m3, m2, m1],
        &[m3, m2],
    ];
    if let Some(s) = before.iter().find_map(|seq| lookup(SPECIAL_CASES, seq)) {
        v = s;
    }
    if items.len() > i + 1 {
        if let Some(s) = lookup(SPECIAL_CASES, &[w0, w(1)]) {
            v = s;
        }
    }
    if items.len() > i + 2 {
        if let Some(s) = lookup(SPECIAL_CASES, &[w0, w(1), w(2)]) {
            v = s;
        }
    }
    // Booster/dampener bigrams such as "sort of" before the word.
    for seq in [before[3], before[4], before[2]] {
        if let Some(b) = lookup(MULTI_BOOST, seq) {
            v += b;
        }
    }
    v
}

/// The value of a word sequence in a table of multi-word entries.
fn lookup(table: &[(&[&str], f32)], words: &[&str]) -> Option<f32> {
    table.iter().find(|(k, _)| *k == words).map(|(_, v)| *v)
}

fn least(v: f32, items: &[Item<'_>], i: usize) -> f32 {
    let w = |k: usize, role: u32| items[i - k].is(role);
    let unscored = |k: usize| items[i - k].valence().is_none();
    if i > 1 && unscored(1) && w(1, role::LEAST) {
        if !w(2, role::AT_VERY) {
            return v * N_SCALAR;
        }
    } else if i > 0 && unscored(1) && w(1, role::LEAST) {
        return v * N_SCALAR;
    }
    v
}

/// VADER's "but" rule: valences before the first "but" count half, after it one and a half.
pub fn but_rule(items: &[Item<'_>], valences: &mut [f32]) {
    if let Some(b) = items.iter().position(|t| t.is(role::BUT)) {
        for (i, v) in valences.iter_mut().enumerate() {
            if i < b {
                *v *= 0.5;
            } else if i > b {
                *v *= 1.5;
            }
        }
    }
}

/// Emphasis from "!" (up to four) and "?" (two or more).
pub fn punctuation_emphasis(text: &str) -> f32 {
    // Both marks are ASCII, so no byte of a longer character is one. Both are counted in one
    // pass, into byte-wide counters over runs of at most 255 bytes (which cannot overflow): a
    // loop the compiler vectorises, ~0.7k instructions per post fewer than two counts into
    // `usize` (which it did not vectorise).
    let (mut exclaimed, mut qm) = (0usize, 0usize);
    for run in text.as_bytes().chunks(255) {
        let (mut e, mut q) = (0u8, 0u8);
        for &b in run {
            e += u8::from(b == b'!');
            q += u8::from(b == b'?');
        }
        exclaimed += usize::from(e);
        qm += usize::from(q);
    }
    let ep = exclaimed.min(4) as f32 * 0.292;
    let qa = match qm {
        0 | 1 => 0.0,
        2 | 3 => qm as f32 * 0.18,
        _ => 0.96,
    };
    ep + qa
}

/// VADER's normalisation of a sum of valences into (−1, 1).
pub fn normalize(sum: f32) -> f32 {
    (sum / (sum * sum + 15.0).sqrt()).clamp(-1.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The word lists are sorted (they are binary-searched) and lower-case.
    #[test]
    fn word_lists_are_clean() {
        for list in [NEGATE, BOOST_UP, BOOST_DOWN] {
            for p in list.windows(2) {
                assert!(p[0] < p[1], "{} then {}", p[0], p[1]);
            }
        }
        for p in SPECIAL_CASES.windows(2) {
            assert!(p[0].0 < p[1].0);
        }
        // Single-word boosters are looked up per token; multi-word ones only in MULTI_BOOST.
        assert!(BOOST_UP.iter().chain(BOOST_DOWN).all(|w| !w.contains(' ')));
        assert!(MULTI_BOOST
            .iter()
            .all(|(words, v)| words.len() > 1 && v.abs() == B_INCR));
    }

    #[test]
    fn python_isupper() {
        for (s, want) in [
            ("GOOD", true),
            ("Good", false),
            ("A1!", true),
            ("123", false),
            (":)", false),
            ("ÉTÉ", true),
        ] {
            assert_eq!(is_upper(s), want, "{s}");
        }
    }
}
