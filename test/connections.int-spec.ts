import { GuardedClient, setOrphanErrorSink } from '@waardenpoort/persistence';
import type { PoolClient } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { eventually, openDatabase, testConfig } from './support/harness';

/**
 * A database connection that PostgreSQL ends while nobody listens for its errors (a pool connection between the
 * pool and TypeORM, say, during a server shutdown) must not take the process down.
 */
describe('database connections that PostgreSQL ends', () => {
  let db: DataSource;
  let reported: Error[];
  let previousSink: ReturnType<typeof setOrphanErrorSink>;

  beforeAll(async () => {
    db = await openDatabase(testConfig());
  });
  beforeEach(() => {
    reported = [];
    previousSink = setOrphanErrorSink((err) => reported.push(err));
  });
  afterEach(() => {
    setOrphanErrorSink(previousSink);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  async function terminate(pid: number): Promise<void> {
    const [row] = await db.query<Array<{ done: boolean }>>('SELECT pg_terminate_backend($1) AS done', [pid]);
    expect(row?.done).toBe(true);
  }

  it('reports the error of a lone client instead of throwing it', async () => {
    const client = new GuardedClient({ connectionString: testConfig().database.url });
    await client.connect();
    const ended = new Promise((resolve) => client.once('end', resolve));
    const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;

    await terminate(pid);
    await ended;

    expect(reported.length).toBeGreaterThanOrEqual(1);
    expect(reported.map((e) => (e as Error & { code?: string }).code)).toContain('57P01');
  });

  it('guards the connections of the data source pool while they are handed out', async () => {
    const driver = db.driver as PostgresDriver;
    // Checked out from the pool and not yet given to a query runner: the pool no longer listens, TypeORM not yet.
    const [client, release] = (await driver.obtainMasterConnection()) as [PoolClient, (err?: Error) => void];
    expect(client).toBeInstanceOf(GuardedClient);
    const pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;

    await terminate(pid);
    await eventually(() => Promise.resolve(reported.length > 0 ? true : undefined), 5_000, 'the error to be reported');
    release(reported[0]);

    expect(reported.map((e) => (e as Error & { code?: string }).code)).toContain('57P01');
    // The pool dropped the dead connection and carries on with a new one.
    const [again] = await db.query<Array<{ one: number }>>('SELECT 1 AS one');
    expect(again?.one).toBe(1);
  });
});
