#!/usr/bin/env python3
"""Builds tests/drafts/numbers-dense.txt: relations written inside dense report paragraphs.

Host paragraphs are real paragraphs (with many unrelated figures) from the published reports in
../shared/corpus/real/reports. Each relation below is written twice, agreeing and with one figure
changed; each is set into a host paragraph, once as a sentence of its own and once as a clause
in the middle of a sentence. Lines: `+<TAB>paragraph` must draw a numeric finding, `-<TAB>paragraph`
must draw none (hosts on their own, and hosts with the agreeing relation).

Run from the repository root: python3 tests/drafts/make_dense.py > tests/drafts/numbers-dense.txt
"""
import glob, re

RELATIONS = [
    # (agreeing, disagreeing)
    ("新建城乡养老服务设施126个、社区食堂75个，共计201个", "新建城乡养老服务设施126个、社区食堂75个，共计210个"),
    ("全年引进重大项目58个，其中先进制造业项目31个、现代服务业项目19个", "全年引进重大项目58个，其中先进制造业项目31个、现代服务业项目29个"),
    ("为1200名困难群众每人发放临时救助金500元，共计60万元", "为1200名困难群众每人发放临时救助金500元，共计70万元"),
    ("全省高新技术企业由8200家增加到1.02万家，增长24.4%", "全省高新技术企业由8200家增加到1.02万家，增长22.4%"),
    ("研发经费投入强度由2.1%提高到2.5%，提高0.4个百分点", "研发经费投入强度由2.1%提高到2.5%，提高0.6个百分点"),
    ("跨境电商进出口额由120亿元增加到360亿元，增长了2倍", "跨境电商进出口额由120亿元增加到360亿元，增长了3倍"),
    ("较大安全事故起数由12起减少到6起，减少了一半", "较大安全事故起数由12起减少到6起，减少了一倍"),
    ("应参加城乡居民医保520万人，实际参保507万人，参保率97.5%", "应参加城乡居民医保520万人，实际参保507万人，参保率95.5%"),
    ("着力构建“三大体系”，即现代产业体系、城乡融合发展体系和生态保护体系", "着力构建“四大体系”，即现代产业体系、城乡融合发展体系和生态保护体系"),
    ("全年接待游客9000万人次，较上年的7500万人次增长20%", "全年接待游客9000万人次，较上年的7500万人次增长25%"),
    ("地方一般公共预算收入完成900亿元，比上年增加100亿元，增长12.5%", "地方一般公共预算收入完成900亿元，比上年增加100亿元，增长15%"),
    ("下达中央和省级衔接资金分别为35.6亿元、12.4亿元，合计48亿元", "下达中央和省级衔接资金分别为35.6亿元、12.4亿元，合计46亿元"),
    ("单位生产总值能耗由0.50吨标准煤下降到0.45吨标准煤，下降10%", "单位生产总值能耗由0.50吨标准煤下降到0.45吨标准煤，下降12%"),
    ("全市共有各类市场主体150万户，其中民营企业135万户，占90%", "全市共有各类市场主体150万户，其中民营企业135万户，占85%"),
    ("数字经济核心产业增加值由500亿元增加到1000亿元，翻了一番", "数字经济核心产业增加值由500亿元增加到1000亿元，翻了两番"),
    ("出台支持民营经济发展五项措施，包括减税降费、融资支持、用地保障、人才引进、市场准入", "出台支持民营经济发展六项措施，包括减税降费、融资支持、用地保障、人才引进、市场准入"),
    ("全年受理群众诉求4.8万件，办结4.6万件，办结率95.8%", "全年受理群众诉求4.8万件，办结4.6万件，办结率98.5%"),
    ("新增城镇就业12.6万人和农村劳动力转移就业8.4万人，合计21万人", "新增城镇就业12.6万人和农村劳动力转移就业8.4万人，合计23万人"),
    ("义务教育学校由860所调整到688所，减少20%", "义务教育学校由860所调整到688所，减少25%"),
    ("全省粮食播种面积达到1.2亿亩，其中小麦4300万亩、玉米5200万亩、水稻1800万亩", "全省粮食播种面积达到1.2亿亩，其中小麦4300万亩、玉米7200万亩、水稻1800万亩"),
    ("城市污水处理率由88.5%提高到96.2%，提高7.7个百分点", "城市污水处理率由88.5%提高到96.2%，提高8.7个百分点"),
    ("在海口、琼海、儋州三个城市开展试点", "在海口、琼海、儋州两个城市开展试点"),
    ("建成5G基站4.2万个，比上年增加1.2万个，增长40%", "建成5G基站4.2万个，比上年增加1.2万个，增长30%"),
]


def hosts():
    out = []
    for f in sorted(glob.glob('../shared/corpus/real/reports/*.txt')):
        t = open(f, encoding='utf-8').read()
        for p in t.split('\n'):
            p = p.strip()
            figs = re.findall(r'[0-9０-９]+(?:\.[0-9]+)?(?:%|万|亿|个|人|元|家|项|倍|件|所)', p)
            if 100 <= len(p) <= 400 and len(figs) >= 4 and p.endswith('。'):
                out.append(p)
    return out


def as_sentence(host, rel):
    """The relation as a sentence of its own after the host's first sentence."""
    k = host.find('。') + 1
    return host[:k] + rel + '。' + host[k:]


def as_clause(host, rel):
    """The relation as a clause in the middle of a host sentence (after its second comma)."""
    commas = [m.start() for m in re.finditer('，', host)]
    if len(commas) < 2:
        return None
    k = commas[1] + 1
    return host[:k] + rel + '，' + host[k:]


def main():
    hs = hosts()
    lines = []
    for h in hs:
        lines.append('-\t' + h)
    for i, (good, bad) in enumerate(RELATIONS):
        for j, place in enumerate([as_sentence, as_clause]):
            h = hs[(i * 7 + j * 3 + 1) % len(hs)]
            g, b = place(h, good), place(h, bad)
            if g is None:
                h = hs[(i * 7 + j * 3 + 2) % len(hs)]
                g, b = as_sentence(h, good), as_sentence(h, bad)
            lines.append('-\t' + g)
            lines.append('+\t' + b)
    print('\n'.join(lines))


main()
