//! The total of each saved result over time as an inline SVG line chart, with the bands shaded
//! and a text alternative.

use yew::prelude::*;

/// One point: a date label and a total between 1 and 5.
#[derive(Clone, Debug, PartialEq)]
pub struct TrendPoint {
    pub label: String,
    pub total: f64,
    pub shown: String,
}

#[derive(Properties, PartialEq, Clone)]
pub struct TrendChartProps {
    pub points: Vec<TrendPoint>,
}

const LEFT: f64 = 40.0;
const WIDTH: f64 = 520.0;
const TOP: f64 = 10.0;
const HEIGHT: f64 = 200.0;

fn y_of(total: f64) -> f64 {
    TOP + (5.0 - total.clamp(1.0, 5.0)) / 4.0 * HEIGHT
}

#[component]
pub fn TrendChart(TrendChartProps { points }: &TrendChartProps) -> Html {
    let step = if points.len() > 1 {
        WIDTH / (points.len() - 1) as f64
    } else {
        0.0
    };
    let x_of = |i: usize| LEFT + i as f64 * step;
    let line = points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{:.1},{:.1}", x_of(i), y_of(p.total)))
        .collect::<Vec<_>>()
        .join(" ");
    let description = points
        .iter()
        .map(|p| format!("{}: {}", p.label, p.shown))
        .collect::<Vec<_>>()
        .join("; ");
    let band = |from: f64, to: f64, class: &'static str| {
        html! {
            <rect class={class} x={LEFT.to_string()} width={WIDTH.to_string()}
                y={y_of(to).to_string()} height={(y_of(from) - y_of(to)).to_string()} />
        }
    };
    html! {
        <figure class="chart">
            <svg viewBox={format!("0 0 {} {}", LEFT + WIDTH + 20.0, TOP + HEIGHT + 30.0)} role="img"
                aria-labelledby="trend-title trend-desc" class="trend-chart">
                <title id="trend-title">{ "Total self-compassion over time, 1 to 5" }</title>
                <desc id="trend-desc">{ description }</desc>
                { band(1.0, 2.5, "band low") }
                { band(2.5, 3.5, "band moderate") }
                { band(3.5, 5.0, "band high") }
                for tick in 1..=5 {
                    <text key={tick} class="tick" x={(LEFT - 8.0).to_string()} y={(y_of(f64::from(tick)) + 5.0).to_string()} text-anchor="end">{ tick }</text>
                }
                <polyline class="trend-line" points={line} />
                for (i, p) in points.iter().enumerate() {
                    <circle key={i} class="trend-point" cx={x_of(i).to_string()} cy={y_of(p.total).to_string()} r="6" />
                }
                if let (Some(first), Some(last)) = (points.first(), points.last()) {
                    <text class="tick" x={LEFT.to_string()} y={(TOP + HEIGHT + 24.0).to_string()}>{ first.label.clone() }</text>
                    if points.len() > 1 {
                        <text class="tick" x={(LEFT + WIDTH).to_string()} y={(TOP + HEIGHT + 24.0).to_string()} text-anchor="end">{ last.label.clone() }</text>
                    }
                }
            </svg>
            <figcaption class="muted">{ "Shaded bands, from the bottom: low, moderate, high." }</figcaption>
        </figure>
    }
}
