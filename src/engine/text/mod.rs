//! Text utilities shared by every stage: folding for matching, tokens, timestamps and X's
//! weighted length.

pub mod normalize;
pub mod time;
pub mod tokens;
pub mod tweet_length;
