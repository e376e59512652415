//! Hearing the brand: every place a post names it, as UTF-16 spans of the original text.
//!
//! How a post is heard:
//! 1. the text is folded ([`Folded`]: case, NFKC/NFKD, diacritics, zero-width characters);
//! 2. one search finds every profile term (name, aliases, products, competitors, `@handles`,
//!    `#hashtags`, and multi-word terms written without spaces, "AcmeAir" for "Acme Air"),
//!    taken leftmost-longest, so "Acme Air" beats "Acme"; the terms are extra patterns of the
//!    judging rules' [`PhraseBook`], so the same search serves judging;
//! 3. a match counts only at word boundaries — a possessive ("Acme's"), punctuation or the end of
//!    the text after it — or inside a hashtag ("#AcmeFail", "#acme_support", "#FlyAcme"): a term
//!    inside an ordinary longer word ("Acmeplex") is not the brand; "acme.com" is;
//! 4. words the automaton could not see are compared token by token: stretched ("Acmeeee") and,
//!    for words of five letters or more, one typo away ("Southwst" — one substitution, insertion,
//!    deletion or swap, never when the token is itself a known word);
//! 5. excluded phrases (false friends such as "apple pie") silence every term inside them; for
//!    everyday-word brands, well-known names such as "United States" are excluded too;
//! 6. terms that are everyday words ("United", "Apple") and typo matches need context — see
//!    [`context`] for the rule.

pub mod context;
pub mod fuzzy;

use std::sync::Arc;

use serde::Serialize;

use super::classify::{self, OwnCue, MOVE_CUES};
use super::phrases::{leftmost_longest, Hit, Listened, Phrase, PhraseBook};
use super::sentiment::lexicon;
use super::settings::BrandProfile;
use super::text::normalize::Folded;
use super::text::tokens::{word_spans, words, words_before, Words, WordsBefore};

/// What kind of profile term a mention matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// The brand's name.
    Brand,
    /// One of its aliases.
    Alias,
    /// One of its @handles.
    Handle,
    /// One of its #hashtags.
    Hashtag,
    /// One of its products.
    Product,
    /// A competitor's name.
    Competitor,
}

/// One heard term: a UTF-16 span of the original text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mention {
    /// UTF-16 offset of the first code unit.
    pub start: u32,
    /// UTF-16 offset one past the last code unit.
    pub end: u32,
    /// The profile term that was heard, as the profile spells it (shared with the matcher: a
    /// mention costs no allocation of its own).
    pub term: Arc<str>,
    /// Which list the term comes from.
    pub kind: MentionKind,
}

/// A [`Mention`] before its term's name is looked up: what the page needs to paint it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Heard {
    /// UTF-16 offset of the first code unit.
    pub start: u32,
    /// UTF-16 offset one past the last code unit.
    pub end: u32,
    /// Index of the profile term (in the matcher's own order).
    term: usize,
    /// Which list the term comes from.
    pub kind: MentionKind,
}

/// One profile term, prepared for matching.
#[derive(Debug, Clone)]
struct Term {
    display: Arc<str>,
    kind: MentionKind,
    /// Folded words of the term (for token comparison); empty for handles and hashtags.
    words: Vec<Word>,
    /// An everyday word: needs context to count.
    ambiguous: bool,
    /// One of its words carries a feeling in the sentiment lexicon ("Best" of "Best Buy",
    /// "Good" of "Good Energy"): heard as a name, those words say nothing of the author's mood.
    felt: bool,
}

/// A folded word of a term, with what rules tokens out before comparing them.
#[derive(Debug, Clone)]
struct Word {
    text: String,
    /// [`fuzzy::min_token_len`] of `text`: shorter tokens are not compared at all.
    min_token_len: usize,
    /// Long enough (five characters) for a typo of it to count.
    typo_ok: bool,
}

impl Word {
    /// Could `token` (which starts with the same character) be this word exactly, stretched or —
    /// when `typo` is allowed — one edit away? A necessary test on a few bytes, so that most
    /// tokens are never compared: a stretched word keeps its last character; a typo changes the
    /// length by at most one character (four bytes) and, in a word of five characters or more,
    /// leaves either the second or the last character in place.
    fn could_be(&self, token: &str, typo: bool) -> bool {
        let (t, w) = (token.as_bytes(), self.text.as_bytes());
        if t.len() < self.min_token_len {
            return false;
        }
        t.last() == w.last()
            || (typo && self.typo_ok && t.len().abs_diff(w.len()) <= 4 && t.get(1) == w.get(1))
    }
}

/// A match before the context rule is applied: folded byte range and term.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    start: usize,
    end: usize,
    term: usize,
    /// Needs context support (ambiguous term or typo).
    needs_context: bool,
}

/// Finds a brand profile's terms in text. Build once per profile; `find` is read-only.
#[derive(Debug, Clone)]
pub struct Matcher {
    terms: Vec<Term>,
    /// The phrase book with the terms' patterns and then the exclusions as extra patterns: one
    /// search hears both the brand and the judging rules' phrases (see [`PhraseBook`]).
    book: PhraseBook,
    /// For each term pattern (the first extra patterns of `book`), the term it belongs to.
    pattern_term: Vec<usize>,
    /// Terms whose words are compared token by token, by the first letter of their first word.
    by_initial: Vec<(char, Vec<usize>)>,
    /// Which ASCII bytes are initials of `by_initial`: most tokens are ruled out by one load
    /// (a bit of a `u128` took a dozen instructions to test, ~0.1k per post).
    ascii_initials: [bool; 128],
    /// Folded words of the profile's multi-word terms that signal context ("airlines").
    profile_context: Vec<String>,
    /// Index in the book's extra patterns of the first of the brand's own cues: the patterns
    /// from the last term's up to it are exclusions.
    first_own_cue: usize,
    /// The brand's own cues, by extra-pattern index, sorted (see [`Listened::own_cues`]).
    own_cues: Vec<(usize, OwnCue)>,
    /// Some term holds a word of feeling (see [`felt_names`](Self::felt_names)).
    any_felt: bool,
    /// For each term pattern, whether it names the brand or a competitor (not a product) with a
    /// classification cue inside it ("parcel" in "Parcelio"); empty when none does (see
    /// [`Listened::cue_names`]).
    cue_names: Vec<bool>,
}

/// Verbs that, right before a competitor's name, say the author takes their custom there.
const TAKING_CUSTOM_TO: &[&str] = &[
    "book", "booked", "booking", "choose", "choosing", "fly", "flying", "prefer", "try", "trying",
    "use", "using",
];

/// Words that, before such a verb, deny the move ("never flying Globex").
const NOT_NOW: &[&str] = &["never", "not", "won't", "wont", "don't", "dont", "stop"];

/// Verbs that, before one or two words, "to" and a competitor's name, move custom there:
/// "moving everything to Globex", "switched my number to Vortex".
const MOVING: &[&str] = &[
    "go",
    "going",
    "gone",
    "move",
    "moved",
    "moving",
    "switch",
    "switched",
    "switching",
    "take",
    "taking",
    "took",
    "transfer",
    "transferred",
    "transferring",
    "went",
];

/// Verbs that, before "a"/"an" and a competitor's name ("opened a Starling account") or "an
/// account with" it, open an account there.
const OPENING: &[&str] = &["open", "opened", "opening"];

/// Verbs that, a few words before "from" and a competitor's name, buy there instead: "I'll just
/// get it from Wayfair" (a past "ordered one from DFS" compares, and is not among them).
const GETTING: &[&str] = &["get", "getting", "buy", "buying", "order", "ordering"];

/// Verbs that, before "my <brand> for a <competitor>", trade the one in for the other.
const TRADING: &[&str] = &["traded", "trading", "swapped", "swapping", "trade", "swap"];

/// Verbs that, right before one of the brand's products (or "my"/"our" and it), give it up:
/// "cancelling Acme Plus", "cancelled my SkyMiles".
const CANCELLING: &[&str] = &["cancel", "canceled", "canceling", "cancelled", "cancelling"];

/// Does the folded text right after a competitor's name rate it over the brand: "is cheaper",
/// "is literally cheaper", "are way better now"? (A question puts the verb first: "is Globex
/// cheaper?" is not read here.)
fn rated_over(after: &str) -> bool {
    let mut words = after
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| c.is_ascii_punctuation()));
    if !words
        .next()
        .is_some_and(|v| ["is", "are", "was", "were"].contains(&v))
    {
        return false;
    }
    let next = words.next();
    let next = match next {
        Some("literally" | "way" | "much" | "so" | "just" | "actually" | "already" | "now") => {
            words.next()
        }
        _ => next,
    };
    next.is_some_and(|w| ["cheaper", "better"].contains(&w))
}

fn fold_term(t: &str) -> String {
    Folded::new(t)
        .text
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn words_of(folded: &str) -> Vec<String> {
    folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// A word the engine knows as ordinary language: never a typo, ambiguous as a brand.
fn is_known_word(word: &str) -> bool {
    context::is_common_word(word, lexicon::is_word)
}

impl Matcher {
    /// Builds a matcher for `brand`. Terms that fold to nothing are ignored.
    pub fn new(brand: &BrandProfile) -> Matcher {
        let mut terms: Vec<Term> = Vec::new();
        let mut patterns: Vec<String> = Vec::new();
        let mut pattern_term: Vec<usize> = Vec::new();
        let mut add_pattern = |pattern: String, term: usize, patterns: &mut Vec<String>| {
            if !pattern.is_empty() && !patterns.contains(&pattern) {
                patterns.push(pattern);
                pattern_term.push(term);
            }
        };
        let lists: [(&[String], MentionKind); 6] = [
            (std::slice::from_ref(&brand.name), MentionKind::Brand),
            (&brand.handles, MentionKind::Handle),
            (&brand.hashtags, MentionKind::Hashtag),
            (&brand.aliases, MentionKind::Alias),
            (&brand.products, MentionKind::Product),
            (&brand.competitors, MentionKind::Competitor),
        ];
        for (list, kind) in lists {
            for display in list {
                let folded = fold_term(display);
                if folded.chars().filter(|c| c.is_alphanumeric()).count() == 0 {
                    continue;
                }
                let tagged = matches!(kind, MentionKind::Handle | MentionKind::Hashtag);
                let words: Vec<Word> = if tagged {
                    Vec::new()
                } else {
                    words_of(&folded)
                        .into_iter()
                        .map(|text| Word {
                            min_token_len: fuzzy::min_token_len(&text),
                            typo_ok: text.chars().count() >= 5,
                            text,
                        })
                        .collect()
                };
                let ambiguous = words.len() == 1 && is_known_word(&words[0].text);
                let felt = words.iter().any(|w| lexicon::is_word(&w.text));
                let index = terms.len();
                terms.push(Term {
                    display: Arc::from(display.as_str()),
                    kind,
                    words,
                    ambiguous,
                    felt,
                });
                if !tagged && folded.contains(' ') {
                    add_pattern(folded.replace(' ', ""), index, &mut patterns);
                }
                add_pattern(folded, index, &mut patterns);
            }
        }
        let mut extra = patterns;
        extra.extend(brand.exclude.iter().map(|e| fold_term(e)));
        if terms.iter().any(|t| t.ambiguous) {
            extra.extend(context::PROPER_NAMES.iter().map(|n| n.to_string()));
        }
        let first_own_cue = extra.len();
        let mut own_cues = Vec::new();
        for rule in &brand.cues {
            for phrase in &rule.phrases {
                let stem = phrase.ends_with('*');
                let pattern = fold_term(phrase.trim_end_matches('*'));
                if pattern.is_empty() {
                    continue;
                }
                own_cues.extend(classify::own_cues(&rule.when, stem).map(|c| (extra.len(), c)));
                extra.push(pattern);
            }
        }
        let book = PhraseBook::with_extra(&extra);
        let cue_names = cue_names(&book, &extra, &pattern_term, &terms);
        let mut by_initial: Vec<(char, Vec<usize>)> = Vec::new();
        for (i, t) in terms.iter().enumerate() {
            if let Some(c) = t.words.first().and_then(|w| w.text.chars().next()) {
                match by_initial.iter_mut().find(|(k, _)| *k == c) {
                    Some((_, v)) => v.push(i),
                    None => by_initial.push((c, vec![i])),
                }
            }
        }
        let single: Vec<&str> = terms
            .iter()
            .filter(|t| t.words.len() == 1)
            .map(|t| t.words[0].text.as_str())
            .collect();
        let mut profile_context: Vec<String> = terms
            .iter()
            .filter(|t| t.words.len() > 1 && t.kind != MentionKind::Competitor)
            .flat_map(|t| t.words.iter().map(|w| w.text.clone()))
            .filter(|w| w.len() >= 3 && !single.contains(&w.as_str()))
            .collect();
        profile_context.sort_unstable();
        profile_context.dedup();
        Matcher {
            any_felt: terms.iter().any(|t| t.felt),
            terms,
            book,
            pattern_term,
            ascii_initials: std::array::from_fn(|b| {
                by_initial.iter().any(|(c, _)| *c as usize == b)
            }),
            by_initial,
            profile_context,
            first_own_cue,
            own_cues,
            cue_names,
        }
    }

    /// The term patterns that name the brand or a competitor with a cue inside, for
    /// [`Listened::cue_names`] of a post heard with [`book`](Self::book).
    pub(crate) fn cue_names(&self) -> &[bool] {
        &self.cue_names
    }

    /// The brand's own cues, for [`Listened::own_cues`] of a post heard with
    /// [`book`](Self::book).
    pub(crate) fn own_cues(&self) -> &[(usize, OwnCue)] {
        &self.own_cues
    }

    /// The UTF-16 spans of the mentions in `heard` whose terms hold words of feeling (see
    /// [`Listened::names`]); empty, without allocating, for a profile whose terms hold none.
    pub(crate) fn felt_names(&self, heard: &[Heard]) -> Vec<(u32, u32)> {
        if !self.any_felt {
            return Vec::new();
        }
        heard
            .iter()
            .filter(|h| self.terms[h.term].felt)
            .map(|h| (h.start, h.end))
            .collect()
    }

    /// Every mention in `text`, in text order, non-overlapping. Never panics.
    ///
    /// # Example
    /// ```
    /// use earshot::engine::{mention::Matcher, settings::parse_settings};
    /// let s = parse_settings(r#"{"name":"Acme Air","aliases":["Acme"],"exclude":["acme corporation"]}"#).unwrap();
    /// let m = Matcher::new(&s.brand);
    /// let found = m.find("𝐀𝐜𝐦𝐞 𝐀𝐢𝐫 lost my bag, not Acme Corporation");
    /// assert_eq!(found.len(), 1);
    /// assert_eq!((found[0].start, found[0].end, &*found[0].term), (0, 15, "Acme Air"));
    /// ```
    pub fn find(&self, text: &str) -> Vec<Mention> {
        self.name(self.hear(text))
    }

    /// The [`Mention`]s of terms heard by this matcher (`heard` from [`hear`](Self::hear) on
    /// `self`): each with its term's name.
    pub(crate) fn name(&self, heard: Vec<Heard>) -> Vec<Mention> {
        heard
            .into_iter()
            .map(|h| Mention {
                start: h.start,
                end: h.end,
                term: self.terms[h.term].display.clone(),
                kind: h.kind,
            })
            .collect()
    }

    /// [`find`](Self::find) without the terms' names: the same spans and kinds, no strings.
    pub fn hear(&self, text: &str) -> Vec<Heard> {
        let folded = Folded::new(text);
        let hits = self.book.hear(&folded.text);
        self.hear_hits(text, &folded, &hits)
    }

    /// The book this matcher hears with: the judging rules' phrases plus the profile's terms.
    pub(crate) fn book(&self) -> &PhraseBook {
        &self.book
    }

    /// Does the post say its author takes their custom away: a competitor's name right after one of
    /// [`TAKING_CUSTOM_TO`], not negated ("im booking Globex for the summer", but not "never flying
    /// Globex again"), or after one of [`MOVING`], up to three words and "to" ("moved to Globex",
    /// "moving the whole family to Globex"), or after "I'm off to" ("contract's up, I'm off to
    /// Globex"), or after "opened a" or "opened an account with" ("just opened a Starling
    /// account"), or after "from" and a verb of [`GETTING`] ("I'll get it from Globex"), after
    /// "back to", "next … will be a", or a trade-in ("traded my Acme for a Globex"); or one of the
    /// brand's products right after one of [`CANCELLING`] ("cancelling Acme Plus", "cancelled my
    /// SkyMiles")? `post` was heard with [`book`](Self::book).
    pub(crate) fn leaves(&self, post: &Listened<'_>) -> bool {
        self.any_term_after(post, |kind, mut before, after| {
            // Only competitors and products are left; a brand name's words are never read.
            if !matches!(kind, MentionKind::Competitor | MentionKind::Product) {
                return false;
            }
            let w: [Option<&str>; 6] = std::array::from_fn(|_| before.next());
            let among = |w: Option<&str>, list: &[&str]| w.is_some_and(|w| list.contains(&w));
            // "to", up to three words, a verb of moving, and no denial before it.
            let moved = |k: usize| among(w[k], MOVING) && !among(w[k + 1], NOT_NOW);
            if kind == MentionKind::Competitor {
                (among(w[0], TAKING_CUSTOM_TO) && !among(w[1], NOT_NOW))
                    || (w[0] == Some("to") && (1..5).any(moved))
                    // "just opened a Starling account", "opened an account with Monzo".
                    || (among(w[0], &["a", "an"]) && among(w[1], OPENING))
                    || (w[..2] == [Some("with"), Some("account")] && among(w[3], OPENING))
                    // "contract's up and I'm off to Vortex".
                    || (w[..2] == [Some("to"), Some("off")]
                        && among(w[2], &["i'm", "im", "am", "we're", "were"]))
                    // "I'll just get it from Wayfair", "getting my stuff from Glossier".
                    || (w[0] == Some("from")
                        && (1..4).any(|k| among(w[k], GETTING) && !among(w[k + 1], NOT_NOW)))
                    // "Back to Uber", "my next car will be a Kia", "traded in my Veltro for a
                    // Kia".
                    || (w[..2] == [Some("to"), Some("back")] && !among(w[2], &["welcome"]))
                    || (w[..3] == [Some("a"), Some("be"), Some("will")] && w[4] == Some("next"))
                    || (among(w[0], &["a", "an"])
                        && w[1] == Some("for")
                        && w[2..5].iter().any(|&v| among(v, TRADING)))
                    || rated_over(after)
            } else {
                among(w[0], CANCELLING) || (among(w[0], &["my", "our"]) && among(w[1], CANCELLING))
            }
        })
    }

    /// Does the post say its author moves to the brand itself: one of its terms right after a
    /// move cue ("switched to Acme from Globex")? `post` was heard with [`book`](Self::book).
    pub(crate) fn joins_brand(&self, post: &Listened<'_>) -> bool {
        self.any_term_after(post, |kind, mut before, _| {
            if kind == MentionKind::Competitor {
                return false;
            }
            let (Some(last), Some(first)) = (before.next(), before.next()) else {
                return false;
            };
            // "first last" is a cue, compared in place: no split, no joined copy.
            MOVE_CUES.iter().any(|cue| {
                cue.len() == first.len() + 1 + last.len()
                    && cue.starts_with(first)
                    && cue.ends_with(last)
                    && cue.as_bytes()[first.len()] == b' '
            })
        })
    }

    /// Is there a whole-word term of the profile in `post` for which `test` holds, given its
    /// kind, the words before it (nearest first) and the folded text after it?
    fn any_term_after(
        &self,
        post: &Listened<'_>,
        test: impl Fn(MentionKind, WordsBefore<'_>, &str) -> bool,
    ) -> bool {
        let f = post.heard();
        post.hits.iter().any(|h| {
            let Phrase::Extra(i) = h.phrase else {
                return false;
            };
            let Some(&term) = self.pattern_term.get(i) else {
                return false;
            };
            let before = words_before(f, h.start);
            post.starts_word(h.start)
                && post.ends_word(h.end)
                && test(self.terms[term].kind, before, &f[h.end..])
        })
    }

    /// [`hear`](Self::hear) for a text already folded (`folded` is `Folded::new(text)`) and
    /// searched (`hits` is what [`book`](Self::book) hears in `folded.text`), so the caller can
    /// keep both for judging.
    pub(crate) fn hear_hits(&self, text: &str, folded: &Folded, hits: &[Hit]) -> Vec<Heard> {
        if self.pattern_term.is_empty() {
            return Vec::new();
        }
        let f = folded.text.as_str();
        let ascii = folded.is_ascii();
        let terms = self.pattern_term.len();
        // Terms and exclusions, each taken leftmost-longest as their own searches would.
        let (mut heard, mut excluded) = (Vec::new(), Vec::new());
        for h in hits {
            match h.phrase {
                Phrase::Extra(i) if i < terms => heard.push((h.start, h.end, i)),
                Phrase::Extra(i) if i < self.first_own_cue => excluded.push((h.start, h.end, i)),
                _ => {}
            }
        }
        let mut found: Vec<Candidate> = Vec::new();
        for (start, end, pattern) in leftmost_longest(heard) {
            let term = self.pattern_term[pattern];
            if self.at_boundaries(f, text, ascii, start, end) {
                found.push(Candidate {
                    start,
                    end,
                    term,
                    needs_context: self.terms[term].ambiguous,
                });
            }
        }
        self.token_matches(f, &mut found);
        // Exclusions only silence candidates.
        if !found.is_empty() && !excluded.is_empty() {
            let excluded = leftmost_longest(excluded);
            found.retain(|c| !excluded.iter().any(|&(s, e, _)| c.start < e && s < c.end));
        }
        // No two candidates share a span (token matches skip what the search found), so the
        // order is total.
        found.sort_unstable_by(|a, b| (a.start, b.end, a.term).cmp(&(b.start, a.end, b.term)));
        let supported = found
            .iter()
            .any(|c| !c.needs_context && self.terms[c.term].kind != MentionKind::Competitor);
        // Only a candidate that needs context asks whether the post shouts, or for the words
        // around it (each computed once).
        let all_caps = std::cell::OnceCell::new();
        let tokens = std::cell::OnceCell::new();
        let mut out: Vec<Heard> = Vec::with_capacity(found.len());
        let mut last_end = 0usize;
        for c in found {
            if c.start < last_end {
                continue;
            }
            if c.needs_context
                && !supported
                && !self.has_context(
                    f,
                    text,
                    folded,
                    tokens.get_or_init(|| word_spans(f)),
                    c,
                    || *all_caps.get_or_init(|| is_all_caps(text)),
                )
            {
                continue;
            }
            last_end = c.end;
            out.push(Heard {
                start: folded.start_utf16(c.start),
                end: folded.end_utf16(c.end),
                term: c.term,
                kind: self.terms[c.term].kind,
            });
        }
        out
    }

    /// Is `start..end` of the folded text a whole word, a possessive, or a part of a hashtag?
    fn at_boundaries(
        &self,
        f: &str,
        original: &str,
        ascii: bool,
        start: usize,
        end: usize,
    ) -> bool {
        let before = f[..start].chars().next_back();
        let after = f[end..].chars().next();
        let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
        let left_ok = (!word(before) && before != Some('@'))
            || (self.inside_hashtag(f, start) && camel_break(original, ascii, start));
        if !left_ok {
            return false;
        }
        if !word(after) {
            // "acme@" inside an e-mail address is not a mention of the brand.
            return !(after == Some('@') || (before == Some('.') && f[..start].contains('@')));
        }
        // Inside a hashtag: a CamelCase break ("#AcmeFail") or a long term prefix ("#acmefail").
        self.inside_hashtag(f, start) && (camel_break(original, ascii, end) || end - start >= 4)
    }

    /// Does the word run containing byte `at` start with `#`?
    fn inside_hashtag(&self, f: &str, at: usize) -> bool {
        let run_start = f[..at]
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
            .last()
            .map_or(at, |(i, _)| i);
        f[..run_start].ends_with('#') || f[at..].starts_with('#')
    }

    /// Elongated ("Acmeee") and misspelt ("Southwst") terms, compared token by token. The words
    /// are walked lazily: most are ruled out by their first letter, and only a term's first word
    /// that passes looks at the words after it.
    fn token_matches(&self, f: &str, found: &mut Vec<Candidate>) {
        let mut rest = words(f);
        while let Some((ts, te)) = rest.next() {
            let lead = f.as_bytes()[ts];
            if self.ascii_initials.get(usize::from(lead)) == Some(&false) {
                continue;
            }
            if found.iter().any(|c| c.start < te && ts < c.end) {
                continue;
            }
            let Some(first) = f[ts..te].chars().next() else {
                continue;
            };
            let Some((_, candidates)) = self.by_initial.iter().find(|(c, _)| *c == first) else {
                continue;
            };
            for &t in candidates {
                let term = &self.terms[t];
                // The cheap test first: most tokens end here, before `compare` (which checks
                // every word, this one again) sets up its walk (~0.6k instructions per post).
                if !term.words[0].could_be(&f[ts..te], true) {
                    continue;
                }
                if let Some((end, typo)) = self.compare(f, (ts, te), rest.clone(), term) {
                    found.push(Candidate {
                        start: ts,
                        end,
                        term: t,
                        needs_context: typo || term.ambiguous,
                    });
                    break;
                }
            }
        }
    }

    /// Compares `term`'s words with the tokens from `first` on (`after` yields the ones after
    /// it). When they are the term stretched or with one typo — not written exactly, and
    /// separated only by spaces, so "Acme, Air" is not "Acme Air" — returns where the match ends
    /// and whether it took a typo.
    fn compare(
        &self,
        f: &str,
        first: (usize, usize),
        after: Words<'_>,
        term: &Term,
    ) -> Option<(usize, bool)> {
        let mut tokens = std::iter::once(first).chain(after);
        let (mut edits, mut exact, mut end) = (0, true, first.0);
        for word in &term.words {
            let (s, e) = tokens.next()?;
            if !f[end..s].chars().all(char::is_whitespace) {
                return None;
            }
            let (tok, w) = (&f[s..e], word.text.as_str());
            if !word.could_be(tok, edits == 0) {
                return None;
            } else if tok == w {
            } else if fuzzy::same_when_squeezed(tok, w) {
                exact = false;
            } else if edits == 0
                && word.typo_ok
                && fuzzy::one_edit_apart(tok, w)
                && !is_known_word(tok)
            {
                edits += 1;
                exact = false;
            } else {
                return None;
            }
            end = e;
        }
        (!exact).then_some((end, edits > 0))
    }

    /// The context rule for ambiguous terms and typos (see [`context`]).
    fn has_context(
        &self,
        f: &str,
        original: &str,
        folded: &Folded,
        tokens: &[(usize, usize)],
        c: Candidate,
        all_caps: impl FnOnce() -> bool,
    ) -> bool {
        let start16 = folded.start_utf16(c.start) as usize;
        let prefix: String = char::decode_utf16(original.encode_utf16().take(start16))
            .map(|r| r.unwrap_or('\u{FFFD}'))
            .collect();
        let first = original[prefix.len().min(original.len())..]
            .chars()
            .next()
            .unwrap_or(' ');
        if context::capitalised_mid_sentence(&prefix, first, all_caps()) {
            return true;
        }
        let Some(at) = tokens.iter().position(|&(s, _)| s >= c.start) else {
            return false;
        };
        let lo = at.saturating_sub(3);
        let hi = (at + 4 + self.terms[c.term].words.len()).min(tokens.len());
        tokens[lo..hi]
            .iter()
            .filter(|&&(s, _)| s < c.start || s >= c.end)
            .any(|&(s, e)| {
                context::is_care_context(&f[s..e])
                    || self.profile_context.iter().any(|w| w == &f[s..e])
            })
    }
}

/// At folded byte `at` of an ASCII text, does a CamelCase word start (lower or digit, then upper)?
/// Unknown (false) for non-ASCII originals, whose bytes do not line up with the folded text.
fn camel_break(original: &str, ascii: bool, at: usize) -> bool {
    if !ascii || at == 0 {
        return false;
    }
    let b = original.as_bytes();
    match (b.get(at - 1), b.get(at)) {
        (Some(p), Some(n)) => {
            n.is_ascii_uppercase() && (p.is_ascii_lowercase() || p.is_ascii_digit() || *p == b'#')
        }
        (Some(_), None) => true,
        _ => false,
    }
}

/// For each of the first `pattern_term.len()` patterns of `extra` (the terms'), whether its
/// term is no product and `book` hears a classification cue inside it: such a name is no cue
/// (a courier called "Parcelio" is not every post's delivery topic), while a product's name says
/// what it is ("Acme app"). Empty when no pattern is such a name.
fn cue_names(
    book: &PhraseBook,
    extra: &[String],
    pattern_term: &[usize],
    terms: &[Term],
) -> Vec<bool> {
    let names: Vec<bool> = pattern_term
        .iter()
        .zip(extra)
        .map(|(&t, pattern)| {
            terms[t].kind != MentionKind::Product
                && book
                    .hear(pattern)
                    .iter()
                    .any(|h| matches!(h.phrase, Phrase::Cue(_)))
        })
        .collect();
    if names.contains(&true) {
        names
    } else {
        Vec::new()
    }
}

/// Most letters are capitals (shouting): capitalisation then says nothing about names.
fn is_all_caps(text: &str) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        upper += usize::from(c.is_uppercase());
    }
    letters >= 8 && upper * 10 >= letters * 8
}

#[cfg(test)]
mod tests;
