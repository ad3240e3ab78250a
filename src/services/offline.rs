//! The service worker: registered at start so the app works offline after the first visit, and
//! watched for a new build, which the user is offered but never forced into mid-work.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};
use web_sys::{ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};
use yew::Callback;

/// How often an open app asks whether a new build was deployed.
const UPDATE_CHECK_MS: u32 = 10 * 60 * 1000;

fn container() -> Option<ServiceWorkerContainer> {
    let window = web_sys::window()?;
    // Service workers exist only in secure contexts (https, or localhost).
    if !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    js_sys::Reflect::has(&navigator, &"serviceWorker".into())
        .ok()?
        .then(|| navigator.service_worker())
}

/// Registers `sw.js`; `on_update` is called once a newer build is installed and waiting.
pub fn register(on_update: Callback<()>) {
    let Some(container) = container() else { return };
    spawn_local(async move {
        let registered = JsFuture::from(container.register("./sw.js")).await;
        let Ok(registration) = registered.map(JsCast::unchecked_into::<ServiceWorkerRegistration>)
        else {
            gloo::console::warn!("service worker not registered: the app will need the network");
            return;
        };
        watch(&container, &registration, on_update);
        let reg = registration.clone();
        gloo::timers::callback::Interval::new(UPDATE_CHECK_MS, move || {
            let _ = reg.update();
        })
        .forget();
    });
}

fn watch(
    container: &ServiceWorkerContainer,
    registration: &ServiceWorkerRegistration,
    on_update: Callback<()>,
) {
    // A first install is not an update: only a worker replacing a controlling one is.
    let has_controller = {
        let container = container.clone();
        move || container.controller().is_some()
    };
    if registration.waiting().is_some() && has_controller() {
        on_update.emit(());
    }
    let reg = registration.clone();
    EventListener::new(registration, "updatefound", move |_| {
        let Some(installing) = reg.installing() else {
            return;
        };
        let (worker, on_update, has_controller) = (
            installing.clone(),
            on_update.clone(),
            has_controller.clone(),
        );
        EventListener::new(&installing, "statechange", move |_| {
            if worker.state() == ServiceWorkerState::Installed && has_controller() {
                on_update.emit(());
            }
        })
        .forget();
    })
    .forget();
}

/// Lets the waiting build take over, then reloads the page (the scenario is in its address).
pub fn apply_update() {
    let Some(container) = container() else { return };
    EventListener::once(&container, "controllerchange", |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    })
    .forget();
    spawn_local(async move {
        let Ok(ready) = container.ready() else { return };
        let Ok(registration) = JsFuture::from(ready).await else {
            return;
        };
        let registration: ServiceWorkerRegistration = registration.unchecked_into();
        if let Some(waiting) = registration.waiting() {
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &"SKIP_WAITING".into());
            let _ = waiting.post_message(&message);
        }
    });
}
