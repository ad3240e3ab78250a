//! Small SVG text helpers shared by the charts.

use std::fmt::Write;

/// Text anchor of a label.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Anchor {
    Start,
    End,
    Middle,
}

/// Escapes text for SVG/XML content and attribute values.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Appends a `<text>` element.
pub(crate) fn text(out: &mut String, x: i32, y: i32, anchor: Anchor, class: &str, content: &str) {
    let anchor = match anchor {
        Anchor::Start => "start",
        Anchor::End => "end",
        Anchor::Middle => "middle",
    };
    let _ = write!(
        out,
        r#"<text x="{x}" y="{y}" text-anchor="{anchor}" dominant-baseline="middle" class="{class}">{}</text>"#,
        escape(content)
    );
}

/// Inserts `extra` before the closing `</svg>` of a plotters document, and makes the root
/// scalable (viewBox kept, fixed size removed) with an accessible title.
pub(crate) fn finish(svg: &str, width: u32, height: u32, title: &str, extra: &str) -> String {
    let body_start = svg.find('>').map_or(0, |i| i + 1);
    let body_end = svg.rfind("</svg>").unwrap_or(svg.len());
    format!(
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-label="{t}" class="chart"><title>{t}</title>{}{extra}</svg>"#,
        &svg[body_start..body_end],
        t = escape(title),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped() {
        assert_eq!(
            escape(r#"<script>"a" & 'b'"#),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;"
        );
    }
}
