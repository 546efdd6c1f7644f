import type { Client } from '@temporalio/client';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const HISTORIES_DIR = join(__dirname, '..', 'histories');

/**
 * With RECORD_HISTORIES=1, saves the workflow history of a path the suite just walked to test/histories/<name>.json
 * (with RECORD_HISTORIES_PREFIX, to <prefix><name>.json: a second recording of the same paths, e.g. after a change
 * of how new runs execute, that keeps the first).
 * The replay suite runs every saved history against the current workflow code: a change that would break projects
 * already running fails it. Record again only for a deliberate, patched change.
 */
export async function recordHistory(temporal: Client, name: string, projectId: string, runId?: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  // The CLI writes the standard JSON form of a history (the same the Temporal UI downloads). The SDK's own
  // conversion trips over jest's per-suite module registry, which loads protobufjs twice.
  const cli = process.env.TEST_TEMPORAL_CLI as string;
  const run = runId ?? (await temporal.workflow.getHandle(`project-${projectId}`).describe()).runId;
  const json = execFileSync(
    cli,
    [
      'workflow',
      'show',
      '--workflow-id',
      `project-${projectId}`,
      '--run-id',
      run,
      '--address',
      process.env.TEMPORAL_ADDRESS as string,
      '--output',
      'json',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const prefix = process.env.RECORD_HISTORIES_PREFIX ?? '';
  writeFileSync(join(HISTORIES_DIR, `${prefix}${name}.json`), JSON.stringify(JSON.parse(json), null, 1));
}

/**
 * With RECORD_HISTORIES=1, saves a policy version a suite activated before recording `name`, so the replay suite can
 * store it: histories refer to their policy by id and version only.
 */
export function recordPolicy(name: string, policy: { version: number }): void {
  if (process.env.RECORD_HISTORIES !== '1') return;
  writeFileSync(join(HISTORIES_DIR, `${name}.policy-${policy.version}.json`), JSON.stringify(policy, null, 1));
}
