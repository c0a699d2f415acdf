// Importing the clients' own spreadsheets (#18): files as Excel and
// LibreOffice write them in Brazil, Western Europe and Romania, uploaded as
// bytes: UTF-8 with BOM and `;`, Windows-1252, Windows-1250, UTF-16; the
// encoding line and its select; the question about an ambiguous amount
// column; the export in the screen's language read back; the 50 MB limit.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newContext, open, shot, settled, useApp, server, browser } from './harness.mjs';

useApp();

/** Windows-1252 / 1250 bytes of text whose characters map one to one (given table for the non-ASCII ones). */
function singleByte(text, table) {
  return Buffer.from([...text].map((c) => {
    if (c.charCodeAt(0) < 0x80) return c.charCodeAt(0);
    if (!(c in table)) throw new Error(`no byte for ${c}`);
    return table[c];
  }));
}
const CP1252 = { 'ã': 0xe3, 'é': 0xe9, '£': 0xa3, 'ç': 0xe7, 'í': 0xed };
const CP1250 = { 'ă': 0xe3, 'â': 0xe2, 'î': 0xee, 'Î': 0xce, 'ş': 0xba, 'Ş': 0xaa, 'ţ': 0xfe, 'Ţ': 0xde };

async function stored(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('holdfast.ws.default.contracts'))?.data.contracts ?? []);
}

async function upload(page, { importLabel, fileLabel }, name, buffer) {
  await page.getByRole('button', { name: importLabel }).first().click();
  await page.getByLabel(fileLabel).setInputFiles({ name, mimeType: 'text/csv', buffer });
  await page.locator('.import-summary').waitFor();
}

const PT = { importLabel: 'Importar CSV', fileLabel: 'Ou escolha um arquivo CSV' };
const EN = { importLabel: 'Import CSV', fileLabel: 'Or choose a CSV file' };
const RO = { importLabel: 'Importă CSV', fileLabel: 'Sau alegeți un fișier CSV' };

test('pt-BR: the Excel file of the issue lands as 3 contracts with their values, and the Portuguese export reads back', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'pt-BR' });
  const page = await open(ctx.context, server.url, '/contracts');
  const text = 'Cliente;Serviço;Valor anual;Início;Vencimento;Situação;Motivo\r\n' +
    'Padaria São João;Limpeza;1.234,56;01/02/2024;31/01/2027;Ativo;\r\n' +
    'Pet Shop Amigão;Dedetização;R$ 2.500,00;15/03/2023;14/03/2026;Cancelado;Mudança de endereço\r\n' +
    'Clínica Bem-Estar;Manutenção;980;01/06/2025;31/05/2026;Ativo;\r\n';
  await upload(page, PT, 'contratos.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  assert.equal(await page.locator('.import-summary').innerText(), 'Prontas para importar: 3 linhas; com problemas (não importadas): 0 linhas.');
  assert.match(await page.locator('.encoding-used').innerText(), /^Lido como UTF-8\./);
  assert.equal(await page.getByLabel('Codificação').inputValue(), 'utf-8');
  await page.locator('.import-note').waitFor();
  const preview = await page.locator('.preview-table tbody').innerText();
  assert.match(preview, /Padaria São João[\s\S]*R\$\s1\.234,56/);
  assert.match(preview, /Pet Shop Amigão[\s\S]*R\$\s2\.500(,00)?[\s\S]*Cancelado/);
  await shot(page, 'contracts-import-pt-BR-excel');
  await page.getByRole('button', { name: /^Adicionar 3 contratos ao registro/ }).click();
  const contracts = await settled(async () => (await stored(page)).length, 3) && await stored(page);
  const byClient = Object.fromEntries(contracts.map((c) => [c.client, c]));
  assert.equal(byClient['Padaria São João'].value, 1234.56);
  assert.equal(byClient['Padaria São João'].expiry, '2027-01-31');
  assert.equal(byClient['Pet Shop Amigão'].value, 2500);
  assert.equal(byClient['Pet Shop Amigão'].status, 'Cancelled');
  assert.equal(byClient['Pet Shop Amigão'].reason, 'Relocation');
  assert.equal(byClient['Clínica Bem-Estar'].value, 980);

  // The export speaks Portuguese: headers, statuses, reasons, `;` and decimal comma.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportar CSV' }).click()]);
  const exported = fs.readFileSync(await download.path(), 'utf8');
  assert.ok(exported.startsWith('\ufeffCliente;Serviço / área;Valor anual;Data de início;Data de vencimento;Situação;'), exported.slice(0, 120));
  assert.ok(exported.includes(';1234,56;2024-02-01;2027-01-31;Ativo;'), exported);
  assert.ok(exported.includes(';Cancelado;2026-03-14;Mudança de endereço;'), exported);
  // … and reads back as the same three contracts.
  await upload(page, PT, 'exportado.csv', Buffer.from(exported, 'utf8'));
  assert.equal(await page.locator('.import-summary').innerText(), 'Prontas para importar: 3 linhas; com problemas (não importadas): 0 linhas.');
  assert.equal(await page.locator('.import-note').count(), 0);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('en: a Windows-1252 file says so, reads "São Bento Café" and "£1000", and another encoding can be chosen', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/contracts');
  const text = 'client,annual_value,start_date,expiry_date\r\nSão Bento Café,£1000,2024-01-01,2026-12-31\r\nAçaí Ltd,"£1,250.50",2024-01-01,2026-12-31\r\n';
  await upload(page, EN, 'western.csv', singleByte(text, CP1252));
  assert.match(await page.locator('.encoding-used').innerText(), /^Read as Windows-1252 \(Western European\)\./);
  assert.equal(await page.locator('.import-summary').innerText(), '2 rows ready to import; 0 rows with problems (not imported).');
  const preview = await page.locator('.preview-table tbody').innerText();
  assert.match(preview, /São Bento Café[\s\S]*£1,000(\.00)?/);
  assert.match(preview, /Açaí Ltd[\s\S]*£1,250\.50/);
  // Forced to UTF-8, the unreadable characters are counted in words, not hidden.
  await page.getByLabel('Encoding').selectOption('utf-8');
  await page.locator('.import-encoding [role=alert]').filter({ hasText: /characters could not be read in this encoding/ }).waitFor();
  await page.getByLabel('Encoding').selectOption('windows-1252');
  await settled(() => page.locator('.import-encoding [role=alert]').count(), 0);
  await page.locator('.preview-table').getByText('São Bento Café').waitFor();
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('ro: a Windows-1250 Romanian file is recognised and its rows land with their values', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'ro-RO' });
  const page = await open(ctx.context, server.url, '/contracts');
  const text = 'Client;Serviciu;Valoare anuală;Data început;Data expirării;Stare;Motiv\r\n' +
    'Societatea Ştefănescu;Curăţenie;1.500,00 lei;01.03.2024;28.02.2027;Activ;\r\n' +
    'Ţesătoria Bârlad;Pază;12.000;01.01.2023;31.12.2026;Anulat;Mutare\r\n';
  await upload(page, RO, 'contracte.csv', singleByte(text, CP1250));
  assert.match(await page.locator('.encoding-used').innerText(), /^Citit ca Windows-1250 \(Europa Centrală, română\)\./);
  assert.equal(await page.locator('.import-summary').innerText(), 'Gata de import: 2 rânduri; cu probleme (neimportate): 0 rânduri.');
  await page.getByRole('button', { name: /^Adaugă 2 contracte în registru/ }).click();
  await settled(async () => (await stored(page)).map((c) => [c.client, c.value, c.status]), [
    ['Societatea Ştefănescu', 1500, 'Active'],
    ['Ţesătoria Bârlad', 12000, 'Cancelled'],
  ]);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('en: UTF-16 "Unicode text" from Excel (BOM, tabs) is read', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/contracts');
  const text = 'Cliente\tValor anual\tInício\tVencimento\tSituação\r\nSão Bento Café\t1.234,56\t01/02/2024\t31/01/2027\tRenovado\r\n';
  await upload(page, EN, 'unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  assert.match(await page.locator('.encoding-used').innerText(), /^Read as UTF-16 \(little-endian\)\./);
  assert.equal(await page.locator('.import-summary').innerText(), '1 row ready to import; 0 rows with problems (not imported).');
  assert.match(await page.locator('.preview-table tbody').innerText(), /São Bento Café[\s\S]*£1,234\.56[\s\S]*Renewed/);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('en: an amount column that reads two ways is asked about before anything is imported', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/contracts');
  const text = 'client,value,start,expiry\r\nA Ltd,1.500,2024-01-01,2026-12-31\r\nB Ltd,2.000,2024-01-01,2026-12-31\r\n';
  await upload(page, EN, 'ambiguous.csv', Buffer.from(text));
  const question = page.locator('.number-question');
  assert.equal(await question.locator('legend').innerText(), 'How are the amounts in this file written?');
  assert.equal(await question.locator('p').innerText(), '1.500 → 1500 or 1.5?');
  await page.locator('.question-pending').waitFor();
  assert.equal(await page.getByRole('button', { name: /^Add 2 contracts to the register/ }).isDisabled(), true);
  await question.getByRole('button', { name: 'It means 1500' }).click();
  await settled(() => page.locator('.number-question').count(), 0);
  assert.match(await page.locator('.preview-table tbody').innerText(), /A Ltd[\s\S]*£1,500(\.00)?/);
  await page.getByRole('button', { name: /^Add 2 contracts to the register/ }).click();
  await settled(async () => (await stored(page)).map((c) => c.value), [1500, 2000]);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('a file over 50 MB is refused with a message', async () => {
  const ctx = await newContext(browser, server.url);
  const page = await open(ctx.context, server.url, '/contracts');
  const big = path.join(os.tmpdir(), `holdfast-big-${process.pid}.csv`);
  fs.writeFileSync(big, Buffer.alloc(50 * 1024 * 1024 + 1, 0x61));
  try {
    await page.getByRole('button', { name: 'Import CSV' }).first().click();
    await page.getByLabel('Or choose a CSV file').setInputFiles(big);
    await page.locator('.import-message').filter({ hasText: /is larger than 50 MB and was not read/ }).waitFor();
    assert.equal(await page.locator('.import-summary').count(), 0);
  } finally {
    fs.rmSync(big, { force: true });
  }
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

// Real spreadsheets (tests/data/spreadsheets, made by LibreOffice and
// openpyxl): the rows land with their values, dates and accents.
const SHEETS = new URL('../data/spreadsheets/', import.meta.url);

for (const file of ['brazil_libreoffice.xlsx', 'brazil_openpyxl.xlsx', 'brazil_libreoffice.ods', 'brazil_1904.xlsx']) {
  test(`pt-BR: ${file} imports as 3 contracts with their values and dates`, async () => {
    const ctx = await newContext(browser, server.url, { locale: 'pt-BR' });
    const page = await open(ctx.context, server.url, '/contracts');
    await upload(page, PT, file, fs.readFileSync(new URL(file, SHEETS)));
    const kind = file.endsWith('.ods') ? 'uma planilha OpenDocument \\(\\.ods\\)' : 'uma pasta de trabalho do Excel \\(\\.xlsx\\)';
    assert.match(await page.locator('.encoding-used').innerText(), new RegExp(`^Lido como ${kind}: a primeira planilha, 4 linhas\\.`));
    // No encoding question for a spreadsheet, and no number question.
    assert.equal(await page.getByLabel('Codificação').count(), 0);
    assert.equal(await page.locator('.import-summary').innerText(), 'Prontas para importar: 3 linhas; com problemas (não importadas): 0 linhas.');
    await page.getByRole('button', { name: /^Adicionar 3 contratos ao registro/ }).click();
    const contracts = await settled(async () => (await stored(page)).length, 3) && await stored(page);
    const byClient = Object.fromEntries(contracts.map((c) => [c.client, c]));
    assert.equal(byClient['São Paulo Café'].value, 1234.56);
    assert.equal(byClient['São Paulo Café'].start, '2024-01-15');
    assert.equal(byClient['Padaria Pão de Açúcar'].value, 2500);
    assert.equal(byClient['Padaria Pão de Açúcar'].expiry, '2024-05-31');
    assert.equal(byClient['Padaria Pão de Açúcar'].status, 'Expired');
    assert.equal(byClient['Ótica Visão & Cia'].value, 980);
    assert.deepEqual(ctx.errors, []);
    await ctx.context.close();
  });
}

test('ro: a LibreOffice .ods in a RON workspace imports with its diacritics; an old .xls is refused with a way out', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'ro-RO' });
  const page = await open(ctx.context, server.url, '/contracts');
  await upload(page, RO, 'registru.ods', fs.readFileSync(new URL('romania_libreoffice.ods', SHEETS)));
  await page.getByRole('button', { name: /^Adaugă 3 contracte/ }).click();
  const contracts = await settled(async () => (await stored(page)).length, 3) && await stored(page);
  const byClient = Object.fromEntries(contracts.map((c) => [c.client, c]));
  assert.equal(byClient['Brutăria Ștefan'].value, 4500.5);
  assert.equal(byClient['Țesătoria Îngerilor'].value, 12000);
  assert.equal(byClient['Cârciuma Âșa'].expiry, '2025-05-09');
  // An Excel 97–2003 file: said plainly, nothing imported.
  await page.getByRole('button', { name: RO.importLabel }).first().click();
  const xls = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
  await page.getByLabel(RO.fileLabel).setInputFiles({ name: 'vechi.xls', mimeType: 'application/vnd.ms-excel', buffer: xls });
  await page.locator('.import-message', { hasText: 'formatul Excel vechi (.xls)' }).waitFor();
  assert.equal((await stored(page)).length, 3);
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});
