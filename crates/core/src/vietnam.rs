//! The 63 provinces and centrally-run cities of Vietnam (2021–2025 administrative map), with the
//! ids a user's own province gets by default.

/// `(id, Vietnamese name, English name)` of every province and city, in Vietnamese order.
pub const PROVINCES: [(&str, &str, &str); 63] = [
    ("an-giang", "An Giang", "An Giang"),
    ("ba-ria-vung-tau", "Bà Rịa – Vũng Tàu", "Ba Ria–Vung Tau"),
    ("bac-giang", "Bắc Giang", "Bac Giang"),
    ("bac-kan", "Bắc Kạn", "Bac Kan"),
    ("bac-lieu", "Bạc Liêu", "Bac Lieu"),
    ("bac-ninh", "Bắc Ninh", "Bac Ninh"),
    ("ben-tre", "Bến Tre", "Ben Tre"),
    ("binh-dinh", "Bình Định", "Binh Dinh"),
    ("binh-duong", "Bình Dương", "Binh Duong"),
    ("binh-phuoc", "Bình Phước", "Binh Phuoc"),
    ("binh-thuan", "Bình Thuận", "Binh Thuan"),
    ("ca-mau", "Cà Mau", "Ca Mau"),
    ("can-tho", "Cần Thơ", "Can Tho"),
    ("cao-bang", "Cao Bằng", "Cao Bang"),
    ("da-nang", "Đà Nẵng", "Da Nang"),
    ("dak-lak", "Đắk Lắk", "Dak Lak"),
    ("dak-nong", "Đắk Nông", "Dak Nong"),
    ("dien-bien", "Điện Biên", "Dien Bien"),
    ("dong-nai", "Đồng Nai", "Dong Nai"),
    ("dong-thap", "Đồng Tháp", "Dong Thap"),
    ("gia-lai", "Gia Lai", "Gia Lai"),
    ("ha-giang", "Hà Giang", "Ha Giang"),
    ("ha-nam", "Hà Nam", "Ha Nam"),
    ("ha-noi", "Hà Nội", "Hanoi"),
    ("ha-tinh", "Hà Tĩnh", "Ha Tinh"),
    ("hai-duong", "Hải Dương", "Hai Duong"),
    ("hai-phong", "Hải Phòng", "Hai Phong"),
    ("hau-giang", "Hậu Giang", "Hau Giang"),
    ("hoa-binh", "Hòa Bình", "Hoa Binh"),
    ("hung-yen", "Hưng Yên", "Hung Yen"),
    ("khanh-hoa", "Khánh Hòa", "Khanh Hoa"),
    ("kien-giang", "Kiên Giang", "Kien Giang"),
    ("kon-tum", "Kon Tum", "Kon Tum"),
    ("lai-chau", "Lai Châu", "Lai Chau"),
    ("lam-dong", "Lâm Đồng", "Lam Dong"),
    ("lang-son", "Lạng Sơn", "Lang Son"),
    ("lao-cai", "Lào Cai", "Lao Cai"),
    ("long-an", "Long An", "Long An"),
    ("nam-dinh", "Nam Định", "Nam Dinh"),
    ("nghe-an", "Nghệ An", "Nghe An"),
    ("ninh-binh", "Ninh Bình", "Ninh Binh"),
    ("ninh-thuan", "Ninh Thuận", "Ninh Thuan"),
    ("phu-tho", "Phú Thọ", "Phu Tho"),
    ("phu-yen", "Phú Yên", "Phu Yen"),
    ("quang-binh", "Quảng Bình", "Quang Binh"),
    ("quang-nam", "Quảng Nam", "Quang Nam"),
    ("quang-ngai", "Quảng Ngãi", "Quang Ngai"),
    ("quang-ninh", "Quảng Ninh", "Quang Ninh"),
    ("quang-tri", "Quảng Trị", "Quang Tri"),
    ("soc-trang", "Sóc Trăng", "Soc Trang"),
    ("son-la", "Sơn La", "Son La"),
    ("tay-ninh", "Tây Ninh", "Tay Ninh"),
    ("thai-binh", "Thái Bình", "Thai Binh"),
    ("thai-nguyen", "Thái Nguyên", "Thai Nguyen"),
    ("thanh-hoa", "Thanh Hóa", "Thanh Hoa"),
    ("thua-thien-hue", "Thừa Thiên Huế", "Thua Thien Hue"),
    ("tien-giang", "Tiền Giang", "Tien Giang"),
    ("ho-chi-minh", "TP. Hồ Chí Minh", "Ho Chi Minh City"),
    ("tra-vinh", "Trà Vinh", "Tra Vinh"),
    ("tuyen-quang", "Tuyên Quang", "Tuyen Quang"),
    ("vinh-long", "Vĩnh Long", "Vinh Long"),
    ("vinh-phuc", "Vĩnh Phúc", "Vinh Phuc"),
    ("yen-bai", "Yên Bái", "Yen Bai"),
];

/// A province id from a name: Vietnamese letters folded to ASCII, words joined by `-`
/// (`Thừa Thiên Huế` → `thua-thien-hue`). Empty when nothing usable remains.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        let folded = fold(c).to_ascii_lowercase();
        if folded.is_ascii_alphanumeric() {
            out.push(folded);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    trimmed
        .chars()
        .take(40)
        .collect::<String>()
        .trim_end_matches('-')
        .to_owned()
}

fn fold(c: char) -> char {
    // Both cases are listed, so no Unicode case table is needed.
    const GROUPS: [(&str, char); 12] = [
        ("àáảãạăằắẳẵặâầấẩẫậÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ", 'a'),
        ("èéẻẽẹêềếểễệÈÉẺẼẸÊỀẾỂỄỆ", 'e'),
        ("ìíỉĩịÌÍỈĨỊ", 'i'),
        ("òóỏõọôồốổỗộơờớởỡợÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ", 'o'),
        ("ùúủũụưừứửữựÙÚỦŨỤƯỪỨỬỮỰ", 'u'),
        ("ỳýỷỹỵỲÝỶỸỴ", 'y'),
        ("đĐ", 'd'),
        ("çÇ", 'c'),
        ("ñÑ", 'n'),
        ("äåÄÅ", 'a'),
        ("öÖ", 'o'),
        ("üÜ", 'u'),
    ];
    GROUPS
        .iter()
        .find(|(set, _)| set.contains(c))
        .map_or(c, |&(_, to)| to)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ProvinceId;

    #[test]
    fn sixty_three_provinces_with_unique_valid_ids_matching_their_names() {
        let mut ids: Vec<_> = PROVINCES.iter().map(|p| p.0).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 63);
        for (id, vi, _) in PROVINCES {
            assert!(ProvinceId::new(id).is_ok(), "{id}");
            if !vi.starts_with("TP.") {
                assert_eq!(slug(vi), id, "{vi}");
            }
        }
    }

    #[test]
    fn slug_folds_vietnamese_and_drops_markup() {
        assert_eq!(slug("Hà Tĩnh"), "ha-tinh");
        assert_eq!(slug("  Đắk   Lắk "), "dak-lak");
        assert_eq!(slug("<script>alert(1)</script>"), "script-alert-1-script");
        assert_eq!(slug("!!!"), "");
        assert_eq!(slug("THỪA THIÊN HUẾ"), "thua-thien-hue");
        assert_eq!(slug("ĐIỆN BIÊN"), "dien-bien");
    }
}
