import type { AppConfig } from '@waardenpoort/config';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

/** The environment of a production entry point started by a test: the run's Temporal and database, dev mode. */
function processEnv(config: AppConfig, policyFile: string, env: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: 'test',
    // As the in-process suites (test/support/harness.ts): dev mode, switched on explicitly.
    DEV_MODE: 'true',
    DATABASE_URL: config.database.url,
    DATABASE_ROLE: config.database.role ?? '',
    AUDIT_CHECKPOINT_KEY_FILE: process.env.AUDIT_CHECKPOINT_KEY_FILE ?? '',
    AUDIT_CHECKPOINT_DIR: config.auditWitness.checkpointDir,
    TEMPORAL_ADDRESS: config.temporal.address,
    TEMPORAL_TASK_QUEUE: config.temporal.taskQueue,
    WORKFLOW_BUNDLE_PATH: config.temporal.workflowBundlePath ?? '',
    POLICY_FILE: policyFile,
    MAIL_ENABLED: 'false',
    LOG_LEVEL: 'error',
    ...env,
  };
}

/**
 * The production worker entry point as a process of its own, so a test can kill it without mercy. Mail is off
 * unless `env` turns it on (MAIL_ENABLED, SMTP_HOST, ...). With `output: 'pipe'` the test reads its stdout and
 * stderr (its logs).
 */
export function spawnWorker(
  config: AppConfig,
  policyFile: string,
  env: Record<string, string> = {},
  output: 'ignore' | 'pipe' = 'ignore',
): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'apps/worker/dist/main.js')], {
    cwd: ROOT,
    env: processEnv(config, policyFile, env),
    stdio: ['ignore', output, output === 'pipe' ? 'pipe' : 'inherit'],
  });
}

/** The production API entry point as a process of its own (PORT in `env`), its stdout and stderr piped. */
export function spawnApi(config: AppConfig, policyFile: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [join(ROOT, 'apps/api/dist/main.js')], {
    cwd: ROOT,
    env: processEnv(config, policyFile, env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl), so the test can stop and start it. PostgreSQL refuses
 * to run as root, so as root the cluster belongs to the postgres user.
 */
export class TestCluster {
  readonly dir: string;
  private readonly asUser: string[];

  constructor(readonly port: number) {
    this.dir = mkdtempSync(join(tmpdir(), 'waardenpoort-pg-'));
    const root = userInfo().uid === 0;
    this.asUser = root ? ['runuser', '-u', 'postgres', '--'] : [];
    if (root) {
      const ids = execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim();
      const gid = execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim();
      chownSync(this.dir, Number(ids), Number(gid));
      chmodSync(this.dir, 0o700);
    }
  }

  private run(bin: string, args: string[]): void {
    const [cmd, ...rest] = [...this.asUser, join(PG_BIN, bin), ...args];
    execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
  }

  init(): void {
    this.run('initdb', ['-D', join(this.dir, 'data'), '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  }

  start(): void {
    this.run('pg_ctl', [
      '-D',
      join(this.dir, 'data'),
      '-l',
      join(this.dir, 'log'),
      '-o',
      `-p ${this.port} -k ${this.dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
      '-w',
      'start',
    ]);
  }

  stop(mode: 'fast' | 'immediate' = 'fast'): void {
    this.run('pg_ctl', ['-D', join(this.dir, 'data'), '-m', mode, '-w', 'stop']);
  }

  url(database: string): string {
    return `postgres://postgres@127.0.0.1:${this.port}/${database}`;
  }
}
