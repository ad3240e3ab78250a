//! Where a part of the module of what is needed only once asked goes (`services::views`): an
//! element the part is mounted into once the module is imported, given what the page shows
//! whenever that changes, and taken away with the element. A part that asks something of the
//! page sends it as text to `onapply`.

use crate::i18n::Language;
use crate::services::views::{self, Mounted};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

/// Properties of the slot.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct ModuleSlotProps {
    /// The module's mount function (`mount_about`, `mount_data`).
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
    // Mounted once per part; a change of what it shows is given to the mounted part, which
    // keeps what the user is doing in it (focus, a draft).
    let mounted = use_mut_ref(|| None::<Mounted>);
    let shown = use_mut_ref(|| (props.args.clone(), props.language));
    *shown.borrow_mut() = (props.args.clone(), props.language);
    {
        let (root, failed, mounted, shown) =
            (root.clone(), failed.clone(), mounted.clone(), shown.clone());
        use_effect_with(props.part, move |&part| {
            let gone = Rc::new(Cell::new(false));
            if let Some(element) = root.cast::<web_sys::Element>() {
                let (mounted, gone) = (mounted.clone(), gone.clone());
                spawn_local(async move {
                    let (args, language) = shown.borrow().clone();
                    let strings: Vec<&str> = args.iter().map(|a| a.as_str()).collect();
                    let part = views::mount(part, element, language.id(), &strings, relay);
                    match part.await {
                        Ok(part) if gone.get() => part.unmount(),
                        Ok(part) => {
                            failed.set(false);
                            // What the page shows may have changed while the module loaded.
                            let (now, language) = shown.borrow().clone();
                            if now != args {
                                part.update(language.id(), &now);
                            }
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
    {
        let mounted = mounted.clone();
        use_effect_with(
            (props.args.clone(), props.language),
            move |(args, language)| {
                if let Some(part) = mounted.borrow().as_ref() {
                    part.update(language.id(), args);
                }
            },
        );
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
