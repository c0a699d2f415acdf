//! The form that adds or edits one client's signals, read at the input boundary.

use super::*;
use crate::domain::format::Currency;
use crate::domain::input::{parse_money, parse_text, InputError, Money};
use crate::domain::signals::{ClientSignals, MAX_NAME_CHARS};
use crate::ui::bind::error_text;
use crate::ui::components::form_scope::AddOrSave;
use crate::ui::reactive::effect;

/// Reads a count of complaints or requests.
fn parse_signal_count(raw: &str) -> Result<u32, InputError> {
    parse_whole_in(raw, number_format(), 0, MAX_SIGNAL_COUNT)
}

/// Reads the last NPS answer: blank means no answer.
fn parse_nps(raw: &str) -> Result<Option<u8>, InputError> {
    if raw.trim().is_empty() {
        return Ok(None);
    }
    parse_whole_in(raw, number_format(), 0, 10).map(|n| u8::try_from(n).ok())
}

/// Reads the contract value: blank means 0.
fn parse_value(raw: &str, currency: Currency) -> Result<Money, InputError> {
    if raw.trim().is_empty() {
        return Ok(Money::zero());
    }
    parse_money(raw, number_format(), currency)
}

/// Add or edit a client's signals.
#[component]
pub(super) fn ClientForm(
    /// The stored data (signals live in the win-back document).
    doc: RwSignal<WinbackDoc>,
    /// The client being edited, if any.
    editing: RwSignal<Option<u64>>,
) -> impl IntoView {
    let t = &text().winback.signals;
    let name = RwSignal::new(String::new());
    let value = RwSignal::new(String::new());
    let feedback = RwSignal::new("0".to_string());
    let requests = RwSignal::new("0".to_string());
    let renewal = RwSignal::new(false);
    let nps = RwSignal::new(String::new());
    let usage = RwSignal::new("0".to_string());
    let attempted = RwSignal::new(false);

    let name_r = memo(move |_| name.with(|n| parse_text(n, MAX_NAME_CHARS)));
    let currency = use_currency();
    let value_r = memo(move |_| value.with(|v| parse_value(v, currency.get())));
    let feedback_r = memo(move |_| feedback.with(|v| parse_signal_count(v)));
    let requests_r = memo(move |_| requests.with(|v| parse_signal_count(v)));
    let nps_r = memo(move |_| nps.with(|v| parse_nps(v)));
    let usage_r = memo(move |_| usage.with(|v| parse_percent(v, number_format())));

    let name_err = Signal::derive(move || {
        let typed = name.with(|n| !n.trim().is_empty());
        name_r.get().err().filter(|_| typed || attempted.get()).map(error_text)
    });
    let value_err = Signal::derive(move || value_r.get().err().map(error_text));
    let feedback_err = Signal::derive(move || feedback_r.get().err().map(error_text));
    let requests_err = Signal::derive(move || requests_r.get().err().map(error_text));
    let nps_err = Signal::derive(move || nps_r.get().err().map(error_text));
    let usage_err = Signal::derive(move || usage_r.get().err().map(error_text));

    let clear = move || {
        name.set(String::new());
        value.set(String::new());
        feedback.set("0".to_string());
        requests.set("0".to_string());
        renewal.set(false);
        nps.set(String::new());
        usage.set("0".to_string());
        attempted.set(false);
    };

    effect(move |_| {
        if let Some(id) = editing.get() {
            if let Some(c) = doc.with_untracked(|d| d.signals.client(id).cloned()) {
                let fmt = number_format();
                name.set(c.name.clone());
                value.set(format_number(c.value(), fmt));
                feedback.set(c.negative_feedback.to_string());
                requests.set(c.service_requests.to_string());
                renewal.set(c.renewal_request);
                nps.set(c.nps.map(|n| n.to_string()).unwrap_or_default());
                usage.set(format_number(crate::domain::input::clamp_points(c.usage_drop), fmt));
                attempted.set(false);
            }
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (Ok(n), Ok(v), Ok(f), Ok(r), Ok(score), Ok(u)) = (
            name_r.get(),
            value_r.get(),
            feedback_r.get(),
            requests_r.get(),
            nps_r.get(),
            usage_r.get(),
        ) else {
            attempted.set(true);
            return;
        };
        let client = ClientSignals {
            id: 0,
            name: n,
            contract_value: v,
            negative_feedback: f,
            service_requests: r,
            renewal_request: renewal.get(),
            nps: score,
            usage_drop: u.points(),
        };
        match editing.get() {
            Some(id) => doc.update(|d| {
                if let Some(c) = d.signals.client_mut(id) {
                    *c = ClientSignals { id, ..client };
                }
            }),
            None => {
                doc.update(|d| {
                    d.signals.add_client(client);
                });
            }
        }
        editing.set(None);
        clear();
    };
    let renewal_id = format!("ren{}", next_id());
    view! {
        <form class="sg-form" id="sg-form" on:submit=submit novalidate>
            <p class="muted">{t.form_lead}</p>
            <div class="form-grid">
                <Field label=t.client value=name error=name_err inputmode="text"/>
                <Field label=t.contract_value value=value error=value_err hint=t.contract_value_hint/>
                <Field label=t.negative_feedback value=feedback error=feedback_err hint=t.negative_feedback_hint inputmode="numeric"/>
                <Field label=t.service_requests value=requests error=requests_err hint=t.service_requests_hint inputmode="numeric"/>
                <Field label=t.nps value=nps error=nps_err hint=t.nps_hint inputmode="numeric"/>
                <Field label=t.usage_drop value=usage error=usage_err hint=t.usage_drop_hint suffix="%"/>
            </div>
            <div class="sg-check">
                <input id=renewal_id.clone() type="checkbox" prop:checked=move || renewal.get()
                    on:change=move |ev| renewal.set(event_target_checked(&ev))/>
                <label for=renewal_id>{t.renewal_request}</label>
            </div>
            <AddOrSave editing=Signal::derive(move || editing.with(Option::is_some)) add=t.add save=t.save cancel=t.cancel
                on_cancel=Callback::new(move |()| { editing.set(None); clear(); })/>
        </form>
    }
}
