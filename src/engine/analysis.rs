//! The data that crosses every boundary: a [`Post`] in, an [`Analysis`] out.
//!
//! These are the shapes of the CLI's JSON Lines contract (see README "Command-line tool") and of
//! the WASM `analyze` call. Field names are single words or explicitly renamed so both shells see
//! the same JSON.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::classify::{Flag, Intent, Topic};
use super::mention::Mention;
use super::priority::Priority;
use super::reply::Draft;
use super::sentiment::Sentiment;

/// One post or comment, as the content script extracts it or as a JSON line gives it.
///
/// Only `id` and `text` are required; unknown fields are ignored.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Post {
    /// Caller's identifier, echoed in the analysis (a tweet id, a DOM key, a line id).
    pub id: String,
    /// The post's text exactly as shown; mention spans are UTF-16 offsets into it.
    pub text: String,
    /// Who wrote it, when known.
    #[serde(default)]
    pub author: Option<Author>,
    /// When it was posted, RFC 3339 (`2026-11-22T10:00:00Z`); drives the waiting clock.
    #[serde(default, alias = "created_at")]
    pub created_at: Option<String>,
    /// Where it was seen: `x`, `facebook`, … (affects reply length rules).
    #[serde(default)]
    pub site: Option<String>,
    /// Likes + reposts + replies, when the page shows them.
    #[serde(default)]
    pub engagement: Option<u64>,
}

/// The author of a post.
#[derive(Debug, Clone, Default, Deserialize, Serialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct Author {
    /// `@handle` (with or without the `@`).
    #[serde(default)]
    pub handle: Option<String>,
    /// Display name as shown ("Maria Lopez 🌸 | travel addict").
    #[serde(default)]
    pub name: Option<String>,
    /// Follower count, when known.
    #[serde(default)]
    pub followers: Option<u64>,
    /// Whether the account is verified.
    #[serde(default)]
    pub verified: Option<bool>,
}

/// Minutes a post has waited for an answer, against the brand's response target.
#[derive(Debug, Clone, Copy, Serialize, PartialEq)]
pub struct Waiting {
    /// Whole minutes since the post was created (0 for a post from the future).
    pub minutes: u32,
    /// The brand's response target in minutes.
    pub target: u32,
}

/// Everything the engine concluded about one post.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Analysis {
    /// The post's `id`, echoed.
    pub id: String,
    /// True when at least one mention is of the brand itself (not only of a competitor).
    pub mentioned: bool,
    /// Every brand and competitor term heard, in text order, as UTF-16 spans.
    pub mentions: Vec<Mention>,
    /// Overall tone of the post.
    pub sentiment: Sentiment,
    /// What the author wants.
    pub intent: Intent,
    /// Topics, most relevant first.
    pub topics: Vec<Topic>,
    /// Risk flags.
    pub flags: Vec<Flag>,
    /// Team the mention should be handed to.
    pub department: Cow<'static, str>,
    /// Priority 0–100 with its reasons.
    pub priority: Priority,
    /// Time waiting against the response target, when `created_at` was known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub waiting: Option<Waiting>,
    /// Name of the CSS highlight (`earshot-…`) the extension paints the brand words with.
    pub highlight: &'static str,
    /// Reply drafts, when asked for (`--replies`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub replies: Option<Vec<Draft>>,
}
