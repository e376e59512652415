//! Word comparisons that forgive how people type: elongation ("Acmeeee") and one slip of the
//! finger ("Southwst"). Allocation-free: they compare character iterators.

/// Characters of `s` with every run of a repeated character collapsed to one
/// ("acmeeee" → "acme", "apple" → "aple").
fn squeezed(s: &str) -> impl Iterator<Item = char> + '_ {
    let mut prev = None;
    s.chars().filter(move |&c| {
        let keep = prev != Some(c);
        prev = Some(c);
        keep
    })
}

/// True when `token` is `word` with letters stretched ("acmeeee" for "acme", "appple" for
/// "apple"). Both are already folded.
pub fn same_when_squeezed(token: &str, word: &str) -> bool {
    squeezed(token).eq(squeezed(word))
}

/// The fewest bytes a token can have and still be `word` itself, `word` stretched, or — for
/// words of five characters or more — one edit away from it: squeezing a token never leaves
/// fewer characters than the squeezed word has, an edit removes at most one character, and a
/// character takes at least one byte. Shorter tokens need no comparison.
pub fn min_token_len(word: &str) -> usize {
    let squeezed = squeezed(word).count();
    let chars = word.chars().count();
    if chars >= 5 {
        squeezed.min(chars - 1)
    } else {
        squeezed
    }
}

/// True when `a` and `b` differ by exactly one substitution, insertion, deletion or swap of
/// two adjacent characters (Damerau–Levenshtein distance 1).
///
/// # Example
/// ```
/// use earshot::engine::mention::fuzzy::one_edit_apart;
/// assert!(one_edit_apart("southwst", "southwest"));
/// assert!(one_edit_apart("soutwhest", "southwest"));
/// assert!(!one_edit_apart("southwest", "southwest"));
/// ```
pub fn one_edit_apart(a: &str, b: &str) -> bool {
    let (la, lb) = (a.chars().count(), b.chars().count());
    if la.abs_diff(lb) > 1 || a == b {
        return false;
    }
    let (mut x, mut y) = (a.chars(), b.chars());
    // Skip the common prefix: `x` and `y` then start at the first difference.
    while let (Some(p), Some(q)) = (x.clone().next(), y.clone().next()) {
        if p != q {
            break;
        }
        x.next();
        y.next();
    }
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            // Substitution of the first differing char, or a swap of it with the next.
            let (p, q) = (x.next(), y.next());
            if x.clone().eq(y.clone()) {
                return true;
            }
            let (p2, q2) = (x.next(), y.next());
            p2.is_some() && p == q2 && p2 == q && x.eq(y)
        }
        std::cmp::Ordering::Less => {
            y.next();
            x.eq(y)
        }
        std::cmp::Ordering::Greater => {
            x.next();
            x.eq(y)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Against a brute-force reference: every word over a small alphabet (with a multi-byte
    /// letter), every single edit of it.
    #[test]
    fn one_edit_matches_brute_force() {
        let alphabet = ['a', 'b', 'é'];
        let mut words: Vec<Vec<char>> = vec![vec![]];
        for len in 1..=4 {
            let shorter: Vec<Vec<char>> = words
                .iter()
                .filter(|w| w.len() == len - 1)
                .cloned()
                .collect();
            for w in shorter {
                for c in alphabet {
                    let mut x = w.clone();
                    x.push(c);
                    words.push(x);
                }
            }
        }
        let edits = |w: &[char]| {
            let mut out: Vec<Vec<char>> = Vec::new();
            for i in 0..=w.len() {
                for c in alphabet {
                    let mut x = w.to_vec();
                    x.insert(i, c);
                    out.push(x);
                    if i < w.len() {
                        let mut x = w.to_vec();
                        x[i] = c;
                        out.push(x);
                    }
                }
                if i < w.len() {
                    let mut x = w.to_vec();
                    x.remove(i);
                    out.push(x);
                }
                if i + 1 < w.len() {
                    let mut x = w.to_vec();
                    x.swap(i, i + 1);
                    out.push(x);
                }
            }
            out
        };
        for a in &words {
            let near = edits(a);
            for b in &words {
                let want = a != b && near.contains(b);
                let (sa, sb): (String, String) = (a.iter().collect(), b.iter().collect());
                assert_eq!(one_edit_apart(&sa, &sb), want, "{sa} vs {sb}");
            }
        }
    }

    /// No token shorter than the bound matches, and tokens at the bound can.
    #[test]
    fn min_token_len_is_a_safe_bound() {
        for (word, min, token_at_min) in [
            ("acme", 4, "acme"),
            ("apple", 4, "aple"),
            ("southwest", 8, "southwst"),
            ("air", 3, "air"),
            ("zzzzzz", 1, "z"),
        ] {
            assert_eq!(min_token_len(word), min, "{word}");
            assert_eq!(token_at_min.len(), min);
            assert!(
                token_at_min == word
                    || same_when_squeezed(token_at_min, word)
                    || one_edit_apart(token_at_min, word),
                "{word}: {token_at_min}"
            );
        }
    }

    #[test]
    fn squeeze() {
        let cases: &[(&str, &str, bool)] = &[
            ("acmeeee", "acme", true),
            ("acme", "acme", true),
            ("aaacme", "acme", true),
            ("appple", "apple", true),
            ("aple", "apple", true),
            ("acmes", "acme", false),
            ("acm", "acme", false),
        ];
        for (t, w, want) in cases {
            assert_eq!(same_when_squeezed(t, w), *want, "{t} vs {w}");
        }
    }

    #[test]
    fn one_edit() {
        let cases: &[(&str, &str, bool)] = &[
            ("southwst", "southwest", true),
            ("southwesst", "southwest", true),
            ("southwezt", "southwest", true),
            ("soutwhest", "southwest", true),
            ("outhwest", "southwest", true),
            ("southwes", "southwest", true),
            ("southwest", "southwest", false),
            ("suothwset", "southwest", false),
            ("south", "southwest", false),
            ("", "a", true),
            ("ab", "ba", true),
            ("é", "e", true),
        ];
        for (a, b, want) in cases {
            assert_eq!(one_edit_apart(a, b), *want, "{a} vs {b}");
            assert_eq!(one_edit_apart(b, a), *want, "{b} vs {a} (symmetric)");
        }
    }
}
