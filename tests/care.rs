//! The labelled brand-care sets (written by us, each batch blind to the rules: see DESIGN.md
//! "Judging is measured on cases written blind"): every case is a realistic post to a brand with
//! its expected sentiment label, intent, main topic and flags. `care_cases.jsonl` is to an
//! airline (`examples/brand.json`), `care_cases_telecom.jsonl` to a mobile and broadband
//! provider (`telecom_profile.json`), `care_cases_retail.jsonl` to an online retailer that
//! delivers (`retail_profile.json`), `care_cases_bank.jsonl` to a high-street and app bank
//! (`bank_profile.json`), `care_cases_food.jsonl` to a food-delivery app (`food_profile.json`),
//! `care_cases_air2.jsonl` a second, later batch to the airline, `care_cases_energy.jsonl` to a
//! gas and electricity supplier (`energy_profile.json`), `care_cases_stream.jsonl` to a video
//! streaming service (`stream_profile.json`), `care_cases_hotel.jsonl` to a hotel chain
//! (`hotel_profile.json`), `care_cases_courier.jsonl` to a parcel courier
//! (`courier_profile.json`), `care_cases_gadget.jsonl` to a consumer-electronics maker
//! (`gadget_profile.json`), `care_cases_rental.jsonl` to a car-rental company
//! (`rental_profile.json`), `care_cases_grocer.jsonl` to a supermarket chain
//! (`grocer_profile.json`), `care_cases_insure.jsonl` to a home, car and pet insurer
//! (`insure_profile.json`), `care_cases_gym.jsonl` to a gym chain (`gym_profile.json`),
//! `care_cases_water.jsonl` to a water utility (`water_profile.json`), `care_cases_tickets.jsonl`
//! to a ticketing company (`tickets_profile.json`), `care_cases_rail.jsonl` to a train operator
//! (`rail_profile.json`), `care_cases_pharmacy.jsonl` to a pharmacy chain
//! (`pharmacy_profile.json`), and `care_cases_beauty.jsonl`, `care_cases_carmaker.jsonl`,
//! `care_cases_rides.jsonl` and `care_cases_furniture.jsonl` to a skincare brand, a car maker, a
//! ride-hailing app and a furniture retailer, and `care_cases_cinema.jsonl` and
//! `care_cases_cloud.jsonl` to a cinema chain and a cloud-storage app, and
//! `care_cases_charging.jsonl` and `care_cases_mealkit.jsonl` to an EV charging network and a
//! meal-kit subscription, `care_cases_gaming.jsonl` and `care_cases_travel.jsonl` to a game
//! platform and an online travel agency, `care_cases_cruise.jsonl` and
//! `care_cases_micromobility.jsonl` to a cruise line and a city e-bike and e-scooter share, and
//! `care_cases_petcare.jsonl`, `care_cases_parking.jsonl`, `care_cases_airport.jsonl`,
//! `care_cases_learning.jsonl`, `care_cases_dental.jsonl` and `care_cases_removals.jsonl` to a
//! pet-care chain (shops, vets, grooming, a delivery subscription), a car-park operator, an
//! airport, an online-learning company with exam centres, a dental chain and a removals and
//! storage company, and `care_cases_themepark.jsonl` and `care_cases_coffee.jsonl` to a
//! theme-park operator and a coffee-shop chain.
//! Every set is a row of [`SETS`]; the test prints the accuracy of each and fails when one falls
//! below its set's floor, listing the misses.

use earshot::engine::settings::parse_settings;
use earshot::engine::{Engine, Post};
use serde_json::Value;

/// What each accuracy is of, in order.
const MEASURES: [&str; 4] = ["label", "intent", "topic", "flags"];

/// One labelled set: the trade's name (its file is `data/care_cases_<name>.jsonl`, the first
/// airline's `data/care_cases.jsonl`), the profile its posts are written to, and the floor of
/// each accuracy (in [`MEASURES`] order), just under its figures when they were last raised.
struct CareSet {
    name: &'static str,
    profile: &'static str,
    cases: &'static str,
    floors: [f64; 4],
}

/// Every labelled set, oldest first, each with where its figures started ("now" in a comment is
/// as of the session that wrote it; every floor was last raised in session 15, to about two
/// points under that session's figures).
const SETS: &[CareSet] = &[
    // The airline set, the older and larger one: most of the rules were found on it.
    CareSet {
        name: "air",
        profile: include_str!("../examples/brand.json"),
        cases: include_str!("data/care_cases.jsonl"),
        floors: [0.9, 0.96, 0.96, 0.98],
    },
    // The telecom set, newer: its floors sit just under its figures, to be raised as the rules
    // learn the trade's words.
    CareSet {
        name: "telecom",
        profile: include_str!("data/telecom_profile.json"),
        cases: include_str!("data/care_cases_telecom.jsonl"),
        floors: [0.88, 0.88, 0.83, 0.94],
    },
    // The retail set (session 8): first run blind at label 52.5 %, intent 67.5 %, topic 50 %, flags
    // 87.5 %; its floors sit just under its figures after the rules it taught.
    CareSet {
        name: "retail",
        profile: include_str!("data/retail_profile.json"),
        cases: include_str!("data/care_cases_retail.jsonl"),
        floors: [0.8, 0.83, 0.73, 0.98],
    },
    // The bank set (session 9): first run blind at label 57.5 %, intent 70 %, topic 51 %, flags
    // 80 %; its floors sit just under its figures after the rules it taught.
    CareSet {
        name: "bank",
        profile: include_str!("data/bank_profile.json"),
        cases: include_str!("data/care_cases_bank.jsonl"),
        floors: [0.68, 0.83, 0.75, 0.9],
    },
    // The food-delivery set (session 9, after the bank's): first run blind at label 57.5 %, intent
    // 60 %, topic 25 %, flags 82.5 %; its floors sit just under its figures after the rules it
    // taught.
    CareSet {
        name: "food",
        profile: include_str!("data/food_profile.json"),
        cases: include_str!("data/care_cases_food.jsonl"),
        floors: [0.75, 0.8, 0.78, 0.93],
    },
    // A second airline batch (session 9), written blind long after the first had taught most rules:
    // the held-out figure for the trade the rules know best. First run at label 60 %, intent 60 %,
    // topic 66 %, flags 72.5 % (the first batch scores 94.5/97/96/100); its floors sit just under
    // its figures after the rules it taught.
    CareSet {
        name: "air2",
        profile: include_str!("../examples/brand.json"),
        cases: include_str!("data/care_cases_air2.jsonl"),
        floors: [0.73, 0.75, 0.75, 0.9],
    },
    // The energy-supplier set (session 10): first run blind at label 67.5 %, intent 70 %, topic
    // 67.6 %, flags 70 % (now 80/77.5/73/72.5); its floors sit just under its figures after the
    // general rules it taught (names carry no feeling, gas and carbon monoxide are safety, neutral
    // pairs such as "smart meter", lists of lacks).
    CareSet {
        name: "energy",
        profile: include_str!("data/energy_profile.json"),
        cases: include_str!("data/care_cases_energy.jsonl"),
        floors: [0.8, 0.78, 0.76, 0.78],
    },
    // The streaming set (session 10, after the energy set's rules): first run blind at label 70 %,
    // intent 70 %, topic 43 %, flags 77.5 % (now 77.5/77.5/46/87.5). Its topics are the weakest:
    // buffering is a website/app fault there and a product one on a broadband line.
    CareSet {
        name: "stream",
        profile: include_str!("data/stream_profile.json"),
        cases: include_str!("data/care_cases_stream.jsonl"),
        floors: [0.78, 0.78, 0.46, 0.9],
    },
    // The hotel set (session 10, written alongside the streaming one): first run blind at label
    // 80 %, intent 80 %, topic 50 %, flags 80 % (now 85/82.5/62/87.5).
    CareSet {
        name: "hotel",
        profile: include_str!("data/hotel_profile.json"),
        cases: include_str!("data/care_cases_hotel.jsonl"),
        floors: [0.83, 0.8, 0.62, 0.85],
    },
    // The parcel-courier set (session 11, written blind beside the device maker's): first run at
    // label 47.5 % (VADER 37.5 %), intent 60 %, topic 54 % (65 % before names stopped lending their
    // cues: "Parcelio" held "parcel", so every post read as delivery), flags 82.5 % (now
    // 62.5/72.5/76/95).
    CareSet {
        name: "courier",
        profile: include_str!("data/courier_profile.json"),
        cases: include_str!("data/care_cases_courier.jsonl"),
        floors: [0.7, 0.73, 0.73, 0.95],
    },
    // The consumer-electronics set (session 11): first run blind at label 52.5 % (VADER 35 %),
    // intent 60 %, topic 41 %, flags 75 % (now 70/80/76.5/92.5): device faults, overheating and
    // shocks, hacked accounts and firmware were words no earlier trade used.
    CareSet {
        name: "gadget",
        profile: include_str!("data/gadget_profile.json"),
        cases: include_str!("data/care_cases_gadget.jsonl"),
        floors: [0.73, 0.8, 0.77, 0.9],
    },
    // The car-rental set (session 11, the second pair written blind, after the courier's and the
    // device maker's rules): first run at label 60 % (VADER 47.5 %), intent 67.5 %, topic 48.5 %,
    // flags 80 % (now 70/72.5/73/87.5).
    CareSet {
        name: "rental",
        profile: include_str!("data/rental_profile.json"),
        cases: include_str!("data/care_cases_rental.jsonl"),
        floors: [0.73, 0.7, 0.73, 0.88],
    },
    // The supermarket set (session 11, beside the car-rental one): first run at label 52.5 % (VADER
    // 42.5 %), intent 62.5 %, topic 42 %, flags 77.5 % (now 62.5/70/74/95).
    CareSet {
        name: "grocer",
        profile: include_str!("data/grocer_profile.json"),
        cases: include_str!("data/care_cases_grocer.jsonl"),
        floors: [0.68, 0.7, 0.72, 0.93],
    },
    // The insurer's set (session 11, the third pair written blind): first run at label 55 % (VADER
    // 42.5 %), intent 55 %, topic 42 %, flags 87.5 % (now 70/67.5/78/92.5).
    CareSet {
        name: "insure",
        profile: include_str!("data/insure_profile.json"),
        cases: include_str!("data/care_cases_insure.jsonl"),
        floors: [0.68, 0.65, 0.78, 0.9],
    },
    // The gym chain's set (session 11, beside the insurer's): first run at label 67.5 % (VADER
    // 45 %), intent 75 %, topic 51 %, flags 77.5 % (now 75/82.5/80/90).
    CareSet {
        name: "gym",
        profile: include_str!("data/gym_profile.json"),
        cases: include_str!("data/care_cases_gym.jsonl"),
        floors: [0.78, 0.8, 0.8, 0.88],
    },
    // The water utility's set (session 11, the fourth pair written blind): first run at label
    // 62.5 % (VADER 50 %), intent 67.5 %, topic 24 %, flags 72.5 % (now 72.5/72.5/58/90) — a trade
    // whose faults (no water, brown water, sewage, low pressure) no other set named.
    CareSet {
        name: "water",
        profile: include_str!("data/water_profile.json"),
        cases: include_str!("data/care_cases_water.jsonl"),
        floors: [0.75, 0.73, 0.58, 0.9],
    },
    // The ticketing company's set (session 11, beside the water utility's): first run at label 60 %
    // (VADER 55 %), intent 57.5 %, topic 63 %, flags 85 % (now 70/72.5/74/92.5).
    CareSet {
        name: "tickets",
        profile: include_str!("data/tickets_profile.json"),
        cases: include_str!("data/care_cases_tickets.jsonl"),
        floors: [0.68, 0.7, 0.75, 0.95],
    },
    // The train operator's set (session 11, the fifth pair written blind): first run at label 70 %
    // (VADER 55 %), intent 77.5 %, topic 35 %, flags 85 % (now 70/85/70/95).
    CareSet {
        name: "rail",
        profile: include_str!("data/rail_profile.json"),
        cases: include_str!("data/care_cases_rail.jsonl"),
        floors: [0.73, 0.83, 0.7, 0.93],
    },
    // The pharmacy chain's set (session 11, beside the train operator's): first run at label 50 %
    // (VADER 37.5 %), intent 57.5 %, topic 39 %, flags 75 % (now 62.5/72.5/67/95).
    CareSet {
        name: "pharmacy",
        profile: include_str!("data/pharmacy_profile.json"),
        cases: include_str!("data/care_cases_pharmacy.jsonl"),
        floors: [0.65, 0.73, 0.7, 0.93],
    },
    // A cosmetics and skincare brand (session 12, one of four written blind together): first run at
    // label 72.5 % (VADER 52.5 %), intent 67.5 %, topic 62.5 %, flags 85 % (now 72.5/70/90.6/95).
    CareSet {
        name: "beauty",
        profile: include_str!("data/beauty_profile.json"),
        cases: include_str!("data/care_cases_beauty.jsonl"),
        floors: [0.75, 0.78, 0.88, 0.93],
    },
    // A car maker with dealer servicing and a connected-car app (session 12, one of four written
    // blind together): first run at label 65 % (VADER 57.5 %), intent 72.5 %, topic 43 %, flags
    // 77.5 % (now 67.5/80/71/90).
    CareSet {
        name: "carmaker",
        profile: include_str!("data/carmaker_profile.json"),
        cases: include_str!("data/care_cases_carmaker.jsonl"),
        floors: [0.7, 0.83, 0.7, 0.88],
    },
    // A ride-hailing app (session 12, one of four written blind together): first run at label 75 %
    // (VADER 55 %), intent 82.5 %, topic 64 %, flags 80 % (now 80/85/80.6/90).
    CareSet {
        name: "rides",
        profile: include_str!("data/rides_profile.json"),
        cases: include_str!("data/care_cases_rides.jsonl"),
        floors: [0.85, 0.83, 0.78, 0.9],
    },
    // A furniture retailer that delivers and assembles (session 12, one of four written blind
    // together): first run at label 70 % (VADER 55 %), intent 70 %, topic 64 %, flags 80 % (now
    // 75/77.5/82/90).
    CareSet {
        name: "furniture",
        profile: include_str!("data/furniture_profile.json"),
        cases: include_str!("data/care_cases_furniture.jsonl"),
        floors: [0.78, 0.75, 0.8, 0.9],
    },
    // A cinema chain (session 14, written blind with the next): first run at label 75 % (VADER
    // 62.5 %), intent 77.5 %, topic 86 %, flags 90 % (now 82.5/87.5/86/87.5: a "cancelling …
    // tonight" now reads urgent).
    CareSet {
        name: "cinema",
        profile: include_str!("data/cinema_profile.json"),
        cases: include_str!("data/care_cases_cinema.jsonl"),
        floors: [0.83, 0.85, 0.83, 0.88],
    },
    // A cloud-storage and photo-backup app (session 14), the first trade whose goods are files:
    // first run at label 50 % (VADER 42.5 %), intent 57.5 %, topic 42 %, flags 87.5 % (now
    // 77.5/77.5/66/95).
    CareSet {
        name: "cloud",
        profile: include_str!("data/cloud_profile.json"),
        cases: include_str!("data/care_cases_cloud.jsonl"),
        floors: [0.8, 0.8, 0.63, 0.95],
    },
    // An EV charging network and a meal-kit subscription (session 14, written blind after the
    // cinema and cloud sets' rules, and kept out of their tuning): first runs at label 62.5 % and
    // 72.5 % (VADER 52.5 % and 50 %), intent 67.5/75 %, topic 78/71 %, flags 85/80 %.
    CareSet {
        name: "charging",
        profile: include_str!("data/charging_profile.json"),
        cases: include_str!("data/care_cases_charging.jsonl"),
        floors: [0.65, 0.68, 0.78, 0.83],
    },
    CareSet {
        name: "mealkit",
        profile: include_str!("data/mealkit_profile.json"),
        cases: include_str!("data/care_cases_mealkit.jsonl"),
        floors: [0.73, 0.73, 0.72, 0.93],
    },
    // A game platform with its own controller, and an online travel agency (session 15, written
    // blind): first runs at label 65 % and 67.5 % (VADER 47.5 % both), intent 70/72.5 %, topic
    // 54/76.5 %, flags 87.5/97.5 % (now 80/85/86/97.5 and 77.5/80/82/100).
    CareSet {
        name: "gaming",
        profile: include_str!("data/gaming_profile.json"),
        cases: include_str!("data/care_cases_gaming.jsonl"),
        floors: [0.8, 0.83, 0.83, 0.95],
    },
    CareSet {
        name: "travel",
        profile: include_str!("data/travel_profile.json"),
        cases: include_str!("data/care_cases_travel.jsonl"),
        floors: [0.78, 0.8, 0.8, 0.98],
    },
    // A cruise line and a city e-bike and e-scooter share (session 18, written blind): first
    // runs at label 67.5 % and 65 % (VADER 40 % and 47.5 %), intent 62.5/65 %, topic 47/57 %,
    // flags 70/70 % (now 80/82.5/75/82.5 and 75/72.5/70/82.5).
    CareSet {
        name: "cruise",
        profile: include_str!("data/cruise_profile.json"),
        cases: include_str!("data/care_cases_cruise.jsonl"),
        floors: [0.78, 0.8, 0.72, 0.8],
    },
    CareSet {
        name: "micromobility",
        profile: include_str!("data/micromobility_profile.json"),
        cases: include_str!("data/care_cases_micromobility.jsonl"),
        floors: [0.73, 0.7, 0.68, 0.8],
    },
    // Session 19, written blind: a pet-care chain, a car-park operator, an airport, an
    // online-learning company with exam centres, a dental chain and a removals company. First
    // runs at label 72.5, 67.5, 75, 75, 80 and 80 % (VADER 47.5, 52.5, 50, 55, 50 and 45 %),
    // intent 77.5/77.5/75/77.5/75/82.5 %, topic 75/71.4/62.5/60.6/63.6/43.8 %, flags
    // 90/95/77.5/85/70/87.5 %; the floors are the session's end figures.
    CareSet {
        name: "petcare",
        profile: include_str!("data/petcare_profile.json"),
        cases: include_str!("data/care_cases_petcare.jsonl"),
        floors: [0.87, 0.87, 0.77, 0.89],
    },
    CareSet {
        name: "parking",
        profile: include_str!("data/parking_profile.json"),
        cases: include_str!("data/care_cases_parking.jsonl"),
        floors: [0.82, 0.87, 0.82, 0.94],
    },
    CareSet {
        name: "airport",
        profile: include_str!("data/airport_profile.json"),
        cases: include_str!("data/care_cases_airport.jsonl"),
        floors: [0.92, 0.84, 0.78, 0.84],
    },
    CareSet {
        name: "learning",
        profile: include_str!("data/learning_profile.json"),
        cases: include_str!("data/care_cases_learning.jsonl"),
        floors: [0.87, 0.84, 0.72, 0.87],
    },
    CareSet {
        name: "dental",
        profile: include_str!("data/dental_profile.json"),
        cases: include_str!("data/care_cases_dental.jsonl"),
        floors: [0.87, 0.82, 0.66, 0.74],
    },
    CareSet {
        name: "removals",
        profile: include_str!("data/removals_profile.json"),
        cases: include_str!("data/care_cases_removals.jsonl"),
        floors: [0.84, 0.89, 0.65, 0.89],
    },
    // Session 21, written blind by a helper that saw no rule: a theme-park operator and a
    // coffee-shop chain. First runs at label 65 and 72.5 % (VADER 40 and 42.5 %), intent 65/70 %,
    // topic 55/50 % (posts with no topic counted in), flags 82.5/82.5 %; the floors are just under
    // the session's end figures.
    CareSet {
        name: "themepark",
        profile: include_str!("data/themepark_profile.json"),
        cases: include_str!("data/care_cases_themepark.jsonl"),
        floors: [0.77, 0.79, 0.6, 0.92],
    },
    CareSet {
        name: "coffee",
        profile: include_str!("data/coffee_profile.json"),
        cases: include_str!("data/care_cases_coffee.jsonl"),
        floors: [0.74, 0.74, 0.51, 0.94],
    },
];

/// Every set holds its floors; a set that falls below one fails the test, after every set has
/// printed its figures and misses.
#[test]
fn every_care_set_holds_its_floors() {
    let failed: Vec<&str> = SETS
        .iter()
        .filter(|s| {
            println!("care set {}", s.name);
            !check_set(s.profile, s.cases, s.floors)
        })
        .map(|s| s.name)
        .collect();
    assert!(failed.is_empty(), "below a floor: {failed:?}; misses above");
}

/// Every care set in `tests/data` is in [`SETS`], so none is written and then never scored.
#[test]
fn every_set_on_disk_is_scored() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    for entry in std::fs::read_dir(dir).unwrap() {
        let file = entry.unwrap().file_name().into_string().unwrap();
        let Some(rest) = file.strip_prefix("care_cases") else {
            continue;
        };
        let name = rest.trim_end_matches(".jsonl").trim_start_matches('_');
        let name = if name.is_empty() { "air" } else { name };
        assert!(SETS.iter().any(|s| s.name == name), "{file} is not in SETS");
    }
}

/// Scores every case of `cases` (JSON Lines) with an engine for `profile`, prints each
/// accuracy and the misses, and says whether every accuracy holds its `floors` entry (in
/// [`MEASURES`] order).
fn check_set(profile: &str, cases: &str, floors: [f64; 4]) -> bool {
    let engine = Engine::new(parse_settings(profile).unwrap());
    let mut hits = [0usize; 4];
    let mut totals = [0usize; 4];
    let mut misses: Vec<String> = Vec::new();
    for line in cases.lines() {
        let case: Value = serde_json::from_str(line).unwrap();
        let text = case["text"].as_str().unwrap();
        let a = engine.analyze(
            &Post {
                id: "c".into(),
                text: text.into(),
                ..Post::default()
            },
            None,
        );
        assert!(a.mentioned, "every care case names the brand: {text}");
        let got = [
            a.sentiment.label.name().to_string(),
            a.intent.name().to_string(),
            a.topics
                .iter()
                .map(|t| t.name())
                .collect::<Vec<_>>()
                .join(","),
            a.flags
                .iter()
                .map(|f| f.name())
                .collect::<Vec<_>>()
                .join(","),
        ];
        let want_flags: Vec<&str> = case["flags"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f.as_str().unwrap())
            .collect();
        let checks = [
            Some(case["label"].as_str().unwrap() == got[0]),
            Some(case["intent"].as_str().unwrap() == got[1]),
            case["topic"]
                .as_str()
                .map(|t| a.topics.iter().any(|x| x.name() == t)),
            Some(
                want_flags
                    .iter()
                    .all(|f| got[3].split(',').any(|g| g == *f))
                    && got[3].split(',').filter(|g| !g.is_empty()).count() == want_flags.len(),
            ),
        ];
        for (k, check) in checks.iter().enumerate() {
            if let Some(ok) = check {
                totals[k] += 1;
                hits[k] += usize::from(*ok);
                if !ok {
                    misses.push(format!("{:6} {text:?}: got {}", MEASURES[k], got[k]));
                }
            }
        }
    }
    let mut failed = false;
    for (k, (name, floor)) in MEASURES.iter().zip(floors).enumerate() {
        let acc = hits[k] as f64 / totals[k].max(1) as f64;
        println!(
            "care set {name:6}: {}/{} = {:.1}% (floor {:.0}%)",
            hits[k],
            totals[k],
            acc * 100.0,
            floor * 100.0
        );
        failed |= acc < floor;
    }
    for m in &misses {
        println!("  miss {m}");
    }
    !failed
}
