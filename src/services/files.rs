//! Files the user takes away or brings in: downloads (JSON, CSV, SVG, PNG) and reading an
//! imported file.

use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url};

/// Offers `text` as a download named `name`.
pub fn download_text(name: &str, mime: &str, text: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    download_blob(name, &blob)
}

/// Offers `bytes` as a download named `name`.
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options)?;
    download_blob(name, &blob)
}

fn download_blob(name: &str, blob: &Blob) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let document = gloo::utils::document();
    let anchor: HtmlAnchorElement = document.create_element("a")?.unchecked_into();
    anchor.set_href(&url);
    anchor.set_download(name);
    anchor.click();
    // Let the download start before the address is released.
    gloo::timers::callback::Timeout::new(1_000, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// Renders an SVG drawing to PNG at twice its size and offers it as a download.
pub fn download_png(name: String, svg: String, width: u32, height: u32) {
    let Ok(svg_url) = svg_blob_url(&svg) else {
        return;
    };
    let Ok(image) = HtmlImageElement::new() else {
        return;
    };
    let img = image.clone();
    let url = svg_url.clone();
    let onload = Closure::once(move || {
        let _ = draw_png(&name, &img, width, height);
        let _ = Url::revoke_object_url(&url);
    });
    image.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    image.set_src(&svg_url);
}

fn svg_blob_url(svg: &str) -> Result<String, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(svg));
    let options = BlobPropertyBag::new();
    options.set_type("image/svg+xml");
    Url::create_object_url_with_blob(&Blob::new_with_str_sequence_and_options(&parts, &options)?)
}

fn draw_png(name: &str, image: &HtmlImageElement, width: u32, height: u32) -> Result<(), JsValue> {
    let canvas: HtmlCanvasElement = gloo::utils::document()
        .create_element("canvas")?
        .unchecked_into();
    canvas.set_width(width * 2);
    canvas.set_height(height * 2);
    let context: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .unchecked_into();
    context.set_fill_style_str("#ffffff");
    context.fill_rect(0.0, 0.0, f64::from(width * 2), f64::from(height * 2));
    context.draw_image_with_html_image_element_and_dw_and_dh(
        image,
        0.0,
        0.0,
        f64::from(width * 2),
        f64::from(height * 2),
    )?;
    let name = name.to_owned();
    let done = Closure::once(move |blob: Option<Blob>| {
        if let Some(blob) = blob {
            let _ = download_blob(&name, &blob);
        }
    });
    canvas.to_blob(done.as_ref().unchecked_ref())?;
    done.forget();
    Ok(())
}

/// The bytes of a file the user picked.
pub async fn read(file: web_sys::File) -> Result<Vec<u8>, JsValue> {
    let buffer = JsFuture::from(file.array_buffer()).await?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
