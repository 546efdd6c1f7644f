import { Inject, Injectable } from '@nestjs/common';
import type { AppConfig } from '@waardenpoort/config';
import type { Policy } from '@waardenpoort/domain';
import { loadPolicyFile } from '@waardenpoort/persistence';
import { APP_CONFIG } from '../config/config.module';

/** The policy in force, read and validated once at boot: an invalid policy file stops the API from starting. */
@Injectable()
export class ActivePolicy {
  private readonly policy: Policy;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.policy = loadPolicyFile(config.policy.file);
  }

  current(): Policy {
    return this.policy;
  }
}
