import { limitConcurrency, type Queryable } from './report-query';

/** A stand-in connection pool whose statements end when the test says so. */
function fakePool(): { pool: Queryable; running: () => number; maxRunning: () => number; finish: (n: number) => void } {
  let running = 0;
  let maxRunning = 0;
  const pending: Array<{ sql: string; resolve: (rows: unknown) => void; reject: (err: Error) => void }> = [];
  const pool = {
    query: (sql: string) =>
      new Promise((resolve, reject) => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        pending.push({
          sql,
          resolve: (rows) => {
            running -= 1;
            resolve(rows);
          },
          reject: (err) => {
            running -= 1;
            reject(err);
          },
        });
      }),
  } as Queryable;
  return {
    pool,
    running: () => running,
    maxRunning: () => maxRunning,
    finish: (n) => {
      for (const p of pending.splice(0, n)) {
        if (p.sql === 'fail') p.reject(new Error('statement failed'));
        else p.resolve([{ sql: p.sql }]);
      }
    },
  };
}

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

describe('limitConcurrency', () => {
  it('runs at most the limit at a time, all statements in the end, each with its own answer', async () => {
    const fake = fakePool();
    const limited = limitConcurrency(fake.pool, 3);
    const answers = Array.from({ length: 9 }, (_, i) => limited.query<Array<{ sql: string }>>(`q${i}`));
    await turn();
    expect(fake.running()).toBe(3);
    for (let round = 0; round < 5; round++) {
      fake.finish(1);
      // A new caller arriving while a slot is handed over must wait too.
      if (round === 0) answers.push(limited.query<Array<{ sql: string }>>('late'));
      await turn();
      expect(fake.running()).toBe(3);
    }
    while (fake.running() > 0) {
      fake.finish(3);
      await turn();
    }
    expect(fake.maxRunning()).toBe(3);
    expect((await Promise.all(answers)).map((rows) => rows[0]?.sql)).toEqual([
      ...Array.from({ length: 9 }, (_, i) => `q${i}`),
      'late',
    ]);
  });

  it('frees the slot of a statement that failed, and passes its error on', async () => {
    const fake = fakePool();
    const limited = limitConcurrency(fake.pool, 1);
    const failing = limited.query('fail');
    const next = limited.query('after');
    await turn();
    expect(fake.running()).toBe(1);
    fake.finish(1);
    await expect(failing).rejects.toThrow('statement failed');
    await turn();
    expect(fake.running()).toBe(1);
    fake.finish(1);
    expect(await next).toEqual([{ sql: 'after' }]);
  });
});
