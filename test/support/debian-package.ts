import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function canRun(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'ignore' }).status === 0;
}

/**
 * Makes sure a program from a Debian package is at `path`, installing `pkg` with apt when it is not (as root or with
 * password-less sudo). Returns the path, or null when it is missing and apt cannot be used here: then the suites that
 * need it are skipped with a message, except under CI, where a missing program fails the run. `tag` prefixes the
 * messages, `envVar` names the setting that points elsewhere, `purpose` and `skipped` say what needs it.
 */
export function ensureDebianProgram(tool: {
  path: string;
  pkg: string;
  tag: string;
  envVar: string;
  purpose: string;
  skipped: string;
}): string | null {
  const { path, pkg, tag } = tool;
  if (existsSync(path)) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = !root && canRun('sudo', ['-n', 'true']);
  const apt = existsSync('/usr/bin/apt-get');
  if (!apt || (!root && !sudo)) {
    const why = !apt ? 'there is no apt-get' : 'apt-get needs root (and sudo -n is not available)';
    const message =
      `[${tag}] ${path} is missing and cannot be installed: ${why}. ` +
      `Install Debian's "${pkg}" package (or set ${tool.envVar}) to ${tool.purpose}.`;
    if (process.env.CI) throw new Error(message);
    process.stderr.write(`${message} ${tool.skipped} SKIPPED.\n`);
    return null;
  }
  process.stderr.write(`[${tag}] ${path} is missing: installing Debian's ${pkg} package with apt-get\n`);
  const prefix = root ? [] : ['sudo', '-n'];
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['apt-get', 'update'],
    ['apt-get', 'install', '-y', '--no-install-recommends', pkg],
  ]) {
    const [command, ...rest] = [...prefix, ...args] as [string, ...string[]];
    const run = spawnSync(command, rest, { stdio: 'inherit', env, timeout: 15 * 60_000 });
    if (run.status !== 0) throw new Error(`[${tag}] ${args.join(' ')} failed (exit ${run.status ?? run.signal})`);
  }
  if (!existsSync(path)) throw new Error(`[${tag}] apt-get installed ${pkg}, but ${path} is not there`);
  return path;
}
