//! First-name extraction from a display name, so drafts greet "Maria", not "Dear customer".
//!
//! Principle: accept a first token only when it looks like a person's given name — it is in a
//! compact list of common given names across cultures, or the display name has the shape of a
//! personal name (two or three capitalised letter-only words, no company words). Reject digits,
//! emoji-only names, all-caps brand-like tokens and names containing company/media words.

const TITLES: &[&str] = &[
    "dr", "mr", "mrs", "ms", "miss", "prof", "sir", "dame", "rev", "mx",
];

const COMPANY_WORDS: &[&str] = &[
    "the",
    "ltd",
    "limited",
    "inc",
    "llc",
    "plc",
    "gmbh",
    "co",
    "corp",
    "company",
    "official",
    "store",
    "shop",
    "deals",
    "news",
    "daily",
    "team",
    "support",
    "group",
    "media",
    "tv",
    "radio",
    "bot",
    "app",
    "club",
    "fc",
    "agency",
    "services",
    "travel",
    "tours",
    "airways",
    "airlines",
    "weekly",
    "magazine",
    "commute",
    "online",
    "global",
    "studio",
    "studios",
    "foundation",
    "market",
    "outlet",
    "sale",
    "sales",
    "hq",
    "info",
    "help",
    "account",
    "fans",
    "fan",
];

const GIVEN_NAMES: &[&str] = &[
    "maria", "anna", "anne", "marie", "john", "james", "david", "michael", "sarah", "emma",
    "olivia", "sophie", "laura", "lisa", "mark", "paul", "peter", "tom", "thomas", "daniel",
    "chris", "kate", "katie", "jane", "mary", "linda", "susan", "karen", "nancy", "emily",
    "jessica", "ahmed", "mohammed", "muhammad", "ali", "fatima", "aisha", "omar", "priya", "raj",
    "rahul", "anil", "deepa", "wei", "li", "ming", "yuki", "hiroshi", "kenji", "sakura", "jin",
    "min", "ji", "carlos", "jose", "juan", "luis", "ana", "sofia", "lucia", "pablo", "diego",
    "pierre", "jean", "luc", "chloe", "hans", "klaus", "anja", "lars", "sven", "ingrid", "olga",
    "ivan", "dmitri", "natasha", "kwame", "ama", "chidi", "ngozi", "amara", "tunde", "siobhan",
    "sean", "liam", "noah", "ethan", "mia", "ava", "grace", "ben", "sam", "alex", "jo", "joe",
    "max", "leo", "lea", "nina", "eva", "ella", "zoe", "amy", "rachel", "rebecca", "hannah",
    "george", "harry", "jack", "oliver", "charlie", "lucy", "ruth", "helen", "claire", "andrew",
    "robert", "richard", "william", "steve", "stephen", "kevin", "brian", "gary",
];

/// The person's first name from a display name, or `None` when it gives none.
///
/// "Maria Lopez 🌸 | travel addict" → "Maria"; "Dr. Anne-Marie O'Neil" → "Anne-Marie";
/// "ACME Deals Ltd", "🔥🔥", "user83722", "The Daily Commute" → `None`.
pub fn first_name(display: &str) -> Option<String> {
    // Only the part before a bio separator is the name.
    let head = display
        .split(['|', '•', '(', ',', '/', '·', '–', '—'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = head
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .take_while(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words
        .iter()
        .any(|w| COMPANY_WORDS.contains(&w.to_lowercase().as_str()))
    {
        return None;
    }
    let mut rest = words.as_slice();
    if let Some((first, tail)) = rest.split_first() {
        if TITLES.contains(&first.to_lowercase().as_str()) {
            rest = tail;
        }
    }
    let candidate = *rest.first()?;
    if !is_name_shaped(candidate) {
        return None;
    }
    let known = candidate
        .split(['-', '\''])
        .all(|p| GIVEN_NAMES.contains(&p.to_lowercase().as_str()));
    let person_shape = rest.len() >= 2 && rest.len() <= 3 && rest.iter().all(|w| is_name_shaped(w));
    (known || person_shape).then(|| candidate.to_string())
}

/// Capitalised, letters (with inner `-`/`'`), 2–20 chars, not all caps.
fn is_name_shaped(w: &str) -> bool {
    let n = w.chars().count();
    let mut chars = w.chars();
    let first_upper = chars.next().is_some_and(char::is_uppercase);
    let letters = w
        .chars()
        .all(|c| c.is_alphabetic() || c == '-' || c == '\'');
    let has_lower = w.chars().any(char::is_lowercase);
    (2..=20).contains(&n) && first_upper && letters && has_lower
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "bio after bar",
                "Maria Lopez 🌸 | travel addict",
                Some("Maria"),
            ),
            (
                "title and hyphen",
                "Dr. Anne-Marie O'Neil",
                Some("Anne-Marie"),
            ),
            ("company", "ACME Deals Ltd", None),
            ("emoji only", "🔥🔥", None),
            ("digits", "user83722", None),
            ("the daily", "The Daily Commute", None),
            ("official store", "Official Store", None),
            ("single known", "priya", None),
            ("single known capitalised", "Priya", Some("Priya")),
            ("unknown but person shaped", "Tadhg Kearney", Some("Tadhg")),
            ("unknown single", "Skywalker", None),
            ("all caps", "JOHN SMITH", None),
            ("cjk", "山田", None),
            ("emoji prefix", "🌸 Sophie Martin", Some("Sophie")),
        ];
        for (name, display, want) in cases {
            assert_eq!(first_name(display).as_deref(), *want, "{name}");
        }
    }
}
