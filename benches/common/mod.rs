//! What both native benchmarks run on: the 40 posts of `benches/corpus.txt` as `analyze` reads
//! them, and the same batch packed as the extension's `scan` takes it.

use earshot::engine::{Author, Post};

/// The corpus as posts, each with an author and a time.
pub fn corpus() -> Vec<Post> {
    include_str!("../corpus.txt")
        .lines()
        .enumerate()
        .map(|(i, text)| Post {
            id: i.to_string(),
            text: text.to_string(),
            author: Some(Author {
                handle: Some(format!("@user{i}")),
                name: Some("Maria Lopez".to_string()),
                followers: Some(100 * i as u64),
                verified: Some(false),
            }),
            created_at: Some("2026-11-22T10:00:00Z".to_string()),
            site: Some("x".to_string()),
            engagement: None,
        })
        .collect()
}

/// `posts` packed for `Engine::scan`: each text, then its time, concatenated; their UTF-16
/// lengths; and followers, engagement (unknown), verified (no) per post.
pub struct Packed {
    pub texts: String,
    pub lens: Vec<u32>,
    pub facts: Vec<f64>,
}

/// Packs `posts` as the extension does (see `engine::scan`).
pub fn packed(posts: &[Post]) -> Packed {
    let pieces: Vec<&str> = posts
        .iter()
        .flat_map(|p| [p.text.as_str(), p.created_at.as_deref().unwrap_or("")])
        .collect();
    Packed {
        texts: pieces.concat(),
        lens: pieces
            .iter()
            .map(|t| t.encode_utf16().count() as u32)
            .collect(),
        facts: (0..posts.len())
            .flat_map(|i| [(100 * i) as f64, f64::NAN, 0.0])
            .collect(),
    }
}
