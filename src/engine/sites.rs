//! Site adapters as data: what a post is on X and on Facebook, and where its parts are.
//!
//! The content script is thin JavaScript that only knows how to apply such a table; all the
//! site knowledge lives here, in one table per site, so a site's markup change is a data change
//! with a test. Selectors prefer `data-testid`, ARIA roles and structural attributes over
//! generated class names (those change with every deploy), and never match localised words:
//! Facebook's comment `aria-label` ("Comment by …", "Comentario de …") is matched by structure.
//!
//! Landmarks come from real captures (X, October 2025; facebook.com "Comet" UI, 2025;
//! m.facebook.com, 2021) — see NOTICE.

use serde::Serialize;

/// How to find one kind of post (a post, a comment) and its parts.
///
/// Every list is tried in order; the first selector that matches inside the post root (and not
/// inside a nested post of the same kind) wins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PostKind {
    /// `post` or `comment`.
    pub kind: &'static str,
    /// Selector of the post's root element (the one that gets `data-earshot-mention`).
    pub root: &'static str,
    /// Selectors of the element holding the post's own text.
    pub text: &'static [&'static str],
    /// Selectors of the element whose text is the author's display name.
    pub author_name: &'static [&'static str],
    /// Selectors of the link to the author's profile; the handle is the link path's first part.
    pub author_link: &'static [&'static str],
    /// Selectors of a `time[datetime]` element (or an element with a `datetime` attribute).
    pub time: &'static [&'static str],
    /// Selectors of the post's permalink.
    pub permalink: &'static [&'static str],
    /// Selectors of the post's reply control (clicked to open the composer; never Post). Empty
    /// where the site has no stable one: Insert then uses the composer inside the post.
    pub reply: &'static [&'static str],
}

/// Everything the content script needs to know about one site.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SiteTable {
    /// Site id as it appears in posts' `site`: `x` or `facebook`.
    pub site: &'static str,
    /// Human name for messages ("X", "Facebook").
    pub label: &'static str,
    /// The kinds of posts on the site, outermost first.
    pub kinds: &'static [PostKind],
    /// Selectors of the site's reply composer (a rich-text editor).
    pub composer: &'static [&'static str],
    /// Selectors of the site's Post/Reply buttons: Earshot never clicks them.
    pub post_buttons: &'static [&'static str],
}

const X_KINDS: &[PostKind] = &[PostKind {
    kind: "post",
    root: r#"article[data-testid="tweet"]"#,
    text: &[r#"[data-testid="tweetText"]"#],
    author_name: &[r#"[data-testid="User-Name"] a[role="link"] span"#],
    author_link: &[r#"[data-testid="User-Name"] a[role="link"][href^="/"]"#],
    time: &[r#"a[href*="/status/"] time[datetime]"#, "time[datetime]"],
    permalink: &[r#"a[href*="/status/"]:has(time)"#, r#"a[href*="/status/"]"#],
    reply: &[r#"button[data-testid="reply"]"#, r#"[data-testid="reply"]"#],
}];

/// X (x.com, twitter.com): a post is `article[data-testid="tweet"]` inside a
/// `[data-testid="cellInnerDiv"]` row; X re-uses those rows while scrolling.
pub const X: SiteTable = SiteTable {
    site: "x",
    label: "X",
    kinds: X_KINDS,
    composer: &[
        r#"div[role="textbox"][data-testid^="tweetTextarea_"]"#,
        r#"div[role="textbox"].public-DraftEditor-content"#,
    ],
    post_buttons: &[
        r#"[data-testid="tweetButtonInline"]"#,
        r#"[data-testid="tweetButton"]"#,
    ],
};

const FACEBOOK_KINDS: &[PostKind] = &[
    PostKind {
        kind: "post",
        // Feed and permalink posts carry aria-posinset; role="article" is common but not always set.
        root: "[aria-posinset]",
        text: &[
            r#"[data-ad-rendering-role="story_message"]"#,
            r#"[data-ad-preview="message"]"#,
            r#"[data-ad-comet-preview="message"]"#,
        ],
        author_name: &[
            r#"[data-ad-rendering-role="profile_name"] a"#,
            r#"[data-ad-rendering-role="profile_name"]"#,
        ],
        author_link: &[r#"[data-ad-rendering-role="profile_name"] a[href]"#],
        time: &["time[datetime]", "abbr[data-utime]"],
        permalink: &[r#"a[href*="/posts/"]"#, r#"a[href*="story_fbid"]"#],
        reply: &[r#"[data-ad-rendering-role="comment_button"]"#],
    },
    PostKind {
        kind: "comment",
        // A comment is a role="article" that links to its author with a comment_id; its
        // aria-label ("Comment by …") is localised, so it is not used.
        root: r#"[role="article"]:not([aria-posinset]):has(a[href*="comment_id="])"#,
        text: &[r#"span[dir="auto"][lang]"#, r#"div[dir="auto"]"#],
        author_name: &[
            r#"a[href*="comment_id="][aria-hidden="false"] span[dir="auto"]"#,
            r#"a[href*="comment_id="] span"#,
        ],
        author_link: &[
            r#"a[href*="comment_id="][aria-hidden="false"]"#,
            r#"a[href*="comment_id="]"#,
        ],
        time: &["time[datetime]", "abbr[data-utime]"],
        permalink: &[r#"ul a[href*="comment_id="]"#],
        // Facebook's "Reply" under a comment is a localised text button with no stable
        // attribute; Insert uses the post's comment composer instead.
        reply: &[],
    },
];

/// Facebook desktop (www.facebook.com, the "Comet" UI) and the other Facebook hosts that serve
/// the same markup.
pub const FACEBOOK: SiteTable = SiteTable {
    site: "facebook",
    label: "Facebook",
    kinds: FACEBOOK_KINDS,
    composer: &[
        r#"[data-lexical-editor="true"][role="textbox"]"#,
        r#"div[contenteditable="true"][role="textbox"]"#,
    ],
    // Facebook sends a comment on Enter; there is no button to avoid, and Earshot never sends keys.
    post_buttons: &[],
};

const FACEBOOK_MOBILE_KINDS: &[PostKind] = &[PostKind {
    kind: "comment",
    root: r#"[data-sigil="comment"]"#,
    text: &[r#"[data-sigil="comment-body"]"#],
    author_name: &["._2b05 a", "h3 a"],
    author_link: &["._2b05 a[href]", "h3 a[href]"],
    time: &["abbr[data-utime]", "abbr"],
    permalink: &[r#"a[href*="comment_id="]"#],
    reply: &[r#"[data-sigil~="comment-reply"]"#],
}];

/// m.facebook.com (the basic mobile site): comments are `[data-sigil="comment"]` with a
/// `[data-sigil="comment-body"]`.
pub const FACEBOOK_MOBILE: SiteTable = SiteTable {
    site: "facebook",
    label: "Facebook",
    kinds: FACEBOOK_MOBILE_KINDS,
    composer: &[r#"textarea[name="comment_text"]"#],
    post_buttons: &[r#"button[type="submit"]"#],
};

/// The table for a host name, or `None` where Earshot does not run.
///
/// # Example
/// ```
/// use earshot::engine::sites::table_for_host;
/// assert_eq!(table_for_host("x.com").unwrap().site, "x");
/// assert!(table_for_host("example.com").is_none());
/// ```
pub fn table_for_host(host: &str) -> Option<&'static SiteTable> {
    match host.trim_end_matches('.').to_ascii_lowercase().as_str() {
        "x.com" | "www.x.com" | "twitter.com" | "www.twitter.com" | "mobile.twitter.com"
        | "mobile.x.com" => Some(&X),
        "www.facebook.com" | "facebook.com" | "web.facebook.com" => Some(&FACEBOOK),
        "m.facebook.com" | "mbasic.facebook.com" => Some(&FACEBOOK_MOBILE),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_map_to_their_tables() {
        let cases: &[(&str, Option<&str>)] = &[
            ("x.com", Some("x")),
            ("twitter.com", Some("x")),
            ("mobile.twitter.com", Some("x")),
            ("X.COM", Some("x")),
            ("www.facebook.com", Some("facebook")),
            ("web.facebook.com", Some("facebook")),
            ("m.facebook.com", Some("facebook")),
            ("facebook.com.evil.example", None),
            ("notx.com", None),
            ("", None),
        ];
        for (host, want) in cases {
            assert_eq!(table_for_host(host).map(|t| t.site), *want, "{host}");
        }
        assert_eq!(table_for_host("m.facebook.com"), Some(&FACEBOOK_MOBILE));
    }

    #[test]
    fn every_selector_list_is_usable() {
        for table in [&X, &FACEBOOK, &FACEBOOK_MOBILE] {
            assert!(
                !table.kinds.is_empty() && !table.composer.is_empty(),
                "{}",
                table.label
            );
            for k in table.kinds {
                assert!(!k.root.trim().is_empty());
                for list in [k.text, k.author_name, k.author_link, k.time, k.permalink] {
                    assert!(!list.is_empty(), "{} {}: empty list", table.label, k.kind);
                    for sel in list {
                        assert!(!sel.trim().is_empty());
                        assert_eq!(sel.matches('[').count(), sel.matches(']').count(), "{sel}");
                        assert_eq!(sel.matches('"').count() % 2, 0, "{sel}");
                    }
                }
            }
        }
    }

    #[test]
    fn tables_serialise_in_camel_case() {
        let json = serde_json::to_string(&X).unwrap();
        assert!(
            json.contains("\"authorName\"") && json.contains("\"postButtons\""),
            "{json}"
        );
    }
}
