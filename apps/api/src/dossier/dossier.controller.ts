import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { AuditTrailVerification } from '@waardenpoort/persistence';
import type { Response } from 'express';
import type { Actor } from '@waardenpoort/domain';
import { AuditTrailVerifier } from '../audit/audit-trail-verifier';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { renderDossierHtml, DossierService, type Dossier } from './dossier.service';
import { uuidParam } from '../common/uuid.pipe';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('api/v1')
export class DossierController {
  constructor(
    private readonly dossiers: DossierService,
    private readonly audit: AuditTrailVerifier,
  ) {}

  /** JSON by default; a printable HTML page with `Accept: text/html` or `?format=html`. */
  @Get('projects/:id/dossier')
  @Roles('auditor', 'cio-office')
  @ApiProduces('application/json', 'text/html')
  @ApiQuery({ name: 'format', required: false, enum: ['json', 'html'] })
  @ApiOkResponse({ description: 'The project, its Temporal ids, its policy version and its whole verified trail' })
  async dossier(
    @Param('id', uuidParam()) projectId: string,
    @Query('format') format: string | undefined,
    @Headers('accept') accept: string | undefined,
    @Res({ passthrough: true }) res: Response,
    @CurrentActor() actor: Actor,
  ): Promise<Dossier | string> {
    if (format !== undefined && format !== 'json' && format !== 'html') {
      throw new ProblemException(400, 'format must be json or html.', { slug: 'validation' });
    }
    const dossier = await this.dossiers.build(projectId, actor);
    const html = format === 'html' || (format === undefined && (accept ?? '').split(',')[0]?.trim() === 'text/html');
    if (!html) return dossier;
    res.type('text/html; charset=utf-8');
    res.setHeader('Content-Disposition', `inline; filename="dossier-${projectId}.html"`);
    return renderDossierHtml(dossier);
  }

  /**
   * Recomputes every chain and holds it against its witnesses outside PostgreSQL: the chain head each project
   * workflow keeps in Temporal, and the signed checkpoints. Names the first broken project and row, or says that
   * all hold.
   */
  @Get('audit/verify')
  @Roles('auditor', 'cio-office')
  @ApiOkResponse({
    description:
      '{ ok, complete, projects, events, firstBroken: null | { projectId, seq, eventId, reason, witness? }, ' +
      'witnesses: { workflows: { asked, heads, unanswered, error }, checkpoints: { count, keyId, latest, broken } } }',
  })
  async verify(): Promise<AuditTrailVerification> {
    return this.audit.verify();
  }
}
