//! Just enough of the ZIP format to read the parts of a `.docx`: the central directory, and one
//! entry at a time, stored or DEFLATE-compressed (`miniz_oxide`), with a cap on the inflated size.
//!
//! Only the entries asked for are inflated: the images of a 50 MB document are never touched.

use miniz_oxide::inflate::{decompress_to_vec_with_limit, TINFLStatus};

/// Why a ZIP could not be read (turned into a Chinese message by [`super::DocxError`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ZipError {
    /// No end-of-central-directory record, or offsets that point outside the file.
    Corrupt,
    /// An entry uses a compression method other than stored (0) or DEFLATE (8), or is encrypted.
    Unsupported,
    /// An entry inflates to more than the cap (a zip bomb, or a document far beyond any report).
    TooLarge,
}

/// One entry of the central directory.
#[derive(Debug, Clone)]
pub struct Entry {
    pub name: String,
    method: u16,
    flags: u16,
    compressed: usize,
    local_offset: usize,
}

pub struct Archive<'a> {
    bytes: &'a [u8],
    pub entries: Vec<Entry>,
}

fn u16_at(b: &[u8], i: usize) -> Option<u16> {
    Some(u16::from_le_bytes(b.get(i..i + 2)?.try_into().ok()?))
}

fn u32_at(b: &[u8], i: usize) -> Option<u32> {
    Some(u32::from_le_bytes(b.get(i..i + 4)?.try_into().ok()?))
}

/// The end-of-central-directory record sits in the last 22 + 65535 bytes (its comment may be long).
const EOCD_SEARCH: usize = 22 + 0xFFFF;

impl<'a> Archive<'a> {
    pub fn open(bytes: &'a [u8]) -> Result<Self, ZipError> {
        let lo = bytes.len().saturating_sub(EOCD_SEARCH);
        let eocd = (lo..bytes.len().saturating_sub(21))
            .rev()
            .find(|&i| bytes[i..i + 4] == *b"PK\x05\x06")
            .ok_or(ZipError::Corrupt)?;
        let count = u16_at(bytes, eocd + 10).ok_or(ZipError::Corrupt)? as usize;
        let cd_size = u32_at(bytes, eocd + 12).ok_or(ZipError::Corrupt)? as usize;
        let cd_offset = u32_at(bytes, eocd + 16).ok_or(ZipError::Corrupt)? as usize;
        if cd_offset.checked_add(cd_size).is_none_or(|end| end > bytes.len()) {
            return Err(ZipError::Corrupt);
        }
        let mut entries = Vec::with_capacity(count.min(4096));
        let mut i = cd_offset;
        // Bounded by the directory's size, not by the count it claims (which ZIP64 files set to 0xFFFF).
        while i + 46 <= cd_offset + cd_size && u32_at(bytes, i) == Some(0x0201_4b50) {
            let field = |k: usize| u16_at(bytes, i + k).unwrap_or(0);
            let name_len = field(28) as usize;
            let extra_len = field(30) as usize;
            let comment_len = field(32) as usize;
            let name = bytes.get(i + 46..i + 46 + name_len).ok_or(ZipError::Corrupt)?;
            entries.push(Entry {
                name: String::from_utf8_lossy(name).into_owned(),
                flags: field(8),
                method: field(10),
                compressed: u32_at(bytes, i + 20).unwrap_or(0) as usize,
                local_offset: u32_at(bytes, i + 42).unwrap_or(0) as usize,
            });
            i += 46 + name_len + extra_len + comment_len;
        }
        if entries.is_empty() {
            return Err(ZipError::Corrupt);
        }
        Ok(Archive { bytes, entries })
    }

    /// The entry named `name` (exact, or ignoring ASCII case as some writers vary it).
    pub fn find(&self, name: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .find(|e| e.name == name)
            .or_else(|| self.entries.iter().find(|e| e.name.eq_ignore_ascii_case(name)))
    }

    /// The inflated content of `entry`, refusing more than `cap` bytes.
    pub fn read(&self, entry: &Entry, cap: usize) -> Result<Vec<u8>, ZipError> {
        if entry.flags & 1 != 0 {
            return Err(ZipError::Unsupported); // encrypted entry
        }
        let b = self.bytes;
        let h = entry.local_offset;
        if u32_at(b, h) != Some(0x0403_4b50) {
            return Err(ZipError::Corrupt);
        }
        let name_len = u16_at(b, h + 26).ok_or(ZipError::Corrupt)? as usize;
        let extra_len = u16_at(b, h + 28).ok_or(ZipError::Corrupt)? as usize;
        let start = h + 30 + name_len + extra_len;
        let data =
            b.get(start..start.checked_add(entry.compressed).ok_or(ZipError::Corrupt)?).ok_or(ZipError::Corrupt)?;
        match entry.method {
            0 if data.len() > cap => Err(ZipError::TooLarge),
            0 => Ok(data.to_vec()),
            8 => inflate(data, cap),
            _ => Err(ZipError::Unsupported),
        }
    }
}

/// Raw DEFLATE to bytes, refusing more than `cap` bytes of output (the size the directory claims
/// is not trusted: a crafted file may lie about it).
pub fn inflate(data: &[u8], cap: usize) -> Result<Vec<u8>, ZipError> {
    decompress_to_vec_with_limit(data, cap).map_err(|e| match e.status {
        TINFLStatus::HasMoreOutput => ZipError::TooLarge,
        _ => ZipError::Corrupt,
    })
}
