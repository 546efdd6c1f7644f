import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Debian's Chromium, which the browser tests drive (playwright-core brings no browser of its own). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The flags for a quiet, reproducible headless run in a container. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function canRun(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure Chromium is there, installing Debian's package with apt when it is not. Returns its path, or null when
 * it is missing and apt cannot be used here (no apt-get, not root and no password-less sudo): then the browser
 * suites are skipped with a message, except under CI, where a missing browser fails the run.
 */
export function ensureChromium(): string | null {
  if (existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !root && canRun('sudo', ['-n', 'true']);
  const apt = existsSync('/usr/bin/apt-get');
  if (!apt || (!root && !sudo)) {
    const why = !apt ? 'there is no apt-get' : 'apt-get needs root (and sudo -n is not available)';
    const message =
      `[e2e] ${CHROMIUM_PATH} is missing and cannot be installed: ${why}. ` +
      'Install Debian\'s "chromium" package (or set CHROMIUM_PATH) to run the browser tests.';
    if (process.env.CI) throw new Error(message);
    process.stderr.write(`${message} The browser suites are SKIPPED.\n`);
    return null;
  }
  process.stderr.write(`[e2e] ${CHROMIUM_PATH} is missing: installing Debian's chromium package with apt-get\n`);
  const prefix = root ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', 'chromium'],
  ]) {
    const [command, ...rest] = [...prefix, ...args] as [string, ...string[]];
    const run = spawnSync(command, rest, { stdio: 'inherit', env, timeout: 15 * 60_000 });
    if (run.status !== 0) throw new Error(`[e2e] ${args.join(' ')} failed (exit ${run.status ?? run.signal})`);
  }
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`[e2e] apt-get installed chromium, but ${CHROMIUM_PATH} is not there`);
  return CHROMIUM_PATH;
}
