//! Folding text for matching (interim: ASCII lower-case only; replaced by the full fold).

/// Text folded for matching, with a map back to UTF-16 offsets of the original.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// UTF-16 offset in the original of each byte of `text`, plus one entry for the end.
    offsets: Vec<u32>,
}

impl Folded {
    /// Folds `original`.
    pub fn new(original: &str) -> Folded {
        let mut text = String::with_capacity(original.len());
        let mut offsets = Vec::with_capacity(original.len() + 1);
        let mut u16pos = 0u32;
        for c in original.chars() {
            let lc = c.to_ascii_lowercase();
            for _ in 0..lc.len_utf8() {
                offsets.push(u16pos);
            }
            text.push(lc);
            u16pos += c.len_utf16() as u32;
        }
        offsets.push(u16pos);
        Folded { text, offsets }
    }

    /// UTF-16 offset in the original text of folded byte index `byte` (`byte <= text.len()`).
    pub fn original_utf16(&self, byte: usize) -> u32 {
        self.offsets.get(byte).copied().unwrap_or(0)
    }
}
