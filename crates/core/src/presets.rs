//! The bundled provinces, kept as data (`presets/*.json`) and validated when loaded.
//!
//! The web app does not read the JSON. Its build reads and validates it on the build machine and
//! writes the provinces in postcard's compact binary form ([`to_bytes`]), which the app reads back
//! ([`from_bytes`]) and validates again. Reading postcard needs no JSON parser per type: measured
//! on the release build, 13.8 KiB gzip less to load than reading the presets' JSON.
//!
//! The app embeds the provinces [`Province::brief`]: every number, without the words about its
//! sources (9.3 KiB gzip less to load, measured on the release build). The whole presets are a
//! file beside the app, `presets.bin`, loaded right after the first screen and kept for offline
//! use with the rest.

use crate::province::Province;
use crate::Error;

/// The bundled preset files, in the order the picker lists them.
pub const PRESET_FILES: [(&str, &str); 6] = [
    ("ha-tinh", include_str!("../presets/ha-tinh.json")),
    ("bac-giang", include_str!("../presets/bac-giang.json")),
    ("hai-duong", include_str!("../presets/hai-duong.json")),
    (
        "ha-tinh-2026-2030",
        include_str!("../presets/ha-tinh-2026-2030.json"),
    ),
    ("bac-ninh", include_str!("../presets/bac-ninh.json")),
    ("hai-phong", include_str!("../presets/hai-phong.json")),
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

/// The provinces in postcard's binary form, for embedding in a build.
pub fn to_bytes(provinces: &[Province]) -> Result<Vec<u8>, Error> {
    postcard::to_allocvec(provinces).map_err(|e| Error::Parse(e.to_string()))
}

/// Provinces written by [`to_bytes`], each validated as it is read.
pub fn from_bytes(bytes: &[u8]) -> Result<Vec<Province>, Error> {
    postcard::from_bytes(bytes).map_err(|e| Error::Parse(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provenance::Provenance;
    use crate::{project, BaseField, ELIDED};

    #[test]
    fn the_binary_form_reads_back_every_province_exactly() {
        let provinces = presets().unwrap();
        let bytes = to_bytes(&provinces).unwrap();
        assert_eq!(from_bytes(&bytes).unwrap(), provinces);
        assert!(from_bytes(&bytes[..bytes.len() / 2]).is_err());
        assert!(from_bytes(b"not postcard").is_err());
    }

    #[test]
    fn a_brief_province_keeps_every_number_and_leaves_out_the_words() {
        for whole in presets().unwrap() {
            let brief = whole.brief();
            let back = from_bytes(&to_bytes(std::slice::from_ref(&brief)).unwrap()).unwrap();
            assert_eq!(back[0], brief);
            assert_eq!(brief.layer(), whole.layer());
            assert_eq!(
                project(brief.base(), brief.defaults()),
                project(whole.base(), whole.defaults())
            );
            for &field in BaseField::ALL {
                assert_eq!(brief.base().get(field), whole.base().get(field));
            }
            for year in whole.plan().iter() {
                let targets = |p: &Province| -> Vec<_> {
                    p.layers(year)
                        .flat_map(|(l, s)| s.targets.iter().map(move |(i, t)| (l, *i, t.value)))
                        .collect()
                };
                assert_eq!(targets(&brief), targets(&whole));
                let reported = |p: &Province| -> Vec<_> {
                    p.reported_in(year).map(|(i, r)| (i, r.value())).collect()
                };
                assert_eq!(reported(&brief), reported(&whole));
            }
            assert!(brief.sources().iter().all(|s| s.title == ELIDED));
            let words = |p: &Provenance| match p {
                Provenance::Published { note, .. } => note.as_ref().map(|n| n.en.clone()),
                Provenance::Derived { formula } => Some(formula.en.clone()),
                Provenance::Assumed { reason } => Some(reason.en.clone()),
                Provenance::Edited => None,
            };
            for &field in BaseField::ALL {
                let w = words(&brief.base().sourced(field).provenance);
                assert!(w.as_deref().is_none_or(|w| w == ELIDED), "{field}: {w:?}");
            }
        }
    }
}
