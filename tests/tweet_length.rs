//! Conformance cases for `weighted_length` from tests/data/tweet_length.yml (the twitter-text
//! YAML shape; the tiny subset used there is parsed here).

use earshot::engine::text::tweet_length::{weighted_length, MAX_WEIGHTED};

struct Case {
    description: String,
    text: String,
    weighted: u32,
    valid: bool,
}

/// Decodes a double-quoted YAML scalar with `\uXXXX` / `\UXXXXXXXX` escapes; `REPEAT:s:n`
/// expands to `s` repeated `n` times.
fn scalar(raw: &str) -> String {
    let inner = raw.trim().trim_start_matches('"').trim_end_matches('"');
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let width = match chars.next() {
            Some('u') => 4,
            Some('U') => 8,
            Some(other) => {
                out.push(other);
                continue;
            }
            None => break,
        };
        let hex: String = chars.by_ref().take(width).collect();
        let code = u32::from_str_radix(&hex, 16).expect("hex escape");
        out.push(char::from_u32(code).expect("scalar value"));
    }
    if let Some(rest) = out.strip_prefix("REPEAT:") {
        let (s, n) = rest.rsplit_once(':').expect("REPEAT:s:n");
        return s.repeat(n.parse().expect("count"));
    }
    out
}

fn cases() -> Vec<Case> {
    let yml = include_str!("data/tweet_length.yml");
    let mut out: Vec<Case> = Vec::new();
    for line in yml.lines() {
        let t = line.trim();
        if let Some(v) = t.strip_prefix("- description:") {
            out.push(Case {
                description: scalar(v),
                text: String::new(),
                weighted: 0,
                valid: false,
            });
        } else if let Some(c) = out.last_mut() {
            if let Some(v) = t.strip_prefix("text:") {
                c.text = scalar(v);
            } else if let Some(v) = t.strip_prefix("weightedLength:") {
                c.weighted = v.trim().parse().expect("number");
            } else if let Some(v) = t.strip_prefix("valid:") {
                c.valid = v.trim() == "true";
            }
        }
    }
    out
}

#[test]
fn conformance() {
    let cases = cases();
    assert!(cases.len() >= 20, "parsed {} cases", cases.len());
    for c in cases {
        let got = weighted_length(&c.text);
        assert_eq!(got, c.weighted, "{}", c.description);
        assert_eq!(got <= MAX_WEIGHTED, c.valid, "{}", c.description);
    }
}
