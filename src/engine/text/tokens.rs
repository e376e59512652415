//! Splitting text into words, shared by hearing, judging and classification.

/// Byte ranges of the runs of alphanumeric characters in `text` (its words, without
/// punctuation). Allocates one vector.
///
/// # Example
/// ```
/// use earshot::engine::text::tokens::word_spans;
/// let t = "Acme's app, #down!";
/// let words: Vec<&str> = word_spans(t).into_iter().map(|(s, e)| &t[s..e]).collect();
/// assert_eq!(words, ["Acme", "s", "app", "down"]);
/// ```
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    if text.is_ascii() {
        word_spans_ascii(text.as_bytes())
    } else {
        word_spans_by_char(text)
    }
}

/// [`word_spans`] for ASCII text (most posts): bytes are characters, so one tight loop over
/// the bytes, no decoding.
fn word_spans_ascii(b: &[u8]) -> Vec<(usize, usize)> {
    // Words are separated, so there are at most half as many as bytes: one allocation.
    let mut out = Vec::with_capacity(b.len().div_ceil(2));
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_alphanumeric() {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i].is_ascii_alphanumeric() {
            i += 1;
        }
        out.push((start, i));
    }
    out
}

/// [`word_spans`] for any text, character by character.
fn word_spans_by_char(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(text.len().div_ceil(2));
    let mut start = None;
    for (i, c) in text.char_indices() {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// VADER's tokens: the text split on whitespace, each token stripped of surrounding ASCII
/// punctuation unless that would leave two characters or fewer (so emoticons such as `:)` and
/// `<3` survive).
pub fn vader_tokens(text: &str) -> impl Iterator<Item = &str> {
    let tokens = if text.is_ascii() {
        Whitespace::Ascii(text)
    } else {
        Whitespace::Unicode(text.split_whitespace())
    };
    tokens.map(vader_strip)
}

/// `str::split_whitespace`, without decoding characters when the text is ASCII (Unicode's
/// White_Space within ASCII is exactly tab, LF, VT, FF, CR and space).
enum Whitespace<'a> {
    /// What is left of an ASCII text.
    Ascii(&'a str),
    Unicode(std::str::SplitWhitespace<'a>),
}

impl<'a> Iterator for Whitespace<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Whitespace::Unicode(words) => words.next(),
            Whitespace::Ascii(rest) => {
                let space = |b: &u8| matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
                let bytes = rest.as_bytes();
                let start = bytes.iter().position(|b| !space(b))?;
                let end = bytes[start..]
                    .iter()
                    .position(space)
                    .map_or(bytes.len(), |n| start + n);
                // ASCII: every byte offset is a character boundary.
                let word = &rest[start..end];
                *rest = &rest[end..];
                Some(word)
            }
        }
    }
}

/// VADER's punctuation rule for one token: strip surrounding ASCII punctuation unless that
/// leaves two characters or fewer (`"great!!"` → `great`, `:-)` stays `:-)`). Idempotent.
pub fn vader_strip(token: &str) -> &str {
    // ASCII bytes never occur inside a multi-byte character, so trimming bytes keeps the
    // boundaries of the characters left.
    let bytes = token.as_bytes();
    match (bytes.first(), bytes.last()) {
        // Most tokens: nothing to strip.
        (Some(a), Some(z)) if !a.is_ascii_punctuation() && !z.is_ascii_punctuation() => {
            return token;
        }
        _ => {}
    }
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_punctuation())
        .unwrap_or(bytes.len());
    let end = bytes
        .iter()
        .rposition(|b| !b.is_ascii_punctuation())
        .map_or(start, |i| i + 1);
    let stripped = &token[start..end];
    // Two characters take at most eight bytes; only short remainders need counting.
    if stripped.len() <= 2 || (stripped.len() <= 8 && stripped.chars().count() <= 2) {
        token
    } else {
        stripped
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vader_tokens_keep_emoticons() {
        let got: Vec<&str> = vader_tokens("Great!!! :) <3 (really) ok, no. :-) ;-D").collect();
        assert_eq!(
            got,
            ["Great", ":)", "<3", "really", "ok,", "no.", ":-)", ";-D"]
        );
    }

    #[test]
    fn vader_strip_matches_the_char_rule() {
        let reference = |t: &str| {
            let stripped = t.trim_matches(|c: char| c.is_ascii_punctuation());
            if stripped.chars().count() <= 2 {
                t.to_string()
            } else {
                stripped.to_string()
            }
        };
        for t in [
            "",
            "!",
            "!!",
            "ok,",
            "great!!",
            "(really)",
            ":-)",
            "<3",
            "é!",
            "éé!!",
            "ééé!",
            "😀😀!",
            "😀😀😀",
            "'n't'",
            "...abc...",
            "a.b",
            "\u{301}x!",
        ] {
            assert_eq!(vader_strip(t), reference(t), "{t:?}");
            assert_eq!(
                vader_strip(vader_strip(t)),
                vader_strip(t),
                "idempotent: {t:?}"
            );
        }
    }

    /// The ASCII fast paths split exactly as the character-by-character rules do.
    #[test]
    fn ascii_fast_paths_agree_with_unicode_rules() {
        for text in [
            "",
            "  a  b\tc\nd\x0Be\x0Cf\rg ",
            "\x1Fx\x1Cy",
            "Acme's app, #down! @AcmeAir_2 ok...",
            "one",
        ] {
            let slow: Vec<&str> = text.split_whitespace().map(vader_strip).collect();
            assert_eq!(vader_tokens(text).collect::<Vec<_>>(), slow, "{text:?}");
            assert_eq!(word_spans(text), word_spans_by_char(text), "{text:?}");
        }
    }

    #[test]
    fn word_spans_handle_unicode_and_edges() {
        for (text, n) in [
            ("", 0),
            ("   ", 0),
            ("é", 1),
            ("a-b", 2),
            ("😀x😀", 1),
            ("ab", 1),
        ] {
            assert_eq!(word_spans(text).len(), n, "{text:?}");
        }
    }
}
