//! The projections as an Excel workbook (.xlsx): the same table as the CSV file, numbers stored
//! as numbers (Excel shows them with the reader's own marks) rounded as the page shows them,
//! headings in bold, columns wide enough to read.
//!
//! Written here rather than with `rust_xlsxwriter`: with it (and the zip and deflate crates it
//! brings) this module weighed 454 KiB gzip, with this writer 232 KiB (measured on the release
//! build), and every part of the module (the About view, pasting) loads the whole of it. A workbook of one sheet of text
//! and numbers needs six small XML parts in a zip archive; they are stored uncompressed (the
//! file is a few KB), with `crc32fast` for the checksums.

use planner_core::export::{Cell, Table};
use std::fmt::Write;

/// Cell styles, in `styles.xml`'s order: plain, bold, then numbers with 0 to 3 decimals.
const BOLD: u8 = 1;
const NUMBER: u8 = 2;

/// The workbook's bytes: one sheet named `sheet`, the header block, an empty row, the table.
pub fn workbook(table: &Table, sheet: &str) -> Vec<u8> {
    let parts = [
        ("[Content_Types].xml", CONTENT_TYPES.to_owned()),
        ("_rels/.rels", ROOT_RELS.to_owned()),
        ("xl/workbook.xml", workbook_xml(sheet)),
        ("xl/_rels/workbook.xml.rels", WORKBOOK_RELS.to_owned()),
        ("xl/styles.xml", STYLES.to_owned()),
        ("xl/worksheets/sheet1.xml", sheet_xml(table)),
    ];
    zip(&parts)
}

/// A cell to write: its style, and the table's cell or a text of the header block.
type SheetCell<'a> = (u8, Option<&'a Cell>, Option<&'a str>);

fn sheet_xml(table: &Table) -> String {
    let mut rows: Vec<Vec<SheetCell>> = Vec::new();
    for (label, value) in &table.header {
        rows.push(vec![(BOLD, None, Some(label)), (0, None, Some(value))]);
    }
    rows.push(Vec::new());
    rows.push(
        table
            .headings
            .iter()
            .map(|h| (BOLD, None, Some(h.as_str())))
            .collect(),
    );
    for cells in &table.rows {
        rows.push(cells.iter().map(|c| (0, Some(c), None)).collect());
    }
    let mut xml = String::from(XML_HEAD);
    let _ = write!(
        xml,
        "<worksheet xmlns=\"{MAIN}\"><cols><col min=\"1\" max=\"1\" width=\"34\" customWidth=\"1\"/>\
         <col min=\"2\" max=\"{}\" width=\"14\" customWidth=\"1\"/></cols><sheetData>",
        table.headings.len().max(2)
    );
    for (r, cells) in rows.iter().enumerate() {
        let r = r + 1;
        let _ = write!(xml, "<row r=\"{r}\">");
        for (c, &(style, cell, text)) in cells.iter().enumerate() {
            let at = format!("{}{r}", column(c));
            let text = match cell {
                Some(Cell::Text(t)) => Some(t.as_str()),
                _ => text,
            };
            match (cell, text) {
                (Some(Cell::Number(v, d)), _) if v.is_finite() => {
                    let d = (*d).min(3);
                    let scale = 10f64.powi(d as i32);
                    let _ = write!(
                        xml,
                        "<c r=\"{at}\" s=\"{}\"><v>{}</v></c>",
                        NUMBER + d as u8,
                        (v * scale).round() / scale
                    );
                }
                (_, Some(t)) => {
                    let _ = write!(
                        xml,
                        "<c r=\"{at}\" s=\"{style}\" t=\"inlineStr\"><is><t xml:space=\"preserve\">{}</t></is></c>",
                        escape(t)
                    );
                }
                _ => {}
            }
        }
        xml.push_str("</row>");
    }
    xml.push_str("</sheetData></worksheet>");
    xml
}

/// `A`, `B`, … `Z`, `AA`, … for a column from 0.
fn column(mut c: usize) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (c % 26) as u8);
        if c < 26 {
            break;
        }
        c = c / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

fn escape(text: &str) -> String {
    text.chars().filter(|c| !c.is_control() || *c == '\t').fold(
        String::with_capacity(text.len()),
        |mut out, c| {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                c => out.push(c),
            }
            out
        },
    )
}

fn workbook_xml(sheet: &str) -> String {
    let name: String = escape(sheet).chars().take(31).collect();
    format!(
        "{XML_HEAD}<workbook xmlns=\"{MAIN}\" xmlns:r=\"{REL}\"><sheets>\
         <sheet name=\"{name}\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"
    )
}

/// A zip archive of `parts`, each stored (method 0) with its CRC-32.
fn zip(parts: &[(&str, String)]) -> Vec<u8> {
    let mut out = Vec::new();
    let mut central = Vec::new();
    for (name, data) in parts {
        let (name, data) = (name.as_bytes(), data.as_bytes());
        let crc = crc32fast::hash(data);
        let offset = out.len() as u32;
        let common = |buf: &mut Vec<u8>| {
            buf.extend_from_slice(&20u16.to_le_bytes()); // version needed
            buf.extend_from_slice(&0x0800u16.to_le_bytes()); // UTF-8 names
            buf.extend_from_slice(&0u16.to_le_bytes()); // stored
            buf.extend_from_slice(&0u16.to_le_bytes()); // time
            buf.extend_from_slice(&0x21u16.to_le_bytes()); // date: 1980-01-01
            buf.extend_from_slice(&crc.to_le_bytes());
            buf.extend_from_slice(&(data.len() as u32).to_le_bytes());
            buf.extend_from_slice(&(data.len() as u32).to_le_bytes());
            buf.extend_from_slice(&(name.len() as u16).to_le_bytes());
            buf.extend_from_slice(&0u16.to_le_bytes()); // extra
        };
        out.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        common(&mut out);
        out.extend_from_slice(name);
        out.extend_from_slice(data);
        central.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        central.extend_from_slice(&20u16.to_le_bytes()); // made by
        common(&mut central);
        central.extend_from_slice(&[0; 6]); // comment length, disk, internal attributes
        central.extend_from_slice(&0u32.to_le_bytes()); // external attributes
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name);
    }
    let (start, size) = (out.len() as u32, central.len() as u32);
    out.extend_from_slice(&central);
    out.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    out.extend_from_slice(&[0; 4]); // disk numbers
    let count = (parts.len() as u16).to_le_bytes();
    out.extend_from_slice(&count);
    out.extend_from_slice(&count);
    out.extend_from_slice(&size.to_le_bytes());
    out.extend_from_slice(&start.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes()); // comment
    out
}

const XML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const MAIN: &str = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>\
<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>\
</Relationships>";

const WORKBOOK_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>\
<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
</Relationships>";

/// Plain, bold, and `#,##0`, `#,##0.0`, `#,##0.00`, `#,##0.000` (Excel writes them with the
/// reader's own marks).
const STYLES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n\
<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"#,##0.0\"/><numFmt numFmtId=\"165\" formatCode=\"#,##0.000\"/></numFmts>\
<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>\
<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>\
<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
<cellXfs count=\"6\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>\
<xf numFmtId=\"3\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
<xf numFmtId=\"4\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
<xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>\
<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>\
</styleSheet>";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_named_as_spreadsheets_name_them() {
        assert_eq!(
            [0, 1, 25, 26, 27, 701, 702].map(column),
            ["A", "B", "Z", "AA", "AB", "ZZ", "AAA"].map(String::from)
        );
    }

    #[test]
    fn the_archive_lists_every_part_with_its_checksum() {
        let table = Table {
            header: vec![("Tỉnh".into(), "Hà Tĩnh <&>".into())],
            headings: vec!["Chỉ tiêu".into(), "Dự báo".into()],
            rows: vec![vec![
                Cell::Text("Dân số".into()),
                Cell::Number(1_317_234.56, 0),
            ]],
        };
        let bytes = workbook(&table, "Dự báo");
        assert_eq!(&bytes[..4], b"PK\x03\x04");
        let end = bytes.len() - 22;
        assert_eq!(&bytes[end..end + 4], b"PK\x05\x06");
        let u16_at = |at: usize| u16::from_le_bytes([bytes[at], bytes[at + 1]]) as usize;
        let u32_at = |at: usize| {
            u32::from_le_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]) as usize
        };
        assert_eq!(u16_at(end + 10), 6);
        // Walk the central directory as a reader does: each entry points at its local header,
        // whose name and stored data match, checksum included.
        let mut at = u32_at(end + 16);
        for _ in 0..6 {
            assert_eq!(&bytes[at..at + 4], b"PK\x01\x02");
            let (size, name_len, local) = (u32_at(at + 20), u16_at(at + 28), u32_at(at + 42));
            let name = &bytes[at + 46..at + 46 + name_len];
            assert_eq!(&bytes[local..local + 4], b"PK\x03\x04");
            assert_eq!(&bytes[local + 30..local + 30 + name_len], name);
            let data = &bytes[local + 30 + name_len..local + 30 + name_len + size];
            assert_eq!(crc32fast::hash(data) as usize, u32_at(at + 16));
            at += 46 + name_len;
        }
        assert_eq!(at, end);
        let text = String::from_utf8_lossy(&bytes);
        assert!(text.contains("<t xml:space=\"preserve\">Hà Tĩnh &lt;&amp;&gt;</t>"));
        assert!(
            text.contains("<c r=\"B4\" s=\"2\"><v>1317235</v></c>"),
            "{text}"
        );
        assert!(text.contains("sheet name=\"Dự báo\""));
    }
}
