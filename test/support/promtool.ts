import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** promtool from Debian's `prometheus` package: checks and unit-tests deploy/prometheus/. */
export const PROMTOOL_PATH = process.env.PROMTOOL_PATH ?? '/usr/bin/promtool';

function canRun(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure promtool is there, installing Debian's `prometheus` package with apt when it is not (as
 * test/e2e/support/chromium.ts does for the browser). Returns its path, or null when it is missing and apt cannot be
 * used here: then the rule tests are skipped with a message, except under CI, where a missing promtool fails the run.
 */
export function ensurePromtool(): string | null {
  if (existsSync(PROMTOOL_PATH)) return PROMTOOL_PATH;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !root && canRun('sudo', ['-n', 'true']);
  const apt = existsSync('/usr/bin/apt-get');
  if (!apt || (!root && !sudo)) {
    const why = !apt ? 'there is no apt-get' : 'apt-get needs root (and sudo -n is not available)';
    const message =
      `[prometheus] ${PROMTOOL_PATH} is missing and cannot be installed: ${why}. ` +
      'Install Debian\'s "prometheus" package (or set PROMTOOL_PATH) to test the alert rules.';
    if (process.env.CI) throw new Error(message);
    process.stderr.write(`${message} The rule tests are SKIPPED.\n`);
    return null;
  }
  process.stderr.write(`[prometheus] ${PROMTOOL_PATH} is missing: installing Debian's prometheus package\n`);
  const prefix = root ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', 'prometheus'],
  ]) {
    const [command, ...rest] = [...prefix, ...args] as [string, ...string[]];
    const run = spawnSync(command, rest, { stdio: 'inherit', env, timeout: 15 * 60_000 });
    if (run.status !== 0) throw new Error(`[prometheus] ${args.join(' ')} failed (exit ${run.status ?? run.signal})`);
  }
  if (!existsSync(PROMTOOL_PATH)) {
    throw new Error(`[prometheus] apt-get installed prometheus, but ${PROMTOOL_PATH} is not there`);
  }
  return PROMTOOL_PATH;
}
