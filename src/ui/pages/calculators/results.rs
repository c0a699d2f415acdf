//! A calculator's results, the links that carry them to another
//! calculator, and the formula with its sources.

use super::*;

/// Links that open another calculator with this one's result filled in
/// (churn → lifetime value, retention rate → growth), so nothing is retyped.
#[component]
pub(super) fn CarryLinks(evaluation: Signal<Evaluation>) -> impl IntoView {
    let t = &text().calculators;
    let links = memo(move |_| {
        evaluation.with(|e| {
            e.outcome.as_ref().map_or_else(Vec::new, |o| {
                o.carry
                    .iter()
                    .filter_map(|c| {
                        let target = spec(c.slug)?;
                        let carried = c
                            .inputs
                            .iter()
                            .filter_map(|(key, value)| {
                                let field = target.fields.iter().find(|f| f.key == *key)?;
                                match field.kind {
                                    Kind::Choice(_) => None,
                                    _ if field.suffix.is_empty() => Some(format!("{} {value}", field.label)),
                                    _ => Some(format!("{} {value} {}", field.label, field.suffix)),
                                }
                            })
                            .collect::<Vec<_>>()
                            .join(", ");
                        let keys: Vec<&str> = c.inputs.iter().map(|(k, _)| *k).collect();
                        let values: Vec<String> = c.inputs.iter().map(|(_, v)| v.clone()).collect();
                        let href = format!(
                            "/calculators/{}?{}",
                            c.slug,
                            crate::domain::share_link::write_query(&keys, &values)
                        );
                        Some((href, target.text.title, carried))
                    })
                    .collect::<Vec<_>>()
            })
        })
    });
    move || {
        links.with(|l| {
            (!l.is_empty()).then(|| {
                view! {
                    <nav class="calc-carry no-print" aria-label=t.carry_heading>
                        <h3>{t.carry_heading}</h3>
                        <ul>
                            {l.iter().map(|(href, title, carried)| view! {
                                <li><a href=href.clone()>{*title}" →"</a>" "<span class="muted">{carried.clone()}</span></li>
                            }).collect_view()}
                        </ul>
                    </nav>
                }
            })
        })
    }
}

/// The labelled results, or why there are none. One element per result
/// position, kept across keystrokes: a recalculation changes only the text
/// that changed (no rebuilt markup). While a field is refused, the results
/// of the last valid inputs stay, dimmed under a line that says so (they
/// are never passed off as current, nor do they vanish while typing).
#[component]
pub(super) fn Results(evaluation: Signal<Evaluation>) -> impl IntoView {
    let t = &text().calculators;
    type Shown = Option<(Vec<ResultRow>, Vec<String>)>;
    let outcome = memo(move |prev: Option<&Shown>| {
        evaluation
            .with(|e| e.outcome.as_ref().map(|o| (o.rows.clone(), o.notes.clone())))
            .or_else(|| prev.cloned().flatten())
    });
    let stale = memo(move |_| evaluation.with(|e| e.outcome.is_none()) && outcome.with(Option::is_some));
    let calc_error = memo(move |_| evaluation.with(|e| e.calc_error.clone()));
    let rows = memo(move |_| outcome.with(|o| o.as_ref().map(|(rows, _)| rows.clone()).unwrap_or_default()));
    let notes = memo(move |_| outcome.with(|o| o.as_ref().map(|(_, notes)| notes.clone()).unwrap_or_default()));
    let empty = memo(move |_| outcome.with(Option::is_none));
    let result_row = move |_, row: Memo<Option<ResultRow>>| {
        let id = format!("out-{}", next_id());
        let pick = move |pick: fn(&ResultRow) -> String| row.with(|r| r.as_ref().map(pick).unwrap_or_default());
        // A row's label and emphasis rarely change with a keystroke: memos
        // keep them from being written again.
        let headline = memo(move |_| row.with(|r| r.as_ref().is_some_and(|r| r.headline)));
        let label = memo(move |_| pick(|r| r.label.clone()));
        view! {
            <div class="result" class:headline=move || headline.get()>
                <label for=id.clone()>{move || label.get()}</label>
                <output id=id>{move || pick(|r| r.value.clone())}</output>
            </div>
        }
    };
    let note_row =
        |_, note: Memo<Option<String>>| view! { <p class="result-note">{move || note.get().unwrap_or_default()}</p> };
    view! {
        <div class="results" class:empty=move || empty.get() class:stale=move || stale.get() aria-live="polite">
            <StaleNote stale=stale/>
            <KeptByPosition items=rows children=result_row/>
            <KeptByPosition items=notes children=note_row/>
            <Show when=move || empty.get()>
                <p class="no-result">{t.fix_fields}</p>
            </Show>
            {move || calc_error.get().map(|m| view! { <p class="field-error">{m}</p> })}
        </div>
    }
}

/// The formula, its source, and the articles' reference figures.
#[component]
pub(super) fn Formula(spec: &'static CalcSpec) -> impl IntoView {
    let t = &text().calculators;
    view! {
        <aside class="formula" aria-label=t.formula>
            <h3>{t.formula}</h3>
            {spec.text.formula.iter().map(|line| view! { <p><code>{*line}</code></p> }).collect_view()}
            <p class="muted">{spec.text.explain}</p>
            <p class="source"><strong>{t.source}": "</strong>{spec.text.source}</p>
            {(!spec.text.references.is_empty()).then(|| view! {
                <div class="references">
                    <h3>{t.references}</h3>
                    <p class="muted">{t.references_note}</p>
                    <ul>
                        {spec.text.references.iter().map(|(figure, source)| view! {
                            <li><span class="ref-figure">{*figure}</span>" — "<cite>{*source}</cite></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
        </aside>
    }
}
