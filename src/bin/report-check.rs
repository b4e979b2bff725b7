//! `report-check`: the native command line over the same core as the browser build.
//!
//! Exit status: 0 no errors found, 1 errors found, 2 bad usage or a file that could not be read.

use report_check::docx::{self, CheckedDocument, Kind};
use report_check::{check, Config, Document, Report, Severity};
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

const USAGE: &str = "用法: report-check [--format human|json] [--config 配置.json] 文件或目录... | -

检查中文工作总结、工作报告、述职报告、工作计划中未填的占位符、未闭合的引号括号、
对不上的数字、缺少的章节、错乱的标题序号和从文库网站粘来的残留文字。

  --format human   逐条列出问题,标出所在行和位置(默认)
  --format json    输出 JSON:单个文件为 {\"diagnostics\": [...], \"summary\": {...}},
                   多个文件为 [{\"file\": ..., \"diagnostics\": [...], \"summary\": {...}}, ...]
  --config FILE    管理员配置(JSON,见 config.example.json)
  --text           只输出读出的文字(.docx 中读者看到的正文、表格、脚注),不检查
  -                从标准输入读取
  目录             检查其中所有 .txt 和 .docx 文件

Word/WPS 文档请存为 .docx(按扩展名或文件内容识别);检查的是文档中读者看到的文字,
表格逐行读出,问题会注明所在段落或表格的行列。

退出码: 0 没有错误;1 发现错误;2 用法或读取文件出错";

/// One file's report in the multi-file JSON array.
#[derive(serde::Serialize)]
struct FileReport<'a> {
    file: &'a str,
    #[serde(flatten)]
    report: Shown<'a>,
}

/// A report as printed in JSON: a Word document's diagnostics also name their place.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Shown<'a> {
    Text(&'a Report),
    Word { diagnostics: &'a [docx::PlacedDiagnostic], summary: &'a report_check::Summary },
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Human,
    Json,
}

struct Args {
    format: Format,
    config: Option<PathBuf>,
    inputs: Vec<String>,
    /// Print the text that would be checked, not the findings.
    text_only: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args { format: Format::Human, config: None, inputs: Vec::new(), text_only: false };
    let mut it = std::env::args().skip(1);
    let mut only_files = false;
    while let Some(a) = it.next() {
        if only_files || a == "-" || !a.starts_with('-') {
            args.inputs.push(a);
            continue;
        }
        let (key, inline) = match a.split_once('=') {
            Some((k, v)) => (k.to_string(), Some(v.to_string())),
            None => (a.clone(), None),
        };
        let mut value = |name: &str| inline.clone().or_else(|| it.next()).ok_or_else(|| format!("{name} 后面缺少取值"));
        match key.as_str() {
            "--format" | "-f" => {
                args.format = match value("--format")?.as_str() {
                    "human" => Format::Human,
                    "json" => Format::Json,
                    other => return Err(format!("--format 只能是 human 或 json,不能是“{other}”")),
                }
            }
            "--config" | "-c" => args.config = Some(PathBuf::from(value("--config")?)),
            "--text" => args.text_only = true,
            "--" => only_files = true,
            "--help" | "-h" => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            "--version" | "-V" => {
                println!("report-check {}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            other => return Err(format!("不认识的选项“{other}”")),
        }
    }
    if args.inputs.is_empty() {
        return Err("请给出要检查的文件、目录,或用 - 从标准输入读取".into());
    }
    Ok(args)
}

/// A draft to check: its name as shown to the user and where to read it.
struct Input {
    name: String,
    path: Option<PathBuf>, // None: standard input
}

fn collect_inputs(names: &[String]) -> Result<Vec<Input>, String> {
    let mut out = Vec::new();
    for name in names {
        if name == "-" {
            out.push(Input { name: "<stdin>".into(), path: None });
            continue;
        }
        let path = Path::new(name);
        if path.is_dir() {
            let mut files = Vec::new();
            walk(path, &mut files).map_err(|e| format!("{name}: 无法读取目录({e})"))?;
            files.sort();
            out.extend(files.into_iter().map(|p| Input { name: p.display().to_string(), path: Some(p) }));
        } else {
            out.push(Input { name: name.clone(), path: Some(path.to_path_buf()) });
        }
    }
    Ok(out)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(&path, files)?;
        } else if path.extension().is_some_and(|e| e.eq_ignore_ascii_case("txt") || e.eq_ignore_ascii_case("docx")) {
            files.push(path);
        }
    }
    Ok(())
}

/// What was read: plain text, or a Word document's text with the place of each piece.
enum Draft {
    Text(String),
    Word(docx::Extracted),
}

fn read_input(input: &Input) -> Result<Draft, String> {
    let mut bytes = Vec::new();
    match &input.path {
        None => std::io::stdin().read_to_end(&mut bytes).map(|_| ()),
        Some(p) => std::fs::read(p).map(|b| bytes = b),
    }
    .map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{}: 文件不存在", input.name),
        std::io::ErrorKind::PermissionDenied => format!("{}: 没有读取权限", input.name),
        _ => format!("{}: 无法读取({e})", input.name),
    })?;
    let named_docx = input.path.as_ref().is_some_and(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("docx")));
    match docx::sniff(&bytes) {
        Kind::Zip | Kind::Ole => {
            return docx::extract(&bytes).map(Draft::Word).map_err(|e| format!("{}: {e}", input.name))
        }
        Kind::Other if named_docx => return Err(format!("{}: {}", input.name, docx::DocxError::Corrupt)),
        Kind::Other => {}
    }
    String::from_utf8(bytes).map(Draft::Text).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let binary = e.as_bytes().iter().take(8192).any(|&b| b == 0);
        if binary {
            format!("{}: 这是二进制文件,不是文本,也不是 Word 文档(.docx);请在原软件中“另存为” .docx 或 UTF-8 编码的 .txt 后再检查", input.name)
        } else {
            format!("{}: 不是 UTF-8 编码(第 {at} 字节处),可能是 GBK;请用记事本“另存为”UTF-8 后再检查", input.name)
        }
    })
}

/// One input checked: the text, its report, and for a Word document the places of the findings.
type Checked = Result<(String, Report, Option<CheckedDocument>), String>;

/// Checks every input on all cores; results come back in input order.
fn check_all(inputs: &[Input], config: &Config) -> Vec<Checked> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(inputs.len()).max(1);
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<Checked>> = (0..inputs.len()).map(|_| None).collect();
    std::thread::scope(|s| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                s.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(input) = inputs.get(i) else { break };
                        done.push((
                            i,
                            read_input(input).map(|draft| match draft {
                                Draft::Text(text) => {
                                    let report = check(&text, config);
                                    (text, report, None)
                                }
                                Draft::Word(doc) => {
                                    let report = check(&doc.text, config);
                                    let placed = docx::place_report(&doc, report.clone());
                                    (doc.text, report, Some(placed))
                                }
                            }),
                        ));
                    }
                    done
                })
            })
            .collect();
        for w in workers {
            for (i, r) in w.join().expect("a checking thread panicked") {
                results[i] = Some(r);
            }
        }
    });
    results.into_iter().map(|r| r.expect("every input was checked")).collect()
}

/// Columns a character takes in a terminal: CJK and full-width forms take two.
fn width(c: char) -> usize {
    let u = c as u32;
    if (0x1100..=0x115F).contains(&u)
        || (0x2E80..=0xA4CF).contains(&u)
        || (0xAC00..=0xD7A3).contains(&u)
        || (0xF900..=0xFAFF).contains(&u)
        || (0xFE30..=0xFE4F).contains(&u)
        || (0xFF00..=0xFF60).contains(&u)
        || (0xFFE0..=0xFFE6).contains(&u)
        || (0x20000..=0x3FFFD).contains(&u)
        || matches!(c, '“' | '”' | '‘' | '’' | '…' | '—')
    {
        2
    } else {
        1
    }
}

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, s: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }
}

/// Prints each diagnostic with its line, a window of the text around it and a caret underneath.
fn print_human(
    out: &mut impl Write,
    name: &str,
    text: &str,
    report: &Report,
    places: Option<&CheckedDocument>,
    style: &Style,
) -> std::io::Result<()> {
    // UTF-16 offsets back to chars, per line, only for the lines that have diagnostics. The lines
    // are the Document's (`\n`, `\r\n` or a lone `\r`), the ones `Diagnostic::line` counts.
    let doc = Document::new(text);
    let lines: Vec<&str> = doc.lines.iter().map(|l| &text[l.range()]).collect();
    for (k, d) in report.diagnostics.iter().enumerate() {
        let place = places
            .and_then(|p| p.diagnostics.get(k))
            .and_then(|p| p.place.as_deref())
            .map_or(String::new(), |p| format!("({p})"));
        let sev = match d.severity {
            Severity::Error => style.paint("1;31", Severity::label(d.severity)),
            Severity::Warning => style.paint("1;33", Severity::label(d.severity)),
            Severity::Info => style.paint("1;36", Severity::label(d.severity)),
        };
        writeln!(out, "{}:{}:{}: {} [{}] {place}{}", name, d.line, d.column, sev, d.rule, d.message)?;
        let Some(line) = lines.get(d.line - 1) else { continue };
        let chars: Vec<char> = line.chars().collect();
        // Column is in UTF-16 units; walk chars to find the char index.
        let (mut units, mut from) = (0, chars.len());
        for (i, c) in chars.iter().enumerate() {
            if units >= d.column - 1 {
                from = i;
                break;
            }
            units += c.len_utf16();
        }
        let span_units = d.end - d.start;
        let (mut units, mut to) = (0, from);
        while to < chars.len() && units < span_units {
            units += chars[to].len_utf16();
            to += 1;
        }
        let lo = from.saturating_sub(20);
        let hi = (to + 20).min(chars.len()).max(lo);
        // A table row's tabs shown as one space each, so the caret below lines up.
        let shown: String = chars[lo..hi].iter().map(|&c| if c == '\t' { ' ' } else { c }).collect();
        let pre = if lo > 0 { "…" } else { "" };
        let post = if hi < chars.len() { "…" } else { "" };
        let gutter = format!("{:>5} | ", d.line);
        writeln!(out, "{}{pre}{shown}{post}", style.paint("2", &gutter))?;
        let pad: usize =
            pre.chars().map(width).sum::<usize>() + chars[lo..from].iter().map(|&c| width(c)).sum::<usize>();
        let carets = chars[from..to].iter().map(|&c| width(c)).sum::<usize>().max(1);
        writeln!(
            out,
            "{}{}{}",
            style.paint("2", "      | "),
            " ".repeat(pad),
            style.paint("1;31", &"^".repeat(carets))
        )?;
        for s in &d.suggestions {
            let how = if s.safe { "建议改为" } else { "可考虑改为" };
            let shown =
                if s.replacement.is_empty() { "(删除)".to_string() } else { format!("“{}”", s.replacement) };
            writeln!(out, "      = {how}{shown}")?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("report-check: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let config = match &args.config {
        None => Config::default(),
        Some(path) => {
            let json = match std::fs::read_to_string(path) {
                Ok(j) => j,
                Err(e) => {
                    eprintln!("report-check: 无法读取配置文件 {}({e})", path.display());
                    return ExitCode::from(2);
                }
            };
            match Config::from_json(&json) {
                Ok(c) => c,
                Err(e) => {
                    eprintln!("report-check: {}: {e}", path.display());
                    return ExitCode::from(2);
                }
            }
        }
    };
    let inputs = match collect_inputs(&args.inputs) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("report-check: {e}");
            return ExitCode::from(2);
        }
    };
    if inputs.is_empty() {
        eprintln!("report-check: 给出的目录里没有 .txt 或 .docx 文件");
        return ExitCode::from(2);
    }
    if args.text_only {
        let mut failed = false;
        for input in &inputs {
            match read_input(input) {
                Ok(Draft::Text(t)) => println!("{t}"),
                Ok(Draft::Word(d)) => println!("{}", d.text),
                Err(e) => {
                    eprintln!("report-check: {e}");
                    failed = true;
                }
            }
        }
        return if failed { ExitCode::from(2) } else { ExitCode::SUCCESS };
    }
    let results = check_all(&inputs, &config);

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let style = Style { color: std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() };
    let mut io_failed = false;
    let (mut errors, mut warnings, mut infos, mut files) = (0, 0, 0, 0);
    let mut json_items = Vec::new();
    for (input, result) in inputs.iter().zip(&results) {
        match result {
            Err(e) => {
                eprintln!("report-check: {e}");
                io_failed = true;
            }
            Ok((text, report, placed)) => {
                files += 1;
                errors += report.summary.errors;
                warnings += report.summary.warnings;
                infos += report.summary.infos;
                match args.format {
                    Format::Json => {
                        let report = match placed {
                            Some(p) => Shown::Word { diagnostics: &p.diagnostics, summary: &p.summary },
                            None => Shown::Text(report),
                        };
                        json_items.push(FileReport { file: &input.name, report })
                    }
                    Format::Human => {
                        if print_human(&mut out, &input.name, text, report, placed.as_ref(), &style).is_err() {
                            return ExitCode::from(2);
                        }
                    }
                }
            }
        }
    }
    let written = match args.format {
        Format::Json => {
            let written = if inputs.len() == 1 {
                match json_items.first() {
                    Some(item) => serde_json::to_writer(&mut out, &item.report),
                    None => Ok(()), // the one input failed to read: stderr says why
                }
            } else {
                serde_json::to_writer(&mut out, &json_items)
            };
            written.map_err(std::io::Error::from).and_then(|_| {
                if json_items.is_empty() && inputs.len() == 1 {
                    Ok(())
                } else {
                    writeln!(out)
                }
            })
        }
        Format::Human => {
            if files == 0 {
                return ExitCode::from(2);
            }
            let what = if files == 1 { String::new() } else { format!("共 {files} 个文件:") };
            if errors + warnings + infos == 0 {
                writeln!(out, "{what}未发现问题。")
            } else {
                writeln!(out, "{what}{errors} 处错误 · {warnings} 处提醒 · {infos} 处提示")
            }
        }
    };
    if written.and_then(|_| out.flush()).is_err() {
        return ExitCode::from(2);
    }
    if io_failed {
        ExitCode::from(2)
    } else if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
