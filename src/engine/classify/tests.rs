//! Table-driven classification tests on brand-directed posts. The wider labelled set is
//! tests/data/care_cases.jsonl (tests/care.rs).

use super::*;
use crate::engine::sentiment::score;

fn run(text: &str) -> Classification {
    classify(text, &score(text))
}

#[test]
fn topics() {
    let cases: &[(&str, Topic)] = &[
        ("my flight has been delayed 3 hours", Delay),
        ("they cancelled my flight to Denver", Cancellation),
        ("you lost my bag on the way to Rome", LostItem),
        ("my suitcase arrived with a cracked shell", DamagedItem),
        ("the gate agent was so rude to my mother", Staff),
        (
            "been on hold for an hour, customer service is a joke",
            CustomerService,
        ),
        ("the check-in queue is not moving", Queue),
        ("I was charged twice for my booking", BookingBilling),
        ("still waiting for my refund after 6 weeks", Refund),
        (
            "the seats are so uncomfortable and the food was cold",
            ProductQuality,
        ),
        ("my package was never delivered", Delivery),
        ("the app keeps crashing at checkout", WebsiteApp),
        ("why are your bag fees so expensive", Pricing),
        ("smoke in the cabin and nobody said anything", Safety),
        ("exposed wires hanging out of the meter box", Safety),
        ("carbon monoxide alarm going off since the visit", Safety),
        (
            "the balcony railing moves, someone is going to fall",
            Safety,
        ),
        ("BED BUGS. BITES ALL OVER MY ARMS", ProductQuality),
        ("you leaked my personal data in a breach", Privacy),
        // Banking words.
        ("£450 has gone missing from my current account", LostItem),
        ("the man at the desk rolled his eyes at my mum", Staff),
        (
            "been going round in circles between branch and phone line",
            CustomerService,
        ),
        (
            "your letter had my account number and my full name on it",
            Privacy,
        ),
        ("what's the interest rate on the saver now", Pricing),
        (
            "moved money to my saver on monday and it still isn't there",
            Delay,
        ),
        // Food-delivery words.
        ("3 of 11 items missing from the grocery order", LostItem),
        ("my bubble tea exploded in the bag", DamagedItem),
        ("the pizza turned up stone cold", ProductQuality),
        ("they left it at the wrong doorstep", Delivery),
        ("are your menu prices marked up", Pricing),
        ("ETA went from 7:15 to 8:05", Delay),
        // Cloud-storage words.
        ("every video i uploaded last week is corrupted", DamagedItem),
        ("someone signed in from Lagos, it was not me", Privacy),
        ("my private album was made public without asking", Privacy),
        (
            "the cancel button just loops back to an offer page",
            Cancellation,
        ),
        ("the recycle bin is empty and my work is gone", LostItem),
        (
            "your help centre article links back to itself",
            CustomerService,
        ),
        // Games, their hardware and a travel agency's words.
        ("the servers never work on a Friday night", WebsiteApp),
        ("new launcher, same download stuck at 99%", WebsiteApp),
        ("the left stick drifts after 4 months", ProductQuality),
        ("shows my son's real name to strangers", Privacy),
        ("unlock was meant for midnight, what's the holdup", Delay),
        ("when does the summer sale start?", Pricing),
        ("do gift cards work on a US account?", BookingBilling),
        (
            "what time does the phone line open on sundays?",
            CustomerService,
        ),
        // Ships, scooters and shares: the words of more trades.
        ("three hours stood in the embarkation hall", Queue),
        ("the ship just didn't go to Santorini", Cancellation),
        ("photos of my kids up without our consent", Privacy),
        (
            "40 minutes with the support bot, fixed nothing",
            CustomerService,
        ),
        (
            "a £20 penalty from them for parking in the bay",
            BookingBilling,
        ),
        ("£600 cheaper today than the day I booked", Pricing),
        (
            "seat post keeps sliding down and the motor cuts out",
            ProductQuality,
        ),
        ("still not off the ship and our flight is at 11:40", Delay),
        // Session 19's blind sets: a doormat, security, a found wallet, a recall, an extra.
        ("the course books were on my doormat tuesday", Delivery),
        ("through security in 8 mins on a bank holiday", Queue),
        ("someone handed it in to the office", LostItem),
        ("the chicken treats were recalled a month ago", Safety),
        ("does the plan include tutoring or is that extra?", Pricing),
        ("the long stay shuttle hasnt turned up again", Delay),
        ("the help team replied in 10 mins", CustomerService),
        // Session 19's last two blind sets: a removals company and a dental chain.
        (
            "6 weeks since I put in the damage claim for the tv",
            DamagedItem,
        ),
        ("put my unit up from £89 to £124 a month", Pricing),
        ("bottom fell out of two of the boxes", ProductQuality),
    ];
    for (text, want) in cases {
        let c = run(text);
        assert_eq!(c.topics.first(), Some(want), "{text}: {c:?}");
    }
}

#[test]
fn flags() {
    let cases: &[(&str, &[Flag])] = &[
        ("switching to Globex, done with you", &[Flag::ChurnRisk]),
        (
            "seriously thinking of switching after this",
            &[Flag::ChurnRisk],
        ),
        ("strong smell of gas by the meter", &[Flag::Safety]),
        (
            "both of us were sick all night after the prawns",
            &[Flag::Safety],
        ),
        (
            "my son has a peanut allergy and the sauce lists peanuts",
            &[Flag::Safety],
        ),
        ("sick of waiting for my refund", &[]),
        ("how do I get emergency credit on my prepay meter", &[]),
        ("honestly thinking of cancelling", &[Flag::ChurnRisk]),
        ("£40 cheaper. Not sure I'll be back tbh", &[Flag::ChurnRisk]),
        (
            "missed again. cancelling after this week",
            &[Flag::ChurnRisk],
        ),
        (
            "renewal quote is a joke, I'm off at the end of the month",
            &[Flag::ChurnRisk],
        ),
        (
            "charged after I paused. cancel me and refund it",
            &[Flag::ChurnRisk],
        ),
        (
            "sort it or I'm doing a chargeback through my bank",
            &[Flag::LegalThreat],
        ),
        ("my 12yo switched to my profile and watched it", &[]),
        ("I'm cancelling my subscription", &[Flag::ChurnRisk]),
        ("my lawyer will hear about this", &[Flag::LegalThreat]),
        ("see you in small claims court", &[Flag::LegalThreat]),
        (
            "there is smoke in the cabin, is this safe?",
            &[Flag::Safety],
        ),
        (
            "my flight leaves in an hour and the queue hasn't moved, please help",
            &[Flag::Urgent],
        ),
        ("stranded in Denver", &[Flag::Urgent]),
        ("lovely flight, thanks", &[]),
        ("sue is our best flight attendant", &[]),
        // A time window is urgent unless the post is praise.
        (
            "my flight is in an hour and the desk is closed",
            &[Flag::Urgent],
        ),
        ("they rebooked all of us in 20 min, amazing staff", &[]),
        ("flying tonight, so excited!", &[]),
        // A window in a remark that names no trouble is no emergency.
        ("mince pie taste-off at my mum's tonight", &[]),
        // How long something past took is no moment to come.
        ("appeal auto-closed in 3 mins, no explanation", &[]),
        (
            "the app crashed and boarding closes in 20 mins",
            &[Flag::Urgent],
        ),
        // What happened tonight, or is done tonight, has no deadline (cancelling tonight is
        // leaving, not a hurry).
        ("opened my box tonight and there's no chicken", &[]),
        ("price up again, cancelling tonight", &[Flag::ChurnRisk]),
        (
            "our booking for tonight has been cancelled",
            &[Flag::Urgent],
        ),
        (
            "tournament tonight at 8 and the servers are down",
            &[Flag::Urgent],
        ),
        (
            "parcel still not here and I need it tonight",
            &[Flag::Urgent],
        ),
        ("going to miss my connection in Frankfurt", &[Flag::Urgent]),
        ("I'm done with Acme, booking elsewhere", &[Flag::ChurnRisk]),
        // Inside a phrase that only holds a cue's words, the cue is not heard.
        ("I have lasting power of attorney for my dad's account", &[]),
        ("moving my emergency fund over to savings", &[]),
        ("the emergency exit was blocked by bags", &[Flag::Safety]),
        (
            "rent is due friday and my account is frozen",
            &[Flag::Urgent],
        ),
        ("Reporting this to the FCA", &[Flag::LegalThreat]),
        (
            "chicken was pink in the middle, we were up all night vomiting",
            &[Flag::Safety],
        ),
        (
            "his lips are swelling, we've given him antihistamine",
            &[Flag::Safety, Flag::Urgent],
        ),
        (
            "reported the restaurant to environmental health",
            &[Flag::LegalThreat],
        ),
        ("thanks for cancelling my order 45 mins in", &[]),
        ("deleted the app, was nice knowing you", &[Flag::ChurnRisk]),
        // A moment minutes away, however written.
        (
            "bag drop queue out the door and my flight closes in 25 mins",
            &[Flag::Urgent],
        ),
        (
            "we land 12 min before my connection to Boston",
            &[Flag::Urgent],
        ),
        ("boarding in 5min and still no gate", &[Flag::Urgent]),
        ("the flight was 45 minutes late", &[]),
        ("landed in 120 minutes, fine", &[]),
        // Hours away too, within what a care team can still act on; durations are no moments.
        (
            "phone won't turn on and my flight is in 5 hours",
            &[Flag::Urgent],
        ),
        ("boarding pass gone, we leave in 2hrs", &[Flag::Urgent]),
        ("on hold for 2 hours now", &[]),
        ("a workout for 2 hours before breakfast, ugh", &[]),
        ("parcel arrives in 48 hours apparently", &[]),
        (
            "my 11 year old is flying unaccompanied and the flight diverted",
            &[Flag::Urgent],
        ),
        // What was done within the hour is past; a suggestion's "right now" is today.
        ("disputed it and it got auto-closed within the hour", &[]),
        (
            "my bag has to be found within the hour, please",
            &[Flag::Urgent],
        ),
        (
            "idea: a pause button. right now you either end the ride or pay to stand still",
            &[],
        ),
        (
            "the app has frozen and I need to end the ride right now",
            &[Flag::Urgent],
        ),
        // A wheelchair is no deadline; a ship that sails soon is one.
        ("can the tender boats take a wheelchair?", &[]),
        (
            "still in the check-in line and the ship sails in 50 min",
            &[Flag::Urgent],
        ),
        (
            "MY SHIFT STARTS AT 8 and the scooter won't unlock",
            &[Flag::Urgent],
        ),
        // Leaving supposed in a question asks; stated after "if", it threatens.
        ("if I close my account do you delete my ride history?", &[]),
        (
            "if this isn't fixed by friday I'm closing my account",
            &[Flag::ChurnRisk],
        ),
        // An unattended bag and a crowd that cannot breathe; a food court is no court case.
        (
            "unattended suitcase by the costa for 2 hours",
            &[Flag::Safety],
        ),
        (
            "a little boy said he couldnt breathe in the queue",
            &[Flag::Safety],
        ),
        ("the new food court is decent", &[]),
        ("a girl fainted in the exam room", &[Flag::Safety]),
        // An emergency appointment is a kind of booking; a gas leak's emergency line is not
        // what makes it unsafe.
        ("booked an emergency appointment for tomorrow", &[]),
        (
            "BoxBurrow is £80 for the same size so thats me gone",
            &[Flag::ChurnRisk],
        ),
        // Safeguarding: staff asking a child for secrecy or a meeting, messaging them, coming
        // into a room; a parent's own texts and a surprise are no such thing.
        (
            "the swim coach has been texting my son at night and told him not to tell his parents",
            &[Flag::Safety],
        ),
        (
            "our instructor keeps asking to meet up away from the lessons",
            &[Flag::Safety],
        ),
        (
            "the night porter came into my room without knocking",
            &[Flag::Safety],
        ),
        ("was texting my daughter to say the parcel had arrived", &[]),
        ("we're keeping the booking a secret, it's a surprise", &[]),
        // Time pressure: a hospital to reach, a prepay meter running out, half an hour left;
        // what says it is not urgent is not.
        (
            "need to be at the hospital by 3 and the car won't start",
            &[Flag::Urgent],
        ),
        (
            "£2 left on the meter and the kids are cold",
            &[Flag::Urgent],
        ),
        (
            "my flight is in half an hour and bag drop is shut",
            &[Flag::Urgent],
        ),
        ("not urgent, but when will my new card arrive?", &[]),
        // Leaving, said without naming where: quotes from elsewhere, the lot moved, gone when
        // the contract ends; asking where to report something threatens nobody.
        (
            "getting quotes from the others tonight, this is a joke",
            &[Flag::ChurnRisk],
        ),
        (
            "moving all my accounts to another provider",
            &[Flag::ChurnRisk],
        ),
        ("gone the minute my contract ends", &[Flag::ChurnRisk]),
        ("renewed without even shopping around", &[]),
        ("who do I report this to?", &[]),
        // Harm at sea and on a scooter.
        ("half the corridor has norovirus", &[Flag::Safety]),
        (
            "nearly went flying over a scooter on the pavement",
            &[Flag::Safety],
        ),
    ];
    for (text, want) in cases {
        let c = run(text);
        assert_eq!(c.flags, *want, "{text}: {c:?}");
    }
}

#[test]
fn intents() {
    let cases: &[(&str, Intent)] = &[
        ("Why is my flight delayed AGAIN?", Intent::Complaint),
        ("lost my bag. thanks for nothing", Intent::Complaint),
        ("What time does the lounge open?", Intent::Question),
        // A disruption named, in words with no feeling, is still a complaint; supposed, a question.
        (
            "app says my order was delivered. it wasn't. what now?",
            Intent::Complaint,
        ),
        (
            "48,000 points have just gone missing from my account?",
            Intent::Complaint,
        ),
        (
            "what happens if my flight is delayed more than 3 hours?",
            Intent::Question,
        ),
        ("@AcmeAir can I bring my guitar on board", Intent::Question),
        ("Huge thanks to the crew, amazing flight!", Intent::Praise),
        (
            "You should let us pick seats in the app for free",
            Intent::Suggestion,
        ),
        (
            "It would be great if the lounge opened earlier",
            Intent::Suggestion,
        ),
        (
            "would be SO much better if the app gave a live ETA",
            Intent::Suggestion,
        ),
        ("Flying to Lisbon tomorrow", Intent::Other),
        // A long wait in a queue is a complaint, however calmly put; a queue ahead is not.
        (
            "45 min in the check-in queue. one person on the desk",
            Intent::Complaint,
        ),
        ("queued 2 hours at the desk", Intent::Complaint),
        ("5 min queue at security, nice", Intent::Praise),
        ("how long is the queue at bag drop?", Intent::Question),
        ("the queue opens in 30 minutes?", Intent::Question),
        // Time pressure without a kind word is a problem to solve now; with one it may be joy.
        (
            "the delivery men are here now and the assembly isn't on their sheet",
            Intent::Complaint,
        ),
        ("loving the new lounge right now!", Intent::Praise),
        // "??" after a statement is surprise; after a question word, or a lone "?", a question.
        (
            "ok the new pad isn't bad at all?? it's actually solid",
            Intent::Praise,
        ),
        ("purple tails?? 👀", Intent::Other),
        ("is the lounge still open on sundays??", Intent::Question),
        ("Android 15 for the X5 when??", Intent::Question),
        ("the lounge is open late?", Intent::Question),
        (
            "huge thanks to the driver (Marek i think?) who put the dog back",
            Intent::Praise,
        ),
    ];
    for (text, want) in cases {
        assert_eq!(run(text).intent, *want, "{text}");
    }
}

#[test]
fn stems_and_boundaries() {
    assert_eq!(run("delays everywhere").topics, vec![Delay]);
    assert!(
        run("a shipping delaware company")
            .topics
            .iter()
            .all(|t| *t != Delay),
        "stems match from a word start only... and 'delaware' is not a delay"
    );
    assert!(
        run("the appetizer was fine").topics.is_empty(),
        "app inside appetizer"
    );
    assert!(run("").topics.is_empty());
}

#[test]
fn names_are_the_serde_names() {
    let json = |v: serde_json::Value| v.as_str().unwrap().to_string();
    for t in Topic::ALL {
        assert_eq!(t.name(), json(serde_json::to_value(t).unwrap()));
    }
    for f in [
        Flag::ChurnRisk,
        Flag::LegalThreat,
        Flag::Safety,
        Flag::Urgent,
    ] {
        assert_eq!(f.name(), json(serde_json::to_value(f).unwrap()));
    }
    for i in [
        Intent::Complaint,
        Intent::Question,
        Intent::Praise,
        Intent::Suggestion,
        Intent::Other,
    ] {
        assert_eq!(i.name(), json(serde_json::to_value(i).unwrap()));
    }
}

/// Every move cue is a churn cue: the brand's own move is told apart only among those.
#[test]
fn move_cues_are_churn_cues() {
    let churn = FLAG_CUES
        .iter()
        .find(|(f, _)| *f == Flag::ChurnRisk)
        .map(|(_, list)| *list)
        .unwrap();
    for cue in MOVE_CUES {
        assert!(churn.contains(cue), "{cue}");
    }
}

/// A cue inside a phrase that holds it without its meaning counts for nothing: a loading wheel
/// is no broken suitcase, a "switched to my profile" no move to a rival.
#[test]
fn void_phrases_silence_their_cues() {
    for (text, topic, heard) in [
        (
            "stuck on the spinning wheel again",
            Topic::DamagedItem,
            false,
        ),
        ("the wheel of my case snapped", Topic::DamagedItem, true),
        ("is there wheelchair access?", Topic::DamagedItem, false),
        (
            "booked it with free cancellation",
            Topic::Cancellation,
            false,
        ),
        ("they cancelled my booking", Topic::Cancellation, true),
        ("deleted my photos by accident", Topic::Safety, false),
        ("there was an accident on the stairs", Topic::Safety, true),
    ] {
        let c = run(text);
        assert_eq!(c.topics.contains(&topic), heard, "{text}: {:?}", c.topics);
    }
}
