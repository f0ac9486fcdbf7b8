// End-to-end tests of the staff console in real Chromium (Debian's package, driven by playwright-core;
// no browser is downloaded). Run by api-graphql's StaffConsoleBrowserIntegrationTests against the
// application on PostgreSQL, or by hand against a running application:
//   LEDGER_BASE_URL=http://localhost:8080 node e2e/console.e2e.mjs
// Prints one line per step and closes with "N passed, N failed"; exits non-zero when a step fails.
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';

const base = (process.env.LEDGER_BASE_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const shots = resolve(process.env.LEDGER_SCREENSHOTS_DIR ?? 'target/e2e-screenshots');
const executablePath = process.env.LEDGER_CHROMIUM ?? '/usr/bin/chromium';
const run = Date.now().toString(36).slice(-5);
mkdirSync(shots, { recursive: true });

const USERS = {
  staff: ['jana.novakova', 'staff-demo'],
  supervisor: ['vedouci', 'supervisor-demo'],
  mayor: ['starosta.ivancice', 'mayor-demo'],
  auditor: ['auditor', 'auditor-demo'],
  analyst: ['analytik', 'analyst-demo'],
};

let passed = 0;
let failed = 0;
let current = null;

async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    passed++;
    console.log(`ok   ${name} (${Date.now() - started} ms)`);
  } catch (error) {
    failed++;
    console.log(`FAIL ${name}\n${error?.stack ?? error}`);
    if (current) await current.screenshot({ path: join(shots, 'failure.png'), fullPage: true }).catch(() => {});
    throw error;
  }
}

async function shot(page, name, options = {}) {
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: join(shots, `${name}.png`), ...options });
}

const browser = await chromium.launch({
  executablePath,
  // Playwright starts Chromium with a new, empty --user-data-dir of its own for every launch.
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const downloads = await mkdtemp(join(tmpdir(), 'ledger-e2e-'));
/** Script errors and console errors (a Content-Security-Policy violation among them) of every page. */
const consoleErrors = [];

async function signIn(user, { viewport = { width: 1280, height: 900 }, screenshot } = {}) {
  const context = await browser.newContext({ viewport, locale: 'cs-CZ', timezoneId: 'Europe/Prague', acceptDownloads: true });
  context.on('weberror', (error) => consoleErrors.push(`${user}: ${error.error()}`));
  context.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${user}: ${message.text()} (${message.location().url})`);
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  current = page;
  await page.goto(`${base}/`);
  await page.waitForURL(/\/login/);
  await page.getByRole('heading', { name: 'Přihlášení' }).waitFor();
  if (screenshot) await shot(page, screenshot);
  const [username, password] = USERS[user];
  await page.getByLabel('Uživatelské jméno').fill(username);
  await page.getByLabel('Heslo').fill(password);
  await page.getByRole('button', { name: 'Přihlásit se' }).click();
  await page.getByTestId('who').waitFor();
  return { context, page };
}

const statusOf = (page) => page.locator('.state-line [data-status]').getAttribute('data-status');
const actionsOf = (page) => page.locator('[data-action]').evaluateAll((items) => items.map((item) => item.dataset.action));

async function waitForStatus(page, status) {
  await page.locator(`.state-line [data-status="${status}"]`).waitFor();
}

/** Opens an action's form, lets `fill` fill it and submits it; waits until the request shows `status`. */
async function act(page, label, status, fill = async () => {}) {
  await page.getByRole('button', { name: label, exact: true }).click();
  const form = page.getByRole('form', { name: label });
  await form.waitFor();
  await fill(form);
  await form.getByRole('button', { name: label, exact: true }).click();
  await waitForStatus(page, status);
  await form.waitFor({ state: 'detached' });
}

async function register(page, { channel, municipality, agenda, kind, urgency, subject, description, citizen, receivedAt }) {
  await page.getByRole('navigation', { name: 'Hlavní nabídka' }).getByRole('link', { name: 'Nový podnět' }).click();
  await page.getByRole('heading', { name: 'Nový podnět' }).waitFor();
  await page.getByRole('radio', { name: channel }).check();
  await page.getByLabel('Obec').selectOption({ label: municipality });
  await page.getByLabel('Agenda').selectOption({ label: agenda });
  if (kind) await page.getByLabel('Druh').selectOption({ label: kind });
  if (urgency) await page.getByLabel('Naléhavost').selectOption({ label: urgency });
  await page.getByLabel('Předmět').fill(subject);
  await page.getByLabel('Popis').fill(description);
  if (citizen) {
    await page.getByLabel('Jméno a příjmení').fill(citizen.name);
    await page.getByRole('textbox', { name: 'Telefon (nepovinné)' }).fill(citizen.phone);
  }
  if (receivedAt) await page.getByLabel('Přijato').fill(receivedAt);
}

async function submitRegistration(page) {
  await page.getByRole('button', { name: 'Zaevidovat' }).click();
  const flash = page.getByTestId('flash');
  await flash.waitFor();
  const number = (await flash.textContent()).match(/CSS-\d{4}-\d{6}/)[0];
  await page.getByRole('heading', { level: 1 }).filter({ hasText: number }).waitFor();
  return number;
}

/** Every visible form control has a label (or an accessible name of its own). */
async function assertEveryControlLabelled(page, where) {
  const unlabelled = await page.locator('input:not([type=hidden]), select, textarea').evaluateAll((controls) => controls
    .filter((control) => control.labels.length === 0 && !control.getAttribute('aria-label') && !control.getAttribute('aria-labelledby'))
    .map((control) => control.outerHTML));
  assert.deepEqual(unlabelled, [], `unlabelled controls on ${where}`);
}

function daysAgoLocal(days) {
  const when = new Date(Date.now() - days * 86_400_000);
  const prague = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Prague', dateStyle: 'short', timeStyle: 'short' }).format(when);
  return prague.replace(' ', 'T');
}

/** The mayor's dashboard's counts (the period, and the previous one as `<key>Previous`), once they hold still. */
async function mayorFigures(page) {
  const counts = ['received', 'resolvedByCss', 'routed', 'mayorNotInformed', 'waiting', 'offered', 'responses']
    .map((key) => `[data-testid=mayor-figures] tr[data-figure=${key}]`).join(', ');
  const read = () => page.locator(counts).evaluateAll((rows) => Object.fromEntries(
    rows.flatMap((row) => {
      const [current, previous] = [...row.querySelectorAll('td')].map((cell) => Number(cell.textContent));
      return [[row.dataset.figure, current], [`${row.dataset.figure}Previous`, previous]];
    })));
  await page.locator('[data-testid=mayor-figures] tr[data-figure=received] td').first().waitFor();
  let figures = await read();
  // The statistics projection follows the event stream: take the figures once two reads a second apart agree.
  for (let i = 0; i < 10; i++) {
    await page.waitForTimeout(1000);
    await page.reload();
    await page.locator('[data-testid=mayor-figures] tr[data-figure=received] td').first().waitFor();
    const again = await read();
    if (JSON.stringify(again) === JSON.stringify(figures)) return figures;
    figures = again;
  }
  throw new Error(`the mayor's figures never held still: ${JSON.stringify(figures)}`);
}

async function openMayorDashboard(page) {
  await page.goto(`${base}/#/`);
  await page.getByRole('navigation', { name: 'Hlavní nabídka' }).getByRole('link', { name: 'Starosta' }).click();
  await page.getByRole('heading', { name: /Přehled pro starostu/ }).waitFor();
}

/** Registers a request through the API with the signed-in user's session and CSRF token; answers its number. */
async function registerByApi({ context, page }, input) {
  const xsrf = (await context.cookies(base)).find((cookie) => cookie.name === 'XSRF-TOKEN').value;
  const response = await page.request.post(`${base}/graphql`, {
    headers: { 'Content-Type': 'application/json', 'X-XSRF-TOKEN': xsrf, 'X-Requested-With': 'XMLHttpRequest' },
    data: {
      query: 'mutation($input: RegisterRequestInput!) { registerRequest(input: $input) { request { registrationNumber } } }',
      variables: { input: { idempotencyKey: randomUUID(), ...input } },
    },
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data.registerRequest.request.registrationNumber;
}

const queueNumbers = (page) => page.locator('tr[data-number]').evaluateAll((rows) => rows.map((row) => row.dataset.number));

let staff, supervisor, mayor;
/** The mayor's figures before this run's work. */
let mayorBefore;
let faultNumber, routedNumber, otherMunicipalityNumber;

try {
  await step('an anonymous visitor gets the Czech login page and signs in as CSS staff', async () => {
    staff = await signIn('staff', { screenshot: 'login' });
    await staff.page.getByRole('heading', { name: 'Fronta podnětů' }).waitFor();
    assert.match(await staff.page.getByTestId('who').textContent(), /jana\.novakova.*pracovník CSS/);
  });

  await step('a second staff member watches the live queue', async () => {
    supervisor = await signIn('supervisor');
    await supervisor.page.getByRole('heading', { name: 'Fronta podnětů' }).waitFor();
    await supervisor.page.locator('[data-testid=live][data-state=connected]').waitFor();
    // Only this run's requests: the queue is newest received first, and the first one was received weeks ago.
    await supervisor.page.getByLabel('Hledat předmět nebo číslo').fill(run);
    await supervisor.page.getByTestId('queue-count').filter({ hasText: 'Nalezeno: 0' }).waitFor();
    await supervisor.page.evaluate(() => { window.__notReloaded = true; });
  });

  await step('the mayor of Ivančice notes the dashboard\'s figures before this run\'s work', async () => {
    mayor = await signIn('mayor');
    assert.match(await mayor.page.getByTestId('who').textContent(), /Ivančice.*starosta/);
    await openMayorDashboard(mayor.page);
    mayorBefore = await mayorFigures(mayor.page);
    console.log(`     before: ${JSON.stringify(mayorBefore)}`);
  });

  await step('the front office offers only the agendas the municipality agreed to', async () => {
    const { page } = staff;
    await page.getByRole('link', { name: 'Nový podnět' }).click();
    await page.getByRole('heading', { name: 'Nový podnět' }).waitFor();
    const agenda = page.getByLabel('Agenda');
    assert.equal(await agenda.isDisabled(), true, 'agenda waits for the municipality');
    await page.getByLabel('Obec').selectOption({ label: 'Biskoupky' });
    const offered = await agenda.locator('option').allTextContents();
    assert.deepEqual(offered.slice(1).sort(), ['Dotace', 'Hlášení poruch a havárií', 'Podněty k rozvoji regionu',
      'Pomoc s vyplněním žádostí', 'Poradenství v úředních záležitostech', 'Propagace akcí'].sort());
    assert.ok(!offered.includes('Veřejné zakázky'), 'Biskoupky did not agree to public procurement');
    await assertEveryControlLabelled(page, 'the front office');
  });

  await step('CSS staff registers a phoned-in fault report in well under a minute', async () => {
    const { page } = staff;
    const started = Date.now();
    await register(page, {
      channel: 'Telefon', municipality: 'Ivančice', agenda: 'Hlášení poruch a havárií', kind: 'Porucha nebo havárie',
      urgency: 'Vysoká', subject: `Nesvítí lampa u školy ${run}`,
      description: 'Pouliční lampa před ZŠ Ivančice nesvítí třetí den, děti chodí potmě.',
      citizen: { name: 'Marie Dvořáková', phone: '+420 601 234 567' },
      // Handed in 40 days ago (a letter found late): past its 30 days, so overdue.
      receivedAt: daysAgoLocal(40),
    });
    await shot(page, 'register', { fullPage: true });
    faultNumber = await submitRegistration(page);
    const seconds = (Date.now() - started) / 1000;
    console.log(`     registered ${faultNumber} in ${seconds.toFixed(1)} s (form opened to number shown)`);
    assert.ok(seconds < 60);
    assert.equal(await statusOf(page), 'RECEIVED');
  });

  await step('the new request appears in the other staff member\'s queue without a reload, marked urgent and overdue', async () => {
    const { page } = supervisor;
    const row = page.locator(`tr[data-number="${faultNumber}"]`);
    await row.waitFor({ timeout: 15_000 });
    assert.equal(await page.evaluate(() => window.__notReloaded), true, 'the page was not reloaded');
    await row.locator('[data-mark=urgent]').waitFor();
    await row.locator('[data-mark=overdue]').waitFor();
    await shot(page, 'queue-live');
  });

  await step('a received request offers resolving, routing and the rest, never closing', async () => {
    assert.deepEqual(await actionsOf(staff.page), ['resolve', 'route', 'withdraw', 'reclassify', 'assign', 'note']);
  });

  await step('a refused step is shown as a readable message', async () => {
    const { page } = staff;
    await act(page, 'Přidělit', 'RECEIVED');
    await page.getByTestId('assignee').filter({ hasText: 'jana.novakova' }).waitFor();
    await page.getByRole('button', { name: 'Přidělit', exact: true }).click();
    const form = page.getByRole('form', { name: 'Přidělit' });
    await form.getByRole('button', { name: 'Přidělit', exact: true }).click();
    const refusal = form.getByTestId('refusal');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /Tento krok teď nelze provést\..*already assigned to jana\.novakova/);
    await shot(page, 'refusal');
    await form.getByRole('button', { name: 'Zrušit' }).click();
  });

  await step('seed rule, path 1: the CSS resolves it, closing waits until the mayor is informed', async () => {
    const { page } = staff;
    await act(page, 'Vyřídit v CSS', 'RESOLVED_BY_CSS', (form) =>
      form.getByLabel('Jak bylo vyřízeno').fill('Technické služby vyměnily žárovku, lampa svítí.'));
    assert.deepEqual(await actionsOf(page), ['informMayor', 'notify', 'assign', 'note']);
    await act(page, 'Informovat starostu', 'MAYOR_INFORMED', async (form) => {
      assert.equal(await form.getByLabel('Starosta / starostka').inputValue(), 'Milan Buček');
      await form.getByLabel('Jak').selectOption({ label: 'E-mailem' });
    });
    assert.deepEqual(await actionsOf(page), ['notify', 'close', 'assign', 'note']);
    await act(page, 'Vyrozumět občana', 'MAYOR_INFORMED', (form) => form.getByLabel('Kanál').selectOption({ label: 'Telefonicky' }));
    await act(page, 'Uzavřít', 'CLOSED');
    const events = await page.locator('[data-testid=timeline] li').evaluateAll((items) => items.map((item) => item.dataset.event));
    assert.deepEqual(events, ['RequestRegisteredEvent', 'RequestAssignedEvent', 'RequestResolvedByCssEvent',
      'MayorInformedEvent', 'CitizenNotifiedEvent', 'RequestClosedEvent']);
    await shot(page, 'detail-closed', { fullPage: true });
  });

  await step('the action forms work with the keyboard alone', async () => {
    const { page } = staff;
    await page.getByRole('heading', { level: 1 }).focus();
    let focused = '';
    for (let i = 0; i < 60 && focused !== 'Přidat interní poznámku'; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
    }
    assert.equal(focused, 'Přidat interní poznámku');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'note', 'focus moves into the form');
    await page.keyboard.type('Občanka volala znovu a děkovala.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByTestId('action-done').filter({ hasText: 'Přidat interní poznámku' }).waitFor();
    await page.locator('[data-testid=timeline] li[data-event=InternalNoteAddedEvent]').waitFor();
  });

  await step('seed rule, path 2: routed to the municipality, which resolves it; then closed', async () => {
    const { page } = staff;
    await register(page, {
      channel: 'E-mail', municipality: 'Ivančice', agenda: 'Podněty k rozvoji regionu', kind: 'Podnět',
      subject: `Lavička v parku u řeky ${run}`, description: 'Navrhuji doplnit lavičky v parku u Jihlavy.',
      citizen: { name: 'Tomáš Král', phone: '+420 777 111 222' },
    });
    routedNumber = await submitRegistration(page);
    await act(page, 'Předat obci k vyřízení', 'ROUTED_TO_MUNICIPALITY', (form) =>
      form.getByLabel('Důvod').fill('Mobiliář parku spravuje město.'));
    assert.deepEqual(await actionsOf(page), ['documents', 'municipalityResolved', 'returned', 'withdraw', 'assign', 'note']);
    await act(page, 'Připravit podklady pro obec', 'ROUTED_TO_MUNICIPALITY', (form) =>
      form.getByLabel('Podklady').fill('Mapa parku s navrženými místy, fotografie.'));
    await shot(page, 'detail-routed', { fullPage: true });
    await act(page, 'Zaznamenat vyřízení obcí', 'RESOLVED_BY_MUNICIPALITY', (form) =>
      form.getByLabel('Výsledek').fill('Město objedná dvě lavičky na jaro.'));
    await act(page, 'Uzavřít', 'CLOSED');
    const events = await page.locator('[data-testid=timeline] li').evaluateAll((items) => items.map((item) => item.dataset.event));
    assert.deepEqual(events, ['RequestRegisteredEvent', 'RequestRoutedToMunicipalityEvent', 'SupportingDocumentsPreparedEvent',
      'MunicipalityResolvedRequestEvent', 'RequestClosedEvent']);
  });

  await step('a closed request offers the satisfaction survey with a one-time code and records an answer by phone', async () => {
    const { page } = staff;
    const survey = page.getByTestId('survey');
    await survey.getByText('Dotazník zatím nebyl nabídnut.').waitFor();
    const offerForm = page.getByRole('form', { name: 'Nabídnout dotazník' });
    await offerForm.getByLabel('Jak nabídnout').selectOption({ label: 'Telefon' });
    await offerForm.getByRole('button', { name: 'Nabídnout dotazník' }).click();
    const token = (await page.getByTestId('survey-token').textContent()).trim();
    assert.ok(token.length >= 6, `a one-time code, saw "${token}"`);
    await page.locator('[data-testid=survey-state][data-answered=false]').waitFor();
    const phoneForm = page.getByRole('form', { name: 'Zaznamenat odpověď z telefonu' });
    await phoneForm.getByLabel('Spokojenost (1–5)').selectOption('4');
    await phoneForm.getByLabel('Bylo vyřešeno?').selectOption({ label: 'ano' });
    await phoneForm.getByLabel('Komentář (nepovinné)').fill('Děkuji, lavičky se těším.');
    await phoneForm.getByRole('button', { name: 'Zaznamenat odpověď z telefonu' }).click();
    const state = page.locator('[data-testid=survey-state][data-answered=true]');
    await state.waitFor();
    assert.match(await state.textContent(), /spokojenost 4 z 5, vyřešeno: ano/);
    await assertEveryControlLabelled(page, 'the survey');
    await shot(page, 'survey', { fullPage: true });
  });

  await step('the citizen answers the survey on the public page with the code from the console, once, without signing in', async () => {
    const { page } = staff;
    await page.goto(`${base}/#/zadost/${faultNumber}`);
    await waitForStatus(page, 'CLOSED');
    const offerForm = page.getByRole('form', { name: 'Nabídnout dotazník' });
    await offerForm.getByLabel('Jak nabídnout').selectOption({ label: 'E-mail' });
    await offerForm.getByRole('button', { name: 'Nabídnout dotazník' }).click();
    const token = (await page.getByTestId('survey-token').textContent()).trim();
    await page.locator('[data-testid=survey-state][data-answered=false]').waitFor();

    // The citizen: a fresh browser, no account, no session; the link from the e-mail carries the code.
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'cs-CZ', timezoneId: 'Europe/Prague' });
    context.on('weberror', (error) => consoleErrors.push(`citizen: ${error.error()}`));
    context.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`citizen: ${message.text()} (${message.location().url})`);
    });
    const citizen = await context.newPage();
    citizen.setDefaultTimeout(20_000);
    current = citizen;
    const survey = `${base}/anketa?kod=${encodeURIComponent(token)}`;
    await citizen.goto(survey);
    await citizen.getByRole('heading', { name: 'Jak jsme vyřídili váš podnět?' }).waitFor();
    assert.equal(new URL(citizen.url()).pathname, '/anketa', 'no sign-in asked');
    assert.equal(await citizen.getByLabel('Kód z dopisu nebo e-mailu').inputValue(), token, 'the code comes with the link');
    await assertEveryControlLabelled(citizen, 'the public survey');
    await citizen.getByRole('radio', { name: '3', exact: true }).check();
    await citizen.getByRole('radio', { name: 'částečně' }).check();
    await citizen.getByLabel('Chcete nám něco vzkázat?').fill('Lampa svítí, ale trvalo to týden.');
    await shot(citizen, 'survey-public', { fullPage: true });
    await citizen.getByRole('button', { name: 'Odeslat hodnocení' }).click();
    const thanks = citizen.getByTestId('survey-thanks');
    await thanks.waitFor();
    assert.match(await thanks.textContent(), /Děkujeme, vaše hodnocení jsme zaznamenali\./);

    await page.reload();
    const state = page.locator('[data-testid=survey-state][data-answered=true]');
    await state.waitFor();
    assert.match(await state.textContent(), /spokojenost 3 z 5, vyřešeno: částečně/);
    await page.locator('[data-testid=timeline] li[data-event=SatisfactionRecordedEvent]').waitFor();

    // The same code a second time: refused in words, in Czech and in English.
    await citizen.goto(survey);
    await citizen.getByRole('radio', { name: '5 – velmi spokojen(a)' }).check();
    await citizen.getByRole('radio', { name: 'ano' }).check();
    await citizen.getByRole('button', { name: 'Odeslat hodnocení' }).click();
    const refusal = citizen.locator('[data-testid=survey-refusal][data-refusal=used]');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /Tento kód už byl použit\. Na každý dotazník lze odpovědět jen jednou\./);
    await shot(citizen, 'survey-public-refused', { fullPage: true });
    await citizen.getByRole('button', { name: 'Switch to English' }).click();
    await citizen.getByText('This code has already been used. Each survey takes one answer only.').waitFor();
    await citizen.getByRole('button', { name: 'Přepnout do češtiny' }).click();

    // The page is public; the console is not.
    await citizen.goto(`${base}/`);
    await citizen.waitForURL(/\/login/);
    await context.close();
    current = page;
  });

  await step('a mayor sees their own municipality\'s requests, read-only, without personal data', async () => {
    const { page } = staff;
    await register(page, {
      channel: 'Osobně', municipality: 'Oslavany', agenda: 'Dotace', subject: `Dotace na kotel ${run}`,
      description: 'Mohu žádat o kotlíkovou dotaci?',
    });
    otherMunicipalityNumber = await submitRegistration(page);

    const mayorPage = mayor.page;
    current = mayorPage;
    await mayorPage.getByRole('navigation', { name: 'Hlavní nabídka' }).getByRole('link', { name: 'Fronta' }).click();
    await mayorPage.getByRole('heading', { name: 'Fronta podnětů' }).waitFor();
    await mayorPage.getByLabel('Hledat předmět nebo číslo').fill(run);
    await mayorPage.getByTestId('queue-count').filter({ hasText: 'Nalezeno: 2' }).waitFor();
    const numbers = await mayorPage.locator('tr[data-number]').evaluateAll((rows) => rows.map((row) => row.dataset.number));
    assert.deepEqual(numbers.sort(), [faultNumber, routedNumber].sort());
    await mayorPage.getByRole('link', { name: routedNumber }).click();
    await waitForStatus(mayorPage, 'CLOSED');
    await mayorPage.getByText('Vaše role podnět jen čte.').waitFor();
    assert.equal(await mayorPage.locator('[data-action]').count(), 0);
    await mayorPage.getByText('Osobní údaje občana vidí jen pracovníci CSS a auditoři.').waitFor();
  });

  await step('a mayor cannot open another municipality\'s request', async () => {
    const { page } = mayor;
    await page.goto(`${base}/#/zadost/${otherMunicipalityNumber}`);
    const refusal = page.getByTestId('refusal');
    await refusal.waitFor();
    assert.match(await refusal.textContent(), /K tomu nemáte oprávnění\..*may see municipality 583120 only, not 583588/);
    assert.equal(await page.locator('.state-line').count(), 0, 'nothing of the request is shown');
    await shot(page, 'mayor-forbidden');
  });

  await step('the overview charts the queue by state with the figures beside it and a CSV download', async () => {
    const { page } = staff;
    await page.getByRole('link', { name: 'Přehled' }).click();
    await page.getByRole('heading', { name: 'Přehled fronty' }).waitFor();
    await page.locator('canvas').waitFor();
    const closed = Number(await page.locator('tr[data-key=CLOSED] td').textContent());
    assert.ok(closed >= 2, `at least the two closed here, saw ${closed}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Stáhnout CSV' }).click()]);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    const lines = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    assert.equal(lines[0], 'Stav,key,Počet');
    assert.ok(lines.includes(`Uzavřeno,CLOSED,${closed}`), lines.join(' | '));
    await shot(page, 'overview');
  });

  await step('the mayor\'s dashboard shows this run\'s work: the figures moved by exactly what was done', async () => {
    const { page } = mayor;
    current = page;
    await openMayorDashboard(page);
    const figure = (key) => page.locator(`[data-testid=mayor-figures] tr[data-figure=${key}] td`).first();
    // Both surveys' answers come last in their requests' streams: once both are counted, so is the rest.
    for (let i = 0; ; i++) {
      await figure('responses').waitFor();
      if (Number(await figure('responses').textContent()) >= mayorBefore.responses + 2) break;
      assert.ok(i < 40, 'the two answers (by phone, on the public page) reach the mayor\'s figures');
      await page.waitForTimeout(500);
      await page.reload();
    }
    const after = await mayorFigures(page);
    console.log(`     after:  ${JSON.stringify(after)}`);
    const moved = Object.fromEntries(Object.keys(mayorBefore).map((key) => [key, after[key] - mayorBefore[key]]));
    assert.deepEqual(moved, {
      // Ivančice: the park bench (received now), and the lamp (received 40 days ago: the previous period).
      received: 1, receivedPrevious: 1,
      // "Of those received": the lamp, resolved by the CSS, counts with its receipt, in the previous period.
      resolvedByCss: 0, resolvedByCssPrevious: 1,
      routed: 1, routedPrevious: 0,
      // The lamp's mayor was informed and the bench's municipality answered: no backlog left behind.
      mayorNotInformed: 0, mayorNotInformedPrevious: 0,
      waiting: 0, waitingPrevious: 0,
      // Both surveys were offered today and answered (by phone, and by the citizen on the public page).
      offered: 2, offeredPrevious: 0,
      responses: 2, responsesPrevious: 0,
    });
    await page.locator('canvas').waitFor();
    assert.ok(Number(await page.locator('.chart-with-figures tr[data-key=CLOSED] td').textContent()) >= 0);
    const csv = await page.getByTestId('mayor-csv').getAttribute('href');
    assert.match(csv, /^\/export\/mayor-statistics\.csv\?municipalityCode=583120&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d$/);
    const response = await page.request.get(`${base}${csv}`);
    assert.equal(response.status(), 200);
    assert.match(await response.text(), /\d/);
    await assertEveryControlLabelled(page, 'the mayor\'s dashboard');
    await shot(page, 'mayor-dashboard', { fullPage: true });
  });

  await step('an auditor sees a request\'s history from the event store and a verified ledger', async () => {
    const auditor = await signIn('auditor');
    const { page } = auditor;
    await page.goto(`${base}/#/zadost/${routedNumber}`);
    await waitForStatus(page, 'CLOSED');
    await page.getByRole('link', { name: 'Audit a historie v knize událostí' }).click();
    await page.getByRole('heading', { name: `Audit podnětu ${routedNumber}` }).waitFor();
    await page.locator('[data-testid=history] tr[data-event=RequestClosedEvent]').waitFor();
    const events = await page.locator('[data-testid=history] tbody tr').evaluateAll((rows) => rows.map((row) => row.dataset.event));
    assert.equal(events[0], 'RequestRegisteredEvent');
    assert.ok(events.includes('RequestRoutedToMunicipalityEvent'), events.join(', '));
    const ledger = page.locator('[data-testid=ledger][data-verified=true]');
    await ledger.waitFor({ timeout: 60_000 });
    assert.match(await ledger.textContent(), /Kniha je neporušená/);
    assert.equal(await page.getByRole('button', { name: 'Přehrát projekce znovu' }).count(), 0, 'only a supervisor replays');
    await shot(page, 'audit', { fullPage: true });
    await auditor.context.close();
  });

  await step('a supervisor sees the projections with their progress bars', async () => {
    const { page } = supervisor;
    await page.goto(`${base}/#/audit/${routedNumber}`);
    await page.getByRole('heading', { name: `Audit podnětu ${routedNumber}` }).waitFor();
    await page.locator('[data-testid=projections] li[data-group=requests] progress').waitFor();
    await page.getByRole('button', { name: 'Přehrát projekce znovu' }).waitFor();
  });

  await step('an analyst lands on the monthly satisfaction trends with the figures and a CSV link', async () => {
    const analyst = await signIn('analyst');
    const { page } = analyst;
    await page.getByRole('heading', { name: 'Trendy spokojenosti' }).waitFor();
    const month = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Prague' }).format(new Date()).slice(0, 7);
    const row = page.locator(`[data-testid=trend-figures] tr[data-month="${month}"] td`);
    await row.first().waitFor();
    assert.ok(Number(await row.nth(1).textContent()) >= 1, 'this month has this run\'s answer');
    await page.locator('canvas').waitFor();
    const csv = await page.getByTestId('trends-csv').getAttribute('href');
    const response = await page.request.get(`${base}${csv}`);
    assert.equal(response.status(), 200);
    assert.ok((await response.text()).includes(month), 'the CSV has this month');
    await assertEveryControlLabelled(page, 'the trends');
    await shot(page, 'trends', { fullPage: true });
    await analyst.context.close();
  });

  await step('the console switches to English and back', async () => {
    const { page } = staff;
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('heading', { name: 'Queue overview' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.goto(`${base}/#/zadost/${routedNumber}`);
    await page.getByRole('heading', { name: 'History' }).waitFor();
    await page.locator('.state-line').getByText('Closed').waitFor();
    await shot(page, 'detail-english', { fullPage: true });
    await page.getByRole('button', { name: 'Přepnout do češtiny' }).click();
    await page.getByRole('heading', { name: 'Historie' }).waitFor();
  });

  await step('the queue lists this run\'s requests in their states, every control labelled', async () => {
    const { page } = staff;
    await page.getByRole('link', { name: 'Fronta', exact: true }).click();
    await page.getByRole('heading', { name: 'Fronta podnětů' }).waitFor();
    await page.getByLabel('Hledat předmět nebo číslo').fill(run);
    await page.getByTestId('queue-count').filter({ hasText: 'Nalezeno: 3' }).waitFor();
    const states = await page.locator('tr[data-number] [data-status]').evaluateAll((badges) => badges.map((badge) => badge.dataset.status));
    assert.deepEqual(states, ['RECEIVED', 'CLOSED', 'CLOSED']);
    await assertEveryControlLabelled(page, 'the queue');
    await shot(page, 'queue');
    await page.getByRole('button', { name: 'Zrušit filtry' }).click();
  });

  await step('the queue narrows by state and by municipality, and pages through a longer list', async () => {
    const { page } = staff;
    // The figure and the rows belong to the filters last chosen only once the queue stopped fetching:
    // until then it shows the previous answer.
    const count = (n) => page.locator('section[aria-busy="false"]').getByTestId('queue-count')
      .filter({ hasText: `Nalezeno: ${n}` }).waitFor();
    await page.getByLabel('Hledat předmět nebo číslo').fill(run);
    await count(3);
    await page.getByLabel('Stav').selectOption({ label: 'Uzavřeno' });
    await count(2);
    assert.deepEqual((await queueNumbers(page)).sort(), [faultNumber, routedNumber].sort());
    await page.getByLabel('Stav').selectOption({ label: 'Rozpracované' });
    await count(1);
    assert.deepEqual(await queueNumbers(page), [otherMunicipalityNumber]);
    await page.getByLabel('Stav').selectOption({ label: 'Všechny stavy' });
    await page.getByLabel('Obec').selectOption({ label: 'Oslavany' });
    await count(1);
    assert.deepEqual(await queueNumbers(page), [otherMunicipalityNumber]);
    await page.getByLabel('Obec').selectOption({ label: 'Ivančice' });
    await count(2);
    assert.deepEqual((await queueNumbers(page)).sort(), [faultNumber, routedNumber].sort());

    // Twelve more requests for Biskoupky, with a search word of their own, make two pages of ten.
    const batch = `str${run}`.split('').reverse().join('');
    const registered = [];
    for (let i = 1; i <= 12; i++) {
      registered.push(await registerByApi(staff, {
        municipalityCode: '582832', agendaCode: 'PORADENSTVI', kind: 'INFORMATION_REQUEST', channel: 'WEB_FORM',
        subject: `Dotaz na úřední hodiny ${batch} ${i}`, description: 'Kdy má obecní úřad otevřeno?',
      }));
    }
    await page.getByLabel('Obec').selectOption({ label: 'Biskoupky' });
    await page.getByLabel('Hledat předmět nebo číslo').fill(batch);
    // The search applies 300 ms after typing and starts again from page 1; Biskoupky alone may also count
    // twelve, so wait until the search is the queue's filter before paging.
    await page.waitForFunction((text) => (sessionStorage.getItem('ledger.queue.filters') ?? '').includes(text), batch);
    await page.getByLabel('Na stránku').selectOption('10');
    await count(12);
    const pager = page.locator('nav.pager');
    await pager.getByText('Stránka 1').waitFor();
    assert.equal(await pager.getByRole('button', { name: 'Předchozí stránka' }).isDisabled(), true);
    const first = await queueNumbers(page);
    assert.equal(first.length, 10);
    await pager.getByRole('button', { name: 'Další stránka' }).click();
    await pager.getByText('Stránka 2').waitFor();
    await page.locator('tr[data-number]').nth(2).waitFor({ state: 'detached' });
    const second = await queueNumbers(page);
    assert.equal(second.length, 2);
    assert.equal(await pager.getByRole('button', { name: 'Další stránka' }).isDisabled(), true, 'no third page');
    assert.deepEqual([...first, ...second].sort(), [...registered].sort(), 'each request on exactly one page');
    // Newest received first, across the pages.
    assert.deepEqual([...first, ...second], [...registered].reverse());
    await shot(page, 'queue-page-2');
    await pager.getByRole('button', { name: 'Předchozí stránka' }).click();
    await pager.getByText('Stránka 1').waitFor();
    await page.locator('tr[data-number]').nth(9).waitFor();
    assert.deepEqual(await queueNumbers(page), first);
    await page.getByLabel('Na stránku').selectOption('20');
    await page.getByRole('button', { name: 'Zrušit filtry' }).click();
  });

  await step('a narrow screen shows the queue and a request in one column, without sideways scrolling', async () => {
    const page = await staff.context.newPage();
    current = page;
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${base}/#/`);
    await page.getByRole('heading', { name: 'Fronta podnětů' }).waitFor();
    await page.locator('tr[data-number]').first().waitFor();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.equal(await overflow(), 0, 'the queue does not scroll sideways');
    await shot(page, 'queue-narrow', { fullPage: true });
    await page.goto(`${base}/#/zadost/${routedNumber}`);
    await waitForStatus(page, 'CLOSED');
    assert.equal(await overflow(), 0, 'the request does not scroll sideways');
    await page.close();
    current = staff.page;
  });

  await step('GraphiQL comes from the application\'s own assets and answers a query', async () => {
    const page = await staff.context.newPage();
    current = page;
    const foreign = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(base) && !request.url().startsWith(base.replace(/^http/, 'ws')) && !request.url().startsWith('blob:')
        && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    await page.goto(`${base}/graphiql`);
    await page.locator('.graphiql-container').waitFor();
    await page.locator('.monaco-editor').first().waitFor();
    await page.locator('.graphiql-execute-button').click();
    await page.locator('.graphiql-response').filter({ hasText: 'totalCount' }).waitFor();
    // The schema (from the application's schema printer) feeds the documentation explorer.
    await page.getByRole('button', { name: /Documentation Explorer/ }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().waitFor();
    await shot(page, 'graphiql');
    assert.deepEqual(foreign, [], 'no request leaves the application');
    await page.close();
    current = staff.page;
  });

  await step('a supervisor replays the projections and watches them catch up', async () => {
    const { page } = supervisor;
    await page.goto(`${base}/#/audit/${routedNumber}`);
    await page.getByRole('button', { name: 'Přehrát projekce znovu' }).click();
    const started = page.getByTestId('replay-started');
    await started.waitFor();
    assert.match(await started.textContent(), /requests/);
    await page.locator('[data-testid=projections] li[data-group=requests][data-replaying=false][data-percent="100"] progress')
      .waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Přehrát projekce znovu', disabled: false }).waitFor({ timeout: 60_000 });
    await shot(page, 'replay', { fullPage: true });
  });

  await step('no page logged a script error or a Content-Security-Policy violation', async () => {
    assert.deepEqual(consoleErrors, []);
  });

  await step('signing out returns to the login page', async () => {
    const { page } = staff;
    await page.getByRole('button', { name: 'Odhlásit' }).click();
    await page.waitForURL(/\/login\?logout/);
    await page.getByText('Byli jste odhlášeni.').waitFor();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login/);
  });
} catch {
  // The failing step has reported itself.
} finally {
  await browser.close();
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
}
