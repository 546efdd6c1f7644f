import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { PipelineController } from './pipeline.controller';
import { PipelineService } from './pipeline.service';

/** The CIO office's pipeline report and the Prometheus scrape endpoint. */
@Module({
  controllers: [PipelineController, MetricsController],
  providers: [PipelineService, MetricsService],
})
export class MonitoringModule {}
