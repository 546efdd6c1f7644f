import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@waardenpoort/domain';
import { AuditRepository, ProjectReadModelRepository } from '@waardenpoort/persistence';
import { randomUUID } from 'node:crypto';

/**
 * Puts refused attempts on a project's audit trail: who tried what, when, and why it was refused (a missing role,
 * segregation of duties, a gate that was not open). An auditor sees the attempts next to what did happen.
 */
@Injectable()
export class RefusalRecorder {
  private readonly logger = new Logger(RefusalRecorder.name);

  constructor(
    private readonly audit: AuditRepository,
    private readonly readModel: ProjectReadModelRepository,
  ) {}

  async record(
    projectId: string,
    actor: Actor,
    details: { action: string; code: string; reason: string },
  ): Promise<void> {
    try {
      const project = await this.readModel.findById(projectId);
      if (!project) return; // attempts on ids that are no project have no trail to go on
      await this.audit.appendStandalone([
        {
          eventId: `refused:${randomUUID()}`,
          projectId,
          at: new Date().toISOString(),
          actor,
          action: 'action-refused',
          gate: null,
          payload: { attempted: details.action, code: details.code, reason: details.reason },
          documentHashes: [],
          policyVersion: project.policyVersion,
          workflowId: project.workflowId,
          runId: null,
        },
      ]);
    } catch (err) {
      // The refusal itself stands; failing to record it must not turn a 403 into a 500.
      this.logger.error(`could not record a refused attempt on ${projectId}: ${(err as Error).message}`);
    }
  }
}
