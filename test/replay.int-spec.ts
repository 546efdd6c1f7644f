import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Policy } from '@waardenpoort/domain';
import { loadPolicyFile, PolicyRepository } from '@waardenpoort/persistence';
import { testPolicy } from './support/answers';
import { openDatabase, ownDatabase, testConfig } from './support/harness';
import { HISTORIES_DIR } from './support/histories';
import { quickReevaluationPolicy } from './support/reevaluation-policy';

/**
 * Every recorded path (test/histories, recorded from the lifecycle suites with RECORD_HISTORIES=1) replays against
 * the workflow code of this commit. A change that would make running projects fail — a reordered activity, a
 * removed timer — fails here; such changes need `patched()` so old histories keep replaying.
 */
let databaseUrl: string | undefined;

function replay(files: string[]): Record<string, string | null> {
  const results = join(mkdtempSync(join(tmpdir(), 'replay-results-')), 'results.json');
  execFileSync(
    process.execPath,
    [join(__dirname, 'support', 'replay-runner.cjs'), process.env.WORKFLOW_BUNDLE_PATH as string, ...files],
    { stdio: 'ignore', env: { ...process.env, REPLAY_RESULTS: results, DATABASE_URL: databaseUrl } },
  );
  return JSON.parse(readFileSync(results, 'utf8')) as Record<string, string | null>;
}

describe('replay of recorded project histories', () => {
  const names = readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json') && !/\.policy-\d+\.json$/.test(f));

  // Histories refer to the policy by id and version (the payload converter stores no policy inline): the runner reads
  // it from a database of this suite's own, with the test policy and every version a history's suite activated
  // (test/histories/<name>.policy-<version>.json, saved beside the history when it was recorded).
  let dropOwn: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const own = await ownDatabase('replay');
    databaseUrl = own.url;
    dropOwn = own.drop;
    const db = await openDatabase(testConfig({ DATABASE_URL: own.url }));
    try {
      const policies = new PolicyRepository(db);
      await policies.ensureDeployed(testPolicy);
      await policies.ensureDeployed(loadPolicyFile(quickReevaluationPolicy()));
      const versions = readdirSync(HISTORIES_DIR)
        .filter((f) => /\.policy-\d+\.json$/.test(f))
        .map((f) => JSON.parse(readFileSync(join(HISTORIES_DIR, f), 'utf8')) as Policy)
        .sort((a, b) => a.version - b.version);
      for (const version of versions) await policies.activate(version, { by: null, source: 'file' });
    } finally {
      await db.destroy();
    }
  });
  afterAll(async () => {
    await dropOwn?.();
  });

  it('has recorded histories of the lifecycle paths', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'high-risk-all-gates.json',
        'low-risk-path.json',
        'prohibited-ai-stopped.json',
        'reminders-and-escalations.json',
        'returned-to-dpia.json',
        'prior-consultation-expired.json',
        'commission-questions.json',
        'hold-resume.json',
        'withdrawn.json',
        'amended.json',
        'two-decisions-at-once.json',
        'reevaluation-continued-as-new.json',
        'reassessed-after-amendment.json',
        'reassessed-after-activation.json',
        'reassessed-rule-in-force.json',
        // The same paths in runs started before planning and publishing became local activities
        'reassessed-after-amendment-activities.json',
        'reassessed-after-activation-activities.json',
        // The lifecycle paths in runs with local activities (recorded with RECORD_HISTORIES_PREFIX=local-activities-)
        'local-activities-high-risk-all-gates.json',
        'local-activities-low-risk-path.json',
        'local-activities-amended.json',
        'local-activities-reevaluation-continued-as-new.json',
      ]),
    );
  });

  it('replays every recorded history without nondeterminism', () => {
    const results = replay(names.map((n) => join(HISTORIES_DIR, n)));
    const failures = Object.entries(results).filter(([, error]) => error !== null);
    expect(failures).toEqual([]);
    expect(Object.keys(results)).toHaveLength(names.length);
  });

  it('notices when the code no longer matches a history (the check is live)', () => {
    const raw = JSON.parse(readFileSync(join(HISTORIES_DIR, 'high-risk-all-gates.json'), 'utf8')) as {
      events: Array<{ activityTaskScheduledEventAttributes?: { activityType?: { name: string } } }>;
    };
    const scheduled = raw.events.find((e) => e.activityTaskScheduledEventAttributes?.activityType);
    if (!scheduled?.activityTaskScheduledEventAttributes?.activityType) throw new Error('no activity in the history');
    // As if the code had scheduled another activity at this point: what a careless change looks like.
    scheduled.activityTaskScheduledEventAttributes.activityType.name = 'someOtherActivity';
    const file = join(mkdtempSync(join(tmpdir(), 'replay-')), 'tampered.json');
    writeFileSync(file, JSON.stringify(raw));
    const result = replay([file])[file];
    expect(result).toMatch(/Nondeterminism|DeterminismViolation/i);
  });
});
