//! Composition tests on constructed analyses.

use super::*;
use crate::engine::analysis::Author;
use crate::engine::classify::{Flag, Topic};
use crate::engine::sentiment::{Label, Sentiment};
use crate::engine::settings::parse_settings;

fn brand() -> BrandProfile {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/examples/brand.json"))
        .unwrap_or_default();
    parse_settings(&json).map(|s| s.brand).unwrap_or_default()
}

fn post(id: &str, text: &str, name: &str, handle: &str, site: &str) -> Post {
    Post {
        id: id.into(),
        text: text.into(),
        author: Some(Author {
            handle: Some(handle.into()),
            name: Some(name.into()),
            ..Author::default()
        }),
        site: Some(site.into()),
        ..Post::default()
    }
}

fn negative(topics: Vec<Topic>) -> Analysis {
    let mut a = blank_analysis();
    a.sentiment = Sentiment {
        label: Label::Negative,
        score: -0.5,
        terms: vec![],
    };
    a.intent = Intent::Complaint;
    a.topics = topics;
    a
}

#[test]
fn three_named_specific_drafts_for_a_cancelled_flight() {
    let mut m = variety::Memory::default();
    let p = post(
        "1",
        "@AcmeAir my flight to Denver was cancelled and I waited 2 hours for nothing",
        "Maria Lopez 🌸 | travel addict",
        "mlopez",
        "x",
    );
    let d = compose(&brand(), &mut m, &p, &negative(vec![Topic::Cancellation]));
    assert_eq!(d.len(), 3);
    for x in &d {
        assert!(x.text.contains("Maria"), "{}", x.text);
        assert!(x.text.contains("cancelled flight to Denver"), "{}", x.text);
        assert!(x.text.ends_with("^JS"), "{}", x.text);
        assert!(x.weighted_length <= 280);
        assert!(!x.text.contains("Dear customer"));
    }
}

#[test]
fn pii_never_echoed_and_reference_asked_by_dm() {
    let cases = [
        "@AcmeAir lost my bag, booking ref AB12CD, call me on 07700 900123",
        "Acme charged my card 4111 1111 1111 1111 twice! email jo@example.com",
        "Acme order #5551234 never arrived, damaged box",
    ];
    let mut m = variety::Memory::default();
    for (i, text) in cases.iter().enumerate() {
        let p = post(&i.to_string(), text, "Jo Bloggs", "jb", "x");
        let d = compose(&brand(), &mut m, &p, &negative(vec![Topic::LostItem]));
        assert!(!d.is_empty(), "{text}");
        for x in &d {
            assert!(!pii::contains_pii(&x.text), "{}", x.text);
            assert!(
                x.text.contains("DM") || x.text.contains("direct message"),
                "{}",
                x.text
            );
        }
    }
}

#[test]
fn same_post_same_drafts_different_posts_never_share() {
    let mut m = variety::Memory::default();
    let a = negative(vec![Topic::Delay]);
    let p1 = post("1", "Acme flight delayed again", "Sam Lee", "s", "x");
    let p2 = post("2", "Acme flight delayed again", "Sam Lee", "s", "x");
    let d1 = compose(&brand(), &mut m, &p1, &a);
    assert_eq!(d1, compose(&brand(), &mut m, &p1, &a));
    let d2 = compose(&brand(), &mut m, &p2, &a);
    for x in &d2 {
        assert!(d1.iter().all(|y| y.text != x.text), "{}", x.text);
    }
}

#[test]
fn handle_when_no_first_name_and_none_without_author() {
    let mut m = variety::Memory::default();
    let p = post(
        "1",
        "Acme the cracked screen on my phone",
        "ACME Deals Ltd",
        "deals83",
        "facebook",
    );
    let d = compose(&brand(), &mut m, &p, &negative(vec![Topic::DamagedItem]));
    assert!(!d.is_empty());
    assert!(d
        .iter()
        .all(|x| x.text.contains("@deals83") && x.text.chars().count() <= 400));
    let anon = Post {
        id: "2".into(),
        text: "Acme cracked screen".into(),
        ..Post::default()
    };
    assert!(compose(&brand(), &mut m, &anon, &negative(vec![])).is_empty());
}

#[test]
fn praise_with_photo_asks_to_share() {
    let mut m = variety::Memory::default();
    let mut a = blank_analysis();
    a.sentiment = Sentiment {
        label: Label::Positive,
        score: 0.8,
        terms: vec![],
    };
    a.intent = Intent::Praise;
    let p = post(
        "1",
        "Loved the sunset view from my Acme window seat, pic attached",
        "Priya Shah",
        "ps",
        "x",
    );
    let d = compose(&brand(), &mut m, &p, &a);
    assert_eq!(d.len(), 3);
    assert!(d.iter().all(|x| x.text.contains("photo")), "{d:?}");
}

#[test]
fn faq_question_is_answered() {
    let mut m = variety::Memory::default();
    let mut a = blank_analysis();
    a.intent = Intent::Question;
    let p = post(
        "1",
        "@AcmeAir how much is a checked bag on FlexFare?",
        "Tom Hart",
        "th",
        "x",
    );
    let d = compose(&brand(), &mut m, &p, &a);
    assert!(!d.is_empty());
    assert!(d.iter().all(|x| x.text.contains("23 kg")), "{d:?}");
}

#[test]
fn legal_threat_gets_calm_hand_off() {
    let mut m = variety::Memory::default();
    let mut a = negative(vec![Topic::Refund]);
    a.flags = vec![Flag::LegalThreat];
    let p = post(
        "1",
        "Acme refund my cancelled flight or I'm calling my lawyer",
        "Ann Page",
        "ap",
        "x",
    );
    let d = compose(&brand(), &mut m, &p, &a);
    assert!(!d.is_empty());
    for x in &d {
        let t = x.text.to_lowercase();
        assert!(!t.contains("refund") || !t.contains("we'll"), "{t}");
        assert!(
            !t.contains("our fault") && !t.contains("we apologise for our"),
            "{t}"
        );
    }
}

#[test]
fn hold_duration_is_named() {
    let mut m = variety::Memory::default();
    let p = post(
        "1",
        "Been on a 2-hour hold with Acme about order #5551234",
        "Lena Vogel",
        "lv",
        "x",
    );
    let d = compose(&brand(), &mut m, &p, &negative(vec![Topic::Queue]));
    assert!(!d.is_empty());
    assert!(
        d.iter()
            .all(|x| x.text.contains("2-hour hold") && x.text.contains("order number")),
        "{d:?}"
    );
}

#[test]
fn neutral_report_of_a_fault_is_met_with_regret() {
    let mut m = variety::Memory::default();
    let p = post("1", "Acme my flight was cancelled", "Jo Lee", "jl", "x");
    let d = compose(&brand(), &mut m, &p, &blank_analysis());
    assert!(!d.is_empty());
    assert!(
        d.iter().all(|x| x.text.to_lowercase().contains("sorry")),
        "{d:?}"
    );
}
