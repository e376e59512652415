//! The concrete next step: who the case is passed to (a team phrase from department and topic),
//! what we need by DM (the reference type, never its value), the help link, and a follow-up
//! promise only when the brand's policy allows it. Refunds, compensation and legal matters are
//! never promised unless the policy says so.

use crate::engine::analysis::Analysis;
use crate::engine::classify::{Flag, Topic};
use crate::engine::settings::ReplyPolicy;

/// The team phrase for a hand-off: "our baggage team".
pub fn team(a: &Analysis) -> String {
    let by_topic = a.topics.first().map(|t| match t {
        Topic::LostItem | Topic::DamagedItem => "baggage",
        Topic::Delay | Topic::Cancellation => "operations",
        Topic::BookingBilling | Topic::Pricing => "bookings",
        Topic::Refund => "payments",
        Topic::Delivery => "delivery",
        Topic::WebsiteApp => "digital",
        Topic::Safety => "safety",
        Topic::Privacy => "data protection",
        Topic::Staff | Topic::CustomerService | Topic::Queue => "customer care",
        Topic::ProductQuality => "product",
    });
    let dept = a.department.trim();
    if a.flags.contains(&Flag::LegalThreat) {
        return "our customer relations team".into();
    }
    match (dept, by_topic) {
        ("Customer Care", Some(t)) | ("", Some(t)) => format!("our {t} team"),
        ("IT", _) => "our digital team".into(),
        ("R&D", _) => "our product team".into(),
        ("Billing", _) => "our billing team".into(),
        ("Legal", _) | ("HR", _) => "the right team".into(),
        ("Customer Care", None) | ("", None) => "our care team".into(),
        (d, _) if d.to_lowercase().contains("team") => format!("our {d}"),
        (d, _) => format!("our {d} team"),
    }
}

/// Whether replies to this post should steer clear of any commitment (legal threat).
pub fn legal(a: &Analysis) -> bool {
    a.flags.contains(&Flag::LegalThreat)
}

/// One next-step sentence for `tone` (0 empathetic, 1 warm, 2 formal).
pub fn sentence(
    tone: usize,
    a: &Analysis,
    policy: &ReplyPolicy,
    reference: Option<&str>,
    seed: u64,
) -> String {
    let team = team(a);
    if legal(a) {
        return match tone {
            0 => format!("I've passed this to {team}, who will review it carefully. Please DM us so they can reach you."),
            1 => format!("I've shared this with {team} so it gets a proper look — DM us your contact details?"),
            _ => format!("This has been referred to {team} for review. Please send us a DM with your contact details."),
        };
    }
    let ask = match reference {
        Some(r) => format!("your {r}"),
        None => "the details".into(),
    };
    let refund = a.topics.contains(&Topic::Refund);
    let money = match (refund, policy.allow_refunds, policy.allow_compensation) {
        (true, true, _) => " and look at a refund with you",
        (_, _, true)
            if a.topics.iter().any(|t| {
                matches!(
                    t,
                    Topic::Delay | Topic::Cancellation | Topic::LostItem | Topic::DamagedItem
                )
            }) =>
        {
            " and look at what we can offer"
        }
        _ => "",
    };
    let follow = if policy.promise_follow_up {
        [
            " We'll follow up with you.",
            " We'll get back to you soon.",
            " We'll keep you posted.",
        ][(seed % 3) as usize]
    } else {
        ""
    };
    match tone {
        0 => format!("Please DM us {ask} and I'll pass this to {team}{money}.{follow}"),
        1 => format!("Send us a DM with {ask}? I'll get {team} on it{money}.{follow}"),
        _ => {
            format!("Kindly send us {ask} by direct message; {team} will review it{money}.{follow}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::reply::blank_analysis;

    #[test]
    fn team_table() {
        let cases: &[(&str, &str, Option<Topic>, &str)] = &[
            (
                "baggage",
                "Customer Care",
                Some(Topic::LostItem),
                "our baggage team",
            ),
            (
                "override",
                "Baggage Services",
                Some(Topic::LostItem),
                "our Baggage Services team",
            ),
            ("it", "IT", Some(Topic::WebsiteApp), "our digital team"),
            ("none", "Customer Care", None, "our care team"),
        ];
        for (name, dept, topic, want) in cases {
            let mut a = blank_analysis();
            a.department = (*dept).into();
            a.topics = topic.iter().copied().collect();
            assert_eq!(team(&a), *want, "{name}");
        }
    }

    #[test]
    fn no_refund_promise_unless_allowed() {
        let mut a = blank_analysis();
        a.topics = vec![Topic::Refund];
        let no = ReplyPolicy::default();
        let yes = ReplyPolicy {
            allow_refunds: true,
            ..ReplyPolicy::default()
        };
        for tone in 0..3 {
            assert!(!sentence(tone, &a, &no, None, 1).contains("refund"));
            assert!(sentence(tone, &a, &yes, None, 1).contains("refund"));
        }
    }

    #[test]
    fn legal_hand_off_has_no_promise() {
        let mut a = blank_analysis();
        a.flags = vec![Flag::LegalThreat];
        a.topics = vec![Topic::Refund];
        let all = ReplyPolicy {
            allow_refunds: true,
            allow_compensation: true,
            promise_follow_up: true,
        };
        for tone in 0..3 {
            let s = sentence(tone, &a, &all, None, 0);
            assert!(
                !s.contains("refund") && !s.contains("follow up") && !s.contains("sorry"),
                "{s}"
            );
        }
    }
}
