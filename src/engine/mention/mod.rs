//! Hearing the brand (interim: plain case-insensitive search; replaced by the full matcher).

use serde::Serialize;

use super::settings::BrandProfile;
use super::text::normalize::Folded;

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
    /// The profile term that was heard, as the profile spells it.
    pub term: String,
    /// Which list the term comes from.
    pub kind: MentionKind,
}

/// Finds a brand profile's terms in text.
#[derive(Debug, Clone)]
pub struct Matcher {
    terms: Vec<(String, String, MentionKind)>,
}

impl Matcher {
    /// Builds a matcher for `brand`.
    pub fn new(brand: &BrandProfile) -> Matcher {
        let mut terms = Vec::new();
        let mut add = |list: &[String], kind| {
            for t in list {
                terms.push((t.to_ascii_lowercase(), t.clone(), kind));
            }
        };
        if !brand.name.is_empty() {
            add(std::slice::from_ref(&brand.name), MentionKind::Brand);
        }
        add(&brand.aliases, MentionKind::Alias);
        add(&brand.handles, MentionKind::Handle);
        add(&brand.hashtags, MentionKind::Hashtag);
        add(&brand.products, MentionKind::Product);
        add(&brand.competitors, MentionKind::Competitor);
        Matcher { terms }
    }

    /// Every mention in `text`, in text order, non-overlapping.
    pub fn find(&self, text: &str) -> Vec<Mention> {
        let folded = Folded::new(text);
        let mut out: Vec<Mention> = Vec::new();
        for (needle, term, kind) in &self.terms {
            for (i, _) in folded.text.match_indices(needle.as_str()) {
                let (start, end) = (
                    folded.original_utf16(i),
                    folded.original_utf16(i + needle.len()),
                );
                if !out.iter().any(|m| m.start < end && start < m.end) {
                    out.push(Mention {
                        start,
                        end,
                        term: term.clone(),
                        kind: *kind,
                    });
                }
            }
        }
        out.sort_by_key(|m| m.start);
        out
    }
}
