//! Reply drafts: three per mention (empathetic, warm, formal), each named, specific to what the
//! post said, acknowledging the feeling before the procedure, with a concrete next step, the
//! brand's signature, no personal data echoed, no promises the policy forbids, and fitting the
//! site (280 weighted on X, ≤ 400 characters on Facebook). A draft that fails the specificity
//! check is not offered: fewer drafts beat generic ones.

pub mod empathy;
pub mod facts;
pub mod faq;
pub mod name;
pub mod next_step;
pub mod pii;
pub mod specificity;
pub mod variety;

use serde::Serialize;

use crate::engine::analysis::{Analysis, Post};
use crate::engine::classify::Intent;
use crate::engine::settings::BrandProfile;
use crate::engine::text::tweet_length::{weighted_length, MAX_WEIGHTED};
use empathy::Feeling;
use facts::Facts;

/// One reply draft.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Draft {
    /// The text, ready to post.
    pub text: String,
    /// Its tone: `empathetic`, `warm`, `formal`.
    pub tone: String,
    /// X weighted length (twitter-text v3) of `text`.
    pub weighted_length: u32,
}

const TONES: [&str; 3] = ["empathetic", "warm", "formal"];
/// Longest draft offered on Facebook (characters).
const FACEBOOK_MAX_CHARS: usize = 400;
/// From this attempt on, a draft adds a distinguishing detail from the post.
const LAST_RESORT_ATTEMPT: u64 = 6;

/// Drafts for `post`, remembering them in `memory` (same post → same drafts; different posts
/// never share a text). Returns 0–3 drafts; every one passes the specificity check.
pub fn compose(
    brand: &BrandProfile,
    memory: &mut variety::Memory,
    post: &Post,
    analysis: &Analysis,
) -> Vec<Draft> {
    let key = variety::seed(&[&post.id, &post.text]);
    if let Some(d) = memory.recall(key) {
        return d;
    }
    let address = address(post);
    let mut brand_terms: Vec<String> = std::iter::once(&brand.name)
        .chain(&brand.aliases)
        .chain(&brand.handles)
        .chain(&brand.hashtags)
        .map(|t| t.to_lowercase().trim_start_matches(['@', '#']).to_string())
        .collect();
    brand_terms.retain(|t| !t.is_empty());
    let facts = facts::extract(&post.text, analysis, &brand.products, &brand_terms);
    let mut feeling = empathy::feeling(&post.text, analysis);
    if feeling == Feeling::Remark && facts.fault {
        // A neutral-sounding report of a fault ("my flight was cancelled") is still bad news.
        feeling = Feeling::Disappointment;
    }
    let post_lower = post.text.to_lowercase();
    let on_facebook = post.site.as_deref() == Some("facebook");
    let pii_tokens: Vec<&str> = post
        .text
        .split_whitespace()
        .filter(|w| pii::is_pii_token(w))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let mut out: Vec<Draft> = Vec::with_capacity(3);
    let Some(address) = address else {
        memory.remember(key, &out);
        return out;
    };
    for (tone, tone_name) in TONES.iter().enumerate() {
        let mut chosen = None;
        let mut attempt = 0u64;
        while attempt < 8 {
            let seed = key.wrapping_add(attempt.wrapping_mul(0x9E37_79B9));
            let last_resort = attempt >= LAST_RESORT_ATTEMPT;
            let mut unspecific = false;
            for with_extra in [true, false] {
                let text = build(
                    brand,
                    analysis,
                    &facts,
                    feeling,
                    &address,
                    tone,
                    seed,
                    last_resort,
                    with_extra,
                    &post.text,
                );
                let weighted = weighted_length(&text);
                let fits = if on_facebook {
                    text.chars().count() <= FACEBOOK_MAX_CHARS
                } else {
                    weighted <= MAX_WEIGHTED
                };
                let leaks = pii_tokens.iter().any(|p| !p.is_empty() && text.contains(p));
                let dup = memory.taken(&text) || out.iter().any(|d| d.text == text);
                let specific = specificity::is_specific(&text, &post_lower, &address, &facts);
                unspecific |= !specific;
                if fits && !leaks && !dup && specific {
                    chosen = Some((text, weighted));
                    break;
                }
            }
            if chosen.is_some() {
                break;
            }
            // Wording variants cannot add a fact: go straight to the last resort.
            attempt = if unspecific && !last_resort {
                LAST_RESORT_ATTEMPT
            } else {
                attempt + 1
            };
        }
        if let Some((text, weighted_length)) = chosen {
            out.push(Draft {
                text,
                tone: (*tone_name).to_string(),
                weighted_length,
            });
        }
    }
    memory.remember(key, &out);
    out
}

/// First name from the display name, else `@handle`.
fn address(post: &Post) -> Option<String> {
    let author = post.author.as_ref()?;
    if let Some(n) = author.name.as_deref().and_then(name::first_name) {
        return Some(n);
    }
    let h = author.handle.as_deref()?.trim().trim_start_matches('@');
    (!h.is_empty()).then(|| format!("@{h}"))
}

/// The specific subject: "your cancelled flight to Denver", "FlexFare", "“lovely sunset”".
fn subject(f: &Facts, feeling: Feeling) -> Option<String> {
    let mut s = match (&f.issue, &f.product) {
        (Some(i), Some(p)) if i.ends_with("problem") => format!("your {p} {i}"),
        (Some(i), _) => format!("your {i}"),
        (None, Some(p)) => p.clone(),
        (None, None) => match (&f.place, &f.duration, &f.key_phrase) {
            (_, Some(d), _) if feeling != Feeling::Delight => {
                format!(
                    "the {} {}",
                    hyphenated(d),
                    if f.hold { "hold" } else { "wait" }
                )
            }
            (_, _, Some(k)) => format!("\u{201C}{k}\u{201D}"),
            (Some(p), _, _) => format!("your trip {p}"),
            _ => return None,
        },
    };
    if let Some(p) = &f.place {
        if f.issue.is_some() || f.product.is_some() {
            s.push(' ');
            s.push_str(p);
        }
    }
    Some(s)
}

#[allow(clippy::too_many_arguments)]
fn build(
    brand: &BrandProfile,
    a: &Analysis,
    f: &Facts,
    feeling: Feeling,
    address: &str,
    tone: usize,
    seed: u64,
    last_resort: bool,
    with_extra: bool,
    post_text: &str,
) -> String {
    let subject = subject(f, feeling).unwrap_or_else(|| "this".into());
    let lines = empathy::lines(feeling)[tone];
    let opener = lines[(seed % lines.len() as u64) as usize].replace("{x}", &subject);
    let greeting = match (tone, seed % 2) {
        (0, 0) => format!("{address}, "),
        (0, _) => format!("Hi {address}, "),
        (1, 0) => format!("Hey {address}! "),
        (1, _) => format!("Hi {address}! "),
        (_, 0) => format!("Hello {address}. "),
        _ => format!("Dear {address}, "),
    };
    let mut text = greeting;
    if text.ends_with(", ") && !(opener.starts_with("I ") || opener.starts_with("I'")) {
        text.push_str(&lowercase_first(&opener));
    } else {
        text.push_str(&opener);
    }
    if with_extra && feeling != Feeling::Delight && f.issue.is_some() {
        if let Some(d) = &f.duration {
            text.push_str(&format!(" {} is far too long to wait.", capitalise(d)));
        }
    }
    text.push(' ');
    let question = a.intent == Intent::Question || post_text.contains('?');
    let faq = if question && !next_step::legal(a) {
        faq::best_match(post_text, &brand.faq)
    } else {
        None
    };
    if let Some(e) = faq {
        text.push_str(&e.answer);
        if !brand.help_url.is_empty() && with_extra {
            text.push_str(&format!(" More: {}", brand.help_url));
        }
    } else if feeling == Feeling::Delight && !next_step::legal(a) {
        let share = if f.photo {
            [
                "Mind if we share your photo?",
                "Would you be happy for us to re-share your photo?",
                "May we share your photo on our page?",
            ]
        } else {
            [
                "I'll pass your words on to the team.",
                "The team will love hearing this.",
                "We'll share this with the team.",
            ]
        };
        text.push_str(share[((seed >> 3) % 3) as usize]);
    } else {
        text.push_str(&next_step::sentence(
            tone,
            a,
            &brand.policy,
            f.reference,
            seed >> 5,
        ));
        if question && !next_step::legal(a) {
            text.push_str(" We'll check and answer rather than guess.");
        }
        if with_extra && !brand.help_url.is_empty() && (tone == 2 || (seed >> 7) % 2 == 0) {
            text.push_str(&format!(" Help: {}", brand.help_url));
        }
    }
    if last_resort {
        // Distinguish with another concrete detail from the post.
        if let Some(k) = f
            .key_phrase
            .as_deref()
            .filter(|k| !text.to_lowercase().contains(*k))
        {
            text.push_str(&format!(" (re: \u{201C}{k}\u{201D})"));
        }
    }
    if !brand.signature.is_empty() {
        text.push(' ');
        text.push_str(&brand.signature);
    }
    text
}

/// "2 hours" → "2-hour", "an hour" → "hour-long".
fn hyphenated(d: &str) -> String {
    match d.split_once(' ') {
        Some(("a" | "an", unit)) => format!("{unit}-long"),
        Some((n, unit)) => format!("{n}-{}", unit.trim_end_matches('s')),
        None => d.to_string(),
    }
}

fn lowercase_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// An empty analysis for unit tests that build their own.
#[cfg(test)]
pub(crate) fn blank_analysis() -> Analysis {
    use crate::engine::priority::Priority;
    use crate::engine::sentiment::{Label, Sentiment};
    Analysis {
        id: "t".into(),
        mentioned: true,
        mentions: vec![],
        sentiment: Sentiment {
            label: Label::Neutral,
            score: 0.0,
            terms: vec![],
        },
        intent: Intent::Other,
        topics: vec![],
        flags: vec![],
        department: "Customer Care".into(),
        priority: Priority {
            score: 0,
            reasons: vec![],
        },
        waiting: None,
        highlight: "earshot-neutral",
        replies: None,
    }
}

#[cfg(test)]
mod tests;
