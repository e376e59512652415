//! Folding text for matching, with a map back to the original.
//!
//! People write brand names in every way Unicode allows: `𝐀𝐜𝐦𝐞` (mathematical bold),
//! `Ａｃｍｅ` (fullwidth), `Acmé`, `Ac\u{200B}me`. Folding turns each into `acme` so one set of
//! patterns hears them all, while every folded byte remembers which UTF-16 code units of the
//! original it came from, so a match becomes a span the browser can highlight.
//!
//! Folding, per character: drop zero-width and invisible format characters (ZWSP, ZWNJ, ZWJ,
//! word joiner, BOM, soft hyphen, variation selectors) and combining marks; apply compatibility
//! decomposition (NFKD, so 𝐀 → A, Ａ → A, é → e + ◌́); lower-case. Pure ASCII text takes a fast
//! path with no per-character bookkeeping.

use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// Text folded for matching, with a map back to UTF-16 offsets of the original.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// For each byte of `text`: (UTF-16 start, UTF-16 end) of the original character it came
    /// from. Empty when the original is ASCII, where byte offsets and UTF-16 offsets coincide.
    map: Vec<(u32, u32)>,
    /// Length of the original in UTF-16 code units.
    utf16_len: u32,
}

/// Characters that are invisible in text and only split or decorate words.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{00AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}')
}

impl Folded {
    /// Folds `original`. Never panics; linear in the length of the text.
    ///
    /// # Example
    /// ```
    /// use earshot::engine::text::normalize::Folded;
    /// let f = Folded::new("Fly 𝐀𝐜𝐦𝐞!");
    /// assert_eq!(f.text, "fly acme!");
    /// // "acme" is bytes 4..8 of the folded text and UTF-16 units 4..12 of the original.
    /// assert_eq!((f.start_utf16(4), f.end_utf16(8)), (4, 12));
    /// ```
    pub fn new(original: &str) -> Folded {
        if original.is_ascii() {
            return Folded {
                text: original.to_ascii_lowercase(),
                map: Vec::new(),
                utf16_len: original.len() as u32,
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut map = Vec::with_capacity(original.len());
        let mut pos = 0u32;
        for c in original.chars() {
            let end = pos + c.len_utf16() as u32;
            if c.is_ascii() {
                text.push(c.to_ascii_lowercase());
                map.push((pos, end));
            } else if !is_invisible(c) && !is_combining_mark(c) {
                decompose_compatible(c, |d| {
                    if is_combining_mark(d) || is_invisible(d) {
                        return;
                    }
                    for l in d.to_lowercase() {
                        text.push(l);
                        map.extend(std::iter::repeat_n((pos, end), l.len_utf8()));
                    }
                });
            }
            pos = end;
        }
        Folded {
            text,
            map,
            utf16_len: pos,
        }
    }

    /// UTF-16 offset in the original where the folded character at byte `byte` starts
    /// (`byte == text.len()` gives the original's length).
    pub fn start_utf16(&self, byte: usize) -> u32 {
        if self.map.is_empty() {
            return (byte as u32).min(self.utf16_len);
        }
        self.map.get(byte).map_or(self.utf16_len, |m| m.0)
    }

    /// UTF-16 offset in the original just after the folded character that ends at byte `byte`
    /// (exclusive end of a match). Invisible characters after it are not included.
    pub fn end_utf16(&self, byte: usize) -> u32 {
        if self.map.is_empty() {
            return (byte as u32).min(self.utf16_len);
        }
        match byte.checked_sub(1).and_then(|b| self.map.get(b)) {
            Some(m) => m.1,
            None => 0,
        }
    }

    /// Length of the original text in UTF-16 code units.
    pub fn utf16_len(&self) -> u32 {
        self.utf16_len
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_the_ways_people_write() {
        let cases: &[(&str, &str, &str)] = &[
            ("ascii", "Hello ACME", "hello acme"),
            ("bold math", "𝐀𝐜𝐦𝐞", "acme"),
            ("italic math", "𝘈𝘤𝘮𝘦", "acme"),
            ("script math", "𝒜𝒸𝓂ℯ", "acme"),
            ("fraktur", "𝔄𝔠𝔪𝔢", "acme"),
            ("double-struck", "𝔸𝕔𝕞𝕖", "acme"),
            ("fullwidth", "Ａｃｍｅ", "acme"),
            ("precomposed accent", "Acmé", "acme"),
            ("combining accent", "Acme\u{301}", "acme"),
            ("zero-width space", "Ac\u{200B}me", "acme"),
            ("zero-width joiner", "Ac\u{200D}me", "acme"),
            ("soft hyphen", "Ac\u{AD}me", "acme"),
            ("bom", "\u{FEFF}Acme", "acme"),
            ("ligature", "ﬁne", "fine"),
            ("curly apostrophe kept", "Acme’s", "acme’s"),
            ("fullwidth at", "＠AcmeAir", "@acmeair"),
            ("german sharp s", "Straße", "straße"),
            ("emoji kept", "Acme 😀", "acme 😀"),
            ("circled letters", "ⓐⓒⓜⓔ", "acme"),
        ];
        for (name, input, want) in cases {
            assert_eq!(Folded::new(input).text, *want, "{name}");
        }
    }

    #[test]
    fn spans_map_back_to_utf16_of_the_original() {
        // "😀 𝐀𝐜𝐦𝐞 x": the emoji and each math letter are two UTF-16 units.
        let f = Folded::new("😀 𝐀𝐜𝐦𝐞 x");
        let start = f.text.find("acme").unwrap();
        assert_eq!(f.start_utf16(start), 3);
        assert_eq!(f.end_utf16(start + 4), 11);
        assert_eq!(f.utf16_len(), 13);
        // A zero-width space inside the word is covered; one after it is not.
        let f = Folded::new("é Ac\u{200B}me\u{200B} y");
        let s = f.text.find("acme").unwrap();
        assert_eq!((f.start_utf16(s), f.end_utf16(s + 4)), (2, 7));
    }

    #[test]
    fn offsets_never_leave_the_text() {
        for input in [
            "",
            "\u{301}",
            "\u{200B}\u{200B}",
            "a\u{301}\u{301}\u{301}",
            "𝐀",
            "ﷺ",
            "\u{FEFF}",
        ] {
            let f = Folded::new(input);
            let len = input.encode_utf16().count() as u32;
            for b in 0..=f.text.len() + 2 {
                assert!(
                    f.start_utf16(b) <= len && f.end_utf16(b) <= len,
                    "{input:?} at {b}"
                );
            }
        }
    }
}
