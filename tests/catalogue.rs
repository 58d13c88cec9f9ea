//! Every visible string lives in the message catalogue (`src/messages`). This test reads the
//! source and fails on a string literal that looks like text for people (a capitalised word, a
//! typographic character, or leading or trailing space around words) anywhere outside the
//! catalogue and the instrument, unless it is on the short list of strings browsers and file
//! formats need (key names, algorithm names, MIME types).

use std::fs;
use std::path::{Path, PathBuf};

/// Literals that look like words but are names the platform needs, never shown.
const NOT_TEXT: &[&str] = &[
    "AES-GCM",
    "ArrowDown",
    "ArrowLeft",
    "ArrowRight",
    "ArrowUp",
    "End",
    "Enter",
    "Escape",
    "Home",
    "PBKDF2",
    "PageDown",
    "PageUp",
    "SHA-256",
    "QuotaExceededError",
    "SecurityError",
    "Tab",
    "crispEdges",
    "deriveKey",
    "unwrapKey",
    "userSpaceOnUse",
    "wakeLock",
    "wrapKey",
    "writeText",
];

/// Parts of literals that mark them as CSS font stacks or alphabets rather than text.
const NOT_TEXT_CONTAINING: &[&str] = &["serif", "ABCDEFGHIJKLMNOPQRSTUVWXYZ"];

/// Files outside the catalogue that may hold text: the instrument is reproduced verbatim from
/// its publication and is replaced only by a published translation.
const EXEMPT: &[&str] = &["src/model/instrument.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals of one line of Rust (escapes kept as written), ignoring `//` comments.
fn literals(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = line.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        if c == '/' && chars.peek() == Some(&'/') {
            break;
        }
        if c == '\'' {
            // A char literal such as '"' or '\'' (lifetimes have no closing quote nearby).
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\\") && rest.chars().nth(2) == Some('\'') {
                chars.nth(2);
            } else if rest.chars().nth(1) == Some('\'') {
                chars.nth(1);
            }
            prev = c;
            continue;
        }
        if c == '"' && prev != '\\' {
            let mut lit = String::new();
            let mut escaped = false;
            for d in chars.by_ref() {
                if escaped {
                    lit.push(d);
                    escaped = false;
                } else if d == '\\' {
                    lit.push(d);
                    escaped = true;
                } else if d == '"' {
                    break;
                } else {
                    lit.push(d);
                }
            }
            found.push(lit);
            prev = '"';
            continue;
        }
        prev = c;
    }
    found
}

/// Whether a literal reads as text for people.
fn looks_like_text(lit: &str) -> bool {
    if NOT_TEXT.contains(&lit) || NOT_TEXT_CONTAINING.iter().any(|p| lit.contains(p)) {
        return false;
    }
    let chars: Vec<char> = lit.chars().collect();
    let capitalised = chars
        .windows(2)
        .any(|w| w[0].is_uppercase() && w[1].is_lowercase());
    let typographic = lit.chars().any(|c| "’‘“”…–—·×−".contains(c));
    let has_letter = lit.chars().any(char::is_alphabetic);
    let padded = has_letter && (lit.starts_with(' ') || lit.ends_with(' '));
    let sentence = has_letter && lit.contains(". ");
    capitalised || typographic || padded || sentence
}

/// Every suspicious literal in `src/`, as "path:line: literal".
fn offenders() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    files.sort();
    let mut found = Vec::new();
    for path in files {
        let rel = path
            .strip_prefix(root)
            .unwrap_or(&path)
            .to_string_lossy()
            .replace('\\', "/");
        if rel.starts_with("src/messages/") || EXEMPT.contains(&rel.as_str()) {
            continue;
        }
        let source = fs::read_to_string(&path).unwrap_or_default();
        for (n, line) in source.lines().enumerate() {
            let trimmed = line.trim_start();
            if trimmed.starts_with("#[cfg(test)]") {
                break;
            }
            if trimmed.starts_with("//") || trimmed.starts_with("#[") {
                continue;
            }
            for lit in literals(line) {
                if looks_like_text(&lit) {
                    found.push(format!("{rel}:{}: \"{lit}\"", n + 1));
                }
            }
        }
    }
    found
}

#[test]
fn every_visible_string_is_in_the_catalogue() {
    let found = offenders();
    assert!(
        found.is_empty(),
        "{} strings outside src/messages look like visible text:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn the_scanner_finds_text_and_skips_names() {
    assert_eq!(
        literals(r#"html! { <p class="x">{ "Take the scale" }</p> }"#),
        ["x", "Take the scale"]
    );
    assert_eq!(
        literals(r#"let q = '"'; let s = "a\"b"; // "comment""#),
        [r#"a\"b"#]
    );
    assert!(looks_like_text("Take the scale"));
    assert!(looks_like_text(" left"));
    assert!(looks_like_text("In for 4. Out"));
    assert!(looks_like_text("4 – 7"));
    assert!(!looks_like_text("button primary"));
    assert!(!looks_like_text("item-{}"));
    assert!(!looks_like_text("Enter"));
    assert!(!looks_like_text("#/results/"));
}
