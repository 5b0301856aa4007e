//! English word forms: what an English word looks like inflected (`nick`:
//! `nicks`, `nicked`, `nicking`; `steal`: `stole`, `stolen`; `muppet`:
//! `muppets`), for the word lists' English lemma entries (`~nick`, which
//! [`super::list_format`] turns into one spelling per form when the lists
//! are compiled, so a post is scanned for them at no cost) and for rules
//! that ask whether a sentence holds some form of a word
//! ([`holds_form`]).
//!
//! The forms are regular ones (`-s`, `-es`, `-ies`, `-ed`, `-ied`, `-ing`,
//! with a final `e` dropped and a short word's last consonant doubled:
//! `stabbed`, `scanning`) and the irregular ones of [`IRREGULAR`]. A word
//! gets both its noun and its verb forms: a list entry is one word or the
//! other, and a form the word never takes (`muppeted`) is never written.

/// Irregular forms, each line a word and its forms (a verb's past and
/// participle, a noun's plural).
const IRREGULAR: &[(&str, &[&str])] = &[
    ("be", &["is", "are", "was", "were", "been", "being", "am"]),
    ("have", &["has", "had", "having"]),
    ("do", &["does", "did", "done", "doing"]),
    ("go", &["goes", "went", "gone", "going"]),
    ("say", &["says", "said", "saying"]),
    ("hear", &["hears", "heard", "hearing"]),
    ("tell", &["tells", "told", "telling"]),
    ("make", &["makes", "made", "making"]),
    ("take", &["takes", "took", "taken", "taking"]),
    ("give", &["gives", "gave", "given", "giving"]),
    ("get", &["gets", "got", "gotten", "getting"]),
    ("come", &["comes", "came", "coming"]),
    ("see", &["sees", "saw", "seen", "seeing"]),
    ("know", &["knows", "knew", "known", "knowing"]),
    ("think", &["thinks", "thought", "thinking"]),
    ("find", &["finds", "found", "finding"]),
    ("keep", &["keeps", "kept", "keeping"]),
    ("leave", &["leaves", "left", "leaving"]),
    ("sell", &["sells", "sold", "selling"]),
    ("buy", &["buys", "bought", "buying"]),
    ("bring", &["brings", "brought", "bringing"]),
    ("catch", &["catches", "caught", "catching"]),
    ("teach", &["teaches", "taught", "teaching"]),
    ("send", &["sends", "sent", "sending"]),
    ("spend", &["spends", "spent", "spending"]),
    ("lend", &["lends", "lent", "lending"]),
    ("hold", &["holds", "held", "holding"]),
    ("steal", &["steals", "stole", "stolen", "stealing"]),
    ("break", &["breaks", "broke", "broken", "breaking"]),
    ("speak", &["speaks", "spoke", "spoken", "speaking"]),
    ("choose", &["chooses", "chose", "chosen", "choosing"]),
    ("drive", &["drives", "drove", "driven", "driving"]),
    ("ride", &["rides", "rode", "ridden", "riding"]),
    ("write", &["writes", "wrote", "written", "writing"]),
    ("bite", &["bites", "bit", "bitten", "biting"]),
    ("hide", &["hides", "hid", "hidden", "hiding"]),
    ("eat", &["eats", "ate", "eaten", "eating"]),
    ("fall", &["falls", "fell", "fallen", "falling"]),
    ("drink", &["drinks", "drank", "drunk", "drinking"]),
    ("sing", &["sings", "sang", "sung", "singing"]),
    ("swim", &["swims", "swam", "swum", "swimming"]),
    ("run", &["runs", "ran", "running"]),
    ("begin", &["begins", "began", "begun", "beginning"]),
    ("win", &["wins", "won", "winning"]),
    ("throw", &["throws", "threw", "thrown", "throwing"]),
    ("blow", &["blows", "blew", "blown", "blowing"]),
    ("grow", &["grows", "grew", "grown", "growing"]),
    ("show", &["shows", "showed", "shown", "showing"]),
    ("draw", &["draws", "drew", "drawn", "drawing"]),
    ("fly", &["flies", "flew", "flown", "flying"]),
    ("tear", &["tears", "tore", "torn", "tearing"]),
    ("wear", &["wears", "wore", "worn", "wearing"]),
    ("swear", &["swears", "swore", "sworn", "swearing"]),
    ("freeze", &["freezes", "froze", "frozen", "freezing"]),
    ("shake", &["shakes", "shook", "shaken", "shaking"]),
    ("forget", &["forgets", "forgot", "forgotten", "forgetting"]),
    ("feel", &["feels", "felt", "feeling"]),
    ("fight", &["fights", "fought", "fighting"]),
    ("lose", &["loses", "lost", "losing"]),
    ("pay", &["pays", "paid", "paying"]),
    ("lay", &["lays", "laid", "laying"]),
    ("shoot", &["shoots", "shot", "shooting"]),
    ("stick", &["sticks", "stuck", "sticking"]),
    ("strike", &["strikes", "struck", "striking"]),
    ("hang", &["hangs", "hung", "hanged", "hanging"]),
    ("dig", &["digs", "dug", "digging"]),
    ("sit", &["sits", "sat", "sitting"]),
    ("stand", &["stands", "stood", "standing"]),
    ("understand", &["understands", "understood", "understanding"]),
    ("sleep", &["sleeps", "slept", "sleeping"]),
    ("meet", &["meets", "met", "meeting"]),
    ("lead", &["leads", "led", "leading"]),
    ("read", &["reads", "reading"]),
    ("mean", &["means", "meant", "meaning"]),
    ("deal", &["deals", "dealt", "dealing"]),
    ("sneak", &["sneaks", "snuck", "sneaked", "sneaking"]),
    ("man", &["men"]),
    ("woman", &["women"]),
    ("child", &["children"]),
    ("person", &["people", "persons"]),
    ("tooth", &["teeth"]),
    ("foot", &["feet"]),
    ("wife", &["wives"]),
    ("knife", &["knives"]),
    ("life", &["lives"]),
    ("thief", &["thieves"]),
];

/// Whether `b` is a vowel letter.
fn vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// Whether a word takes regular forms: two letters or more, in lower case
/// (a hyphen may join its parts).
fn inflects(word: &str) -> bool {
    word.len() >= 2 && word.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

/// Whether a word ending in a consonant after a single vowel (`stab`,
/// `admit`, `cancel`) may double it before `-ed` and `-ing` (`stabbed`,
/// `admitted`, `cancelled`). A longer word may not (`visited`), so it
/// gets both spellings.
fn may_double(bytes: &[u8]) -> bool {
    let n = bytes.len();
    n >= 3 && !vowel(bytes[n - 1]) && !matches!(bytes[n - 1], b'w' | b'x' | b'y') && vowel(bytes[n - 2]) && !vowel(bytes[n - 3])
}

/// The `-s` ending of a word that does not end in `e` or a consonant and
/// `y`: `-es` after a hissing sound (`coaches`, `passes`).
fn s_ending(word: &str) -> &'static str {
    let hissing = word.ends_with(['s', 'x', 'z']) || word.ends_with("ch") || word.ends_with("sh");
    if hissing {
        "es"
    } else {
        "s"
    }
}

/// Every form of `word` (lower case, as the lists are folded), itself first.
pub fn forms(word: &str) -> Vec<String> {
    let mut forms = vec![word.to_owned()];
    if let Some((_, irregular)) = IRREGULAR.iter().find(|(w, _)| *w == word) {
        forms.extend(irregular.iter().map(|f| (*f).to_owned()));
        return forms;
    }
    if !inflects(word) {
        return forms;
    }
    let bytes = word.as_bytes();
    let (last, before_last) = (bytes[bytes.len() - 1], bytes[bytes.len() - 2]);
    let stem = &word[..word.len() - 1];
    if last == b'y' && !vowel(before_last) {
        forms.extend([format!("{stem}ies"), format!("{stem}ied"), format!("{word}ing")]);
    } else if last == b'e' {
        forms.extend([format!("{word}s"), format!("{word}d")]);
        // `see`: `seeing`; `die`: `dying`; `make`: `making`.
        forms.push(match before_last {
            b'e' => format!("{word}ing"),
            b'i' => format!("{}ying", &word[..word.len() - 2]),
            _ => format!("{stem}ing"),
        });
    } else {
        forms.extend([format!("{word}{}", s_ending(word)), format!("{word}ed"), format!("{word}ing")]);
        if may_double(bytes) {
            let last = last as char;
            forms.extend([format!("{word}{last}ed"), format!("{word}{last}ing")]);
        }
    }
    forms
}

/// Whether `candidate` is one of the [`forms`] of `word`, told without
/// building them.
pub fn is_form_of(candidate: &str, word: &str) -> bool {
    if candidate == word {
        return true;
    }
    if let Some((_, irregular)) = IRREGULAR.iter().find(|(w, _)| *w == word) {
        return irregular.contains(&candidate);
    }
    if !inflects(word) {
        return false;
    }
    let bytes = word.as_bytes();
    let (last, before_last) = (bytes[bytes.len() - 1], bytes[bytes.len() - 2]);
    let after = |stem: &str| candidate.strip_prefix(stem);
    if last == b'y' && !vowel(before_last) {
        matches!(after(&word[..word.len() - 1]), Some("ies" | "ied")) || after(word) == Some("ing")
    } else if last == b'e' {
        let ing = match before_last {
            b'e' => after(word) == Some("ing"),
            b'i' => after(&word[..word.len() - 2]) == Some("ying"),
            _ => after(&word[..word.len() - 1]) == Some("ing"),
        };
        ing || matches!(after(word), Some("s" | "d"))
    } else {
        match after(word) {
            Some(ending) if ending == s_ending(word) || ending == "ed" || ending == "ing" => true,
            Some(ending) => may_double(bytes) && ending.as_bytes().first() == Some(&last) && matches!(&ending[1..], "ed" | "ing"),
            None => false,
        }
    }
}

/// Whether `text` (folded: lower case) holds some form of `word` as a
/// whole word (`fired`, `firing` for `fire`; `stole` for `steal`).
pub fn holds_form(text: &str, word: &str) -> bool {
    text.split(|c: char| !c.is_ascii_alphabetic()).any(|w| !w.is_empty() && is_form_of(w, word))
}

/// The English words of `text` (runs of ASCII letters, with an apostrophe
/// inside: `don't`, `ref's`; not a quotation's), each with its byte range,
/// in order.
pub fn words(text: &str) -> impl Iterator<Item = (std::ops::Range<usize>, &str)> + '_ {
    let bytes = text.as_bytes();
    let is_part = |b: u8| b.is_ascii_alphabetic() || b == b'\'';
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + bytes[at..].iter().position(|&b| b.is_ascii_alphabetic())?;
        let end = bytes[start..].iter().position(|&b| !is_part(b)).map_or(bytes.len(), |len| start + len);
        at = end;
        // An apostrophe closes a quotation, not a word.
        let word = text[start..end].trim_end_matches('\'');
        Some((start..start + word.len(), word))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regular_and_irregular_forms() {
        assert_eq!(forms("nick"), ["nick", "nicks", "nicked", "nicking"]);
        assert_eq!(forms("stab"), ["stab", "stabs", "stabed", "stabing", "stabbed", "stabbing"]);
        assert_eq!(forms("share"), ["share", "shares", "shared", "sharing"]);
        assert_eq!(forms("bully"), ["bully", "bullies", "bullied", "bullying"]);
        assert_eq!(forms("die"), ["die", "dies", "died", "dying"]);
        assert_eq!(forms("coach"), ["coach", "coaches", "coached", "coaching"]);
        assert_eq!(forms("play"), ["play", "plays", "played", "playing"]);
        assert!(forms("steal").contains(&"stolen".to_owned()) && forms("knife").contains(&"knives".to_owned()));
    }

    #[test]
    fn forms_are_recognised_without_being_built() {
        let words = ["nick", "stab", "share", "bully", "steal", "coach", "fire", "cut", "die", "see", "muppet", "leak", "play", "cancel", "pass"];
        for word in words {
            let forms = forms(word);
            for form in &forms {
                assert!(is_form_of(form, word), "{form} of {word}");
            }
            // And nothing else: every other word's forms are not this word's.
            for other in words.iter().flat_map(|w| super::forms(w)) {
                assert_eq!(is_form_of(&other, word), forms.contains(&other), "{other} of {word}");
            }
        }
        assert!(!is_form_of("nickel", "nick"));
        assert!(!is_form_of("cuts", "cute"));
        assert!(holds_form("the coach got fired today", "fire"));
        assert!(holds_form("they're cutting it", "cut"));
        assert!(!holds_form("a firewall", "fire"));
    }

    #[test]
    fn words_keep_their_apostrophes_but_not_quotes() {
        let text = "'don't' tell that ref's mum";
        let found: Vec<&str> = words(text).map(|(_, w)| w).collect();
        assert_eq!(found, ["don't", "tell", "that", "ref's", "mum"]);
        assert!(words(text).all(|(r, w)| &text[r] == w));
    }
}
