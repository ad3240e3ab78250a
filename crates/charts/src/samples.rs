//! The sample inputs the snapshot tests draw, shared by the crate's own tests and the test that
//! every chart is well-formed SVG (`tests/svg.rs`). Not used by the app.

use crate::{
    AttainmentBar, ContributionText, ContributionYear, ShareBar, TrajectoryPoint, TrajectoryText,
};
use planner_core::Status;

/// Two bars: a met rate target and a missed level target whose label looks like markup.
pub fn bars() -> Vec<AttainmentBar> {
    vec![
        AttainmentBar {
            label: "GRDP growth".into(),
            value_label: "+0.05 pp".into(),
            progress: 8.05 / 8.0,
            status: Status::Met,
        },
        AttainmentBar {
            label: "Exports <USD>".into(),
            value_label: "96 %".into(),
            progress: 0.96,
            status: Status::Missed,
        },
    ]
}

/// Words of the contributions chart.
pub fn contribution_text() -> ContributionText {
    ContributionText {
        title: "GRDP growth by sector".into(),
        sectors: [
            "Agriculture".into(),
            "Industry".into(),
            "Services".into(),
            "Taxes".into(),
        ],
        target: "Target".into(),
        unit: "pp".into(),
    }
}

/// Two years of sector contributions, one with a target band.
pub fn contribution_years() -> Vec<ContributionYear> {
    vec![
        ContributionYear {
            year: 2024,
            contributions: [0.38, 4.67, 2.42, 0.52],
            target: Some((8.0, 8.5)),
        },
        ContributionYear {
            year: 2025,
            contributions: [-0.2, 4.9, 2.4, 0.5],
            target: None,
        },
    ]
}

/// Words of the trajectory chart.
pub fn trajectory_text() -> TrajectoryText {
    TrajectoryText {
        title: "GRDP growth (%)".into(),
        scenario: "Scenario".into(),
        baseline: "Baseline".into(),
        target: "Target".into(),
        reported: "Reported".into(),
        unit: "%".into(),
        fan: "80 % likely range".into(),
        path: "Path to the goal".into(),
    }
}

/// A base year and two projected years, with `scenario_2024` as the first projection.
pub fn points(scenario_2024: f64) -> Vec<TrajectoryPoint> {
    vec![
        TrajectoryPoint {
            year: 2023,
            scenario: 8.05,
            baseline: 8.05,
            target: None,
            band: None,
            reported: None,
            path: None,
        },
        TrajectoryPoint {
            year: 2024,
            scenario: scenario_2024,
            baseline: 7.99,
            target: Some((8.0, 8.5)),
            band: None,
            reported: None,
            path: None,
        },
        TrajectoryPoint {
            year: 2025,
            scenario: 8.1,
            baseline: 8.08,
            target: Some((8.7, 8.7)),
            band: None,
            reported: None,
            path: None,
        },
    ]
}

/// The same bars as shares of targets met (for the comparison and league charts).
pub fn shares(bars: &[AttainmentBar]) -> Vec<ShareBar> {
    bars.iter()
        .map(|b| ShareBar {
            label: b.label.clone(),
            value_label: b.value_label.clone(),
            share: b.progress,
        })
        .collect()
}
