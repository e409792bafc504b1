//! Telling open browser tabs to reload: server-sent events, and the small
//! script that listens for them.
//!
//! The script exists only in serve mode. The built site has no JavaScript and
//! a Content-Security-Policy that forbids scripts; in serve mode each HTML
//! response gets a `<script src>` to a same-origin address (inline scripts
//! stay forbidden) and its policy is widened by exactly `script-src 'self'`
//! and `connect-src 'self'`. Each tab says which page it shows and which
//! version of it; after a change only the tabs whose page changed reload.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError, Sender};
use std::sync::Mutex;
use std::time::Duration;

/// Where serve mode's own files live: outside every site path.
pub const PREFIX: &str = "/__peerpress/";
pub const SCRIPT_PATH: &str = "/__peerpress/reload.js";
pub const STYLE_PATH: &str = "/__peerpress/serve.css";
pub const EVENTS_PATH: &str = "/__peerpress/events";

/// Connects to the event stream with this tab's page and version, and
/// reloads on `reload`. `EventSource` reconnects by itself after a restart
/// of `serve`; the version then tells whether the page changed meanwhile.
pub const SCRIPT: &str = r#"// peerpress serve: reloads this tab when its page changes (serve mode only).
(function () {
  "use strict";
  var script = document.currentScript;
  var version = script ? script.getAttribute("data-version") || "" : "";
  var url = "/__peerpress/events?path=" + encodeURIComponent(location.pathname) +
    "&v=" + encodeURIComponent(version);
  var events = new EventSource(url);
  events.addEventListener("reload", function () {
    events.close();
    location.reload();
  });
})();
"#;

/// The error banner's look (a stylesheet: the pages' policy forbids inline styles).
pub const STYLE: &str = r#"/* peerpress serve: the error banner (serve mode only). */
.peerpress-serve-error {
  margin: 0;
  padding: 0.75rem 1rem;
  background: #fdecea;
  color: #4d0a00;
  border-block-end: 4px solid #b3261e;
  font-family: system-ui, sans-serif;
  font-size: 1rem;
  line-height: 1.5;
}
.peerpress-serve-error p { margin: 0 0 0.5rem; font-weight: 700; }
.peerpress-serve-error pre {
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
  font-family: ui-monospace, "DejaVu Sans Mono", monospace;
  font-size: 0.9rem;
  text-align: left;
}
"#;

/// A message to one tab.
enum Message {
    Reload,
    Stop,
}

struct Client {
    id: u64,
    /// The site path it shows.
    path: String,
    /// The version of that path it shows.
    version: String,
    tx: Sender<Message>,
}

/// The open tabs.
#[derive(Default)]
pub struct Hub {
    clients: Mutex<Vec<Client>>,
    next_id: AtomicU64,
}

/// One tab's connection: pass it to [`Hub::stream`].
pub struct Connection {
    id: u64,
    rx: Receiver<Message>,
}

impl Hub {
    /// Registers a tab showing `version` of `path`; `current` is the
    /// version now. A tab that is already out of date is told to reload.
    pub fn connect(&self, path: &str, version: &str, current: &str) -> Connection {
        let (tx, rx) = channel();
        let id = self.next_id.fetch_add(1, Ordering::Relaxed);
        if version != current {
            let _ = tx.send(Message::Reload);
        }
        self.lock().push(Client {
            id,
            path: path.to_string(),
            version: current.to_string(),
            tx,
        });
        Connection { id, rx }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Client>> {
        self.clients
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The paths open in some tab, each once.
    pub fn paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = self.lock().iter().map(|c| c.path.clone()).collect();
        paths.sort();
        paths.dedup();
        paths
    }

    /// Tells every tab showing another version of `path` than `version` to
    /// reload; returns how many.
    pub fn reload(&self, path: &str, version: &str) -> usize {
        let mut n = 0;
        for client in self.lock().iter_mut() {
            if client.path == path && client.version != version {
                client.version = version.to_string();
                n += usize::from(client.tx.send(Message::Reload).is_ok());
            }
        }
        n
    }

    /// Ends every stream (the server is stopping).
    pub fn stop_all(&self) {
        for client in self.lock().drain(..) {
            let _ = client.tx.send(Message::Stop);
        }
    }

    /// Streams events to one tab until it goes away or the server stops.
    /// `out` is the raw connection: the response head is written here.
    pub fn stream(&self, connection: Connection, mut out: Box<dyn Write + Send>) {
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n";
        // Reconnect quickly after a restart of `serve`.
        let mut ok = write_flush(&mut out, head) && write_flush(&mut out, "retry: 500\n\n");
        while ok {
            ok = match connection.rx.recv_timeout(Duration::from_secs(15)) {
                Ok(Message::Reload) => write_flush(&mut out, "event: reload\ndata: reload\n\n"),
                Ok(Message::Stop) | Err(RecvTimeoutError::Disconnected) => false,
                // A comment line: finds tabs that were closed.
                Err(RecvTimeoutError::Timeout) => write_flush(&mut out, ": ping\n\n"),
            };
        }
        self.lock().retain(|c| c.id != connection.id);
    }
}

fn write_flush(out: &mut Box<dyn Write + Send>, text: &str) -> bool {
    out.write_all(text.as_bytes()).is_ok() && out.flush().is_ok()
}

/// Serve mode's additions to one HTML page: the policy widened for the
/// script, the script (with the version the tab shows), and the error banner.
pub fn inject(html: &[u8], version: &str, banner: Option<&str>) -> Vec<u8> {
    let Ok(html) = std::str::from_utf8(html) else {
        return html.to_vec();
    };
    let mut html = widen_policy(html);
    let mut head = String::new();
    if banner.is_some() {
        head.push_str(&format!(
            "<link rel=\"stylesheet\" href=\"{STYLE_PATH}\">\n"
        ));
    }
    head.push_str(&format!(
        "<script src=\"{SCRIPT_PATH}\" data-version=\"{}\" defer></script>\n",
        crate::html::escape_html(version)
    ));
    let lower = html.to_ascii_lowercase();
    let at = lower.find("</head>").unwrap_or(0);
    html.insert_str(at, &head);
    if let Some(banner) = banner {
        let lower = html.to_ascii_lowercase();
        let at = lower
            .find("<body")
            .and_then(|i| html[i..].find('>').map(|j| i + j + 1))
            .unwrap_or(html.len());
        html.insert_str(at, &format!("\n{banner}"));
    }
    html.into_bytes()
}

/// The page's `Content-Security-Policy` meta with `'self'` allowed for
/// scripts and connections (and styles, for the banner's stylesheet).
fn widen_policy(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let Some(meta) = lower.find("http-equiv=\"content-security-policy\"") else {
        return html.to_string();
    };
    let tag_start = lower[..meta].rfind('<').unwrap_or(meta);
    let Some(tag_end) = lower[meta..].find('>').map(|i| meta + i) else {
        return html.to_string();
    };
    let Some(content) = lower[tag_start..tag_end]
        .find("content=\"")
        .map(|i| tag_start + i + "content=\"".len())
    else {
        return html.to_string();
    };
    let Some(content_end) = html[content..tag_end].find('"').map(|i| content + i) else {
        return html.to_string();
    };
    let policy = allow_self(
        &html[content..content_end],
        &["script-src", "connect-src", "style-src"],
    );
    format!("{}{policy}{}", &html[..content], &html[content_end..])
}

/// `policy` with `'self'` among the sources of each of `directives`.
fn allow_self(policy: &str, directives: &[&str]) -> String {
    let mut parts: Vec<String> = policy
        .split(';')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(str::to_string)
        .collect();
    for directive in directives {
        let found = parts.iter_mut().find(|p| {
            p.split_whitespace()
                .next()
                .is_some_and(|name| name.eq_ignore_ascii_case(directive))
        });
        match found {
            Some(part) => {
                let sources: Vec<&str> = part
                    .split_whitespace()
                    .skip(1)
                    .filter(|s| !s.eq_ignore_ascii_case("'none'"))
                    .collect();
                if !sources.iter().any(|s| s.eq_ignore_ascii_case("'self'")) {
                    *part = std::iter::once(*directive)
                        .chain(sources)
                        .chain(std::iter::once("'self'"))
                        .collect::<Vec<_>>()
                        .join(" ");
                }
            }
            None => parts.push(format!("{directive} 'self'")),
        }
    }
    parts.join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'\">\n<title>x</title>\n</head>\n<body>\n<main></main>\n</body>\n</html>\n";

    #[test]
    fn the_policy_allows_only_same_origin_scripts() {
        let page = String::from_utf8(inject(PAGE.as_bytes(), "v1", None)).unwrap();
        assert!(page.contains("content=\"default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; script-src 'self'; connect-src 'self'\""), "{page}");
        assert!(page.contains(
            "<script src=\"/__peerpress/reload.js\" data-version=\"v1\" defer></script>\n</head>"
        ));
        assert!(!page.contains("serve.css"));
    }

    #[test]
    fn none_becomes_self() {
        assert_eq!(
            allow_self("default-src 'none'; script-src 'none'", &["script-src"]),
            "default-src 'none'; script-src 'self'"
        );
        assert_eq!(
            allow_self("script-src https://x.org", &["script-src"]),
            "script-src https://x.org 'self'"
        );
    }

    #[test]
    fn the_banner_opens_the_body() {
        let page = String::from_utf8(inject(PAGE.as_bytes(), "v", Some("<div>B</div>"))).unwrap();
        assert!(page.contains("<body>\n<div>B</div>\n<main>"), "{page}");
        assert!(page.contains("href=\"/__peerpress/serve.css\""));
    }
}
