//! The total of each saved result over time as an inline SVG line chart, with the bands shaded
//! and a text alternative. Coordinates are whole numbers computed from totals in hundredths.

use crate::messages::fill;
use yew::prelude::*;

/// One point: a date label and a total in hundredths (100 to 500), with its text as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub label: String,
    pub hundredths: u32,
    pub shown: String,
}

const LEFT: u32 = 44;
const WIDTH: u32 = 520;
const TOP: u32 = 12;
const HEIGHT: u32 = 200;

/// The y coordinate of a total given in hundredths.
fn y_of(hundredths: u32) -> u32 {
    TOP + (500 - hundredths.clamp(100, 500)) * HEIGHT / 400
}

/// The chart of totals over time.
pub fn trend_chart(points: &[TrendPoint]) -> Html {
    let gaps = u32::try_from(points.len().saturating_sub(1))
        .unwrap_or(1)
        .max(1);
    let x_of = |i: u32| LEFT + i * WIDTH / gaps;
    let line = (0u32..)
        .zip(points.iter())
        .map(|(i, p)| format!("{},{}", x_of(i), y_of(p.hundredths)))
        .collect::<Vec<_>>()
        .join(" ");
    let t = &crate::messages::text().scale.charts;
    let description = points
        .iter()
        .map(|p| fill(t.trend_entry, &[&p.label, &p.shown]))
        .collect::<Vec<_>>()
        .join(t.entry_separator);
    let band = |from: u32, to: u32, class: &'static str| {
        html! {
            <rect class={class} x={LEFT.to_string()} width={WIDTH.to_string()}
                y={y_of(to).to_string()} height={(y_of(from) - y_of(to)).to_string()} />
        }
    };
    let bottom = TOP + HEIGHT + 28;
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", LEFT + WIDTH + 24, bottom + 6)} role="img"
                aria-labelledby="trend-title trend-desc" class="trend-chart">
                <title id="trend-title">{ t.trend_title }</title>
                <desc id="trend-desc">{ description }</desc>
                { band(100, 250, "band low") }
                { band(250, 350, "band moderate") }
                { band(350, 500, "band high") }
                for tick in 1..=5u32 {
                    <text key={tick} class="tick" x={(LEFT - 10).to_string()} y={(y_of(tick * 100) + 6).to_string()} text-anchor="end">{ tick }</text>
                }
                <polyline class="trend-line" points={line} />
                for (i, p) in (0u32..).zip(points.iter()) {
                    <circle key={i} class="trend-point" cx={x_of(i).to_string()} cy={y_of(p.hundredths).to_string()} r="7" />
                }
                if let (Some(first), Some(last)) = (points.first(), points.last()) {
                    <text class="tick" x={LEFT.to_string()} y={bottom.to_string()}>{ first.label.clone() }</text>
                    if points.len() > 1 {
                        <text class="tick" x={(LEFT + WIDTH).to_string()} y={bottom.to_string()} text-anchor="end">{ last.label.clone() }</text>
                    }
                }
            </svg>
            <figcaption class="muted">{ t.trend_caption }</figcaption>
        </figure>
    }
}
