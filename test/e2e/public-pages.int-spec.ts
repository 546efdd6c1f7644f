import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '@waardenpoort/api';
import type { AppConfig } from '@waardenpoort/config';
import { REGISTER_STANDARDS } from '@waardenpoort/domain';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import type { BrowserContext } from 'playwright-core';
import { answer, LOW_RISK } from '../support/answers';
import { eventually, startTestWorker, peopleBackToDutch, testConfig } from '../support/harness';
import { PEOPLE, ProjectApi } from '../support/project-api';
import { freePort, launchBrowser, Tab } from './support/browser';
import { PAGE_LANGUAGES, pageTexts } from './support/texts';
import { ensureChromium } from './support/chromium';

const chromiumPath = ensureChromium();
const describeInBrowser = chromiumPath ? describe : describe.skip;

/**
 * The public pages (issue 18) in Chromium, never signed in: the overview, the published reflections with search and
 * their Atom feed announced in the head, and one reflection with the decision that followed. axe-core (WCAG 2.1
 * A/AA and best practices) on each; no console error, no CSP violation. All of it in Dutch and again in English, the
 * visitor's choice (`?lang=`): no page shows a text of the other language.
 */
describeInBrowser.each(PAGE_LANGUAGES)('public pages in the browser (%s)', (language) => {
  const { say, t } = pageTexts(language);
  /** A sensor register field's label in the page's language, from the one register definition. */
  const sensorLabel = (name: string): string =>
    REGISTER_STANDARDS.sensor.fields.find((f) => f.name === name)?.label[language] ?? name;
  const run = randomUUID().slice(0, 6);
  const title = `Slimme lantaarnpalen ${run}`;
  // This suite's own sensor register entries, by name: other suites of the same run publish entries too.
  const cameras = `Camera’s op het Stationsplein ${run}`;
  const airSensors = `Luchtmeters Roombeek ${run}`;
  let config: AppConfig;
  let app: NestExpressApplication;
  let worker: RunningWorker;
  let base: string;
  let shotDir: string;
  let browser: { context: BrowserContext; profile: string };
  let publicId = '';
  const tabs: Tab[] = [];

  beforeAll(async () => {
    shotDir = mkdtempSync(join(tmpdir(), 'waardenpoort-e2e-public-'));
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    config = testConfig({ PUBLIC_URL: base });
    worker = await startTestWorker(config);
    app = await createApp(config, { logger: false });
    await app.listen(port, '127.0.0.1');
    browser = await launchBrowser(chromiumPath as string);

    // A reflection recorded, decided (no council information needed) and released, over the API.
    const api = new ProjectApi(app);
    const id = await api.register(`Openbare ruimte ${run}`, title);
    expect((await api.post(id, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    expect(
      (await api.post(id, 'commission/request', PEOPLE.owner, { reason: 'Graag een blik van buiten.' })).status,
    ).toBe(200);
    const meetingDate = new Date(Date.now() + 1000).toISOString();
    expect((await api.post(id, 'commission/agenda', PEOPLE.secretary, { meetingDate })).status).toBe(200);
    await eventually(
      async () => {
        const p = await api.get(id);
        return api.gate(p, 'commission-reflection').step === 'record-reflection' ? p : undefined;
      },
      20_000,
      'the reflection step',
    );
    const reflection = {
      summary: 'De commissie ziet meerwaarde, mits de sensoren geen personen herkennen.',
      recommendations: ['Publiceer welke gegevens de palen meten', 'Evalueer na een jaar met bewoners'],
      publish: true,
    };
    expect((await api.post(id, 'commission/reflection', PEOPLE.secretary, reflection)).status).toBe(200);
    const decision = {
      outcome: 'approved',
      rationale: 'Intern: begroting past.',
      adviceResponses: [{ adviceId: 'commission-reflection-0', response: 'follow', explanation: '' }],
    };
    expect((await api.post(id, 'decision', PEOPLE.alderman, decision)).status).toBe(200);
    const released = await api.post(id, 'reflection/publication', PEOPLE.secretary, {
      question: 'Mogen lantaarnpalen met sensoren het aantal voorbijgangers tellen?',
      publicSummary: 'De gemeente wil weten hoe druk straten zijn, zonder mensen te volgen.',
    });
    expect(released.status).toBe(200);
    const page = await request(app.getHttpServer()).get('/api/v1/public/reflections').query({ q: run }).expect(200);
    publicId = page.body.items[0].id;

    // A counting-sensor project with a rule-based algorithm, published in both registers by the CIO office.
    const counting = await api.register(`Verkeer ${run}`, `Fietstellers ${run}`);
    const answers = answer({ 'public-space-sensors': true, 'algorithm-type': 'rule-based' });
    expect((await api.post(counting, 'quick-scan', PEOPLE.owner, { answers })).status).toBe(200);
    const approved = await api.post(counting, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Akkoord.',
      adviceResponses: [],
    });
    expect(approved.status).toBe(200);
    await api.publishRegisterEntries(counting, approved.body, { name: cameras });

    // Air quality sensors over an area, without personal data: a polygon on the sensor register's map.
    const air = await api.register(`Milieu ${run}`, `Luchtmeters ${run}`);
    expect((await api.post(air, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK })).status).toBe(200);
    const airApproved = await api.post(air, 'decision', PEOPLE.alderman, {
      outcome: 'approved',
      rationale: 'Akkoord.',
      adviceResponses: [],
    });
    expect(airApproved.status).toBe(200);
    await api.publishRegisterEntries(air, airApproved.body, {
      name: airSensors,
      sensor_type: 'Luchtkwaliteit',
      personal_data: false,
      purpose: 'De luchtkwaliteit in de wijk meten.',
      legal_ground: 'Wet milieubeheer',
      location: {
        type: 'Polygon',
        coordinates: [
          [
            [6.8801, 52.2301],
            [6.8902, 52.2301],
            [6.8902, 52.2352],
            [6.8801, 52.2352],
            [6.8801, 52.2301],
          ],
        ],
      },
    });
    await eventually(async () => {
      const res = await request(app.getHttpServer()).get('/api/v1/public/registers/sensors').query({ q: run });
      return res.body.length === 2 ? res.body : undefined;
    });
  }, 150_000);

  afterAll(async () => {
    if (config) await peopleBackToDutch(config);
    await browser?.context.close();
    await app?.close();
    await worker?.shutdown();
    if (browser?.profile) rmSync(browser.profile, { recursive: true, force: true });
    process.stdout.write(`public pages screenshots: ${shotDir}\n`);
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
    expect({ page, violations: await tab.axe() }).toEqual({ page, violations: [] });
    expect({ page, language, foreign: await tab.foreignTexts() }).toEqual({ page, language, foreign: [] });
  };
  /** Never signed in: no session, no sign-in redirect; the browser keeps only the visitor's choice of language. */
  const nothingStored = async (tab: Tab): Promise<void> => {
    expect(await tab.page.evaluate<number>('sessionStorage.length')).toBe(0);
    expect(await tab.page.evaluate<string[]>('Object.keys(localStorage)')).toEqual(['waardenpoort.language']);
  };

  it('shows the published reflections without signing in, with search, the feed and the decision', async () => {
    const tab = await open();
    await tab.go('/openbaar');
    expect(new URL(tab.page.url()).pathname).toBe('/openbaar');
    await tab.page.getByRole('heading', { level: 1, name: t('publicPages.overview.title') }).waitFor();
    await accessible(tab, 'openbaar');

    await tab.follow(tab.page.getByRole('link', { name: say('Reflecties van de Ethische Commissie') }));
    expect(new URL(tab.page.url()).pathname).toBe('/openbaar/reflecties');
    const feed = tab.page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    expect(await feed.getAttribute('href')).toBe('/api/v1/public/reflections.atom');
    expect(await feed.getAttribute('title')).toBe(say('Reflecties van de Ethische Commissie'));
    await tab.page.getByRole('textbox', { name: t('publicPages.search.label') }).fill(run);
    await tab.follow(tab.page.getByRole('button', { name: t('publicPages.search.button') }));
    expect(tab.page.url()).toContain(`zoek=${run}`);
    await tab.page.getByRole('link', { name: title }).waitFor();
    await accessible(tab, 'openbaar-reflecties');
    await tab.screenshot('openbaar-reflecties', shotDir);

    await tab.follow(tab.page.getByRole('link', { name: title }));
    expect(new URL(tab.page.url()).pathname).toBe(`/openbaar/reflecties/${publicId}`);
    const main = tab.page.locator('main');
    await main.getByText('Mogen lantaarnpalen met sensoren').waitFor();
    await main.getByText('Evalueer na een jaar met bewoners').waitFor();
    await main.getByText(t('labels.decisions.approved')).first().waitFor();
    expect(await main.textContent()).not.toContain('Intern: begroting past.');
    await nothingStored(tab);
    await accessible(tab, 'openbaar-reflectie');
    await tab.screenshot('openbaar-reflectie', shotDir);

    // Search without a hit says so.
    await tab.go(`/openbaar/reflecties?zoek=${encodeURIComponent(`bestaat-niet-${run}`)}`);
    await tab.page.getByText(say('Geen gepubliceerde reflecties gevonden.')).waitFor();
    await accessible(tab, 'openbaar-reflecties-leeg');
  });

  it('shows the algorithm register and the sensor register without signing in, with search and downloads', async () => {
    const tab = await open();
    await tab.go('/openbaar');
    await tab.follow(tab.page.getByRole('link', { name: t('publicPages.overview.algorithms') }));
    expect(new URL(tab.page.url()).pathname).toBe('/openbaar/algoritmes');
    const main = tab.page.locator('main');
    // Other suites of the same run may have published entries of the same name: look at one of them.
    const named = main.getByRole('heading', { level: 2, name: 'Beeldherkenning camera’s binnenstad' });
    await named.first().waitFor();
    for (const format of ['json', 'csv'])
      expect(await main.locator(`a[href="/api/v1/public/registers/algorithms?format=${format}"]`).count()).toBe(1);
    // Every field with its label from the register definition; the long texts as text, their tags as elements.
    const entry = main
      .locator('li')
      .filter({ has: tab.page.getByRole('heading', { level: 2, name: 'Beeldherkenning camera’s binnenstad' }) })
      .first();
    await entry.locator('summary').click();
    const short = REGISTER_STANDARDS.algorithm.fields.find((f) => f.name === 'description_short');
    await entry.getByText(short?.label[language] ?? 'description_short', { exact: true }).waitFor();
    await entry.locator('.wp-register-text p', { hasText: 'Een operator beoordeelt elke melding' }).waitFor();
    expect(await main.textContent()).not.toContain('<p>');
    await nothingStored(tab);
    await accessible(tab, 'openbaar-algoritmes');
    await tab.screenshot('openbaar-algoritmes', shotDir);

    await tab.page.getByRole('textbox', { name: t('publicPages.search.label') }).fill(`bestaat-niet-${run}`);
    await tab.follow(tab.page.getByRole('button', { name: t('publicPages.search.button') }));
    await tab.page.getByText(say('Geen gepubliceerde beschrijvingen gevonden.')).waitFor();
    await accessible(tab, 'openbaar-algoritmes-leeg');

    await tab.go('/openbaar/sensoren');
    await main.getByRole('heading', { level: 2, name: cameras }).waitFor();
    // The mobility is the register's own value (the standard's Dutch), the point in the page's language.
    await main
      .getByText(`Vast · ${t('publicPages.registers.point', { lat: '52.22150', lon: '6.89370' })}`)
      .first()
      .waitFor();
    expect(await main.locator('a[href="/api/v1/public/registers/sensors?format=geojson"]').count()).toBe(1);
    await accessible(tab, 'openbaar-sensoren');
  });

  it('shows the sensor register on a map: one shape per listed sensor, following the search, usable by keyboard', async () => {
    const tab = await open();
    const main = tab.page.locator('main');
    const map = main.getByRole('region', { name: t('publicPages.map.label') });
    const shapes = map.locator('path.wp-map-sensor');
    const sensor = (name: string) => map.getByRole('button', { name: new RegExp(`^${name};`) });

    // Everything published: as many shapes as the list has entries (every entry has a location), ours among them.
    await tab.go('/openbaar/sensoren');
    await main.getByRole('heading', { level: 2, name: t('publicPages.map.title'), exact: true }).waitFor();
    await sensor(airSensors).waitFor();
    const listed = await main.locator('ul.wp-public-list > li').count();
    expect(listed).toBeGreaterThanOrEqual(2);
    expect(await shapes.count()).toBe(listed);
    await main.getByText(t('publicPages.map.same', { count: listed, n: listed })).waitFor();
    // No background map configured: the page says so, and no tile is requested.
    await main.getByText(t('publicPages.map.noBackground')).waitFor();
    expect(await map.locator('img').count()).toBe(0);
    await accessible(tab, 'openbaar-sensoren-kaart');
    await tab.screenshot('openbaar-sensoren', shotDir);

    // The search narrows the list and the map alike: this suite's two sensors, a point and an area.
    await tab.page.getByRole('textbox', { name: t('publicPages.search.label') }).fill(run);
    await tab.follow(tab.page.getByRole('button', { name: t('publicPages.search.button') }));
    await main.getByText(t('publicPages.map.same', { count: 2, n: 2 })).waitFor();
    expect(await main.locator('ul.wp-public-list > li').count()).toBe(2);
    expect(await shapes.count()).toBe(2);
    expect(await sensor(cameras).count()).toBe(1);
    expect(await sensor(airSensors).count()).toBe(1);
    expect(await map.locator('path.wp-map-sensor--area').count()).toBe(1);
    expect(await sensor(airSensors).getAttribute('class')).toContain('wp-map-sensor--area');
    const type = sensorLabel('sensor_type');
    const personal = sensorLabel('personal_data');
    expect(await sensor(cameras).getAttribute('aria-label')).toBe(
      `${cameras}; ${type}: Camera; ${personal}: ${t('publicPages.map.yes')}`,
    );

    // By keyboard: Tab reaches a sensor, Enter opens its popup with its name, type and personal data.
    await sensor(cameras).focus();
    await tab.page.keyboard.press('Enter');
    const popup = map.locator('.leaflet-popup-content');
    await popup.getByText(cameras).waitFor();
    expect((await popup.innerText()).split(/\n+/)).toEqual([
      cameras,
      `${type}: Camera`,
      `${personal}: ${t('publicPages.map.yes')}`,
    ]);
    expect(await map.locator('.leaflet-popup-close-button').getAttribute('aria-label')).toBe(
      t('publicPages.map.close'),
    );
    // The zoom buttons are named in the page's language too.
    expect(await map.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe(t('publicPages.map.zoomIn'));
    await accessible(tab, 'openbaar-sensoren-kaart-popup');
    // And by pointer: a click on the area opens its own.
    await tab.page.keyboard.press('Escape');
    await sensor(airSensors).click();
    await popup.getByText(`${personal}: ${t('publicPages.map.no')}`).waitFor();
    expect(await popup.innerText()).toContain(`${type}: Luchtkwaliteit`);

    // One entry found: one shape.
    await tab.go(`/openbaar/sensoren?zoek=${encodeURIComponent(airSensors)}`);
    await main.getByText(t('publicPages.map.same', { count: 1, n: 1 })).waitFor();
    expect(await shapes.count()).toBe(1);
    expect(await sensor(airSensors).count()).toBe(1);

    // Nothing found: the map of Enschede without shapes, and the text says so.
    await tab.go(`/openbaar/sensoren?zoek=${encodeURIComponent(`bestaat-niet-${run}`)}`);
    await main.getByText(say('De kaart toont geen sensoren: de lijst hieronder is leeg.')).waitFor();
    await map.waitFor();
    expect(await shapes.count()).toBe(0);
    await accessible(tab, 'openbaar-sensoren-kaart-leeg');
  });
});
