//! Numbers typed into text fields, read in the app's language whatever the browser's locale
//! (see [`crate::format::parse_typed`]). A number field would read `0,5` as `5` in an English
//! browser; a text field with a decimal keypad does not.

use crate::format;
use crate::i18n::Language;
use web_sys::HtmlInputElement;

/// The number in `input`, or NaN when its text cannot be read; then the field carries the
/// browser's validation message saying so, until a readable number is typed.
pub fn read(input: &HtmlInputElement, l: Language) -> f64 {
    match format::parse_typed(&input.value(), l) {
        Some(v) => {
            input.set_custom_validity("");
            v
        }
        None => {
            input.set_custom_validity(&format!(
                "{} “{}”",
                l.pick("Không phải là số:", "Not a number:"),
                input.value().trim()
            ));
            input.report_validity();
            f64::NAN
        }
    }
}
