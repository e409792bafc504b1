//! Positioned glyph runs → PDF, through printpdf: fonts embedded as subsets
//! of exactly the glyphs drawn ([`subset`], cut and deflated once per build
//! for each face and glyph set), glyph ids written with their text for
//! extraction (each glyph's text given to printpdf once, see
//! [`Painter::text`]), a partner's logo as an image or Form XObject, each
//! item in marked content; then [`tags`] adds what
//! printpdf does not write (structure tree, links, /Lang, /ID) to printpdf's
//! object tree before it is saved.

mod subset;
mod tags;

use printpdf::{
    Codepoint, Color, DictItem, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Pt,
    RawImage, RawImageData, RawImageFormat, Rect, Rgb, TextItem, TextMatrix, XObject, XObjectId,
    XObjectTransform,
};

use super::compose::Composed;
use super::layout::Item;
use super::LeafletError;
use crate::partner::logo::Printed;
use crate::partner::raster::{Channels, Raster};
use crate::typeset::FontSet;
use crate::typeset::GlyphRun;
pub use subset::ProgramCache;
use subset::{Program, Subsets};
use tags::{LinkArea, Marks, Placed};

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

pub fn write(
    composed: &Composed,
    fonts: &FontSet,
    programs: &ProgramCache,
    meta: &Meta,
    imposition: &Imposition,
) -> Result<Vec<u8>, LeafletError> {
    let mut doc = new_document(meta)?;
    let subsets = Subsets::collect(composed, fonts);
    let programs = subsets.add_to(&mut doc, fonts, programs)?;
    for (n, printed) in composed.images.iter().enumerate() {
        let xobject = match printed.as_ref() {
            Printed::Raster(raster) => XObject::Image(raw_image(raster)),
            Printed::Vector(vector) => XObject::External(vector.xobject.clone()),
        };
        doc.resources.xobjects.map.insert(image_id(n), xobject);
    }
    let mut painter = Painter {
        composed,
        subsets: &subsets,
        marks: Marks::default(),
        seen: Seen::new(composed, &subsets, &imposition.sides),
    };
    let mm = |pt: f32| printpdf::Mm(pt * 25.4 / 72.0);
    let pages = imposition
        .sides
        .iter()
        .enumerate()
        .map(|(side, logical_pages)| {
            let ops = painter.side(side, logical_pages);
            PdfPage::new(mm(imposition.width), mm(imposition.height), ops)
        })
        .collect();
    doc.with_pages(pages);
    save(&doc, composed, meta, &painter.marks, &programs)
}

fn new_document(meta: &Meta) -> Result<PdfDocument, LeafletError> {
    let mut doc = PdfDocument::new(&meta.title);
    let date = printpdf::DateTime::from_unix_timestamp(meta.timestamp)
        .map_err(|e| LeafletError::Pdf(e.to_string()))?;
    let info = &mut doc.metadata.info;
    info.creation_date = date;
    info.modification_date = date;
    info.metadata_date = date;
    info.creator = "peerpress".into();
    info.producer = "peerpress".into();
    info.identifier = meta.id.clone();
    Ok(doc)
}

/// printpdf's objects, plus the tags, compressed and serialized.
fn save(
    doc: &PdfDocument,
    composed: &Composed,
    meta: &Meta,
    marks: &Marks,
    programs: &[std::sync::Arc<Program>],
) -> Result<Vec<u8>, LeafletError> {
    let options = PdfSaveOptions {
        optimize: false,
        // The fonts given to printpdf are subsets already.
        subset_fonts: false,
        // Lets through the raw `TJ` operations of `Painter::text` (the only
        // `Op::Unknown`s written).
        secure: false,
        image_optimization: None,
    };
    let mut warnings = Vec::new();
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);
    tags::tag_document(&mut lo, &composed.structure, meta, marks)?;
    compress(&mut lo, programs)?;
    let mut bytes = Vec::new();
    lo.save_to(&mut bytes)
        .map_err(|e| LeafletError::Pdf(e.to_string()))?;
    Ok(bytes)
}

/// Compresses every stream at zlib's default level (the font programs
/// were deflated with their subsets). lopdf's own `compress` uses the best
/// level: 2.5 times the deflate time for files about 2% smaller.
fn compress(
    lo: &mut lopdf::Document,
    programs: &[std::sync::Arc<Program>],
) -> Result<(), LeafletError> {
    for object in lo.objects.values_mut() {
        let lopdf::Object::Stream(stream) = object else {
            continue;
        };
        if !stream.allows_compression || stream.dict.has(b"Filter") {
            continue;
        }
        let deflated = match programs.iter().find(|p| p.bytes == stream.content) {
            Some(program) => program.deflated.clone(),
            None => deflate(&stream.content)?,
        };
        if let Some(deflated) = deflated {
            stream.dict.set("Filter", "FlateDecode");
            stream.set_content(deflated);
        }
    }
    Ok(())
}

/// `bytes` deflated at zlib's default level, if that makes them smaller
/// (as lopdf does: by more than the filter's entry in the dictionary).
/// Each thread keeps one compressor: a new one allocates (and the kernel
/// zeroes) a few hundred KB of window and hash tables, for every stream.
fn deflate(bytes: &[u8]) -> Result<Option<Vec<u8>>, LeafletError> {
    use flate2::{Compress, Compression, FlushCompress, Status};
    thread_local! {
        static COMPRESS: std::cell::RefCell<Compress> =
            std::cell::RefCell::new(Compress::new(Compression::default(), true));
    }
    COMPRESS.with_borrow_mut(|compress| {
        compress.reset();
        let mut out = Vec::with_capacity(bytes.len() / 2 + 64);
        loop {
            let consumed = usize::try_from(compress.total_in()).unwrap_or(bytes.len());
            let status = compress
                .compress_vec(&bytes[consumed..], &mut out, FlushCompress::Finish)
                .map_err(|e| LeafletError::Pdf(e.to_string()))?;
            match status {
                Status::StreamEnd => break,
                Status::Ok | Status::BufError => out.reserve(out.capacity().max(64)),
            }
        }
        Ok((out.len() + 19 < bytes.len()).then_some(out))
    })
}

/// Turns laid-out items into drawing operations, recording where each
/// tagged item lands.
struct Painter<'a> {
    composed: &'a Composed,
    subsets: &'a Subsets,
    marks: Marks,
    /// Glyphs printpdf has been shown (see [`Painter::text`]).
    seen: Seen<'a>,
}

/// The glyphs printpdf is shown as `ShowText`: each glyph once, at its
/// first use, carrying the text printpdf would have kept for it had every
/// glyph been shown (the text of its last use: one glyph can stand for two
/// texts, as a parenthesis mirrored in Arabic), so the ToUnicode map is the
/// same.
struct Seen<'c> {
    /// Per face (subset slot), per subset glyph id: the glyph's text for the
    /// ToUnicode map, `None` until the glyph is drawn.
    text: Vec<Vec<Option<&'c str>>>,
    /// Per face, per subset glyph id: already shown.
    shown: Vec<Vec<bool>>,
}

impl<'c> Seen<'c> {
    /// Every glyph of the leaflet in drawing order (`sides` as painted).
    fn new(
        composed: &'c Composed,
        subsets: &Subsets,
        sides: &[Vec<(Option<usize>, f32)>],
    ) -> Seen<'c> {
        let mut text: Vec<Vec<Option<&str>>> = (0..subsets.len())
            .map(|slot| vec![None; subsets.glyph_count(slot)])
            .collect();
        let logical = sides.iter().flatten().filter_map(|(page, _)| *page);
        for page in logical {
            for item in &composed.pages[page].items {
                let Item::Text { run, .. } = item else {
                    continue;
                };
                let Some(slot) = subsets.slot(run.face) else {
                    continue;
                };
                for g in &run.glyphs {
                    let gid = usize::from(subsets.gid(run.face, g.gid));
                    text[slot][gid] = Some(&g.text);
                }
            }
        }
        let shown = text.iter().map(|t| vec![false; t.len()]).collect();
        Seen { text, shown }
    }

    /// The text to show printpdf with glyph `gid` of face `slot`, if this is
    /// its first use (`Some(None)`: a glyph without text).
    fn first_use(&mut self, slot: usize, gid: u16) -> Option<Option<String>> {
        let gid = usize::from(gid);
        if std::mem::replace(&mut self.shown[slot][gid], true) {
            return None;
        }
        let text = self.text[slot][gid].unwrap_or_default();
        Some((!text.is_empty()).then(|| text.to_string()))
    }
}

/// The operands of a raw `TJ`: strings of two-byte glyph ids, and advance
/// corrections in thousandths of an em. The strings are literal (binary,
/// lopdf escapes what must be): half the bytes of hex, and written without
/// formatting each byte.
#[derive(Default)]
struct RawShow {
    items: Vec<DictItem>,
    codes: Vec<u8>,
}

impl RawShow {
    fn push(&mut self, gid: u16, offset: f32) {
        self.codes.extend_from_slice(&gid.to_be_bytes());
        if offset != 0.0 {
            self.items.push(codes(&mut self.codes));
            self.items.push(DictItem::Real(offset));
        }
    }

    /// Writes the pending glyphs as one `TJ`.
    fn flush(&mut self, ops: &mut Vec<Op>) {
        if !self.codes.is_empty() {
            self.items.push(codes(&mut self.codes));
        }
        if !self.items.is_empty() {
            ops.push(Op::Unknown {
                key: "TJ".into(),
                value: vec![DictItem::Array(std::mem::take(&mut self.items))],
            });
        }
    }
}

impl Painter<'_> {
    /// The operations of one sheet side (PDF page `side`).
    fn side(&mut self, side: usize, logical_pages: &[(Option<usize>, f32)]) -> Vec<Op> {
        let mut ops = Vec::new();
        let mut mcids: Vec<usize> = Vec::new();
        let composed = self.composed;
        for &(logical, dx) in logical_pages {
            let Some(logical) = logical else { continue };
            for (index, item) in composed.pages[logical].items.iter().enumerate() {
                let at = Place {
                    side,
                    logical,
                    index,
                };
                match item {
                    Item::Text { run, tag } => {
                        self.open_marked(&mut ops, &mut mcids, *tag, run.lang.as_deref(), &at);
                        self.text(&mut ops, run, dx);
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
                        // Rectangles of one element and color in a row (the
                        // QR code's hundreds of module runs) share one
                        // marked-content sequence and fill color.
                        let items = &composed.pages[logical].items;
                        let same = |other: Option<&Item>| {
                            tag.is_some()
                                && matches!(other, Some(Item::Rect { tag: t, color: c, .. })
                                    if t == tag && c == color)
                        };
                        let continues = index > 0 && same(items.get(index - 1));
                        let continued = same(items.get(index + 1));
                        if !continues {
                            self.open_marked(&mut ops, &mut mcids, *tag, None, &at);
                            ops.push(Op::SetFillColor { col: rgb(*color) });
                        }
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
                        if !continued {
                            ops.push(Op::EndMarkedContent);
                        }
                    }
                    Item::Image {
                        x,
                        y,
                        w,
                        h,
                        image,
                        tag,
                    } => {
                        self.open_marked(&mut ops, &mut mcids, *tag, None, &at);
                        ops.push(Op::UseXobject {
                            id: image_id(*image),
                            transform: XObjectTransform {
                                translate_x: Some(Pt(x + dx)),
                                translate_y: Some(Pt(*y)),
                                scale_x: Some(*w),
                                scale_y: Some(*h),
                                // The unit square scaled to the box, not to pixels.
                                no_auto_scale: true,
                                ..XObjectTransform::default()
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
                    } => self.marks.links.push(LinkArea {
                        page: side,
                        rect: [x + dx, *y, x + dx + w, y + h],
                        url: url.clone(),
                        tag: *tag,
                    }),
                }
            }
        }
        self.marks.mcids_per_page.push(mcids);
        ops
    }

    /// One glyph run in the subset's glyph ids.
    ///
    /// printpdf learns each glyph's text (for the font's ToUnicode map) and
    /// width (for /W) from the glyphs it is given as `ShowText`, at the cost
    /// of a few allocations per glyph, where a page has thousands. So each
    /// glyph goes through `ShowText` once per leaflet, at its first use (see
    /// [`Seen`]); every later use is written in a raw `TJ` operation
    /// (printpdf's `Op::Unknown`, written when `secure` is off): runs of
    /// glyph ids as one string, broken where a glyph's advance is corrected.
    /// Both continue from the same text position, so what is drawn and
    /// extracted is the same.
    fn text(&mut self, ops: &mut Vec<Op>, run: &GlyphRun, dx: f32) {
        let Some(font) = self.subsets.font_id(run.face) else {
            return;
        };
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont {
            font: PdfFontHandle::External(font.clone()),
            size: Pt(run.size),
        });
        ops.push(Op::SetFillColor {
            col: rgb(run.color),
        });
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(run.x + dx), Pt(run.y)),
        });
        // Raw TJ writing needs codes = subset glyph ids (TrueType outlines).
        let slot = self
            .subsets
            .slot(run.face)
            .filter(|_| self.subsets.codes_are_gids(run.face));
        let mut fresh: Vec<Codepoint> = Vec::new();
        let mut known = RawShow::default();
        for g in &run.glyphs {
            let gid = self.subsets.gid(run.face, g.gid);
            let offset = if run.size > 0.0 {
                (g.natural - g.advance) / run.size * 1000.0
            } else {
                0.0
            };
            let first = match slot {
                Some(slot) => self.seen.first_use(slot, gid),
                None => Some((!g.text.is_empty()).then(|| g.text.to_string())),
            };
            if let Some(cid) = first {
                known.flush(ops);
                fresh.push(Codepoint { gid, offset, cid });
            } else {
                if !fresh.is_empty() {
                    ops.push(Op::ShowText {
                        items: vec![TextItem::GlyphIds(std::mem::take(&mut fresh))],
                    });
                }
                known.push(gid, offset);
            }
        }
        known.flush(ops);
        if !fresh.is_empty() {
            ops.push(Op::ShowText {
                items: vec![TextItem::GlyphIds(fresh)],
            });
        }
        ops.push(Op::EndTextSection);
    }

    /// Opens the marked content of a tagged item (with its element's role
    /// and the next marked-content id), or an artifact for page furniture.
    fn open_marked(
        &mut self,
        ops: &mut Vec<Op>,
        mcids: &mut Vec<usize>,
        tag: Option<usize>,
        lang: Option<&str>,
        at: &Place,
    ) {
        let Some(elem) = tag else {
            ops.push(Op::BeginMarkedContent {
                tag: "Artifact".into(),
            });
            return;
        };
        let mcid = mcids.len() as i64;
        mcids.push(elem);
        self.marks.placed.insert(
            (at.logical, at.index),
            Placed {
                elem,
                page: at.side,
                mcid,
            },
        );
        let mut map = std::collections::BTreeMap::new();
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
            tag: self.composed.structure[elem].role.name().to_string(),
            properties: DictItem::Dict { map },
        });
    }
}

fn codes(codes: &mut Vec<u8>) -> DictItem {
    DictItem::String {
        data: std::mem::take(codes),
        literal: true,
    }
}

/// The resource name of image `n`: fixed, so the same input gives the same
/// bytes (printpdf's own ids are random).
fn image_id(n: usize) -> XObjectId {
    XObjectId(format!("Im{n}"))
}

/// printpdf writes these pixels deflated, any alpha as a soft mask.
fn raw_image(raster: &Raster) -> RawImage {
    RawImage {
        pixels: RawImageData::U8(raster.samples.clone()),
        width: raster.width as usize,
        height: raster.height as usize,
        data_format: match raster.channels {
            Channels::Gray => RawImageFormat::R8,
            Channels::GrayAlpha => RawImageFormat::RG8,
            Channels::Rgb => RawImageFormat::RGB8,
            Channels::Rgba => RawImageFormat::RGBA8,
        },
        tag: Vec::new(),
    }
}

/// Where an item is drawn: PDF page, and logical page and item index.
struct Place {
    side: usize,
    logical: usize,
    index: usize,
}

fn rgb((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}
