// A consultant's meeting, start to finish (issue 22), as she plays it from an
// empty browser in Portuguese (Brazil) and in Romanian: the workspace in the
// local currency, ten contracts typed in, two cancelled, one renewed, the
// win-back list filled from the register, a loyalty draft fitted to the
// client, an onboarding plan, and the report printed. Each step checks what
// the client would see.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';
import { day } from './seed.mjs';

useApp();

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const LANGS = {
  'pt-BR': {
    code: 'BRL', money: /R\$ 18\.000/, thousands: '.',
    workspace: 'Nome do espaço de trabalho', preparedBy: 'Seu nome ou empresa (opcional)', currency: 'Moeda', logo: 'Seu logotipo (opcional)',
    add: 'Adicionar contrato', client: 'Cliente', value: 'Valor anual', start: 'Data de início', expiry: 'Data de vencimento',
    save: 'Salvar contrato', status: 'Situação do contrato', cancelledOn: 'Data de cancelamento', reason: 'Motivo do cancelamento',
    edit: (c) => `Editar o contrato com ${c}`, renew: (c) => `Renovar o contrato de ${c}`,
    newEnd: 'Fim da nova vigência', renewSave: 'Renovar contrato', renewedStatus: /Renovado/,
    lostDetail: /^2 contratos perdidos de .* a .*, para \d+,\d contratos em vigor em um dia médio\.$/,
    cohort: /^Dos 3 contratos em vigor em .*: 0 perdidos \(0 %\)\.$/,
    avoidable: /^2 contratos · R\$ /,
    winbackAdd: 'Adicionar os 2 como clientes que saíram', departed: 'Clientes que saíram', signalsAdd: 'Adicionar os 8',
    retail: 'Criar um rascunho de varejo', members: 'Membros previstos', membersValue: '3.000', couponCurrency: /R\$ \d+/,
    obClient: 'Nome do cliente', obStart: 'Data de início', obButton: 'Começar o plano',
    preparedFor: 'Preparado para Rede Pet Feliz', preparedByLine: 'Preparado por Ana Souza Consultoria',
    breakageLabel: 'Breakage (pontos nunca resgatados)',
  },
  ro: {
    code: 'RON', money: /18\.000 lei/, thousands: '.',
    workspace: 'Numele spațiului de lucru', preparedBy: 'Numele dvs. sau al firmei (opțional)', currency: 'Monedă', logo: 'Sigla dvs. (opțional)',
    add: 'Adaugă contract', client: 'Client', value: 'Valoare anuală', start: 'Data de început', expiry: 'Data expirării',
    save: 'Salvează contractul', status: 'Starea contractului', cancelledOn: 'Data anulării', reason: 'Motivul anulării',
    edit: (c) => `Editează contractul cu ${c}`, renew: (c) => `Reînnoiți contractul cu ${c}`,
    newEnd: 'Sfârșitul noii perioade', renewSave: 'Reînnoiește contractul', renewedStatus: /Reînnoit/,
    lostDetail: /^2 contracte pierdute între .* și .*, la \d+,\d contracte în vigoare într-o zi medie\.$/,
    cohort: /^Din cele 3 contracte în vigoare la .*: 0 pierdute \(0 %\)\.$/,
    avoidable: /^2 contracte · /,
    winbackAdd: 'Adaugă-le pe toate 2 drept clienți plecați', departed: 'Clienți plecați', signalsAdd: 'Adaugă-i pe toți 8',
    retail: 'Creează o schiță de comerț cu amănuntul', members: 'Membri estimați', membersValue: '3.000', couponCurrency: /\d+ lei/,
    obClient: 'Numele clientului', obStart: 'Data de început', obButton: 'Începe planul',
    preparedFor: 'Întocmit pentru Rede Pet Feliz', preparedByLine: 'Întocmit de Ana Souza Consultoria',
    breakageLabel: 'Puncte nefolosite (breakage)',
  },
};

// Eight pet shops and two clinics: three in force a year ago, seven signed
// during the year; two of the new ones cancelled on price.
const CONTRACTS = [
  ['Pet Centro', '18.000', -500, 400],
  ['Pet Norte', '12.000', -450, 300],
  ['Pet Sul', '9.500', -420, 60],
  ['Pet Leste', '8.000', -200, 530],
  ['Pet Oeste', '7.500', -180, 550],
  ['Pet Jardim', '6.000', -150, 580],
  ['Pet Vila', '5.500', -120, 610],
  ['Pet Praia', '5.000', -100, 630],
  ['Clínica Vet Alfa', '4.500', -90, 640],
  ['Clínica Vet Beta', '4.000', -60, 670],
];

for (const [locale, l] of Object.entries(LANGS)) {
  test(`${locale}: a consultant's meeting from an empty browser, in ${l.code}`, { timeout: 600_000 }, async () => {
    const ctx = await newContext(browser, server.url, { locale, viewport: { width: 1366, height: 768 } });
    const page = await open(ctx.context, server.url, '/data');

    // The workspace is the client's, in the local currency; she prepares it.
    assert.equal(await page.getByLabel(l.currency, { exact: true }).first().inputValue(), l.code);
    await page.getByLabel(l.workspace, { exact: true }).fill('Rede Pet Feliz');
    await page.getByLabel(l.preparedBy).fill('Ana Souza Consultoria');
    // Her logo, for the report (a 1×1 PNG).
    await page.getByLabel(l.logo).setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(PNG, 'base64') });
    await page.locator('.logo-preview img').waitFor();

    // Ten contracts typed in, one by one.
    await page.goto(server.url + '/contracts');
    for (const [client, value, start, expiry] of CONTRACTS) {
      await page.getByRole('button', { name: l.add, exact: true }).first().click();
      const form = page.locator('.contract-form');
      await form.getByLabel(l.client, { exact: true }).fill(client);
      await form.getByLabel(l.value, { exact: true }).fill(value);
      await form.getByLabel(l.start, { exact: true }).fill(day(start));
      await form.getByLabel(l.expiry, { exact: true }).fill(day(expiry));
      await form.getByRole('button', { name: l.save }).click();
      await form.waitFor({ state: 'detached' });
      await page.locator('.register-table tbody th', { hasText: client }).waitFor();
    }
    const pet = page.locator('.register-table tbody tr', { hasText: 'Pet Centro' });
    assert.match(await pet.innerText(), l.money);

    // Two of the new contracts cancelled on price.
    for (const [client, on] of [['Pet Praia', -40], ['Clínica Vet Beta', -20]]) {
      await page.getByRole('button', { name: l.edit(client) }).click();
      const form = page.locator('.contract-form');
      await form.getByLabel(l.status).selectOption('cancelled');
      await form.getByLabel(l.cancelledOn).fill(day(on));
      await form.getByLabel(l.reason).selectOption('price');
      await form.getByRole('button', { name: l.save }).click();
      await form.waitFor({ state: 'detached' });
    }

    // Pet Sul expires in 60 days: renewed for a year from its expiry.
    await page.getByRole('button', { name: l.renew('Pet Sul') }).first().click();
    const renew = page.locator('.renew-form');
    await renew.getByLabel(l.newEnd).fill(day(425));
    await renew.getByRole('button', { name: l.renewSave }).click();
    await renew.waitFor({ state: 'detached' });
    const sul = page.locator('.register-table tbody tr', { hasText: 'Pet Sul' });
    await sul.getByText(l.renewedStatus).waitFor();
    assert.equal(await page.locator('.calls-table tr', { hasText: 'Pet Sul' }).count(), 0, 'a renewed contract leaves the calls');

    // Attrition of a young register: 2 losses against the contracts in
    // force on an average day (about 6), not "2 of the 3 of day one".
    const rate = (await page.locator('output.attrition-rate').innerText()).trim();
    assert.notEqual(rate, '66,67 %');
    const points = Number(rate.replace(' %', '').replace(',', '.'));
    assert.ok(points > 20 && points < 45, `attrition ${rate}`);
    assert.match(await page.locator('.attrition-rate + .figure-detail').innerText(), l.lostDetail);
    assert.match(await page.locator('.cohort-rate').innerText(), l.cohort);
    // Losses on price are avoidable, in whole contracts.
    assert.match(await page.locator('output.avoidable-excess').innerText(), l.avoidable);
    await shot(page, `meeting-contracts-${locale}`);

    // Win-back filled from the register in one action, never twice.
    await page.goto(server.url + '/contracts/win-back');
    await page.getByRole('button', { name: l.winbackAdd }).click();
    const departed = page.locator('.wb-summary li', { hasText: l.departed }).locator('output');
    await page.waitForFunction((el) => el.textContent.trim() === '2', await departed.elementHandle());
    assert.equal(await page.locator('.wb-from-register').count(), 0, 'nothing left to add');
    await page.reload();
    await page.locator('.wb-summary').waitFor();
    assert.equal((await departed.innerText()).trim(), '2');
    assert.equal(await page.locator('.wb-from-register').count(), 0);

    // The warning signals start from the register's eight current clients.
    await page.goto(server.url + '/contracts/signals');
    await page.getByRole('button', { name: l.signalsAdd, exact: true }).click();
    await page.locator('.wb-from-register').waitFor({ state: 'detached' });
    const signals = await page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.winback')).data.signals.clients);
    assert.equal(signals.length, 8);

    // A loyalty draft fitted to 3,000 members, in the local currency.
    await page.goto(server.url + '/loyalty');
    const retail = page.locator('.loy-template', { has: page.getByRole('button', { name: l.retail }) });
    await retail.getByLabel(l.members).fill(l.membersValue);
    await page.getByRole('button', { name: l.retail }).click();
    await page.waitForURL(/\/loyalty\/\d+$/);
    await page.locator('.loy-result output').first().waitFor();
    assert.match(await page.locator('main').innerText(), l.couponCurrency);
    const breakage = await page.getByLabel(l.breakageLabel, { exact: true }).inputValue();

    // An onboarding plan for the new clinic.
    await page.goto(server.url + '/onboarding');
    await page.getByLabel(l.obClient).fill('Clínica Vet Alfa');
    await page.getByLabel(l.obStart).fill(day(-10));
    await page.getByRole('button', { name: l.obButton }).click();
    await page.waitForURL(/\/onboarding\/\d+$/);

    // The report: for the client, by the consultant, with the same figures.
    await page.goto(server.url + '/report');
    const report = page.locator('article.report');
    await report.getByText(l.preparedFor, { exact: true }).waitFor();
    await report.getByText(l.preparedByLine, { exact: true }).waitFor();
    assert.equal(await report.locator('img.report-logo').getAttribute('src'), `data:image/png;base64,${PNG}`);
    assert.match(await report.locator('.report-kpi', { hasText: rate }).innerText(), new RegExp(rate.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const draftRow = report.locator('.report-drafts tbody tr').first();
    assert.match(await draftRow.innerText(), new RegExp(`\\b${breakage.replace(',', '[,.]')}\\s?%`), 'the draft\'s own breakage');
    assert.match(await report.locator('.report-onboarding').innerText(), /Clínica Vet Alfa/);
    // Charts carry the meeting: lost value by reason, and a bar per plan.
    await report.locator('.report-chart svg').waitFor();
    assert.equal(await report.locator('.report-plans progress').count(), 1);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await report.isVisible());
    assert.equal(await page.locator('.topbar').isVisible(), false, 'the print hides the app chrome');
    await shot(page, `meeting-report-${locale}`);
    assert.doesNotMatch(await report.innerText(), /NaN|undefined|£/);
    assert.deepEqual(ctx.errors, []);
    await ctx.context.close();
  });
}
