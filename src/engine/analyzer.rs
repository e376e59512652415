//! [`Engine`]: the settings-bound pipeline that turns a [`Post`] into an [`Analysis`].

use super::analysis::{Analysis, Post, Waiting};
use super::classify::{classify_listened, Classification};
use super::department::route;
use super::mention::{Heard, Matcher, MentionKind};
use super::phrases::Listened;
use super::priority::{self, PriorityInput};
use super::sentiment::{self, Label, Sentiment};
use super::settings::Settings;
use super::text::normalize::Folded;
use super::text::time::parse_rfc3339;

/// What the engine uses about a post besides its text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct PostFacts {
    /// When it was posted, milliseconds since the Unix epoch.
    pub created_ms: Option<i64>,
    /// The author's follower count.
    pub followers: Option<u64>,
    /// Likes + reposts + replies.
    pub engagement: Option<u64>,
    /// Whether the author is verified.
    pub verified: bool,
}

/// What [`Engine::glance`] sees of a post.
#[derive(Debug, Clone, PartialEq)]
pub struct Glance {
    /// Every brand and competitor term heard, in text order.
    pub heard: Vec<Heard>,
    /// Priority (0–100) and tone, when the brand itself is heard.
    pub verdict: Option<(u8, Label)>,
}

/// Is the brand itself among the terms heard (not only a competitor)?
fn mentions_brand(heard: &[Heard]) -> bool {
    heard.iter().any(|h| h.kind != MentionKind::Competitor)
}

/// Priority at or above which a mention is painted as urgent.
pub const URGENT_PRIORITY: u8 = 70;

/// The engine for one brand profile. Building it compiles the profile's matcher once; analysing
/// is then read-only, so one engine serves every batch until the settings change.
#[derive(Debug, Clone)]
pub struct Engine {
    settings: Settings,
    matcher: Matcher,
    /// Drafts issued this session (variety and idempotency).
    replies: super::reply::variety::Memory,
}

impl Engine {
    /// Builds the engine for `settings` (already validated by
    /// [`parse_settings`](super::settings::parse_settings)).
    ///
    /// # Example
    /// ```
    /// use earshot::engine::{settings::parse_settings, Engine, Post};
    /// let engine = Engine::new(parse_settings(r#"{"name": "Acme"}"#).unwrap());
    /// let post = Post { id: "1".into(), text: "Acme lost my bag".into(), ..Post::default() };
    /// let a = engine.analyze(&post, None);
    /// assert!(a.mentioned);
    /// assert_eq!((a.mentions[0].start, a.mentions[0].end), (0, 4));
    /// ```
    pub fn new(settings: Settings) -> Engine {
        let matcher = Matcher::new(&settings.brand);
        Engine {
            settings,
            matcher,
            replies: Default::default(),
        }
    }

    /// The settings this engine was built from.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Analyses one post. `now_ms` (milliseconds since the Unix epoch) drives the waiting clock;
    /// without it, or without a parsable `created_at`, no waiting time is reported.
    ///
    /// Never panics, whatever the text.
    pub fn analyze(&self, post: &Post, now_ms: Option<i64>) -> Analysis {
        let author = post.author.as_ref();
        let facts = PostFacts {
            created_ms: post.created_at.as_deref().and_then(parse_rfc3339),
            followers: author.and_then(|a| a.followers),
            engagement: post.engagement,
            verified: author.and_then(|a| a.verified).unwrap_or(false),
        };
        let mut analysis = self.judge(&post.text, &facts, now_ms);
        analysis.id.clone_from(&post.id);
        analysis
    }

    /// [`analyze`](Self::analyze) for a text and the facts about its post, without building a
    /// [`Post`]; the analysis's `id` is empty. Never panics.
    pub fn judge(&self, text: &str, facts: &PostFacts, now_ms: Option<i64>) -> Analysis {
        let (heard, listened) = self.hear(text);
        let mentioned = listened.to_brand;
        let mentions = self.matcher.name(heard);
        let mut sentiment = sentiment::score_listened(&listened);
        let classification = classify_listened(&listened, &sentiment);
        sentiment::settle_by_intent(&mut sentiment, classification.intent, mentioned);
        let department = route(&classification, &self.settings.brand.departments);
        let waiting = self.waiting(facts, now_ms);
        let priority =
            priority::score(&self.priority_input(&sentiment, &classification, waiting, facts));
        let highlight = highlight_name(priority.score, sentiment.label);
        Analysis {
            id: String::new(),
            mentioned,
            mentions,
            sentiment,
            intent: classification.intent,
            topics: classification.topics,
            flags: classification.flags,
            department,
            priority,
            waiting,
            highlight,
            replies: None,
        }
    }

    /// What the page paints for a text: the terms heard and, when the brand itself is among
    /// them, the priority and tone [`judge`](Self::judge) would give — computed the same way,
    /// without building any words (no term names, sentiment terms, reasons or department).
    /// A post that does not mention the brand is heard but not judged. Never panics.
    pub fn glance(&self, text: &str, facts: &PostFacts, now_ms: Option<i64>) -> Glance {
        let (heard, listened) = self.hear(text);
        if !listened.to_brand {
            return Glance {
                heard,
                verdict: None,
            };
        }
        let mut tone = sentiment::tone_listened(&listened);
        let classification = classify_listened(&listened, &tone);
        sentiment::settle_by_intent(&mut tone, classification.intent, listened.to_brand);
        let waiting = self.waiting(facts, now_ms);
        let priority =
            priority::points(&self.priority_input(&tone, &classification, waiting, facts));
        Glance {
            heard,
            verdict: Some((priority, tone.label)),
        }
    }

    /// Hears the brand in `text` with one search of the matcher's book, and keeps the folded
    /// text and what that search found, ready for judging.
    fn hear<'a>(&'a self, text: &'a str) -> (Vec<Heard>, Listened<'a>) {
        let folded = Folded::new(text);
        let hits = self.matcher.book().hear(&folded.text);
        let heard = self.matcher.hear_hits(text, &folded, &hits);
        let mut listened = Listened::heard_in(text, folded, hits);
        listened.leaves = self.matcher.leaves(&listened);
        listened.joins_brand = self.matcher.joins_brand(&listened);
        listened.to_brand = mentions_brand(&heard);
        listened.own_cues = self.matcher.own_cues();
        listened.cue_names = self.matcher.cue_names();
        listened.names = self.matcher.felt_names(&heard);
        (heard, listened)
    }

    /// Minutes waited at `now_ms` against the response target, when both times are known.
    fn waiting(&self, facts: &PostFacts, now_ms: Option<i64>) -> Option<Waiting> {
        let (now, created) = (now_ms?, facts.created_ms?);
        Some(Waiting {
            minutes: u32::try_from(now.saturating_sub(created).max(0) / 60_000).unwrap_or(u32::MAX),
            target: self.settings.brand.response_target_minutes,
        })
    }

    fn priority_input<'a>(
        &self,
        sentiment: &'a Sentiment,
        classification: &'a Classification,
        waiting: Option<Waiting>,
        facts: &PostFacts,
    ) -> PriorityInput<'a> {
        PriorityInput {
            sentiment,
            classification,
            waiting_minutes: waiting.map(|w| w.minutes),
            target_minutes: self.settings.brand.response_target_minutes,
            followers: facts.followers,
            engagement: facts.engagement,
            verified: facts.verified,
        }
    }

    /// Restores drafts issued earlier for `post` (e.g. before the browser stopped the service
    /// worker), so the post gets the same drafts again and no other post gets their texts.
    pub fn remember_drafts(&mut self, post: &Post, drafts: &[super::reply::Draft]) {
        let key = super::reply::variety::seed(&[&post.id, &post.text]);
        self.replies.remember(key, drafts);
    }

    /// Three reply drafts for an analysed post (interim: one neutral draft).
    pub fn draft_replies(&mut self, post: &Post, analysis: &Analysis) -> Vec<super::reply::Draft> {
        super::reply::compose(&self.settings.brand, &mut self.replies, post, analysis)
    }

    /// Analyses a batch, in order.
    pub fn analyze_batch(&self, posts: &[Post], now_ms: Option<i64>) -> Vec<Analysis> {
        posts.iter().map(|p| self.analyze(p, now_ms)).collect()
    }
}

/// The CSS highlights (`earshot-…`) the extension paints brand words with; scan records refer to
/// them by index.
pub const HIGHLIGHTS: [&str; 5] = [
    "earshot-urgent",
    "earshot-negative",
    "earshot-neutral",
    "earshot-positive",
    "earshot-competitor",
];

/// Index in [`HIGHLIGHTS`] of the colour for competitor terms.
pub const COMPETITOR_HIGHLIGHT: usize = 4;

/// Index in [`HIGHLIGHTS`] of a post's colour: urgent first, then by sentiment.
pub fn highlight_index(priority: u8, label: Label) -> usize {
    if priority >= URGENT_PRIORITY {
        0
    } else {
        match label {
            Label::Negative => 1,
            Label::Neutral => 2,
            Label::Positive => 3,
        }
    }
}

/// The CSS highlight a mention is painted with: urgent first, then by sentiment.
pub fn highlight_name(priority: u8, label: Label) -> &'static str {
    HIGHLIGHTS[highlight_index(priority, label)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::settings::parse_settings;

    fn engine() -> Engine {
        Engine::new(parse_settings(include_str!("../../examples/brand.json")).unwrap())
    }

    fn post(id: &str, text: &str) -> Post {
        Post {
            id: id.into(),
            text: text.into(),
            author: Some(crate::engine::Author {
                name: Some("Maria Lopez".into()),
                handle: Some("@maria".into()),
                ..Default::default()
            }),
            ..Post::default()
        }
    }

    /// A laugh in a post to the brand is no joy of itself ("lol" in a question, or at a
    /// failure); in text that does not mention the brand it keeps VADER's valence.
    #[test]
    fn laughs_to_the_brand_are_no_joy() {
        assert_tones(&[
            (
                "@AcmeAir what time does the lounge open lol",
                Label::Neutral,
            ),
            (
                "third email and my Acme Air refund is still missing lol",
                Label::Negative,
            ),
            ("what time does the lounge open lol", Label::Positive),
        ]);
    }

    /// A complaint is negative even without a word of feeling, in the panel and on the page
    /// alike; a question in the same plain words stays neutral, and so does one whose praise
    /// words name what it asks about. Text that does not mention the brand keeps its words'
    /// tone.
    #[test]
    fn intent_settles_the_tone_of_posts_to_the_brand() {
        assert_tones(&[
            (
                "50 mins in the queue at the Acme Air desk. One person on the desk. ONE.",
                Label::Negative,
            ),
            (
                "@AcmeAir what is the return window for a seat upgrade bought as a gift?",
                Label::Neutral,
            ),
            (
                "@AcmeAir the lounge at gate B, good for a 3 hour wait?",
                Label::Neutral,
            ),
            (
                "the lounge at gate B, good for a 3 hour wait?",
                Label::Positive,
            ),
            // Thanks after a question is for the answer to come, no sigh.
            (
                "hi @AcmeAirHelp i think my son left his retainer on his seat yesterday, has anyone handed it in? thank you",
                Label::Neutral,
            ),
            (
                "how long is the queue at the Acme Air desk?",
                Label::Neutral,
            ),
        ]);
        let e = engine();
        let text = "50 mins in the queue at the Acme Air desk. One person on the desk.";
        let judged = e.judge(text, &PostFacts::default(), None);
        let glanced = e.glance(text, &PostFacts::default(), None);
        assert_eq!(judged.sentiment.score, -0.05);
        assert_eq!(
            glanced.verdict,
            Some((judged.priority.score, Label::Negative))
        );
        // A loss supposed by an "if" further back in a question is asked about, not suffered.
        let asked = e.analyze(
            &post("1", "@AcmeAir if I check in late do I lose my seat?"),
            None,
        );
        assert_eq!(
            (asked.intent, asked.sentiment.label),
            (crate::engine::classify::Intent::Question, Label::Neutral)
        );
    }

    /// "Help" in a post to the brand pleads: no praise in it; negated, it still stings.
    #[test]
    fn pleas_for_help_praise_nothing() {
        assert_tones(&[
            (
                "@AcmeAir position 312 in the live chat queue. at this rate i will get help by christmas",
                Label::Negative,
            ),
            (
                "@AcmeAir can someone help me find my booking?",
                Label::Neutral,
            ),
            ("@AcmeAir your app didn't help at all", Label::Negative),
        ]);
    }

    /// Each text, analysed by the example profile's engine, gets its sentiment label.
    fn assert_tones(cases: &[(&str, Label)]) {
        let e = engine();
        for (text, want) in cases {
            let got = e.analyze(&post("1", text), None).sentiment.label;
            assert_eq!(got, *want, "{text}");
        }
    }

    /// A term of endearment that addresses someone, in a post to the brand, is staff's words
    /// quoted and no feeling; elsewhere it keeps VADER's valence ("same here, love").
    #[test]
    fn terms_of_address_to_the_brand_are_no_feeling() {
        assert_tones(&[
            (
                "Acme Air crew told my wife 'read the board, love'. Rude",
                Label::Negative,
            ),
            (
                "Acme Air crew said 'hold on, love.' then served others first",
                Label::Neutral,
            ),
            (
                "@AcmeAir the new lounge? love, love, love it",
                Label::Positive,
            ),
            ("Thanks, love it. See you soon", Label::Positive),
            ("Same here, love.", Label::Positive),
        ]);
    }

    /// In a post to the brand that asks for information, every bad word after "if" is
    /// supposed; a rhetorical "if" keeps its words.
    #[test]
    fn suppositions_asked_of_the_brand_report_nothing() {
        assert_tones(&[
            (
                "@AcmeAir if I skip the connection do I still get charged?",
                Label::Neutral,
            ),
            (
                "@AcmeAir if I check in late do I lose my seat?",
                Label::Neutral,
            ),
            (
                "@AcmeAir what's the point if it's this bad?",
                Label::Negative,
            ),
            ("@AcmeAir why bother if it's this bad?", Label::Negative),
            ("if I skip it do I still get charged?", Label::Negative),
        ]);
    }

    /// A closing "truly" remark of praise, in a post to the brand, is sarcasm, and so is the
    /// post's other praise; "truly" inside a sentence is sincere. So is a "love how" remark
    /// beside scare quotes.
    #[test]
    fn closing_truly_and_scare_quoted_praise_to_the_brand_are_sarcasm() {
        assert_tones(&[
            (
                "Wow, thanks @AcmeAir for replying after only 9 days. Truly world class 👏👏",
                Label::Negative,
            ),
            (
                "@AcmeAir app crashed 4 times at check in. 10/10 tech, truly",
                Label::Negative,
            ),
            (
                "@AcmeAir the crew were truly wonderful tonight",
                Label::Positive,
            ),
            ("Truly wonderful crew on Acme Air tonight", Label::Positive),
            // Not to the brand: general text keeps VADER's reading.
            ("Replied after 9 days. Truly world class", Label::Positive),
            // Praise with "really" tacked on after trouble is sarcasm; sincere thanks is not.
            (
                "2 hours on hold to @AcmeAir and then cut off. Great service, really. 👏👏",
                Label::Negative,
            ),
            (
                "@AcmeAir thank you for sorting my seat, really",
                Label::Positive,
            ),
            // A "love how" remark beside scare quotes is sarcasm too; without them it may be
            // sincere.
            (
                "Love how the Acme Air 'express' bag drop took 50 minutes",
                Label::Negative,
            ),
            (
                "Love how easy the Acme Air app makes rebooking",
                Label::Positive,
            ),
            // So is praise beside quotes of a word or two, unless something was put right.
            (
                "Cheers @AcmeAir for the 'next day' refund. Day 9 now",
                Label::Negative,
            ),
            // And the quoted word itself, which the post mocks.
            (
                "the Acme Air 'indestructible' case lasted 11 minutes",
                Label::Negative,
            ),
            (
                "Thanks @AcmeAir, your team found my 'missing' bag in an hour!",
                Label::Positive,
            ),
        ]);
    }

    /// The judging phrases are heard through the same folding as the brand: fancy letters,
    /// full-width letters and zero-width characters hide neither a cue nor a care phrase.
    #[test]
    fn phrases_are_heard_through_fancy_unicode() {
        use crate::engine::classify::Topic;
        let e = engine();
        for text in [
            "@AcmeAir I want a 𝐫𝐞𝐟𝐮𝐧𝐝 for flight 12 😡",
            "@AcmeAir I want a ｒｅｆｕｎｄ for flight 12",
            "@AcmeAir I want a re\u{200B}fund for flight 12 🙏",
        ] {
            let a = e.analyze(&post("1", text), None);
            assert!(
                a.topics.contains(&Topic::Refund),
                "{text:?}: {:?}",
                a.topics
            );
        }
    }

    /// A brand named with words of feeling ("Best Buy", "Good Energy") lends the post none of
    /// them, however it is written; the same words outside the name still count.
    #[test]
    fn names_carry_no_feeling() {
        use crate::engine::sentiment::Label::*;
        let e = Engine::new(
            parse_settings(r#"{"name": "Best Buy", "competitors": ["Good Energy"]}"#).unwrap(),
        );
        let cases = [
            ("Best Buy lost my order again!", Negative, -0.38),
            ("(Best Buy) is fine I guess", Positive, 0.202),
            ("𝐁𝐞𝐬𝐭 𝐁𝐮𝐲 😡 where is my order", Negative, -0.67),
            ("😡😡 so Best Buy lost it", Negative, -0.861),
            ("Best Buy, best service I've had", Positive, 0.637),
            // A churn is a complaint, negative at the threshold with no word of feeling.
            ("switched to Good Energy from Best Buy", Negative, -0.05),
        ];
        for (text, label, score) in cases {
            let a = e.analyze(&post("1", text), None);
            assert_eq!(
                (a.sentiment.label, a.sentiment.score),
                (label, score),
                "{text:?}: {:?}",
                a.sentiment.terms
            );
        }
    }

    /// Closing praise said to the brand after a disruption is sarcasm, whether the disruption is a
    /// word ("cancelled") or a cue ("past the date"), and an emoji closing it is sarcasm too; the
    /// same praise with no disruption is praise.
    #[test]
    fn closing_praise_after_a_disruption_is_sarcasm() {
        use crate::engine::sentiment::Label::*;
        let e = engine();
        let cases = [
            (
                "@AcmeAir three weeks past the date you gave. Brilliant. Really brilliant.",
                Negative,
            ),
            (
                "@AcmeAir Plus wouldn't cover my cancelled flight. Worth every penny 👌",
                Negative,
            ),
            ("@AcmeAir lost my bag in Rome. Great job 👍", Negative),
            ("@AcmeAir the upgrade was worth every penny 👌", Positive),
            ("@AcmeAir smooth flight to Rome. Great job 👍", Positive),
            (
                "love how @AcmeAir lost my bag for the 3rd time this year",
                Negative,
            ),
            ("love how quickly @AcmeAir found my lost bag", Positive),
            ("love how friendly the @AcmeAir crew were", Positive),
            (
                "Congratulations @AcmeAir on losing my suitcase on a DIRECT flight",
                Negative,
            ),
        ];
        for (text, want) in cases {
            let a = e.analyze(&post("1", text), None);
            assert_eq!(a.sentiment.label, want, "{text}: {:?}", a.sentiment);
        }
    }

    /// The brand's own cues count as built-in ones do — whole words (or a stem), folded like its
    /// terms — and a cue that contains the brand's name silences no mention of it.
    #[test]
    fn the_brands_own_cues_tell_topics_and_flags() {
        use crate::engine::classify::{Flag, Topic};
        let e = Engine::new(
            parse_settings(
                r#"{"name":"Munchly","handles":["@MunchlyHelp"],"cues":[
                    {"when":"refund","phrases":["munchly credit"]},
                    {"when":"urgent","phrases":["kids are starving"]},
                    {"when":"delay","phrases":["resched*"]},
                    {"when":"safety","phrases":["nut traces"]}]}"#,
            )
            .unwrap(),
        );
        let cases: &[(&str, &[Topic], &[Flag])] = &[
            (
                "I don't want Munchly credit, my kids are starving",
                &[Topic::Refund],
                &[Flag::Urgent],
            ),
            ("@MunchlyHelp got rescheduled twice", &[Topic::Delay], &[]),
            (
                "@MunchlyHelp 𝐍𝐔𝐓 𝐓𝐑𝐀𝐂𝐄𝐒 in my pad thai",
                &[Topic::Safety],
                &[Flag::Safety],
            ),
            // Whole words only: "creditsmith" is no "credit", "walnut traces" no "nut traces".
            ("@MunchlyHelp munchly creditsmith", &[], &[]),
            ("@MunchlyHelp walnut traces", &[], &[]),
        ];
        for (text, topics, flags) in cases {
            let a = e.analyze(&post("1", text), None);
            assert!(a.mentioned, "{text}");
            assert_eq!((&a.topics[..], &a.flags[..]), (*topics, *flags), "{text}");
        }
    }

    /// A brand or competitor named with a cue inside ("parcel" in "Parcelio", "deliver" in
    /// "Deliveroo") lends no post that cue's topic; the cue said as a word still counts, and a
    /// product's name still says what it is ("Parcelio app").
    #[test]
    fn names_hold_no_cues() {
        use crate::engine::classify::Topic;
        let e = Engine::new(
            parse_settings(
                r##"{"name":"Parcelio","handles":["@ParcelioHelp"],"hashtags":["#ParcelioDelivers"],
                    "products":["Parcelio app"],"competitors":["Deliveroo"]}"##,
            )
            .unwrap(),
        );
        let cases: &[(&str, &[Topic])] = &[
            (
                "Job interview at the Parcelio depot tomorrow, wish me luck",
                &[],
            ),
            ("@ParcelioHelp nice advert #ParcelioDelivers", &[]),
            ("Parcelio or Deliveroo for a first job?", &[]),
            (
                "Parcelio lost my parcel",
                &[Topic::LostItem, Topic::Delivery],
            ),
            ("the Parcelio app keeps crashing", &[Topic::WebsiteApp]),
        ];
        for (text, topics) in cases {
            let a = e.analyze(&post("1", text), None);
            assert!(a.mentioned, "{text}");
            assert_eq!(&a.topics[..], *topics, "{text}");
        }
    }

    /// A worker restart re-creates the engine: replayed drafts keep "never the same text twice".
    #[test]
    fn remembered_drafts_survive_a_new_engine() {
        let mut first = engine();
        let p = post("1", "@AcmeAir lost my bag in Denver, nobody answers");
        let a = first.analyze(&p, None);
        let drafts = first.draft_replies(&p, &a);
        assert!(!drafts.is_empty());
        let mut second = engine();
        assert!(
            drafts.iter().all(|d| !second.replies.taken(&d.text)),
            "a fresh engine has issued nothing"
        );
        second.remember_drafts(&p, &drafts);
        assert!(
            drafts.iter().all(|d| second.replies.taken(&d.text)),
            "replayed texts count as issued"
        );
        assert_eq!(
            second.draft_replies(&p, &a),
            drafts,
            "same post, same drafts"
        );
        let twin = post("2", &p.text);
        let twin_drafts = second.draft_replies(&twin, &second.analyze(&twin, None));
        for d in &twin_drafts {
            assert!(
                !drafts.iter().any(|x| x.text == d.text),
                "a different post got a remembered text: {}",
                d.text
            );
        }
    }
}
