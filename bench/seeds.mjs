// Seed documents for the benchmark, written in the stored JSON shape of the
// app's documents (serde's output of src/domain/onboarding, src/domain/contracts
// and src/storage/documents.rs), inside the storage envelope.

export function envelope(data, rev = 1) {
  return JSON.stringify({ schema: 1, rev, saved_at: new Date().toISOString(), data });
}
export const wsKey = (name) => `holdfast.ws.default.${name}`;

const DAY = 86400000;
const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** 500 clients × 25 steps (5 phases of 5), in the stored shape of OnboardingBook. */
export function onboardingBook(clients = 500, steps = 25) {
  let id = 0;
  const today = Math.floor(Date.now() / DAY) * DAY;
  const owners = ['us', 'client'];
  const statuses = ['todo', 'in_progress', 'done', 'blocked', 'skipped'];
  const phases = ['Kickoff', 'Setup', 'Training', 'Go-live', 'Review'];
  const template = {
    id: ++id, name: 'Standard onboarding', description: 'Benchmark template',
    phases: phases.map((name, p) => ({
      id: ++id, name,
      steps: Array.from({ length: steps / phases.length }, (_, s) => ({
        id: ++id, title: `${name} step ${s + 1}`, description: '', owner: owners[s % 2],
        offset: { days: p * 10 + s * 2, count: 'calendar' }, milestone: s === 4,
      })),
    })),
  };
  const plans = [];
  for (let c = 0; c < clients; c++) {
    const start = today - ((c * 7919) % 120) * DAY;
    // Clients at every stage: the first `done` steps are done.
    const done = (c * 13) % (steps + 1);
    let n = 0;
    plans.push({
      id: ++id, client: `Client ${String(c + 1).padStart(3, '0')} Ltd`, template: template.name, start: iso(start),
      phases: template.phases.map((ph) => ({
        id: ++id, name: ph.name,
        steps: ph.steps.map((st) => {
          const k = n++;
          const status = k < done ? 'done' : k === done ? statuses[c % 4] : 'todo';
          const step = { id: ++id, title: st.title, owner: st.owner, due: iso(start + st.offset.days * DAY), offset: st.offset };
          if (st.milestone) step.milestone = true;
          if (status !== 'todo') step.status = status;
          if (status === 'done') step.done_on = iso(start + st.offset.days * DAY);
          if (k % 7 === 0) step.assignee = `Owner ${c % 9}`;
          return step;
        }),
      })),
    });
  }
  return { seeded: true, last_id: id, templates: [template], plans };
}

/** 5,000 contracts in the stored shape of ContractsDoc. */
export function contractsDoc(count = 5000) {
  const services = ['Audit', 'Bookkeeping', 'Payroll', 'Tax', 'Advisory', 'Cleaning', 'Maintenance'];
  const reasons = ['PoorService', 'Price', 'Competitor', 'Liquidation', 'Relocation'];
  const statuses = ['Active', 'Active', 'Renewed', 'Cancelled', 'Expired'];
  const contracts = [];
  const base = Date.UTC(2021, 0, 1);
  for (let i = 0; i < count; i++) {
    const start = base + ((i * 7919) % 1800) * DAY;
    const status = statuses[i % statuses.length];
    const c = {
      id: i + 1, client: `Client ${String((i * 37) % count).padStart(4, '0')}`, service: services[i % services.length],
      value: 500 + ((i * 104729) % 99500), start: iso(start), expiry: iso(start + 365 * DAY), status,
    };
    if (status === 'Cancelled') { c.cancelled_on = iso(start + 200 * DAY); c.reason = reasons[i % reasons.length]; }
    contracts.push(c);
  }
  return { contracts, next_id: count + 1 };
}

/** Calculator scenarios filling about `bytes` of JSON (none for the growth calculator). */
export function scenarios(bytes) {
  const list = [];
  let size = 0;
  for (let id = 1; size < bytes; id++) {
    const s = {
      id, calculator: 'churn', name: `Client review ${id}: churn before and after the loyalty programme`,
      inputs: [['start', String(1000 + id)], ['lost', String(id % 97)], ['acquired', String(id % 53)], ['convention', 'start']],
    };
    list.push(s);
    size += JSON.stringify(s).length + 1;
  }
  return { scenarios: list };
}
