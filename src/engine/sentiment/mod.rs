//! Sentiment: how the author feels, as a label, a score in [−1, 1] and the words that moved it.
//!
//! [`vader`] re-implements VADER's lexicon-and-rules model; [`care`] adds what general text
//! lexicons miss in posts to a brand (service failures, care phrases, sarcasm). Labels use
//! VADER's thresholds: score ≥ 0.05 positive, ≤ −0.05 negative, else neutral.

pub mod care;
pub mod lexicon;
pub mod vader;

use std::borrow::Cow;

use serde::Serialize;

use super::classify::{hears_candour, hears_suggestion, names_disruption, Intent};
use super::phrases::Listened;
use super::text::normalize::fold;
use super::text::tokens::{stretches, utf16_units, vader_strip, vader_token_spans_ascii, Ending};
use vader::Item;

/// Negative, neutral or positive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Label {
    /// Score ≤ −0.05.
    Negative,
    /// Between.
    Neutral,
    /// Score ≥ 0.05.
    Positive,
}

impl Label {
    /// The serde name (`negative`).
    pub fn name(self) -> &'static str {
        match self {
            Label::Negative => "negative",
            Label::Neutral => "neutral",
            Label::Positive => "positive",
        }
    }
}

/// The tone of a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentiment {
    /// The label.
    pub label: Label,
    /// Compound score in [-1, 1].
    pub score: f32,
    /// The words and phrases that moved the score, most influential first (at most six).
    pub terms: Vec<String>,
}

const MAX_TERMS: usize = 6;

/// Below this compound score (either way), a post that makes a suggestion reads neutral.
const SUGGESTION_MILD: f32 = 0.6;

/// Splits `text` into VADER items: tokens, with emoji that carry sentiment as items of their own.
/// `lower_text` is `text` with its ASCII letters lower-cased and nothing else changed
/// (`Listened::ascii_lower`), so that items borrow their lower-case form from it instead of
/// allocating one; words beyond ASCII are folded one by one. A word that starts inside one of
/// `names` (UTF-16 spans of `text`, see `Listened::names`) carries no valence.
pub(crate) fn items<'a>(text: &'a str, lower_text: &'a str, names: &[(u32, u32)]) -> Vec<Item<'a>> {
    if text.is_ascii() && lower_text.len() == text.len() {
        // Tokens are separated by white space, so this capacity is (nearly always) enough: one
        // allocation, small enough for the allocator's fast path (a bound of one item per two
        // bytes took its slow path).
        let spaces = text.bytes().filter(u8::is_ascii_whitespace).count();
        let mut out = Vec::with_capacity(spaces + 1);
        out.extend(
            vader_token_spans_ascii(text)
                .map(|(s, e, shape)| Item::shaped(Cow::Borrowed(&lower_text[s..e]), shape)),
        );
        // Byte offsets are UTF-16 offsets here; a post without names skips the pass.
        if !names.is_empty() {
            for item in &mut out {
                if in_names(names, offset_in(lower_text, &item.lower)) {
                    item.unfelt();
                }
            }
        }
        return out;
    }
    items_beyond_ascii(text, lower_text, names)
}

/// Does UTF-16 offset `at` lie inside one of `names`?
fn in_names(names: &[(u32, u32)], at: usize) -> bool {
    names
        .iter()
        .any(|&(s, e)| (s as usize..e as usize).contains(&at))
}

/// Byte offset of `inner`, a slice of `outer`, within it (for any other `inner`, some offset
/// beyond `outer`, never a panic).
fn offset_in(outer: &str, inner: &str) -> usize {
    (inner.as_ptr() as usize).wrapping_sub(outer.as_ptr() as usize)
}

/// [`items`] for a text beyond ASCII. Kept out of line, which keeps the ASCII path compact
/// (~0.1k fewer instructions per post).
#[inline(never)]
fn items_beyond_ascii<'a>(
    text: &'a str,
    lower_text: &'a str,
    names: &[(u32, u32)],
) -> Vec<Item<'a>> {
    // An ASCII word's lower case is its place in `lower_text`; a word beyond ASCII is folded as
    // the brand is heard (fancy letters, accents, invisible characters): `𝐭𝐞𝐫𝐫𝐢𝐛𝐥𝐞` is
    // "terrible". Its capitals still tell ALL CAPS.
    let lower_of = |raw: &'a str| -> Cow<'a, str> {
        let at = offset_in(text, raw);
        match lower_text.get(at..at + raw.len()) {
            Some(lower) if raw.is_ascii() => Cow::Borrowed(lower),
            _ => Cow::Owned(fold(raw)),
        }
    };
    // One item per white-space-separated run, and one more for each character of three bytes or
    // four (emoji, which split runs): nearly always enough, in one small allocation (a bound of
    // one item per two bytes made a post with an emoji ask for kilobytes). Both counted in one
    // pass.
    let (spaces, wide) = text.bytes().fold((0usize, 0usize), |(s, w), b| {
        (
            s + usize::from(b.is_ascii_whitespace()),
            w + usize::from(b >= 0xE0),
        )
    });
    let mut out = Vec::with_capacity(spaces + 2 * wide + 1);
    // Does the word `raw`, a slice of `text`, start inside a name? Its UTF-16 offset is counted
    // on from the last word's (words are asked about in text order); a post without names
    // counts nothing.
    let counted = std::cell::Cell::new((0usize, 0usize));
    let named = |raw: &str| {
        if names.is_empty() {
            return false;
        }
        let (from, units) = counted.get();
        let at = offset_in(text, raw);
        let units = units + text.as_bytes().get(from..at).map_or(0, utf16_units);
        counted.set((at, units));
        in_names(names, units)
    };
    let push_word = |out: &mut Vec<Item<'a>>, piece: &'a str, ending: Ending| {
        let raw = vader_strip(piece);
        if !raw.is_empty() {
            let mut item = Item::word(raw, lower_of(raw), ending);
            if named(raw) {
                item.unfelt();
            }
            out.push(item);
        }
    };
    // VADER's tokens (white-space runs, stripped), split further around emoji. Each item keeps
    // how its piece ends: VADER strips the punctuation that says whether a clause ends there.
    for (stretch, ascii) in stretches(text) {
        if ascii {
            // Most of such a post is plain ASCII words: split as an ASCII post is.
            out.extend(vader_token_spans_ascii(stretch).map(|(s, e, shape)| {
                let raw = &stretch[s..e];
                let mut item = Item::shaped(lower_of(raw), shape);
                if named(raw) {
                    item.unfelt();
                }
                item
            }));
            continue;
        }
        let token = vader_strip(stretch);
        let mut rest = token;
        while let Some((at, c, v)) = rest.char_indices().find_map(|(i, c)| {
            care::emoji(c)
                .or_else(|| lexicon::emoji_valence(c))
                .map(|v| (i, c, v))
        }) {
            push_word(&mut out, &rest[..at], Ending::of(&rest.as_bytes()[..at]));
            let len = c.len_utf8();
            out.push(Item::emoji(&rest[at..at + len], v));
            rest = &rest[at + len..];
        }
        push_word(&mut out, rest, Ending::of(stretch.as_bytes()));
    }
    out
}

/// Scores `text`. Never panics; empty text is neutral 0.
///
/// # Example
/// ```
/// use earshot::engine::sentiment::{score, Label};
/// let s = score("Great job losing my luggage AGAIN @AcmeAir");
/// assert_eq!(s.label, Label::Negative);
/// assert_eq!(score("What time does the lounge open?").label, Label::Neutral);
/// ```
pub fn score(text: &str) -> Sentiment {
    score_listened(&Listened::new(text))
}

/// [`score`] for a post the engine has already lower-cased and listened to (once, for
/// sentiment and classification alike).
pub fn score_listened(post: &Listened<'_>) -> Sentiment {
    let m = measure(post);
    let terms = m.terms();
    Sentiment {
        label: m.label,
        score: m.score,
        terms,
    }
}

/// [`score_listened`] without the words: the same label and score, `terms` left empty (the
/// page's hot path paints a colour and needs no words).
pub fn tone_listened(post: &Listened<'_>) -> Sentiment {
    let m = measure(post);
    Sentiment {
        label: m.label,
        score: m.score,
        terms: Vec::new(),
    }
}

/// The score a complaint is given when the words of its text felt nothing either way: the
/// negative label's threshold.
const COMPLAINT_SCORE: f32 = -0.05;

/// Below this compound score, a question's praise words ask about a thing ("is it worth it?",
/// "a gift for my mum, can I return it?") and the question reads neutral.
const QUESTION_MILD: f32 = 0.6;

/// The tone the intent of a post to the brand (`to_brand`) settles, once it is classified (for
/// the side panel and the page's colours alike); other text keeps its words' tone:
/// - a complaint is negative even where no word of feeling says so: all 759 complaints of the
///   care cases are labelled negative, and 47 of them held no word VADER or the care layer
///   feels ("50 mins in the queue at the service desk. One person on the desk. ONE."); a
///   neutral tone of a complaint becomes negative, at the threshold (a stronger tone is left as
///   it is);
/// - a question's mild praise is no feeling: 203 of the 218 questions of the care cases are
///   neutral, and a positive word in one mostly names what is asked about ("a gift", "worth
///   it", "thanks"); below a score of 0.6 it reads neutral, and no word is reported as
///   having moved it.
pub fn settle_by_intent(sentiment: &mut Sentiment, intent: Intent, to_brand: bool) {
    if !to_brand {
        return;
    }
    match intent {
        Intent::Complaint if sentiment.label == Label::Neutral => {
            sentiment.label = Label::Negative;
            sentiment.score = sentiment.score.min(COMPLAINT_SCORE);
        }
        Intent::Question if sentiment.score > 0.0 && sentiment.score < QUESTION_MILD => {
            sentiment.label = Label::Neutral;
            sentiment.score = 0.0;
            sentiment.terms.clear();
        }
        _ => {}
    }
}

/// A scored text: the label and score, and what is needed to name the words that moved it.
struct Measured<'a> {
    items: Vec<Item<'a>>,
    /// Final valence of each item.
    valences: Vec<f32>,
    /// Care phrases heard, with their valences.
    phrases: Vec<(&'static str, f32)>,
    label: Label,
    /// Rounded to three decimals.
    score: f32,
}

fn measure<'a>(post: &'a Listened<'a>) -> Measured<'a> {
    let text = post.text;
    let mut items = items(text, post.ascii_lower(), &post.names);
    if hears_candour(post) {
        care::spare_candour(&mut items);
    }
    let mut valences = vader::valences(&items);
    care::neutral_pairs(&mut items, &mut valences);
    // A search for a character beyond ASCII sets up a substring searcher: ASCII text skips it.
    let eye_roll = !text.is_ascii() && text.contains(care::EYE_ROLLS);
    let mut phrases = care::phrases_heard(post);
    // Trouble only turns praise into sarcasm: a post without praise words skips looking for it.
    let praise = items
        .iter()
        .zip(&valences)
        .any(|(t, v)| *v > 0.0 && t.care_roles & lexicon::role::PRAISE != 0);
    let trouble = praise && (care::reports_trouble(&items, &phrases) || names_disruption(post));
    let silence_scored = care::silence_scored(&phrases);
    // A closing "truly" remark of praise recasts the whole post's praise as sarcasm; so does
    // praise with "really" tacked on, after trouble.
    let closing_sarcasm = post.to_brand && {
        let remark = care::closing_truly(&items);
        let really = if trouble {
            care::closing_really(&items)
        } else {
            0..0
        };
        valences[remark]
            .iter()
            .chain(&valences[really])
            .any(|v| *v > 0.0)
    };
    // Scare quotes: beside them a "love how" remark is sarcasm ("Love how the 'waterproof'
    // mascara …"), and so are any praise and the quoted words themselves when they are a word
    // or two ("cheers for the 'next day' delivery", "the 'indestructible' toy lasted 11
    // minutes"), unless something was put right or the post suggests.
    let quoted = if post.to_brand {
        care::scare_quoted(text)
    } else {
        None
    };
    let scare = quoted.is_some();
    let scare_praise =
        quoted.filter(|q| q.words <= 2 && !care::puts_right(&items) && !hears_suggestion(post));
    for (i, v) in valences.iter_mut().enumerate() {
        if *v > 0.0
            && (care::is_sarcastic(&items, i, eye_roll, trouble, post.to_brand)
                || care::echoes_sarcasm(&items, i)
                || care::outraged(&items, i)
                || closing_sarcasm
                || (scare && care::loves_how(&items, i))
                || scare_praise.is_some_and(|q| {
                    items[i].care_roles & lexicon::role::PRAISE != 0 || q.holds(&items[i])
                }))
        {
            *v = -v.abs();
            items[i].sarcastic = true;
        } else if *v >= 0.0 && !silence_scored && care::denied_service(&items, i) {
            *v = if *v > 0.0 {
                *v * vader::N_SCALAR
            } else {
                care::DENIED_SERVICE
            };
        } else if *v > 0.0
            && (care::compares(&items, i)
                || care::unwanted(&items, i)
                || care::grades(&items, i)
                || (post.to_brand
                    && (care::wished(&items, i, trouble)
                        || care::laughs(&items[i])
                        || care::pleads(&items[i])
                        || care::addresses(&items, i))))
        {
            *v = 0.0;
        }
    }
    if text.as_bytes().contains(&b'?') {
        care::asked_not_praised(&items, &mut valences);
        care::supposed(&items, &mut valences, post.to_brand);
    }
    vader::but_rule(&items, &mut valences);
    let mut sum: f32 = valences.iter().sum::<f32>() + phrases.iter().map(|(_, v)| v).sum::<f32>();
    let emphasis = vader::punctuation_emphasis(text);
    if sum > 0.0 {
        sum += emphasis;
    } else if sum < 0.0 {
        sum -= emphasis;
    }
    let mut score = if items.is_empty() && phrases.is_empty() {
        0.0
    } else {
        vader::normalize(sum)
    };
    // A suggestion's praise words say how the product could be ("would be great if", "would
    // save everyone"), not how its author feels: a mild tone in a suggestion is neutral, and
    // no word is reported as having moved it.
    if score != 0.0 && score.abs() < SUGGESTION_MILD && hears_suggestion(post) {
        score = 0.0;
        valences.fill(0.0);
        phrases.clear();
    }
    let label = if score >= 0.05 {
        Label::Positive
    } else if score <= -0.05 {
        Label::Negative
    } else {
        Label::Neutral
    };
    Measured {
        items,
        valences,
        phrases,
        label,
        score: (score * 1000.0).round() / 1000.0,
    }
}

impl Measured<'_> {
    /// The words and phrases that moved the score, strongest first (at most [`MAX_TERMS`]);
    /// strings are built only for the few that are reported.
    fn terms(&self) -> Vec<String> {
        let (items, phrases) = (&self.items, &self.phrases);
        let mut movers: Vec<(usize, f32)> = Vec::with_capacity(items.len() + phrases.len());
        movers.extend(
            self.valences
                .iter()
                .enumerate()
                .filter(|(_, v)| v.abs() > 0.05)
                .map(|(i, v)| (i, *v)),
        );
        movers.extend(
            phrases
                .iter()
                .enumerate()
                .map(|(k, (_, v))| (items.len() + k, *v)),
        );
        // Ties go to the earlier word: with the index, the order is total, and an unstable sort
        // gives the stable one's.
        movers.sort_unstable_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
        let mut terms: Vec<String> = Vec::with_capacity(movers.len().min(MAX_TERMS));
        for (i, _) in movers {
            if terms.len() == MAX_TERMS {
                break;
            }
            let term = match items.get(i) {
                Some(t) => {
                    // A word without its punctuation; an emoticon (":(", "<3") is all
                    // punctuation and is kept whole.
                    let lower = t.lower.as_ref();
                    let word = match lower.trim_matches(|c: char| c.is_ascii_punctuation()) {
                        "" => lower,
                        w => w,
                    };
                    if t.sarcastic {
                        format!("{word} (sarcasm)")
                    } else {
                        word.to_string()
                    }
                }
                None => phrases[i - items.len()].0.to_string(),
            };
            if !terms.contains(&term) {
                terms.push(term);
            }
        }
        terms
    }
}

#[cfg(test)]
mod tests;
