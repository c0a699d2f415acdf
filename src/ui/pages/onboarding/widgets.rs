//! Pieces shared by the onboarding screens: the progress bar, the schedule
//! badge, and the words for statuses and owners.

use crate::domain::format::format_percent;
use crate::domain::onboarding::progress::{Health, MilestoneMark, Progress, Projection};
use crate::domain::onboarding::{Direction, Side, StepStatus};
use crate::ui::components::rows::KeptByPosition;
use crate::ui::reactive::memo;
use crate::ui::state::number_format;
use crate::ui::text::text;
use leptos::prelude::*;

/// The whole percentage shown for `progress` (rounded down), if it has one.
pub fn percent_value(progress: &Progress) -> Option<u32> {
    progress.whole_percent()
}

/// "62 %", or a dash when no step is counted.
pub fn percent_text(progress: &Progress) -> String {
    match progress.whole_percent() {
        Some(p) => format_percent(f64::from(p), number_format()),
        None => "—".to_string(),
    }
}

/// "5 of 8 steps done", with skipped and blocked steps when there are any.
pub fn progress_words(progress: &Progress) -> String {
    let t = &text().onboarding;
    if progress.total == 0 {
        return t.no_steps.to_string();
    }
    if progress.counted() == 0 {
        return t.all_skipped.to_string();
    }
    let mut words = (t.steps_done)(progress.done, progress.counted());
    if progress.skipped > 0 {
        words.push_str(&(t.skipped_not_counted)(progress.skipped));
    }
    if progress.blocked > 0 {
        words.push_str(&(t.blocked_count)(progress.blocked));
    }
    words
}

/// What a progress bar says to assistive technology ("40 %: 2 of 5 steps
/// done"): the same for the large bars and the portfolio's small ones.
fn value_text(progress: &Progress) -> String {
    format!("{}: {}", percent_text(progress), progress_words(progress))
}

/// The name of a step status.
pub fn status_label(status: StepStatus) -> &'static str {
    let t = &text().onboarding;
    match status {
        StepStatus::Todo => t.status_todo,
        StepStatus::InProgress => t.status_in_progress,
        StepStatus::Done => t.status_done,
        StepStatus::Blocked => t.status_blocked,
        StepStatus::Skipped => t.status_skipped,
    }
}

/// A stable identifier of a step status, for `<option value>` and CSS.
pub fn status_id(status: StepStatus) -> &'static str {
    match status {
        StepStatus::Todo => "todo",
        StepStatus::InProgress => "in_progress",
        StepStatus::Done => "done",
        StepStatus::Blocked => "blocked",
        StepStatus::Skipped => "skipped",
    }
}

pub fn status_from_id(id: &str) -> Option<StepStatus> {
    StepStatus::ALL.into_iter().find(|s| status_id(*s) == id)
}

/// "Our team" or "Client" (internal screens).
pub fn owner_label(side: Side) -> &'static str {
    let t = &text().onboarding;
    match side {
        Side::Us => t.owner_us,
        Side::Client => t.owner_client,
    }
}

pub fn owner_id(side: Side) -> &'static str {
    match side {
        Side::Us => "us",
        Side::Client => "client",
    }
}

pub fn owner_from_id(id: &str) -> Option<Side> {
    [Side::Us, Side::Client].into_iter().find(|s| owner_id(*s) == id)
}

/// A stable identifier of a schedule status, for CSS.
fn health_class(health: Health) -> &'static str {
    match health {
        Health::Late { .. } => "late",
        Health::AtRisk => "risk",
        Health::OnTrack => "ok",
        Health::NotStarted => "upcoming",
        Health::NothingToCount => "empty",
        Health::Complete { .. } => "complete",
    }
}

/// The schedule status in words, with a symbol, so it never relies on colour.
pub fn health_words(health: Health) -> String {
    let t = &text().onboarding;
    match health {
        Health::Late { overdue } => (t.health_late)(overdue),
        Health::AtRisk => t.health_at_risk.to_string(),
        Health::OnTrack => t.health_on_track.to_string(),
        Health::NotStarted => t.health_not_started.to_string(),
        Health::NothingToCount => t.health_nothing.to_string(),
        Health::Complete { on_time: true } => t.health_complete_on_time.to_string(),
        Health::Complete { on_time: false } => t.health_complete_late.to_string(),
    }
}

fn health_symbol(health: Health) -> &'static str {
    match health {
        Health::Late { .. } => "⚠",
        Health::AtRisk => "◔",
        Health::OnTrack => "●",
        Health::NotStarted => "○",
        Health::NothingToCount => "–",
        Health::Complete { .. } => "✓",
    }
}

/// The schedule status as a badge in one element (the symbol comes from the
/// stylesheet), for the portfolio's rows.
#[component]
pub fn HealthTag(
    /// The status to show.
    #[prop(into)]
    health: Signal<Health>,
) -> impl IntoView {
    view! {
        <span class=move || format!("ob-health ob-health-{} ob-health-sym", health_class(health.get()))>
            {move || health_words(health.get())}
        </span>
    }
}

/// The schedule status as a badge: symbol, words and a colour.
#[component]
pub fn HealthBadge(
    /// The status to show.
    #[prop(into)]
    health: Signal<Health>,
) -> impl IntoView {
    view! {
        <span class=move || format!("ob-health ob-health-{}", health_class(health.get()))>
            <span aria-hidden="true" class="ob-health-symbol">{move || health_symbol(health.get())}</span>
            " "
            {move || health_words(health.get())}
        </span>
    }
}

/// The projected finish in words, with the method behind it.
pub fn projection_words(projection: Projection) -> String {
    let t = &text().onboarding;
    match projection {
        Projection::NothingToCount => t.projection_nothing.to_string(),
        Projection::Finished { on: Some(on) } => (t.projection_finished_on)(&(t.date)(on)),
        Projection::Finished { on: None } => t.projection_finished.to_string(),
        Projection::NotStarted => t.projection_not_started.to_string(),
        Projection::NoProgress => t.projection_no_progress.to_string(),
        Projection::Projected {
            on,
            done,
            elapsed_days,
            remaining,
            days_left,
        } => (t.projection_on)(&(t.date)(on), done, elapsed_days, remaining, days_left),
        Projection::TooSlow {
            done,
            elapsed_days,
            remaining,
        } => (t.projection_too_slow)(done, elapsed_days, remaining),
    }
}

/// A horizontal progress bar with its percentage and milestone marks.
///
/// The bar is a `role="progressbar"` with `aria-valuenow` (the whole
/// percentage, rounded down) and `aria-valuetext` in words; milestones are
/// marks on the bar (◆, filled once reached) and listed in text elsewhere.
#[component]
pub fn ProgressBar(
    /// The accessible name ("Overall progress", "Progress of Kickoff").
    #[prop(into)]
    label: Signal<String>,
    /// The counts the bar shows.
    #[prop(into)]
    progress: Signal<Progress>,
    /// Milestones to mark on the bar.
    #[prop(into, optional)]
    milestones: Signal<Vec<MilestoneMark>>,
    /// "large" for the client view, "small" for table rows, "" otherwise.
    #[prop(optional)]
    size: &'static str,
) -> impl IntoView {
    let value = memo(move |_| progress.with(percent_value));
    // The fill is scaled rather than resized: animating a transform needs
    // no layout, so a moving bar costs nothing to the rest of the page.
    let scale = move || format!("scaleX({})", f64::from(value.get().unwrap_or(0).min(100)) / 100.0);
    let words = move || progress.with(value_text);
    let class = if size.is_empty() {
        "ob-bar".to_string()
    } else {
        format!("ob-bar ob-bar-{size}")
    };
    let mark = |_, m: Memo<Option<MilestoneMark>>| {
        view! {
            <span
                class="ob-bar-mark"
                class:reached=move || m.with(|m| m.as_ref().is_some_and(|m| m.done))
                style:left=move || m.with(|m| m.as_ref().map(|m| format!("{}%", m.at_percent())).unwrap_or_default())
                aria-hidden="true"
            ></span>
        }
    };
    view! {
        <div class=class>
            <div
                class="ob-bar-track"
                role="progressbar"
                aria-label=move || label.get()
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || value.get().unwrap_or(0).to_string()
                aria-valuetext=words
            >
                <div class="ob-bar-clip"><div class="ob-bar-fill" style:transform=scale></div></div>
                // Marks are keyed by position, so a bar that shows another plan
                // (a portfolio row after filtering) moves its marks instead of
                // rebuilding them.
                <KeptByPosition items=milestones children=mark/>
            </div>
            <output class="ob-bar-value">{move || progress.with(percent_text)}</output>
        </div>
    }
}

/// Who does a step (us or the client), as a labelled select. `context`, when
/// given, is read after the label by screen readers only (which step).
#[component]
pub fn OwnerSelect(
    /// The current owner (`None`: nothing selected).
    #[prop(into)]
    value: Signal<Option<Side>>,
    /// Called with the owner picked.
    on_pick: Callback<Side>,
    /// Words after the label for screen readers (which row this is).
    #[prop(optional, into)]
    context: Option<Signal<String>>,
) -> impl IntoView {
    let t = &text().onboarding;
    let id = format!("ob-owner-{}", crate::ui::state::next_id());
    view! {
        <div class="field">
            <label for=id.clone()>
                {t.owner}
                {context.map(|c| view! { <span class="visually-hidden">{move || c.get()}</span> })}
            </label>
            <select id=id on:change=move |ev| {
                if let Some(side) = owner_from_id(&event_target_value(&ev)) {
                    on_pick.run(side);
                }
            }>
                {[Side::Us, Side::Client].into_iter().map(|side| view! {
                    <option value=owner_id(side) selected=move || value.get() == Some(side)>{owner_label(side)}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// A labelled text input like the shared `Field`, for lists of similar rows:
/// `context` is read after the label by screen readers only ("Title" of
/// which step), and `id` lets a screen move focus to it.
#[component]
pub fn RowField(
    /// The visible label.
    label: &'static str,
    /// Words after the label for screen readers (which row this is).
    #[prop(into)]
    context: Signal<String>,
    /// What the user typed.
    value: RwSignal<String>,
    /// The message for what was typed, if it was refused.
    #[prop(into)]
    error: Signal<Option<String>>,
    /// The input's id (generated when empty).
    #[prop(optional, into)]
    id: String,
    /// A unit shown after the input.
    #[prop(optional)]
    suffix: &'static str,
    /// `inputmode`: "text" (default) or "numeric".
    #[prop(default = "text")]
    inputmode: &'static str,
) -> impl IntoView {
    let id = if id.is_empty() {
        format!("ob-f{}", crate::ui::state::next_id())
    } else {
        id
    };
    let err_id = format!("{id}-err");
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}<span class="visually-hidden">{move || context.get()}</span></label>
            <div class="input-row">
                <input
                    id=id
                    type="text"
                    inputmode=inputmode
                    autocomplete="off"
                    aria-invalid=move || if error.with(Option::is_some) { "true" } else { "false" }
                    aria-describedby=err_id.clone()
                    prop:value=move || value.get()
                    on:input=move |ev| value.set(event_target_value(&ev))
                />
                {(!suffix.is_empty()).then(|| view! { <span class="suffix" aria-hidden="true">{suffix}</span> })}
            </div>
            <p class="field-error" id=err_id aria-live="polite">{move || error.get()}</p>
        </div>
    }
}

/// A small progress bar with its percentage, in as few elements as
/// possible: for the portfolio's rows.
#[component]
pub fn MiniBar(
    /// The accessible name.
    #[prop(into)]
    label: Signal<String>,
    /// The counts the bar shows.
    #[prop(into)]
    progress: Signal<Progress>,
) -> impl IntoView {
    let value = move || progress.with(percent_value).unwrap_or(0).min(100);
    view! {
        <div class="ob-mini">
            <div
                class="ob-mini-bar"
                style=move || format!("--p:{}%", value())
                role="progressbar"
                aria-label=move || label.get()
                aria-valuemin="0"
                aria-valuemax="100"
                aria-valuenow=move || value().to_string()
                aria-valuetext=move || progress.with(value_text)
            ></div>
            <span class="ob-mini-value">{move || progress.with(percent_text)}</span>
        </div>
    }
}

/// Moves keyboard focus to the element with `id`, or to `fallback`, after
/// the next render (rows that move are re-inserted and lose focus).
pub(crate) fn focus_after_render(id: String, fallback: &'static str) {
    request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let target = doc.get_element_by_id(&id).or_else(|| doc.get_element_by_id(fallback));
        if let Some(el) = target.and_then(|e| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(e).ok()) {
            let _ = el.focus();
        }
    });
}

/// Whether the item at `place` (its index, the length of its list) can move
/// up and down; neither when it is not found.
pub fn movable_at(place: Option<(usize, usize)>) -> (bool, bool) {
    place.map_or((false, false), |(i, n)| (i > 0, i + 1 < n))
}

/// The ↑ ↓ ✕ buttons of a row that can be moved and removed (a plan's step, a
/// template's phase or step). After a move focus stays on the button pressed
/// while the row can still go that way, else moves to the other one.
#[component]
pub fn MoveButtons(
    /// The ids of the up and down buttons.
    up_id: String,
    down_id: String,
    /// Whether the row can move up and down; read again after a move.
    #[prop(into)]
    can_move: Signal<(bool, bool)>,
    /// The row's name, for the buttons' accessible labels.
    #[prop(into)]
    name: Signal<String>,
    /// The remove button's label for `name`.
    remove_label: fn(&str) -> String,
    /// Where focus goes when neither button is left.
    fallback: &'static str,
    on_move: Callback<Direction>,
    on_remove: Callback<()>,
) -> impl IntoView {
    let t = &text().onboarding;
    let (up, down) = (up_id.clone(), down_id.clone());
    let go = move |direction: Direction| {
        on_move.run(direction);
        let (can_up, can_down) = can_move.get_untracked();
        let target = match direction {
            Direction::Up if can_up => up.clone(),
            Direction::Down if can_down => down.clone(),
            Direction::Up => down.clone(),
            Direction::Down => up.clone(),
        };
        focus_after_render(target, fallback);
    };
    let go_down = go.clone();
    view! {
        <div class="ob-step-buttons">
            <button type="button" class="ghost ob-icon" id=up_id disabled=move || !can_move.get().0 on:click=move |_| go(Direction::Up)>
                <span aria-hidden="true">"↑"</span>
                <span class="visually-hidden">{move || (t.move_up)(&name.get())}</span>
            </button>
            <button type="button" class="ghost ob-icon" id=down_id disabled=move || !can_move.get().1 on:click=move |_| go_down(Direction::Down)>
                <span aria-hidden="true">"↓"</span>
                <span class="visually-hidden">{move || (t.move_down)(&name.get())}</span>
            </button>
            <button type="button" class="ghost ob-icon ob-remove" on:click=move |_| on_remove.run(())>
                <span aria-hidden="true">"✕"</span>
                <span class="visually-hidden">{move || remove_label(&name.get())}</span>
            </button>
        </div>
    }
}
