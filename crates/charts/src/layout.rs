//! How a chart is laid out for the width of the page.

/// The page width decides: a drawing shown at about the width it is drawn keeps its text at
/// about 12 px, instead of shrinking with a wide drawing on a phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layout {
    /// For a desktop or tablet page (drawings 560–640 units wide).
    #[default]
    Wide,
    /// For a phone (drawings 360–380 units wide; names and legends stacked).
    Narrow,
}
