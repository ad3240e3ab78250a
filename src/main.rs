fn main() {
    target_planner::services::crash::install();
    yew::Renderer::<target_planner::App>::new().render();
}
