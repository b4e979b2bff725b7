#!/usr/bin/env python3
"""Writes the .docx fixtures of tests/docx/ with python-docx (pip install python-docx), the way a
report is written: headings numbered by Word's own list numbering (numbering.xml, 一、/（一）/1.),
a table with a 合计 row, tracked changes, a text box, a footnote. The generated files are committed,
so the tests need neither python-docx nor LibreOffice.

Usage: python3 tests/docx/make_fixtures.py   (from the repository root)

Writes:
  report-errors.docx    placeholders ([X], 20xx) in paragraphs and a table whose 合计 does not add up
  report-filled.docx    the same report filled in, table right: no error expected
  numbered-headings.docx  headings numbered by numbering.xml only, 三、 missing (一、二、四、)
  numbered-headings.txt   the same draft typed by hand
  lo-*.docx             the three reports above as LibreOffice writes them (opened as .odt and saved
                        again as .docx by `soffice --headless --convert-to`), when soffice is installed
                        (apt-get install libreoffice-writer-nogui): a second real writer
  corrupt.docx          a truncated zip
  old-format.doc        an OLE compound file header (what Word 97-2003 writes)
  encrypted.docx        an OLE compound file holding EncryptionInfo (a .docx with a password)
"""
import os
import shutil
import struct
import subprocess
import tempfile
from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

HERE = os.path.dirname(os.path.abspath(__file__))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# Three levels as Chinese reports number them: 一、 （一） 1.
ABSTRACT = f'''<w:abstractNum {W} w:abstractNumId="90">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="0"/></w:pPr></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:suff w:val="nothing"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/></w:lvl>
</w:abstractNum>'''
NUM = f'<w:num {W} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    first_num = numbering.find(qn('w:num'))
    abstract = parse_xml(ABSTRACT)
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(NUM))
    # Heading 1 is numbered by its style (level 0), as Word's multilevel list linked to headings does.
    style = doc.styles['Heading 1'].element
    ppr = style.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="90"/></w:numPr>'))


def numbered(doc, text, level, style=None):
    """A paragraph numbered by numbering.xml: no number in its text."""
    p = doc.add_paragraph(text, style=style)
    if level is not None:
        ppr = p._p.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:numPr {W}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    return p


def tracked(p, deleted, inserted):
    """Appends a tracked deletion and insertion (Word's review mode) to paragraph p."""
    p._p.append(parse_xml(f'<w:del {W} w:id="801" w:author="审阅人" w:date="2024-12-01T10:00:00Z"><w:r><w:delText>{deleted}</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {W} w:id="802" w:author="审阅人" w:date="2024-12-01T10:00:00Z"><w:r><w:t>{inserted}</w:t></w:r></w:ins>'))


def text_box(p, text):
    """A text box (VML shape, as Word writes in its fallback) anchored in paragraph p."""
    p._p.append(parse_xml(
        f'<w:r {W} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:200pt;height:40pt" stroked="t">'
        f'<v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>'))


def footnote(doc, p, text):
    """A footnote (id 1) referenced from paragraph p, in a footnotes part made by hand."""
    xml = (f'<w:footnotes {W}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
           f'<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
           '</w:footnotes>').encode('utf-8')
    part = Part(PackURI('/word/footnotes.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml', xml, doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    p._p.append(parse_xml(f'<w:r {W}><w:footnoteReference w:id="1"/></w:r>'))


def table(doc, rows):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = 'Table Grid'
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            t.cell(r, c).text = v
    return t


def report(path, filled):
    doc = Document()
    add_numbering(doc)
    doc.add_paragraph('城东街道2024年度宣传工作总结' if filled else '某某街道20xx年度宣传工作总结', style='Title')
    doc.add_paragraph('今年以来,街道宣传办在区委宣传部的指导下,围绕中心、服务大局,各项工作取得新进展。现将有关情况总结如下。')
    doc.add_heading('主要工作', level=1)
    numbered(doc, '理论学习', 1)
    p = doc.add_paragraph('全年组织中心组学习12次,开展专题讲座')
    tracked(p, '5场', '6场')
    p.add_run('。' if filled else ',覆盖党员[X]人。')
    footnote(doc, p, '数据截至2024年11月30日。')
    numbered(doc, '宣传阵地', 1)
    p = doc.add_paragraph('新建宣传栏8处,各季度宣传活动开展情况见下表。')
    text_box(p, '说明:活动场次以台账登记为准。')
    table(doc, [
        ['季度', '活动场次', '参与人数', '经费(万元)'],
        ['第一季度', '12', '1,200', '3.5'],
        ['第二季度', '15', '1,500', '4.0'],
        ['第三季度', '9', '800', '—'],
        ['第四季度', '10', '1,000', '2.5'],
        ['合计', '46', '4,500', '10.0'] if filled else ['合计', '48', '4,500', '10.0'],
    ])
    doc.add_heading('存在问题', level=1)
    doc.add_paragraph('一是宣传形式还不够丰富;二是基层通讯员队伍力量薄弱。')
    doc.add_heading('下一步工作打算', level=1)
    doc.add_paragraph('继续加强理论武装,创新宣传方式,全面提升宣传工作质量。')
    doc.add_paragraph('城东街道宣传办' if filled else '某某街道宣传办')
    doc.add_paragraph('2024年12月10日' if filled else '20xx年12月10日')
    doc.save(path)


def numbered_headings(path):
    doc = Document()
    add_numbering(doc)
    doc.add_paragraph('城东区文化局2024年工作总结', style='Title')
    doc.add_paragraph('2024年,我局认真贯彻落实上级部署,各项工作有序推进。')
    doc.add_heading('工作开展情况', level=1)
    numbered(doc, '强化理论学习', 1)
    doc.add_paragraph('全年组织集中学习10次。')
    numbered(doc, '推进重点项目', 1)
    doc.add_paragraph('完成重点项目4个。')
    doc.add_heading('存在的问题', level=1)
    doc.add_paragraph('工作创新不足。')
    # The list skips a number: 三、 is deleted, so Word numbers on; a manual restart at 四 is kept as
    # a start override on its own list instance.
    numbering = doc.part.numbering_part.element
    numbering.append(parse_xml(f'<w:num {W} w:numId="91"><w:abstractNumId w:val="90"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>'))
    p = doc.add_heading('下一步工作打算', level=1)
    p._p.get_or_add_pPr().insert(1, parse_xml(f'<w:numPr {W}><w:ilvl w:val="0"/><w:numId w:val="91"/></w:numPr>'))
    doc.add_paragraph('持续推进各项工作。')
    doc.save(path)
    # The same draft typed by hand, numbers and all: the heading checks must say the same of both.
    typed = ['城东区文化局2024年工作总结', '2024年,我局认真贯彻落实上级部署,各项工作有序推进。', '一、工作开展情况',
             '（一）强化理论学习', '全年组织集中学习10次。', '（二）推进重点项目', '完成重点项目4个。', '二、存在的问题',
             '工作创新不足。', '四、下一步工作打算', '持续推进各项工作。']
    with open(path.replace('.docx', '.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(typed) + '\n')


def ole(path, stream_name):
    """An OLE compound file header followed by a directory entry naming `stream_name`."""
    header = bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(16) + struct.pack('<HHH', 0x3E, 3, 0xFFFE)
    header += bytes(512 - len(header))
    name = stream_name.encode('utf-16-le')
    entry = name + bytes(64 - len(name)) + struct.pack('<H', len(name) + 2) + bytes(128 - 66)
    with open(path, 'wb') as f:
        f.write(header + entry + bytes(384))


if __name__ == '__main__':
    report(os.path.join(HERE, 'report-errors.docx'), filled=False)
    report(os.path.join(HERE, 'report-filled.docx'), filled=True)
    numbered_headings(os.path.join(HERE, 'numbered-headings.docx'))
    with open(os.path.join(HERE, 'report-errors.docx'), 'rb') as f:
        whole = f.read()
    with open(os.path.join(HERE, 'corrupt.docx'), 'wb') as f:
        f.write(whole[: len(whole) // 2])
    ole(os.path.join(HERE, 'old-format.doc'), 'WordDocument')
    ole(os.path.join(HERE, 'encrypted.docx'), 'EncryptionInfo')
    if shutil.which('soffice'):
        with tempfile.TemporaryDirectory() as tmp:
            names = ['report-errors', 'report-filled', 'numbered-headings']
            subprocess.run(['soffice', '--headless', '--convert-to', 'odt', '--outdir', tmp] + [os.path.join(HERE, n + '.docx') for n in names],
                           check=True, capture_output=True)
            out = os.path.join(tmp, 'docx')
            subprocess.run(['soffice', '--headless', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', out] + [os.path.join(tmp, n + '.odt') for n in names],
                           check=True, capture_output=True)
            for n in names:
                shutil.copy(os.path.join(out, n + '.docx'), os.path.join(HERE, 'lo-' + n + '.docx'))
    else:
        print('soffice not found: lo-*.docx left as they are')
    print('written to', HERE)
