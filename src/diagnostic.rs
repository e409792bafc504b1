//! Where a problem is in the user's files, and how to say so.
//!
//! Every error that comes from content, catalogs or configuration carries a
//! [`Location`] so the message can name the file and line, the way rustc
//! points at source.

use std::fmt;
use std::path::{Path, PathBuf};

/// A position in one of the project's files (1-based line and column).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub path: PathBuf,
    pub line: usize,
    pub column: Option<usize>,
}

impl Location {
    pub fn new(path: impl Into<PathBuf>, line: usize) -> Self {
        Location {
            path: path.into(),
            line,
            column: None,
        }
    }

    pub fn with_column(mut self, column: usize) -> Self {
        self.column = Some(column);
        self
    }

    /// The location of byte `offset` in `text`, which is the content of `path`.
    pub fn at_offset(path: &Path, text: &str, offset: usize) -> Self {
        let (line, column) = line_and_column(text, offset);
        Location::new(path, line).with_column(column)
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path.display(), self.line)?;
        if let Some(column) = self.column {
            write!(f, ":{column}")?;
        }
        Ok(())
    }
}

/// 1-based line and column (in characters) of byte `offset` in `text`.
pub fn line_and_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = text[line_start..offset].chars().count() + 1;
    (line, column)
}

/// Reads a user's file as UTF-8, naming the line of the first invalid byte.
pub fn read_utf8(path: &Path, display_path: &Path) -> Result<String, ReadError> {
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: display_path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|err| {
        let valid = err.utf8_error().valid_up_to();
        let bytes = err.as_bytes();
        let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
        ReadError::NotUtf8 {
            location: Location::new(display_path, line),
        }
    })
}

#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{}: cannot read the file: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{location}: the file is not valid UTF-8 text\n  help: save it as UTF-8 (most editors offer \"Save with encoding\")")]
    NotUtf8 { location: Location },
}

/// Why `name` cannot be one folder or file name inside the project (a
/// theme, a document, a partner): `None` when it can.
pub fn unsafe_name(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("the name is empty".into());
    }
    if name.contains(['/', '\\']) || name == ".." || name == "." {
        return Some("a name, not a path: no `/`, `\\`, `.` or `..`".into());
    }
    if Path::new(name).is_absolute() || name.contains(':') {
        return Some("a name, not an absolute path".into());
    }
    if name.starts_with('.') || name.chars().any(char::is_control) {
        return Some("a name may not start with `.` or hold control characters".into());
    }
    None
}

/// Why `path` (inside `root`, as written) leads outside the project through
/// a symbolic link: `None` when it stays inside (or does not exist).
pub fn leaves_root(root: &Path, path: &Path) -> Option<String> {
    let (Ok(root), Ok(real)) = (root.canonicalize(), path.canonicalize()) else {
        return None;
    };
    (!real.starts_with(&root)).then(|| {
        format!(
            "leads outside the project (to {}) through a symbolic link",
            real.display()
        )
    })
}
