//! The specificity check: a draft that would fit any post is not offered. A draft passes when
//! it addresses the person (first name or @handle) and contains at least one concrete fact
//! drawn from this post — a word of the issue, product, place, duration or key phrase that is
//! present in the post's own text.

use super::facts::Facts;

/// True when `draft` addresses `address` and carries a fact from the post, given lower-cased
/// as `post_l` (lower-cased once by the caller, as each post is checked several times).
pub fn is_specific(draft: &str, post_l: &str, address: &str, facts: &Facts) -> bool {
    if address.is_empty() || !draft.contains(address) {
        return false;
    }
    let draft_l = draft.to_lowercase();
    let candidates = [
        facts.issue.as_deref(),
        facts.product.as_deref(),
        facts.place.as_deref(),
        facts.duration.as_deref(),
        facts.key_phrase.as_deref(),
    ];
    candidates.into_iter().flatten().any(|fact| {
        fact.split_whitespace()
            .map(|w| w.to_lowercase())
            .filter(|w| {
                w.len() >= 3 && !matches!(w.as_str(), "the" | "your" | "from" | "hours" | "days")
            })
            .any(|w| post_l.contains(&w) && draft_l.contains(&w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let facts = Facts {
            issue: Some("cancelled flight".into()),
            place: Some("to Denver".into()),
            ..Facts::default()
        };
        let post = "my flight to Denver was cancelled";
        let cases: &[(&str, &str, &str, bool)] = &[
            (
                "specific",
                "Maria, sorry about your cancelled flight to Denver. ^JS",
                "Maria",
                true,
            ),
            (
                "generic",
                "Maria, sorry for the trouble. ^JS",
                "Maria",
                false,
            ),
            (
                "no address",
                "Sorry about your cancelled flight. ^JS",
                "Maria",
                false,
            ),
            (
                "handle address",
                "Hi @mlopez, your flight to Denver… ^JS",
                "@mlopez",
                true,
            ),
        ];
        for (name, draft, address, want) in cases {
            assert_eq!(
                is_specific(draft, &post.to_lowercase(), address, &facts),
                *want,
                "{name}"
            );
        }
    }

    #[test]
    fn fact_not_in_post_does_not_count() {
        let facts = Facts {
            issue: Some("cancelled flight".into()),
            ..Facts::default()
        };
        assert!(!is_specific(
            "Maria, your cancelled flight",
            "hello there",
            "Maria",
            &facts
        ));
    }
}
