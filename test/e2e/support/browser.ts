import { readFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { AnswerValue } from '@waardenpoort/domain';
import { testPolicy } from '../../support/answers';
import { CHROMIUM_ARGS } from './chromium';
import { pageTexts, type PageTexts } from './texts';
import type { Language } from '@waardenpoort/domain/texts';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 A and AA, plus axe's best practices (landmarks, heading order, ...). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/**
 * The little of the page's DOM that the functions below use when they run in the browser (this module is compiled
 * against Node's typings, which have no DOM). Functions, not strings: the page's CSP forbids eval, which string
 * predicates would need.
 */
declare const document: {
  body: { dataset: Record<string, string | undefined> };
  getElementById(id: string): { hasAttribute(name: string): boolean } | null;
};

/** The app has rendered the page it is on, and no view is loading. */
const settled = (): boolean =>
  !!document.body.dataset.ready && !document.getElementById('app')?.hasAttribute('aria-busy');
/** How many times the app has rendered a page so far. */
const renderCount = (): string => document.body.dataset.ready ?? '';
/** Rendered again since `before`, and done. */
const renderedSince = (before: string): boolean =>
  (document.body.dataset.ready ?? '') !== before && !document.getElementById('app')?.hasAttribute('aria-busy');

export const SCREENSHOT_DIR = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Launches Debian's Chromium with its own throw-away profile. */
export async function launchBrowser(executablePath: string): Promise<{ context: BrowserContext; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'waardenpoort-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
  });
  return { context, profile };
}

/**
 * A tab with its own sessionStorage (so its own signed-in person), collecting every console error and CSP report of
 * the dashboard's pages (not those of another site it passes through, such as an identity provider's).
 */
export class Tab {
  readonly errors: string[] = [];
  /** What the pages say in this tab's language. */
  readonly texts: PageTexts;

  private constructor(
    readonly page: Page,
    private readonly base: string,
    readonly language: Language,
  ) {
    this.texts = pageTexts(language);
    const own = (): boolean => {
      try {
        return new URL(page.url()).origin === new URL(base).origin;
      } catch {
        return true;
      }
    };
    page.on('console', (msg) => {
      if (msg.type() === 'error' && own()) this.errors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => {
      if (own()) this.errors.push(`page: ${err.message}`);
    });
  }

  /** A new tab whose pages are in `language` (a visitor's choice; signed in, the person's preference). */
  static async open(context: BrowserContext, base: string, language: Language = 'nl'): Promise<Tab> {
    return new Tab(await context.newPage(), base, language);
  }

  async close(): Promise<void> {
    if (!this.page.isClosed()) await this.page.close();
  }

  /** Goes to a path, asking for the tab's language, and waits until the app has rendered it. */
  async go(path: string): Promise<void> {
    const url = new URL(path, this.base);
    url.searchParams.set('lang', this.language);
    await this.page.goto(url.toString());
    await this.settled();
  }

  /** Waits until the app rendered the page it is on (no view still loading). */
  async settled(): Promise<void> {
    // The page may load again on its own (it moves to the signed-in person's language): wait through that.
    for (let attempt = 0; ; attempt++) {
      try {
        await this.page.waitForFunction(settled);
        return;
      } catch (err) {
        if (attempt >= 3 || !/context was destroyed|navigat/i.test((err as Error).message)) throw err;
        await this.page.waitForLoadState('load');
      }
    }
  }

  /** Clicks a link or button and waits for the page it leads to. */
  async follow(locator: ReturnType<Page['locator']>): Promise<void> {
    const before = await this.page.evaluate(renderCount);
    await locator.click();
    await this.page.waitForFunction(renderedSince, before);
  }

  /**
   * Signs in as a development person. The page then follows the person's language preference: when that is not the
   * tab's language, the language switch makes it so (and so the person's mails are in it too).
   */
  async signIn(person: RegExp): Promise<void> {
    const { say } = this.texts;
    await this.go('/aanmelden');
    await this.page.getByLabel(person).check();
    await this.page.getByRole('button', { name: say('Aanmelden'), exact: true }).click();
    await this.page.getByRole('button', { name: /^(Afmelden|Sign out)$/ }).waitFor();
    await this.useLanguage();
  }

  /**
   * Signed in: makes the tab's language the person's. Loaded again without `?lang=`, the page follows the person's
   * preference (which an earlier suite may have changed); when that is another language, the switch changes it.
   */
  async useLanguage(): Promise<void> {
    await this.page.reload();
    await this.settled();
    if ((await this.page.evaluate<string>('document.documentElement.lang')) !== this.language) {
      await Promise.all([this.page.waitForEvent('load'), this.page.locator('.wp-session__language').click()]);
      await this.settled();
    }
    await this.page.getByRole('button', { name: this.texts.say('Afmelden') }).waitFor();
  }

  /** The page's text in the other language: what a test of one language finds that was not translated. */
  async foreignTexts(): Promise<string[]> {
    // What is marked as being in another language (a mail in its addressee's language) is that language's right.
    const text = await this.page.evaluate<string>(`(() => {
      let text = document.body.innerText;
      for (const el of document.querySelectorAll('[lang]')) {
        const own = el.lang !== document.documentElement.lang && el.innerText;
        if (own) text = text.replace(own, ' ');
      }
      return text;
    })()`);
    return this.texts.foreign(text);
  }

  /** Reloads until `check` holds (the workflow moves on by itself: timers, reminders, escalations). */
  async until(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (await check()) return;
      if (Date.now() > deadline) {
        const main = await this.page.evaluate<string>("document.getElementById('app')?.innerText ?? ''");
        throw new Error(
          `timed out after ${timeoutMs} ms waiting for ${what} on ${this.page.url()}; the page says: ${main.slice(0, 1500)}`,
        );
      }
      await new Promise((r) => setTimeout(r, 500));
      await this.page.reload();
      await this.settled();
    }
  }

  /** Says "not now" to the offer to reload after a change elsewhere, if it is shown (for a calm screenshot). */
  async quiet(): Promise<void> {
    const later = this.page.getByRole('button', { name: this.texts.say('Niet nu') });
    if ((await later.count()) > 0) await later.click();
  }

  /** Runs axe-core on the page as it is now. */
  async axe(): Promise<AxeViolation[]> {
    if (!(await this.page.evaluate<boolean>(`'axe' in window`))) await this.page.evaluate(AXE_SOURCE);
    return this.page.evaluate<AxeViolation[]>(`
      axe
        .run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ['violations'] })
        .then((result) =>
          result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary),
          })),
        )
    `);
  }

  /**
   * Screenshot of the whole page, kept under docs/screenshots when asked to (or when it is not there yet); a page in
   * English as `<name>.en.png`.
   */
  async screenshot(name: string, dir: string, fullPage = true): Promise<string> {
    if (this.language !== 'nl') name = `${name}.${this.language}`;
    const file = join(dir, `${name}.png`);
    await this.page.screenshot({ path: file, fullPage });
    const kept = join(SCREENSHOT_DIR, `${name}.png`);
    if (process.env.UPDATE_SCREENSHOTS === '1' || !existsSync(kept)) {
      mkdirSync(SCREENSHOT_DIR, { recursive: true });
      copyFileSync(file, kept);
    }
    return file;
  }
}

/** Answers the quick-scan form of the test policy, question by question as each appears. */
export async function answerQuickScan(tab: Tab, answers: Record<string, AnswerValue>): Promise<void> {
  for (const q of testPolicy.questionnaire.questions) {
    if (!(q.id in answers)) continue;
    const field = tab.page.locator(`[data-question="${q.id}"]`);
    await field.waitFor({ state: 'visible' });
    const value = answers[q.id];
    if (q.type === 'number') await field.locator('input').fill(String(value));
    else if (q.type === 'many-of')
      for (const v of value as string[]) await field.locator(`input[value="${v}"]`).check();
    else await field.locator(`input[value="${String(value)}"]`).check();
  }
}

/** A port free on 127.0.0.1 now, for an API whose address must be known before it starts (redirect URIs, PUBLIC_URL). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
