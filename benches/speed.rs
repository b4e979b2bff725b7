//! Native speed of `check` (issue 9): time per seed draft and MB/s, on each seed draft
//! (`../shared/corpus/seeds/*.txt`) and on a 10 MB concatenation of them, plus the time each rule
//! takes on the 10 MB draft (where to look first when the throughput target is missed).
//!
//! `cargo bench --bench speed` measures (median of several runs, after a warm-up);
//! `cargo test --release` runs it once with one iteration as a smoke test, so it does not rot.
//! `-- --json` prints one JSON object on the last line for scripts/bench.sh.
//!
//! Times are CPU time of the benchmark thread (see `now`), so a busy machine does not inflate them.
//!
//! A small harness rather than criterion: no extra dependency, figures that match what the
//! browser benchmark prints (median time, MB/s).

// Only the sample-draft helpers are used here.
#[allow(dead_code)]
#[path = "support/adversarial.rs"]
mod adversarial;

use report_check::rules::{Context, ALL_RULES};
use report_check::{check, Config, Document};
use std::hint::black_box;
use std::time::{Duration, Instant};

const BIG: usize = 10 * 1024 * 1024;

/// CPU time of this thread: on a machine shared with other jobs, wall time mostly measures the
/// waiting for a core; CPU time measures the work. Wall time where the clock is not available.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
fn now() -> Duration {
    #[repr(C)]
    struct Timespec {
        sec: i64,
        nsec: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, tp: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut t = Timespec { sec: 0, nsec: 0 };
    // SAFETY: clock_gettime writes one timespec (two 64-bit fields on 64-bit Linux) into `t`.
    if unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut t) } == 0 {
        Duration::new(t.sec as u64, t.nsec as u32)
    } else {
        START.with(|s| s.elapsed())
    }
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
fn now() -> Duration {
    START.with(|s| s.elapsed())
}

thread_local! {
    static START: Instant = Instant::now();
}

/// Median CPU time of `runs` calls (after one warm-up call).
fn median_time(runs: usize, mut f: impl FnMut()) -> Duration {
    f();
    let mut times: Vec<Duration> = (0..runs.max(1))
        .map(|_| {
            let t = now();
            f();
            now().saturating_sub(t)
        })
        .collect();
    times.sort();
    times[times.len() / 2]
}

/// One draft's figures for `--json`.
fn json_row(name: &str, bytes: usize, t: Duration) -> String {
    format!(
        "{{\"draft\":\"{name}\",\"bytes\":{bytes},\"ms\":{:.4},\"mbps\":{:.2}}}",
        t.as_secs_f64() * 1e3,
        mb_per_s(bytes, t)
    )
}

fn mb_per_s(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / 1e6 / t.as_secs_f64().max(1e-12)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // `cargo bench` passes --bench; `cargo test` does not: then one quick iteration.
    let full = args.iter().any(|a| a == "--bench");
    let json = args.iter().any(|a| a == "--json");
    let (seed_runs, big_runs) = if full { (50, 5) } else { (1, 1) };
    let config = Config::default();
    let seeds = adversarial::seed_drafts();
    if seeds.is_empty() {
        eprintln!("speed: no seed drafts in {} (skipped)", adversarial::seeds_dir().display());
        return;
    }

    let mut rows = Vec::new();
    println!("{:<12} {:>10} {:>12} {:>10} {:>9}", "draft", "bytes", "time", "MB/s", "findings");
    for (name, text) in &seeds {
        let t = median_time(seed_runs, || {
            black_box(check(black_box(text), &config));
        });
        let n = check(text, &config).diagnostics.len();
        println!(
            "{:<12} {:>10} {:>9.3} ms {:>10.1} {:>9}",
            name,
            text.len(),
            t.as_secs_f64() * 1e3,
            mb_per_s(text.len(), t),
            n
        );
        rows.push(json_row(name, text.len(), t));
    }

    // The 10 MB draft: the seeds one after another (paragraph breaks between), cut at a char boundary.
    // A debug `cargo test` smoke run stays quick: 1 MB is enough to show the code works.
    let size = if !full && cfg!(debug_assertions) { BIG / 10 } else { BIG };
    let big = adversarial::report_text(size);
    let big_name = if size == BIG { "10MB-concat" } else { "1MB-concat" };
    let t = median_time(big_runs, || {
        black_box(check(black_box(&big), &config));
    });
    println!("{:<12} {:>10} {:>9.3} ms {:>10.1}", big_name, big.len(), t.as_secs_f64() * 1e3, mb_per_s(big.len(), t));
    rows.push(json_row(big_name, big.len(), t));

    // Where the time goes on the 10 MB draft: each rule alone (the document built once, outside).
    let doc = Document::new(&big);
    let ctx = Context::new(&doc, &config);
    let mut per_rule: Vec<(&str, Duration)> = ALL_RULES
        .iter()
        .map(|rule| {
            let t = median_time(if full { 3 } else { 1 }, || {
                let mut out = Vec::new();
                rule.check(&ctx, &mut out);
                black_box(out);
            });
            (rule.id(), t)
        })
        .collect();
    let doc_t = median_time(if full { 3 } else { 1 }, || {
        black_box(Document::new(black_box(&big)));
    });
    per_rule.push(("(Document::new)", doc_t));
    per_rule.sort_by_key(|r| std::cmp::Reverse(r.1));
    println!("time per rule on the {big_name} draft:");
    for (id, t) in &per_rule {
        println!("  {:<18} {:>9.1} ms", id, t.as_secs_f64() * 1e3);
    }
    if json {
        let rules: Vec<String> = per_rule
            .iter()
            .map(|(id, t)| format!("{{\"rule\":\"{}\",\"ms\":{:.3}}}", id, t.as_secs_f64() * 1e3))
            .collect();
        println!("{{\"drafts\":[{}],\"rules\":[{}]}}", rows.join(","), rules.join(","));
    }
}
