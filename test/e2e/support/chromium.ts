import { ensureDebianProgram } from '../../support/debian-package';

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

/**
 * Chromium's path, installed with apt when missing (test/support/debian-package.ts); null when it cannot be: then the
 * browser suites are skipped with a message, except under CI, where a missing browser fails the run.
 */
export function ensureChromium(): string | null {
  return ensureDebianProgram({
    path: CHROMIUM_PATH,
    pkg: 'chromium',
    tag: 'e2e',
    envVar: 'CHROMIUM_PATH',
    purpose: 'run the browser tests',
    skipped: 'The browser suites are',
  });
}
