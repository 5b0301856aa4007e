//! The words around a number, address or name that say whose it is:
//! `マイナンバー`, `個人携帯`, `自宅`, `会場`, `校長` (`data/personal_labels.txt`).
//! Found once per check; every detector asks whether a label of some kind
//! stands near its candidate.

use std::ops::Range;

use crate::rules::lists::PERSONAL_LABELS as LABELS;
use crate::text::Normalized;


/// What a label says (the tags of `personal_labels.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    MyNumber,
    IdNumber,
    Private,
    WorkPhone,
    Office,
    Home,
    Venue,
    Class,
    Birthday,
    Score,
    Staff,
    Myself,
    Condition,
    Record,
}

impl Kind {
    fn from_tag(tag: &str) -> Kind {
        match tag {
            "mynumber" => Kind::MyNumber,
            "idnumber" => Kind::IdNumber,
            "private" => Kind::Private,
            "work_phone" => Kind::WorkPhone,
            "office" => Kind::Office,
            "home" => Kind::Home,
            "venue" => Kind::Venue,
            "class" => Kind::Class,
            "birthday" => Kind::Birthday,
            "score" => Kind::Score,
            "staff" => Kind::Staff,
            "myself" => Kind::Myself,
            "condition" => Kind::Condition,
            "record" => Kind::Record,
            other => panic!("personal_labels.txt: unknown tag @{other}"),
        }
    }
}

/// How far, in characters, a label may stand from what it labels.
pub const REACH: usize = 20;

/// The labels of one text, with spans in bytes of the original.
pub struct Labels<'a> {
    original: &'a str,
    /// By position: the lookups below search it, so that a long text with
    /// many labels and many things to label stays linear.
    found: Vec<(Range<usize>, Kind)>,
    /// The length in bytes of the longest label found.
    longest: usize,
}

impl<'a> Labels<'a> {
    pub fn find(text: &'a Normalized) -> Labels<'a> {
        let found: Vec<(Range<usize>, Kind)> =
            LABELS.find(text).into_iter().map(|m| (text.compact.original_range(m.range), Kind::from_tag(m.tag))).collect();
        let longest = found.iter().map(|(r, _)| r.len()).max().unwrap_or(0);
        Labels { original: text.original, found, longest }
    }

    /// The labels of `kind`, by position.
    pub fn of(&self, kind: Kind) -> impl Iterator<Item = &Range<usize>> + '_ {
        self.found.iter().filter(move |(_, k)| *k == kind).map(|(r, _)| r)
    }

    /// The labels of `kind` that start inside `starts` (original bytes).
    fn starting_in(&self, kind: Kind, starts: Range<usize>) -> impl Iterator<Item = &Range<usize>> + '_ {
        let first = self.found.partition_point(|(r, _)| r.start < starts.start);
        self.found[first..].iter().take_while(move |(r, _)| r.start < starts.end).filter(move |(_, k)| *k == kind).map(|(r, _)| r)
    }

    /// The labels of `kind` that lie inside `range` (original bytes).
    pub fn inside(&self, kind: Kind, range: &Range<usize>) -> impl Iterator<Item = &Range<usize>> + '_ {
        let end = range.end;
        self.starting_in(kind, range.clone()).filter(move |r| r.end <= end)
    }

    /// Whether a label of `kind` starts at byte `at`.
    pub fn starts_at(&self, kind: Kind, at: usize) -> bool {
        self.starting_in(kind, at..at + 1).next().is_some()
    }

    /// The labels of `kind` that may stand within `reach` characters of
    /// `span`: a character takes at most four bytes.
    fn around(&self, kind: Kind, span: &Range<usize>, reach: usize) -> impl Iterator<Item = &Range<usize>> + '_ {
        let start = span.start.saturating_sub(4 * reach + self.longest);
        self.starting_in(kind, start..span.end + 4 * reach + 1)
    }

    /// Whether a label of `kind` stands within `reach` characters of `span`
    /// (original bytes), in the same sentence.
    pub fn near(&self, kind: Kind, span: &Range<usize>, reach: usize) -> bool {
        self.distance(kind, span, reach).is_some()
    }

    /// Whether a label of `kind` stands within `reach` of `span` and closer
    /// than any label of `rival` (`自宅` nearer than `会場`).
    pub fn nearer(&self, kind: Kind, rival: Kind, span: &Range<usize>, reach: usize) -> bool {
        match (self.distance(kind, span, reach), self.distance(rival, span, reach)) {
            (Some(gap), Some(rival_gap)) => gap < rival_gap,
            (gap, _) => gap.is_some(),
        }
    }

    /// Whether a label of `kind` ends before `span`, with at most `reach`
    /// characters between them in the same sentence.
    pub fn before(&self, kind: Kind, span: &Range<usize>, reach: usize) -> bool {
        self.around(kind, span, reach).any(|label| label.end <= span.start && self.gap(label, span, reach).is_some())
    }

    /// The number of characters to the nearest label of `kind` within
    /// `reach` of `span`, in the same sentence.
    fn distance(&self, kind: Kind, span: &Range<usize>, reach: usize) -> Option<usize> {
        self.around(kind, span, reach).filter_map(|label| self.gap(label, span, reach)).min()
    }

    /// The number of characters between two spans, or `None` when there are
    /// more than `reach` or a sentence ends between them.
    fn gap(&self, a: &Range<usize>, b: &Range<usize>, reach: usize) -> Option<usize> {
        let between = if a.end <= b.start {
            a.end..b.start
        } else if b.end <= a.start {
            b.end..a.start
        } else {
            0..0
        };
        // A character takes at most four bytes: skip far labels unread.
        if between.len() > 4 * reach {
            return None;
        }
        let between = &self.original[between];
        let chars = between.chars().count();
        (chars <= reach && !between.contains(['。', '！', '？', '\n'])).then_some(chars)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An unknown tag would panic on the first post that matches its term,
    /// so every tag of the list is checked here.
    #[test]
    fn every_tag_in_the_list_is_known() {
        let tags = include_str!("../data/personal_labels.txt").split_whitespace().filter_map(|w| w.strip_prefix('@'));
        for tag in tags {
            Kind::from_tag(tag);
        }
    }

    #[test]
    fn labels_reach_within_a_sentence_only() {
        let text = Normalized::new("自宅は遠い。090-1111-2222");
        let labels = Labels::find(&text);
        let number = text.original.find("090").unwrap()..text.original.len();
        assert!(!labels.near(Kind::Home, &number, REACH));
        let text = Normalized::new("自宅 090-1111-2222");
        assert!(Labels::find(&text).near(Kind::Home, &(7..text.original.len()), REACH));
    }
}
