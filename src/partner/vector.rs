//! An SVG logo converted once, when the partner is loaded, into a PDF Form
//! XObject that every leaflet of the build draws (printpdf's
//! `ExternalXObject`), so leaflets print SVG logos as they print PNG ones.
//!
//! The approach is printpdf 0.12's own `src/svg.rs` (credit to its
//! authors): usvg parses the SVG, svg2pdf writes it as a one-page PDF at 72
//! dpi (1 SVG px = 1 pt, so its patterns and geometry share one space),
//! lopdf reads that page back, and its content stream plus its
//! `/Resources` (every indirect reference inlined) become a Form XObject
//! whose `/Matrix` maps it to the unit square, like an image. printpdf's
//! `svg` feature is not used: it pulls in the azul layout crates.
//!
//! svg2pdf and usvg are built without fonts, raster images or filters. An
//! SVG that needs one of them would print wrong (a logo without its name,
//! say), so it is not converted: the reason becomes the build note.

use std::collections::BTreeMap;

use printpdf::{DictItem, ExternalStream, ExternalXObject};
use svg2pdf::usvg;

/// A logo ready to draw: its size in points (SVG px) and the Form XObject.
#[derive(Clone, Debug)]
pub struct Vector {
    pub width: f32,
    pub height: f32,
    pub xobject: ExternalXObject,
}

/// Converts a checked SVG (see `logo::check_svg`). The error says why the
/// logo cannot be printed, to follow "leaflets show no logo, because it …".
pub fn convert(text: &str) -> Result<Vector, String> {
    if has_text_element(text) {
        return Err("has <text> elements, and leaflets draw SVG logos without fonts".into());
    }
    let tree = usvg::Tree::from_str(text, &usvg::Options::default())
        .map_err(|err| format!("could not be read as SVG for print ({err})"))?;
    if let Some(dropped) = unsupported(tree.root()) {
        return Err(format!(
            "has {dropped}, which leaflets cannot draw from an SVG logo"
        ));
    }
    let options = svg2pdf::ConversionOptions {
        // Every stream of a leaflet is compressed when it is saved.
        compress: false,
        ..svg2pdf::ConversionOptions::default()
    };
    let pdf = svg2pdf::to_pdf(&tree, options, svg2pdf::PageOptions { dpi: 72.0 })
        .map_err(|err| format!("could not be converted for print ({err})"))?;
    let (width, height) = (tree.size().width(), tree.size().height());
    let xobject = form_xobject(&pdf, width, height)
        .map_err(|err| format!("could not be converted for print ({err})"))?;
    Ok(Vector {
        width,
        height,
        xobject,
    })
}

/// Whether the SVG has a `<text>` (usvg built without fonts drops it).
fn has_text_element(text: &str) -> bool {
    roxmltree::Document::parse(text.trim_start_matches('\u{feff}')).is_ok_and(|doc| {
        doc.descendants()
            .any(|n| n.is_element() && n.tag_name().name() == "text")
    })
}

/// What svg2pdf without its `image` and `filters` features would skip.
fn unsupported(group: &usvg::Group) -> Option<&'static str> {
    if !group.filters().is_empty() {
        return Some("a filter (blur, shadow…)");
    }
    for node in group.children() {
        let mut found = match node {
            usvg::Node::Image(_) => Some("an embedded image"),
            usvg::Node::Text(_) => Some("text"),
            usvg::Node::Group(g) => unsupported(g),
            usvg::Node::Path(_) => None,
        };
        // Clip paths, masks and patterns hold groups of their own.
        node.subroots(|g| found = found.or_else(|| unsupported(g)));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// svg2pdf's page as a Form XObject mapped to the unit square.
fn form_xobject(pdf: &[u8], width: f32, height: f32) -> Result<ExternalXObject, String> {
    let doc = lopdf::Document::load_mem(pdf).map_err(|err| err.to_string())?;
    let page_id = doc
        .page_iter()
        .next()
        .ok_or_else(|| "no page".to_string())?;
    let content = doc.get_page_content(page_id);
    let page = doc.get_dictionary(page_id).map_err(|err| err.to_string())?;
    let resources = match page.get(b"Resources") {
        Ok(res) => inline(&doc, res, 0)?,
        Err(_) => DictItem::Dict {
            map: BTreeMap::new(),
        },
    };
    let real = DictItem::Real;
    let mut dict: BTreeMap<String, DictItem> = [
        ("Type", DictItem::Name("XObject".into())),
        ("Subtype", DictItem::Name("Form".into())),
        (
            "BBox",
            DictItem::Array(vec![real(0.0), real(0.0), real(width), real(height)]),
        ),
        (
            "Matrix",
            DictItem::Array(vec![
                real(1.0 / width),
                real(0.0),
                real(0.0),
                real(1.0 / height),
                real(0.0),
                real(0.0),
            ]),
        ),
        ("Resources", resources),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    // svg2pdf makes the page an isolated transparency group; the form keeps
    // it so opacity composites the same.
    if let Ok(group) = page.get(b"Group") {
        dict.insert("Group".to_string(), inline(&doc, group, 0)?);
    }
    Ok(ExternalXObject {
        stream: ExternalStream {
            dict,
            content,
            compress: false,
        },
        width: None,
        height: None,
        dpi: None,
    })
}

/// svg2pdf writes a shallow tree of objects; deeper means a cycle.
const MAX_DEPTH: usize = 64;

/// `obj` with every indirect reference resolved, so it stands alone in
/// another document.
fn inline(doc: &lopdf::Document, obj: &lopdf::Object, depth: usize) -> Result<DictItem, String> {
    use lopdf::Object;
    if depth > MAX_DEPTH {
        return Err("its resources nest too deep".into());
    }
    let entries = |dict: &lopdf::Dictionary, skip: &[&[u8]]| {
        dict.iter()
            .filter(|(k, _)| !skip.contains(&k.as_slice()))
            .map(|(k, v)| {
                Ok((
                    String::from_utf8_lossy(k).into_owned(),
                    inline(doc, v, depth + 1)?,
                ))
            })
            .collect::<Result<BTreeMap<_, _>, String>>()
    };
    Ok(match obj {
        Object::Reference(id) => {
            let target = doc.get_object(*id).map_err(|err| err.to_string())?;
            inline(doc, target, depth + 1)?
        }
        Object::Array(items) => DictItem::Array(
            items
                .iter()
                .map(|o| inline(doc, o, depth + 1))
                .collect::<Result<_, _>>()?,
        ),
        Object::Dictionary(d) => DictItem::Dict {
            map: entries(d, &[])?,
        },
        Object::Stream(s) => {
            // Decoded, so the leaflet's own compression applies; the
            // length is recomputed when written.
            let (content, skip): (Vec<u8>, &[&[u8]]) = match s.decompressed_content() {
                Ok(c) => (c, &[b"Length", b"Filter", b"DecodeParms"]),
                Err(_) => (s.content.clone(), &[b"Length"]),
            };
            DictItem::Stream {
                stream: ExternalStream {
                    dict: entries(&s.dict, skip)?,
                    content,
                    compress: false,
                },
            }
        }
        other => DictItem::from_lopdf(other),
    })
}
