//! The WebAssembly boundary: a few coarse calls carrying plain data.
//!
//! Inputs arrive as JSON text or plain JS objects and are validated here; errors cross as
//! `JsError` with a message for a person, never as a panic.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::settings::{parse_settings, FieldError, Settings};
use crate::engine::{self, Post};

/// Installs the panic hook once, when the module is instantiated.
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot return result: {e}")))
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

    /// Analyses a batch of posts (`[{id, text, author?, createdAt?, site?, engagement?}]`) at
    /// `now_ms` (milliseconds since the epoch); returns one analysis per post, in order.
    pub fn analyze(&self, posts: JsValue, now_ms: f64) -> Result<JsValue, JsError> {
        let posts: Vec<Post> = serde_wasm_bindgen::from_value(posts)
            .map_err(|e| JsError::new(&format!("bad posts: {e}")))?;
        to_js(&self.inner.analyze_batch(&posts, Some(now_ms as i64)))
    }

    /// Like `analyze`, with the batch as JSON text in and out.
    #[wasm_bindgen(js_name = analyzeJson)]
    pub fn analyze_json(&self, posts_json: &str, now_ms: f64) -> Result<String, JsError> {
        let posts: Vec<Post> = serde_json::from_str(posts_json)
            .map_err(|e| JsError::new(&format!("bad posts: {e}")))?;
        serde_json::to_string(&self.inner.analyze_batch(&posts, Some(now_ms as i64)))
            .map_err(|e| JsError::new(&format!("cannot return result: {e}")))
    }

    /// The side panel's view of stored posts (`[{id, text, author?, createdAt?, site?}]`) at
    /// `now_ms`: the posts are re-analysed (cheap) and only mentions are listed, most urgent
    /// first. Returns `{entries, summary}` (see `engine::panel::PanelView`).
    pub fn panel(&self, posts: JsValue, now_ms: f64) -> Result<JsValue, JsError> {
        let posts: Vec<Post> = serde_wasm_bindgen::from_value(posts)
            .map_err(|e| JsError::new(&format!("bad posts: {e}")))?;
        let now = now_ms as i64;
        let items: Vec<(Post, engine::Analysis)> = posts
            .into_iter()
            .map(|p| {
                let a = self.inner.analyze(&p, Some(now));
                (p, a)
            })
            .collect();
        to_js(&engine::panel::build_view(&items, now))
    }

    /// Reply drafts for one post (`{id, text, author?, …}`) at `now_ms`: the post is analysed and
    /// the engine's composer asked for drafts. Returns `[{text, tone, weighted_length}]`.
    #[wasm_bindgen(js_name = draftReplies)]
    pub fn draft_replies(&mut self, post: JsValue, now_ms: f64) -> Result<JsValue, JsError> {
        let post: Post = serde_wasm_bindgen::from_value(post)
            .map_err(|e| JsError::new(&format!("bad post: {e}")))?;
        let analysis = self.inner.analyze(&post, Some(now_ms as i64));
        to_js(&self.inner.draft_replies(&post, &analysis))
    }

    /// The settings the engine runs with, as a plain object.
    pub fn settings(&self) -> Result<JsValue, JsError> {
        to_js(self.inner.settings())
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

/// Validates settings JSON text: `{ok: true, settings, errors: []}` with the migrated, cleaned
/// settings, or `{ok: false, errors: [{field, message}]}`.
#[wasm_bindgen(js_name = validateSettings)]
pub fn validate_settings(json: &str) -> Result<JsValue, JsError> {
    to_js(&match parse_settings(json) {
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

/// The site adapter table for a host name, or `null` when Earshot does not run there.
#[wasm_bindgen(js_name = siteTable)]
pub fn site_table(host: &str) -> Result<JsValue, JsError> {
    to_js(&engine::sites::table_for_host(host))
}

/// X's weighted length of `text` (twitter-text v3 rules).
#[wasm_bindgen(js_name = tweetLength)]
pub fn tweet_length(text: &str) -> u32 {
    engine::text::tweet_length::weighted_length(text)
}
