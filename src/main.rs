fn main() {
    yew::Renderer::<target_planner::App>::new().render();
}
