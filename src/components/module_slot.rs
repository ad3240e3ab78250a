//! Where a part of the module of what is needed only once asked goes (`services::views`): an
//! element the part is mounted into once the module is imported, again whenever its arguments
//! change, and taken away with the element. A part that changes the scenario sends a link query
//! (`base.exports=2600&…`) to `onapply`.

use crate::i18n::Language;
use crate::services::views::{self, Mounted};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Properties of the slot.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ModuleSlotProps {
    /// The module's mount function (`mount_about`, `mount_paste`).
    pub part: &'static str,
    /// Its arguments after the element and the language.
    pub args: Vec<AttrValue>,
    /// Language.
    pub language: Language,
    /// What the part sends back, if anything.
    #[prop_or_default]
    pub onapply: Option<Callback<String>>,
}

/// The element, and a message if the module cannot be loaded.
#[component]
pub fn ModuleSlot(props: &ModuleSlotProps) -> Html {
    let l = props.language;
    let root = use_node_ref();
    let failed = use_state(|| false);
    // The part is mounted again only when what it shows changes: a new `onapply` (a parent's
    // render) is passed on to the mounted part without remounting it.
    let onapply = use_mut_ref(|| None::<Callback<String>>);
    *onapply.borrow_mut() = props.onapply.clone();
    let relay = props.onapply.is_some().then(|| {
        let onapply = onapply.clone();
        Callback::from(move |query: String| {
            if let Some(f) = onapply.borrow().as_ref() {
                f.emit(query);
            }
        })
    });
    {
        let (root, failed) = (root.clone(), failed.clone());
        let shown = (props.part, props.args.clone(), props.language);
        use_effect_with(shown, move |(part, args, language)| {
            let (part, args, language) = (*part, args.clone(), *language);
            let mounted: Rc<RefCell<Option<Mounted>>> = Rc::default();
            let gone = Rc::new(Cell::new(false));
            if let Some(element) = root.cast::<web_sys::Element>() {
                let (mounted, gone) = (mounted.clone(), gone.clone());
                spawn_local(async move {
                    let args: Vec<&str> = args.iter().map(|a| a.as_str()).collect();
                    let part = views::mount(part, element, language.id(), &args, relay);
                    match part.await {
                        Ok(part) if gone.get() => part.unmount(),
                        Ok(part) => {
                            failed.set(false);
                            *mounted.borrow_mut() = Some(part);
                        }
                        Err(e) => {
                            gloo::console::warn!("a part of the page could not be loaded", e);
                            failed.set(true);
                        }
                    }
                });
            }
            move || {
                gone.set(true);
                if let Some(part) = mounted.borrow_mut().take() {
                    part.unmount();
                }
            }
        });
    }
    html! {
        <>
            <div class="module-slot" data-module-part={props.part} ref={root}></div>
            if *failed {
                <p role="alert">{ l.pick(
                    "Không tải được phần này của trang; hãy tải lại trang khi có mạng.",
                    "This part of the page could not be loaded; reload the page when online.",
                ) }</p>
            }
        </>
    }
}
