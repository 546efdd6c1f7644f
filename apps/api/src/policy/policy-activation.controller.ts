import { Body, Controller, Get, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Actor, Role } from '@waardenpoort/domain';
import {
  PolicyActivationRepository,
  type ActivationProjectRow,
  type PolicyActivationRecord,
} from '@waardenpoort/persistence';
import type { Request, Response } from 'express';
import { CurrentActor, Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
import { uuidParam } from '../common/uuid.pipe';
import { ActivePolicy } from './active-policy';
import { activationCsvHeader, activationCsvRow } from './policy-activation-csv';
import { ActivatePolicyDto, ActivationProjectsQuery, PageQuery } from './policy-activation.dto';
import { PolicyActivationService } from './policy-activation.service';
import { policyFromBody } from './policy-body';
import {
  PolicyActivationDetailsDto,
  PolicyActivationDto,
  PolicyActivationPageDto,
  type ActivationProjectDto,
} from './policy-activation.response';

/**
 * Who reads the activations: their per-project rows name projects of every department, which only roles whose
 * READ_SCOPE is `all` projects may read (policy-activation.controller.spec.ts holds the table to that).
 */
export const ACTIVATION_READERS: readonly Role[] = ['cio-office', 'auditor'];

const EXPORT_BATCH = 1_000;

function view(a: PolicyActivationRecord): PolicyActivationDto {
  return {
    id: a.id,
    policy: { id: a.policyId, version: a.version, sha256: a.sha256 },
    reroute: a.reroute,
    reason: a.reason,
    activatedAt: a.activatedAt.toISOString(),
    activatedBy: { sub: a.activatedBy.sub, name: a.activatedBy.name },
    tally: a.tally,
    selected: a.selected,
    state: a.delivered.pending > 0 ? 'delivering' : 'done',
    delivered: a.delivered,
  };
}

const rowCount = (a: PolicyActivationRecord): number =>
  a.delivered.requested + a.delivered.refused + a.delivered.failed + a.delivered.pending;

function projectView(r: ActivationProjectRow): ActivationProjectDto {
  return {
    projectId: r.projectId,
    title: r.title,
    department: r.department,
    verdict: r.verdict,
    state: r.state,
    refusal: r.refusalCode ? { code: r.refusalCode, message: r.refusalMessage } : null,
    requestedAt: r.requestedAt ? r.requestedAt.toISOString() : null,
  };
}

/** Activating a policy version with intent, and the record of every activation (issue 20). */
@ApiTags('policy')
@ApiBearerAuth()
@Controller('api/v1/policy/activations')
export class PolicyActivationController {
  private readonly logger = new Logger(PolicyActivationController.name);

  constructor(
    private readonly active: ActivePolicy,
    private readonly service: PolicyActivationService,
    private readonly activations: PolicyActivationRepository,
  ) {}

  @Post()
  @Roles('cio-office')
  @ApiCreatedResponse({ type: PolicyActivationDto, description: 'reroute none: stored and in force; no project moves' })
  @ApiAcceptedResponse({
    type: PolicyActivationDto,
    description: 'Stored and in force; the re-assessment requests to the selected projects are being delivered',
  })
  @ApiBadRequestResponse({ description: 'reroute or reason missing or invalid' })
  @ApiForbiddenResponse({ description: 'Only the CIO office activates a policy' })
  @ApiUnprocessableEntityResponse({ description: 'The policy is invalid; `errors` lists each problem with its path' })
  @ApiConflictResponse({ description: 'The version is not newer than the highest so far' })
  async activate(
    @Body() dto: ActivatePolicyDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PolicyActivationDto> {
    const policy = policyFromBody(
      dto.policy,
      this.active.policyId,
      'The policy is invalid; the active version stays in force.',
    );
    const { activation } = await this.service.activate(policy, dto.reroute, dto.reason, actor);
    res.status(dto.reroute === 'none' ? 201 : 202);
    res.setHeader('Location', `/api/v1/policy/activations/${activation.id}`);
    return view(activation);
  }

  @Get()
  @Roles(...ACTIVATION_READERS)
  @ApiOkResponse({
    type: PolicyActivationPageDto,
    description: 'Every activation, newest first: the choice, who, when, the tally and the delivery',
  })
  async list(@Query() q: PageQuery): Promise<PolicyActivationPageDto> {
    const { items, total } = await this.activations.list(q.page, q.pageSize);
    return { items: items.map(view), total, page: q.page, pageSize: q.pageSize };
  }

  @Get(':id')
  @Roles(...ACTIVATION_READERS)
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    type: PolicyActivationDetailsDto,
    description:
      'The activation and a page of its selected projects (verdict, where the request stands, a refusal with its ' +
      'code). CSV (`?format=csv` or `Accept: text/csv`): every selected project, headers in Dutch or English',
  })
  @ApiNotFoundResponse({ description: 'No such activation' })
  async one(
    @Param('id', uuidParam('activation')) id: string,
    @Query() q: ActivationProjectsQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const activation = await this.activations.byId(id);
    if (!activation) throw new ProblemException(404, `There is no policy activation ${id}.`, { slug: 'not-found' });
    res.vary('Accept');
    res.setHeader('Cache-Control', 'private, no-store');
    const csv =
      q.format === 'csv' || (q.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    if (!csv) {
      const rows = await this.activations.projects(id, q.pageSize, { offset: (q.page - 1) * q.pageSize });
      const details: PolicyActivationDetailsDto = {
        ...view(activation),
        projects: { items: rows.map(projectView), total: rowCount(activation), page: q.page, pageSize: q.pageSize },
      };
      res.status(200).json(details);
      return;
    }
    const lang = q.lang ?? 'nl';
    res.status(200).type('text/csv; charset=utf-8');
    const name = lang === 'en' ? 'activation' : 'activering';
    res.setHeader('Content-Disposition', `attachment; filename="waardenpoort-${name}-v${activation.version}.csv"`);
    try {
      res.write(activationCsvHeader(lang));
      let after: string | undefined;
      for (;;) {
        const rows = await this.activations.projects(id, EXPORT_BATCH, after ? { after } : {});
        if (rows.length > 0 && !res.write(rows.map((r) => activationCsvRow(r, lang)).join(''))) {
          await new Promise((resolve) => res.once('drain', resolve));
        }
        if (rows.length < EXPORT_BATCH) break;
        after = rows[rows.length - 1].projectId;
      }
      res.end();
    } catch (err) {
      this.logger.warn(`export of activation ${id} broke off: ${(err as Error).message}`);
      res.destroy();
    }
  }
}
