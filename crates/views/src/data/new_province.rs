//! Create a province of one's own (any of the 63), starting from another's figures.

use planner_core::{slug, Names, Province, ProvinceId, PROVINCES};
use std::rc::Rc;
use target_planner::i18n::Language;
use target_planner::state::{PartRequest, Shared};
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Properties of the form.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct NewProvinceProps {
    /// Existing provinces (templates, and ids already taken).
    pub provinces: Shared<[Rc<Province>]>,
    /// Language.
    pub language: Language,
    /// Sends `CreateProvince`.
    pub dispatch: Callback<PartRequest>,
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Form {
    name_vi: String,
    name_en: String,
    id: String,
    /// Whether the id was typed: until it is (or after it is cleared), it follows the name.
    id_typed: bool,
    template: String,
    errors: Vec<(&'static str, String)>,
}

/// The form; problems are shown beside the field and nothing typed is cleared.
#[component]
pub fn NewProvince(props: &NewProvinceProps) -> Html {
    let l = props.language;
    let form = use_state(Form::default);
    let set = |field: &'static str| {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let value = e
                .target_dyn_into::<HtmlInputElement>()
                .map(|i| i.value())
                .or_else(|| e.target_dyn_into::<HtmlSelectElement>().map(|s| s.value()))
                .unwrap_or_default();
            let mut next = (*form).clone();
            match field {
                "name_vi" => {
                    if !next.id_typed {
                        next.id = slug(&value);
                    }
                    if let Some((_, _, en)) = PROVINCES.iter().find(|p| p.1 == value.trim()) {
                        if next.name_en.is_empty() {
                            next.name_en = (*en).to_owned();
                        }
                    }
                    next.name_vi = value;
                }
                "name_en" => next.name_en = value,
                "id" => {
                    next.id_typed = !value.trim().is_empty();
                    next.id = if next.id_typed {
                        value
                    } else {
                        slug(&next.name_vi)
                    };
                }
                _ => next.template = value,
            }
            next.errors.retain(|(f, _)| *f != field);
            form.set(next);
        })
    };
    let onsubmit = {
        let (form, provinces, dispatch) = (
            form.clone(),
            props.provinces.clone(),
            props.dispatch.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut next = (*form).clone();
            next.errors = check(&next, &provinces, l);
            if next.errors.is_empty() {
                let template = if next.template.is_empty() {
                    provinces[0].id().to_string()
                } else {
                    next.template.clone()
                };
                if let Ok(id) = ProvinceId::new(next.id.trim()) {
                    let name = Names {
                        vi: next.name_vi.trim().to_owned(),
                        en: fallback(&next.name_en, &next.name_vi),
                    };
                    dispatch.emit(PartRequest::CreateProvince { id, name, template });
                    next = Form::default();
                }
            }
            form.set(next);
        })
    };
    let error = |field: &str| {
        form.errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, m)| m.clone())
    };
    let field = |name: &'static str, label: &str, value: &str, extra: Html| {
        let id = format!("new-province-{name}");
        let message = error(name);
        html! {
            <div class="field">
                <label for={id.clone()}>{ label.to_owned() }</label>
                <input type="text" id={id.clone()} name={name} value={value.to_owned()} onchange={set(name)}
                    list={(name == "name_vi").then_some("province-names")} maxlength="80"
                    aria-invalid={message.is_some().to_string()} aria-describedby={message.as_ref().map(|_| format!("{id}-error"))} />
                { extra }
                if let Some(m) = message { <span class="field-error" id={format!("{id}-error")}>{ m }</span> }
            </div>
        }
    };
    html! {
        <form class="new-province" data-form="new-province" {onsubmit}>
            <h3>{ l.pick("Thêm tỉnh, thành phố của bạn", "Add a province of your own") }</h3>
            <p class="note">{ l.pick(
                "Tỉnh mới bắt đầu từ số liệu của tỉnh mẫu (đánh dấu là giả định) và chưa có chỉ tiêu: hãy nhập số liệu và chỉ tiêu của tỉnh ở trên sau khi tạo.",
                "A new province starts from the template's figures (marked as assumed) with no targets: enter its own figures and targets above once created.",
            ) }</p>
            { field("name_vi", l.pick("Tên (tiếng Việt)", "Name (Vietnamese)"), &form.name_vi, html! {
                <datalist id="province-names">
                    for (_, vi, _) in PROVINCES.iter() { <option value={*vi} /> }
                </datalist>
            }) }
            { field("name_en", l.pick("Tên (tiếng Anh)", "Name (English)"), &form.name_en, Html::default()) }
            { field("id", l.pick("Mã (dùng trong đường liên kết)", "Id (used in links)"), &form.id, Html::default()) }
            <div class="field">
                <label for="new-province-template">{ l.pick("Bắt đầu từ số liệu của", "Start from the figures of") }</label>
                <select id="new-province-template" name="template" onchange={set("template")}>
                    for (i, p) in props.provinces.iter().enumerate() {
                        // Shown choice = what "create" uses: the first province until another is picked.
                        <option value={p.id().to_string()} selected={form.template == p.id().as_str() || (form.template.is_empty() && i == 0)}>{ l.pick(&p.name().vi, &p.name().en).to_owned() }</option>
                    }
                </select>
            </div>
            <button type="submit">{ l.pick("Tạo tỉnh", "Create") }</button>
        </form>
    }
}

fn fallback(en: &str, vi: &str) -> String {
    let en = en.trim();
    if en.is_empty() {
        vi.trim().to_owned()
    } else {
        en.to_owned()
    }
}

fn check(form: &Form, provinces: &[Rc<Province>], l: Language) -> Vec<(&'static str, String)> {
    let mut errors = Vec::new();
    if form.name_vi.trim().is_empty() {
        errors.push((
            "name_vi",
            l.pick("Cần nhập tên tỉnh.", "Enter the province's name.")
                .to_owned(),
        ));
    }
    match ProvinceId::new(form.id.trim()) {
        Err(_) => errors.push((
            "id",
            l.pick(
                "Mã gồm 1–40 ký tự a-z, 0-9 và dấu gạch nối ở giữa, ví dụ nghe-an.",
                "An id has 1–40 characters a-z, 0-9 and inner hyphens, for example nghe-an.",
            )
            .to_owned(),
        )),
        Ok(id) if provinces.iter().any(|p| *p.id() == id) => errors.push((
            "id",
            match l {
                Language::Vi => format!("Mã “{id}” đã có; hãy chọn mã khác."),
                Language::En => format!("The id “{id}” is taken; choose another."),
            },
        )),
        Ok(_) => {}
    }
    errors
}
