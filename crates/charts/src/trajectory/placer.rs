//! Where the trajectory's value labels go: the first of a label's candidate places that stays
//! inside the plot and meets no label placed before it and no target band. A label with no free
//! place is left out; the table below the chart gives every value.

use crate::svg::{self, Anchor};

/// A box on the page: left, top, right, bottom.
pub(super) type Box2 = [i32; 4];

/// A label's box, from its text: 12-unit type whose characters are taken as 7 units wide, more
/// than the widest digit, so that boxes apart here are apart on screen.
fn box_of(x: i32, y: i32, anchor: Anchor, text: &str) -> Box2 {
    let w = 7 * i32::try_from(text.chars().count()).unwrap_or(i32::MAX / 8);
    let left = match anchor {
        Anchor::Start => x,
        Anchor::Middle => x - w / 2,
        Anchor::End => x - w,
    };
    [left, y - 7, left + w, y + 7]
}

fn meet(a: &Box2, b: &Box2) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// The boxes taken so far, inside an area (the plot's top and bottom, the page's sides).
pub(super) struct Placer {
    taken: Vec<Box2>,
    area: Box2,
}

impl Placer {
    /// Nothing taken yet; labels go inside `area` (left, top, right, bottom).
    pub(super) fn new(area: Box2) -> Self {
        Placer {
            taken: Vec::new(),
            area,
        }
    }

    /// A band no label may cover.
    pub(super) fn band(&mut self, area: Box2) {
        self.taken.push(area);
    }

    /// Writes `text` at the first free candidate place, and takes it.
    pub(super) fn text(
        &mut self,
        out: &mut String,
        candidates: impl IntoIterator<Item = (i32, i32, Anchor)>,
        class: &str,
        text: &str,
    ) {
        let free = candidates.into_iter().find(|&(x, y, anchor)| {
            let b = box_of(x, y, anchor, text);
            let [left, top, right, bottom] = self.area;
            b[0] >= left
                && b[1] >= top
                && b[2] <= right
                && b[3] <= bottom
                && !self.taken.iter().any(|t| meet(t, &b))
        });
        if let Some((x, y, anchor)) = free {
            self.taken.push(box_of(x, y, anchor, text));
            svg::text(out, x, y, anchor, class, text);
        }
    }
}
