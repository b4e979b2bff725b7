// Writes a .docx in memory (for the browser tests and the 2 MB benchmark): a ZIP of DEFLATE
// entries with real CRCs, [Content_Types].xml, the package relationships and word/document.xml.
import { crc32, deflateRawSync } from 'node:zlib';

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A Word body from lines of text; lines holding tabs become rows of one table per run of them. */
export function documentXml(lines) {
  const out = [];
  let rows = [];
  const flush = () => {
    if (!rows.length) return;
    out.push('<w:tbl><w:tblPr/>' + rows.map((r) => '<w:tr>' + r.split('\t').map((c) => `<w:tc><w:p><w:r><w:t>${esc(c)}</w:t></w:r></w:p></w:tc>`).join('') + '</w:tr>').join('') + '</w:tbl>');
    rows = [];
  };
  for (const line of lines) {
    if (line.includes('\t')) { rows.push(line); continue; }
    flush();
    out.push(`<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">${esc(line)}</w:t></w:r></w:p>`);
  }
  flush();
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    out.join('') + '<w:sectPr/></w:body></w:document>';
}

/** The ZIP bytes of `files` ([name, Buffer|string, stored?]). */
export function zip(files) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, content, stored] of files) {
    const data = Buffer.from(content);
    const body = stored ? data : deflateRawSync(data, { level: 6 });
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(stored ? 0 : 8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(stored ? 0 : 8, 10);
    c.writeUInt32LE(crc32(data), 16);
    c.writeUInt32LE(body.length, 20);
    c.writeUInt32LE(data.length, 24);
    c.writeUInt16LE(n.length, 28);
    c.writeUInt32LE(offset, 42);
    central.push(c, n);
    parts.push(local, n, body);
    offset += 30 + n.length + body.length;
  }
  const cd = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, cd, end]);
}

const TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx of `lines`, with `pictureBytes` of incompressible picture beside it. */
export function makeDocx(lines, pictureBytes = 0) {
  const files = [['[Content_Types].xml', TYPES], ['_rels/.rels', RELS], ['word/document.xml', documentXml(lines)]];
  if (pictureBytes) {
    const picture = Buffer.alloc(pictureBytes);
    let x = 2463534242;
    for (let i = 0; i < pictureBytes; i++) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; picture[i] = x & 255; }
    files.push(['word/media/image1.png', picture, true]);
  }
  return zip(files);
}
