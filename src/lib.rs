//! Earshot's core: hears brand mentions in social posts, judges how urgently each one needs a
//! person, and drafts specific replies.
//!
//! The crate has one engine and three shells:
//! - [`engine`] is pure Rust (no browser APIs) and is what every test and benchmark exercises;
//! - `api` (wasm32 only) exposes the engine to the browser extension through a few coarse,
//!   batched calls carrying plain data;
//! - `src/bin/earshot.rs` is the native command-line tool over JSON Lines.
#![cfg_attr(not(test), deny(clippy::unwrap_used, clippy::expect_used))]
#![warn(missing_docs)]

pub mod engine;

#[cfg(target_arch = "wasm32")]
mod api;
