//! Intent, topics and risk flags: what the author wants, what it is about, what could go wrong.
//!
//! Every cue of every table below is heard in the lower-cased text in one pass (shared with the
//! care layer's phrases, see [`super::phrases`]). A cue ending in `*` is a stem (`delay*` hears delay, delayed, delays); any other cue must end at a
//! word boundary. Topic scores add up their cues' weights; topics are reported strongest first
//! (ties: first mentioned first), at most three. The taxonomy deliberately covers the offline
//! world — staff, queues, delivery, lost and damaged items — where over half of brand talk is.
//!
//! Intent, in order: a suggestion cue makes a suggestion (unless the post is strongly negative);
//! a negative post that reports a problem (negative score with a problem topic, or a score of
//! −0.3 or below), or a post that is not clearly positive and carries a churn, legal or safety
//! flag, is a complaint — also when phrased as a question ("why is my flight delayed
//! AGAIN?"); otherwise a question mark or question opening makes a question; a positive post is
//! praise; a negative one a complaint; the rest is other.

use std::ops::ControlFlow;
use std::sync::OnceLock;

use serde::Serialize;

use super::phrases::{Hit, Listened, Phrase};
use super::sentiment::{lexicon, Sentiment};
use super::small_sort::sort_small_by;
use super::text::tokens::words_before;

/// What the author wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Intent {
    /// Something went wrong.
    Complaint,
    /// Asks something.
    Question,
    /// Happy with the brand.
    Praise,
    /// An idea for the brand.
    Suggestion,
    /// Anything else.
    Other,
}

/// What a post is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// Late departures and arrivals, waiting for a service to start.
    Delay,
    /// A booking, flight, order or appointment called off.
    Cancellation,
    /// Bags, parcels, belongings gone missing.
    LostItem,
    /// Something arrived or came back broken.
    DamagedItem,
    /// How employees behaved.
    Staff,
    /// Reaching the brand: phone, chat, e-mail, no answer.
    CustomerService,
    /// Lines and waiting in person.
    Queue,
    /// Bookings, charges, payments.
    BookingBilling,
    /// Money back, vouchers, compensation.
    Refund,
    /// The product itself.
    ProductQuality,
    /// Shipping and delivery.
    Delivery,
    /// The website or app.
    WebsiteApp,
    /// Prices and fees.
    Pricing,
    /// Danger to people.
    Safety,
    /// Personal data.
    Privacy,
}

/// A risk that needs attention now.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// The customer threatens to leave.
    ChurnRisk,
    /// Lawyers, courts, regulators.
    LegalThreat,
    /// Someone may be in danger.
    Safety,
    /// Time pressure: it must be solved within hours.
    Urgent,
}

impl Intent {
    /// The serde name (`complaint`).
    pub fn name(self) -> &'static str {
        match self {
            Intent::Complaint => "complaint",
            Intent::Question => "question",
            Intent::Praise => "praise",
            Intent::Suggestion => "suggestion",
            Intent::Other => "other",
        }
    }
}

impl Topic {
    /// Every topic, in taxonomy order.
    pub const ALL: [Topic; 15] = [
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
    ];

    /// The serde name (`lost_item`).
    pub fn name(self) -> &'static str {
        match self {
            Delay => "delay",
            Cancellation => "cancellation",
            LostItem => "lost_item",
            DamagedItem => "damaged_item",
            Staff => "staff",
            CustomerService => "customer_service",
            Queue => "queue",
            BookingBilling => "booking_billing",
            Refund => "refund",
            ProductQuality => "product_quality",
            Delivery => "delivery",
            WebsiteApp => "website_app",
            Pricing => "pricing",
            Safety => "safety",
            Privacy => "privacy",
        }
    }
}

impl Flag {
    /// The serde name (`churn_risk`).
    pub fn name(self) -> &'static str {
        match self {
            Flag::ChurnRisk => "churn_risk",
            Flag::LegalThreat => "legal_threat",
            Flag::Safety => "safety",
            Flag::Urgent => "urgent",
        }
    }
}

/// The names a brand's own cue may tell (see
/// [`CueRule`](crate::engine::settings::CueRule)): every topic, then every flag.
pub const CUE_KEYS: [&str; 18] = [
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
];

/// A brand's own cue as the engine hears it: what it tells, and whether it is a stem (its
/// pattern may run on into a longer word).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct OwnCue {
    cue: Cue,
    stem: bool,
}

/// What a brand's cue named `when` (one of [`CUE_KEYS`]) tells: its topic, or its flag, or —
/// for `safety`, which is both — the two; a brand's own words weigh as the strongest built-in
/// cues do. `stem` as for [`OwnCue`].
pub(crate) fn own_cues(when: &str, stem: bool) -> impl Iterator<Item = OwnCue> + '_ {
    let topics = Topic::ALL
        .into_iter()
        .filter(move |t| t.name() == when)
        .map(|t| Cue::Topic(t, 3));
    let flags = [
        Flag::ChurnRisk,
        Flag::LegalThreat,
        Flag::Safety,
        Flag::Urgent,
    ]
    .into_iter()
    .filter(move |f| f.name() == when)
    .map(Cue::Flag);
    topics.chain(flags).map(move |cue| OwnCue { cue, stem })
}

/// Intent, topics and flags of one post.
#[derive(Debug, Clone, PartialEq)]
pub struct Classification {
    /// What the author wants.
    pub intent: Intent,
    /// Topics, most relevant first (at most three).
    pub topics: Vec<Topic>,
    /// Risk flags, in the order of [`Flag`].
    pub flags: Vec<Flag>,
}

/// What a cue says when heard.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cue {
    Topic(Topic, u8),
    Flag(Flag),
    /// A time window: urgent unless the post is positive.
    Soon,
    /// "Tonight" said as a deadline (see [`deadline_tonight`]): a window only where the post
    /// names trouble (a topic, or a negative tone) — "parcel still not here and I need it
    /// tonight" is urgent, "mince pie taste-off at mum's tonight" is not.
    Tonight,
    /// "TOMORROW" or "TODAY" in capitals: a deadline the author shouts ("wedding is TOMORROW at
    /// 11am", "I need this put back TODAY"), which counts as [`Cue::Tonight`] does. In lower
    /// case the word is as often a plan ("chargeback going in tomorrow"), and is not heard. Only
    /// an ASCII post is read for capitals (its folded text lines up with it byte for byte).
    ShoutedDay,
    Suggestion,
    /// A phrase that holds a cue's words without its sense (see [`NOT_CUES`]).
    Void,
    /// "min", "hour" or "hr", anywhere: a moment minutes or hours away may be named (see
    /// [`moment_soon`]).
    TimeUnit,
    /// "Not gonna lie": candour, whose "not" negates nothing (see
    /// [`care::spare_candour`](crate::engine::sentiment::care::spare_candour)).
    Candour,
}

use Topic::*;

/// Dangers to people that name no harm done yet: a safety flag and the safety topic alike (a
/// post about exposed wires is about safety, whatever else it names).
const DANGER: &[&str] = &[
    "battery swelling",
    "battery is swelling",
    "swollen battery",
    "sparking",
    "bare wire*",
    "exposed wire*",
    "bare copper",
    "live wire*",
    "harass*",
    "stalking",
    "carbon monoxide",
    "co alarm",
    "gas leak",
    "leaking gas",
    "smell of gas",
    "smell gas",
    "smells of gas",
    "self harm",
    "self-harm",
    "going to fall",
    "gonna fall",
    "mounted the pavement",
    "mounted the kerb",
    "someone gets killed",
    "someone gets hurt",
    "someone is going to get hurt",
    "someone's going to get hurt",
    "dangerous driving",
    "driving dangerously",
    "squared up",
    "threatened me",
    "threatening me",
    "scorched",
    "scorch mark*",
    "too hot to touch",
    "puffed up",
    "electric shock",
    "a zap",
    "proper zap",
    "zapped me",
    "hands are stinging",
    "skin is stinging",
    "chemical burn*",
    "brake pedal",
    "brakes failed",
    "brakes went",
    "brakes gone",
    "no brakes",
    "hard shoulder",
    "burning smell",
    "smell of burning",
    "smells of burning",
    "tyre blew",
    "tire blew",
    "tyre blowout",
    "tire blowout",
    "a blowout on",
    "shard of glass",
    "piece of glass",
    "bit of glass",
    "glass in my",
    "glass in a",
    "glass in the",
    "piece of metal",
    "bit of metal",
    "metal in my",
    "plastic in my",
    "raw in the middle",
    "ceiling has come down",
    "ceiling has just come down",
    "ceiling came down",
    "ceiling collapsed",
    "through the light fitting",
    "came down on",
    "fell on me",
    "fell on my",
    "fell on his",
    "fell on her",
    "keeps following",
    "keeps following me",
    "was following me",
    "been following me",
    "followed me home",
    "followed me to",
    "slipped on",
    "fractured",
    "broke my wrist",
    "broken wrist",
    "broke my arm",
    "broken arm",
    "broke my leg",
    "broken leg",
    "broke my ankle",
    "gone into the back of me",
    "went into the back of me",
    "sewage",
    "open trench",
    "burst main",
    "aquaplaning",
    "someone falls in",
    "got followed",
    "opened while",
    "while we were moving",
    "wrong dose",
    "wrong medication",
    "wrong meds",
    "wrong strength",
    "adult strength",
    "someone else's prescription",
    "different meds",
    "out of date",
    "hives",
    "in a rash",
    "burning sensation",
    "airbag recall",
    "safety recall",
    "recall notice",
    "recall letter",
    "do not drive",
    "fuel leak",
    "steering went",
    "steering just went",
    "steering failed",
    "speeding",
    "thought i was going to die",
    "thought i was gonna die",
    "inappropriate comment*",
    "uncomfortable comment*",
    "off the route",
    "off route",
    "she's scared",
    "he's scared",
    "i was scared",
    "i was terrified",
    "glass all over",
    "glass everywhere",
    "norovirus",
    "fainted",
    "an ambulance",
    "ambulance came",
    "unattended bag",
    "unattended suitcase",
    "unattended luggage",
    "couldn't breathe",
    "couldnt breathe",
    "could not breathe",
    "man overboard",
    "split her head",
    "split his head",
    "split my head",
    "nearly went flying",
    "went flying",
    "go flying",
    "lap bar",
    "almost went flying",
    "nearly went into",
    "almost went into",
    "railing is loose",
    "loose railing",
];

/// Harm to people, in words a customer uses: both the safety topic and the safety flag.
const HARM: &[&str] = &[
    "stitches",
    "blisters",
    "scalded",
    "scalding",
    "bleeding",
    "exposed metal",
    "sharp edge",
    "unsafe",
    "dangerous",
    "danger",
    "injur*",
    "hurt",
    "fire",
    "smoke",
    "emergency",
    "accident",
    "food poisoning",
    "allergic reaction",
    "collapsed",
    "is this safe",
    "not safe",
    "a burn",
    "burn on",
    "burns on",
    "burnt my",
    "burned my",
    "burnt his",
    "burned his",
    "burnt her",
    "burned her",
    "scald*",
    "melted",
    "overheat*",
    "caught fire",
    "choking",
    "a&e",
    "swelling",
    "anaphyla*",
    "epipen",
    "throwing up",
    "threw up",
    "vomiting",
    "undercooked",
    "raw chicken",
    "pink in the middle",
    "nearly hit",
    "almost hit",
    "nearly took out",
    "slammed into",
    "hit my head",
    "hit his head",
    "hit her head",
    "bruise*",
    "nearly ran over",
    "knocked over",
    "a rash",
    "rash on",
    "rash all",
    "swollen",
    "red raw",
    "being sick",
    "been sick all",
    "sick all night",
    "were both sick",
    "nut allergy",
    "peanut allergy",
    "is that safe",
    "is it safe",
    "is it even safe",
];

/// Dangers happening now — a child missing, people stuck on a ride: the safety topic, the safety
/// flag and the urgent flag at once.
const EMERGENCIES: &[&str] = &[
    "lost my son",
    "lost my daughter",
    "lost my child",
    "lost my kid",
    "can't find my son",
    "can't find my daughter",
    "cant find my son",
    "cant find my daughter",
    "missing child",
    "lost child",
    "stuck at the top",
    "stuck upside down",
];

/// Conduct that puts a customer or their child at risk from the brand's own people — the signs a
/// safeguarding lead looks for: asking a child to keep things from their parents, asking to meet,
/// messaging a child away from the service, keeping a customer's number, coming into a room
/// unannounced. Named in a post, each is a safety flag and the safety topic, however calmly it is
/// told ("has started messaging her on Instagram asking to meet up and telling her not to
/// mention it to us"). Only forms that innocent talk does not use: a parent "texting my
/// daughter" about a parcel, a surprise kept "a secret", a number an app "saved", a manager who
/// "asked him to meet us at the gate" are left out.
const SAFEGUARDING: &[&str] = &[
    "not to tell us",
    "not to tell her parents",
    "not to tell his parents",
    "not to mention it to us",
    "asking to meet up",
    "asked to meet up",
    "started messaging my daughter",
    "started messaging my son",
    "been messaging my daughter",
    "been messaging my son",
    "keeps messaging my daughter",
    "keeps messaging my son",
    "started texting my daughter",
    "started texting my son",
    "been texting my daughter",
    "been texting my son",
    "keeps texting my daughter",
    "keeps texting my son",
    "still has my number",
    "without knocking",
    "walked in on me",
    "walked in on us",
];

const TOPIC_CUES: &[(Topic, u8, &[&str])] = &[
    (
        Delay,
        2,
        &[
            "still not off",
            "never showed",
            "never turned up",
            "hasn't turned up",
            "hasnt turned up",
            "didn't turn up",
            "didnt turn up",
            "didn't show up",
            "didnt show up",
            "no show",
            "no-show",
            "delay*",
            "running late",
            "hours late",
            "hour late",
            "late again",
            "late departure",
            "late arrival",
            "pushed back",
            "tarmac",
            "missed my connection",
            "missed connection",
            "behind schedule",
            "still not boarded",
            "not departed",
            "late flight",
            "late train",
            "late bus",
            "meant to arrive",
            "meant to be delivered",
            "was due",
            "meant to reopen",
            "been waiting",
            "any update",
            "mins late",
            "minutes late",
            "min late",
            "sat outside",
            "on order for",
            "still on order",
            "processing after",
            "processing since",
            "been processing",
            "stuck outside",
            "been sat at",
            "signal fault",
            "signal failure",
            "supposed to reopen",
            "due to reopen",
            "still haven't",
            "still hasn't",
            "still havent",
            "still hasnt",
            "supposed to be delivered",
            "still no van",
            "still no driver",
            "supposed to arrive",
            "should have arrived",
            "still processing",
            "days late",
            "weeks late",
            "took ages",
            "taking ages",
            "took forever",
            "taking forever",
            "past the date",
            "still isn't there",
            "still isnt there",
            "still not there",
            "hasn't gone through",
            "hasnt gone through",
            "not gone through",
            "still pending",
            "divert*",
            "sat at the gate",
            "eta",
            "a bit late",
            "late order*",
            "waiting on my food",
            "waiting for my food",
            "waiting on my order",
            "waiting for my order",
            "waiting on his",
            "waiting on her",
            "waiting on our",
            "hasn't moved",
            "hasnt moved",
            "has not moved",
            "not moved since",
            "no update since",
            "not been updated",
            "a day late",
            "holdup",
            "hold-up",
        ],
    ),
    (
        Cancellation,
        3,
        &[
            "didn't go to",
            "didnt go to",
            "skipped port",
            "skipping port",
            "itinerary change*",
            "changed the itinerary",
            "changed our itinerary",
            "cancel button",
            "trying to cancel",
            "cancel my contract",
            "cancel my",
            "cxl",
            "cxl'd",
            "cxld",
            "cancelled",
            "canceled",
            "cancellation*",
            "cancels",
            "cancelling",
            "canceling",
            "cancelled flight",
            "called off",
            "scrapped",
            "postpone*",
            "terminated at",
            "terminating at",
            "terminated short",
            "strike action",
            "the strike",
            "cancel the order",
            "cancel the whole order",
            "cancel our order",
            "cancel orders",
        ],
    ),
    (
        LostItem,
        3,
        &[
            "bag didn't make it",
            "did not make it from",
            "handed it in",
            "nobody knows where it is",
            "bag didnt make it",
            "bags didn't make it",
            "bags didnt make it",
            "luggage didn't make it",
            "luggage didnt make it",
            "lost my",
            "losing my",
            "losing our",
            "lose my",
            "lost our",
            "lost his",
            "lost her",
            "lost bag*",
            "lost luggage",
            "lost suitcase",
            "missing bag*",
            "missing luggage",
            "missing suitcase",
            "missing item*",
            "misplaced",
            "can't find my",
            "cant find my",
            "where is my bag",
            "where is my luggage",
            "where is my suitcase",
            "left behind",
            "left my son's",
            "left my daughter's",
            "left my phone",
            "left my wallet",
            "left my keys",
            "left my passport",
            "left my laptop",
            "left my glasses",
            "left my coat",
            "left my jacket",
            "left in the car",
            "in the glovebox",
            "bags short",
            "bag short",
            "items short",
            "no record of",
            "stole my",
            "stolen from",
            "nicked my",
            "into my locker",
            "vanished",
            "never came through",
            "walked off with",
            "without my bag*",
            "without my luggage",
            "without my suitcase",
            "left on the plane",
            "left it on the plane",
            "left on board",
            "left onboard",
            "finding my",
            "found my",
            "no parcel",
            "marked as delivered",
            "marked delivered",
            "says delivered",
            "said delivered",
            "shows delivered",
            "showing delivered",
            "never received",
            "not received",
            "never arrived",
            "disappeared from",
            "has disappeared",
            "have disappeared",
            "gone missing",
            "went missing",
            "hasn't shown up",
            "hasnt shown up",
            "haven't shown up",
            "havent shown up",
            "never shown up",
            "never made it",
            "items missing",
            "item missing",
            "is missing",
            "are missing",
            "were missing",
            "was missing",
            "missing order",
            "missing from",
            "says my order was delivered",
            "says it was delivered",
            "said it was delivered",
            "my lost",
            "been located",
            "be located",
            "delivered to the wrong",
            "someone else's door",
            "someone else's front door",
            "someone elses door",
            "lost parcel*",
            "lost package*",
            "missing parcel*",
            "missing package*",
            "someone's taken my",
            "someone has taken my",
            "recycle bin",
            "photos are gone",
            "files are gone",
            "photos have gone",
            "files have gone",
        ],
    ),
    (
        DamagedItem,
        3,
        &[
            "damaged",
            "damage claim",
            "gouge*",
            "broken",
            "cracked",
            "smashed",
            "ripped",
            "torn",
            "dented",
            "scratched",
            "shattered",
            "crushed",
            "arrived broken",
            "corrupted",
            "corrupt",
            "in pieces",
            "dent",
            "dents",
            "handle is",
            "wheel*",
            "exploded",
            "snapped",
            "spilled",
            "spilt",
            "spillage",
            "squashed",
            "upside down",
            "leaked all over",
            "leaked everywhere",
            "a hole in",
            "crack across",
            "crack right across",
            "crack in the",
            "water damage",
            "dug up",
            "cracking my",
            "my driveway",
            "is bent",
            "now bent",
            "leak damage",
            "a scratch",
            "scratch on",
            "scratch down",
            "massive scratch",
        ],
    ),
    (
        Staff,
        2,
        &[
            "engineer",
            "technician",
            "installer",
            "staff",
            "crew",
            "agent",
            "agents",
            "employee*",
            "rude",
            "on the tills",
            "on the till",
            "instructor*",
            "personal trainer",
            "the pt",
            "the guard",
            "guard on the",
            "attendant*",
            "pilot",
            "cashier",
            "manager",
            "driver",
            "rider",
            "riders",
            "waiter",
            "waitress",
            "personnel",
            "attitude",
            "yelled",
            "shouted",
            "unprofessional",
            "went above and beyond",
            "helpful",
            "friendly",
            "rolled his eyes",
            "rolled her eyes",
            "rolled their eyes",
            "the team at",
            "man at the",
            "woman at the",
            "lady at the",
            "guy at the",
            "man on the counter",
            "woman on the counter",
            "lady on the counter",
            "shoutout to",
            "shout out to",
            "the woman on",
            "the woman at",
            "the lady on",
            "the lady at",
            "the man at",
            "the man on",
            "the guy at",
            "the guy on",
            "the girl in",
            "the girl at",
            "looked me up and down",
        ],
    ),
    (
        CustomerService,
        2,
        &[
            "support bot",
            "replied in",
            "replied within",
            "chatbot",
            "chat bot",
            "complaints inbox",
            "help center",
            "help centre",
            "actual human",
            "actual humans",
            "real person",
            "talk to a person",
            "speak to a person",
            "callback",
            "call back",
            "ring back",
            "customer service",
            "customer care",
            "customer support",
            "support team",
            "on hold",
            "no one answers",
            "nobody answers",
            "no one is answering",
            "nobody is answering",
            "hung up",
            "nobody is picking up",
            "rings out",
            "voicemail",
            "hangs up",
            "got disconnected",
            "chat disconnected",
            "call disconnected",
            "call volumes",
            "not a single reply",
            "no replies",
            "ringing out",
            "no one is picking up",
            "nobody picks up",
            "no one picks up",
            "roadside assistance",
            "roadside team",
            "call center",
            "call centre",
            "helpline",
            "hotline",
            "chatbot",
            "chat bot",
            "no response",
            "no reply",
            "ignored",
            "ignoring",
            "called 3 times",
            "called 5 times",
            "calling for",
            "live chat",
            "web chat",
            "the bot",
            "speak to a human",
            "talk to a human",
            "a real person",
            "an actual human",
            "an actual person",
            "not answering",
            "isn't answering",
            "isnt answering",
            "round in circles",
            "around in circles",
            "pillar to post",
            "bots",
            "support chat",
            "on chat",
            "chat keeps",
            "chat agent",
            "ghosted",
            "for a reply",
            "for a response",
            "my dm",
            "my dms",
            "replying to my",
            "replied to my",
            "reply to my",
            "useless bot",
            "a human",
            "the way you've handled",
            "the way you handled",
            "support assistant",
            "dm'd you",
            "dm'd them",
            "dmed you",
            "dmd you",
            "phone line",
            "phone lines",
            "my appeal",
            "the appeal",
            "appeal was",
        ],
    ),
    (
        Queue,
        2,
        &[
            "embarkation",
            "through security",
            "passport control",
            "boarding group",
            "people ahead of",
            "people in front of",
            "on hold",
            "hold music",
            "queue*",
            "in line",
            "long line",
            "the line",
            "wait time",
            "waited",
            "waiting in",
            "security line",
            "check-in line",
            "check in line",
            "bag drop",
            "out the door",
            "desks open",
            "one person serving",
            "one till open",
            "at the counter",
        ],
    ),
    (
        BookingBilling,
        2,
        &[
            "penalty charge*",
            "penalty fee*",
            "penalty notice*",
            "penalty from",
            "parking penalty",
            "parking fine*",
            "pro-rate*",
            "prorate*",
            "pro rata",
            "my contract",
            "direct debit",
            "booking*",
            "booked",
            "reservation*",
            "charged",
            "charge",
            "charges",
            "billing",
            "billed",
            "bill",
            "invoice*",
            "payment*",
            "paid",
            "my card",
            "credit card",
            "double charged",
            "receipt",
            "ticket*",
            "seat selection",
            "upgrade*",
            "subscription",
            "membership",
            "renew*",
            "deposit",
            "my points",
            "loyalty points",
            "twice this month",
            "my policy",
            "named driver",
            "meter reading*",
            "the meters",
            "no claims",
            "auto-renew*",
            "my account",
            "account details",
            "account settings",
            "duplicate",
            "taken twice",
            "twice for",
            "book a",
            "book an",
            "gift card",
            "gift cards",
        ],
    ),
    (
        Refund,
        3,
        &[
            "refund*",
            "money back",
            "reimburs*",
            "compensation",
            "payout",
            "paid out",
            "claim paid",
            "settlement",
            "compensate*",
            "voucher*",
            "chargeback",
            "return window",
            "returns window",
            "return policy",
            "returns policy",
            "return label",
            "in credit",
            "as credit",
            "credit instead",
            "back on my card",
            "back in my account",
        ],
    ),
    (
        ProductQuality,
        2,
        &[
            "bottom fell out",
            "flat tyre*",
            "flat tire*",
            "seat post",
            "cuts out",
            "damp",
            "just works",
            "bed bug*",
            "bedbug*",
            "stained",
            "mouldy",
            "moldy",
            "bad signal",
            "lost signal",
            "signal drops",
            "no internet",
            "internet down",
            "internet is down",
            "internet keeps",
            "slow internet",
            "network down",
            "network outage",
            "no coverage",
            "poor coverage",
            "no signal",
            "broadband",
            "dropped call*",
            "speeds",
            "mbps",
            "buffering",
            "quality",
            "defect*",
            "faulty",
            "stopped working",
            "doesn't work",
            "does not work",
            "poor quality",
            "falls apart",
            "fell apart",
            "uncomfortable",
            "seats",
            "legroom",
            "food",
            "meal",
            "meals",
            "stale",
            "wifi",
            "wi-fi",
            "screen",
            "battery",
            "tastes",
            "snacks",
            "shrunk",
            "shrank",
            "faded",
            "bobbl*",
            "pilling",
            "fabric",
            "stitching",
            "stone cold",
            "was cold",
            "arrived cold",
            "turned up cold",
            "cold food",
            "lukewarm",
            "soggy",
            "wrong order",
            "wrong car",
            "or similar",
            "claim rejected",
            "rejected my claim",
            "claim was rejected",
            "claim declined",
            "declined my claim",
            "small print",
            "out of order",
            "restricted view",
            "no water since",
            "no water at all",
            "without water since",
            "been without water",
            "brown water",
            "coming out brown",
            "discoloured",
            "discolored",
            "water pressure",
            "low pressure",
            "obstructed view",
            "heating",
            "trolley",
            "the toilets",
            "behind a pillar",
            "aircon",
            "air con",
            "air conditioning",
            "changing room*",
            "cold shower*",
            "won't open",
            "wont open",
            "subbed",
            "substituted",
            "wrong food",
            "wrong item*",
            "wrong meal",
            "substitution*",
            "won't charge",
            "wont charge",
            "won't turn on",
            "wont turn on",
            "won't switch on",
            "wont switch on",
            "flicker*",
            "crackl*",
            "battery drain*",
            "drains the battery",
            "sensor",
            "speaker",
            "rattle*",
            "new formula",
            "peeling",
            "reliability",
            "usb port",
            "charging port",
            "stick drift",
            "drifts",
            "cheap plastic",
        ],
    ),
    (
        Delivery,
        2,
        &[
            "deliver*",
            "doormat",
            "in the post",
            "do you ship",
            "package*",
            "parcel*",
            "shipping",
            "shipment*",
            "shipped",
            "courier",
            "tracking",
            "hasn't arrived",
            "has not arrived",
            "dispatch*",
            "out for delivery",
            "wrong doorstep",
            "wrong door",
            "wrong address",
            "wrong house",
            "left outside",
            "left my food",
            "left my order",
            "safe place",
            "redeliver*",
            "re-deliver*",
            "delivery attempt*",
            "proof of delivery",
            "proof-of-delivery",
            "with a neighbour",
            "with a neighbor",
            "with my neighbour",
            "with my neighbor",
            "left my parcel",
            "left the parcel",
            "left my package",
            "left the package",
            "collection point",
            "we missed you",
            "sit in all day",
            "stay in all day",
            "wait in all day",
            "delivery window",
            "doorstep",
            "dumped my",
            "courtesy car",
            "nothing in the post",
            "lost in the post",
            "ship to",
            "ships to",
            "shipping to",
            "deliver to",
            "well packed",
        ],
    ),
    (
        WebsiteApp,
        3,
        &[
            "widget",
            "link has expired",
            "link expired",
            "app",
            "website",
            "web site",
            "site",
            "log in",
            "login",
            "logging me out",
            "logged out",
            "password",
            "online check-in",
            "check in online",
            "error",
            "crash*",
            "is down",
            "down again",
            "bug",
            "glitch*",
            "checkout",
            "page",
            "browser*",
            "update broke",
            "promo code",
            "discount code",
            "firmware",
            "software update",
            "servers",
            "server down",
            "launcher",
            "my download",
            "offline mode",
        ],
    ),
    (
        Pricing,
        2,
        &[
            "cheaper today",
            "up from £*",
            "up from $*",
            "up from €*",
            "wasn't cheap",
            "wasnt cheap",
            "is that extra",
            "costs extra",
            "cost extra",
            "charged extra",
            "price drop*",
            "dropped the price",
            "roaming",
            "tariff",
            "discount",
            "how much is",
            "how much are",
            "how much does",
            "how much do",
            "how much for",
            "how much to",
            "price*",
            "pricing",
            "expensive",
            "overpriced",
            "fee",
            "fees",
            "cost*",
            "too much",
            "rip off",
            "ripoff",
            "rip-off",
            "pay extra",
            "paying extra",
            "hidden charge*",
            "interest rate*",
            "the interest",
            "interest on",
            "overdraft fee*",
            "overdraft charge*",
            "marked up",
            "shelf label*",
            "shelf price*",
            "shelf said",
            "shelf edge",
            "a quote",
            "my quote",
            "quote for",
            "renewal price",
            "renewal quote",
            "premium up",
            "premiums up",
            "price up",
            "bills up",
            "bill up",
            "fares",
            "off-peak",
            "off peak",
            "works out cheaper",
            "3 for 2",
            "offer isn't",
            "prices up",
            "gone up by",
            "went up by",
            "your rates",
            "the rates",
            "cheaper than",
            "mark up",
            "markup",
            "surge",
            "surges",
            "surge pricing",
            "daylight robbery",
            "the sale",
            "in the sale",
            "on sale",
            "sale is",
            "summer sale",
            "black friday",
            "sale start*",
        ],
    ),
    (Safety, 3, HARM),
    (Safety, 3, DANGER),
    (Safety, 3, SAFEGUARDING),
    (Safety, 3, EMERGENCIES),
    (
        Safety,
        3,
        &[
            "safety",
            "allergy",
            "recalled",
            "first aid",
            "feels safe",
            "feel safe",
            "anti-tip",
            "anti tip",
            "wall strap",
            "childproof",
            "child lock",
        ],
    ),
    (
        Privacy,
        3,
        &[
            "consent",
            "without permission",
            "without my permission",
            "location data",
            "advertisers",
            "opt out",
            "passport number",
            "privacy",
            "data breach",
            "breach*",
            "my data",
            "personal data",
            "personal information",
            "personal details",
            "hacked",
            "gdpr",
            "leaked",
            "spam",
            "sold my",
            "shared my number",
            "shared my data",
            "shared my details",
            "marketing emails",
            "marketing box",
            "marketing calls",
            "marketing texts",
            "marketing consent",
            "my details",
            "logged into my account",
            "logged in to my account",
            "into my account from",
            "login from",
            "logins from",
            "signed in from",
            "new device signed in",
            "strangers could see",
            "strangers can see",
            "made public",
            "public without",
            "the ico",
            "changed my email",
            "changed the email",
            "my contacts",
            "precise location",
            "my location",
            "sharing it with",
            "sharing my",
            "cctv",
            "discreet",
            "discretion",
            "footage",
            "my personal",
            "my account number",
            "my full name",
            "my bank details",
            "my card details",
            "has my number",
            "have my number",
            "got my number",
            "messaged me on",
            "someone else's name",
            "someone else's details",
            "someone else's address",
            "someone else's order",
            "my info",
            "trip history",
            "being shared",
            "shared with",
            "real name",
            "full name",
            "be private",
            "child account",
            "kids account",
            "kid's account",
        ],
    ),
];

const FLAG_CUES: &[(Flag, &[&str])] = &[
    (
        Flag::ChurnRisk,
        &[
            "not sure i'll be back",
            "won't be back",
            "wont be back",
            "never be back",
            "porting my number",
            "port my number",
            "cancel my contract",
            "leaving you",
            "switching to",
            "switch to",
            "switched to",
            "thinking about switching",
            "thinking of switching",
            "looking to switch",
            "cancel my account",
            "thinking of cancelling",
            "thinking about cancelling",
            "thinking of canceling",
            "thinking about canceling",
            "cancel my subscription",
            "cancel my membership",
            "cancelling my account",
            "canceling my account",
            "cancelling my subscription",
            "canceling my subscription",
            "cancelling my membership",
            "canceling my membership",
            "cancelling my contract",
            "canceling my contract",
            "deleted the app",
            "deleting the app",
            "delete the app",
            "uninstall*",
            "nice knowing you",
            "close my account",
            "closing my account",
            "never flying",
            "never fly with",
            "never again",
            "done with you",
            "that's me gone",
            "thats me gone",
            "that's me done",
            "thats me done",
            "i'm done with",
            "im done with",
            "i am done with",
            "cancelled my account",
            "canceled my account",
            "cancelled my membership",
            "canceled my membership",
            "cancelled my subscription",
            "canceled my subscription",
            "last time i",
            "take my business",
            "moving to",
            "never using",
            "never buying",
            "never shopping",
            "never ordering",
            "lost a customer",
            "lost a loyal",
            "unsubscrib*",
            "find another",
            "goodbye",
            "not renewing",
            "won't be renewing",
            "wont be renewing",
            "not going to renew",
            "i'm cancelling",
            "im cancelling",
            "cancel me",
            "cancelling after this",
            "canceling after this",
            "cancelling today",
            "canceling today",
            "taking my business",
            "taking my custom",
            "take my custom",
            "i'm off at the end",
            "im off at the end",
            "i am cancelling",
            "it is from now on",
            "cancelling tomorrow",
            "not coming back",
            "won't be coming back",
            "wont be coming back",
            "app deleted",
            "cancelling the direct debit",
            "cancelled the direct debit",
            "cancelling tonight",
            "canceling tonight",
            "cancelling my plan",
            "canceling my plan",
            "cancel my plan",
            "cancelled my direct debit",
            "canceled my direct debit",
            "cancelling my direct debit",
            "getting quotes from",
            "get quotes from",
            "guess where i'm going",
            "guess where im going",
            "guess who's getting",
            "guess who is getting",
            "just let me leave",
            "moving all my",
            "move all my",
            "move everything over",
            "moving everything over",
            "taking the lot to",
            "to another supplier",
            "to another provider",
            "to another retailer",
            "to a different supplier",
            "to a different provider",
            "gone the minute",
            "when my contract ends",
            "when my fix ends",
            "once my contract ends",
            "when my contract is up",
            "i'm closing it",
            "im closing it",
            "not going back",
            "never going back",
            "won't be going back",
            "wont be going back",
        ],
    ),
    (
        Flag::LegalThreat,
        &[
            "doing a chargeback",
            "do a chargeback",
            "file a chargeback",
            "filing a chargeback",
            "raise a chargeback",
            "raising a chargeback",
            "reporting this to",
            "reporting it to",
            "reporting you to",
            "report this to",
            "regulator",
            "gdpr",
            "lawyer*",
            "attorney*",
            "sue you",
            "sue them",
            "sue your",
            "will sue",
            "gonna sue",
            "going to sue",
            "suing",
            "lawsuit",
            "legal action",
            "small claims",
            "court",
            "consumer protection",
            "ombudsman",
            "trading standards",
            "class action",
            "solicitor*",
            "report you to",
            "discrimination",
            "the fca",
            "the ico",
            "cfpb",
            "the bbb",
            "better business bureau",
            "with the dot",
            "to the dot",
            "the caa",
            "environmental health",
            "food standards",
            "small claim",
            "chargeback through",
            "chargeback with",
            "chargeback opened",
            "opened a chargeback",
            "opening a chargeback",
            "chargeback going",
            "for a chargeback",
            "the cma",
            "environment agency",
            "ofwat",
            "the ccw",
            "to ccw",
            "written to my mp",
            "the orr",
            "transport focus",
            "to the asa",
            "lemon law",
            "equality act",
            "section 75",
        ],
    ),
    (Flag::Safety, HARM),
    (Flag::Safety, DANGER),
    (Flag::Safety, SAFEGUARDING),
    (Flag::Safety, EMERGENCIES),
    (Flag::Urgent, EMERGENCIES),
    (
        Flag::Urgent,
        &[
            "on oxygen",
            "a doctor",
            "leaves at",
            "departs at",
            "insulin",
            "medication",
            "my meds",
            "asap",
            "urgent*",
            "right now",
            "immediately",
            "leaves in",
            "departs in",
            "boarding in",
            "stranded",
            "stuck at",
            "stuck in",
            "going to miss",
            "gonna miss",
            "about to miss",
            "miss my flight",
            "miss my connection",
            "please help",
            "help!",
            "need help now",
            "hurry",
            "missed my flight",
            "can't leave the airport",
            "cant leave the airport",
            "rent is due",
            "rent due",
            "pay my rent",
            "pay rent",
            "for rent",
            "my rent",
            "buy food",
            "afford food",
            "money for food",
            "antihistamine",
            "unaccompanied",
            "no hotel",
            "sleeping in the airport",
            "sleep in the airport",
            "sleeping on the floor",
            "before my connection",
            "gate closes",
            "boarding closes",
            "ambulance",
            "call 999",
            "called 999",
            "call 911",
            "called 911",
            "hospital appointment",
            "glucose",
            "blood sugar",
            "need it today",
            "needed today",
            "need this today",
            "need it working",
            "today please",
            "logged into my account",
            "logged in to my account",
            "lock my account",
            "freeze my account",
            "lock it now",
            "hard shoulder",
            "housebound",
            "someone help",
            "somebody help",
            "anyone help",
            "emergency vet",
            "dialysis",
            "last connection",
            "tablets left",
            "pills left",
            "last box",
            "run out of my",
            "running out of my",
            "paramedic*",
            "no way home",
            "locked out",
            "before it ships",
            "before it's shipped",
            "before it dispatches",
            "before it's dispatched",
            "before it goes out",
            "about to leave",
            "are here now",
            "is here now",
            "please call me",
            "sails in",
            "sails at",
            "ship leaves",
            "shift starts",
            "start my shift",
            "late for my shift",
            "house is freezing",
            "left on the meter",
            "need to be at the hospital",
            "have to be at the hospital",
            "got a flight at",
            "in agony",
            "to a&e",
        ],
    ),
];

/// The churn cues that name where the customer goes. Said of the brand itself ("switching to
/// Acme from Globex") they are no churn risk: the engine tells (see
/// [`Listened::joins_brand`](crate::engine::phrases::Listened)).
pub(crate) const MOVE_CUES: &[&str] = &["switching to", "switch to", "switched to", "moving to"];

/// Time windows ("in an hour") that make a post urgent unless it is praise: "my flight is in
/// an hour and the desk is closed" needs a person now; "rebooked us in 20 min, thank you" does
/// not. "Tonight" is vaguer (see [`Cue::Tonight`]).
const SOON_CUES: &[&str] = &[
    "in an hour",
    "in 1 hour",
    "in the next hour",
    "within the hour",
    "within an hour",
    "in half an hour",
    "within half an hour",
];

const SUGGESTION_CUES: &[&str] = &[
    "idea for",
    "would love a",
    "would love an",
    "would love to see",
    "how about",
    "any chance",
    "it'd be nice",
    "it'd be great",
    "would be cool",
    "suggestion",
    "you should",
    "should do a",
    "should bring back",
    "please let us",
    "pls let us",
    "would make a massive difference",
    "would make a big difference",
    "would make a huge difference",
    "would be nice if",
    "would be great if",
    "would be better if",
    "would be so much better if",
    "would be much better if",
    "it would be great",
    "please add",
    "pls add",
    "plz add",
    "please show",
    "pls show",
    "wish you would",
    "wish you'd",
    "why not add",
    "idea:",
    "could you add",
    "can you add",
    "feature request",
    "consider adding",
    "let us pick",
    "let us choose",
    "should let",
    "bring back",
    "would be handy",
    "would be really handy",
    "would be useful",
    "would be really useful",
    "would be so handy",
    "would be so useful",
    "just a thought",
    "would be good if",
    "could we get",
    "please bring out",
    "bring out a",
    "can we get a",
    "could we have",
    "it'd be handy",
    "it'd be really handy",
    "it'd be so handy",
    "it'd be useful",
    "it'd be good",
];

/// Phrases that hold a cue without its meaning: every cue heard inside one is ignored. A carer
/// with "power of attorney" threatens no lawyer; an "emergency fund" is savings, not harm; what
/// is "not urgent" says so.
const NOT_CUES: &[&str] = &[
    "who do i report this to",
    "where do i report this",
    "how do i report this",
    "not urgent",
    "not that urgent",
    "not super urgent",
    "nothing urgent",
    "non urgent",
    "non-urgent",
    "isn't urgent",
    "isnt urgent",
    "power of attorney",
    "food court",
    "food courts",
    "emergency appointment",
    "emergency appointments",
    "emergency appt",
    "emergency slot",
    "emergency line",
    "emergency walk in",
    "emergency walk-in",
    "emergency fund",
    "emergency funds",
    "emergency savings",
    "emergency credit",
    "switched to my",
    "switch to my",
    "switching to my",
    "spinning wheel",
    "free cancellation",
    "wheelchair",
    "noise cancelling",
    "noise canceling",
    "noise-cancelling",
    "stuck in my head",
    "stuck at work",
    "doctor's note",
    "doctors note",
    "unsubscribed from all",
    "unsubscribed from marketing",
    "unsubscribe from marketing",
    "unsubscribed from your marketing",
    "unsubscribed from emails",
    "unsubscribed from texts",
    "rash decision",
    "is fire",
    "was fire",
    "so fire",
    "straight fire",
    "not dangerous",
    "not unsafe",
    "torn between",
    "times tonight",
    "twice tonight",
    "like a human",
    "by accident",
];

/// The topics whose cues say something went wrong, whatever the words around them ("three
/// weeks past the date", "gone missing"): what makes closing praise sarcasm (see
/// [`names_disruption`]).
const DISRUPTED: [Topic; 4] = [Delay, Cancellation, LostItem, DamagedItem];

const QUESTION_OPENERS: &[&str] = &[
    "what", "when", "where", "why", "how", "who", "which", "can", "could", "is", "are", "do",
    "does", "did", "will", "would", "should", "anyone",
];

/// A built-in cue: what it says, whether it is a stem, and its pattern.
type Listed = (Cue, bool, &'static str);

/// Every cue, in table order: what it says, whether it is a stem, and its pattern.
fn cues() -> &'static [Listed] {
    static CUES: OnceLock<Vec<Listed>> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut cues = Vec::new();
        let mut add = |p: &'static str, c: Cue| {
            let stem = p.ends_with('*');
            cues.push((c, stem, p.trim_end_matches('*')));
        };
        for (topic, weight, list) in TOPIC_CUES {
            for p in *list {
                add(p, Cue::Topic(*topic, *weight));
            }
        }
        for (flag, list) in FLAG_CUES {
            for p in *list {
                add(p, Cue::Flag(*flag));
            }
        }
        for p in SOON_CUES {
            add(p, Cue::Soon);
        }
        add("tonight", Cue::Tonight);
        add("tomorrow", Cue::ShoutedDay);
        add("today", Cue::ShoutedDay);
        for p in SUGGESTION_CUES {
            add(p, Cue::Suggestion);
        }
        for p in NOT_CUES {
            add(p, Cue::Void);
        }
        for p in ["min", "hour", "hr"] {
            add(p, Cue::TimeUnit);
        }
        for p in ["not gonna lie", "not going to lie"] {
            add(p, Cue::Candour);
        }
        cues
    })
}

/// The cues' patterns (stems without their `*`), in table order (heard by
/// [`crate::engine::phrases`]; a phrase can be a cue of several tables at once).
pub(crate) fn cue_patterns() -> impl Iterator<Item = &'static str> {
    cues().iter().map(|c| c.2)
}

/// Classifies a post given its text and sentiment. Never panics.
///
/// # Example
/// ```
/// use earshot::engine::classify::{classify, Flag, Intent, Topic};
/// use earshot::engine::sentiment::score;
/// let text = "Why is my flight delayed AGAIN? Switching to Globex.";
/// let c = classify(text, &score(text));
/// assert_eq!(c.intent, Intent::Complaint);
/// assert_eq!(c.topics[0], Topic::Delay);
/// assert_eq!(c.flags, vec![Flag::ChurnRisk]);
/// ```
pub fn classify(text: &str, sentiment: &Sentiment) -> Classification {
    classify_listened(&Listened::new(text), sentiment)
}

/// Calls `f` with each cue heard in `post` as words (a stem may run on: "delay*" hears
/// "delayed") — the built-in ones, and the brand's own ([`Listened::own_cues`], whose pattern is
/// given as `""`) — with the hit it was heard at, in hit order, skipping every cue inside a
/// [`NOT_CUES`] phrase; stops at the first `Break` and returns its value.
fn each_cue<B>(
    post: &Listened<'_>,
    mut f: impl FnMut(Cue, &'static str, &Hit) -> ControlFlow<B>,
) -> Option<B> {
    let cues = cues();
    let as_word =
        |hit: &Hit, stem: bool| post.starts_word(hit.start) && (stem || post.ends_word(hit.end));
    // Nearly every post has no such phrase, nor a name holding a cue: then nothing is
    // collected.
    let mut void: Vec<(usize, usize)> = Vec::new();
    for hit in &post.hits {
        let voids = match hit.phrase {
            Phrase::Cue(i) => cues.get(i).is_some_and(|c| c.0 == Cue::Void) && as_word(hit, false),
            Phrase::Extra(i) => post.cue_names.get(i) == Some(&true),
            Phrase::Care(_) => false,
        };
        if voids {
            void.push((hit.start, hit.end));
        }
    }
    for hit in &post.hits {
        if void.iter().any(|&(s, e)| s <= hit.start && hit.end <= e) {
            continue;
        }
        match hit.phrase {
            Phrase::Cue(i) => {
                if let Some(&(cue, stem, pattern)) = cues.get(i) {
                    if as_word(hit, stem) {
                        if let ControlFlow::Break(b) = f(cue, pattern, hit) {
                            return Some(b);
                        }
                    }
                }
            }
            Phrase::Extra(i) => {
                let own = post.own_cues;
                let from = own.partition_point(|(p, _)| *p < i);
                for (_, o) in own[from..].iter().take_while(|(p, _)| *p == i) {
                    if as_word(hit, o.stem) {
                        if let ControlFlow::Break(b) = f(o.cue, "", hit) {
                            return Some(b);
                        }
                    }
                }
            }
            Phrase::Care(_) => {}
        }
    }
    None
}

/// Was `mark` (a cue heard only to tell a rule it has work to do) heard anywhere in `post`,
/// word or not? One look at the hits the search found anyway, instead of a substring search.
fn heard_mark(post: &Listened<'_>, mark: Cue) -> bool {
    let cues = cues();
    post.hits
        .iter()
        .any(|h| matches!(h.phrase, Phrase::Cue(i) if cues.get(i).is_some_and(|c| c.0 == mark)))
}

/// Does `post` make a suggestion ("would be great if", "pls add")?
pub(crate) fn hears_suggestion(post: &Listened<'_>) -> bool {
    heard_mark(post, Cue::Suggestion)
}

/// Does `post` say "not gonna lie" (or "not going to lie")?
pub(crate) fn hears_candour(post: &Listened<'_>) -> bool {
    heard_mark(post, Cue::Candour)
}

/// Is the "tonight" of `hit` a deadline: needed for it ("I need it back tonight", "we were
/// meant to sleep tonight"), booked "for tonight", at an hour ("tonight at 8"), or shouted
/// ("TONIGHT")? What happened tonight ("opened my box tonight", "40 mins in the rain
/// tonight") or is done tonight ("cancelling tonight") has no deadline.
fn deadline_tonight(post: &Listened<'_>, hit: &Hit) -> bool {
    let heard = post.heard();
    let before = || words_before(heard, hit.start);
    shouted(post, hit)
        || before().next() == Some("for")
        || before().take(4).any(|w| NEEDING.contains(&w))
        || heard
            .get(hit.end..)
            .is_some_and(|rest| rest.trim_start().starts_with("at "))
}

/// Is the phrase of `hit` written in capitals ("TONIGHT")? Only an ASCII post is read: its
/// folded text lines up with it byte for byte.
fn shouted(post: &Listened<'_>, hit: &Hit) -> bool {
    post.text.len() == post.heard().len()
        && post
            .text
            .get(hit.start..hit.end)
            .is_some_and(|w| !w.bytes().any(|b| b.is_ascii_lowercase()))
}

/// Words a few before "tonight" that make it a deadline: need, and what was meant to happen
/// ("still running tonight?").
const NEEDING: &[&str] = &["need", "needs", "needed", "meant", "supposed", "running"];

/// Does `post` name a disruption — a cue of a [`DISRUPTED`] topic, not negated in the two
/// words before it nor [`supposed`] ("three weeks past the date", but not "never lost my bag",
/// "what if my flight is delayed" or "if I check in late do I lose my seat?")?
pub(crate) fn names_disruption(post: &Listened<'_>) -> bool {
    each_cue(post, |cue, _, hit| {
        let before = || words_before(post.heard(), hit.start);
        let disrupted = matches!(cue, Cue::Topic(t, _) if DISRUPTED.contains(&t))
            && !before().take(2).any(|w| lexicon::facts(w).negation)
            && !supposed(post, hit);
        if disrupted {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    })
    .is_some()
}

/// Is the cue at `hit` supposed by an "if" among the eight words before it in its sentence
/// ("if I check in late do I lose my seat?")?
fn supposed(post: &Listened<'_>, hit: &Hit) -> bool {
    words_before(post.heard(), hit.start)
        .take_while(|w| !w.ends_with(['.', '!', '?']))
        .take(8)
        .any(|w| w == "if")
}

/// Does the sentence holding `hit` end with a question mark?
fn asked(post: &Listened<'_>, hit: &Hit) -> bool {
    let rest = post.heard().get(hit.end..).unwrap_or_default();
    rest.find(['.', '!', '?'])
        .is_some_and(|at| rest.as_bytes()[at] == b'?')
}

/// [`classify`] for a post the engine has already lower-cased and listened to.
pub fn classify_listened(post: &Listened<'_>, sentiment: &Sentiment) -> Classification {
    // Each topic heard, its score and where it is first mentioned: at most one entry per topic,
    // on the stack.
    let mut topic_scores = [(Delay, 0u32, 0usize); Topic::ALL.len()];
    let mut heard_topics = 0;
    let mut flags: Vec<Flag> = Vec::new();
    let (mut suggestion, mut soon, mut tonight) = (false, false, false);
    each_cue(post, |cue, pattern, hit| {
        if post.joins_brand && MOVE_CUES.contains(&pattern) {
            return ControlFlow::<()>::Continue(());
        }
        match cue {
            // Score, and where the topic is first mentioned (ties go to the earlier one).
            Cue::Topic(t, w) => match topic_scores[..heard_topics]
                .iter_mut()
                .find(|(x, _, _)| *x == t)
            {
                Some(entry) => {
                    entry.1 += u32::from(w);
                    entry.2 = entry.2.min(hit.start);
                }
                None => {
                    topic_scores[heard_topics] = (t, u32::from(w), hit.start);
                    heard_topics += 1;
                }
            },
            // Leaving supposed in a question asks what would happen ("if I close my account do
            // you delete my data?"); a threat states it ("if this isn't fixed I'm cancelling").
            Cue::Flag(Flag::ChurnRisk) if supposed(post, hit) && asked(post, hit) => {}
            Cue::Flag(f) if !flags.contains(&f) => flags.push(f),
            Cue::Flag(_) => {}
            // "auto-closed within the hour": how long something past took, no moment ahead.
            Cue::Soon => {
                soon |= !words_before(post.heard(), hit.start)
                    .next()
                    .is_some_and(past)
            }
            Cue::Tonight => tonight |= deadline_tonight(post, hit),
            Cue::ShoutedDay => tonight |= shouted(post, hit),
            Cue::Suggestion => suggestion = true,
            Cue::Void | Cue::TimeUnit | Cue::Candour => {}
        }
        ControlFlow::Continue(())
    });
    let timed = heard_mark(post, Cue::TimeUnit);
    let soon = soon || (timed && moment_soon(post.heard()));
    let topic_scores = &mut topic_scores[..heard_topics];
    let troubled = sentiment.score <= -0.05 || !topic_scores.is_empty();
    let soon = soon || (tonight && troubled);
    if soon && sentiment.score < 0.05 && !flags.contains(&Flag::Urgent) {
        flags.push(Flag::Urgent);
    }
    if post.leaves && !flags.contains(&Flag::ChurnRisk) {
        flags.push(Flag::ChurnRisk);
    }
    let (text, lower) = (post.text, post.heard());
    sort_small_by(topic_scores, |a, b| b.1.cmp(&a.1).then(a.2.cmp(&b.2)));
    let topics: Vec<Topic> = topic_scores.iter().take(3).map(|t| t.0).collect();
    sort_small_by(&mut flags, |a, b| (*a as u8).cmp(&(*b as u8)));
    let problem = topics
        .iter()
        .any(|t| !matches!(t, Topic::Staff | Topic::ProductQuality | Topic::Pricing));
    let score = sentiment.score;
    let risk = flags
        .iter()
        .any(|f| matches!(f, Flag::ChurnRisk | Flag::LegalThreat | Flag::Safety));
    // Time pressure stated without a kind word is a problem someone needs solved now ("the
    // delivery men are HERE NOW and saying the assembly isn't on their sheet"); with one it may
    // be joy ("hyped on the work I'm doing right now"), and asked it is still a question ("does
    // the desk open in 30 minutes?").
    let pressed = score < 0.05 && flags.contains(&Flag::Urgent);
    // A long wait in a queue is a complaint, however calmly put ("45 min in the check-in
    // queue. one person on the desk").
    let waited = timed && topics.contains(&Topic::Queue) && waited_long(post.heard());
    let intent = if suggestion && score > -0.5 {
        Intent::Suggestion
    } else if (score <= -0.05 && problem)
        || score <= -0.3
        || (risk && score < 0.3)
        || (pressed && !is_question(text, lower))
        || (score < 0.05 && (waited || names_disruption(post)))
    {
        Intent::Complaint
    } else if is_question(text, lower) {
        Intent::Question
    } else if score >= 0.05 {
        Intent::Praise
    } else if score <= -0.05 {
        Intent::Complaint
    } else {
        Intent::Other
    };
    // A suggestion is no emergency: its "right now" says how things are today.
    if intent == Intent::Suggestion {
        flags.retain(|f| *f != Flag::Urgent);
    }
    Classification {
        intent,
        topics,
        flags,
    }
}

/// The most minutes ahead that still make a post urgent ("boarding closes in 25 mins").
const SOON_MINUTES: u32 = 90;

/// The most hours ahead that still make a post urgent ("my flight is in 5 hours and the phone
/// is dead"): a care team can still act within them.
const SOON_HOURS: u32 = 6;

/// Every amount of time `heard` (folded) names — a number and a unit of minutes or hours, with
/// a space between or not ("25 mins", "5min", "3hrs") — as (byte offset of the number, the
/// number, whether the unit is hours, the text from the unit on). A number inside a word or
/// code ("A320min") names none.
fn time_amounts(heard: &str) -> impl Iterator<Item = (usize, u32, bool, &str)> {
    const UNITS: [(&str, bool); 8] = [
        ("minutes", false),
        ("minute", false),
        ("mins", false),
        ("min", false),
        ("hours", true),
        ("hour", true),
        ("hrs", true),
        ("hr", true),
    ];
    let b = heard.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || loop {
        let at = b.get(from..)?.iter().position(u8::is_ascii_digit)?;
        let start = from + at;
        let end = start + b[start..].iter().take_while(|c| c.is_ascii_digit()).count();
        from = end;
        let Ok(n) = heard[start..end].parse::<u32>() else {
            continue;
        };
        let unit = heard[end..].trim_start_matches(' ');
        let hours = UNITS
            .iter()
            .find(|(u, _)| unit.starts_with(u))
            .filter(|(u, _)| !unit[u.len()..].starts_with(|c: char| c.is_alphanumeric()))
            .map(|&(_, hours)| hours);
        match hours {
            Some(hours) if n > 0 && !(start > 0 && b[start - 1].is_ascii_alphanumeric()) => {
                return Some((start, n, hours, unit));
            }
            _ => continue,
        }
    })
}

/// Is the amount of time at byte `start` of `heard` a moment ahead — "in 25 mins", "within 10
/// minutes" — rather than a span ("on hold for 2 hours", "45 minutes late")? How long something
/// past took ("auto-closed in 3 mins", "sorted in 20 min") is a span.
fn ahead(heard: &str, start: usize) -> bool {
    let before = heard[..start].trim_end();
    let before_in = before.strip_suffix(" in");
    let took = before_in
        .and_then(|b| b.split_whitespace().next_back())
        .is_some_and(past);
    (before_in.is_some() && !took) || before.ends_with(" within") || before == "in"
}

/// Is `word` a past participle ("closed", "sorted"), which makes the time after it how long
/// something took?
fn past(word: &str) -> bool {
    word.ends_with("ed")
}

/// Does `heard` (folded) name a moment at most [`SOON_MINUTES`] minutes or [`SOON_HOURS`] hours
/// away: "in 25 mins", "within 10 minutes", "12 min before my connection closes", "in 5 hours"?
/// Durations ("on hold for 2 hours", "45 minutes late") are no moments.
fn moment_soon(heard: &str) -> bool {
    time_amounts(heard).any(|(start, n, hours, unit)| {
        let most = if hours { SOON_HOURS } else { SOON_MINUTES };
        // "12 min before my connection" is a moment; "2 hours before breakfast" a plan.
        let minutes_before = !hours && unit.split_whitespace().nth(1) == Some("before");
        n <= most && (ahead(heard, start) || minutes_before)
    })
}

/// The fewest minutes of a wait that make a post about a queue a complaint.
const LONG_WAIT_MINUTES: u32 = 15;

/// Does `heard` (folded) name a long span of time — at least [`LONG_WAIT_MINUTES`] minutes, or
/// an hour or more — that is no moment ahead: "45 mins in the queue", "queued 50 minutes",
/// "a 20 minute wait"? Said of a queue, that is a complaint however calmly put.
fn waited_long(heard: &str) -> bool {
    time_amounts(heard)
        .any(|(start, n, hours, _)| (hours || n >= LONG_WAIT_MINUTES) && !ahead(heard, start))
}

/// A question: a sentence ending in a lone `?`, or one opening with a question word (or closing
/// with "when", "why", "how", "where" or "what": "Android 15 for the X5 when??") and ending in
/// `?` however many times; or a text of one sentence opening with a question word and no `.` or
/// `!`. A `??` or `?!` after a statement is surprise, not a question ("ok the pad isn't
/// bad at all??", "it's... smooth??"), and a `?` closing a parenthesis an aside ("(Pat I
/// think?)"). `text` is the post, `lower` its folded text.
fn is_question(text: &str, lower: &str) -> bool {
    if text.contains('?') {
        let mut rest = lower;
        while let Some(at) = rest.find(['.', '!', '?']) {
            let marks = rest[at..]
                .bytes()
                .take_while(|b| matches!(b, b'.' | b'!' | b'?'))
                .count();
            let ending = &rest[at..at + marks];
            let sentence = &rest[..at];
            let asks = || {
                opens_question(sentence)
                    || sentence
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|w| ["when", "why", "how", "where", "what"].contains(&w))
            };
            // A "?" that closes a parenthesis is an aside ("the driver (Marek i think?) put
            // the dog back"), not a question.
            let aside = rest[at + marks..].starts_with(')');
            if ending.contains('?') && !aside && (ending == "?" || asks()) {
                return true;
            }
            rest = &rest[at + marks..];
        }
        return false;
    }
    opens_question(lower) && !lower.contains('.') && !lower.contains('!')
}

/// Does `sentence` open with a question word (after any @handles)?
fn opens_question(sentence: &str) -> bool {
    sentence
        .split_whitespace()
        .find(|w| !w.starts_with('@'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .is_some_and(|w| QUESTION_OPENERS.contains(&w))
}

#[cfg(test)]
mod tests;
