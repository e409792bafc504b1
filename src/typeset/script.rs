//! Scripts and font styles: what picks a face for a character.

/// A writing system the theme chooses fonts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Script {
    Latin,
    Greek,
    Cyrillic,
    Arabic,
}

impl Script {
    pub const ALL: [Script; 4] = [
        Script::Latin,
        Script::Greek,
        Script::Cyrillic,
        Script::Arabic,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Script::Latin => "latin",
            Script::Greek => "greek",
            Script::Cyrillic => "cyrillic",
            Script::Arabic => "arabic",
        }
    }

    /// The script of a character, or `None` for characters every script
    /// shares (spaces, digits, punctuation), which follow their neighbours.
    pub fn of(c: char) -> Option<Script> {
        match c as u32 {
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x08A0..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Some(Script::Arabic),
            0x0370..=0x03FF | 0x1F00..=0x1FFF => Some(Script::Greek),
            0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => {
                Some(Script::Cyrillic)
            }
            _ if c.is_alphabetic() => Some(Script::Latin),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Style {
    pub bold: bool,
    pub italic: bool,
}

impl Style {
    /// Every style a theme can name a face for, in the order faces are loaded.
    pub const ALL: [Style; 4] = [
        Style {
            bold: false,
            italic: false,
        },
        Style {
            bold: true,
            italic: false,
        },
        Style {
            bold: false,
            italic: true,
        },
        Style {
            bold: true,
            italic: true,
        },
    ];

    /// How a message names the style.
    pub fn name(self) -> &'static str {
        match (self.bold, self.italic) {
            (false, false) => "regular",
            (true, false) => "bold",
            (false, true) => "italic",
            (true, true) => "bold italic",
        }
    }
}

/// Characters that need no glyph: spaces, controls and invisible formatting.
pub fn needs_glyph(c: char) -> bool {
    !(c.is_whitespace()
        || c.is_control()
        || matches!(c as u32, 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2069 | 0xFEFF | 0xAD))
}
