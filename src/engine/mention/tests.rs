//! Table-driven tests of hearing, one profile per brand shape.

use super::*;
use crate::engine::settings::parse_settings;

fn matcher(profile: &str) -> Matcher {
    Matcher::new(&parse_settings(profile).unwrap().brand)
}

fn acme() -> Matcher {
    Matcher::new(
        &parse_settings(include_str!("../../../examples/brand.json"))
            .unwrap()
            .brand,
    )
}

/// The original text under each mention, with its kind.
fn heard(m: &Matcher, text: &str) -> Vec<(String, MentionKind)> {
    let units: Vec<u16> = text.encode_utf16().collect();
    m.find(text)
        .into_iter()
        .map(|x| {
            (
                String::from_utf16(&units[x.start as usize..x.end as usize]).unwrap(),
                x.kind,
            )
        })
        .collect()
}

fn texts(m: &Matcher, text: &str) -> Vec<String> {
    heard(m, text).into_iter().map(|(t, _)| t).collect()
}

#[test]
fn acme_air_profile() {
    use MentionKind::*;
    let m = acme();
    type Case<'a> = (&'a str, &'a str, &'a [(&'a str, MentionKind)]);
    let cases: &[Case] = &[
        ("plain name", "Flew Acme Air today", &[("Acme Air", Brand)]),
        ("lower case", "flew acme air today", &[("acme air", Brand)]),
        (
            "longest wins",
            "Acme Airlines lost it",
            &[("Acme Airlines", Alias)],
        ),
        ("alias", "acme lost my bag", &[("acme", Alias)]),
        (
            "handle",
            "@AcmeAir where is my bag",
            &[("@AcmeAir", Handle)],
        ),
        (
            "longer handle",
            "@AcmeAirHelp hi",
            &[("@AcmeAirHelp", Handle)],
        ),
        ("hashtag", "so late #AcmeAir", &[("#AcmeAir", Hashtag)]),
        ("camel hashtag", "#AcmeFail again", &[("Acme", Alias)]),
        ("snake hashtag", "#acme_support please", &[("acme", Alias)]),
        ("lowercase hashtag prefix", "#acmefail", &[("acme", Alias)]),
        (
            "brand at end of hashtag",
            "#FlyAcme",
            &[("#FlyAcme", Hashtag)],
        ),
        ("camel suffix hashtag", "#LoveAcme", &[("Acme", Alias)]),
        (
            "hashtag inside longer hashtag",
            "#AcmeAirSucks",
            &[("#AcmeAir", Hashtag)],
        ),
        (
            "no-space variant of the name",
            "AcmeAir lost my bag",
            &[("AcmeAir", Brand)],
        ),
        ("possessive", "Acme's app is down", &[("Acme", Alias)]),
        ("curly possessive", "Acme’s app is down", &[("Acme", Alias)]),
        ("product", "my SkyMiles vanished", &[("SkyMiles", Product)]),
        (
            "multi-word product",
            "the acme lounge was closed",
            &[("acme lounge", Product)],
        ),
        (
            "competitor",
            "Globex Airways is better",
            &[("Globex Airways", Competitor)],
        ),
        (
            "both",
            "Acme vs Globex Airways",
            &[("Acme", Alias), ("Globex Airways", Competitor)],
        ),
        ("bold math", "𝐀𝐜𝐦𝐞 𝐀𝐢𝐫 rocks", &[("𝐀𝐜𝐦𝐞 𝐀𝐢𝐫", Brand)]),
        ("fullwidth", "Ａｃｍｅ lost it", &[("Ａｃｍｅ", Alias)]),
        ("accent", "Acmé is late", &[("Acmé", Alias)]),
        (
            "zero width inside",
            "Ac\u{200B}me is late",
            &[("Ac\u{200B}me", Alias)],
        ),
        ("emoji before", "😡😡 Acme Air", &[("Acme Air", Brand)]),
        ("elongated", "Acmeeee why", &[("Acmeeee", Alias)]),
        (
            "elongated two words",
            "Acmeee Airrr again",
            &[("Acmeee Airrr", Brand)],
        ),
        (
            "typo in long term",
            "my SkyMils are gone",
            &[("SkyMils", Product)],
        ),
        ("url", "see acme.com/help", &[("acme", Alias)]),
    ];
    for (name, text, want) in cases {
        let got = heard(&m, text);
        let want: Vec<(String, MentionKind)> =
            want.iter().map(|(t, k)| (t.to_string(), *k)).collect();
        assert_eq!(got, want, "{name}: {text}");
    }
}

#[test]
fn not_the_brand() {
    let m = acme();
    let cases: &[(&str, &str)] = &[
        ("inside a longer word", "the Acmeplex cinema"),
        ("plural-ish word", "acmes and more"),
        ("excluded phrase", "Acme Corporation posts record profits"),
        ("excluded, other case", "looney tunes ACME anvil"),
        ("email address", "write to help@acmeair.com"),
        ("email local part", "acme@example.com"),
        ("short term never fuzzy", "acne cream"),
        ("competitor only is still reported but nothing else", ""),
        ("unrelated", "what a lovely day"),
    ];
    for (name, text) in cases {
        assert!(
            texts(&m, text).is_empty(),
            "{name}: {text} → {:?}",
            texts(&m, text)
        );
    }
}

#[test]
fn false_friends_are_excluded() {
    let m =
        matcher(r#"{"name":"Apple","products":["iPhone"],"exclude":["apple pie","big apple"]}"#);
    assert!(texts(&m, "I baked an apple pie").is_empty());
    assert!(texts(&m, "Greetings from the Big Apple").is_empty());
    assert_eq!(
        texts(&m, "my iPhone froze, thanks Apple"),
        vec!["iPhone", "Apple"]
    );
}

#[test]
fn everyday_word_brands_need_context() {
    let m = matcher(r#"{"name":"United","aliases":["United Airlines"],"handles":["@united"]}"#);
    let cases: &[(&str, &str, &[&str])] = &[
        ("motto", "united we stand", &[]),
        ("sentence start", "United we stand, divided we fall", &[]),
        ("kingdom", "visiting the united kingdom", &[]),
        (
            "country, capitalised",
            "Picking up a coat rack in NY, United States",
            &[],
        ),
        ("football club", "watching Manchester United tonight", &[]),
        (
            "capitalised mid-sentence",
            "flying United again tomorrow",
            &["United"],
        ),
        (
            "full name",
            "united airlines lost my bag",
            &["united airlines"],
        ),
        ("handle", "@united where is my bag", &["@united"]),
        ("context word", "united lost my luggage", &["united"]),
        (
            "other term supports",
            "@united United cancelled",
            &["@united", "United"],
        ),
        (
            "shouting post needs context",
            "UNITED WE STAND TOGETHER FOREVER",
            &[],
        ),
        (
            "shouting with context",
            "UNITED CANCELLED MY FLIGHT AGAIN",
            &["UNITED"],
        ),
    ];
    for (name, text, want) in cases {
        assert_eq!(texts(&m, text), *want, "{name}: {text}");
    }
}

#[test]
fn typos_need_support_and_never_replace_real_words() {
    let m = matcher(r#"{"name":"Southwest","aliases":["Southwest Airlines"]}"#);
    let cases: &[(&str, &str, &[&str])] = &[
        ("typo with context", "Southwst lost my bag", &["Southwst"]),
        ("typo capitalised", "flying Soutwhest today", &["Soutwhest"]),
        ("typo without context", "southwst is a word i made up", &[]),
        ("real word", "heading south west", &[]),
        (
            "exact, capitalised",
            "flying Southwest rocks",
            &["Southwest"],
        ),
        (
            "direction word at sentence start",
            "Southwest of the city it rained",
            &[],
        ),
    ];
    for (name, text, want) in cases {
        assert_eq!(texts(&m, text), *want, "{name}: {text}");
    }
    let target = matcher(r#"{"name":"Target"}"#);
    assert!(texts(&target, "my target for this year").is_empty());
    assert_eq!(texts(&target, "went to Target for socks"), vec!["Target"]);
    let apple = matcher(r#"{"name":"Apple"}"#);
    assert!(
        texts(&apple, "please apply now").is_empty(),
        "a known word is not a typo"
    );
}

#[test]
fn spans_are_utf16_and_inside_the_text() {
    let m = acme();
    let long = "x".repeat(3000);
    let tricky = [
        "",
        "\u{301}",
        "Acme\u{301}",
        "👩‍👩‍👧 Acme 👩‍👩‍👧",
        "𝐀𝐜𝐦𝐞𝐀𝐢𝐫",
        "#",
        "@",
        "#Acme#Acme",
        "@@AcmeAir",
        "AcmeAcme",
        "ACME's",
        "a\u{200B}",
        "ﷺAcme",
        "Acme\u{FEFF}",
        "İstanbul Acme",
        "ß Acme ß",
        "\u{0}Acme",
        "acme acme acme",
        "Ac\u{200D}me’s #AcmeAir @AcmeAir",
        &long,
    ];
    for text in tricky {
        let len = text.encode_utf16().count() as u32;
        let mut last = 0;
        for x in m.find(text) {
            assert!(
                x.start < x.end && x.end <= len && x.start >= last,
                "{text:?}: {x:?}"
            );
            last = x.end;
            let units: Vec<u16> = text.encode_utf16().collect();
            assert!(
                String::from_utf16(&units[x.start as usize..x.end as usize]).is_ok(),
                "{text:?}: span splits a surrogate pair"
            );
        }
    }
}

#[test]
fn empty_profile_hears_nothing() {
    let m = Matcher::new(&BrandProfile::default());
    assert!(m.find("Acme Air").is_empty());
}

/// The byte test that spares most comparisons never rules out a token the comparisons would
/// accept: every stretching and every single edit (keeping the first character) of words of
/// several lengths, over an alphabet with a multi-byte letter.
#[test]
fn could_be_never_rules_out_a_match() {
    let alphabet = ['a', 'b', 'é', 'ß'];
    for text in ["acme", "abcde", "aébéa", "southwest", "éaaab"] {
        let word = Word {
            text: text.to_string(),
            min_token_len: fuzzy::min_token_len(text),
            typo_ok: text.chars().count() >= 5,
        };
        let chars: Vec<char> = text.chars().collect();
        let mut tokens: Vec<String> = Vec::new();
        for i in 0..=chars.len() {
            let mut with = |f: &dyn Fn(&mut Vec<char>)| {
                let mut t = chars.clone();
                f(&mut t);
                tokens.push(t.into_iter().collect());
            };
            if i < chars.len() {
                with(&|t| {
                    t.remove(i);
                });
                with(&|t| t.insert(i, t[i]));
                with(&|t| {
                    let c = t[i];
                    t.splice(i..i, [c, c, c]);
                });
            }
            if i + 1 < chars.len() {
                with(&|t| t.swap(i, i + 1));
            }
            for c in alphabet {
                with(&|t| t.insert(i, c));
                if i < chars.len() {
                    with(&|t| t[i] = c);
                }
            }
        }
        for token in tokens
            .iter()
            .filter(|t| t.chars().next() == chars.first().copied())
        {
            let accepted = token == text
                || fuzzy::same_when_squeezed(token, text)
                || (word.typo_ok && fuzzy::one_edit_apart(token, text));
            if accepted {
                assert!(word.could_be(token, true), "{token:?} for {text:?}");
            }
            if token == text || fuzzy::same_when_squeezed(token, text) {
                assert!(word.could_be(token, false), "{token:?} for {text:?}");
            }
        }
    }
}

/// A profile at the settings' limits (lists of 500 terms of up to 100 characters) is heard as
/// a small one is: its terms are searched apart from the judging phrases' DFA, not dropped.
#[test]
fn a_profile_at_the_limits_is_heard() {
    let list = |prefix: &str| {
        let terms: Vec<String> = (0..499)
            .map(|i| format!("\"{prefix} {i:03} {}\"", "x".repeat(80)))
            .collect();
        terms.join(",")
    };
    let profile = format!(
        r#"{{"name": "Acme Air", "products": [{}, "SkyMiles"], "exclude": [{}]}}"#,
        list("product"),
        list("not")
    );
    let m = matcher(&profile);
    let product = format!("product 042 {}", "x".repeat(80));
    let text = format!("Acme Air lost my bag, and {product} broke");
    assert_eq!(
        heard(&m, &text),
        [
            ("Acme Air".to_string(), MentionKind::Brand),
            (product, MentionKind::Product)
        ]
    );
    assert_eq!(texts(&m, "my SkyMiles are gone"), ["SkyMiles"]);
}

/// A competitor named right after a verb of taking custom there is a move to it; negated, or
/// named any other way, it is not.
#[test]
fn moves_to_a_competitor() {
    let m = acme();
    let cases: &[(&str, bool)] = &[
        ("im booking Globex Airways for the summer trip", true),
        ("I'd rather fly Globex Airways tbh", true),
        ("trying Initech Air next time, sorry", true),
        ("won't try Globex Airways, ever", false),
        ("never flying Initech Air", false),
        ("Globex Airways is no better", false),
        ("flying Acme Air, not Globex Airways", false),
        ("booking Acme Air again", false),
        ("booking globexy flights", false),
        ("moving everything to Globex Airways. done", true),
        ("moving the whole family to Globex Airways", true),
        ("switched my number to Initech Air", true),
        ("not moving everything to Globex Airways", false),
        ("talking about it to Globex Airways", false),
        // Opening an account there.
        ("just opened a Globex Airways account, bye", true),
        ("opened an account with Initech Air today", true),
        ("I have an account with Initech Air too", false),
        ("refund me, I'll go back to Globex Airways", true),
        ("went back to Initech Air after one flight", true),
        (
            "contract's up next month and I'm off to Globex Airways",
            true,
        ),
        ("sent it off to Initech Air for comparison", false),
        // Rating a competitor over the brand.
        ("price up again. Globex Airways is cheaper now", true),
        ("Initech Air is literally cheaper for the same seat", true),
        ("Initech Air are way better at this", true),
        ("is Globex Airways cheaper? asking for a friend", false),
        ("Globex Airways is a cheaper airline but no", false),
        // Giving up one of the brand's products.
        ("cancelling SkyMiles today, pointless", true),
        ("cancelled my SkyMiles, bye", true),
        ("my SkyMiles got cancelled", false),
        ("cancelled my flight, SkyMiles refunded", false),
    ];
    for (text, want) in cases {
        let folded = Folded::new(text);
        let hits = m.book().hear(&folded.text);
        let post = Listened::heard_in(text, folded, hits);
        assert_eq!(m.leaves(&post), *want, "{text}");
    }
    // The engine flags the move as a churn risk.
    let engine = crate::engine::Engine::new(
        parse_settings(include_str!("../../../examples/brand.json")).unwrap(),
    );
    let flags = |text: &str| {
        let post = crate::engine::Post {
            text: text.into(),
            ..Default::default()
        };
        engine.analyze(&post, None).flags
    };
    use crate::engine::classify::Flag;
    assert_eq!(
        flags("Acme Air, fees up again. booking Globex Airways this summer"),
        [Flag::ChurnRisk]
    );
    assert_eq!(flags("Acme Air, fees up again. Globex Airways too"), []);
    // Moving to the brand itself is no churn risk; moving away still is.
    for (text, joins) in [
        (
            "switched to Acme Air from Globex Airways, couldnt be happier",
            true,
        ),
        ("moving to acme next month", true),
        ("Acme Air lost my bag, switching to Globex Airways", false),
        // Near misses of a cue: other words, joined words, one word, nothing before.
        ("switching into Acme Air", false),
        ("switchto Acme Air", false),
        ("switchingto Acme Air", false),
        ("to Acme Air", false),
        ("Acme Air", false),
        ("moving  to Acme", true),
    ] {
        let folded = Folded::new(text);
        let hits = m.book().hear(&folded.text);
        let post = Listened::heard_in(text, folded, hits);
        assert_eq!(m.joins_brand(&post), joins, "{text}");
    }
    assert_eq!(
        flags("switched to Acme Air from Globex Airways, couldnt be happier"),
        []
    );
    assert_eq!(
        flags("Acme Air lost my bag, switching to Globex Airways"),
        [Flag::ChurnRisk]
    );
}
