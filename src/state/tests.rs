//! The reducer's rules, natively: one user action is one undo step, links round trip, refusals
//! are notices.

use super::*;
use planner_core::montecarlo::Uncertainty;
use planner_core::{presets, BaseField, Direction, Lever, Names, Provenance, ProvinceId, Target};

fn state() -> Rc<PlannerState> {
    Rc::new(PlannerState::new(&presets().unwrap(), Language::En))
}

fn lever(year: u16, lever: Lever, value: f64) -> Action {
    Action::SetLever {
        year,
        lever,
        value,
        live: false,
    }
}

fn levers(s: &PlannerState) -> &planner_core::Assumptions {
    &s.scenario().assumptions
}

/// Applies `action` to a state that already has one step, then checks that one undo restores
/// exactly the state before the action, and one redo the state after it.
fn one_step(start: Rc<PlannerState>, action: Action) {
    let start = start.reduce(lever(2025, Lever::Jobs, 21_000.0));
    let after = start.clone().reduce(action.clone());
    assert_ne!(after.work, start.work, "{action:?} changed nothing");
    assert_eq!(after.history, HistoryMode::Push, "{action:?}");
    let undone = after.clone().reduce(Action::Undo);
    assert_eq!(
        undone.work, start.work,
        "one undo takes back {action:?} alone"
    );
    let redone = undone.reduce(Action::Redo);
    assert_eq!(redone.work, after.work, "one redo brings back {action:?}");
}

#[test]
fn every_kind_of_user_action_is_exactly_one_undo_step() {
    let bac_giang = state().reduce(Action::SelectProvince("bac-giang".into()));
    let with_nowcast = bac_giang.clone().reduce(Action::SetNowcast(true));
    let with_mc = state().reduce(Action::SetUncertainty(true));
    let mut ytd = (**with_nowcast.scenario().nowcast.as_ref().unwrap()).clone();
    ytd.share = planner_core::Sourced::edited(0.3);
    let mut ytd_growth = ytd.clone();
    ytd_growth.grdp_growth = None;
    let wider = Uncertainty {
        width: 2.0,
        ..Uncertainty::default()
    };
    let seeded = Uncertainty {
        seed: 7,
        ..Uncertainty::default()
    };
    let cases: Vec<(Rc<PlannerState>, Action)> = vec![
        (state(), lever(2024, Lever::GrowthServices, 7.48)),
        (state(), Action::SelectProvince("hai-duong".into())),
        (bac_giang.clone(), Action::SetNowcast(true)),
        (with_nowcast.clone(), Action::SetNowcast(false)),
        (with_nowcast.clone(), Action::EditYtd(ytd)),
        (with_nowcast, Action::EditYtd(ytd_growth)),
        (state(), Action::SetUncertainty(true)),
        (with_mc.clone(), Action::SetUncertainty(false)),
        (with_mc.clone(), Action::EditUncertainty(wider)),
        (with_mc, Action::EditUncertainty(seeded)),
        (
            state(),
            Action::EditBase(vec![(BaseField::Exports, 2_500.0)]),
        ),
        (
            state(),
            Action::EditTarget {
                year: 2024,
                indicator: planner_core::Indicator::Exports,
                target: Some(Target::value(2_600.0, Direction::AtLeast).unwrap()),
            },
        ),
        (
            state(),
            Action::SetTolerance(planner_core::Tolerance {
                level_ratio: 0.05,
                rate_points: 0.25,
            }),
        ),
        (state(), Action::Reset),
        (state(), Action::SetLayer(planner_core::Layer::Term)),
        (state(), Action::WhatHappened),
        (
            state(),
            Action::CreateProvince {
                id: ProvinceId::new("nghe-an").unwrap(),
                name: Names {
                    vi: "Nghệ An".into(),
                    en: "Nghe An".into(),
                },
                template: "ha-tinh".into(),
            },
        ),
    ];
    for (start, action) in cases {
        one_step(start, action);
    }
}

#[test]
fn a_lever_then_the_nowcast_are_two_steps() {
    let s = state().reduce(Action::SelectProvince("bac-giang".into()));
    let before = s.work.clone();
    let s = s
        .reduce(lever(2024, Lever::GrowthServices, 9.0))
        .reduce(Action::SetNowcast(true));
    let s = s.reduce(Action::Undo);
    assert!(s.scenario().nowcast.is_none(), "the nowcast is undone");
    assert_eq!(
        levers(&s).year(2024).unwrap().get(Lever::GrowthServices),
        9.0,
        "the lever is kept"
    );
    assert_eq!(s.reduce(Action::Undo).work, before);
}

#[test]
fn the_page_around_the_scenario_is_not_undone() {
    let s = state().reduce(lever(2024, Lever::Deflator, 4.0));
    let s = s
        .reduce(Action::SetLanguage(Language::Vi))
        .reduce(Action::SetView(View::Data));
    let s = s.reduce(Action::Undo);
    assert_eq!((s.language, s.view), (Language::Vi, View::Data));
    assert_eq!(levers(&s), s.province().defaults());
}

#[test]
fn opening_links_and_saved_scenarios_respects_the_cap() {
    let mut s = state();
    for i in 0..UNDO_CAP + 5 {
        let jobs = 20_000 + i;
        s = s.reduce(Action::OpenLink(format!("v=1&p=ha-tinh&2025.jobs={jobs}")));
    }
    let mut undone = 0;
    loop {
        let back = s.clone().reduce(Action::Undo);
        if Rc::ptr_eq(&back, &s) {
            break;
        }
        s = back;
        undone += 1;
    }
    assert_eq!(undone, UNDO_CAP);
    let s = s.reduce(Action::SaveScenario("A".into()));
    let id = s.library.scenarios[0].id;
    let s = s
        .reduce(Action::SelectProvince("bac-giang".into()))
        .reduce(Action::OpenScenario(id));
    assert_eq!(s.province().id().as_str(), "ha-tinh");
    assert_eq!(s.history, HistoryMode::Push);
    let s = s.reduce(Action::Undo);
    assert_eq!(s.province().id().as_str(), "bac-giang");
}

#[test]
fn choosing_a_province_loads_its_defaults() {
    let s = state().reduce(Action::SelectProvince("bac-giang".into()));
    assert_eq!(s.province().id().as_str(), "bac-giang");
    assert_eq!(levers(&s), s.province().defaults());
}

#[test]
fn out_of_bounds_levers_are_refused_and_the_old_value_kept() {
    let s = state();
    let before = levers(&s).clone();
    let s = s.reduce(lever(2024, Lever::GrowthServices, 400.0));
    assert_eq!(*levers(&s), before);
    let notice = s.notices.iter().next().unwrap();
    assert_eq!(
        notice.key(),
        NoticeKey::Field(Field::Lever {
            year: 2024,
            lever: Lever::GrowthServices
        })
    );
    assert!(!s.can_undo().0, "a refusal is no step");
    let s = s.reduce(lever(2024, Lever::GrowthServices, 7.0));
    assert!(
        s.notices.is_empty(),
        "a value taken withdraws its field's notice"
    );
}

#[test]
fn a_notice_is_withdrawn_by_its_key_not_by_its_words() {
    let s = state()
        .reduce(Action::Notify(Notice::CompareLimit))
        .reduce(Action::Notify(Notice::YearToDate));
    let again = s.clone().reduce(Action::Withdraw(NoticeKey::Import));
    assert!(
        Rc::ptr_eq(&again, &s),
        "nothing to withdraw, nothing changes"
    );
    let s = s.reduce(Action::Withdraw(NoticeKey::Library));
    assert_eq!(s.notices.iter().collect::<Vec<_>>(), [&Notice::YearToDate]);
    assert!(s.reduce(Action::DismissNotices).notices.is_empty());
}

#[test]
fn a_lever_change_changes_only_that_lever_and_resets_undo_it() {
    let s = state().reduce(lever(2025, Lever::Jobs, 30_000.0));
    assert_eq!(levers(&s).year(2025).unwrap().get(Lever::Jobs), 30_000.0);
    assert_eq!(levers(&s).year(2024), s.province().defaults().year(2024));
    let s = s.reduce(Action::ResetLever {
        year: 2025,
        lever: Lever::Jobs,
    });
    assert_eq!(levers(&s), s.province().defaults());
    let s = s
        .reduce(lever(2024, Lever::Deflator, 5.0))
        .reduce(Action::Reset);
    assert_eq!(levers(&s), s.province().defaults());
}

#[test]
fn edits_mark_the_value_as_edited_and_keep_the_preset_as_shipped() {
    let s = state().reduce(Action::EditBase(vec![(BaseField::Exports, 2_500.0)]));
    let edited = s.province().base().sourced(BaseField::Exports).clone();
    assert_eq!(
        (edited.value, edited.provenance),
        (2_500.0, Provenance::Edited)
    );
    assert_eq!(s.presets[0].base().get(BaseField::Exports), 2_450.0);
    assert!(
        Rc::ptr_eq(&s.provinces()[0], &s.scenario().province),
        "the list holds the edited province"
    );
    let target = Target::value(2_600.0, Direction::AtLeast).unwrap();
    let indicator = planner_core::Indicator::Exports;
    let s = s.reduce(Action::EditTarget {
        year: 2024,
        indicator,
        target: Some(target),
    });
    assert_eq!(s.province().target(2024, indicator).unwrap().value, target);
    let s = s.reduce(Action::EditTarget {
        year: 2024,
        indicator,
        target: None,
    });
    assert!(s.province().target(2024, indicator).is_none());
}

#[test]
fn a_refused_edit_changes_nothing_and_says_why() {
    let s = state();
    let t = s
        .clone()
        .reduce(Action::EditBase(vec![(BaseField::ShareServices, 90.0)]));
    assert_eq!(t.work, s.work);
    assert!(matches!(
        t.notices.iter().next(),
        Some(Notice::Refused {
            field: Field::Base,
            error: planner_core::Error::InvalidShares(_)
        })
    ));
}

#[test]
fn a_drag_is_one_undo_step_and_one_history_entry() {
    let s = state();
    let default = levers(&s).clone();
    let drag = |s: Rc<PlannerState>, value| {
        s.reduce(Action::SetLever {
            year: 2024,
            lever: Lever::GrowthServices,
            value,
            live: true,
        })
    };
    let s = drag(s, 7.0);
    assert_eq!(s.history, HistoryMode::Push);
    let s = drag(s, 7.5);
    assert_eq!(s.history, HistoryMode::Replace);
    let s = drag(s, 8.0);
    let typed = s.reduce(lever(2025, Lever::Jobs, 1.0));
    assert_eq!(typed.history, HistoryMode::Push);
    let undone = typed.reduce(Action::Undo);
    assert_eq!(
        levers(&undone)
            .year(2024)
            .unwrap()
            .get(Lever::GrowthServices),
        8.0
    );
    let undone = undone.reduce(Action::Undo);
    assert_eq!(*levers(&undone), default, "the whole drag undone at once");
    assert_eq!(undone.can_undo(), (false, true));
    let redone = undone.reduce(Action::Redo).reduce(Action::Redo);
    assert_eq!(levers(&redone).year(2025).unwrap().get(Lever::Jobs), 1.0);
}

#[test]
fn each_drag_is_its_own_undo_step_even_after_an_undo() {
    let drag = |s: Rc<PlannerState>, lever, value| {
        s.reduce(Action::SetLever {
            year: 2024,
            lever,
            value,
            live: true,
        })
    };
    let s = state();
    let start = levers(&s).clone();
    let s = drag(s, Lever::GrowthServices, 7.0).reduce(Action::EndDrag);
    let after_first = levers(&s).clone();
    let s = drag(s, Lever::GrowthAgriculture, 4.0);
    assert_eq!(
        s.history,
        HistoryMode::Push,
        "a new drag is a new history entry"
    );
    let s = s.reduce(Action::Undo);
    assert_eq!(*levers(&s), after_first);
    let s = drag(s, Lever::Deflator, 5.0);
    assert_eq!(
        s.can_undo(),
        (true, false),
        "a drag after an undo clears redo"
    );
    let s = s.reduce(Action::Undo).reduce(Action::Undo);
    assert_eq!(*levers(&s), start);
}

#[test]
fn year_to_date_figures_belong_to_their_province() {
    let s = state()
        .reduce(Action::SelectProvince("bac-giang".into()))
        .reduce(Action::SetNowcast(true));
    let ytd = s.scenario().nowcast.clone().unwrap();
    assert_eq!(ytd.grdp_growth.as_ref().unwrap().value, 14.18);
    let s = s.reduce(Action::SelectProvince("ha-tinh".into()));
    assert!(s.scenario().nowcast.is_none());
    assert!(!s.link().contains("ytd"));
    let s = s.reduce(Action::Undo);
    assert!(
        s.scenario().nowcast.is_some(),
        "undo brings the figures back with their province"
    );
}

#[test]
fn the_link_carries_the_scenario_and_opens_it_again() {
    let s = state()
        .reduce(Action::SelectProvince("bac-giang".into()))
        .reduce(lever(2024, Lever::GrowthServices, 7.48))
        .reduce(Action::SetNowcast(true))
        .reduce(Action::SetUncertainty(true))
        .reduce(Action::SetView(View::Data));
    let link = s.link();
    assert_eq!(
        link,
        "v=2&p=bac-giang&lang=en&view=data&2024.growth.services=7.48&ytd=1\
         &mc=1&mc.seed=2024&mc.draws=10000&mc.shape=triangular&mc.width=1"
    );
    let opened = PlannerState::from_link(&presets().unwrap(), &link, Language::Vi);
    assert_eq!(opened.province().id().as_str(), "bac-giang");
    assert_eq!(levers(&opened), levers(&s));
    assert_eq!(opened.scenario().nowcast, s.scenario().nowcast);
    assert_eq!(opened.scenario().uncertainty, s.scenario().uncertainty);
    assert_eq!((opened.language, opened.view), (Language::En, View::Data));
    assert!(opened.notices.is_empty());
    assert_eq!(opened.link(), link);
}

#[test]
fn a_bad_link_opens_with_a_notice_naming_what_was_ignored() {
    let opened = PlannerState::from_link(
        &presets().unwrap(),
        "p=bac-giang&2024.jobs=abc&zoom=3",
        Language::En,
    );
    assert_eq!(opened.province().id().as_str(), "bac-giang");
    let Some(Notice::Link(issues)) = opened.notices.iter().next() else {
        panic!("no link notice");
    };
    let text: Vec<String> = issues.iter().map(ToString::to_string).collect();
    assert!(
        text.iter().any(|t| t.contains("2024.jobs=abc")) && text.iter().any(|t| t.contains("zoom")),
        "{text:?}"
    );
}

#[test]
fn an_own_province_starts_from_a_template_and_ids_stay_unique() {
    let id = ProvinceId::new("nghe-an").unwrap();
    let name = Names {
        vi: "Nghệ An".into(),
        en: "Nghe An".into(),
    };
    let s = state().reduce(Action::CreateProvince {
        id: id.clone(),
        name: name.clone(),
        template: "ha-tinh".into(),
    });
    assert_eq!(s.province().id(), &id);
    assert_eq!(
        s.provinces().len(),
        planner_core::presets().unwrap().len() + 1
    );
    assert_eq!(s.province().targets(2024).count(), 0);
    assert_eq!(
        s.province()
            .base()
            .sourced(BaseField::Exports)
            .provenance
            .kind(),
        "assumed"
    );
    let again = s.reduce(Action::CreateProvince {
        id: id.clone(),
        name,
        template: "ha-tinh".into(),
    });
    assert_eq!(
        again.provinces().len(),
        planner_core::presets().unwrap().len() + 1
    );
    assert_eq!(
        again.notices.iter().next(),
        Some(&Notice::ProvinceExists(id))
    );
}

#[test]
fn notices_about_a_scenario_left_behind_go_with_it() {
    let refused = |s: Rc<PlannerState>| s.reduce(lever(2024, Lever::GrowthServices, 400.0));
    let field = NoticeKey::Field(Field::Lever {
        year: 2024,
        lever: Lever::GrowthServices,
    });
    let has = |s: &PlannerState, key| s.notices.iter().any(|n| n.key() == key);
    let s = refused(state().reduce(lever(2025, Lever::Jobs, 1.0)));
    assert!(has(&s, field));
    assert!(!has(&s.clone().reduce(Action::Undo), field), "undo");
    assert!(!has(
        &refused(state()).reduce(Action::SelectProvince("bac-giang".into())),
        field
    ));
    assert!(!has(&refused(state()).reduce(Action::Reset), field));
    let full = state()
        .reduce(Action::Notify(Notice::Storage(StorageProblem::Full)))
        .reduce(Action::Notify(Notice::Import(
            planner_core::saved::SavedProblem::TooLarge(1),
        )));
    let opened = refused(full).reduce(Action::OpenLink("v=1&p=hai-duong".into()));
    let keys: Vec<NoticeKey> = opened.notices.iter().map(Notice::key).collect();
    assert_eq!(
        keys,
        [NoticeKey::StorageFull],
        "a storage problem outlives the scenario"
    );
    let saved = opened.reduce(Action::Withdraw(NoticeKey::StorageFull));
    assert!(saved.notices.is_empty());
    let with_ytd = state()
        .reduce(Action::SetNowcast(true))
        .reduce(Action::Notify(Notice::YearToDate));
    assert!(with_ytd
        .reduce(Action::SetNowcast(false))
        .notices
        .is_empty());
}

#[test]
fn opening_the_scenario_on_screen_is_no_step() {
    let s = state().reduce(lever(2024, Lever::Deflator, 4.0));
    let again = s.clone().reduce(Action::OpenLink(s.link()));
    assert_eq!(again.work, s.work);
    assert_eq!(again.can_undo(), s.can_undo());
}

#[test]
fn the_link_notice_goes_with_its_scenario_on_undo() {
    let s = state().reduce(Action::OpenLink("v=1&p=bac-giang&2024.jobs=abc".into()));
    assert!(matches!(s.notices.iter().next(), Some(Notice::Link(_))));
    assert!(s.reduce(Action::Undo).notices.is_empty());
}

#[test]
fn the_whole_presets_replace_the_brief_ones_keeping_every_edit() {
    let whole: Rc<[Province]> = presets().unwrap().into();
    let brief: Vec<Province> = whole.iter().map(Province::brief).collect();
    let start = Rc::new(PlannerState::new(&brief, Language::En));
    assert!(!start.has_sources());
    let edited = start
        .reduce(Action::SetLayer(planner_core::Layer::Term))
        .reduce(Action::EditBase(vec![(BaseField::Exports, 2_500.0)]))
        .reduce(lever(2025, Lever::Jobs, 21_000.0))
        .reduce(Action::CreateProvince {
            id: ProvinceId::new("nghe-an").unwrap(),
            name: Names {
                vi: "Nghệ An".into(),
                en: "Nghe An".into(),
            },
            template: "ha-tinh".into(),
        })
        .reduce(Action::SelectProvince("ha-tinh".into()));
    let link = edited.link();
    let loaded = edited.clone().reduce(Action::PresetsLoaded(whole.clone()));
    assert!(loaded.has_sources());
    assert_eq!(loaded.link(), link, "the scenario is the same");
    assert_eq!(loaded.presets, whole);
    let p = loaded.province();
    assert_eq!(p.layer(), planner_core::Layer::Term);
    assert_eq!(p.base().get(BaseField::Exports), 2_500.0);
    assert!(p.sources().iter().all(|s| s.title != planner_core::ELIDED));
    assert!(loaded
        .provinces()
        .iter()
        .any(|p| p.id().as_str() == "nghe-an"));
    // Not a step: undo takes back the last user action, not the loading, and the states it
    // returns to carry the words about sources too.
    assert_eq!(loaded.can_undo(), edited.can_undo());
    let mut back = loaded.clone();
    for _ in 0..3 {
        back = back.reduce(Action::Undo);
        let p = back.province();
        assert!(p.sources().iter().all(|s| s.title != planner_core::ELIDED));
    }
    assert_eq!(back.province().layer(), planner_core::Layer::Term);
    // Loading twice, or presets of other provinces, changes nothing.
    let again = loaded.clone().reduce(Action::PresetsLoaded(whole.clone()));
    assert!(Rc::ptr_eq(&again, &loaded));
    // Presets whose numbers differ from the embedded ones (a stale file) are refused.
    let mut stale = whole.to_vec();
    let exports = stale[0].base().get(BaseField::Exports) + 1.0;
    stale[0]
        .set_base(BaseField::Exports, planner_core::Sourced::edited(exports))
        .unwrap();
    let start = Rc::new(PlannerState::new(&brief, Language::En));
    assert!(Rc::ptr_eq(
        &start.clone().reduce(Action::PresetsLoaded(stale.into())),
        &start
    ));
    let other: Rc<[Province]> = whole[..1].to_vec().into();
    let start = Rc::new(PlannerState::new(&brief, Language::En));
    assert!(Rc::ptr_eq(
        &start.clone().reduce(Action::PresetsLoaded(other)),
        &start
    ));
}
