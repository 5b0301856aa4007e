//! Sets of byte ranges that answer questions about a range by binary search:
//! rules and the engine ask them once per finding, and a scan of every range
//! for every finding costs the square of the text.

use std::collections::BTreeMap;
use std::ops::Range;

/// Ranges, merged where they overlap, that answer whether a range overlaps
/// one of them in logarithmic time: many findings each compared with all the
/// others cost the square of the text.
#[derive(Default)]
pub struct Covered {
    /// Start → end of disjoint ranges.
    ranges: BTreeMap<usize, usize>,
}

impl Covered {
    pub fn new(ranges: impl IntoIterator<Item = Range<usize>>) -> Covered {
        let mut covered = Covered::default();
        for range in ranges {
            covered.add(range);
        }
        covered
    }

    /// Adds `range`, merged with the ranges it overlaps.
    pub fn add(&mut self, range: Range<usize>) {
        let (mut start, mut end) = (range.start, range.end);
        while let Some((&s, &e)) = self.ranges.range(..end.max(start + 1)).next_back().filter(|&(_, &e)| e > start) {
            self.ranges.remove(&s);
            (start, end) = (start.min(s), end.max(e));
        }
        self.ranges.insert(start, end);
    }

    /// Whether `range` shares a byte with one of the ranges (an empty
    /// range, when it lies strictly inside one).
    pub fn overlaps(&self, range: &Range<usize>) -> bool {
        self.ranges.range(..range.end).next_back().is_some_and(|(_, &e)| e > range.start)
    }
}

/// Ranges that answer whether one of them encloses a range.
pub struct Enclosing {
    /// By start.
    ranges: Vec<Range<usize>>,
    /// The furthest end of `ranges[..=i]`: a range is enclosed when one
    /// starting no later ends no earlier.
    reach: Vec<usize>,
}

impl Enclosing {
    pub fn new(mut ranges: Vec<Range<usize>>) -> Enclosing {
        ranges.sort_by_key(|r| r.start);
        let reach = ranges
            .iter()
            .scan(0, |reach, r| {
                *reach = r.end.max(*reach);
                Some(*reach)
            })
            .collect();
        Enclosing { ranges, reach }
    }

    /// The ranges, by start.
    pub fn ranges(&self) -> &[Range<usize>] {
        &self.ranges
    }

    /// Whether one of the ranges starts at or before `range` and ends at or after it.
    pub fn encloses(&self, range: &Range<usize>) -> bool {
        let starting_before = self.ranges.partition_point(|r| r.start <= range.start);
        starting_before.checked_sub(1).is_some_and(|i| self.reach[i] >= range.end)
    }
}

/// Ranges that answer whether one of them lies inside a range.
pub struct Inside {
    /// The start of each range, in order.
    starts: Vec<usize>,
    /// The earliest end of the ranges from `starts[i]` on.
    earliest_end_from: Vec<usize>,
}

impl Inside {
    pub fn new(ranges: impl IntoIterator<Item = Range<usize>>) -> Inside {
        let mut ranges: Vec<(usize, usize)> = ranges.into_iter().map(|r| (r.start, r.end)).collect();
        ranges.sort_unstable();
        let mut earliest_end_from: Vec<usize> = ranges
            .iter()
            .rev()
            .scan(usize::MAX, |earliest, &(_, end)| {
                *earliest = end.min(*earliest);
                Some(*earliest)
            })
            .collect();
        earliest_end_from.reverse();
        Inside { starts: ranges.into_iter().map(|(start, _)| start).collect(), earliest_end_from }
    }

    /// Whether one of the ranges starts at or after `range` starts and ends
    /// at or before it ends.
    pub fn any_within(&self, range: &Range<usize>) -> bool {
        let first = self.starts.partition_point(|&s| s < range.start);
        self.earliest_end_from.get(first).is_some_and(|&end| end <= range.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covered_ranges_answer_overlaps() {
        let covered = Covered::new([5..8, 0..2, 7..10, 20..20]);
        assert!(covered.overlaps(&(1..3)) && covered.overlaps(&(9..12)) && covered.overlaps(&(6..6)));
        assert!(!covered.overlaps(&(2..5)) && !covered.overlaps(&(10..20)) && !covered.overlaps(&(5..5)));
        assert!(covered.overlaps(&(19..21)), "an empty range inside");
    }

    #[test]
    fn inside_ranges_answer_whether_one_lies_within() {
        let inside = Inside::new([10..20, 4..6, 12..13]);
        assert!(inside.any_within(&(4..6)) && inside.any_within(&(11..14)) && inside.any_within(&(0..30)));
        assert!(!inside.any_within(&(5..12)) && !inside.any_within(&(13..30)) && !inside.any_within(&(0..5)));
    }

    #[test]
    fn enclosing_ranges_answer_containment() {
        let enclosing = Enclosing::new(vec![10..12, 0..8, 3..4]);
        assert!(enclosing.encloses(&(3..4)) && enclosing.encloses(&(1..8)) && enclosing.encloses(&(10..10)));
        assert!(!enclosing.encloses(&(7..9)) && !enclosing.encloses(&(9..10)) && !enclosing.encloses(&(11..13)));
    }
}
