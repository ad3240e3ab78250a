//! The module of what is needed only once asked (`views/planner_views.js` beside the page,
//! built from `crates/views`): imported once, the first time one of its parts is used.

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = "
let module;
export function import_views() {
  module ??= import(new URL('views/planner_views.js', document.baseURI).href)
    .then(async (m) => { await m.default(); return m; })
    .catch((e) => { module = undefined; throw e; });
  return module;
}")]
extern "C" {
    /// The module, imported and initialised once.
    fn import_views() -> js_sys::Promise;
}

/// A part as mounted: [`Mounted::unmount`] takes it away (and what it may call back with it).
#[derive(Debug)]
pub struct Mounted {
    part: JsValue,
    _onapply: Option<Closure<dyn Fn(String)>>,
}

impl Mounted {
    /// Gives the part what the page shows now: the language and its arguments.
    pub fn update(&self, language: &str, args: &[yew::AttrValue]) {
        if let Ok(f) =
            Reflect::get(&self.part, &"update".into()).and_then(|f| f.dyn_into::<Function>())
        {
            let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
            let _ = f.call2(&self.part, &language.into(), &args);
        }
    }

    /// Takes the part out of its element.
    pub fn unmount(&self) {
        if let Ok(f) =
            Reflect::get(&self.part, &"unmount".into()).and_then(|f| f.dyn_into::<Function>())
        {
            let _ = f.call0(&self.part);
        }
    }
}

/// Imports the module (once) and mounts its part `part` into `root`: the module's function
/// `part(root, language, ...args, onapply)`.
pub async fn mount(
    part: &str,
    root: web_sys::Element,
    language: &str,
    args: &[&str],
    onapply: Option<yew::Callback<String>>,
) -> Result<Mounted, JsValue> {
    let module = JsFuture::from(import_views()).await?;
    let mount: Function = Reflect::get(&module, &part.into())?.dyn_into()?;
    let all = js_sys::Array::of2(&root, &language.into());
    for arg in args {
        all.push(&(*arg).into());
    }
    let onapply =
        onapply.map(|callback| Closure::<dyn Fn(String)>::new(move |query| callback.emit(query)));
    if let Some(f) = &onapply {
        all.push(f.as_ref());
    }
    Ok(Mounted {
        part: mount.apply(&JsValue::NULL, &all)?,
        _onapply: onapply,
    })
}

/// Imports the module (once) and calls its function `name` with `args`, waiting for the promise
/// it returns.
pub async fn call(name: &str, args: &[&str]) -> Result<JsValue, JsValue> {
    let module = JsFuture::from(import_views()).await?;
    let f: Function = Reflect::get(&module, &name.into())?.dyn_into()?;
    let all: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    let promise: js_sys::Promise = f.apply(&JsValue::NULL, &all)?.dyn_into()?;
    JsFuture::from(promise).await
}
