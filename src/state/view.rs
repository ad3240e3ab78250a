//! The page's views.

/// The page's views.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Levers, attainment boards and charts.
    #[default]
    Planner,
    /// Base values and targets of the province, and a province of one's own.
    Data,
    /// Saved scenarios, files, and scenarios side by side.
    Saved,
    /// The model in plain words, and the sources.
    About,
}

impl View {
    /// Every view, in menu order.
    pub const ALL: [View; 4] = [View::Planner, View::Data, View::Saved, View::About];

    /// Stable id (`planner`, `data`, `saved`, `about`).
    pub const fn id(self) -> &'static str {
        match self {
            View::Planner => "planner",
            View::Data => "data",
            View::Saved => "saved",
            View::About => "about",
        }
    }

    /// Parses an id.
    pub fn from_id(id: &str) -> Option<Self> {
        View::ALL.into_iter().find(|v| v.id() == id)
    }
}
