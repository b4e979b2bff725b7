//! Tests of `numbers`, beside it.

use super::*;

/// The byte masks pass every listed character, and for the marks nothing else: over all
/// three-byte characters.
#[test]
fn three_byte_masks() {
    for c in ('\u{800}'..='\u{FFFF}').filter(|c| c.len_utf8() == 3) {
        let s = c.to_string();
        if may_open_figure(c) {
            assert!(FIGURE3.pass(s.as_bytes(), 0), "{c}");
        }
        assert_eq!(opens_figure3(&s, 0), may_open_figure(c), "{c}");
        assert_eq!(MARK3.pass(s.as_bytes(), 0), matches!(c, '。' | '！' | '；' | '？'), "{c}");
        if may_open_figure(c) || MARK3.pass(s.as_bytes(), 0) {
            assert!(FIGURE_OR_MARK3.pass(s.as_bytes(), 0), "{c}");
        }
    }
}

/// The float-formatting version `trim` replaced, kept to compare against.
fn trim_by_float_formatting(v: f64) -> String {
    if !v.is_finite() {
        return "∞".into();
    }
    let r = (v * 100.0).round() / 100.0;
    if (r - r.round()).abs() < 1e-9 && r.abs() < 1e15 {
        format!("{}", r.round() as i64)
    } else {
        let s = format!("{:.2}", r);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// `count` values ± n / scale, n below `below`, the scale one of `scales` (a fixed seed).
fn sample_values(count: usize, below: u64, scales: &[f64], mut seed: u64) -> Vec<f64> {
    (0..count)
        .map(|_| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let sign = if seed & 1 == 0 { 1.0 } else { -1.0 };
            sign * ((seed >> 40) % below) as f64 / scales[(seed >> 20) as usize % scales.len()]
        })
        .collect()
}

#[test]
fn fixed_agrees_with_float_formatting() {
    let mut values = vec![
        0.0,
        -0.0,
        -0.001,
        0.125,
        0.375,
        2.5,
        3.5,
        -2.5,
        0.05,
        1.005,
        2.675,
        1e-300,
        5e-324,
        123456.78905,
        1.8e14,
        9.99995,
        1.0 / 3.0,
    ];
    // Divisors that make exact ties (powers of two) and endless fractions.
    values.extend(sample_values(200_000, 100_000_000, &[1.0, 8.0, 16.0, 1000.0, 1e4, 1e5, 3.0, 7.0, 64.0], 5));
    for v in values {
        for d in 0..=4 {
            assert_eq!(fixed(v, d), format!("{:.*}", d, v), "{v} to {d} decimals");
        }
    }
    // Beyond 2^64 units, no figure: no report computes such a rate.
    assert_eq!(fixed(1e20, 0), "∞");
    assert_eq!(fixed(1.9e15, 4), "∞");
    assert_eq!(fixed(1.7e15, 4), format!("{:.4}", 1.7e15));
}

#[test]
fn trim_agrees_with_float_formatting() {
    let mut values = vec![
        0.0,
        -0.0,
        -0.001,
        0.004,
        0.005,
        1.005,
        2.675,
        27000.0,
        2.7,
        95.54,
        33.333,
        100.0 / 3.0,
        -12.5,
        1e15,
        123456789012.34,
        9.995,
        0.1 + 0.2,
    ];
    values.extend(sample_values(200_000, 1_000_000_000, &[1.0, 10.0, 100.0, 1000.0, 1e4, 3.0, 7.0], 11));
    for v in values {
        assert_eq!(trim(v), trim_by_float_formatting(v), "{v}");
    }
    assert_eq!(trim(f64::NAN), "∞");
    assert_eq!(trim(1e17), "∞");
    assert_eq!(trim(9.9e16), trim_by_float_formatting(9.9e16));
}

fn one(s: &str) -> Quantity {
    let q = quantities(s);
    assert_eq!(q.len(), 1, "{s:?}: {q:?}");
    q.into_iter().next().unwrap()
}

fn vu(s: &str) -> (f64, &'static str) {
    let q = one(s);
    (q.value, q.unit)
}

#[test]
fn figure_starts_are_found_by_their_bytes() {
    for c in (0..=0x10FFFF).filter_map(char::from_u32) {
        let by_value = arabic_digit(c).is_some() || is_chinese_numeral(c);
        assert_eq!(may_open_figure(c), by_value, "{c:?}");
        let mut starts = Vec::new();
        scan_line(&format!("。{c}"), |_, s| starts.extend_from_slice(s));
        assert_eq!(starts, if by_value { vec![0] } else { vec![] }, "{c:?}");
        let s = format!("a{c}é中{c}");
        assert_eq!(next_figure_start(&s, 1), by_value.then_some(1), "{c:?}");
        let at = 1 + c.len_utf8() + "é中".len();
        assert_eq!(next_figure_start(&s, 1 + c.len_utf8()), by_value.then_some(at), "{c:?}");
    }
}

#[test]
fn one_pass_over_a_line_gives_the_same_quantities() {
    let line = "走访困难妇女126户、儿童75户,共计201户。由80%至90%;近万人！百分之三十、三分之一？V2版2,460亿元１２人";
    let mut n = 0;
    scan_line(line, |r, starts| {
        let t = &line[r];
        assert_eq!(quantities_at(t, usize::MAX, starts), quantities(t), "{t}");
        n += 1;
    });
    // (The figure parse runs on over ；.)
    assert_eq!((n, sentences(line).len()), (4, 5));
}

#[test]
fn sentences_end_after_each_mark() {
    let split = |s: &'static str| sentences(s).into_iter().map(|r| &s[r]).collect::<Vec<_>>();
    assert_eq!(
        split("一是学习。二是培训！三呢？四；五;6!7?尾"),
        ["一是学习。", "二是培训！", "三呢？", "四；", "五;", "6!", "7?", "尾"]
    );
    assert_eq!(split("。。"), ["。", "。"]);
    assert_eq!(split("无标点"), ["无标点"]);
    assert_eq!(split("末尾。"), ["末尾。"]);
    assert!(split("").is_empty());
    // Characters sharing a lead byte with the marks are not marks: 〃 (E3 80 83), ， (EF BC 8C).
    assert_eq!(split("甲〃乙，丙"), ["甲〃乙，丙"]);
}

#[test]
fn sums_are_shown_at_a_readable_scale() {
    assert_eq!(show(2e8, "元"), "2亿元");
    assert_eq!(show(1.25e8, "元"), "1.25亿元");
    assert_eq!(show(123_456_789.0, "元"), "123456789元");
    assert_eq!(show(27000.0, "元"), "2.7万元");
    assert_eq!(show(8000.0, "元"), "8000元");
    // A sum of decimals that falls just short of its hundredths still shows in 亿.
    assert_eq!(show(260.96e8 + 110.95e8 + 150.01e8, "元"), "521.92亿元");
    assert_eq!(show(12.0, "人"), "12人");
}

#[test]
fn arabic_with_separators_decimals_and_multipliers() {
    assert_eq!(vu("共1,618人"), (1618.0, "人"));
    assert_eq!(vu("52.75万元"), (527500.0, "元"));
    assert_eq!(vu("1.03万元"), (10300.0, "元"));
    assert_eq!(vu("5亿3400万元"), (534000000.0, "元"));
    assert_eq!(vu("3千万元"), (3e7, "元"));
    let q = one("4980多万元");
    assert_eq!((q.value, q.unit, q.approx), (4980e4, "元", true));
    assert_eq!(one("2.7万元").precision, 1000.0);
    assert_eq!(one("1500元").precision, 1.0);
    assert_eq!(one("95.54%").precision, 0.01);
    assert_eq!(vu("95.54%"), (95.54, "%"));
}

#[test]
fn chinese_numerals() {
    assert_eq!(vu("十二支"), (12.0, "支"));
    assert_eq!(vu("一百二十人"), (120.0, "人"));
    assert_eq!(vu("两个"), (2.0, "个"));
    assert_eq!(vu("三十八个"), (38.0, "个"));
    assert_eq!(vu("一百零五户"), (105.0, "户"));
    assert_eq!(vu("三万五千元"), (35000.0, "元"));
    assert_eq!(vu("一百二人"), (120.0, "人"));
    assert_eq!(vu("十万元"), (100000.0, "元"));
    let q = one("近万人");
    assert_eq!((q.value, q.approx), (10000.0, true));
}

#[test]
fn percents_points_multiples_fractions() {
    assert_eq!(vu("百分之三十"), (30.0, "%"));
    assert_eq!(vu("提高3.8个百分点"), (3.8, "个百分点"));
    assert_eq!(vu("增加了2倍"), (2.0, "倍"));
    assert_eq!(vu("翻两番"), (2.0, "番"));
    let (v, u) = vu("三分之一");
    assert!((v - 1.0 / 3.0).abs() < 1e-9 && u == "分之");
    assert_eq!(vu("减少了一半"), (0.5, "分之"));
    assert_eq!(vu("95.54％"), (95.54, "%"));
}

#[test]
fn units_are_normalised() {
    assert_eq!(vu("6名"), (6.0, "人"));
    assert_eq!(vu("3位"), (3.0, "人"));
    assert_eq!(vu("3000人次"), (3000.0, "人次"));
    assert_eq!(vu("2万人次"), (20000.0, "人次"));
}

#[test]
fn approximation_markers() {
    for s in
        ["约300人", "增长了一倍多", "近5000人次", "2万余份", "300人左右", "98%以上", "超过200户", "不到50人", "100多人"]
    {
        assert!(one(s).approx, "{s}");
    }
    for s in ["300人", "达98%", "共计201户"] {
        assert!(!one(s).approx, "{s}");
    }
}

#[test]
fn not_quantities() {
    assert_eq!(quantities("一组20人").len(), 1);
    for s in [
        "5月20日", "2023年", "二〇二三年", "拨打12338热线", "〔2023〕15号文件", "第七届", "十八届三中全会", "第3名",
        "2.0版", "V2版本", "二一三年", "“三八”妇女节", "“十四五”规划", "“两癌”",
    ] {
        assert!(quantities(s).is_empty(), "{s}: {:?}", quantities(s));
    }
}

#[test]
fn several_in_a_sentence() {
    let s = "走访慰问困难妇女126户、困难儿童75户,共计201户。";
    let q = quantities(s);
    let v: Vec<_> = q.iter().map(|q| (q.value, q.unit)).collect();
    assert_eq!(v, [(126.0, "户"), (75.0, "户"), (201.0, "户")]);
    assert_eq!(&s[q[2].range.clone()], "201户");
}

#[test]
fn huge_and_odd_inputs_do_not_panic() {
    let big = "9".repeat(100_000) + "人";
    assert_eq!(quantities(&big).len(), 1);
    for s in ["1,", "1.", "百分之", "分之一", "三分之", "万", "亿亿亿", "1,0000", "１２人", "0.5.5人"]
    {
        let _ = quantities(s);
    }
}

#[test]
fn real_typesetting() {
    assert_eq!(vu("社会文教支出占３６．８０％"), (36.8, "%"));
    assert_eq!(one("３６．８０％").precision, 0.01);
    assert_eq!(vu("收入合计２７，２０３，３１９，０００元"), (27_203_319_000.0, "元"));
    assert_eq!(vu("财政收入2，460亿元"), (2460e8, "元"));
    assert_eq!(vu("对3,276个行政村"), (3276.0, "个"));
    assert_eq!(vu("2 460个社区"), (2460.0, "个"));
    // A list of figures is no grouped figure.
    let v: Vec<f64> = quantities("分别为120，135，150个").iter().map(|q| q.value).collect();
    assert_eq!(v, [150.0]);
    let v: Vec<f64> = quantities("增长8%，100个项目开工").iter().map(|q| q.value).collect();
    assert_eq!(v, [8.0, 100.0]);
    let v: Vec<f64> = quantities("新建12，其中300个").iter().map(|q| q.value).collect();
    assert_eq!(v, [300.0]);
    // Ranges and bounds are approximate.
    let q = quantities("下降15%～20%");
    assert!(q.len() == 2 && q.iter().all(|q| q.approx), "{q:?}");
    assert!(one("减少3至5个").approx);
    assert!(one("失业率控制在5.5%以内").approx);
    // 由80%至90% is a change, not a range.
    assert!(quantities("由80%至90%").iter().all(|q| !q.approx));
}

#[test]
fn agreement_respects_precision() {
    assert!(agrees(93.8, 0.1, 93.75));
    assert!(agrees(94.0, 1.0, 93.75));
    assert!(!agrees(90.0, 1.0, 95.0));
    assert!(agrees(27000.0, 1000.0, 27000.0));
    assert!(!agrees(37000.0, 1000.0, 27000.0));
}

#[test]
fn tenths_are_percentages() {
    let q = one("比上年增长三成。");
    assert_eq!((q.value, q.unit, q.precision, q.approx), (30.0, "%", 10.0, false));
    assert!(one("占全村农户的七成以上").approx);
    assert!(one("增长了三成多").approx);
    assert_eq!(one("占七成").value, 70.0);
    // 成 opening a word (成立, 成员, 建成), or 一成/十成: no figure.
    assert!(quantities("三成立了").is_empty());
    assert!(quantities("一成不变").is_empty());
    assert!(quantities("两成员单位").is_empty());
}

#[test]
fn a_breakdown_stays_with_its_whole_in_the_figure_parse() {
    let line = "公路1,236公里；其中县道214公里。合计9人。其中：甲5人；乙4人。另有3人；其余2人。";
    let mut got = Vec::new();
    scan_line(line, |r, _| got.push(&line[r]));
    assert_eq!(got, ["公路1,236公里；其中县道214公里。", "合计9人。其中：甲5人；乙4人。", "另有3人；其余2人。"]);
    // The sentences themselves still end at each mark.
    assert_eq!(sentences(line).len(), 7);
}

/// A space between an Arabic figure and its unit (PDF text: `60929 件`), and the measure words of
/// blood, freight and grain.
#[test]
fn spaced_units_and_more_measure_words() {
    let units = |t: &str| quantities(t).iter().map(|q| (q.value.round(), q.unit)).collect::<Vec<_>>();
    assert_eq!(units("知识产权案件60929 件"), [(60929.0, "件")]);
    assert_eq!(
        units("供血3.6万单位,血小板1.2万治疗量,粮食1308.84亿斤,查验2.86万票"),
        [(36000.0, "单位"), (12000.0, "治疗量"), (130884000000.0, "斤"), (28600.0, "票")]
    );
    // A space then no unit, a year, a Chinese figure before a space: nothing.
    assert!(units("2023 年").is_empty());
    assert!(units("编号 12 号码").is_empty());
}

/// `may_start_unit` lists the first characters of `UNITS` by hand (a few comparisons where a
/// search of the table would be slower): every unit must pass it, or the unit is never read.
#[test]
fn every_unit_passes_the_first_character_filter() {
    for unit in super::UNITS {
        assert!(super::may_start_unit(unit.chars().next().unwrap()), "{unit}");
    }
}

#[test]
fn a_minus_after_a_word_makes_a_negative_rate() {
    let qs = quantities("增长3.3%,增速较一季度的-7%回升了9.3个百分点");
    let values: Vec<f64> = qs.iter().map(|q| q.value).collect();
    assert_eq!(values, [3.3, -7.0, 9.3]);
    assert_eq!(&"增长3.3%,增速较一季度的-7%回升"[qs[1].figure.clone()], "-7");
    // Not after a figure (a range, a date) or a letter, and not before a count.
    let values: Vec<f64> = quantities("1-6月增长30%-40%,型号GB-5%,减少-3人").iter().map(|q| q.value).collect();
    assert!(values.iter().all(|&v| v >= 0.0), "{values:?}");
}

#[test]
fn a_figure_after_an_acronym_stands_on_its_own() {
    let values: Vec<f64> = quantities("共报告AEFI189例,GDP100亿元").iter().map(|q| q.value).collect();
    assert_eq!(values, [189.0, 1e10]);
    // A letter or two before a digit makes a code: PM2.5, V2, A3.
    assert!(quantities("PM2.5浓度,V2版,A3纸5张").iter().all(|q| q.value == 5.0));
}

#[test]
fn a_space_before_the_scale() {
    let qs = quantities("总投资10 亿元的项目,入库税收 3212 万元");
    let values: Vec<f64> = qs.iter().map(|q| q.value).collect();
    assert_eq!(values, [1e9, 3.212e7]);
    assert_eq!(qs[0].unit, "元");
}
