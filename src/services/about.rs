//! The About view's module (`about/planner_about.js` beside the page, built from
//! `crates/about`), imported the first time the view is opened and mounted into an element.

use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(inline_js = "
let module;
export function import_about() {
  module ??= import(new URL('about/planner_about.js', document.baseURI).href)
    .then(async (m) => { await m.default(); return m; })
    .catch((e) => { module = undefined; throw e; });
  return module;
}")]
extern "C" {
    /// The module, imported and initialised once.
    fn import_about() -> js_sys::Promise;
}

/// The view as mounted: [`Mounted::unmount`] (or dropping it) takes it away.
#[derive(Debug)]
pub struct Mounted(JsValue);

impl Mounted {
    /// Takes the view out of its element.
    pub fn unmount(&self) {
        if let Ok(f) =
            Reflect::get(&self.0, &"unmount".into()).and_then(|f| f.dyn_into::<Function>())
        {
            let _ = f.call0(&self.0);
        }
    }
}

/// Imports the module (once) and mounts the view into `root`.
pub async fn mount(
    root: web_sys::Element,
    language: &str,
    province: &str,
    name: &str,
) -> Result<Mounted, JsValue> {
    let module = JsFuture::from(import_about()).await?;
    let mount: Function = Reflect::get(&module, &"mount".into())?.dyn_into()?;
    let args = js_sys::Array::of4(&root, &language.into(), &province.into(), &name.into());
    Ok(Mounted(mount.apply(&JsValue::NULL, &args)?))
}
