//! The HTTP side of `serve` (tiny_http): a static server that is safe to
//! point a browser at.
//!
//! Only requests addressed to this computer (see [`host`]: DNS rebinding),
//! only GET and HEAD (405 otherwise). A request path is percent-decoded
//! once; a `..` or `.` segment, an empty segment, a backslash, an encoded
//! slash or backslash, a control character or invalid UTF-8 is refused with
//! 400. What remains can only name an output of the build: the preview
//! answers from the list of jobs, never by opening a file the request names,
//! so nothing outside the preview folder can be reached. The site is
//! served under the path of `base_url` (as it will be published), which is
//! what `404.html`'s absolute links expect; a folder gets its `index.html`.

use std::sync::{Arc, Mutex, MutexGuard};

use tiny_http::{Header, Method, Request, Response};

use super::banner;
use super::host;
use super::preview::Preview;
use super::reload::{self, Hub};

const NOT_FOUND: &str = "404.html";

/// What every request thread shares.
pub struct Shared {
    pub preview: Mutex<Preview>,
    pub hub: Hub,
}

impl Shared {
    pub fn preview(&self) -> MutexGuard<'_, Preview> {
        self.preview
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

/// Where a request leads.
#[derive(Debug, PartialEq, Eq)]
pub enum Route {
    Script,
    Style,
    /// The event stream of a tab showing site path `page` at `version`.
    Events {
        page: String,
        version: String,
    },
    /// An output path of the site.
    Site(String),
    /// Elsewhere on the site (the address with a `/` added, or the site's root).
    Redirect(String),
    NotFound,
    BadRequest,
}

/// Routes a request target (`/hiv/fr/prep/?x=1`) for a site under `base`
/// (`/hiv/`).
pub fn route(target: &str, base: &str) -> Route {
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    match path {
        reload::SCRIPT_PATH => return Route::Script,
        reload::STYLE_PATH => return Route::Style,
        reload::EVENTS_PATH => {
            let param = |name: &str| {
                query
                    .split('&')
                    .filter_map(|pair| pair.split_once('='))
                    .find(|(key, _)| *key == name)
                    .and_then(|(_, value)| decode(value, true))
            };
            // A tab that shows the "not found" page follows `404.html`.
            let page = match route(&param("path").unwrap_or_default(), base) {
                Route::Site(page) => page,
                _ => NOT_FOUND.to_string(),
            };
            return Route::Events {
                page,
                version: param("v").unwrap_or_default(),
            };
        }
        _ if path.starts_with(reload::PREFIX) => return Route::NotFound,
        _ => {}
    }
    let Some(decoded) = decode(path, false) else {
        return Route::BadRequest;
    };
    if !decoded.starts_with('/') || decoded.contains('\\') || decoded.chars().any(char::is_control)
    {
        return Route::BadRequest;
    }
    let segments: Vec<&str> = decoded[1..].split('/').collect();
    let last = segments.len() - 1;
    let unsafe_segment = segments
        .iter()
        .enumerate()
        .any(|(i, s)| *s == ".." || *s == "." || (s.is_empty() && i != last));
    if unsafe_segment {
        return Route::BadRequest;
    }
    let Some(rest) = decoded.strip_prefix(base) else {
        if decoded == "/" || decoded == base.trim_end_matches('/') {
            return Route::Redirect(base.to_string());
        }
        return Route::NotFound;
    };
    if rest.is_empty() || rest.ends_with('/') {
        return Route::Site(format!("{rest}index.html"));
    }
    if !segments[last].contains('.') {
        // A folder: its relative links only work from `…/`.
        return Route::Redirect(format!("{path}/"));
    }
    Route::Site(rest.to_string())
}

/// Percent-decodes `text` once. `None` for a bad escape, an encoded `/`,
/// `\` or NUL (in a path), or bytes that are not UTF-8. In a query value
/// (`query`), `+` is a space and encoded slashes are plain characters.
fn decode(text: &str, query: bool) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                let byte = u8::from_str_radix(hex, 16).ok()?;
                if !query && matches!(byte, b'/' | b'\\' | 0) {
                    return None;
                }
                out.push(byte);
                i += 3;
            }
            b'+' if query => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).ok()
}

/// The Content-Type of a site path, by its extension.
pub fn content_type(path: &str) -> &'static str {
    let extension = path.rsplit_once('.').map_or("", |(_, e)| e);
    match extension.to_ascii_lowercase().as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "txt" => "text/plain; charset=utf-8",
        "xml" => "application/xml",
        "pdf" => "application/pdf",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

/// A response with the headers every answer carries: never cached (the
/// preview changes under the browser), never sniffed, no referrer.
fn response(status: u16, content_type: &str, body: Vec<u8>) -> Response<std::io::Cursor<Vec<u8>>> {
    let mut response = Response::from_data(body).with_status_code(status);
    for (name, value) in [
        ("Content-Type", content_type),
        ("Cache-Control", "no-store"),
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ] {
        if let Some(h) = header(name, value) {
            response.add_header(h);
        }
    }
    response
}

fn text(status: u16, body: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    response(
        status,
        "text/plain; charset=utf-8",
        body.as_bytes().to_vec(),
    )
}

/// Answers one request (on its own thread: an event stream lasts as long
/// as its tab).
pub fn handle(shared: &Arc<Shared>, request: Request) {
    let hosts = request
        .headers()
        .iter()
        .filter(|h| h.field.equiv("Host"))
        .map(|h| h.value.as_str());
    if let Err(refused) = host::check(hosts) {
        let answer = match refused {
            host::Refused::Missing => text(400, "400 Bad Request: one Host header is required\n"),
            host::Refused::Name(name) => text(
                403,
                &format!("403 Forbidden: the preview answers only to this computer's addresses (localhost or an IP address), not to the host name {name:?}\n"),
            ),
        };
        let _ = request.respond(answer);
        return;
    }
    if !matches!(request.method(), Method::Get | Method::Head) {
        let mut answer = text(
            405,
            "405 Method Not Allowed: the preview answers GET and HEAD only\n",
        );
        if let Some(h) = header("Allow", "GET, HEAD") {
            answer.add_header(h);
        }
        let _ = request.respond(answer);
        return;
    }
    let base = shared.preview().base_path();
    let answer = match route(request.url(), &base) {
        Route::Script => response(
            200,
            "text/javascript; charset=utf-8",
            reload::SCRIPT.as_bytes().to_vec(),
        ),
        Route::Style => response(
            200,
            "text/css; charset=utf-8",
            reload::STYLE.as_bytes().to_vec(),
        ),
        Route::Events { page, version } => {
            if request.method() == &Method::Head {
                response(200, "text/event-stream", Vec::new())
            } else {
                let current = shared.preview().resolve(&page, false).version;
                let connection = shared.hub.connect(&page, &version, &current);
                shared.hub.stream(connection, request.into_writer());
                return;
            }
        }
        Route::Redirect(location) => {
            let mut answer = text(301, &format!("moved to {location}\n"));
            if let Some(h) = header("Location", &location) {
                answer.add_header(h);
            }
            answer
        }
        Route::BadRequest => text(400, "400 Bad Request: not an address of this site\n"),
        Route::NotFound => page(shared, NOT_FOUND, Some(404)),
        Route::Site(path) => page(shared, &path, None),
    };
    let _ = request.respond(answer);
}

/// An output of the site, HTML with serve mode's additions.
fn page(shared: &Shared, path: &str, status: Option<u16>) -> Response<std::io::Cursor<Vec<u8>>> {
    let mut preview = shared.preview();
    let resolved = preview.resolve(path, true);
    let problems = preview.problems();
    drop(preview);
    let status = status.unwrap_or(resolved.status);
    let Some(body) = resolved.body else {
        if resolved.status == 503 {
            let page = reload::inject(&banner::error_page(&problems), &resolved.version, None);
            return response(503, "text/html; charset=utf-8", page);
        }
        return text(status, "404 Not Found\n");
    };
    let content_type = content_type(&resolved.served);
    if !content_type.starts_with("text/html") {
        return response(status, content_type, body);
    }
    let banner = (!problems.is_empty()).then(|| {
        let (lang, dir) = banner::page_language(&body);
        banner::banner(&problems, &lang, &dir)
    });
    let body = reload::inject(&body, &resolved.version, banner.as_deref());
    response(status, content_type, body)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(path: &str) -> Route {
        Route::Site(path.to_string())
    }

    #[test]
    fn routes() {
        let base = "/hiv/";
        assert_eq!(route("/hiv/", base), site("index.html"));
        assert_eq!(route("/hiv/fr/prep/", base), site("fr/prep/index.html"));
        assert_eq!(
            route("/hiv/fr/prep/index.html?x=1", base),
            site("fr/prep/index.html")
        );
        assert_eq!(
            route("/hiv/assets/style.css", base),
            site("assets/style.css")
        );
        assert_eq!(
            route("/hiv/fr/prep", base),
            Route::Redirect("/hiv/fr/prep/".into())
        );
        assert_eq!(route("/", base), Route::Redirect("/hiv/".into()));
        assert_eq!(route("/hiv", base), Route::Redirect("/hiv/".into()));
        assert_eq!(route("/other/x.html", base), Route::NotFound);
        assert_eq!(route("/hiv/%66r/index.html", base), site("fr/index.html"));
        assert_eq!(route("/__peerpress/reload.js", base), Route::Script);
        assert_eq!(route("/__peerpress/nothing", base), Route::NotFound);
        assert_eq!(route("/", "/"), site("index.html"));
        assert_eq!(
            route("/__peerpress/events?path=%2Fhiv%2Ffr%2F&v=abc", base),
            Route::Events {
                page: "fr/index.html".into(),
                version: "abc".into()
            }
        );
    }

    #[test]
    fn traversal_is_refused() {
        let base = "/";
        for bad in [
            "/../site.toml",
            "/fr/../../site.toml",
            "/%2e%2e/site.toml",
            "/%2E%2E/%2E%2E/etc/passwd",
            "/fr/..%2fsite.toml",
            "/fr%2f..%2f..%2fsite.toml",
            "/fr%5c..%5csite.toml",
            "/fr\\..\\site.toml",
            "/./index.html",
            "//etc/passwd",
            "/fr//index.html",
            "/%00",
            "/%zz",
            "/%ff",
        ] {
            assert_eq!(route(bad, base), Route::BadRequest, "{bad}");
        }
        // Decoded once only: a doubly encoded `..` is a plain (missing) name.
        assert_eq!(route("/%252e%252e/x.html", base), site("%2e%2e/x.html"));
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("fr/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("fr/prep/prep-fr-a4.pdf"), "application/pdf");
        assert_eq!(content_type("assets/style.css"), "text/css; charset=utf-8");
        assert_eq!(content_type("x"), "application/octet-stream");
    }
}
