//! Minutes practised on each of the last seven days, as an inline SVG bar chart with a text
//! alternative.

use crate::messages::{fill, text};
use crate::model::dates;
use crate::model::practice::minutes;
use yew::prelude::*;

const BAR_W: u32 = 56;
const GAP: u32 = 24;
const HEIGHT: u32 = 120;
const TOP: u32 = 24;

/// The chart of the last seven days' practice: `week` holds seven (day number, seconds) pairs,
/// oldest first.
pub fn practice_week(week: &[(i64, u32)]) -> Html {
    let messages = text();
    let t = &messages.breathing.week;
    let total: u32 = week.iter().map(|(_, s)| *s).sum();
    let most = week
        .iter()
        .map(|(_, s)| minutes(*s))
        .max()
        .unwrap_or(0)
        .max(5);
    let description = week
        .iter()
        .map(|(day, s)| {
            fill(
                t.chart_day,
                &[
                    dates::weekday_of_day(*day),
                    &dates::iso_of_day(*day),
                    &minutes(*s).to_string(),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(t.chart_day_separator);
    let width = 7 * BAR_W + 6 * GAP;
    html! {
        <section class="practice-week" aria-labelledby="week-title">
            <h2 id="week-title">{ t.title }</h2>
            <p>{ messages.count(&t.total, minutes(total)) }</p>
            <figure class="chart">
                <svg viewBox={format!("0 0 {width} {}", TOP + HEIGHT + 30)} role="img"
                    aria-labelledby="week-chart-title week-chart-desc" class="week-chart">
                    <title id="week-chart-title">{ t.chart_title }</title>
                    <desc id="week-chart-desc">{ description }</desc>
                    for (i, (day, seconds)) in (0u32..).zip(week.iter()) {
                        <g key={*day}>
                            { bar(i, minutes(*seconds), most) }
                            <text x={(i * (BAR_W + GAP) + BAR_W / 2).to_string()} y={(TOP + HEIGHT + 24).to_string()} text-anchor="middle">
                                { dates::weekday_of_day(*day) }
                            </text>
                        </g>
                    }
                </svg>
            </figure>
        </section>
    }
}

fn bar(index: u32, mins: u32, most: u32) -> Html {
    let h = (mins * HEIGHT / most.max(1)).max(if mins > 0 { 3 } else { 1 });
    let x = index * (BAR_W + GAP);
    html! {
        <>
            <rect class={if mins > 0 { "week-bar" } else { "week-bar empty" }} x={x.to_string()}
                y={(TOP + HEIGHT - h).to_string()} width={BAR_W.to_string()} height={h.to_string()} rx="4" />
            if mins > 0 {
                <text class="value" x={(x + BAR_W / 2).to_string()} y={(TOP + HEIGHT - h - 6).to_string()} text-anchor="middle">{ mins }</text>
            }
        </>
    }
}
