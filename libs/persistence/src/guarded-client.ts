import { Client, type ClientConfig } from 'pg';

/** Where a connection error goes when nobody else listens for it; replaceable for tests. */
export type OrphanErrorSink = (err: Error) => void;

let sink: OrphanErrorSink = (err) =>
  process.emitWarning(`PostgreSQL connection lost while no query was running: ${err.message}`, 'WaardenpoortPgWarning');

/** Replaces where orphaned connection errors are reported; returns the previous sink. */
export function setOrphanErrorSink(next: OrphanErrorSink): OrphanErrorSink {
  const previous = sink;
  sink = next;
  return previous;
}

/**
 * A pg client that always has a listener for its `error` event.
 *
 * The pool and TypeORM each listen while they hold a connection, but there is a moment between them: when a new
 * connection's "ready" and the server's "terminating connection" (57P01, as on a PostgreSQL shutdown) arrive in one
 * network read, pg parses both synchronously, so the error is emitted after the pool has handed the client out and
 * before TypeORM has attached its listener. An `error` event without a listener throws and takes the process down.
 * With this listener the error is reported as a warning instead; the connection is dead either way, and the pool
 * and TypeORM drop it at its next use (pg marks it not queryable).
 */
export class GuardedClient extends Client {
  constructor(config?: string | ClientConfig) {
    super(config);
    this.on('error', (err: Error) => {
      if (this.listenerCount('error') === 1) sink(err);
    });
  }
}
