//! What this browser keeps of the data view's work: each province of one's own and each edited
//! province, what was changed, and a way to remove it; and whether the province on screen is
//! kept as shown.

use planner_core::kept::KeptProvinces;
use planner_core::link;
use planner_core::Province;
use std::rc::Rc;
use target_planner::i18n::Language;
use target_planner::state::{KeptStatus, PartRequest, Shared};
use yew::prelude::*;

/// Properties of the list.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct KeptListProps {
    /// What is kept.
    pub kept: Rc<KeptProvinces>,
    /// Every province (for names).
    pub provinces: Shared<[Rc<Province>]>,
    /// Whether the province on screen is kept as shown.
    pub status: KeptStatus,
    /// The province on screen.
    pub province: Shared<Province>,
    /// Language.
    pub language: Language,
    /// Sends `ForgetProvince` and `SelectProvince`.
    pub dispatch: Callback<PartRequest>,
}

/// The list, and the state of the province on screen.
#[component]
pub fn KeptList(props: &KeptListProps) -> Html {
    let l = props.language;
    let shown = l.pick(&props.province.name().vi, &props.province.name().en);
    let status = match (props.status, l) {
        (KeptStatus::Preset, Language::Vi) => format!("{shown}: số liệu và chỉ tiêu như bản gốc, không có gì cần lưu."),
        (KeptStatus::Preset, Language::En) => format!("{shown}: figures and targets as published, nothing to keep."),
        (KeptStatus::Kept, Language::Vi) => format!("{shown}: đã lưu trong trình duyệt này đúng như trên màn hình."),
        (KeptStatus::Kept, Language::En) => format!("{shown}: kept in this browser exactly as shown."),
        (KeptStatus::NotKept, Language::Vi) => format!("{shown}: bản trên màn hình (mở từ đường liên kết) chưa được lưu; bản đã lưu vẫn giữ nguyên. Sửa một số liệu để lưu bản này."),
        (KeptStatus::NotKept, Language::En) => format!("{shown}: the version on screen (opened from a link) is not kept; the kept one is unchanged. Edit a figure to keep this one."),
    };
    html! {
        <section class="kept" aria-labelledby="kept-title" data-kept={props.kept.provinces.len().to_string()}>
            <h3 id="kept-title">{ l.pick("Đã lưu trong trình duyệt này", "Kept in this browser") }</h3>
            <p class="note" data-kept-status={props.status.id()}>{ status }</p>
            if props.kept.is_empty() {
                <p class="note">{ l.pick("Chưa có tỉnh nào được lưu.", "No province is kept yet.") }</p>
            } else {
                <ul class="kept-list">
                    for entry in props.kept.provinces.iter() {
                        { row(&entry.id, &entry.link, props, l) }
                    }
                </ul>
            }
        </section>
    }
}

fn row(id: &str, kept_link: &str, props: &KeptListProps, l: Language) -> Html {
    let decoded = link::decode(kept_link).link;
    let name = props
        .provinces
        .iter()
        .find(|p| p.id().as_str() == id)
        .map(|p| l.pick(&p.name().vi, &p.name().en).to_owned())
        .or_else(|| {
            decoded
                .own
                .as_ref()
                .map(|o| l.pick(&o.name.vi, &o.name.en).to_owned())
        })
        .unwrap_or_else(|| id.to_owned());
    let (base, targets) = (decoded.base.len(), decoded.targets.len());
    let what = match (decoded.own.is_some(), l) {
        (true, Language::Vi) => {
            format!("tỉnh tự tạo; {base} số liệu gốc và {targets} chỉ tiêu đã nhập")
        }
        (true, Language::En) => {
            format!("a province of your own; {base} base figures and {targets} targets entered")
        }
        (false, Language::Vi) => format!("{base} số liệu gốc và {targets} chỉ tiêu đã sửa"),
        (false, Language::En) => format!("{base} base figures and {targets} targets edited"),
    };
    let open = props.dispatch.reform({
        let id = id.to_owned();
        move |_: MouseEvent| PartRequest::SelectProvince(id.clone())
    });
    let forget = props.dispatch.reform({
        let id = id.to_owned();
        move |_: MouseEvent| PartRequest::ForgetProvince(id.clone())
    });
    let forget_label = match l {
        Language::Vi => format!("Xóa {name} khỏi trình duyệt này"),
        Language::En => format!("Remove {name} from this browser"),
    };
    html! {
        <li data-kept-province={id.to_owned()}>
            <strong>{ name.clone() }</strong>{ format!(": {what} ") }
            <button type="button" data-control="open-kept" onclick={open}>{ l.pick("Mở", "Open") }</button>
            <button type="button" data-control="forget-kept" aria-label={forget_label.clone()} title={forget_label} onclick={forget}>{ l.pick("Xóa", "Remove") }</button>
        </li>
    }
}
