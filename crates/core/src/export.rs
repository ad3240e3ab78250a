//! Tables as CSV in the reader's convention, for spreadsheets set to that language: Vietnamese
//! Excel reads `;` between fields and `,` as the decimal mark, English `,` and `.`. UTF-8 with a
//! byte-order mark (so spreadsheets read Vietnamese names), a header block of label–value lines,
//! an empty line, then the table. Numbers are rounded as the page shows them and never grouped,
//! so every spreadsheet reads them as numbers.

use std::fmt::Write;

/// How fields and decimals are marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Convention {
    /// Between fields.
    pub separator: char,
    /// Before the decimals.
    pub decimal: char,
}

impl Convention {
    /// Vietnamese: `;` and `,`.
    pub const VI: Convention = Convention {
        separator: ';',
        decimal: ',',
    };
    /// English: `,` and `.`.
    pub const EN: Convention = Convention {
        separator: ',',
        decimal: '.',
    };

    /// A number with `decimals` decimals, this convention's mark, no grouping; `-` for minus.
    pub fn number(self, value: f64, decimals: usize) -> String {
        let text = format!("{value:.decimals$}");
        let text = if text
            .trim_start_matches('-')
            .bytes()
            .all(|b| b == b'0' || b == b'.')
        {
            text.trim_start_matches('-').to_owned()
        } else {
            text
        };
        text.replace('.', &self.decimal.to_string())
    }
}

/// One cell of the table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Words.
    Text(String),
    /// A number and the decimals it is shown with.
    Number(f64, usize),
    /// Nothing.
    Empty,
}

/// A table as files carry it: label–value lines above, then headings and rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    /// Label–value lines (province, date, link, …).
    pub header: Vec<(String, String)>,
    /// Column headings.
    pub headings: Vec<String>,
    /// The rows.
    pub rows: Vec<Vec<Cell>>,
}

/// The CSV text of a table: its header lines, an empty line, its headings, then its rows.
pub fn table_csv(convention: Convention, table: &Table) -> String {
    csv(convention, &table.header, &table.headings, &table.rows)
}

/// The CSV text: `header` lines (label, value), an empty line, `headings`, then `rows`.
pub fn csv(
    convention: Convention,
    header: &[(String, String)],
    headings: &[String],
    rows: &[Vec<Cell>],
) -> String {
    let sep = convention.separator;
    let field = |text: &str| field(text, sep);
    let mut out = String::from("\u{feff}");
    for (label, value) in header {
        let _ = write!(out, "{}{sep}{}\r\n", field(label), field(value));
    }
    if !header.is_empty() {
        out.push_str("\r\n");
    }
    let line = |cells: Vec<String>| cells.join(&sep.to_string()) + "\r\n";
    out.push_str(&line(headings.iter().map(|h| field(h)).collect()));
    for row in rows {
        let cells = row
            .iter()
            .map(|cell| match cell {
                Cell::Text(t) => field(t),
                Cell::Number(v, d) if v.is_finite() => convention.number(*v, *d),
                Cell::Number(..) | Cell::Empty => String::new(),
            })
            .collect();
        out.push_str(&line(cells));
    }
    out
}

/// Quotes a field when it holds the separator, a quote or a line break; neutralises a leading
/// formula sign.
fn field(text: &str, separator: char) -> String {
    let text = if text.starts_with(['=', '+', '-', '@']) {
        format!("'{text}")
    } else {
        text.to_owned()
    };
    if text.contains([separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads CSV back as a spreadsheet would: quoted fields, doubled quotes, CRLF lines.
    fn read(text: &str, separator: char) -> Vec<Vec<String>> {
        let text = text.strip_prefix('\u{feff}').expect("a byte-order mark");
        let mut rows = vec![vec![String::new()]];
        let mut quoted = false;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let row = rows.last_mut().unwrap();
            match (c, quoted) {
                ('"', true) if chars.peek() == Some(&'"') => {
                    chars.next();
                    row.last_mut().unwrap().push('"');
                }
                ('"', _) => quoted = !quoted,
                (c, false) if c == separator => row.push(String::new()),
                ('\r', false) => {}
                ('\n', false) => rows.push(vec![String::new()]),
                (c, _) => row.last_mut().unwrap().push(c),
            }
        }
        rows.pop();
        rows
    }

    fn sample(convention: Convention) -> String {
        let header = [
            ("Tỉnh".to_owned(), "Hà Tĩnh".to_owned()),
            ("Link".to_owned(), "https://x/?v=2&p=ha-tinh".to_owned()),
        ];
        let headings = [
            "Chỉ tiêu".to_owned(),
            "Dự báo".to_owned(),
            "Mục tiêu".to_owned(),
        ];
        let rows = vec![
            vec![
                Cell::Text("Thu ngân sách; \"tổng\"".into()),
                Cell::Number(17_946.04, 0),
                Cell::Number(7.4849, 2),
            ],
            vec![
                Cell::Text("=SUM(A1)".into()),
                Cell::Number(-0.001, 2),
                Cell::Empty,
            ],
        ];
        csv(convention, &header, &headings, &rows)
    }

    #[test]
    fn vietnamese_uses_semicolons_and_a_decimal_comma_and_reads_back() {
        let text = sample(Convention::VI);
        let rows = read(&text, ';');
        assert_eq!(rows[0], ["Tỉnh", "Hà Tĩnh"]);
        assert_eq!(rows[1], ["Link", "https://x/?v=2&p=ha-tinh"]);
        assert_eq!(rows[2], [""]);
        assert_eq!(rows[3], ["Chỉ tiêu", "Dự báo", "Mục tiêu"]);
        assert_eq!(rows[4], ["Thu ngân sách; \"tổng\"", "17946", "7,48"]);
        assert_eq!(rows[5], ["'=SUM(A1)", "0,00", ""]);
        let value: f64 = rows[4][2].replace(',', ".").parse().unwrap();
        assert_eq!(value, 7.48);
    }

    #[test]
    fn english_uses_commas_and_a_decimal_point_and_reads_back() {
        let text = sample(Convention::EN);
        assert!(text.contains("\r\n\r\nChỉ tiêu,Dự báo,Mục tiêu\r\n"));
        let rows = read(&text, ',');
        assert_eq!(rows[4], ["Thu ngân sách; \"tổng\"", "17946", "7.48"]);
        assert_eq!(rows[4][2].parse::<f64>().unwrap(), 7.48);
    }

    #[test]
    fn numbers_round_as_shown_without_a_negative_zero() {
        assert_eq!(Convention::VI.number(0.0035399999999992104, 2), "0,00");
        assert_eq!(Convention::VI.number(-0.004, 2), "0,00");
        assert_eq!(Convention::VI.number(-1.256, 2), "-1,26");
        assert_eq!(Convention::EN.number(99_686.4, 0), "99686");
    }
}
