import type { AppConfig } from '@waardenpoort/config';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { TEST_POLICY_FILE } from './support/answers';
import { eventually, testConfig, token } from './support/harness';
import { OtlpReceiver, type ReceivedSpan } from './support/otlp-receiver';
import { kill, spawnWorker } from './support/processes';
import { PEOPLE } from './support/project-api';

const ROOT = join(__dirname, '..');
const SERVER = 2;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** `node apps/api/dist/main.js`, as deployed: tracing must start before its modules load, which only a process shows. */
async function spawnApi(config: AppConfig, env: Record<string, string>): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DEV_MODE: 'true',
      PORT: String(port),
      DATABASE_URL: config.database.url,
      DATABASE_ROLE: config.database.role ?? '',
      AUDIT_CHECKPOINT_KEY_FILE: process.env.AUDIT_CHECKPOINT_KEY_FILE ?? '',
      AUDIT_CHECKPOINT_DIR: config.auditWitness.checkpointDir,
      TEMPORAL_ADDRESS: config.temporal.address,
      TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
      POLICY_FILE: TEST_POLICY_FILE,
      RATE_LIMIT_PER_MINUTE: '1000000',
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  await eventually(async () => ((await fetch(`${url}/health`)).status > 0 ? true : undefined), 60_000, 'the API');
  return { child, url };
}

async function post(url: string, body: object, key: string): Promise<Response> {
  const bearer = await token({ sub: PEOPLE.owner.sub, roles: PEOPLE.owner.roles, name: PEOPLE.owner.name });
  return fetch(url, {
    method: 'POST',
    headers: { Authorization: `Bearer ${bearer}`, 'Content-Type': 'application/json', 'Idempotency-Key': key },
    body: JSON.stringify(body),
  });
}

/** The trace's root (the one span without a parent), or why the trace is not one connected tree. */
function orphansOf(spans: ReceivedSpan[]): string[] {
  const ids = new Set(spans.map((s) => s.spanId));
  return spans.filter((s) => s.parentSpanId !== null && !ids.has(s.parentSpanId)).map((s) => `${s.service} ${s.name}`);
}

/** What arrived, one line a span, for a failure message. */
function summary(spans: ReceivedSpan[]): string {
  return spans
    .map(
      (s) =>
        `${s.traceId.slice(0, 8)} ${s.spanId.slice(0, 6)}<-${s.parentSpanId?.slice(0, 6) ?? 'root  '} ${s.service} ${s.name}`,
    )
    .join('\n');
}

describe('traces (OpenTelemetry over OTLP)', () => {
  const config = testConfig();
  const receiver = new OtlpReceiver();
  let endpoint: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    endpoint = await receiver.start();
  });

  afterAll(async () => {
    for (const child of children) await kill(child, 'SIGTERM');
    await receiver.stop();
  });

  it('exports nothing when tracing is switched off, even with an endpoint set', async () => {
    const silent = new OtlpReceiver();
    const silentEndpoint = await silent.start();
    const off = {
      OTEL_EXPORTER_OTLP_ENDPOINT: silentEndpoint,
      OTEL_SDK_DISABLED: 'true',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    const api = await spawnApi(config, off);
    children.push(api.child);
    const res = await post(
      `${api.url}/api/v1/projects`,
      {
        title: 'Zonder sporen',
        summary: 'Geen tracing.',
        department: 'Tracing',
        technologies: ['sensor'],
        plannedStart: '2027-04-01',
      },
      randomUUID(),
    );
    expect(res.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1_500));
    await kill(api.child, 'SIGTERM');
    await silent.stop();
    expect(silent.requests).toBe(0);
  });

  it('follows a registration from the HTTP request through Temporal to the SQL in one connected trace', async () => {
    const otel = {
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      // Short export intervals (read by the SDK itself), so the test does not wait five seconds per batch.
      OTEL_BSP_SCHEDULE_DELAY: '100',
    };
    const worker = spawnWorker(config, TEST_POLICY_FILE, otel);
    children.push(worker);
    const api = await spawnApi(config, otel);
    children.push(api.child);

    const registered = await post(
      `${api.url}/api/v1/projects`,
      {
        title: 'Slimme lantaarnpalen',
        summary: 'Lantaarnpalen die drukte meten.',
        department: 'Tracing',
        technologies: ['sensor'],
        plannedStart: '2027-04-01',
      },
      randomUUID(),
    );
    expect(registered.status).toBe(201);
    const { id } = (await registered.json()) as { id: string };
    // Withdrawing ends the workflow: its RunWorkflow span, the parent of the registration's activities, ends with it.
    const withdrawn = await post(
      `${api.url}/api/v1/projects/${id}/withdraw`,
      { reason: 'Alleen voor de test.' },
      randomUUID(),
    );
    expect(withdrawn.status).toBe(200);

    const registration = await eventually(
      () => {
        const start = receiver.spans.find(
          (s) => s.name.startsWith('StartWorkflow:') && s.service === 'waardenpoort-api',
        );
        if (!start) return Promise.resolve(undefined);
        const spans = receiver.trace(start.traceId);
        const complete =
          spans.some((s) => s.name.startsWith('RunWorkflow:')) &&
          spans.some((s) => s.name.startsWith('RunActivity:')) &&
          spans.some((s) => s.service === 'waardenpoort-worker' && s.scope.includes('pg')) &&
          spans.some((s) => s.service === 'waardenpoort-api' && s.scope.includes('pg'));
        return Promise.resolve(complete && orphansOf(spans).length === 0 ? spans : undefined);
      },
      30_000,
      'the registration trace',
    ).catch((err: Error) => {
      throw new Error(`${err.message}; received:\n${summary(receiver.spans)}`);
    });
    const roots = registration.filter((s) => s.parentSpanId === null);
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ service: 'waardenpoort-api', kind: SERVER });
    expect(roots[0]?.name).toMatch(/^POST/);
    expect(orphansOf(registration)).toEqual([]);
    const names = registration.map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^StartActivity:/)]));

    // The withdrawal is a trace of its own: HTTP, the Update, its handler in the workflow, the SQL.
    const withdrawal = await eventually(
      () => {
        const update = receiver.spans.find((s) => s.name === 'StartWorkflowUpdate:withdraw');
        if (!update) return Promise.resolve(undefined);
        const spans = receiver.trace(update.traceId);
        const connected = spans.some((s) => s.name === 'HandleUpdate:withdraw') && orphansOf(spans).length === 0;
        return Promise.resolve(connected ? spans : undefined);
      },
      30_000,
      'the withdrawal trace',
    ).catch((err: Error) => {
      throw new Error(`${err.message}; received:\n${summary(receiver.spans)}`);
    });
    expect(withdrawal.filter((s) => s.parentSpanId === null)).toEqual([
      expect.objectContaining({ service: 'waardenpoort-api', kind: SERVER }),
    ]);
    expect(withdrawal[0]?.traceId).not.toBe(registration[0]?.traceId);
  });
});
