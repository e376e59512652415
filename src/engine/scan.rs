//! The page's hot path: a whole batch of posts analysed in one call, with a compact numeric
//! result instead of JSON.
//!
//! The content script only needs, per post, what to paint: the priority badge, the highlight
//! colour and the UTF-16 spans of the brand words. [`Engine::scan`] hears every post and judges
//! each that mentions the brand with [`Engine::glance`] — the same numbers as `analyze`, without
//! building the words (reasons, sentiment terms, term names) that only the side panel shows —
//! and writes just that, as 32-bit integers, so the WebAssembly boundary copies two typed arrays
//! and one string instead of building and parsing JSON. The side panel, which shows reasons and
//! drafts, uses the JSON calls for the few posts it lists.
//!
//! **Input.** `texts` is, for every post in turn, its text and then its created-at time as
//! written on the page (RFC 3339, e.g. X's `<time datetime>`; empty when unknown), all
//! concatenated. `utf16_lens` holds [`LENS_PER_POST`] numbers per post: the UTF-16 length (what
//! JavaScript's `.length` gives) of its text, then of its time; so no separator character is
//! needed and any text survives. The time is read by the same parser as `analyze`'s
//! `created_at` (an unparsable one is unknown), so badge and panel agree on the waiting time, and
//! the page need not parse dates itself. `facts` holds [`FACTS_PER_POST`] numbers per post:
//! followers, engagement, verified (1 or 0); `NaN` means unknown.
//!
//! **Output**, appended per post, in order:
//!
//! | field | meaning |
//! |---|---|
//! | priority | 0–100; 0 when the post does not mention the brand itself (it is not judged) |
//! | highlight | index into [`HIGHLIGHTS`] for the post (`earshot-neutral` when not judged) |
//! | n | number of spans; 0 when the post does not mention the brand itself |
//! | n × (start, end, highlight) | UTF-16 span of each heard term in the post's own text; competitor terms get `earshot-competitor` |

use std::fmt;

use super::analyzer::{highlight_index, Engine, Glance, PostFacts, COMPETITOR_HIGHLIGHT};
use super::mention::MentionKind;
use super::sentiment::Label;
use super::text::time::parse_rfc3339;

pub use super::analyzer::HIGHLIGHTS;

/// Numbers per post in a scan's `utf16_lens`: the text's length, then the created-at time's.
pub const LENS_PER_POST: usize = 2;

/// Numbers per post in a scan's `facts`: followers, engagement, verified.
pub const FACTS_PER_POST: usize = 3;

/// Why a scan was refused. Nothing is analysed when the input does not add up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScanError(String);

impl fmt::Display for ScanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ScanError {}

impl Engine {
    /// Analyses the batch described in the [module docs](self) and appends one record per post
    /// to `out`. Fails, with `out` untouched, when the lengths do not split `texts` exactly into
    /// whole characters or `facts` has the wrong length; never panics.
    ///
    /// # Example
    /// ```
    /// use earshot::engine::{settings::parse_settings, Engine};
    /// let engine = Engine::new(parse_settings(r#"{"name": "Acme"}"#).unwrap());
    /// // Each post's text, then its time (the second is unknown).
    /// let pieces = ["😀 Acme lost my bag", "2026-11-22T10:00:00Z", "nice day", ""];
    /// let lens: Vec<u32> = pieces.iter().map(|t| t.encode_utf16().count() as u32).collect();
    /// let mut out = Vec::new();
    /// engine.scan(&pieces.concat(), &lens, &[f64::NAN; 6], None, &mut out).unwrap();
    /// // Post 0: priority, highlight, one span (UTF-16 3..7); post 1: no spans.
    /// assert_eq!((out[2], out[3], out[4]), (1, 3, 7));
    /// assert_eq!(out[8], 0);
    /// ```
    pub fn scan(
        &self,
        texts: &str,
        utf16_lens: &[u32],
        facts: &[f64],
        now_ms: Option<i64>,
        out: &mut Vec<i32>,
    ) -> Result<(), ScanError> {
        if utf16_lens.len() % LENS_PER_POST != 0 {
            return Err(ScanError(format!(
                "expected {LENS_PER_POST} lengths per post, got {}",
                utf16_lens.len()
            )));
        }
        let posts = utf16_lens.len() / LENS_PER_POST;
        if facts.len() != posts * FACTS_PER_POST {
            return Err(ScanError(format!(
                "expected {} facts for {posts} posts, got {}",
                posts * FACTS_PER_POST,
                facts.len()
            )));
        }
        let ends = split(texts, utf16_lens)?;
        let mut start = 0;
        for (piece, f) in ends
            .chunks_exact(LENS_PER_POST)
            .zip(facts.chunks_exact(FACTS_PER_POST))
        {
            let (text_end, time_end) = (piece[0], piece[1]);
            let post = PostFacts {
                created_ms: parse_rfc3339(&texts[text_end..time_end]),
                followers: whole(f[0]).map(|n| n as u64),
                engagement: whole(f[1]).map(|n| n as u64),
                verified: f[2] == 1.0,
            };
            record(&self.glance(&texts[start..text_end], &post, now_ms), out);
            start = time_end;
        }
        Ok(())
    }
}

/// A finite, non-negative number, truncated; anything else is unknown.
fn whole(x: f64) -> Option<f64> {
    (x.is_finite() && x >= 0.0).then(|| x.trunc().min(9.0e15))
}

/// Byte offsets where each piece (a post's text or time) ends, from UTF-16 lengths. An ASCII
/// piece is one byte per unit; any other is walked: a character's lead byte gives its length, and
/// only four-byte characters take two UTF-16 units.
fn split(texts: &str, utf16_lens: &[u32]) -> Result<Vec<usize>, ScanError> {
    let bytes = texts.as_bytes();
    let mut ends = Vec::with_capacity(utf16_lens.len());
    let mut at = 0usize;
    for (i, &len) in utf16_lens.iter().enumerate() {
        // Most pieces are ASCII, one byte per unit: checked a word at a time, no walk.
        let whole = at
            .checked_add(len as usize)
            .and_then(|end| bytes.get(at..end));
        if let Some(piece) = whole {
            if piece.is_ascii() {
                at += piece.len();
                ends.push(at);
                continue;
            }
        }
        let (mut units, len) = (0u64, u64::from(len));
        while units < len {
            // `texts` is UTF-8, so `at` is always at a character's lead byte.
            let (size, width) = match bytes.get(at) {
                None => {
                    return Err(ScanError(format!(
                        "piece {i}: its length runs past the end of the texts"
                    )))
                }
                Some(0..=0x7F) => (1, 1),
                Some(0xC0..=0xDF) => (2, 1),
                Some(0xE0..=0xEF) => (3, 1),
                Some(_) => (4, 2),
            };
            at += size;
            units += width;
        }
        if units > len {
            return Err(ScanError(format!(
                "piece {i}: its length ends inside a character"
            )));
        }
        ends.push(at);
    }
    if at < bytes.len() {
        return Err(ScanError(
            "the lengths do not cover all of the texts".to_string(),
        ));
    }
    Ok(ends)
}

/// Appends `g`'s record (see the module docs).
fn record(g: &Glance, out: &mut Vec<i32>) {
    let Some((priority, label)) = g.verdict else {
        out.extend([0, highlight_index(0, Label::Neutral) as i32, 0]);
        return;
    };
    let post = highlight_index(priority, label) as i32;
    out.extend([i32::from(priority), post, g.heard.len() as i32]);
    for h in &g.heard {
        let colour = if h.kind == MentionKind::Competitor {
            COMPETITOR_HIGHLIGHT as i32
        } else {
            post
        };
        out.extend([h.start as i32, h.end as i32, colour]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::settings::parse_settings;
    use crate::engine::{Analysis, Author, Post};

    fn engine() -> Engine {
        Engine::new(parse_settings(include_str!("../../examples/brand.json")).unwrap())
    }

    fn lens(texts: &[&str]) -> Vec<u32> {
        texts
            .iter()
            .map(|t| t.encode_utf16().count() as u32)
            .collect()
    }

    /// The record `analyze` implies: its priority, colour and spans for a post that mentions
    /// the brand; zero, neutral, no spans for any other.
    fn record_of(a: &Analysis) -> Vec<i32> {
        if !a.mentioned {
            return vec![0, 2, 0];
        }
        let post = highlight_index(a.priority.score, a.sentiment.label) as i32;
        let mut r = vec![i32::from(a.priority.score), post, a.mentions.len() as i32];
        for m in &a.mentions {
            let competitor = m.kind == MentionKind::Competitor;
            r.extend([
                m.start as i32,
                m.end as i32,
                if competitor { 4 } else { post },
            ]);
        }
        r
    }

    /// A scan says exactly what `analyze` says, for every kind of text.
    #[test]
    fn agrees_with_analyze() {
        let texts = [
            "@AcmeAir lost my bag AGAIN. Switching to Globex Airways.",
            "",
            "😀👍🏽 𝐀𝐜𝐦𝐞 𝐀𝐢𝐫 is great",
            "nothing to see here",
            "Ac\u{200B}me Air delayed é\u{301} #AcmeFail",
            "Initech Air was fine, Acme was late",
            "Globex Airways lost my bag, never again",
            "ACME AIR CANCELLED MY FLIGHT!!! my lawyer will hear about this, stranded",
            "@AcmeAir thanks, the crew went above and beyond 😍",
        ];
        let now = parse_rfc3339("2026-11-22T12:00:00Z").unwrap();
        // Each post's time; the last two are unknown and unparsable (no waiting time).
        let times: Vec<String> = (0..texts.len())
            .map(|i| match i {
                7 => String::new(),
                8 => "yesterday".to_string(),
                _ => format!("2026-11-22T{:02}:00:00Z", 12 - i),
            })
            .collect();
        let pieces: Vec<&str> = texts
            .iter()
            .zip(&times)
            .flat_map(|(t, c)| [*t, c.as_str()])
            .collect();
        let facts: Vec<f64> = (0..texts.len())
            .flat_map(|i| [(i * 1000) as f64, f64::NAN, (i % 2) as f64])
            .collect();
        let e = engine();
        let mut out = Vec::new();
        e.scan(
            &pieces.concat(),
            &lens(&pieces),
            &facts,
            Some(now),
            &mut out,
        )
        .unwrap();
        let mut at = 0;
        for (i, text) in texts.iter().enumerate() {
            let post = Post {
                id: i.to_string(),
                text: text.to_string(),
                author: Some(Author {
                    followers: Some((i * 1000) as u64),
                    verified: Some(i % 2 == 1),
                    ..Author::default()
                }),
                created_at: Some(times[i].clone()),
                ..Post::default()
            };
            let want = record_of(&e.analyze(&post, Some(now)));
            assert_eq!(out[at..at + want.len()], want[..], "{text:?}");
            at += want.len();
        }
        assert_eq!(at, out.len());
    }

    #[test]
    fn refuses_input_that_does_not_add_up() {
        let e = engine();
        let cases: &[(&str, &[u32], usize, &str)] = &[
            ("abc", &[4, 0], 3, "runs past the end"),
            ("abc", &[1, u32::MAX], 3, "runs past the end"),
            ("é😀", &[1, 3], 3, "runs past the end"),
            ("😀", &[1, 0], 3, "inside a character"),
            ("😀", &[0, 1], 3, "inside a character"),
            ("abc", &[1, 1], 3, "do not cover"),
            ("éa", &[1, 0], 3, "do not cover"),
            ("abc", &[3], 3, "expected 2 lengths per post"),
            ("abc", &[3, 0], 4, "expected 3 facts"),
        ];
        for (texts, lens, n_facts, want) in cases {
            let mut out = vec![7];
            let err = e
                .scan(texts, lens, &vec![f64::NAN; *n_facts], None, &mut out)
                .unwrap_err();
            assert!(err.to_string().contains(want), "{texts:?}: {err}");
            assert_eq!(out, [7], "nothing written on error");
        }
    }

    #[test]
    fn odd_facts_are_unknown_not_a_crash() {
        let e = engine();
        for bad in [f64::NAN, f64::INFINITY, -1.0, 1e300, -0.0] {
            let mut out = Vec::new();
            e.scan("Acme lost my bag", &[16, 0], &[bad; 3], Some(0), &mut out)
                .unwrap();
            assert!((0..=100).contains(&out[0]), "{bad}");
        }
    }
}
