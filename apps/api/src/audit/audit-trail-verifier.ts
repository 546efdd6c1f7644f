import { Inject, Injectable } from '@nestjs/common';
import type { Client } from '@temporalio/client';
import type { AppConfig } from '@waardenpoort/config';
import {
  AuditRepository,
  loadCheckpointKeys,
  verifyAuditTrail,
  type AuditTrailVerification,
  type CheckpointKeys,
} from '@waardenpoort/persistence';
import { projectWorkflowHeads, TEMPORAL_CLIENT, type ProjectWorkflowHeads } from '@waardenpoort/temporal';
import { APP_CONFIG } from '../config/config.module';

/** The audit trail against its witnesses: the workflows' chain heads in Temporal and the signed checkpoints. */
@Injectable()
export class AuditTrailVerifier {
  private keys: CheckpointKeys | null = null;

  constructor(
    private readonly audit: AuditRepository,
    @Inject(TEMPORAL_CLIENT) private readonly temporal: Client,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async verify(projectId?: string): Promise<AuditTrailVerification> {
    this.keys ??= loadCheckpointKeys(this.config.auditWitness, false);
    let workflowHeads: ProjectWorkflowHeads;
    try {
      workflowHeads = await projectWorkflowHeads(this.temporal, this.config.temporal.taskQueue, projectId);
    } catch (err) {
      // Temporal away: the rows and the checkpoints are still checked; the answer says it is not complete.
      workflowHeads = { heads: new Map(), asked: 0, unanswered: 1, error: (err as Error).message };
    }
    return verifyAuditTrail(this.audit, {
      checkpointDir: this.config.auditWitness.checkpointDir,
      keys: this.keys,
      workflowHeads,
      ...(projectId ? { projectId } : {}),
    });
  }
}
