/**
 * One worker thread of a parallel audit verification (verify-parallel.ts): checks the chains of one range of
 * project ids on a connection of its own, in the snapshot the coordinating transaction exported.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import type { VerifyWorkerData, VerifyWorkerMessage } from './verify-parallel';
import { verifyChains } from './verify-chains';

async function run(data: VerifyWorkerData): Promise<VerifyWorkerMessage> {
  if (!/^[0-9A-F-]+$/i.test(data.snapshot)) return { type: 'error', message: `not a snapshot id: ${data.snapshot}` };
  const client = new Client({
    connectionString: data.connection.connectionString,
    ...(data.connection.options ? { options: data.connection.options } : {}),
    application_name: 'waardenpoort-audit-verify',
  });
  await client.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(`SET TRANSACTION SNAPSHOT '${data.snapshot}'`);
    await client.query(`SELECT set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO, YMD', true)`);
    const result = await verifyChains(
      client,
      { projectId: null, range: data.range, batchSize: data.batchSize, pins: data.pins },
      (events) => parentPort?.postMessage({ type: 'progress', events } satisfies VerifyWorkerMessage),
    );
    await client.query('COMMIT');
    return { type: 'done', result };
  } finally {
    await client.end();
  }
}

run(workerData as VerifyWorkerData).then(
  (message) => parentPort?.postMessage(message),
  (err: unknown) =>
    parentPort?.postMessage({ type: 'error', message: (err as Error).message } satisfies VerifyWorkerMessage),
);
