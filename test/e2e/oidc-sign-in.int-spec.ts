import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '@waardenpoort/api';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import type { BrowserContext, Request } from 'playwright-core';
import { LOW_RISK } from '../support/answers';
import { startTestWorker, peopleBackToDutch, testConfig } from '../support/harness';
import { startTestProvider, type TestProvider } from '../support/oidc/provider';
import { answerQuickScan, freePort, launchBrowser, Tab, type AxeViolation } from './support/browser';
import { PAGE_LANGUAGES, pageTexts } from './support/texts';
import { ensureChromium } from './support/chromium';

const chromiumPath = ensureChromium();
const describeInBrowser = chromiumPath ? describe : describe.skip;

/** Entra ID sends security groups as object ids; JWT_GROUP_ROLES turns this one into the DPO role. */
const DPO_GROUP = '6a1f0c1e-93b2-4d7e-9c55-1d7f0a0b2c3d';
/** Short-lived access tokens, so the dashboard has to renew within the test. */
const ACCESS_TOKEN_TTL_SECONDS = 20;

interface StoredSession {
  method?: string;
  token?: string;
  refreshToken?: string;
  idToken?: string;
}

/**
 * Signing in as people at a municipality do, in Debian's Chromium: the dashboard of a production-mode API (no dev
 * mode, tokens only from the identity provider) sends the person to a real OpenID provider (oidc-provider, OpenID
 * Certified, started in this process), through its login and consent pages, and back; renews the access token with
 * the refresh token before it runs out; signs out at the provider. No mock stands in for the provider. All of it in
 * Dutch and again in English: no page shows a text of the other language.
 */
describeInBrowser.each(PAGE_LANGUAGES)(
  'signing in with the municipal account (OpenID Connect, in the browser) (%s)',
  (language) => {
    const { say, t } = pageTexts(language);
    let provider: TestProvider;
    let config: AppConfig;
    let app: NestExpressApplication;
    let worker: RunningWorker;
    let base: string;
    let browser: { context: BrowserContext; profile: string };
    const tabs: Tab[] = [];

    beforeAll(async () => {
      const port = await freePort();
      base = `http://127.0.0.1:${port}`;
      provider = await startTestProvider({
        accounts: {
          'anna.jansen': { name: 'Anna Jansen', email: 'anna.jansen@enschede.example', roles: ['case-owner'] },
          'fenna.bos': { name: 'Fenna Bos', email: 'fenna.bos@enschede.example', groups: [DPO_GROUP, 'all-staff'] },
          'kees.kort': { name: 'Kees Kort', email: 'kees.kort@enschede.example', groups: ['all-staff'] },
        },
        redirectUris: [`${base}/aanmelden/terug`],
        postLogoutRedirectUris: [`${base}/afgemeld`],
        accessTokenTtlSeconds: ACCESS_TOKEN_TTL_SECONDS,
        signingAlg: 'ES256',
      });
      config = testConfig({
        NODE_ENV: 'production',
        JWT_JWKS_URL: provider.jwksUrl,
        JWT_ISSUER: provider.issuer,
        JWT_AUDIENCE: provider.audience,
        JWT_GROUP_ROLES: JSON.stringify({ [DPO_GROUP]: 'dpo' }),
        // An expired token is refused at once (the renewal has to happen before the end, not within the skew).
        JWT_CLOCK_TOLERANCE_SECONDS: '0',
        OIDC_CLIENT_ID: provider.clientId,
        PUBLIC_URL: base,
      });
      worker = await startTestWorker(config);
      app = await createApp(config, { logger: false });
      await app.listen(port, '127.0.0.1');
      browser = await launchBrowser(chromiumPath as string);
    }, 120_000);

    afterAll(async () => {
      if (config) await peopleBackToDutch(config);
      await browser?.context.close();
      await app?.close();
      await worker?.shutdown();
      await provider?.stop();
      if (browser?.profile) rmSync(browser.profile, { recursive: true, force: true });
    });

    // Each test starts without a session at the provider (its cookies live in the browser profile).
    beforeEach(async () => {
      await browser.context.clearCookies();
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
      expect({ page, language, violations }).toEqual({ page, language, violations: [] });
      expect({ page, language, foreign: await tab.foreignTexts() }).toEqual({ page, language, foreign: [] });
    };

    /**
     * On the task list, where a signed-in person lands. By its address: its texts belong to the task pages' own
     * catalogue area.
     */
    const onTasks = async (tab: Tab): Promise<void> => {
      await tab.page.waitForURL((url) => url.pathname === '/taken');
      await tab.settled();
      await tab.page.getByRole('heading', { level: 1 }).waitFor();
    };

    const stored = async (tab: Tab): Promise<StoredSession | null> =>
      tab.page.evaluate<StoredSession | null>(`JSON.parse(sessionStorage.getItem('waardenpoort.session') ?? 'null')`);

    /** From the dashboard's sign-in page through the provider's login and consent pages, back to the dashboard. */
    const signInAtProvider = async (tab: Tab, account: string): Promise<void> => {
      await tab.go('/aanmelden');
      await tab.page.getByRole('button', { name: say('Aanmelden met uw gemeenteaccount') }).click();
      await tab.page.waitForURL((url) => url.origin === new URL(provider.issuer).origin);
      await tab.page.locator('input[name="login"]').fill(account);
      await tab.page.locator('input[name="password"]').fill('een wachtwoord');
      await tab.page.locator('button[type="submit"]').click();
      // The consent page, the first time this account meets the dashboard's client.
      await tab.page
        .locator('button[type="submit"]')
        .filter({ hasText: /continue/i })
        .click();
      await tab.page.waitForURL((url) => url.origin === base && !url.pathname.startsWith('/aanmelden'));
      await tab.settled();
      // The person's language may be another than the tab's (an earlier suite may have changed it): make it the tab's.
      if (new URL(tab.page.url()).pathname !== '/geen-toegang') await tab.useLanguage();
    };

    it('has no development sign-in in production mode: only the way through the identity provider', async () => {
      const tab = await open();
      await tab.go('/taken');
      expect(new URL(tab.page.url()).pathname).toBe('/aanmelden');
      await tab.page.getByRole('button', { name: say('Aanmelden met uw gemeenteaccount') }).waitFor();
      expect(await tab.page.getByText(say('Kies wie u bent')).count()).toBe(0);
      expect(await tab.page.getByLabel(say('Token (JWT)')).count()).toBe(0);
      await accessible(tab, 'aanmelden (identity provider)');
      const res = await fetch(`${base}/api/v1/dev/token`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ sub: 'anna.jansen', name: 'Anna Jansen', roles: ['cio-office'] }),
      });
      expect(res.status).toBe(404);
    });

    it('signs Anna in through the provider, lands on Mijn taken as case owner, acts on a task, renews and signs out at the provider', async () => {
      const tab = await open();
      const bearers: string[] = [];
      tab.page.on('request', (req: Request) => {
        const auth = req.headers()['authorization'];
        if (req.url().startsWith(`${base}/api/`) && auth) bearers.push(auth.replace(/^Bearer /, ''));
      });
      await signInAtProvider(tab, 'anna.jansen');
      await onTasks(tab);
      const who = tab.page.locator('.wp-session__who');
      await who.filter({ hasText: 'Anna Jansen' }).waitFor();
      await who.filter({ hasText: t('labels.roles.case-owner') }).waitFor();
      await accessible(tab, 'taken (na aanmelden bij de identity provider)');
      const first = await stored(tab);
      expect(first).toMatchObject({ method: 'oidc' });
      expect(first?.token?.split('.')).toHaveLength(3);
      expect(first?.refreshToken).toBeTruthy();
      // Header only: no cookie for the dashboard's origin carries the token.
      const cookies = await browser.context.cookies(base);
      expect(cookies.filter((c) => c.value.includes(first?.token ?? '∅'))).toEqual([]);
      // The provider's token is what the API saw.
      const me = await fetch(`${base}/api/v1/me`, { headers: { Authorization: `Bearer ${first?.token}` } });
      expect(await me.json()).toMatchObject({ sub: 'anna.jansen', name: 'Anna Jansen', roles: ['case-owner'] });

      // Acts: registers a project and answers its quick-scan task (the forms found by their fields' names: their
      // texts are the project and task pages' own, and the dashboard suite reads them).
      const title = `Slimme lantaarnpalen ${randomUUID().slice(0, 6)}`;
      const form = tab.page.locator('main form');
      await tab.follow(tab.page.getByRole('link', { name: t('common.nav.register') }));
      await form.locator('[name="title"]').fill(title);
      await form.locator('[name="summary"]').fill('Lantaarnpalen die het licht aanpassen aan wie er loopt.');
      await form.locator('[name="department"]').fill('Openbare Ruimte');
      await form.locator('input[name="technologies"][value="sensor"]').check();
      await form.locator('[name="plannedStart"]').fill('2027-05-01');
      await tab.follow(form.locator('button[type="submit"]'));
      await tab.page.waitForURL((url) => url.pathname.endsWith('/taak/answer-quick-scan'));
      await answerQuickScan(tab, LOW_RISK);
      await tab.follow(tab.page.getByRole('button', { name: say('Quickscan indienen') }));
      await tab.page.waitForURL((url) => /^\/projecten\/[0-9a-f-]{36}$/.test(url.pathname));
      await tab.page.locator('.wp-flash').waitFor();
      const projectId = /\/projecten\/([0-9a-f-]{36})/.exec(tab.page.url())?.[1];
      expect(projectId).toMatch(/^[0-9a-f-]{36}$/);

      // Renews: before the 20-second token runs out, a new one from the refresh token, and the next request uses it.
      const deadline = Date.now() + 90_000;
      let renewed = first;
      while (renewed?.token === first?.token && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 1_000));
        renewed = await stored(tab);
      }
      expect(renewed?.token).toBeTruthy();
      expect(renewed?.token).not.toBe(first?.token);
      expect(renewed?.refreshToken).not.toBe(first?.refreshToken);
      // The first token runs out (no skew allowed here), the session goes on with the renewed one.
      const firstClaims = JSON.parse(Buffer.from(first?.token?.split('.')[1] ?? '', 'base64url').toString()) as {
        exp: number;
      };
      await new Promise((r) => setTimeout(r, Math.max(0, firstClaims.exp * 1000 - Date.now() + 1_500)));
      const old = await fetch(`${base}/api/v1/tasks`, { headers: { Authorization: `Bearer ${first?.token}` } });
      expect(old.status).toBe(401);
      const before = bearers.length;
      await tab.go('/taken');
      await onTasks(tab);
      // Renewal goes on every 15 s: the page used the token the tab holds now, never the first one.
      const current = await stored(tab);
      expect(current?.token).not.toBe(first?.token);
      expect(bearers.slice(before)).toContain(current?.token);
      expect(bearers.slice(before)).not.toContain(first?.token);

      // Signs out: the provider asks to confirm, ends its session and sends the person back to /afgemeld.
      const last = await stored(tab);
      await tab.page.getByRole('button', { name: say('Afmelden') }).click();
      await tab.page.waitForURL((url) => url.origin === new URL(provider.issuer).origin);
      await tab.page.locator('button[name="logout"][value="yes"]').click();
      await tab.page.waitForURL(`${base}/afgemeld`);
      await tab.settled();
      await tab.page.getByRole('heading', { level: 1, name: say('U bent afgemeld') }).waitFor();
      await accessible(tab, 'afgemeld');
      expect(await stored(tab)).toBeNull();
      // The refresh token was revoked at sign-out.
      await expect(provider.refresh(last?.refreshToken ?? '')).rejects.toThrow();
      // The provider's session ended too: signing in again asks for the login, not only consent.
      await tab.go('/taken');
      expect(new URL(tab.page.url()).pathname).toBe('/aanmelden');
      await tab.page.getByRole('button', { name: say('Aanmelden met uw gemeenteaccount') }).click();
      await tab.page.locator('input[name="login"]').waitFor();
    }, 240_000);

    it('gives Fenna the DPO role from her Entra-style group', async () => {
      const tab = await open();
      await signInAtProvider(tab, 'fenna.bos');
      await onTasks(tab);
      await tab.page
        .locator('.wp-session__who')
        .filter({ hasText: t('labels.roles.dpo') })
        .waitFor();
      expect((await stored(tab))?.method).toBe('oidc');
    }, 120_000);

    it('tells an account without a role why it cannot go further, and lets it sign out', async () => {
      const tab = await open();
      await signInAtProvider(tab, 'kees.kort');
      await tab.page.getByRole('heading', { level: 1, name: say('Geen toegang tot Waardenpoort') }).waitFor();
      await tab.page.getByText('none of its groups is mapped to a role (JWT_GROUP_ROLES)').waitFor();
      await accessible(tab, 'geen toegang');
      await tab.go('/projecten');
      expect(new URL(tab.page.url()).pathname).toBe('/geen-toegang');
      await tab.page
        .getByRole('button', { name: say('Afmelden') })
        .first()
        .click();
      await tab.page.locator('button[name="logout"][value="yes"]').click();
      await tab.page.waitForURL(`${base}/afgemeld`);
    }, 120_000);

    it('says so when the sign-in is cancelled at the provider, or the answer did not start in this tab', async () => {
      const tab = await open();
      await tab.go('/aanmelden');
      await tab.page.getByRole('button', { name: say('Aanmelden met uw gemeenteaccount') }).click();
      await tab.page.waitForURL((url) => url.origin === new URL(provider.issuer).origin);
      await tab.page.locator('a[href$="/abort"]').click();
      await tab.page.waitForURL((url) => url.origin === base && url.pathname === '/aanmelden/terug');
      await tab.settled();
      await tab.page.getByRole('heading', { level: 1, name: say('Aanmelden is niet gelukt') }).waitFor();
      await tab.page
        .getByText(say('U hebt het aanmelden afgebroken, of de identity provider gaf geen toestemming.'))
        .waitFor();
      await accessible(tab, 'aanmelden mislukt');
      expect(await stored(tab)).toBeNull();

      // A code and state that this tab never asked for (a link someone sent): refused, nothing stored.
      await tab.go('/aanmelden/terug?code=stolen-code&state=made-up');
      await tab.page.getByRole('heading', { level: 1, name: say('Aanmelden is niet gelukt') }).waitFor();
      await tab.page
        .getByText(say('Deze aanmelding is niet in dit tabblad begonnen, of is al afgerond. Begin opnieuw.'))
        .waitFor();
      expect(await stored(tab)).toBeNull();
    }, 120_000);
  },
);
