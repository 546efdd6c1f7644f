import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@waardenpoort/config';
import { createApp } from '@waardenpoort/api';
import type { RunningWorker } from '@waardenpoort/worker';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import request from 'supertest';
import { parse, stringify } from 'yaml';
import { answer, LOW_RISK, TEST_POLICY_FILE } from '../support/answers';
import { ownDatabase, startTestWorker, testConfig } from '../support/harness';
import { PEOPLE, ProjectApi } from '../support/project-api';
import { freePort, launchBrowser, Tab, type AxeViolation } from './support/browser';
import { ensureChromium } from './support/chromium';
import { PAGE_LANGUAGES, pageTexts } from './support/texts';

const chromiumPath = ensureChromium();
const describeInBrowser = chromiumPath ? describe : describe.skip;

/**
 * Activating a draft policy from the dashboard (issue 20) in Chromium: under the draft's what-if the CIO office
 * chooses what happens to the running projects (with how many each choice selects), gives a reason, confirms, and
 * follows the delivery on the activation's page until it is done; a version that is not newer is refused in the
 * page with the reason kept. The auditor reads the activations but has no form. Every state passes axe-core. A
 * database of its own: an activation changes the policy in force for everything that shares the database. All of it
 * in Dutch and again in English, with no text of the other language on any page.
 */
describeInBrowser.each(PAGE_LANGUAGES)('policy activation in the browser (%s)', (language) => {
  const { say, t } = pageTexts(language);
  /** The part of a text before its first placeholder: what a test can look for when the numbers may vary. */
  const lead = (key: Parameters<typeof t>[0], params: Record<string, string>): string =>
    t(key, params).split('\u0000')[0];
  const draftTitle = language === 'en' ? 'Test policy version 2 (draft)' : 'Testbeleid versie 2 (concept)';
  const affected = say('Alleen projecten waarvan de route verandert');
  let app: NestExpressApplication;
  let worker: RunningWorker;
  let base: string;
  let dropOwn: () => Promise<void>;
  let config: AppConfig;
  let browser: { context: BrowserContext; profile: string };
  const tabs: Tab[] = [];
  const ids: Record<string, string> = {};
  let activationPath = '';

  beforeAll(async () => {
    const own = await ownDatabase(`activation_ui_${language}`);
    dropOwn = own.drop;
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    config = testConfig({ PUBLIC_URL: base, DATABASE_URL: own.url });
    worker = await startTestWorker(config);
    app = await createApp(config, { logger: false });
    await app.listen(port, '127.0.0.1');
    browser = await launchBrowser(chromiumPath as string);
    // Two running projects whose commission reflection rests on "new technology" alone (one on hold), one whose
    // route stays, one without a quick-scan, and a withdrawn one that no choice may count.
    const api = new ProjectApi(app);
    const scanned = async (department: string, title: string, answers: object) => {
      const id = await api.register(department, title);
      expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers })).status).toBe(200);
      return id;
    };
    const newTechnology = answer({ 'new-technology': true });
    ids.newTech = await scanned('Stadsbeheer', 'Digitale tweeling', newTechnology);
    ids.parking = await scanned('Mobiliteit', 'Parkeersensoren', LOW_RISK);
    ids.fresh = await api.register('Mobiliteit', 'Nog niet gescand');
    ids.held = await scanned('Stadsbeheer', 'Gepauzeerde tweeling', newTechnology);
    expect((await api.post(ids.held, 'hold', PEOPLE.owner, { reason: 'Even wachten.' })).status).toBe(200);
    ids.withdrawn = await scanned('Stadsbeheer', 'Ingetrokken tweeling', newTechnology);
    expect((await api.post(ids.withdrawn, 'withdraw', PEOPLE.owner, { reason: 'Gaat niet door.' })).status).toBe(200);
    await request(app.getHttpServer()).get('/health').expect(200);
  }, 180_000);

  afterAll(async () => {
    await browser?.context.close();
    await app?.close();
    await worker?.shutdown();
    if (browser?.profile) rmSync(browser.profile, { recursive: true, force: true });
    await dropOwn?.();
  });

  afterEach(async () => {
    const open = tabs.splice(0);
    for (const tab of open) await tab.close();
    for (const tab of open) expect(tab.errors).toEqual([]);
  });

  const open = async (): Promise<Tab> => {
    const tab = await Tab.open(browser.context, base, language);
    tabs.push(tab);
    return tab;
  };
  const accessible = async (tab: Tab, page: string): Promise<void> => {
    const violations: AxeViolation[] = await tab.axe();
    expect({ page, violations }).toEqual({ page, violations: [] });
    expect({ page, language, foreign: await tab.foreignTexts() }).toEqual({ page, language, foreign: [] });
  };
  /** The test policy as version 2, without the local criterion "new technology counts on its own". */
  const draftFile = () => {
    const doc = parse(readFileSync(TEST_POLICY_FILE, 'utf8')) as Record<string, any>;
    doc.version = 2;
    doc.title.nl = 'Testbeleid versie 2 (concept)';
    doc.title.en = 'Test policy version 2 (draft)';
    doc.rules = doc.rules.filter((r: { id: string }) => r.id !== 'ec-new-technology');
    return { name: 'concept.v2.yaml', mimeType: 'application/yaml', buffer: Buffer.from(stringify(doc)) };
  };
  /** Signs the CIO office in and runs the what-if of the draft; the activation form is under it. */
  const whatIfOfDraft = async (): Promise<Tab> => {
    const cio = await open();
    await cio.signIn(/^Carla Visser/);
    await cio.follow(cio.page.getByRole('link', { name: say('Wat als (beleid)') }));
    const form = cio.page.locator('form[aria-labelledby="concept-kiezen"]');
    await form.getByLabel(say('Conceptbeleid (YAML of JSON)')).setInputFiles(draftFile());
    await form.getByRole('button', { name: say('Doorrekenen') }).click();
    await cio.page.getByRole('heading', { level: 2, name: say('Activeren') }).waitFor();
    return cio;
  };

  it('lets the CIO office activate the draft for the projects whose route changes, and follows the delivery', async () => {
    const cio = await whatIfOfDraft();
    const activation = cio.page.locator('form[aria-labelledby="activeren-kop"]');
    const group = activation.getByRole('group', { name: say('Wat gebeurt er met de lopende projecten?') });
    // The default moves nobody; each choice says how many running projects it selects (the withdrawn one never).
    expect(await group.getByLabel(say('Niemand verplaatsen (blijft op eigen versie)')).isChecked()).toBe(true);
    expect(await group.textContent()).toContain(t('policy.activationForm.meaningNone', { version: 2 }));
    expect(await group.textContent()).toContain(
      t('policy.activationForm.meaningAffected', { version: 2, count: 2, n: '2' }),
    );
    expect(await group.textContent()).toContain(
      t('policy.activationForm.meaningAll', { version: 2, count: 4, n: '4' }),
    );
    await accessible(cio, 'activeren (formulier)');

    // Without a reason it goes no further.
    await group.getByLabel(affected).check();
    await activation.getByRole('button', { name: say('Controleren') }).click();
    await activation.getByRole('alert').getByText(say('Geef een reden voor deze activering.')).waitFor();

    const reason = 'Nieuwe techniek alleen telt niet meer: de commissie kijkt naar wat mensen raakt.';
    await activation.getByLabel(t('policy.shared.reason')).fill(reason);
    await activation.getByRole('button', { name: say('Controleren') }).click();
    const confirmHeading = t('policy.activationForm.confirmHeading');
    const confirm = cio.page.getByRole('heading', { level: 3, name: confirmHeading });
    await confirm.waitFor();
    const confirmation = cio.page.locator('.wp-activation__confirm');
    expect(await confirmation.textContent()).toContain(
      t('policy.activationForm.confirmMoved', {
        version: 2,
        title: draftTitle,
        count: 2,
        n: '2',
        choice: affected.toLowerCase(),
      }),
    );
    expect(await cio.page.evaluate<string>('document.activeElement?.textContent ?? ""')).toBe(confirmHeading);
    await accessible(cio, 'activeren (bevestigen)');

    // No worker for a moment: the requests wait, and the page shows them pending until a worker delivers them.
    await worker.shutdown();
    await cio.follow(cio.page.getByRole('button', { name: t('policy.activationForm.activate', { version: 2 }) }));
    await cio.page
      .getByRole('heading', { level: 1, name: t('policy.activations.detailTitle', { version: 2 }) })
      .waitFor();
    activationPath = new URL(cio.page.url()).pathname;
    expect(activationPath).toMatch(/^\/beleid\/activaties\/[0-9a-f-]{36}$/);
    await cio.page
      .locator('#app')
      .getByText(t('policy.activationForm.activated', { version: 2 }))
      .waitFor();
    const status = cio.page.locator('.wp-activation__delivery[role="status"]');
    expect(await status.textContent()).toBe(
      t('policy.activations.deliveryBusy', { requested: '0', refused: '0', failed: '0', pending: '2' }),
    );
    const selected = t('policy.activations.selectedCaption');
    const pending = cio.page.getByRole('table', { name: selected }).getByRole('row');
    expect(await pending.filter({ hasText: 'Digitale tweeling' }).first().getByRole('cell').nth(2).textContent()).toBe(
      say('in afwachting'),
    );
    await accessible(cio, 'activering (bezig)');
    // The page asks again by itself, without a reload, until every request is answered.
    worker = await startTestWorker(config);
    const done = lead('policy.activations.deliveryDone', { requested: '\u0000', refused: '', failed: '', pending: '' });
    await cio.page.getByRole('status').filter({ hasText: done }).waitFor({ timeout: 60_000 });
    const rows = cio.page.getByRole('table', { name: selected }).getByRole('row');
    const twin = rows.filter({ hasText: 'Digitale tweeling' }).filter({ hasNotText: 'Gepauzeerde' });
    expect(await twin.getByRole('cell').nth(2).textContent()).toBe(say('gevraagd'));
    expect(await twin.getByRole('link', { name: 'Digitale tweeling' }).getAttribute('href')).toBe(
      `/projecten/${ids.newTech}`,
    );
    const held = rows.filter({ hasText: 'Gepauzeerde tweeling' });
    expect(await held.getByRole('cell').nth(2).textContent()).toBe(
      `${say('geweigerd')} (${say('project gepauzeerd')})`,
    );
    expect(await rows.filter({ hasText: 'Parkeersensoren' }).count()).toBe(0);
    const facts = await cio.page.locator('dl').first().textContent();
    expect(facts).toContain('Carla');
    expect(facts).toContain(affected);
    expect(facts).toContain(reason);
    await cio.page.getByRole('button', { name: say('Alle projecten als CSV') }).waitFor();
    await accessible(cio, 'activering');
    await cio.quiet();
    await cio.screenshot('beleid-activatie', tmpdir());
  }, 180_000);

  it('refuses a version that is not newer in the page, keeping the reason', async () => {
    const cio = await whatIfOfDraft();
    const activation = cio.page.locator('form[aria-labelledby="activeren-kop"]');
    await activation.getByLabel(affected).check();
    const reason = 'Nog een keer, per ongeluk.';
    await activation.getByLabel(t('policy.shared.reason')).fill(reason);
    await activation.getByRole('button', { name: say('Controleren') }).click();
    await cio.page.getByRole('button', { name: t('policy.activationForm.activate', { version: 2 }) }).click();
    const problem = activation.getByRole('alert');
    await problem.getByText(t('policy.activationForm.notNewer', { version: 2 })).waitFor();
    expect(await activation.isVisible()).toBe(true);
    expect(await activation.getByLabel(t('policy.shared.reason')).inputValue()).toBe(reason);
    expect(await activation.getByLabel(affected).isChecked()).toBe(true);
    await accessible(cio, 'activeren (geweigerd)');
    // The browser reports the API's 409; that one is expected.
    expect(cio.errors.splice(0)).toEqual([expect.stringContaining('409 (Conflict)')]);
  }, 120_000);

  it('shows the auditor the activations, but no form to activate', async () => {
    const auditor = await open();
    await auditor.signIn(/^Ad Kok/);
    expect(await auditor.page.getByRole('link', { name: say('Wat als (beleid)') }).count()).toBe(0);
    await auditor.follow(auditor.page.getByRole('link', { name: say('Activeringen (beleid)') }));
    await auditor.page.getByRole('heading', { level: 1, name: say('Beleidsactiveringen') }).waitFor();
    const versionTwo = t('policy.activations.versionLink', { version: 2 });
    const row = auditor.page
      .getByRole('table', { name: t('policy.activations.caption', { page: 1, pages: 1 }) })
      .getByRole('row', { name: versionTwo });
    expect(await row.textContent()).toContain(affected);
    expect(await auditor.page.getByRole('link', { name: say('Wat als (beleid)') }).count()).toBe(0);
    expect(await auditor.page.locator('#app form').count()).toBe(0);
    await accessible(auditor, 'activeringen (auditor)');
    await auditor.follow(row.getByRole('link', { name: versionTwo }));
    expect(new URL(auditor.page.url()).pathname).toBe(activationPath);
    await auditor.page
      .getByRole('heading', { level: 1, name: t('policy.activations.detailTitle', { version: 2 }) })
      .waitFor();
    expect(await auditor.page.locator('#app form').count()).toBe(0);
    expect(await auditor.page.getByRole('button', { name: new RegExp(say('Activeren'), 'i') }).count()).toBe(0);

    // The case owner has neither page in the menu, and the API refuses the list.
    const owner = await open();
    await owner.signIn(/^Anna Jansen/);
    expect(await owner.page.getByRole('link', { name: say('Activeringen (beleid)') }).count()).toBe(0);
    await owner.go('/beleid/activaties');
    await owner.page.getByRole('heading', { level: 1, name: say('Geen toegang') }).waitFor();
    expect(owner.errors.splice(0)).toEqual([expect.stringContaining('403 (Forbidden)')]);
  }, 120_000);
});
