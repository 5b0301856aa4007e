//! An export as the platform hands it over — a zip, a tar.gz, an unpacked
//! folder or a single file — as the list of its [`File`]s that a reader may
//! want. Photos and videos are skipped unread: exports are mostly media.
//!
//! The zip and tar readers are small and our own, over `flate2`'s pure-Rust
//! inflate, so the same code runs in the extension's wasm.

use std::io::{self, Read, Seek, SeekFrom};

use flate2::read::{DeflateDecoder, GzDecoder};

use super::ReadError;

/// One file of an export: its path inside the export (`/`-separated) and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub path: String,
    pub bytes: Vec<u8>,
}

/// Whether a file may hold posts or an account name (every reader's files are of these kinds).
fn wanted(path: &str) -> bool {
    let lower = path.to_ascii_lowercase();
    [".js", ".json", ".csv", ".jsonl", ".car"].iter().any(|ext| lower.ends_with(ext)) && !path.contains("__MACOSX/")
}

/// The files of an export given as bytes (`name` is the file's name): a
/// zip or a tar.gz is opened, anything else is the one file.
pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Vec<File>, ReadError> {
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        read_zip(name, io::Cursor::new(bytes))
    } else if bytes.starts_with(&[0x1f, 0x8b]) {
        read_tar_gz(name, &bytes[..])
    } else {
        Ok(vec![File { path: name.to_owned(), bytes }])
    }
}

/// The files of an export on disk: a folder (walked), a zip or tar.gz
/// (opened, read as needed), or a single file.
#[cfg(not(target_arch = "wasm32"))]
pub fn open(path: &std::path::Path) -> Result<Vec<File>, ReadError> {
    let name = path.display().to_string();
    let fail = |e: io::Error| ReadError::new(&name, e.to_string());
    if path.is_dir() {
        let mut files = Vec::new();
        walk(path, path, &mut files).map_err(fail)?;
        files.sort_by(|a, b| a.path.cmp(&b.path));
        return Ok(files);
    }
    let mut file = std::fs::File::open(path).map_err(fail)?;
    let mut magic = [0u8; 4];
    let n = file.read(&mut magic).map_err(fail)?;
    file.seek(SeekFrom::Start(0)).map_err(fail)?;
    match &magic[..n] {
        [b'P', b'K', 3, 4] | [b'P', b'K', 5, 6] => read_zip(&name, io::BufReader::new(file)),
        [0x1f, 0x8b, ..] => read_tar_gz(&name, io::BufReader::new(file)),
        _ => {
            let file_name = path.file_name().map_or(name.clone(), |n| n.to_string_lossy().into_owned());
            let bytes = std::fs::read(path).map_err(fail)?;
            Ok(vec![File { path: file_name, bytes }])
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn walk(root: &std::path::Path, dir: &std::path::Path, files: &mut Vec<File>) -> io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            walk(root, &path, files)?;
            continue;
        }
        let relative = path.strip_prefix(root).unwrap_or(&path);
        let relative = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
        if wanted(&relative) {
            files.push(File { bytes: std::fs::read(&path)?, path: relative });
        }
    }
    Ok(())
}

fn u16_at(b: &[u8], at: usize) -> u64 {
    u16::from_le_bytes([b[at], b[at + 1]]) as u64
}

fn u32_at(b: &[u8], at: usize) -> u64 {
    u32::from_le_bytes(b[at..at + 4].try_into().expect("4 bytes")) as u64
}

fn u64_at(b: &[u8], at: usize) -> u64 {
    u64::from_le_bytes(b[at..at + 8].try_into().expect("8 bytes"))
}

/// Reads the wanted entries of a zip through its central directory (zip64 included).
fn read_zip<R: Read + Seek>(name: &str, mut zip: R) -> Result<Vec<File>, ReadError> {
    let bad = |what: &str| ReadError::new(name, format!("not a readable zip: {what}"));
    let io_err = |e: io::Error| ReadError::new(name, format!("cannot read the zip: {e}"));
    let len = zip.seek(SeekFrom::End(0)).map_err(io_err)?;
    // The end-of-central-directory record sits in the last 64 KiB + 22 bytes.
    let tail_len = len.min(65_557);
    let mut tail = vec![0; tail_len as usize];
    zip.seek(SeekFrom::Start(len - tail_len)).map_err(io_err)?;
    zip.read_exact(&mut tail).map_err(io_err)?;
    let eocd = (0..tail.len().saturating_sub(21)).rev().find(|&i| tail[i..].starts_with(b"PK\x05\x06")).ok_or_else(|| bad("no central directory"))?;
    let (mut count, mut dir_size, mut dir_offset) = (u16_at(&tail, eocd + 10), u32_at(&tail, eocd + 12), u32_at(&tail, eocd + 16));
    if eocd >= 20 && tail[eocd - 20..].starts_with(b"PK\x06\x07") {
        // zip64: the locator points at the zip64 end record with the full-width figures.
        let mut record = [0u8; 56];
        zip.seek(SeekFrom::Start(u64_at(&tail, eocd - 12))).map_err(io_err)?;
        zip.read_exact(&mut record).map_err(io_err)?;
        if !record.starts_with(b"PK\x06\x06") {
            return Err(bad("broken zip64 record"));
        }
        (count, dir_size, dir_offset) = (u64_at(&record, 32), u64_at(&record, 40), u64_at(&record, 48));
    }
    if dir_offset.checked_add(dir_size).is_none_or(|end| end > len) {
        return Err(bad("central directory out of bounds"));
    }
    let mut dir = vec![0; dir_size as usize];
    zip.seek(SeekFrom::Start(dir_offset)).map_err(io_err)?;
    zip.read_exact(&mut dir).map_err(io_err)?;
    let mut files = Vec::new();
    let mut at = 0;
    for _ in 0..count {
        if dir.len() < at + 46 || !dir[at..].starts_with(b"PK\x01\x02") {
            return Err(bad("broken central directory"));
        }
        let method = u16_at(&dir, at + 10);
        let (mut packed, mut size) = (u32_at(&dir, at + 20), u32_at(&dir, at + 24));
        let (name_len, extra_len, comment_len) = (u16_at(&dir, at + 28) as usize, u16_at(&dir, at + 30) as usize, u16_at(&dir, at + 32) as usize);
        let mut offset = u32_at(&dir, at + 42);
        let end = at + 46 + name_len + extra_len + comment_len;
        if dir.len() < end {
            return Err(bad("broken central directory"));
        }
        let path = String::from_utf8_lossy(&dir[at + 46..at + 46 + name_len]).into_owned();
        zip64_extra(&dir[at + 46 + name_len..at + 46 + name_len + extra_len], &mut size, &mut packed, &mut offset);
        at = end;
        if path.ends_with('/') || !wanted(&path) {
            continue;
        }
        let mut local = [0u8; 30];
        zip.seek(SeekFrom::Start(offset)).map_err(io_err)?;
        zip.read_exact(&mut local).map_err(io_err)?;
        if !local.starts_with(b"PK\x03\x04") {
            return Err(bad(&format!("broken entry {path}")));
        }
        zip.seek(SeekFrom::Current((u16_at(&local, 26) + u16_at(&local, 28)) as i64)).map_err(io_err)?;
        let data = (&mut zip).take(packed);
        let mut bytes = Vec::with_capacity(size.min(1 << 30) as usize);
        let read = match method {
            0 => { data }.read_to_end(&mut bytes),
            8 => DeflateDecoder::new(data).read_to_end(&mut bytes),
            other => return Err(ReadError::new(format!("{name}: {path}"), format!("zip compression method {other} is not supported (stored or deflate only)"))),
        };
        read.map_err(|e| ReadError::new(format!("{name}: {path}"), format!("cannot unpack: {e}")))?;
        files.push(File { path, bytes });
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Full-width sizes and offset from a zip64 extra field, for the fields that say 0xFFFFFFFF.
fn zip64_extra(mut extra: &[u8], size: &mut u64, packed: &mut u64, offset: &mut u64) {
    while extra.len() >= 4 {
        let (id, len) = (u16_at(extra, 0), u16_at(extra, 2) as usize);
        let body = &extra[4..(4 + len).min(extra.len())];
        if id == 1 {
            let mut fields = body.chunks_exact(8).map(|c| u64_at(c, 0));
            for field in [size, packed, offset] {
                if *field == 0xFFFF_FFFF {
                    match fields.next() {
                        Some(v) => *field = v,
                        None => return,
                    }
                }
            }
            return;
        }
        extra = &extra[(4 + len).min(extra.len())..];
    }
}

/// Reads the wanted entries of a gzip-compressed tar (ustar, GNU long names, pax paths).
fn read_tar_gz(name: &str, gz: impl Read) -> Result<Vec<File>, ReadError> {
    let fail = |e: io::Error| ReadError::new(name, format!("not a readable tar.gz: {e}"));
    let mut tar = GzDecoder::new(gz);
    let mut files = Vec::new();
    let mut long_name: Option<String> = None;
    let mut header = [0u8; 512];
    loop {
        if !read_block(&mut tar, &mut header).map_err(fail)? || header.iter().all(|&b| b == 0) {
            break;
        }
        let size = octal(&header[124..136]).ok_or_else(|| ReadError::new(name, "not a readable tar.gz: bad entry size"))?;
        let mut data = (&mut tar).take(size);
        let typeflag = header[156];
        let field = |range: std::ops::Range<usize>| {
            let raw = &header[range];
            String::from_utf8_lossy(&raw[..raw.iter().position(|&b| b == 0).unwrap_or(raw.len())]).into_owned()
        };
        let path = long_name.take().unwrap_or_else(|| {
            let (prefix, base) = (field(345..500), field(0..100));
            if &header[257..262] == b"ustar" && !prefix.is_empty() { format!("{prefix}/{base}") } else { base }
        });
        let mut body = Vec::new();
        match typeflag {
            b'L' | b'x' => {
                data.read_to_end(&mut body).map_err(fail)?;
                long_name = if typeflag == b'L' { Some(String::from_utf8_lossy(&body).trim_end_matches('\0').to_owned()) } else { pax_path(&body) };
            }
            b'0' | 0 if wanted(&path) => {
                data.read_to_end(&mut body).map_err(fail)?;
                files.push(File { path: path.trim_start_matches("./").to_owned(), bytes: body });
            }
            _ => {
                io::copy(&mut data, &mut io::sink()).map_err(fail)?;
            }
        }
        let padding = (512 - size % 512) % 512;
        io::copy(&mut (&mut tar).take(padding), &mut io::sink()).map_err(fail)?;
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(files)
}

/// Fills `block`; false at a clean end of the stream.
fn read_block(r: &mut impl Read, block: &mut [u8; 512]) -> io::Result<bool> {
    let mut filled = 0;
    while filled < block.len() {
        match r.read(&mut block[filled..])? {
            0 if filled == 0 => return Ok(false),
            0 => return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "truncated tar block")),
            n => filled += n,
        }
    }
    Ok(true)
}

fn octal(field: &[u8]) -> Option<u64> {
    let text = std::str::from_utf8(field).ok()?.trim_matches(|c: char| c == '\0' || c == ' ');
    if text.is_empty() {
        return Some(0);
    }
    u64::from_str_radix(text, 8).ok()
}

/// The `path` record of a pax extended header (`"LEN path=VALUE\n"` records).
fn pax_path(body: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(body);
    text.lines().find_map(|record| record.split_once(' ').and_then(|(_, kv)| kv.strip_prefix("path=")).map(str::to_owned))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A zip with one stored and one deflated entry, and a photo that is skipped.
    fn zip_bytes() -> Vec<u8> {
        let mut out = Vec::new();
        let mut central = Vec::new();
        let deflated = {
            use flate2::write::DeflateEncoder;
            use std::io::Write;
            let mut e = DeflateEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all("{\"本文\": 1}".repeat(20).as_bytes()).unwrap();
            e.finish().unwrap()
        };
        let plain = "{\"本文\": 1}".repeat(20);
        let entries: [(&str, u16, &[u8], usize); 3] = [
            ("data/account.js", 0, b"window.YTD = 1", 14),
            ("data/tweets.js", 8, &deflated, plain.len()),
            ("data/media/a.jpg", 0, b"\xff\xd8", 2),
        ];
        for (path, method, data, size) in entries {
            let offset = out.len() as u32;
            out.extend_from_slice(b"PK\x03\x04");
            out.extend_from_slice(&[20, 0, 0, 0]);
            out.extend_from_slice(&method.to_le_bytes());
            out.extend_from_slice(&[0; 8]);
            out.extend_from_slice(&(data.len() as u32).to_le_bytes());
            out.extend_from_slice(&(size as u32).to_le_bytes());
            out.extend_from_slice(&(path.len() as u16).to_le_bytes());
            out.extend_from_slice(&[0, 0]);
            out.extend_from_slice(path.as_bytes());
            out.extend_from_slice(data);
            central.extend_from_slice(b"PK\x01\x02");
            central.extend_from_slice(&[20, 0, 20, 0, 0, 0]);
            central.extend_from_slice(&method.to_le_bytes());
            central.extend_from_slice(&[0; 8]);
            central.extend_from_slice(&(data.len() as u32).to_le_bytes());
            central.extend_from_slice(&(size as u32).to_le_bytes());
            central.extend_from_slice(&(path.len() as u16).to_le_bytes());
            central.extend_from_slice(&[0; 12]);
            central.extend_from_slice(&offset.to_le_bytes());
            central.extend_from_slice(path.as_bytes());
        }
        let dir_offset = out.len() as u32;
        out.extend_from_slice(&central);
        out.extend_from_slice(b"PK\x05\x06\0\0\0\0\x03\0\x03\0");
        out.extend_from_slice(&(central.len() as u32).to_le_bytes());
        out.extend_from_slice(&dir_offset.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out
    }

    #[test]
    fn a_zip_gives_its_wanted_entries_stored_or_deflated() {
        let files = from_bytes("export.zip", zip_bytes()).unwrap();
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["data/account.js", "data/tweets.js"]);
        assert_eq!(files[0].bytes, b"window.YTD = 1");
        assert_eq!(String::from_utf8(files[1].bytes.clone()).unwrap(), "{\"本文\": 1}".repeat(20));
    }

    #[test]
    fn a_truncated_zip_is_an_error_naming_it() {
        let mut bytes = zip_bytes();
        bytes.truncate(bytes.len() - 30);
        let err = from_bytes("export.zip", bytes).unwrap_err();
        assert_eq!(err.file, "export.zip");
        assert!(err.message.contains("zip"), "{}", err.message);
    }

    #[test]
    fn a_tar_gz_gives_its_wanted_entries_with_long_names() {
        let long = format!("{}/outbox.json", "d".repeat(120));
        let mut tar = Vec::new();
        let mut entry = |name: &str, flag: u8, body: &[u8]| {
            let mut h = [0u8; 512];
            h[..name.len().min(100)].copy_from_slice(&name.as_bytes()[..name.len().min(100)]);
            h[124..135].copy_from_slice(format!("{:011o}", body.len()).as_bytes());
            h[156] = flag;
            h[257..262].copy_from_slice(b"ustar");
            tar.extend_from_slice(&h);
            tar.extend_from_slice(body);
            tar.resize(tar.len().div_ceil(512) * 512, 0);
        };
        entry("././@LongLink", b'L', long.as_bytes());
        entry("truncated", b'0', b"{\"a\": 1}");
        entry("./actor.json", b'0', b"{}");
        entry("media/x.png", b'0', b"\x89PNG");
        tar.extend_from_slice(&[0; 1024]);
        let gz = {
            use std::io::Write;
            let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
            e.write_all(&tar).unwrap();
            e.finish().unwrap()
        };
        let files = from_bytes("archive.tar.gz", gz).unwrap();
        let paths: Vec<&str> = files.iter().map(|f| f.path.as_str()).collect();
        assert_eq!(paths, ["actor.json", long.as_str()]);
        assert_eq!(files[1].bytes, b"{\"a\": 1}");
    }

    #[test]
    fn any_other_bytes_are_the_one_file() {
        let files = from_bytes("posts.jsonl", b"{}".to_vec()).unwrap();
        assert_eq!(files, [File { path: "posts.jsonl".into(), bytes: b"{}".to_vec() }]);
    }
}
