import type { DataSource, EntityManager } from 'typeorm';

/** A pool (the service) or one transaction (a test that compares two figures at one instant). */
export type Queryable = Pick<DataSource | EntityManager, 'query'>;

/**
 * Runs a reporting query: one round trip on a pooled connection. The report queries read narrow tables and
 * covering indexes (migration PipelineFigures1765100000000), so their sorts fit in the default work_mem, and that
 * migration turned PostgreSQL's JIT compiler off for the database: on the old wide queries its estimated cost
 * passed `jit_above_cost` and compiling took longer (about 1.4 s on 100,000 projects) than running them. Five
 * statements per report query (a read-only transaction with its settings) cost more than the queries themselves
 * once those were fast.
 */
export async function reportQuery<T>(dataSource: Queryable, sql: string, params: unknown[] = []): Promise<T[]> {
  return dataSource.query<T[]>(sql, params);
}

/**
 * A Queryable that runs at most `limit` of its statements at a time, the others waiting their turn. A pipeline
 * report is nine statements (five of them lead times, one per gate); fired all at once they take nine connections
 * and nine PostgreSQL backends competing for the same cores, and the slowest of them sets the answer's time.
 */
export function limitConcurrency(dataSource: Queryable, limit: number): Queryable {
  let running = 0;
  const waiting: Array<() => void> = [];
  return {
    async query<T>(sql: string, params?: unknown[]): Promise<T> {
      if (running < limit) running += 1;
      // A finished statement hands its slot straight to the next one waiting, so none can slip in between.
      else await new Promise<void>((resolve) => waiting.push(resolve));
      try {
        return await dataSource.query<T>(sql, params);
      } finally {
        const next = waiting.shift();
        if (next) next();
        else running -= 1;
      }
    },
  };
}
