//! Packs `data/vader_lexicon.tsv` for embedding: the `.wasm` carries the lexicon in a form that
//! gzips to two thirds of the TSV's size (about 20 KB instead of 31 KB), while the repository
//! keeps the readable TSV as the one source (see `src/engine/sentiment/lexicon.rs`).
//!
//! Format of `$OUT_DIR/vader_lexicon.packed`: the number of words in decimal and `\n`; then
//! every word in the TSV's (sorted) order, front-coded — one hexadecimal digit for how many
//! leading bytes it shares with the word before (at most 15, never splitting a character), the
//! rest of its bytes and `\n`; then one byte per word, its valence × 10 + 40 (VADER's valences
//! are tenths in −4…+4). A line that does not fit the format fails the build.

use std::{env, fs, path::Path};

fn main() {
    let source = "data/vader_lexicon.tsv";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = fs::read_to_string(source).expect("data/vader_lexicon.tsv is readable UTF-8");
    let (mut words, mut valences) = (String::new(), Vec::new());
    let mut previous = "";
    for (n, line) in text.lines().enumerate() {
        let (word, value) = line
            .split_once('\t')
            .unwrap_or_else(|| panic!("{source}:{}: no tab", n + 1));
        let tenths: f64 = value.trim().parse::<f64>().expect("a number") * 10.0;
        let byte = tenths.round() + 40.0;
        assert!(
            (tenths - tenths.round()).abs() < 1e-6 && (0.0..=80.0).contains(&byte),
            "{source}:{}: valence {value} is not tenths in -4..4",
            n + 1
        );
        assert!(
            !word.is_empty() && !word.contains('\n'),
            "{source}:{}",
            n + 1
        );
        let mut shared = word
            .bytes()
            .zip(previous.bytes())
            .take_while(|(a, b)| a == b)
            .count()
            .min(15);
        while !word.is_char_boundary(shared) {
            shared -= 1;
        }
        words.push(char::from_digit(shared as u32, 16).expect("at most 15"));
        words.push_str(&word[shared..]);
        words.push('\n');
        valences.push(byte as u8);
        previous = word;
    }
    let mut packed = format!("{}\n", valences.len()).into_bytes();
    packed.extend(words.into_bytes());
    packed.extend(valences);
    let out =
        Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("vader_lexicon.packed");
    fs::write(out, packed).expect("OUT_DIR is writable");
}
