//! What printpdf does not write, added to its object tree before saving:
//! the structure tree (headings, paragraphs, lists, links, the QR figure with
//! its alt text, each element's own language), link annotations, the
//! document language, and a trailer /ID derived from the content so the same
//! input gives the same bytes.

use std::collections::BTreeMap;

use lopdf::{Dictionary, Object, ObjectId, StringFormat};

use super::super::layout::{Role, StructElem};
use super::Meta;
use crate::leaflet::LeafletError;

/// Where the tagged content of a leaflet ended up, recorded while drawing.
#[derive(Default)]
pub struct Marks {
    /// (logical page, item index) → where that item's marked content is.
    pub placed: BTreeMap<(usize, usize), Placed>,
    /// Per PDF page, the structure element of each marked-content id.
    pub mcids_per_page: Vec<Vec<usize>>,
    pub links: Vec<LinkArea>,
}

/// Where one tagged item of a logical page ended up.
pub struct Placed {
    pub elem: usize,
    pub page: usize,
    pub mcid: i64,
}

/// A clickable area: PDF page, rectangle (x0, y0, x1, y1), target, element.
pub struct LinkArea {
    pub page: usize,
    pub rect: [f32; 4],
    pub url: String,
    pub tag: Option<usize>,
}

/// Adds the structure tree, link annotations, /Lang and /ID to `lo`.
pub fn tag_document(
    lo: &mut lopdf::Document,
    structure: &[StructElem],
    meta: &Meta,
    marks: &Marks,
) -> Result<(), LeafletError> {
    let page_ids: Vec<ObjectId> = lo.get_pages().values().copied().collect();
    let mut tree = Tree::new(lo, structure);
    for p in marks.placed.values() {
        tree.attach(p.elem);
        let mut mcr = Dictionary::new();
        mcr.set("Type", name("MCR"));
        mcr.set("Pg", Object::Reference(page_ids[p.page]));
        mcr.set("MCID", Object::Integer(p.mcid));
        tree.kids[p.elem].push(Object::Dictionary(mcr));
    }
    let mut parent_tree: Vec<(i64, Object)> = Vec::new();
    let mut next_key = page_ids.len() as i64;
    let mut annots_per_page: BTreeMap<usize, Vec<ObjectId>> = BTreeMap::new();
    for link in &marks.links {
        let key = next_key;
        next_key += 1;
        let annot_id = lo.add_object(link_annotation(link, page_ids[link.page], key));
        annots_per_page.entry(link.page).or_default().push(annot_id);
        if let Some(elem) = link.tag {
            tree.attach(elem);
            let mut objr = Dictionary::new();
            objr.set("Type", name("OBJR"));
            objr.set("Obj", Object::Reference(annot_id));
            objr.set("Pg", Object::Reference(page_ids[link.page]));
            tree.kids[elem].push(Object::Dictionary(objr));
            parent_tree.push((key, Object::Reference(tree.ids[elem])));
        }
    }
    tree.write_elements(lo, meta);
    for (page, mcids) in marks.mcids_per_page.iter().enumerate() {
        let refs = mcids
            .iter()
            .map(|e| Object::Reference(tree.ids[*e]))
            .collect();
        parent_tree.push((page as i64, Object::Array(refs)));
    }
    tree.write_root(lo, parent_tree, next_key);
    mark_pages(lo, &page_ids, &annots_per_page)?;
    mark_catalog(lo, meta, tree.root)
}

/// The structure elements being built, with their object ids.
struct Tree<'s> {
    structure: &'s [StructElem],
    root: ObjectId,
    ids: Vec<ObjectId>,
    /// Kids of each element in reading order: child elements where they
    /// first show content, marked content, link annotations.
    kids: Vec<Vec<Object>>,
    attached: Vec<bool>,
}

impl<'s> Tree<'s> {
    fn new(lo: &mut lopdf::Document, structure: &'s [StructElem]) -> Tree<'s> {
        let root = lo.new_object_id();
        let ids = structure.iter().map(|_| lo.new_object_id()).collect();
        let mut attached = vec![false; structure.len()];
        attached[0] = true;
        Tree {
            structure,
            root,
            ids,
            kids: vec![Vec::new(); structure.len()],
            attached,
        }
    }

    /// Makes `e` (and its ancestors) a kid of its parent, once, where it
    /// first shows content.
    fn attach(&mut self, e: usize) {
        if self.attached[e] {
            return;
        }
        self.attached[e] = true;
        if let Some(parent) = self.structure[e].parent {
            self.attach(parent);
            self.kids[parent].push(Object::Reference(self.ids[e]));
        }
    }

    fn write_elements(&mut self, lo: &mut lopdf::Document, meta: &Meta) {
        for (e, elem) in self.structure.iter().enumerate() {
            let mut dict = Dictionary::new();
            dict.set("Type", name("StructElem"));
            dict.set("S", name(elem.role.name()));
            let parent = elem.parent.map_or(self.root, |p| self.ids[p]);
            dict.set("P", Object::Reference(parent));
            dict.set("K", Object::Array(std::mem::take(&mut self.kids[e])));
            if let Some(lang) = &elem.lang {
                dict.set("Lang", text_string(lang));
            }
            if let Some(alt) = &elem.alt {
                dict.set("Alt", text_string(alt));
            }
            if elem.role == Role::Document {
                dict.set("Lang", text_string(&meta.lang));
            }
            lo.objects.insert(self.ids[e], Object::Dictionary(dict));
        }
    }

    /// The StructTreeRoot and its ParentTree (marked content and
    /// annotations → their elements).
    fn write_root(&self, lo: &mut lopdf::Document, mut parent_tree: Vec<(i64, Object)>, next: i64) {
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
        root.set("K", Object::Array(vec![Object::Reference(self.ids[0])]));
        root.set("ParentTree", Object::Reference(tree_id));
        root.set("ParentTreeNextKey", Object::Integer(next));
        lo.objects.insert(self.root, Object::Dictionary(root));
    }
}

fn link_annotation(link: &LinkArea, page: ObjectId, key: i64) -> Object {
    let mut action = Dictionary::new();
    action.set("S", name("URI"));
    action.set(
        "URI",
        Object::String(link.url.as_bytes().to_vec(), StringFormat::Literal),
    );
    let mut annot = Dictionary::new();
    annot.set("Type", name("Annot"));
    annot.set("Subtype", name("Link"));
    annot.set(
        "Rect",
        Object::Array(link.rect.iter().map(|v| Object::Real(*v)).collect()),
    );
    annot.set("Border", Object::Array(vec![Object::Integer(0); 3]));
    annot.set("A", Object::Dictionary(action));
    annot.set("Contents", text_string(&link.url));
    annot.set("P", Object::Reference(page));
    annot.set("StructParent", Object::Integer(key));
    Object::Dictionary(annot)
}

/// Each page's key in the ParentTree, tab order by structure, and its links.
fn mark_pages(
    lo: &mut lopdf::Document,
    page_ids: &[ObjectId],
    annots_per_page: &BTreeMap<usize, Vec<ObjectId>>,
) -> Result<(), LeafletError> {
    for (index, page_id) in page_ids.iter().enumerate() {
        let page = lo.get_dictionary_mut(*page_id).map_err(pdf_error)?;
        page.set("StructParents", Object::Integer(index as i64));
        page.set("Tabs", name("S"));
        if let Some(annots) = annots_per_page.get(&index) {
            page.set(
                "Annots",
                Object::Array(annots.iter().map(|a| Object::Reference(*a)).collect()),
            );
        }
    }
    Ok(())
}

/// /Lang, /MarkInfo, the structure tree, the title shown, and the /ID.
fn mark_catalog(lo: &mut lopdf::Document, meta: &Meta, root: ObjectId) -> Result<(), LeafletError> {
    let catalog = lo.catalog_mut().map_err(pdf_error)?;
    catalog.set("Lang", text_string(&meta.lang));
    let mut mark = Dictionary::new();
    mark.set("Marked", Object::Boolean(true));
    catalog.set("MarkInfo", Object::Dictionary(mark));
    catalog.set("StructTreeRoot", Object::Reference(root));
    let mut prefs = Dictionary::new();
    prefs.set("DisplayDocTitle", Object::Boolean(true));
    catalog.set("ViewerPreferences", Object::Dictionary(prefs));

    let id = Object::String(meta.id.as_bytes().to_vec(), StringFormat::Hexadecimal);
    lo.trailer.set("ID", Object::Array(vec![id.clone(), id]));
    Ok(())
}

fn pdf_error(e: lopdf::Error) -> LeafletError {
    LeafletError::Pdf(e.to_string())
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
