import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '@waardenpoort/api';
import type { RunningWorker } from '@waardenpoort/worker';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import type { BrowserContext } from 'playwright-core';
import request from 'supertest';
import { parse, stringify } from 'yaml';
import { answer, TEST_POLICY_FILE } from '../support/answers';
import { startTestWorker, testConfig } from '../support/harness';
import { PEOPLE, ProjectApi } from '../support/project-api';
import { freePort, launchBrowser, Tab, type AxeViolation } from './support/browser';
import { ensureChromium } from './support/chromium';

const chromiumPath = ensureChromium();
const describeInBrowser = chromiumPath ? describe : describe.skip;

/**
 * The what-if page of the dashboard (issue 20) in Chromium: the CIO office chooses a draft policy file (YAML), sees
 * the picture of how the portfolio would shift and the projects concerned, and a refused draft names the problem at
 * the file field; every state passes axe-core. Only the CIO office has the page in its menu.
 */
describeInBrowser('what-if page in the browser', () => {
  let app: NestExpressApplication;
  let worker: RunningWorker;
  let base: string;
  let browser: { context: BrowserContext; profile: string };
  const tabs: Tab[] = [];

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const config = testConfig({ PUBLIC_URL: base });
    worker = await startTestWorker(config);
    app = await createApp(config, { logger: false });
    await app.listen(port, '127.0.0.1');
    browser = await launchBrowser(chromiumPath as string);
    // A project whose commission reflection rests on "new technology" alone (the suites share one database).
    const api = new ProjectApi(app);
    const id = await api.register('Stadsbeheer', 'Digitale tweeling (wat-als)');
    const scan = await api.post(id, 'quick-scan', PEOPLE.owner, { answers: answer({ 'new-technology': true }) });
    expect(scan.status).toBe(200);
    await request(app.getHttpServer()).get('/health').expect(200);
  }, 120_000);

  afterAll(async () => {
    await browser?.context.close();
    await app?.close();
    await worker?.shutdown();
    if (browser?.profile) rmSync(browser.profile, { recursive: true, force: true });
  });

  afterEach(async () => {
    const open = tabs.splice(0);
    for (const tab of open) await tab.close();
    for (const tab of open) expect(tab.errors).toEqual([]);
  });

  const open = async (): Promise<Tab> => {
    const tab = await Tab.open(browser.context, base);
    tabs.push(tab);
    return tab;
  };
  const accessible = async (tab: Tab, page: string): Promise<void> => {
    const violations: AxeViolation[] = await tab.axe();
    expect({ page, violations }).toEqual({ page, violations: [] });
  };
  const draftFile = (change: (doc: Record<string, any>) => void) => {
    const doc = parse(readFileSync(TEST_POLICY_FILE, 'utf8')) as Record<string, any>;
    doc.version = 2;
    doc.title.nl = 'Testbeleid versie 2 (concept)';
    change(doc);
    return { name: 'concept.v2.yaml', mimeType: 'application/yaml', buffer: Buffer.from(stringify(doc)) };
  };

  it('shows the CIO office how a draft would shift the portfolio, and names a refused draft’s problem', async () => {
    const owner = await open();
    await owner.signIn(/^Anna Jansen/);
    expect(await owner.page.getByRole('link', { name: 'Wat als (beleid)' }).count()).toBe(0);
    await owner.close();
    tabs.splice(tabs.indexOf(owner), 1);

    const cio = await open();
    await cio.signIn(/^Carla Visser/);
    await cio.follow(cio.page.getByRole('link', { name: 'Wat als (beleid)' }));
    await cio.page.getByRole('heading', { level: 1, name: /^Wat als/ }).waitFor();
    await accessible(cio, 'wat-als (leeg)');

    const form = cio.page.locator('form[aria-labelledby="concept-kiezen"]');
    await form.getByLabel('Conceptbeleid (YAML of JSON)').setInputFiles(
      draftFile((doc) => {
        doc.rules = doc.rules.filter((r: { id: string }) => r.id !== 'ec-new-technology');
      }),
    );
    await form.getByRole('button', { name: 'Doorrekenen' }).click();
    await cio.page.getByRole('heading', { level: 2, name: 'Versie 2: Testbeleid versie 2 (concept)' }).waitFor();
    await cio.page.getByRole('img', { name: /Hoe de portefeuille zou verschuiven/ }).waitFor();
    await cio.page.getByRole('img', { name: /Fasen die erbij komen of vervallen/ }).waitFor();
    const projects = cio.page.getByRole('table', { name: /Projecten met een andere route|De eerste/ });
    const row = projects.getByRole('row').filter({ hasText: 'Digitale tweeling (wat-als)' });
    await row.first().waitFor();
    expect(await row.first().textContent()).toContain('Reflectie Ethische Commissie');
    await accessible(cio, 'wat-als (uitkomst)');
    await cio.screenshot('beleid-wat-als', tmpdir());

    await form.getByLabel('Conceptbeleid (YAML of JSON)').setInputFiles(
      draftFile((doc) => {
        doc.rules[0].when = { equals: { question: 'no-such-question', value: true } };
      }),
    );
    await form.getByRole('button', { name: 'Doorrekenen' }).click();
    await form
      .getByText(/\/rules\/0\/when/)
      .first()
      .waitFor();
    await accessible(cio, 'wat-als (afgewezen concept)');
    // The browser reports the API's 422 for the refused draft; that one is expected.
    expect(cio.errors.splice(0)).toEqual([expect.stringContaining('422 (Unprocessable Entity)')]);
  }, 120_000);
});
