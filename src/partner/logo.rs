//! A partner's logo: an SVG or PNG file in the partner folder, shown in the
//! page header with the organisation's name as its alt text, and printed on
//! leaflets: a PNG decoded by [`raster`](super::raster), an SVG converted
//! by [`vector`](super::vector) (unless it needs what that leaves out).
//!
//! Pages promise no JavaScript and no request to any other host, and a logo
//! is published on every page, so it is checked before anything is built:
//! at most [`MAX_BYTES`], PNG or SVG by its first bytes (not only its name),
//! and an SVG with no `<script>`, no `<foreignObject>`, no `on…` event
//! handler, no DTD, and no reference outside itself (`href`/`xlink:href`
//! other than `#…`, `url(…)` other than `url(#…)`, `@import`).

use std::path::Path;
use std::sync::Arc;

use super::raster::{self, Raster};
use super::vector::{self, Vector};
use super::PartnerError;
use crate::diagnostic::Location;

/// The largest logo accepted: a logo is on every page a reader on a phone
/// with little data opens.
pub const MAX_BYTES: usize = 200 * 1024;

const PNG_MAGIC: &[u8] = b"\x89PNG\r\n\x1a\n";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogoKind {
    Svg,
    Png,
}

#[derive(Clone)]
pub struct Logo {
    pub kind: LogoKind,
    pub bytes: Arc<Vec<u8>>,
    /// Fingerprint of the bytes, for job fingerprints.
    pub digest: String,
    /// The file, relative to the project root (for notes about it).
    pub file: std::path::PathBuf,
    /// What leaflets print, made once per build; or why they print no
    /// logo (an SVG that needs fonts, say), for the build note.
    pub printed: Result<Arc<Printed>, String>,
}

/// A logo as leaflets draw it, in a box of the size [`Printed::size`] gives.
#[derive(Clone)]
pub enum Printed {
    Raster(Raster),
    Vector(Vector),
}

impl Printed {
    /// Width and height in the logo's own units (pixels, or SVG px), and
    /// the most it may be enlarged per unit before it prints blurred (a
    /// PNG at 150 dpi; an SVG prints sharp at any size).
    pub fn size(&self) -> (f32, f32, f32) {
        match self {
            Printed::Raster(r) => (r.width as f32, r.height as f32, 72.0 / 150.0),
            Printed::Vector(v) => (v.width, v.height, f32::INFINITY),
        }
    }
}

impl std::fmt::Debug for Logo {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Logo({:?}, {})", self.kind, self.digest)
    }
}

impl Logo {
    /// Where the logo is published inside the site folder.
    pub fn asset_path(&self) -> &'static str {
        match self.kind {
            LogoKind::Svg => "assets/partner-logo.svg",
            LogoKind::Png => "assets/partner-logo.png",
        }
    }
}

/// What is wrong with a logo, and where: in the logo file itself (an SVG's
/// line) or, when `location` is `None`, at partner.toml's `logo` line.
pub struct Problem {
    location: Option<Location>,
    problem: String,
}

impl Problem {
    fn at_logo(problem: impl Into<String>) -> Problem {
        Problem {
            location: None,
            problem: problem.into(),
        }
    }

    pub fn at_or(self, logo_line: Location) -> PartnerError {
        PartnerError::Logo {
            location: self.location.unwrap_or(logo_line),
            problem: self.problem,
        }
    }
}

/// Reads and checks `<folder>/<file>` (`folder` relative to `root`).
pub fn load(root: &Path, folder: &Path, file: &str) -> Result<Logo, Problem> {
    if let Some(problem) = crate::diagnostic::unsafe_name(file) {
        return Err(Problem::at_logo(format!(
            "`{file}`: {problem}\n  help: put the logo file in the partner folder and give its file name"
        )));
    }
    let display = folder.join(file);
    let path = root.join(&display);
    if path.is_symlink() || !path.is_file() {
        return Err(Problem::at_logo(format!(
            "file {} does not exist\n  help: put an SVG or PNG file there, or correct `logo`",
            display.display()
        )));
    }
    let size = std::fs::metadata(&path).map_or(0, |m| m.len());
    if size > MAX_BYTES as u64 {
        return Err(Problem::at_logo(format!(
            "{} is {} KB; a logo may be at most {} KB (it is on every page)\n  help: export a smaller file (an SVG, or a PNG of about 400 px wide)",
            display.display(),
            size.div_ceil(1024),
            MAX_BYTES / 1024
        )));
    }
    let bytes = std::fs::read(&path)
        .map_err(|err| Problem::at_logo(format!("{} cannot be read: {err}", display.display())))?;
    let (kind, printed) = if bytes.starts_with(PNG_MAGIC) {
        let raster = raster::decode(&bytes)
            .map_err(|problem| Problem::at_logo(format!("{} {problem}", display.display())))?;
        (LogoKind::Png, Ok(Arc::new(Printed::Raster(raster))))
    } else if looks_like_svg(&bytes) {
        let text = check_svg(&display, &bytes)?;
        let printed = vector::convert(text).map(|v| Arc::new(Printed::Vector(v)));
        (LogoKind::Svg, printed)
    } else {
        return Err(Problem::at_logo(format!(
            "{} is neither an SVG nor a PNG file (judged by its content, not its name)",
            display.display()
        )));
    };
    let digest = crate::engine::hash::content_hash(&bytes);
    Ok(Logo {
        kind,
        bytes: Arc::new(bytes),
        digest,
        file: display,
        printed,
    })
}

/// An SVG is XML text whose first tag (after a declaration and comments) is `<svg`.
fn looks_like_svg(bytes: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return false;
    };
    let mut rest = text.trim_start_matches('\u{feff}').trim_start();
    loop {
        if let Some(after) = rest.strip_prefix("<?") {
            rest = after.split_once("?>").map_or("", |(_, r)| r).trim_start();
        } else if let Some(after) = rest.strip_prefix("<!--") {
            rest = after.split_once("-->").map_or("", |(_, r)| r).trim_start();
        } else {
            break;
        }
    }
    rest.starts_with("<svg") || rest.starts_with("<!DOCTYPE svg")
}

/// Refuses what could run code or fetch anything from an SVG.
/// Gives the SVG's text back, for [`vector::convert`].
fn check_svg<'b>(display: &Path, bytes: &'b [u8]) -> Result<&'b str, Problem> {
    let in_file = |line: u32, problem: String| Problem {
        location: Some(Location::new(display, line as usize)),
        problem,
    };
    let text = std::str::from_utf8(bytes)
        .map_err(|_| Problem::at_logo(format!("{} is not UTF-8 text", display.display())))?;
    let doc = roxmltree::Document::parse(text.trim_start_matches('\u{feff}')).map_err(|err| {
        let pos = err.pos();
        in_file(pos.row, format!("is not well-formed SVG: {err}"))
    })?;
    for node in doc.descendants().filter(|n| n.is_element()) {
        let line = doc.text_pos_at(node.range().start).row;
        let name = node.tag_name().name();
        if name.eq_ignore_ascii_case("script") {
            return Err(in_file(
                line,
                "has a <script> element: pages carry no JavaScript\n  help: remove it (a logo needs none)".into(),
            ));
        }
        if name.eq_ignore_ascii_case("foreignObject") {
            return Err(in_file(
                line,
                "has a <foreignObject> element (it can embed HTML)\n  help: remove it".into(),
            ));
        }
        for attr in node.attributes() {
            let attr_name = attr.name();
            if attr_name.len() > 2 && attr_name[..2].eq_ignore_ascii_case("on") {
                return Err(in_file(
                    line,
                    format!("has an event handler `{attr_name}`: pages carry no JavaScript\n  help: remove the attribute"),
                ));
            }
            if attr_name.eq_ignore_ascii_case("href") && !attr.value().trim().starts_with('#') {
                let shown = if attr.namespace().is_some() {
                    "xlink:href"
                } else {
                    "href"
                };
                return Err(in_file(
                    line,
                    format!("has {shown}=\"{}\", a reference outside the logo: pages make no request to any other host\n  help: embed what it shows in the SVG itself", attr.value()),
                ));
            }
            if let Some(url) = external_url(attr.value()) {
                return Err(in_file(line, external_message(&url)));
            }
        }
        if name.eq_ignore_ascii_case("style") {
            let css: String = node
                .children()
                .filter_map(|c| c.text())
                .collect::<Vec<_>>()
                .concat();
            if let Some(url) = external_url(&css) {
                return Err(in_file(line, external_message(&url)));
            }
        }
    }
    Ok(text)
}

fn external_message(url: &str) -> String {
    format!("refers to `{url}` outside itself: pages make no request to any other host\n  help: use only url(#…) references to the SVG's own elements")
}

/// The first `url(…)` in CSS that is not `url(#…)`, or an `@import`.
fn external_url(css: &str) -> Option<String> {
    let lower = css.to_ascii_lowercase();
    if let Some(i) = lower.find("@import") {
        return Some(css[i..].chars().take(60).collect());
    }
    let mut from = 0;
    while let Some(i) = lower[from..].find("url(") {
        let start = from + i + 4;
        let arg = css[start..].trim_start().trim_start_matches(['"', '\'']);
        if !arg.starts_with('#') {
            let end = css[start..].find(')').map_or(css.len(), |e| start + e);
            return Some(format!("url({})", &css[start..end]));
        }
        from = start;
    }
    None
}

/// The logo as one asset job of a partner build (`assets/partner-logo.*`).
pub struct LogoAsset<'a>(pub &'a Logo);

impl crate::engine::Renderer for LogoAsset<'_> {
    fn jobs<'s>(
        &'s self,
        _done: &[crate::engine::Written],
    ) -> Result<Vec<crate::engine::Job<'s>>, crate::engine::JobError> {
        let logo = self.0;
        let path = logo.asset_path().to_string();
        Ok(vec![crate::engine::Job {
            kind: "asset",
            fingerprint: crate::engine::hash::Hasher::new("asset")
                .add(&path)
                .add(&logo.digest)
                .finish(),
            path,
            locale: None,
            doc: None,
            variant: None,
            render: Box::new(move || Ok(logo.bytes.as_ref().clone())),
        }])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_references() {
        assert_eq!(external_url("fill: url(#grad)"), None);
        assert_eq!(external_url("fill: url( '#grad' )"), None);
        assert!(external_url("fill: url(http://x.org/a.png)").is_some());
        assert!(external_url("fill: URL(//x.org/a.png)").is_some());
        assert!(external_url("@import 'x.css';").is_some());
    }

    #[test]
    fn svg_sniffing() {
        assert!(looks_like_svg(
            b"<?xml version=\"1.0\"?>\n<!-- x -->\n<svg/>"
        ));
        assert!(!looks_like_svg(b"GIF89a"));
        assert!(!looks_like_svg(b"<html></html>"));
    }
}
