import type { AppConfig } from '@waardenpoort/config';
import type { PolicyRepository } from '@waardenpoort/persistence';
import { join } from 'node:path';
import { ActivePolicy, POLICY_RECHECK_MS } from './active-policy';

const POLICY_FILE = join(__dirname, '..', '..', '..', '..', 'policy', 'waardenpoort-policy.v1.yaml');

/** A stand-in for the policy table: which version is active, and how often the API asked. */
class StoredVersions {
  active = 1;
  versionReads = 0;
  documentReads = 0;
  /** When set, the next version read waits for this promise (a slow query). */
  hold: Promise<void> | null = null;

  constructor(private readonly deployed: ActivePolicy['deployed']) {}

  repository(): PolicyRepository {
    return {
      activeVersion: async () => {
        this.versionReads += 1;
        const seen = this.active;
        if (this.hold) await this.hold;
        return seen;
      },
      active: () => {
        this.documentReads += 1;
        return Promise.resolve({ document: { ...this.deployed, version: this.active } });
      },
      ensureDeployed: () => Promise.resolve({ activated: false, activeVersion: this.active }),
    } as unknown as PolicyRepository;
  }
}

function setUp(): { policy: ActivePolicy; table: StoredVersions; clock: { t: number } } {
  const config = { policy: { file: POLICY_FILE } } as AppConfig;
  const probe = new ActivePolicy(config, {} as PolicyRepository);
  const table = new StoredVersions(probe.deployed);
  const policy = new ActivePolicy(config, table.repository());
  const clock = { t: 1_000_000 };
  policy.now = () => clock.t;
  return { policy, table, clock };
}

describe('ActivePolicy', () => {
  it('asks PostgreSQL once for the requests that come together, then not again within the recheck interval', async () => {
    const { policy, table, clock } = setUp();
    const answers = await Promise.all([policy.current(), policy.current(), policy.current()]);
    expect(table.versionReads).toBe(1);
    expect(answers.map((p) => p.version)).toEqual([1, 1, 1]);

    clock.t += POLICY_RECHECK_MS - 1;
    await policy.current();
    expect(table.versionReads).toBe(1);

    clock.t += 1;
    await policy.current();
    expect(table.versionReads).toBe(2);
    expect(table.documentReads).toBe(0);
  });

  it('picks up a version activated elsewhere at the next check, reading its document once', async () => {
    const { policy, table, clock } = setUp();
    expect((await policy.current()).version).toBe(1);
    table.active = 2;
    expect((await policy.current()).version).toBe(1);
    clock.t += POLICY_RECHECK_MS;
    expect((await policy.current()).version).toBe(2);
    clock.t += POLICY_RECHECK_MS;
    expect((await policy.current()).version).toBe(2);
    expect(table.documentReads).toBe(1);
  });

  it('after invalidate, reads the version at once', async () => {
    const { policy, table } = setUp();
    await policy.current();
    table.active = 2;
    policy.invalidate();
    expect((await policy.current()).version).toBe(2);
    expect(table.versionReads).toBe(2);
  });

  it('does not let a check that was on its way before an invalidation stand for a fresh one', async () => {
    const { policy, table } = setUp();
    let release!: () => void;
    table.hold = new Promise((resolve) => (release = resolve));
    const early = policy.current(); // reads version 1, then waits
    await Promise.resolve();
    table.active = 2;
    policy.invalidate(); // activated through this API while the read was on its way
    table.hold = null;
    release();
    expect((await early).version).toBe(1);
    // The early read ended after the invalidation: it must not count as a check, so this one asks again.
    expect((await policy.current()).version).toBe(2);
    expect(table.versionReads).toBe(2);
    expect((await policy.current()).version).toBe(2);
    expect(table.versionReads).toBe(2);
  });
});
