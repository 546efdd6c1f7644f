import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { TEST_POLICY_FILE } from './answers';

/**
 * A policy like the test policy, but re-evaluating low-risk projects after a few seconds. A policy of its own (id):
 * a version, once stored, is what every workflow under it runs by, so the same id and version with other content
 * would be the stored test policy, not this one. The re-evaluation suite runs under it; the replay suite stores it
 * for the histories recorded there. Returns the path of the file written.
 */
export function quickReevaluationPolicy(): string {
  const doc = parse(readFileSync(TEST_POLICY_FILE, 'utf8')) as { id: string; reevaluation: Record<string, string> };
  doc.id = 'waardenpoort-test-reevaluation';
  doc.reevaluation = { low: 'PT4S', medium: 'PT30S', high: 'PT30S' };
  const file = join(mkdtempSync(join(tmpdir(), 'waardenpoort-policy-')), 'reevaluation-policy.v1.yaml');
  writeFileSync(file, stringify(doc));
  return file;
}
