//! The bundled provinces, kept as data (`presets/*.json`) and validated when loaded.

use crate::province::Province;
use crate::Error;

/// The bundled preset files, in the order the picker lists them.
pub const PRESET_FILES: [(&str, &str); 3] = [
    ("ha-tinh", include_str!("../presets/ha-tinh.json")),
    ("bac-giang", include_str!("../presets/bac-giang.json")),
    ("hai-duong", include_str!("../presets/hai-duong.json")),
];

/// Loads and validates every bundled province.
pub fn presets() -> Result<Vec<Province>, Error> {
    PRESET_FILES
        .iter()
        .map(|(id, json)| {
            let province = Province::from_json(json).map_err(|e| Error::InvalidProvince {
                province: (*id).to_owned(),
                problem: e.to_string(),
            })?;
            if province.id().as_str() == *id {
                Ok(province)
            } else {
                Err(Error::InvalidProvince {
                    province: (*id).to_owned(),
                    problem: format!("the file declares the id `{}`", province.id()),
                })
            }
        })
        .collect()
}
