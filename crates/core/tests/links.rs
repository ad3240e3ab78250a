//! Scenario links: round trips, hostile links, and a fuzz run over arbitrary input.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use planner_core::link::{decode, encode, Link, LinkIssue, OwnProvince, MAX_PAIRS};
use planner_core::{
    presets, Assumptions, BaseField, Direction, Indicator, Layer, Lever, Names, Province,
    ProvinceId, Scenario, Target, Tolerance,
};
use proptest::prelude::*;
use proptest::test_runner::{Config, TestRunner};
use std::rc::Rc;

fn ha_tinh() -> Province {
    presets().unwrap().remove(0)
}

fn scenario(province: Province) -> Scenario {
    Scenario::baseline(Rc::new(province))
}

/// The plan years of the bundled 2024–2025 presets.
fn year() -> impl Strategy<Value = u16> {
    prop::sample::select(vec![2024, 2025])
}

fn link_of(s: &Scenario, presets: &[Province]) -> Link {
    s.to_link(presets)
}

fn resolve(link: &Link, presets: &[Province]) -> (Scenario, Vec<LinkIssue>) {
    Scenario::from_link(link, presets)
}

fn lever_entry() -> impl Strategy<Value = ((u16, Lever), f64)> {
    (
        year(),
        prop::sample::select(Lever::ALL.to_vec()),
        0.0f64..=1.0,
    )
        .prop_map(|(y, l, t)| {
            let b = l.bounds();
            ((y, l), b.min + t * (b.max - b.min))
        })
}

fn target_entry() -> impl Strategy<Value = ((u16, Indicator), Option<Target>)> {
    (
        year(),
        prop::sample::select(Indicator::ALL.to_vec()),
        proptest::option::of((
            0.01f64..1e6,
            proptest::option::of(0.0f64..1e4),
            any::<bool>(),
        )),
    )
        .prop_map(|(y, i, t)| {
            let target = t.map(|(low, span, at_most)| {
                let direction = if at_most {
                    Direction::AtMost
                } else {
                    Direction::AtLeast
                };
                Target::new(low, span.map(|s| low + s), direction).unwrap()
            });
            ((y, i), target)
        })
}

/// A value stated for an entered indicator, within what it takes.
fn stated_entry() -> impl Strategy<Value = ((u16, Indicator), f64)> {
    let entered: Vec<Indicator> = Indicator::ALL
        .iter()
        .copied()
        .filter(|i| i.entered())
        .collect();
    (2024u16..=2025, prop::sample::select(entered), 0.0f64..=1.0).prop_map(|(y, i, t)| {
        let (min, max) = i.entry_range();
        ((y, i), min + t * (max - min))
    })
}

fn base_entry() -> impl Strategy<Value = (BaseField, f64)> {
    (prop::sample::select(BaseField::ALL.to_vec()), 0.0f64..=1.0).prop_map(|(f, t)| {
        let (min, max) = f.range();
        (f, min + t * (max - min))
    })
}

fn links() -> impl Strategy<Value = Link> {
    let id = "[a-z][a-z0-9]{0,8}(-[a-z0-9]{1,8}){0,2}";
    (
        proptest::option::of(id.prop_map(|s| ProvinceId::new(&s).unwrap())),
        proptest::option::of((id, "\\PC{1,30}", "\\PC{1,30}")),
        proptest::option::of(prop::sample::select(vec!["vi", "en"])),
        proptest::option::of(prop::sample::select(planner_core::link::VIEWS.to_vec())),
        proptest::option::of(prop::sample::select(Indicator::ALL.to_vec())),
        proptest::option::of((0.0f64..=0.5, 0.0f64..=10.0)),
        prop::collection::btree_map(base_entry().prop_map(|(f, _)| f), 0.0f64..=1.0, 0..4),
        prop::collection::vec(target_entry(), 0..6),
        (
            prop::collection::vec(lever_entry(), 0..12),
            prop::collection::vec(stated_entry(), 0..3),
        ),
        proptest::option::of((
            proptest::option::of(0.01f64..0.99),
            // Absent, cleared (`none`) or a value.
            proptest::option::of(proptest::option::of(-50.0f64..50.0)),
            proptest::option::of(proptest::option::of((0.0f64..1e6, -50.0f64..50.0))),
        )),
        proptest::option::of((any::<u64>(), 1u32..=100_000, any::<bool>(), 0.0f64..=5.0)),
        (
            proptest::option::of(prop::sample::select(Layer::ALL.to_vec())),
            proptest::option::of((1990u16..=2090, 0u16..=10)),
            proptest::option::of(1990u16..=2090),
        ),
    )
        .prop_map(
            |(
                province,
                own,
                language,
                view,
                chart,
                tol,
                base,
                targets,
                (levers, stated),
                ytd,
                mc,
                (layer, period, year),
            )| {
                Link {
                    province,
                    layer,
                    period: period.map(|(first, years)| planner_core::plans::Period {
                        first,
                        last: first + years,
                    }),
                    own: own
                        .map(|(t, vi, en)| OwnProvince {
                            template: ProvinceId::new(&t).unwrap(),
                            name: Names {
                                vi: vi.trim().to_owned(),
                                en: en.trim().to_owned(),
                            },
                        })
                        .filter(|o| !o.name.vi.is_empty() && !o.name.en.is_empty()),
                    language: language.map(str::to_owned),
                    view: view.map(str::to_owned),
                    chart,
                    year,
                    tolerance: tol.map(|(level_ratio, rate_points)| Tolerance {
                        level_ratio,
                        rate_points,
                    }),
                    base: base
                        .into_iter()
                        .map(|(f, t)| {
                            let (min, max) = f.range();
                            (f, min + t * (max - min))
                        })
                        .collect(),
                    targets: targets.into_iter().collect(),
                    levers: levers.into_iter().collect(),
                    stated: stated.into_iter().collect(),
                    ytd: ytd.map(|(share, grdp_growth, flow)| planner_core::link::LinkYtd {
                        share,
                        grdp_growth,
                        flows: flow
                            .map(|f| (Indicator::BudgetRevenue, f))
                            .into_iter()
                            .collect(),
                    }),
                    uncertainty: mc.map(|(seed, draws, uniform, width)| {
                        planner_core::montecarlo::Uncertainty {
                            seed,
                            draws,
                            shape: if uniform {
                                planner_core::montecarlo::Shape::Uniform
                            } else {
                                planner_core::montecarlo::Shape::Triangular
                            },
                            width,
                            spread: [(Lever::GrowthServices, 2.5)]
                                .into_iter()
                                .filter(|_| width > 1.0)
                                .collect(),
                        }
                    }),
                }
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1000))]

    #[test]
    fn every_valid_link_round_trips(link in links()) {
        let query = encode(&link);
        let decoded = decode(&query);
        prop_assert_eq!(decoded.issues, vec![]);
        prop_assert_eq!(decoded.link, link);
    }
}

#[test]
fn a_scenario_survives_link_and_back_through_the_presets() {
    let presets = presets().unwrap();
    let mut s = scenario(ha_tinh());
    s.assumptions
        .set(2024, Lever::GrowthServices, 7.48)
        .unwrap();
    s.assumptions.set(2025, Lever::Jobs, 25_000.0).unwrap();
    Rc::make_mut(&mut s.province)
        .set_base(BaseField::Exports, planner_core::Sourced::edited(2_600.0))
        .unwrap();
    Rc::make_mut(&mut s.province)
        .set_target(2024, Indicator::Jobs, None)
        .unwrap();
    let t = Target::new(50_000.0, Some(52_000.0), Direction::AtLeast).unwrap();
    Rc::make_mut(&mut s.province)
        .set_target(
            2025,
            Indicator::SocialInvestment,
            Some(planner_core::Sourced::edited(t)),
        )
        .unwrap();
    s.tolerance = Tolerance {
        level_ratio: 0.05,
        rate_points: 0.25,
    };
    let query = encode(&link_of(&s, &presets));
    assert!(
        query.contains("2024.growth.services=7.48") && query.contains("target.2024.jobs=none"),
        "{query}"
    );
    let (back, issues) = resolve(&decode(&query).link, &presets);
    assert_eq!(issues, vec![]);
    assert_eq!(back, s);
    // Only what differs is written: an untouched scenario is just its province.
    assert_eq!(
        encode(&link_of(&scenario(ha_tinh()), &presets)),
        "v=2&p=ha-tinh"
    );
}

#[test]
fn cleared_and_edited_year_to_date_figures_survive_a_link() {
    let presets = presets().unwrap();
    let bac_giang = presets[1].clone();
    let published = bac_giang.ytd(bac_giang.nowcast_year()).unwrap().clone();
    assert!(
        published.grdp_growth.is_some() && published.flows.contains_key(&Indicator::BudgetRevenue)
    );
    let mut s = scenario(bac_giang);
    assert_eq!(s.published_nowcast(), published);
    let mut ytd = published.clone();
    ytd.grdp_growth = None;
    ytd.flows.remove(&Indicator::BudgetRevenue);
    ytd.share = planner_core::Sourced::edited(0.3);
    s.nowcast = Some(Rc::new(ytd));
    let query = encode(&link_of(&s, &presets));
    assert!(
        query.contains("ytd.grdp_growth=none") && query.contains("ytd.budget_revenue=none"),
        "{query}"
    );
    let back = decode(&query);
    assert_eq!(back.issues, vec![]);
    let (reopened, issues) = resolve(&back.link, &presets);
    assert_eq!(issues, vec![]);
    assert_eq!(reopened, s);
    // The published figures untouched: nothing but the switch in the link.
    s.nowcast = Some(Rc::new(published));
    let query = encode(&link_of(&s, &presets));
    assert!(query.ends_with("&ytd=1"), "{query}");
}

#[test]
fn uncertainty_settings_survive_a_link() {
    let presets = presets().unwrap();
    let mut s = scenario(presets[2].clone());
    let mut u = planner_core::montecarlo::Uncertainty {
        seed: 7,
        draws: 2_000,
        ..Default::default()
    };
    u.spread.insert(Lever::GrowthServices, 2.5);
    s.uncertainty = Some(Rc::new(u));
    let query = encode(&link_of(&s, &presets));
    assert!(
        query.contains("mc=1&mc.seed=7&mc.draws=2000")
            && query.contains("mc.range.growth.services=2.5"),
        "{query}"
    );
    let (back, issues) = resolve(&decode(&query).link, &presets);
    assert_eq!(issues, vec![]);
    assert_eq!(back, s);
}

#[test]
fn a_lever_or_target_outside_the_province_plan_is_refused_by_name() {
    let presets = presets().unwrap();
    let (s, issues) = resolve(
        &decode("v=2&p=ha-tinh&2027.jobs=20000&target.2030.exports=9000").link,
        &presets,
    );
    assert_eq!(s.assumptions, *s.province.defaults());
    assert_eq!(issues.len(), 2, "{issues:?}");
    for issue in &issues {
        assert!(
            matches!(
                issue,
                LinkIssue::BadValue {
                    reason: planner_core::link::Reason::NotAPlanYear {
                        first: 2024,
                        last: 2025
                    },
                    ..
                }
            ),
            "{issue:?}"
        );
    }
}

#[test]
fn an_own_province_is_rebuilt_from_its_template() {
    let presets = presets().unwrap();
    let own = presets[1].derive(
        ProvinceId::new("nghe-an").unwrap(),
        Names {
            vi: "Nghệ An".into(),
            en: "Nghe An".into(),
        },
    );
    let mut s = scenario(own);
    Rc::make_mut(&mut s.province)
        .set_base(
            BaseField::Population,
            planner_core::Sourced::edited(3_400_000.0),
        )
        .unwrap();
    let query = encode(&link_of(&s, &presets));
    assert!(
        query.contains("from=bac-giang") && query.contains("name=Ngh%E1%BB%87+An"),
        "{query}"
    );
    let (back, issues) = resolve(&decode(&query).link, &presets);
    assert_eq!(issues, vec![]);
    assert_eq!(back, s);
}

/// What a hostile link's issues must look like.
type Expect = fn(&[LinkIssue]) -> bool;

/// The hostile links of the product's checklist, each opened with what is valid kept.
#[test]
fn hostile_links_are_reported_and_the_rest_kept() {
    let presets = presets().unwrap();
    let cases: [(&str, Expect); 9] = [
        (
            "v=1&p=bac-giang&colour=red&2024.jobs=30000",
            |i| matches!(i, [LinkIssue::UnknownKey(k)] if k == "colour"),
        ),
        (
            "v=1&p=atlantis&2024.jobs=30000",
            |i| matches!(i, [LinkIssue::UnknownProvince(p)] if p == "atlantis"),
        ),
        (
            "v=1&p=bac-giang&2024.growth.services=400&2024.jobs=30000",
            |i| matches!(i, [LinkIssue::BadValue { key, .. }] if key == "2024.growth.services"),
        ),
        (
            "v=1&p=bac-giang&2024.growth.services=NaN&2024.jobs=30000",
            |i| i.len() == 1,
        ),
        (
            "v=1&p=bac-giang&2024.growth.services=inf&2024.jobs=30000",
            |i| i.len() == 1,
        ),
        ("v=1&p=bac-giang&2024.jobs=30000&name=%E0%A4%A&%ZZ=%", |i| {
            !i.is_empty()
        }),
        (
            "v=99&p=bac-giang&2024.jobs=30000",
            |i| matches!(i, [LinkIssue::FutureVersion(v)] if v == "99"),
        ),
        (
            "v=1&p=bac-giang&2024.jobs=30000&lang=%3Cscript%3Ealert(1)%3C/script%3E",
            |i| matches!(i, [LinkIssue::BadValue { key, .. }] if key == "lang"),
        ),
        ("v=1&p=bac-giang&2024.jobs=30000&p=%3Cimg%20src=x%3E", |i| {
            i.len() == 1
        }),
    ];
    for (query, expected) in cases {
        let decoded = decode(query);
        let (scenario, resolved) = resolve(&decoded.link, &presets);
        let issues: Vec<_> = decoded.issues.iter().cloned().chain(resolved).collect();
        assert!(expected(&issues), "{query}: {issues:?}");
        assert_eq!(
            scenario.assumptions.year(2024).unwrap().get(Lever::Jobs),
            30_000.0,
            "{query} kept the valid lever"
        );
        if !query.contains("atlantis") {
            assert_eq!(scenario.province.id().as_str(), "bac-giang", "{query}");
        }
    }
    // A 100 KB link is read up to its limit and said to be too long.
    let long = format!(
        "v=1&p=bac-giang&2024.jobs=30000&{}",
        "2025.jobs=1&".repeat(10_000)
    );
    assert!(long.len() > 100_000);
    let decoded = decode(&long);
    assert!(decoded
        .issues
        .iter()
        .any(|i| matches!(i, LinkIssue::TooLong { read } if *read <= MAX_PAIRS)));
    assert_eq!(
        decoded.link.levers.get(&(2024, Lever::Jobs)),
        Some(&30_000.0)
    );
    // Issues quote at most 60 characters of what they were given.
    let decoded = decode(&format!("{}=1", "k".repeat(5_000)));
    assert!(decoded
        .issues
        .iter()
        .all(|i| i.to_string().chars().count() < 200));
}

#[test]
fn refused_edits_are_reported_without_losing_the_others() {
    let presets = presets().unwrap();
    // Shares that do not add up are refused; the exports edit and the lever stay.
    let decoded =
        decode("v=1&p=ha-tinh&base.share.agriculture=50&base.exports=2600&2024.jobs=30000");
    let (s, issues) = resolve(&decoded.link, &presets);
    assert_eq!(issues.len(), 1, "{issues:?}");
    assert_eq!(s.province.base().get(BaseField::Exports), 2_600.0);
    assert_eq!(s.province.base().get(BaseField::ShareAgriculture), 14.0);
    assert_eq!(s.assumptions.year(2024).unwrap().get(Lever::Jobs), 30_000.0);
    let _: Assumptions = s.assumptions;
}

/// Fuzzing of the decoder: arbitrary strings, and mutations of valid links. No input may panic.
/// Prints how many inputs ran.
#[test]
fn fuzz_the_link_decoder() {
    let presets = presets().unwrap();
    let cases = std::env::var("LINK_FUZZ_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(20_000u32);
    let mut runner = TestRunner::new(Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    });
    let seeds = [
        "v=1&p=ha-tinh&2024.growth.services=7.48&target.2024.grdp_growth=8~8.5&base.exports=2600",
        "v=1&p=nghe-an&from=ha-tinh&name=Ngh%E1%BB%87+An&tol.level=0.05&chart=exports&view=data&lang=en",
        "%E0%A4%A&&==&v=&p=-&target.2024.jobs=max:1~0&2024.=1&.2024=2",
    ];
    let arbitrary = prop_oneof![
        any::<String>(),
        "[a-z0-9.=&%~:<>\"' -]{0,200}",
        (
            prop::sample::select(seeds.to_vec()),
            any::<usize>(),
            "[\\PC%&=~.:]{0,12}"
        )
            .prop_map(|(seed, at, insert)| {
                let mut s = seed.to_owned();
                let mut at = at % (s.len() + 1);
                while !s.is_char_boundary(at) {
                    at -= 1;
                }
                s.insert_str(at, &insert);
                s
            }),
    ];
    let executions = std::cell::Cell::new(0u64);
    runner
        .run(&arbitrary, |input| {
            executions.set(executions.get() + 1);
            let decoded = decode(&input);
            let (scenario, _) = resolve(&decoded.link, &presets);
            prop_assert!(scenario.assumptions.year(2024).is_some());
            // What was read, written again, reads back the same.
            prop_assert_eq!(decode(&encode(&decoded.link)).link, decoded.link);
            Ok(())
        })
        .unwrap();
    eprintln!("link decoder fuzz: {} inputs, no panic", executions.get());
}

mod saved_work {
    use planner_core::saved::{Library, SavedProblem, ScenarioFile, LIBRARY_SCHEMA};
    use proptest::prelude::*;

    #[test]
    fn the_library_survives_storage_and_its_operations() {
        let mut lib = Library::new();
        let a = lib.add("  Kịch bản cơ sở ", "v=1&p=ha-tinh").unwrap();
        let b = lib.duplicate(a, "(2)").unwrap();
        assert!(lib.rename(b, "<script>alert(1)</script>"));
        assert!(!lib.rename(b, "   "));
        assert!(lib.add("", "v=1").is_none());
        let (back, problem) = Library::read(&lib.write()).unwrap();
        assert_eq!((back.clone(), problem), (lib.clone(), None));
        assert_eq!(back.scenarios[0].name, "Kịch bản cơ sở");
        assert_eq!(back.scenarios[1].name, "<script>alert(1)</script>");
        assert!(lib.delete(a) && !lib.delete(a));
    }

    #[test]
    fn corrupted_foreign_or_newer_storage_is_refused_whole_and_bad_entries_skipped() {
        assert!(matches!(
            Library::read("{not json"),
            Err(SavedProblem::Unreadable(_))
        ));
        assert!(matches!(
            Library::read(r#"{"theme":"dark"}"#),
            Err(SavedProblem::Unreadable(_))
        ));
        assert_eq!(
            Library::read(r#"{"schema":9,"scenarios":[]}"#),
            Err(SavedProblem::NewerSchema(9))
        );
        let mixed = format!(
            r#"{{"schema":{LIBRARY_SCHEMA},"scenarios":[{{"id":1,"name":"ok","link":"v=1"}},{{"id":1,"name":"dup","link":""}},{{"id":2,"name":"","link":""}},{{"oops":true}}]}}"#
        );
        let (lib, problem) = Library::read(&mixed).unwrap();
        assert_eq!(lib.scenarios.len(), 1);
        assert_eq!(problem, Some(SavedProblem::EntriesSkipped(3)));
    }

    #[test]
    fn scenario_files_round_trip_and_hostile_files_are_refused() {
        let file = ScenarioFile::new("Bắc Giang Q1", "v=1&p=bac-giang&2024.jobs=35600");
        assert_eq!(ScenarioFile::read(file.write().as_bytes()).unwrap(), file);
        let with_bom = format!("\u{feff}{}", file.write());
        assert!(ScenarioFile::read(with_bom.as_bytes()).is_ok());
        assert!(
            ScenarioFile::read(br#"{"format":"other","version":1,"name":"x","link":""}"#).is_err()
        );
        assert!(ScenarioFile::read(&[0xff, 0xfe, 0x00]).is_err());
        assert!(matches!(
            ScenarioFile::read(&vec![b' '; 300_000]),
            Err(SavedProblem::TooLarge(_))
        ));
        let newer =
            br#"{"format":"provincial-target-planner/scenario","version":5,"name":"x","link":""}"#;
        assert_eq!(ScenarioFile::read(newer), Err(SavedProblem::NewerSchema(5)));
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(5000))]

        /// Fuzzing of the storage and file decoders: arbitrary text and bytes never panic.
        #[test]
        fn storage_and_file_decoders_never_panic(text in any::<String>(), bytes in prop::collection::vec(any::<u8>(), 0..512)) {
            let _ = Library::read(&text);
            let _ = ScenarioFile::read(text.as_bytes());
            let _ = ScenarioFile::read(&bytes);
            let wrapped = format!(r#"{{"schema":1,"scenarios":[{text:?}]}}"#);
            let _ = Library::read(&wrapped);
        }
    }
}

/// A year-to-date figure the model accepts reopens from its link: one set of limits for both.
#[test]
fn year_to_date_figures_at_the_model_limits_survive_a_link() {
    let presets = presets().unwrap();
    let mut s = scenario(presets[1].clone());
    let mut ytd = s.published_nowcast();
    ytd.share = planner_core::Sourced::edited(0.995);
    ytd.grdp_growth = Some(planner_core::Sourced::edited(-99.5));
    assert!(ytd.is_valid());
    s.nowcast = Some(Rc::new(ytd));
    let (back, issues) = resolve(&decode(&encode(&link_of(&s, &presets))).link, &presets);
    assert_eq!(issues, vec![]);
    assert_eq!(back, s);
}

#[test]
fn a_version_1_link_opens_to_the_defaults_of_its_day() {
    let presets = presets().unwrap();
    let open = |query: &str| resolve(&decode(query).link, &presets);
    // Bac Giang's deflator was an assumed 3 %; version 2 derives 1.0 % from its 2024 estimates.
    let (old, issues) = open("v=1&p=bac-giang&2024.growth.services=7");
    assert_eq!(issues, vec![]);
    let year = |s: &Scenario, y: u16, lever: Lever| s.assumptions.year(y).unwrap().get(lever);
    assert_eq!(year(&old, 2024, Lever::Deflator), 3.0);
    assert_eq!(year(&old, 2025, Lever::GrowthBudgetDomestic), 16.1);
    assert_eq!(year(&old, 2024, Lever::GrowthServices), 7.0);
    let (new, _) = open("v=2&p=bac-giang&2024.growth.services=7");
    assert_eq!(year(&new, 2024, Lever::Deflator), 1.0);
    // What the old link wrote wins over the defaults of its day.
    let (kept, _) = open("v=1&p=bac-giang&2024.deflator=2.5");
    assert_eq!(year(&kept, 2024, Lever::Deflator), 2.5);
    assert_eq!(year(&kept, 2025, Lever::Deflator), 3.0);
    // Base figures too, and for a province of one's own, those of its template.
    let (hd, _) = open("v=1&p=hai-duong");
    assert_eq!(hd.province.base().get(BaseField::IncomePerCapita), 56.5);
    assert_eq!(year(&hd, 2025, Lever::Jobs), 35_000.0);
    let (own, _) = open("v=1&p=nghe-an&from=ha-tinh&name=Ngh%E1%BB%87+An");
    assert_eq!(own.province.base().get(BaseField::IncomePerCapita), 47.0);
    assert_eq!(year(&own, 2024, Lever::Deflator), 3.0);
    // Opened again from its own (version 2) link, the scenario is the same.
    let (again, _) = open(&encode(&link_of(&old, &presets)));
    assert_eq!(again.assumptions, old.assumptions);
}
