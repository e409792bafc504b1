//! `peerpress serve` as a browser meets it: a real `serve` process on a free
//! port, spoken to over real sockets (raw HTTP/1.1, so that traversal
//! attempts reach the server exactly as written), with the reload events
//! read from the server-sent event stream. Timeouts only guard against a
//! hang; nothing here measures time.

mod common;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{channel, Receiver};
use std::time::Duration;

use common::{have_tool, select, text, Site, PREP_AR, PREP_FR};

/// Failure guard for anything the server does after a change.
const PATIENCE: Duration = Duration::from_secs(90);

/// A running `peerpress serve`; killed when dropped.
struct Serve {
    child: Child,
    /// `127.0.0.1:PORT`
    addr: String,
    /// The site's path, `/hiv/`.
    base: String,
    stdout: Receiver<String>,
}

impl Serve {
    fn start(site: &Site) -> Serve {
        Serve::start_with(site, &["--port", "0"])
    }

    fn start_with(site: &Site, args: &[&str]) -> Serve {
        let mut child = Command::new(env!("CARGO_BIN_EXE_peerpress"))
            .arg("serve")
            .args(args)
            .current_dir(site.root())
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start peerpress serve");
        let (tx, stdout) = channel();
        let out = child.stdout.take().expect("stdout");
        std::thread::spawn(move || {
            for line in BufReader::new(out).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut err = child.stderr.take().expect("stderr");
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = err.read_to_string(&mut text);
            eprint!("{text}");
        });
        let first = stdout
            .recv_timeout(PATIENCE)
            .expect("serve prints its address");
        let url = first
            .strip_prefix("peerpress serve: http://")
            .unwrap_or_else(|| panic!("unexpected first line: {first}"));
        let (addr, base) = url.split_at(url.find('/').expect("a path"));
        Serve {
            child,
            addr: addr.to_string(),
            base: base.to_string(),
            stdout,
        }
    }

    /// One request, exactly as written.
    fn request(&self, method: &str, target: &str) -> Answer {
        self.request_as(method, target, &self.addr)
    }

    /// One request, naming the server `host` (`evil.example:1111`, the way
    /// a page whose DNS was rebound to 127.0.0.1 would); no Host header at
    /// all if `host` is empty (HTTP/1.0 then).
    fn request_as(&self, method: &str, target: &str, host: &str) -> Answer {
        let mut stream = TcpStream::connect(&self.addr).expect("connect");
        stream.set_read_timeout(Some(PATIENCE)).expect("timeout");
        if host.is_empty() {
            write!(stream, "{method} {target} HTTP/1.0\r\n\r\n")
        } else {
            write!(
                stream,
                "{method} {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
            )
        }
        .expect("send");
        let mut raw = Vec::new();
        stream.read_to_end(&mut raw).expect("read the answer");
        Answer::parse(&raw)
    }

    fn get(&self, path: &str) -> Answer {
        self.request("GET", &format!("{}{path}", self.base))
    }

    /// Opens the event stream of a tab showing `page` (as the injected
    /// script does, with the version the page was served with).
    fn tab(&self, page: &str) -> Tab {
        let answer = self.get(page);
        assert_eq!(answer.status, 200, "{page}");
        let version = answer.version();
        let mut stream = TcpStream::connect(&self.addr).expect("connect");
        write!(
            stream,
            "GET /__peerpress/events?path={}{page}&v={version} HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.base, self.addr
        )
        .expect("send");
        let (tx, events) = channel();
        let reader = stream.try_clone().expect("clone");
        std::thread::spawn(move || {
            for line in BufReader::new(reader).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let tab = Tab {
            _stream: stream,
            events,
        };
        // The stream is open once its head and first message arrived.
        tab.wait_for("retry:");
        tab
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A browser tab's event stream.
struct Tab {
    _stream: TcpStream,
    events: Receiver<String>,
}

impl Tab {
    fn wait_for(&self, prefix: &str) {
        loop {
            let line = self
                .events
                .recv_timeout(PATIENCE)
                .unwrap_or_else(|_| panic!("no `{prefix}` on the event stream"));
            if line.starts_with(prefix) {
                return;
            }
        }
    }

    fn wait_for_reload(&self) {
        self.wait_for("event: reload");
    }
}

struct Answer {
    status: u16,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

impl Answer {
    fn parse(raw: &[u8]) -> Answer {
        let end = raw
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a complete head");
        let head = String::from_utf8_lossy(&raw[..end]);
        let mut lines = head.split("\r\n");
        let status = lines
            .next()
            .and_then(|l| l.split(' ').nth(1))
            .and_then(|s| s.parse().ok())
            .expect("status line");
        let headers: BTreeMap<String, String> = lines
            .filter_map(|l| l.split_once(':'))
            .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
            .collect();
        let mut body = raw[end + 4..].to_vec();
        if headers
            .get("transfer-encoding")
            .is_some_and(|t| t == "chunked")
        {
            body = unchunk(&body);
        }
        Answer {
            status,
            headers,
            body,
        }
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn header(&self, name: &str) -> &str {
        self.headers.get(name).map_or("", String::as_str)
    }

    fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.text())
    }

    /// The version the injected script reports.
    fn version(&self) -> String {
        let html = self.html();
        let scripts = select(&html, "script[data-version]");
        scripts
            .first()
            .and_then(|s| s.value().attr("data-version"))
            .expect("the reload script")
            .to_string()
    }
}

fn unchunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(line_end) = body.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size = usize::from_str_radix(String::from_utf8_lossy(&body[..line_end]).trim(), 16)
            .unwrap_or(0);
        if size == 0 {
            return out;
        }
        out.extend_from_slice(&body[line_end + 2..line_end + 2 + size]);
        body = &body[line_end + 2 + size + 2..];
    }
}

/// The fixture, synced, with French and Arabic translations.
fn translated_site() -> Site {
    let site = Site::new();
    site.ok(&["sync"]);
    site.write("translations/fr/prep.ftl", PREP_FR);
    site.write("translations/ar/prep.ftl", PREP_AR);
    site
}

/// Every file under `dir`: path → (size, modified time, bytes).
fn snapshot(dir: &Path) -> BTreeMap<String, (u64, std::time::SystemTime, Vec<u8>)> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let meta = e.metadata().expect("metadata");
            (
                e.path().display().to_string(),
                (
                    meta.len(),
                    meta.modified().expect("mtime"),
                    std::fs::read(e.path()).expect("read"),
                ),
            )
        })
        .collect()
}

fn article(answer: &Answer) -> String {
    let html = answer.html();
    select(&html, "main article")
        .first()
        .map(text)
        .expect("an article")
}

#[test]
fn serves_the_site_as_a_static_server_should() {
    let site = translated_site();
    let serve = Serve::start(&site);
    assert_eq!(serve.base, "/hiv/", "the path of base_url");

    let root = serve.request("GET", "/");
    assert_eq!(root.status, 301);
    assert_eq!(root.header("location"), "/hiv/");

    let chooser = serve.get("");
    assert_eq!(chooser.status, 200);
    assert_eq!(chooser.header("content-type"), "text/html; charset=utf-8");
    assert_eq!(chooser.header("cache-control"), "no-store");

    let page = serve.get("fr/prep/");
    assert_eq!(page.status, 200);
    assert!(article(&page).contains("Vous prenez un comprimé chaque jour."));
    // The reload script, same-origin, and the policy widened just for it.
    let html = page.html();
    let csp = select(&html, "meta[http-equiv=Content-Security-Policy]")[0]
        .value()
        .attr("content")
        .expect("content")
        .to_string();
    assert!(
        csp.starts_with("default-src 'none'; style-src 'self'"),
        "{csp}"
    );
    assert!(
        csp.ends_with("; script-src 'self'; connect-src 'self'"),
        "{csp}"
    );
    assert_eq!(
        select(&html, "script")[0].value().attr("src"),
        Some("/__peerpress/reload.js")
    );
    assert!(select(&html, ".peerpress-serve-error").is_empty());
    let script = serve.request("GET", "/__peerpress/reload.js");
    assert_eq!(
        script.header("content-type"),
        "text/javascript; charset=utf-8"
    );
    assert!(script.text().contains("EventSource"));

    // A folder without its slash is redirected (relative links need it).
    let folder = serve.get("fr/prep");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.header("location"), "/hiv/fr/prep/");

    let css = serve.get("assets/style.css");
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), "text/css; charset=utf-8");

    // The leaflets the page links to are served.
    let leaflets: Vec<String> = select(&html, "ul.leaflets a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    assert_eq!(leaflets.len(), 2, "{leaflets:?}");
    for leaflet in &leaflets {
        let pdf = serve.get(&format!("fr/prep/{leaflet}"));
        assert_eq!(pdf.status, 200, "{leaflet}");
        assert_eq!(pdf.header("content-type"), "application/pdf");
        assert!(pdf.body.starts_with(b"%PDF-"));
    }

    // HEAD: the same head, no body.
    let head = serve.request("HEAD", "/hiv/fr/prep/");
    assert_eq!(head.status, 200);
    assert_eq!(head.header("content-type"), "text/html; charset=utf-8");
    assert!(head.header("content-length").parse::<usize>().unwrap_or(0) > 1000);
    assert!(head.body.is_empty());

    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let answer = serve.request(method, "/hiv/fr/prep/");
        assert_eq!(answer.status, 405, "{method}");
        assert_eq!(answer.header("allow"), "GET, HEAD");
    }

    // A miss gets 404.html with status 404.
    let missing = serve.get("fr/nothing-here/");
    assert_eq!(missing.status, 404);
    assert!(missing.text().contains("<h1"), "{}", missing.text());
    assert_eq!(serve.request("GET", "/elsewhere/x.html").status, 404);
}

#[test]
fn no_traversal_and_only_outputs_are_served() {
    let site = translated_site();
    site.write("secret.txt", "SECRET");
    let serve = Serve::start(&site);
    assert_eq!(serve.get("en/prep/").status, 200);
    // A file in the preview folder that no job makes is not served either.
    site.write("output/.serve/site/planted.html", "SECRET");
    for target in [
        "/hiv/../secret.txt",
        "/hiv/../../etc/passwd",
        "/hiv/%2e%2e/secret.txt",
        "/hiv/%2E%2E/%2E%2E/etc/passwd",
        "/hiv/fr/..%2f..%2fsecret.txt",
        "/hiv/..%5c..%5csecret.txt",
        "/hiv/..\\..\\secret.txt",
        "/hiv/%252e%252e/secret.txt",
        "/hiv//etc/passwd",
        "/hiv/planted.html",
        "/hiv/../site.toml",
        "/site.toml",
        "/hiv/site.toml",
        "/hiv/content/prep.md",
        "/hiv/%00",
    ] {
        let answer = serve.request("GET", target);
        assert!(
            answer.status == 400 || answer.status == 404,
            "{target}: {}",
            answer.status
        );
        let body = answer.text();
        assert!(
            !body.contains("SECRET") && !body.contains("root:") && !body.contains("base_url"),
            "{target} leaked: {body}"
        );
    }
}

#[test]
fn edits_change_the_page_and_reload_its_tab() {
    let site = translated_site();
    site.ok(&["build", "--no-leaflets"]);
    let published = snapshot(&site.path("output/site"));
    assert!(!published.is_empty());
    let serve = Serve::start(&site);

    // Markdown.
    let en = serve.tab("en/prep/");
    assert!(!article(&serve.get("en/prep/")).contains("or at a pharmacy"));
    let markdown = site.read("content/prep.md");
    site.write(
        "content/prep.md",
        &markdown.replace("Ask at a clinic.", "Ask at a clinic or at a pharmacy."),
    );
    en.wait_for_reload();
    assert!(article(&serve.get("en/prep/")).contains("Ask at a clinic or at a pharmacy."));

    // A translation, written the way many editors save: a new file renamed
    // over the old one.
    let fr = serve.tab("fr/prep/");
    let french = PREP_FR.replace("Vous prenez un comprimé", "Vous prenez une pilule");
    site.write("translations/fr/prep.ftl.tmp-save", &french);
    std::fs::rename(
        site.path("translations/fr/prep.ftl.tmp-save"),
        site.path("translations/fr/prep.ftl"),
    )
    .expect("rename");
    fr.wait_for_reload();
    assert!(article(&serve.get("fr/prep/")).contains("Vous prenez une pilule chaque jour."));

    // A template: every page changes.
    let ar = serve.tab("ar/prep/");
    let template = site.read("themes/default/templates/page.html");
    site.write(
        "themes/default/templates/page.html",
        &template.replace(
            "<article>",
            "<article>\n<p class=\"serve-test\">template edited</p>",
        ),
    );
    ar.wait_for_reload();
    let page = serve.get("ar/prep/");
    assert_eq!(select(&page.html(), "p.serve-test").len(), 1);

    // The published site was never touched.
    assert_eq!(snapshot(&site.path("output/site")), published);
}

#[test]
fn a_broken_translation_shows_the_diagnostic_on_every_page_until_fixed() {
    let site = translated_site();
    let serve = Serve::start(&site);
    let fr = serve.tab("fr/prep/");
    let ar = serve.tab("ar/prep/");
    let before = article(&serve.get("fr/prep/"));

    // Line 3 loses its closing brace.
    let broken = PREP_FR.replace(
        "prep-intro-1 = La PrEP est un médicament qui empêche le VIH.",
        "prep-intro-1 = La PrEP { est un médicament qui empêche le VIH.",
    );
    site.write("translations/fr/prep.ftl", &broken);
    fr.wait_for_reload();
    ar.wait_for_reload();

    // What the command line says about the same project.
    let cli = site.fails(&["check"]);
    let cli = cli.trim();
    assert!(
        cli.starts_with("error: translations/fr/prep.ftl:3:"),
        "{cli}"
    );

    let page = serve.get("fr/prep/");
    assert_eq!(page.status, 200, "the preview keeps serving");
    let html = page.html();
    let banners = select(&html, "body > .peerpress-serve-error[role=alert]");
    assert_eq!(banners.len(), 1);
    assert_eq!(banners[0].value().attr("lang"), Some("fr"));
    assert_eq!(banners[0].value().attr("dir"), Some("ltr"));
    let diagnostic: String = select(&html, ".peerpress-serve-error pre")[0]
        .text()
        .collect();
    assert_eq!(diagnostic, cli, "the banner says what the CLI says");
    assert!(diagnostic.contains("Fluent syntax error"));
    // The last good page stays.
    assert_eq!(article(&page), before);

    let page = serve.get("ar/prep/");
    let html = page.html();
    let banner = &select(&html, ".peerpress-serve-error")[0];
    assert_eq!(banner.value().attr("lang"), Some("ar"));
    assert_eq!(banner.value().attr("dir"), Some("rtl"));
    assert!(text(banner).contains("translations/fr/prep.ftl:3:"));
    assert!(serve.get("").text().contains("translations/fr/prep.ftl:3:"));

    // Fixed: the banner goes, the new text shows, the tabs reload.
    let fixed = PREP_FR.replace("La PrEP est un médicament", "La PrEP est un bon médicament");
    site.write("translations/fr/prep.ftl", &fixed);
    fr.wait_for_reload();
    ar.wait_for_reload();
    let page = serve.get("fr/prep/");
    assert!(select(&page.html(), ".peerpress-serve-error").is_empty());
    assert!(article(&page).contains("La PrEP est un bon médicament"));
    assert!(select(&serve.get("ar/prep/").html(), ".peerpress-serve-error").is_empty());
}

#[test]
fn a_broken_document_keeps_the_last_good_page() {
    let site = translated_site();
    let serve = Serve::start(&site);
    let en = serve.tab("en/prep/");
    let markdown = site.read("content/prep.md");
    site.write(
        "content/prep.md",
        &markdown.replace("## Where to get it", "#### Where to get it"),
    );
    en.wait_for_reload();
    let page = serve.get("en/prep/");
    let html = page.html();
    let banner = text(&select(&html, ".peerpress-serve-error")[0]);
    assert!(banner.contains("error: content/prep.md:"), "{banner}");
    assert!(article(&page).contains("Where to get it"));

    site.write("content/prep.md", &markdown);
    en.wait_for_reload();
    assert!(select(&serve.get("en/prep/").html(), ".peerpress-serve-error").is_empty());
}

#[test]
fn the_dashboard_is_live() {
    let site = Site::new();
    site.ok(&["sync"]);
    let serve = Serve::start(&site);
    let status = serve.tab("status/");
    let before = serve.get("status/").text();
    assert!(before.contains("missing"), "{before}");
    site.write("translations/fr/prep.ftl", PREP_FR);
    status.wait_for_reload();
    let after = serve.get("status/").text();
    assert_ne!(before, after);
    let html = serve.get("status/").html();
    let french = select(&html, "#locale-fr")[0]
        .parent()
        .and_then(scraper::ElementRef::wrap)
        .map(|s| text(&s))
        .unwrap_or_default();
    assert!(french.contains("Everything is translated"), "{french}");
}

#[test]
fn a_busy_port_is_said_plainly() {
    let site = Site::new();
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = taken.local_addr().expect("addr").port().to_string();
    let out = site.run(&["serve", "--port", &port]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("already in use"), "{stderr}");
    assert!(stderr.contains("--port"), "{stderr}");
    // Never the published site, never all interfaces unless asked.
    assert!(!site.path("output/site").exists());
}

#[test]
fn ctrl_c_stops_cleanly() {
    let site = Site::new();
    let mut serve = Serve::start(&site);
    assert_eq!(serve.get("en/prep/").status, 200);
    let killed = Command::new("kill")
        .args(["-INT", &serve.child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let mut waited = Duration::ZERO;
    let status = loop {
        if let Some(status) = serve.child.try_wait().expect("wait") {
            break status;
        }
        assert!(waited < PATIENCE, "serve did not stop");
        std::thread::sleep(Duration::from_millis(50));
        waited += Duration::from_millis(50);
    };
    assert!(status.success(), "{status:?}");
    let lines: Vec<String> = serve.stdout.try_iter().collect();
    assert_eq!(
        lines.last().map(String::as_str),
        Some("stopped"),
        "{lines:?}"
    );
    assert!(!site.path("output/site").exists());
}

#[test]
fn requests_for_other_host_names_are_refused() {
    // DNS rebinding: a page on evil.example that resolves its own name to
    // 127.0.0.1 reaches the preview with `Host: evil.example:PORT`.
    let site = translated_site();
    let serve = Serve::start(&site);
    let port = serve
        .addr
        .rsplit_once(':')
        .map_or("", |(_, p)| p)
        .to_string();
    for host in [
        format!("evil.example:{port}"),
        "evil.example".to_string(),
        format!("localhost.evil.example:{port}"),
        format!("127.0.0.1.nip.example:{port}"),
    ] {
        for target in [
            "/hiv/fr/prep/",
            "/hiv/status/",
            "/hiv/assets/style.css",
            "/__peerpress/events?path=%2Fhiv%2Ffr%2Fprep%2F&v=x",
        ] {
            let answer = serve.request_as("GET", target, &host);
            assert_eq!(answer.status, 403, "{host} {target}");
            let body = answer.text();
            assert!(body.contains("only to this computer"), "{body}");
            assert!(!body.contains("PrEP") && !body.contains("retry:"), "{body}");
        }
    }
    // Not even the methods the preview refuses anyway are answered further.
    assert_eq!(
        serve
            .request_as("POST", "/hiv/", &format!("evil.example:{port}"))
            .status,
        403
    );
    // A request without Host (HTTP/1.0) is refused too.
    assert_eq!(serve.request_as("GET", "/hiv/fr/prep/", "").status, 400);
    // This computer's own names and addresses are answered.
    for host in [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("LocalHost:{port}"),
        format!("[::1]:{port}"),
    ] {
        let answer = serve.request_as("GET", "/hiv/fr/prep/", &host);
        assert_eq!(answer.status, 200, "{host}");
        assert!(article(&answer).contains("Vous prenez un comprimé"));
    }
}

#[test]
fn a_css_edit_reloads_the_tab_and_serves_the_new_stylesheet() {
    let site = translated_site();
    let serve = Serve::start(&site);
    let ar = serve.tab("ar/prep/");
    let fr = serve.tab("fr/prep/");
    let css = site.read("themes/default/static/style.css");
    assert!(!serve.get("assets/style.css").text().contains("serve-test"));
    site.write(
        "themes/default/static/style.css",
        &format!("{css}\n.serve-test {{ color: #1a1a1a; }}\n"),
    );
    // No page's HTML changed, but what every page shows did.
    ar.wait_for_reload();
    fr.wait_for_reload();
    let served = serve.get("assets/style.css");
    assert_eq!(served.status, 200);
    assert!(served.text().ends_with(".serve-test { color: #1a1a1a; }\n"));
}

/// The words `pdftotext` reads in a PDF, separated by single spaces.
fn pdf_text(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("leaflet.pdf");
    std::fs::write(&file, pdf).expect("write the leaflet");
    let out = Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .expect("pdftotext");
    assert!(out.status.success(), "pdftotext failed");
    String::from_utf8_lossy(&out.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The leaflets `page` links to, as served.
fn leaflets(serve: &Serve, page: &str) -> Vec<Vec<u8>> {
    let html = serve.get(page).html();
    let hrefs: Vec<String> = select(&html, "ul.leaflets a")
        .iter()
        .filter_map(|a| a.value().attr("href").map(str::to_string))
        .collect();
    assert_eq!(hrefs.len(), 2, "{page}: {hrefs:?}");
    hrefs
        .iter()
        .map(|href| {
            let pdf = serve.get(&format!("{page}{href}"));
            assert_eq!(pdf.status, 200, "{href}");
            assert_eq!(pdf.header("content-type"), "application/pdf");
            pdf.body
        })
        .collect()
}

#[test]
fn leaflets_follow_translation_edits_and_incomplete_ones_are_drafts() {
    if !have_tool("pdftotext") {
        return;
    }
    let site = translated_site();
    let serve = Serve::start(&site);
    let fr = serve.tab("fr/prep/");
    for pdf in leaflets(&serve, "fr/prep/") {
        let words = pdf_text(&pdf);
        assert!(
            words.contains("Vous prenez un comprimé chaque jour."),
            "{words}"
        );
        assert!(
            !words.contains("BROUILLON"),
            "a complete translation: {words}"
        );
    }

    // Edited: the page reloads and the leaflets it links to say the new text.
    let edited = PREP_FR.replace("un comprimé", "une pilule");
    site.write("translations/fr/prep.ftl", &edited);
    fr.wait_for_reload();
    for pdf in leaflets(&serve, "fr/prep/") {
        let words = pdf_text(&pdf);
        assert!(
            words.contains("Vous prenez une pilule chaque jour."),
            "{words}"
        );
        assert!(!words.contains("comprimé"), "{words}");
    }

    // Incomplete: the preview still links the leaflets (a build would hold
    // them back), stamped as drafts in the leaflet's language, with the
    // English for what is missing.
    let incomplete: String = edited
        .lines()
        .filter(|l| !l.starts_with("prep-where-to-get-it-1 "))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("translations/fr/prep.ftl", &incomplete);
    fr.wait_for_reload();
    for pdf in leaflets(&serve, "fr/prep/") {
        let words = pdf_text(&pdf);
        assert!(words.contains("BROUILLON"), "{words}");
        assert!(words.contains("Ask at a clinic."), "{words}");
        assert!(
            words.contains("Vous prenez une pilule chaque jour."),
            "{words}"
        );
    }
}
