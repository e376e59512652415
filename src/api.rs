//! The WebAssembly boundary: a few coarse calls carrying plain data as JSON text.
//!
//! Every call takes and returns JSON text (the JS side uses `JSON.stringify`/`JSON.parse`):
//! measured in Chromium, the browser's native JSON is faster than building JS objects field by
//! field across the boundary, and it keeps serde-wasm-bindgen out of the `.wasm`. Inputs are
//! validated here; errors cross as `JsError` with a message for a person, never as a panic.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::settings::{parse_settings, FieldError, Settings};
use crate::engine::{self, Post};

/// Installs the panic hook once, when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

fn json<T: Serialize + ?Sized>(value: &T) -> Result<String, JsError> {
    serde_json::to_string(value).map_err(|e| JsError::new(&format!("cannot return result: {e}")))
}

fn parse<'a, T: serde::Deserialize<'a>>(text: &'a str, what: &str) -> Result<T, JsError> {
    serde_json::from_str(text).map_err(|e| JsError::new(&format!("bad {what}: {e}")))
}

/// The engine for one brand profile.
#[wasm_bindgen(js_name = Engine)]
pub struct WasmEngine {
    inner: engine::Engine,
}

#[wasm_bindgen(js_class = Engine)]
impl WasmEngine {
    /// Builds the engine from a settings file's JSON text; empty text means "no brand yet".
    #[wasm_bindgen(constructor)]
    pub fn new(settings_json: &str) -> Result<WasmEngine, JsError> {
        let settings = if settings_json.trim().is_empty() {
            Settings::default()
        } else {
            parse_settings(settings_json).map_err(|e| JsError::new(&e.to_string()))?
        };
        Ok(WasmEngine {
            inner: engine::Engine::new(settings),
        })
    }

    /// Analyses a batch of posts (JSON `[{id, text, author?, createdAt?, site?, engagement?}]`) at
    /// `now_ms` (milliseconds since the epoch); returns the analyses as JSON, one per post, in order.
    pub fn analyze(&self, posts_json: &str, now_ms: f64) -> Result<String, JsError> {
        let posts: Vec<Post> = parse(posts_json, "posts")?;
        json(&self.inner.analyze_batch(&posts, Some(now_ms as i64)))
    }

    /// The page's hot path (see `engine::scan`): analyses a batch given as each post's text and
    /// created-at time (RFC 3339 as the page shows it, or empty) all concatenated, two UTF-16
    /// lengths per post (text, time), and 3 numbers per post (followers, engagement, verified
    /// 1/0; NaN when unknown). Returns an Int32Array of records
    /// `[priority, highlight, n, n × (start, end, highlight)]`; highlight indices refer to
    /// `scanHighlights()`.
    pub fn scan(
        &self,
        texts: &str,
        utf16_lens: &[u32],
        facts: &[f64],
        now_ms: f64,
    ) -> Result<Vec<i32>, JsError> {
        let mut out = Vec::with_capacity(utf16_lens.len() * 3);
        self.inner
            .scan(texts, utf16_lens, facts, Some(now_ms as i64), &mut out)
            .map_err(|e| JsError::new(&format!("bad scan: {e}")))?;
        Ok(out)
    }

    /// The side panel's view of stored posts (JSON, as for `analyze`) at `now_ms`: the posts are
    /// re-analysed (cheap) and only mentions are listed, most urgent first. Returns JSON
    /// `{entries, summary}` (see `engine::panel::PanelView`).
    pub fn panel(&self, posts_json: &str, now_ms: f64) -> Result<String, JsError> {
        let posts: Vec<Post> = parse(posts_json, "posts")?;
        let now = now_ms as i64;
        let items: Vec<(Post, engine::Analysis)> = posts
            .into_iter()
            .map(|p| {
                let a = self.inner.analyze(&p, Some(now));
                (p, a)
            })
            .collect();
        json(&engine::panel::build_view(&items, now))
    }

    /// Reply drafts for one post (JSON `{id, text, author?, …}`) at `now_ms`: the post is analysed
    /// and the engine's composer asked for drafts. Returns JSON `[{text, tone, weighted_length}]`.
    #[wasm_bindgen(js_name = draftReplies)]
    pub fn draft_replies(&mut self, post_json: &str, now_ms: f64) -> Result<String, JsError> {
        let post: Post = parse(post_json, "post")?;
        let analysis = self.inner.analyze(&post, Some(now_ms as i64));
        json(&self.inner.draft_replies(&post, &analysis))
    }

    /// Restores drafts issued earlier for a post (JSON post and JSON `[{text, tone,
    /// weighted_length}]`), after the service worker was stopped and re-created.
    #[wasm_bindgen(js_name = rememberDrafts)]
    pub fn remember_drafts(&mut self, post_json: &str, drafts_json: &str) -> Result<(), JsError> {
        let post: Post = parse(post_json, "post")?;
        let drafts: Vec<engine::reply::Draft> = parse(drafts_json, "drafts")?;
        self.inner.remember_drafts(&post, &drafts);
        Ok(())
    }

    /// The settings the engine runs with, as JSON.
    pub fn settings(&self) -> Result<String, JsError> {
        json(self.inner.settings())
    }
}

/// The outcome of [`validate_settings`].
#[derive(Serialize)]
struct Validation {
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    settings: Option<Settings>,
    errors: Vec<FieldError>,
}

/// Validates settings JSON text. Returns JSON: `{ok: true, settings, errors: []}` with the
/// migrated, cleaned settings, or `{ok: false, errors: [{field, message}]}`.
#[wasm_bindgen(js_name = validateSettings)]
pub fn validate_settings(settings_json: &str) -> Result<String, JsError> {
    json(&match parse_settings(settings_json) {
        Ok(settings) => Validation {
            ok: true,
            settings: Some(settings),
            errors: Vec::new(),
        },
        Err(e) => Validation {
            ok: false,
            settings: None,
            errors: e.errors,
        },
    })
}

/// The site adapter table for a host name as JSON, or `null` when Earshot does not run there.
#[wasm_bindgen(js_name = siteTable)]
pub fn site_table(host: &str) -> Result<String, JsError> {
    json(&engine::sites::table_for_host(host))
}

/// The highlight names that `Engine.scan` records index, as a JSON array.
#[wasm_bindgen(js_name = scanHighlights)]
pub fn scan_highlights() -> Result<String, JsError> {
    json(&engine::scan::HIGHLIGHTS)
}

/// What a brand's cue rule may tell (`brand.cues[].when`: the topics and flags, see
/// `engine::classify::CUE_KEYS`), as a JSON array: the options page offers these.
#[wasm_bindgen(js_name = cueKeys)]
pub fn cue_keys() -> Result<String, JsError> {
    json(&engine::classify::CUE_KEYS)
}

/// X's weighted length of `text` (twitter-text v3 rules).
#[wasm_bindgen(js_name = tweetLength)]
pub fn tweet_length(text: &str) -> u32 {
    engine::text::tweet_length::weighted_length(text)
}

/// Milliseconds of a relative age as a site shows it ("2h", "1 yr"; see
/// `engine::text::time::parse_age`), or `undefined` when it is not one.
#[wasm_bindgen(js_name = ageMillis)]
pub fn age_millis(age: &str) -> Option<f64> {
    engine::text::time::parse_age(age).map(|ms| ms as f64)
}

/// The page's allocator: talc instead of the standard library's dlmalloc, which took ~6 % of
/// the scan's time in Chromium (allocation and freeing of each post's small vectors).
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
