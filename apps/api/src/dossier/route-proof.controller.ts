import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Actor } from '@waardenpoort/domain';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { uuidParam } from '../common/uuid.pipe';
import { RouteProofService, type RouteProofView } from './route-proof.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1')
export class RouteProofController {
  constructor(private readonly proofs: RouteProofService) {}

  /**
   * Every recorded quick-scan of the project (the first, after each amendment, at each re-evaluation, and each
   * re-assessment when a dated rule came into force) evaluated again on the policy version it was pinned to, on the
   * moment it was recorded: recorded against recomputed outcome per dimension and fired rules, and
   * every difference as a finding naming the rule and the answers.
   */
  @Get('projects/:id/route-proof')
  @Roles('auditor', 'cio-office')
  @ApiOkResponse({
    description:
      '{ projectId, verdict: holds | differs | incomplete | none, verdictLabel, findings, quickScans: [{ eventId, seq, ' +
      'action: quick-scan-submitted | route-reassessed (a dated rule came into force), ruleInForce, occurredAt, ' +
      'evaluatedAt (the moment it is proved on), actor, runId, policy: { id, version }, verdict, verdictLabel, ' +
      'dimensions: [{ dimension, recorded, ' +
      'recomputed, equal }], firedRules: { recorded, recomputed }, findings: [{ kind, ..., text: { nl, en } }] }] }',
  })
  async routeProof(@Param('id', uuidParam()) projectId: string, @CurrentActor() actor: Actor): Promise<RouteProofView> {
    return this.proofs.prove(projectId, actor);
  }
}
