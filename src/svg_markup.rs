//! Chart SVG (from `planner-charts`) turned into Yew nodes, so that a redraw patches only the
//! attributes and texts that changed instead of replacing the whole drawing, and so that text
//! always reaches the page as text (never parsed as markup).
//!
//! It reads the subset of SVG the chart crate writes: elements with quoted attributes,
//! self-closing or with text or element children, and the five XML entities.

use indexmap::IndexMap;
use yew::virtual_dom::{VNode, VTag, VText};
use yew::{component, AttrValue, Html, Properties};

/// Converts chart SVG to nodes; anything unreadable yields an empty node rather than markup.
pub fn to_html(svg: &str) -> Html {
    parse(svg).unwrap_or_default()
}

/// Properties of a [`Drawing`].
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DrawingProps {
    /// The chart's SVG.
    pub svg: AttrValue,
}

/// A chart's SVG as nodes. A component, so that a drawing whose SVG did not change (most charts
/// when one lever moves) is neither read again nor compared node by node.
#[component]
pub fn Drawing(props: &DrawingProps) -> Html {
    to_html(&props.svg)
}

fn parse(svg: &str) -> Option<Html> {
    let mut stack: Vec<VTag> = Vec::new();
    let mut roots: Vec<VNode> = Vec::new();
    let mut rest = svg;
    let attach = |node: VNode, stack: &mut Vec<VTag>, roots: &mut Vec<VNode>| match stack.last_mut()
    {
        Some(parent) => parent.add_child(node),
        None => roots.push(node),
    };
    while let Some(open) = rest.find('<') {
        let text = &rest[..open];
        if !text.trim().is_empty() {
            attach(
                VNode::from(VText::new(unescape(text))),
                &mut stack,
                &mut roots,
            );
        }
        let close = rest[open..].find('>')? + open;
        let tag = &rest[open + 1..close];
        rest = &rest[close + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let element = stack.pop().filter(|t| t.tag() == name.trim())?;
            attach(VNode::from(element), &mut stack, &mut roots);
        } else {
            let self_closing = tag.ends_with('/');
            let element = element(tag.trim_end_matches('/'))?;
            if self_closing {
                attach(VNode::from(element), &mut stack, &mut roots);
            } else {
                stack.push(element);
            }
        }
    }
    stack.is_empty().then(|| roots.into_iter().collect())
}

fn element(tag: &str) -> Option<VTag> {
    let tag = tag.trim();
    let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
    let (name, mut attrs) = tag.split_at(name_end);
    if name.is_empty()
        || !name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b':')
    {
        return None;
    }
    let mut map = IndexMap::<AttrValue, AttrValue>::new();
    loop {
        attrs = attrs.trim_start();
        if attrs.is_empty() {
            break;
        }
        let eq = attrs.find("=\"")?;
        let key = attrs[..eq].trim();
        let value_start = eq + 2;
        let value_end = attrs[value_start..].find('"')? + value_start;
        map.insert(
            AttrValue::from(key.to_owned()),
            AttrValue::from(unescape(&attrs[value_start..value_end])),
        );
        attrs = &attrs[value_end + 1..];
    }
    let mut element = VTag::new(AttrValue::from(name.to_owned()));
    element.set_attributes(map);
    Some(element)
}

fn unescape(text: &str) -> String {
    if !text.contains('&') {
        return text.to_owned();
    }
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unescapes_entities_once() {
        assert_eq!(unescape("&lt;script&gt; &amp;lt;"), "<script> &lt;");
    }

    #[test]
    fn reads_the_chart_crates_output() {
        let svg = planner_charts::attainment_svg(
            "<b>Title</b>",
            &[planner_charts::AttainmentBar {
                label: "<script>x</script>".into(),
                value_label: "1 %".into(),
                progress: 1.0,
                status: planner_core::Status::Met,
            }],
            planner_charts::Layout::Wide,
        );
        let html = parse(&svg).unwrap();
        // The label reaches the page as a text node, never as a <script> element.
        fn texts(node: &VNode, out: &mut Vec<String>, tags: &mut Vec<String>) {
            match node {
                VNode::VText(t) => out.push(t.text.to_string()),
                VNode::VTag(t) => {
                    tags.push(t.tag().to_owned());
                    if let Some(child) = t.children() {
                        texts(child, out, tags);
                    }
                }
                VNode::VList(list) => list.iter().for_each(|c| texts(c, out, tags)),
                _ => {}
            }
        }
        let (mut out, mut tags) = (Vec::new(), Vec::new());
        texts(&html, &mut out, &mut tags);
        assert!(out.iter().any(|t| t == "<script>x</script>"), "{out:?}");
        assert!(out.iter().any(|t| t == "<b>Title</b>"), "{out:?}");
        assert!(!tags.iter().any(|t| t == "script" || t == "b"), "{tags:?}");
    }

    #[test]
    fn refuses_unbalanced_or_broken_input() {
        assert!(parse("<svg><g></svg>").is_none());
        assert!(parse("<svg").is_none());
        assert!(parse("<svg x=1></svg>").is_none());
    }
}
