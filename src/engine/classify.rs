//! Intent, topics and risk flags (interim; replaced by the full classifier).

use serde::Serialize;

use super::sentiment::{Label, Sentiment};

/// What the author wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Something went wrong.
    Complaint,
    /// Asks something.
    Question,
    /// Happy.
    Praise,
    /// An idea.
    Suggestion,
    /// Anything else.
    Other,
}

/// What the post is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Topic {
    Delay,
    Cancellation,
    LostItem,
    DamagedItem,
    Staff,
    CustomerService,
    Queue,
    BookingBilling,
    Refund,
    ProductQuality,
    Delivery,
    WebsiteApp,
    Pricing,
    Safety,
    Privacy,
}

/// A risk that needs attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Flag {
    ChurnRisk,
    LegalThreat,
    Safety,
    Urgent,
}

/// Intent, topics and flags of one post.
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    /// What the author wants.
    pub intent: Intent,
    /// Topics, most relevant first.
    pub topics: Vec<Topic>,
    /// Risk flags.
    pub flags: Vec<Flag>,
}

/// Classifies `text` given its sentiment.
pub fn classify(text: &str, sentiment: &Sentiment) -> Classification {
    let intent = if text.contains('?') {
        Intent::Question
    } else {
        match sentiment.label {
            Label::Negative => Intent::Complaint,
            Label::Positive => Intent::Praise,
            Label::Neutral => Intent::Other,
        }
    };
    Classification {
        intent,
        topics: Vec::new(),
        flags: Vec::new(),
    }
}
