//! The fixed phrases the judging rules listen for — the care layer's phrases ("on hold",
//! "lost my bag") and the classification cues ("refund*", "switching to") — heard in one pass.
//!
//! Both lists are searched in the same text of the post. One overlapping Aho–Corasick DFA over
//! both reports every occurrence of every phrase; each rule then reads the hits of its own list (the
//! care layer takes them leftmost-longest, as a dedicated leftmost-longest search would find
//! them). One pass instead of two saved ~1k instructions per post (callgrind, bench corpus).
//!
//! The phrases are heard in the folded text (see [`Folded`]), as the brand is, so fancy letters
//! and invisible characters hide neither. A [`PhraseBook`] can carry patterns of its owner's as
//! well ([`Phrase::Extra`]): the engine's book also holds the brand profile's terms and
//! exclusions, so each post is searched once for hearing and judging alike.

use std::cell::OnceCell;
use std::sync::OnceLock;

mod compact;

use aho_corasick::automaton::{Automaton, OverlappingState};
use aho_corasick::nfa::noncontiguous;
use aho_corasick::{dfa, Input, MatchKind};
use compact::{Compact, Transitions};

use super::classify::{self, OwnCue};
use super::sentiment::care;
use super::text::normalize::Folded;

/// Which list a heard phrase belongs to, with its index in that list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phrase {
    /// Index into the care layer's phrases.
    Care(usize),
    /// Index into the classification cues.
    Cue(usize),
    /// Index into the extra patterns the book was built with ([`PhraseBook::with_extra`]).
    Extra(usize),
}

/// One occurrence of a phrase: a byte range of the text it was heard in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// What was heard.
    pub phrase: Phrase,
}

/// A post made ready for the judging rules: folded once, its phrases heard once.
#[derive(Debug, Clone)]
pub struct Listened<'a> {
    /// The post as written.
    pub text: &'a str,
    /// Every occurrence of every phrase in the heard text (see [`heard`](Self::heard)), in the
    /// order the search reports them (by end position); word boundaries are not checked yet.
    pub hits: Vec<Hit>,
    /// The folded text the phrases were heard in (see [`heard`](Self::heard)).
    heard: String,
    /// The text is ASCII (then `heard` is its lower case).
    ascii: bool,
    /// The text with its ASCII letters lower-cased, for a text beyond ASCII (see
    /// [`ascii_lower`](Self::ascii_lower)); made on first use.
    ascii_lower: OnceCell<String>,
    /// The author says they take their custom away: to a competitor of the brand ("booking
    /// Globex this summer") or by cancelling one of its products ("cancelling Acme Plus"); set
    /// by the engine, which knows the profile's terms (see
    /// [`Matcher::leaves`](crate::engine::mention::Matcher)).
    pub leaves: bool,
    /// The author says they move to the brand itself ("switched to Acme from Globex"): its
    /// move cues ([`MOVE_CUES`](crate::engine::classify)) are then no churn risk. Set by the
    /// engine, like `leaves`.
    pub joins_brand: bool,
    /// The post names the brand itself (not only a competitor); set by the engine. Said to a
    /// brand, a wish is a request ("would be great if the app had dark mode": a suggestion, no
    /// praise yet) and short closing praise after trouble is a sigh ("cancelled again. cheers
    /// for that"); in other talk both are as VADER reads them ("i would LOVE a snuggie").
    pub to_brand: bool,
    /// The brand profile's own cues (see [`CueRule`](crate::engine::settings::CueRule)), by the
    /// index of their pattern among the book's extra patterns, sorted; set by the engine, whose
    /// book holds their patterns. Empty when heard without a profile.
    pub(crate) own_cues: &'a [(usize, OwnCue)],
    /// By the index of their pattern among the book's extra patterns: the terms that name the
    /// brand or a competitor with a classification cue inside ("parcel" in "Parcelio"). A cue
    /// heard inside one is part of a name and says nothing. Set by the engine; empty when no
    /// term is such a name.
    pub(crate) cue_names: &'a [bool],
    /// UTF-16 spans of the text where a brand or competitor is named with words that carry a
    /// feeling elsewhere ("Best Buy", "Good Energy"): sentiment reads no mood in them. Set by
    /// the engine, which knows the profile's terms; empty when heard without a profile.
    pub names: Vec<(u32, u32)>,
}

impl<'a> Listened<'a> {
    /// Folds `text` and hears its phrases in the folded text. Never panics.
    pub fn new(text: &'a str) -> Listened<'a> {
        let folded = Folded::new(text);
        let hits = PhraseBook::standard().hear(&folded.text);
        Listened::heard_in(text, folded, hits)
    }

    /// [`new`](Self::new) for a text already folded and heard: `folded` is `Folded::new(text)`
    /// and `hits` what a [`PhraseBook`] hears in `folded.text` (hits of [`Phrase::Extra`]
    /// patterns are ignored by the rules).
    pub fn heard_in(text: &'a str, folded: Folded, hits: Vec<Hit>) -> Listened<'a> {
        Listened {
            text,
            hits,
            ascii: folded.is_ascii(),
            heard: folded.text,
            ascii_lower: OnceCell::new(),
            leaves: false,
            joins_brand: false,
            to_brand: false,
            own_cues: &[],
            cue_names: &[],
            names: Vec::new(),
        }
    }

    /// The text the rules read and the hits' byte offsets refer to: the post folded (see
    /// [`Folded`]) — lower-cased, with fancy letters, accents and invisible characters folded
    /// away, so none of them hides a phrase. An ASCII post's is its lower case.
    pub fn heard(&self) -> &str {
        &self.heard
    }

    /// The text with its ASCII letters lower-cased and nothing else changed, so that its bytes
    /// line up with the text's: what sentiment items borrow their lower case from. An ASCII
    /// post's is its [heard](Self::heard) text; another's is made on first use (one copy,
    /// instead of one for each capitalised word).
    pub fn ascii_lower(&self) -> &str {
        if self.ascii {
            &self.heard
        } else {
            self.lowered_beyond_ascii()
        }
    }

    /// [`ascii_lower`](Self::ascii_lower) for a text beyond ASCII; out of line, which keeps the
    /// ASCII path's code compact.
    #[inline(never)]
    fn lowered_beyond_ascii(&self) -> &str {
        self.ascii_lower
            .get_or_init(|| self.text.to_ascii_lowercase())
    }

    /// Does byte `at` of the [heard](Self::heard) text start a word (nothing alphanumeric just
    /// before it)?
    pub fn starts_word(&self, at: usize) -> bool {
        !self.heard()[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    }

    /// Does byte `at` of the [heard](Self::heard) text end a word (nothing alphanumeric just
    /// after it)?
    pub fn ends_word(&self, at: usize) -> bool {
        !self.heard()[at..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    }
}

/// Extra patterns of more bytes than this, together, are searched apart from the DFA (see
/// [`PhraseBook::with_extra`]). A DFA has about one state per pattern byte, each a row of 64 or
/// 128 cells: this many bytes (a thousand terms of twenty letters) keep the book's DFA within a
/// few megabytes, and its build within a few tens of milliseconds.
pub const DFA_EXTRA_BYTES: usize = 20_000;

/// An automaton over the care phrases and the classification cues, and over any extra
/// patterns its owner adds. Build once; hearing is read-only.
#[derive(Debug, Clone)]
pub struct PhraseBook {
    /// The patterns' DFA, laid out for the byte loop (see [`compact`]).
    automaton: Option<Compact>,
    /// The extra patterns, when there are too many bytes of them for the DFA: an NFA, whose
    /// size grows with the patterns' bytes alone (the crate's noncontiguous NFA, which builds the
    /// DFA anyway: no code added to the `.wasm`). Its pattern `i` is `owners[first_apart + i]`.
    apart: Option<noncontiguous::NFA>,
    /// Index in `owners` of the first pattern searched apart.
    first_apart: usize,
    /// For each pattern, the list entry it stands for.
    owners: Vec<Phrase>,
    /// For each pattern, its length in bytes.
    lens: Vec<usize>,
}

impl PhraseBook {
    /// The book of the care phrases and cues alone (built once per process).
    pub fn standard() -> &'static PhraseBook {
        static BOOK: OnceLock<PhraseBook> = OnceLock::new();
        BOOK.get_or_init(|| PhraseBook::with_extra(&[]))
    }

    /// The care phrases and cues, and `extra[i]` heard as [`Phrase::Extra`]`(i)`. Empty extra
    /// patterns are never heard.
    pub fn with_extra(extra: &[String]) -> PhraseBook {
        let care = care::phrase_texts()
            .enumerate()
            .map(|(i, p)| (p, Phrase::Care(i)));
        let cues = classify::cue_patterns()
            .enumerate()
            .map(|(i, p)| (p, Phrase::Cue(i)));
        let extra = extra
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.is_empty())
            .map(|(i, p)| (p.as_str(), Phrase::Extra(i)));
        let (patterns, owners): (Vec<&str>, Vec<Phrase>) = care.chain(cues).chain(extra).unzip();
        let first_extra = owners
            .iter()
            .position(|o| matches!(o, Phrase::Extra(_)))
            .unwrap_or(owners.len());
        let extra_bytes: usize = patterns[first_extra..].iter().map(|p| p.len()).sum();
        // A profile of thousands of long terms would make a DFA of hundreds of megabytes (and a
        // build of seconds): its terms are searched apart, by an NFA. Hits are the same.
        let (in_dfa, apart) = if extra_bytes > DFA_EXTRA_BYTES {
            let nfa = noncontiguous::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(&patterns[first_extra..])
                .ok();
            (&patterns[..first_extra], nfa)
        } else {
            (&patterns[..], None)
        };
        // A DFA: an overlapping search through the default (NFA) automaton cost ~1.6k more
        // instructions per post (callgrind). No prefilter: with hundreds of phrases nearly every
        // byte can start one, and [`hear`](Self::hear) walks the DFA itself.
        let automaton = dfa::Builder::new()
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(in_dfa)
            .ok()
            .and_then(|dfa| Compact::new(&dfa, in_dfa, false));
        let lens = patterns.iter().map(|p| p.len()).collect();
        PhraseBook {
            automaton,
            apart,
            first_apart: first_extra,
            owners,
            lens,
        }
    }

    /// Every occurrence of every pattern in `text`, as an overlapping search reports them: by
    /// end position (hits that end at the same byte come in no promised order). Never panics.
    ///
    /// The DFA is walked here, one transition per byte, and every pattern that ends at a byte is
    /// reported at once: the crate's overlapping iterator returns to its caller for each match
    /// and resumes, which was ~2 % slower in Chromium (interleaved A/B, bench corpus).
    pub fn hear(&self, text: &str) -> Vec<Hit> {
        // Posts hear a handful of phrases (~4 in the bench corpus): one allocation, not three.
        let mut hits = Vec::with_capacity(16);
        if let Some(dfa) = &self.automaton {
            let report = |found: &[(usize, usize)]| self.report(dfa, found, &mut hits);
            match &dfa.next {
                Transitions::Narrow(next) => dfa.walk(next, text.as_bytes(), report),
                Transitions::Wide(next) => dfa.walk(next, text.as_bytes(), report),
            }
        }
        if let Some(nfa) = &self.apart {
            let (input, mut state) = (Input::new(text), OverlappingState::start());
            let apart = std::iter::from_fn(|| {
                nfa.try_find_overlapping(&input, &mut state).ok()?;
                state.get_match().map(|m| Hit {
                    start: m.start(),
                    end: m.end(),
                    phrase: self.owners[self.first_apart + m.pattern().as_usize()],
                })
            });
            hits = merge_by_end(hits, apart);
        }
        hits
    }

    /// Appends the patterns of each (end, match state) in `found`. Kept out of
    /// [`hear`](Self::hear)'s loop.
    #[inline(never)]
    fn report(&self, dfa: &Compact, found: &[(usize, usize)], hits: &mut Vec<Hit>) {
        for &(end, state) in found {
            for &p in dfa.matches(state) {
                let p = p as usize;
                hits.push(Hit {
                    start: end - self.lens[p],
                    end,
                    phrase: self.owners[p],
                });
            }
        }
    }
}

/// `first` and `then`, each in end order, as one list in end order; at the same end, `first`'s
/// hits come first (the DFA's patterns precede the ones searched apart).
fn merge_by_end(first: Vec<Hit>, then: impl Iterator<Item = Hit>) -> Vec<Hit> {
    let mut then = then.peekable();
    if then.peek().is_none() {
        return first;
    }
    let mut out = Vec::with_capacity(first.len() + 4);
    for hit in first {
        while let Some(h) = then.next_if(|h| h.end < hit.end) {
            out.push(h);
        }
        out.push(hit);
    }
    out.extend(then);
    out
}

/// The leftmost-longest selection of `hits` (start, end, tag): what a leftmost-longest search
/// for the same patterns reports — where occurrences overlap, the one that starts first, then
/// the longer, wins. In text order.
pub fn leftmost_longest(mut hits: Vec<(usize, usize, usize)>) -> Vec<(usize, usize, usize)> {
    hits.sort_unstable_by_key(|&(start, end, tag)| (start, usize::MAX - end, tag));
    let mut last_end = 0;
    hits.retain(|&(start, end, _)| {
        let keep = start >= last_end;
        if keep {
            last_end = end;
        }
        keep
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_lists_are_heard_in_one_pass() {
        let l = Listened::new("On hold for hours, I want a REFUND");
        let care = l
            .hits
            .iter()
            .filter(|h| matches!(h.phrase, Phrase::Care(_)));
        let cues = l.hits.iter().filter(|h| matches!(h.phrase, Phrase::Cue(_)));
        assert!(care.count() >= 2, "on hold, for hours: {:?}", l.hits);
        assert!(cues.count() >= 2, "on hold, refund: {:?}", l.hits);
        let h = l
            .hits
            .iter()
            .find(|h| &l.heard()[h.start..h.end] == "refund");
        assert!(h.is_some_and(|h| l.starts_word(h.start) && l.ends_word(h.end)));
        assert!(Listened::new("").hits.is_empty());
    }

    /// The leftmost-longest selection of every occurrence is what a leftmost-longest search
    /// reports, and extra patterns are heard beside the phrases.
    #[test]
    fn leftmost_longest_of_all_hits_is_a_leftmost_longest_search() {
        let extra: Vec<String> = ["acme", "acme air", "acmeair", "air", "me a", "a", "ir c"]
            .map(String::from)
            .to_vec();
        let book = PhraseBook::with_extra(&extra);
        let reference = aho_corasick::AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&extra)
            .unwrap();
        for text in [
            "acme air lost my bag",
            "acmeair, acme airlines, acme a air",
            "a aa acme aire ir c acme air c",
            "",
            "no brand here, on hold",
        ] {
            let extra_hits = book
                .hear(text)
                .into_iter()
                .filter_map(|h| match h.phrase {
                    Phrase::Extra(i) => Some((h.start, h.end, i)),
                    _ => None,
                })
                .collect();
            let want: Vec<(usize, usize, usize)> = reference
                .find_iter(text)
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(leftmost_longest(extra_hits), want, "{text:?}");
        }
        let on_hold = book.hear("no brand here, on hold");
        assert!(on_hold.iter().any(|h| matches!(h.phrase, Phrase::Care(_))));
    }

    /// The book's own walk of its DFA reports what the crate's overlapping search reports, in
    /// the same order — with a profile's few terms in the DFA, and with more term bytes than
    /// the DFA takes, searched apart.
    #[test]
    fn hearing_is_an_overlapping_search() {
        let few: Vec<String> = ["acme", "acme air", "me a", "a", "on"]
            .map(String::from)
            .to_vec();
        // Thousands of terms, some ending where the phrases do ("hold", "refund").
        let many: Vec<String> = few
            .iter()
            .cloned()
            .chain(["hold", "d", "refund", "again"].map(String::from))
            .chain((0..3000).map(|i| format!("product line {i:05}")))
            .collect();
        assert!(many.iter().map(String::len).sum::<usize>() > DFA_EXTRA_BYTES);
        for extra in [few, many] {
            let book = PhraseBook::with_extra(&extra);
            assert_eq!(book.apart.is_some(), extra.len() > 5);
            assert_overlapping_search(&book, extra);
        }
    }

    fn assert_overlapping_search(book: &PhraseBook, extra: Vec<String>) {
        let mut patterns: Vec<String> = care::phrase_texts().map(String::from).collect();
        patterns.extend(classify::cue_patterns().map(String::from));
        patterns.extend(extra);
        let reference = aho_corasick::AhoCorasick::new(&patterns).unwrap();
        for text in [
            "on hold for 2 hours, still waiting. i want a refund, never again",
            "acme air lost my bag and cancelled my flight; switching to globex",
            "",
            "a",
            "\u{1F600} caf\u{e9} acme",
            "product line 00042 on hold, acme air: refund again",
        ] {
            // In end order; among hits that end together, any order.
            let in_end_order = |mut hits: Vec<(usize, usize, Phrase)>| {
                assert!(hits.is_sorted_by_key(|h| h.1), "{text:?}: {hits:?}");
                hits.sort_by_key(|&(start, end, p)| (end, start, format!("{p:?}")));
                hits
            };
            let want = reference
                .find_overlapping_iter(text)
                .map(|m| (m.start(), m.end(), book.owners[m.pattern().as_usize()]))
                .collect();
            let got: Vec<(usize, usize, Phrase)> = book
                .hear(text)
                .iter()
                .map(|h| (h.start, h.end, h.phrase))
                .collect();
            assert!(!text.is_empty() || got.is_empty());
            assert_eq!(in_end_order(got), in_end_order(want), "{text:?}");
        }
    }
}
