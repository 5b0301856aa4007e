//! Context shared by the rules: sentences and quotation, so a rule can tell
//! a *use* of a word from a *mention* of it (an anti-bullying post quoting
//! 「キモい」 is not an insult).

use std::cell::OnceCell;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;
use std::sync::LazyLock;

use super::{lists, Context};
use crate::text::terms::{TermList, TermMatch};
use crate::text::spans::{Covered, Enclosing, Inside};
use crate::text::{find_chars, Normalized, Script, View};
use crate::words::{Token, Under};

/// Where a text mentions words rather than using them: its quotations and
/// mention cues, found once per check (rules reach it through
/// [`Context::mentions`]) so that rules with many matches ask about each one
/// without scanning the text again.
pub struct Mentions<'t> {
    text: &'t Normalized<'t>,
    /// Quotation marks: the byte range between an opening mark and its
    /// closing mark on the same line (compact view).
    quotations: Enclosing,
    /// The mention cues, by start.
    cues: Vec<Range<usize>>,
    /// The cues that also reach back to the sentence before theirs (tagged
    /// `back`: `…受け子集めの書き込みです。ご注意ください。`), by start.
    cues_back: Vec<Range<usize>>,
    /// Pronouns that point back at people named before (`they`, `彼ら`;
    /// tagged `anaphor` in the same list), by start.
    anaphors: Vec<Range<usize>>,
    /// Where the post's lesson heading starts ([`Mentions::in_lesson`]),
    /// found on first use.
    lesson: OnceCell<Option<usize>>,
}

impl<'t> Mentions<'t> {
    pub fn new(text: &'t Normalized<'t>) -> Self {
        let (anaphors, found): (Vec<_>, Vec<_>) = lists::MENTION_CUES.find(text).into_iter().partition(|m| has_tag(m.tag, "anaphor"));
        let cues_back = ranges_tagged(&found, "back");
        let cues = found.into_iter().map(|m| m.range).collect();
        let anaphors = anaphors.into_iter().map(|m| m.range).collect();
        Mentions { text, quotations: Enclosing::new(quotations(text.compact.as_str())), cues, cues_back, anaphors, lesson: OnceCell::new() }
    }

    /// Whether the word at `range` (compact view) is *mentioned* rather than
    /// used: quoted, or in a sentence that teaches, warns or asks people not
    /// to (`「キモい」は人を傷つけます`, `無断転載はご遠慮ください`, `拡散希望の
    /// 投稿をすぐにシェアしないことを学びました`). A cue that overlaps the word
    /// itself does not count.
    pub fn is_mention(&self, range: &Range<usize>) -> bool {
        self.is_mention_of(std::slice::from_ref(range))
    }

    /// Whether a statement made of several words in one sentence (`parts`:
    /// a group term and what is said of it) is mentioned rather than made:
    /// one of its words is quoted, or the sentence carries a mention cue that
    /// is not itself one of the words (in `近づかないように` the cue `ないよう
    /// に` is part of the statement, not a lesson about it) and is not inside
    /// a quotation (a quoted `「持ち帰り禁止」` frames nothing outside it), or the
    /// next sentence opens with a warning or lesson that looks back at it
    /// (`SNSで受け子の勧誘が増えています。ご注意ください。`). News told in
    /// the reporter's voice (`…の疑いで逮捕しました`, `…とみて調べています`,
    /// `police said`) is a report of someone else's act: its cues are tagged
    /// `report` in the same list and frame their sentence like the others.
    pub fn is_mention_of(&self, parts: &[Range<usize>]) -> bool {
        let Some(first) = parts.first() else { return false };
        if parts.iter().any(|r| self.quotations.encloses(r)) {
            return true;
        }
        let sentence = self.text.compact.sentence(first);
        let words = Covered::new(parts.iter().cloned());
        let in_statement = |cue: &Range<usize>| words.overlaps(cue);
        // At the text's end there is no next sentence (asked for, the view
        // gives back the last one).
        let next = self.text.compact.sentence(&(sentence.end..sentence.end));
        let quoted = |cue: &Range<usize>| self.quotations.encloses(cue);
        cue_within(&self.cues, &sentence, |cue| in_statement(cue) || quoted(cue)) || (next.start >= sentence.end && cue_within(&self.cues_back, &next, quoted))
    }

    /// Whether the sentence after the one of `range` (compact view) opens
    /// with a warning or lesson that looks back at it (a cue tagged `back`
    /// outside quotation marks: `…回っているようです。不確かな話の拡散は
    /// 控えましょう。`), as [`Mentions::is_mention_of`] asks.
    pub fn is_looked_back_at(&self, range: &Range<usize>) -> bool {
        let sentence = self.text.compact.sentence(range);
        let next = self.text.compact.sentence(&(sentence.end..sentence.end));
        next.start >= sentence.end && cue_within(&self.cues_back, &next, |cue| self.quotations.encloses(cue))
    }

    /// Whether a mention cue lies inside `range` (compact view): the
    /// sentence there teaches, warns or asks people not to, whatever words
    /// it uses.
    pub fn has_cue_within(&self, range: &Range<usize>) -> bool {
        let first = self.cues.partition_point(|cue| cue.start < range.start);
        self.cues[first..].iter().take_while(|cue| cue.start < range.end).any(|cue| cue.end <= range.end)
    }

    /// Whether the word at `range` (compact view) is mentioned
    /// ([`Mentions::is_mention`]) or named by a lesson under its heading
    /// ([`Mentions::in_lesson`]): how the rules whose words lessons name
    /// (crimes, harmful sites, insults, slurs) tell a word taught from a
    /// word used.
    pub fn is_taught(&self, range: &Range<usize>) -> bool {
        self.is_mention(range) || self.in_lesson(range)
    }

    /// Whether `range` (compact view) tells what a lesson taught: the post's
    /// first sentence is the heading of a lesson or the report of a class
    /// ([`LESSON_HEADINGS`]: `薬物乱用防止教室を開催しました`, `スマホ教室・
    /// 報告`, `Cyber-safety tip:`; not a notice to parents, where the writer
    /// speaks) at or before `range`, the
    /// sentence of `range` speaks politely (`…大麻が売られている実態を聞き
    /// ました`) or is an item of a list (`・ネット通販の詐欺サイト`), and the
    /// post laughs nowhere. Such a sentence needs no cue of its own. A
    /// casual sentence under the heading (`あんな奴、次に会ったら殴ってやろうか
    /// と思いました` is polite; `あいつらに税金使うなら日本人の子どもに使えよ` is
    /// not) is the writer speaking, and so is a post that laughs (`出前授業の
    /// 後、生徒に酒を飲ませたｗ`). Rules whose words a lesson names (crimes,
    /// harmful sites, cruelty, insults) ask it; others (a secret told in a
    /// training's report) do not.
    pub fn in_lesson(&self, range: &Range<usize>) -> bool {
        let heading = *self.lesson.get_or_init(|| {
            let compact = self.text.compact.as_str();
            let first = &compact[self.text.compact.sentence(&(0..0))];
            let headings = &*LESSON_HEADINGS;
            let heading = headings.heading.iter().filter_map(|h| first.find(h.as_str())).min().or_else(|| title_names_lesson(compact, headings))?;
            // The folded view keeps the spaces that end a laugh (`笑 明日も`).
            let laughs = headings.laugh.iter().any(|l| laughs_with(self.text.folded.as_str(), l));
            (!laughs).then_some(heading)
        });
        if !heading.is_some_and(|at| at <= range.start) {
            return false;
        }
        let sentence = &self.text.compact.as_str()[self.text.compact.sentence(range)];
        sentence.starts_with(LIST_ITEM) || LESSON_HEADINGS.polite.iter().any(|p| sentence.contains(p.as_str()))
    }

    /// The insides of the text's quotations (compact view), in order.
    pub fn quotations(&self) -> &[Range<usize>] {
        self.quotations.ranges()
    }

    /// Statements made of two kinds of words that meet in one sentence: a
    /// subject (`外国人`, `候補`) and what is said or done about it (`呼ばない`,
    /// `一票を`), both lists by start; or a predicate in a sentence that
    /// points back with a pronoun (`They…`, `彼らは…`) and a subject in the
    /// sentence before. Returns, for each sentence where a
    /// subject and a predicate meet and the statement is not a mention, the
    /// compact-view range from its first word to its last.
    pub fn statements(&self, subjects: &[Range<usize>], predicates: &[Range<usize>]) -> Vec<Range<usize>> {
        let mut found: Vec<Range<usize>> = Vec::new();
        let mut last_sentence = None;
        for predicate in predicates {
            let sentence = self.text.compact.sentence(predicate);
            // Predicates by start: the sentences come in order.
            if last_sentence.as_ref() == Some(&sentence) {
                continue;
            }
            last_sentence = Some(sentence.clone());
            let mut parts: Vec<Range<usize>> = ranges_within(subjects, &sentence).collect();
            // A sentence that names no subject but points back with a
            // pronoun (`…the Ainu kids. They never sit still.`) says its
            // predicate of the sentence before.
            if parts.is_empty() && ranges_within(&self.anaphors, &sentence).next().is_some() {
                if let Some((before, _)) = self.text.compact.as_str()[..sentence.start].char_indices().next_back() {
                    parts.extend(ranges_within(subjects, &self.text.compact.sentence(&(before..before))));
                }
            }
            if parts.is_empty() {
                continue;
            }
            parts.extend(ranges_within(predicates, &sentence));
            if self.is_mention_of(&parts) {
                continue;
            }
            let start = parts.iter().map(|r| r.start).min().unwrap_or(predicate.start);
            let end = parts.iter().map(|r| r.end).max().unwrap_or(predicate.end);
            found.push(start..end);
        }
        found
    }
}

/// The strings of `data/lesson_headings.txt`, folded like the compact view.
#[derive(Default)]
struct LessonHeadings {
    heading: Vec<String>,
    /// Names of lessons that make a heading only as a short title line of
    /// their own (`【5年生 総合】`: `総合` in a sentence teaches nothing).
    title: Vec<String>,
    polite: Vec<String>,
    laugh: Vec<String>,
}

/// Whether the sentence of `range` (in `view`) is an item of a list
/// (`・勝手に写真を載せる`): under a lesson's heading, an example named.
pub fn is_list_item(view: &View, range: &Range<usize>) -> bool {
    view.as_str()[view.sentence(range)].starts_with(LIST_ITEM)
}

/// Marks that open an item of a list (compact view).
const LIST_ITEM: &[char] = &['・', '•', '●', '○', '◆', '◇', '■', '□', '-', '*', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨', '⑩'];

static LESSON_HEADINGS: LazyLock<LessonHeadings> = LazyLock::new(|| {
    let mut headings = LessonHeadings::default();
    for line in data_file!("rules/data/lesson_headings.txt").lines() {
        let Some((term, tag)) = line.rsplit_once(" @") else { continue };
        let kind = match tag.trim() {
            "heading" => &mut headings.heading,
            "title" => &mut headings.title,
            "polite" => &mut headings.polite,
            _ => &mut headings.laugh,
        };
        let term = term.trim();
        kind.push(crate::text::terms::literal_term(term.strip_suffix('*').unwrap_or(term)));
    }
    headings
});

/// Where the title line of `text` (compact view) starts, when the post's
/// first line is a title naming a lesson: short, on a line of its own, not
/// a sentence (no full stop, no polite ending: `総合的に判断しました`), and
/// holding one of the titles (`【5年生 総合】「SNSとのつきあい方」`). A first
/// line that runs on into the post is no title.
fn title_names_lesson(text: &str, headings: &LessonHeadings) -> Option<usize> {
    let line = &text[..text.find('\n')?];
    let sentence = line.trim_end().ends_with(['。', '.']) || headings.polite.iter().any(|p| line.contains(p.as_str()));
    let short = line.chars().count() <= 40 && !sentence;
    (short && headings.title.iter().any(|t| line.contains(t.as_str()))).then_some(0)
}

/// Whether `text` laughs with `mark` (`w`, `笑`, `lol`): a run of it that
/// no letter of its script follows (`笑顔`, `lollipop`, `www.` are not
/// laughter; `楽しかったｗ明日も` is) and, for a Latin mark, no Latin letter or
/// digit comes before (`show`).
fn laughs_with(text: &str, mark: &str) -> bool {
    let latin = mark.is_ascii();
    // Each run is read once, from its first mark: linear in the text.
    text.match_indices(mark).filter(|&(at, _)| !text[..at].ends_with(mark)).any(|(at, _)| {
        let before_ok = !latin || !text[..at].chars().next_back().is_some_and(|c| c.is_ascii_alphanumeric());
        let mut rest = &text[at..];
        while let Some(r) = rest.strip_prefix(mark) {
            rest = r;
        }
        let letter = |c: char| if latin { c.is_ascii_alphabetic() || c == '.' } else { c.is_alphabetic() };
        before_ok && !rest.chars().next().is_some_and(letter)
    })
}

/// Whether one of `cues` (by start) lies inside `span` and is not `excluded`.
fn cue_within(cues: &[Range<usize>], span: &Range<usize>, excluded: impl Fn(&Range<usize>) -> bool) -> bool {
    ranges_within(cues, span).any(|cue| !excluded(&cue))
}

/// The ranges of `words` (by start) that lie inside `span`.
fn ranges_within<'w>(words: &'w [Range<usize>], span: &Range<usize>) -> impl Iterator<Item = Range<usize>> + 'w {
    let (start, end) = (span.start, span.end);
    let first = words.partition_point(|r| r.start < start);
    words[first..].iter().take_while(move |r| r.start < end).filter(move |r| r.end <= end).cloned()
}

/// The insides of the quotations of `text`, line by line: an opening mark
/// runs to the first closing mark of its kind after it. The typewriter
/// mark `'` quotes too (`read out 'ウザい、消えろ' from a fake chat`), but it
/// is also the apostrophe of `don't` and `teachers'`, and more often than
/// not a scare quote around the writer's own words (`drink 'just one
/// beer'`, `a 'painless exit'`): it opens only after a word of saying
/// ([`introduces_speech`]) with no letter or digit just before it and no
/// space just after, and closes only where no space is just before it and
/// no letter or digit just after.
fn quotations(text: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    // For each kind of quotation mark, where the open quotation's inside starts.
    let mut open = [None; QUOTES.len()];
    let mut open_single = None;
    // Where the last typewriter quotation closed (past its mark): the
    // next one may be another item of its list.
    let mut closed_single: Option<usize> = None;
    // Only line breaks and quotation marks matter, found by their bytes
    // rather than by decoding every character ([`find_chars`]).
    for (at, c) in find_chars(text, &QUOTATION_MARKS_AND_BREAK) {
        if c == '\n' {
            open = [None; QUOTES.len()];
            open_single = None;
            closed_single = None;
            continue;
        }
        if c == '\'' {
            let previous = text[..at].chars().next_back();
            let after = text[at + 1..].chars().next();
            let word_before = previous.is_some_and(char::is_alphanumeric);
            let space_before = previous.is_none_or(char::is_whitespace);
            let word_after = after.is_some_and(char::is_alphanumeric);
            let space_after = after.is_none_or(char::is_whitespace);
            match open_single {
                Some(start) if !space_before && !word_after => {
                    found.push(start..at);
                    open_single = None;
                    closed_single = Some(at + 1);
                }
                None if !word_before && !space_after && (introduces_speech(&text[..at]) || closed_single.is_some_and(|end| end <= at && joins_list_items(&text[end..at]))) => {
                    open_single = Some(at + 1)
                }
                _ => {}
            }
            continue;
        }
        for (inside, &(opening, closing)) in open.iter_mut().zip(QUOTES) {
            match *inside {
                Some(start) if c == closing => {
                    found.push(start..at);
                    *inside = None;
                }
                None if c == opening => *inside = Some(at + c.len_utf8()),
                _ => {}
            }
        }
    }
    found
}

/// English words after which a quotation is what someone said or wrote,
/// not a scare quote: verbs of saying (`she told me '…'`, `saying, '…'`),
/// `out` (`read out`, `called out`), and `like` or nouns that name words
/// (`phrases like '…'`, `the word '…'`).
const SPEECH_WORDS: &[&str] = &[
    "say", "says", "said", "saying", "tell", "tells", "told", "telling", "ask", "asks", "asked", "asking", "call", "calls", "called", "calling", "write", "writes", "wrote", "written", "writing", "read", "reads", "reading", "shout", "shouted", "shouting",
    "yell", "yelled", "yelling", "scream", "screamed", "reply", "replied", "answer", "answered", "out", "like", "word", "words", "phrase", "phrases", "message", "comment", "comments", "slogan",
    // a work named by its title (`We watched '3 Idiots'`, `the film 'Bully'`)
    "watch", "watched", "watching", "saw", "film", "movie", "book", "novel", "song", "play", "titled", "entitled", "named",
];

/// Whether the text between a closed typewriter quotation and the next
/// mark (`between`) only joins items of a list (`like 'stupid', 'ugly' and
/// 'loser'`): the next quotation is another item of what was introduced.
fn joins_list_items(between: &str) -> bool {
    matches!(between.trim(), "," | "、" | "/" | "and" | "or" | ", and" | ", or" | "&")
}

/// Whether the text before a typewriter quotation mark (`before`, compact
/// view) ends in a word of [`SPEECH_WORDS`], perhaps followed by a comma or
/// colon, or by one object pronoun (`told me '…'`).
fn introduces_speech(before: &str) -> bool {
    let before = before.trim_end().trim_end_matches([',', ':']).trim_end();
    let mut words = before.rsplit(|c: char| !c.is_alphabetic());
    let last = words.next().unwrap_or_default();
    let is_speech = |w: &str| SPEECH_WORDS.contains(&w);
    is_speech(last) || (matches!(last, "me" | "us" | "him" | "her" | "them" | "you") && words.next().is_some_and(is_speech))
}

/// Whether a term match meets the conditions its word list puts on how it
/// was written. A list line tagged `katakana` (tags are separated by commas:
/// `カス @katakana`, `チョン @slur,katakana`) only counts when the original is
/// written in katakana: `カス` and `クズ` are insults, `いかす`, `ごまかす` and
/// `紙くず` are not. An entry of katakana and kanji (`タイ人`) asks it of its
/// kana: `タイ人` is the Thai, `したい人` (`たい人` folded) someone who wants to.
fn is_written_as_listed(text: &Normalized, m: &TermMatch) -> bool {
    !has_tag(m.tag, "katakana") || is_written_in_kana_of(&text.compact, &m.range, Script::Katakana)
}

/// Whether the kana of `range` (in `view`) were all written in `script`
/// (kanji may stand beside them), and there are some.
fn is_written_in_kana_of(view: &View, range: &Range<usize>, script: Script) -> bool {
    let segments = &view.segments()[view.segment_index(range.start)..view.segment_index(range.end)];
    segments.iter().any(|s| s.script == script) && segments.iter().all(|s| s.script == script || s.script == Script::Kanji)
}

/// The matches of `list` in `text` that are written as listed
/// ([`is_written_as_listed`]).
pub fn find_as_listed<'l>(list: &'l TermList, text: &Normalized) -> Vec<TermMatch<'l>> {
    as_listed(text, list.find(text))
}

/// The matches among `matches` (of a list in `text`) that are written as
/// listed ([`is_written_as_listed`]).
pub fn as_listed<'l>(text: &Normalized, matches: Vec<TermMatch<'l>>) -> Vec<TermMatch<'l>> {
    matches.into_iter().filter(|m| is_written_as_listed(text, m)).collect()
}

/// The ranges of the matches tagged `name`.
pub fn ranges_tagged(matches: &[TermMatch], name: &str) -> Vec<Range<usize>> {
    matches.iter().filter(|m| has_tag(m.tag, name)).map(|m| m.range.clone()).collect()
}

/// Whether the comma-separated tags of a word-list line include `name`.
pub fn has_tag(tags: &str, name: &str) -> bool {
    tags.split(',').any(|t| t == name)
}

/// Whether every character of `range` (in `view`) was written in `script`.
pub fn is_written_in(view: &View, range: &Range<usize>, script: Script) -> bool {
    let segments = &view.segments()[view.segment_index(range.start)..view.segment_index(range.end)];
    !segments.is_empty() && segments.iter().all(|s| s.script == script)
}

/// Pairs of quotation marks, as they appear in the folded view (NFKC turns
/// full-width `＂` into `"`).
const QUOTES: &[(char, char)] = &[('「', '」'), ('『', '』'), ('“', '”'), ('"', '"'), ('‘', '’'), ('《', '》'), ('〈', '〉')];

/// `text` without the closing quotation marks it ends with
/// (`「どう思う？」` → `「どう思う？`): [`QUOTES`]' closing marks and the
/// typewriter mark `'`.
pub fn without_closing_quotes(text: &str) -> &str {
    text.trim_end_matches(|c| c == '\'' || QUOTES.iter().any(|&(_, closing)| closing == c))
}

/// The marks of [`QUOTES`], the typewriter mark `'` and the line break that
/// ends every quotation:
/// the only characters [`quotations`] reads, found by their bytes
/// ([`find_chars`]; a test keeps the list whole). Decoding every character
/// of a text to ask about the marks was 3 % of the instructions of a
/// 10,000-character check (callgrind), and asking of each whether it may be
/// a mark still 0.11 M of its 18.97 M (2026-11-30).
const QUOTATION_MARKS_AND_BREAK: [char; 15] = ['\n', '\'', '「', '」', '『', '』', '“', '”', '"', '‘', '’', '《', '》', '〈', '〉'];

/// The terms of a topic-and-cue list that apply to `text`, each tagged
/// with its kind. Such a list (`data/illegal.txt`, …) tags every entry:
///
/// ```text
/// 覚えてろ @threat               flagged on its own
/// 大麻 @topic:drug                flagged when a cue of its kind is near:
/// 売ります @cue:drug              in the same sentence or one next to it
/// 連絡して @cue:drug,crimejob     one entry may serve several kinds,
/// ビール @topic:minor+cue:drunkdrive   and play several roles
/// パブリックコメント @veto:draft   anywhere in the post: nothing of that kind is flagged
/// =炎上させる @called:doxx        flagged on its own where its verb is a call or a resolve
/// ```
///
/// A `called:` entry is a lemma whose act is an offence only when urged or
/// resolved ([`is_call_or_resolve`]): one entry finds `炎上させようぜ`,
/// `炎上させてやれ` and `炎上させてください`, and not the news of
/// `炎上させた少年が逮捕された` nor `炎上させないで`.
///
/// Negations are allow phrases (`!必要ない` keeps the cue `必要` from
/// counting). Mentions (see [`Mentions::is_mention`]) are not flagged.
///
/// An entry that is only a cue counts only near a topic, so the list's
/// lemma entries that are only cues, which need words, are looked for only
/// around the topics found without them
/// ([`TermList::find_gating_lemmas`]): `売る`, `回す`, `配る` of
/// `data/illegal.txt` are in many a school's post with no topic near.
pub fn cued_terms<'l>(cx: &Context, list: &'l TermList) -> Vec<TermMatch<'l>> {
    let text = cx.text;
    let only_a_cue = |tag: &str| tag.split('+').all(|role| role.starts_with("cue:"));
    let matches = list.find_gating_lemmas(text, only_a_cue, |others| {
        others.filter(|(_, tag)| kinds_in_role(tag, "topic:").next().is_some()).map(|(topic, _)| neighbourhood(&text.compact, &topic)).collect()
    });
    let vetoed: BTreeSet<&str> = matches.iter().flat_map(|m| kinds_in_role(m.tag, "veto:")).collect();
    // The cues of each kind, so that a topic asks whether one is near by a
    // binary search: a long text of topics without a cue looked at every
    // match around each of them.
    let mut cues: BTreeMap<&str, Vec<Range<usize>>> = BTreeMap::new();
    for m in &matches {
        for kind in kinds_in_role(m.tag, "cue:") {
            cues.entry(kind).or_default().push(m.range.clone());
        }
    }
    let cues: BTreeMap<&str, Inside> = cues.into_iter().map(|(kind, ranges)| (kind, Inside::new(ranges))).collect();
    let view = &text.compact;
    // A word inside a link's address (`av-ranking.jp`, `free-anime.example`)
    // names the page, not what the post says: the link rules read links.
    let in_link = |m: &TermMatch| {
        let span = view.original_range(m.range.clone());
        let i = cx.links.partition_point(|l| l.span.end <= span.start);
        cx.links.get(i).is_some_and(|l| l.span.start <= span.start && span.end <= l.span.end)
    };
    let cued = |topic: &TermMatch, kind: &str| cues.get(kind).is_some_and(|c| c.any_within(&neighbourhood(view, &topic.range)));
    let mut hits: Vec<TermMatch<'l>> = Vec::new();
    for m in &matches {
        let kind = if let Some(kind) = kinds_in_role(m.tag, "called:").next() {
            if !is_call_or_resolve(&words_under(text, &m.range)) {
                continue;
            }
            kind
        } else if m.tag.contains(':') {
            let Some(kind) = kinds_in_role(m.tag, "topic:").find(|k| cued(m, k)) else { continue };
            kind
        } else {
            m.tag
        };
        if vetoed.contains(&kind) || cx.mentions().is_mention(&m.range) || in_link(m) {
            continue;
        }
        // Entries of one kind in one sentence (`まだ公表されていない` and
        // `公表されていない情報`; `期末テスト` and its `作文のテーマ`) are one
        // finding.
        match hits.last_mut() {
            Some(last) if last.tag == kind && m.range.start < view.sentence(&last.range).end => last.range.end = last.range.end.max(m.range.end),
            _ => hits.push(TermMatch { range: m.range.clone(), tag: kind }),
        }
    }
    hits
}

/// The kinds a list entry's tag gives it in `role` (`"cue:"`, …):
/// `topic:minor+cue:drunkdrive,drug` is a cue of `drunkdrive` and `drug`.
pub fn kinds_in_role<'l>(tag: &'l str, role: &'static str) -> impl Iterator<Item = &'l str> {
    tag.split('+').filter_map(move |r| r.strip_prefix(role)).flat_map(|k| k.split(','))
}

/// The sentence around `range` with the sentences just before and after
/// it: a cue often sits next door (`テレビで紹介されました！スクショです`).
pub fn neighbourhood(view: &View, range: &Range<usize>) -> Range<usize> {
    let here = with_sentence_before(view, range);
    here.start..view.sentence(&(here.end..here.end)).end
}

/// [`neighbourhood`] cut to `reach` bytes each side of `range`: the words a
/// reading looks at around a hit, never the whole of a long text that has
/// no sentence end (a megabyte of one phrase read again from each of its
/// hits is quadratic: the bench's families).
pub fn neighbourhood_within(view: &View, range: &Range<usize>, reach: usize) -> Range<usize> {
    let near = neighbourhood(view, range);
    let s = view.as_str();
    s.ceil_char_boundary(near.start.max(range.start.saturating_sub(reach)))..s.floor_char_boundary(near.end.min(range.end + reach))
}

/// The sentence around `range` with the sentence after it: where a word
/// read only beside another (a person a judgement is said of, a group a
/// trait is said of) may be, seen from the other word.
pub fn with_sentence_after(view: &View, range: &Range<usize>) -> Range<usize> {
    let here = view.sentence(range);
    here.start..view.sentence(&(here.end..here.end)).end
}

/// The sentence around `range` with the sentence before it: where
/// [`Mentions::statements`] looks for the subject of a predicate at `range`.
pub fn with_sentence_before(view: &View, range: &Range<usize>) -> Range<usize> {
    let here = view.sentence(range);
    let before = view.as_str()[..here.start].char_indices().next_back().map_or(0, |(i, _)| i);
    view.sentence(&(before..before)).start..here.end
}

/// The inflection of a verb: of the words after it (`after`), the
/// auxiliaries and particles, through `する` (`報道はされて`, `掲載しません`),
/// up to the next word of content or a mark.
pub fn inflection<'w>(after: impl Iterator<Item = &'w Token>) -> impl Iterator<Item = &'w Token> {
    after.take_while(|t| !matches!(t.pos(), "名詞" | "記号") && !(t.pos() == "動詞" && t.subclass() == "自立" && t.lemma() != "する"))
}

/// The sentences of the compact view that hold one of `words` (anchor
/// words: [`Context::anchors`]), each once and in order, with where the
/// first of the words in it starts: how a reading that starts from an
/// anchor word (`違法`, `検討`) tokenises each sentence it needs once,
/// however often the word comes.
pub fn sentences_holding(cx: &Context, words: &[&str]) -> Vec<(usize, Range<usize>)> {
    let view = &cx.text.compact;
    let mut found: BTreeMap<usize, (usize, Range<usize>)> = BTreeMap::new();
    for word in words {
        for at in cx.anchors().find(word) {
            let sentence = view.sentence(&(at..at + word.len()));
            let first = found.entry(sentence.start).or_insert((at, sentence));
            first.0 = first.0.min(at);
        }
    }
    found.into_values().collect()
}

/// Whether `word`, in a verb's [`inflection`], negates the verb: the
/// auxiliaries `ない`, `ぬ`, `ん`, `ず` (`知らない`, `知らん`, `言わず`) or
/// `ない` the adjective (`してない`, `載せてない`).
pub fn negates(word: &Token) -> bool {
    match word.pos() {
        "助動詞" => matches!(&*word.lemma(), "ない" | "ぬ" | "ん" | "ず"),
        "形容詞" => word.lemma() == "ない",
        _ => false,
    }
}

/// Whether `word` is the volitional auxiliary `う` or `よう` (`送ろう`,
/// `しよう`, `やりましょう`): the writer's resolve, or a call to others.
pub fn is_volitional(word: &Token) -> bool {
    word.pos() == "助動詞" && matches!(&*word.lemma(), "う" | "よう")
}

/// Whether `word` says what would be good or a peace wished for, after a
/// conditional (`いなくなればいい`, `消えたら平和なのに`).
pub fn is_good_wished(word: &Token) -> bool {
    matches!(word.lemma().as_ref(), "いい" | "良い" | "よい" | "平和" | "楽" | "幸せ" | "快適")
}

/// Whether the verb whose words are `under` (a lemma match runs on over
/// its inflection) is commanded (`黙れ`, `黙ってろ`, `消えてしまえ`) or asked
/// for (`消えてくれ`, `黙ってください`, `消えてくれないかな`, `いなくなってくれたら
/// 平和なのに`), not told (`黙って聞く`, `黙ってくれた`): an imperative, or
/// the verb, `て` and a verb of giving (within the match or after it) that
/// is not what was given already (`くれた`, `くださった`) nor, when
/// conditional, anything but a wish (`くれたら助かる` is a plan).
pub fn is_commanded_or_asked(under: &Under) -> bool {
    if under.tokens.iter().any(|t| t.form().starts_with("命令")) {
        return true;
    }
    // `て` ends the verb's words (`消え`+`て`, `いなく`+`なっ`+`て`), in the
    // match or right after it.
    let words: Vec<&Token> = under.tokens.iter().copied().chain(under.after().take(10)).collect();
    let te = (1..=under.tokens.len()).find(|&i| words.get(i).is_some_and(|t| matches!(t.surface(), "て" | "で")));
    // Not asked to keep still (`黙っといてください`: keep it to yourselves).
    let kept = |i: usize| words[1..i].iter().any(|t| matches!(t.lemma().as_ref(), "とく" | "おく" | "置く" | "いる" | "てる"));
    // `くんない`, `くんねー`: `くれない` run together, which the dictionary
    // does not read as `くれる`.
    let giving = |t: &Token| matches!(t.lemma().as_ref(), "くれる" | "くださる") || t.surface().starts_with("くん");
    let requested = te.is_some_and(|i| !kept(i) && words.get(i + 1).is_some_and(|t| giving(t)));
    let rest = te.and_then(|i| words.get(i + 2..)).unwrap_or_default();
    let auxiliaries = rest.iter().position(|t| t.pos() != "助動詞").unwrap_or(rest.len());
    let conditional = rest[..auxiliaries].iter().any(|t| t.lemma() == "た" && t.form().starts_with("仮定"));
    let past = !conditional && rest[..auxiliaries].iter().any(|t| t.lemma() == "た");
    let wished = !conditional || rest[auxiliaries..].iter().take(6).any(|t| is_good_wished(t));
    requested && !past && wished
}

/// Whether the verb whose words are `under` (a lemma match runs on over
/// its inflection) is a call or a resolve: commanded or asked
/// ([`is_commanded_or_asked`]: `炎上させてやれ`, `炎上させてください`), in
/// the volitional (`炎上させよう`, `炎上させましょう`, `炎上させようぜ`; not
/// an attempt told, `炎上させようとした`) or done for someone's due with
/// `てやる` not yet done (`炎上させてやる`, `炎上させてやろう`; not
/// `炎上させてやった`). A negated verb (`炎上させないでください`) and one
/// told (`炎上させた少年が逮捕された`) are neither.
pub fn is_call_or_resolve(under: &Under) -> bool {
    let said = &under.tokens;
    if said.iter().any(|t| negates(t)) {
        return false;
    }
    let mut after = under.after();
    let attempted = matches!((after.next(), after.next()), (Some(to), Some(verb)) if to.surface() == "と" && verb.lemma() == "する");
    let volitional = said.iter().any(|t| is_volitional(t)) && !attempted;
    let due = said.windows(2).position(|pair| matches!(pair[0].surface(), "て" | "で") && pair[1].lemma() == "やる");
    let done = |from: usize| said[from..].iter().any(|t| t.pos() == "助動詞" && t.lemma() == "た");
    volitional || due.is_some_and(|i| !done(i + 2)) || is_commanded_or_asked(under)
}

/// The words of `text` under the compact-view range `range`, and after it.
pub fn words_under<'t>(text: &'t Normalized, range: &Range<usize>) -> Under<'t> {
    let folded = text.folded_of_compact(range.clone());
    text.words().under(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Normalized;

    /// What `ask` says of the first `word` of `text` (compact view).
    fn ask_of(text: &str, word: &str, ask: impl Fn(&Mentions, &Range<usize>) -> bool) -> bool {
        let n = Normalized::new(text);
        let at = n.compact.as_str().find(word).unwrap();
        ask(&Mentions::new(&n), &(at..at + word.len()))
    }

    fn mention(text: &str, word: &str) -> bool {
        ask_of(text, word, |m, r| m.is_mention(r))
    }

    fn in_lesson(text: &str, word: &str) -> bool {
        ask_of(text, word, |m, r| m.in_lesson(r))
    }

    /// Whether the verb at the first `word` of `text` is a call or a resolve.
    fn called(text: &str, word: &str) -> bool {
        let n = Normalized::new(text);
        let at = n.compact.as_str().find(word).unwrap();
        is_call_or_resolve(&words_under(&n, &(at..at + word.len())))
    }

    #[test]
    fn a_call_or_a_resolve_in_every_inflection_but_not_a_verb_told_or_denied() {
        for (text, word) in [
            ("みんなで炎上させようぜ", "炎上させよう"),
            ("炎上させましょう", "炎上させましょう"),
            ("炎上させてやろう", "炎上させてやろう"),
            ("炎上させてやる", "炎上させてやる"),
            ("炎上させてやれ", "炎上させてやれ"),
            ("炎上させてください", "炎上させてください"),
            ("炎上させてくれ", "炎上させてくれ"),
            ("今すぐ凸しろ", "凸しろ"),
        ] {
            assert!(called(text, word), "{text}");
        }
        for (text, word) in [
            ("炎上させた少年が逮捕された", "炎上させた"),
            ("炎上させてやった", "炎上させてやった"),
            ("炎上させないでください", "炎上させないでください"),
            ("炎上させようとした少年", "炎上させよう"),
            ("炎上させてくれた", "炎上させてくれた"),
            ("炎上させる人がいる", "炎上させる"),
        ] {
            assert!(!called(text, word), "{text}");
        }
    }

    #[test]
    fn quotation_is_seen_on_the_same_line() {
        assert!(mention("「キモい」「ウザい」は相手を傷つけます", "うざい"));
        assert!(mention("he said \"idiot\" twice", "idiot"));
        assert!(!mention("「注意」 キモい", "きもい"));
        assert!(!mention("「あ\nキモい」", "きもい"));
        assert!(!mention("「a「b」 キモい 」", "きもい"), "a quotation ends at its first closing mark");
    }

    #[test]
    fn a_typewriter_quotation_mark_quotes_but_an_apostrophe_does_not() {
        assert!(mention("One kid had to read out 'ウザい、消えろ' from a fake chat.", "うざい"));
        assert!(mention("Students listed phrases like 'you're useless' and discussed why.", "useless"));
        assert!(mention("A student told me 'you idiot' on day one.", "idiot"));
        assert!(mention("They listed hurtful words like 'stupid', 'ugly' and 'loser' and rewrote them.", "loser"), "items of one quoted list");
        assert!(mention("We watched '3 Idiots' with Japanese subtitles.", "idiots"), "a film's title");
        assert!(!mention("They said 'fine', the coach is a 'loser'.", "loser"), "a scare quote after a list is no item of it");
        assert!(!mention("Honestly the new head is a real 'idiot'.", "idiot"), "a scare quote is the writer's word");
        assert!(!mention("Don't be an idiot, it's the teachers' job.", "idiot"));
        assert!(!mention("The kids' coach is an idiot.", "idiot"));
        assert!(!mention("'Fine,' he said. You idiot.", "idiot"));
        assert!(mention("『a』 「b キモい」", "きもい"));
    }

    #[test]
    fn a_title_line_that_names_a_lesson_frames_the_examples_under_it() {
        assert!(in_lesson("【道徳】よくあるトラブル\n・他の人の写真を勝手にアイコンにされた", "勝手に"));
        assert!(in_lesson("【5年生 総合】「SNSとのつきあい方」\n・勝手に写真を載せる\n・悪口のスクショ拡散", "すくしょ"));
        assert!(in_lesson("Digital citizenship lesson\n- posts copied without permission", "without permission"));
        // the first line is a sentence of the post, names no lesson, or runs on
        assert!(!in_lesson("研修で使う写真、勝手に借りました。\nあとで消します", "勝手に"));
        assert!(!in_lesson("運動会の写真\n・勝手に載せちゃった", "勝手に"));
        assert!(!in_lesson("総合の時間の準備中、ネットで見つけたイラストを勝手に使って資料を作りました、かわいいのでおすすめです\n・以上", "勝手に"));
        assert!(!in_lesson("総合的に判断しました\n・勝手に載せた", "勝手に"), "総合 in a sentence is no title");
    }

    #[test]
    fn a_voice_the_school_received_is_reported_not_said() {
        assert!(mention("保護者の方から、担任がバカだというお声が寄せられました。", "ばか"));
        assert!(mention("保護者の方から、担任がバカだとのご意見をいただきました。", "ばか"));
        assert!(mention("担任はバカだ。このようなご意見をいただきました。", "ばか"), "the voice quoted first, named after");
        assert!(mention("We have received concerns that the coach called a student an idiot.", "idiot"));
        // the writer's own hearsay, not a voice received
        assert!(!mention("担任がバカだという声が多い。", "ばか"));
        assert!(!mention("担任はバカだ。みんなそう言ってる。", "ばか"));
    }

    #[test]
    fn a_caution_in_a_clause_of_its_own_frames_its_sentence() {
        assert!(mention("部外秘の書類を誤って持ち出さないよう、管理を見直しました。", "部外秘"));
        assert!(mention("SNSでの未確認情報の拡散は控えてください。", "拡散"));
        // seeming not, getting away with it, and the writer's own word to someone
        assert!(!mention("部外秘の書類、もう誰も見ないようです。", "部外秘"));
        assert!(!mention("部外秘の書類、バレないよう持ち帰った。", "部外秘"));
        assert!(!mention("外国人の子に近づかないよう言っといた。", "外国人"));
    }

    #[test]
    fn every_quotation_mark_is_looked_for() {
        for &(opening, closing) in QUOTES {
            assert!(QUOTATION_MARKS_AND_BREAK.contains(&opening) && QUOTATION_MARKS_AND_BREAK.contains(&closing), "{opening}{closing}");
        }
    }

    #[test]
    fn lessons_and_requests_not_to_are_mentions() {
        assert!(mention("写真の無断転載はご遠慮ください。", "無断転載"));
        assert!(mention("デマを広げないように学びました。", "でま"));
        assert!(!mention("あいつはデマばかり。授業は楽しい。", "でま"));
    }

    #[test]
    fn a_lesson_named_a_question_to_the_reader_or_a_reported_trend_frames_its_sentence() {
        assert!(mention("今日の道徳：友だちの写真を無断で載せたらどうなる？", "無断"));
        assert!(mention("情報モラル教室のテーマは、ネットで拾った画像の扱いでした", "ねっとで拾った"));
        assert!(mention("ネットで拾った画像を、そのまま学級通信に使っていませんか？", "ねっとで拾った"));
        assert!(mention("闇バイトの受け子として高校生が捕まる事件が、道内で相次いでいます。", "受け子"));
        assert!(mention("受け子の募集がSNSで出回っています。同様の被害が相次いでおり、警察が呼びかけています。", "受け子"));
        assert!(mention("Posting classmates' photos without asking can hurt them.", "without asking"));
        assert!(!mention("ネットで拾った画像、そのまま使っちゃいました。道徳って難しい", "ねっとで拾った"), "the word alone names no lesson");
        assert!(!mention("受け子やらない？日給5万。", "受け子"));
        assert!(!mention("ネットで拾った画像です。使っていませんでした", "ねっとで拾った"), "a past denial is no question to readers");
        assert!(!mention("Found this photo online, hope it doesn't hurt anyone.", "found this photo"));
    }

    fn statements_of(text: &str, subject: &str, predicate: &str) -> Vec<String> {
        let n = Normalized::new(text);
        let find = |w: &str| n.compact.as_str().match_indices(w).map(|(at, _)| at..at + w.len()).collect::<Vec<_>>();
        Mentions::new(&n).statements(&find(subject), &find(predicate)).into_iter().map(|r| n.compact.as_str()[r].to_owned()).collect()
    }

    #[test]
    fn a_pronoun_carries_the_subject_of_the_sentence_before_into_its_own() {
        assert_eq!(statements_of("年配の先生は早く辞めるべき。彼らは時代遅れ。", "年配の先生", "時代遅れ"), ["年配の先生は早く辞めるべき。彼らは時代遅れ"]);
        assert_eq!(statements_of("外国人の生徒が増えた。彼らは本当に迷惑。", "外国人", "迷惑"), ["外国人の生徒が増えた。彼らは本当に迷惑"]);
        assert_eq!(statements_of("Old teachers should retire! They're dinosaurs.", "old teachers", "dinosaurs"), ["old teachers should retire! they're dinosaurs"]);
        assert!(statements_of("外国人の生徒が増えた。本当に迷惑な雪。", "外国人", "迷惑").is_empty(), "no pronoun, no pairing");
        assert!(statements_of("外国人の生徒が増えた。晴れ。彼らは迷惑。", "外国人", "迷惑").is_empty(), "one sentence back only");
        assert!(statements_of("彼らは迷惑。外国人の生徒が増えた。", "外国人", "迷惑").is_empty(), "a pronoun points back, not forward");
    }

    #[test]
    fn a_disclaimer_denies_its_own_sentence_only() {
        assert!(statement_mention("各政党の主張を比べました（特定の政党を支持するものではありません）", &["政党を支持す"]));
        assert!(statement_mention("外国人が悪いわけではありません", &["外国人", "悪い"]));
        assert!(statement_mention("This is a non-partisan forum where every candidate speaks.", &["candidate"]));
        assert!(!statement_mention("青空党を支持します。無理強いするものではありません。", &["党を支持し"]));
    }

    #[test]
    fn a_warning_or_lesson_looks_back_one_sentence() {
        assert!(mention("大麻の売買がSNSで広がっています。十分に注意してください。", "大麻"));
        assert!(!mention("大麻が手に入るらしい。みんな気をつけて", "大麻"), "hearsay passed on ends in a casual warning");
        assert!(mention("無料をうたう違法サイトがあります。アクセスしないようにしましょう。", "違法"));
        assert!(mention("大麻の話。ホームルームで話し合いました。", "大麻"));
        assert!(!mention("会議で大麻の件を話し合ってた", "大麻"), "a meeting's discussion is a report, not a lesson");
        assert!(!mention("大麻あるよ。先生に注意されたけど", "大麻"), "being told off is no warning");
        assert!(!mention("気をつけて。大麻あるよ。", "大麻"), "a warning looks back, not forward");
        assert!(!mention("大麻あるよ。晴れ。気をつけて。", "大麻"), "only one sentence back");
        assert!(!mention("大麻あるよ。誰にも言わないでね。", "大麻"), "a request for secrecy does not look back");
        assert!(!mention("大麻が手に入るらしい。口外しないように", "大麻"), "nor does one in a lesson's words");
        assert!(mention("大麻は所持だけで逮捕されることもあります", "大麻"));
        assert!(!mention("あの先生、大麻で逮捕されるらしい", "大麻"), "a rumour of an arrest is no warning");
        // A link just described, then not to open it: the danger is named.
        assert!(mention("クラスのグループに出会い系のURLが貼られています。絶対に開かないでください。", "出会い系"));
        assert!(mention("Twitterで偽の当選通知へのリンクが回っています。クリックしないでね", "偽の当選通知"));
        // The consequence told as a warning.
        assert!(mention("運び役の募集が増えています。荷物を受け取るだけでも逮捕されます。", "運び役"));
        assert!(mention("受け子は闇バイトの入口です。お金を受け取ると逮捕されることもあります。", "受け子"));
        assert!(!mention("運び役やってる。捕まらないで済むといいけど", "運び役"), "a hope to escape is no warning");
        assert!(!mention("運び役の先輩、先週逮捕された", "運び役"), "an arrest reported is no consequence warned of");
    }

    fn statement_mention(text: &str, words: &[&str]) -> bool {
        let n = Normalized::new(text);
        let parts: Vec<Range<usize>> = words
            .iter()
            .map(|w| {
                let at = n.compact.as_str().find(w).unwrap();
                at..at + w.len()
            })
            .collect();
        Mentions::new(&n).is_mention_of(&parts)
    }

    #[test]
    fn a_cue_inside_the_statement_does_not_make_it_a_mention() {
        assert!(!statement_mention("外国人には近づかないように!", &["外国人", "近づかない"]));
        assert!(statement_mention("外国人だから近づかない、という偏見をなくそうと学びました。", &["外国人", "近づかない"]));
        assert!(statement_mention("「外国人は迷惑」という言葉", &["外国人", "迷惑"]));
    }

    #[test]
    fn a_cue_inside_a_quotation_frames_nothing_outside_it() {
        assert!(!statement_mention("「持ち帰り禁止」ってLINEで回ってきた", &["回ってきた"]));
        assert!(statement_mention("「持ち帰り禁止」ってデマを広めないように", &["でま"]));
    }

    #[test]
    fn katakana_tagged_terms_must_be_written_in_katakana() {
        let list = TermList::parse("かす @katakana\nくず @insult,katakana\nばか");
        let written = |text: &str| -> Vec<bool> {
            let n = Normalized::new(text);
            list.find(&n).iter().map(|m| is_written_as_listed(&n, m)).collect()
        };
        assert_eq!(written("カスだ"), [true]);
        assert_eq!(written("ｸｽﾞだ"), [true]);
        assert_eq!(written("あいつはくずだ"), [false]);
        assert!(written("紙くず").is_empty(), "the dictionary reads 紙くず as one word");
        assert!(written("ごまかす").is_empty(), "the dictionary reads ごまかす as one word");
        assert_eq!(written("ばかだ"), [true]);
        let list = TermList::parse("タイ人 @group,katakana");
        let written = |text: &str| -> Vec<bool> {
            let n = Normalized::new(text);
            list.find(&n).iter().map(|m| is_written_as_listed(&n, m)).collect()
        };
        assert_eq!(written("タイ人の先生"), [true]);
        assert_eq!(written("練習したい人は"), [false], "たい of したい is no Thai");
        assert!(has_tag("slur,katakana", "katakana") && !has_tag("katakana-ish", "katakana"));
    }

    fn cued(list: &str, text: &str) -> Vec<(String, String)> {
        let list = TermList::parse(list);
        let n = Normalized::new(text);
        let config = crate::config::Config::default();
        let cx = Context::new(&n, &[], &config);
        cued_terms(&cx, &list).iter().map(|m| (text[n.compact.original_range(m.range.clone())].to_owned(), m.tag.to_owned())).collect()
    }

    #[test]
    fn topics_need_a_cue_in_the_sentence_or_next_to_it() {
        let list = "脅す @threat\n大麻 @topic:drug\n売ります @cue:drug,deal\n!必要ない\n必要 @cue:drug\n素案 @draft\n意見募集 @veto:draft";
        assert_eq!(cued(list, "大麻を売ります"), [("大麻".to_owned(), "drug".to_owned())]);
        assert_eq!(cued(list, "売ります。大麻。"), [("大麻".to_owned(), "drug".to_owned())]);
        assert!(cued(list, "大麻駅。晴れ。売ります").is_empty());
        assert!(cued(list, "大麻は必要ない").is_empty());
        assert_eq!(cued(list, "脅す"), [("脅す".to_owned(), "threat".to_owned())]);
        assert!(cued(list, "素案の意見募集").is_empty());
        assert!(cued(list, "「脅す」はいけません").is_empty());
    }

    #[test]
    fn entries_of_one_kind_in_one_sentence_are_one_hit() {
        assert_eq!(cued("まだ公表されていない @secret\n公表されていない情報 @secret", "まだ公表されていない情報"), [("まだ公表されていない情報".to_owned(), "secret".to_owned())]);
    }

    #[test]
    fn news_in_the_reporters_voice_is_a_report() {
        assert!(mention("酒を飲んで車を運転したとして、警察は会社員の男を酒気帯び運転の疑いで逮捕しました。", "運転した"));
        assert!(mention("警察は、男が闇バイトに応募したとみて調べています。", "闇ばいと"));
        assert!(mention("大麻を所持していたとして、大学生が書類送検されました。", "大麻"));
        assert!(mention("A teacher was fired after being convicted of drunk driving, the board said.", "driving"));
        assert!(!mention("あの先生、大麻で逮捕されたらしい", "大麻"), "a casual arrest passed on is a rumour, not news");
        assert!(!mention("闇バイトやらない？警察の調べとか来ないから大丈夫", "闇ばいと"));
        assert!(!mention("Someone said a teacher was arrested for drugs.", "drugs"), "an arrest alone is no reporter's voice");
    }

    #[test]
    fn naming_the_harm_or_a_campaign_against_it_is_a_lesson() {
        assert!(mention("薬物の授業で「合法ハーブ」という言葉の危うさを扱いました。", "薬物"));
        assert!(mention("Our anti-vaping campaign launched today with posters about e-cigarettes.", "e-cigarettes"));
        assert!(mention("Some free game sites show casino ads; please check your home filters.", "casino"));
        assert!(!mention("海賊版サイトで漫画読んでる。無料だし最高", "海賊版"));
        assert!(!mention("Vaping after school again lol, e-cigarettes are the best", "e-cigarettes"));
    }

    #[test]
    fn bans_crackdowns_reports_and_refusals_to_share_are_mentions() {
        assert!(mention("敷地内は全面禁煙です（電子たばこを含みます）。", "電子たばこ"));
        assert!(mention("The city's crackdown on vape shops near schools is overdue.", "vape"));
        assert!(mention("生徒の動画の無断転載を見つけたら、通報お願いします。", "無断転載"));
        assert!(mention("旭川で熊が出たって回ってきたけど、共有はやめとく。", "回ってきた"));
        assert!(mention("闇バイトの勧誘を見たら、すぐ大人に相談してね", "闇ばいと"));
        assert!(!mention("電子たばこ、放課後に吸ってる笑", "電子たばこ"));
        assert!(!mention("旭川で熊が出たって回ってきた！みんなに回して", "回ってきた"));
    }

    #[test]
    fn laughter_is_a_run_of_its_mark_that_no_letter_of_its_script_follows() {
        assert!(laughs_with("楽しかったw明日も", "w"));
        assert!(laughs_with("やったwww", "w"));
        assert!(laughs_with("最高笑 明日も", "笑"));
        assert!(laughs_with("got away with it lol", "lol"));
        assert!(!laughs_with("みんな笑顔でした", "笑"));
        assert!(!laughs_with("show the www.example.jp page", "w"));
        assert!(!laughs_with("a lollipop", "lol"));
    }
}
