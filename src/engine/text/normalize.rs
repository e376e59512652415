//! Folding text for matching, with a map back to the original.
//!
//! People write brand names in every way Unicode allows: `𝐀𝐜𝐦𝐞` (mathematical bold),
//! `Ａｃｍｅ` (fullwidth), `Acmé`, `Ac\u{200B}me`. Folding turns each into `acme` so one set of
//! patterns hears them all, while every folded byte remembers which UTF-16 code units of the
//! original it came from, so a match becomes a span the browser can highlight.
//!
//! Folding, per character: type the curly apostrophes phones insert as `'`; drop zero-width
//! and invisible format characters (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen, variation
//! selectors) and combining marks; map the "fancy text" letters people paste from generators
//! (mathematical bold/italic/script/fraktur/double-struck/sans/monospace, fullwidth, circled,
//! squared, ligatures) to plain letters; apply canonical decomposition (é → e + ◌́, the mark
//! then dropped); lower-case. Pure ASCII text takes a fast path with no per-character
//! bookkeeping.
//!
//! Why not full NFKC/NFKD: the compatibility tables of `unicode-normalization` cost about 25 KB
//! of gzipped `.wasm` for mappings (CJK compatibility, Arabic presentation forms, …) that never
//! turn text into a brand name; the fancy-letter ranges above are what people actually use, and
//! they are arithmetic. Canonical decomposition still handles every accented letter, from two
//! tables `build.rs` writes out of `unicode-normalization` (the combining marks, and each
//! decomposing character's base): in the `.wasm` they take a fraction of the crate's own
//! decomposition tables, and a test checks them against the crate for every character.

include!(concat!(env!("OUT_DIR"), "/fold_tables.rs"));

/// Whether `c` is a combining mark (general category M).
fn is_combining_mark(c: char) -> bool {
    let i = MARKS.partition_point(|&(start, _)| start <= c);
    i > 0 && c <= MARKS[i - 1].1
}

/// Appends the lower case of what is left of `c`'s canonical decomposition once its combining
/// marks are dropped (`é` → `e`, `Å` → `a`, a Hangul syllable → its jamo, anything else →
/// itself). `c` is not a combining mark.
fn push_base_lowercase(c: char, out: &mut String) {
    // Unicode's Hangul syllable arithmetic (chapter 3.12).
    const S_BASE: u32 = 0xAC00;
    const L_BASE: u32 = 0x1100;
    const V_BASE: u32 = 0x1161;
    const T_BASE: u32 = 0x11A7;
    const V_COUNT: u32 = 21;
    const T_COUNT: u32 = 28;
    let s = (c as u32).wrapping_sub(S_BASE);
    if s < 19 * V_COUNT * T_COUNT {
        let jamo = [
            L_BASE + s / (V_COUNT * T_COUNT),
            V_BASE + s % (V_COUNT * T_COUNT) / T_COUNT,
            T_BASE + s % T_COUNT,
        ];
        let trailing = usize::from(s % T_COUNT != 0);
        out.extend(
            jamo[..2 + trailing]
                .iter()
                .filter_map(|&j| char::from_u32(j)),
        );
        return;
    }
    match DECOMPOSING.binary_search(&c) {
        Ok(i) => out.extend(BASES[i].to_lowercase()),
        Err(_) => match SPELLED.iter().find(|(k, _)| *k == c) {
            Some((_, bases)) => out.extend(bases.chars().flat_map(char::to_lowercase)),
            None => out.extend(c.to_lowercase()),
        },
    }
}

/// Letterlike Symbols that stand in for the holes of the Mathematical Alphanumeric Symbols
/// block (ℎ is italic h, ℬ script B, ℭ fraktur C, ℂ double-struck C, …). Sorted by code point.
const LETTERLIKE: &[(char, char)] = &[
    ('ℂ', 'C'),
    ('ℊ', 'g'),
    ('ℋ', 'H'),
    ('ℌ', 'H'),
    ('ℍ', 'H'),
    ('ℎ', 'h'),
    ('ℐ', 'I'),
    ('ℑ', 'I'),
    ('ℒ', 'L'),
    ('ℓ', 'l'),
    ('ℕ', 'N'),
    ('ℙ', 'P'),
    ('ℚ', 'Q'),
    ('ℛ', 'R'),
    ('ℜ', 'R'),
    ('ℝ', 'R'),
    ('ℤ', 'Z'),
    ('ℨ', 'Z'),
    ('ℬ', 'B'),
    ('ℭ', 'C'),
    ('ℯ', 'e'),
    ('ℰ', 'E'),
    ('ℱ', 'F'),
    ('ℳ', 'M'),
    ('ℴ', 'o'),
];

/// Ligatures U+FB00–U+FB06 spelled out.
const LIGATURES: [&str; 7] = ["ff", "fi", "fl", "ffi", "ffl", "st", "st"];

/// The plain letters or digits a "fancy" character stands for, if it is one.
fn fancy(c: char) -> Option<&'static str> {
    const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
    const DIGITS: &str = "0123456789";
    let cp = c as u32;
    let pick = |set: &'static str, i: u32| set.get(i as usize..i as usize + 1);
    match cp {
        // Mathematical Alphanumeric Symbols: 13 styles of A–Z a–z, then digits in 5 styles.
        0x1D400..=0x1D6A3 => {
            let i = (cp - 0x1D400) % 52;
            if i < 26 {
                pick(UPPER, i)
            } else {
                pick(LOWER, i - 26)
            }
        }
        0x1D7CE..=0x1D7FF => pick(DIGITS, (cp - 0x1D7CE) % 10),
        0xFF10..=0xFF19 => pick(DIGITS, cp - 0xFF10),
        0xFF21..=0xFF3A => pick(UPPER, cp - 0xFF21),
        0xFF41..=0xFF5A => pick(LOWER, cp - 0xFF41),
        0xFF01..=0xFF5E => None, // fullwidth punctuation: handled below
        0x24B6..=0x24CF => pick(UPPER, cp - 0x24B6), // Ⓐ
        0x24D0..=0x24E9 => pick(LOWER, cp - 0x24D0), // ⓐ
        0x1F130..=0x1F149 => pick(UPPER, cp - 0x1F130), // 🄰 squared
        0x1F150..=0x1F169 => pick(UPPER, cp - 0x1F150), // 🅐 negative circled
        0x1F170..=0x1F189 => pick(UPPER, cp - 0x1F170), // 🅰 negative squared
        0xFB00..=0xFB06 => LIGATURES.get((cp - 0xFB00) as usize).copied(),
        _ => LETTERLIKE
            .binary_search_by(|(k, _)| k.cmp(&c))
            .ok()
            .and_then(|i| match LETTERLIKE[i].1 {
                u @ 'A'..='Z' => pick(UPPER, u as u32 - 'A' as u32),
                l => pick(LOWER, l as u32 - 'a' as u32),
            }),
    }
}

/// Fullwidth ASCII punctuation (＠, ＃, ！ …) as its ASCII character.
fn fullwidth_ascii(c: char) -> Option<char> {
    match c as u32 {
        cp @ 0xFF01..=0xFF5E => char::from_u32(cp - 0xFEE0),
        _ => None,
    }
}

/// Appends the folding of `c` beyond ASCII to `out`: nothing for an invisible character or a
/// combining mark, else its plain letters lower-cased (ASCII capitals are left to the caller).
fn fold_char(c: char, out: &mut String) {
    if is_apostrophe(c) {
        out.push('\'');
    } else if let Some(plain) = fancy(c) {
        out.extend(plain.chars().map(|l| l.to_ascii_lowercase()));
    } else if let Some(a) = fullwidth_ascii(c) {
        out.push(a.to_ascii_lowercase());
    } else if !is_invisible(c) && !is_combining_mark(c) {
        push_base_lowercase(c, out);
    }
}

/// `word` folded as [`Folded::new`] folds it, without the map back: for a word read apart from
/// its text (a sentiment token of a post beyond ASCII), so `𝐋𝐎𝐒𝐓` is the word `lost`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            fold_char(c, &mut out);
        }
    }
    out
}

/// Text folded for matching, with a map back to UTF-16 offsets of the original.
#[derive(Debug, Clone)]
pub struct Folded {
    /// The folded text.
    pub text: String,
    /// Where the stretches of `text` came from, in text order: a copied run of ASCII, or the
    /// folding of one character beyond ASCII. Empty when the original is ASCII, where byte
    /// offsets and UTF-16 offsets coincide. (One entry a stretch, not one a byte: most of a post
    /// is ASCII runs, and only a mention's two ends are ever looked up.)
    pieces: Vec<Piece>,
    /// Length of the original in UTF-16 code units.
    utf16_len: u32,
    /// The original is ASCII (then `text` is its lower case and `map` is empty).
    ascii: bool,
}

/// A stretch of the folded text from `byte` up to the next piece's, and where it came from.
#[derive(Debug, Clone, Copy)]
struct Piece {
    /// Its first byte in the folded text.
    byte: u32,
    /// UTF-16 offset in the original where it starts.
    start16: u32,
    /// UTF-16 offset in the original where it ends, for the folding of one character (all its
    /// bytes map to that character); `None` for a run of ASCII (one unit a byte).
    end16: Option<u32>,
}

/// The apostrophes phones type for `'` (curly quotes, the modifier letter): "don’t" is
/// "don't", "Acme’s" is "Acme's".
fn is_apostrophe(c: char) -> bool {
    matches!(c, '\u{2018}' | '\u{2019}' | '\u{02BC}')
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
                pieces: Vec::new(),
                utf16_len: original.len() as u32,
                ascii: true,
            };
        }
        let mut text = String::with_capacity(original.len());
        let mut pieces: Vec<Piece> = Vec::new();
        let mut pos = 0u32;
        let mut rest = original;
        while !rest.is_empty() {
            // A run of ASCII is copied whole (lower-cased at the end), one UTF-16 unit a byte.
            let run = rest
                .bytes()
                .position(|b| !b.is_ascii())
                .unwrap_or(rest.len());
            if run > 0 {
                pieces.push(Piece {
                    byte: text.len() as u32,
                    start16: pos,
                    end16: None,
                });
                text.push_str(&rest[..run]);
                pos += run as u32;
                rest = &rest[run..];
                continue;
            }
            let Some(c) = rest.chars().next() else {
                break;
            };
            rest = &rest[c.len_utf8()..];
            let end = pos + c.len_utf16() as u32;
            let byte = text.len();
            fold_char(c, &mut text);
            if text.len() > byte {
                pieces.push(Piece {
                    byte: byte as u32,
                    start16: pos,
                    end16: Some(end),
                });
            }
            pos = end;
        }
        // Only the copied ASCII runs can hold capitals: everything else was lower-cased above.
        text.make_ascii_lowercase();
        Folded {
            text,
            pieces,
            utf16_len: pos,
            ascii: false,
        }
    }

    /// UTF-16 offset in the original where the folded character at byte `byte` starts
    /// (`byte == text.len()` gives the original's length).
    pub fn start_utf16(&self, byte: usize) -> u32 {
        if self.ascii {
            return (byte as u32).min(self.utf16_len);
        }
        self.origin(byte).map_or(self.utf16_len, |(start, _)| start)
    }

    /// UTF-16 offset in the original just after the folded character that ends at byte `byte`
    /// (exclusive end of a match). Invisible characters after it are not included.
    pub fn end_utf16(&self, byte: usize) -> u32 {
        if self.ascii {
            return (byte as u32).min(self.utf16_len);
        }
        byte.checked_sub(1)
            .and_then(|b| self.origin(b))
            .map_or(0, |(_, end)| end)
    }

    /// The UTF-16 span of the original character that folded byte `byte` came from; `None`
    /// past the end of the folded text.
    fn origin(&self, byte: usize) -> Option<(u32, u32)> {
        if byte >= self.text.len() {
            return None;
        }
        let at = self.pieces.partition_point(|p| p.byte as usize <= byte);
        let piece = self.pieces.get(at.checked_sub(1)?)?;
        Some(match piece.end16 {
            Some(end) => (piece.start16, end),
            None => {
                let start = piece.start16 + (byte as u32 - piece.byte);
                (start, start + 1)
            }
        })
    }

    /// Length of the original text in UTF-16 code units.
    pub fn utf16_len(&self) -> u32 {
        self.utf16_len
    }

    /// Was the original ASCII? Then `text` is exactly its lower case (`to_lowercase`).
    pub fn is_ascii(&self) -> bool {
        self.ascii
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build's tables fold every character as `unicode-normalization` itself would: marks
    /// and invisible characters dropped, the canonical decomposition's bases kept, lower-cased.
    #[test]
    fn tables_fold_every_character_as_the_crate_does() {
        use unicode_normalization::char::{decompose_canonical, is_combining_mark as crate_mark};
        for c in (0x80..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(is_combining_mark(c), crate_mark(c), "U+{:04X}", c as u32);
            if crate_mark(c) || is_invisible(c) {
                continue; // dropped by `fold_char` before the tables are asked
            }
            let mut ours = String::new();
            push_base_lowercase(c, &mut ours);
            let mut theirs = String::new();
            decompose_canonical(c, |d| {
                if !crate_mark(d) && !is_invisible(d) {
                    theirs.extend(d.to_lowercase());
                }
            });
            assert_eq!(ours, theirs, "U+{:04X}", c as u32);
        }
    }

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
            ("curly apostrophe typed plain", "Acme’s", "acme's"),
            ("modifier apostrophe", "don\u{2BC}t", "don't"),
            ("fullwidth at", "＠AcmeAir", "@acmeair"),
            ("german sharp s", "Straße", "straße"),
            ("emoji kept", "Acme 😀", "acme 😀"),
            ("circled letters", "ⓐⓒⓜⓔ", "acme"),
            ("circled capitals", "ⒶⒸⓂⒺ", "acme"),
            ("squared", "🄰🄲🄼🄴", "acme"),
            ("negative squared", "🅰🅲🅼🅴", "acme"),
            ("sans bold", "𝗔𝗰𝗺𝗲", "acme"),
            ("monospace", "𝙰𝚌𝚖𝚎", "acme"),
            ("bold digits", "𝟒𝟓𝟓", "455"),
            ("fullwidth digits", "４５５", "455"),
            ("fraktur holes", "ℭ", "c"),
            ("double-struck holes", "ℝ", "r"),
        ];
        for (name, input, want) in cases {
            assert_eq!(Folded::new(input).text, *want, "{name}");
        }
    }

    /// The hole table is sorted (binary search) and every hole maps to a letter.
    #[test]
    fn letterlike_table_is_sorted() {
        for p in LETTERLIKE.windows(2) {
            assert!(p[0].0 < p[1].0, "{:?} then {:?}", p[0], p[1]);
        }
        assert!(LETTERLIKE.iter().all(|(_, l)| l.is_ascii_alphabetic()));
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

    /// Every folded byte maps to the UTF-16 span of the character it came from: characters
    /// fold one by one, so the bytes of the folding of `original[..c]` are what precede
    /// character `c`'s own.
    #[test]
    fn every_byte_maps_to_its_character() {
        for input in [
            "😀 𝐀𝐜𝐦𝐞 x",
            "Ｆｌｙ ＡＣＭＥ Air",
            "ﬁne é\u{301} Ac\u{200B}me ß İstanbul",
            "\u{200B}\u{200B}x",
            "Ⓐⓒⓜⓔ 🄰 ℂℯ",
            "ab😀",
        ] {
            let f = Folded::new(input);
            let mut want: Vec<(u32, u32)> = Vec::new();
            let mut pos = 0u32;
            for (i, c) in input.char_indices() {
                let end = pos + c.len_utf16() as u32;
                let before = Folded::new(&input[..i]).text.len();
                let through = Folded::new(&input[..i + c.len_utf8()]).text.len();
                want.extend(std::iter::repeat_n((pos, end), through - before));
                pos = end;
            }
            assert_eq!(want.len(), f.text.len(), "{input:?}");
            for (b, &(start, end)) in want.iter().enumerate() {
                assert_eq!(f.start_utf16(b), start, "{input:?} byte {b}");
                assert_eq!(f.end_utf16(b + 1), end, "{input:?} byte {b}");
            }
            assert_eq!(f.start_utf16(f.text.len()), f.utf16_len(), "{input:?}");
            assert_eq!(f.end_utf16(0), 0, "{input:?}");
        }
    }

    #[test]
    fn an_ascii_original_folds_to_its_lower_case() {
        for (input, ascii) in [("Hello ACME", true), ("", true), ("𝐀𝐜𝐦𝐞 ÉTÉ", false)]
        {
            let f = Folded::new(input);
            assert_eq!(f.is_ascii(), ascii, "{input:?}");
            if ascii {
                assert_eq!(f.text, input.to_lowercase());
            }
        }
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
