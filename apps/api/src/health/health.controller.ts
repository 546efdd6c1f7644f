import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiOkResponse, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import { ProjectWorkflows, TEMPORAL_CLIENT } from '@waardenpoort/temporal';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';

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
    private readonly dataSource: DataSource,
    @Inject(TEMPORAL_CLIENT) private readonly client: Client,
    private readonly workflows: ProjectWorkflows,
  ) {}

  @Get()
  @Public()
  @ApiOkResponse({ description: 'PostgreSQL, Temporal and the worker are up' })
  @ApiServiceUnavailableResponse({ description: 'At least one of them is down; the body says which' })
  async health(
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ status: 'up' | 'down'; checks: Record<string, Check> }> {
    const [postgres, temporal] = await Promise.all([
      probe(async () => {
        await this.dataSource.query('SELECT 1');
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
    return { status, checks };
  }
}
