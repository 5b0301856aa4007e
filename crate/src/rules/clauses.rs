//! The guideline clauses the rules cite, with their wording, for the
//! extension's cards and `postcheck --explain`.

/// The wording of a clause in Japanese (the guideline's own words) and in
/// English (a translation).
pub struct Wording {
    pub ja: &'static str,
    pub en: &'static str,
}

/// The clauses of 北海道教育委員会ソーシャルメディア利用ガイドライン that rules cite.
/// Combined clauses such as `4(3), 4(7)` list each part.
static CLAUSES: &[(&str, Wording)] = &[
    ("3(1)", Wording {
        ja: "3(1) 公表・公開を前提とする情報を取り扱う場合（個人情報や業務情報など機密性を要する情報等を取り扱わない場合）に利用できる。",
        en: "3(1) Social media may be used for information meant to be public — not for personal or confidential information.",
    }),
    ("3(4)", Wording {
        ja: "3(4) 成りすまし防止のために、アカウントのプロフィール欄などに、当該アカウントを紹介している北海道教育委員会公式ホームページのＵＲＬを記載すること。",
        en: "3(4) Against impersonation, the account's profile must carry the URL of the Board's official page that introduces the account.",
    }),
    ("3(5)", Wording {
        ja: "3(5) ＩＤとパスワードの管理に細心の注意を払うこと。",
        en: "3(5) Take the greatest care in managing IDs and passwords.",
    }),
    ("3(6)", Wording {
        ja: "3(6) 記事投稿手続き（所属長の了承等）を明確にした利用方針に沿って運用すること。",
        en: "3(6) Follow the office's posting procedure, including the approval of the head of office.",
    }),
    ("4(2)", Wording {
        ja: "4(2) 地方公務員法その他の関係法令並びに職員の服務及び情報の取り扱いに関する規程を遵守すること。",
        en: "4(2) Observe the Local Public Service Act and the rules on staff conduct and on handling information (including the limits on political activity).",
    }),
    ("4(3)", Wording {
        ja: "4(3) 基本的人権、肖像権、プライバシー権、著作権等を侵害することがないよう十分留意すること。",
        en: "4(3) Take full care not to infringe fundamental human rights, portrait rights, privacy or copyright.",
    }),
    ("4(4)", Wording {
        ja: "4(4) 一度ネットワーク上に公開された情報は完全には削除できないことを理解し、発信する情報は正確を期すること。",
        en: "4(4) Information once published cannot be completely deleted: make sure what you post is accurate.",
    }),
    ("4(5)", Wording {
        ja: "4(5) 他の利用者の投稿の引用や、第三者が管理又は運用するページへのリンクの掲載は、その内容を信頼性のあるものとして受け取られる可能性もあることを理解の上で行うこと。",
        en: "4(5) Quoting other users' posts or linking to third-party pages may be read as vouching for them.",
    }),
    ("4(6)", Wording {
        ja: "4(6) 本来のＵＲＬをわからなくする「ＵＲＬ短縮サービス」の使用については、他の利用者に不安を与える恐れがあることを理解した上で判断すること。",
        en: "4(6) URL-shortening services hide the real URL and may worry readers; use them only with that in mind.",
    }),
    ("4(7)", Wording {
        ja: "4(7) 侮蔑・誹謗中傷、差別、違法・不当な発言、噂や流説、有害サイト、職務上知り得た秘密、権利侵害、意思形成過程の情報、公序良俗に反する情報の発信は行わないこと。",
        en: "4(7) Do not post insults or defamation, discrimination, illegal or improper statements, rumours, harmful sites, secrets learned on duty, rights infringements, information from policy formation, or anything against public order and morals.",
    }),
];

/// The wording of each part of `clause` (one for `4(7)`, two for
/// `4(3), 4(7)`), or `None` when a part is not a known clause.
pub fn wording(clause: &str) -> Option<Vec<&'static Wording>> {
    clause.split(',').map(|part| CLAUSES.iter().find(|(id, _)| *id == part.trim()).map(|(_, w)| w)).collect()
}
