//! The side panel's view model: what to show for each mention, in which order.
//!
//! Why in Rust: sorting, labels and the split of a post's text into marked segments are
//! decisions, and decisions live in the engine (the panel's JavaScript only creates elements
//! and sets `textContent`). Building the view is cheap, so the service worker rebuilds it from
//! the stored posts whenever the panel asks.

use std::borrow::Cow;

use serde::Serialize;

use super::analysis::{Analysis, Post};
use super::mention::MentionKind;
use super::text::time::parse_rfc3339;

/// One run of a post's text, marked when it is a heard term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Segment {
    /// The text of this run.
    pub text: String,
    /// `brand` for the brand's own terms, `competitor` for a competitor's, absent for plain text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark: Option<&'static str>,
}

/// One mention as the panel shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PanelEntry {
    /// The post's id (the content script's key), for reveal/insert messages.
    pub id: String,
    /// `x`, `facebook`, … when known.
    pub site: String,
    /// Display name, or the handle, or "Unknown author".
    pub author_name: String,
    /// `@handle`, or "" when unknown.
    pub handle: String,
    /// "just now", "12 min ago", "3 h ago", "2 d ago"; "" when the time is unknown.
    pub time_label: String,
    /// "waiting 42 min of 30" against the response target; "" when unknown.
    pub waiting_label: String,
    /// True when the post has waited longer than the response target.
    pub overdue: bool,
    /// The text split into marked and plain runs, in order.
    pub segments: Vec<Segment>,
    /// "Negative", "Neutral" or "Positive".
    pub sentiment_label: String,
    /// Priority 0–100.
    pub priority: u8,
    /// The badge's text ("P72").
    pub badge_text: String,
    /// The badge's class: `urgent`, `high`, `medium` or `low`.
    pub badge_class: &'static str,
    /// The engine's highlight name (`earshot-…`), for the marks' colour.
    pub highlight: &'static str,
    /// Why it scored so, biggest first.
    pub reasons: Vec<Cow<'static, str>>,
    /// What the author wants, for people ("complaint").
    pub intent: String,
    /// Topics, for people ("lost item").
    pub topics: Vec<String>,
    /// Risk flags, for people ("legal threat").
    pub flags: Vec<String>,
    /// The team to hand it to.
    pub department: String,
}

/// Everything the panel renders.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PanelView {
    /// Mentions, most urgent first.
    pub entries: Vec<PanelEntry>,
    /// "3 mentions · 1 overdue" or "No mentions yet".
    pub summary: String,
}

const HIGH: u8 = 50;
const MEDIUM: u8 = 30;

/// Builds the panel's view of analysed posts at `now_ms`: only posts that mention the brand,
/// most urgent first (priority, then overdue, then longest waiting, then input order).
///
/// # Example
/// ```
/// use earshot::engine::{panel::build_view, settings::parse_settings, Engine, Post};
/// let engine = Engine::new(parse_settings(r#"{"name": "Acme"}"#).unwrap());
/// let post = Post { id: "1".into(), text: "Acme lost my bag".into(), ..Post::default() };
/// let a = engine.analyze(&post, None);
/// let view = build_view(&[(post, a)], 0);
/// assert_eq!(view.entries[0].segments[0].text, "Acme");
/// ```
pub fn build_view(items: &[(Post, Analysis)], now_ms: i64) -> PanelView {
    let mut entries: Vec<(usize, u32, PanelEntry)> = items
        .iter()
        .enumerate()
        .filter(|(_, (_, a))| a.mentioned)
        .map(|(i, (p, a))| {
            let waited = a.waiting.map(|w| w.minutes).unwrap_or(0);
            (i, waited, entry(p, a, now_ms))
        })
        .collect();
    // The index breaks every tie: an unstable sort gives the one order (and no second sort's
    // code in the .wasm).
    entries.sort_unstable_by(|a, b| {
        b.2.priority
            .cmp(&a.2.priority)
            .then(b.2.overdue.cmp(&a.2.overdue))
            .then(b.1.cmp(&a.1))
            .then(a.0.cmp(&b.0))
    });
    let overdue = entries.iter().filter(|e| e.2.overdue).count();
    let summary = match (entries.len(), overdue) {
        (0, _) => "No mentions yet".to_string(),
        (1, 0) => "1 mention".to_string(),
        (n, 0) => format!("{n} mentions"),
        (1, o) => format!("1 mention · {o} overdue"),
        (n, o) => format!("{n} mentions · {o} overdue"),
    };
    PanelView {
        entries: entries.into_iter().map(|e| e.2).collect(),
        summary,
    }
}

fn entry(post: &Post, a: &Analysis, now_ms: i64) -> PanelEntry {
    let author = post.author.as_ref();
    let handle = author
        .and_then(|x| x.handle.as_deref())
        .map(str::trim)
        .filter(|h| !h.is_empty())
        .map(|h| {
            if h.starts_with('@') {
                h.to_string()
            } else {
                format!("@{h}")
            }
        })
        .unwrap_or_default();
    let name = author
        .and_then(|x| x.name.as_deref())
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .map(str::to_string)
        .unwrap_or_else(|| {
            if handle.is_empty() {
                "Unknown author".to_string()
            } else {
                handle.clone()
            }
        });
    let time_label = post
        .created_at
        .as_deref()
        .and_then(parse_rfc3339)
        .map(|t| ago(now_ms.saturating_sub(t)))
        .unwrap_or_default();
    let (waiting_label, overdue) = match a.waiting {
        Some(w) => (
            format!("waiting {} of {}", minutes(w.minutes), minutes(w.target)),
            w.minutes > w.target,
        ),
        None => (String::new(), false),
    };
    let p = a.priority.score.min(100);
    // The same threshold as the page highlight, so badge and highlight agree.
    let badge_class = if p >= super::analyzer::URGENT_PRIORITY {
        "urgent"
    } else if p >= HIGH {
        "high"
    } else if p >= MEDIUM {
        "medium"
    } else {
        "low"
    };
    PanelEntry {
        id: post.id.clone(),
        site: post.site.clone().unwrap_or_default(),
        author_name: name,
        handle,
        time_label,
        waiting_label,
        overdue,
        segments: segments(&post.text, a),
        sentiment_label: capitalise(&word(&a.sentiment.label)),
        priority: p,
        badge_text: format!("P{p}"),
        badge_class,
        highlight: a.highlight,
        reasons: a.priority.reasons.clone(),
        intent: word(&a.intent),
        topics: a.topics.iter().map(word).collect(),
        flags: a.flags.iter().map(word).collect(),
        department: a.department.to_string(),
    }
}

/// A serialised enum (`lost_item`) as words for people (`lost item`).
fn word<T: Serialize>(value: &T) -> String {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(s)) => s.replace('_', " "),
        _ => String::new(),
    }
}

fn capitalise(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn minutes(m: u32) -> String {
    if m < 120 {
        format!("{m} min")
    } else {
        format!("{} h {} min", m / 60, m % 60)
    }
}

/// "12 min ago" for an age in milliseconds.
pub fn ago(age_ms: i64) -> String {
    let min = age_ms.max(0) / 60_000;
    match min {
        0 => "just now".to_string(),
        1..=59 => format!("{min} min ago"),
        60..=1439 => format!("{} h ago", min / 60),
        _ => format!("{} d ago", min / 1440),
    }
}

/// Splits `text` at the analysis's UTF-16 mention spans. Spans that are out of range, overlap an
/// earlier span or cut a character in half are ignored, so odd input never panics.
fn segments(text: &str, a: &Analysis) -> Vec<Segment> {
    // Byte index of every UTF-16 offset that falls on a char boundary.
    let byte_at = |u16_off: u32| -> Option<usize> {
        let mut units = 0u32;
        for (i, c) in text.char_indices() {
            if units == u16_off {
                return Some(i);
            }
            if units > u16_off {
                return None;
            }
            units += c.len_utf16() as u32;
        }
        (units == u16_off).then_some(text.len())
    };
    let mut out = Vec::new();
    let mut pos = 0usize;
    for m in &a.mentions {
        let (Some(s), Some(e)) = (byte_at(m.start), byte_at(m.end)) else {
            continue;
        };
        if s < pos || e <= s {
            continue;
        }
        if let (Some(before), Some(marked)) = (text.get(pos..s), text.get(s..e)) {
            if !before.is_empty() {
                out.push(Segment {
                    text: before.to_string(),
                    mark: None,
                });
            }
            out.push(Segment {
                text: marked.to_string(),
                mark: Some(if m.kind == MentionKind::Competitor {
                    "competitor"
                } else {
                    "brand"
                }),
            });
            pos = e;
        }
    }
    if let Some(rest) = text.get(pos..) {
        if !rest.is_empty() {
            out.push(Segment {
                text: rest.to_string(),
                mark: None,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::analysis::Author;
    use crate::engine::settings::parse_settings;
    use crate::engine::Engine;

    fn engine() -> Engine {
        Engine::new(
            parse_settings(
                r#"{"name":"Acme Air","handles":["@AcmeAir"],"competitors":["Globex"],"responseTargetMinutes":30}"#,
            )
            .unwrap(),
        )
    }

    fn post(id: &str, text: &str, created: Option<&str>) -> Post {
        Post {
            id: id.into(),
            text: text.into(),
            created_at: created.map(str::to_string),
            author: Some(Author {
                handle: Some("maria".into()),
                name: Some("Maria Lopez".into()),
                ..Author::default()
            }),
            site: Some("x".into()),
            ..Post::default()
        }
    }

    const NOW: i64 = 1_760_464_992_000; // 2025-10-14T18:03:12Z

    fn view(posts: &[Post]) -> PanelView {
        let e = engine();
        let items: Vec<(Post, Analysis)> = posts
            .iter()
            .map(|p| (p.clone(), e.analyze(p, Some(NOW))))
            .collect();
        build_view(&items, NOW)
    }

    #[test]
    fn segments_mark_the_heard_terms() {
        type Case<'a> = (&'a str, &'a str, &'a [(&'a str, Option<&'a str>)]);
        let cases: &[Case] = &[
            (
                "brand in the middle",
                "hi Acme Air ok",
                &[("hi ", None), ("Acme Air", Some("brand")), (" ok", None)],
            ),
            (
                "emoji before the brand",
                "😀 @AcmeAir",
                &[("😀 ", None), ("@AcmeAir", Some("brand"))],
            ),
            (
                "competitor too",
                "Acme Air vs Globex",
                &[
                    ("Acme Air", Some("brand")),
                    (" vs ", None),
                    ("Globex", Some("competitor")),
                ],
            ),
        ];
        for (name, text, want) in cases {
            let v = view(&[post("1", text, None)]);
            let got: Vec<(&str, Option<&str>)> = v.entries[0]
                .segments
                .iter()
                .map(|s| (s.text.as_str(), s.mark))
                .collect();
            assert_eq!(&got, want, "{name}");
        }
    }

    #[test]
    fn only_mentions_are_listed_and_labels_are_for_people() {
        let v = view(&[
            post("a", "nothing to see", None),
            post("b", "only Globex here", None),
            post("c", "Acme Air lost my bag", Some("2025-10-14T17:21:12Z")),
        ]);
        assert_eq!(v.entries.len(), 1);
        let e = &v.entries[0];
        assert_eq!(e.id, "c");
        assert_eq!(e.author_name, "Maria Lopez");
        assert_eq!(e.handle, "@maria");
        assert_eq!(e.time_label, "42 min ago");
        assert_eq!(e.waiting_label, "waiting 42 min of 30 min");
        assert!(e.overdue);
        assert_eq!(e.badge_text, format!("P{}", e.priority));
        assert!(["Negative", "Neutral", "Positive"].contains(&e.sentiment_label.as_str()));
        assert!(!e.intent.contains('_'));
        assert_eq!(v.summary, "1 mention · 1 overdue");
    }

    #[test]
    fn sorted_by_priority_then_waiting() {
        let e = engine();
        let mk = |id: &str, minutes_ago: i64| {
            let p = post(id, "Acme Air", None);
            let mut a = e.analyze(&p, Some(NOW));
            a.waiting = Some(crate::engine::analysis::Waiting {
                minutes: minutes_ago as u32,
                target: 30,
            });
            (p, a)
        };
        let mut items = vec![mk("new", 1), mk("old", 90), mk("mid", 20)];
        items[2].1.priority.score = 95;
        let v = build_view(&items, NOW);
        let order: Vec<&str> = v.entries.iter().map(|e| e.id.as_str()).collect();
        assert_eq!(order, ["mid", "old", "new"]);
        assert_eq!(v.entries[0].badge_class, "urgent");
    }

    #[test]
    fn odd_spans_never_panic() {
        let e = engine();
        let p = post("1", "é Acme Air", None);
        let mut a = e.analyze(&p, None);
        a.mentions[0].start = 99;
        let v = build_view(&[(p.clone(), a.clone())], NOW);
        assert_eq!(v.entries[0].segments[0].text, "é Acme Air");
        let mut a2 = e.analyze(&p, None);
        a2.mentions[0].start = 0;
        a2.mentions[0].end = 1; // inside nothing odd, but valid
        let v2 = build_view(&[(p, a2)], NOW);
        assert_eq!(v2.entries[0].segments[0].text, "é");
    }

    #[test]
    fn ages_read_naturally() {
        let cases = [
            (0, "just now"),
            (59_999, "just now"),
            (60_000, "1 min ago"),
            (3_600_000, "1 h ago"),
            (90_000_000, "1 d ago"),
            (-5, "just now"),
        ];
        for (ms, want) in cases {
            assert_eq!(ago(ms), want, "{ms}");
        }
    }
}
