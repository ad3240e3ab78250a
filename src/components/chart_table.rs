//! The data-table alternative of a chart.

use crate::i18n::Language;
use yew::prelude::*;

/// Properties of a chart's table.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ChartTableProps {
    /// Column headings.
    pub head: Vec<String>,
    /// Rows of cells, as shown.
    pub rows: Vec<Vec<String>>,
    /// Language.
    pub language: Language,
}

/// A collapsible table with the chart's numbers.
#[component]
pub fn ChartTable(props: &ChartTableProps) -> Html {
    html! {
        <details class="chart-table">
            <summary>{ props.language.pick("Bảng số liệu của biểu đồ", "Chart data as a table") }</summary>
            <table>
                <thead><tr> for h in props.head.iter() { <th scope="col">{ h.clone() }</th> } </tr></thead>
                <tbody>
                    for row in props.rows.iter() {
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
