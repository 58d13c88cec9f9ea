//! The six subscale means as an inline SVG bar chart, with a text alternative for screen readers
//! and colours that survive printing.

use crate::model::instrument::Subscale;
use crate::model::scoring::Mean;
use yew::prelude::*;

#[derive(Properties, PartialEq, Clone)]
pub struct SubscaleChartProps {
    pub subscales: Vec<(Subscale, Mean)>,
}

const LEFT: f64 = 170.0;
const WIDTH: f64 = 400.0;
const ROW: f64 = 34.0;
const TOP: f64 = 10.0;

fn x_of(value: f64) -> f64 {
    LEFT + (value.clamp(1.0, 5.0) - 1.0) / 4.0 * WIDTH
}

#[component]
pub fn SubscaleChart(SubscaleChartProps { subscales }: &SubscaleChartProps) -> Html {
    let rows = subscales.len() as f64;
    let axis_y = TOP + rows * ROW + 4.0;
    let height = axis_y + 24.0;
    let description = subscales
        .iter()
        .map(|(s, m)| format!("{} {}", s.label(), m))
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {height}", LEFT + WIDTH + 20.0)} role="img"
                aria-labelledby="subscale-chart-title subscale-chart-desc" class="subscale-chart">
                <title id="subscale-chart-title">{ "Subscale means on a scale of 1 to 5" }</title>
                <desc id="subscale-chart-desc">{ description }</desc>
                <defs>
                    <pattern id="sc-stripes" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <rect class="stripe-bg" width="8" height="8" />
                        <line class="stripe-line" x1="0" y1="0" x2="0" y2="8" />
                    </pattern>
                </defs>
                for tick in 1..=5 {
                    <g key={tick} class="tick">
                        <line x1={x_of(f64::from(tick)).to_string()} x2={x_of(f64::from(tick)).to_string()}
                            y1={TOP.to_string()} y2={axis_y.to_string()} />
                        <text x={x_of(f64::from(tick)).to_string()} y={(axis_y + 18.0).to_string()} text-anchor="middle">{ tick }</text>
                    </g>
                }
                for (i, (subscale, mean)) in subscales.iter().enumerate() {
                    <g key={subscale.key()} class={if subscale.is_negative() { "bar negative" } else { "bar positive" }}>
                        <text x={(LEFT - 10.0).to_string()} y={(TOP + i as f64 * ROW + 21.0).to_string()} text-anchor="end">{ subscale.label() }</text>
                        <rect x={LEFT.to_string()} y={(TOP + i as f64 * ROW + 6.0).to_string()}
                            width={(x_of(mean.value()) - LEFT).max(2.0).to_string()} height="20" rx="4" />
                        <text class="value" x={(x_of(mean.value()) + 6.0).min(LEFT + WIDTH - 30.0).to_string()}
                            y={(TOP + i as f64 * ROW + 21.0).to_string()}>{ mean.to_string() }</text>
                    </g>
                }
            </svg>
            <figcaption class="muted">{ "Filled bars: the kind responses (Self-Kindness, Common Humanity, Mindfulness). Striped bars: the harsh responses, shown as answered, so a longer bar means more of that habit." }</figcaption>
        </figure>
    }
}
