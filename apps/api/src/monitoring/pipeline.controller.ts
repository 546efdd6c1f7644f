import { Controller, Get, Query, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Roles } from '../auth/auth.decorators';
import { PipelineQuery } from './dto/pipeline.query';
import { PipelineReportDto } from './dto/pipeline.response';
import { pipelineCsv, PipelineService } from './pipeline.service';

@ApiTags('monitoring')
@ApiBearerAuth()
@Controller('api/v1/monitoring')
export class PipelineController {
  constructor(private readonly pipeline: PipelineService) {}

  /**
   * The pipeline as the CIO office watches it: projects per gate and status, open, overdue and escalated tasks per
   * gate, lead times (median and 90th percentile) per gate and end to end over a window, open escalations, and the
   * same per department. `?format=csv` or `Accept: text/csv` gives the gate table as CSV.
   */
  @Get('pipeline')
  @Roles('cio-office', 'auditor')
  @ApiProduces('application/json', 'text/csv')
  @ApiOkResponse({ type: PipelineReportDto, description: 'The pipeline: projects per gate, lead times, escalations' })
  @ApiBadRequestResponse({ description: 'A window bound that is not a date, or an empty or too long window' })
  @ApiForbiddenResponse({ description: 'Only the CIO office and auditors see the pipeline' })
  async report(
    @Query() query: PipelineQuery,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PipelineReportDto | string> {
    const report = await this.pipeline.report(query);
    res.vary('Accept');
    const csv =
      query.format === 'csv' ||
      (query.format === undefined && req.accepts(['application/json', 'text/csv']) === 'text/csv');
    if (!csv) return report;
    res.type('text/csv; charset=utf-8');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="waardenpoort-pipeline-${report.generatedAt.slice(0, 10)}.csv"`,
    );
    return pipelineCsv(report);
  }
}
