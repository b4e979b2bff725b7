//! Memory: peak heap while checking the 75 KB sample and the 10 MB draft, and no growth over
//! 1,000 checks (every byte a check allocates is released when its report is dropped).
//!
//! Measured natively with a counting global allocator: the wasm build runs the same code over
//! the same allocations, so its linear memory grows to about the text (held once as UTF-8 by
//! wasm-bindgen) plus this peak. `cargo bench --bench memory` prints the figures and exits
//! non-zero if memory grows over the repeated checks.

#[path = "support/adversarial.rs"]
mod adversarial;

use report_check::{check, Config};
use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static CALLS: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        unsafe { System.dealloc(p, layout) };
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new: usize) -> *mut u8 {
        let q = unsafe { System.realloc(p, layout, new) };
        if !q.is_null() {
            LIVE.fetch_sub(layout.size(), Relaxed);
            grew(new);
        }
        q
    }
}

fn grew(size: usize) {
    let now = LIVE.fetch_add(size, Relaxed) + size;
    PEAK.fetch_max(now, Relaxed);
    CALLS.fetch_add(1, Relaxed);
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// (peak heap above what was live before, allocation calls) for one check of `text`.
fn measure(text: &str, config: &Config) -> (usize, usize, usize) {
    let before = LIVE.load(Relaxed);
    PEAK.store(before, Relaxed);
    let calls = CALLS.load(Relaxed);
    let report = black_box(check(black_box(text), config));
    let shown = report.diagnostics.len();
    drop(report);
    (PEAK.load(Relaxed) - before, CALLS.load(Relaxed) - calls, shown)
}

fn mib(b: usize) -> String {
    format!("{:.2} MiB", b as f64 / (1 << 20) as f64)
}

fn main() {
    let config = Config::default();
    let seed_path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus/seeds/seed-003.txt");
    let seed = std::fs::read_to_string(&seed_path).unwrap_or_else(|_| adversarial::report_text(75_000));
    // First use builds the rules' compiled patterns (once per process): not part of a check.
    black_box(check(&seed, &config));

    println!("{:<28} {:>12} {:>14} {:>12} {:>13}", "draft", "text", "peak heap", "÷ text", "allocations");
    let mut drafts = vec![("seed-003 (75 KB sample)", seed.clone())];
    drafts.extend(adversarial::drafts(adversarial::FULL));
    for (name, text) in &drafts {
        let (peak, calls, _) = measure(text, &config);
        println!(
            "{:<28} {:>12} {:>14} {:>11.2}× {:>13}",
            name,
            mib(text.len()),
            mib(peak),
            peak as f64 / text.len().max(1) as f64,
            calls
        );
    }

    // Released between checks: live heap after each of 1,000 checks is what it was before.
    // The loop's texts are checked once first: compiled patterns keep caches that grow once to fit
    // the longest input they have seen (a one-time step, not a leak).
    let long = &drafts[1].1[..report_check::document::floor_char_boundary(&drafts[1].1, 1_000_000)];
    black_box(check(&seed, &config));
    black_box(check(long, &config));
    let baseline = LIVE.load(Relaxed);
    let mut worst = 0isize;
    for i in 0..1000 {
        let text = if i % 100 == 99 { long } else { &seed };
        drop(black_box(check(black_box(text), &config)));
        worst = worst.max(LIVE.load(Relaxed) as isize - baseline as isize);
    }
    let after = LIVE.load(Relaxed) as isize - baseline as isize;
    println!("1,000 checks: live heap after the last {after:+} bytes, at most {worst:+} bytes between checks");
    if after > 0 || worst > 0 {
        eprintln!("MEMORY GROWS: {after} bytes kept after 1,000 checks (worst {worst})");
        std::process::exit(1);
    }
}
