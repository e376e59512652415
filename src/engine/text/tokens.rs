//! Splitting text into words, shared by hearing, judging and classification.

/// Byte ranges of the runs of alphanumeric characters in `text` (its words, without
/// punctuation), collected with one allocation. [`words`] yields the same ranges lazily.
///
/// # Example
/// ```
/// use earshot::engine::text::tokens::word_spans;
/// let t = "Acme's app, #down!";
/// let words: Vec<&str> = word_spans(t).into_iter().map(|(s, e)| &t[s..e]).collect();
/// assert_eq!(words, ["Acme", "s", "app", "down"]);
/// ```
pub fn word_spans(text: &str) -> Vec<(usize, usize)> {
    // Words are separated, so there are at most half as many as bytes.
    let mut out = Vec::with_capacity(text.len().div_ceil(2));
    out.extend(words(text));
    out
}

/// The words of `text` as [`word_spans`] finds them, one at a time, without allocating: a caller
/// that looks at few words (the matcher's token comparison) stops early or skips most cheaply.
pub fn words(text: &str) -> Words<'_> {
    Words { text, at: 0 }
}

/// The iterator of [`words`]: (start, end) byte ranges, in text order.
#[derive(Debug, Clone)]
pub struct Words<'a> {
    text: &'a str,
    at: usize,
}

impl Words<'_> {
    /// Whether the character beyond ASCII at byte `i` (a character boundary) is alphanumeric,
    /// and its length in bytes.
    fn wide_char_at(&self, i: usize) -> (bool, usize) {
        let c = self.text[i..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8())
    }
}

impl Iterator for Words<'_> {
    type Item = (usize, usize);

    #[inline]
    fn next(&mut self) -> Option<(usize, usize)> {
        // ASCII bytes are settled by their class in tight loops; only a byte of a wider
        // character stops them to decode it.
        let b = self.text.as_bytes();
        let mut i = self.at;
        let start = loop {
            while i < b.len() && !is(b[i], ALNUM | HIGH) {
                i += 1;
            }
            if i == b.len() {
                self.at = i;
                return None;
            }
            if is(b[i], ALNUM) {
                break i;
            }
            let (word, size) = self.wide_char_at(i);
            if word {
                break i;
            }
            i += size;
        };
        loop {
            while i < b.len() && is(b[i], ALNUM) {
                i += 1;
            }
            if i == b.len() || !is(b[i], HIGH) {
                break;
            }
            let (word, size) = self.wide_char_at(i);
            if !word {
                break;
            }
            i += size;
        }
        self.at = i;
        Some((start, i))
    }
}

/// ASCII capital letters, in [`CLASS`].
const UPPER: u8 = 1;
/// ASCII small letters, in [`CLASS`].
const LOWER: u8 = 2;
/// ASCII letters and digits, in [`CLASS`].
const ALNUM: u8 = UPPER | LOWER | 4;
/// ASCII punctuation (`u8::is_ascii_punctuation`), in [`CLASS`].
const PUNCT: u8 = 8;
/// ASCII white space (Unicode's White_Space within ASCII: tab, LF, VT, FF, CR and space), in
/// [`CLASS`].
const SPACE: u8 = 16;
/// The apostrophe (also [`PUNCT`]), in [`CLASS`].
const APOSTROPHE: u8 = 32;
/// A byte of a character beyond ASCII (0x80 and up), in [`CLASS`].
const HIGH: u8 = 64;

/// The class bits of every byte value: the byte loops test a bit instead of comparing ranges.
static CLASS: [u8; 256] = {
    let mut t = [HIGH; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_uppercase() {
            UPPER
        } else if c.is_ascii_lowercase() {
            LOWER
        } else if c.is_ascii_digit() {
            ALNUM & !(UPPER | LOWER)
        } else if c == b'\'' {
            PUNCT | APOSTROPHE
        } else if c.is_ascii_punctuation() {
            PUNCT
        } else if matches!(c, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
            SPACE
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Does byte `b` have the [`CLASS`] bit `class`?
#[inline]
fn is(b: u8, class: u8) -> bool {
    CLASS[usize::from(b)] & class != 0
}

/// VADER's tokens of an ASCII text — the text split on white space, each run stripped by
/// [`vader_strip`] — as byte ranges with their [`Shape`], found in one pass over the bytes (the
/// text's bytes are its characters). `text` must be ASCII; other text gives
/// unspecified ranges within it.
pub fn vader_token_spans_ascii(text: &str) -> AsciiTokens<'_> {
    AsciiTokens {
        bytes: text.as_bytes(),
        at: 0,
    }
}

/// What the sentiment rules ask of a token's letters, noticed while it is split off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shape {
    /// Python's `str.isupper()`: a capital and no small letter.
    pub upper: bool,
    /// It may contain an apostrophe (false means it does not).
    pub apostrophe: bool,
    /// How its white-space run ends, punctuation included (VADER strips that punctuation
    /// from the token itself).
    pub ending: Ending,
}

/// How a run of non-white-space ends: whether the clause it is in ends after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ending {
    /// No clause ends here.
    #[default]
    Open,
    /// A clause ends with `,` `;` or `:` (so does an emoticon, `:)`).
    Clause,
    /// A sentence ends with `.` or `!` (and no `?`).
    Sentence,
    /// A question ends: `?` is among the trailing punctuation (`"free?"`, `"safe?!"`).
    Question,
}

impl Ending {
    /// The ending of a run of non-white-space characters, from its trailing ASCII punctuation.
    ///
    /// # Example
    /// ```
    /// use earshot::engine::text::tokens::Ending;
    /// assert_eq!(Ending::of(b"free?)"), Ending::Question);
    /// assert_eq!(Ending::of(b"time..."), Ending::Sentence);
    /// assert_eq!(Ending::of(b"smart,"), Ending::Clause);
    /// assert_eq!(Ending::of("Acme".as_bytes()), Ending::Open);
    /// ```
    pub fn of(run: &[u8]) -> Ending {
        let mut ending = Ending::Open;
        for &b in run.iter().rev() {
            match b {
                b'?' => return Ending::Question,
                b'.' | b'!' => ending = Ending::Sentence,
                b',' | b';' | b':' if ending == Ending::Open => ending = Ending::Clause,
                _ if b.is_ascii_punctuation() => {}
                _ => break,
            }
        }
        ending
    }

    /// Does a clause end here (a sentence, a question or not)?
    pub fn ends_clause(self) -> bool {
        self != Ending::Open
    }

    /// Does a sentence end here (a question or not)?
    pub fn ends_sentence(self) -> bool {
        matches!(self, Ending::Sentence | Ending::Question)
    }
}

/// The iterator of [`vader_token_spans_ascii`]: (start, end, shape) per token.
#[derive(Debug, Clone)]
pub struct AsciiTokens<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Iterator for AsciiTokens<'_> {
    type Item = (usize, usize, Shape);

    // Always inlined into the item loops: called across a function boundary, each token's
    // (start, end, shape) goes through the stack and stalls the load that reads it back.
    #[inline(always)]
    fn next(&mut self) -> Option<(usize, usize, Shape)> {
        let b = self.bytes;
        let mut i = self.at;
        while i < b.len() && is(b[i], SPACE) {
            i += 1;
        }
        if i == b.len() {
            self.at = i;
            return None;
        }
        let start = i;
        let mut seen = 0u8;
        while i < b.len() && !is(b[i], SPACE) {
            seen |= CLASS[usize::from(b[i])];
            i += 1;
        }
        self.at = i;
        // Stripped punctuation has no case, so the whole token's letters are the span's.
        let mut shape = Shape {
            upper: seen & UPPER != 0 && seen & LOWER == 0,
            apostrophe: seen & APOSTROPHE != 0,
            ending: Ending::Open,
        };
        // VADER's strip (see `vader_strip`); most tokens have nothing to strip.
        if !is(b[start], PUNCT) && !is(b[i - 1], PUNCT) {
            return Some((start, i, shape));
        }
        if is(b[i - 1], PUNCT) {
            shape.ending = Ending::of(&b[start..i]);
        }
        let (mut s, mut e) = (start, i);
        while s < e && is(b[s], PUNCT) {
            s += 1;
        }
        while e > s && is(b[e - 1], PUNCT) {
            e -= 1;
        }
        Some(if e - s <= 2 {
            (start, i, shape)
        } else {
            (s, e, shape)
        })
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

/// The white-space-separated runs of `text` as `text.split_whitespace()` yields them, each with
/// whether it is ASCII, found by testing bytes: a character beyond ASCII is
/// decoded only where one starts (the standard iterator decodes every character, which was most
/// of the cost of splitting a post with emoji).
///
/// # Example
/// ```
/// use earshot::engine::text::tokens::white_runs;
/// let runs: Vec<_> = white_runs("so good\u{3000}😂 ok").collect();
/// assert_eq!(runs, [("so", true), ("good", true), ("😂", false), ("ok", true)]);
/// ```
pub fn white_runs(text: &str) -> WhiteRuns<'_> {
    WhiteRuns { text, at: 0 }
}

/// The iterator of [`white_runs`].
#[derive(Debug, Clone)]
pub struct WhiteRuns<'a> {
    text: &'a str,
    /// Everything before here has been yielded.
    at: usize,
}

impl WhiteRuns<'_> {
    /// Byte `at` (a character boundary) moved on over the characters from it that are white
    /// space, when `space`, or that are not; and whether every byte passed is ASCII.
    fn on_over(&self, mut at: usize, space: bool) -> (usize, bool) {
        let b = self.text.as_bytes();
        let mut ascii = true;
        loop {
            while at < b.len() && b[at].is_ascii() && is(b[at], SPACE) == space {
                at += 1;
            }
            if at == b.len() || b[at].is_ascii() {
                return (at, ascii);
            }
            match self.text[at..].chars().next() {
                Some(c) if c.is_whitespace() == space => {
                    ascii = false;
                    at += c.len_utf8();
                }
                _ => return (at, ascii),
            }
        }
    }
}

impl<'a> Iterator for WhiteRuns<'a> {
    type Item = (&'a str, bool);

    fn next(&mut self) -> Option<(&'a str, bool)> {
        let (start, _) = self.on_over(self.at, true);
        let (end, ascii) = self.on_over(start, false);
        self.at = end;
        (end > start).then(|| (&self.text[start..end], ascii))
    }
}

/// The white-space-separated runs of `text`, as [`white_runs`] yields them, with the ASCII runs
/// that come together gathered into one stretch: each item is either a stretch of ASCII runs and
/// the ASCII white space between them (`true`), to be split as an ASCII text is, or one run
/// beyond ASCII (`false`). The bytes up to the next character beyond ASCII are tested in one
/// pass instead of run by run: in a post with an emoji or a curly apostrophe, most runs are
/// ASCII.
///
/// # Example
/// ```
/// use earshot::engine::text::tokens::stretches;
/// let got: Vec<_> = stretches("so good 😂 ok then").collect();
/// assert_eq!(got, [("so good ", true), ("😂", false), (" ok then", true)]);
/// ```
pub fn stretches(text: &str) -> Stretches<'_> {
    Stretches {
        text,
        at: 0,
        runs_until: 0,
    }
}

/// The iterator of [`stretches`].
#[derive(Debug, Clone)]
pub struct Stretches<'a> {
    text: &'a str,
    /// Everything before here has been yielded.
    at: usize,
    /// Before this byte (one past the character beyond ASCII that ended the last stretch), runs
    /// are yielded one by one, until one ends beyond that character.
    runs_until: usize,
}

impl<'a> Iterator for Stretches<'a> {
    type Item = (&'a str, bool);

    fn next(&mut self) -> Option<(&'a str, bool)> {
        let b = self.text.as_bytes();
        if self.at >= b.len() {
            return None;
        }
        if self.at >= self.runs_until {
            // The runs before the white space ahead of the next character beyond ASCII are
            // ASCII: one stretch.
            let start = self.at;
            let high = b[start..]
                .iter()
                .position(|c| !c.is_ascii())
                .map_or(b.len(), |p| start + p);
            let cut = if high == b.len() {
                high
            } else {
                b[start..high]
                    .iter()
                    .rposition(|&c| is(c, SPACE))
                    .map_or(start, |p| start + p + 1)
            };
            self.runs_until = high + 1;
            self.at = cut;
            if cut > start {
                return Some((&self.text[start..cut], true));
            }
        }
        let mut runs = WhiteRuns {
            text: self.text,
            at: self.at,
        };
        let run = runs.next();
        self.at = if run.is_some() { runs.at } else { b.len() };
        run
    }
}

/// How many UTF-16 code units the UTF-8 `bytes` (whole characters) take: one for each character,
/// two for those of four bytes. One pass over bytes, which the compiler vectorises.
pub fn utf16_units(bytes: &[u8]) -> usize {
    bytes
        .iter()
        .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
}

/// The white-space-separated words of `text[..end]`, nearest `end` first: what
/// `text[..end].split_whitespace().rev()` yields, found by testing bytes — a character beyond
/// ASCII is decoded only where one ends. The rules read the few words before a phrase this way
/// (~1.5 % of `analyze`'s time went to the standard iterator, which decodes every character).
/// `end` past the text or inside a character yields nothing.
pub fn words_before(text: &str, end: usize) -> WordsBefore<'_> {
    let text = text.get(..end).unwrap_or_default();
    WordsBefore {
        text,
        at: text.len(),
    }
}

/// The iterator of [`words_before`].
#[derive(Debug, Clone)]
pub struct WordsBefore<'a> {
    text: &'a str,
    /// Everything from here on has been yielded.
    at: usize,
}

impl WordsBefore<'_> {
    /// Byte `at` (a character boundary) moved back over the characters just before it that are
    /// white space, when `space`, or that are not. ASCII bytes are settled by their class in a
    /// tight loop; only a byte of a wider character stops it to decode that character.
    fn back_over(&self, mut at: usize, space: bool) -> usize {
        let b = self.text.as_bytes();
        loop {
            while at > 0 && b[at - 1].is_ascii() && is(b[at - 1], SPACE) == space {
                at -= 1;
            }
            if at == 0 || b[at - 1].is_ascii() {
                return at;
            }
            match self.text[..at].chars().next_back() {
                Some(c) if c.is_whitespace() == space => at -= c.len_utf8(),
                _ => return at,
            }
        }
    }
}

impl<'a> Iterator for WordsBefore<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let end = self.back_over(self.at, true);
        self.at = self.back_over(end, false);
        (end > self.at).then(|| &self.text[self.at..end])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `words_before` yields what the standard library's reversed white-space split does, for
    /// ASCII and wider spaces, words beyond ASCII, and every cut of the text.
    #[test]
    fn words_before_is_the_reversed_whitespace_split() {
        let texts = [
            "",
            "   ",
            "never lost my bag",
            "  two  spaces\tand\ttabs\n",
            "caf\u{e9}\u{a0}d\u{e9}j\u{e0}\u{2003}vu \u{1F600}x",
            "\u{3000}wide\u{3000}space\u{85}next",
            "@acme: why?!",
        ];
        for text in texts {
            for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                let want: Vec<&str> = text[..end].split_whitespace().rev().collect();
                let got: Vec<&str> = words_before(text, end).collect();
                assert_eq!(got, want, "{text:?} up to {end}");
            }
        }
        assert_eq!(words_before("abc", 9).count(), 0);
        assert_eq!(words_before("\u{e9}", 1).count(), 0);
    }

    /// Texts to split: ASCII and wider white space, words beyond ASCII, emoji between and
    /// inside words, white space beyond ASCII at either end.
    const SPLIT_TEXTS: [&str; 10] = [
        "",
        "   ",
        "never lost my bag",
        "  two  spaces\tand\ttabs\n",
        "caf\u{e9}\u{a0}d\u{e9}j\u{e0}\u{2003}vu \u{1F600}x",
        "\u{3000}wide\u{3000}space\u{85}next\u{1F600}",
        "\u{1D400}\u{1D41C} \u{200B}zero-width\u{200B} \u{FF34}",
        "Huge thanks to the crew, they were amazing \u{1F436}\u{2764}\u{FE0F}",
        "don\u{2019}t  go \u{a0} \u{a0}there\u{a0}",
        "a\u{2028}b \u{e9} \u{e9}\u{e9} c d\u{e9}e f",
    ];

    /// `white_runs` yields what the standard library's white-space split does, with whether
    /// each run is ASCII, for ASCII and wider spaces and words beyond ASCII; and
    /// `utf16_units` counts what `encode_utf16` does.
    #[test]
    fn white_runs_are_the_whitespace_split() {
        for text in SPLIT_TEXTS {
            let want: Vec<(&str, bool)> = text
                .split_whitespace()
                .map(|run| (run, run.is_ascii()))
                .collect();
            assert_eq!(white_runs(text).collect::<Vec<_>>(), want, "{text:?}");
            assert_eq!(
                utf16_units(text.as_bytes()),
                text.encode_utf16().count(),
                "{text:?}"
            );
        }
    }

    /// `stretches` gathers runs without losing or changing one: split again, its stretches are
    /// the runs `white_runs` yields, and each stretch that says it is ASCII is.
    #[test]
    fn stretches_are_the_runs_gathered() {
        for text in SPLIT_TEXTS {
            let mut got = Vec::new();
            for (stretch, ascii) in stretches(text) {
                if ascii {
                    assert!(stretch.is_ascii(), "{text:?}: {stretch:?}");
                    got.extend(white_runs(stretch));
                } else {
                    assert_eq!(white_runs(stretch).count(), 1, "{text:?}: {stretch:?}");
                    got.push((stretch, false));
                }
            }
            assert_eq!(got, white_runs(text).collect::<Vec<_>>(), "{text:?}");
        }
    }

    /// Each token knows whether its clause ends after it, from the punctuation stripped off.
    #[test]
    fn token_endings() {
        let text = "Is it free?! ok, fine... :) (really?) no";
        let got: Vec<(&str, Ending)> = vader_token_spans_ascii(text)
            .map(|(s, e, shape)| (&text[s..e], shape.ending))
            .collect();
        use Ending::*;
        assert_eq!(
            got,
            [
                ("Is", Open),
                ("it", Open),
                ("free", Question),
                ("ok,", Clause),
                ("fine", Sentence),
                (":)", Clause),
                ("really", Question),
                ("no", Open),
            ]
        );
    }

    fn ascii_tokens(text: &str) -> Vec<&str> {
        vader_token_spans_ascii(text)
            .map(|(s, e, _)| &text[s..e])
            .collect()
    }

    #[test]
    fn vader_tokens_keep_emoticons() {
        let got = ascii_tokens("Great!!! :) <3 (really) ok, no. :-) ;-D");
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
            "!!! a! ab!! abc!! :-) ((ok)) ((okay)) 'tis x ...hello... <3 :( ?!? -_-",
            "DON'T don't 'TIS' A1! 123 GOOD! Good NO? no",
            "every byte: \x01\x7F ~`{|}^[\\]@?>=<;:/.-,+*)('&%$#\"! 0aZ9_",
        ] {
            let slow: Vec<&str> = text.split_whitespace().map(vader_strip).collect();
            assert_eq!(ascii_tokens(text), slow, "{text:?}");
            for ((s, e, shape), run) in vader_token_spans_ascii(text).zip(text.split_whitespace()) {
                let token = &text[s..e];
                let upper = crate::engine::sentiment::vader::is_upper(token);
                assert_eq!(shape.upper, upper, "{token:?}");
                assert!(shape.apostrophe || !token.contains('\''), "{token:?}");
                assert_eq!(shape.ending, Ending::of(run.as_bytes()), "{run:?}");
            }
        }
    }

    /// Words are the runs of `char::is_alphanumeric` characters, ASCII or not.
    #[test]
    fn words_are_alphanumeric_runs() {
        let reference = |text: &str| {
            let mut out = Vec::new();
            let mut start = None;
            for (i, c) in text.char_indices().chain([(text.len(), ' ')]) {
                match (c.is_alphanumeric(), start) {
                    (true, None) => start = Some(i),
                    (false, Some(s)) => {
                        out.push((s, i));
                        start = None;
                    }
                    _ => {}
                }
            }
            out
        };
        for (text, n) in [
            ("", 0),
            ("   ", 0),
            ("é", 1),
            ("a-b", 2),
            ("😀x😀", 1),
            ("ab", 1),
            ("Acme's app, #down! @AcmeAir_2 ok...", 7),
            ("caf\u{e9} na\u{ef}ve\u{301} ß日本 x\u{200B}y", 5),
            (
                "every byte: \x01\x7F ~`{|}^[\\]@?>=<;:/.-,+*)('&%$#\"! 0aZ9_",
                3,
            ),
        ] {
            let got = word_spans(text);
            assert_eq!(got, reference(text), "{text:?}");
            assert_eq!(got.len(), n, "{text:?}");
            assert_eq!(words(text).collect::<Vec<_>>(), got, "{text:?}");
        }
    }
}
