import { Injectable, Logger } from '@nestjs/common';
import {
  isRunningStatus,
  selectedForReroute,
  WHAT_IF_VERDICTS,
  whatIfProject,
  type Actor,
  type Policy,
  type Reroute,
  type WhatIfVerdict,
} from '@waardenpoort/domain';
import {
  AuditRepository,
  PolicyActivationRepository,
  PolicyRepository,
  PolicyVersionConflictError,
  ReportRepository,
  type PolicyActivationRecord,
  type PolicyVersionEntity,
} from '@waardenpoort/persistence';
import { PolicyActivationWorkflows } from '@waardenpoort/temporal';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem.exception';
import { ActivePolicy } from './active-policy';

/** The audit chain of things that belong to no single project, such as policy activations. */
export const SYSTEM_AUDIT_ID = '00000000-0000-0000-0000-000000000000';

/** Projects read and evaluated per round trip while an activation selects (the what-if's batch). */
const BATCH = 1_000;

export interface Activated {
  stored: PolicyVersionEntity;
  activation: PolicyActivationRecord;
}

/**
 * Activating a policy version with intent (issue 20). In one transaction: the version is stored and comes into force,
 * the running projects go through the what-if under it (the same comparison as POST /policy/what-if, never a copy),
 * the ones the CIO office's choice selects are recorded as pending, and so are the activation and its audit event.
 * Then a Temporal workflow delivers the re-assessment requests, so thousands of them neither hold the HTTP request
 * nor get lost when the API stops (the worker also resumes any activation whose delivery never started).
 */
@Injectable()
export class PolicyActivationService {
  private readonly logger = new Logger(PolicyActivationService.name);

  constructor(
    private readonly active: ActivePolicy,
    private readonly policies: PolicyRepository,
    private readonly activations: PolicyActivationRepository,
    private readonly reports: ReportRepository,
    private readonly audit: AuditRepository,
    private readonly delivery: PolicyActivationWorkflows,
  ) {}

  async activate(policy: Policy, reroute: Reroute, reason: string | null, actor: Actor): Promise<Activated> {
    const id = randomUUID();
    let stored: PolicyVersionEntity;
    try {
      stored = await this.policies.activate(
        policy,
        { by: { sub: actor.sub, name: actor.name }, source: 'api' },
        (em, v) => this.record(em, { id, policy, reroute, reason, actor, version: v }),
      );
    } catch (err) {
      if (err instanceof PolicyVersionConflictError)
        throw new ProblemException(409, err.message, { slug: 'policy-version-conflict' });
      throw err;
    }
    // In force here at once: the next registration through this API reads the new version.
    this.active.invalidate();
    const activation = await this.activations.byId(id);
    if (!activation) throw new Error(`activation ${id} was committed but cannot be read`);
    if (activation.delivered.pending > 0) {
      try {
        await this.delivery.start(id);
      } catch (err) {
        // Recorded and pending: the worker starts the delivery when it (re)starts. The answer says `delivering`.
        this.logger.warn(`delivery of activation ${id} not started now: ${(err as Error).message}`);
      }
    }
    return { stored, activation };
  }

  /** The running projects under the new version (closed ones are in no tally), the selection, the record. */
  private async record(
    em: EntityManager,
    a: {
      id: string;
      policy: Policy;
      reroute: Reroute;
      reason: string | null;
      actor: Actor;
      version: PolicyVersionEntity;
    },
  ): Promise<void> {
    // On the moment of activation, as the what-if by default: a rule of the version dated later does not fire yet.
    const on = a.version.activatedAt.toISOString();
    const tally = Object.fromEntries(WHAT_IF_VERDICTS.map((v) => [v, 0])) as Record<WhatIfVerdict, number>;
    let selected = 0;
    for await (const batch of this.reports.routedProjects(BATCH)) {
      const chosen: Array<{ projectId: string; verdict: string }> = [];
      for (const project of batch) {
        if (!isRunningStatus(project.status)) continue;
        const { verdict } = whatIfProject(a.policy, project, { on });
        tally[verdict] += 1;
        if (selectedForReroute(a.reroute, project.status, verdict)) chosen.push({ projectId: project.id, verdict });
      }
      await this.activations.insertSelected(em, a.id, chosen);
      selected += chosen.length;
    }
    const activatedAt = a.version.activatedAt;
    const actor = { sub: a.actor.sub, name: a.actor.name, email: a.actor.email, roles: a.actor.roles };
    await this.activations.insert(em, {
      id: a.id,
      policyId: a.policy.id,
      version: a.policy.version,
      reroute: a.reroute,
      reason: a.reason,
      activatedAt,
      activatedBy: actor,
      tally,
      selected,
    });
    await this.audit.append(em, [
      {
        eventId: `policy:${a.policy.id}:${a.policy.version}`,
        projectId: SYSTEM_AUDIT_ID,
        at: activatedAt.toISOString(),
        actor: a.actor,
        action: 'policy-activated',
        gate: null,
        payload: {
          policyId: a.policy.id,
          version: a.policy.version,
          sha256: a.version.sha256,
          effectiveFrom: a.policy.effectiveFrom,
          activationId: a.id,
          reroute: a.reroute,
          reason: a.reason,
          tally,
          selected,
        },
        documentHashes: [a.version.sha256],
        policyVersion: a.policy.version,
        workflowId: null,
        runId: null,
      },
    ]);
  }
}
