//! Embed options from the iframe URL: every option, kiosk defaults, and invalid values that fall
//! back to their defaults with a warning (the widget never shows a blank frame).
#![allow(clippy::unwrap_used, clippy::expect_used)] // tests may panic: that is how they fail

use selfcompassion::model::instrument::Form;
use selfcompassion::model::options::{parse, Module, Options, Scheme};
use selfcompassion::model::scoring::Method;

#[test]
fn every_option_is_read() {
    let (o, w) = parse(
        "?modules=letter,scale&form=12&method=subscale_mean&research=off&accent=%232F6F6A&font=serif&radius=4&theme=dark\
         &intro=Welcome+to+the+practice&crisis_name=Samaritans&crisis_phone=116+123&crisis_url=https%3A%2F%2Fwww.samaritans.org\
         &kiosk=1&idle=90&downloads=on&parent=https%3A%2F%2Ftherapist.example",
    );
    assert!(w.is_empty(), "{w:?}");
    assert_eq!(o.modules, vec![Module::Letter, Module::Scale]);
    assert_eq!(o.form, Some(Form::Short));
    assert_eq!(o.method, Method::SubscaleMean);
    assert!(!o.research);
    assert_eq!(o.accent.as_deref(), Some("#2f6f6a"));
    assert!(o.font.unwrap().starts_with("Georgia"));
    assert_eq!(o.radius, Some(4));
    assert_eq!(o.scheme, Scheme::Dark);
    assert_eq!(o.intro.as_deref(), Some("Welcome to the practice"));
    assert_eq!(o.crisis.name(), "Samaritans");
    assert_eq!(o.crisis.phone.as_deref(), Some("116 123"));
    assert_eq!(o.crisis.url.as_deref(), Some("https://www.samaritans.org"));
    assert!(o.kiosk);
    assert_eq!(o.idle_s, 90);
    assert!(o.downloads, "turned on explicitly");
    assert!(!o.printing, "off by default in a kiosk");
    assert_eq!(o.parent.as_deref(), Some("https://therapist.example"));
}

#[test]
fn invalid_values_fall_back_with_a_warning() {
    let (o, w) = parse(
        "modules=nothing&form=7&method=sum&accent=red&font=comic&radius=99&theme=purple&idle=5\
         &crisis_url=javascript%3Aalert(1)&parent=javascript%3Ax&kiosk=maybe&colour=blue&intro=%ZZ",
    );
    let d = Options::default();
    assert_eq!(o, d);
    for key in [
        "modules",
        "form",
        "method",
        "accent",
        "font",
        "radius",
        "theme",
        "idle",
        "crisis_url",
        "parent",
        "kiosk",
        "colour",
        "intro",
    ] {
        assert!(
            w.iter().any(|m| m.starts_with(key)),
            "a warning for {key}: {w:?}"
        );
    }
}

#[test]
fn unknown_modules_are_skipped_and_duplicates_dropped() {
    let (o, w) = parse("modules=pacer,zen,pacer,break");
    assert_eq!(o.modules, vec![Module::Pacer, Module::Break]);
    assert_eq!(w.len(), 1);
}

#[test]
fn text_options_are_plain_text_with_limits() {
    let (o, _) = parse("intro=%3Cimg+src%3Dx+onerror%3Dalert(1)%3E");
    // Kept as text: Yew renders it as a text node, never as markup.
    assert_eq!(o.intro.as_deref(), Some("<img src=x onerror=alert(1)>"));
    let long = "a".repeat(401);
    let (o, w) = parse(&format!("intro={long}"));
    assert_eq!(o.intro, None);
    assert_eq!(w.len(), 1);
    let (o, _) = parse("crisis_phone=911%3Bdrop");
    assert_eq!(o.crisis.phone, None);
    let (o, _) = parse("crisis_url=tel%3A%2B44116123");
    assert_eq!(o.crisis.url.as_deref(), Some("tel:+44116123"));
}

#[test]
fn the_default_crisis_resource_is_named_in_the_language_in_use() {
    let (o, _) = parse("");
    assert_eq!(
        o.crisis.name(),
        selfcompassion::messages::text().shell.default_crisis_name
    );
    assert_eq!(o.crisis.name(), "your local emergency number");
}

#[test]
fn language_falls_back_to_english_with_a_warning() {
    let (o, w) = parse("lang=en-GB");
    assert_eq!((o.lang, w.len()), ("en", 0));
    let (o, w) = parse("lang=fr");
    assert_eq!(o.lang, "en");
    assert_eq!(
        w,
        ["lang: no texts in \"fr\" yet; the default, en, is used"]
    );
}

#[test]
fn the_qr_code_is_offered_in_kiosks_unless_turned_off() {
    assert!(!parse("").0.qr);
    assert!(parse("kiosk=1").0.qr);
    assert!(!parse("kiosk=1&qr=0").0.qr);
    assert!(parse("qr=1").0.qr);
    assert_eq!(parse("qr=maybe").1.len(), 1);
}
