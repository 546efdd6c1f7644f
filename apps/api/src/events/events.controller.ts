import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { AppConfig } from '@waardenpoort/config';
import { canReadProject, projectScopesOf, type Actor } from '@waardenpoort/domain';
import { compareFeedPositions, parseFeedPosition, type FeedPosition } from '@waardenpoort/persistence';
import type { Response } from 'express';
import { CurrentActor } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { APP_CONFIG } from '../config/config.module';
import { ProjectChangeHub, type ChangeListener, type ProjectChange } from './project-change-hub';

/** A client further behind than this reloads its view instead of replaying (it gets `event: resync`). */
const MAX_REPLAY_ROWS = 20_000;
/** A client that does not read its stream is dropped once this much is queued for it; it can resume. */
const MAX_BUFFERED_BYTES = 1 << 20;
/** What the browser waits before reconnecting. */
const RETRY_MS = 3_000;

/** Seconds since the epoch at which the bearer token expires, if it says so. It was verified by the guard already. */
function tokenExpiry(authorization: string | undefined): number | null {
  const payload = authorization?.split(' ')[1]?.split('.')[1];
  if (!payload) return null;
  try {
    const exp: unknown = (JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp : null;
  } catch {
    return null;
  }
}

@ApiTags('events')
@ApiBearerAuth()
@Controller('api/v1/events')
export class EventsController {
  constructor(
    private readonly hub: ProjectChangeHub,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Server-sent events of project state changes, for live pipelines: `event: project` with the project's id,
   * status, current gate and version, as they are when the change is sent: only of the projects the caller may read
   * (READ_SCOPE in libs/domain, the rule of the project list), including those the caller stands in on for a colleague
   * (a current absence naming them substitute, a task delegated to them), looked up as each batch is sent. Send `Last-Event-ID` to resume
   * after the last event seen (within a day). The stream ends when the bearer token expires: reconnect with a
   * fresh one.
   */
  @Get()
  @ApiProduces('text/event-stream')
  @ApiHeader({ name: 'Last-Event-ID', required: false, description: 'Resume after this event id' })
  @ApiOkResponse({ description: 'text/event-stream: `event: project`, `data: {id, status, currentGate, version}`' })
  async stream(
    @CurrentActor() actor: Actor,
    @Headers('last-event-id') lastEventId: string | undefined,
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    let resumeFrom: FeedPosition | null = null;
    if (lastEventId !== undefined && lastEventId.trim() !== '') {
      resumeFrom = parseFeedPosition(lastEventId);
      if (!resumeFrom) {
        throw new ProblemException(400, `Last-Event-ID "${lastEventId}" is not an id this stream sent.`, {
          slug: 'invalid-last-event-id',
        });
      }
    }
    // The same rule as the project list (READ_SCOPE), per change: a project outside the caller's scope is not sent.
    // A project the caller stands in on counts as one they act on, as the list's SQL counts it (`acting`); the hub
    // looks that up only for a reader whose scope has `acting` and is not everything.
    const scopes = projectScopesOf(actor);
    const standInSub = scopes.includes('acting') && !scopes.includes('all') ? actor.sub : undefined;
    const visible = (c: ProjectChange): boolean =>
      canReadProject(
        c.standIns.has(actor.sub) ? { ...c.scope, participantSubs: [...c.scope.participantSubs, actor.sub] } : c.scope,
        actor,
      );

    let closed = false;
    // Live changes wait here while the replay of what the client missed is still being written.
    let pending: ProjectChange[] | null = [];
    const write = (text: string): void => {
      if (closed) return;
      res.write(text);
      if (res.writableLength > MAX_BUFFERED_BYTES) close();
    };
    const send = (changes: ProjectChange[]): void => {
      for (const c of changes) {
        if (visible(c)) write(`id: ${c.eventId}\nevent: project\ndata: ${JSON.stringify(c.project)}\n\n`);
      }
    };
    const listener: ChangeListener = {
      ...(standInSub === undefined ? {} : { standInSub }),
      deliver: (changes) => (pending ? pending.push(...changes) : send(changes)),
      close: () => close(),
    };
    const timers: { heartbeat?: NodeJS.Timeout; expiry?: NodeJS.Timeout } = {};
    const close = (): void => {
      if (closed) return;
      closed = true;
      clearInterval(timers.heartbeat);
      clearTimeout(timers.expiry);
      this.hub.unlisten(listener);
      res.end();
    };
    const live = await this.hub.listen(listener);
    // The response's close, not the request's: a request emits 'close' as soon as its (empty) body is read.
    res.on('close', close);
    // The client may have gone while we were joining.
    if (!res.socket || res.socket.destroyed) return close();
    timers.heartbeat = setInterval(() => write(': heartbeat\n\n'), this.config.monitoring.eventsHeartbeatMs);
    const expiry = tokenExpiry(authorization);
    if (expiry !== null) {
      timers.expiry = setTimeout(close, Math.max(0, Math.min(expiry * 1000 - Date.now(), 2 ** 31 - 1)));
    }

    res.status(200);
    res.setHeader('Content-Type', 'text/event-stream; charset=utf-8');
    res.setHeader('Cache-Control', 'no-cache, no-transform');
    res.setHeader('Connection', 'keep-alive');
    // Reverse proxies (nginx) would otherwise hold events back in their buffer.
    res.setHeader('X-Accel-Buffering', 'no');
    res.flushHeaders();
    write(`retry: ${RETRY_MS}\n: connected\n\n`);

    if (resumeFrom && compareFeedPositions(resumeFrom, live) < 0) {
      try {
        const missed = await this.hub.replay(resumeFrom, live, MAX_REPLAY_ROWS, standInSub);
        if (missed === null) write(`event: resync\ndata: {}\n\n`);
        else send(missed);
      } catch {
        // The replay failed (database away): tell the client to reload rather than pretend nothing was missed.
        write(`event: resync\ndata: {}\n\n`);
      }
    }
    const queued = pending;
    pending = null;
    send(queued);
  }
}
