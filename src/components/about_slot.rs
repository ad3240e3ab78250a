//! Where the About view goes: an element its own module is mounted into once it is imported
//! (see `services::about`), again when the language or the province changes.

use crate::i18n::Language;
use crate::services::about::{self, Mounted};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Properties of the slot.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AboutSlotProps {
    /// Language.
    pub language: Language,
    /// The chosen province's id.
    pub province: AttrValue,
    /// Its name in the language.
    pub name: AttrValue,
}

/// The element, and a message if the module cannot be loaded.
#[component]
pub fn AboutSlot(props: &AboutSlotProps) -> Html {
    let l = props.language;
    let root = use_node_ref();
    let failed = use_state(|| false);
    {
        let (root, failed) = (root.clone(), failed.clone());
        use_effect_with(props.clone(), move |props| {
            let mounted: Rc<RefCell<Option<Mounted>>> = Rc::default();
            let gone = Rc::new(std::cell::Cell::new(false));
            if let Some(element) = root.cast::<web_sys::Element>() {
                let (mounted, gone) = (mounted.clone(), gone.clone());
                let (language, province, name) =
                    (props.language, props.province.clone(), props.name.clone());
                spawn_local(async move {
                    match about::mount(element, language.id(), &province, &name).await {
                        Ok(view) if gone.get() => view.unmount(),
                        Ok(view) => *mounted.borrow_mut() = Some(view),
                        Err(e) => {
                            gloo::console::warn!("the About view could not be loaded", e);
                            failed.set(true);
                        }
                    }
                });
            }
            move || {
                gone.set(true);
                if let Some(view) = mounted.borrow_mut().take() {
                    view.unmount();
                }
            }
        });
    }
    html! {
        <>
            <div class="about-slot" data-about-slot="" ref={root}></div>
            if *failed {
                <p role="alert">{ l.pick(
                    "Không tải được phần giới thiệu mô hình; hãy tải lại trang khi có mạng.",
                    "The About view could not be loaded; reload the page when online.",
                ) }</p>
            }
        </>
    }
}
