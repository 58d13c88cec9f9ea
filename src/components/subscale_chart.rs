//! The six subscale means as an inline SVG bar chart, with a text alternative for screen readers
//! and colours that survive printing. Coordinates are whole numbers computed from the means in
//! hundredths.

use crate::messages::fill;
use crate::model::instrument::Subscale;
use crate::model::scoring::Mean;
use yew::prelude::*;

const LEFT: u32 = 190;
const WIDTH: u32 = 360;
const ROW: u32 = 40;
const TOP: u32 = 8;

/// The x coordinate of a value given in hundredths (100 to 500).
fn x_of(hundredths: u32) -> u32 {
    LEFT + (hundredths.clamp(100, 500) - 100) * WIDTH / 400
}

/// The chart of the six subscale means.
pub fn subscale_chart(subscales: &[(Subscale, Mean)]) -> Html {
    let rows = u32::try_from(subscales.len()).unwrap_or(0);
    let axis_y = TOP + rows * ROW + 4;
    let t = &crate::messages::text().scale.charts;
    let description = subscales
        .iter()
        .map(|(s, m)| fill(t.subscale_entry, &[s.label(), &m.to_string()]))
        .collect::<Vec<_>>()
        .join(t.entry_separator);
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", LEFT + WIDTH + 40, axis_y + 28)} role="img"
                aria-labelledby="subscale-chart-title subscale-chart-desc" class="subscale-chart">
                <title id="subscale-chart-title">{ t.subscale_title }</title>
                <desc id="subscale-chart-desc">{ description }</desc>
                <defs>
                    <pattern id="sc-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="stripe-bg" width="8" height="8" />
                        <line class="stripe-line" x1="0" y1="0" x2="0" y2="8" />
                    </pattern>
                </defs>
                for tick in 1..=5u32 {
                    <g key={tick} class="tick">
                        <line x1={x_of(tick * 100).to_string()} x2={x_of(tick * 100).to_string()}
                            y1={TOP.to_string()} y2={axis_y.to_string()} />
                        <text x={x_of(tick * 100).to_string()} y={(axis_y + 22).to_string()} text-anchor="middle">{ tick }</text>
                    </g>
                }
                for (i, (subscale, mean)) in (0u32..).zip(subscales.iter()) {
                    <g key={subscale.key()} class={if subscale.is_negative() { "bar negative" } else { "bar positive" }}>
                        <text x={(LEFT - 10).to_string()} y={(TOP + i * ROW + 26).to_string()} text-anchor="end">{ subscale.label() }</text>
                        <rect x={LEFT.to_string()} y={(TOP + i * ROW + 8).to_string()}
                            width={(x_of(mean.hundredths()) - LEFT).max(2).to_string()} height="24" rx="4" />
                        <text class="value" x={(x_of(mean.hundredths()) + 6).to_string()}
                            y={(TOP + i * ROW + 26).to_string()}>{ mean.to_string() }</text>
                    </g>
                }
            </svg>
            <figcaption class="muted">{ t.subscale_caption }</figcaption>
        </figure>
    }
}
