//! Getting the checker ready before the first real draft arrives.
//!
//! Why: the first check after loading pays for everything done once — patterns compiled on first
//! use, tables built on first use and, in the browser, the engine compiling and optimising the
//! module's code as it first runs. Measured in Chromium, the first check of a 75 KB draft took
//! 100–200 ms where the second took 15–30. A page or a form can call [`warm_up`] while it waits
//! for the user (the checking page when it opens empty, the OA validator when the user starts
//! typing), so the draft the user pastes or submits is checked at the warm speed.
//!
//! The sample is a short report with one problem of each kind, so every rule runs its
//! usual path on it; the result is thrown away.

use crate::{check, Config};

/// A short 工作总结 with at least one finding for every rule (tested below).
pub const SAMPLE: &str = "××社区2023年工作总结及2024年工作计划\n\
\n\
2021年,社区在街道党工委的领导下,深入学习贯彻党的二十大和二十届二中全会精神,学习十九届三中会精神。\n\
\n\
一、主要工作和成绩\n\
\n\
全年举办培训班[X]期,培训居民1200人次,于20xx年5月召开居民代表会议,2023年9月日完成换届。\n\
共组织志愿者120名,其中党员80名、团员60名。开展“三项活动”,即读书会、演讲比赛。\n\
6名困难群众分别获得1万元补助,共计8万元。志愿者由3人增加到9人,增长了3倍。\n\
全年接待来访200人次,其中解决160人次,解决率为90%。服务满意率达12。5%。\n\
2022年全年累计入户走访“百户千人,完善++工作机制。\n\
\n\
三、存在的问题\n\
\n\
个别工作人员服务意识还不够强。\n\
本文档由用户上传,来源于百度文库。\n\
第1页共3页";

/// Checks [`SAMPLE`] with `config` and throws the result away.
pub fn warm_up(config: &Config) {
    std::hint::black_box(check(std::hint::black_box(SAMPLE), config));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::ALL_RULE_IDS;

    #[test]
    fn the_sample_runs_every_rule_to_a_finding() {
        let report = check(SAMPLE, &Config::default());
        for id in ALL_RULE_IDS.iter() {
            assert!(report.diagnostics.iter().any(|d| d.rule == *id), "the warm-up sample gives {id} nothing to find");
        }
    }

    #[test]
    fn warming_up_changes_no_later_result() {
        let draft = "社区2022年工作总结\n一、主要工作\n举办讲座[X]场。\n三、下一步计划\n继续做好工作。";
        let before = check(draft, &Config::default());
        warm_up(&Config::default());
        assert_eq!(check(draft, &Config::default()), before);
    }
}
