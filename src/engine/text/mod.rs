//! Text utilities shared by every stage: folding for matching, tokens, timestamps and X's
//! weighted length (with NFC from the platform, see [`nfc`]).

pub mod nfc;
pub mod normalize;
pub mod time;
pub mod tokens;
pub mod tweet_length;
