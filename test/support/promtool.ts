import { ensureDebianProgram } from './debian-package';

/** promtool from Debian's `prometheus` package: checks and unit-tests deploy/prometheus/. */
export const PROMTOOL_PATH = process.env.PROMTOOL_PATH ?? '/usr/bin/promtool';

/** promtool's path, installed with apt when missing (test/support/debian-package.ts); null: the rule tests skip. */
export function ensurePromtool(): string | null {
  return ensureDebianProgram({
    path: PROMTOOL_PATH,
    pkg: 'prometheus',
    tag: 'prometheus',
    envVar: 'PROMTOOL_PATH',
    purpose: 'test the alert rules',
    skipped: 'The rule tests are',
  });
}
