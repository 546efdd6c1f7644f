import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { Policy } from '@waardenpoort/domain';
import { loadPolicyFile, PolicyRepository } from '@waardenpoort/persistence';
import { sharePolicy } from '@waardenpoort/temporal';
import { APP_CONFIG } from '../config/config.module';

/** How long the API trusts the version it last read before asking PostgreSQL again. */
export const POLICY_RECHECK_MS = 1_000;

/**
 * The policy in force. The file deployed with the API is checked at boot (an invalid file stops the API) and comes
 * into force when it is newer than the stored versions; after that PostgreSQL says which version is active, so
 * every replica and worker agrees, also after the CIO office activated a version through the API.
 *
 * The active version is read at most once per POLICY_RECHECK_MS (one read shared by the requests that ask at the same
 * time) instead of once per registration. An activation through this API takes effect at once here (`invalidate`);
 * one through another replica within a second, as if those registrations had come in a second earlier: a project
 * records the version it started under either way.
 */
@Injectable()
export class ActivePolicy implements OnModuleInit {
  private readonly logger = new Logger(ActivePolicy.name);
  readonly deployed: Policy;
  private cached: Policy;
  private checkedAt = Number.NEGATIVE_INFINITY;
  private checking: Promise<Policy> | null = null;
  /** Bumped by `invalidate`, so a check that was on its way before does not count as a fresh one. */
  private generation = 0;
  /** The clock the recheck interval is measured on (replaced in unit tests). */
  now: () => number = Date.now;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly policies: PolicyRepository,
  ) {
    this.deployed = loadPolicyFile(config.policy.file);
    this.cached = this.deployed;
  }

  async onModuleInit(): Promise<void> {
    const { activated, activeVersion } = await this.policies.ensureDeployed(this.deployed);
    if (activated)
      this.logger.log(`policy ${this.deployed.id} version ${activeVersion} came into force from the deployed file`);
    // The stored document, not the file's: workflows get the version as stored, by reference.
    const stored = await this.policies.active(this.deployed.id);
    if (stored) this.cached = sharePolicy(stored.document);
  }

  get policyId(): string {
    return this.deployed.id;
  }

  /**
   * The active version: checked with one cheap query when the last check is older than POLICY_RECHECK_MS, the
   * document itself read only when the version changed.
   */
  current(): Promise<Policy> {
    if (this.now() - this.checkedAt < POLICY_RECHECK_MS) return Promise.resolve(this.cached);
    if (this.checking) return this.checking;
    const checking = this.check().finally(() => {
      if (this.checking === checking) this.checking = null;
    });
    this.checking = checking;
    return checking;
  }

  /** Forget the last check: the next `current()` asks PostgreSQL (after this API activated a version). */
  invalidate(): void {
    this.generation += 1;
    this.checkedAt = Number.NEGATIVE_INFINITY;
    this.checking = null;
  }

  private async check(): Promise<Policy> {
    const generation = this.generation;
    const startedAt = this.now();
    const version = await this.policies.activeVersion(this.deployed.id);
    if (version !== null && version !== this.cached.version) {
      const stored = await this.policies.active(this.deployed.id);
      // Stored, so it can travel to workflows as a reference to its version (libs/temporal policy-converter.ts).
      // A check overtaken by an invalidation leaves the cache to the check after it.
      if (stored && generation === this.generation) this.cached = sharePolicy(stored.document);
    }
    // From when the question was asked: an activation that committed while it was on its way counts as unseen.
    if (generation === this.generation) this.checkedAt = startedAt;
    return this.cached;
  }
}
