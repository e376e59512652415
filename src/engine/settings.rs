//! The brand profile and the settings file that carries it.
//!
//! One JSON format serves three places: what the options page stores in `chrome.storage`, what
//! it exports and imports, and the `--brand` file of the CLI. It carries a `format` tag and a
//! `version`; [`parse_settings`] migrates older shapes and refuses bad input with one message
//! per offending field, so the options page can show each message next to its field and keep
//! what was saved before.
//!
//! Accepted shapes:
//! - version 1: `{"format": "earshot-settings", "version": 1, "brand": {…}}` (current);
//! - unversioned: a bare brand object `{"name": …, …}` (the "brand part" the CLI also accepts),
//!   migrated to version 1.

use serde::Serialize;
use serde_json::{Map, Value};

use super::department;

/// The `format` tag of a settings file.
pub const FORMAT: &str = "earshot-settings";
/// The settings version this build writes.
pub const VERSION: u32 = 1;
/// Default response target: KLM answers within 30 minutes.
pub const DEFAULT_RESPONSE_TARGET_MINUTES: u32 = 30;

const MAX_TERM_CHARS: usize = 100;
const MAX_LIST_ITEMS: usize = 500;
const MAX_SIGNATURE_CHARS: usize = 20;
const MAX_TARGET_MINUTES: u64 = 7 * 24 * 60;
const MAX_FAQ_ANSWER_CHARS: usize = 240;

/// The whole settings file.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Settings {
    /// Always [`FORMAT`].
    pub format: String,
    /// Always [`VERSION`] once parsed (older versions are migrated).
    pub version: u32,
    /// The brand being listened for.
    pub brand: BrandProfile,
}

impl Default for Settings {
    /// Settings with no brand configured: the engine then hears nothing.
    fn default() -> Self {
        Settings {
            format: FORMAT.to_string(),
            version: VERSION,
            brand: BrandProfile::default(),
        }
    }
}

/// Who the brand is, how people refer to it, and how it answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BrandProfile {
    /// The brand's name ("Acme Air"). Required.
    pub name: String,
    /// Other names people use ("Acme", "AcmeAir").
    pub aliases: Vec<String>,
    /// The brand's own accounts, stored with a leading `@`.
    pub handles: Vec<String>,
    /// Brand hashtags, stored with a leading `#`.
    pub hashtags: Vec<String>,
    /// Product names ("SkyMiles", "Acme Lounge").
    pub products: Vec<String>,
    /// Competitors' names: heard and reported, but a post naming only them is not a mention.
    pub competitors: Vec<String>,
    /// False friends: phrases that contain a brand term but are not about the brand
    /// ("apple pie" for a brand called Apple).
    pub exclude: Vec<String>,
    /// Reply sign-off, e.g. `^JS`.
    pub signature: String,
    /// Minutes within which every mention should be answered.
    pub response_target_minutes: u32,
    /// The brand's help page, offered in replies ("" for none).
    pub help_url: String,
    /// Overrides of the default hand-off table, first match wins.
    pub departments: Vec<DepartmentRule>,
    /// The brand's own words for topics and flags, heard beside the built-in cues.
    pub cues: Vec<CueRule>,
    /// Questions and answers that reply drafts may quote.
    pub faq: Vec<FaqEntry>,
    /// What replies may promise.
    pub policy: ReplyPolicy,
}

impl Default for BrandProfile {
    fn default() -> Self {
        BrandProfile {
            name: String::new(),
            aliases: Vec::new(),
            handles: Vec::new(),
            hashtags: Vec::new(),
            products: Vec::new(),
            competitors: Vec::new(),
            exclude: Vec::new(),
            signature: String::new(),
            response_target_minutes: DEFAULT_RESPONSE_TARGET_MINUTES,
            help_url: String::new(),
            departments: Vec::new(),
            cues: Vec::new(),
            faq: Vec::new(),
            policy: ReplyPolicy::default(),
        }
    }
}

/// Route mentions matching `when` (a topic, flag or intent name) to `department`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DepartmentRule {
    /// A topic (`website_app`), flag (`legal_threat`) or intent (`suggestion`) name.
    pub when: String,
    /// The team's name as the brand calls it ("Digital Team").
    pub department: String,
}

/// Phrases of the brand's own trade that tell a topic or a flag: `{"when": "refund", "phrases":
/// ["munchly credit"]}`. Heard as whole words through the same folding as the brand's terms (a
/// trailing `*` makes a stem: `"reroute*"` hears "rerouted"), they count as a built-in cue of
/// that topic or flag does.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CueRule {
    /// A topic (`refund`) or flag (`urgent`) name.
    pub when: String,
    /// The phrases, as people write them.
    pub phrases: Vec<String>,
}

/// One question the brand answers the same way every time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FaqEntry {
    /// The question as customers ask it.
    pub question: String,
    /// The answer a reply may quote.
    pub answer: String,
}

/// What replies are allowed to promise. Everything is off unless the brand turns it on.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ReplyPolicy {
    /// Replies may say a refund will be arranged.
    pub allow_refunds: bool,
    /// Replies may offer compensation.
    pub allow_compensation: bool,
    /// Replies may promise that the team will follow up.
    pub promise_follow_up: bool,
}

/// One problem with one field of a settings file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// Path of the field, e.g. `brand.handles[2]`; empty for the file as a whole.
    pub field: String,
    /// What is wrong and what is expected, in words for a person.
    pub message: String,
}

/// Why a settings file was refused: every problem found, not just the first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SettingsError {
    /// One entry per offending field.
    pub errors: Vec<FieldError>,
}

impl std::fmt::Display for SettingsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, e) in self.errors.iter().enumerate() {
            if i > 0 {
                f.write_str("; ")?;
            }
            if e.field.is_empty() {
                f.write_str(&e.message)?;
            } else {
                write!(f, "{}: {}", e.field, e.message)?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for SettingsError {}

/// Parses and validates a settings file (any accepted shape), migrating it to [`VERSION`].
///
/// Contract: on success every list is trimmed and de-duplicated (case-insensitively, first
/// spelling kept), handles start with `@`, hashtags with `#`; on failure nothing is returned and
/// the error lists every offending field.
///
/// # Example
/// ```
/// let s = earshot::engine::settings::parse_settings(r#"{"name": "Acme", "handles": ["AcmeHelp"]}"#).unwrap();
/// assert_eq!(s.version, 1);
/// assert_eq!(s.brand.handles, vec!["@AcmeHelp"]);
/// let e = earshot::engine::settings::parse_settings(r#"{"name": ""}"#).unwrap_err();
/// assert_eq!(e.errors[0].field, "brand.name");
/// ```
pub fn parse_settings(json: &str) -> Result<Settings, SettingsError> {
    let value: Value = serde_json::from_str(json).map_err(|e| SettingsError {
        errors: vec![FieldError {
            field: String::new(),
            message: format!("not valid JSON ({e})"),
        }],
    })?;
    settings_from_value(&value)
}

/// Like [`parse_settings`], from an already parsed JSON value.
pub fn settings_from_value(value: &Value) -> Result<Settings, SettingsError> {
    let mut v = Validator::default();
    let Some(obj) = value.as_object() else {
        v.err("", "expected a JSON object with the brand profile");
        return Err(v.finish());
    };
    let brand_obj = if obj.contains_key("brand") || obj.contains_key("version") {
        migrate_versioned(obj, &mut v)
    } else {
        // Unversioned: the bare brand profile (CLI "brand part"), migrated to version 1.
        Some(obj)
    };
    let brand = brand_obj.map(|b| validate_brand(b, &mut v));
    match brand {
        Some(brand) if v.errors.is_empty() => Ok(Settings {
            format: FORMAT.to_string(),
            version: VERSION,
            brand,
        }),
        _ => Err(v.finish()),
    }
}

/// Checks the envelope of a versioned file and returns its brand object.
fn migrate_versioned<'a>(
    obj: &'a Map<String, Value>,
    v: &mut Validator,
) -> Option<&'a Map<String, Value>> {
    for key in obj.keys() {
        if !["format", "version", "brand", "exportedAt"].contains(&key.as_str()) {
            v.err(key, "unknown field (expected format, version, brand)");
        }
    }
    if let Some(format) = obj.get("format") {
        if format.as_str() != Some(FORMAT) {
            v.err("format", &format!("expected \"{FORMAT}\""));
        }
    }
    match obj.get("version").map(Value::as_u64) {
        None => v.err("version", "missing: expected 1"),
        Some(Some(1)) => {}
        Some(Some(n)) if n > u64::from(VERSION) => v.err(
            "version",
            &format!("version {n} was written by a newer Earshot; this one reads up to {VERSION}"),
        ),
        Some(_) => v.err("version", "expected the whole number 1"),
    }
    match obj.get("brand") {
        Some(Value::Object(b)) => Some(b),
        Some(_) => {
            v.err("brand", "expected an object with the brand profile");
            None
        }
        None => {
            v.err(
                "brand",
                "missing: expected an object with the brand profile",
            );
            None
        }
    }
}

const BRAND_FIELDS: &[&str] = &[
    "name",
    "aliases",
    "handles",
    "hashtags",
    "products",
    "competitors",
    "exclude",
    "signature",
    "responseTargetMinutes",
    "helpUrl",
    "departments",
    "cues",
    "faq",
    "policy",
];

fn validate_brand(b: &Map<String, Value>, v: &mut Validator) -> BrandProfile {
    for key in b.keys() {
        if !BRAND_FIELDS.contains(&key.as_str()) {
            let hint = BRAND_FIELDS
                .iter()
                .find(|f| f.starts_with(key.as_str()) || key.starts_with(*f))
                .map(|f| format!(" — did you mean \"{f}\"?"))
                .unwrap_or_default();
            v.err(&format!("brand.{key}"), &format!("unknown field{hint}"));
        }
    }
    let defaults = BrandProfile::default();
    let name = match b.get("name") {
        Some(Value::String(s)) if !s.trim().is_empty() => {
            let name = s.trim().to_string();
            if name.chars().count() > MAX_TERM_CHARS {
                v.err(
                    "brand.name",
                    &format!("too long: at most {MAX_TERM_CHARS} characters"),
                );
            }
            name
        }
        Some(Value::String(_)) => {
            v.err("brand.name", "must not be empty");
            String::new()
        }
        Some(_) => {
            v.err("brand.name", "expected text");
            String::new()
        }
        None => {
            v.err("brand.name", "missing: the brand's name is required");
            String::new()
        }
    };
    BrandProfile {
        name,
        aliases: term_list(b, "aliases", v, Term::Plain),
        handles: term_list(b, "handles", v, Term::Handle),
        hashtags: term_list(b, "hashtags", v, Term::Hashtag),
        products: term_list(b, "products", v, Term::Plain),
        competitors: term_list(b, "competitors", v, Term::Plain),
        exclude: term_list(b, "exclude", v, Term::Plain),
        signature: match b.get("signature") {
            None | Some(Value::Null) => defaults.signature,
            Some(Value::String(s)) if s.trim().chars().count() <= MAX_SIGNATURE_CHARS => {
                s.trim().to_string()
            }
            Some(Value::String(_)) => {
                v.err(
                    "brand.signature",
                    &format!("too long: at most {MAX_SIGNATURE_CHARS} characters"),
                );
                String::new()
            }
            Some(_) => {
                v.err("brand.signature", "expected text such as \"^JS\"");
                String::new()
            }
        },
        response_target_minutes: match b.get("responseTargetMinutes") {
            None | Some(Value::Null) => defaults.response_target_minutes,
            Some(n) => match n.as_u64() {
                Some(m) if (1..=MAX_TARGET_MINUTES).contains(&m) => m as u32,
                _ => {
                    v.err(
                        "brand.responseTargetMinutes",
                        &format!(
                            "expected a whole number of minutes from 1 to {MAX_TARGET_MINUTES}"
                        ),
                    );
                    defaults.response_target_minutes
                }
            },
        },
        help_url: match b.get("helpUrl") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(s)) if s.trim().is_empty() => String::new(),
            Some(Value::String(s))
                if (s.trim().starts_with("https://") || s.trim().starts_with("http://"))
                    && !s.trim().contains(char::is_whitespace)
                    && s.trim().len() <= 200 =>
            {
                s.trim().to_string()
            }
            Some(_) => {
                v.err(
                    "brand.helpUrl",
                    "expected a web address starting with https://",
                );
                String::new()
            }
        },
        departments: department_rules(b, v),
        cues: cue_rules(b, v),
        faq: faq_entries(b, v),
        policy: policy(b, v),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Term {
    Plain,
    Handle,
    Hashtag,
}

/// Reads a list of terms, trimming, prefixing handles/hashtags and dropping duplicates.
fn term_list(b: &Map<String, Value>, key: &str, v: &mut Validator, kind: Term) -> Vec<String> {
    list_at(b.get(key), &format!("brand.{key}"), v, kind)
}

/// [`term_list`] for the value at `field` (absent: an empty list).
fn list_at(value: Option<&Value>, field: &str, v: &mut Validator, kind: Term) -> Vec<String> {
    let items = match value {
        None | Some(Value::Null) => return Vec::new(),
        Some(Value::Array(items)) => items,
        Some(Value::String(s)) if s.contains(',') || !s.trim().is_empty() => {
            // A comma-separated string is what a person types into one text box; accept it.
            return split_terms(s)
                .enumerate()
                .filter_map(|(i, t)| check_term(&t, kind, &format!("{field}[{i}]"), v))
                .fold(Vec::new(), dedupe);
        }
        Some(_) => {
            v.err(field, "expected a list of words or phrases");
            return Vec::new();
        }
    };
    if items.len() > MAX_LIST_ITEMS {
        v.err(
            field,
            &format!("too many entries: at most {MAX_LIST_ITEMS}"),
        );
        return Vec::new();
    }
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| match item {
            Value::String(s) => check_term(s, kind, &format!("{field}[{i}]"), v),
            _ => {
                v.err(&format!("{field}[{i}]"), "expected text");
                None
            }
        })
        .fold(Vec::new(), dedupe)
}

/// Splits a comma- or newline-separated list as typed into a text box.
pub fn split_terms(s: &str) -> impl Iterator<Item = String> + '_ {
    s.split([',', '\n'])
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

fn dedupe(mut acc: Vec<String>, term: String) -> Vec<String> {
    let key = term.to_lowercase();
    if !acc.iter().any(|t| t.to_lowercase() == key) {
        acc.push(term);
    }
    acc
}

fn check_term(raw: &str, kind: Term, field: &str, v: &mut Validator) -> Option<String> {
    let t = raw.trim();
    if t.is_empty() {
        v.err(field, "must not be empty");
        return None;
    }
    if t.chars().count() > MAX_TERM_CHARS {
        v.err(
            field,
            &format!("too long: at most {MAX_TERM_CHARS} characters"),
        );
        return None;
    }
    match kind {
        Term::Plain => Some(t.to_string()),
        Term::Handle => {
            let body = t.strip_prefix('@').unwrap_or(t);
            let ok = !body.is_empty()
                && body.len() <= 50
                && body
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
            if ok {
                Some(format!("@{body}"))
            } else {
                v.err(
                    field,
                    &format!(
                        "\"{t}\" is not a handle: use letters, digits, _ or . (like @AcmeHelp)"
                    ),
                );
                None
            }
        }
        Term::Hashtag => {
            let body = t.strip_prefix('#').unwrap_or(t);
            let ok = !body.is_empty() && body.chars().all(|c| c.is_alphanumeric() || c == '_');
            if ok {
                Some(format!("#{body}"))
            } else {
                v.err(
                    field,
                    &format!("\"{t}\" is not a hashtag: use letters, digits or _ with no spaces (like #AcmeAir)"),
                );
                None
            }
        }
    }
}

/// The list at `brand.{key}` (absent: empty); anything but a list is refused with `expected`.
fn object_list<'a>(
    b: &'a Map<String, Value>,
    key: &str,
    expected: &str,
    v: &mut Validator,
) -> &'a [Value] {
    match b.get(key) {
        None | Some(Value::Null) => &[],
        Some(Value::Array(items)) => items,
        Some(_) => {
            v.err(&format!("brand.{key}"), expected);
            &[]
        }
    }
}

fn department_rules(b: &Map<String, Value>, v: &mut Validator) -> Vec<DepartmentRule> {
    let items = object_list(
        b,
        "departments",
        "expected a list of {\"when\": …, \"department\": …} rules",
        v,
    );
    let mut rules = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let field = format!("brand.departments[{i}]");
        let when = item.get("when").and_then(Value::as_str).map(str::trim);
        let dept = item
            .get("department")
            .and_then(Value::as_str)
            .map(str::trim);
        match (when, dept) {
            (Some(w), Some(d)) if department::is_rule_key(w) && !d.is_empty() => {
                rules.push(DepartmentRule {
                    when: w.to_string(),
                    department: d.to_string(),
                })
            }
            (Some(w), Some(d)) if !d.is_empty() => v.err(
                &format!("{field}.when"),
                &format!(
                    "\"{w}\" is not a topic, flag or intent; use one of: {}",
                    department::rule_keys().collect::<Vec<_>>().join(", ")
                ),
            ),
            _ => v.err(
                &field,
                "expected {\"when\": \"<topic, flag or intent>\", \"department\": \"<team name>\"}",
            ),
        }
    }
    rules
}

fn cue_rules(b: &Map<String, Value>, v: &mut Validator) -> Vec<CueRule> {
    let items = object_list(
        b,
        "cues",
        "expected a list of {\"when\": …, \"phrases\": […]} rules",
        v,
    );
    let mut rules = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let field = format!("brand.cues[{i}]");
        let Some(rule) = item.as_object() else {
            v.err(
                &field,
                "expected {\"when\": \"<topic or flag>\", \"phrases\": [\"…\"]}",
            );
            continue;
        };
        let when = rule.get("when").and_then(Value::as_str).map(str::trim);
        if !when.is_some_and(|w| crate::engine::classify::CUE_KEYS.contains(&w)) {
            v.err(
                &format!("{field}.when"),
                &format!(
                    "expected a topic or flag, one of: {}",
                    crate::engine::classify::CUE_KEYS.join(", ")
                ),
            );
            continue;
        }
        let phrases = list_at(
            rule.get("phrases"),
            &format!("{field}.phrases"),
            v,
            Term::Plain,
        );
        if phrases.is_empty() {
            v.err(&format!("{field}.phrases"), "expected at least one phrase");
            continue;
        }
        rules.push(CueRule {
            when: when.unwrap_or_default().to_string(),
            phrases,
        });
    }
    rules
}

fn faq_entries(b: &Map<String, Value>, v: &mut Validator) -> Vec<FaqEntry> {
    let items = object_list(
        b,
        "faq",
        "expected a list of {\"question\": …, \"answer\": …}",
        v,
    );
    let mut faq = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let field = format!("brand.faq[{i}]");
        let q = item.get("question").and_then(Value::as_str).map(str::trim);
        let a = item.get("answer").and_then(Value::as_str).map(str::trim);
        match (q, a) {
            (Some(q), Some(a)) if !q.is_empty() && !a.is_empty() => {
                if a.chars().count() > MAX_FAQ_ANSWER_CHARS {
                    v.err(
                        &format!("{field}.answer"),
                        &format!("too long for a reply: at most {MAX_FAQ_ANSWER_CHARS} characters"),
                    );
                } else {
                    faq.push(FaqEntry {
                        question: q.to_string(),
                        answer: a.to_string(),
                    });
                }
            }
            _ => v.err(
                &field,
                "expected {\"question\": \"…\", \"answer\": \"…\"}, both non-empty",
            ),
        }
    }
    faq
}

fn policy(b: &Map<String, Value>, v: &mut Validator) -> ReplyPolicy {
    let obj = match b.get("policy") {
        None | Some(Value::Null) => return ReplyPolicy::default(),
        Some(Value::Object(o)) => o,
        Some(_) => {
            v.err("brand.policy", "expected an object of true/false switches");
            return ReplyPolicy::default();
        }
    };
    let mut flag = |key: &str| match obj.get(key) {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(_) => {
            v.err(&format!("brand.policy.{key}"), "expected true or false");
            false
        }
    };
    let policy = ReplyPolicy {
        allow_refunds: flag("allowRefunds"),
        allow_compensation: flag("allowCompensation"),
        promise_follow_up: flag("promiseFollowUp"),
    };
    for key in obj.keys() {
        if !["allowRefunds", "allowCompensation", "promiseFollowUp"].contains(&key.as_str()) {
            v.err(&format!("brand.policy.{key}"), "unknown switch");
        }
    }
    policy
}

#[derive(Default)]
struct Validator {
    errors: Vec<FieldError>,
}

impl Validator {
    fn err(&mut self, field: &str, message: &str) {
        self.errors.push(FieldError {
            field: field.to_string(),
            message: message.to_string(),
        });
    }

    fn finish(self) -> SettingsError {
        SettingsError {
            errors: self.errors,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn full() -> &'static str {
        include_str!("../../examples/brand.json")
    }

    #[test]
    fn example_file_parses_and_round_trips() {
        let s = parse_settings(full()).unwrap();
        assert_eq!(s.brand.name, "Acme Air");
        let again = parse_settings(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(s, again);
    }

    #[test]
    fn bare_brand_is_migrated_to_version_1() {
        let s =
            parse_settings(r#"{"name":"Acme","hashtags":["AcmeFail"],"responseTargetMinutes":15}"#)
                .unwrap();
        assert_eq!(s.version, VERSION);
        assert_eq!(s.format, FORMAT);
        assert_eq!(s.brand.hashtags, vec!["#AcmeFail"]);
        assert_eq!(s.brand.response_target_minutes, 15);
    }

    #[test]
    fn defaults_fill_missing_fields() {
        let s = parse_settings(r#"{"name":"Acme"}"#).unwrap();
        assert_eq!(
            s.brand.response_target_minutes,
            DEFAULT_RESPONSE_TARGET_MINUTES
        );
        assert!(s.brand.aliases.is_empty());
        assert_eq!(s.brand.policy, ReplyPolicy::default());
    }

    /// A brand's cues read like its other lists (comma text, trimmed, de-duplicated), and every
    /// name they accept tells a topic or a flag.
    #[test]
    fn cue_rules_are_read_and_every_key_tells_something() {
        let s = parse_settings(
            r#"{"name":"A","cues":[{"when":" refund ","phrases":"munchly credit, Credits,credits"}]}"#,
        )
        .unwrap();
        assert_eq!(
            s.brand.cues,
            vec![CueRule {
                when: "refund".into(),
                phrases: vec!["munchly credit".into(), "Credits".into()],
            }]
        );
        for key in crate::engine::classify::CUE_KEYS {
            assert!(
                crate::engine::classify::own_cues(key, false).count() >= 1,
                "{key}"
            );
        }
    }

    #[test]
    fn lists_are_trimmed_deduplicated_and_accept_comma_text() {
        let s = parse_settings(
            r#"{"name":"Acme","aliases":" Acme Co, acme co ,AcmeCo","products":[" Sky ","sky"]}"#,
        )
        .unwrap();
        assert_eq!(s.brand.aliases, vec!["Acme Co", "AcmeCo"]);
        assert_eq!(s.brand.products, vec!["Sky"]);
    }

    /// Each bad input names the field it is about.
    #[test]
    fn bad_fields_are_named() {
        let cases: &[(&str, &str, &str)] = &[
            ("not json", "{", ""),
            ("not an object", "[1]", ""),
            ("missing name", r#"{"aliases":[]}"#, "brand.name"),
            ("empty name", r#"{"name":"  "}"#, "brand.name"),
            ("name not text", r#"{"name":5}"#, "brand.name"),
            (
                "handle with space",
                r#"{"name":"A","handles":["@a b"]}"#,
                "brand.handles[0]",
            ),
            (
                "hashtag with dash",
                r##"{"name":"A","hashtags":["#a-b"]}"##,
                "brand.hashtags[0]",
            ),
            (
                "alias not text",
                r#"{"name":"A","aliases":["x",3]}"#,
                "brand.aliases[1]",
            ),
            (
                "target zero",
                r#"{"name":"A","responseTargetMinutes":0}"#,
                "brand.responseTargetMinutes",
            ),
            (
                "target text",
                r#"{"name":"A","responseTargetMinutes":"30"}"#,
                "brand.responseTargetMinutes",
            ),
            (
                "target fraction",
                r#"{"name":"A","responseTargetMinutes":2.5}"#,
                "brand.responseTargetMinutes",
            ),
            (
                "long signature",
                r#"{"name":"A","signature":"abcdefghijklmnopqrstuvwxyz"}"#,
                "brand.signature",
            ),
            (
                "help url not web",
                r#"{"name":"A","helpUrl":"javascript:alert(1)"}"#,
                "brand.helpUrl",
            ),
            (
                "unknown rule key",
                r#"{"name":"A","departments":[{"when":"weather","department":"X"}]}"#,
                "brand.departments[0].when",
            ),
            (
                "cue for no topic",
                r#"{"name":"A","cues":[{"when":"weather","phrases":["rain"]}]}"#,
                "brand.cues[0].when",
            ),
            (
                "cue without phrases",
                r#"{"name":"A","cues":[{"when":"delay","phrases":[]}]}"#,
                "brand.cues[0].phrases",
            ),
            (
                "cue phrase empty",
                r#"{"name":"A","cues":[{"when":"delay","phrases":["eta",""]}]}"#,
                "brand.cues[0].phrases[1]",
            ),
            (
                "cues not a list",
                r#"{"name":"A","cues":{"delay":["eta"]}}"#,
                "brand.cues",
            ),
            (
                "faq without answer",
                r#"{"name":"A","faq":[{"question":"q"}]}"#,
                "brand.faq[0]",
            ),
            (
                "policy not bool",
                r#"{"name":"A","policy":{"allowRefunds":"yes"}}"#,
                "brand.policy.allowRefunds",
            ),
            ("typo field", r#"{"name":"A","alias":["x"]}"#, "brand.alias"),
            (
                "newer version",
                r#"{"format":"earshot-settings","version":9,"brand":{"name":"A"}}"#,
                "version",
            ),
            (
                "wrong format",
                r#"{"format":"other","version":1,"brand":{"name":"A"}}"#,
                "format",
            ),
            (
                "brand not object",
                r#"{"format":"earshot-settings","version":1,"brand":[]}"#,
                "brand",
            ),
        ];
        for (name, json, field) in cases {
            let err = parse_settings(json).expect_err(name);
            assert!(
                err.errors.iter().any(|e| e.field == *field),
                "{name}: expected an error on {field:?}, got {err}"
            );
        }
    }

    #[test]
    fn every_problem_is_reported_at_once() {
        let err = parse_settings(r#"{"name":"","handles":["a b"],"responseTargetMinutes":-1}"#)
            .unwrap_err();
        assert_eq!(err.errors.len(), 3, "{err}");
    }

    #[test]
    fn typo_gets_a_hint() {
        let err = parse_settings(r#"{"name":"A","handle":["x"]}"#).unwrap_err();
        assert!(
            err.to_string().contains("did you mean \"handles\""),
            "{err}"
        );
    }
}
