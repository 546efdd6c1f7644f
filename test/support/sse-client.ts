import http from 'node:http';
import { eventually } from './harness';

export interface SseEvent {
  id: string | null;
  event: string;
  data: string;
}

/** A minimal EventSource over node:http that keeps every event and comment it got. */
export class SseClient {
  readonly events: SseEvent[] = [];
  readonly comments: string[] = [];
  status = 0;
  private buffer = '';
  private readonly req: http.ClientRequest;
  readonly ended: Promise<void>;

  constructor(url: string, headers: Record<string, string>) {
    let done: () => void = () => undefined;
    this.ended = new Promise((resolve) => (done = resolve));
    // No keep-alive agent: a stream the server ended must not leave an idle connection behind.
    this.req = http.get(url, { agent: false, headers: { Accept: 'text/event-stream', ...headers } }, (res) => {
      this.status = res.statusCode ?? 0;
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => this.feed(chunk));
      res.on('end', done);
      res.on('close', done);
    });
    this.req.on('error', done);
  }

  close(): void {
    this.req.destroy();
  }

  async waitFor<T>(find: () => T | undefined, what: string, timeoutMs = 60_000): Promise<T> {
    return eventually(async () => Promise.resolve(find()), timeoutMs, what);
  }

  projectEvents(): Array<{ id: string | null; project: Record<string, any> }> {
    return this.events
      .filter((e) => e.event === 'project')
      .map((e) => ({ id: e.id, project: JSON.parse(e.data) as Record<string, any> }));
  }

  private feed(chunk: string): void {
    this.buffer += chunk;
    let end: number;
    while ((end = this.buffer.indexOf('\n\n')) >= 0) {
      const block = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      const event: SseEvent = { id: null, event: 'message', data: '' };
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) this.comments.push(line.slice(1).trim());
        else if (line.startsWith('id: ')) event.id = line.slice(4);
        else if (line.startsWith('event: ')) event.event = line.slice(7);
        else if (line.startsWith('data: ')) event.data += line.slice(6);
      }
      if (event.data !== '') this.events.push(event);
    }
  }
}
