//! Host lists (`data/*.txt`: one host a line, optionally followed by `@tag`
//! and further words the reader interprets; `#` starts a comment), compiled
//! by `build.rs` ([`compile`], which it includes with this file) into their
//! lines and a hash table of where they start, and looked up in place.
//!
//! The engine used to read the lists into a hash map each time it was
//! built, that is each time the extension's service worker woke up: 3.3 M
//! of the 49.7 M instructions of building it natively (callgrind, the CLI
//! over one post), and in V8, where building runs once in baseline code and
//! the parser was sent to the optimising compiler for nothing, 16–26 ms of
//! a wake-up's construction (Node 20, 2026-12-01, on the loaded machine). A
//! binary search over the sorted lines instead of the table made checks
//! slower (1 k instructions a post of the bench's, most of them probes of
//! the public shortener list): FNV and a probe or two are cheaper than the
//! map's SipHash was.
//!
//! FNV resists no chosen keys, and hosts come from posts; but the table is
//! fixed, so a host can cost at most the longest run of full slots, which
//! the lists alone decide.

use crate::text::fnv::fnv64;

/// A compiled host list. A host matches itself and its subdomains
/// ([`HostList::lookup`]).
#[derive(Debug)]
pub struct HostList<'a> {
    /// `host word word…` lines, each ended by a newline.
    lines: &'a str,
    /// An open-addressing table (linear probing, a power of two of slots,
    /// at most half of them full) of little-endian `u32`s: 0 for an empty
    /// slot, else where a line starts plus one; a host's first slot is its
    /// FNV-1a hash modulo the size.
    slots: &'a [u8],
}

impl<'a> HostList<'a> {
    /// The list [`compile`] made: its lines and their table.
    pub const fn new(lines: &'a str, slots: &'a [u8]) -> HostList<'a> {
        HostList { lines, slots }
    }

    /// The words after the most specific entry that `host` is or lies under.
    pub fn lookup(&self, host: &str) -> Option<Vec<&'a str>> {
        let mut rest = host;
        loop {
            if let Some(words) = self.get(rest) {
                return Some(words.split_whitespace().collect());
            }
            rest = &rest[rest.find('.')? + 1..];
        }
    }

    /// The entry's tag (`bit.ly @open` → `open`), if `host` is listed.
    pub fn tag(&self, host: &str) -> Option<&'a str> {
        let words = self.lookup(host)?;
        Some(words.iter().find_map(|w| w.strip_prefix('@')).unwrap_or(""))
    }

    pub fn contains(&self, host: &str) -> bool {
        self.get(host).is_some()
    }

    /// The words of `host`'s own line, as written after it.
    fn get(&self, host: &str) -> Option<&'a str> {
        let slots = self.slots.len() / 4;
        let mut slot = fnv64(host.as_bytes()) as usize & (slots - 1);
        loop {
            let at = slot * 4;
            let start = match u32::from_le_bytes(self.slots[at..at + 4].try_into().expect("four bytes")) {
                0 => return None,
                start => start as usize - 1,
            };
            let line = &self.lines[start..];
            if line.starts_with(host) && matches!(line.as_bytes()[host.len()], b' ' | b'\n') {
                return line[host.len()..].lines().next();
            }
            slot = (slot + 1) & (slots - 1);
        }
    }
}

/// A host list in the format of the module docs compiled: its lines
/// without comments, each `host word word…` with single spaces, and the
/// table of where they start (see [`HostList`]). The lists are part of the
/// program, so a malformed line (an upper-case host, one that starts with a
/// dot, a host listed twice) is a bug and panics.
pub fn compile(data: &str) -> (String, Vec<u8>) {
    let mut lines = String::new();
    let mut starts: Vec<(&str, u32)> = Vec::new();
    let mut listed = std::collections::HashSet::new();
    for raw in data.lines() {
        let line = raw.split_once('#').map_or(raw, |(before, _)| before);
        let mut words = line.split_whitespace();
        let Some(host) = words.next() else { continue };
        assert!(!host.bytes().any(|b| b.is_ascii_uppercase()) && !host.starts_with('.'), "host list: bad host in {raw:?}");
        assert!(listed.insert(host), "host list: {host} is listed twice");
        starts.push((host, u32::try_from(lines.len() + 1).expect("host lists fit in u32")));
        lines.push_str(&[host].into_iter().chain(words).collect::<Vec<_>>().join(" "));
        lines.push('\n');
    }
    let size = (starts.len() * 2).next_power_of_two();
    let mut slots = vec![0u32; size];
    for (host, start) in starts {
        let mut slot = fnv64(host.as_bytes()) as usize & (size - 1);
        while slots[slot] != 0 {
            slot = (slot + 1) & (size - 1);
        }
        slots[slot] = start;
    }
    (lines, slots.iter().flat_map(|s| s.to_le_bytes()).collect())
}
