//! The pure-Rust engine. Nothing here touches a browser API, so it builds and is tested natively
//! and ships unchanged as WebAssembly and as the command-line tool.
//!
//! Pipeline for one post (see [`Engine::analyze`]):
//! `text` (fold, tokens) → `mention` (hear) → `sentiment` + `classify` (judge) →
//! `department` + `priority` (route and rank) → `reply` (answer, on request).

pub mod analysis;
mod analyzer;
pub mod classify;
pub mod department;
pub mod mention;
pub mod panel;
pub mod phrases;
pub mod priority;
pub mod reply;
pub mod scan;
pub mod sentiment;
pub mod settings;
pub mod sites;
pub mod small_sort;
pub mod text;

pub use analysis::{Analysis, Author, Post};
pub use analyzer::{Engine, PostFacts};
pub use settings::{BrandProfile, Settings};
