//! The health score's weights and thresholds, editable, with its formula.

use super::*;

/// Weights, scales and the at-risk threshold, with the formula beside them.
#[component]
pub(super) fn ScoreSettings(
    /// The stored data.
    doc: RwSignal<WinbackDoc>,
    /// Live contract values from the contract register.
    register: Memo<RegisterValues>,
) -> impl IntoView {
    let t = &text().winback.signals;
    let weight_fields = WarningSign::ALL.map(|sign| {
        let Bound { raw, error: err, .. } = bind(
            doc,
            move |d: &WinbackDoc| Some(d.signals.weights.get(sign)),
            move |d, v| d.signals.weights.set(sign, v),
            |s| parse_whole_in(s, number_format(), 0, MAX_WEIGHT),
            |v| v.to_string(),
        );
        (sign, raw, err)
    });
    let Bound {
        raw: feedback_full,
        error: feedback_full_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.signals.scales.feedback_full),
        |d, v| d.signals.scales.feedback_full = v,
        |s| parse_whole_in(s, number_format(), 1, MAX_SIGNAL_COUNT),
        |v| v.to_string(),
    );
    let Bound {
        raw: requests_full,
        error: requests_full_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.signals.scales.requests_full),
        |d, v| d.signals.scales.requests_full = v,
        |s| parse_whole_in(s, number_format(), 1, MAX_SIGNAL_COUNT),
        |v| v.to_string(),
    );
    let Bound {
        raw: usage_full,
        error: usage_full_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.signals.scales.usage_full),
        |d, v| d.signals.scales.usage_full = v,
        |s| parse_percent(s, number_format()).map(|p| p.points()),
        |v: &f64| format_number(*v, number_format()),
    );
    let Bound {
        raw: threshold,
        error: threshold_err,
        ..
    } = bind(
        doc,
        |d: &WinbackDoc| Some(d.signals.at_risk_below),
        |d, v| d.signals.at_risk_below = v,
        |s| parse_whole_in(s, number_format(), 0, 100),
        |v| v.to_string(),
    );
    let reset = move |_| {
        let defaults = crate::domain::signals::SignalBook::default();
        for (sign, raw, _) in weight_fields {
            raw.set(defaults.weights.get(sign).to_string());
        }
        feedback_full.set(defaults.scales.feedback_full.to_string());
        requests_full.set(defaults.scales.requests_full.to_string());
        usage_full.set(format_number(defaults.scales.usage_full, number_format()));
        threshold.set(defaults.at_risk_below.to_string());
    };
    let weights_total =
        memo(move |_| doc.with(|d| WarningSign::ALL.iter().map(|s| d.signals.weights.get(*s)).sum::<u32>()));
    // The computation written out for the client at the top of the list.
    let example = memo(move |_| {
        doc.with(|d| {
            let book = &d.signals;
            let top = register.with(|r| at_risk_list(book, r)).into_iter().next()?;
            let client = book.client(top.id)?;
            let terms: Vec<String> = WarningSign::ALL
                .into_iter()
                .filter(|s| book.weights.get(*s) > 0)
                .map(|s| {
                    (t.term)(
                        book.weights.get(s),
                        &format_number(risk(client, s, &book.scales), number_format()),
                    )
                })
                .collect();
            Some((client.name.clone(), terms.join(" + "), top.score))
        })
    });
    view! {
        <div class="wb-two sg-settings">
            <div>
                <h3>{t.weights_heading}</h3>
                <div class="form-grid">
                    {weight_fields.into_iter().map(|(sign, raw, err)| view! {
                        <Field label=(t.weight_label)(sign) value=raw error=err inputmode="numeric"/>
                    }).collect_view()}
                </div>
                <p class="muted">{move || (t.weights_total)(weights_total.get())}</p>
                <h3>{t.scales_heading}</h3>
                <div class="form-grid">
                    <Field label=t.feedback_full value=feedback_full error=feedback_full_err inputmode="numeric"/>
                    <Field label=t.requests_full value=requests_full error=requests_full_err inputmode="numeric"/>
                    <Field label=t.usage_full value=usage_full error=usage_full_err suffix="%"/>
                    <Field label=t.threshold value=threshold error=threshold_err hint=t.threshold_hint inputmode="numeric"/>
                </div>
                <button type="button" class="ghost" on:click=reset>{t.reset}</button>
            </div>
            <aside class="sg-formula" aria-labelledby="sg-formula-h">
                <h3 id="sg-formula-h">{t.formula_heading}</h3>
                <p class="sg-eq"><code>{t.formula}</code></p>
                <ul>
                    {move || doc.with(|d| {
                        let s = d.signals.scales;
                        let fmt = number_format();
                        vec![
                            (t.risk_feedback)(s.feedback_full.max(1)),
                            (t.risk_requests)(s.requests_full.max(1)),
                            t.risk_renewal.to_string(),
                            t.risk_nps.to_string(),
                            (t.risk_usage)(&format_percent(crate::domain::input::clamp_points(s.usage_full), fmt)),
                        ]
                    }).into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}
                </ul>
                <p>{t.formula_notes}</p>
                <p>{move || (t.threshold_note)(doc.with(|d| d.signals.at_risk_below))}</p>
                {move || example.get().map(|(name, terms, score)| view! {
                    <p class="sg-example">
                        <strong>{(t.example_heading)(&name)}</strong>
                        " "
                        <code>{(t.example)(&terms, weights_total.get(), &format_number(score, number_format()))}</code>
                    </p>
                })}
                <p class="muted">{t.source_004}</p>
            </aside>
        </div>
    }
}
