import type { NestExpressApplication } from '@nestjs/platform-express';
import { createApp } from '@waardenpoort/api';
import type { AppConfig } from '@waardenpoort/config';
import { visibleQuestions, type AnswerValue, type GateStep, type Question, type Role } from '@waardenpoort/domain';
import fc from 'fast-check';
import ICAL from 'ical.js';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { HIGH_RISK, LOW_RISK, testPolicy } from '../support/answers';
import { eventually, startTestWorker, peopleBackToDutch, testConfig } from '../support/harness';
import { readDocx, readPdf } from '../support/letters';
import { DPIA_BODY, PEOPLE, ProjectApi, type Person } from '../support/project-api';
import { answerQuickScan, freePort, launchBrowser, Tab, type AxeViolation } from './support/browser';
import { PAGE_LANGUAGES, pageTexts } from './support/texts';
import { ensureChromium } from './support/chromium';

// Installs Debian's Chromium with apt when it is missing (skips only where apt cannot run, and never under CI).
const chromiumPath = ensureChromium();
const describeInBrowser = chromiumPath ? describe : describe.skip;

interface MailSink {
  port: number;
  close: () => Promise<void>;
}

/** Date and time in Amsterdam, as the agenda form's date and time fields want them. */
function amsterdam(at: Date): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Amsterdam',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}:${parts.second}` };
}

/**
 * The dashboard end to end, in Debian's Chromium driven by playwright-core, against an API and a worker started in
 * this process (test policy: deadlines, reminders and escalations in seconds) and the local SMTP sink of
 * `npm start`, whose mail the dashboard shows. Every page gets an axe-core check (WCAG 2.1 A/AA and best
 * practices); no console error and no CSP violation is allowed. All of it runs in Dutch and again in English: the
 * people switch their language in the page, so their mails follow; no page shows a text of the other language.
 */
describeInBrowser.each(PAGE_LANGUAGES)('dashboard in the browser (%s)', (language) => {
  const { say, t } = pageTexts(language);
  /** The flash after a step: "Volgende stap: <step> (<role>)."; without a role, as far as the step. */
  const nextStep = (step: GateStep, role?: Role): string => {
    const mark = '\u0001';
    const full = t('tasks.task.nextStep', {
      step: t(`labels.steps.${step}`),
      role: role ? t(`labels.roles.${role}`) : mark,
    });
    return role ? full : full.slice(0, full.indexOf(`(${mark}`)).trimEnd();
  };
  const run = randomUUID().slice(0, 6);
  const title = `Camera's uitgaansgebied ${run}`;
  const axeResults: Record<string, number> = {};
  let config: AppConfig;
  let app: NestExpressApplication;
  let worker: RunningWorker;
  let sink: MailSink;
  let sinkDir: string;
  let shotDir: string;
  let base: string;
  let browser: { context: BrowserContext; profile: string };
  const tabs: Tab[] = [];
  let projectId = '';

  beforeAll(async () => {
    sinkDir = mkdtempSync(join(tmpdir(), 'waardenpoort-e2e-mail-'));
    shotDir = mkdtempSync(join(tmpdir(), 'waardenpoort-e2e-shots-'));
    // The sink `npm start` runs, on a free port: GET /api/v1/mail reads what it stores.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startMailSink } = require(join(__dirname, '..', '..', 'scripts', 'lib', 'mail-sink.cjs')) as {
      startMailSink: (o: { port: number; dir: string }) => Promise<MailSink>;
    };
    sink = await startMailSink({ port: 0, dir: sinkDir });
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    config = testConfig({
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      MAIL_SINK_DIR: sinkDir,
      MAIL_POLL_MS: '200',
      MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
      ROLE_MAILBOXES: 'dpo=fg@enschede.example,cio-office=cio-office@enschede.example',
      PUBLIC_URL: base,
      EVENTS_POLL_MS: '200',
    });
    worker = await startTestWorker(config);
    app = await createApp(config, { logger: false });
    await app.listen(port, '127.0.0.1');
    browser = await launchBrowser(chromiumPath as string);
  }, 120_000);

  afterAll(async () => {
    if (config) await peopleBackToDutch(config);
    // The browser first: its open event streams would otherwise keep the HTTP server from closing.
    await browser?.context.close();
    await app?.close();
    await worker?.shutdown();
    await sink?.close();
    for (const dir of [sinkDir, browser?.profile]) if (dir) rmSync(dir, { recursive: true, force: true });
    process.stdout.write(
      `axe-core (${Object.keys(axeResults).length} pages): ${Object.entries(axeResults)
        .map(([page, n]) => `${page} ${n}`)
        .join(', ')}\nscreenshots: ${shotDir}\n`,
    );
  });

  afterEach(async () => {
    // Closed, not only checked: each open tab of the dashboard keeps an event stream (one of the browser's six
    // connections to the server).
    const open = tabs.splice(0);
    for (const tab of open) await tab.close();
    for (const tab of open) expect(tab.errors).toEqual([]);
  });

  const open = async (): Promise<Tab> => {
    const tab = await Tab.open(browser.context, base, language);
    tabs.push(tab);
    return tab;
  };

  /** axe-core on the page as it is now: no violation at all; and no text of the other language. */
  const accessible = async (tab: Tab, page: string): Promise<void> => {
    const violations: AxeViolation[] = await tab.axe();
    axeResults[page] = violations.length;
    expect({ page, violations }).toEqual({ page, violations: [] });
    expect({ page, language, foreign: await tab.foreignTexts() }).toEqual({ page, language, foreign: [] });
  };

  /** Fills in the questionnaire in order, answering each question once it is shown. */
  it('registers a project, answers the quick-scan, submits the DPIA; the task moves to the DPO; the overdue reminder is in the caught mail', async () => {
    const anonymous = await open();
    await anonymous.go('/');
    expect(anonymous.page.url()).toContain('/aanmelden');
    await accessible(anonymous, 'aanmelden');
    await anonymous.screenshot('aanmelden', shotDir);
    await anonymous.close();

    const owner = await open();
    await owner.signIn(/^Anna Jansen/);
    await owner.page.getByRole('heading', { level: 1, name: say('Mijn taken') }).waitFor();
    await accessible(owner, 'taken (leeg)');

    // Register, with the form's own validation first.
    await owner.follow(owner.page.getByRole('link', { name: say('Project registreren') }));
    await owner.page.getByRole('button', { name: say('Project registreren') }).click();
    await owner.page.getByRole('alert').getByText(say('Controleer de volgende punten')).waitFor();
    await accessible(owner, 'registreren (fouten)');
    await owner.page.getByLabel(say('Naam van het project')).fill(title);
    await owner.page
      .getByLabel(say('Korte beschrijving'))
      .fill("Vaste camera's in het uitgaansgebied die mensen waarnemen.");
    await owner.page.getByLabel(say('Afdeling')).fill('Veiligheid en Handhaving');
    await owner.page.getByLabel(say("Camera's"), { exact: true }).check();
    await owner.page.getByLabel(say('Geplande startdatum')).fill('2027-04-01');
    await accessible(owner, 'registreren');
    await owner.screenshot('registreren', shotDir);
    await owner.follow(owner.page.getByRole('button', { name: say('Project registreren') }));

    // Straight on to the quick-scan, generated from the policy; follow-up questions appear as they apply.
    await owner.page.getByRole('heading', { level: 1, name: say('Quickscan invullen') }).waitFor();
    projectId = /\/projecten\/([0-9a-f-]{36})\//.exec(owner.page.url())?.[1] ?? '';
    expect(projectId).toMatch(/^[0-9a-f-]{36}$/);
    expect(await owner.page.locator('[data-question="data-subjects"]').isVisible()).toBe(false);
    await accessible(owner, 'quickscan');
    await answerQuickScan(owner, HIGH_RISK);
    expect(await owner.page.locator('[data-question="data-subjects"]').isVisible()).toBe(true);
    await owner.page.getByRole('button', { name: say('Bekijk eerst de uitkomst') }).click();
    await owner.page.getByRole('heading', { name: say('Uitkomst als u zo indient') }).waitFor();
    await accessible(owner, 'quickscan (uitkomst)');
    await owner.screenshot('quickscan', shotDir);
    await owner.follow(owner.page.getByRole('button', { name: say('Quickscan indienen') }));
    await owner.page.locator('.wp-flash').getByText(nextStep('submit-dpia', 'case-owner')).waitFor();
    expect(owner.page.url()).toBe(`${base}/projecten/${projectId}`);
    await accessible(owner, 'project');

    // The DPIA, from the inbox.
    await owner.follow(owner.page.getByRole('link', { name: say('Mijn taken') }));
    await owner.follow(
      owner.page
        .getByRole('row')
        .filter({ hasText: title })
        .getByRole('link', { name: say('DPIA indienen') }),
    );
    await owner.page.getByLabel(say('Verwijzing naar het document')).fill(DPIA_BODY.document.reference);
    await owner.page.getByLabel(say('Titel van het document')).fill(DPIA_BODY.document.title);
    await owner.page.getByLabel(say('SHA-256 van het document')).fill(DPIA_BODY.document.sha256);
    await owner.page.getByLabel(t('gateForms.dpia.elements.description')).fill(DPIA_BODY.elements.description);
    await owner.page.getByLabel(t('gateForms.dpia.elements.necessity')).fill(DPIA_BODY.elements.necessity);
    await owner.page.getByLabel(t('gateForms.dpia.elements.risks')).fill(DPIA_BODY.elements.risks);
    await owner.page.getByLabel(t('gateForms.dpia.elements.measures')).fill(DPIA_BODY.elements.measures);
    await accessible(owner, 'dpia');
    await owner.follow(owner.page.getByRole('button', { name: say('DPIA indienen') }));
    await owner.page.locator('.wp-flash').getByText(nextStep('dpo-advice', 'dpo')).waitFor();

    // The task is now the DPO's; with the test policy it is overdue within seconds.
    const dpo = await open();
    await dpo.signIn(/^Fenna Bos/);
    const row = dpo.page.getByRole('row').filter({ hasText: title });
    await row.getByRole('link', { name: say('Advies FG geven') }).waitFor();
    await dpo.until(async () => (await row.getByText(say('te laat')).count()) > 0, 'the DPO task to be overdue');
    await accessible(dpo, 'taken');
    await dpo.screenshot('taken', shotDir);
    await owner.go('/taken');
    expect(await owner.page.getByRole('row').filter({ hasText: title }).count()).toBe(0);

    // The reminder before the deadline, and the escalation after it, in the caught mail.
    await dpo.follow(dpo.page.getByRole('link', { name: say('Opgevangen post') }));
    const mails = dpo.page.locator('.wp-mail__item');
    await dpo.until(
      async () =>
        (await mails
          .filter({ hasText: /Herinnering: .*Camera's uitgaansgebied/ })
          .filter({ hasText: 'fg@enschede.example' })
          .count()) > 0 &&
        (await mails.filter({ hasText: /Escalatie: termijn verstreken – Camera's uitgaansgebied/ }).count()) > 0,
      'the reminder to the DPO and the escalation in the caught mail',
      // In a whole `npm test` run the dispatcher first delivers what earlier suites left in the outbox.
      120_000,
    );
    const reminder = mails
      .filter({ hasText: /Herinnering: .*Camera's uitgaansgebied/ })
      .filter({ hasText: 'fg@enschede.example' })
      .first();
    await reminder.locator('summary').click();
    await reminder.getByText(`${base}/projects/${projectId}`).waitFor();
    await accessible(dpo, 'post');
    await dpo.screenshot('post', shotDir);

    // The link in the mail opens the project.
    await dpo.go(`/projects/${projectId}`);
    expect(dpo.page.url()).toBe(`${base}/projecten/${projectId}`);
    await dpo.page.getByRole('heading', { level: 1, name: title }).waitFor();
  }, 240_000);

  it('takes the project through advice, reflection, decision (comply or explain) and council information', async () => {
    expect(projectId).not.toBe('');
    const dpo = await open();
    await dpo.signIn(/^Fenna Bos/);
    await dpo.go(`/projecten/${projectId}/taak/dpo-advice`);
    await dpo.page.getByLabel(say('Positief onder voorwaarden')).check();
    await dpo.page
      .getByLabel(say('Voorwaarden'), { exact: true })
      .fill('Privacy masking van woningen\nBewaartermijn 28 dagen');
    await dpo.page.getByLabel(say('Samenvatting van het advies')).fill('Proportioneel met de genoemde maatregelen.');
    await accessible(dpo, 'advies FG');
    await dpo.follow(dpo.page.getByRole('button', { name: say('Advies vastleggen') }));
    await dpo.page.locator('.wp-flash').getByText(nextStep('schedule-meeting')).waitFor();
    await dpo.close();

    // The commission meets on a calendar: a meeting a few seconds from now, after which the reflection is due.
    const secretary = await open();
    await secretary.signIn(/^Sam Smit/);
    await secretary.follow(
      secretary.page
        .getByRole('row')
        .filter({ hasText: title })
        .getByRole('link', { name: say('Agenderen in de Ethische Commissie') }),
    );
    const meeting = amsterdam(new Date(Date.now() + 4_000));
    await secretary.page.getByLabel(say('Datum van de vergadering')).fill(meeting.date);
    await secretary.page.getByLabel(say('Aanvang')).fill(meeting.time);
    await accessible(secretary, 'agenderen');
    await secretary.follow(secretary.page.getByRole('button', { name: say('Op de agenda zetten') }));
    await secretary.follow(secretary.page.getByRole('link', { name: say('Mijn taken') }));
    const reflect = secretary.page
      .getByRole('row')
      .filter({ hasText: title })
      .getByRole('link', { name: say('Reflectie vastleggen') });
    await secretary.until(async () => (await reflect.count()) > 0, 'the meeting to pass');
    await secretary.follow(reflect);
    await secretary.page
      .getByLabel(say('Reflectieverslag: observaties'))
      .fill('Zorgvuldig afgewogen; let op het chilling effect.');
    await secretary.page.getByLabel(say('Aanbevelingen')).fill('Evalueer na een jaar met bewoners');
    await accessible(secretary, 'reflectie');
    await secretary.follow(secretary.page.getByRole('button', { name: say('Reflectie vastleggen') }));
    await secretary.page.locator('.wp-flash').getByText(nextStep('decide')).waitFor();
    await secretary.close();

    // The decision answers both advices: follow the DPO, deviate from the commission (with the reason).
    const alderman = await open();
    await alderman.signIn(/^Jan Meijer/);
    await alderman.follow(
      alderman.page
        .getByRole('row')
        .filter({ hasText: title })
        .getByRole('link', { name: say('Besluit nemen') }),
    );
    await alderman.page.getByLabel(say('Goedgekeurd onder voorwaarden')).check();
    await alderman.page.getByLabel(say('Voorwaarden'), { exact: true }).fill('Jaarlijkse evaluatie');
    await alderman.page
      .getByLabel(say('Motivering'))
      .fill('Nodig voor de openbare orde; de voorwaarden beperken de inbreuk.');
    const advices = alderman.page.locator('.wp-advice');
    await advices.nth(0).getByLabel(say('Ik volg dit advies')).check();
    await advices.nth(1).getByLabel(say('Ik wijk af van dit advies')).check();
    await alderman.page.getByRole('button', { name: say('Besluit vastleggen') }).click();
    await alderman.page.getByRole('alert').getByText(say('Leg uit waarom u afwijkt van dit advies.')).waitFor();
    await advices
      .nth(1)
      .getByLabel(say('Uitleg bij afwijken'))
      .fill('De evaluatie met bewoners gebeurt in het bestaande wijkoverleg.');
    await accessible(alderman, 'besluit');
    await alderman.screenshot('besluit', shotDir);
    await alderman.follow(alderman.page.getByRole('button', { name: say('Besluit vastleggen') }));
    const registerStep = t('labels.steps.prepare-register-entry');
    await alderman.page.locator('.wp-flash').getByText(nextStep('prepare-register-entry')).waitFor();
    await alderman.close();

    // Approved cameras in public space: the case owner completes the sensor register entry (the fields the case
    // does not know), a personal contact address is refused field by field, the CIO office publishes.
    const registrant = await open();
    await registrant.signIn(/^Anna Jansen/);
    await registrant.follow(
      registrant.page.getByRole('row').filter({ hasText: title }).getByRole('link', { name: registerStep }),
    );
    const sensor = registrant.page.getByRole('group', { name: say('Sensorregister') });
    await sensor.getByLabel(say('Soort sensor')).selectOption('Camera');
    await sensor
      .getByLabel(say('Contact (functioneel e-mailadres of https-link)'))
      .fill('anna.jansen@enschede.example');
    await sensor
      .getByRole('group', { name: say('Verwerkt persoonsgegevens') })
      .getByLabel(say('Ja'))
      .check();
    await sensor.getByLabel(say('Doel'), { exact: true }).fill('Toezicht op de openbare orde in de binnenstad.');
    await sensor.getByLabel(say('Wettelijke grondslag')).fill('Gemeentewet art. 151c');
    await sensor.getByLabel(say('Vast of mobiel')).selectOption('Vast');
    await sensor
      .getByLabel(say('Locatie (GeoJSON punt of vlak)'))
      .fill('{"type":"Point","coordinates":[6.8937,52.2215]}');
    const algorithm = registrant.page.getByRole('group', { name: say('Algoritmeregister') });
    if ((await algorithm.count()) > 0) {
      await algorithm
        .getByLabel(say('Contact (functioneel e-mailadres of https-link)'))
        .fill('algoritmeregister@enschede.example');
    }
    await registrant.page.getByRole('button', { name: say('Ter publicatie aanbieden') }).click();
    await registrant.page.getByRole('alert').first().waitFor();
    expect(registrant.page.url()).toContain('/taak/prepare-register-entry');
    // The refusal is the API's (the person directory knows the address): its 400 is the one console error expected.
    const refusals = registrant.errors.filter((e) => e.includes('status of 400'));
    expect(refusals).toHaveLength(1);
    registrant.errors.splice(registrant.errors.indexOf(refusals[0]), 1);
    await accessible(registrant, 'registratie (fouten)');
    await sensor
      .getByLabel(say('Contact (functioneel e-mailadres of https-link)'))
      .fill('sensorregister@enschede.example');
    await accessible(registrant, 'registratie');
    await registrant.follow(registrant.page.getByRole('button', { name: say('Ter publicatie aanbieden') }));
    const reviewStep = t('labels.steps.publish-register-entry');
    // Recorded; the review opens once the workflow has the entry, which on a loaded machine can come after the answer.
    await registrant.page
      .locator('.wp-flash')
      .getByText(t('tasks.task.recorded', { next: '' }).trim())
      .waitFor();
    await registrant.close();

    const publisher = await open();
    await publisher.signIn(/^Carla Visser/);
    await publisher.go('/taken');
    const review = publisher.page.getByRole('row').filter({ hasText: title }).getByRole('link', { name: reviewStep });
    await publisher.until(async () => (await review.count()) > 0, 'the review of the register entry', 90_000);
    await publisher.follow(review);
    await publisher.page.getByText('Gemeentewet art. 151c').first().waitFor();
    await publisher.page.getByLabel(say('Publiceren'), { exact: true }).check();
    await accessible(publisher, 'registratie beoordelen');
    await publisher.follow(publisher.page.getByRole('button', { name: say('Beoordeling vastleggen') }));
    // Recorded; the council information opens once the entry is published, which on a loaded machine can come after
    // the answer (the flash then gives the status instead of the next step).
    await publisher.page
      .locator('.wp-flash')
      .getByText(t('tasks.task.recorded', { next: '' }).trim())
      .waitFor({ timeout: 90_000 });
    await publisher.close();

    const liaison = await open();
    await liaison.signIn(/^Gerda Mulder/);
    const inform = liaison.page
      .getByRole('row')
      .filter({ hasText: title })
      .getByRole('link', { name: say('Informeren van de raad vastleggen') });
    await liaison.until(async () => (await inform.count()) > 0, 'the council information task', 90_000);
    await liaison.follow(inform);
    await liaison.page.getByLabel(say('Kenmerk')).fill('RIB-2027-031');
    await liaison.page.getByLabel(say('Datum'), { exact: true }).fill('2027-06-01');
    await accessible(liaison, 'raad informeren');
    // The draft raadsinformatiebrief, generated from this case, downloaded from the task page in both formats.
    for (const [label, ext] of [
      ['Word', 'docx'],
      ['PDF', 'pdf'],
    ] as const) {
      const [download] = await Promise.all([
        liaison.page.waitForEvent('download'),
        liaison.page.getByRole('button', { name: t('gateForms.councilLetter.download', { format: label }) }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`^raadsinformatiebrief-[a-z0-9-]+\\.${ext}$`));
      const body = readFileSync(await download.path());
      const text = ext === 'pdf' ? readPdf(body).text : (await readDocx(body)).text;
      expect(text).toContain(title);
      expect(text).toContain('De evaluatie met bewoners gebeurt in het bestaande wijkoverleg.');
    }
    await liaison.follow(liaison.page.getByRole('button', { name: say('Vastleggen') }));
    await liaison.page.getByRole('heading', { level: 2, name: say('Besluit') }).waitFor();
    await liaison.close();

    // The ethics secretary releases the commission's reflection for the public pages, from the project page.
    const publicQuestion = `Mag de gemeente met vaste camera's toezicht houden in het uitgaansgebied? ${run}`;
    const publicIntro = 'De gemeente vroeg de commissie om een blik van buiten op cameratoezicht.';
    // Each wait after an action gets a generous bound: the walk must hold on a loaded two-core machine.
    const slow = { timeout: 90_000 };
    const releaser = await open();
    await releaser.signIn(/^Sam Smit/);
    await releaser.go(`/projecten/${projectId}`);
    const publication = releaser.page.getByRole('region', { name: say('Openbaarmaking van de reflectie') });
    await publication.getByText(say('De reflectie is niet openbaar.')).waitFor(slow);
    // The form's own check first: the question for the public is required.
    await publication.getByRole('button', { name: say('Reflectie openbaar maken') }).click();
    await publication.getByRole('alert').getByText(say('Geef de vraag aan de commissie.')).waitFor();
    await publication.getByLabel(say('De vraag aan de commissie, in woorden voor het publiek')).fill(publicQuestion);
    await publication.getByLabel(say('Inleiding voor de openbare pagina (niet verplicht)')).fill(publicIntro);
    await accessible(releaser, 'project (reflectie openbaar maken)');
    await releaser.follow(publication.getByRole('button', { name: say('Reflectie openbaar maken') }));
    await releaser.page.locator('.wp-flash').getByText(t('meetings.publication.release.done')).waitFor(slow);
    await publication
      .getByText(t('meetings.publication.publicSince', { date: '' }).replace(/\s*\.$/, ''))
      .waitFor(slow);
    await publication.getByRole('button', { name: say('Openbaarmaking intrekken') }).waitFor();
    expect(await publication.getByRole('button', { name: say('Reflectie openbaar maken') }).count()).toBe(0);
    await accessible(releaser, 'project (reflectie openbaar)');
    await releaser.close();

    // Anyone, without signing in, finds it: what was released, and the decision (public: the council is informed).
    const visitor = await open();
    await visitor.go('/openbaar/reflecties');
    expect(await visitor.page.getByRole('button', { name: say('Afmelden') }).count()).toBe(0);
    // Other suites of the same run publish reflections too: look it up by the project's title.
    await visitor.page.getByRole('textbox', { name: say('Zoeken') }).fill(title);
    await visitor.follow(visitor.page.getByRole('button', { name: say('Zoeken') }));
    await visitor.page.getByRole('link', { name: title }).waitFor(slow);
    await accessible(visitor, 'openbaar-reflecties (na openbaar maken)');
    await visitor.follow(visitor.page.getByRole('link', { name: title }));
    const reflectionPage = visitor.page.locator('main');
    await reflectionPage.getByRole('heading', { level: 1, name: title }).waitFor(slow);
    await reflectionPage.getByText(publicQuestion).waitFor();
    await reflectionPage.getByText(publicIntro).waitFor();
    await reflectionPage.getByText('Zorgvuldig afgewogen; let op het chilling effect.').waitFor();
    await reflectionPage.getByText('Evalueer na een jaar met bewoners').waitFor();
    // The decision is public once the council's information is on record; the page shows what was public when it
    // loaded, so it is read again until then (on a loaded machine that transition can come a moment later).
    await visitor.until(
      async () => (await reflectionPage.getByText(say('Goedgekeurd onder voorwaarden')).count()) > 0,
      'the decision on the public reflection page',
      90_000,
    );
    // Nothing that was not released: no DPO advice, no rationale, conditions or answers of the decision, no council
    // reference, no DPIA, no names (as test/public-reflections.int-spec.ts checks over HTTP).
    const publicText = (await reflectionPage.textContent()) ?? '';
    for (const unreleased of [
      'Proportioneel met de genoemde maatregelen.',
      'Privacy masking van woningen',
      'Nodig voor de openbare orde; de voorwaarden beperken de inbreuk.',
      'Jaarlijkse evaluatie',
      'De evaluatie met bewoners gebeurt in het bestaande wijkoverleg.',
      'RIB-2027-031',
      DPIA_BODY.elements.risks,
      'Anna Jansen',
      'Sam Smit',
      'Jan Meijer',
    ]) {
      expect({ unreleased, shown: publicText.includes(unreleased) }).toEqual({ unreleased, shown: false });
    }
    expect(await visitor.page.evaluate<number>('sessionStorage.length')).toBe(0);
    await accessible(visitor, 'openbaar-reflectie (na openbaar maken)');

    // The sensor register entry the CIO office published above, found by the project's name.
    await visitor.go('/openbaar/sensoren');
    const sensorEntry = visitor.page
      .locator('main li')
      .filter({ has: visitor.page.getByRole('heading', { level: 2, name: title }) });
    await sensorEntry
      .getByText(`Vast · ${t('publicPages.registers.point', { lat: '52.22150', lon: '6.89370' })}`)
      .first()
      .waitFor(slow);
    await sensorEntry.getByText('Toezicht op de openbare orde in de binnenstad.').first().waitFor();
    await accessible(visitor, 'openbaar-sensoren (na publicatie)');
    await visitor.close();

    // The auditor reads the trail: reminders, escalations and the decision, and checks the hash chain.
    const auditor = await open();
    await auditor.signIn(/^Ad Kok/);
    await auditor.go(`/projecten/${projectId}`);
    // Releasing is the ethics secretary's: the auditor's project page offers no such form.
    await auditor.page.getByRole('heading', { level: 2, name: say('Besluit') }).waitFor();
    expect(await auditor.page.getByRole('region', { name: say('Openbaarmaking van de reflectie') }).count()).toBe(0);
    await auditor.follow(auditor.page.getByRole('link', { name: say('Audittrail bekijken') }));
    for (const action of [
      'Project geregistreerd',
      'Quickscan ingediend',
      'Herinnering verstuurd',
      'Geëscaleerd',
      'Besluit genomen',
      'Reflectie openbaar gemaakt',
    ]) {
      expect(
        await auditor.page
          .locator('.wp-audit__item')
          .filter({ hasText: say(action) })
          .count(),
      ).toBeGreaterThan(0);
    }
    await auditor.page.getByRole('button', { name: say('Controleer de hele keten') }).click();
    await auditor.page.getByText(t('audit.verify.intact', { events: '', projects: '' }).split(':')[0]).waitFor();
    await accessible(auditor, 'audittrail');
    await auditor.screenshot('audittrail', shotDir, false);
  }, 420_000);

  it('shows the CIO office the pipeline, the project list and a project timeline', async () => {
    // More projects in other places of the pipeline, through the API as a case owner would.
    const api = new ProjectApi(app);
    const departments = ['Openbare Ruimte', 'Sociaal Domein', 'Stadsontwikkeling'];
    const low = await api.register(departments[0], `Parkeersensoren Van Heekplein ${run}`);
    await api.post(low, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });
    await eventually(
      async () =>
        (
          await api.post(low, 'decision', PEOPLE.alderman, {
            outcome: 'approved',
            rationale: 'Geen persoonsgegevens.',
            adviceResponses: [],
          })
        ).status === 200 || undefined,
      15_000,
      'the decision on the low-risk project',
    );
    await api.register(departments[1], `Chatbot voor de Wmo-aanvraag ${run}`);
    const dpia = await api.register(departments[2], `Drone-inspectie van daken ${run}`);
    await api.post(dpia, 'quick-scan', PEOPLE.owner, { answers: HIGH_RISK });
    const waiting = await api.register(departments[0], `Slimme afvalcontainers ${run}`);
    await api.post(waiting, 'quick-scan', PEOPLE.owner, { answers: LOW_RISK });

    const cio = await open();
    await cio.signIn(/^Carla Visser/);
    expect(cio.page.url()).toBe(`${base}/pijplijn`);
    await cio.page.getByRole('img', { name: t('charts.funnel.title'), exact: false }).waitFor();
    await cio.until(async () => (await cio.page.locator('.wp-chart__overdue').count()) > 0, 'overdue tasks in red');
    await cio.page.getByRole('img', { name: t('charts.leadTime.title'), exact: false }).waitFor();
    // A change elsewhere: the page offers to update (it does not change under the reader).
    await cio.go('/pijplijn');
    await api.register(departments[1], `Wifi-tellingen in de bibliotheek ${run}`);
    await cio.page.getByText(say('Er zijn wijzigingen in de projecten sinds deze pagina is geladen.')).waitFor();
    await accessible(cio, 'pijplijn (met melding)');
    await cio.page.getByRole('button', { name: say('Niet nu') }).click();
    expect(await cio.page.getByText(t('common.live.changed')).count()).toBe(0);
    await accessible(cio, 'pijplijn');
    await cio.screenshot('pijplijn', shotDir);

    await cio.follow(cio.page.getByRole('link', { name: say('Projecten'), exact: true }));
    await cio.page.getByLabel(say('Huidige poort')).selectOption('portfolio-decision');
    await cio.follow(cio.page.getByRole('button', { name: say('Filteren') }));
    expect(cio.page.url()).toContain('poort=portfolio-decision');
    await cio.page.getByRole('link', { name: `Slimme afvalcontainers ${run}` }).waitFor();
    expect(await cio.page.getByRole('link', { name: `Drone-inspectie van daken ${run}` }).count()).toBe(0);
    await cio.go('/projecten');
    await cio.page.getByRole('link', { name: `Wifi-tellingen in de bibliotheek ${run}` }).waitFor();
    await accessible(cio, 'projecten');
    await cio.quiet();
    await cio.screenshot('projecten', shotDir);

    await cio.follow(cio.page.getByRole('link', { name: title }));
    await cio.page.getByRole('img', { name: t('charts.timeline.title', { title }), exact: false }).waitFor();
    await cio.page.getByText(say('De tijdlijn als tabel')).click();
    expect(
      await cio.page
        .getByRole('cell', { name: t('charts.timeline.events.reminder', { level: 1, role: '' }).trim(), exact: false })
        .count(),
    ).toBeGreaterThan(0);
    expect(
      await cio.page
        .getByRole('cell', {
          name: t('charts.timeline.events.escalation', { level: 1, role: '' }).trim(),
          exact: false,
        })
        .count(),
    ).toBeGreaterThan(0);
    await accessible(cio, 'project (tijdlijn)');
    await cio.quiet();
    await cio.screenshot('project', shotDir);

    await cio.follow(cio.page.getByRole('link', { name: say('Instellingen') }));
    await accessible(cio, 'instellingen');
    await cio.go('/projecten/00000000-0000-4000-8000-000000000000');
    expect(await cio.page.getByRole('heading', { level: 1 }).textContent()).toBe(say('Niet gevonden'));
    await accessible(cio, 'niet gevonden');
    // The browser reports the API's 404 for the unknown project; that one is expected.
    expect(cio.errors.splice(0)).toEqual([expect.stringContaining('404 (Not Found)')]);
  }, 240_000);

  it('makes, shows once and revokes a personal calendar feed; shows a department head the department’s open tasks', async () => {
    // A project of Hans de Boer's department, with Anna's quick-scan open and due.
    const api = new ProjectApi(app);
    const lamps = `Slimme lantaarnpalen ${run}`;
    await api.register('Openbare Ruimte', lamps);

    const owner = await open();
    await owner.signIn(/^Anna Jansen/);
    await owner.follow(owner.page.getByRole('link', { name: say('Instellingen') }));
    await owner.page.getByRole('heading', { level: 2, name: say('Termijnen in uw eigen agenda') }).waitFor();
    await owner.page.getByRole('button', { name: say('Agenda-adres maken') }).click();
    const address = owner.page.getByLabel(say('Uw agenda-adres'));
    await address.waitFor();
    const url = await address.inputValue();
    expect(url).toMatch(new RegExp(`^${base}/api/v1/calendar/[A-Za-z0-9_-]{43}\\.ics$`));
    await accessible(owner, 'instellingen (agenda-adres)');
    await owner.screenshot('agenda-adres', shotDir);

    // What a calendar program reads at that address: iCalendar with Anna's deadline on the new project.
    const feed = await fetch(url);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    const summaries = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).summary);
    // The feed is in its owner's language, which is the page's here. The test policy escalates within seconds: on a
    // loaded machine the event may already say so.
    const lampsEvent = `${t('labels.stepTasks.answer-quick-scan')}: ${lamps}`;
    expect(
      summaries.filter((s) => s === lampsEvent || s === `${lampsEvent}${t('mail.calendar.escalated')}`),
    ).toHaveLength(1);

    // Revoked: the address stops working, and the page no longer has one.
    await owner.follow(owner.page.getByRole('button', { name: say('Agenda-adres intrekken') }));
    await owner.page.locator('.wp-flash').getByText(t('settings.calendarFeed.revoked')).waitFor();
    await owner.page.getByText(say('U heeft nu geen agenda-adres.')).waitFor();
    expect(await owner.page.getByLabel(say('Uw agenda-adres')).count()).toBe(0);
    expect((await fetch(url)).status).toBe(404);
    await accessible(owner, 'instellingen (ingetrokken)');

    // Anna is no department head: no such menu item.
    expect(await owner.page.getByRole('link', { name: say('Open taken van mijn afdeling') }).count()).toBe(0);

    const head = await open();
    await head.signIn(/^Hans de Boer/);
    await head.follow(head.page.getByRole('link', { name: say('Open taken van mijn afdeling') }));
    await head.page.getByRole('heading', { level: 1, name: say('Open taken van mijn afdeling') }).waitFor();
    const row = head.page.getByRole('row').filter({ hasText: lamps });
    await row.getByRole('link', { name: lamps }).waitFor();
    expect(await row.getByText(say('Projectleider / opdrachtgever')).count()).toBe(1);
    // Only Openbare Ruimte's projects: the first test's project is of Veiligheid en Handhaving.
    expect(await head.page.getByRole('row').filter({ hasText: title }).count()).toBe(0);
    await accessible(head, 'afdeling (open taken)');
    await head.screenshot('afdeling', shotDir);
    const [download] = await Promise.all([
      head.page.waitForEvent('download'),
      head.page
        .getByRole('button', { name: t(language === 'nl' ? 'tasks.department.csvNl' : 'tasks.department.csvEn') })
        .click(),
    ]);
    const file = language === 'nl' ? 'afdelingstaken' : 'department-tasks';
    expect(download.suggestedFilename()).toMatch(new RegExp(`^waardenpoort-${file}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain(lamps);
  }, 120_000);

  it('lets a DPO claim and release a task, and a case owner set an absence with a substitute', async () => {
    const api = new ProjectApi(app);
    const anna: Person = { sub: 'anna.jansen', roles: ['case-owner'], name: 'Anna Jansen' };
    const bea: Person = { sub: `bea.${run}`, roles: ['case-owner'], name: `Bea Bakker ${run}` };
    const claimTitle = `Drone-inspectie bruggen ${run}`;
    const id = await api.register('Openbare Ruimte', claimTitle, anna);
    expect((await api.post(id, 'quick-scan', anna, { answers: HIGH_RISK })).status).toBe(200);
    expect((await api.post(id, 'dpia', anna, DPIA_BODY)).status).toBe(200);
    // Bea signs in once: the directory knows her, so she can be chosen as substitute.
    expect((await fetch(`${base}/api/v1/me`, { headers: { Authorization: await api.as(bea) } })).status).toBe(200);

    const dpo = await open();
    await dpo.signIn(/^Fenna Bos/);
    await dpo.go(`/projecten/${id}/taak/dpo-advice`);
    await dpo.page.getByRole('heading', { name: say('Wie heeft deze taak') }).waitFor();
    await dpo.page.getByRole('button', { name: say('Taak oppakken') }).click();
    await dpo.page
      .getByText(t('tasks.holder.claimed', { who: t('tasks.holder.you', { name: 'Fenna Bos' }) }), { exact: false })
      .first()
      .waitFor();
    await accessible(dpo, 'taak (opgepakt)');
    await dpo.go('/taken');
    await dpo.page
      .getByRole('row')
      .filter({ hasText: claimTitle })
      .getByText(t('tasks.holder.claimed', { who: t('tasks.holder.you', { name: 'Fenna Bos' }) }))
      .waitFor();
    await dpo.go(`/projecten/${id}/taak/dpo-advice`);
    await dpo.page.getByRole('button', { name: say('Taak vrijgeven') }).click();
    await dpo.page.getByText(say('Niemand heeft deze taak opgepakt.')).waitFor();

    const owner = await open();
    await owner.signIn(/^Anna Jansen/);
    await owner.go('/instellingen');
    await owner.page.getByRole('heading', { name: say('Afwezigheid en vervanging') }).waitFor();
    const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    await owner.page.getByLabel(say('Vervanger')).selectOption(bea.sub);
    await owner.page.getByLabel(say('Afwezig vanaf')).fill(day(1));
    await owner.page.getByLabel(say('Weer aanwezig op')).fill(day(8));
    await accessible(owner, 'instellingen (afwezigheid)');
    await owner.page.getByRole('button', { name: say('Afwezigheid opslaan') }).click();
    await owner.page.locator('.wp-flash').getByText(say('Uw afwezigheid is opgeslagen.')).waitFor();
    await owner.page
      .getByRole('row')
      .filter({ hasText: bea.name ?? '' })
      .waitFor();
    await accessible(owner, 'instellingen (met afwezigheid)');
    await owner.screenshot('afwezigheid', shotDir);
    await owner.page.getByRole('button', { name: /verwijderen$|^Remove the absence/ }).click();
    await owner.page.locator('.wp-flash').getByText(say('De afwezigheid is verwijderd.')).waitFor();
  }, 120_000);

  it('lets the ethics secretary plan a commission meeting, see its agenda and cancel it', async () => {
    const secretary = await open();
    await secretary.signIn(/^Sam Smit/);
    await secretary.follow(secretary.page.getByRole('link', { name: say('Vergaderingen'), exact: true }));
    await secretary.page.getByRole('heading', { name: say('Vergaderingen Ethische Commissie') }).waitFor();
    await accessible(secretary, 'vergaderingen');
    // A local date and time, as a datetime-local field takes it: two months ahead, 19:00.
    const at = new Date(Date.now() + 60 * 24 * 3600_000);
    const local = `${at.getFullYear()}-${String(at.getMonth() + 1).padStart(2, '0')}-${String(at.getDate()).padStart(2, '0')}T19:00`;
    await secretary.page.getByLabel(say('Datum en tijd')).fill(local);
    await secretary.page.getByLabel(say('Plaats'), { exact: true }).fill('Stadhuis, raadzaal');
    await secretary.page.getByLabel(say('Aantal zaken op de agenda')).fill('4');
    await secretary.follow(secretary.page.getByRole('button', { name: say('Vergadering plannen') }));
    await secretary.page.getByText(say('De vergadering is gepland.')).waitFor();
    await secretary.page.getByRole('heading', { name: say('Agenda') }).waitFor();
    await accessible(secretary, 'vergadering (agenda)');
    await secretary.page.getByLabel(say('Reden')).fill('De zaal is niet beschikbaar.');
    await secretary.follow(secretary.page.getByRole('button', { name: say('Annuleren') }));
    await secretary.page.getByText(say('De vergadering is geannuleerd.')).waitFor();
    await accessible(secretary, 'vergadering (geannuleerd)');
  }, 120_000);

  it('shows the same quick-scan follow-up questions as the API decides (2,000 random answer sets)', async () => {
    /** A valid answer to the question, or none. */
    const answerTo = (q: Question): fc.Arbitrary<AnswerValue | undefined> => {
      const value: fc.Arbitrary<AnswerValue> =
        q.type === 'boolean'
          ? fc.boolean()
          : q.type === 'one-of'
            ? fc.constantFrom(...q.options.map((o) => o.value))
            : q.type === 'many-of'
              ? fc.subarray(q.options.map((o) => o.value))
              : fc.integer({ min: q.min ?? 0, max: q.max ?? 100_000 });
      return fc.option(value, { nil: undefined, freq: 4 });
    };
    const sets = fc.sample(
      fc.record(Object.fromEntries(testPolicy.questionnaire.questions.map((q) => [q.id, answerTo(q)]))),
      { numRuns: 2_000, seed: 20261128 },
    );
    const answerSets = sets.map((set) => Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined)));
    const expected = answerSets.map((a) =>
      visibleQuestions(testPolicy, a as Record<string, AnswerValue>).map((q) => q.id),
    );

    const tab = await open();
    await tab.go('/aanmelden');
    // The dashboard's own module, as the quick-scan form uses it (a string: it runs in the page).
    const shown = await tab.page.evaluate<string[][]>(
      `import('/js/questionnaire.js').then((m) => ${JSON.stringify(answerSets)}.map((a) => [...m.resolve(${JSON.stringify(testPolicy)}, a).shown]))`,
    );
    const differences = answerSets.flatMap((a, i) =>
      JSON.stringify(shown[i]) === JSON.stringify(expected[i])
        ? []
        : [{ answers: a, api: expected[i], dashboard: shown[i] }],
    );
    expect(differences.slice(0, 3)).toEqual([]);
    expect(new Set(expected.map((e) => e.length)).size).toBeGreaterThan(5);
  });
});
