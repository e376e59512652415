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
    let (mut x, mut y) = (a.chars().peekable(), b.chars().peekable());
    // Skip the common prefix.
    while let (Some(p), Some(q)) = (x.peek(), y.peek()) {
        if p != q {
            break;
        }
        x.next();
        y.next();
    }
    let rest_a: Vec<char> = x.collect();
    let rest_b: Vec<char> = y.collect();
    match la.cmp(&lb) {
        std::cmp::Ordering::Equal => {
            // Substitution of the first differing char, or a swap of it with the next.
            rest_a[1..] == rest_b[1..]
                || (rest_a.len() >= 2
                    && rest_a[0] == rest_b[1]
                    && rest_a[1] == rest_b[0]
                    && rest_a[2..] == rest_b[2..])
        }
        std::cmp::Ordering::Less => rest_a[..] == rest_b[1..],
        std::cmp::Ordering::Greater => rest_a[1..] == rest_b[..],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
