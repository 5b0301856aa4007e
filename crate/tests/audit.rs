//! `postcheck audit` over the fixture exports of every source
//! (`tests/fixtures/audit/`, written by its `make.py` from the platforms'
//! documented formats): the text restored exactly, kinds told apart, spans
//! over the restored text, the outputs and the exit codes of RULES.md.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn fixture(path: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit").join(path).display().to_string()
}

/// A fresh output folder, removed when dropped.
struct OutDir(PathBuf);

impl OutDir {
    fn new(name: &str) -> OutDir {
        let dir = std::env::temp_dir().join(format!("postcheck-audit-test-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        OutDir(dir)
    }
    fn read(&self, name: &str) -> String {
        std::fs::read_to_string(self.0.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
    }
    fn posts(&self) -> Vec<Value> {
        self.read("findings.jsonl").lines().map(|l| serde_json::from_str(l).unwrap()).collect()
    }
}

impl Drop for OutDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn audit(out: &OutDir, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_postcheck")).arg("audit").args(args).arg("--out").arg(&out.0).output().expect("run postcheck")
}

/// A post as the tests compare it: kind, text, and (rule, flagged text) of each finding.
type Seen = (String, String, Vec<(String, String)>);

/// What every post is, in order.
fn summary(posts: &[Value]) -> Vec<Seen> {
    posts
        .iter()
        .map(|p| {
            let text = p["text"].as_str().unwrap().to_owned();
            let findings = p["findings"]
                .as_array()
                .unwrap()
                .iter()
                .map(|f| {
                    // The span is in UTF-16 units over the post's own text.
                    let units: Vec<u16> = text.encode_utf16().collect();
                    let (start, end) = (f["start"].as_u64().unwrap() as usize, f["end"].as_u64().unwrap() as usize);
                    let covered = String::from_utf16(&units[start..end]).unwrap();
                    assert_eq!(covered, f["text"].as_str().unwrap(), "span of {f} over {text:?}");
                    (f["rule"].as_str().unwrap().to_owned(), covered)
                })
                .collect();
            (p["kind"].as_str().unwrap().to_owned(), text, findings)
        })
        .collect()
}

/// The expected posts, written with borrowed strings.
type Expected<'a> = [(&'a str, &'a str, &'a [(&'a str, &'a str)])];

fn owned(expected: &Expected) -> Vec<Seen> {
    expected.iter().map(|(k, t, f)| (k.to_string(), t.to_string(), f.iter().map(|(r, x)| (r.to_string(), x.to_string())).collect())).collect()
}

fn code(o: &Output) -> i32 {
    o.status.code().unwrap()
}

#[test]
fn x_archive_zip_links_expanded_entities_unescaped_retweets_shared() {
    let out = OutDir::new("x");
    let o = audit(&out, &[&fixture("x/twitter-2024-11-01.zip")]);
    assert_eq!(code(&o), 1, "{}", String::from_utf8_lossy(&o.stderr));
    let posts = out.posts();
    // The long post's whole text comes from note-tweet.js: what it says after
    // character 280 is judged, its link wrapper expanded from the note's own.
    let long = format!(
        "本日は学習発表会でした。{}なお職員室の端末のパスワードは sakura2024 です。感想はこちら https://bit.ly/4kansou",
        "どの学年も練習の成果を発揮し、堂々とした発表を見せてくれました。".repeat(7)
    );
    let unclaimed_note = format!("あの審判は本当にバカだ。{}", "試合の振り返りは来週の練習で行います。".repeat(15));
    assert_eq!(
        summary(&posts),
        owned(&[
            ("post", "Our password is hunter2 — please keep it secret 🙏", &[("credential", "hunter2")]),
            ("post", &long, &[("credential", "sakura2024"), ("url-shortener", "https://bit.ly/4kansou")]),
            (
                "post",
                "本日は運動会でした。ご声援ありがとうございました & お疲れさまでした！ 詳しくは https://www.sapporo-school.ed.jp/news/undokai",
                &[("third-party-link", "https://www.sapporo-school.ed.jp/news/undokai")],
            ),
            ("post", "説明会の申込はこちら→ https://bit.ly/3xYzAbc <先着順>", &[("url-shortener", "https://bit.ly/3xYzAbc")]),
            ("post", "あの保護者はバカだ。体育館の写真", &[("insult", "バカ")]),
            ("share", "RT @someone: あいつは死ね", &[]),
            ("reply", "@parent_pta ありがとうございます。", &[]),
            ("post", &unclaimed_note, &[("insult", "バカ")]),
        ])
    );
    assert_eq!((&posts[1]["id"], &posts[1]["url"]), (&Value::from("1700000000000000007"), &Value::from("https://x.com/sapporo_school/status/1700000000000000007")));
    assert_eq!((&posts[7]["id"], &posts[7]["created_at"], &posts[7]["url"]), (&Value::from("1800000000000000002"), &Value::from("2024-06-01T00:00:00Z"), &Value::Null));
    let p = &posts[3];
    assert_eq!(
        (&p["source"], &p["account"], &p["id"], &p["created_at"], &p["url"]),
        (
            &Value::from("x"),
            &Value::from("sapporo_school"),
            &Value::from("1700000000000000002"),
            &Value::from("2024-09-02T00:00:00Z"),
            &Value::from("https://x.com/sapporo_school/status/1700000000000000002")
        )
    );
}

#[test]
fn facebook_mojibake_is_decoded_and_comments_are_replies() {
    let out = OutDir::new("facebook");
    assert_eq!(code(&audit(&out, &[&fixture("facebook")])), 1);
    let posts = out.posts();
    assert_eq!(
        summary(&posts),
        owned(&[
            ("reply", "ご意見ありがとうございます。担当から連絡します。", &[]),
            ("post", "新年度が始まりました。今年もよろしくお願いします。", &[]),
            ("post", "部外秘の人事異動案です。校長が来月異動します。", &[("confidential", "部外秘")]),
        ])
    );
    assert_eq!((&posts[1]["account"], &posts[1]["created_at"], &posts[1]["url"]), (&Value::from("例示小学校"), &Value::from("2024-05-01T00:00:00Z"), &Value::Null));
}

#[test]
fn instagram_and_threads_captions() {
    let out = OutDir::new("instagram");
    assert_eq!(code(&audit(&out, &[&fixture("instagram")])), 0, "warnings alone exit 0");
    let posts = out.posts();
    assert_eq!(
        summary(&posts),
        owned(&[
            ("post", "学習発表会の様子です🎵 #例示小学校", &[]),
            ("post", "ネットから拝借した画像です", &[("rights", "拝借")]),
            ("post", "今日の給食はカレーでした。", &[]),
            ("post", "拡散希望！明日は休校になるらしい", &[("rumor", "拡散希望"), ("rumor", "らしい")]),
        ])
    );
    let sources: Vec<&str> = posts.iter().map(|p| p["source"].as_str().unwrap()).collect();
    assert_eq!(sources, ["instagram", "instagram", "threads", "threads"]);
    assert_eq!(posts[0]["account"], "reiji_school");
}

#[test]
fn mastodon_tar_gz_html_stripped_links_whole_boosts_shared() {
    let out = OutDir::new("mastodon");
    assert_eq!(code(&audit(&out, &[&fixture("mastodon/archive-20241101.tar.gz")])), 1);
    let posts = out.posts();
    assert_eq!(
        summary(&posts),
        owned(&[
            ("post", "見学会のお知らせ & 申込\n詳細: https://bit.ly/3kLmNoP\n\nよろしくお願いします #学校", &[("url-shortener", "https://bit.ly/3kLmNoP")]),
            ("reply", "@p 黙れ、クズ", &[("insult", "黙れ"), ("insult", "クズ")]),
            ("share", "", &[]),
            ("post", "Sports day <3 \"great\" day", &[]),
        ])
    );
    assert_eq!((&posts[0]["account"], &posts[0]["url"]), (&Value::from("@reiji@mstdn.example"), &Value::from("https://mstdn.example/@reiji/111")));
    assert_eq!(posts[2]["url"], "https://other.example/users/p/statuses/10");
}

#[test]
fn bluesky_car_records_with_link_facets_restored() {
    let out = OutDir::new("bluesky");
    assert_eq!(code(&audit(&out, &[&fixture("bluesky/repo.car")])), 1);
    let posts = out.posts();
    assert_eq!(
        summary(&posts),
        owned(&[
            ("post", "遠足の写真を公開しました。みんな笑顔です😊", &[]),
            ("post", "詳細は https://bit.ly/3qRsTuV をご覧ください", &[("url-shortener", "https://bit.ly/3qRsTuV")]),
            ("reply", "うるさい、バカ", &[("insult", "バカ")]),
            ("share", "", &[]),
        ])
    );
    assert_eq!(posts[1]["url"], "https://bsky.app/profile/did:plc:reijischool123/post/3kaab");
    assert_eq!(posts[1]["account"], "did:plc:reijischool123");
}

#[test]
fn youtube_comments_csv_and_plain_tables() {
    let out = OutDir::new("tables");
    assert_eq!(code(&audit(&out, &[&fixture("youtube"), &fixture("table")])), 1);
    let posts = out.posts();
    assert_eq!(
        summary(&posts),
        owned(&[
            ("post", "ご視聴ありがとうございました！", &[]),
            ("reply", "@commenter お前はクズだ", &[("insult", "クズ")]),
            ("post", "お知らせ: 保護者会は6月10日です。\n持ち物: 上履き", &[]),
            ("post", "死ね", &[("insult", "死ね")]),
            ("post", "夏休みの宿題は計画的に。", &[]),
            ("reply", "パスワードは abc12345 です", &[("credential", "abc12345")]),
        ])
    );
    assert_eq!(posts[1]["url"], "https://www.youtube.com/watch?v=vid222&lc=UgxBBB");
    let sources: Vec<&str> = posts.iter().map(|p| p["source"].as_str().unwrap()).collect();
    assert_eq!(sources, ["youtube", "youtube", "csv", "csv", "jsonl", "jsonl"]);
}

#[test]
fn an_unreadable_export_is_named_exit_2_and_the_others_still_reported() {
    let out = OutDir::new("broken");
    let o = audit(&out, &[&fixture("broken"), &fixture("broken-x"), &fixture("table")]);
    assert_eq!(code(&o), 2);
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains(&format!("cannot read {}: no export recognised", fixture("broken"))), "{stderr}");
    assert!(stderr.contains(&format!("cannot read {}: data/tweets.js: not the expected structure at [0].tweet: missing field `full_text`", fixture("broken-x"))), "{stderr}");
    assert_eq!(out.posts().len(), 4, "the readable export is still in the report");
}

#[test]
fn a_table_without_a_text_column_alone_is_not_an_export() {
    let out = OutDir::new("no-text");
    let table = fixture("broken/unknown/table.csv");
    let o = audit(&out, &[&table]);
    assert_eq!(code(&o), 2);
    let stderr = String::from_utf8(o.stderr).unwrap();
    assert!(stderr.contains(&format!("cannot read {table}: no export recognised")), "{stderr}");
}

#[test]
fn since_and_until_keep_the_posts_of_those_days() {
    let out = OutDir::new("since");
    audit(&out, &[&fixture("x/twitter-2024-11-01.zip"), "--since", "2024-02-01", "--until", "2024-09-02"]);
    let ids: Vec<String> = out.posts().iter().map(|p| p["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(ids, ["1700000000000000002", "1700000000000000003", "1700000000000000004", "1800000000000000002"]);
    let o = audit(&out, &[&fixture("table"), "--since", "June 2023"]);
    assert_eq!(code(&o), 2);
    assert!(String::from_utf8(o.stderr).unwrap().contains("June 2023 is not a date (YYYY-MM-DD)"));
}

#[test]
fn summary_csv_and_a_self_contained_report_are_written() {
    let out = OutDir::new("outputs");
    audit(&out, &[&fixture("x/twitter-2024-11-01.zip"), &fixture("mastodon/archive-20241101.tar.gz")]);
    let csv = out.read("summary.csv");
    assert!(csv.starts_with("\u{feff}created_at,source,account,kind,url,post_id,severity,rule,clause,flagged,message,suggestion,text\r\n"));
    assert_eq!(csv.matches("\r\n").count() - 1, 10, "a row per finding (shares have none):\n{csv}");
    assert!(csv.contains(",x,sapporo_school,post,https://x.com/sapporo_school/status/1700000000000000003,1700000000000000003,error,insult,4(7),バカ,"));
    let html = out.read("report.html");
    for external in ["src=\"http", "href=\"http", "@import", "url(http"] {
        assert!(!html.contains(external), "report.html loads {external}");
    }
    let data_start = html.find("<script type=\"application/json\" id=\"postcheck-data\">").unwrap();
    let data = &html[data_start..];
    let json = &data[data.find('>').unwrap() + 1..data.find("</script>").unwrap()];
    let data: Value = serde_json::from_str(json).unwrap();
    assert_eq!((data["checked"].as_u64(), data["shares"].as_u64()), (Some(10), Some(2)));
    assert_eq!(data["posts"].as_array().unwrap().len(), 8);
    assert_eq!(data["posts"][0]["findings"][0]["severity"], "error", "posts with errors first");
    assert_eq!(data["months"]["2024-03"], 1);
}
