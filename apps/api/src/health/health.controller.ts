import { Controller, Get, Headers, Inject, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { AppConfig } from '@waardenpoort/config';
import type { Role } from '@waardenpoort/domain';
import { ReportRepository } from '@waardenpoort/persistence';
import { ProjectWorkflows, TEMPORAL_CLIENT } from '@waardenpoort/temporal';
import type { Request, Response } from 'express';
import { Public } from '../auth/auth.decorators';
import { bearerToken, TokenVerifier } from '../auth/token-verifier';
import { APP_CONFIG } from '../config/config.module';
import { isMetricsToken } from '../monitoring/metrics.controller';

/** Who sees which component is down and why (error texts name hosts and ports): the monitoring roles. */
const DETAIL_ROLES: readonly Role[] = ['cio-office', 'auditor'];

type Check = { status: 'up' | 'down'; detail?: string; pollers?: number };

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    work,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ]);
}

async function probe(work: () => Promise<Partial<Check> | void>): Promise<Check> {
  try {
    const extra = await withTimeout(work(), 2_000);
    return { status: 'up', ...(extra ?? {}) };
  } catch (err) {
    return { status: 'down', detail: (err as Error).message };
  }
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly reports: ReportRepository,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly workflows: ProjectWorkflows,
    private readonly verifier: TokenVerifier,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({
    description:
      'PostgreSQL, Temporal and the worker are up. Anonymous callers get only `{"status"}`; a token with the role ' +
      'cio-office or auditor, or the metrics token, also gets `checks` (per component: status, error, pollers).',
  })
  @ApiServiceUnavailableResponse({ description: 'At least one of them is down' })
  async health(
    @Req() req: Request,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: 'up' | 'down'; checks?: Record<string, Check> }> {
    const [postgres, temporal] = await Promise.all([
      probe(async () => {
        await this.reports.ping();
      }),
      probe(async () => {
        await this.client.connection.ensureConnected();
        await this.client.workflowService.getSystemInfo({});
      }),
    ]);
    const worker: Check =
      temporal.status === 'up'
        ? await probe(async () => {
            const { pollers } = await this.workflows.workerPolling();
            if (pollers === 0) throw new Error('no worker polls the project task queue');
            return { pollers };
          })
        : { status: 'down', detail: 'Temporal is down' };
    const checks = { postgres, temporal, worker };
    const status = Object.values(checks).every((c) => c.status === 'up') ? 'up' : 'down';
    res.status(status === 'up' ? 200 : 503);
    res.setHeader('Cache-Control', 'no-store');
    return (await this.mayReadDetails(req, authorization)) ? { status, checks } : { status };
  }

  private async mayReadDetails(req: Request, authorization: string | undefined): Promise<boolean> {
    if (isMetricsToken(this.config, authorization)) return true;
    const token = bearerToken(authorization);
    if (!token) return false;
    try {
      const actor = await this.verifier.verifyFor(req, token);
      return actor.roles.some((r) => DETAIL_ROLES.includes(r));
    } catch {
      return false; // a bad token on a public route: the public answer, not a 401
    }
  }
}
