import type { INestApplication } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@waardenpoort/config';
import type { RunningWorker } from '@waardenpoort/worker';
import type { DataSource } from 'typeorm';
import { openDatabase, startApi, startTestWorker, temporalClient } from './harness';
import { ProjectApi } from './project-api';

/** What a suite runs against: its database connection (superuser), a Temporal client, a worker and the API. */
export interface TestSystem {
  config: AppConfig;
  db: DataSource;
  temporal: Client;
  worker: RunningWorker;
  app: INestApplication;
  api: ProjectApi;
  /** Stops what was started, in the reverse order. */
  stop(): Promise<void>;
}

/** Starts a suite's system for `config`; a step that fails stops what was started before it. */
export async function startTestSystem(config: AppConfig): Promise<TestSystem> {
  const stops: Array<() => Promise<void>> = [];
  const stop = async (): Promise<void> => {
    for (const s of stops.splice(0).reverse()) await s();
  };
  try {
    const db = await openDatabase(config);
    stops.push(() => db.destroy());
    const temporal = await temporalClient(config);
    stops.push(() => temporal.connection.close());
    const worker = await startTestWorker(config);
    stops.push(() => worker.shutdown());
    const app = await startApi(config);
    stops.push(() => app.close());
    return { config, db, temporal, worker, app, api: new ProjectApi(app), stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * One system for the enclosing `describe`: started before its tests (`beforeAll`), stopped after them (`afterAll`),
 * and handed to `use` once started, so that a suite keeps its own names for the parts it reads.
 */
export function useTestSystem(config: () => AppConfig, use: (system: TestSystem) => void): void {
  let system: TestSystem | undefined;
  beforeAll(async () => {
    system = await startTestSystem(config());
    use(system);
  });
  afterAll(async () => {
    await system?.stop();
  });
}
