import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { PipelineCountersCompactor } from './pipeline-counters.compactor';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';

/** The CIO office's pipeline report and the Prometheus scrape endpoint. */
@Module({
  controllers: [PipelineController, MetricsController],
  providers: [PipelineService, MetricsService, PipelineCountersCompactor],
})
export class MonitoringModule {}
