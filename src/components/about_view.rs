//! "About the model": every formula in plain words, what each lever means, the sources, and
//! what the model does not capture.

use super::backtest_view::Backtest;
use crate::format;
use crate::i18n::{self, Language};
use crate::state::Shared;
use planner_core::{Lever, Province};
use std::rc::Rc;
use yew::prelude::*;

/// Properties of the about view.
#[derive(Debug, Clone, PartialEq, Properties)]
pub struct AboutViewProps {
    /// The chosen province as bundled (its sources are listed); `None` for one's own.
    pub province: Option<Shared<Province>>,
    /// The chosen province's name in the language.
    pub name: AttrValue,
    /// The bundled provinces as shipped (the back-test runs on them).
    pub presets: Rc<[Province]>,
    /// Language.
    pub language: Language,
}

const FORMULAS: [(&str, &str); 11] = [
    (
        "Tăng trưởng GRDP của năm bằng tổng tăng trưởng thực của bốn khu vực (nông, lâm, thủy sản; công nghiệp – xây dựng; dịch vụ; thuế sản phẩm), mỗi khu vực nhân với tỷ trọng của nó trong GRDP năm trước: G = Σ wₛ·gₛ. Phần đóng góp của mỗi khu vực là wₛ·gₛ điểm %.",
        "GRDP growth of a year is the sum of the four sectors' real growth (agriculture–forestry–fisheries, industry–construction, services, product taxes), each weighted by its share of the previous year's GRDP: G = Σ wₛ·gₛ. A sector's contribution is wₛ·gₛ percentage points.",
    ),
    (
        "Tỷ trọng các khu vực được cập nhật sau mỗi năm: khu vực tăng nhanh hơn bình quân thì tỷ trọng tăng, wₛ' = wₛ(1+gₛ)/(1+G); tổng tỷ trọng luôn bằng 100 %.",
        "Sector shares roll forward each year: a sector growing faster than the average gains share, wₛ' = wₛ(1+gₛ)/(1+G); the shares always add up to 100 %.",
    ),
    (
        "GRDP theo giá hiện hành tăng theo tăng trưởng thực và chỉ số giảm phát: N = N₋₁(1+G)(1+d). GRDP bình quân đầu người = GRDP / dân số; dân số tăng theo tỷ lệ tăng dân số n.",
        "GRDP at current prices grows with real growth and the deflator: N = N₋₁(1+G)(1+d). GRDP per capita = GRDP / population, and population grows at n.",
    ),
    (
        "Thu nhập bình quân đầu người tăng cùng nhịp GRDP danh nghĩa trên mỗi người: P = P₋₁(1+G)(1+d)/(1+n).",
        "Income per capita moves with nominal GRDP per person: P = P₋₁(1+G)(1+d)/(1+n).",
    ),
    (
        "Thu nội địa và thu xuất nhập khẩu mỗi khoản tăng theo tốc độ giả định của nó trên số thực hiện năm trước; tổng thu ngân sách là tổng hai khoản. Vốn đầu tư toàn xã hội và kim ngạch xuất khẩu cũng tăng theo tốc độ giả định.",
        "Domestic and import-export revenue each compound at their assumed growth on the previous year; total budget revenue is their sum. Total social investment and exports also compound at their assumed growth.",
    ),
    (
        "Vốn đầu tư công giải ngân = kế hoạch vốn × tỷ lệ giải ngân. Số lao động có việc làm mới và mức giảm tỷ lệ hộ nghèo là giả định của chính năm đó. Số huyện đạt chuẩn nông thôn mới cộng dồn, không vượt quá số đơn vị cấp huyện của tỉnh.",
        "Public investment disbursed = plan × disbursement rate. Jobs created and the cut in the poverty rate are the year's own assumption. Districts meeting the new-rural standard accumulate, up to the province's number of districts.",
    ),
    (
        "Chỉ tiêu là một giá trị hoặc một khoảng. Chỉ tiêu \"tối thiểu\" đạt khi dự báo chạm cận dưới (cận trên là mức phấn đấu); chỉ tiêu \"tối đa\" đạt khi dự báo không vượt cận. Hụt trong phạm vi dung sai (mặc định 2 % với chỉ tiêu về lượng, 0,5 điểm % với chỉ tiêu về tỷ lệ) là \"có nguy cơ\".",
        "A target is a value or a range. An at-least target is met when the projection reaches its low bound (the high bound is the stretch goal); an at-most target when it stays under. A miss within the tolerance (2 % for levels, 0.5 pp for rates by default) is \"at risk\".",
    ),
    (
        "Mức đạt: với chỉ tiêu về lượng là tỷ số dự báo/chỉ tiêu; với chỉ tiêu về tỷ lệ (tăng trưởng, giải ngân, giảm nghèo) là chênh lệch theo điểm %.",
        "Attainment: for levels, the ratio projected/target; for rates (growth, disbursement, poverty cut), the gap in percentage points.",
    ),
    (
        "Tốc độ cần đạt: giá trị của một giả định (các giả định khác giữ nguyên) để dự báo vừa chạm chỉ tiêu, tìm bằng phương pháp chia đôi trong phạm vi cho phép; giá trị được làm tròn theo số chữ số thập phân của giả định, về phía vẫn đạt chỉ tiêu, và có thể áp dụng bằng một nút; nếu ngay cả ở biên thuận lợi nhất vẫn chưa đạt thì báo \"không thể đạt\".",
        "Required pace: the value of one lever (all else fixed) at which the projection just meets the target, found by bisection within the lever's bounds; the value is rounded to the lever's decimals on the side that still meets the target, and one button applies it; if even its most favourable bound falls short, it says \"not reachable\".",
    ),
    (
        "Ước tính từ số liệu đầu năm: tăng trưởng cả năm G = φ·g(đầu năm) + (1 − φ)·g(còn lại), φ là tỷ trọng của kỳ trong năm trước; với thu ngân sách và xuất khẩu: cả năm = số đầu năm + (cả năm trước − cùng kỳ năm trước)·(1 + tốc độ còn lại).",
        "Nowcast from the year to date: full-year growth G = φ·g(to date) + (1 − φ)·g(rest), φ being the period's share of the prior year; for revenue and exports: year = to date + (prior year − same period a year earlier)·(1 + pace for the rest).",
    ),
    (
        "Xác suất đạt: mỗi giả định dao động quanh giá trị đã chọn trong một khoảng (phân phối đều hoặc tam giác); mô phỏng Monte Carlo có hạt giống cố định đếm tỷ lệ lần rút đạt chỉ tiêu. Cùng hạt giống cho cùng kết quả.",
        "Probability of meeting a target: each lever varies around its value within a range (uniform or triangular); a seeded Monte Carlo counts the share of draws that meet the target. The same seed gives the same result.",
    ),
];

const LIMITS: [(&str, &str); 4] = [
    (
        "Mô hình không có quan hệ giữa các giả định: tăng vốn đầu tư không tự làm tăng trưởng cao hơn, thu ngân sách không tự đi theo GRDP. Người dùng tự đặt các giả định cho nhất quán.",
        "Levers do not influence each other: more investment does not by itself raise growth, and revenue does not follow GRDP by itself. Keeping the assumptions consistent is the user's call.",
    ),
    (
        "Không có tính mùa vụ trong năm, cú sốc, độ trễ chính sách hay thay đổi địa giới hành chính (sáp nhập tỉnh, huyện năm 2025).",
        "There is no seasonality within the year, no shocks, no policy lags and no change of administrative boundaries (the 2025 mergers of provinces and districts).",
    ),
    (
        "Các số liệu gốc năm 2023 nhiều khi là số ước tính tháng 12; số có nhãn \"giả định\" không có nguồn công bố và cần được thay bằng số của cơ quan thống kê.",
        "Base-year figures are often December estimates; numbers tagged \"assumed\" have no published source and should be replaced with the statistics office's figures.",
    ),
    (
        "Chỉ những chỉ tiêu có thể tính từ các giả định trên mới được đánh giá; các chỉ tiêu khác của Nghị quyết (như tỷ lệ lao động qua đào tạo) chưa có trong mô hình.",
        "Only targets the levers above can project are assessed; other resolution targets (such as the share of trained workers) are not in the model.",
    ),
];

/// The about view.
#[component]
pub fn AboutView(props: &AboutViewProps) -> Html {
    let l = props.language;
    html! {
        <article class="about" data-view-content="about">
            <h2>{ l.pick("Mô hình dự báo", "The projection model") }</h2>
            <p>{ l.pick(
                "Năm gốc là 2023 (số thực hiện gần nhất); mô hình dự báo năm 2024 và 2025 từ các giả định. Mọi phép tính chạy ngay trong trình duyệt; không có dữ liệu nào được gửi đi.",
                "The base year is 2023 (the latest actuals); the model projects 2024 and 2025 from the assumptions. Every computation runs in the browser; nothing is sent anywhere.",
            ) }</p>
            <ol class="formulas">
                for (vi, en) in FORMULAS { <li>{ l.pick(vi, en) }</li> }
            </ol>
            <h2>{ l.pick("Các giả định", "The assumptions") }</h2>
            <dl class="levers-explained">
                for &lever in Lever::ALL {
                    <dt>{ i18n::lever(lever, l) } <span class="unit">{ format!(" ({})", i18n::unit(lever.unit(), l)) }</span></dt>
                    <dd>{ {
                        let b = lever.bounds();
                        let (min, max) = (format::number_trimmed(b.min, 2, l), format::number_trimmed(b.max, 2, l));
                        match l {
                            Language::Vi => format!("Cho phép từ {min} đến {max}."),
                            Language::En => format!("Allowed from {min} to {max}."),
                        }
                    } }</dd>
                }
            </dl>
            <h2>{ l.pick("Mô hình chưa tính đến", "What the model does not capture") }</h2>
            <ul>
                for (vi, en) in LIMITS { <li>{ l.pick(vi, en) }</li> }
            </ul>
            <Backtest presets={props.presets.clone()} language={l} />
            <h2>{ format!("{}: {}", l.pick("Nguồn số liệu", "Sources"), props.name) }</h2>
            if props.province.is_none() {
                <p class="note">{ l.pick(
                    "Tỉnh tự tạo chưa có nguồn: số liệu của nó là giả định chép từ tỉnh mẫu hoặc do bạn nhập.",
                    "A province of your own has no sources: its figures are assumptions copied from the template or typed by you.",
                ) }</p>
            }
            <ul class="sources">
                for source in props.province.iter().flat_map(|p| p.sources().iter()) {
                    <li>
                        <cite lang={source.lang.clone()}>{ source.title.clone() }</cite>
                        if let Some(about) = &source.about {
                            { format!(" ({})", i18n::text(about, l)) }
                        }
                        if let Some(url) = source.url.as_deref().filter(|u| u.starts_with("https://")) {
                            { " — " }<a href={url.to_owned()} rel="noreferrer noopener" target="_blank">{ url.to_owned() }</a>
                        }
                    </li>
                }
            </ul>
        </article>
    }
}
