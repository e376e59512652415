//! Reply drafts (interim; replaced by the composer).

use serde::Serialize;

/// One reply draft.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Draft {
    /// The text, ready to post.
    pub text: String,
    /// Its tone: `empathetic`, `warm`, `formal`.
    pub tone: String,
    /// X weighted length.
    pub weighted_length: u32,
}
