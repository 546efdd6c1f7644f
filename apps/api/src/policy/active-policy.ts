import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { Policy } from '@waardenpoort/domain';
import { loadPolicyFile, PolicyRepository } from '@waardenpoort/persistence';
import { sharePolicy } from '@waardenpoort/temporal';
import { APP_CONFIG } from '../config/config.module';

/**
 * The policy in force. The file deployed with the API is checked at boot (an invalid file stops the API) and comes
 * into force when it is newer than the stored versions; after that PostgreSQL says which version is active, so
 * every replica and worker agrees, also after the CIO office activated a version through the API.
 */
@Injectable()
export class ActivePolicy implements OnModuleInit {
  private readonly logger = new Logger(ActivePolicy.name);
  readonly deployed: Policy;
  private cached: Policy;

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

  /** The active version; one cheap query per call, the document itself only when the version changed. */
  async current(): Promise<Policy> {
    const version = await this.policies.activeVersion(this.deployed.id);
    if (version !== null && version !== this.cached.version) {
      const stored = await this.policies.active(this.deployed.id);
      // Stored, so it can travel to workflows as a reference to its version (libs/temporal policy-converter.ts).
      if (stored) this.cached = sharePolicy(stored.document);
    }
    return this.cached;
  }
}
