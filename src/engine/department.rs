//! Hand-off routing (interim; replaced by the full table).

use super::classify::Classification;
use super::settings::DepartmentRule;

/// Names a department rule's `when` may take: topics, flags and intents.
pub const RULE_KEYS: &[&str] = &[
    "delay",
    "cancellation",
    "lost_item",
    "damaged_item",
    "staff",
    "customer_service",
    "queue",
    "booking_billing",
    "refund",
    "product_quality",
    "delivery",
    "website_app",
    "pricing",
    "safety",
    "privacy",
    "churn_risk",
    "legal_threat",
    "urgent",
    "complaint",
    "question",
    "praise",
    "suggestion",
    "other",
];

/// The department a classified post goes to.
pub fn route(_c: &Classification, _overrides: &[DepartmentRule]) -> String {
    "Customer Care".to_string()
}
