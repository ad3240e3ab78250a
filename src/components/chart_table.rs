//! The data-table alternative of a chart.

use crate::i18n::Language;
use yew::prelude::*;

/// A collapsible table with the chart's numbers: headings, then rows of cells as shown.
pub fn chart_table(head: &[String], rows: &[Vec<String>], l: Language) -> Html {
    html! {
        <details class="chart-table">
            <summary>{ l.pick("Bảng số liệu của biểu đồ", "Chart data as a table") }</summary>
            <table>
                <thead><tr> for h in head { <th scope="col">{ h.clone() }</th> } </tr></thead>
                <tbody>
                    for row in rows {
                        <tr>
                            for (i, cell) in row.iter().enumerate() {
                                if i == 0 { <th scope="row">{ cell.clone() }</th> } else { <td class="num">{ cell.clone() }</td> }
                            }
                        </tr>
                    }
                </tbody>
            </table>
        </details>
    }
}
