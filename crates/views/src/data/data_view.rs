//! The data view: base-year figures, targets, tolerance, and a province of one's own.

use super::base_editor::BaseEditor;
use super::kept_list::KeptList;
use super::new_province::NewProvince;
use super::target_editor::TargetEditor;
use crate::paste_panel::PastePanel;
use planner_core::kept::KeptProvinces;
use planner_core::{Province, Tolerance};
use std::rc::Rc;
use target_planner::entry;
use target_planner::i18n::Language;
use target_planner::state::{Field, KeptStatus, PartRequest, Shared};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Properties of the data view.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct DataViewProps {
    /// The chosen province.
    pub province: Shared<Province>,
    /// Every province.
    pub provinces: Shared<[Rc<Province>]>,
    /// The whole presets (what pasting reads the baseline against).
    pub presets: Rc<[Province]>,
    /// The province on screen as the link of its baseline scenario (what pasting starts from).
    pub baseline: AttrValue,
    /// What this browser keeps.
    pub kept: Rc<KeptProvinces>,
    /// Whether the province on screen is kept as shown.
    pub kept_status: KeptStatus,
    /// At-risk tolerance.
    pub tolerance: Tolerance,
    /// Language.
    pub language: Language,
    /// Sends edits.
    pub dispatch: Callback<PartRequest>,
}

/// Editors side by side.
#[component]
pub fn DataView(props: &DataViewProps) -> Html {
    let l = props.language;
    let tolerance = props.tolerance;
    // A tolerance field: a number in `0 ..= max` sets it; anything else is reported, naming the
    // field, and the tolerance in use is kept.
    let tolerance_field =
        |field: Field, max: f64, kept: f64, set: fn(Tolerance, f64) -> Tolerance| {
            let dispatch = props.dispatch.clone();
            Callback::from(move |e: Event| {
                let input = e.target_unchecked_into::<HtmlInputElement>();
                let text = input.value();
                let read = entry::read_within(&text, (0.0, max), l)
                    .and_then(|v| v.ok_or(entry::EntryProblem::NotANumber));
                match read {
                    Ok(v) => {
                        dispatch.emit(PartRequest::SetTolerance(set(tolerance, v)));
                        dispatch.emit(PartRequest::PutRight(field));
                    }
                    Err(problem) => {
                        input.set_value(&entry::show(kept, l));
                        dispatch.emit(PartRequest::Refused {
                            field,
                            entry: text.trim().to_owned(),
                            problem,
                            kept: Some(kept),
                        });
                    }
                }
            })
        };
    let on_level = tolerance_field(
        Field::ToleranceLevel,
        50.0,
        percent(tolerance.level_ratio),
        |t, v| Tolerance {
            level_ratio: v / 100.0,
            ..t
        },
    );
    let on_rate = tolerance_field(Field::ToleranceRate, 10.0, tolerance.rate_points, |t, v| {
        Tolerance {
            rate_points: v,
            ..t
        }
    });
    html! {
        <div class="data-view" data-view-content="data">
            <p class="note">{ l.pick(
                "Sửa bất kỳ số liệu hay chỉ tiêu nào; số đã sửa được đánh dấu “đã sửa”. Số liệu gốc, chỉ tiêu đã sửa và các tỉnh tự tạo được lưu ngay trong bộ nhớ của trình duyệt này (không gửi đi đâu), còn lại khi tải lại trang hay mở thẻ mới. Các giả định và ngưỡng “có nguy cơ” chỉ nằm trong đường liên kết và trong các kịch bản đặt tên.",
                "Edit any figure or target; edited numbers are tagged “edited”. Edited base figures and targets and provinces of your own are kept at once in this browser's storage (nothing is sent anywhere), and are there after a reload or in a new tab. The assumptions and the at-risk tolerance live only in the link and in named scenarios.",
            ) }</p>
            <PastePanel language={l} province={props.baseline.clone()} presets={props.presets.clone()}
                onapply={props.dispatch.reform(PartRequest::ApplyPasted)} />
            <KeptList kept={props.kept.clone()} provinces={props.provinces.clone()} status={props.kept_status}
                province={props.province.clone()} language={l} dispatch={props.dispatch.clone()} />
            <div class="editors">
                <BaseEditor province={props.province.clone()} language={l} dispatch={props.dispatch.clone()} />
                <div>
                    <TargetEditor province={props.province.clone()} language={l} dispatch={props.dispatch.clone()} />
                    <fieldset class="tolerance">
                        <legend>{ l.pick("Ngưỡng \"có nguy cơ\"", "\"At risk\" tolerance") }</legend>
                        <label>{ l.pick("Chỉ tiêu về lượng: hụt tối đa (%)", "Levels: shortfall up to (%)") }
                            <input type="text" inputmode="decimal" autocomplete="off" data-control="tolerance-level"
                                value={entry::show(percent(tolerance.level_ratio), l)} onchange={on_level} /></label>
                        <label>{ l.pick("Chỉ tiêu về tỷ lệ: hụt tối đa (điểm %)", "Rates: shortfall up to (pp)") }
                            <input type="text" inputmode="decimal" autocomplete="off" data-control="tolerance-rate"
                                value={entry::show(tolerance.rate_points, l)} onchange={on_rate} /></label>
                    </fieldset>
                    <NewProvince provinces={props.provinces.clone()} language={l} dispatch={props.dispatch.clone()} />
                </div>
            </div>
        </div>
    }
}

/// A fraction as a percentage, without the float noise of the multiplication (7, not
/// 7.000000000000001).
fn percent(ratio: f64) -> f64 {
    (ratio * 100.0 * 1e9).round() / 1e9
}
