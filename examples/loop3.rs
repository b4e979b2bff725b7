fn main() {
    let t = std::fs::read_to_string("/work/shared/corpus/seeds/seed-003.txt").unwrap();
    let c = report_check::Config::default();
    let mut n = 0;
    let s = std::time::Instant::now();
    for _ in 0..1000 { n += report_check::check(&t, &c).diagnostics.len(); }
    eprintln!("{n} {:?}", s.elapsed() / 1000);
}
