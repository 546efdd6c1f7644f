import { Logger } from '@nestjs/common';
import type { WebhookConfig } from '@waardenpoort/config';
import {
  postWebhook,
  type Repositories,
  type WebhookFeedRepository,
  type WebhookRepository,
  type ClaimedDelivery,
  type DeliveryErrorCode,
  type WebhookAttemptRecord,
} from '@waardenpoort/persistence';
import { DELIVERY_HEADER, EVENT_HEADER, SIGNATURE_HEADER, signWebhook, TIMESTAMP_HEADER } from './webhook-signature';

/** Feed rows turned into deliveries per transaction. */
const FAN_OUT_BATCH = 500;
/** Deliveries sent at once. */
const PARALLEL_SENDS = 16;
/** The longest wait between two attempts. */
const MAX_BACKOFF_MS = 3_600_000;
/** How long feed rows stay after the dispatcher passed them: the live stream's window for Last-Event-ID. */
const FEED_RETENTION_MS = 24 * 3_600_000;
const PRUNE_EVERY_MS = 10 * 60_000;

/**
 * Exponential back-off with jitter: about base, 2×base, 4×base, ... (each between half and the whole of it, so
 * receivers that failed together are not retried in lockstep), at most an hour. Null when attempts are used up.
 */
export function nextRetryInMs(
  attempt: number,
  config: Pick<WebhookConfig, 'retryBaseMs' | 'maxAttempts'>,
  random: () => number = Math.random,
): number | null {
  if (attempt >= config.maxAttempts) return null;
  const full = Math.min(MAX_BACKOFF_MS, config.retryBaseMs * 2 ** (attempt - 1));
  return Math.round(full / 2 + random() * (full / 2));
}

export interface WebhookDispatcherOptions {
  repositories: Pick<Repositories, 'webhooks' | 'webhookFeed'>;
  config: WebhookConfig;
  userAgent?: string;
}

/**
 * Delivers webhooks from the worker: fans new audit events out to the subscriptions that want them (a cursor over
 * the feed), POSTs due deliveries signed with HMAC-SHA256, records every attempt, and retries failures with
 * back-off. At least once: a receiver that answered 2xx is never sent the delivery again, but one whose answer
 * was lost (a crash between its 2xx and our write) gets it again after the lease; the X-Waardenpoort-Delivery
 * header lets it notice.
 */
export class WebhookDispatcher {
  private readonly logger = new Logger('WebhookDispatcher');
  private readonly webhooks: WebhookRepository;
  private readonly feed: WebhookFeedRepository;
  private readonly inFlight = new Set<AbortController>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private lastPrune = 0;

  constructor(private readonly options: WebhookDispatcherOptions) {
    this.webhooks = options.repositories.webhooks;
    this.feed = options.repositories.webhookFeed;
  }

  start(): void {
    this.stopped = false;
    // Secrets of subscriptions from before they were encrypted at rest: sealed now, with the key only we hold.
    void this.webhooks
      .sealPlaintextSecrets()
      .then((n) => n > 0 && this.logger.log(`sealed ${n} webhook secret(s) stored in plain text`))
      .catch((err: unknown) =>
        this.logger.warn(`could not seal plain-text webhook secrets: ${(err as Error).message}`),
      );
    this.schedule(0);
  }

  /** Stops polling, aborts requests in flight (their leases run out, so they are retried) and waits for the round. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const controller of this.inFlight) controller.abort();
    await this.running;
  }

  /** One round: fan out what is new, send what is due, now and then prune the feed. */
  async runOnce(): Promise<void> {
    for (;;) {
      const fanned = await this.webhooks.fanOut(FAN_OUT_BATCH);
      if (this.stopped || !fanned.ran || fanned.read < FAN_OUT_BATCH) break;
    }
    // Claim only what can be sent now, so nothing waits out a lease in our queue.
    while (!this.stopped) {
      const claimed = await this.webhooks.claimDue(PARALLEL_SENDS, this.options.config.timeoutMs + 30_000);
      if (claimed.length === 0) break;
      await Promise.all(claimed.map((d) => this.deliver(d)));
      if (claimed.length < PARALLEL_SENDS) break;
    }
    if (!this.stopped && Date.now() - this.lastPrune > PRUNE_EVERY_MS) {
      this.lastPrune = Date.now();
      const cursor = await this.webhooks.cursor();
      if (cursor) await this.feed.prune(cursor, FEED_RETENTION_MS);
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.runOnce()
        .catch((err: unknown) => {
          // The database may be away for a moment; the next round tries again, nothing is lost.
          if (!this.stopped) this.logger.warn(`webhook round failed: ${(err as Error).message}`);
        })
        .finally(() => {
          this.running = null;
          this.schedule(this.options.config.pollMs);
        });
    }, delayMs);
  }

  private async deliver(d: ClaimedDelivery): Promise<void> {
    const controller = new AbortController();
    this.inFlight.add(controller);
    const started = Date.now();
    const timestamp = Math.floor(started / 1000);
    let result: Omit<WebhookAttemptRecord, 'attempt'>;
    const failed = (error: DeliveryErrorCode, statusCode: number | null = null): typeof result => ({
      attemptedAt: new Date(started),
      durationMs: Date.now() - started,
      statusCode,
      outcome: 'failed',
      error,
    });
    try {
      if (d.secret === null) {
        // The secret does not open with this key (a wrong or rotated WEBHOOK_SECRET_KEY): retried, so a fixed key
        // still delivers.
        result = failed('secret-unavailable');
      } else {
        // Internal addresses are refused after DNS resolution, and the connection goes to the checked address; no
        // redirect is followed (a receiver that moved must be subscribed again under its new URL).
        const outcome = await postWebhook({
          url: d.targetUrl,
          body: d.body,
          timeoutMs: this.options.config.timeoutMs,
          signal: controller.signal,
          allowed: this.options.config.allowedTargets,
          headers: {
            'Content-Type': 'application/json',
            'User-Agent': this.options.userAgent ?? 'Waardenpoort-Webhooks/1',
            [EVENT_HEADER]: d.eventType,
            [DELIVERY_HEADER]: d.id,
            [TIMESTAMP_HEADER]: String(timestamp),
            [SIGNATURE_HEADER]: signWebhook(d.secret, timestamp, d.body),
          },
        });
        if ('error' in outcome) result = failed(outcome.error);
        else if (outcome.statusCode >= 200 && outcome.statusCode < 300) {
          result = {
            attemptedAt: new Date(started),
            durationMs: Date.now() - started,
            statusCode: outcome.statusCode,
            outcome: 'succeeded',
            error: null,
          };
        } else result = failed(`http-${outcome.statusCode}`, outcome.statusCode);
      }
    } catch (err) {
      // Stopped mid-request: record nothing; the lease runs out and the next dispatcher retries it.
      if (controller.signal.aborted) return;
      throw err;
    } finally {
      this.inFlight.delete(controller);
    }
    const nextInMs = result.outcome === 'succeeded' ? null : nextRetryInMs(d.attempt, this.options.config);
    await this.webhooks.recordAttempt(d, result, { nextInMs });
  }
}
