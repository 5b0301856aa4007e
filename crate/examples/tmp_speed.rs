fn main() {
    let post = "【お知らせ】夏季休業中に校舎内部の改修工事を行います。工事期間：7月25日（木）〜8月16日（金）期間中は北側玄関をご利用ください。ご不便をおかけしますが、ご理解をお願いします。詳しくはこちら https://www.dokyoi.pref.hokkaido.lg.jp/hk/kki/bousai/r6_kyuukou.html #北海道 #大雪 ｶﾞｯｺｳ ＡＢＣ１２３ バ カ 2年1組の山田翔くん、授業中うるさくて、ほんとば〜か。相手チームの監督、采配ひどすぎ。運動会の写真です📸 写っている子どもたちの保護者には、まだ掲載の許可をもらっていません。";
    println!("chars {}", post.chars().count());
    let e = postcheck::Engine::new(postcheck::Config::default()).unwrap();
    let n: u32 = std::env::var("N").ok().and_then(|v| v.parse().ok()).unwrap_or(20000);
    let t = std::time::Instant::now();
    for _ in 0..n { std::hint::black_box(postcheck::text::Normalized::new(std::hint::black_box(post))); }
    println!("normalize {:?}", t.elapsed() / n);
    let t = std::time::Instant::now();
    for _ in 0..n { std::hint::black_box(e.check(std::hint::black_box(post))); }
    println!("check {:?}", t.elapsed() / n);
}
