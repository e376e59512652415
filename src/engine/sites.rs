//! Site adapters as data: what a post is on X and Facebook, expressed as CSS selectors.
//!
//! Why data and not code: X and Facebook change their markup with every deploy, so the knowledge
//! of where a post, its text, its author and its reply box live should sit in one table per site,
//! owned by the engine, reviewed and tested in one place. The content script is generic: it asks
//! the service worker for [`table_for_host`] and walks the page with these selectors.
//!
//! Selectors prefer `data-testid` and ARIA roles over generated class names, and describe
//! structure rather than localized words (Facebook's `aria-label`s are translated). They were
//! checked against real captures: X (October 2025), Facebook desktop "Comet" (2025) and
//! m.facebook.com (2021).

use serde::Serialize;

/// One kind of thing the staffer may need to answer: a post or a comment.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct PostKind {
    /// `post` or `comment`.
    pub kind: &'static str,
    /// The post's root element; it carries `data-earshot-mention`.
    pub root: &'static str,
    /// Candidates for the text container inside the root, first match wins.
    pub text: &'static [&'static str],
    /// Text containers inside an element matching this (within the root) belong to nested
    /// content such as a quoted tweet and are skipped ("" for none).
    pub skip_inside: &'static str,
    /// Elements inside the text container whose text is not the post's ("See more" buttons).
    pub text_skip: &'static str,
    /// The author's display-name element.
    pub author_name: &'static str,
    /// The author's profile link; its path gives the handle.
    pub author_link: &'static str,
    /// Marker of a verified author ("" when the site shows none we can read).
    pub verified: &'static str,
    /// An element with a machine-readable `datetime` attribute ("" when the site has none).
    pub time: &'static str,
    /// Where the site has no `datetime`: an element whose text is the post's relative age
    /// ("2h", "1 yr"; read by `text::time::parse_age`), or "" for none.
    pub age: &'static str,
    /// Candidates for the post's permalink, first match wins.
    pub permalink: &'static [&'static str],
    /// Controls whose `aria-label` (or text) starts with a count: replies, reposts, likes.
    pub engagement: &'static str,
    /// The control that opens this post's reply box ("" when the composer is always open).
    pub reply: &'static str,
}

/// Everything the content script needs to know about one site.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct SiteTable {
    /// Site id: `x` or `facebook`; also the `site` of every extracted post.
    pub site: &'static str,
    /// The site's name for people ("X changed its layout").
    pub name: &'static str,
    /// What to look for, most specific first.
    pub kinds: &'static [PostKind],
    /// The site's reply composer (a rich-text editor keeping its own state).
    pub composer: &'static str,
    /// The site's Post/Reply buttons. Listed so the content script can be checked never to touch
    /// them: Earshot never posts on anyone's behalf.
    pub post_buttons: &'static [&'static str],
    /// Where the posts live when the page has content; if this holds text but no kind matches,
    /// the layout changed and the content script falls back to [`GENERIC`].
    pub content_hint: &'static str,
    /// Reply length limit in weighted characters (X), if the site has one that matters.
    pub reply_limit: Option<u32>,
    /// The plain-text scan to fall back on when no kind matches (always [`GENERIC`]).
    pub generic: PostKind,
}

/// The generic plain-text scan used when a site's selectors stop matching.
pub const GENERIC: PostKind = PostKind {
    kind: "post",
    root: "article, [role=\"article\"], p",
    text: &[":scope"],
    skip_inside: "",
    text_skip: "",
    author_name: "",
    author_link: "",
    verified: "",
    time: "time[datetime]",
    age: "",
    permalink: &["a[href]"],
    engagement: "",
    reply: "",
};

const X_POST: PostKind = PostKind {
    kind: "post",
    root: "article[data-testid=\"tweet\"]",
    text: &["[data-testid=\"tweetText\"]"],
    // A quoted tweet sits inside a focusable role=link block of the quoting article.
    skip_inside: "div[role=\"link\"]",
    text_skip: "",
    author_name: "[data-testid=\"User-Name\"] a[role=\"link\"]",
    author_link: "[data-testid=\"User-Name\"] a[href^=\"/\"]",
    verified: "[data-testid=\"User-Name\"] [data-testid=\"icon-verified\"]",
    time: "a[href*=\"/status/\"] time[datetime]",
    age: "",
    permalink: &["a[href*=\"/status/\"]:has(time)", "a[href*=\"/status/\"]"],
    engagement: "button[data-testid=\"reply\"], button[data-testid=\"retweet\"], button[data-testid=\"like\"]",
    reply: "button[data-testid=\"reply\"]",
};

const X: SiteTable = SiteTable {
    site: "x",
    name: "X",
    kinds: &[X_POST],
    composer: "div[role=\"textbox\"][data-testid^=\"tweetTextarea_\"]",
    post_buttons: &[
        "[data-testid=\"tweetButtonInline\"]",
        "[data-testid=\"tweetButton\"]",
    ],
    content_hint: "main[role=\"main\"], [data-testid=\"primaryColumn\"]",
    reply_limit: Some(280),
    generic: GENERIC,
};

const FB_POST: PostKind = PostKind {
    kind: "post",
    // Facebook marks each feed unit with aria-posinset; role="article" is not always present.
    root: "[aria-posinset]",
    text: &[
        "[data-ad-rendering-role=\"story_message\"]",
        "[data-ad-preview=\"message\"]",
    ],
    skip_inside: "",
    text_skip: "[role=\"button\"]",
    author_name: "[data-ad-rendering-role=\"profile_name\"]",
    author_link: "[data-ad-rendering-role=\"profile_name\"] a[href]",
    verified: "",
    time: "",
    age: "",
    permalink: &[
        "a[href*=\"/posts/\"]",
        "a[href*=\"story_fbid=\"]",
        "a[href*=\"/permalink/\"]",
    ],
    engagement: "",
    reply: "",
};

const FB_COMMENT: PostKind = PostKind {
    kind: "comment",
    // The aria-label ("Comment by …") is localized: match structure instead — an article that is
    // not a feed unit and links to a comment.
    root: "[role=\"article\"]:not([aria-posinset]):has(a[href*=\"comment_id=\"])",
    text: &["span[dir=\"auto\"][lang]", "div[dir=\"auto\"]"],
    skip_inside: "",
    text_skip: "[role=\"button\"]",
    author_name: "a[href*=\"comment_id=\"]:not([aria-hidden=\"true\"])",
    author_link: "a[href*=\"comment_id=\"]",
    verified: "",
    time: "",
    age: "li a[href*=\"comment_id=\"]",
    permalink: &["li a[href*=\"comment_id=\"]", "a[href*=\"comment_id=\"]"],
    // "3 reactions; see who reacted to this" (English, like the age).
    engagement: "[aria-label*=\"reacted to this\"]",
    reply: "",
};

const FACEBOOK: SiteTable = SiteTable {
    site: "facebook",
    name: "Facebook",
    kinds: &[FB_COMMENT, FB_POST],
    composer: "[data-lexical-editor=\"true\"][role=\"textbox\"]",
    post_buttons: &["#focused-state-composer-submit", "form [type=\"submit\"]"],
    content_hint: "[role=\"main\"]",
    reply_limit: None,
    generic: GENERIC,
};

const FB_MOBILE_COMMENT: PostKind = PostKind {
    kind: "comment",
    root: "[data-sigil=\"comment\"]",
    text: &["[data-sigil=\"comment-body\"]"],
    skip_inside: "",
    text_skip: "",
    // The name is the element right before the body.
    author_name: "div:has(+ [data-sigil=\"comment-body\"])",
    author_link: "a[href^=\"/\"]",
    verified: "",
    time: "",
    age: "abbr",
    permalink: &["a[href*=\"comment_id=\"]"],
    engagement: "",
    reply: "",
};

const FB_MOBILE_POST: PostKind = PostKind {
    kind: "post",
    // m.facebook.com feed stories (2021 markup).
    root: "article[data-ft]",
    text: &[".story_body_container > div"],
    skip_inside: "",
    text_skip: "",
    author_name: "header strong",
    author_link: "header a[href^=\"/\"]",
    verified: "",
    time: "",
    age: "",
    permalink: &["a[href*=\"story_fbid=\"]", "a[href*=\"/posts/\"]"],
    engagement: "",
    reply: "",
};

const FACEBOOK_MOBILE: SiteTable = SiteTable {
    site: "facebook",
    name: "Facebook",
    kinds: &[FB_MOBILE_COMMENT, FB_MOBILE_POST],
    composer: "textarea[name=\"comment_text\"]",
    post_buttons: &["button[type=\"submit\"]"],
    content_hint: "#root, #viewport",
    reply_limit: None,
    generic: GENERIC,
};

/// The table for a host name (as in `location.hostname`), if Earshot supports it.
///
/// Matching is case-insensitive and ignores a trailing dot. The hosts are exactly those of the
/// manifest's `host_permissions` (a test checks both stay in step).
///
/// # Example
/// ```
/// use earshot::engine::sites::table_for_host;
/// assert_eq!(table_for_host("x.com").map(|t| t.site), Some("x"));
/// assert!(table_for_host("example.com").is_none());
/// ```
pub fn table_for_host(host: &str) -> Option<SiteTable> {
    let host = host.trim().trim_end_matches('.').to_ascii_lowercase();
    match host.as_str() {
        "x.com" | "twitter.com" | "mobile.twitter.com" => Some(X),
        "www.facebook.com" | "web.facebook.com" => Some(FACEBOOK),
        "m.facebook.com" => Some(FACEBOOK_MOBILE),
        _ => None,
    }
}

/// Every table, for linting.
pub fn all_tables() -> [SiteTable; 3] {
    [X, FACEBOOK, FACEBOOK_MOBILE]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_map_to_the_right_table() {
        let cases: &[(&str, &str, Option<&str>, Option<&str>)] = &[
            (
                "x",
                "x.com",
                Some("x"),
                Some("article[data-testid=\"tweet\"]"),
            ),
            ("twitter", "twitter.com", Some("x"), None),
            ("mobile twitter", "mobile.twitter.com", Some("x"), None),
            ("upper case", "X.COM", Some("x"), None),
            ("trailing dot", "x.com.", Some("x"), None),
            (
                "facebook",
                "www.facebook.com",
                Some("facebook"),
                Some("[aria-posinset]"),
            ),
            ("web facebook", "web.facebook.com", Some("facebook"), None),
            (
                "mobile facebook",
                "m.facebook.com",
                Some("facebook"),
                Some("article[data-ft]"),
            ),
            ("lookalike", "x.com.evil.example", None, None),
            ("subdomain of x", "ads.x.com", None, None),
            ("bare facebook", "facebook.com", None, None),
            ("empty", "", None, None),
        ];
        for (name, host, site, post_root) in cases {
            let t = table_for_host(host);
            assert_eq!(t.map(|t| t.site), *site, "{name}");
            if let (Some(t), Some(root)) = (t, post_root) {
                assert!(
                    t.kinds.iter().any(|k| k.kind == "post" && k.root == *root),
                    "{name}"
                );
            }
        }
    }

    /// Brackets, parentheses and quotes balance: catches a typo before a browser does.
    fn balanced(sel: &str) -> bool {
        let mut stack = Vec::new();
        let mut quote = None;
        for c in sel.chars() {
            match (quote, c) {
                (Some(q), c) if c == q => quote = None,
                (Some(_), _) => {}
                (None, '"' | '\'') => quote = Some(c),
                (None, '[' | '(') => stack.push(c),
                (None, ']') if stack.pop() != Some('[') => return false,
                (None, ')') if stack.pop() != Some('(') => return false,
                _ => {}
            }
        }
        stack.is_empty() && quote.is_none()
    }

    #[test]
    fn every_selector_is_present_and_balanced() {
        let tables: Vec<(String, SiteTable)> = all_tables()
            .into_iter()
            .map(|t| (t.name.to_string(), t))
            .collect();
        for (name, t) in &tables {
            assert!(!t.kinds.is_empty(), "{name}: no kinds");
            for sel in [t.composer, t.content_hint]
                .into_iter()
                .chain(t.post_buttons.iter().copied())
            {
                assert!(!sel.trim().is_empty(), "{name}: empty site selector");
                assert!(balanced(sel), "{name}: unbalanced {sel}");
            }
            for k in t.kinds {
                assert!(["post", "comment"].contains(&k.kind), "{name}: {}", k.kind);
                for sel in [k.root, k.author_name, k.author_link]
                    .into_iter()
                    .chain(k.text.iter().copied())
                    .chain(k.permalink.iter().copied())
                {
                    assert!(!sel.trim().is_empty(), "{name}/{}: empty selector", k.kind);
                    assert!(balanced(sel), "{name}/{}: unbalanced {sel}", k.kind);
                }
                for sel in [
                    k.skip_inside,
                    k.text_skip,
                    k.verified,
                    k.time,
                    k.engagement,
                    k.reply,
                ] {
                    assert!(balanced(sel), "{name}/{}: unbalanced {sel}", k.kind);
                }
            }
        }
        assert!(balanced(GENERIC.root));
        assert!(!balanced("a[href"), "the lint itself must catch a typo");
    }

    #[test]
    fn manifest_hosts_and_tables_agree() {
        let manifest: serde_json::Value =
            serde_json::from_str(include_str!("../../extension/manifest.json")).unwrap();
        let hosts: Vec<String> = manifest["host_permissions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                let h = h.as_str().unwrap();
                h.trim_start_matches("https://")
                    .trim_end_matches("/*")
                    .to_string()
            })
            .collect();
        assert!(!hosts.is_empty());
        for h in &hosts {
            assert!(
                table_for_host(h).is_some(),
                "manifest host {h} has no table"
            );
        }
        for h in [
            "x.com",
            "twitter.com",
            "mobile.twitter.com",
            "www.facebook.com",
            "web.facebook.com",
            "m.facebook.com",
        ] {
            assert!(
                hosts.iter().any(|m| m == h),
                "table host {h} not in manifest"
            );
        }
    }

    #[test]
    fn table_serializes_in_camel_case() {
        let json = serde_json::to_value(table_for_host("x.com").unwrap()).unwrap();
        assert_eq!(json["replyLimit"], 280);
        assert!(json["kinds"][0]["authorName"].is_string());
        assert!(json["postButtons"].is_array());
    }
}
