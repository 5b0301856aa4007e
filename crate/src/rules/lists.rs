//! The rules' word lists (`data/*.txt`), compiled into one shared lexicon so
//! that a check scans the text once for all of them. A rule names its list
//! here and reads it with `lists::NAME.find(text)`.

use std::sync::LazyLock;

use crate::text::terms::{Lexicon, TermList};

macro_rules! word_lists {
    ($($name:ident => $file:literal,)*) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        enum ListIndex { $($name,)* }

        /// Every list below, in one automaton: compiled by `build.rs`, which
        /// reads the lists this macro names, in this order, from this file.
        pub static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
            // SAFETY: the bytes are the build script's, written by the
            // daachorse this crate reads them with (see `Finder::read`).
            unsafe { Lexicon::read(include_bytes!(concat!(env!("OUT_DIR"), "/lexicon.bin"))) }
        });

        /// The lists compiled now, as `LEXICON` was at build time.
        #[cfg(test)]
        fn compiled_now() -> Lexicon {
            Lexicon::new(&[$(data_file!(concat!("rules/", $file))),*])
        }

        $(
            #[doc = concat!("The word list `", $file, "`.")]
            pub static $name: TermList = TermList::in_lexicon(&LEXICON, ListIndex::$name as usize);
        )*
    };
}

word_lists! {
    MENTION_CUES => "data/mention_cues.txt",
    INSULT => "data/insult.txt",
    PEOPLE => "data/people.txt",
    DISCRIMINATION => "data/discrimination.txt",
    PUBLIC_ORDER => "data/public_order.txt",
    POLITICAL => "data/political.txt",
    PERSONAL_LABELS => "data/personal_labels.txt",
    SURNAMES => "data/surnames.txt",
    CREDENTIAL_LABELS => "data/credential_labels.txt",
    ILLEGAL => "data/illegal.txt",
    RUMOR => "data/rumor.txt",
    CONFIDENTIAL => "data/confidential.txt",
    POLICY_DRAFT => "data/policy_draft.txt",
    RIGHTS => "data/rights.txt",
    PERMISSION => "data/permission.txt",
    HARMFUL_URL_WORDS => "data/harmful_url_words.txt",
    HARMFUL_POINTERS => "data/harmful_pointers.txt",
    QUOTE_PHRASES => "data/quote_phrases.txt",
}

/// Compiles the lexicon now rather than on the first check.
pub fn prepare() {
    LazyLock::force(&LEXICON);
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lexicon_compiled_at_build_time_is_the_lists_compiled_now() {
        assert_eq!(*super::LEXICON, super::compiled_now());
    }
}
