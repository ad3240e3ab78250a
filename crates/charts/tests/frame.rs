//! A chart saved as a file carries its title, what it shows, its source and link, on white, as
//! a file reader sees it; the chart itself is nested whole.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use planner_charts::{attainment_svg, framed, AttainmentBar, Frame, Layout};
use planner_core::Status;

#[test]
fn a_framed_chart_is_headed_sourced_and_white() {
    let bars = vec![AttainmentBar {
        label: "Tăng trưởng <GRDP>".into(),
        value_label: "99,0 %".into(),
        progress: 0.99,
        status: Status::AtRisk,
    }];
    let chart = attainment_svg("Mức đạt chỉ tiêu năm 2024", &bars, Layout::Wide);
    let frame = Frame {
        title: "Mức đạt chỉ tiêu năm 2024".into(),
        details: "Hà Tĩnh · 2024 · % mức cần đạt".into(),
        source: "Nguồn: số liệu & chỉ tiêu công bố của tỉnh".into(),
        link: "https://example.vn/?v=2&p=ha-tinh".into(),
    };
    let (svg, width, height) = framed(&chart, 640, 340, &frame, "<style>text{}</style>");
    assert_eq!((width, height), (640, 340 + 56 + 44));
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let root = doc.root_element();
    assert_eq!(root.attribute("viewBox"), Some("0 0 640 440"));
    let texts: Vec<&str> = root
        .children()
        .filter(|n| n.has_tag_name("text"))
        .filter_map(|n| n.text())
        .collect();
    assert_eq!(
        texts,
        [
            frame.title.as_str(),
            frame.details.as_str(),
            frame.source.as_str(),
            frame.link.as_str()
        ]
    );
    let background = root.children().find(|n| n.has_tag_name("rect")).unwrap();
    assert_eq!(background.attribute("fill"), Some("#ffffff"));
    assert_eq!(background.attribute("height"), Some("440"));
    let nested = root.children().find(|n| n.has_tag_name("svg")).unwrap();
    assert_eq!(nested.attribute("y"), Some("56"));
    assert!(nested
        .descendants()
        .any(|n| n.text() == Some("Tăng trưởng <GRDP>")));
}
