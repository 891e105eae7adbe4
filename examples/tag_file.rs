//! Tag one text file and print its entities.
//!
//! ```text
//! cargo run --release --example tag_file -- examples/berita.txt
//! cargo run --release --example tag_file -- article.txt 2021-12-31   # reference date
//! ```

use std::process::ExitCode;

use tandai::{Document, Tagger};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: tag_file FILE [YYYY-MM-DD]");
        return ExitCode::from(2);
    };
    match run(path, args.get(1).map(String::as_str)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tag_file: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(path: &str, date: Option<&str>) -> Result<(), Box<dyn std::error::Error>> {
    let text = std::fs::read_to_string(path)?;
    let tagger = Tagger::new();
    let mut doc = Document::new(&text);
    if let Some(d) = date {
        doc = doc.date_str(d)?;
    }
    let entities = tagger.tag_document(&doc);
    println!("{path}: {} entities", entities.len());
    for e in &entities {
        let value = e.value.as_ref().map(|v| v.to_string()).unwrap_or_default();
        println!(
            "{:>6}..{:<6} {:<12} {:<40} {}",
            e.span.start,
            e.span.end,
            e.label.as_str(),
            // an entity may hold a line break
            e.text.replace('\n', " "),
            value
        );
    }
    Ok(())
}
