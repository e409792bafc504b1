//! Positioned glyph runs → PDF, through printpdf (fonts embedded and
//! subset, glyph ids written with their text for extraction), then a lopdf
//! post-pass for what printpdf does not write: the document language, the
//! structure tree (headings, paragraphs, lists, links, the QR figure with
//! its alt text, each element's own language), link annotations, and a
//! trailer /ID derived from the content so the same input gives the same bytes.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};
use printpdf::{
    Codepoint, Color, DictItem, FontId, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions,
    Pt, Rect, Rgb, TextItem, TextMatrix,
};

use super::compose::Composed;
use super::layout::{Item, Role};
use super::LeafletError;
use crate::typeset::FontSet;

/// Which laid-out pages go where on the paper.
pub struct Imposition {
    pub width: f32,
    pub height: f32,
    /// Per sheet side (PDF page): logical page (None = blank) and its x offset.
    pub sides: Vec<Vec<(Option<usize>, f32)>>,
}

pub struct Meta {
    pub title: String,
    pub lang: String,
    /// Seconds since 1970 for the document dates.
    pub timestamp: i64,
    /// Fingerprint of the content, for the trailer /ID.
    pub id: String,
}

/// Where one tagged item of a logical page ended up.
struct Placed {
    elem: usize,
    page: usize,
    mcid: i64,
}

pub fn write(
    composed: &Composed,
    fonts: &FontSet,
    meta: &Meta,
    imposition: &Imposition,
) -> Result<Vec<u8>, LeafletError> {
    let mut doc = PdfDocument::new(&meta.title);
    let date = printpdf::DateTime::from_unix_timestamp(meta.timestamp)
        .map_err(|e| LeafletError::Pdf(e.to_string()))?;
    doc.metadata.info.creation_date = date;
    doc.metadata.info.modification_date = date;
    doc.metadata.info.metadata_date = date;
    doc.metadata.info.creator = "peerpress".into();
    doc.metadata.info.producer = "peerpress".into();
    doc.metadata.info.identifier = meta.id.clone();

    // Fonts, with ids of six capital letters: printpdf makes them the subset tag.
    let mut font_ids: BTreeMap<usize, FontId> = BTreeMap::new();
    for page in &composed.pages {
        for item in &page.items {
            if let Item::Text { run, .. } = item {
                if !font_ids.contains_key(&run.face) {
                    let n = font_ids.len();
                    let tag: String = [
                        'P',
                        'P',
                        'F',
                        (b'A' + (n / 676 % 26) as u8) as char,
                        (b'A' + (n / 26 % 26) as u8) as char,
                        (b'A' + (n % 26) as u8) as char,
                    ]
                    .iter()
                    .collect();
                    let mut warnings = Vec::new();
                    let parsed = printpdf::ParsedFont::from_bytes(
                        fonts.faces[run.face].bytes(),
                        0,
                        &mut warnings,
                    )
                    .ok_or_else(|| {
                        LeafletError::Pdf(format!(
                            "cannot read font `{}`",
                            fonts.faces[run.face].name
                        ))
                    })?;
                    let id = FontId(tag);
                    doc.resources
                        .fonts
                        .map
                        .insert(id.clone(), printpdf::PdfFont::new(parsed));
                    font_ids.insert(run.face, id);
                }
            }
        }
    }

    // Page contents, tagged with marked-content ids.
    let mut placed: BTreeMap<(usize, usize), Placed> = BTreeMap::new();
    let mut links: Vec<(usize, [f32; 4], String, Option<usize>)> = Vec::new();
    let mut pages = Vec::new();
    let mut mcids_per_page: Vec<Vec<usize>> = Vec::new();
    for (side_index, side) in imposition.sides.iter().enumerate() {
        let mut ops = Vec::new();
        let mut mcids: Vec<usize> = Vec::new();
        for &(logical, dx) in side {
            let Some(logical) = logical else { continue };
            for (item_index, item) in composed.pages[logical].items.iter().enumerate() {
                match item {
                    Item::Text { run, tag } => {
                        open_marked(
                            &mut ops,
                            *tag,
                            run.lang.as_deref(),
                            composed,
                            &mut mcids,
                            &mut placed,
                            logical,
                            item_index,
                            side_index,
                        );
                        let codepoints = run
                            .glyphs
                            .iter()
                            .map(|g| Codepoint {
                                gid: g.gid,
                                offset: if run.size > 0.0 {
                                    (g.natural - g.advance) / run.size * 1000.0
                                } else {
                                    0.0
                                },
                                cid: (!g.text.is_empty()).then(|| g.text.clone()),
                            })
                            .collect();
                        ops.push(Op::StartTextSection);
                        ops.push(Op::SetFont {
                            font: PdfFontHandle::External(font_ids[&run.face].clone()),
                            size: Pt(run.size),
                        });
                        ops.push(Op::SetFillColor {
                            col: rgb(run.color),
                        });
                        ops.push(Op::SetTextMatrix {
                            matrix: TextMatrix::Translate(Pt(run.x + dx), Pt(run.y)),
                        });
                        ops.push(Op::ShowText {
                            items: vec![TextItem::GlyphIds(codepoints)],
                        });
                        ops.push(Op::EndTextSection);
                        ops.push(Op::EndMarkedContent);
                    }
                    Item::Rect {
                        x,
                        y,
                        w,
                        h,
                        color,
                        tag,
                    } => {
                        open_marked(
                            &mut ops,
                            *tag,
                            None,
                            composed,
                            &mut mcids,
                            &mut placed,
                            logical,
                            item_index,
                            side_index,
                        );
                        ops.push(Op::SetFillColor { col: rgb(*color) });
                        ops.push(Op::DrawRectangle {
                            rectangle: Rect {
                                x: Pt(x + dx),
                                y: Pt(*y),
                                width: Pt(*w),
                                height: Pt(*h),
                                mode: Some(printpdf::PaintMode::Fill),
                                winding_order: None,
                            },
                        });
                        ops.push(Op::EndMarkedContent);
                    }
                    Item::Link {
                        x,
                        y,
                        w,
                        h,
                        url,
                        tag,
                    } => {
                        links.push((
                            side_index,
                            [x + dx, *y, x + dx + w, y + h],
                            url.clone(),
                            *tag,
                        ));
                    }
                }
            }
        }
        let mm = |pt: f32| printpdf::Mm(pt * 25.4 / 72.0);
        pages.push(PdfPage::new(
            mm(imposition.width),
            mm(imposition.height),
            ops,
        ));
        mcids_per_page.push(mcids);
    }
    doc.with_pages(pages);

    let options = PdfSaveOptions {
        optimize: false,
        subset_fonts: true,
        secure: true,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);
    tag_document(&mut lo, composed, meta, &placed, &mcids_per_page, &links)?;
    lo.compress();
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| LeafletError::Pdf(e.to_string()))?;
    Ok(bytes)
}

#[allow(clippy::too_many_arguments)]
fn open_marked(
    ops: &mut Vec<Op>,
    tag: Option<usize>,
    lang: Option<&str>,
    composed: &Composed,
    mcids: &mut Vec<usize>,
    placed: &mut BTreeMap<(usize, usize), Placed>,
    logical: usize,
    item_index: usize,
    side: usize,
) {
    match tag {
        Some(elem) => {
            let mcid = mcids.len() as i64;
            mcids.push(elem);
            placed.insert(
                (logical, item_index),
                Placed {
                    elem,
                    page: side,
                    mcid,
                },
            );
            let mut map = BTreeMap::new();
            map.insert("MCID".to_string(), DictItem::Int(mcid));
            if let Some(lang) = lang {
                map.insert(
                    "Lang".to_string(),
                    DictItem::String {
                        data: lang.as_bytes().to_vec(),
                        literal: true,
                    },
                );
            }
            ops.push(Op::BeginMarkedContentWithProperties {
                tag: composed.structure[elem].role.name().to_string(),
                properties: DictItem::Dict { map },
            });
        }
        None => ops.push(Op::BeginMarkedContent {
            tag: "Artifact".into(),
        }),
    }
}

fn rgb((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

/// A PDF text string: ASCII as is, anything else as UTF-16BE with a BOM.
fn text_string(s: &str) -> Object {
    if s.is_ascii() {
        Object::String(s.as_bytes().to_vec(), StringFormat::Literal)
    } else {
        let mut bytes = vec![0xFE, 0xFF];
        for unit in s.encode_utf16() {
            bytes.extend_from_slice(&unit.to_be_bytes());
        }
        Object::String(bytes, StringFormat::Hexadecimal)
    }
}

fn name(s: &str) -> Object {
    Object::Name(s.as_bytes().to_vec())
}

fn tag_document(
    lo: &mut lopdf::Document,
    composed: &Composed,
    meta: &Meta,
    placed: &BTreeMap<(usize, usize), Placed>,
    mcids_per_page: &[Vec<usize>],
    links: &[(usize, [f32; 4], String, Option<usize>)],
) -> Result<(), LeafletError> {
    let err = |e: lopdf::Error| LeafletError::Pdf(e.to_string());
    let page_ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();
    let structure = &composed.structure;
    let root_id = lo.new_object_id();
    let elem_ids: Vec<ObjectId> = structure.iter().map(|_| lo.new_object_id()).collect();

    // Kids of each element in reading order: child elements where they first
    // show content, marked content, link annotations.
    let mut kids: Vec<Vec<Object>> = vec![Vec::new(); structure.len()];
    let mut attached = vec![false; structure.len()];
    attached[0] = true;
    fn attach(
        e: usize,
        structure: &[super::layout::StructElem],
        attached: &mut [bool],
        kids: &mut [Vec<Object>],
        ids: &[ObjectId],
    ) {
        if attached[e] {
            return;
        }
        attached[e] = true;
        if let Some(parent) = structure[e].parent {
            attach(parent, structure, attached, kids, ids);
            kids[parent].push(Object::Reference(ids[e]));
        }
    }
    let mut annots_per_page: BTreeMap<usize, Vec<ObjectId>> = BTreeMap::new();
    let mut parent_tree: Vec<(i64, Object)> = Vec::new();
    let mut next_key = page_ids.len() as i64;
    for (logical, page) in composed.pages.iter().enumerate() {
        for index in 0..page.items.len() {
            if let Some(p) = placed.get(&(logical, index)) {
                attach(p.elem, structure, &mut attached, &mut kids, &elem_ids);
                let mut mcr = Dictionary::new();
                mcr.set("Type", name("MCR"));
                mcr.set("Pg", Object::Reference(page_ids[p.page]));
                mcr.set("MCID", Object::Integer(p.mcid));
                kids[p.elem].push(Object::Dictionary(mcr));
            }
        }
    }
    for (page, rect, url, tag) in links {
        let mut action = Dictionary::new();
        action.set("S", name("URI"));
        action.set(
            "URI",
            Object::String(url.as_bytes().to_vec(), StringFormat::Literal),
        );
        let mut annot = Dictionary::new();
        annot.set("Type", name("Annot"));
        annot.set("Subtype", name("Link"));
        annot.set(
            "Rect",
            Object::Array(rect.iter().map(|v| Object::Real(*v)).collect()),
        );
        annot.set(
            "Border",
            Object::Array(vec![
                Object::Integer(0),
                Object::Integer(0),
                Object::Integer(0),
            ]),
        );
        annot.set("A", Object::Dictionary(action));
        annot.set("Contents", text_string(url));
        annot.set("P", Object::Reference(page_ids[*page]));
        let key = next_key;
        next_key += 1;
        annot.set("StructParent", Object::Integer(key));
        let annot_id = lo.add_object(Object::Dictionary(annot));
        annots_per_page.entry(*page).or_default().push(annot_id);
        if let Some(elem) = tag {
            attach(*elem, structure, &mut attached, &mut kids, &elem_ids);
            let mut objr = Dictionary::new();
            objr.set("Type", name("OBJR"));
            objr.set("Obj", Object::Reference(annot_id));
            objr.set("Pg", Object::Reference(page_ids[*page]));
            kids[*elem].push(Object::Dictionary(objr));
            parent_tree.push((key, Object::Reference(elem_ids[*elem])));
        }
    }

    for (e, elem) in structure.iter().enumerate() {
        let mut dict = Dictionary::new();
        dict.set("Type", name("StructElem"));
        dict.set("S", name(elem.role.name()));
        dict.set(
            "P",
            Object::Reference(match elem.parent {
                Some(p) => elem_ids[p],
                None => root_id,
            }),
        );
        dict.set("K", Object::Array(std::mem::take(&mut kids[e])));
        if let Some(lang) = &elem.lang {
            dict.set("Lang", text_string(lang));
        }
        if let Some(alt) = &elem.alt {
            dict.set("Alt", text_string(alt));
        }
        if elem.role == Role::Document {
            dict.set("Lang", text_string(&meta.lang));
        }
        lo.objects.insert(elem_ids[e], Object::Dictionary(dict));
    }

    for (page, mcids) in mcids_per_page.iter().enumerate() {
        let refs = mcids
            .iter()
            .map(|e| Object::Reference(elem_ids[*e]))
            .collect();
        parent_tree.push((page as i64, Object::Array(refs)));
    }
    parent_tree.sort_by_key(|(k, _)| *k);
    let mut nums = Vec::new();
    for (key, value) in parent_tree {
        nums.push(Object::Integer(key));
        nums.push(value);
    }
    let mut tree = Dictionary::new();
    tree.set("Nums", Object::Array(nums));
    let tree_id = lo.add_object(Object::Dictionary(tree));

    let mut root = Dictionary::new();
    root.set("Type", name("StructTreeRoot"));
    root.set("K", Object::Array(vec![Object::Reference(elem_ids[0])]));
    root.set("ParentTree", Object::Reference(tree_id));
    root.set("ParentTreeNextKey", Object::Integer(next_key));
    lo.objects.insert(root_id, Object::Dictionary(root));

    for (index, page_id) in page_ids.iter().enumerate() {
        let page = lo.get_dictionary_mut(*page_id).map_err(err)?;
        page.set("StructParents", Object::Integer(index as i64));
        page.set("Tabs", name("S"));
        if let Some(annots) = annots_per_page.get(&index) {
            page.set(
                "Annots",
                Object::Array(annots.iter().map(|a| Object::Reference(*a)).collect()),
            );
        }
    }

    let catalog = lo.catalog_mut().map_err(err)?;
    catalog.set("Lang", text_string(&meta.lang));
    let mut mark = Dictionary::new();
    mark.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark));
    catalog.set("StructTreeRoot", Object::Reference(root_id));
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));

    let id = Object::String(meta.id.as_bytes().to_vec(), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}
