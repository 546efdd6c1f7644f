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
