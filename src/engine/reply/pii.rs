//! Personal data in a post: emails, phone numbers, card numbers and booking/order references.
//! A public reply must never repeat them, so facts that contain one are dropped and the drafts
//! ask for the reference by DM instead.

/// True when `word` (one whitespace-separated token) is or contains personal data.
pub fn is_pii_token(word: &str) -> bool {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '@' && c != '+');
    if w.contains('@') && w.contains('.') && !w.starts_with('@') {
        return true; // email
    }
    let digits = w.chars().filter(char::is_ascii_digit).count();
    let letters = w.chars().filter(char::is_ascii_alphabetic).count();
    // Phone, card, order numbers: long digit runs (separators allowed).
    if digits >= 6 {
        return true;
    }
    // Booking-style codes: 5–10 chars mixing capitals and digits ("AB12CD", "PNR X7Y8Z9").
    let upper = w
        .chars()
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let code_len = (5..=10).contains(&w.len());
    upper && code_len && digits >= 1 && letters >= 1
}

/// True when `text` contains personal data anywhere (digits split by spaces, as in
/// "0161 555 0199" or "4111 1111 1111 1111", are joined first).
pub fn contains_pii(text: &str) -> bool {
    if text.split_whitespace().any(is_pii_token) {
        return true;
    }
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            run += 1;
            if run >= 7 {
                return true;
            }
        } else if !matches!(c, ' ' | '-' | '.' | '(' | ')' | '+') {
            run = 0;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str, bool)] = &[
            ("email", "mail me at jo.b@example.com pls", true),
            ("handle is not email", "thanks @AcmeAir", false),
            ("spaced phone", "call 0161 555 0199", true),
            ("intl phone", "+44-7700-900123", true),
            ("card", "card 4111 1111 1111 1111", true),
            ("booking code", "ref AB12CD", true),
            ("order hash", "order #5551234", true),
            ("flight number ok", "flight AA12 delayed", false),
            ("time ok", "waited 2 hours since 10:30", false),
            ("year ok", "since 2019", false),
        ];
        for (name, text, want) in cases {
            assert_eq!(contains_pii(text), *want, "{name}");
        }
    }
}
