//! The whole presets, with the words about their sources, loaded after the first screen from
//! `presets.bin` beside the app (the service worker keeps it for offline use).
//!
//! Fetched through `js_sys` calls rather than `web_sys`'s `Response`, which would add its
//! bindings to the first load for one call.

use js_sys::{Function, Reflect, Uint8Array};
use planner_core::presets::from_bytes;
use planner_core::Province;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::{spawn_local, JsFuture};
use yew::Callback;

/// Where the whole presets are, relative to the page.
const PATH: &str = "presets.bin";

/// Loads the whole presets and hands them to `loaded`; a failure leaves the brief ones in place
/// (the numbers are the same) and is written to the console.
pub fn load(loaded: Callback<Rc<[Province]>>) {
    load_with(move |result| match result {
        Ok(provinces) => loaded.emit(provinces.into()),
        Err(e) => gloo::console::warn!("the sources of the presets could not be loaded", e),
    });
}

/// The whole presets, or why they could not be read.
pub async fn whole() -> Result<Vec<Province>, JsValue> {
    let bytes = fetch().await?;
    from_bytes(&bytes).map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Loads the whole presets and hands `done` the provinces, or why they could not be read.
pub fn load_with(done: impl FnOnce(Result<Vec<Province>, JsValue>) + 'static) {
    spawn_local(async move { done(whole().await) });
}

async fn fetch() -> Result<Vec<u8>, JsValue> {
    let window: JsValue = web_sys::window().ok_or("no window")?.into();
    let call = |target: &JsValue, name: &str, arg: Option<&JsValue>| -> Result<JsValue, JsValue> {
        let f: Function = Reflect::get(target, &name.into())?.dyn_into()?;
        match arg {
            Some(a) => f.call1(target, a),
            None => f.call0(target),
        }
    };
    let response = JsFuture::from(js_sys::Promise::from(call(
        &window,
        "fetch",
        Some(&PATH.into()),
    )?))
    .await?;
    if Reflect::get(&response, &"ok".into())?.as_bool() != Some(true) {
        return Err(Reflect::get(&response, &"status".into())?);
    }
    let buffer =
        JsFuture::from(js_sys::Promise::from(call(&response, "arrayBuffer", None)?)).await?;
    Ok(Uint8Array::new(&buffer).to_vec())
}
