//! A QR code that holds a short text itself, drawn as one SVG path. A kiosk client can carry a
//! result summary home on their phone without any server: the phone's camera reads the text
//! straight from the code. Encoding is Project Nayuki's `qrcodegen` (MIT), in pure Rust.

use qrcodegen::{QrCode, QrCodeEcc};
use std::fmt::Write;

/// Modules of light margin around the code, as the QR standard asks for.
pub const QUIET_ZONE: usize = 4;

/// An encoded QR code: a square of dark and light modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    size: usize,
    dark: Vec<bool>,
}

/// Encodes `text` as UTF-8 bytes with medium error correction (about 15 % of the code can be
/// damaged and still read), which phones read well off a screen. `None` when the text is too
/// long for any QR code.
pub fn encode(text: &str) -> Option<Qr> {
    let code = QrCode::encode_binary(text.as_bytes(), QrCodeEcc::Medium).ok()?;
    let size = usize::try_from(code.size()).ok()?;
    let side = code.size();
    let dark = (0..side)
        .flat_map(|y| (0..side).map(move |x| (x, y)))
        .map(|(x, y)| code.get_module(x, y))
        .collect();
    Some(Qr { size, dark })
}

impl Qr {
    /// Modules per side, without the quiet zone (21 for version 1, up to 177).
    pub fn size(&self) -> usize {
        self.size
    }

    /// Whether the module at column `x`, row `y` is dark; outside the code it is light.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.dark[y * self.size + x]
    }

    /// The SVG `viewBox`, one unit a module, with the quiet zone around the code.
    pub fn view_box(&self) -> String {
        let side = self.size + 2 * QUIET_ZONE;
        format!("0 0 {side} {side}")
    }

    /// One SVG path of every dark module, a rectangle per horizontal run:
    /// `M{x} {y}h{run}v1h-{run}z`, already shifted by the quiet zone.
    pub fn svg_path(&self) -> String {
        let mut d = String::with_capacity(self.size * self.size);
        for y in 0..self.size {
            let mut x = 0;
            while x < self.size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < self.size && self.is_dark(x, y) {
                    x += 1;
                }
                let run = x - start;
                // Writing to a String cannot fail.
                let _ = write!(
                    d,
                    "M{} {}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                );
            }
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Rebuilds the module grid from an SVG path made by `svg_path`.
    fn grid_of_path(d: &str, side: usize) -> Vec<bool> {
        let mut grid = vec![false; side * side];
        for rect in d.split('z').filter(|r| !r.is_empty()) {
            let nums: Vec<usize> = rect
                .split(|c: char| !c.is_ascii_digit())
                .filter(|s| !s.is_empty())
                .map(|s| s.parse().expect("a number"))
                .collect();
            let (x, y, run) = (nums[0], nums[1], nums[2]);
            assert_eq!(nums[3..], [1, run], "a run is one module high: {rect}");
            for cell in &mut grid[y * side + x..y * side + x + run] {
                assert!(!*cell, "runs never overlap");
                *cell = true;
            }
        }
        grid
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules() {
        let qr = encode("Self-Compassion Scale: total 3.38 (moderate)").expect("fits");
        let side = qr.size() + 2 * QUIET_ZONE;
        let grid = grid_of_path(&qr.svg_path(), side);
        for y in 0..side {
            for x in 0..side {
                let inside = (QUIET_ZONE..QUIET_ZONE + qr.size()).contains(&x)
                    && (QUIET_ZONE..QUIET_ZONE + qr.size()).contains(&y);
                let expected = inside && qr.is_dark(x - QUIET_ZONE, y - QUIET_ZONE);
                assert_eq!(grid[y * side + x], expected, "module {x},{y}");
            }
        }
        assert_eq!(qr.view_box(), format!("0 0 {side} {side}"));
    }

    #[test]
    fn finder_patterns_sit_in_three_corners() {
        let qr = encode("hello").expect("fits");
        assert_eq!(qr.size(), 21, "five bytes fit version 1");
        let n = qr.size();
        for (cx, cy) in [(0, 0), (n - 7, 0), (0, n - 7)] {
            // The 7×7 finder: a dark ring, a light ring, a dark 3×3 centre.
            for i in 0..7 {
                assert!(qr.is_dark(cx + i, cy) && qr.is_dark(cx + i, cy + 6));
                assert!(qr.is_dark(cx, cy + i) && qr.is_dark(cx + 6, cy + i));
            }
            assert!(!qr.is_dark(cx + 1, cy + 1) && qr.is_dark(cx + 3, cy + 3));
        }
        assert!(!qr.is_dark(n, 0) && !qr.is_dark(0, n), "outside is light");
    }

    #[test]
    fn a_results_summary_fits_and_grows_the_code_with_length() {
        let summary = "Self-Compassion Scale (26 items), 26 Nov 2026\n".repeat(10);
        let long = encode(&summary).expect("460 bytes fit");
        let short = encode("3.38").expect("fits");
        assert!(long.size() > short.size());
        assert!(long.size() <= 177);
    }

    #[test]
    fn text_beyond_the_largest_code_is_refused() {
        assert!(encode(&"é".repeat(2000)).is_none());
    }
}
