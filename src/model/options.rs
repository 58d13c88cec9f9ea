//! Embed options: what a clinician configures through the iframe URL's query string (mirrored by
//! `data-` attributes on the loader). Parsing is total: an invalid value falls back to its
//! default and is reported as a warning, so the widget never shows a blank frame.

use crate::model::instrument::Form;
use crate::model::scoring::Method;

/// A practice that can be shown on the start screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Module {
    Scale,
    Pacer,
    Letter,
    Friend,
    Break,
}

impl Module {
    /// All modules, in their default order.
    pub const ALL: [Module; 5] = [
        Module::Scale,
        Module::Pacer,
        Module::Letter,
        Module::Friend,
        Module::Break,
    ];

    /// The key used in the URL.
    pub fn key(self) -> &'static str {
        match self {
            Module::Scale => "scale",
            Module::Pacer => "pacer",
            Module::Letter => "letter",
            Module::Friend => "friend",
            Module::Break => "break",
        }
    }

    fn parse(key: &str) -> Option<Module> {
        Module::ALL.into_iter().find(|m| m.key() == key)
    }
}

/// Light, dark, or whatever the device prefers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Scheme {
    #[default]
    System,
    Light,
    Dark,
}

/// A crisis resource to show; without a name from the clinician, local emergency services.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Crisis {
    /// The clinician's name for the service; `None` shows the catalogue's "your local emergency
    /// number" in the language in use.
    pub custom_name: Option<String>,
    pub phone: Option<String>,
    pub url: Option<String>,
}

impl Crisis {
    /// The service's name as shown.
    pub fn name(&self) -> &str {
        self.custom_name
            .as_deref()
            .unwrap_or(crate::messages::text().shell.default_crisis_name)
    }
}

/// Everything a clinician can set.
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    /// Modules shown on the start screen, in order (never empty).
    pub modules: Vec<Module>,
    /// The scale form offered first; `None` lets the client choose.
    pub form: Option<Form>,
    /// The total method used by default.
    pub method: Method,
    /// Whether the research view is offered on the results screen.
    pub research: bool,
    /// Accent colour as `#rrggbb`.
    pub accent: Option<String>,
    /// One of a few safe font stacks.
    pub font: Option<&'static str>,
    /// Corner radius in pixels, 0 to 24.
    pub radius: Option<u8>,
    pub scheme: Scheme,
    /// A short introduction shown on the start screen.
    pub intro: Option<String>,
    pub crisis: Crisis,
    /// Kiosk mode: nothing stored, idle wipe, large targets.
    pub kiosk: bool,
    /// Seconds without input before the "Are you still there?" countdown (kiosk), 30 to 3600.
    pub idle_s: u32,
    /// Downloads (backup, CSV) allowed; off by default in kiosk mode.
    pub downloads: bool,
    /// Printing allowed; off by default in kiosk mode.
    pub printing: bool,
    /// The embedding page's origin, to which the frame reports its height.
    pub parent: Option<String>,
    /// The language of the texts: a tag with a catalogue in `crate::messages` ("en").
    pub lang: &'static str,
    /// Whether a client may ask for their results as a QR code that holds the summary itself;
    /// on by default in kiosk mode only, where it is the one way to take results home.
    pub qr: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            modules: Module::ALL.to_vec(),
            form: None,
            method: Method::ItemMean,
            research: true,
            accent: None,
            font: None,
            radius: None,
            scheme: Scheme::System,
            intro: None,
            crisis: Crisis::default(),
            kiosk: false,
            idle_s: 120,
            downloads: true,
            printing: true,
            parent: None,
            lang: "en",
            qr: false,
        }
    }
}

/// Font stacks a clinician may choose by name; nothing is loaded from elsewhere.
pub const FONTS: [(&str, &str); 4] = [
    (
        "system",
        "system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, sans-serif",
    ),
    ("serif", "Georgia, \"Times New Roman\", serif"),
    (
        "rounded",
        "ui-rounded, \"SF Pro Rounded\", system-ui, sans-serif",
    ),
    ("readable", "Verdana, \"DejaVu Sans\", sans-serif"),
];

/// Decodes one `application/x-www-form-urlencoded` component.
fn decode_component(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = text.get(i + 1..i + 3)?;
                out.push(u8::from_str_radix(hex, 16).ok()?);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

fn flag(value: &str) -> Option<bool> {
    match value {
        "1" | "on" | "true" | "yes" => Some(true),
        "0" | "off" | "false" | "no" => Some(false),
        _ => None,
    }
}

fn is_hex_colour(value: &str) -> bool {
    value.len() == 7 && value.starts_with('#') && value[1..].chars().all(|c| c.is_ascii_hexdigit())
}

/// An origin such as `https://therapist.example` (scheme, host, optional port; no path).
fn is_origin(value: &str) -> bool {
    let Some(rest) = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"))
    else {
        return false;
    };
    !rest.is_empty()
        && rest
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
}

fn is_safe_link(value: &str) -> bool {
    (value.starts_with("https://") || value.starts_with("tel:"))
        && !value.chars().any(char::is_whitespace)
}

/// Parses a query string (with or without the leading `?`). Returns the options and a warning
/// for each value that was ignored.
pub fn parse(query: &str) -> (Options, Vec<String>) {
    let mut o = Options::default();
    let mut warnings = Vec::new();
    let mut downloads = None;
    let mut printing = None;
    let mut qr = None;
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let Some(value) = decode_component(raw) else {
            warnings.push(format!("{key}: not valid URL encoding; ignored"));
            continue;
        };
        let value = value.trim();
        let mut invalid = false;
        match key {
            "modules" => {
                let mut list = Vec::new();
                for k in value.split(',').map(str::trim).filter(|k| !k.is_empty()) {
                    match Module::parse(k) {
                        Some(m) if !list.contains(&m) => list.push(m),
                        Some(_) => {}
                        None => warnings.push(format!("modules: unknown module \"{k}\" ignored")),
                    }
                }
                if list.is_empty() {
                    invalid = true;
                } else {
                    o.modules = list;
                }
            }
            "form" => match value {
                "26" => o.form = Some(Form::Long),
                "12" => o.form = Some(Form::Short),
                "choice" => o.form = None,
                _ => invalid = true,
            },
            "method" => match value {
                "item_mean" => o.method = Method::ItemMean,
                "subscale_mean" => o.method = Method::SubscaleMean,
                _ => invalid = true,
            },
            "research" => match flag(value) {
                Some(on) => o.research = on,
                None => invalid = true,
            },
            "accent" if is_hex_colour(value) => o.accent = Some(value.to_ascii_lowercase()),
            "font" => match FONTS.iter().find(|(name, _)| *name == value) {
                Some((_, stack)) => o.font = Some(stack),
                None => invalid = true,
            },
            "radius" => match value.parse::<u8>() {
                Ok(r) if r <= 24 => o.radius = Some(r),
                _ => invalid = true,
            },
            "theme" => match value {
                "light" => o.scheme = Scheme::Light,
                "dark" => o.scheme = Scheme::Dark,
                "system" => o.scheme = Scheme::System,
                _ => invalid = true,
            },
            "intro" if !value.is_empty() && value.chars().count() <= 400 => {
                o.intro = Some(value.to_owned())
            }
            "crisis_name" if !value.is_empty() && value.chars().count() <= 120 => {
                o.crisis.custom_name = Some(value.to_owned())
            }
            "crisis_phone"
                if !value.is_empty()
                    && value.len() <= 32
                    && value
                        .chars()
                        .all(|c| c.is_ascii_digit() || " +-()".contains(c)) =>
            {
                o.crisis.phone = Some(value.to_owned());
            }
            "crisis_url" if is_safe_link(value) && value.len() <= 300 => {
                o.crisis.url = Some(value.to_owned())
            }
            "kiosk" => match flag(value) {
                Some(on) => o.kiosk = on,
                None => invalid = true,
            },
            "idle" => match value.parse::<u32>() {
                Ok(s) if (30..=3600).contains(&s) => o.idle_s = s,
                _ => invalid = true,
            },
            "downloads" => match flag(value) {
                Some(on) => downloads = Some(on),
                None => invalid = true,
            },
            "print" => match flag(value) {
                Some(on) => printing = Some(on),
                None => invalid = true,
            },
            "qr" => match flag(value) {
                Some(on) => qr = Some(on),
                None => invalid = true,
            },
            "lang" => match crate::messages::for_tag(value) {
                Some(messages) => o.lang = messages.lang,
                None => warnings.push(format!(
                    "lang: no texts in \"{value}\" yet; the default, en, is used"
                )),
            },
            "parent" if is_origin(value) => o.parent = Some(value.to_owned()),
            "accent" | "intro" | "crisis_name" | "crisis_phone" | "crisis_url" | "parent" => {
                invalid = true
            }
            _ => warnings.push(format!("{key}: unknown option ignored")),
        }
        if invalid {
            warnings.push(format!(
                "{key}: \"{value}\" is not valid; the default is used"
            ));
        }
    }
    // In a kiosk, downloads and printing are off unless the clinician turns them on.
    o.downloads = downloads.unwrap_or(!o.kiosk);
    o.printing = printing.unwrap_or(!o.kiosk);
    o.qr = qr.unwrap_or(o.kiosk);
    (o, warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_without_a_query() {
        let (o, w) = parse("");
        assert_eq!(o, Options::default());
        assert!(w.is_empty());
    }

    #[test]
    fn decodes_components() {
        assert_eq!(decode_component("a+b%20c%C3%A7").as_deref(), Some("a b cç"));
        assert_eq!(decode_component("%zz"), None);
        assert_eq!(decode_component("%4"), None);
    }
}
