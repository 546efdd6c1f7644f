import { Body, Controller, HttpCode, Logger, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { whatIfProject, WhatIfTally, type Policy } from '@waardenpoort/domain';
import { ReportRepository } from '@waardenpoort/persistence';
import type { Request, Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { ActivePolicy } from './active-policy';
import { policyFromBody } from './policy-body';
import { WhatIfQuery } from './policy.dto';
import { whatIfCsvHeader, whatIfCsvRow } from './what-if-csv';

/** Projects read and evaluated per round trip: what the what-if holds in memory at once. */
const BATCH = 1_000;

/** Writes, and waits when the client reads slower than the portfolio is evaluated (memory stays bounded). */
async function write(res: Response, text: string): Promise<void> {
  if (res.destroyed) throw new Error('the client went away');
  if (!res.write(text)) {
    await new Promise<void>((resolve, reject) => {
      res.once('drain', resolve);
      res.once('close', () => reject(new Error('the client went away')));
    });
  }
}

/**
 * What a draft policy would do to the portfolio (issue 20): every project's latest quick-scan answers under the
 * draft, compared with its route. The draft is validated like any version and never stored. The answer streams:
 * the projects whose route would change or that need a new quick-scan, then the totals.
 */
@ApiTags('policy')
@ApiBearerAuth()
@Controller('api/v1/policy')
export class WhatIfController {
  private readonly logger = new Logger(WhatIfController.name);

  constructor(
    private readonly active: ActivePolicy,
    private readonly reports: ReportRepository,
  ) {}

  @Post('what-if')
  @HttpCode(200)
  @Roles('cio-office')
  @ApiBody({ description: 'A draft policy document (the JSON form of policy/*.yaml)', schema: { type: 'object' } })
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({
    description:
      'JSON: `draft`, `projects` (each project whose route would change or that needs a new quick-scan: the ' +
      'dimensions from → to, the rules that would start or stop firing, the gates that would open or close, the ' +
      'answers missing) and `totals` (per verdict, dimension, gate, rule and department). CSV (`?format=csv` or ' +
      '`Accept: text/csv`): one line per such project, headers in Dutch or with `?lang=en` in English',
  })
  @ApiForbiddenResponse({ description: 'Only the CIO office drafts policy' })
  @ApiUnprocessableEntityResponse({ description: 'The draft is invalid; `errors` lists each problem with its path' })
  async whatIf(
    @Body() body: Record<string, unknown>,
    @Query() query: WhatIfQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const draft = policyFromBody(body, this.active.policyId, 'The draft policy is invalid.');
    res.vary('Accept');
    const csv =
      query.format === 'csv' ||
      (query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    const generatedAt = new Date().toISOString();
    res.status(200);
    res.setHeader('Cache-Control', 'private, no-store');
    if (csv) {
      res.type('text/csv; charset=utf-8');
      const name = query.lang === 'en' ? 'what-if' : 'wat-als';
      res.setHeader('Content-Disposition', `attachment; filename="waardenpoort-${name}-v${draft.version}.csv"`);
    } else res.type('application/json; charset=utf-8');
    try {
      await this.stream(draft, res, csv ? (query.lang ?? 'nl') : null, generatedAt);
      res.end();
    } catch (err) {
      // Headers are out: the client sees a cut-off answer (no closing totals), never a half one that looks whole.
      this.logger.warn(`what-if of policy version ${draft.version} broke off: ${(err as Error).message}`);
      res.destroy();
    }
  }

  private async stream(draft: Policy, res: Response, csvLang: 'nl' | 'en' | null, generatedAt: string): Promise<void> {
    const tally = new WhatIfTally();
    const summary = { id: draft.id, version: draft.version, title: draft.title };
    await write(
      res,
      csvLang
        ? whatIfCsvHeader(csvLang)
        : `{"draft":${JSON.stringify(summary)},"generatedAt":"${generatedAt}","projects":[`,
    );
    let first = true;
    for await (const batch of this.reports.routedProjects(BATCH)) {
      let chunk = '';
      for (const project of batch) {
        const result = whatIfProject(draft, project);
        tally.add(result, project.route?.outcome ?? null);
        if (result.verdict === 'unchanged') continue;
        if (csvLang) chunk += whatIfCsvRow(result, csvLang);
        else {
          chunk += (first ? '' : ',') + JSON.stringify(result);
          first = false;
        }
      }
      if (chunk) await write(res, chunk);
    }
    if (!csvLang) await write(res, `],"totals":${JSON.stringify(tally.totals())}}`);
  }
}
