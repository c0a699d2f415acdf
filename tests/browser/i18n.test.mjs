// Languages: the switcher in the top bar, the calculator's labels, results and
// messages in Portuguese and Romanian, the choice kept across reloads, and a
// first visit that follows the browser's language.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newContext, open, shot, useApp, server, browser } from './harness.mjs';

useApp();

/** The text of the output labelled `label`. */
async function result(page, label) {
  return (await page.getByLabel(label, { exact: true }).innerText()).trim();
}

/** Chooses `tag` in the language switcher (labelled `label` in the current
 *  language) and waits for the app to start again in that language. */
async function switchTo(page, label, tag) {
  await page.getByLabel(label, { exact: true }).selectOption(tag);
  await page.waitForSelector(`html[lang="${tag}"] header.topbar nav`);
}

/** Types the article's second example (S = 44, E = 43, N = 12). */
async function typeExample(page, labels) {
  await page.getByLabel(labels.start, { exact: true }).fill('44');
  await page.getByLabel(labels.end, { exact: true }).fill('43');
  await page.getByLabel(labels.new, { exact: true }).fill('12');
}

const LANGS = {
  'pt-BR': {
    switcher: 'Idioma',
    nav: 'Calculadoras',
    title: 'Taxa de retenção', reset: 'Voltar ao exemplo',
    start: 'Clientes no início',
    end: 'Clientes no fim',
    new: 'Clientes novos',
    rate: 'Taxa de retenção de clientes',
    lost: 'Clientes perdidos desde o início',
    badGrouping: 'use "," para os decimais e "." apenas entre grupos de três dígitos (1.234,56)',
    notANumber: 'Digite um número simples, como 1234,56.',
    notWhole: 'Digite um número inteiro.',
    endBelowNew: 'Os clientes no fim não podem ser menos que os clientes novos',
  },
  ro: {
    switcher: 'Limba',
    nav: 'Calculatoare',
    title: 'Rata de retenție', reset: 'Înapoi la exemplu',
    start: 'Clienți la început',
    end: 'Clienți la final',
    new: 'Clienți noi',
    rate: 'Rata de retenție a clienților',
    lost: 'Clienți pierduți de la început',
    badGrouping: 'folosiți "," pentru zecimale și "." doar între grupuri de câte trei cifre (1.234,56)',
    notANumber: 'Introduceți un număr simplu, de exemplu 1234,56.',
    notWhole: 'Introduceți un număr întreg.',
    endBelowNew: 'Clienții de la final nu pot fi mai puțini decât clienții noi',
  },
};

/** Words of the English retention screen that must not appear in another language. */
const ENGLISH = /Customers at|Retention rate|Customer retention|Inputs|Results|Formula|Source|Copy link|Enter a/;

async function checkCalculator(page, tag) {
  const l = LANGS[tag];
  await page.getByRole('heading', { level: 1, name: l.title }).waitFor();
  assert.equal(await page.getByRole('navigation').first().getByRole('link', { name: l.nav }).count(), 1);
  // The calculator opens as it was left (in another language too); back to
  // the first worked example, then the second one.
  await page.getByRole('button', { name: l.reset, exact: true }).click();
  assert.equal(await result(page, l.rate), '95 %');
  await typeExample(page, l);
  assert.equal(await result(page, l.rate), '70,45 %');
  assert.equal(await result(page, l.lost), '13');
  assert.doesNotMatch(await page.locator('main').innerText(), ENGLISH);

  // Refused input, with the message in this language.
  const cases = [
    ['4.4', l.badGrouping],
    ['1,234.56', l.badGrouping],
    ['abc', l.notANumber],
    ['12,5', l.notWhole],
  ];
  for (const [typed, message] of cases) {
    await page.getByLabel(l.start, { exact: true }).fill(typed);
    await page.locator('.field-error', { hasText: message }).first().waitFor();
    // The last valid results stay, marked stale.
    await page.locator('.results.stale').waitFor();
  }
  // Thousands grouped the way this language writes them are read.
  await page.getByLabel(l.start, { exact: true }).fill('1.044');
  assert.equal(await result(page, l.rate), '2,97 %');
  await page.getByLabel(l.start, { exact: true }).fill('44');
  await page.getByLabel(l.end, { exact: true }).fill('10');
  await page.locator('.field-error', { hasText: l.endBelowNew }).first().waitFor();
}

test('the switcher turns the retention calculator into Portuguese and Romanian, and the choice is kept', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'en-US' });
  const page = await open(ctx.context, server.url, '/calculators/retention-rate');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  // Every option is written in its own language.
  const options = await page.getByLabel('Language', { exact: true }).locator('option').allInnerTexts();
  assert.deepEqual(options.map((o) => o.trim()), ['English', 'Português (Brasil)', 'Română']);

  await switchTo(page, 'Language', 'pt-BR');
  await checkCalculator(page, 'pt-BR');
  await shot(page, 'i18n-pt-BR-retention');

  // Reloading keeps Portuguese.
  await page.reload();
  await page.waitForSelector('html[lang="pt-BR"] header.topbar nav');
  await page.getByLabel(LANGS['pt-BR'].start, { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Idioma', { exact: true }).inputValue(), 'pt-BR');

  await switchTo(page, 'Idioma', 'ro');
  await checkCalculator(page, 'ro');
  await page.setViewportSize({ width: 1920, height: 1000 });
  await shot(page, 'i18n-ro-retention-1920');
  await page.reload();
  await page.waitForSelector('html[lang="ro"] header.topbar nav');
  assert.equal(await page.getByLabel('Limba', { exact: true }).inputValue(), 'ro');

  await switchTo(page, 'Limba', 'en');
  await page.getByLabel('Customers at start', { exact: true }).waitFor();
  assert.deepEqual(ctx.errors, []);
  assert.deepEqual(ctx.foreign, []);
  await ctx.context.close();
});

test('money and the shell follow the language', async () => {
  const ctx = await newContext(browser, server.url, { locale: 'pt-BR' });
  const page = await open(ctx.context, server.url, '/data');
  // A pt-BR browser's first workspace counts in reais (currency.test.mjs).
  assert.equal(await page.getByLabel('Moeda', { exact: true }).first().inputValue(), 'BRL');
  await page.goto(server.url + '/calculators/lifetime-value');
  await page.locator('.results output').first().waitFor();
  const outputs = await page.locator('.results output').allInnerTexts();
  const money = outputs.map((o) => o.trim()).filter((o) => o.startsWith('R$'));
  assert.ok(money.length >= 2, `money outputs in reais: ${outputs.join(' | ')}`);
  for (const m of money) assert.match(m, /^R\$ \d{1,3}(\.\d{3})*(,\d\d)?$/, m);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByLabel('Tema').selectOption('dark');
  await shot(page, 'i18n-pt-BR-clv-dark');

  await page.getByLabel('Idioma', { exact: true }).selectOption('ro');
  await page.waitForSelector('html[lang="ro"] header.topbar nav');
  await page.goto(server.url + '/data');
  await page.getByLabel('Monedă', { exact: true }).first().selectOption('RON');
  await page.goto(server.url + '/calculators/lifetime-value');
  await page.locator('.results output').first().waitFor();
  const lei = (await page.locator('.results output').allInnerTexts()).map((o) => o.trim()).filter((o) => o.endsWith(' lei'));
  assert.ok(lei.length >= 2, 'money outputs in lei');
  for (const m of lei) assert.match(m, /^\d{1,3}(\.\d{3})*(,\d\d)? lei$/, m);
  await shot(page, 'i18n-ro-clv-dark');
  assert.deepEqual(ctx.errors, []);
  await ctx.context.close();
});

test('a first visit follows the browser language', async () => {
  const cases = [
    ['pt-BR', 'pt-BR', 'Calculadoras', 'Idioma'],
    ['pt-PT', 'pt-BR', 'Calculadoras', 'Idioma'],
    ['ro-RO', 'ro', 'Calculatoare', 'Limba'],
    ['de-DE', 'en', 'Calculators', 'Language'],
  ];
  for (const [locale, tag, nav, switcher] of cases) {
    const ctx = await newContext(browser, server.url, { locale });
    const page = await open(ctx.context, server.url, '/');
    assert.equal(await page.getAttribute('html', 'lang'), tag, locale);
    await page.getByRole('navigation').first().getByRole('link', { name: nav }).waitFor();
    assert.equal(await page.getByLabel(switcher, { exact: true }).inputValue(), tag, locale);
    if (locale === 'pt-BR') {
      await page.goto(server.url + '/calculators/retention-rate');
      await typeExample(page, LANGS['pt-BR']);
      assert.equal(await result(page, LANGS['pt-BR'].rate), '70,45 %');
      await shot(page, 'i18n-first-visit-pt-BR');
    }
    assert.deepEqual(ctx.errors, [], locale);
    await ctx.context.close();
  }
});

// ------------------------------------------------------------- English leaks

/**
 * Words that only English has (none of them is a Portuguese or Romanian word:
 * "are", "client", "contract", "calculator", "no" and "a" are, so they are not
 * here; "onboarding" is used on purpose as the trade's loan word).
 */
const ENGLISH_WORDS = /(?<!\p{L})(the|and|with|your|you|for|this|from|which|each|every|when|what|has|have|not|their|of|to|by|will|is|up to|contracts|steps?|days|months|years|delete|edit|show|hide|saved|customers?|rate|revenue|loyalty|calculators|workspace)(?!\p{L})/iu;

/** Every text a user (or a screen reader) meets on the page, with where it is. */
const visibleTexts = (page) => page.evaluate(() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    const text = n.textContent.trim();
    // Text marked as English on purpose (a paper's title) is not a leak.
    if (!text || !el || el.closest('#lang-switch, script, style, main [lang="en"]')) continue;
    if (!el.checkVisibility() && !el.closest('.visually-hidden')) continue;
    out.push([el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ')[0] : ''), text]);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
    if (el.closest('#lang-switch')) continue;
    for (const a of ['aria-label', 'title', 'placeholder']) {
      const v = el.getAttribute(a);
      if (v) out.push([`${el.tagName.toLowerCase()}[${a}]`, v]);
    }
  }
  out.push(['title', document.title]);
  return out;
});

/** The app's routes with the demo workspace loaded, ids found through its links. */
/** Buttons cut off by a box that clips or scrolls sideways (a label longer in
 *  this language than the width left for it): "where: label" for each. */
async function clippedButtons(page) {
  return page.evaluate(() => {
    const cut = [];
    for (const b of document.querySelectorAll('main button, main .button')) {
      const r = b.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      for (let box = b.parentElement; box && box !== document.body; box = box.parentElement) {
        if (getComputedStyle(box).overflowX === 'visible') continue;
        const c = box.getBoundingClientRect();
        if (r.left < c.left - 1 || r.right > c.right + 1) {
          cut.push(`${box.className || box.tagName}: ${b.textContent.trim().slice(0, 40)}`);
        }
        break;
      }
    }
    return cut;
  });
}

async function everyRoute(page) {
  const routes = ['/', '/calculators', '/contracts', '/contracts/win-back', '/contracts/signals', '/loyalty',
    '/onboarding', '/customers', '/onboarding/templates', '/data', '/report', '/no-such-page'];
  const linksOn = async (path, pattern) => {
    await page.goto(server.url + path);
    await page.locator('main h1').first().waitFor();
    await page.waitForTimeout(200);
    const hrefs = await page.locator('main a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    return [...new Set(hrefs.filter((h) => pattern.test(h)))];
  };
  routes.push(...await linksOn('/calculators', /^\/calculators\/[a-z-]+$/));
  routes.push(...(await linksOn('/loyalty', /^\/loyalty\/[^/]+(\/print)?$/)).slice(0, 2));
  const plans = await linksOn('/onboarding', /^\/onboarding\/[^/]+$/);
  const plan = plans.find((h) => h !== '/onboarding/templates');
  if (plan) routes.push(plan, plan + '/client');
  return routes;
}

for (const [locale, tag] of [['pt-BR', 'pt-BR'], ['ro-RO', 'ro']]) {
  test(`no English on any screen in ${tag}, with the demo workspace in every module`, async () => {
    const ctx = await newContext(browser, server.url, { locale });
    const page = await open(ctx.context, server.url, '/');
    await page.waitForSelector(`html[lang="${tag}"] .demo-offer`);
    await page.locator('.demo-offer button').first().click();
    await page.locator('.brand-workspace', { hasText: 'Northwind' }).waitFor();
    const routes = await everyRoute(page);
    assert.ok(routes.length >= 25, `only ${routes.length} routes found: ${routes.join(' ')}`);
    const leaks = [];
    const cut = [];
    let checked = 0;
    for (const route of routes) {
      await page.goto(server.url + route);
      await page.locator('main h1').first().waitFor();
      await page.waitForTimeout(150);
      for (const [where, text] of await visibleTexts(page)) {
        checked++;
        if (ENGLISH_WORDS.test(text)) leaks.push(`${route} ${where}: ${text.slice(0, 120)}`);
      }
      // Longer words must not push a button out of sight (the register's
      // "Excluir" and "Șterge" were hidden behind a sideways scroll).
      cut.push(...(await clippedButtons(page)).map((c) => `${route} ${c}`));
    }
    console.log(`${tag}: ${routes.length} routes, ${checked} texts checked, ${leaks.length} in English, ${cut.length} buttons cut off`);
    assert.deepEqual(leaks, []);
    assert.deepEqual(cut, []);
    assert.deepEqual(ctx.errors, []);
    await ctx.context.close();
  });
}
