//! What the browser keeps follows the user's edits of provinces, survives a new start without
//! the link, and is not overwritten by opening a link.

use super::*;
use planner_core::kept::KeptProvinces;
use planner_core::{presets, BaseField, Names, ProvinceId};

fn fresh(query: &str, kept: KeptProvinces) -> Rc<PlannerState> {
    Rc::new(PlannerState::start(
        &presets().unwrap(),
        query,
        Language::Vi,
        kept,
        None,
    ))
}

fn exports(s: &PlannerState, id: &str) -> f64 {
    let p = s
        .provinces()
        .iter()
        .find(|p| p.id().as_str() == id)
        .unwrap();
    p.base().get(BaseField::Exports)
}

fn nghe_an() -> Action {
    Action::CreateProvince {
        id: ProvinceId::new("nghe-an").unwrap(),
        name: Names::new("Nghệ An", "Nghe An"),
        template: "ha-tinh".into(),
    }
}

#[test]
fn an_edit_and_an_own_province_are_kept_and_come_back_without_the_link() {
    let s = fresh("", KeptProvinces::new());
    assert!(s.kept.is_empty());
    assert_eq!(s.kept_status(), KeptStatus::Preset);
    let s = s.reduce(Action::EditBase(vec![(BaseField::Exports, 2_600.0)]));
    assert_eq!(s.kept.provinces.len(), 1);
    assert_eq!(s.kept_status(), KeptStatus::Kept);
    let s = s.reduce(nghe_an());
    assert_eq!(s.kept.provinces.len(), 2);
    // What a new tab reads back from storage.
    let (stored, problem) = KeptProvinces::read(&s.kept.write()).unwrap();
    assert_eq!(problem, None);
    let again = fresh("", stored);
    assert_eq!(exports(&again, "ha-tinh"), 2_600.0);
    assert_eq!(
        again.provinces().len(),
        planner_core::presets().unwrap().len() + 1
    );
    let own = again
        .provinces()
        .iter()
        .find(|p| p.id().as_str() == "nghe-an")
        .unwrap();
    assert_eq!(own.name().vi, "Nghệ An");
    assert_eq!(again.province().id().as_str(), "ha-tinh");
}

#[test]
fn opening_a_link_shows_it_without_overwriting_what_is_kept() {
    let s = fresh("", KeptProvinces::new())
        .reduce(Action::EditBase(vec![(BaseField::Exports, 2_600.0)]));
    let kept = (*s.kept).clone();
    let linked = fresh("v=2&p=ha-tinh", kept.clone());
    assert_ne!(
        exports(&linked, "ha-tinh"),
        2_600.0,
        "the link's province is shown"
    );
    assert_eq!(*linked.kept, kept);
    assert_eq!(linked.kept_status(), KeptStatus::NotKept);
    // Neither another layer, a lever, other provinces, nor undo and redo of opening a link
    // touch it: only edits of a province's data do.
    let moved = linked
        .reduce(Action::SetLayer(planner_core::Layer::Term))
        .reduce(Action::SetLever {
            year: 2024,
            lever: planner_core::Lever::Jobs,
            value: 30_000.0,
            live: false,
        })
        .reduce(Action::SelectProvince("bac-giang".into()))
        .reduce(Action::SelectProvince("ha-tinh".into()));
    assert_eq!(*moved.kept, kept);
    let reopened = moved
        .reduce(Action::OpenLink("v=2&p=ha-tinh&base.exports=2700".into()))
        .reduce(Action::Undo)
        .reduce(Action::Redo);
    assert_eq!(*reopened.kept, kept);
    assert_eq!(exports(&reopened, "ha-tinh"), 2_700.0);
    // An edit of the link's version keeps that version, edit included.
    let edited = reopened.reduce(Action::EditBase(vec![(BaseField::Exports, 2_800.0)]));
    let (stored, _) = KeptProvinces::read(&edited.kept.write()).unwrap();
    assert_eq!(exports(&fresh("", stored), "ha-tinh"), 2_800.0);
}

#[test]
fn undo_of_an_edit_takes_it_out_of_storage_and_forgetting_restores_the_preset() {
    let s = fresh("", KeptProvinces::new());
    let edited = s
        .clone()
        .reduce(Action::EditBase(vec![(BaseField::Exports, 2_600.0)]));
    assert_eq!(edited.kept.provinces.len(), 1);
    let undone = edited.clone().reduce(Action::Undo);
    assert!(undone.kept.is_empty());
    let redone = undone.reduce(Action::Redo);
    assert_eq!(redone.kept.provinces.len(), 1);
    let forgotten = redone.reduce(Action::ForgetProvince("ha-tinh".into()));
    assert!(forgotten.kept.is_empty());
    assert_eq!(exports(&forgotten, "ha-tinh"), exports(&s, "ha-tinh"));
    let own = fresh("", KeptProvinces::new()).reduce(nghe_an());
    let gone = own.reduce(Action::ForgetProvince("nghe-an".into()));
    assert!(gone.kept.is_empty());
    assert_eq!(
        gone.provinces().len(),
        planner_core::presets().unwrap().len()
    );
    assert_eq!(gone.province().id().as_str(), "ha-tinh");
}

#[test]
fn unreadable_or_unusable_kept_content_is_reported_not_used() {
    assert!(KeptProvinces::read("{not json").is_err());
    assert!(matches!(
        KeptProvinces::read(r#"{"schema": 9, "provinces": []}"#),
        Err(planner_core::saved::SavedProblem::NewerSchema(9))
    ));
    let text = r#"{"schema": 1, "provinces": [{"id": "ha-tinh", "link": "v=2&p=ha-tinh&base.exports=abc"},
        {"id": "bac-giang", "link": "v=2&p=bac-giang&base.exports=9000"}, {"link": "v=2"}]}"#;
    let (kept, problem) = KeptProvinces::read(text).unwrap();
    assert_eq!(
        problem,
        Some(planner_core::saved::SavedProblem::EntriesSkipped(1))
    );
    let (usable, skipped) = kept.usable(&presets().unwrap());
    assert_eq!(skipped, 1, "a link with a bad value is not rebuilt");
    assert_eq!(usable.provinces[0].id, "bac-giang");
    let s = fresh("", usable);
    assert_eq!(exports(&s, "bac-giang"), 9_000.0);
}
