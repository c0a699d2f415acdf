//! Strings of the printed report (`/report`).

use super::plural;
use crate::domain::format::Lang;

/// Every user-facing string of the report page.
pub struct ReportText {
    /// The navigation link.
    pub nav: &'static str,
    pub title: &'static str,
    /// Shown on screen only, above the report.
    pub lead: &'static str,
    pub print: &'static str,
    /// (workspace name).
    pub prepared_for: fn(&str) -> String,
    /// (the consultant or firm of the workspace settings).
    pub prepared_by: fn(&str) -> String,
    /// (date).
    pub prepared_on: fn(&str) -> String,
    /// Under the title when the workspace is the demo.
    pub demo_note: &'static str,
    pub footer: &'static str,
    /// A figure that cannot be worked out.
    pub not_defined: &'static str,

    // Calculators
    pub calc_heading: &'static str,
    pub calc_empty: &'static str,
    pub col_calculator: &'static str,
    pub col_scenario: &'static str,
    pub col_result: &'static str,
    /// A saved scenario whose inputs no longer give a result.
    pub calc_invalid: &'static str,

    // Contracts
    pub contracts_heading: &'static str,
    pub contracts_empty: &'static str,
    pub active_contracts: &'static str,
    /// (annual value of the live contracts).
    pub active_detail: fn(&str) -> String,
    pub attrition: &'static str,
    /// (cancellations, contracts in force on an average day, baseline for
    /// the period, period start, period end).
    pub attrition_detail: fn(u64, &str, &str, &str, &str) -> String,
    /// (period start, period end): less than one contract in force on an
    /// average day.
    pub attrition_none: fn(&str, &str) -> String,
    pub lost_by_reason: &'static str,
    pub no_cancellations: &'static str,
    pub key_clients: &'static str,
    /// (key clients, clients with live contracts, their share of live value).
    pub key_clients_detail: fn(usize, usize, &str) -> String,
    pub renewals: &'static str,
    /// (months looked ahead, calls still to make, of which overdue).
    pub renewals_detail: fn(u32, usize, usize) -> String,
    pub winback: &'static str,
    /// (won back, contacted, departed, annual revenue recovered).
    pub winback_detail: fn(u64, u64, u64, &str) -> String,

    // Loyalty
    pub loyalty_heading: &'static str,
    pub loyalty_empty: &'static str,
    pub loyalty_lead: &'static str,
    pub col_draft: &'static str,
    pub col_cost: &'static str,
    pub col_liability: &'static str,
    pub col_roi: &'static str,
    pub col_roi_3y: &'static str,
    pub col_payback: &'static str,

    // Onboarding
    pub onboarding_heading: &'static str,
    pub onboarding_empty: &'static str,
    /// (plans, finished, plans with overdue steps, overdue steps).
    pub onboarding_summary: fn(usize, usize, usize, u32) -> String,
    pub col_client: &'static str,
    pub col_progress: &'static str,
    pub col_overdue: &'static str,
    pub col_status: &'static str,
    pub col_finish: &'static str,
}

/// English.
pub const EN: ReportText = ReportText {
    nav: "Report",
    title: "Client report",
    lead: "A summary of this workspace on one or two pages, to print or save as a PDF and leave with the client.",
    print: "Print / Save as PDF",
    prepared_for: |name| format!("Prepared for {name}"),
    prepared_by: |name| format!("Prepared by {name}"),
    prepared_on: |date| format!("Date: {date}"),
    demo_note: "Sample data from the demo workspace.",
    footer: "Prepared with Holdfast. Every figure was calculated in this browser from the data of this workspace; the calculators' and programmes' figures are estimates from the assumptions entered.",
    not_defined: "—",

    calc_heading: "Calculator results",
    calc_empty: "No calculator scenarios have been saved in this workspace.",
    col_calculator: "Calculator",
    col_scenario: "Scenario",
    col_result: "Result",
    calc_invalid: "The saved inputs no longer give a result; open the scenario to check them.",

    contracts_heading: "Contracts",
    contracts_empty: "No contracts have been entered in this workspace.",
    active_contracts: "Active contracts",
    active_detail: |value| format!("worth {value} a year"),
    attrition: "Attrition",
    attrition_detail: |lost, average, baseline, from, to| {
        format!(
            "{lost} {} against {average} contracts in force on an average day, {from} – {to}; structural baseline {baseline}",
            plural::noun(Lang::En, lost, "contract lost", "contracts lost")
        )
    },
    attrition_none: |from, to| format!("Less than one contract was in force on an average day, {from} – {to}."),
    lost_by_reason: "Lost revenue by reason (top 3)",
    no_cancellations: "No cancellations in the period.",
    key_clients: "Key clients (Pareto)",
    key_clients_detail: |n, clients, share| {
        format!("{n} of {clients} {} hold {share} of live contract value", plural::noun(Lang::En, clients as u64, "client", "clients"))
    },
    renewals: "Renewals due",
    renewals_detail: |months, pending, overdue| {
        format!(
            "expiring in the next {months} {}; {pending} renewal {} still to make, {overdue} overdue",
            plural::noun(Lang::En, months, "month", "months"),
            plural::noun(Lang::En, pending as u64, "call", "calls")
        )
    },
    winback: "Win-back",
    winback_detail: |won, contacted, departed, recovered| {
        format!("{won} won back of {contacted} contacted ({departed} departed); {recovered} a year recovered")
    },

    loyalty_heading: "Loyalty programme",
    loyalty_empty: "No loyalty-programme drafts have been made in this workspace.",
    loyalty_lead: "Year 1 of each draft's projection, from the assumptions entered.",
    col_draft: "Draft",
    col_cost: "Annual cost",
    col_liability: "Points liability",
    col_roi: "ROI (year 1)",
    col_roi_3y: "ROI (3 years)",
    col_payback: "Payback",

    onboarding_heading: "Onboarding progress",
    onboarding_empty: "No onboarding plans have been started in this workspace.",
    onboarding_summary: |plans, finished, late, overdue| {
        format!(
            "{plans} {}, {finished} finished; {late} with overdue steps ({overdue} {} overdue in all)",
            plural::noun(Lang::En, plans as u64, "plan", "plans"),
            plural::noun(Lang::En, overdue, "step", "steps")
        )
    },
    col_client: "Client",
    col_progress: "Progress",
    col_overdue: "Overdue steps",
    col_status: "Status",
    col_finish: "Projected finish",
};

/// Brazilian Portuguese.
pub const PT_BR: ReportText = ReportText {
    nav: "Relatório",
    title: "Relatório para o cliente",
    lead: "Um resumo deste espaço de trabalho em uma ou duas páginas, para imprimir ou salvar em PDF e deixar com o cliente.",
    print: "Imprimir / Salvar em PDF",
    prepared_for: |name| format!("Preparado para {name}"),
    prepared_by: |name| format!("Preparado por {name}"),
    prepared_on: |date| format!("Data: {date}"),
    demo_note: "Dados de exemplo do espaço de trabalho de demonstração.",
    footer: "Preparado com o Holdfast. Todos os números foram calculados neste navegador a partir dos dados deste espaço de trabalho; os números das calculadoras e dos programas são estimativas feitas com as premissas informadas.",
    not_defined: "—",

    calc_heading: "Resultados das calculadoras",
    calc_empty: "Nenhum cenário de calculadora foi salvo neste espaço de trabalho.",
    col_calculator: "Calculadora",
    col_scenario: "Cenário",
    col_result: "Resultado",
    calc_invalid: "Os dados salvos não geram mais um resultado; abra o cenário para conferi-los.",

    contracts_heading: "Contratos",
    contracts_empty: "Nenhum contrato foi cadastrado neste espaço de trabalho.",
    active_contracts: "Contratos ativos",
    active_detail: |value| format!("no valor de {value} por ano"),
    attrition: "Taxa de desgaste",
    attrition_detail: |lost, average, baseline, from, to| {
        format!(
            "{lost} {} para {average} contratos em vigor em um dia médio, {from} – {to}; base estrutural de {baseline}",
            plural::noun(Lang::En, lost, "contrato perdido", "contratos perdidos")
        )
    },
    attrition_none: |from, to| format!("Menos de um contrato em vigor em um dia médio, {from} – {to}."),
    lost_by_reason: "Receita perdida por motivo (3 maiores)",
    no_cancellations: "Nenhum cancelamento no período.",
    key_clients: "Clientes-chave (Pareto)",
    key_clients_detail: |n, clients, share| {
        format!("{n} de {clients} {} concentram {share} do valor dos contratos em vigor", plural::noun(Lang::En, clients as u64, "cliente", "clientes"))
    },
    renewals: "Renovações a vencer",
    renewals_detail: |months, pending, overdue| {
        format!(
            "vencem nos próximos {months} {}; {pending} {} de renovação a fazer, {overdue} {}",
            plural::noun(Lang::En, months, "mês", "meses"),
            plural::noun(Lang::En, pending as u64, "ligação", "ligações"),
            plural::noun(Lang::En, overdue as u64, "atrasada", "atrasadas")
        )
    },
    winback: "Reconquista",
    winback_detail: |won, contacted, departed, recovered| {
        format!("{won} {} de {contacted} contatados ({departed} saíram); {recovered} por ano recuperados", plural::noun(Lang::En, won, "reconquistado", "reconquistados"))
    },

    loyalty_heading: "Programa de fidelidade",
    loyalty_empty: "Nenhum rascunho de programa de fidelidade foi criado neste espaço de trabalho.",
    loyalty_lead: "Ano 1 da projeção de cada rascunho, com as premissas informadas.",
    col_draft: "Rascunho",
    col_cost: "Custo anual",
    col_liability: "Passivo de pontos",
    col_roi: "ROI (ano 1)",
    col_roi_3y: "ROI (3 anos)",
    col_payback: "Retorno do investimento",

    onboarding_heading: "Progresso da integração",
    onboarding_empty: "Nenhum plano de integração foi iniciado neste espaço de trabalho.",
    onboarding_summary: |plans, finished, late, overdue| {
        format!(
            "{plans} {}, {finished} {}; {late} com etapas atrasadas ({overdue} {} no total)",
            plural::noun(Lang::En, plans as u64, "plano", "planos"),
            plural::noun(Lang::En, finished as u64, "concluído", "concluídos"),
            plural::noun(Lang::En, overdue, "etapa atrasada", "etapas atrasadas")
        )
    },
    col_client: "Cliente",
    col_progress: "Progresso",
    col_overdue: "Etapas atrasadas",
    col_status: "Situação",
    col_finish: "Conclusão prevista",
};

/// Romanian.
pub const RO: ReportText = ReportText {
    nav: "Raport",
    title: "Raport pentru client",
    lead: "Un rezumat al acestui spațiu de lucru pe una sau două pagini, de tipărit sau de salvat ca PDF și de lăsat clientului.",
    print: "Tipărește / Salvează ca PDF",
    prepared_for: |name| format!("Întocmit pentru {name}"),
    prepared_by: |name| format!("Întocmit de {name}"),
    prepared_on: |date| format!("Data: {date}"),
    demo_note: "Date de exemplu din spațiul de lucru demonstrativ.",
    footer: "Întocmit cu Holdfast. Toate cifrele au fost calculate în acest browser din datele acestui spațiu de lucru; cifrele calculatoarelor și ale programelor sunt estimări pe baza ipotezelor introduse.",
    not_defined: "—",

    calc_heading: "Rezultatele calculatoarelor",
    calc_empty: "Niciun scenariu de calculator nu a fost salvat în acest spațiu de lucru.",
    col_calculator: "Calculator",
    col_scenario: "Scenariu",
    col_result: "Rezultat",
    calc_invalid: "Datele salvate nu mai dau un rezultat; deschideți scenariul pentru a le verifica.",

    contracts_heading: "Contracte",
    contracts_empty: "Niciun contract nu a fost introdus în acest spațiu de lucru.",
    active_contracts: "Contracte active",
    active_detail: |value| format!("în valoare de {value} pe an"),
    attrition: "Rata de pierdere",
    attrition_detail: |lost, average, baseline, from, to| {
        format!(
            "{} la {average} contracte în vigoare într-o zi medie, {from} – {to}; nivel structural de {baseline}",
            plural::ro(lost, "contract pierdut", "contracte pierdute")
        )
    },
    attrition_none: |from, to| format!("Mai puțin de un contract în vigoare într-o zi medie, {from} – {to}."),
    lost_by_reason: "Venituri pierdute pe motive (primele 3)",
    no_cancellations: "Nicio reziliere în perioadă.",
    key_clients: "Clienți-cheie (Pareto)",
    key_clients_detail: |n, clients, share| {
        format!("{n} din {} dețin {share} din valoarea contractelor în vigoare", plural::ro(clients as u64, "client", "clienți"))
    },
    renewals: "Reînnoiri scadente",
    renewals_detail: |months, pending, overdue| {
        format!(
            "expiră în următoarele {}; {} de reînnoire de făcut, {overdue} {}",
            plural::ro(months, "lună", "luni"),
            plural::ro(pending as u64, "apel", "apeluri"),
            plural::noun(Lang::En, overdue as u64, "întârziat", "întârziate")
        )
    },
    winback: "Recâștigare",
    winback_detail: |won, contacted, departed, recovered| {
        format!("{won} {} din {contacted} contactați ({departed} plecați); {recovered} pe an recuperați", plural::noun(Lang::En, won, "recâștigat", "recâștigați"))
    },

    loyalty_heading: "Program de fidelitate",
    loyalty_empty: "Nicio ciornă de program de fidelitate nu a fost creată în acest spațiu de lucru.",
    loyalty_lead: "Anul 1 din proiecția fiecărei ciorne, pe baza ipotezelor introduse.",
    col_draft: "Ciornă",
    col_cost: "Cost anual",
    col_liability: "Obligația pentru puncte",
    col_roi: "ROI (anul 1)",
    col_roi_3y: "ROI (3 ani)",
    col_payback: "Recuperarea investiției",

    onboarding_heading: "Progresul integrării",
    onboarding_empty: "Niciun plan de integrare nu a fost început în acest spațiu de lucru.",
    onboarding_summary: |plans, finished, late, overdue| {
        format!(
            "{}, {finished} {}; {late} cu pași întârziați ({} în total)",
            plural::ro(plans as u64, "plan", "planuri"),
            plural::noun(Lang::En, finished as u64, "încheiat", "încheiate"),
            plural::ro(overdue, "pas întârziat", "pași întârziați")
        )
    },
    col_client: "Client",
    col_progress: "Progres",
    col_overdue: "Pași întârziați",
    col_status: "Stare",
    col_finish: "Finalizare estimată",
};
