import { Logger } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import {
  type MailDeliveryRepository,
  type PersonRepository,
  type Repositories,
  type ClaimedDigest,
  type ClaimedNotification,
  type ClaimOutcome,
  type Delivery,
  type ProjectMailContext,
} from '@waardenpoort/persistence';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { latestDigestMoment } from './amsterdam-time';
import { deadlineCalendar, taskKeyOf, tasksToLookUp } from './ics';
import { routingNote } from './organisation-routing';
import { goesToDigest, resolveRecipients } from './recipients';
import { messageIdFor, renderDigest, renderNotification, type DigestItem, type RenderedMail } from './render';
import { createTransport, describeError, isPermanentFailure, SMTP_TIMEOUTS, type MailTransport } from './smtp';

/**
 * How long a claim holds a row without being renewed. The lease is renewed before every mail, and one mail takes at
 * most the sum of the SMTP timeouts, so a live dispatcher never loses a row it is working on; a dead one releases
 * its rows after this long.
 */
const LEASE_MS = 2 * (SMTP_TIMEOUTS.connectionTimeout + SMTP_TIMEOUTS.greetingTimeout + SMTP_TIMEOUTS.socketTimeout);
/** Back-off never waits longer than this between attempts. */
const MAX_RETRY_DELAY_MS = 3_600_000;
/**
 * Digests are batched when a digest moment passes, and again this often: a delivery held by a transaction that
 * committed just after the batch still makes today's digest.
 */
const REBATCH_MS = 10 * 60_000;

export interface DispatcherOptions {
  repositories: Pick<Repositories, 'mailDeliveries' | 'people' | 'organisation'> &
    Partial<Pick<Repositories, 'absences'>>;
  config: AppConfig;
  /** Rows claimed per round trip */
  batchSize?: number;
  /** Lease on claimed rows; LEASE_MS unless a test wants a dead dispatcher's rows back sooner */
  leaseMs?: number;
  /** Replaces the SMTP transport built from the configuration */
  transport?: MailTransport;
  /** Shown in log lines */
  name?: string;
}

export interface DispatcherStats {
  /** Mails SMTP accepted: single mails and digests */
  sent: number;
  /** Attempts that failed and will be retried */
  retried: number;
  /** Mails given up on */
  failed: number;
  digests: number;
}

type Level = 'error' | 'warn' | 'log' | 'debug';
const LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

/**
 * Delivers the notification outbox by mail, in the worker process. Several dispatchers (worker replicas) can run at
 * once: rows are claimed with `FOR UPDATE SKIP LOCKED` under a lease, recipients are fixed on the first attempt,
 * and each recipient's mail is recorded as sent the moment SMTP accepts it, so a retry only goes to the recipients
 * that did not get it. Task and reminder mails for people who chose a digest wait for the daily digest.
 */
export class NotificationDispatcher {
  readonly stats: DispatcherStats = { sent: 0, retried: 0, failed: 0, digests: 0 };
  private readonly deliveries: MailDeliveryRepository;
  private readonly people: PersonRepository;
  private readonly transport: MailTransport;
  private readonly ownTransport: boolean;
  /** Fences this dispatcher's writes: a row it lost to another dispatcher is not overwritten by it. */
  private readonly token: string;
  private readonly batchSize: number;
  private readonly leaseMs: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = true;
  private lastDigestCutoff = 0;
  private lastBatchAt = 0;
  private readonly logger: Logger;

  constructor(private readonly options: DispatcherOptions) {
    this.logger = new Logger(options.name ? `Mail [${options.name}]` : 'Mail');
    this.deliveries = options.repositories.mailDeliveries;
    this.people = options.repositories.people;
    this.ownTransport = !options.transport;
    this.transport = options.transport ?? createTransport(options.config.mail);
    this.token = `${hostname()}:${process.pid}:${randomUUID()}`;
    this.batchSize = options.batchSize ?? 20;
    this.leaseMs = options.leaseMs ?? LEASE_MS;
  }

  private get mail(): AppConfig['mail'] {
    return this.options.config.mail;
  }

  /** Polls until `stop()`; a round that fails (the database is away) is logged and the next one tries again. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const { host, port } = this.mail.smtp;
    this.log('log', `sending mail through ${host}:${port} as ${this.mail.from.address}`);
    const loop = (): void => {
      if (this.stopped) return;
      this.running = this.round()
        .catch((err: unknown) => this.log('error', `mail round failed: ${describeError(err)}`))
        .finally(() => {
          this.running = null;
          if (!this.stopped) this.timer = setTimeout(loop, this.mail.pollMs);
        });
    };
    loop();
  }

  /** Stops polling and waits for the round in progress; what it held is released by the lease. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
    if (this.ownTransport) this.transport.close();
  }

  /** One polling round: everything due now, then digests that are due. */
  private async round(): Promise<void> {
    while (!this.stopped && (await this.dispatchOnce()) === this.batchSize) {
      // A full batch: more may be waiting.
    }
    const now = new Date();
    const cutoff = latestDigestMoment(now, this.mail.digestHour);
    if (cutoff.getTime() !== this.lastDigestCutoff || now.getTime() - this.lastBatchAt > REBATCH_MS) {
      await this.deliveries.batchDigests(cutoff, (id) => messageIdFor(id, this.mail.from.address));
      this.lastDigestCutoff = cutoff.getTime();
      this.lastBatchAt = now.getTime();
    }
    await this.sendDueDigests();
  }

  /** Claims one batch of due notifications and delivers them; returns how many it claimed. */
  async dispatchOnce(): Promise<number> {
    const claimed = await this.deliveries.claimNotifications(this.token, this.batchSize, this.leaseMs);
    if (claimed.length === 0) return 0;
    const projects = await this.deliveries.projects(claimed.map((n) => n.projectId));
    const tasks = await this.deliveries.openTaskIds(tasksToLookUp(claimed));
    for (const n of claimed) {
      try {
        await this.deliver(n, projects.get(n.projectId) ?? null, tasks.get(taskKeyOf(n)) ?? null);
      } catch (err) {
        // The row stays claimed until its lease ends and is then tried again; its attempts still count.
        this.log('error', `notification ${n.id}: ${describeError(err)}`);
      }
    }
    return claimed.length;
  }

  /**
   * Sends the daily digest now for everything held before `cutoff` (default: now), and any digest still due.
   * The polling loop does this at DIGEST_HOUR; tests and operators call it directly.
   */
  async runDigest(cutoff: Date = new Date()): Promise<{ digests: number }> {
    const created = await this.deliveries.batchDigests(cutoff, (id) => messageIdFor(id, this.mail.from.address));
    await this.sendDueDigests();
    return { digests: created };
  }

  private async deliver(
    n: ClaimedNotification,
    project: ProjectMailContext | null,
    taskId: string | null,
  ): Promise<void> {
    let deliveries = await this.deliveries.deliveries(n.id);
    if (deliveries.length === 0) {
      const recipients = await resolveRecipients(n, {
        people: this.people,
        project,
        roleMailboxes: this.mail.roleMailboxes,
        organisation: this.options.repositories.organisation,
        absences: this.options.repositories.absences,
      });
      if (recipients.length === 0) {
        const why = n.recipientSub
          ? `no e-mail address for ${n.recipientSub}`
          : `nobody with role ${n.recipientRole} and an e-mail address in the person directory, and no ROLE_MAILBOXES entry`;
        // People join the directory when they first sign in, so a later attempt may find someone.
        await this.finish(n, { status: 'pending', retryInMs: 0, lastError: why });
        return;
      }
      deliveries = await this.deliveries.addDeliveries(
        n.id,
        recipients.map((r) => ({
          recipient: r.address,
          recipientSub: r.sub,
          recipientName: r.name,
          language: r.language,
          messageId: messageIdFor(`${n.id}\n${r.address}`, this.mail.from.address),
          status: goesToDigest(n.kind, r) ? 'held' : 'pending',
        })),
      );
    }

    const errors: string[] = [];
    for (const d of deliveries) {
      // `sending`: an earlier attempt handed it to SMTP and died before it could record the outcome.
      if (d.status !== 'pending' && d.status !== 'sending') continue;
      if (!(await this.deliveries.renewNotificationLease(n.id, this.token, this.leaseMs))) {
        this.log('warn', `lost the lease on notification ${n.id}; another dispatcher carries on`);
        return;
      }
      if (!(await this.deliveries.startDelivery(n.id, d.recipient))) continue;
      const { publicUrl } = this.options.config;
      const rendered = renderNotification(n, {
        addressee: { name: d.recipientName, mailbox: d.recipientSub === null, language: d.language },
        project,
        publicUrl,
      });
      const calendar = deadlineCalendar([{ notification: n, project, taskId }], d.language, publicUrl);
      // Mail meant for a department head that the CIO office gets instead says why, Dutch first.
      const note = n.recipientRole === 'department-head' ? await this.routingNoteOf(n.id) : null;
      const mail = note ? { ...rendered, text: `${note.nl}\n${note.en}\n\n${rendered.text}` } : rendered;
      try {
        await this.send({ ...mail, calendar }, d, {
          'X-Waardenpoort-Notification': n.id,
          'X-Waardenpoort-Project': n.projectId,
          'X-Waardenpoort-Kind': n.kind,
        });
        await this.deliveries.deliverySent(n.id, d.recipient);
        this.stats.sent += 1;
      } catch (err) {
        const message = describeError(err);
        const permanent = isPermanentFailure(err);
        await this.deliveries.deliveryFailed(n.id, d.recipient, message, permanent);
        errors.push(`${d.recipient}: ${message}`);
        this.log('warn', `mail for ${n.id} failed${permanent ? ' for good' : ''}: ${message}`);
      }
    }

    const after = await this.deliveries.deliveries(n.id);
    const open = after.filter((d) => d.status === 'pending' || d.status === 'sending');
    const failed = after.filter((d) => d.status === 'failed');
    const lastError = errors.join('; ') || (failed[0]?.lastError ?? '');
    if (open.length === 0 && failed.length === 0) {
      await this.finish(n, { status: 'sent' });
    } else if (open.length > 0) {
      await this.finish(n, { status: 'pending', retryInMs: 0, lastError });
    } else {
      await this.finish(n, { status: 'failed', lastError });
    }
  }

  private async routingNoteOf(notificationId: string): Promise<{ nl: string; en: string } | null> {
    const routing = await this.options.repositories.organisation.routing(notificationId);
    return routing ? routingNote(routing) : null;
  }

  /** Ends a claim; a retry waits by exponential back-off, and runs out after MAIL_MAX_ATTEMPTS. */
  private async finish(n: ClaimedNotification, outcome: ClaimOutcome): Promise<void> {
    let final = outcome;
    if (outcome.status === 'pending') {
      if (n.attempts >= this.mail.maxAttempts) {
        final = { status: 'failed', lastError: `gave up after ${n.attempts} attempts: ${outcome.lastError}` };
        await this.deliveries.failOpenDeliveries(n.id, final.lastError);
      } else {
        final = { ...outcome, retryInMs: this.backoff(n.attempts) };
        this.stats.retried += 1;
      }
    }
    if (final.status === 'failed') {
      this.stats.failed += 1;
      this.log('error', `notification ${n.id} failed: ${final.lastError}`);
    }
    await this.deliveries.finishNotification(n.id, this.token, final);
  }

  private backoff(attempts: number): number {
    const base = this.mail.retryBaseMs;
    return Math.min(base * 2 ** Math.max(0, attempts - 1), Math.max(base, MAX_RETRY_DELAY_MS));
  }

  private async sendDueDigests(): Promise<void> {
    for (;;) {
      const claimed = await this.deliveries.claimDigests(this.token, this.batchSize, this.leaseMs);
      for (const digest of claimed) await this.sendDigest(digest);
      if (claimed.length < this.batchSize) return;
    }
  }

  private async sendDigest(digest: ClaimedDigest): Promise<void> {
    const items = await this.deliveries.digestItems(digest.id);
    const projects = await this.deliveries.projects(items.map((n) => n.projectId));
    const tasks = await this.deliveries.openTaskIds(tasksToLookUp(items));
    // One attachment with every deadline of the digest (each task once), as the single mails would have carried them.
    const calendar = deadlineCalendar(
      items.map((n) => ({
        notification: n,
        project: projects.get(n.projectId) ?? null,
        taskId: tasks.get(taskKeyOf(n)) ?? null,
      })),
      digest.language,
      this.options.config.publicUrl,
    );
    const entries: DigestItem[] = [];
    for (const n of items) {
      // A department head's task that the CIO office gets instead says why, as its single mail would.
      const note = n.recipientRole === 'department-head' ? await this.routingNoteOf(n.id) : null;
      entries.push({ notification: n, project: projects.get(n.projectId) ?? null, note });
    }
    const mail = renderDigest(entries, {
      addressee: { name: digest.recipientName, mailbox: false, language: digest.language },
      publicUrl: this.options.config.publicUrl,
    });
    let outcome: ClaimOutcome;
    try {
      await this.send({ ...mail, calendar }, digest, { 'X-Waardenpoort-Digest': digest.id });
      this.stats.sent += 1;
      this.stats.digests += 1;
      outcome = { status: 'sent' };
    } catch (err) {
      const message = describeError(err);
      if (isPermanentFailure(err) || digest.attempts >= this.mail.maxAttempts) {
        this.stats.failed += 1;
        outcome = { status: 'failed', lastError: message };
        this.log('error', `digest ${digest.id} failed: ${message}`);
      } else {
        this.stats.retried += 1;
        outcome = { status: 'pending', retryInMs: this.backoff(digest.attempts), lastError: message };
      }
    }
    await this.deliveries.finishDigest(digest.id, this.token, outcome);
  }

  private async send(
    mail: RenderedMail & { calendar: string | null },
    to: Pick<Delivery, 'recipient' | 'recipientName' | 'messageId'>,
    headers: Record<string, string>,
  ): Promise<void> {
    const { from } = this.mail;
    await this.transport.sendMail({
      from: from.name ? { name: from.name, address: from.address } : from.address,
      to: { name: to.recipientName, address: to.recipient },
      subject: mail.subject,
      text: mail.text,
      messageId: to.messageId,
      // The deadline as an iCalendar object (METHOD:PUBLISH): a calendar program offers to add or update the event.
      ...(mail.calendar
        ? {
            attachments: [
              {
                filename: mail.language === 'en' ? 'deadline.ics' : 'termijn.ics',
                content: mail.calendar,
                contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
              },
            ],
          }
        : {}),
      headers: {
        ...headers,
        'Content-Language': mail.language,
        // RFC 3834: no out-of-office replies to a machine; the second is what Exchange listens to.
        'Auto-Submitted': 'auto-generated',
        'X-Auto-Response-Suppress': 'All',
      },
    });
  }

  /** Through Nest's Logger (pino in the worker); an address an SMTP answer repeats is no part of the line. */
  private log(level: Level, message: string): void {
    // Also where Nest's Logger is its console default (a worker inside a test process), LOG_LEVEL holds.
    if (LEVELS.indexOf(level) > LEVELS.indexOf(this.options.config.logLevel)) return;
    this.logger[level](message.replace(/[^\s<>"'@]+@[^\s<>"'@]+/g, '[address]'));
  }
}
