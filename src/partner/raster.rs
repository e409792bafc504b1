//! A PNG logo decoded to 8-bit pixels, for leaflets: a PDF cannot embed a
//! PNG file as it is (its filters and palettes differ from PDF images), and
//! printpdf's own decoder comes with its heavy `images` feature.
//!
//! Decoding also checks the file: a PNG that pages would show broken, or one
//! so large in pixels that every leaflet would carry megabytes, is refused
//! before anything is built.

/// The most pixels a logo may have. A logo printed 5 cm wide at 300 dpi
/// needs about 600 px; every leaflet carries the pixels uncompressed by
/// PNG's filters, so a huge image would make every PDF huge.
pub const MAX_PIXELS: u64 = 1_000_000;

/// How the samples of a pixel are laid out, 8 bits each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Channels {
    Gray,
    GrayAlpha,
    Rgb,
    Rgba,
}

/// Pixels row by row from the top, `channels` samples each.
#[derive(Clone, PartialEq, Eq)]
pub struct Raster {
    pub width: u32,
    pub height: u32,
    pub channels: Channels,
    pub samples: Vec<u8>,
}

/// Decodes a PNG (palettes expanded, 16-bit samples reduced to 8); an alpha
/// channel that is opaque everywhere is dropped (no soft mask to print).
/// The error says what is wrong, for the message about the logo file.
pub fn decode(bytes: &[u8]) -> Result<Raster, String> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder
        .read_info()
        .map_err(|err| format!("is not a readable PNG file ({err})"))?;
    let (width, height) = reader.info().size();
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(format!(
            "is {width} × {height} pixels; a logo may have at most {MAX_PIXELS} pixels (it is printed on every leaflet)\n  help: export it about 600 px wide: enough to print it sharp"
        ));
    }
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| "is too large to decode".to_string())?;
    let mut samples = vec![0; size];
    let info = reader
        .next_frame(&mut samples)
        .map_err(|err| format!("is not a readable PNG file ({err})"))?;
    samples.truncate(info.buffer_size());
    let channels = match info.color_type {
        png::ColorType::Grayscale => Channels::Gray,
        png::ColorType::GrayscaleAlpha => Channels::GrayAlpha,
        png::ColorType::Rgb => Channels::Rgb,
        png::ColorType::Rgba => Channels::Rgba,
        png::ColorType::Indexed => {
            return Err("has a palette that could not be expanded".to_string())
        }
    };
    let mut raster = Raster {
        width: info.width,
        height: info.height,
        channels,
        samples,
    };
    drop_opaque_alpha(&mut raster);
    Ok(raster)
}

fn drop_opaque_alpha(raster: &mut Raster) {
    let (stride, without) = match raster.channels {
        Channels::GrayAlpha => (2, Channels::Gray),
        Channels::Rgba => (4, Channels::Rgb),
        Channels::Gray | Channels::Rgb => return,
    };
    if raster
        .samples
        .chunks_exact(stride)
        .any(|px| px[stride - 1] != 255)
    {
        return;
    }
    raster.samples = raster
        .samples
        .chunks_exact(stride)
        .flat_map(|px| px[..stride - 1].iter().copied())
        .collect();
    raster.channels = without;
}
