//! Never the same text twice: a deterministic seed per post (so tests and repeated requests are
//! stable) and a memory of every draft text issued this session, so two different mentions
//! never receive identical drafts while the same post asked twice gets the same drafts back.

use std::collections::{HashMap, HashSet};

use super::Draft;

/// FNV-1a over the bytes of `parts`, separated.
pub fn seed(parts: &[&str]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.bytes().chain(std::iter::once(0xFF)) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    h
}

/// Drafts issued this session.
#[derive(Debug, Clone, Default)]
pub struct Memory {
    issued: HashSet<u64>,
    by_post: HashMap<u64, Vec<Draft>>,
}

impl Memory {
    /// Drafts already given to the post with key `post`, if any.
    pub fn recall(&self, post: u64) -> Option<Vec<Draft>> {
        self.by_post.get(&post).cloned()
    }

    /// Whether `text` was already issued (to any post).
    pub fn taken(&self, text: &str) -> bool {
        self.issued.contains(&seed(&[text]))
    }

    /// Records the drafts given to `post`.
    pub fn remember(&mut self, post: u64, drafts: &[Draft]) {
        for d in drafts {
            self.issued.insert(seed(&[&d.text]));
        }
        self.by_post.insert(post, drafts.to_vec());
    }
}
