import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PolicyRepository } from '@waardenpoort/persistence';
import { testPolicy } from './support/answers';
import { openDatabase, testConfig } from './support/harness';
import { HISTORIES_DIR } from './support/histories';

/**
 * Every recorded path (test/histories, recorded from the lifecycle suites with RECORD_HISTORIES=1) replays against
 * the workflow code of this commit. A change that would make running projects fail — a reordered activity, a
 * removed timer — fails here; such changes need `patched()` so old histories keep replaying.
 */
function replay(files: string[]): Record<string, string | null> {
  const results = join(mkdtempSync(join(tmpdir(), 'replay-results-')), 'results.json');
  execFileSync(
    process.execPath,
    [join(__dirname, 'support', 'replay-runner.cjs'), process.env.WORKFLOW_BUNDLE_PATH as string, ...files],
    { stdio: 'ignore', env: { ...process.env, REPLAY_RESULTS: results } },
  );
  return JSON.parse(readFileSync(results, 'utf8')) as Record<string, string | null>;
}

describe('replay of recorded project histories', () => {
  const names = readdirSync(HISTORIES_DIR).filter((f) => f.endsWith('.json'));

  // Histories refer to the test policy by id and version (the payload converter stores no policy inline): the runner
  // reads it from the run's database, where a suite that started the API would have put it. Run alone, nothing has.
  beforeAll(async () => {
    const db = await openDatabase(testConfig());
    try {
      await new PolicyRepository(db).ensureDeployed(testPolicy);
    } finally {
      await db.destroy();
    }
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
