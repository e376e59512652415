//! Matching a question to the brand's FAQ on-device: content-token overlap (stop words removed,
//! plural `s` folded) with a threshold, so an answer is only quoted when it really fits.

use super::facts::is_stop;
use crate::engine::settings::FaqEntry;

fn tokens(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.len() >= 3 && !is_stop(w))
        .map(|w| {
            if w.len() > 3 && w.ends_with('s') {
                w[..w.len() - 1].to_string()
            } else {
                w
            }
        })
        .collect()
}

/// The best-fitting FAQ entry for `text`: at least two shared content tokens covering at least
/// half of the question's content tokens.
pub fn best_match<'a>(text: &str, faq: &'a [FaqEntry]) -> Option<&'a FaqEntry> {
    let post = tokens(text);
    faq.iter()
        .filter_map(|e| {
            let q = tokens(&e.question);
            let shared = q.iter().filter(|t| post.contains(t)).count();
            let ok = shared >= 2 && shared * 2 >= q.len();
            ok.then_some((shared * 100 / q.len().max(1), e))
        })
        .max_by_key(|(s, _)| *s)
        .map(|(_, e)| e)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let faq = vec![
            FaqEntry {
                question: "How much is a checked bag?".into(),
                answer: "A".into(),
            },
            FaqEntry {
                question: "Can I change my flight?".into(),
                answer: "B".into(),
            },
        ];
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "bag price",
                "@AcmeAir how much for checked bags on Basic?",
                Some("A"),
            ),
            (
                "change flight",
                "can I change my flight to Friday?",
                Some("B"),
            ),
            ("one shared word only", "my flight is late", None),
            ("unrelated", "do you have wifi on board?", None),
        ];
        for (name, text, want) in cases {
            assert_eq!(
                best_match(text, &faq).map(|e| e.answer.as_str()),
                *want,
                "{name}"
            );
        }
    }
}
