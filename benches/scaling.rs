//! Linear scaling: times `check` on each adversarial draft at ×1, ×2, ×4 and ×8 (×8 = the full
//! size of issue 8) and prints the time and the ratio per doubling.
//!
//! `cargo bench --bench scaling` prints the table and exits non-zero when a draft's time grows
//! faster than linearly: its mean ratio per doubling above 2.2, or one doubling above 3.0 (a
//! margin for a busy machine). Each time is the best of several runs.
//! `cargo bench --bench scaling -- NAME` runs only the drafts whose name contains NAME.

#[path = "support/adversarial.rs"]
mod adversarial;

use report_check::{check, Config};
use std::hint::black_box;
use std::time::{Duration, Instant};

const SCALES: [usize; 4] = [1, 2, 4, 8];

/// Best time of several runs: at least 3, more while the total stays under a budget.
fn best_time(text: &str, config: &Config) -> (Duration, usize, usize) {
    let mut best = Duration::MAX;
    let mut spent = Duration::ZERO;
    let mut runs = 0;
    let (mut shown, mut total) = (0, 0);
    while runs < 3 || (runs < 20 && spent < Duration::from_millis(600)) {
        let start = Instant::now();
        let report = black_box(check(black_box(text), config));
        let took = start.elapsed();
        (shown, total) = (report.diagnostics.len(), report.summary.total);
        drop(report);
        best = best.min(took);
        spent += took;
        runs += 1;
    }
    (best, shown, total)
}

fn main() {
    let filter: Option<String> = std::env::args().skip(1).find(|a| !a.starts_with('-'));
    let config = Config::default();
    let names: Vec<&str> = adversarial::drafts(0).into_iter().map(|(n, _)| n).collect();
    let mut failed = Vec::new();
    println!("{:<28} {:>6} {:>12} {:>11} {:>9} {:>16}", "draft", "scale", "bytes", "time", "ratio", "diagnostics");
    for (k, name) in names.iter().enumerate() {
        if filter.as_deref().is_some_and(|f| !name.contains(f)) {
            continue;
        }
        let mut times = Vec::new();
        for scale in SCALES {
            let (_, text) = adversarial::drafts(scale).swap_remove(k);
            let (t, shown, total) = best_time(&text, &config);
            let ratio = times.last().map(|&p: &Duration| t.as_secs_f64() / p.as_secs_f64().max(1e-9));
            println!(
                "{:<28} {:>5}× {:>12} {:>9.2}ms {:>9} {:>16}",
                name,
                scale,
                text.len(),
                t.as_secs_f64() * 1e3,
                ratio.map_or(String::new(), |r| format!("{r:.2}")),
                format!("{shown} of {total}")
            );
            times.push(t);
        }
        let ratios: Vec<f64> = times.windows(2).map(|w| w[1].as_secs_f64() / w[0].as_secs_f64().max(1e-9)).collect();
        let mean = (times[3].as_secs_f64() / times[0].as_secs_f64().max(1e-9)).powf(1.0 / 3.0);
        let worst = ratios.iter().cloned().fold(0.0, f64::max);
        // Below a millisecond timer noise is larger than the work: not judged.
        let judged = times[3] > Duration::from_millis(5);
        if judged && (mean > 2.2 || worst > 3.0) {
            failed.push(format!("{name}: mean ratio per doubling {mean:.2}, worst {worst:.2}"));
        }
    }
    if failed.is_empty() {
        println!("scaling: every draft grows linearly (mean ratio per doubling ≤ 2.2)");
    } else {
        for f in &failed {
            eprintln!("NOT LINEAR: {f}");
        }
        std::process::exit(1);
    }
}
