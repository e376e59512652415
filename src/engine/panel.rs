//! The side panel's view model: which mentions to show, in what order, with what labels.
//!
//! The panel's JavaScript only turns these plain records into DOM nodes; every decision
//! (order, wording of clocks and badges, which words are marked) is made here so it is tested
//! natively.

use serde::Serialize;

use super::analysis::{Analysis, Post};
use super::mention::MentionKind;
use super::sentiment::Label;
use super::text::time::parse_rfc3339;

/// One piece of a post's text: either plain, or a heard term.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Segment {
    /// The text of this piece.
    pub text: String,
    /// `brand` for a brand term (name, alias, handle, hashtag, product), `competitor` for a
    /// competitor, absent for plain text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mark: Option<&'static str>,
}

/// One mention as the panel lists it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PanelEntry {
    /// The post's key (its `id`), used to reveal it in the page.
    pub key: String,
    /// Display name, or the handle when no name is known.
    pub author_name: String,
    /// `@handle`, or empty.
    pub handle: String,
    /// "just now", "12 min ago", "3 h ago", "2 d ago", or empty when the time is unknown.
    pub time_label: String,
    /// "waiting 42 min of 30", or empty when the time is unknown.
    pub waiting_label: String,
    /// The response target has passed.
    pub overdue: bool,
    /// The text with heard terms marked.
    pub segments: Vec<Segment>,
    /// `negative`, `neutral` or `positive`.
    pub sentiment: Label,
    /// Sentiment badge text, e.g. "negative −0.78".
    pub sentiment_label: String,
    /// Priority 0–100.
    pub priority: u8,
    /// `urgent` (≥ 70), `high` (≥ 50), `normal` (≥ 25) or `low`: the badge's style.
    pub priority_class: &'static str,
    /// Why the priority is what it is.
    pub reasons: Vec<String>,
    /// Intent, topics and flags as short tags ("complaint", "lost item", "churn risk").
    pub tags: Vec<String>,
    /// Who the mention should be handed to.
    pub department: String,
}

/// Builds the panel's entries for the posts that mention the brand, most urgent first (ties: the
/// one waiting longest first, then page order). Posts that do not mention the brand are left out.
pub fn entries(items: &[(Post, Analysis)], now_ms: i64) -> Vec<PanelEntry> {
    let mut out: Vec<(i64, usize, PanelEntry)> = items
        .iter()
        .enumerate()
        .filter(|(_, (_, a))| a.mentioned)
        .map(|(i, (p, a))| {
            let created = p.created_at.as_deref().and_then(parse_rfc3339);
            (created.unwrap_or(i64::MAX), i, entry(p, a, created, now_ms))
        })
        .collect();
    out.sort_by(|a, b| {
        b.2.priority
            .cmp(&a.2.priority)
            .then(a.0.cmp(&b.0))
            .then(a.1.cmp(&b.1))
    });
    out.into_iter().map(|(_, _, e)| e).collect()
}

fn entry(post: &Post, a: &Analysis, created: Option<i64>, now_ms: i64) -> PanelEntry {
    let author = post.author.clone().unwrap_or_default();
    let handle = author
        .handle
        .as_deref()
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
    let author_name = author
        .name
        .as_deref()
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
    let (waiting_label, overdue) = match a.waiting {
        Some(w) => (
            format!("waiting {} of {}", duration(w.minutes), duration(w.target)),
            w.minutes > w.target,
        ),
        None => (String::new(), false),
    };
    let mut tags = vec![a.intent.name().replace('_', " ")];
    tags.extend(a.topics.iter().map(|t| t.name().replace('_', " ")));
    tags.extend(a.flags.iter().map(|f| f.name().replace('_', " ")));
    PanelEntry {
        key: a.id.clone(),
        author_name,
        handle,
        time_label: created
            .map(|c| ago(now_ms.saturating_sub(c)))
            .unwrap_or_default(),
        waiting_label,
        overdue,
        segments: segments(&post.text, a),
        sentiment: a.sentiment.label,
        sentiment_label: format!("{} {}", a.sentiment.label.name(), signed(a.sentiment.score)),
        priority: a.priority.score,
        priority_class: priority_class(a.priority.score),
        reasons: a.priority.reasons.clone(),
        tags,
        department: a.department.clone(),
    }
}

/// The badge style for a priority.
pub fn priority_class(score: u8) -> &'static str {
    match score {
        70.. => "urgent",
        50..=69 => "high",
        25..=49 => "normal",
        _ => "low",
    }
}

/// Splits `text` at the mentions' UTF-16 spans. Spans that fall outside the text or inside a
/// surrogate pair are ignored rather than trusted.
pub fn segments(text: &str, a: &Analysis) -> Vec<Segment> {
    let units: Vec<u16> = text.encode_utf16().collect();
    let mut out = Vec::new();
    let mut pos = 0usize;
    for m in &a.mentions {
        let (start, end) = (m.start as usize, m.end as usize);
        if start < pos || end > units.len() || start >= end {
            continue;
        }
        let (Ok(before), Ok(inside)) = (
            String::from_utf16(&units[pos..start]),
            String::from_utf16(&units[start..end]),
        ) else {
            continue;
        };
        if !before.is_empty() {
            out.push(Segment {
                text: before,
                mark: None,
            });
        }
        let mark = if m.kind == MentionKind::Competitor {
            "competitor"
        } else {
            "brand"
        };
        out.push(Segment {
            text: inside,
            mark: Some(mark),
        });
        pos = end;
    }
    let rest = String::from_utf16_lossy(&units[pos.min(units.len())..]);
    if !rest.is_empty() {
        out.push(Segment {
            text: rest,
            mark: None,
        });
    }
    out
}

/// "45 min", "2 h 5 min", "3 d".
fn duration(minutes: u32) -> String {
    match minutes {
        0..=59 => format!("{minutes} min"),
        60..=1439 if minutes % 60 == 0 => format!("{} h", minutes / 60),
        60..=1439 => format!("{} h {} min", minutes / 60, minutes % 60),
        _ => format!("{} d", minutes / 1440),
    }
}

/// "just now", "12 min ago", "3 h ago", "2 d ago"; a time in the future reads "just now".
fn ago(elapsed_ms: i64) -> String {
    let minutes = elapsed_ms / 60_000;
    match minutes {
        i64::MIN..=0 => "just now".to_string(),
        1..=59 => format!("{minutes} min ago"),
        60..=1439 => format!("{} h ago", minutes / 60),
        _ => format!("{} d ago", minutes / 1440),
    }
}

/// A score with a real minus sign: "−0.78", "+0.45", "0.00".
fn signed(score: f32) -> String {
    if score <= -0.005 {
        format!("\u{2212}{:.2}", -score)
    } else if score >= 0.005 {
        format!("+{score:.2}")
    } else {
        "0.00".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::settings::parse_settings;
    use crate::engine::{Author, Engine};

    fn post(id: &str, text: &str, created: Option<&str>) -> Post {
        Post {
            id: id.into(),
            text: text.into(),
            author: Some(Author {
                handle: Some("maria_l".into()),
                name: Some("Maria Lopez".into()),
                ..Author::default()
            }),
            created_at: created.map(str::to_string),
            ..Post::default()
        }
    }

    fn analysed(posts: Vec<Post>, now: i64) -> Vec<(Post, Analysis)> {
        let engine =
            Engine::new(parse_settings(include_str!("../../examples/brand.json")).unwrap());
        posts
            .into_iter()
            .map(|p| {
                let a = engine.analyze(&p, Some(now));
                (p, a)
            })
            .collect()
    }

    #[test]
    fn only_mentions_listed_and_sorted_by_priority() {
        let now = parse_rfc3339("2026-11-22T12:00:00Z").unwrap();
        let items = analysed(
            vec![
                post(
                    "calm",
                    "Flying Acme Air tomorrow",
                    Some("2026-11-22T11:59:00Z"),
                ),
                post(
                    "none",
                    "the weather is lovely",
                    Some("2026-11-22T11:00:00Z"),
                ),
                post(
                    "angry",
                    "Acme Air cancelled my flight, worst airline, lost my bag",
                    Some("2026-11-22T11:00:00Z"),
                ),
            ],
            now,
        );
        let e = entries(&items, now);
        assert_eq!(
            e.iter().map(|e| e.key.as_str()).collect::<Vec<_>>(),
            vec!["angry", "calm"]
        );
        assert!(e[0].priority >= e[1].priority);
        assert_eq!(e[0].handle, "@maria_l");
        assert_eq!(e[0].time_label, "1 h ago");
        assert_eq!(e[0].waiting_label, "waiting 1 h of 30 min");
        assert!(e[0].overdue);
        assert!(!e[1].overdue);
    }

    #[test]
    fn segments_mark_exactly_the_terms() {
        let items = analysed(vec![post("1", "😀 Acme Air vs Globex Airways", None)], 0);
        let segs = segments(&items[0].0.text, &items[0].1);
        let marked: Vec<(&str, &str)> = segs
            .iter()
            .filter_map(|s| s.mark.map(|m| (s.text.as_str(), m)))
            .collect();
        assert_eq!(
            marked,
            vec![("Acme Air", "brand"), ("Globex Airways", "competitor")]
        );
        assert_eq!(
            segs.iter().map(|s| s.text.as_str()).collect::<String>(),
            items[0].0.text
        );
    }

    #[test]
    fn labels() {
        let cases: &[(u32, &str)] = &[
            (0, "0 min"),
            (59, "59 min"),
            (60, "1 h"),
            (125, "2 h 5 min"),
            (2880, "2 d"),
        ];
        for (m, want) in cases {
            assert_eq!(duration(*m), *want);
        }
        assert_eq!(ago(-5), "just now");
        assert_eq!(ago(12 * 60_000), "12 min ago");
        assert_eq!(signed(-0.781), "\u{2212}0.78");
        assert_eq!(signed(0.001), "0.00");
        assert_eq!(priority_class(70), "urgent");
        assert_eq!(priority_class(24), "low");
    }

    #[test]
    fn missing_author_and_time_are_not_invented() {
        let items = analysed(
            vec![Post {
                id: "x".into(),
                text: "Acme".into(),
                ..Post::default()
            }],
            0,
        );
        let e = entries(&items, 0);
        assert_eq!(e[0].author_name, "Unknown author");
        assert_eq!(e[0].handle, "");
        assert_eq!(e[0].time_label, "");
        assert_eq!(e[0].waiting_label, "");
    }
}
