//! What several integration tests share: the drafts they run over.

use std::path::{Path, PathBuf};

/// Every draft under `tests/drafts` and the shared corpus (`seeds`, `real/openings`, `real/reports`),
/// as (a name `SET--STEM`, its path), sorted by name.
pub fn drafts() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sets = [
        ("drafts", root.join("tests/drafts")),
        ("seeds", root.join("../shared/corpus/seeds")),
        ("openings", root.join("../shared/corpus/real/openings")),
        ("reports", root.join("../shared/corpus/real/reports")),
    ];
    let mut out = Vec::new();
    for (set, dir) in sets {
        let entries = std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for e in entries.flatten() {
            let name = e.file_name().into_string().unwrap();
            if let Some(stem) = name.strip_suffix(".txt") {
                out.push((format!("{set}--{stem}"), e.path()));
            }
        }
    }
    out.sort();
    out
}
