//! The phrase DFA laid out again for the byte loop: the same states and transitions as the
//! crate's DFA, in a table half its size.
//!
//! The crate stores each transition as a 32-bit premultiplied state id in rows padded to a power
//! of two (43 byte classes → 64 entries, 256 bytes a state). The search is bound by the cache: the
//! next byte's load waits on this one, and a table of 614 KB does not stay in a 32 KB L1. Here a
//! state id is 16 bits whenever the book has at most 65,536 states (any profile of ordinary size),
//! so a row is 128 bytes and twice as many of the states a text visits stay in the cache; the
//! extra cost is one shift per byte. Larger books keep 32-bit ids.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{dfa, Anchored};
use rustc_hash::FxHashMap;

/// A state id in the table: 16 bits for books of ordinary size, 32 for larger ones.
pub(super) trait Id: Copy {
    /// The id as an index.
    fn index(self) -> usize;
    /// The id of state `i`, when it fits.
    fn of(i: usize) -> Option<Self>;
}

impl Id for u16 {
    #[inline(always)]
    fn index(self) -> usize {
        usize::from(self)
    }
    fn of(i: usize) -> Option<u16> {
        u16::try_from(i).ok()
    }
}

impl Id for u32 {
    #[inline(always)]
    fn index(self) -> usize {
        self as usize
    }
    fn of(i: usize) -> Option<u32> {
        u32::try_from(i).ok()
    }
}

/// The transitions of a [`Compact`] DFA, with ids of the width the book needs.
#[derive(Debug, Clone)]
pub(super) enum Transitions {
    /// At most 65,536 states.
    Narrow(Vec<u16>),
    /// More.
    Wide(Vec<u32>),
}

/// A copy of an unanchored overlapping DFA: states numbered with the match states first, rows
/// indexed by byte class.
#[derive(Debug, Clone)]
pub(super) struct Compact {
    /// The class of every byte: bytes no pattern tells apart share one.
    classes: [u8; 256],
    /// Row stride as a shift: state `s`'s transition on class `c` is at `s << shift | c`.
    shift: u32,
    pub(super) next: Transitions,
    /// The unanchored start state.
    start: usize,
    /// States below this id are match states.
    matching: usize,
    /// Match state `s` reports `patterns[ends[s - 1]..ends[s]]` (from 0 for state 0).
    ends: Vec<u32>,
    /// Pattern indices of the match states, in the DFA's own order.
    patterns: Vec<u32>,
    /// The longest pattern's length in bytes: no state remembers more of the text than that.
    depth: usize,
}

/// Matches gathered for one lane of [`Compact::walk`] before they are reported.
struct Found {
    pairs: [(usize, usize); 8],
    n: usize,
}

impl Found {
    fn new() -> Found {
        Found {
            pairs: [(0, 0); 8],
            n: 0,
        }
    }

    fn is_full(&self) -> bool {
        self.n == self.pairs.len()
    }

    /// Adds (end, state), reporting the batch first when it is full.
    #[inline(always)]
    fn push(&mut self, end: usize, s: usize, report: &mut impl FnMut(&[(usize, usize)])) {
        if self.is_full() {
            self.flush(report);
        }
        self.pairs[self.n] = (end, s);
        self.n += 1;
    }

    fn flush(&mut self, report: &mut impl FnMut(&[(usize, usize)])) {
        report(&self.pairs[..self.n]);
        self.n = 0;
    }
}

impl Compact {
    /// Copies `dfa` (built with `MatchKind::Standard` over `patterns`), with 32-bit ids when
    /// `wide` or when the states do not fit 16 bits. `None` when the DFA has no unanchored start.
    pub(super) fn new(dfa: &dfa::DFA, patterns: &[&str], wide: bool) -> Option<Compact> {
        // A byte that is in no pattern leads where any other such byte does: one class for all
        // of them, and one for each byte the patterns use. Each class is walked by one byte.
        let mut classes = [0u8; 256];
        let mut by_class = vec![None];
        for p in patterns {
            for &b in p.as_bytes() {
                if classes[usize::from(b)] == 0 {
                    classes[usize::from(b)] = u8::try_from(by_class.len()).ok()?;
                    by_class.push(Some(b));
                }
            }
        }
        let other = (0..=255u8).find(|&b| classes[usize::from(b)] == 0);
        by_class[0] = other;
        let shift = by_class.len().next_power_of_two().trailing_zeros();
        let start = dfa.start_state(Anchored::No).ok()?;
        // Every reachable state, breadth-first.
        let mut states = vec![start];
        let mut id: FxHashMap<StateID, usize> = FxHashMap::from_iter([(start, 0)]);
        let mut i = 0;
        while i < states.len() {
            for &b in by_class.iter().flatten() {
                let next = dfa.next_state(Anchored::No, states[i], b);
                id.entry(next).or_insert_with(|| {
                    states.push(next);
                    states.len() - 1
                });
            }
            i += 1;
        }
        // Match states first, so that one comparison tells them (each group in its order).
        let (mut matching, other): (Vec<StateID>, Vec<StateID>) =
            states.into_iter().partition(|&s| dfa.is_match(s));
        matching.extend(other);
        let states = matching;
        for (i, s) in states.iter().enumerate() {
            id.insert(*s, i);
        }
        let mut rows = vec![0usize; states.len() << shift];
        for (i, &s) in states.iter().enumerate() {
            for (c, b) in by_class.iter().enumerate() {
                if let Some(b) = b {
                    rows[i << shift | c] = id[&dfa.next_state(Anchored::No, s, *b)];
                }
            }
        }
        let narrow = (!wide)
            .then(|| {
                rows.iter()
                    .map(|&r| u16::of(r))
                    .collect::<Option<Vec<u16>>>()
            })
            .flatten();
        let next = match narrow {
            Some(narrow) => Transitions::Narrow(narrow),
            None => Transitions::Wide(rows.iter().map(|&r| u32::of(r)).collect::<Option<_>>()?),
        };
        let matching = states.iter().take_while(|&&s| dfa.is_match(s)).count();
        let mut ends = Vec::with_capacity(matching);
        let mut reported = Vec::new();
        for &s in &states[..matching] {
            for k in 0..dfa.match_len(s) {
                reported.push(dfa.match_pattern(s, k).as_u32());
            }
            ends.push(u32::try_from(reported.len()).ok()?);
        }
        Some(Compact {
            classes,
            shift,
            next,
            start: id[&start],
            matching,
            ends,
            patterns: reported,
            depth: patterns.iter().map(|p| p.len()).max().unwrap_or(0),
        })
    }

    /// Walks `text` through `next` (this DFA's transitions) and calls `report` with the match
    /// states it passes, as (byte offset where their patterns end, state) pairs in text order
    /// (see [`matches`](Self::matches)). They are gathered a few at a time so that the loop
    /// makes no call: it then keeps its values in registers.
    ///
    /// Each byte's transition waits on the one before (a load from the table), so one walk is
    /// bound by the load's latency, not by the work. A text long enough is walked as two lanes
    /// in one loop, whose loads overlap: lane A from the start to `mid`, lane B from `depth`
    /// bytes before `mid` to the end. A state stands for the longest stretch just read that
    /// begins some pattern, never longer than `depth`; so once lane B has read `depth` bytes its
    /// states are those of a single walk, and it reports the matches that end after `mid`.
    #[inline(always)]
    pub(super) fn walk<T: Id>(
        &self,
        next: &[T],
        text: &[u8],
        mut report: impl FnMut(&[(usize, usize)]),
    ) {
        let (classes, shift, matching, depth) =
            (&self.classes, self.shift, self.matching, self.depth);
        // Every row has a cell for every class: the lookup never misses.
        let step = |s: usize, byte: u8| {
            let c = usize::from(classes[usize::from(byte)]);
            next.get(s << shift | c).map_or(s, |n| n.index())
        };
        let (mut a, mut b) = (Found::new(), Found::new());
        let (mut sa, mut sb) = (self.start, self.start);
        // Two lanes only where each is well shorter than the text; else lane B is empty.
        let two = text.len() >= 2 * depth.max(8);
        let mid = if two {
            (text.len() + depth) / 2
        } else {
            text.len()
        };
        let lane_a = &text[..mid];
        let lane_b = if two { &text[mid - depth..] } else { &[] };
        let b_end = |i: usize| mid - depth + i + 1;
        let mut i = 0;
        // Lane B's matches wait until lane A's are reported; should B gather more than one
        // batch, lane A finishes alone first. (Lane B is never the shorter one.)
        while i < lane_a.len().min(lane_b.len()) && !b.is_full() {
            sa = step(sa, lane_a[i]);
            sb = step(sb, lane_b[i]);
            if sa < matching {
                a.push(i + 1, sa, &mut report);
            }
            if sb < matching && i >= depth {
                b.push(b_end(i), sb, &mut report);
            }
            i += 1;
        }
        for (at, &byte) in lane_a.iter().enumerate().skip(i) {
            sa = step(sa, byte);
            if sa < matching {
                a.push(at + 1, sa, &mut report);
            }
        }
        a.flush(&mut report);
        for (at, &byte) in lane_b.iter().enumerate().skip(i) {
            sb = step(sb, byte);
            if sb < matching && at >= depth {
                b.push(b_end(at), sb, &mut report);
            }
        }
        b.flush(&mut report);
    }

    /// The pattern indices match state `s` reports.
    pub(super) fn matches(&self, s: usize) -> &[u32] {
        let from = match s {
            0 => 0,
            _ => self.ends.get(s - 1).map_or(0, |&e| e as usize),
        };
        let to = self.ends.get(s).map_or(from, |&e| e as usize);
        self.patterns.get(from..to).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasick, MatchKind};

    /// What the copy reports, as (start, end, pattern), in report order.
    fn heard(c: &Compact, patterns: &[&str], text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        let report = |found: &[(usize, usize)]| {
            for &(end, state) in found {
                for &p in c.matches(state) {
                    let p = p as usize;
                    out.push((end - patterns[p].len(), end, p));
                }
            }
        };
        match &c.next {
            Transitions::Narrow(next) => c.walk(next, text.as_bytes(), report),
            Transitions::Wide(next) => c.walk(next, text.as_bytes(), report),
        }
        out
    }

    /// Narrow and wide copies report exactly what the crate's overlapping search reports, for
    /// patterns over a few bytes and over more than 64 byte classes (non-Latin scripts), with
    /// more matches at one place than one batch of reports holds, in texts walked as one lane
    /// and as two (with more matches after the split than a batch holds, and without).
    #[test]
    fn copies_search_as_the_crate_does() {
        let greek = "αβγδεζηθικλμνξοπρστυφχψω ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ";
        let many: Vec<String> = (1..=12).map(|n| "a".repeat(n)).collect();
        let cases: Vec<(Vec<&str>, Vec<String>)> = vec![
            (
                vec!["acme", "acme air", "me a", "a", "on hold", "hold", "d"],
                vec![
                    "acme air on hold, hold on".into(),
                    String::new(),
                    "zzz".into(),
                    "acme air on hold, hold on ".repeat(6),
                ],
            ),
            (
                greek
                    .split(' ')
                    .chain(["日本航空", "東京", "café", "naïve"])
                    .collect(),
                vec![
                    format!("{greek} 日本航空で東京へ café naïve"),
                    "\u{1F600} caf\u{e9} δ".into(),
                ],
            ),
            (
                many.iter().map(String::as_str).collect(),
                vec!["a".repeat(40), "b aaa b".into(), "a".repeat(100)],
            ),
        ];
        for (patterns, texts) in &cases {
            let dfa = dfa::Builder::new()
                .match_kind(MatchKind::Standard)
                .prefilter(false)
                .build(patterns)
                .unwrap();
            let reference = AhoCorasick::new(patterns).unwrap();
            for wide in [false, true] {
                let c = Compact::new(&dfa, patterns, wide).unwrap();
                assert_eq!(matches!(c.next, Transitions::Wide(_)), wide);
                for text in texts {
                    let want: Vec<(usize, usize, usize)> = reference
                        .find_overlapping_iter(text.as_str())
                        .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                        .collect();
                    assert_eq!(heard(&c, patterns, text), want, "{text:?} wide={wide}");
                }
            }
        }
        // Every length from none to well past the two-lane threshold, every split point: texts
        // drawn from the patterns' own letters, so matches are dense and straddle the split.
        let patterns = [
            "acme",
            "acme air",
            "me a",
            "on hold",
            "hold",
            "d",
            "air on hold now",
        ];
        let dfa = dfa::Builder::new().build(patterns).unwrap();
        let c = Compact::new(&dfa, &patterns, false).unwrap();
        let reference = AhoCorasick::new(patterns).unwrap();
        let letters = b"acme ironhldw";
        let mut seed = 7u32;
        for len in 0..160 {
            let text: String = (0..len)
                .map(|_| {
                    seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    char::from(letters[(seed >> 16) as usize % letters.len()])
                })
                .collect();
            let want: Vec<(usize, usize, usize)> = reference
                .find_overlapping_iter(text.as_str())
                .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                .collect();
            assert_eq!(heard(&c, &patterns, &text), want, "{text:?}");
        }
        // Greek, Japanese and the Latin letters need more than 64 classes: rows of 128.
        let wide_alphabet: Vec<&str> = cases[1]
            .0
            .iter()
            .copied()
            .chain(["the quick brown fox jumps over lazy dogs"])
            .collect();
        let dfa = dfa::Builder::new().build(&wide_alphabet).unwrap();
        assert!(Compact::new(&dfa, &wide_alphabet, false).unwrap().shift >= 7);
    }
}
