import { Body, Controller, HttpCode, Logger, Post, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiServiceUnavailableResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import {
  rulesComingIntoForce,
  whatIfMoment,
  whatIfProject,
  WhatIfTally,
  type Policy,
  type WhatIfProject,
} from '@waardenpoort/domain';
import { ReportRepository } from '@waardenpoort/persistence';
import type { Request, Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem.exception';
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
      'JSON: `draft`, `on` (the instant evaluated on), `projects` (each project whose route would change or that ' +
      'needs a new quick-scan: the dimensions from → to, the rules that would start or stop firing, the gates that would open or close, the ' +
      'answers missing) and `totals` (per verdict, dimension, gate, rule and department; `rulesComingIntoForce`: the ' +
      "draft's rules dated after `on`, with the instant each applies from). CSV (`?format=csv` or " +
      '`Accept: text/csv`): one line per such project, headers in Dutch or with `?lang=en` in English',
  })
  @ApiForbiddenResponse({ description: 'Only the CIO office drafts policy' })
  @ApiUnprocessableEntityResponse({ description: 'The draft is invalid; `errors` lists each problem with its path' })
  @ApiServiceUnavailableResponse({ description: 'The database did not answer before anything was sent' })
  async whatIf(
    @Body() body: Record<string, unknown>,
    @Query() query: WhatIfQuery,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const draft = policyFromBody(body, this.active.policyId, 'The draft policy is invalid.');
    const generatedAt = new Date().toISOString();
    // The DTO has checked the spelling; a date is the start of that day in Amsterdam, as a rule's appliesFrom.
    const on = query.on === undefined ? generatedAt : (whatIfMoment(query.on) ?? generatedAt);
    // The first batch is read before any byte is sent: a database that fails now is a 503, not a cut connection.
    const batches = this.reports.routedProjects(BATCH);
    let first: IteratorResult<WhatIfProject[]>;
    try {
      first = await batches.next();
    } catch (err) {
      this.logger.warn(`what-if of policy version ${draft.version}: the database failed: ${(err as Error).message}`);
      throw new ProblemException(
        503,
        'The projects could not be read from the database; nothing was evaluated. Try again.',
        {
          slug: 'database-unavailable',
          headers: { 'Retry-After': '5' },
        },
      );
    }
    res.vary('Accept');
    const csv =
      query.format === 'csv' ||
      (query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    res.status(200);
    res.setHeader('Cache-Control', 'private, no-store');
    if (csv) {
      res.type('text/csv; charset=utf-8');
      const name = query.lang === 'en' ? 'what-if' : 'wat-als';
      res.setHeader('Content-Disposition', `attachment; filename="waardenpoort-${name}-v${draft.version}.csv"`);
    } else res.type('application/json; charset=utf-8');
    try {
      await this.stream(draft, first, batches, res, csv ? (query.lang ?? 'nl') : null, { generatedAt, on });
      res.end();
    } catch (err) {
      // Headers are out: the client sees a cut-off answer (no closing totals), never a half one that looks whole.
      this.logger.warn(`what-if of policy version ${draft.version} broke off: ${(err as Error).message}`);
      await batches.return(undefined).catch(() => undefined);
      res.destroy();
    }
  }

  private async stream(
    draft: Policy,
    first: IteratorResult<WhatIfProject[]>,
    rest: AsyncGenerator<WhatIfProject[]>,
    res: Response,
    csvLang: 'nl' | 'en' | null,
    at: { generatedAt: string; on: string },
  ): Promise<void> {
    const tally = new WhatIfTally(rulesComingIntoForce(draft, at.on));
    const summary = { id: draft.id, version: draft.version, title: draft.title };
    await write(
      res,
      csvLang
        ? whatIfCsvHeader(csvLang)
        : `{"draft":${JSON.stringify(summary)},"generatedAt":"${at.generatedAt}","on":"${at.on}","projects":[`,
    );
    let none = true;
    for (let next = first; !next.done; next = await rest.next()) {
      let chunk = '';
      for (const project of next.value) {
        const result = whatIfProject(draft, project, { on: at.on });
        tally.add(result, project.route?.outcome ?? null);
        if (result.verdict === 'unchanged') continue;
        if (csvLang) chunk += whatIfCsvRow(result, csvLang);
        else {
          chunk += (none ? '' : ',') + JSON.stringify(result);
          none = false;
        }
      }
      if (chunk) await write(res, chunk);
    }
    if (!csvLang) await write(res, `],"totals":${JSON.stringify(tally.totals())}}`);
  }
}
