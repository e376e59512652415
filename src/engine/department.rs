//! Hand-off: which team a mention belongs to, so non-care problems reach the people who can fix
//! them ("break silos").
//!
//! The brand profile's `departments` rules are tried first, in order; a rule's `when` names a
//! flag, topic or intent and the first rule matching the post wins. Otherwise the default table
//! applies, in this precedence:
//! 1. a legal threat, or a privacy topic → Legal (risk to the company comes first);
//! 2. for complaints and suggestions, the post's main topic: website_app → IT, staff → HR,
//!    product_quality → R&D, booking_billing / refund / pricing → Billing — the first of the
//!    post's topics that has a team decides (questions and praise stay with Customer Care, who
//!    answer them);
//! 3. a suggestion → R&D;
//! 4. everything else → Customer Care.

use std::borrow::Cow;

use super::classify::{Classification, CUE_KEYS};
use super::settings::DepartmentRule;

/// The intent names a department rule's `when` may take, beside every topic and flag
/// ([`CUE_KEYS`]).
const INTENT_KEYS: [&str; 5] = ["complaint", "question", "praise", "suggestion", "other"];

/// Every name a department rule's `when` may take: topics, flags, then intents.
pub fn rule_keys() -> impl Iterator<Item = &'static str> {
    CUE_KEYS.into_iter().chain(INTENT_KEYS)
}

/// Is `key` a name a department rule's `when` may take (see [`rule_keys`])?
pub fn is_rule_key(key: &str) -> bool {
    rule_keys().any(|k| k == key)
}

/// The default team for everything without a more specific one.
pub const CUSTOMER_CARE: &str = "Customer Care";

/// The department a classified post goes to.
///
/// # Example
/// ```
/// use earshot::engine::classify::{Classification, Intent, Topic};
/// use earshot::engine::department::route;
/// let c = Classification { intent: Intent::Complaint, topics: vec![Topic::WebsiteApp], flags: vec![] };
/// assert_eq!(route(&c, &[]), "IT");
/// ```
pub fn route(c: &Classification, overrides: &[DepartmentRule]) -> Cow<'static, str> {
    let mut keys = [""; MAX_KEYS];
    let names = c
        .flags
        .iter()
        .map(|f| f.name())
        .chain(c.topics.iter().map(|t| t.name()))
        .chain(std::iter::once(c.intent.name()));
    let mut n = 0;
    for (slot, name) in keys.iter_mut().zip(names) {
        *slot = name;
        n += 1;
    }
    let keys = &keys[..n];
    if let Some(rule) = overrides.iter().find(|r| keys.contains(&r.when.as_str())) {
        return Cow::Owned(rule.department.clone());
    }
    Cow::Borrowed(default_route(keys))
}

/// A post has at most four flags, three topics and one intent.
const MAX_KEYS: usize = 8;

fn default_route(keys: &[&str]) -> &'static str {
    let has = |k: &str| keys.contains(&k);
    if has("legal_threat") || has("privacy") {
        return "Legal";
    }
    if !has("complaint") && !has("suggestion") {
        return CUSTOMER_CARE;
    }
    for k in keys {
        match *k {
            "website_app" => return "IT",
            "staff" => return "HR",
            "product_quality" => return "R&D",
            "booking_billing" | "refund" | "pricing" => return "Billing",
            _ => {}
        }
    }
    if has("suggestion") {
        return "R&D";
    }
    CUSTOMER_CARE
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::classify::{Flag, Intent, Topic};

    fn c(intent: Intent, topics: &[Topic], flags: &[Flag]) -> Classification {
        Classification {
            intent,
            topics: topics.to_vec(),
            flags: flags.to_vec(),
        }
    }

    #[test]
    fn defaults() {
        use Intent::*;
        use Topic::*;
        let cases: &[(&str, Classification, &str)] = &[
            ("app", c(Complaint, &[WebsiteApp], &[]), "IT"),
            (
                "legal beats app",
                c(Complaint, &[WebsiteApp], &[Flag::LegalThreat]),
                "Legal",
            ),
            (
                "privacy",
                c(Complaint, &[Privacy, WebsiteApp], &[]),
                "Legal",
            ),
            ("staff", c(Complaint, &[Staff], &[]), "HR"),
            ("product", c(Complaint, &[ProductQuality], &[]), "R&D"),
            ("suggestion", c(Suggestion, &[], &[]), "R&D"),
            ("refund", c(Complaint, &[Refund], &[]), "Billing"),
            (
                "pricing complaint",
                c(Complaint, &[Pricing], &[]),
                "Billing",
            ),
            (
                "pricing question",
                c(Question, &[Pricing], &[]),
                "Customer Care",
            ),
            ("staff praise", c(Praise, &[Staff], &[]), "Customer Care"),
            (
                "legal question",
                c(Question, &[], &[Flag::LegalThreat]),
                "Legal",
            ),
            (
                "main topic first",
                c(Complaint, &[Delay, Refund], &[]),
                "Billing",
            ),
            (
                "delay",
                c(Complaint, &[Delay], &[Flag::Urgent]),
                "Customer Care",
            ),
            ("nothing", c(Other, &[], &[]), "Customer Care"),
        ];
        for (name, cl, want) in cases {
            assert_eq!(route(cl, &[]), *want, "{name}");
        }
    }

    #[test]
    fn profile_rules_win_in_order() {
        let rules = vec![
            DepartmentRule {
                when: "lost_item".into(),
                department: "Baggage Services".into(),
            },
            DepartmentRule {
                when: "complaint".into(),
                department: "Escalations".into(),
            },
        ];
        assert_eq!(
            route(&c(Intent::Complaint, &[Topic::LostItem], &[]), &rules),
            "Baggage Services"
        );
        assert_eq!(
            route(&c(Intent::Complaint, &[Topic::Staff], &[]), &rules),
            "Escalations"
        );
        assert_eq!(
            route(&c(Intent::Suggestion, &[Topic::Staff], &[]), &rules),
            "HR"
        );
    }

    #[test]
    fn rule_keys_are_every_topic_flag_and_intent() {
        let mut names: Vec<&str> = Topic::ALL.iter().map(|t| t.name()).collect();
        names.extend([Flag::ChurnRisk, Flag::LegalThreat, Flag::Urgent].map(Flag::name));
        names.extend(
            [
                Intent::Complaint,
                Intent::Question,
                Intent::Praise,
                Intent::Suggestion,
                Intent::Other,
            ]
            .map(Intent::name),
        );
        assert_eq!(names.len(), rule_keys().count());
        for n in names {
            assert!(is_rule_key(n), "{n}");
        }
    }
}
