//! The customer-care layer: what general sentiment lexicons miss in posts to a brand.
//!
//! VADER was built on general social text. To a care team, "delayed", "cancelled",
//! "on hold for 2 hours", "still waiting" or "lost my bag" are plainly negative, while VADER sees
//! neutral words; and "thanks for nothing" or "great job losing my luggage" are sarcasm that a
//! lexicon reads as praise. This layer adds:
//! - care words (added to the lexicon where VADER's lacks the word), so VADER's rules — negation,
//!   boosters, caps — apply to them too ("not delayed" is fine);
//! - care phrases, each scored once as a whole;
//! - sarcasm: a positive word followed closely by a bad service event ("great job losing",
//!   "love waiting 3 hours", "thanks a lot for ruining"), or any praise next to an eye-roll 🙄,
//!   counts as negative.

use super::lexicon::role;
use super::vader::Item;
use crate::engine::phrases::{leftmost_longest, Listened, Phrase};
use crate::engine::text::normalize::fold;
use crate::engine::text::tokens::{vader_strip, Ending};

/// Words general lexicons miss, with a valence on VADER's −4…+4 scale (food that is "inedible",
/// "undercooked" or "bland" among them: VADER knows none of these). Sorted.
pub(super) const CARE_WORDS: &[(&str, f32)] = &[
    ("bland", -1.2),
    ("breached", -2.0),
    ("buggy", -1.5),
    ("bulging", -1.4),
    ("burned", -1.5),
    ("burnt", -1.5),
    ("canceled", -1.8),
    ("chuffed", 2.0),
    ("corrupt", -1.5),
    ("corrupted", -1.8),
    ("cracked", -1.5),
    ("crackles", -1.0),
    ("crackling", -1.0),
    ("crashed", -1.6),
    ("crashes", -1.4),
    ("crashing", -1.6),
    ("decent", 1.3),
    ("declined", -1.0),
    ("delays", -1.4),
    ("dent", -1.2),
    ("dented", -1.5),
    ("disconnected", -1.2),
    ("expensive", -1.0),
    ("filthy", -2.2),
    ("flickering", -1.0),
    ("flickers", -1.0),
    ("ghosted", -1.8),
    ("glitchy", -1.4),
    ("impossible", -1.5),
    ("inedible", -2.2),
    ("laggy", -1.2),
    ("lawyer", -1.2),
    ("lawyers", -1.2),
    ("leaking", -1.4),
    ("legend", 2.2),
    ("lukewarm", -1.2),
    ("melted", -1.2),
    ("misplaced", -1.5),
    ("moldy", -1.8),
    ("mouldy", -1.8),
    ("overbooked", -1.8),
    ("overcharged", -2.2),
    ("overcooked", -1.2),
    ("overpriced", -1.8),
    ("ripoff", -2.2),
    ("ripped", -1.4),
    ("rubbish", -2.0),
    ("scalded", -2.2),
    ("scorched", -1.8),
    ("sewage", -1.5),
    ("slammed", -1.5),
    ("slaps", 1.8),
    ("smashed", -1.8),
    ("smoke", -1.5),
    ("snapped", -1.4),
    ("soggy", -1.2),
    ("stale", -1.6),
    ("stranded", -2.2),
    ("swelling", -1.5),
    ("swollen", -1.6),
    ("tasteless", -1.5),
    ("undercooked", -1.6),
    ("unreachable", -1.6),
    ("unresponsive", -1.8),
    ("unsafe", -2.2),
    ("vanished", -1.5),
    ("watery", -1.0),
];

/// Words VADER scores that say nothing of how a customer feels: requests ("please", "pls"),
/// urgency ("urgent") — "URGENT, please someone help" is no praise — what was "promised" or
/// "assured", which a post to a brand reports when the promise was broken ("the reply you
/// promised within 24 hours", "was assured the nachos were fine"), candour ("honestly", which
/// boosts what follows instead: see `vader::BOOST_UP`), and the words of a service's own
/// workings: what is "ready" or "created" (a restore "ready within 24 hours", a tracking "label
/// created"), a "shared" album, a "restore", and "pay" (VADER −0.4: "before I pay", "pay by
/// card"; what was paid for tells the feeling). They carry no valence here (they still boost,
/// negate or flag as before).
pub(super) const NOT_FEELINGS: &[&str] = &[
    "assured", "create", "created", "creating", "fyi", "greet", "honestly", "leave", "number",
    "pay", "please", "pls", "plz", "promised", "qq", "ready", "restore", "security", "share",
    "shared", "sharing", "urgent", "want",
];

/// Phrases scored as a whole (matched on lower-cased text at word boundaries): service failures,
/// and the few ways customers praise staff that single words miss ("went above and beyond").
const CARE_PHRASES: &[(&str, f32)] = &[
    ("duplicate payment", -1.5),
    ("love that for me", -2.0),
    ("zero updates", -1.5),
    ("no updates", -1.5),
    ("were meant to open", -1.5),
    ("was meant to open", -1.5),
    ("still says", -1.0),
    ("been and gone", -1.5),
    ("won't open", -1.5),
    ("wont open", -1.5),
    ("won't load", -1.5),
    ("wont load", -1.5),
    ("haven't looked back", 2.0),
    ("havent looked back", 2.0),
    ("never looked back", 2.0),
    ("not looked back", 2.0),
    ("made up for it", 1.5),
    ("never had a single problem", 2.5),
    ("never had a single issue", 2.5),
    ("not had a single problem", 2.5),
    ("not had a single issue", 2.5),
    ("actual human", -1.2),
    ("actual humans", -1.2),
    ("real human", -1.2),
    ("talk to a person", -1.2),
    ("speak to a person", -1.2),
    ("talk to a human", -1.2),
    ("speak to a human", -1.2),
    ("want answers", -1.5),
    ("refused to help", -2.0),
    ("came in clutch", 2.0),
    ("come in clutch", 2.0),
    ("comes in clutch", 2.0),
    ("can't log in", -1.6),
    ("cant log in", -1.6),
    ("cannot log in", -1.6),
    ("doesn't work", -1.6),
    ("does not work", -1.6),
    ("double charged", -2.0),
    ("charged twice", -2.0),
    ("charged me twice", -2.0),
    ("charged my card twice", -2.0),
    ("billed twice", -2.0),
    ("billed me twice", -2.0),
    ("fix this", -1.0),
    ("can't check in", -1.5),
    ("cant check in", -1.5),
    ("cannot check in", -1.5),
    ("down again", -1.4),
    ("keeps crashing", -1.6),
    ("keeps logging me out", -1.6),
    ("keeps freezing", -1.6),
    ("keeps failing", -1.6),
    ("too late", -1.2),
    ("miss my flight", -2.0),
    ("miss my connection", -2.0),
    ("without my bag", -1.8),
    ("without my bags", -1.8),
    ("without my luggage", -1.8),
    ("without my suitcase", -1.8),
    ("i'm done with", -2.0),
    ("im done with", -2.0),
    ("i am done with", -2.0),
    ("sold my data", -2.2),
    ("sold my personal", -2.2),
    ("spam calls", -1.6),
    ("shared my number", -1.8),
    ("shared my data", -1.8),
    ("shared my details", -1.8),
    ("no reply", -1.6),
    ("never replied", -1.8),
    ("never heard back", -1.8),
    ("haven't heard back", -1.6),
    ("for hours", -1.2),
    ("hung up on me", -2.2),
    ("lost my bag", -2.2),
    ("lost my bags", -2.2),
    ("lost my luggage", -2.2),
    ("lost my suitcase", -2.2),
    ("lost our bags", -2.2),
    ("lost our luggage", -2.2),
    ("never again", -2.4),
    ("never arrived", -2.0),
    ("never flying", -2.4),
    ("never received", -1.8),
    ("no one answers", -2.0),
    ("no one is answering", -2.0),
    ("no response", -1.6),
    ("nobody answers", -2.0),
    ("nobody is answering", -2.0),
    ("not working", -1.6),
    ("on hold", -1.5),
    ("still no", -1.4),
    ("still not", -1.2),
    ("still waiting", -1.8),
    ("thanks for nothing", -2.6),
    ("waste of money", -2.2),
    ("waste of time", -2.0),
    ("where is my", -1.0),
    ("worst airline", -1.0),
    ("rip off", -2.2),
    ("rip-off", -2.2),
    ("never delivered", -2.0),
    ("small claims", -1.8),
    ("legal action", -1.8),
    ("my lawyer", -1.0),
    ("above and beyond", 2.6),
    ("shoutout to", 2.0),
    ("shout out to", 2.0),
    ("a raise", 1.6),
    ("on time", 1.2),
    ("losing my", -1.8),
    ("losing our", -1.8),
    ("don't bother", -1.6),
    ("dont bother", -1.6),
    ("daylight robbery", -2.4),
    ("data breach", -2.2),
    ("couldn't be happier", 2.6),
    ("couldnt be happier", 2.6),
    ("could not be happier", 2.6),
    ("price rise", -1.2),
    ("price hike", -1.4),
    ("no signal", -1.6),
    ("no internet", -1.6),
    ("never showed", -1.8),
    ("never turned up", -1.8),
    ("didn't make it", -1.5),
    ("didnt make it", -1.5),
    ("had to queue", -1.2),
    ("had to wait", -1.2),
    ("waiting on a refund", -1.8),
    ("waiting for a refund", -1.8),
    ("waiting on my refund", -1.8),
    ("waiting for my refund", -1.8),
    // The word "joke" keeps VADER's +1.2 inside these: they net −1.8 and more.
    ("is a joke", -3.0),
    ("what am i paying for", -2.0),
    // Praise: nothing to correct.
    ("no notes", 2.0),
    ("out of sync", -1.5),
    // British for "you must be joking"; "laugh" keeps its +2.6.
    ("you're having a laugh", -3.2),
    ("youre having a laugh", -3.2),
    ("you are having a laugh", -3.2),
    ("you having a laugh", -3.2),
    ("is having a laugh", -3.0),
    ("is havin a laugh", -3.0),
    ("what a joke", -3.0),
    ("absolute joke", -3.2),
    ("complete joke", -3.2),
    ("such a joke", -3.0),
    ("total joke", -3.2),
    // Said of service ("not good enough", "simply not good enough"): VADER's negated "good"
    // alone is outweighed by any thanks before a "but".
    ("not good enough", -2.0),
    // A rhetorical question of a service that failed ("whats the point of the stock checker if
    // its made up"), a shrug for an answer, and no one there.
    ("what's the point", -1.5),
    ("whats the point", -1.5),
    ("just shrugged", -1.5),
    ("nobody showed", -1.8),
    ("nobody came", -1.8),
    ("didn't show up", -1.8),
    ("didnt show up", -1.8),
    ("still nothing", -1.5),
    ("what exactly am i paying for", -2.0),
    // No pain felt, in a chair or on a table, is relief.
    ("bottom fell out", -1.5),
    ("didn't feel a thing", 2.0),
    ("didnt feel a thing", 2.0),
    ("genuinely a joke", -3.0),
    ("literally a joke", -3.0),
    ("bit of a joke", -2.5),
    ("it's a joke", -3.0),
    ("its a joke", -3.0),
    ("not answering", -1.6),
    ("isn't answering", -1.8),
    ("isnt answering", -1.8),
    ("for half an hour", -1.0),
    ("for an hour", -1.0),
    ("for over an hour", -1.2),
    ("a burn on", -2.0),
    ("burns on", -2.0),
    ("caught fire", -2.4),
    ("started a fire", -2.4),
    ("how is this allowed", -2.0),
    ("how is this even allowed", -2.0),
    ("how is that allowed", -2.0),
    ("how is this legal", -2.0),
    ("how is this even legal", -2.0),
    ("how is that legal", -2.0),
    ("how is this acceptable", -2.0),
    // Exasperation and brush-offs; a driver who squares up or swears at a customer.
    ("what on earth", -1.5),
    ("done with you", -2.0),
    ("swore at", -2.0),
    ("squared up", -2.0),
    ("hasn't moved", -1.2),
    ("hasnt moved", -1.2),
    ("has not moved", -1.2),
    ("won't turn on", -1.6),
    ("wont turn on", -1.6),
    ("won't charge", -1.4),
    ("wont charge", -1.4),
    ("won't switch on", -1.6),
    ("wont switch on", -1.6),
    ("electric shock", -2.0),
    ("too hot to touch", -1.8),
    ("puffed up", -1.5),
    ("waiting for a reply", -1.4),
    ("no apology", -1.5),
    ("never happened", -1.5),
    ("refuse to work", -1.6),
    ("refuses to work", -1.6),
    ("why have i been charged", -1.5),
    ("why was i charged", -1.5),
    ("why am i being charged", -1.5),
    // British dismissals: "price match my arse", "#DriveAcme my foot".
    ("my arse", -2.0),
    ("my foot", -1.5),
    ("only to be told", -1.6),
    ("to be told to", -1.0),
    ("still holding", -1.2),
    ("not paying for that", -1.5),
    ("crack across", -1.4),
    ("crack in the", -1.2),
    ("burning smell", -1.8),
    ("smell of burning", -1.8),
    ("nobody is picking up", -2.0),
    ("no one is picking up", -2.0),
    ("nobody picks up", -2.0),
    ("no one picks up", -2.0),
    ("shard of glass", -2.0),
    ("piece of glass", -2.0),
    ("burst pipe", -1.5),
    ("high call volumes", -1.2),
    ("logs me out", -1.4),
    ("logged me out", -1.4),
    ("gone into the back of me", -1.8),
    ("went into the back of me", -1.8),
    ("not drivable", -1.5),
    ("not a single reply", -1.8),
    ("for the privilege", -1.5),
    ("credit where it's due", 2.0),
    ("credit where credits due", 2.0),
    ("credit where credit's due", 2.0),
    ("what am i meant to do", -1.2),
    ("what am i supposed to do", -1.2),
    ("not a penny", -1.5),
    ("hangs up on me", -2.0),
    ("sell my data", -2.0),
    ("selling my data", -2.0),
    ("burst main", -1.5),
    ("is having a laugh", -3.2),
    ("is havin a laugh", -3.2),
    ("what are we paying for", -2.0),
    ("what exactly are we paying for", -2.0),
    ("enough is enough", -1.8),
    ("i've had enough", -1.8),
    ("ive had enough", -1.8),
    ("wrong dose", -2.0),
    ("wrong medication", -2.0),
    ("wrong strength", -1.8),
    ("out of date", -1.5),
    ("someone else's prescription", -2.0),
    ("into my overdraft", -1.6),
    ("props to", 2.0),
    ("that's how it's done", 1.8),
    ("thats how its done", 1.8),
    ("how is that acceptable", -2.0),
    ("how is this on me", -1.8),
    ("how is that on me", -1.8),
    ("round in circles", -1.6),
    ("around in circles", -1.6),
    ("pillar to post", -1.6),
    ("rolled his eyes", -1.8),
    ("rolled her eyes", -1.8),
    ("rolled their eyes", -1.8),
    ("still isn't", -1.2),
    ("still isnt", -1.2),
    ("still hasn't", -1.2),
    ("still hasnt", -1.2),
    ("still haven't", -1.2),
    ("still havent", -1.2),
    ("past the date", -1.0),
    ("nobody can tell me", -1.8),
    ("no one can tell me", -1.8),
    ("never made it", -1.8),
    ("until today", -1.2),
    // "Never had an issue" negates a bad word into praise; "until" takes it back.
    ("never had an issue until", -2.5),
    ("never had a problem until", -2.5),
    ("never had any issues until", -2.5),
    ("never had any problems until", -2.5),
    ("until this week", -1.2),
    ("the gift that keeps on giving", -4.0),
    ("stone cold", -1.6),
    ("arrived cold", -1.4),
    ("turned up cold", -1.4),
    ("nice knowing you", -2.4),
    // Let-downs, brush-offs and reports to a regulator; a refund with no quibbles. "better"
    // (+1.9), "laughed" (+2.0) and "no" (−1.2) keep their valences inside these: they net −1.6,
    // −2.0 and +1.8.
    ("expected better", -3.5),
    ("laughed at me", -4.0),
    ("laughed in my face", -4.0),
    ("reporting you to", -1.5),
    ("reporting this to", -1.5),
    ("reporting them to", -1.5),
    ("doesn't match", -1.2),
    ("doesnt match", -1.2),
    ("does not match", -1.2),
    ("not showing", -1.2),
    ("what's the holdup", -1.5),
    ("whats the holdup", -1.5),
    ("at this rate", -1.0),
    ("app deleted", -1.5),
    ("deleted the app", -1.5),
    ("no questions asked", 3.0),
    // VADER negates "better" here (−1.4): these net +2.0.
    ("never looked better", 3.4),
    ("never felt better", 3.4),
    ("never been better", 3.4),
    ("0/10", -2.0),
    ("1/10", -1.8),
    ("locked out", -1.6),
    // "excuse" keeps its +0.3.
    ("excuse me", -1.8),
    ("see you in court", -2.0),
    ("see you in small claims", -2.0),
    ("never arrives", -1.8),
    ("won't unlock", -1.5),
    ("wont unlock", -1.5),
    // Slang praise ("the update is fire"): VADER's "fire" is −1.4, so these net +1.8.
    ("is fire", 3.2),
    ("was fire", 3.2),
    ("so fire", 3.2),
    ("straight fire", 3.2),
    // Outrage and demands for accountability and candour.
    ("why on earth", -1.2),
    ("answer for that", -1.5),
    ("answer for this", -1.5),
    // VADER scores "honesty" +2.2: these net −1.5.
    ("some honesty", -3.7),
    ("bit of honesty", -3.7),
    // Rudeness reported, and help that helped nothing.
    ("turned his back", -1.5),
    ("turned her back", -1.5),
    ("turned their back", -1.5),
    ("rolled his eyes", -1.5),
    ("rolled her eyes", -1.5),
    ("rolled their eyes", -1.5),
    ("an eye roll", -1.5),
    ("fixed nothing", -1.5),
    ("fixed precisely nothing", -1.5),
    ("fixed absolutely nothing", -1.5),
    ("solved nothing", -1.5),
    // A thing that has held up: durability praise, where "like" compares.
    ("like new", 1.5),
    ("like the day i bought it", 2.0),
    ("built like a tank", 2.0),
    ("built to last", 2.0),
];

/// Bad service events, as gerunds ("great job *losing*", "love *waiting*"), that turn a positive
/// word shortly before them into sarcasm.
const BAD_EVENTS: &[&str] = &[
    "breaking",
    "cancelling",
    "canceling",
    "charging",
    "delaying",
    "losing",
    "overcharging",
    "ruining",
    "stranding",
    "waiting",
];

/// Positive words that sarcasm uses.
const SARCASTIC_PRAISE: &[&str] = &[
    "amazing",
    "awesome",
    "bravo",
    "brilliant",
    "cheers",
    "congrats",
    "congratulations",
    "cool",
    "fantastic",
    "genius",
    "glad",
    "great",
    "impressive",
    "love",
    "lovely",
    "loving",
    "nice",
    "perfect",
    "thank",
    "thanks",
    "wonderful",
    "worth",
];

/// Emoji a care team reads at a glance but whose descriptions carry no valence in VADER's
/// lexicon ("pouting face", "thumbs down", "face palm"), or the wrong one ("broken heart" is
/// positive there, from "heart"). They take precedence over VADER's emoji values. Skin tones and
/// gender signs (👎🏽, 🤦‍♀️) follow the base emoji as separate characters and do not hide it. A
/// wave 👋 is a greeting or a goodbye ("bye 👋" to a brand is leaving), no feeling, though its
/// description's "hand" scores +2.2. Not here on purpose: 👏 (as often sarcastic as not) and 🔥
/// (praise or a fire on board).
const CARE_EMOJI: &[(char, f32)] = &[
    ('👋', 0.0),
    ('👍', 1.2),
    ('🙌', 1.5),
    ('👎', -1.8),
    ('💔', -2.0),
    ('🤦', -1.5),
    ('🤡', -1.2),
    ('🤢', -2.0),
    ('🤮', -2.5),
    ('💩', -2.0),
    ('🖕', -3.0),
    ('😒', -1.5),
    ('😤', -1.8),
    ('😡', -2.5),
    ('🙄', -1.0),
    ('🤬', -3.0),
];

/// Service words that "nobody"/"no one" negate from further away than VADER's three words
/// ("nobody at the desk can help").
const SERVICE_WORDS: &[&str] = &[
    "answer",
    "answered",
    "answers",
    "care",
    "cares",
    "help",
    "helped",
    "helping",
    "helps",
    "replied",
    "replies",
    "reply",
    "respond",
    "responded",
    "responds",
];

/// Valence of a service word that "nobody" denies when the word itself carries none ("nobody
/// has replied"): a care team reads the silence as a complaint.
pub const DENIED_SERVICE: f32 = -1.5;

/// Service disruptions (see [`role::DISRUPTION`]).
const DISRUPTIONS: &[&str] = &[
    "broken",
    "cancellation",
    "canceled",
    "cancelled",
    "cracked",
    "crash",
    "crashed",
    "crashes",
    "crashing",
    "damaged",
    "delay",
    "delayed",
    "delays",
    "dented",
    "diverted",
    "lost",
    "outage",
    "shattered",
    "smashed",
    "stranded",
];

/// Interjections that open mock enthusiasm ("oh brilliant, another gate change").
const INTERJECTIONS: &[&str] = &["ah", "oh", "ohh", "wow", "yay"];

/// Modals that open a wish ("it would be great if", "i'd love a") (see [`wished`]).
const MODALS: &[&str] = &[
    "would", "wd", "it'd", "itd", "that'd", "thatd", "i'd", "we'd",
];

/// Verbs of wanting after a modal (see [`wished`]).
const WISH_VERBS: &[&str] = &["appreciate", "like", "love"];

/// What a wish asks for, right after its verb: "would love *a* seat map", "i'd like *to* see"
/// (or "it if": "would love it if").
const WISHED: &[&str] = &["a", "an", "more", "some", "to"];

/// Words that say a problem was put right: after them, closing praise is sincere ("bag lost,
/// found next day. great work") (see [`is_sarcastic`]).
const RESOLVED: &[&str] = &[
    "fixed", "found", "rebooked", "refunded", "replaced", "resolved", "solved", "sorted",
];

/// Words that open a question asking for information: auxiliary verbs of yes/no questions ("is
/// the wifi free?", "can someone help?") and question words ("how long does a refund to the
/// original card take?"). Negated auxiliaries ("isn't it great?") and "why" ("why is the crew so
/// good?") are not here: those questions are rhetorical.
const QUESTION_OPENERS: &[&str] = &[
    "am", "are", "can", "could", "did", "do", "does", "has", "have", "how", "is", "may", "might",
    "should", "was", "were", "what", "when", "where", "which", "who", "will", "worth", "would",
];

/// Verbs of behaving and seeming, after which "like" compares instead of liking: "the crew
/// acted like nothing happened", "smells like damp", "felt like hours". In the human-rated
/// tweets "looks like" and "feels like" describe, about as often as not, something the writer
/// likes ("feels like a Sunday"); measured both ways (session 18), these verbs with smelling
/// alone kept the tweets' F1 0.0014 lower and two care labels fewer than the whole list, for
/// +0.0002 of r: the whole list stays.
const BEHAVE_VERBS: &[&str] = &[
    "act", "acted", "acting", "acts", "behave", "behaved", "behaves", "behaving", "feel", "feels",
    "felt", "look", "looked", "looks", "seem", "seemed", "seems", "smell", "smells", "smelt",
    "sound", "sounded", "sounds",
];

/// Words after which a "like" followed by an article or a number is still liking: who likes
/// ("i like a quiet deck"), a modal or an adverb of liking ("would like a refund", "really like
/// the new app").
const LIKERS: &[&str] = &[
    "also", "did", "do", "does", "he", "i", "i'd", "id", "really", "she", "they", "u", "we",
    "we'd", "would", "you",
];

/// What follows a "like" that compares or approximates: "a smell like an old gym bag", "like
/// 200 people ahead", "download the app like everyone else".
const LIKENED: &[&str] = &["a", "an", "every", "everybody", "everyone", "some", "the"];

/// The eye-roll and upside-down faces: praise in a post with one is sarcasm.
pub const EYE_ROLLS: [char; 2] = ['🙄', '🙃'];

/// The care layer's valence of an emoji (see `CARE_EMOJI`), which overrides VADER's.
pub fn emoji(c: char) -> Option<f32> {
    if c.is_ascii() {
        return None;
    }
    CARE_EMOJI.iter().find(|(e, _)| *e == c).map(|(_, v)| *v)
}

/// Has a care phrase already scored the silence ("nobody answers", "no one is answering")? Then
/// the service word in it is not denied a second time (see [`denied_service`]).
pub fn silence_scored(phrases: &[(&'static str, f32)]) -> bool {
    phrases
        .iter()
        .any(|(p, _)| p.starts_with("nobody ") || p.starts_with("no one "))
}

/// Is the service word at `i` denied by a "nobody" / "no one" up to six words before it
/// ("nobody at acme customer service has replied")?
pub fn denied_service(items: &[Item<'_>], i: usize) -> bool {
    let is = |k: usize, role: u32| items[k].care_roles & role != 0;
    if !is(i, role::SERVICE) {
        return false;
    }
    (i.saturating_sub(6)..i)
        .any(|k| is(k, role::NOBODY) || (is(k, role::NO) && k + 1 < i && is(k + 1, role::ONE)))
}

/// The care layer's words with their [`role`] bits (see [`Item::care_roles`]).
pub(super) fn role_words() -> impl Iterator<Item = (&'static str, u32)> {
    let tag = |list: &'static [&'static str], bits: u32| list.iter().map(move |w| (*w, bits));
    tag(SARCASTIC_PRAISE, role::PRAISE)
        .chain(tag(BAD_EVENTS, role::BAD_EVENT))
        .chain(tag(SERVICE_WORDS, role::SERVICE))
        .chain(tag(&["nobody", "noone"], role::NOBODY))
        .chain(tag(&["one"], role::ONE))
        .chain(tag(QUESTION_OPENERS, role::ASK))
        .chain(tag(&["like"], role::LIKE))
        .chain(tag(BEHAVE_VERBS, role::BEHAVE))
        .chain(tag(DISRUPTIONS, role::DISRUPTION))
        .chain(tag(&["another"], role::ANOTHER))
        .chain(tag(INTERJECTIONS, role::INTERJECTION))
        .chain(tag(MODALS, role::MODAL))
        .chain(tag(&["be"], role::BE))
        .chain(tag(&["if"], role::IF))
        .chain(tag(WISH_VERBS, role::WISH))
        .chain(tag(WISHED, role::WISHED))
        .chain(tag(RESOLVED, role::RESOLVED))
        .chain(
            NEUTRAL_PAIRS.iter().flat_map(|(first, second)| {
                [(*first, role::PAIRED), (*second, role::PAIRED_SECOND)]
            }),
        )
}

/// Word pairs that carry no feeling together, wherever they stand (VADER's own idioms are only
/// looked up from a sentence's fourth word on): "lost property" is a desk and no loss, "hand
/// luggage" a bag (VADER scores "hand" +2.2), what food is "nut free" of is no gift, a thing
/// "living rent free" in one's head is stuck there, what comes "on top" of a bill is no
/// praise, and "pretty sure" is certainty (VADER: "pretty" +2.2, "sure" +1.3). A "smart
/// meter" is a device, money "in credit" a balance, "emergency credit" a prepayment meter's
/// reserve and "third parties" others a company shares data with. A "gift card" is a product,
/// the "help centre" a page, a "hard drive" a device, and what was done "by accident" a slip
/// and no accident. "Please help" and "any chance" ask, a "saved card" is on file, "bag drop"
/// is a desk, "more like" renames and "just curious" asks calmly. A ride "in progress" is a
/// status, "one hand" and the "top deck" are a hand and a deck, a "support bot" is software,
/// a "credit card" a card, and to "be sure" is care, no certainty felt ("make sure" stays
/// VADER's: its README scores "Make sure you :) or :D today!"). Sorted: it is binary-searched.
const NEUTRAL_PAIRS: &[(&str, &str)] = &[
    ("absolute", "riot"),
    ("any", "chance"),
    ("as", "well"),
    ("bag", "drop"),
    ("be", "sure"),
    ("by", "accident"),
    ("care", "plan"),
    ("claims", "bonus"),
    ("courtesy", "car"),
    ("credit", "card"),
    ("credit", "cards"),
    ("customer", "support"),
    ("dairy", "free"),
    ("damage", "form"),
    ("damage", "report"),
    ("damage", "sheet"),
    ("damage", "waiver"),
    ("dead", "easy"),
    ("dead", "good"),
    ("dead", "handy"),
    ("dead", "nice"),
    ("drop", "off"),
    ("dynamic", "pricing"),
    ("emergency", "appointment"),
    ("emergency", "appointments"),
    ("emergency", "appt"),
    ("emergency", "credit"),
    ("emergency", "line"),
    ("emergency", "slot"),
    ("emergency", "walk"),
    ("engagement", "ring"),
    ("flu", "jab"),
    ("flu", "jabs"),
    ("flu", "vaccine"),
    ("gift", "card"),
    ("gift", "cards"),
    ("gift", "voucher"),
    ("gift", "vouchers"),
    ("gluten", "free"),
    ("hand", "baggage"),
    ("hand", "luggage"),
    ("hard", "drive"),
    ("hard", "drives"),
    ("hard", "shoulder"),
    ("help", "center"),
    ("help", "centre"),
    ("in", "credit"),
    ("in", "hand"),
    ("in", "progress"),
    ("just", "curious"),
    ("lost", "property"),
    ("more", "like"),
    ("need", "help"),
    ("no", "claims"),
    ("no", "faff"),
    ("no", "offence"),
    ("no", "offense"),
    ("nut", "free"),
    ("on", "top"),
    ("one", "hand"),
    ("please", "help"),
    ("pls", "help"),
    ("plz", "help"),
    ("pretty", "sure"),
    ("rent", "free"),
    ("saved", "card"),
    ("saved", "cards"),
    ("saved", "details"),
    ("share", "my"),
    ("shares", "my"),
    ("shares", "your"),
    ("shuttle", "stop"),
    ("smart", "meter"),
    ("somebody", "help"),
    ("someone", "help"),
    ("strong", "smell"),
    ("super", "king"),
    ("support", "agent"),
    ("support", "assistant"),
    ("support", "bot"),
    ("support", "chat"),
    ("support", "line"),
    ("support", "team"),
    ("support", "ticket"),
    ("tech", "support"),
    ("third", "parties"),
    ("third", "party"),
    ("top", "deck"),
    ("torn", "between"),
    ("tram", "stop"),
    ("without", "fail"),
];

/// Silences every pair of words that carries no feeling ("lost property", "hand luggage",
/// "nut free", "on top") in `items`: both words lose their valence, and neither
/// reports trouble.
pub fn neutral_pairs(items: &mut [Item<'_>], valences: &mut [f32]) {
    for k in 0..items.len().saturating_sub(1) {
        if items[k].care_roles & role::PAIRED == 0
            || items[k + 1].care_roles & role::PAIRED_SECOND == 0
        {
            continue;
        }
        let pair = (items[k].lower.as_ref(), items[k + 1].lower.as_ref());
        if NEUTRAL_PAIRS.binary_search(&pair).is_ok() {
            for j in [k, k + 1] {
                valences[j] = 0.0;
                items[j].care_roles &= !(role::DISRUPTION | role::BAD_EVENT);
            }
        }
    }
}

/// A disruption in a question about what happens "if" it comes ("if my flight is delayed more
/// than 3 hours, am I due compensation?"), or a cancelling the customer supposes ("how long
/// does a refund take if you cancel?"), is a supposition, not a report: its negative valence
/// is zeroed from the "if" to the question mark (within the question's last thirty words). In
/// a post `to_brand` that asks for information (an auxiliary or a question word opens it: see
/// `QUESTION_OPENERS`) every bad word there is supposed ("if I skip next week do I still get
/// charged?", "if I downgrade mid month do I lose Premium?"); in a rhetorical question
/// ("why bother if it's always late?", "what's the point if it's this bad?") and in general
/// text, where such questions are as often complaints, only disruptions and cancelling are.
pub fn supposed(items: &[Item<'_>], valences: &mut [f32], to_brand: bool) {
    let mut asked_from = 0;
    for (q, item) in items.iter().enumerate() {
        if item.ending != Ending::Question {
            continue;
        }
        let from = asked_from.max(q.saturating_sub(30));
        if let Some(at) = items[from..=q]
            .iter()
            .position(|t| t.care_roles & role::IF != 0)
        {
            // Asked for information (an auxiliary or question word, not "why" or "what's the
            // point"): every bad word of the supposition is supposed.
            let asked = &items[from..=q];
            let informative = to_brand
                && asked.iter().any(|t| t.care_roles & role::ASK != 0)
                && !asked
                    .iter()
                    .any(|t| matches!(t.lower.as_ref(), "why" | "point"));
            for k in from + at..=q {
                if informative
                    || items[k].care_roles & role::DISRUPTION != 0
                    || items[k].lower.starts_with("cancel")
                {
                    valences[k] = valences[k].max(0.0);
                }
            }
        }
        asked_from = q + 1;
    }
}

/// Is the positive word at `i` part of a wish, which praises nothing yet: "it would be great
/// if the lounge opened at 5", "would be nice if", "i'd love a seat map", "would love to see"?
/// A modal, "be" and the word (at most one word between), with an "if" later in the clause, or
/// in a `troubled` post (see [`reports_trouble`]) without one — there it is a demand: "the ship
/// skipped Santorini. An explanation would be nice"; or a modal and a verb of wanting with what
/// is wanted right after it. "That would be amazing!" (no "if", no trouble) and "i would
/// recommend them" (no wish) stay praise.
pub fn wished(items: &[Item<'_>], i: usize, troubled: bool) -> bool {
    let is = |k: usize, role: u32| items[k].care_roles & role != 0;
    let open = |k: usize| !items[k].ending.ends_clause();
    let modal_be = (1..=2).any(|back| {
        i > back
            && is(i - back, role::BE)
            && is(i - back - 1, role::MODAL)
            && (i - back - 1..i).all(open)
    });
    if modal_be {
        let mut k = i;
        while open(k) && k + 1 < items.len() {
            k += 1;
            if is(k, role::IF) {
                return true;
            }
        }
        return troubled;
    }
    let asks = |k: usize| {
        k < items.len()
            && (is(k, role::WISHED)
                || (items[k].lower == "it"
                    && open(k)
                    && k + 1 < items.len()
                    && is(k + 1, role::IF)))
    };
    is(i, role::WISH) && i > 0 && is(i - 1, role::MODAL) && open(i - 1) && open(i) && asks(i + 1)
}

/// Does the post report trouble: a bad care phrase heard, or a disruption or bad service event
/// among its words, not negated ("wasn't delayed for once")? What mock enthusiasm needs around
/// it (see [`is_sarcastic`]).
pub fn reports_trouble(items: &[Item<'_>], phrases: &[(&'static str, f32)]) -> bool {
    phrases.iter().any(|(_, v)| *v < 0.0)
        || items.iter().enumerate().any(|(k, t)| {
            t.care_roles & (role::DISRUPTION | role::BAD_EVENT) != 0
                && !items[k.saturating_sub(2)..k].iter().any(Item::negates)
        })
}

/// Is `item` a written laugh — "lol", "lmao", "lmfao"? In a post to a brand such a laugh is as
/// often exasperation ("still showing 'on time' lol") or an aside in a question as it is joy;
/// in general text (the human-rated tweets) it reads as joy, which VADER's valence keeps. (😂
/// and 🤣 were tried too: they gained two labels and lost two posts of real amusement.)
pub fn laughs(item: &Item<'_>) -> bool {
    matches!(item.lower.as_ref(), "lol" | "lmao" | "lmfao")
}

/// Is the word at `i` "unbelievable" said alone, as a sentence of its own ("Called three times
/// and everyone keeps transferring me. Unbelievable.", "you want £75 to fix YOUR typo??
/// unbelievable")? That is outrage, where VADER scores the word +0.8, as wonder; before a noun
/// ("unbelievable service") it stays as VADER reads it.
pub fn outraged(items: &[Item<'_>], i: usize) -> bool {
    items[i].lower == "unbelievable"
        && (i == 0 || items[i - 1].closes_sentence())
        && (items[i].closes_clause() || items[i + 1..].iter().all(Item::is_emoji))
}

/// Is `item` a call for help? In a post to a brand "help" pleads ("kids in the back. HELP",
/// "at this rate i'll get help by christmas") and praises nothing, where VADER scores it +1.7;
/// in general text it keeps VADER's reading ("6 ideas to help you make the most of your
/// weekend"). Negated, it keeps its sting either way ("doesn't help").
pub fn pleads(item: &Item<'_>) -> bool {
    item.lower == "help"
}

/// What `text` puts in scare quotes with the fewest words, if it puts any: a quote mark opening a word
/// ("the 'waterproof' mascara", "‘improved stability’", "the \"SALE\" price") and its closing
/// mark after a word, within 60 bytes. Apostrophes inside or after words ("I'd", "parents'
/// car") open none. In a post to a brand, quotes of a word or two mark sarcasm: 102 of the 112
/// care cases with such quotes are complaints (see `sentiment::measure`); longer quotes are as
/// often reported speech ("she said 'no problem at all'").
pub fn scare_quoted(text: &str) -> Option<Quote<'_>> {
    /// How far (in bytes) a closing mark may follow its opening one.
    const WITHIN: usize = 60;
    let opens = |c: char| matches!(c, '\'' | '"' | '‘' | '“');
    let closes = |c: char| matches!(c, '\'' | '"' | '’' | '”');
    // Quote marks are ASCII or start with the byte 0xE2 (which only ever leads a character):
    // the bytes are searched, and only a candidate mark is decoded (~2k instructions per post
    // fewer than walking every character).
    let b = text.as_bytes();
    let mut fewest: Option<Quote<'_>> = None;
    let mut i = 0;
    while let Some(k) = b
        .get(i..)
        .and_then(|r| memchr::memchr3(b'\'', b'"', 0xE2, r))
    {
        let at = i + k;
        let c = text[at..].chars().next().unwrap_or(' ');
        i = at + c.len_utf8();
        let prev = text[..at].chars().next_back().unwrap_or(' ');
        let rest = &text[i..];
        let next = rest.chars().next().unwrap_or(' ');
        if !(opens(c) && (prev.is_whitespace() || prev == '(') && next.is_alphanumeric()) {
            continue;
        }
        let mut last = ' ';
        let inside = rest
            .char_indices()
            .take_while(|&(k, q)| k + q.len_utf8() <= WITHIN);
        for (k, q) in inside {
            let after = rest[k + q.len_utf8()..].chars().next().unwrap_or(' ');
            if closes(q)
                && (last.is_alphanumeric() || matches!(last, '.' | '!' | '?'))
                && !after.is_alphanumeric()
            {
                let quote = Quote {
                    words: rest[..k].split_whitespace().count(),
                    inside: &rest[..k],
                };
                if fewest.is_none_or(|f| quote.words < f.words) {
                    fewest = Some(quote);
                }
                break;
            }
            last = q;
        }
    }
    fewest
}

/// Words in scare quotes (see [`scare_quoted`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote<'a> {
    /// How many words are inside.
    pub words: usize,
    /// What is inside, as written.
    pub inside: &'a str,
}

impl Quote<'_> {
    /// Is `item` one of the quoted words ("the 'indestructible' toy": the word the post
    /// mocks)?
    pub fn holds(&self, item: &Item<'_>) -> bool {
        self.inside
            .split_whitespace()
            .any(|w| fold(vader_strip(w)) == item.lower.as_ref())
    }
}

/// The items of a closing "truly" remark, when the post ends on one: a last sentence that opens
/// with "truly" after an earlier one ("… after only 9 days. Truly world class service 👏👏"),
/// or a "truly" tacked on at the very end ("10/10 tech, truly"). In a post to a brand that is
/// the mark of sarcasm — all eleven such posts in the 1,300 care cases are complaints — so when
/// the remark praises, the post's praise reads as the opposite (see `sentiment::measure`);
/// "truly" inside a sentence ("you are truly my friend", "truly grateful for the help") is
/// sincere and not asked about. The cost: a sincere closing "Truly the best crew." after
/// plain praise reads as sarcasm too (no care case has one; revisit with real posts). Empty
/// when there is none.
pub fn closing_truly(items: &[Item<'_>]) -> std::ops::Range<usize> {
    let Some(k) = items.iter().rposition(|t| t.lower == "truly") else {
        return 0..0;
    };
    let last_word = items.iter().rposition(|t| !t.is_emoji()).unwrap_or(k);
    let tacked_on = k == last_word && k > 0 && items[k - 1].ending == Ending::Clause;
    let opens_last = k > 0
        && items[k - 1].closes_sentence()
        && !items[k..last_word].iter().any(Item::closes_sentence);
    if tacked_on || opens_last {
        k..last_word + 1
    } else {
        0..0
    }
}

/// The items of the clause before a "really" tacked on at the very end after a comma
/// ("Brilliant service, really."), and the "really" itself; empty when the post does not end so.
/// After trouble, praise closed this way is sarcasm (both such posts in the 1,620 care cases
/// are complaints; no general tweet ends so); a sincere "thank you, really" reports no trouble
/// and is not asked about (see `sentiment::measure`).
pub fn closing_really(items: &[Item<'_>]) -> std::ops::Range<usize> {
    // Emoji after it (a word of symbols, when they carry no valence: "👏👏👏") close nothing.
    let word = |t: &Item<'_>| !t.is_emoji() && t.lower.chars().any(char::is_alphanumeric);
    let Some(last) = items.iter().rposition(word) else {
        return 0..0;
    };
    if last == 0 || items[last].lower != "really" || items[last - 1].ending != Ending::Clause {
        return 0..0;
    }
    let start = items[..last - 1]
        .iter()
        .rposition(Item::closes_clause)
        .map_or(0, |j| j + 1);
    start..last + 1
}

/// Is the word at `i` "perfectly" saying how much of what follows ("a perfectly normal bay", "a
/// perfectly good phone"), not that anything was perfect? Before another word of its clause it
/// is a degree and no feeling (VADER scores it +3.2; the word it grades keeps its own valence);
/// at a clause's end ("fits perfectly") and before a past participle ("perfectly packed",
/// "perfectly cooked") it is praise.
pub fn grades(items: &[Item<'_>], i: usize) -> bool {
    items[i].lower == "perfectly"
        && !items[i].ending.ends_clause()
        && items
            .get(i + 1)
            .is_some_and(|n| !n.is_emoji() && !n.lower.ends_with("ed"))
}

/// Words of endearment that address someone ("read the board, love"; "cheers, darling").
const ADDRESS_TERMS: &[&str] = &["darling", "dear", "love", "sweetheart", "sweetie"];

/// Is the word at `i` a term of address — one of `ADDRESS_TERMS` alone between a comma and
/// the end of its clause ("'read the board, love'", "alright, darling.")? In a post to a brand
/// it is nearly always staff's words quoted, a manner of speech (often a curt one) and no
/// feeling, where VADER scores "love" +3.2; in general text it is affection ("same here,
/// love"), which the engine asks only of posts to the brand. "Thanks, love it" and "love, love,
/// love this ship" (more words follow in the clause, or the same word beside it) stay feelings.
pub fn addresses(items: &[Item<'_>], i: usize) -> bool {
    i > 0
        && items[i - 1].ending == Ending::Clause
        && (items[i].ending.ends_clause() || i + 1 == items.len())
        && ADDRESS_TERMS.contains(&items[i].lower.as_ref())
        && [i - 1, i + 1]
            .iter()
            .all(|&k| items.get(k).is_none_or(|n| n.lower != items[i].lower))
}

/// Verbs whose denial says what the author means not to do: "don't *want* to cancel", "don't
/// *wanna* miss it", "no *need* to complain" (see [`unwanted`]).
const UNWANTED_VERBS: &[&str] = &["mean", "need", "want", "wanna"];

/// Is the word at `i` a bad thing the author says they do not want to do or have happen — a
/// negative word that VADER's negation turned positive, with one of `UNWANTED_VERBS` at most
/// three words before it in its clause ("don't want to cancel it, just pause", "don't want to
/// lose my seat", "didn't mean to complain")? Or one denied as not yet done ("not cancelling
/// yet")? Not wanting a loss, or its not having come yet, is no joy: the word says nothing
/// about how the author feels. "Not bad" and "never delayed" (no such verb) stay positive.
pub fn unwanted(items: &[Item<'_>], i: usize) -> bool {
    let pending =
        !items[i].ending.ends_clause() && items.get(i + 1).is_some_and(|n| n.lower == "yet");
    items[i].valence().is_some_and(|v| v < 0.0)
        && (pending
            || (1..=3)
                .take_while(|&back| i >= back && !items[i - back].ending.ends_clause())
                .any(|back| UNWANTED_VERBS.contains(&items[i - back].lower.as_ref())))
}

/// Is the "like" at `i` a comparison or an approximation, not liking? VADER reads every "like"
/// as liking. It compares after a verb of behaving or seeming ("acted like nothing happened",
/// "smells like damp", "felt like hours"), and before an article or a number unless someone or
/// something that likes comes right before it ("a smell like an old gym bag", "still like 200
/// people ahead", "sea was like a millpond"; but "i like a quiet deck", "would like a refund",
/// "don't like the app").
pub fn compares(items: &[Item<'_>], i: usize) -> bool {
    if items[i].care_roles & role::LIKE == 0 {
        return false;
    }
    let prev = i.checked_sub(1).map(|k| &items[k]);
    let open_before = prev.is_some_and(|p| !p.ending.ends_clause());
    if open_before && prev.is_some_and(|p| p.care_roles & role::BEHAVE != 0) {
        return true;
    }
    let likened = !items[i].ending.ends_clause()
        && items.get(i + 1).is_some_and(|n| {
            LIKENED.contains(&n.lower.as_ref()) || n.lower.starts_with(|c: char| c.is_ascii_digit())
        });
    let liker =
        prev.is_some_and(|p| open_before && (p.negates() || LIKERS.contains(&p.lower.as_ref())));
    likened && !liker
}

/// A positive word in a yes/no question asks about a thing and praises nothing: "Is the wifi
/// free?", "Can someone help me?", "Is this safe??" are neutral questions (or worries), where
/// VADER reads "free", "help" and "safe" as praise. Zeroes the positive valences of every
/// clause that opens with an auxiliary verb and ends with a question mark; a clause ends at
/// `,` `.` `!` `?` `;` `:` (see [`Ending`]) or the end of the post, so "Acme is great, will you
/// fly them again?"
/// keeps its "great". Negative words stay: "Is my refund ever coming?" is still a complaint.
pub fn asked_not_praised(items: &[Item<'_>], valences: &mut [f32]) {
    let mut start = 0;
    for (i, item) in items.iter().enumerate() {
        if !item.ending.ends_clause() && i + 1 < items.len() {
            continue;
        }
        if item.ending == Ending::Question && items[start].care_roles & role::ASK != 0 {
            for v in &mut valences[start..=i] {
                *v = v.min(0.0);
            }
        }
        start = i + 1;
    }
}

/// The care phrases' texts, in table order (heard by [`crate::engine::phrases`]).
pub(crate) fn phrase_texts() -> impl Iterator<Item = &'static str> {
    CARE_PHRASES.iter().map(|(p, _)| *p)
}

/// The care phrases of a listened post, as (phrase, valence): taken leftmost-longest from its
/// hits (where two overlap, the one starting first, then the longer, wins), and only where
/// whole words.
pub fn phrases_heard(post: &Listened<'_>) -> Vec<(&'static str, f32)> {
    let care: Vec<(usize, usize, usize)> = post
        .hits
        .iter()
        .filter_map(|h| match h.phrase {
            Phrase::Care(i) => Some((h.start, h.end, i)),
            _ => None,
        })
        .collect();
    leftmost_longest(care)
        .into_iter()
        .filter(|&(start, end, _)| post.starts_word(start) && post.ends_word(end))
        .map(|(_, _, i)| CARE_PHRASES[i])
        .collect()
}

/// A token without surrounding punctuation. Inlined into the item loop: most tokens start and
/// end with a letter, and a call for them cost ~0.3k instructions per post.
#[inline(always)]
pub(super) fn bare(w: &str) -> &str {
    match (w.as_bytes().first(), w.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_alphanumeric() && z.is_ascii_alphanumeric() => w,
        _ => trimmed(w),
    }
}

/// [`bare`] for a token with something else at an edge.
#[inline(never)]
fn trimmed(w: &str) -> &str {
    w.trim_matches(|c: char| !c.is_alphanumeric())
}

/// Is the praise at `i` a short last clause of the post ("great work", "cheers for that", "well
/// done acme"), with no word before it that says the problem was put right? Said after trouble,
/// that is a sigh, not thanks: "cancelled my order with zero explanation. cheers for that". A
/// "but" anywhere keeps it sincere ("delayed 2h but the crew were great"), and so does a question
/// just before it: thanks for the answer to come ("has anyone handed it in? thank you").
fn closing_praise(items: &[Item<'_>], i: usize) -> bool {
    let start = clause_start(items, i);
    let end = items[i..]
        .iter()
        .position(Item::closes_clause)
        .map_or(items.len(), |k| i + k + 1);
    start > 0
        && items[start - 1].ending != Ending::Question
        && end - start <= 4
        && items[end..].iter().all(|t| t.is_emoji())
        && !items
            .iter()
            .any(|t| t.is(role::BUT) || t.care_roles & role::RESOLVED != 0)
}

/// "Not gonna lie" and "not going to lie" open candour, not denial: their "not" negates
/// nothing after them ("not gonna lie, impressed").
pub fn spare_candour(items: &mut [Item<'_>]) {
    for k in 0..items.len().saturating_sub(2) {
        let w = |j: usize| items.get(k + j).map_or("", |t| t.lower.as_ref());
        if w(0) == "not"
            && ((w(1) == "gonna" && w(2) == "lie")
                || (w(1) == "going" && w(2) == "to" && w(3) == "lie"))
        {
            items[k].negate_nothing();
        }
    }
}

/// Is the praise at `i` a "love how …" / "love that …" remark, with nothing in the post put
/// right? Said to the brand in a post that reports trouble it is a sigh ("love how the chatbot
/// told me to restart it for the 6th time. still no broadband"), as the five such posts in the
/// care sets are; in other talk ("love that song") it is love, and "love how quickly they found my
/// bag" is thanks.
pub fn loves_how(items: &[Item<'_>], i: usize) -> bool {
    matches!(items[i].lower.as_ref(), "love" | "loving")
        && items
            .get(i + 1)
            .is_some_and(|t| matches!(t.lower.as_ref(), "how" | "that"))
        && !items[i].ending.ends_clause()
        && !puts_right(items)
}

/// Does the post say a problem was put right (one of `RESOLVED`: "found", "sorted",
/// "refunded")? Then its praise is sincere, scare quotes and "love how" notwithstanding.
pub fn puts_right(items: &[Item<'_>]) -> bool {
    items.iter().any(|t| t.care_roles & role::RESOLVED != 0)
}

/// Is the item at `i` an emoji closing a clause that holds sarcasm ("Worth every penny 👌",
/// "great job losing my bag 👍")? Its cheer is the sarcasm's too. Call after the items before it
/// are marked.
pub fn echoes_sarcasm(items: &[Item<'_>], i: usize) -> bool {
    if !items[i].is_emoji() {
        return false;
    }
    let Some(last_word) = items[..i].iter().rposition(|t| !t.is_emoji()) else {
        return false;
    };
    items[clause_start(items, last_word)..=last_word]
        .iter()
        .any(|t| t.sarcastic)
}

/// Where the clause holding item `i` begins (see [`Item::closes_clause`]).
fn clause_start(items: &[Item<'_>], i: usize) -> usize {
    items[..i]
        .iter()
        .rposition(Item::closes_clause)
        .map_or(0, |k| k + 1)
}

/// Is the positive word at `i` sarcasm: any positive word in a post with an eye-roll (see
/// [`EYE_ROLLS`]); or praise followed within five words, in the same clause, by a bad service
/// event — a gerund ("great job losing") or a disruption after "another" ("wonderful, another
/// delay")?
/// Or mock enthusiasm in a post that reports `trouble` (see [`reports_trouble`]): praise right
/// after an interjection ("oh brilliant", "wow @AcmeAir thanks"), or the same praise said again
/// and again ("cool cool cool")? Or, in a post `to_brand` that reports trouble, short closing
/// praise: "cancelled again. cheers for that" (a short last clause, no "but", nothing fixed), or
/// a "love how …" / "love that …" remark with nothing put right?
pub fn is_sarcastic(
    items: &[Item<'_>],
    i: usize,
    eye_roll: bool,
    trouble: bool,
    to_brand: bool,
) -> bool {
    // Next to an eye-roll every positive word is sarcasm ("truly character building 🙃").
    if eye_roll {
        return true;
    }
    if items[i].care_roles & role::PRAISE == 0 {
        return false;
    }
    let same = |k: usize| items.get(k).is_some_and(|t| t.lower == items[i].lower);
    // One word may stand between, in the same clause: "wow @AcmeAir thanks", "oh so great".
    let interjection = |k: usize| items[k].care_roles & role::INTERJECTION != 0;
    let after_interjection = (i > 0 && interjection(i - 1))
        || (i > 1 && interjection(i - 2) && !items[i - 1].ending.ends_clause());
    if trouble && (after_interjection || same(i + 1) || (i > 0 && same(i - 1))) {
        return true;
    }
    if trouble && to_brand && (closing_praise(items, i) || loves_how(items, i)) {
        return true;
    }
    let another = |j: usize| {
        (i + 1..j)
            .rev()
            .take(2)
            .any(|k| items[k].care_roles & role::ANOTHER != 0)
    };
    // The event must follow in the same clause: stop where one ends, or at "but". The praise
    // may stand alone before it ("Great, losing my bag again").
    for (k, item) in items[i..].iter().take(6).enumerate() {
        if item.care_roles & role::BAD_EVENT != 0
            || (item.care_roles & role::DISRUPTION != 0 && another(i + k))
        {
            return true;
        }
        if (k > 0 && item.ending.ends_clause()) || item.is(role::BUT) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_and_lower_case() {
        for p in CARE_WORDS.windows(2) {
            assert!(p[0].0 < p[1].0, "{} then {}", p[0].0, p[1].0);
        }
        // Binary-searched (see `neutral_pairs`).
        for p in NEUTRAL_PAIRS.windows(2) {
            assert!(p[0] < p[1], "{:?} then {:?}", p[0], p[1]);
        }
        for (p, v) in CARE_PHRASES {
            assert_eq!(p.to_lowercase(), *p);
            assert!(*v != 0.0 && v.abs() <= 4.0, "{p}");
        }
        let vader = include_str!("../../../data/vader_lexicon.tsv");
        for (w, _) in CARE_WORDS {
            assert!(
                !vader.lines().any(|l| l.split('\t').next() == Some(w)),
                "{w}: only words VADER lacks"
            );
        }
    }

    #[test]
    fn phrases_match_whole_words() {
        let heard = |t| phrases_heard(&Listened::new(t));
        assert_eq!(heard("been on hold for 2 hours, still waiting").len(), 2);
        assert!(heard("the button is on holdings page").is_empty());
        // Overlapping phrases: the leftmost, then the longest, wins.
        assert_eq!(heard("never again")[0].0, "never again");
        assert_eq!(heard("no one answers")[0].0, "no one answers");
    }

    #[test]
    fn nobody_denies_service_words() {
        let cases: &[(&str, usize, bool)] = &[
            ("nobody at the desk can help", 5, true),
            ("no one here will help", 4, true),
            ("they always help", 2, false),
            (
                "nobody at the desk was rude and they could really help",
                9,
                false,
            ),
            ("nobody at acme customer service has replied", 6, true),
            ("nobody at the acme help desk today has replied", 8, false),
        ];
        for (text, i, want) in cases {
            let items = super::super::items(text, text, &[]);
            assert_eq!(denied_service(&items, *i), *want, "{text}");
        }
    }

    #[test]
    fn sarcasm() {
        let cases: &[(&str, usize, bool, bool)] = &[
            ("great job losing my luggage", 0, false, true),
            ("love waiting 3 hours", 0, false, true),
            ("thanks a lot for ruining", 0, false, true),
            ("great crew today", 0, false, false),
            ("love you guys! can't wait to see you", 0, false, false),
            (
                "great for productivity, but breaking routine",
                0,
                false,
                false,
            ),
            ("awesome that the lost winds games", 0, false, false),
            ("great crew today", 0, true, true),
            ("thanks for the quick help", 0, false, false),
            ("wonderful, another 'technical delay' today", 0, false, true),
            ("great, another cancelled flight", 0, false, true),
            ("thanks for the update on the delay", 0, false, false),
            ("great crew, another delay though", 0, false, false),
            // Mock enthusiasm, where the post reports trouble.
            ("oh brilliant, a 2hr delay now", 1, false, true),
            ("@acmeair wow amazing, stranded again", 2, false, true),
            ("cool cool cool so you charged me twice", 0, false, true),
            ("cool cool cool so you charged me twice", 2, false, true),
            ("oh great news, thank you", 1, false, false),
            ("wow @acmeair thanks for the price rise", 2, false, true),
            ("wow @acmeair thanks for the upgrade", 2, false, false),
            ("oh no. great crew, shame about the delay", 2, false, false),
            ("wow amazing crew on my flight", 1, false, false),
            // "nothing lost" reports no trouble: the praise is said twice for joy.
            ("great great service, nothing lost", 0, false, false),
            ("great great service, bag lost", 0, false, true),
            ("great service and a great crew", 0, false, false),
        ];
        for (text, i, eye, want) in cases {
            assert_eq!(sarcastic(text, *i, *eye, false), *want, "{text}");
        }
        // Short closing praise after trouble, in a post to the brand.
        let closing: &[(&str, usize, bool)] = &[
            (
                "cancelled my order, no reason given. cheers for that",
                6,
                true,
            ),
            ("arrived smashed. lol, great work", 3, true),
            ("flight cancelled again. thanks!", 3, true),
            ("flight cancelled again. great work 🙃", 3, true),
            // A "but", or the problem put right, makes it sincere.
            ("delayed 2h but the crew were great", 6, false),
            ("bag lost, found next day. great work", 5, false),
            ("my flight wasn't delayed for once, nice one", 6, false),
            // Not the last clause, or not short, or the first.
            ("cancelled again. great work. what now", 2, false),
            (
                "cancelled again. the crew on the next one were great",
                8,
                false,
            ),
            ("great work on the delay", 0, false),
        ];
        for (text, i, want) in closing {
            assert_eq!(sarcastic(text, *i, false, true), *want, "{text}");
            assert!(
                !sarcastic(text, *i, false, false),
                "only to the brand: {text}"
            );
        }
    }

    /// Is the word at `i` of `text` (lower case) sarcastic, in a post `to_brand` or not?
    fn sarcastic(text: &str, i: usize, eye_roll: bool, to_brand: bool) -> bool {
        let items = super::super::items(text, text, &[]);
        let phrases = phrases_heard(&Listened::new(text));
        let trouble = reports_trouble(&items, &phrases);
        is_sarcastic(&items, i, eye_roll, trouble, to_brand)
    }

    #[test]
    fn scare_quotes_are_told_from_apostrophes() {
        let wide = format!("'{}' ok", "é".repeat(40));
        let cases: &[(&str, bool)] = &[
            ("the 'waterproof' mascara", true),
            ("the ‘improved stability’ update", true),
            ("the \"SALE\" price", true),
            ("watched it 'live'. top work", true),
            ("('express' my foot)", true),
            ("I'd say it's fine, it's my parents' car", false),
            ("an opening 'quote that never closes", false),
            // Characters of two bytes around the window's edge: no panic, and too far to close.
            (&wide, false),
            ("'", false),
            ("", false),
        ];
        for (text, want) in cases {
            assert_eq!(scare_quoted(text).is_some(), *want, "{text}");
        }
        let quote = scare_quoted("the 'next day' delivery, 'no problem at all', 'fast' too");
        assert_eq!(
            quote,
            Some(Quote {
                words: 1,
                inside: "fast"
            })
        );
        let items = super::super::items("so fast", "so fast", &[]);
        assert!(quote.is_some_and(|q| q.holds(&items[1]) && !q.holds(&items[0])));
    }

    #[test]
    fn wishes_praise_nothing_yet() {
        let cases: &[(&str, usize, bool)] = &[
            ("it would be great if the lounge opened at 5", 3, true),
            ("would be nice if you added dark mode", 2, true),
            ("it'd be so nice if the app had a map", 3, true),
            ("would love a seat map in the app", 1, true),
            ("i'd love to see more veggie meals", 1, true),
            ("we'd really appreciate it", 2, false),
            // Praise, not a wish: no "if", no wish verb, or nothing wished for.
            ("that would be amazing!", 3, false),
            ("i would recommend them to anyone", 2, false),
            ("would love it. great crew", 1, false),
            ("would love it if the app had a map", 1, true),
            ("it would be great. if only", 3, false),
            ("love the new app", 0, false),
        ];
        for (text, i, want) in cases {
            let items = super::super::items(text, text, &[]);
            assert_eq!(wished(&items, *i, false), *want, "{text}");
        }
        // In a post that reports trouble, "would be nice" without an "if" demands.
        let text = "the ship skipped the port. an explanation would be nice";
        let items = super::super::items(text, text, &[]);
        assert!(wished(&items, 9, true) && !wished(&items, 9, false));
    }
}
