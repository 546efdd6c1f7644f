import type { AppConfig } from '@waardenpoort/config';
import type { ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { LOW_RISK, TEST_POLICY_FILE } from './support/answers';
import { digestHourAwayFromNow, eventually, testConfig, token } from './support/harness';
import { kill, spawnApi, spawnWorker } from './support/processes';
import { SmtpRecorder } from './support/smtp-recorder';

/** What a process wrote, line by line, on stdout and stderr. */
class Output {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];

  constructor(child: ChildProcess) {
    const collect = (into: string[]) => {
      let rest = '';
      return (chunk: Buffer): void => {
        const lines = (rest + chunk.toString('utf8')).split('\n');
        rest = lines.pop() ?? '';
        into.push(...lines.filter((l) => l.trim() !== ''));
      };
    };
    child.stdout?.on('data', collect(this.stdout));
    child.stderr?.on('data', collect(this.stderr));
  }

  /** Every stdout line as the JSON object it must be (a line that is not JSON fails the parse, naming it). */
  records(): Array<Record<string, unknown>> {
    return this.stdout.map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        throw new Error(`not a JSON line: ${line}`);
      }
    });
  }
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * The API and a worker as production runs them (their own processes, JSON logs on stdout, LOG_LEVEL=debug so that
 * the SDK's workflow and activity lines are there too), a project registered and carried one step through HTTP:
 * every line is JSON, the request's lines carry its correlation id and the project, the worker's its workflow and
 * run, and nothing that was sent (the case's texts, the contact's name and address, the token) is in any line.
 */
describe('structured logs', () => {
  const marker = randomUUID().slice(0, 8);
  const sent = {
    title: `Lantaarnpaalproef Zwanenvijver ${marker}`,
    summary: `Geheime samenvatting over de Zwanenvijver ${marker}, met meetpalen.`,
    department: 'Openbare Ruimte',
  };
  const contact = { name: `Zwaantje Contactpersoon ${marker}`, email: `zwaantje.${marker}@enschede.example` };
  let config: AppConfig;
  let smtp: SmtpRecorder;
  let api: ChildProcess;
  let worker: ChildProcess;
  let apiOut: Output;
  let workerOut: Output;
  let base: string;
  let bearer: string;

  beforeAll(async () => {
    smtp = await SmtpRecorder.start();
    config = testConfig();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    const env = {
      LOG_LEVEL: 'debug',
      LOG_FORMAT: 'json',
      MAIL_ENABLED: 'true',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      MAIL_FROM: 'Waardenpoort <waardenpoort@enschede.example>',
      MAIL_POLL_MS: '100',
      DIGEST_HOUR: digestHourAwayFromNow(),
    };
    worker = spawnWorker(config, TEST_POLICY_FILE, env, 'pipe');
    workerOut = new Output(worker);
    api = spawnApi(config, TEST_POLICY_FILE, { ...env, MAIL_ENABLED: 'false', PORT: String(port) });
    apiOut = new Output(api);
    await eventually(
      async () => {
        if (api.exitCode !== null) throw new Error(`the API exited: ${apiOut.stderr.join('\n')}`);
        return (await fetch(`${base}/health`)).status === 200 ? true : undefined;
      },
      120_000,
      'the API',
    );
    bearer = `Bearer ${await token({ sub: `log-owner-${randomUUID()}`, roles: ['case-owner'], ...contact })}`;
  });

  afterAll(async () => {
    await Promise.all([api && kill(api), worker && kill(worker)]);
    await smtp?.close();
  });

  it('writes JSON lines with correlation, project, workflow and run ids, and nothing that was sent', async () => {
    const headers = { Authorization: bearer, 'Content-Type': 'application/json' };
    // Signing in puts the contact in the person directory: the worker then mails them the quick-scan task.
    expect((await fetch(`${base}/api/v1/me`, { headers })).status).toBe(200);
    const registered = await fetch(`${base}/api/v1/projects`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...sent, technologies: ['sensor'], plannedStart: '2027-05-01' }),
    });
    expect(registered.status).toBe(201);
    const projectId = ((await registered.json()) as { id: string }).id;
    const registration = registered.headers.get('x-correlation-id');
    expect(registration).toMatch(/^[0-9a-f-]{36}$/);
    await eventually(() => Promise.resolve(smtp.forProject(projectId).length > 0 || undefined), 30_000, 'task mail');

    const step = await fetch(`${base}/api/v1/projects/${projectId}/quick-scan`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ answers: LOW_RISK }),
    });
    expect(step.status).toBe(200);
    const stepped = step.headers.get('x-correlation-id');
    const workflowId = `project-${projectId}`;
    // The worker's lines of this project: the workflow's own and its activities'.
    const worked = await eventually(
      () => {
        const lines = workerOut.records().filter((r) => r['workflowId'] === workflowId);
        const activity = lines.some((r) => typeof r['activityType'] === 'string');
        const workflow = lines.some((r) => r['activityType'] === undefined);
        return Promise.resolve(activity && workflow && lines.length > 3 ? lines : undefined);
      },
      30_000,
      'the worker lines of the project',
    );

    // The line that closes the step's request comes when its answer has gone out.
    await eventually(
      () => Promise.resolve(apiOut.records().some((r) => r['correlationId'] === stepped && r['res']) || undefined),
      10_000,
      "the step's closing line",
    );
    const apiLines = apiOut.records();
    const lines = [...apiLines, ...workerOut.records()];
    expect(lines.every((r) => typeof r['level'] === 'string' && typeof r['time'] === 'string')).toBe(true);

    const ofStep = apiLines.filter((r) => r['correlationId'] === stepped);
    expect(ofStep.length).toBeGreaterThan(1);
    expect(ofStep.every((r) => r['projectId'] === projectId && r['workflowId'] === workflowId)).toBe(true);
    const closing = apiLines.find((r) => r['correlationId'] === registration && r['msg'] === 'request completed');
    expect(closing).toMatchObject({ projectId, route: '/api/v1/projects', req: { method: 'POST' } });

    for (const r of worked) {
      expect(r).toMatchObject({ projectId, runId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    }

    const everything = [...apiOut.stdout, ...apiOut.stderr, ...workerOut.stdout, ...workerOut.stderr].join('\n');
    for (const value of [sent.title, sent.summary, contact.name, contact.email, bearer.slice('Bearer '.length)]) {
      expect({ value, found: everything.includes(value) }).toEqual({ value, found: false });
    }
    // Not even a part of them: the distinctive marker is in every value sent, and in no id.
    expect(everything.includes(marker)).toBe(false);
  });
});
