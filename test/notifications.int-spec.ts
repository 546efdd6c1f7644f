import type { INestApplication } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { ProjectNotification } from '@waardenpoort/domain';
import { createRepositories, MailDeliveryRepository, NotificationOutboxRepository } from '@waardenpoort/persistence';
import type { RunningWorker } from '@waardenpoort/worker';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import ICAL from 'ical.js';
import type { DataSource } from 'typeorm';
import { NotificationDispatcher } from '../apps/worker/src/notifications/dispatcher';
import {
  digestHourAwayFromNow,
  eventually,
  openDatabase,
  startApi,
  startTestWorker,
  testConfig,
  token,
} from './support/harness';
import { ProjectApi, type Person } from './support/project-api';
import { SmtpRecorder, type ReceivedMail } from './support/smtp-recorder';

const PUBLIC_URL = 'https://waardenpoort.test';
const DUTCH_MOMENT = new Intl.DateTimeFormat('nl-NL', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'full',
  timeStyle: 'short',
});
const ENGLISH_MOMENT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Amsterdam',
  dateStyle: 'full',
  timeStyle: 'short',
});

const settle = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A mail's calendar attachment as a calendar program reads it (ical.js): its method and events. */
function attachedCalendar(mail: ReceivedMail | undefined): {
  method: unknown;
  events: Array<{ uid: string; start: string; summary: string; sequence: number }>;
} {
  expect(mail?.calendars).toHaveLength(1);
  const calendar = new ICAL.Component(ICAL.parse(mail?.calendars[0] ?? ''));
  return {
    method: calendar.getFirstPropertyValue('method'),
    events: calendar.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return { uid: e.uid, start: e.startDate.toJSDate().toISOString(), summary: e.summary, sequence: e.sequence };
    }),
  };
}

/** iCalendar times have whole seconds. */
const wholeSeconds = (d: Date): string => new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString();
const address = (p: Person): string => `${p.sub}@enschede.example`;

/**
 * Mail delivery of the notification outbox, end to end: the workflow (test policy: quick-scan due after 3 s,
 * reminders 2 s and 1 s before, department head 2 s after, CIO office 2 s later) queues notifications, the worker's
 * dispatcher sends them over SMTP to a real SMTP server in this process, and the test reads what arrived.
 */
describe('notifications by mail', () => {
  const run = randomUUID().slice(0, 6);
  const department = `Mail ${run}`;
  const people = {
    owner: { sub: `anna.${run}`, roles: ['case-owner'], name: 'Anna Jansen' },
    english: { sub: `emma.${run}`, roles: ['case-owner'], name: 'Emma Evans' },
    retry: { sub: `rik.${run}`, roles: ['case-owner'], name: 'Rik Retry' },
    digest: { sub: `dirk.${run}`, roles: ['case-owner'], name: 'Dirk Digest' },
    // The head of this suite's department: escalations to the role reach the heads who may read the project.
    head: { sub: `hans.${run}`, roles: ['department-head'], name: 'Hans Hoofd', department },
    cio: { sub: `carla.${run}`, roles: ['cio-office'], name: 'Carla CIO' },
  } satisfies Record<string, Person>;
  const cioMailbox = `cio-office.${run}@enschede.example`;

  let smtp: SmtpRecorder;
  let config: AppConfig;
  let worker: RunningWorker;
  let app: INestApplication;
  let db: DataSource;
  let api: ProjectApi;
  let sinkDir: string;

  beforeAll(async () => {
    smtp = await SmtpRecorder.start();
    sinkDir = mkdtempSync(join(tmpdir(), 'waardenpoort-mail-'));
    config = testConfig({
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
      ROLE_MAILBOXES: `cio-office=${cioMailbox}`,
      MAIL_POLL_MS: '100',
      MAIL_RETRY_BASE_MS: '300',
      MAIL_MAX_ATTEMPTS: '5',
      // The digest hour furthest from now, so the worker's own daily run never fires while a test looks.
      DIGEST_HOUR: digestHourAwayFromNow(),
      MAIL_SINK_DIR: sinkDir,
      PUBLIC_URL,
    });
    db = await openDatabase(config);
    worker = await startTestWorker(config);
    app = await startApi(config);
    api = new ProjectApi(app);
    // Everyone signs in once, which puts them in the person directory; the head wants a digest, which must never
    // hold back an escalation.
    for (const p of Object.values(people)) {
      await request(app.getHttpServer())
        .get('/api/v1/me')
        .set('Authorization', await api.as(p))
        .expect(200);
    }
    expect((await preferences(people.head, { language: 'nl', digest: true })).status).toBe(200);
    // Department-head mail goes to the head of the project's own department in the organisation model.
    await request(app.getHttpServer())
      .put(`/api/v1/organisation/departments/${encodeURIComponent(department)}`)
      .set('Authorization', await api.as(people.cio))
      .send({
        nameNl: department,
        nameEn: department,
        headSub: people.head.sub,
        deputySubs: [],
        version: 0,
        reason: 'test',
      })
      .expect(201);
  });

  afterAll(async () => {
    await app?.close();
    await worker?.shutdown();
    await db?.destroy();
    await smtp?.close();
    if (sinkDir) rmSync(sinkDir, { recursive: true, force: true });
  });

  async function preferences(p: Person, body: object): Promise<request.Response> {
    return request(app.getHttpServer())
      .put('/api/v1/me/preferences')
      .set('Authorization', await api.as(p))
      .send(body);
  }

  async function quickScanDue(projectId: string): Promise<Date> {
    const project = await api.get(projectId);
    return new Date(api.gate(project, 'quick-scan').dueAt as string);
  }

  interface DeliveryRow {
    kind: string;
    recipient: string;
    status: string;
    attempts: number;
    digest_id: string | null;
    outbox_status: string;
  }

  async function deliveries(projectId: string): Promise<DeliveryRow[]> {
    return db.query(
      `SELECT o.kind, d.recipient, d.status, d.attempts, d.digest_id, o.status AS outbox_status
       FROM notification_delivery d JOIN notification_outbox o ON o.id = d.notification_id
       WHERE o.project_id = $1 ORDER BY o.created_at, o.id, d.recipient`,
      [projectId],
    );
  }

  /** Waits until at least `count` mails matched `select`, and returns them. */
  function arrived(
    select: () => ReceivedMail[],
    count: number,
    what: string,
    timeoutMs = 30_000,
  ): Promise<ReceivedMail[]> {
    return eventually(() => Promise.resolve(select().length >= count ? select() : undefined), timeoutMs, what);
  }

  /** Waits until the project's second escalation reached the CIO office mailbox: the whole ladder has run. */
  async function ladderDone(projectId: string): Promise<void> {
    await arrived(() => smtp.to(cioMailbox, projectId), 1, `the CIO office escalation of ${projectId}`, 45_000);
  }

  it('sends the reminders and escalations as Dutch mails to the case owner, department head and CIO office', async () => {
    const title = 'Slimme lantaarnpalen Oude Markt';
    const id = await api.register(department, title, people.owner);
    await ladderDone(id);
    // Let anything that would be a duplicate arrive before counting.
    await settle(1000);
    const due = await quickScanDue(id);
    const dueText = DUTCH_MOMENT.format(due);
    const link = `${PUBLIC_URL}/projects/${id}`;

    const owner = smtp.to(address(people.owner), id);
    expect(owner.map((m) => m.kind)).toEqual(['task-opened', 'reminder', 'reminder']);
    for (const m of owner) {
      expect(m.to).toBe(`Anna Jansen <${address(people.owner)}>`);
      expect(m.text).toContain('Beste Anna Jansen,');
      expect(m.text).toMatch(/Gevraagd: +De ethische quickscan invullen/);
      expect(m.text).toMatch(new RegExp(`Project: +${title}`));
      expect(m.text).toMatch(new RegExp(`Afdeling: +${department}`));
      expect(m.text).toMatch(new RegExp(`Uiterlijk: +${dueText} \\(Nederlandse tijd\\)`));
      expect(m.text).toContain(`Open de taak: ${link}`);
      expect(m.header('content-language')).toBe('nl');
      expect(m.header('auto-submitted')).toBe('auto-generated');
    }
    expect(owner[0]?.subject).toBe(`Nieuwe taak: De ethische quickscan invullen – ${title}`);
    expect(owner[1]?.subject).toMatch(
      new RegExp(`^Herinnering: De ethische quickscan invullen – ${title}, uiterlijk \\d{1,2} \\w+ om \\d{2}:\\d{2}$`),
    );

    const head = smtp.to(address(people.head), id);
    expect(head).toHaveLength(1);
    expect(head[0]?.subject).toBe(`Escalatie: termijn verstreken – ${title}`);
    expect(head[0]?.text).toContain('Beste Hans Hoofd,');
    expect(head[0]?.text).toContain('U ontvangt dit bericht als afdelingshoofd');
    expect(head[0]?.text).toMatch(/Escalatieniveau: +1/);
    expect(head[0]?.text).toMatch(new RegExp(`Termijn was: +${dueText}`));
    expect(head[0]?.text).toContain(link);

    const cio = smtp.to(address(people.cio), id);
    const mailbox = smtp.to(cioMailbox, id);
    expect(cio).toHaveLength(1);
    expect(mailbox).toHaveLength(1);
    expect(cio[0]?.text).toMatch(/Escalatieniveau: +2/);
    expect(mailbox[0]?.text).toContain("Beste collega's,");
    expect(mailbox[0]?.to).toBe(`CIO Office <${cioMailbox}>`);

    // Task and reminder mails carry the deadline as one event, the calendar feed's (same UID): a reminder's updates
    // the task mail's (a higher SEQUENCE) instead of adding another; an escalation is about a deadline already past.
    const taskId = (await api.get(id)).openTasks.find((t: { gate: string }) => t.gate === 'quick-scan')?.id;
    expect(taskId).toEqual(expect.stringContaining(id));
    const events = owner.map((m) => attachedCalendar(m));
    for (const c of events) {
      expect(c.method).toBe('PUBLISH');
      expect(c.events).toEqual([
        {
          uid: `task-${taskId}@waardenpoort`,
          start: wholeSeconds(due),
          summary: `De ethische quickscan invullen: ${title}`,
          sequence: expect.any(Number),
        },
      ]);
    }
    expect(events.map((c) => c.events[0]?.sequence)).toEqual([0, 1, 2]);
    expect(head[0]?.calendars).toEqual([]);
    expect(cio[0]?.calendars).toEqual([]);

    // Reminders before the deadline, the ladder after it, in that order.
    expect(owner[2].receivedAt).toBeLessThanOrEqual(head[0].receivedAt);
    expect(head[0].receivedAt).toBeLessThanOrEqual(cio[0].receivedAt);
    // One Message-ID per notification and recipient, never repeated.
    const ids = smtp.forProject(id).map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const messageId of ids) expect(messageId).toMatch(/^<wp\.[0-9a-f]{40}@enschede\.example>$/);

    const rows = await deliveries(id);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) expect(r).toMatchObject({ status: 'sent', attempts: 1, outbox_status: 'sent' });
  });

  it('writes in English to a person who prefers it, and in Dutch to the others', async () => {
    const set = await preferences(people.english, { language: 'en', digest: false });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ sub: people.english.sub, language: 'en', digest: false });
    const title = 'Drukte-tellers Van Heekplein';
    const id = await api.register(department, title, people.english);
    const [opened, reminder] = await arrived(() => smtp.to(address(people.english), id), 2, 'a reminder in English');
    const dueText = ENGLISH_MOMENT.format(await quickScanDue(id));
    expect(opened?.subject).toBe(`New task: Fill in the ethical quick-scan – ${title}`);
    expect(reminder?.subject).toMatch(
      new RegExp(`^Reminder: Fill in the ethical quick-scan – ${title}, due by \\d{1,2} \\w+ at \\d{2}:\\d{2}$`),
    );
    expect(reminder?.text).toContain('Dear Emma Evans,');
    expect(reminder?.text).toMatch(new RegExp(`Due by: +${dueText} \\(Dutch time\\)`));
    expect(reminder?.text).toContain(`Open the task: ${PUBLIC_URL}/projects/${id}`);
    expect(reminder?.header('content-language')).toBe('en');

    const [escalation] = await arrived(() => smtp.to(address(people.head), id), 1, 'the escalation to the head');
    expect(escalation?.subject).toBe(`Escalatie: termijn verstreken – ${title}`);
    expect(escalation?.header('content-language')).toBe('nl');
  });

  it('retries a 4xx answer and delivers exactly one mail per recipient, resending only to who did not get it', async () => {
    const title = 'Slimme afvalcontainers';
    const retryAddress = address(people.retry);
    let firstRcpt = true;
    const refusedOnce = new Set<string>();
    // The owner's very first RCPT TO is refused (450); then the first DATA of every mail of this project to the
    // owner or to the CIO office mailbox is refused after the whole message arrived (451).
    smtp.faultRcpt = (rcpt) => {
      if (rcpt !== retryAddress || !firstRcpt) return null;
      firstRcpt = false;
      return { code: 450, message: 'Mailbox busy, try again later' };
    };
    let id = '';
    smtp.faultData = (mail) => {
      if (mail.projectId !== id || (mail.rcpt !== retryAddress && mail.rcpt !== cioMailbox)) return null;
      if (refusedOnce.has(mail.messageId)) return null;
      refusedOnce.add(mail.messageId);
      return { code: 451, message: 'Temporary local problem, try again later' };
    };
    try {
      id = await api.register(department, title, people.retry);
      await ladderDone(id);
      await settle(1500);
    } finally {
      smtp.faultRcpt = null;
      smtp.faultData = null;
    }

    const accepted = smtp.forProject(id);
    const perMessage = new Map<string, number>();
    for (const m of accepted) perMessage.set(m.messageId, (perMessage.get(m.messageId) ?? 0) + 1);
    expect([...perMessage.values()].every((n) => n === 1)).toBe(true);
    // Retries may overtake the next mail, so the order of arrival is not asserted here.
    expect(
      smtp
        .to(retryAddress, id)
        .map((m) => m.kind)
        .sort(),
    ).toEqual(['reminder', 'reminder', 'task-opened']);
    expect(smtp.to(cioMailbox, id)).toHaveLength(1);
    expect(smtp.to(address(people.cio), id)).toHaveLength(1);
    expect(smtp.to(address(people.head), id)).toHaveLength(1);

    // The server saw each refused mail again, under the same Message-ID; the CIO office member's copy of the same
    // escalation was accepted the first time and never sent again.
    const seenTimes = (rcpt: string, kind: string): number[] => {
      const ids = [
        ...new Set(
          smtp.seen.filter((m) => m.projectId === id && m.rcpt === rcpt && m.kind === kind).map((m) => m.messageId),
        ),
      ];
      return ids.map((mid) => smtp.seen.filter((m) => m.messageId === mid).length);
    };
    expect(seenTimes(retryAddress, 'reminder')).toEqual([2, 2]);
    expect(seenTimes(cioMailbox, 'escalation')).toEqual([2]);
    expect(seenTimes(address(people.cio), 'escalation')).toEqual([1]);

    const rows = await deliveries(id);
    const row = (kind: string, recipient: string) => rows.filter((r) => r.kind === kind && r.recipient === recipient);
    // task-opened: refused at RCPT, refused at DATA, accepted.
    expect(row('task-opened', retryAddress)).toEqual([expect.objectContaining({ status: 'sent', attempts: 3 })]);
    expect(row('reminder', retryAddress).map((r) => r.attempts)).toEqual([2, 2]);
    expect(row('escalation', cioMailbox)).toEqual([expect.objectContaining({ status: 'sent', attempts: 2 })]);
    expect(row('escalation', address(people.cio))).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
    const outbox = await db.query(
      `SELECT kind, status, attempts, last_error FROM notification_outbox WHERE project_id = $1 ORDER BY created_at, id`,
      [id],
    );
    expect(
      outbox.every((o: { status: string; last_error: string | null }) => o.status === 'sent' && o.last_error === null),
    ).toBe(true);
    expect(outbox.find((o: { kind: string }) => o.kind === 'task-opened').attempts).toBe(3);
  });

  it('holds a case owner’s tasks and reminders for one daily digest, while escalations go out at once', async () => {
    const set = await preferences(people.digest, { language: 'nl', digest: true });
    expect(set.body).toMatchObject({ digest: true });
    const title = 'Parkeerdrones Hengelo-grens';
    const id = await api.register(department, title, people.digest);
    await ladderDone(id);
    await settle(500);

    // The head chose a digest too, and still got the escalation the moment it happened.
    expect(smtp.to(address(people.head), id).map((m) => m.kind)).toEqual(['escalation']);
    expect(smtp.to(address(people.digest), id)).toEqual([]);
    const held = (await deliveries(id)).filter((r) => r.recipient === address(people.digest));
    expect(held.map((r) => [r.kind, r.status])).toEqual([
      ['task-opened', 'held'],
      ['reminder', 'held'],
      ['reminder', 'held'],
    ]);

    // One digest for Dirk (a role-wide task of an earlier suite may have been held for him too: it joins it), and one
    // for each other addressee with held mail: people with a digest that earlier suites in this run left behind
    // (the fuzz suite turns the digest on for the people it makes up).
    const cutoff = new Date();
    const heldFor: Array<{ recipient: string }> = await db.query(
      `SELECT DISTINCT recipient FROM notification_delivery WHERE status = 'held' AND digest_id IS NULL AND created_at < $1`,
      [cutoff],
    );
    expect(heldFor.map((r) => r.recipient)).toContain(address(people.digest));
    expect(await worker.notifications!.runDigest(cutoff)).toEqual({ digests: heldFor.length });
    const digests = (): ReceivedMail[] => smtp.to(address(people.digest)).filter((m) => m.digestId !== undefined);
    const [digest] = await arrived(digests, 1, 'the digest mail', 15_000);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notification_delivery WHERE digest_id = $1`, [
      digest?.digestId,
    ]);
    expect(n).toBeGreaterThanOrEqual(3);
    expect(digest?.subject).toBe(`Dagelijks overzicht Waardenpoort: ${n} berichten`);
    expect(digest?.digestId).toMatch(/^digest:/);
    const text = digest?.text ?? '';
    const items = text.split('\n').filter((line) => /^\d+\. /.test(line));
    expect(items).toHaveLength(n);
    // This project's three, oldest first.
    expect(items.filter((line) => line.endsWith(` – ${title}`)).map((line) => line.replace(/^\d+\. /, ''))).toEqual([
      `Nieuwe taak – ${title}`,
      `Herinnering – ${title}`,
      `Herinnering – ${title}`,
    ]);
    expect(text).toMatch(new RegExp(`Openen: +${PUBLIC_URL}/projects/${id}`));
    expect(text).toContain('Escalaties ontvangt u altijd direct.');
    // One attachment with each task's deadline once: the task mail and both reminders are one event.
    const attached = attachedCalendar(digest);
    expect(attached.method).toBe('PUBLISH');
    const mine = attached.events.filter((e) => e.summary.endsWith(`: ${title}`));
    expect(mine).toEqual([
      expect.objectContaining({ uid: expect.stringContaining(id), start: wholeSeconds(await quickScanDue(id)) }),
    ]);
    expect(new Set(attached.events.map((e) => e.uid)).size).toBe(attached.events.length);

    const sent = (await deliveries(id)).filter((r) => r.recipient === address(people.digest));
    expect(new Set(sent.map((r) => r.status))).toEqual(new Set(['sent']));
    expect(new Set(sent.map((r) => r.digest_id))).toEqual(new Set([digest?.digestId]));
    // A second run finds nothing left to send.
    expect(await worker.notifications!.runDigest()).toEqual({ digests: 0 });
    await settle(500);
    expect(digests()).toHaveLength(1);
  });

  /** Notifications for the CIO office (person + mailbox: two mails each), queued straight into the outbox. */
  async function enqueue(projectId: string, count: number, title: string): Promise<string[]> {
    const outbox = new NotificationOutboxRepository(db);
    const at = new Date().toISOString();
    const notifications: ProjectNotification[] = Array.from({ length: count }, (_, i) => ({
      notificationId: `${projectId}:${i}:escalation:cio-office:*`,
      projectId,
      kind: 'escalation',
      gate: 'dpia',
      recipientRole: 'cio-office',
      recipientSub: null,
      dueAt: at,
      at,
      escalationLevel: 2,
      payload: { title, step: 'submit-dpia' },
    }));
    await db.transaction((em) => outbox.enqueue(em, notifications));
    return notifications.map((n) => n.notificationId);
  }

  it('never sends a mail twice with two dispatchers at once, and takes over what a dead one held', async () => {
    // From here on only the dispatchers of this test send.
    await worker.notifications!.stop();
    const projectId = randomUUID();
    const ids = await enqueue(projectId, 30, 'Gedeelde wachtrij');
    // First in line, ahead of anything an earlier suite left pending, so the dead dispatcher below claims these.
    await db.query(`UPDATE notification_outbox SET next_attempt_at = '2000-01-01' WHERE project_id = $1`, [projectId]);
    // A dispatcher that claims three rows and dies: they come back when its 1.5 s lease ends.
    const dead = new MailDeliveryRepository(db);
    const deadClaim = await dead.claimNotifications('dead-dispatcher', 3, 1500);
    expect(deadClaim.map((n) => n.projectId)).toEqual([projectId, projectId, projectId]);
    // It even handed one mail to SMTP before dying: that one is sent again, under the same Message-ID.
    const [handedOver] = await dead.addDeliveries(deadClaim[0].id, [
      {
        recipient: cioMailbox,
        recipientSub: null,
        recipientName: 'CIO Office',
        language: 'nl',
        messageId: '<wp.handed-over@enschede.example>',
        status: 'pending',
      },
    ]);
    expect(await dead.startDelivery(handedOver.notificationId, cioMailbox)).toBe(true);

    smtp.delayMs = 15;
    const pools = [await openDatabase(config), await openDatabase(config)];
    const dispatchers = pools.map(
      (dataSource, i) =>
        new NotificationDispatcher({
          repositories: createRepositories(dataSource, { webhookSecretKey: null }),
          config,
          batchSize: 3,
          name: `d${i}`,
          leaseMs: 60_000,
        }),
    );
    try {
      const open = async (): Promise<number> =>
        Number(
          (
            await db.query(
              `SELECT count(*)::int AS n FROM notification_outbox WHERE project_id = $1 AND status <> 'sent'`,
              [projectId],
            )
          )[0].n,
        );
      // Both poll as fast as they can until every row is sent (the dead one's rows after its lease).
      await Promise.all(
        dispatchers.map(async (d) => {
          const until = Date.now() + 30_000;
          while ((await open()) > 0 && Date.now() < until) {
            if ((await d.dispatchOnce()) === 0) await settle(50);
          }
        }),
      );
      expect(await open()).toBe(0);
    } finally {
      smtp.delayMs = 0;
      for (const d of dispatchers) await d.stop();
      for (const p of pools) await p.destroy();
    }

    const mails = smtp.forProject(projectId);
    const rows = await db.query(
      `SELECT d.notification_id, d.recipient, d.status, d.message_id FROM notification_delivery d
       WHERE d.notification_id = ANY($1::text[])`,
      [ids],
    );
    // 29 notifications to every CIO office member and the mailbox, and the one the dead dispatcher fixed to the
    // mailbox alone before it died.
    expect(rows.length).toBeGreaterThanOrEqual(29 * 2 + 1);
    expect(rows.every((r: { status: string }) => r.status === 'sent')).toBe(true);
    // Exactly one accepted mail per delivery: none lost, none twice.
    expect(mails).toHaveLength(rows.length);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(mails.length);
    expect(new Set(mails.map((m) => `${m.notificationId}|${m.rcpt}`)).size).toBe(mails.length);
    expect(mails.filter((m) => m.messageId === '<wp.handed-over@enschede.example>')).toHaveLength(1);
    // Both dispatchers did part of the work.
    expect(dispatchers.map((d) => d.stats.sent).every((n) => n > 0)).toBe(true);
    expect(dispatchers[0].stats.sent + dispatchers[1].stats.sent).toBeGreaterThanOrEqual(mails.length);
  });

  it('keeps the person directory from verified tokens and validates preferences', async () => {
    const sub = `nina.${run}`;
    const me = async (name: string) =>
      request(app.getHttpServer())
        .get('/api/v1/me')
        .set('Authorization', `Bearer ${await token({ sub, roles: ['dpo', 'auditor'], name })}`);
    const first = await me('Nina de FG');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      sub,
      name: 'Nina de FG',
      email: `${sub}@enschede.example`,
      roles: ['auditor', 'dpo'],
      language: 'nl',
      digest: false,
      updatedAt: expect.any(String),
      // Roles the token gives: nothing to explain.
      noRoleReason: null,
    });
    // The same claims again write nothing; a changed name is written.
    await settle(20);
    expect((await me('Nina de FG')).body.updatedAt).toBe(first.body.updatedAt);
    const renamed = await me('Nina Bakker');
    expect(renamed.body.name).toBe('Nina Bakker');
    expect(Date.parse(renamed.body.updatedAt)).toBeGreaterThan(Date.parse(first.body.updatedAt));

    const nina: Person = { sub, roles: ['dpo', 'auditor'], name: 'Nina Bakker' };
    const wrong = await preferences(nina, { language: 'de', digest: 'ja', colour: 'blue' });
    expect(wrong.status).toBe(400);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrong.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['colour', 'digest', 'language']);
    expect((await preferences(nina, { language: 'en' })).status).toBe(400);
    expect((await preferences(nina, { language: 'en', digest: true })).body).toMatchObject({
      language: 'en',
      digest: true,
      name: 'Nina Bakker',
    });
    const anonymous = await request(app.getHttpServer()).get('/api/v1/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('shows what the local SMTP sink caught at GET /api/v1/mail, outside production only', async () => {
    // The sink `npm start` runs, on a free port, storing into this suite's MAIL_SINK_DIR.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { startMailSink } = require(join(__dirname, '..', 'scripts', 'lib', 'mail-sink.cjs')) as {
      startMailSink: (o: { port: number; dir: string }) => Promise<{ port: number; close: () => Promise<void> }>;
    };
    const sink = await startMailSink({ port: 0, dir: sinkDir });
    const sinkConfig = testConfig({
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
      PUBLIC_URL,
    });
    const dispatcher = new NotificationDispatcher({
      repositories: createRepositories(db, { webhookSecretKey: null }),
      config: sinkConfig,
    });
    const projectId = randomUUID();
    const title = 'Raad geïnformeerd over slimme camera’s';
    try {
      const at = new Date(Date.now() + 3_600_000).toISOString();
      await db.transaction((em) =>
        new NotificationOutboxRepository(db).enqueue(em, [
          {
            notificationId: `${projectId}:1:reminder:case-owner:${people.owner.sub}`,
            projectId,
            kind: 'reminder',
            gate: 'council-information',
            recipientRole: 'case-owner',
            recipientSub: people.owner.sub,
            dueAt: at,
            at: new Date().toISOString(),
            escalationLevel: 0,
            payload: { title, step: 'inform-council', reminder: 1 },
          },
        ]),
      );
      const status = async (): Promise<string> =>
        (await db.query(`SELECT status FROM notification_outbox WHERE project_id = $1`, [projectId]))[0].status;
      await eventually(
        async () => {
          await dispatcher.dispatchOnce();
          return (await status()) === 'sent' ? true : undefined;
        },
        15_000,
        'the reminder handed to the sink',
      );
    } finally {
      await dispatcher.stop();
      await sink.close();
    }
    const caught = await request(app.getHttpServer())
      .get('/api/v1/mail')
      .query({ to: address(people.owner) })
      .set('Authorization', await api.as(people.owner))
      .expect(200);
    const mail = caught.body.find((m: { subject: string }) => m.subject.includes(title));
    expect(mail).toMatchObject({
      to: `Anna Jansen <${address(people.owner)}>`,
      envelopeTo: [address(people.owner)],
      from: 'Waardenpoort <waardenpoort@enschede.example>',
      subject: expect.stringMatching(/^Herinnering: Vastleggen hoe en wanneer de gemeenteraad is geïnformeerd – /),
      messageId: expect.stringMatching(/^<wp\./),
    });
    expect(mail.text).toMatch(new RegExp(`Project: +${title}`));
    expect(mail.text).toContain(`${PUBLIC_URL}/projects/${projectId}`);
    expect(Date.parse(mail.date)).toBeGreaterThan(Date.now() - 60_000);

    const invalid = await request(app.getHttpServer())
      .get('/api/v1/mail')
      .query({ limit: 0 })
      .set('Authorization', await api.as(people.owner));
    expect(invalid.status).toBe(400);

    const secret = 'production-secret-for-this-test-only-0123456789';
    const production = await startApi(testConfig({ NODE_ENV: 'production', JWT_SECRET: secret }));
    try {
      const res = await request(production.getHttpServer())
        .get('/api/v1/mail')
        .set('Authorization', `Bearer ${await token({ sub: 'x', roles: ['cio-office'], secret })}`);
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    } finally {
      await production.close();
    }
  });

  it('ends with every notification of this suite’s projects sent', async () => {
    const rows = await db.query(
      `SELECT o.status, count(*)::int AS n FROM notification_outbox o JOIN project p ON p.id = o.project_id
       WHERE p.department = $1 GROUP BY o.status`,
      [department],
    );
    expect(rows).toEqual([{ status: 'sent', n: expect.any(Number) }]);
  });
});
