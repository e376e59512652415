//! `earshot`: the engine on the command line, over JSON Lines.
//!
//! ```text
//! earshot analyze --brand PROFILE.json [--replies] [FILE|-]
//! ```
//! Reads one post per line (see README "Command-line tool"), writes one analysis per line in the
//! same order. A bad line is reported on stderr with its line number and skipped; the exit status
//! is 1 when any line failed, 2 when the command itself could not run.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, IsTerminal, Read, Write};
use std::process::ExitCode;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use earshot::engine::settings::parse_settings;
use earshot::engine::{Engine, Post};

const USAGE: &str = "usage: earshot analyze --brand PROFILE.json [--replies] [FILE|-]

Reads JSON Lines posts ({\"id\", \"text\", \"author\"?, \"created_at\"?, \"site\"?}) from FILE or
standard input and writes one JSON analysis per line to standard output, in order.
  --brand PROFILE.json  brand profile: the options page's export, or its \"brand\" part
  --replies             also draft three replies per post
  -h, --help            show this help
  -V, --version         show the version";

/// What the command line asked for.
#[derive(Debug, PartialEq)]
struct Args {
    brand: String,
    replies: bool,
    input: Option<String>,
}

fn parse_args(args: &[String]) -> Result<Args, String> {
    let mut it = args.iter();
    match it.next().map(String::as_str) {
        Some("analyze") => {}
        Some(other) => return Err(format!("unknown command {other:?}")),
        None => return Err("missing command".to_string()),
    }
    let (mut brand, mut replies, mut input) = (None, false, None);
    while let Some(a) = it.next() {
        match a.as_str() {
            "--brand" => brand = Some(it.next().ok_or("--brand needs a file")?.clone()),
            "--replies" => replies = true,
            "-" => input = None,
            s if s.starts_with("--brand=") => brand = Some(s["--brand=".len()..].to_string()),
            s if s.starts_with('-') => return Err(format!("unknown option {s:?}")),
            s if input.is_none() => input = Some(s.to_string()),
            s => {
                return Err(format!(
                    "unexpected argument {s:?} (one input file at most)"
                ))
            }
        }
    }
    Ok(Args {
        brand: brand.ok_or("--brand PROFILE.json is required")?,
        replies,
        input,
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("-h" | "--help") | None => {
            println!("{USAGE}");
            return if args.is_empty() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
        Some("-V" | "--version") => {
            println!("earshot {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let args = match parse_args(&args) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("earshot: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(0) => ExitCode::SUCCESS,
        Ok(failed) => {
            eprintln!("earshot: {failed} line(s) could not be analysed");
            ExitCode::from(1)
        }
        Err(e) => {
            eprintln!("earshot: {e}");
            ExitCode::from(2)
        }
    }
}

/// Runs `analyze`; returns how many lines failed.
fn run(args: &Args) -> Result<usize, String> {
    let profile = std::fs::read_to_string(&args.brand)
        .map_err(|e| format!("cannot read {}: {e}", args.brand))?;
    let settings =
        parse_settings(&profile).map_err(|e| format!("bad brand profile {}: {e}", args.brand))?;
    let mut engine = Engine::new(settings);
    let (reader, total): (Box<dyn Read>, Option<u64>) = match &args.input {
        None => (Box::new(io::stdin().lock()), None),
        Some(path) => {
            let f = File::open(path).map_err(|e| format!("cannot read {path}: {e}"))?;
            let len = f.metadata().ok().map(|m| m.len());
            (Box::new(f), len)
        }
    };
    let mut input = BufReader::with_capacity(1 << 16, reader);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 16, stdout.lock());
    let mut progress = Progress::new(total);
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX))
        .ok();
    let (mut line, mut line_no, mut failed) = (Vec::new(), 0usize, 0usize);
    loop {
        line.clear();
        let n = input
            .read_until(b'\n', &mut line)
            .map_err(|e| format!("read error: {e}"))?;
        if n == 0 {
            break;
        }
        line_no += 1;
        progress.advance(n as u64);
        let text = match std::str::from_utf8(&line) {
            Ok(t) => t.trim(),
            Err(e) => {
                eprintln!("line {line_no}: invalid UTF-8 at byte {}", e.valid_up_to());
                failed += 1;
                continue;
            }
        };
        if text.is_empty() {
            continue;
        }
        let post = match parse_post(text) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("line {line_no}: {e}");
                failed += 1;
                continue;
            }
        };
        let mut analysis = engine.analyze(&post, now_ms);
        if args.replies {
            analysis.replies = Some(engine.draft_replies(&post, &analysis));
        }
        serde_json::to_writer(&mut out, &analysis).map_err(|e| format!("write error: {e}"))?;
        out.write_all(b"\n")
            .map_err(|e| format!("write error: {e}"))?;
    }
    out.flush().map_err(|e| format!("write error: {e}"))?;
    progress.finish(line_no);
    Ok(failed)
}

/// Parses one input line, naming the offending field in the error.
fn parse_post(line: &str) -> Result<Post, String> {
    let de = &mut serde_json::Deserializer::from_str(line);
    serde_path_to_error::deserialize::<_, Post>(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        if path == "." || path.is_empty() {
            format!("{inner}")
        } else {
            format!("field `{path}`: {inner}")
        }
    })
}

/// A progress line on stderr, shown only when stderr is a terminal.
struct Progress {
    enabled: bool,
    total: Option<u64>,
    done: u64,
    started: Instant,
    last: Instant,
}

impl Progress {
    fn new(total: Option<u64>) -> Progress {
        let now = Instant::now();
        Progress {
            enabled: io::stderr().is_terminal(),
            total,
            done: 0,
            started: now,
            last: now,
        }
    }

    fn advance(&mut self, bytes: u64) {
        self.done += bytes;
        if !self.enabled || self.last.elapsed().as_millis() < 200 {
            return;
        }
        self.last = Instant::now();
        let mb = self.done as f64 / 1e6;
        match self.total {
            Some(t) if t > 0 => {
                let pct = (self.done as f64 / t as f64 * 100.0).min(100.0);
                let filled = (pct / 5.0) as usize;
                eprint!(
                    "\r[{}{}] {pct:5.1}% {mb:.1} MB",
                    "#".repeat(filled),
                    ".".repeat(20 - filled)
                );
            }
            _ => eprint!("\r{mb:.1} MB read"),
        }
    }

    fn finish(&self, lines: usize) {
        if self.enabled {
            eprintln!(
                "\r{lines} lines in {:.1} s{}",
                self.started.elapsed().as_secs_f64(),
                " ".repeat(30)
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &[&str]) -> Vec<String> {
        v.iter().map(|x| x.to_string()).collect()
    }

    #[test]
    fn arguments() {
        let ok = parse_args(&s(&[
            "analyze",
            "--brand",
            "b.json",
            "--replies",
            "in.jsonl",
        ]))
        .unwrap();
        assert_eq!(
            ok,
            Args {
                brand: "b.json".into(),
                replies: true,
                input: Some("in.jsonl".into())
            }
        );
        let stdin = parse_args(&s(&["analyze", "--brand=b.json", "-"])).unwrap();
        assert_eq!(stdin.input, None);
        for bad in [
            &["analyze"][..],
            &["analyze", "--brand"],
            &["lint", "--brand", "b"],
            &["analyze", "--brand", "b", "x", "y"],
            &["analyze", "--brand", "b", "--fast"],
        ] {
            assert!(parse_args(&s(bad)).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn bad_lines_name_the_problem() {
        let cases: &[(&str, &str)] = &[
            ("{", "EOF"),
            (r#"{"id":"1"}"#, "missing field `text`"),
            (r#"{"text":"x"}"#, "missing field `id`"),
            (r#"{"id":"1","text":5}"#, "field `text`"),
            (
                r#"{"id":"1","text":"x","author":{"followers":"many"}}"#,
                "field `author.followers`",
            ),
            ("[1,2]", "invalid type"),
        ];
        for (line, want) in cases {
            let e = parse_post(line).unwrap_err();
            assert!(e.contains(want), "{line}: {e}");
        }
        assert!(parse_post(
            r#"{"id":"1","text":"x","extra":true,"created_at":"2025-01-01T00:00:00Z"}"#
        )
        .is_ok());
    }
}
